"""The tagger's passes over the resolved TIMEXes of a text, in text order: the year a range's
first endpoint takes from its second, the end of a range after its start, the day next to a
date ("la veille de Noël"), the weekday of a named week, the day a clock time is on, the small
hours of a night, "à ce moment-là", days listed apart, the whole year of a report (moved out of `tagger`
to keep it under the module size limit)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import TypeVar

from veille.model import Timex
from veille.stages.time.recognise import Found

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_RANGE_HEAD = re.compile(r"(?:\b(?:les|du|entre|de|from|between)\s+(?:le\s+|the\s+)?)$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:et|au|à|-|–|and|to|until)\s*(?:le\s+|the\s+)?$", re.IGNORECASE)
_CLOCK_BEFORE_DAY = re.compile(r"^\s*(?:dans|durant|pendant|on)?\s*$", re.IGNORECASE)  # no comma between
# (time@50) A clock time in parentheses, the same moment in another zone ("(1830 GMT) on Sunday"): its
# day is after the parenthesis closes; the clock time before the parenthesis is the same moment's.
_PAREN_CLOSE_DAY = re.compile(r"^\s*\)\s*(?:dans|durant|pendant|on)?\s*$", re.IGNORECASE)
_PAREN_OPEN = re.compile(r"^\s*\(\s*$")
# A clock time written as one, not a bare number: its half of the day, its minutes, "h", "heures", a clock word.
_WHOLE_CLOCK = re.compile(r"\d\s*[ap]\.?m\b|\d[:h.]\d|\d\s*h\b|\bheures?\b|\b(?:noon|midnight|midi|minuit)\b",
                          re.IGNORECASE)
# A clock time, then the place it is at, then its day ("at noon in the Old State Capitol on Sunday,
# July 18", "à 10 h 30 à la cathédrale le vendredi 26"): one prepositional phrase, no clause
# punctuation and no conjunction between (after "and", "et", "but", "while" the day may be another
# event's: "at 9 p.m. and the final on Sunday"; French puts "le" inside the day's TIMEX).
_CLOCK_PLACE_DAY = re.compile(r"^\s+(?:at|in|au|à|dans)\s"
                              r"(?:(?!\b(?:and|or|but|while|et|ou|mais|puis|alors)\b)[^.,;:!?\n()\d]){1,60}?"
                              r"(?:\s(?:on|le))?\s*$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})$")
# A range of two clock times: what opens it before the first, what joins the second (time@37).
_CLOCK_RANGE_HEAD = re.compile(r"(?<!\w)(?:de|d['’]|entre|from|between)\s*$", re.IGNORECASE)
_CLOCK_VERB_JOIN = re.compile(r"^\s*(?:et|and)\s+(?:[\w'’-]+\s+){1,3}(?:à|at)\s*$", re.IGNORECASE)
_CLOCK_RANGE_JOIN = re.compile(r"^\s*(?:à|a|et|jusqu['’]à|to|until|till|and|-|–)\s*$", re.IGNORECASE)
_DAYISH = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI|MI))?$")



def _day(value: str) -> date | None:
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})((?:-\d{2})?)$")
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAY_ONLY = re.compile(r"(?:(?:les?|du)\s+)?(?:[^\W\d]+\s+)?(\d{1,2}|1er)", re.IGNORECASE)  # "lundi 11", "le 3"
_SHORT_YEAR_END = re.compile(r"[a-zé.'’]\s*\d\d$", re.IGNORECASE)  # "mai 68", "May '68": a year of its own


_MOMENT = re.compile(r"^(?:ce\s+moment|cet\s+instant)[\s-]+l[àa]$|^that\s+moment$", re.IGNORECASE)


def _that_moment(timexes: list[Timex], details: list[tuple[Found, int]]
                 ) -> tuple[list[Timex], list[tuple[Found, int]]]:
    """"à ce moment-là", "at that moment" is the clock time the text last spoke of, on the same day
    ("vers 15 h 30 ... À ce moment-là", the French TimeBank's TIME); with none it is no date (in
    speech, "à ce moment-là" is as often "at this juncture"), and is dropped with its detail, since
    the callers read `timexes` and `details` pairwise."""
    out: list[Timex] = []
    kept: list[tuple[Found, int]] = []
    for t, detail in zip(timexes, details, strict=True):
        if not _MOMENT.match(t.text):
            out.append(t)
            kept.append(detail)
            continue
        for before in reversed(out):  # back over the expressions of the same day
            if before.value[:10] != t.value[:10]:
                break
            if _CLOCK.match(before.value):
                out.append(Timex(t.start, t.end, t.text, "TIME", before.value, anchor=before.value[:10],
                                 mod=t.mod, quant=t.quant, stage=t.stage, model=t.model))
                kept.append(detail)
                break
    return out, kept


_PART_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")
# The part of the day the text is told in ("ce soir", "this morning", "tonight"): a night named by a
# weekday ("la nuit de samedi, à 2 h") is a span of its own, its hours a time inside it.
# A day's morning, afternoon or evening named by its weekday or as "demain", "hier" ("lundi soir 8
# heures", "Monday evening at 8") is the same half of that day: its clock hour is inside it.
_TODAYS_PART = re.compile(r"^(?:(?:ce|cet|this|(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
                          r"demain|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
                          r"yesterday)\s+(?:matin|après-midi|soir|morning|afternoon|evening)|tonight|"
                          r"cette\s+nuit)$", re.IGNORECASE)
# Between a clock time and the part of its day said beside it: nothing, a comma, "à"/"at"/"vers".
_CLOCK_PART_GAP = re.compile(r"^\s*,?\s*(?:(?:à|a|at|vers|around|about)\s+)?$", re.IGNORECASE)


def _clock_with_part(body: str, timexes: list[Timex], details: list[tuple[Found, int]]
                     ) -> tuple[list[Timex], list[tuple[Found, int]]]:
    """"à 20 heures ce soir", "ce soir à 20 heures", "8 p.m. tonight": a clock time and the part of
    the same day said right beside it are one TIME, the clock's (TimeML marks the whole), not a
    clock time and a second, vaguer time of the same moment. The part's detail goes with it, since
    the callers read `timexes` and `details` pairwise."""
    out: list[Timex] = []
    kept: list[tuple[Found, int]] = []
    for t, detail in zip(timexes, details, strict=True):
        if out and _CLOCK_PART_GAP.match(body[out[-1].end:t.start]):
            a = out[-1]
            clock, part = (a, t) if _CLOCK.match(a.value) else (t, a)
            pm = _PART_VALUE.match(part.value)
            if (_CLOCK.match(clock.value) and pm and clock.value[:10] == pm.group(1)
                    and _TODAYS_PART.match(part.text)):
                value = clock.value
                if pm.group(2) in ("AF", "EV") and 1 <= int(value[11:13]) < 12:
                    # "ce soir 8 heures", "this evening at 8": the part says which half of the day
                    value = f"{value[:11]}{int(value[11:13]) + 12:02d}{value[13:]}"
                out[-1] = Timex(a.start, t.end, body[a.start:t.end], "TIME", value, anchor=clock.anchor,
                                mod=clock.mod, quant=clock.quant, stage=clock.stage, model=clock.model)
                if clock is t:
                    kept[-1] = detail
                continue
        out.append(t)
        kept.append(detail)
    return out, kept


def _range_years(body: str, timexes: list[Timex], months: frozenset[str] = frozenset()) -> list[Timex]:
    """"de janvier à mars 2024", "du 28 février au 3 mars 2024", "between March and May 2023":
    the year written after the second endpoint is the first one's too (the year before when the
    first month comes later in the year: "de novembre à février 2024" starts in November 2023);
    and a first day said without its month ("du lundi 11 au vendredi 15 mars") takes the second
    one's month and year (the month before when the day comes after it: "du 28 au 3 mars").  A first
    day that names its own month (a word of `months`, the lexicon's month names: "from May 3 to June 9",
    "April 3 to June 9") keeps it (time@50: the word before its day was read as a weekday)."""
    out = list(timexes)
    for i, (a, b) in enumerate(pairwise(timexes)):
        ma, mb = _MONTH_VALUE.match(a.value), _MONTH_VALUE.match(b.value)
        if (ma is None or mb is None or a.type != "DATE" or b.type != "DATE" or _WRITTEN_YEAR.search(a.text)
                or not _RANGE_JOIN.match(body[a.end:b.start])
                or not _RANGE_HEAD.search(body[max(0, a.start - 12):a.start])):
            continue
        day_only = _DAY_ONLY.fullmatch(a.text)
        if day_only is not None and any(w.lower() in months for w in re.findall(r"[^\W\d]+", a.text)):
            day_only = None  # "May 3 to June 9": the first day has its month
        if day_only is not None and mb.group(3):
            day = 1 if day_only.group(1).lower() == "1er" else int(day_only.group(1))
            first = date(int(mb.group(1)), int(mb.group(2)), 1)
            if day > int(mb.group(3)[1:]):
                first = (first - timedelta(days=1)).replace(day=1)
            try:
                value = first.replace(day=day).isoformat()
            except ValueError:
                continue
        elif _WRITTEN_YEAR.search(b.text) and not (not ma.group(3) and _SHORT_YEAR_END.search(a.text)):
            year = int(mb.group(1)) - (1 if int(ma.group(2)) > int(mb.group(2)) else 0)
            value = f"{year:04d}-{ma.group(2)}{ma.group(3)}"
        else:
            continue
        out[i] = Timex(a.start, a.end, a.text, a.type, value, anchor=a.anchor, mod=a.mod, quant=a.quant,
                       stage=a.stage, model=a.model)
    return out


_DAY_TAIL = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")  # "5", "5th", "5, 2023"
_SPAN_JOIN = re.compile(r"^\s*(?:-|–|to|through|thru|until|and)\s*$", re.IGNORECASE)


def _day_spans(body: str, timexes: list[Timex]) -> list[Timex]:
    """English month-first spans of days ("July 3 to 5", "July 3-5, 2023", "March 3 and 4"): the
    second day is in the first one's month and year (each was resolved alone, and on either side of
    the article's day the tense may put them in two years); a year written after the second is the
    first one's too, when the first has none."""
    out = list(timexes)
    for i, (a, b) in enumerate(pairwise(timexes)):
        ma, mb, tail = _MONTH_VALUE.match(a.value), _MONTH_VALUE.match(b.value), _DAY_TAIL.fullmatch(b.text)
        if (ma is None or mb is None or tail is None or not ma.group(3) or not mb.group(3)
                or a.type != "DATE" or b.type != "DATE" or ma.group(2) != mb.group(2)
                or not _SPAN_JOIN.match(body[a.end:b.start])):
            continue
        if tail.group(1) is not None:
            if not _WRITTEN_YEAR.search(a.text):
                out[i] = Timex(a.start, a.end, a.text, a.type, tail.group(1) + a.value[4:], anchor=a.anchor,
                               mod=a.mod, quant=a.quant, stage=a.stage, model=a.model)
        else:
            out[i + 1] = Timex(b.start, b.end, b.text, b.type, a.value[:8] + mb.group(3)[1:], anchor=b.anchor,
                               mod=b.mod, quant=b.quant, stage=b.stage, model=b.model)
    return out


# "la semaine du 12 mai", "the week of May 12": a week named by one of its days.
_SPAN_AFTER_DAY = re.compile(r"\s*(?:au|à|et|-|–|to|through|until|and)\s*\d", re.IGNORECASE)
_WEEK_OF = re.compile(r"(?<![\w'’])(?:(?:la|cette)\s+semaine\s+du|the\s+week\s+of)\s+$", re.IGNORECASE)


def _weeks_of_days(body: str, timexes: list[Timex]) -> list[Timex]:
    """"la semaine du 12 mai", "the week of May 12" name the ISO week the day is in (2025-W20), as
    "cette semaine" names the article's, not the day itself."""
    out: list[Timex] = []
    for t in timexes:
        m = _WEEK_OF.search(body[max(0, t.start - 24):t.start])
        day = _day(t.value) if m is not None and t.type == "DATE" and len(t.value) == 10 else None
        if m is None or day is None or _SPAN_AFTER_DAY.match(body[t.end:t.end + 12]):
            out.append(t)  # "la semaine du 12 au 18 mai" is the span of its days
            continue
        start = max(0, t.start - 24) + m.start()
        year, week, _ = day.isocalendar()
        out.append(Timex(start, t.end, body[start:t.end], "DATE", f"{year:04d}-W{week:02d}", anchor=t.anchor,
                         mod=t.mod, quant=t.quant, stage=t.stage, model=t.model))
    return out


# "X, et jusqu'au Y", "from X until Y": what stands between a range's start and its end.
_UNTIL_BEFORE = re.compile(r"(?:jusqu['’]\s*(?:au|à|en)|until|till|through)\s+(?:le\s+|the\s+)?$", re.IGNORECASE)
_UNTIL_GAP = 30  # characters between the start and the end's "jusqu'au"


_WEEKDAY_WORD = re.compile(r"(?<!\w)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|"
                           r"sun)(?!\w)", re.IGNORECASE)


def _until_after_start(body: str, timexes: list[Timex]) -> list[Timex]:
    """The end of a range said without its year comes after the range's start: in "depuis le 17
    novembre, et jusqu'au 12 décembre, 1550 affaires ont été jugées" told in March, "jusqu'au"
    looks ahead of the article, but the end follows its start (December of November's year), not
    a December still to come.  Only a day or month whose year was guessed moves, to the first
    year that puts it on or after the start, and only when it fell before the start or more than
    a year after it."""
    out = list(timexes)
    for i, (a, b) in enumerate(pairwise(timexes)):
        ma, mb = _MONTH_VALUE.match(a.value), _MONTH_VALUE.match(b.value)
        gap = body[a.end:b.start]
        if (ma is None or mb is None or a.type != "DATE" or b.type != "DATE" or _WRITTEN_YEAR.search(b.text)
                or len(gap) > _UNTIL_GAP or re.search(r"[.!?;\n]", gap) or not _UNTIL_BEFORE.search(gap)):
            continue
        start = date(int(ma.group(1)), int(ma.group(2)), int(ma.group(3)[1:] or 1))
        month, day = int(mb.group(2)), int(mb.group(3)[1:] or 1)
        try:
            end = date(int(mb.group(1)), month, day)
            if mb.group(3) and not re.search(r"\d", b.text) and _WEEKDAY_WORD.search(b.text):
                # "Monday through Friday": a weekday comes back every week, not every year; the end
                # is the first such day on or after the start (it had gone a year on, to another day).
                # A feast ("from Friday through Christmas") comes back every year: the year below.
                if end < start:
                    end += timedelta(days=-((end - start).days // 7) * 7)
                    out[i + 1] = Timex(b.start, b.end, b.text, b.type, end.isoformat(), anchor=b.anchor,
                                       mod=b.mod, quant=b.quant, stage=b.stage, model=b.model)
                continue
            if start <= end <= start.replace(year=start.year + 1):
                continue
            year = start.year if date(start.year, month, day) >= start else start.year + 1
            value = f"{year:04d}-{mb.group(2)}{mb.group(3)}"
        except ValueError:  # a 29 February with no such day in the year
            continue
        out[i + 1] = Timex(b.start, b.end, b.text, b.type, value, anchor=b.anchor, mod=b.mod, quant=b.quant,
                           stage=b.stage, model=b.model)
    return out


# "la veille de Noël", "le lendemain du 3 mars", "l'avant-veille du 14-Juillet": the day before or
# after the date that follows, not the day before or after the narrative's day.
_NEXT_TO_DAY = re.compile(r"^(?:(?:la|le|au|à\s+la)\s+|l['’]\s*)?(avant-veille|veille|lendemain|surlendemain)$",
                          re.IGNORECASE)
_NEXT_TO_DAY_STEPS = {"avant-veille": -2, "veille": -1, "lendemain": 1, "surlendemain": 2}
_OF_DAY = re.compile(r"^\s*(?:de|du|d['’])\s*$", re.IGNORECASE)
_FULL_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})$")


def _next_to_day(body: str, a: Timex, b: Timex) -> str | None:
    """The day `a` names when it is "la veille"/"le lendemain" of the date `b` right after it."""
    m, day = _NEXT_TO_DAY.match(a.text), _FULL_DAY.match(b.value)
    if m is None or day is None or not _OF_DAY.match(body[a.end:b.start]):
        return None
    return (date.fromisoformat(day.group(1)) + timedelta(days=_NEXT_TO_DAY_STEPS[m.group(1).lower()])).isoformat()


def _anchored_on_next(body: str, timexes: list[Timex],
                      value_of: Callable[[str, Timex, Timex], str | None]) -> list[Timex]:
    """Each TIMEX that `value_of` values from the one right after it takes that value, anchored on
    it; the second stays a TIMEX of its own."""
    out = list(timexes)
    for i, (a, b) in enumerate(pairwise(timexes)):
        if (value := value_of(body, a, b)) is not None:
            out[i] = Timex(a.start, a.end, a.text, a.type, value, anchor=b.value, mod=a.mod, quant=a.quant,
                           stage=a.stage, model=a.model)
    return out


def _days_next_to_dates(body: str, timexes: list[Timex]) -> list[Timex]:
    """"la veille de Noël" is 24 December whatever day the article tells of (the TimeBank values
    such a "veille" from the date it is anchored on, `anchorTimeID`); the date stays a TIMEX of its own."""
    return _anchored_on_next(body, timexes, _next_to_day)


# (time@44) "hier soir, 29 janvier 2014, ...", "yesterday, Jan. 29, 2014.": a day counted from today restated
# by the date set beside it, between commas, is that date (the text's own statement of the day), whatever the
# article's date gives: they agree when the article's date is right; when it is wrong or unknown, the date said
# is the day ("Cavanna est mort hier soir, 29 janvier 2014" in a page dated two days later, or undated).
_NOW_DAY = re.compile(r"^(?:hier|aujourd['’]hui|demain|avant-hier|après-demain|yesterday|today|tomorrow)"
                      r"(?:\s+(?:soir|matin|après-midi|midi|morning|afternoon|evening|night))?$", re.IGNORECASE)
_NOW_DAY_VALUE = re.compile(r"^(?:XXXX-XX-XX|\d{4}-\d{2}-\d{2})(T[A-Z]{2}|T\d\d:\d\d)?$")
_BETWEEN_COMMAS = re.compile(r"^\s*,\s*$")
_APPOSITION_CLOSED = re.compile(r"^\s*(?:[,;)]|[.!?](?:\s|$)|$)")


def _restated_day(body: str, a: Timex, b: Timex) -> str | None:
    """The day `a` names when it is a day counted from today that the date `b` restates beside it."""
    day, now = _FULL_DAY.match(b.value), _NOW_DAY_VALUE.match(a.value)
    if (day is None or now is None or not _NOW_DAY.match(a.text) or not _BETWEEN_COMMAS.match(body[a.end:b.start])
            or not re.search(r"\d", b.text) or not _APPOSITION_CLOSED.match(body[b.end:b.end + 2])):
        return None
    value = day.group(1) + (now.group(1) or "")
    return value if value != a.value else None


def _days_restated(body: str, timexes: list[Timex]) -> list[Timex]:
    """"hier soir, 29 janvier 2014": the day counted from today is the date said beside it."""
    return _anchored_on_next(body, timexes, _restated_day)


# "Monday last week", "lundi de la semaine dernière", "Monday of next week": the weekday of that week.
_OF_WEEK = re.compile(r"^\s*(?:of\s+|de\s+|d['’]\s*)?$", re.IGNORECASE)
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\w+)?$")


def _day_of_week(body: str, a: Timex, b: Timex) -> str | None:
    """The day `a` names when it is a weekday said before the week `b` it falls in."""
    day, week = _DAY_VALUE.match(a.value), _WEEK_VALUE.match(b.value)
    if (day is None or week is None or not _OF_WEEK.match(body[a.end:b.start])
            or not re.search(r"\b(?:week|semaine)\b", b.text, re.IGNORECASE)
            or re.search(r"\d", a.text)):
        return None
    weekday = date.fromisoformat(day.group(1)).isoweekday()
    try:
        moved = date.fromisocalendar(int(week.group(1)), int(week.group(2)), weekday)
    except ValueError:
        return None
    return moved.isoformat() + (day.group(2) or "")


# (time@51) "le week-end du 5 août", "the weekend of August 5": the weekend a day of it names.
_WEEKEND_OF = re.compile(r"(?<![\w-])(?:week-?end)\s+(?:du|of(?:\s+the)?)\s+$", re.IGNORECASE)
# Days back from a Friday, Saturday or Sunday to that weekend's Saturday (a Friday opens the weekend
# after it, as "le week-end du vendredi 4 août" runs on from that evening); another day names none.
_TO_SATURDAY = {5: -1, 6: 0, 7: 1}
_D = TypeVar("_D")
_SPAN_GOES_ON = re.compile(r"\s*(?:[-\u2013]|to\b|au\b|et\b|and\b|&)\s*\d", re.IGNORECASE)


def _weekend_of_day(body: str, timexes: list[Timex], details: list[_D]) -> tuple[list[Timex], list[_D]]:
    """A weekend named by one of its days ("les hostilités reprendront le week-end du 5 août 2023", "the
    festival is the weekend of Aug. 5") is that weekend (`2023-W31-WE`, its two days in the article
    convention), over the words "week-end du" too; the English "the weekend" the day follows, valued on
    its own as the article's weekend, is part of it. A weekday that is no Friday, Saturday or Sunday
    ("le week-end du 3 août", a Thursday) keeps its day: which weekend it means the text does not say."""
    out, kept = list(timexes), list(details)
    for i in range(len(out) - 1, -1, -1):
        t = out[i]
        day = _day(t.value) if _FULL_DAY.match(t.value) else None
        m = _WEEKEND_OF.search(body, max(0, t.start - 30), t.start)
        if day is None or m is None or m.end() != t.start:
            continue
        if day.isoweekday() in _TO_SATURDAY and not _SPAN_GOES_ON.match(body, t.end):
            # ("the weekend of Aug. 5-6": the days themselves, as written)
            saturday = day - timedelta(days=_TO_SATURDAY[day.isoweekday()])
            year, week, _ = saturday.isocalendar()
            out[i] = Timex(m.start(), t.end, body[m.start():t.end], "DATE", f"{year:04d}-W{week:02d}-WE",
                           anchor=t.anchor, mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
        if i and out[i - 1].end > m.start():  # "the weekend" of "the weekend of Aug. 5": no weekend of its own
            del out[i - 1], kept[i - 1]
    return out, kept


def _weekdays_of_weeks(body: str, timexes: list[Timex]) -> list[Timex]:
    """"Monday last week", "lundi de la semaine prochaine": the weekday of the week said after it,
    not the nearest one (the two stay two TIMEX3 in the TimeML export, one in the article's)."""
    return _anchored_on_next(body, timexes, _day_of_week)


def _clock_days(body: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time followed by its day ("à 9 h dans la matinée de mardi", "vers 2 h dans la nuit
    de mardi", "17:00 on Sunday", "at noon in the Old State Capitol on Sunday": `_CLOCK_PLACE_DAY`)
    is on that day, not on the date last spoken of before it."""
    out = list(timexes)
    # (from the last to the first, so that a range's first hour sees the day its second took)
    for i in range(len(out) - 2, -1, -1):
        t, nxt = out[i], out[i + 1]
        m = _CLOCK.match(t.value)
        day = _DAYISH.match(nxt.value)
        gap = body[t.end:nxt.start]
        if (t.type == "TIME" and m is not None and day is not None and day.group(1) != m.group(1)
                and (_CLOCK_BEFORE_DAY.match(gap) or _CLOCK_PLACE_DAY.match(gap)
                     or (_PAREN_CLOSE_DAY.match(gap) and body[:t.start].rstrip().endswith("(")))):
            out[i] = Timex(t.start, t.end, t.text, t.type, day.group(1) + m.group(2), anchor=day.group(1),
                           mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
        elif (t.type == "TIME" and nxt.type == "TIME" and m is not None and (later := _CLOCK.match(nxt.value))
              and later.group(1) != m.group(1) and _PAREN_OPEN.match(gap)):
            # (time@50) "at 2:30 p.m. local time (1830 GMT) on Sunday": the clock time and the same
            # moment in another zone, in parentheses, are on the day said after both
            out[i] = Timex(t.start, t.end, t.text, t.type, later.group(1) + m.group(2), anchor=later.group(1),
                           mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
        elif (t.type == "TIME" and nxt.type == "TIME" and m is not None and (later := _CLOCK.match(nxt.value))
              and later.group(1) != m.group(1) and _CLOCK_RANGE_JOIN.match(gap)
              and (_CLOCK_RANGE_HEAD.search(body[max(0, t.start - 12):t.start])
                   or (_WHOLE_CLOCK.search(t.text) and _WHOLE_CLOCK.search(nxt.text)))):
            # (time@37) "de 8 heures à 20 heures dimanche", "from 8 a.m. to 8 p.m. Sunday": the day
            # after a range of hours is the day of both its ends, not the second's alone (the first
            # had kept the date last spoken of); only after the words that open a range, or (time@50)
            # when both ends are written as clock times ("set for 9 a.m. to noon on Thursday"), which
            # no bare number before "to" is ("Route 9 to 5 p.m.").
            out[i] = Timex(t.start, t.end, t.text, t.type, later.group(1) + m.group(2), anchor=later.group(1),
                           mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
        elif (t.type == "TIME" and nxt.type == "TIME" and m is not None and (later := _CLOCK.match(nxt.value))
              and later.group(1) != m.group(1) and _CLOCK_VERB_JOIN.match(gap)
              and (i == 0 or re.search(r"[.!?\n]", body[out[i - 1].end:t.start]))):
            # (time@37) "ouvriront à 8 heures et fermeront à 20 heures dimanche", "open at 7 a.m. and
            # close at 8 p.m. on Tuesday": two verbs joined, each with its clock time, the day said
            # once after the second is both's, when the sentence has said no day before the first.
            out[i] = Timex(t.start, t.end, t.text, t.type, later.group(1) + m.group(2), anchor=later.group(1),
                           mod=t.mod, quant=t.quant, stage=t.stage, model=t.model)
    return out


_HOURS_AMOUNT = re.compile(r"^PT(\d{1,2})H(?:(\d{1,2})M)?$")
_PER_AFTER = re.compile(r"\s+(?:par|per|a)\s", re.IGNORECASE)


def _range_ends(body: str, timexes: list[Timex]) -> list[Timex]:
    """(time@37) The second end of "entre 8 heures et 18 heures" after a clock time is the clock's
    too, on the first's day, not an amount of 18 hours (the amount reading is for "entre 6 et 8
    heures" after a verb of lasting, whose first hour is no clock time, and for hours "par jour")."""
    out = list(timexes)
    for i, (a, b) in enumerate(pairwise(timexes)):
        m, amount = _CLOCK.match(a.value), _HOURS_AMOUNT.match(b.value)
        if (a.type == "TIME" and b.type == "DURATION" and m is not None and amount is not None
                and int(amount.group(1)) <= 24 and re.fullmatch(r"\s+(?:et|and)\s+", body[a.end:b.start])
                and re.search(r"(?<!\w)(?:entre|between)\s*$", body[max(0, a.start - 10):a.start])
                and not _PER_AFTER.match(body, b.end)):
            hour, minute = int(amount.group(1)) % 24, int(amount.group(2) or 0)
            out[i + 1] = Timex(b.start, b.end, b.text, "TIME", f"{m.group(1)}T{hour:02d}:{minute:02d}",
                               anchor=a.anchor, stage=b.stage, model=b.model)
    return out


# (time@38) No comma in the gap: a set closed off by one ("The president, who meets reporters weekly, will
# speak at 3 p.m.", "qui reçoit les élus chaque semaine, parlera à 15 heures") is a relative clause's or
# an incise's, and the clock time after it the main clause's.
_SET_GAP = re.compile(r"^[^.,;:!?\n()]{0,30}$")
# Prepositions that open a clock time or a range of hours after an adverb of frequency ("daily from 9 a.m.
# to 5 p.m.", "nightly at 8", "quotidiennement de 9 heures à 18 heures"): the adverb ends its phrase there.
_CLOCK_PREPOSITION = re.compile(r"\s+(?:from|at|between|until|till|de|dès|à|entre|jusqu)(?!\w)", re.IGNORECASE)
_SET_BREAK = re.compile(r"(?<!\w)(?:mais|sauf|but|except)(?!\w)", re.IGNORECASE)
_WEEKDAY_SET = re.compile(r"^XXXX-WXX-[1-7]$")


def _adverbial_set(body: str, t: Timex) -> bool:
    """Whether the set `t` says how often, not of what: a phrase ("tous les jours", "every Saturday") or an
    adverb ending its clause ("daily.", "quotidiennement"), not an adjective of a noun ("the annual meeting",
    "la réunion mensuelle", "the daily briefing"), whose clock times are that one event's (time@37)."""
    if " " in t.text.strip():
        return True
    return t.text.lower().endswith(("ly", "ment")) and (
        re.match(r"\s*[a-zà-ÿ]", body[t.end:t.end + 3]) is None
        or _CLOCK_PREPOSITION.match(body[t.end:t.end + 12]) is not None)


def _set_clocks(body: str, timexes: list[Timex]) -> list[Timex]:
    """(time@37) The clock times said with a set ("tous les jours de 9 heures à 19 heures", "every
    Saturday at 8 p.m.", "from 9 a.m. to 5 p.m. daily", "à 21 heures chaque soir") are its times, not
    times of the article's day: they take the set's type (TimeML's "every Saturday at 8 p.m." is one
    SET), a weekday's clock its weekday.  Only clock times next to the set or to one another in the
    same clause, with no other time between."""
    out = list(timexes)
    for i, t in enumerate(timexes):
        if t.type != "SET" or not _adverbial_set(body, t):
            continue
        begin = max(body.rfind(c, 0, t.start) for c in ".!?\n") + 1
        ends = [k for k in (body.find(c, t.end) for c in ".!?\n") if k >= 0]
        end = min(ends) if ends else len(body)
        if any(begin <= o.start < end and o.type == "DATE" and _DAY.match(o.value) for o in timexes):
            continue  # a day said in the sentence ("à 10 heures mardi") may own its clock times
        weekday = t.value if _WEEKDAY_SET.match(t.value) else "XXXX-XX-XX"
        for step in (1, -1):
            j, edge = i + step, t
            while 0 <= j < len(out):
                c = out[j]
                m = _CLOCK.match(c.value)
                gap = body[edge.end:c.start] if step > 0 else body[c.end:edge.start]
                if c.type != "TIME" or m is None or not _SET_GAP.match(gap) or _SET_BREAK.search(gap):
                    break
                out[j] = Timex(c.start, c.end, c.text, "SET", weekday + m.group(2), anchor=None, mod=c.mod,
                               quant="EACH", stage=c.stage, model=c.model)
                j, edge = j + step, c
    return out


_COORDINATION = re.compile(r"^\s*(?:et|and)\s*(?:le\s+|the\s+)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"(?:entre|between)\s+(?:le\s+|the\s+)?$", re.IGNORECASE)


def _apart_coordinated(body: str, a: Timex, b: Timex) -> bool:
    """"les 3 et 5 mai", "May 3 and 5": days joined by "et"/"and" (not after "entre"/"between") are a
    list of days, each its own TIMEX3 in TimeML; written as the span ``A/B`` they would claim the days
    between.  Consecutive days ("les 3 et 4 mai") are the span itself, which the article convention
    may write as one value (GUIDELINES.md: a range's endpoints may be one ``A/B`` value)."""
    if not _COORDINATION.match(body[a.end:b.start]) or _BETWEEN.search(body[max(0, a.start - 12):a.start]):
        return False
    try:
        first, second = date.fromisoformat(a.value), date.fromisoformat(b.value)
    except ValueError:
        return False  # not two calendar days ("les années 2020 et 2021", underspecified days)
    return (second - first).days != 1


def _whole_report_year(f: Found) -> bool:
    """The whole year a report speaks in, with no year of its own: "the current fiscal year", "our
    fiscal year" (a fiscal yearpart with no quarter) or "full-year", "for the full year"."""
    spec = f.spec
    if spec.kind == "yearpart" and spec.fiscal and spec.season is None:
        return not spec.direction
    return f.rule == "full_year"
