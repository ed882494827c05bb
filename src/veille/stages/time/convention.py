"""The article convention of the TIMEX3 a text states (moved out of `tagger` for its size, time@49):
ranges as one `A/B` value ("du 3 au 5 mai", "entre 2020 et 2023", "les 3 et 4 avril", "from 4 to 6 p.m."),
a weekend as its two days, "la veille de Noël" as one stated time, and with `time.moments` a date and its
clock time as one moment and a decade as its years.  The events and stories stages join the TimeBank's
endpoints again with `merge_ranges`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from veille.model import Timex
from veille.stages.time.passes import (
    _CLOCK,
    _DAYISH,
    _FULL_DAY,
    _NEXT_TO_DAY,
    _OF_DAY,
    _OF_WEEK,
    _RANGE_HEAD,
    _RANGE_JOIN,
    _WEEK_VALUE,
    _apart_coordinated,
)
from veille.stages.time.references import stated_only
from veille.stages.time.version import MODEL, STAGE

__all__ = ["article_convention", "merge_ranges"]

# A date and the clock time on it ("le 12 mai à 12h00", "5 octobre, vers 21h22", "vers 2 h dans
# la nuit de mardi"): one moment.
_MOMENT_JOIN = re.compile(r"^\s*,?\s*(?:à|a|vers|dès|at|around|about|by)?\s*$", re.IGNORECASE)
_CLOCK_THEN_DAY = re.compile(r"^\s*,?\s*(?:dans|durant|pendant|on)?\s*$", re.IGNORECASE)
_DECADE = re.compile(r"^(\d{3})X$")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")


def article_convention(body: str, timexes: list[Timex], moments: bool = False) -> list[Timex]:
    """One TIMEX per stated time, as the article gold and the events stage want them: ranges as
    `A/B` (`merge_ranges`) and a weekend as its two days; with `moments` (config `time.moments`)
    also a date and its clock time as one moment and a decade as its years."""
    timexes = _one_day_next_to_a_date([_weekend_days(t) for t in stated_only(body, timexes)], body)
    if not moments:
        return merge_ranges(body, timexes)
    out: list[Timex] = []
    for t in merge_ranges(body, timexes):
        prev = out[-1] if out else None
        if prev is not None and (moment := _moment(body, prev, t)) is not None:
            out[-1] = moment
            continue
        if (m := _DECADE.match(t.value)) is not None and t.type == "DATE":
            t = Timex(t.start, t.end, t.text, t.type, f"{m.group(1)}0/{m.group(1)}9", anchor=t.anchor,
                      mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
        out.append(t)
    return out


def _one_day_next_to_a_date(timexes: list[Timex], body: str) -> list[Timex]:
    """"la veille de Noël", "Monday last week" as one stated time (its day), the date or week after
    it only its anchor."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if b is not None and a.anchor == b.value and (
                (_NEXT_TO_DAY.match(a.text) and _FULL_DAY.match(b.value) and _OF_DAY.match(body[a.end:b.start]))
                or (_WEEK_VALUE.match(b.value) and _OF_WEEK.match(body[a.end:b.start]))):
            out.append(Timex(a.start, b.end, body[a.start:b.end], a.type, a.value, anchor=b.value, mod=a.mod,
                             quant=a.quant, stage=a.stage, model=a.model))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _weekend_days(t: Timex) -> Timex:
    """A weekend ("2025-W41-WE") is a span of two days, written as the range of its Saturday and
    Sunday, as ranges are in this convention (the stories and events stages read day spans)."""
    m = _WEEKEND.match(t.value)
    if m is None:
        return t
    try:
        saturday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6)
    except ValueError:
        return t
    value = f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    return Timex(t.start, t.end, t.text, t.type, value, anchor=t.anchor, mod=t.mod, quant=t.quant,
                 stage=t.stage, model=t.model)


def _moment(body: str, a: Timex, b: Timex) -> Timex | None:
    """A day and the clock time on it, in either order, as one TIME (None if they are not that)."""
    gap = body[a.end:b.start]
    day_m, clock_m = _DAYISH.match(a.value), _CLOCK.match(b.value)
    if day_m and clock_m and _MOMENT_JOIN.match(gap):
        value = day_m.group(1) + clock_m.group(2)
    else:
        clock_m, day_m = _CLOCK.match(a.value), _DAYISH.match(b.value)
        if not (clock_m and day_m and _CLOCK_THEN_DAY.match(gap)):
            return None
        value = day_m.group(1) + clock_m.group(2)
    return Timex(a.start, b.end, body[a.start:b.end], "TIME", value, anchor=a.anchor or b.anchor,
                 stage=STAGE, model=MODEL)


_BARE_CLOCK = re.compile(r"^\d{1,2}(?::\d{2})?$")  # "4" of "from 4 to 6 p.m." (`clock_range_start`)
_CLOCK_OF = re.compile(r"^[\dX-]+T(\d{2}:\d{2})$")


def merge_ranges(body: str, timexes: list[Timex]) -> list[Timex]:
    """Join "A et/au/à B" after "les/du/entre" into one DATE TIMEX valued ``A/B``."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if b is not None and _BARE_CLOCK.match(a.text) and a.type == b.type == "TIME" and "/" not in b.value \
                and (clock := _CLOCK_OF.match(a.value)) and _RANGE_JOIN.match(body[a.end:b.start]):
            # "from 4 to 6 p.m.": the first hour has no day nor half-day of its own, the second's
            day = b.value.split("T")[0]
            out.append(Timex(a.start, b.end, body[a.start:b.end], "TIME", f"{day}T{clock.group(1)}/{b.value}",
                             anchor=a.anchor or b.anchor, mod=None, stage=STAGE, model=MODEL))
            i += 2
            continue
        if (b is not None and a.type == b.type == "DATE" and "/" not in a.value + b.value
                and _RANGE_JOIN.match(body[a.end:b.start]) and not _apart_coordinated(body, a, b)
                and (_RANGE_HEAD.search(body[max(0, a.start - 12):a.start]) or body[a.end:b.start] in ("-", "–") or
                     re.match(r"(?:les|du|entre)\s", a.text, re.IGNORECASE))):
            out.append(Timex(a.start, b.end, body[a.start:b.end], "DATE", f"{a.value}/{b.value}",
                             anchor=a.anchor or b.anchor, mod=None, stage=STAGE, model=MODEL))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
