"""Inferring an undated article's date from its own text.

A day-precise date the text fixes on its own (an explicit year, or a weekday that fixes the
year: "ce jeudi 3 avril"), told in the past or present tense, is a date the article was
written on or after; the latest such date is the best lower bound.  Dates in a future clause
only bound the article from above, and dates with no year cannot be placed, unless a day of the
same text written with its weekday fixes the year of the stretch it tells (`year_of_the_texts_weekday`):
else no date is inferred (no date rather than a wrong one).  Some words tie the text's now to a date: a day word
or a count of days set before it ("hier, jeudi 20 mars", "il y a deux jours, mardi 18 mars": the
article is Friday 21's, Thursday 20's; `said_offset`, `ago_offset`); and a past night between two
days, or a next day the narrative tells in the past ("dans la nuit du 8 au 9", "le lendemain"),
has come: they bound the article from below by their later day.

The lower bound is not always the day itself: a report of Saturday's election written on
Sunday says "samedi 12 avril" and then "dimanche" for the day the results came out.  A bare
weekday told in the past or present ("a présenté mardi", "released Sunday") names a day of the
week before the article, usually the day itself or the day before: news does not say "mardi"
for a Tuesday more than a few days gone (it writes "mardi dernier" or the date).  The stories
stage chooses among its candidate dates (from the earliest date of a story's other reports to
the day after the latest) the one that puts the text's bare past weekdays closest behind it and
stays closest to the earliest (`choose_day`).  The time stage moves its own lower bound by
them too, but by two days at most (`infer_dct`): see there why.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import cache

from veille.stages.cleaning.yearless import MonthDay
from veille.stages.time.lexicon import LANGS, _alternation, load_lexicon
from veille.stages.time.occasion import named_occasion, scheduled
from veille.stages.time.recognise import Found
from veille.stages.time.tagger import parse_date
from veille.stages.time.tense import quotation

# A bare weekday in a past clause lies within the week before the article.
WEEK = 7
# The recogniser's rules for a night between two days ("la nuit de vendredi à samedi", "la nuit
# du 8 au 9 septembre"): their value is the first day, the night ends on the next.
NIGHT_RULES = frozenset({"night_of", "night_of_two_dates", "night_of_weekdays_date"})


def past_weekdays(details: list[tuple[Found, int]], body: str = "") -> list[int]:
    """The ISO weekdays (Monday 1) the text names bare ("mardi", "Sunday", "ce dimanche": no day,
    month or year) in a clause told in the past: days of the week before the article.  A weekday
    a day word of the now stands before ("hier jeudi", "demain, vendredi": `said_offset`, when
    `body` is given) is moved to the article's own weekday (Friday, Thursday), in any tense."""
    days = []
    for found, tense in details:
        spec = found.spec
        if spec.kind != "weekday" or spec.weekday is None or spec.anaphoric or spec.offset:
            continue
        if spec.day is not None or spec.month is not None or spec.year is not None:
            continue
        offset = said_offset(body, found.start)
        if offset is not None:
            days.append((spec.weekday - 1 - offset) % WEEK + 1)
            continue
        occasion = named_occasion(body, found.start) if not spec.direction and tense <= 0 else None
        if occasion is not None and (tense < 0 or occasion):
            # "le scrutin de samedi", "la manifestation de jeudi": a French noun's complement
            # names an occasion of a day before the article's own (written on that day, the
            # report says "ce samedi" or "aujourd'hui"), so the article is a day or more later:
            # the day after it counts as a past weekday.  In a clause told in the past, or in
            # one with no cue when a word of sequence puts the occasion behind ("annoncés
            # quelques heures après le scrutin de samedi", "depuis"): the noun has no tense of
            # its own, and "le match de samedi s'annonce serré" is ahead.  A scheduling cue ("en
            # vue du scrutin de samedi", "à partir de lundi") keeps it out.
            if not scheduled(body, found.start):
                days.append(spec.weekday % WEEK + 1)
            continue
        if tense >= 0 or (spec.direction or 0) > 0:
            # Only a clause the cue words put in the past: "jeudi prochain", "sera opéré mardi"
            # are after the article, and a clause with no cue may be either.
            continue
        # A night told in the past is over: "dans la nuit de vendredi à samedi" is told on Saturday
        # or later.
        days.append(spec.weekday % WEEK + 1 if found.rule in NIGHT_RULES else spec.weekday)
    return days


def weekday_cost(day: date, weekdays: list[int], base: date) -> int:
    """How far `day` puts the text's bare past weekdays behind it (each the latest such weekday on
    or before `day`), plus its days after `base` (the earliest date the evidence allows): a report
    is written soon after what it tells.  The likeliest date costs least."""
    return sum((day.isoweekday() - w) % WEEK for w in weekdays) + (day - base).days


def choose_day(candidates: list[date], weekdays: list[int], bound: date | None = None) -> date | None:
    """The candidate on or after `bound` with the least `weekday_cost`, the earliest on ties."""
    allowed = [d for d in candidates if bound is None or d >= bound]
    if not allowed:
        return None
    base = min(allowed)
    return min(allowed, key=lambda d: (weekday_cost(d, weekdays, base), d))


# How far back a bare past weekday may lie behind the article: news says "mardi" for a Tuesday
# a few days gone at most, across a weekend ("a annoncé jeudi" in a Monday report), and writes
# "mardi dernier" or the date beyond.  Four days; on the stripped eval/news dev the story-placed
# reports put their weekdays three days back at most.
STALE_DAYS = 4


def weekday_reach(day: date, weekdays: list[int]) -> int:
    """How many days back from `day` the furthest of the text's bare past weekdays lies."""
    return max(((day.isoweekday() - w) % WEEK for w in weekdays), default=0)


def weekdays_conflict(candidates: list[date], weekdays: list[int]) -> bool:
    """Whether every candidate date puts one of the text's bare past weekdays more than
    `STALE_DAYS` behind it: a report naming "Saturday", "Sunday" and "Monday" in the past cannot
    be the Saturday or Sunday its story's other dates offer, it was written on Monday or later;
    the story's dates then belong to other events (a story joining two years' reports), and the
    article gets no date rather than a wrong one."""
    return bool(weekdays) and bool(candidates) and \
        min(weekday_reach(d, weekdays) for d in candidates) > STALE_DAYS


# A news photo is of the story's day, and the report of it comes that day or the next.
CAPTION_DAYS = 1


def caption_day(caption: date, weekdays: list[int]) -> date:
    """The article's date from its photo's day (a lower bound: clean's `caption`): that day or
    the next, the one that puts the text's bare past weekdays closest behind it (`choose_day`:
    a caption of Saturday's vote over a report of the results "released Sunday" is Sunday's).
    Only a day later, so that a tense cue read wrong costs one day at most."""
    if not weekdays:
        return caption
    candidates = [caption + timedelta(days=k) for k in range(CAPTION_DAYS + 1)]
    return choose_day(candidates, weekdays) or caption


@cache
def _deictic() -> re.Pattern[str]:
    """A day word of the speaker's now ("hier", "aujourd'hui", "demain", "yesterday", "today"...:
    the lexicon's `relative_days`), maybe with a part of the day ("hier soir", "yesterday
    morning"), set right before a date as its apposition: "élue hier, jeudi 20 mars", "elected
    yesterday, Thursday, March 20", or as its gloss in brackets: "yesterday (March 20)", "hier
    (jeudi 20 mars)"."""
    words = [w for lang in LANGS for w in load_lexicon(lang).words.get("relative_days", {})]
    parts = [w for lang in LANGS for w in load_lexicon(lang).words.get("parts_of_day", {})]
    gap = r"[ \t\u00a0]"
    return re.compile(rf"(?<![\w-])(?P<day>{_alternation(words)})(?:{gap}+{_alternation(parts)})?"
                      rf"{gap}*[,(]?{gap}*(?:(?:le|on){gap}+)?$", re.IGNORECASE)


def said_offset(body: str, start: int) -> int | None:
    """The days from the text's now to the date starting at `start` when a day word of the now
    stands in apposition before it ("hier, jeudi 20 mars": -1), else None.

    Such a date ties the text's now to the calendar: "élue hier, jeudi 20 mars" is written on
    Friday 21, "demain, vendredi 21 mars" on Thursday 20, whatever the tense of the clause.  In
    a quote the now is the speaker's, which the report follows: still a lower bound."""
    if not body:
        return None
    m = _deictic().search(body[max(0, start - 40):start])
    if m is None:
        return None
    lexicons = [load_lexicon(lang) for lang in LANGS]
    return next((o for lex in lexicons if isinstance(o := lex.lookup("relative_days", m["day"]), int)), None)


# Between a count of days ago and the date it is in apposition with: a comma or an opening
# bracket ("two days ago (March 18)"), "le", "on".
_APPOSED = re.compile(r"[ \t\u00a0]*[,(]?[ \t\u00a0]*(?:(?:le|on)[ \t\u00a0]+)?", re.IGNORECASE)


def ago_offset(details: list[tuple[Found, int]], i: int, body: str) -> int | None:
    """The days from the text's now to the date `details[i]` when a count of days ago stands in
    apposition right before it ("il y a deux jours, mardi 18 mars", "two days ago, on Tuesday,
    March 18": -2), else None.  Only days: "il y a une semaine, le 13 mars" is a week give or take."""
    if i == 0 or not body:
        return None
    before = details[i - 1][0]
    if before.spec.kind != "ago" or before.spec.unit != "D" or before.spec.anaphoric:
        return None
    gap = _APPOSED.fullmatch(body, before.end, details[i][0].start)
    return before.spec.offset if gap is not None else None


def night_offset(details: list[tuple[Found, int]], i: int, body: str) -> int | None:
    """The days from the text's now to the date `details[i]` when the night the now names as
    the last one stands in apposition right before it ("last night, Thursday, April 3", "la nuit
    dernière, jeudi 3 avril": -1, written on Friday 4), or tonight's ("tonight, Thursday": 0);
    else None.  `said_offset` reads day words ("hier soir, jeudi 3 avril"); a night is a part
    of the day the recogniser reads with its own offset."""
    if i == 0 or not body:
        return None
    before = details[i - 1][0]
    spec = before.spec
    if spec.kind != "relday" or spec.part != "NI" or not isinstance(spec.offset, int) or spec.anaphoric:
        return None
    gap = _APPOSED.fullmatch(body, before.end, details[i][0].start)
    return spec.offset if gap is not None else None


# Between a weekday and the day and month set in apposition after it: a comma or an opening
# bracket, "le", "on", "the" ("Sunday morning, Oct. 10", "jeudi soir, le 20 mars").
_WEEKDAY_APPOSED = re.compile(r"[ \t\u00a0]*[,(]?[ \t\u00a0]*(?:(?:le|on|the)[ \t\u00a0]+)?", re.IGNORECASE)


def apposed_weekday(details: list[tuple[Found, int]], i: int, body: str, reference: date,
                    years: list[int] | None = None) -> date | None:
    """The day `details[i]` names when it has a day and month but no year and a weekday stands
    in apposition right before it, a part of the day or a past cue between ("Sunday morning,
    Oct. 10", "jeudi soir 20 mars", "vendredi dernier, le 14 mars"), which the recogniser reads
    as two expressions: the weekday fixes the year as it does in "Sunday, Oct. 10" (the latest
    such day on or before `reference` that falls on it, within `yearless.WEEKDAY_YEARS`); else
    None.  Not after a future cue ("jeudi prochain, le 20 mars"): a present clause may tell a
    day to come."""
    if i == 0 or not body:
        return None
    spec, before = details[i][0].spec, details[i - 1][0]
    if spec.kind != "date" or spec.day is None or spec.month is None or spec.year is not None \
            or spec.weekday is not None:
        return None
    named = before.spec
    if named.kind != "weekday" or named.weekday is None or named.anaphoric or named.offset \
            or (named.direction or 0) > 0 or named.day is not None or named.month is not None:
        return None
    if _WEEKDAY_APPOSED.fullmatch(body, before.end, details[i][0].start) is None:
        return None
    # (time@45) further back than `WEEKDAY_YEARS` when the text states the years (`weekday_dated`)
    return MonthDay(spec.month, spec.day, named.weekday).by_weekday(reference) or \
        (weekday_dated(spec.month, spec.day, named.weekday, years, reference) if years else None)


# How far from a date whose weekday fixes its year a yearless day of the same text may lie and take
# that year: a report tells the days of one stretch of time ("[Mis à jour le 7 octobre] ... Dimanche 8
# octobre, un temps sec persistera").
_WEEKDAY_YEAR_DAYS = 62
# A label that stamps the page with its day ("[Mis à jour le 7 octobre à 14h40]", "Updated Oct. 7").
_STAMP = re.compile(r"(?<![\w'’])(?:mis\s+à\s+jour|actualisée?|publiée?|modifiée?|updated|posted|published)"
                    r"\s*(?:le|on|:)?\s*$", re.IGNORECASE)


def stated_years(details: list[tuple[Found, int]], reference: date, body: str = "") -> list[int]:
    """(time@45) The years the text writes in digits that a report is written on or after: those of
    clauses not told in the future ("his 2021 trial", "in October 2022"), not after `reference`'s; a
    year to come ("d'ici 2030", "could be released in August 2032") is neither, nor (time@48, when `body`
    is given) the year of a date the clause schedules ("La reprise est fixée au 12 août 2023": `scheduled`)."""
    return [found.spec.year for found, tense in details
            if found.spec.year is not None and found.spec.year <= reference.year and tense <= 0
            and (found.spec.direction or 0) <= 0 and not (body and scheduled(body, found.start))]


def weekday_dated(month: int, day: int, weekday: int, years: list[int], reference: date) -> date | None:
    """(time@45) The day a text writes with its weekday and no year ("Tuesday, October 10", "lundi 22
    mai"): the latest year not after `reference` in which it falls on that weekday, not before the
    latest year the text states outside a future clause (`stated_years`).  Before, any year the text
    wrote was a floor, a year to come too ("until 2032"), which left no year at all.  With no year
    stated, `MonthDay.by_weekday` (within `WEEKDAY_YEARS`)."""
    if not years:
        return MonthDay(month, day, weekday).by_weekday(reference)
    for year in range(reference.year, max(years) - 1, -1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= reference and found.isoweekday() == weekday:
            return found
    return None


# (time@45) "ce jeudi 7 mai", "this Thursday, May 7": the demonstrative names a day of the report's own week.
_DEICTIC_DAY = re.compile(r"(?:ce|this)[ \t\u00a0]+", re.IGNORECASE)


def deictic_day(details: list[tuple[Found, int]], values: list[str], body: str, reference: date) -> date | None:
    """(time@45) The first day the text names with a demonstrative, its weekday, day and month ("Ce jeudi 7
    mai, Mons sera la première", "la liste sera publiée ce jeudi 10 novembre"), placed in its year (the
    tagger's, else `weekday_dated`): a day of the report's own week, just gone or to come, in any tense.  It
    bounds the publication from neither side, so it dates no article; it is the best estimate of the day the
    text's relative expressions ("lundi", "demain", "la semaine prochaine") count from when nothing else dates
    the page.  None when the text names no such day."""
    years = stated_years(details, reference)
    for (found, _), value in zip(details, values, strict=True):
        spec = found.spec
        if spec.kind != "date" or spec.weekday is None or spec.day is None or spec.month is None:
            continue
        window = body[max(0, found.start - 6):found.start + 5]
        at = found.start - max(0, found.start - 6)
        opener = _DEICTIC_DAY.match(window, at)
        before = re.search(r"(?<![\w'’])(?:ce|this)[ \t\u00a0]+$", window[:at], re.IGNORECASE)
        if opener is None and before is None:
            continue
        day = parse_date(value) or weekday_dated(spec.month, spec.day, spec.weekday, years, reference)
        if day is not None and day <= reference + timedelta(days=WEEK):
            return day
    return None


def year_of_the_texts_weekday(details: list[tuple[Found, int]], values: list[str], i: int) -> date | None:
    """The day `details[i]` names when it has a day and month but no year, placed in the year a
    date of the same text written with its weekday, day and month ("Dimanche 8 octobre": the
    weekday fixes the year) gives it, when the two lie within `_WEEKDAY_YEAR_DAYS` of each other;
    else None."""
    spec = details[i][0].spec
    if spec.kind != "date" or spec.day is None or spec.month is None or spec.year is not None \
            or spec.weekday is not None:
        return None
    for j, ((found, _), value) in enumerate(zip(details, values, strict=True)):
        other = found.spec
        if j == i or other.kind != "date" or other.weekday is None or other.day is None or other.year is not None:
            continue
        anchor = parse_date(value)
        if anchor is None:
            continue
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                day = date(year, spec.month, spec.day)
            except ValueError:
                continue
            if abs((day - anchor).days) <= _WEEKDAY_YEAR_DAYS:
                return day
    return None


def after_anaphoric_day(details: list[tuple[Found, int]], i: int, body: str) -> bool:
    """Whether the date `details[i]` stands in apposition right after a day word of the
    narrative's time ("la veille, lundi 2 avril", "the day before, Monday, April 2", "le
    lendemain, mardi 3 avril"): it is a day counted from another the text names, which may be
    one to come ("la grève du 3 avril commence la veille, lundi 2 avril"), so it has the tense of
    that day's narrative, not of the now."""
    if i == 0 or not body:
        return False
    spec = details[i - 1][0].spec
    if spec.kind != "anaday" or not spec.anaphoric or not spec.offset:
        return False
    return _APPOSED.fullmatch(body, details[i - 1][0].end, details[i][0].start) is not None


def _bare_weekday(found: Found, tense: int) -> bool:
    """A weekday with no day, month or year, told in the past or the present ("on Friday",
    "a présenté mardi"): a day of the week the article was written in."""
    spec = found.spec
    return spec.kind == "weekday" and spec.weekday is not None and not spec.anaphoric and not spec.offset \
        and (spec.direction or 0) <= 0 and spec.day is None and spec.month is None and spec.year is None \
        and tense <= 0


def background(details: list[tuple[Found, int]], i: int, body: str) -> bool:
    """Whether the date `details[i]` is a background date: written with its year and no weekday
    ("On Dec. 2, 2016, he was indicted", "Il avait été condamné le 3 février 2023") in a text that
    tells its news first by bare weekdays ("The verdict was read on Friday", "interpellé mardi").

    News names a day of the article's own week by its weekday and an older one by its date
    (AP style writes the weekday only within a week, the year only outside the current one; the
    French press writes "ce mardi", "mardi 18 mars" for the days it reports): a yearly date
    below a lede told in weekdays is an earlier event's.  It is a true lower bound, but the
    article is a week or more after it, and no word says how long: a guess on it is wrong."""
    found = details[i][0]
    spec = found.spec
    if spec.kind != "date" or spec.day is None or spec.year is None or spec.weekday is not None:
        return False
    if said_offset(body, found.start) is not None or ago_offset(details, i, body) is not None \
            or night_offset(details, i, body) is not None:
        return False  # (time@45) "mort hier soir, 29 janvier 2014": the now is tied to it, a day later
    if i > 0 and details[i - 1][0].spec.kind == "weekday" \
            and _WEEKDAY_APPOSED.fullmatch(body, details[i - 1][0].end, found.start) is not None:
        return False  # "Sunday morning, Oct. 10, 2021": the weekday is the date's
    for before, tense in details[:i]:
        if before.spec.kind == "date" and before.spec.day is not None:
            return False  # the news is dated by a date: the text does not write its week in weekdays
        if _bare_weekday(before, tense):
            return True
    return False


def lower_bound(details: list[tuple[Found, int]], values: list[str], reference: date, body: str = "") -> date | None:
    """The latest day-precise date the text fixes by itself in a clause that is not future (nor
    scheduling it, when `body` is given: `scheduled`; a year fixed by a weekday before the day
    counts: `apposed_weekday`), or the day it says it is written on
    (`said_offset`: "hier, jeudi 20 mars" is Friday 21's; `ago_offset`: "il y a deux jours,
    mardi 18 mars" is Thursday 20's)."""
    found = _lower_bound(details, values, reference, body)
    return found[0] if found is not None else None


def _lower_bound(details: list[tuple[Found, int]], values: list[str], reference: date,
                 body: str = "") -> tuple[date, int] | None:
    """`lower_bound` and the index in `details` of the expression it rests on.  (time@45) A day written
    with its weekday and no year is placed by the years the text states outside a future clause
    (`weekday_dated`)."""
    years = stated_years(details, reference, body)
    ceiling = future_ceiling(details, values, body)
    best: date | None = None
    at = -1
    for i, ((found, tense), value) in enumerate(zip(details, values, strict=True)):
        spec = found.spec
        if spec.kind == "anaday" and spec.anaphoric and (spec.offset or 0) > 0 and tense < 0:
            # "Le lendemain, l'opposition a saisi le Conseil": the narrative's next day, dated
            # from a date the text fixes (an absolute value), is past; a clause with no past cue
            # may be a plan ("il sera promulgué le lendemain").
            told = parse_date(value)
            if told is not None and told <= reference and (best is None or told > best):
                best, at = told, i
            continue
        if spec.kind != "date" or spec.day is None:
            continue
        if spec.year is None and spec.weekday is None:
            # The year came from nowhere the text states, unless a weekday set before the day
            # fixes it ("Sunday morning, Oct. 10"), or another day of the text written with its
            # weekday, close by, does ("le 7 octobre ... Dimanche 8 octobre").
            day = apposed_weekday(details, i, body, reference, years)
            if day is None and (tense < 0 or _STAMP.search(body, max(0, found.start - 30), found.start)):
                # (a year borrowed from another day is weaker: only a day told in the past or an
                # update stamp's bounds the article; "La grève du 3 avril commence" may be ahead)
                day = year_of_the_texts_weekday(details, values, i)
        elif spec.year is None and spec.weekday is not None and spec.month is not None \
                and parse_date(value) is None:
            # (time@45) a year the tagger left open (a year to come stated in the text barred every
            # year): the latest after the years stated outside a future clause; (time@48) with none
            # stated so (every year the text writes is a plan's), the latest the weekday allows
            day = weekday_dated(spec.month, spec.day, spec.weekday, years, reference)
        else:
            day = parse_date(value)
        if day is None:
            continue
        offset = said_offset(body, found.start)
        if offset is None:
            offset = ago_offset(details, i, body)
        if offset is None:
            offset = night_offset(details, i, body)
        if offset is not None:
            day -= timedelta(days=offset)
        elif tense > 0 or (spec.direction or 0) > 0 or scheduled(body, found.start):
            continue
        elif tense == 0 and after_anaphoric_day(details, i, body):
            # "la veille, lundi 2 avril" with no past cue: as the day word alone ("le
            # lendemain" above), a day counted from another may be one to come.
            continue
        elif found.rule in NIGHT_RULES and tense < 0:
            day += timedelta(days=1)  # "la nuit du 8 au 9 septembre", over: told on the 9th or later
        if day > reference or (ceiling is not None and day > ceiling):
            # (time@48) not after a day the text itself tells as still to come (`future_ceiling`)
            continue
        # On a tie, a date written with its weekday wins over a background one (`background`).
        if best is None or day > best or (day == best and background(details, at, body)):
            best, at = day, i
    return (best, at) if best is not None else None


def future_ceiling(details: list[tuple[Found, int]], values: list[str], body: str = "") -> date | None:
    """(time@48) The earliest day, with its year, that the text tells in the future tense outside a
    quotation ("Celle-ci se jouera le mercredi 20 décembre 2023", "The trial will open on March 3, 2025"):
    the future puts its day after the time of writing, so the page is written on or before it and no
    day after it bounds the page from below.  A date to come misread as past ("jusqu'à la dernière
    journée le samedi 18 mai 2024" in a season's calendar) then no longer dates the page months ahead.
    None when the text tells no such day."""
    best: date | None = None
    for (found, tense), value in zip(details, values, strict=True):
        spec = found.spec
        if tense <= 0 or spec.kind != "date" or spec.day is None or spec.year is None or spec.anaphoric:
            continue
        if body and quotation(body, found.start, found.end) is not None:
            continue  # a speaker's future counts from the day it was said, which may be well before
        day = parse_date(value)
        if day is not None and (best is None or day < best):
            best = day
    return best


def filed_bound(details: list[tuple[Found, int]], filed: tuple[int, int | None], reference: date,
                body: str = "") -> date | None:
    """The latest day the text names without a year ("le 25 septembre", "on Sept. 25") in a clause
    that is not future, placed in the year (and month) the URL files the article under ("/2025/09/",
    the WordPress and Blogger default): the day's year is the filing's, or the year before for a
    day after the filed month ("le 28 décembre" in a January article).  Only a day inside the
    filed month (or year, when the URL gives no month) bounds the article: it was written on or
    after that day and within that month.  None when the text names no such day."""
    year, month = filed
    end = date(year, month, monthrange(year, month)[1]) if month is not None else date(year, 12, 31)
    best: date | None = None
    for found, tense in details:
        spec = found.spec
        if spec.kind != "date" or spec.day is None or spec.month is None or spec.year is not None:
            continue
        if tense > 0 or (spec.direction or 0) > 0 or spec.anaphoric or scheduled(body, found.start):
            continue
        day = MonthDay(spec.month, spec.day).on_or_before(end)
        if day is None or day > reference or day.year != year or (month is not None and day.month != month):
            continue
        if best is None or day > best:
            best = day
    return best


def later(a: date | None, b: date | None) -> date | None:
    """The later of two lower bounds, either of which may be missing."""
    return max(a, b) if a is not None and b is not None else a or b


# A report follows the last day it dates by a day or two at most (Saturday's vote, the results
# "publiés ce lundi"); a weekday further on is more likely a reported future read as past.
BOUND_DAYS = 2


def infer_dct(details: list[tuple[Found, int]], values: list[str], reference: date,
              floor: date | None = None, body: str = "") -> date | None:
    """The article date implied by its self-dated, non-future expressions: their latest date (or
    `floor`, another lower bound such as an embedded post's day, when later),
    moved up to `BOUND_DAYS` later by the bare weekdays the text tells in the past after it
    (`choose_day`: "samedi 25 octobre" then "les résultats publiés ce lundi" is Monday's report).

    Only two days: moving the date anywhere in the week after (tried earlier) gained nothing on
    eval/news dev and lost an article on test, the tense cues reading a reported future ("sera
    opéré mardi, a-t-il annoncé") as past.  Two days gained 4 articles on dev with its URLs left
    out (one story: an election's results told two days after the vote) and changed none with them."""
    own = _lower_bound(details, values, reference, body)
    # A background date below a lede told in weekdays bounds the article from far below: no
    # date rather than a wrong one (`background`).
    bound = later(own[0] if own is not None and not background(details, own[1], body) else None, floor)
    if bound is None:
        return None
    candidates = [d for k in range(BOUND_DAYS + 1) if (d := bound + timedelta(days=k)) <= reference]
    return choose_day(candidates, past_weekdays(details, body), bound) or bound
