"""Inferring an undated article's date from its own text.

A day-precise date the text fixes on its own (an explicit year, or a weekday that fixes the
year: "ce jeudi 3 avril"), told in the past or present tense, is a date the article was
written on or after; the latest such date is the best lower bound and, for news, usually the
day itself.  Dates in a future clause only bound the article from above, and dates with no
year cannot be placed: then no date is inferred (no date rather than a wrong one).
"""

from __future__ import annotations

from datetime import date

from veille.stages.time.recognise import Found
from veille.stages.time.tagger import parse_date


def infer_dct(details: list[tuple[Found, int]], values: list[str], reference: date) -> date | None:
    """The article date implied by its self-dated, non-future expressions, or None."""
    best: date | None = None
    for (found, tense), value in zip(details, values, strict=True):
        spec = found.spec
        if spec.kind != "date" or spec.day is None or tense > 0 or (spec.direction or 0) > 0:
            continue
        if spec.year is None and spec.weekday is None:
            continue  # the year came from nowhere the text states
        day = parse_date(value)
        if day is None or day > reference:
            continue
        if best is None or day > best:
            best = day
    return best
