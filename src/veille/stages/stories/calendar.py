"""What an undated article's own dates say of the day a story may give it (stories@25, stories@26).

A report comes after everything it tells in the past and before what it announces, and the
calendar ties a weekday to a day of the month.  Three constraints follow from how news is
written, whatever the story's other reports say:

- a day written with its weekday and no year and told as present or to come ("La grève commencera
  le mardi 3 avril", "will begin on Tuesday, April 3") is one of the days around the report, so the
  report falls in a year where that day is that weekday: a story date whose nearest 3 April is not
  a Tuesday belongs to another year's reports (a story joining one year's rail strike with
  another's).  (stories@26) Not one told in the past, nor a noun's occasion ("Le drame du mardi 3
  avril, où un agent avait été blessé", "Le procès des attentats du vendredi 13 novembre s'est
  ouvert"): the past reaches back any number of years, and an anniversary names its own year's day;
- a date written with its month and year and told in the past ("condamné en mars 2019", "held
  in March 2019") is behind the report: a story date before its start is refuted;
- one told as to come ("le scrutin aura lieu en juin 2027", "will open in June 2026") is ahead
  of it: a story date after its end is refuted.

(stories@26) Neither bound holds for a date told as a plan seen from a past, a future in the past:
"La ligne devait rouvrir en septembre 2025", "était censée", "was supposed to reopen in September
2025", "was to", "had promised the line would be ready in May 2025", "a promis qu'elle serait
prête en mai 2025".  The plan may have been kept, missed or still be ahead when the report is
written (`future_in_past`).

(stories@29) A day told in the past with its day and month and no year ("The fire was started by lightning
July 23", "incendie survenu le 23 juillet") is one of the report's own months: news writes a past day's year
when it is not the report's year, and leaves it out across the turn of the year only ("le 28 décembre" in a
January report).  A story date that puts that day months after itself in its year, and more than
`YEARLESS_BACK_DAYS` back in the year before, belongs to another year's reports.  Not a day counted from
("depuis le 7 octobre", "since Sept. 11": a duration reaches back years), nor a noun's occasion ("les
attentats du 13 novembre", "the Oct. 7 attack"), nor one within `NEAR_AFTER_DAYS` after the story date (a
report of the next days given its siblings' earlier date: the story is right, the day a little early).

A year alone bounds nothing: it names an occasion as often as a time ("approved the 2018
budget", written in December 2017; "le budget 2026"; a footer's "© 2024").

Only dates the text writes out count (a year or a weekday with its day and month): a bare
weekday is `dct.weekdays_conflict`'s, and relative words ("hier", "last year") place nothing
without the date they are counted from.  A story date these refute places nothing: no date
rather than a wrong one, which would misplace every relative expression the article holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from veille.stages.stories.dates import parse_span
from veille.stages.time.lexicon import fold, load_lexicon
from veille.stages.time.occasion import occasion_tense, scheduled
from veille.stages.time.recognise import Found

# (stories@26) The forms that tell a future seen from a past, in the clause before the date: the
# conditional (French "-rait", "-raient": "serait prête", "rouvrirait"; English "would", "'d"), the
# past of "be" before a word of plan or an infinitive ("was to", "were supposed to", "was due to",
# "était censée", "étaient prévus"), a pluperfect of promise or plan ("had promised", "avait
# prévu").  The imperfect modals of plan ("devait", "comptait") are the time lexicon's
# `tense.past_plan`.  Not the nouns in "-trait" ("retrait", "portrait", "extrait", "attrait").
_FUTURE_IN_PAST = re.compile(
    r"(?<![\w'’])(?:would|(?:was|were)\s+(?:(?:originally|initially|once|first|still|then|also)\s+)?"
    r"(?:to|supposed|due|set|meant|expected|scheduled|slated|poised|planned|going)|"
    r"had\s+(?:(?:originally|initially|once|first|already|also)\s+)?"
    r"(?:planned|promised|hoped|intended|pledged|vowed|expected|aimed|scheduled)|"
    r"(?:étai(?:en)?t|avai(?:en)?t\s+été)\s+(?:censée?s?|prévue?s?|programmée?s?|attendue?s?|appelée?s?)|"
    r"avai(?:en)?t\s+(?:promis|prévu|annoncé|assuré|espéré|envisagé|programmé|projeté)|"
    r"(?!(?:re|por|ex|at|abs|dis|sous)traie?n?t\b)\w+raie?n?t)"
    r"(?![\w'’])[^.;!?\n]{0,60}$", re.IGNORECASE)
_ENGLISH_D = re.compile(r"\w['’]d\s+[^.;!?\n]{0,40}$")


def future_in_past(body: str, start: int, lang: str | None) -> bool:
    """Whether the date at `start` is told as a plan seen from a past (see the module's docstring)."""
    before = body[max(0, start - 80):start]
    if _FUTURE_IN_PAST.search(before) or (lang == "en" and _ENGLISH_D.search(before)):
        return True
    plans = load_lexicon(lang or "fr").wordset("tense.past_plan")
    clause = re.split(r"[.;!?\n]", before)[-1]
    return any(fold(w) in plans for w in re.findall(r"[^\W\d_]+", clause))


@dataclass
class Calendar:
    """The article's own written dates: weekdays with their day and month ((weekday, month,
    day), no year), the latest start of a dated past (`after`) and the earliest end of a dated
    future (`before`)."""

    weekday_days: list[tuple[int, int, int]] = field(default_factory=list)
    after: date | None = None
    before: date | None = None
    past_days: list[tuple[int, int]] = field(default_factory=list)  # (month, day), no year (stories@29)

    def refutes(self, day: date) -> bool:
        """Whether `day` cannot be the article's date (see the module's docstring)."""
        if self.after is not None and day < self.after:
            return True
        if any(yearless_refutes(day, month, dom) for month, dom in self.past_days):
            return True
        if self.before is not None and day > self.before:
            return True
        return bool(self.weekday_days) and not any(weekday_fits(day, *wd) for wd in self.weekday_days)


# (stories@29) How far back in the year before a report a day it tells in the past with no year may lie (a
# quarter: "le 28 décembre" in a January report), and how far after the story's date it may lie in the
# same year (a report of the next days given the story's earlier date).
YEARLESS_BACK_DAYS = 92
NEAR_AFTER_DAYS = 7


def yearless_refutes(day: date, month: int, dom: int) -> bool:
    """(stories@29) Whether a day told in the past with no year (`month`/`dom`) refutes `day` as the
    report's date: it falls more than `NEAR_AFTER_DAYS` after `day` in `day`'s year, and its last
    occurrence before `day` is more than `YEARLESS_BACK_DAYS` back, in the year before."""
    try:
        same = date(day.year, month, dom)
        before = date(day.year - 1, month, dom)
    except ValueError:  # 29 February
        return False
    return (same - day).days > NEAR_AFTER_DAYS and (day - before).days > YEARLESS_BACK_DAYS


# A day counted from ("depuis le 7 octobre", "since Sept. 11") or a noun's occasion ("les attentats du 13
# novembre", "the Oct. 7 attack", "Sept. 11's"): no report's month (stories@29).
_COUNTED_FROM = re.compile(
    r"(?<![\w'’])(?:depuis|since|the|\w{3,}[ \t\u00a0]+(?:du|de|of))[ \t\u00a0]+(?:le[ \t\u00a0]+)?$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"['’]s(?![\w'’])")


def nearest(day: date, month: int, dom: int) -> date | None:
    """The date of `month`/`dom` nearest `day` (in its year, the one before or after)."""
    found: list[date] = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            found.append(date(year, month, dom))
        except ValueError:  # 29 February of a common year
            continue
    return min(found, key=lambda d: abs((d - day).days)) if found else None


def weekday_fits(day: date, weekday: int, month: int, dom: int) -> bool:
    """Whether the day of the month nearest `day` falls on `weekday` (ISO, Monday 1)."""
    near = nearest(day, month, dom)
    return near is not None and near.isoweekday() == weekday


def calendar(details: list[tuple[Found, int]], values: list[str], body: str = "",
             lang: str | None = None) -> Calendar:
    """The article's `Calendar` from the time tagger's expressions (found, tense) and values
    (the tagger's `tag` without a document date: only what the text writes out is concrete).  A
    past clause that schedules its date ("have agreed to schedule early elections for Feb. 23,
    2025": `occasion.scheduled`, as the time stage's own lower bound) puts it ahead, not behind."""
    cal = Calendar()
    for (found, tense), value in zip(details, values, strict=True):
        spec = found.spec
        if spec.anaphoric or spec.offset or spec.kind not in ("date", "year"):
            continue
        if spec.year is None:
            # (stories@26) only one told as present or to come (a past may be years back)
            if spec.weekday is not None and spec.day is not None and spec.month is not None \
                    and (occasion_tense(body, found.start, tense) if body else tense) >= 0:
                cal.weekday_days.append((spec.weekday, spec.month, spec.day))
            elif spec.weekday is None and spec.day is not None and spec.month is not None and tense < 0 \
                    and body and not _COUNTED_FROM.search(body, max(0, found.start - 30), found.start) \
                    and not _ATTRIBUTIVE.match(body, found.end) and not future_in_past(body, found.start, lang):
                cal.past_days.append((spec.month, spec.day))  # (stories@29) one of the report's months
            continue
        if spec.month is None:
            # A year alone names an occasion as often as a time ("approved the 2018 budget" in
            # December 2017, "le budget 2026", a footer's "© 2024"): no bound.
            continue
        span = parse_span(value)
        if span is None or (body and future_in_past(body, found.start, lang)):
            continue
        if tense < 0 and (spec.direction or 0) <= 0 and not scheduled(body, found.start) \
                and (cal.after is None or span.start > cal.after):
            cal.after = span.start
        elif tense > 0 and (spec.direction or 0) >= 0 and (cal.before is None or span.end < cal.before):
            cal.before = span.end
    return cal

