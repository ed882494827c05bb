"""Article text with its annotations highlighted, as HTML built from escaped pieces.

Annotations (mentions, timexes, quotes, event evidence) are character offsets into the cleaned
body and may overlap in any way: a mention inside a quote, a quote that starts inside one event's
evidence and ends inside the next.  HTML elements must nest, so a span that crosses the end of
an enclosing one is closed there and reopened after it; each piece carries the same
``data-ann`` id, and the first piece is marked ``data-part="first"``, so the browser and the
tests can put a split span back together.

Safety: every piece of article text goes through `markupsafe.escape`; `Markup` only wraps the
tags built here, whose attribute values are escaped too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

_GAP = '\n<span class="gap"></span>'
# Outer to inner when two spans start at the same offset and have the same length.
_KIND_ORDER = {"event": 0, "quote": 1, "mention": 2, "timex": 3}


@dataclass(frozen=True)
class Span:
    """One annotation to highlight: [start, end) into the body."""

    start: int
    end: int
    kind: str  # event, quote, mention, timex
    key: str  # unique within the article; becomes data-ann
    label: str = ""  # shown as the tooltip (entity name, timex value, speaker, event type)
    classes: tuple[str, ...] = field(default_factory=tuple)


def _open_tag(span: Span, first: bool) -> str:
    classes = " ".join(("hl", f"hl-{span.kind}", *span.classes))
    attrs = f'class="{escape(classes)}" data-ann="{escape(span.key)}" data-kind="{escape(span.kind)}"'
    if span.label:
        attrs += f' title="{escape(span.label)}"'
    attrs += ' data-part="first"' if first else ' data-part="cont"'
    return f"<span {attrs}>"


def highlight(text: str, spans: Iterable[Span], paragraphs: bool = False) -> Markup:
    """`text` as HTML with every valid span wrapped in ``<span class="hl hl-KIND">`` elements.

    `paragraphs`: follow each line break with an empty ``<span class="gap">`` the stylesheet
    turns into space between paragraphs (the text itself, and so its offsets, are unchanged)."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    # Longest first at the same start, so the outer element opens first and splits stay rare.
    valid.sort(key=lambda s: (s.start, -(s.end - s.start), _KIND_ORDER.get(s.kind, 9), s.key))
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    starting: dict[int, list[Span]] = {}
    for s in valid:
        starting.setdefault(s.start, []).append(s)

    out: list[str] = []
    stack: list[Span] = []
    for here, nxt in pairwise(cuts):
        _close_ending(stack, here, out)
        for s in starting.get(here, ()):
            out.append(_open_tag(s, first=True))
            stack.append(s)
        piece = str(escape(text[here:nxt]))
        out.append(piece.replace("\n", _GAP) if paragraphs else piece)
    _close_ending(stack, len(text), out)
    return Markup("".join(out))


def _close_ending(stack: list[Span], here: int, out: list[str]) -> None:
    """Close the spans that end at `here`; spans opened inside them but ending later are closed
    with them and reopened at once (as continuation pieces), keeping the HTML well nested."""
    if not any(s.end <= here for s in stack):
        return
    # The lowest span that ends here: everything above it must close.
    lowest = next(i for i, s in enumerate(stack) if s.end <= here)
    above = stack[lowest:]
    out.extend("</span>" for _ in above)
    del stack[lowest:]
    for s in above:
        if s.end > here:
            out.append(_open_tag(s, first=False))
            stack.append(s)


def article_spans(article: dict[str, Any], names: dict[str, str]) -> list[Span]:
    """The spans of one article as `Dossier.article()` returns it."""
    spans: list[Span] = []
    for i, m in enumerate(_rows(article.get("mentions"))):
        entity = m.get("entity")
        label = names.get(str(entity), str(entity)) if entity else str(m.get("type", ""))
        spans.append(Span(int(m["start"]), int(m["end"]), "mention", f"m{i}", f"{label} ({m.get('type', '')})",
                          (f"ent-{str(m.get('type', 'MISC')).lower()}",)))
    for i, t in enumerate(_rows(article.get("timexes"))):
        label = f"{t.get('type', '')} {t.get('value') or '?'}"
        spans.append(Span(int(t["start"]), int(t["end"]), "timex", f"t{i}", label))
    for i, q in enumerate(_rows(article.get("quotes"))):
        speaker = q.get("speaker")
        label = names.get(str(speaker), str(speaker)) if speaker else str(q.get("speaker_text") or "?")
        spans.append(Span(int(q["start"]), int(q["end"]), "quote", f"q{i}", label))
    seen: set[tuple[int, int]] = set()
    for e in _rows(article.get("events")):
        for x in _rows(e.get("evidence")):
            where = (int(x["start"]), int(x["end"]))
            if x.get("article", article.get("id")) != article.get("id") or where in seen:
                continue  # several events often rest on one sentence: highlight it once
            seen.add(where)
            types = sorted({str(ev.get("type")) for ev in _rows(article.get("events"))
                            for y in _rows(ev.get("evidence")) if (int(y["start"]), int(y["end"])) == where})
            spans.append(Span(where[0], where[1], "event", f"e{len(seen)}", ", ".join(types)))
    return spans


def _rows(value: object) -> Sequence[dict[str, Any]]:
    return value if isinstance(value, list) else []
