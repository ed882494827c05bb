"""The temporal tagger: recognise, then resolve each expression in text order.

`tag(body, lang, dct, reference)` returns `Timex` records.  The last day-precise date seen is
carried along as the anchor of anaphoric expressions ("le lendemain", "22 h", "ce même
jeudi").  With ``intervals=True`` two dates joined as a range or a list ("du 3 au 5 mai",
"entre 2020 et 2023", "les 3 et 4 avril") become one TIMEX with the value ``A/B``; with False
each endpoint is its own TIMEX, as the TimeBank annotates them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from veille.model import Timex
from veille.stages.time.lexicon import load_lexicon
from veille.stages.time.recognise import Found, recognise
from veille.stages.time.resolve import Anchors, resolve
from veille.stages.time.tense import in_present_clause, tense_at

STAGE = "time@3"
MODEL = "veille-time-rules-1"

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_RANGE_HEAD = re.compile(r"(?:\b(?:les|du|entre|de|from|between)\s+(?:le\s+|the\s+)?)$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:et|au|à|-|–|and|to|until)\s*(?:le\s+|the\s+)?$", re.IGNORECASE)


def _day(value: str) -> date | None:
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """A YYYY-MM-DD (or ISO datetime) string as a date, None if absent or not one."""
    return _day(text or "")


def tag(body: str, lang: str | None, dct: date | None, reference: date, *, doc: Any = None,
        parse: Any = None, intervals: bool = True,
        approximate: bool = False) -> tuple[list[Timex], list[tuple[Found, int]]]:
    """The TIMEXes of `body` resolved against `dct`, with what was found and its tense.

    `doc` is the parse the tense fallback may ask (config `time.use_parse`); `parse` is the parse,
    when there is one, for what only syntax can tell (the verb "désormais" modifies).
    `approximate`: `dct` is an estimate, not the known publication date (`Anchors.approximate`)."""
    lex = load_lexicon(lang or "fr")
    found = recognise(body, lex)
    years = [f.spec.year for f in found if f.spec.kind in ("year", "date") and f.spec.year is not None]
    min_year = max(years) if years else None
    last: date | None = None
    timexes: list[Timex] = []
    details: list[tuple[Found, int]] = []
    for f in found:
        tense = tense_at(lex, body, f.start, f.end, doc) if f.spec.value is None else 0
        if f.spec.present_only and not in_present_clause(lex, body, f.start, f.end, parse):
            continue  # no date rather than a wrong one: the clause is not about the article's present
        value, anchor = resolve(f.spec, Anchors(dct, last, tense, reference, min_year, approximate))
        day = _day(value)
        if day is not None and f.spec.type in ("DATE", "TIME"):
            last = day
        timexes.append(Timex(f.start, f.end, body[f.start:f.end], f.spec.type,  # type: ignore[arg-type]
                             value, anchor=anchor, mod=f.spec.mod, quant=f.spec.quant,
                             stage=STAGE, model=MODEL))
        details.append((f, tense))
    if intervals:
        timexes = merge_ranges(body, timexes)
    return timexes, details


def merge_ranges(body: str, timexes: list[Timex]) -> list[Timex]:
    """Join "A et/au/à B" after "les/du/entre" into one DATE TIMEX valued ``A/B``."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if (b is not None and a.type == b.type == "DATE" and "/" not in a.value + b.value
                and _RANGE_JOIN.match(body[a.end:b.start])
                and (_RANGE_HEAD.search(body[max(0, a.start - 12):a.start]) or
                     re.match(r"(?:les|du|entre)\s", a.text, re.IGNORECASE))):
            out.append(Timex(a.start, b.end, body[a.start:b.end], "DATE", f"{a.value}/{b.value}",
                             anchor=a.anchor or b.anchor, mod=None, stage=STAGE, model=MODEL))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
