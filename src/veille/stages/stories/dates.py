"""TIMEX3 values as day intervals: parsing, overlap, precision, and re-resolution near an anchor.

The stories stage compares dates reported by different articles ("2025-04-03" in one,
"2025-04-03/2025-04-04" in another, "XXXX-WXX-3" for "ce mercredi" in an undated one).  Every
concrete value becomes a closed interval of days; underspecified values (a missing year, a bare
weekday) have no interval of their own and are handled by `resolve_near`, which places them
close to an anchor interval taken from the story.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # month 13/14: next year
_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
# Underspecified values the time stage leaves when it had no document date.
_WEEKDAY_ONLY = re.compile(r"^XXXX-WXX-([1-7])$")
_NO_YEAR_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_NO_YEAR_MONTH = re.compile(r"^XXXX-(\d{2})$")


@dataclass(frozen=True)
class Span:
    """A closed interval of days; `precision` is its width class (day, week, month, ...)."""

    start: date
    end: date
    precision: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: Span) -> bool:
        return self.start <= other.end and other.start <= self.end

    def gap_days(self, other: Span) -> int:
        """Days between the two intervals, 0 when they overlap."""
        if self.overlaps(other):
            return 0
        if self.end < other.start:
            return (other.start - self.end).days
        return (self.start - other.end).days

    def hull(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end), "interval")


def _month_span(year: int, month: int) -> tuple[date, date]:
    if month > 12:
        year, month = year + 1, month - 12
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _point(value: str) -> Span | None:
    """One endpoint value (no '/') as an interval of days, or None if underspecified."""
    value = value.strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Span(d, d, "day")
        if m := _MONTH.match(value):
            a, b = _month_span(int(m[1]), int(m[2]))
            return Span(a, b, "month")
        if m := _YEAR.match(value):
            return Span(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), "year")
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return Span(date(y, 1, 1), date(y + 9, 12, 31), "decade")
        if m := _WEEK.match(value):
            a = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Span(a, a + timedelta(days=6), "week")
        if m := _QUARTER.match(value):
            q = int(m[2])
            a, _ = _month_span(int(m[1]), 3 * q - 2)
            _, b = _month_span(int(m[1]), 3 * q)
            return Span(a, b, "quarter")
        if m := _HALF.match(value):
            h = int(m[2])
            a, _ = _month_span(int(m[1]), 6 * h - 5)
            _, b = _month_span(int(m[1]), 6 * h)
            return Span(a, b, "half")
        if m := _SEASON_RE.match(value):
            first, last = _SEASON[m[2]]
            a, _ = _month_span(int(m[1]), first)
            _, b = _month_span(int(m[1]), last)
            return Span(a, b, "season")
    except ValueError:  # 2025-02-30, week 54: not a date
        return None
    return None


# A clock time in the small hours (before 06:00): other reports tell such an event as the evening
# before ("lundi soir", "dans la nuit de lundi à mardi", "late on Monday", "overnight").
_SMALL_HOURS = re.compile(r"^\d{4}-\d{2}-\d{2}T0[0-5]")


def _as_reported(value: str, span: Span) -> Span:
    """The days reports of `value` may name: a small-hours time reaches back one day."""
    if _SMALL_HOURS.match(value):
        return Span(span.start - timedelta(days=1), span.end, span.precision)
    return span


def same_occasion(a: str, sa: Span, b: str, sb: Span) -> bool:
    """Whether two reported values (and their spans) can name the same time: their days overlap,
    a small-hours time also reaching the day before."""
    return _as_reported(a, sa).overlaps(_as_reported(b, sb))


# Memoised: merging a story's events compares every pair of reported dates (100k parses for a
# story of 500 articles), and a story reports a few dozen distinct values.  A pure function of
# the string, returning a frozen Span.
@lru_cache(maxsize=1 << 14)
def parse_span(value: str | None) -> Span | None:
    """A TIMEX3 value (or ``A/B`` range) as a day interval; None when it has no fixed place in time."""
    if not value:
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = _point(left), _point(right)
        if a is None or b is None or b.end < a.start:
            return None
        return Span(a.start, b.end, "interval")
    return _point(value)


def is_underspecified(value: str | None) -> bool:
    """Values with X placeholders (no year, bare weekday) that need an anchor to mean a date."""
    return bool(value) and "X" in (value or "").split("T")[0] and not _DECADE.match(value or "")


@lru_cache(maxsize=1 << 16)  # pure; merging a story's events asks it of every pair of their dates
def compatible(a: str | None, b: str | None) -> bool:
    """Whether two reported dates can describe the same event (a missing date blocks nothing)."""
    sa, sb = parse_span(a), parse_span(b)
    if sa is None or sb is None:
        return _partial_compatible(a, sb) and _partial_compatible(b, sa)
    return same_occasion(a or "", sa, b or "", sb)


def _partial_compatible(value: str | None, other: Span | None) -> bool:
    """An underspecified month/day ("XXXX-04-03") must fall within the other's months."""
    if not value or other is None:
        return True
    m = _NO_YEAR_DAY.match(value) or _NO_YEAR_MONTH.match(value)
    if not m:
        return True  # a bare weekday says too little to contradict anything
    month = int(m[1])
    months = {(other.start.year * 12 + other.start.month + i) % 12 or 12
              for i in range((other.end.year - other.start.year) * 12
                             + other.end.month - other.start.month + 1)}
    return month in months


def most_precise(values: list[str]) -> str | None:
    """The narrowest concrete value that overlaps every other concrete one, if there is one.

    "2025-04-03" wins over "2025-04-03/2025-04-04" and "2025-04", and a time over its day
    ("2025-04-03T01:00" over "2025-04-03", and over "2025-04-02" told of the same night:
    `same_occasion`); values that contradict each other give None, and the caller records a
    conflict.
    """
    # Each distinct value once: a large story reports the same few values hundreds of times.
    spans = [(v, s) for v in dict.fromkeys(values) if (s := parse_span(v)) is not None]
    for value, span in sorted(spans, key=lambda vs: (vs[1].days, "T" not in vs[0], vs[0])):
        if all(same_occasion(value, span, v, other) for v, other in spans):
            return value
    return None


def best_supported(values: list[str]) -> str | None:
    """When sources disagree: the value that agrees with the most others, narrowest first.

    "2025-04-02" (one source, the arrival), "2025-04-03" and "2025-04-03/2025-04-04" (two
    sources) give "2025-04-03": the date the most reports can be read as.
    """
    # Each distinct value once, weighed by how many report it: the same support, without comparing
    # every pair of reports (a large story reports the same few values hundreds of times).
    counts = Counter(v for v in values if parse_span(v) is not None)
    spans = [(v, s) for v in counts if (s := parse_span(v)) is not None]
    if not spans:
        return None

    def support(item: tuple[str, Span]) -> tuple[int, int, str]:
        value, span = item
        return (-sum(counts[v] for v, other in spans if same_occasion(value, span, v, other)), span.days, value)
    return min(spans, key=support)[0]


def iso(d: date) -> str:
    return d.isoformat()


def resolve_near(value: str, anchor: Span) -> str | None:
    """An underspecified TIMEX3 value placed at the date closest to the anchor interval.

    A bare weekday ("XXXX-WXX-3", "ce mercredi") becomes that weekday inside the anchor if
    there is one, else the nearest one before it (news reports "this Wednesday" for an event
    that began that day or continues), else after.  A day or month without a year takes the
    year that puts it nearest the anchor.  Values that are not underspecified come back as
    they are; values this cannot place give None.
    """
    if not is_underspecified(value):
        return value
    if m := _WEEKDAY_ONLY.match(value):
        weekday = int(m[1]) - 1  # ISO 1 = Monday; date.weekday() 0 = Monday
        d = anchor.start
        while d <= anchor.end:
            if d.weekday() == weekday:
                return iso(d)
            d += timedelta(days=1)
        before = anchor.start - timedelta(days=(anchor.start.weekday() - weekday) % 7 or 7)
        after = anchor.end + timedelta(days=(weekday - anchor.end.weekday()) % 7 or 7)
        return iso(before if (anchor.start - before) <= (after - anchor.end) else after)
    if m := _NO_YEAR_DAY.match(value):
        month, day = int(m[1]), int(m[2])
        return _nearest_year(anchor, lambda y: Span(date(y, month, day), date(y, month, day), "day"))
    if m := _NO_YEAR_MONTH.match(value):
        month = int(m[1])
        return _nearest_year(anchor, lambda y: Span(*_month_span(y, month), "month"), month_only=True)
    return None


def _nearest_year(anchor: Span, build: object, month_only: bool = False) -> str | None:
    best: tuple[int, Span] | None = None
    for year in (anchor.start.year - 1, anchor.start.year, anchor.end.year, anchor.end.year + 1):
        try:
            span = build(year)  # type: ignore[operator]
        except ValueError:  # 29 February in a common year
            continue
        gap = span.gap_days(anchor)
        if best is None or gap < best[0]:
            best = (gap, span)
    if best is None:
        return None
    span = best[1]
    return span.start.isoformat()[:7] if month_only else iso(span.start)


def day_before(span: Span) -> str:
    return iso(span.start - timedelta(days=1))
