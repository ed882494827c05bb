"""Nights and their small hours (moved out of `passes` for its size, time@49): a clock time before 6 h in
a night named by its two days is the second day's, a range of the clock through the night ends the next
day, and nights listed by their two days are each the night of its first."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from veille.model import Timex
from veille.stages.time.passes import _CLOCK, _CLOCK_RANGE_HEAD, _CLOCK_RANGE_JOIN, _day
from veille.stages.time.recognise import Found

_TWO_DAY_NIGHT = re.compile(r"\bnuit\s+(?:du|de)\s+\w+\s+(?:au|à)\s+\w+", re.IGNORECASE)


def _overnight_ranges(body: str, timexes: list[Timex]) -> list[Timex]:
    """(time@37) A range of the clock whose end is earlier than its start on the same day ("de 22 heures
    à 6 heures", "between 10 p.m. and 5 a.m.") ends the next day: it runs through the night."""
    out = list(timexes)
    for i, (a, b) in enumerate(pairwise(timexes)):
        ma, mb = _CLOCK.match(a.value), _CLOCK.match(b.value)
        if (a.type == "TIME" and b.type == "TIME" and ma is not None and mb is not None
                and ma.group(1) == mb.group(1) and mb.group(2) < ma.group(2)
                and _CLOCK_RANGE_JOIN.match(body[a.end:b.start])
                and _CLOCK_RANGE_HEAD.search(body[max(0, a.start - 12):a.start])):
            nxt = date.fromisoformat(mb.group(1)) + timedelta(days=1)
            out[i + 1] = Timex(b.start, b.end, b.text, b.type, nxt.isoformat() + mb.group(2), anchor=b.anchor,
                               mod=b.mod, quant=b.quant, stage=b.stage, model=b.model)
    return out


def _small_hours(body: str, timexes: list[Timex], ended: set[int] | frozenset[int] = frozenset()) -> list[Timex]:
    """A clock time before 6 h beside "la nuit de samedi à dimanche" is on the second day: the
    night is named by the evening it starts, its small hours belong to the next date.  `ended`:
    the starts of nights that ended on their own day (told in the past on the article's day),
    whose small hours stay there."""
    out = list(timexes)
    for i, t in enumerate(out):
        m = _CLOCK.match(t.value)
        if t.type != "TIME" or m is None or int(m.group(2)[1:3]) >= 6:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out):
                continue
            night = out[j]
            gap = body[min(t.end, night.end):max(t.start, night.start)]
            day = _day(night.value)
            if (day is not None and night.value.endswith("TNI") and _TWO_DAY_NIGHT.search(night.text)
                    and len(gap) <= 12 and not re.search(r"[.;!?]", gap)):
                out[i] = Timex(t.start, t.end, t.text, t.type, (day + timedelta(days=1)).isoformat() + m.group(2),
                               anchor=night.value[:10], mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
                break
        else:
            before = out[i - 1] if i else None
            if i >= 2 and before is not None and _CLOCK.match(out[i - 2].value) \
                    and before.value == out[i - 2].value[:10]:
                before = out[i - 2]  # "at 11:45 p.m. Monday ... until 2 a.m.": the clock's day between
            moved = None if before is not None and before.start in ended else _night_goes_on(before, t, m)
            if moved is not None:
                out[i] = Timex(t.start, t.end, t.text, t.type, moved.isoformat() + m.group(2), anchor=t.anchor,
                               mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
    return out


# A clock time from this hour on, followed by a small-hours one on the same day with no day of its
# own, is that night's evening: the small hours are the next day's.
LATE_HOUR = 20
# "la nuit de mardi": which side of midnight the weekday names is unsure (the small hours of
# Tuesday, or Tuesday's late night), so its clock times stay on the weekday.  English "Tuesday
# night" is the night that follows Tuesday's evening, as "mardi soir" is: its small hours are
# Wednesday's.
_NAMED_DAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", re.IGNORECASE)


def _night_goes_on(before: Timex | None, t: Timex, clock: re.Match[str]) -> date | None:
    """The next day, for a small-hours clock time placed on the day the narrative was at
    (`anchor`, no day of its own) right after that day's evening or night ("en milieu de nuit,
    ..., vers 2 h du matin": election night, counted on past midnight) or after a small-hours
    time already moved so (the same night told on).  None: the clock time stays where it is."""
    day = _day(t.value)
    if before is None or day is None or t.anchor != day.isoformat():
        return None
    prev_day = _day(before.value)
    if prev_day == day and before.value.endswith(("TNI", "TEV")) and not (
            before.value.endswith("TNI") and _NAMED_DAY.search(before.text)
            and not _TWO_DAY_NIGHT.search(before.text)):
        # (time@49) "la nuit de mercredi à jeudi" names both its days: its small hours, told after it in
        # its sentence or the next ("..., un incendie a éclaté vers 2 heures"), are the second's.
        return day + timedelta(days=1)
    prev_clock = _CLOCK.match(before.value)
    if prev_clock is not None and int(prev_clock.group(2)[1:3]) < 6 and prev_day == day + timedelta(days=1) \
            and before.anchor == day.isoformat():
        return prev_day
    if prev_clock is not None and int(prev_clock.group(2)[1:3]) >= LATE_HOUR and prev_day == day:
        return day + timedelta(days=1)  # "vers 23 h, puis vers 2 h": the clock went past midnight
    return None


# "dans les nuits du 21 au 22, du 22 au 23 et du 26 au 27 août": nights listed by their two days, the
# month said once at the end; each pair is the night of its first day (TimeML TNI, as "la nuit du 21 au
# 22 août" alone, `night_of_two_dates`), not a range of two days.
_NIGHT_PAIR = r"du\s+(?:1er|[0-3]?\d)\s+au\s+(?:1er|[0-3]?\d)"
_NIGHTS_LIST = re.compile(r"(?<!\w)nuits\s+(" + _NIGHT_PAIR + r"(?:(?:\s*,\s*|\s+et\s+)" + _NIGHT_PAIR
                          + r")+)\s+[a-zéû]+", re.IGNORECASE)
_PAIR = re.compile(r"du\s+(1er|[0-3]?\d)\s+au\s+(?:1er|[0-3]?\d)", re.IGNORECASE)
_MONTH_OF = re.compile(r"^(\d{4})-(\d{2})")


def _listed_nights(body: str, timexes: list[Timex], details: list[tuple[Found, int]]
                   ) -> tuple[list[Timex], list[tuple[Found, int]]]:
    """Each night of a list of nights said by their days, valued in the month and year the last one
    was resolved to (its month is the only one the list says)."""
    from veille.stages.time.spec import Spec

    pairs = list(zip(timexes, details, strict=True))
    for m in _NIGHTS_LIST.finditer(body):
        last = [(t, d) for t, d in pairs if m.start(1) <= t.start < m.end() and _MONTH_OF.match(t.value)]
        if not last:
            continue
        at = _MONTH_OF.match(last[-1][0].value)
        assert at is not None
        year, month, tense = int(at.group(1)), int(at.group(2)), last[-1][1][1]
        pairs = [(t, d) for t, d in pairs if not (m.start(1) <= t.start < m.end())]
        for p in _PAIR.finditer(body, m.start(1), m.end(1)):
            day = 1 if p.group(1).lower() == "1er" else int(p.group(1))
            try:
                date(year, month, day)
            except ValueError:
                continue
            end = m.end() if p.end() == m.end(1) else p.end()
            value = f"{year:04d}-{month:02d}-{day:02d}TNI"
            spec = Spec("TIME", "date", year=year, month=month, day=day, part="NI")
            pairs.append((Timex(p.start(), end, body[p.start():end], "TIME", value, stage=last[-1][0].stage,
                                model=last[-1][0].model), (Found(p.start(), end, "nights_listed", spec), tense)))
        pairs.sort(key=lambda td: td[0].start)
    return [t for t, _ in pairs], [d for _, d in pairs]
