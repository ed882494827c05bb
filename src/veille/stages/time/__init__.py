"""Time stage ("time@16"): TIMEX3 dates, times, durations and sets, resolved against the article date.

Rule-based and data-driven: word lists and patterns live in ``veille/data/time/*.json``; this
package recognises (`recognise`), reads (`normalise` into a `spec.Spec`, amounts of time in
`amounts`, the spans of a year in `periods`), picks the tense (`tense`) and resolves (`resolve`)
each expression, then passes over the values in text order (`passes`).  When an article has no
date, one is inferred from its own self-dated expressions (`dct`) and recorded with
``published_how = "text"`` (``"embed"`` when the day of a post the page embeds is the bound the
date rests on: `embeds`).  An article dated by a photo caption (clean's `caption`, the
picture's day) may be moved a day later by its own bare past weekdays (`dct.caption_day`).

A later stage that learns an article's date (the stories stage) re-resolves its expressions
with `resolve_against(article, dct)`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from veille.model import Article, Timex
from veille.pipeline import Context
from veille.stages.cleaning.yearless import MonthDay, url_year
from veille.stages.time.convention import article_convention, merge_ranges
from veille.stages.time.dct import (
    caption_day,
    deictic_day,
    filed_bound,
    infer_dct,
    later,
    lower_bound,
    past_weekdays,
)
from veille.stages.time.embeds import latest_post_day
from veille.stages.time.recognise import Found
from veille.stages.time.tagger import parse_date, tag
from veille.stages.time.version import MODEL, STAGE

__all__ = ["MODEL", "STAGE", "article_convention", "date_clues", "merge_ranges", "own_day", "reference_date",
           "resolve_against", "tag_article", "time_batch", "written_dates"]


def reference_date(ctx: Context | None) -> date:
    """'Today' for resolution: `config.time.reference_date` if set, else the clock."""
    pinned = ctx.config.time.reference_date if ctx is not None else None
    return parse_date(pinned) or date.today()


def _intervals(ctx: Context | None) -> bool:
    return ctx.config.time.intervals if ctx is not None else True


def _moments(ctx: Context | None) -> bool:
    return ctx.config.time.moments if ctx is not None else False


def _parse(article: Article) -> Any:
    """The spaCy parse of this body, when the nlp stage left one."""
    return article.doc if article.doc is not None and article.doc.text == article.body else None


def _doc(article: Article, ctx: Context | None) -> Any:
    """The parse for the tense fallback, when configured to be used (`time.use_parse`)."""
    return _parse(article) if ctx is not None and ctx.config.time.use_parse else None


def _caption_base(article: Article, ctx: Context | None) -> str | None:
    """The day the article's photo captions give (clean's `caption_date`)."""
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.pagedates import caption_date

    parser = ctx.resource("clean.datelines", DatelineParser) if ctx is not None else DatelineParser()
    return caption_date(article.removed, parser.finder)


def tag_article(article: Article, ctx: Context | None = None) -> Article:
    """Set `article.timexes`; infer `published` from the text when the article has none."""
    ref = reference_date(ctx)
    dct = parse_date(article.published)
    doc = _doc(article, ctx)
    parse = _parse(article)
    timexes, details = tag(article.body, article.lang, dct, ref, doc=doc, parse=parse, intervals=False)
    if dct is not None and article.published_how == "caption":
        # A photo's day is a lower bound, like the text's own latest date: the later of the two
        # is the tighter; the photo's day may still be moved to the next by the text's bare past
        # weekdays (`dct.caption_day`).  From the captions' own day, not `published`, so that
        # tagging again never moves it twice.
        dct = parse_date(_caption_base(article, ctx)) or dct
        text_bound = later(lower_bound(details, [t.value for t in timexes], ref, article.body),
                           _post_day(article, ref))
        moved = caption_day(dct, past_weekdays(details, article.body))
        if text_bound is not None and text_bound > moved:
            moved, article.published_how = text_bound, "text"
        if moved.isoformat() != article.published:
            article.published, dct = moved.isoformat(), moved
            timexes, details = tag(article.body, article.lang, dct, ref, doc=doc, parse=parse, intervals=False)
    if dct is not None and article.published_how == "url_slug":
        # (time@47) A day the slug writes in words is the page's day or, when it is the day of the event
        # the title names, an earlier one: a later day the text itself fixes (`dct.lower_bound`, read
        # with the slug's day as the anchor) is the tighter bound.
        text_bound = later(lower_bound(details, [t.value for t in timexes], ref, article.body),
                           _post_day(article, ref))
        if text_bound is not None and dct < text_bound <= ref:
            article.published, article.published_how, dct = text_bound.isoformat(), "text", text_bound
            timexes, details = tag(article.body, article.lang, dct, ref, doc=doc, parse=parse, intervals=False)
    if dct is None:
        posted = _post_day(article, ref)
        inferred = infer_dct(details, [t.value for t in timexes], ref, posted, article.body)
        filed = url_year(article.url)
        if inferred is None and filed is not None:
            # The text's days without their year, in the year and month the URL files it under.
            inferred = infer_dct(details, [t.value for t in timexes], ref,
                                 filed_bound(details, filed, ref, article.body), article.body)
        day = own_day(article, ctx)
        # The page's own yearless day ("Publié le 12 mars", "PARIS, 3 avril (AFP) -") is the
        # date, in the year nearest the text's latest date, else in the latest year it falls on
        # the weekday the line names ("Publié le jeudi 3 avril"; `cleaning.yearless`).
        placed = (day.near(inferred) if inferred is not None else day.by_weekday(ref)) if day is not None else None
        if placed is not None and placed <= ref:
            article.published, article.published_how = placed.isoformat(), "day_line"
            timexes, _ = tag(article.body, article.lang, placed, ref, doc=doc, parse=parse, intervals=False,
                             approximate=True)
        elif inferred is not None:
            article.published = inferred.isoformat()
            # `embed` when an embedded post's day is the lower bound the date rests on: the text
            # dates nothing later (a credit line left in the body is read as the text's date too).
            own = lower_bound(details, [t.value for t in timexes], ref, article.body)
            article.published_how = "embed" if posted is not None and (own is None or own <= posted) else "text"
            # Relative expressions now have an anchor: resolve them again.
            timexes, _ = tag(article.body, article.lang, inferred, ref, doc=doc, parse=parse, intervals=False,
                             approximate=True)
        guess = None if article.published is not None else \
            deictic_day(details, [t.value for t in timexes], article.body, ref)
        if guess is not None and filed is not None:
            guess = _in_filed_year(guess, filed)
        if guess is not None:
            # (time@45) No date bounds the page, but it names a day of its own week ("Ce jeudi 7 mai, Mons
            # sera la première"): its relative expressions are resolved against that day, an estimate
            # that leaves `published` empty; each value so resolved says so in its `model`.
            timexes, _ = tag(article.body, article.lang, guess, ref, doc=doc, parse=parse, intervals=False,
                             approximate=True)
            timexes = [replace(t, model=f"{MODEL}+anchor:{DEICTIC_ANCHOR}") if t.anchor is not None else t
                       for t in timexes]
        elif article.published is None and filed is not None:
            timexes = _filed_values(article, timexes, filed, ref, doc, parse)
    article.timexes = article_convention(article.body, timexes, _moments(ctx)) if _intervals(ctx) else timexes
    return article


# (time@45) The `model` suffix of the values resolved against a day the text names as its own week's
# (`dct.deictic_day`), not against the article's date.
DEICTIC_ANCHOR = "deictic_day"


def _in_filed_year(day: date, filed: tuple[int, int | None]) -> date | None:
    """(time@45) A demonstrative day (`dct.deictic_day`, placed by the reading clock) in the year the URL
    files the page under, when it falls there on the same weekday (and in the filed month, when the URL
    gives one); else None: the filing says the day is another year's."""
    year, month = filed
    try:
        moved = day.replace(year=year)
    except ValueError:
        return None
    if moved.isoweekday() != day.isoweekday() or (month is not None and moved.month != month):
        return None
    return moved


# A value that names no week nor day: a year, or with the month known a month, quarter or half.
_YEAR_ONLY = re.compile(r"\d{4}")
_MONTH_GRAIN = re.compile(r"\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?")


def _filed_values(article: Article, timexes: list[Timex], filed: tuple[int, int | None], ref: date,
                  doc: Any, parse: Any) -> list[Timex]:
    """An article left undated whose URL files it under a year and month ("/2021/03/"): the article
    was written in that month, which fixes what is counted in months, quarters or years ("this
    year", "next month", "in the third quarter"), though not the day nor the week a weekday or "this
    weekend" needs, which stay underspecified (no value rather than a wrong one). With only the
    year filed, only what is counted in years. The text is tagged against a day of that month and
    only those coarse values are taken from it."""
    year, month = filed
    anchored, _ = tag(article.body, article.lang, date(year, month or 6, 15), ref, doc=doc, parse=parse,
                      intervals=False, approximate=True)
    grain = _MONTH_GRAIN if month is not None else _YEAR_ONLY
    by_span = {(t.start, t.end): t for t in anchored}
    out = []
    for t in timexes:
        a = by_span.get((t.start, t.end))
        if a is not None and t.value.startswith("XXXX") and grain.fullmatch(a.value):
            t = replace(t, value=a.value, anchor=None)
        out.append(t)
    return out


def _post_day(article: Article, ref: date) -> date | None:
    """The day of the latest X or TikTok post the page links, in its body or its cut lines (an
    embed's "pic.twitter.com" line is clutter, its address still dates the post): the page is
    no older (`embeds`)."""
    return latest_post_day([article.body, *(cut.text for cut in article.removed)], ref)


def own_day(article: Article, ctx: Context | None = None) -> MonthDay | None:
    """The day and month the page states for itself without a year: a yearless date line clean
    cut above the first paragraph ("Publié le 12 mars à 10h05"), else a yearless dateline
    opening one of the first paragraphs ("PARIS, 3 avril (AFP) -")."""
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.yearless import DayLines

    parser = ctx.resource("clean.datelines", DatelineParser) if ctx is not None else DatelineParser()
    first = article.body.split("\n", 1)[0][:60]
    top = article.raw.find(first) if first.strip() else -1
    for cut in article.removed:
        # Only a line above the body (raw offsets known): a date lower down is a related story's.
        if cut.kind == "date" and 0 <= cut.start < top:
            day = DayLines(parser.finder).day_line(cut.text)
            if day is not None:
                return day
            break  # the first date line is the page's: a full one or a relative one fixes no day here
    for paragraph in [p for p in article.body.split("\n") if p.strip()][:3]:
        found = parser.parse(paragraph)
        if found is not None:
            return found.month_day
    return None


def resolve_against(article: Article, dct: str, ctx: Context | None = None, *,
                    approximate: bool = True) -> list[Timex]:
    """The article's TIMEXes re-resolved against the date `dct` (YYYY-MM-DD), e.g. a story date
    (an estimate: `approximate`, so a bare weekday is the nearest one).

    Recognition is cheap, so the body is tagged again with the new anchor; the article is not
    changed, the caller decides whether to store the result (and to set `published`).
    """
    day = parse_date(dct)
    timexes, _ = tag(article.body, article.lang, day, reference_date(ctx), doc=_doc(article, ctx),
                     parse=_parse(article), intervals=_intervals(ctx), moments=_moments(ctx),
                     approximate=approximate)
    return timexes


Reading = tuple[list[str], list[tuple[Found, int]]]


def written_dates(article: Article, ctx: Context | None = None) -> Reading:
    """The undated article's expressions as the text writes them (tagged with no document date:
    only what it writes out is concrete), their values and (found, tense), one to one: for
    `date_clues` and for the stories stage to check a story's date against (`stories.calendar`).
    (stories@26) One tagging pass serves both (`date_clues(..., reading=)`)."""
    timexes, details = tag(article.body, article.lang, None, reference_date(ctx), doc=_doc(article, ctx),
                           parse=_parse(article), intervals=False)
    assert len(timexes) == len(details), "the tagger gives one value per expression found"
    return [t.value for t in timexes], details


def date_clues(article: Article, ctx: Context | None = None,
               reading: Reading | None = None) -> tuple[date | None, list[int]]:
    """What the undated article's own words say of its date: the latest date it fixes by itself
    outside a future clause or the latest post it links (a lower bound), and the bare weekdays it names in the past
    ("a présenté mardi"), for the stories stage to weigh its candidate dates (`dct.choose_day`).
    `reading`: the article's `written_dates`, when the caller has them."""
    ref = reference_date(ctx)
    values, details = reading if reading is not None else written_dates(article, ctx)
    bound = later(lower_bound(details, values, ref, article.body), _post_day(article, ref))
    return bound, past_weekdays(details, article.body)


def time_batch(batch: list[Article], ctx: Context) -> list[Article]:
    for article in batch:
        tag_article(article, ctx)
    return batch
