"""Story-anchored time: undated articles take their date from the events they share.

An undated article that reports an event other sources date is placed by it: an event it
reports as having happened (asserted) means it was written on or after the event's start; an
event it announces (planned) means it was written before, so at the latest the day before.
The article's underspecified timexes ("ce mercredi" = XXXX-WXX-3) are then placed near the
event's dates.

Where the time stage (`veille.stages.time`) exposes a resolver against an anchor date, the
call to `resolve_near` in `reresolve_timexes` should become a call to it, with the anchor
span as reference; `resolve_near` covers weekdays and yearless days/months meanwhile.
"""

from __future__ import annotations

from veille.model import Article, CorpusEvent
from veille.stages.stories.dates import Span, day_before, is_underspecified, iso, parse_span, resolve_near

HOW = "story"


def _has_year(value: str | None) -> bool:
    return bool(value) and not is_underspecified(value) and parse_span(value) is not None


def anchor_span(article: Article, events: dict[str, CorpusEvent]) -> tuple[str, Span] | None:
    """The inferred publication date and the event span it came from, if the story gives one."""
    lower: Span | None = None  # latest asserted event: published on or after its start
    upper: Span | None = None  # earliest planned event: published before its start
    for event in article.events:
        merged = events.get(event.merged or "")
        if merged is None or not _has_year(merged.date):
            continue
        span = parse_span(merged.date)
        assert span is not None
        if event.modality == "planned":
            if upper is None or span.start < upper.start:
                upper = span
        elif event.modality == "asserted" and (lower is None or span.start > lower.start):
            lower = span
    if lower is not None and (upper is None or lower.start < upper.start):
        return iso(lower.start), lower
    if upper is not None:
        return day_before(upper), upper
    return None


def reresolve_timexes(article: Article, anchor: Span) -> int:
    """Underspecified timex and event date values placed near the anchor; how many changed."""
    changed = 0
    for timex in article.timexes:
        if is_underspecified(timex.value) and (value := resolve_near(timex.value, anchor)):
            timex.value = value
            timex.anchor = f"{iso(anchor.start)}/{iso(anchor.end)}" \
                if anchor.end != anchor.start else iso(anchor.start)
            changed += 1
    for event in article.events:
        if event.date and is_underspecified(event.date) \
                and (value := resolve_near(event.date, anchor)):
            event.date = value
            changed += 1
    return changed


def anchor_undated(articles: list[Article], events: list[CorpusEvent]) -> list[str]:
    """Sets `published` (how: "story") on undated articles the story can place; their ids."""
    by_id = {e.id: e for e in events}
    placed = []
    for article in articles:
        if article.published:
            continue
        found = anchor_span(article, by_id)
        if found is None:
            continue
        article.published, article.published_how = found[0], HOW
        reresolve_timexes(article, found[1])
        placed.append(article.id)
    return placed
