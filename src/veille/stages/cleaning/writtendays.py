"""The day a sentence of the article gives as the day it was written (clean@37, `written_day`).

A report may state its own day in its words rather than in a stamp: a deictic day word glossed
with its date ("The mayor yesterday (March 3, 2021) opened …", "a annoncé hier (mercredi 23
août 2017) …", "today, Monday, March 8, 2021, the council …"), or a live page's welcome naming the
day it covers ("Welcome to our live blog for Monday, March 8, 2021.", "Bienvenue dans ce direct du
lundi 8 mars 2021").  Both are the writer's own clock: the glossed date is yesterday's, today's or
tomorrow's *as seen from the writing day*, so the writing day follows by the word's offset, with
no year to guess.  A date alone in a sentence (an event's, "on March 3, 2021") says nothing of
when it was written, and is left to the time stage.

(clean@68) A gloss may leave the year out ("closed yesterday (May 7) and … today (May 8)", "a annoncé
hier (mercredi 23 août)"): the writing day's month and day are then known, its year only from what
else the page says of its time (`place_gloss`): the crawl, the year and month folders the URL files
the page under, or the days a six-figure file name could write ("/120508.html": 2012-05-08, 2008-12-05
or 2008-05-12).  The gloss picks the day among them only when exactly one agrees with it (and with the
weekday it names); otherwise, or with nothing to bound it, the page stays undated here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from veille.stages.cleaning.anchors import DATA, time_lexicon
from veille.stages.cleaning.pubdate import DateFinder, FoundDate
from veille.stages.cleaning.urldates import six_digit_days
from veille.stages.cleaning.yearless import DayLines, MonthDay, url_year

HOW = "written_day"


@lru_cache(maxsize=1)
def _deictic() -> tuple[dict[str, int], re.Pattern[str]]:
    """Deictic day words and how many days from the writing day they point, with the pattern
    that finds one glossed.  The days are the time stage's `relative_days`, French and English
    (one source for what "avant-hier" or "the day after tomorrow" means: a list of its own here
    lacked those two, and read "avant-hier" as its "hier"); "tonight", "ce soir" and the other
    parts of the writing day itself are `today_parts` of data/clean/dates.json."""
    time = time_lexicon()
    offsets = {word: int(days) for lang in ("fr", "en") for word, days in time[lang]["relative_days"].items()}
    parts = json.loads((DATA / "clean" / "dates.json").read_text(encoding="utf-8"))["today_parts"]
    offsets.update(dict.fromkeys(parts, 0))
    words = "|".join(sorted(map(re.escape, offsets), key=len, reverse=True))
    return offsets, re.compile(rf"(?<![\w'’])({words})\s*(\(|,)\s*", re.IGNORECASE)


# What closes the gloss: the bracket it opened, or the comma of an apposition.
_CLOSE = {"(": r"\s*\)", ",": r"\s*,"}

# A live page's welcome: "live blog / live coverage / live updates / rolling coverage for|of|on",
# "ce direct / notre direct / ce live / ce fil en direct / ce suivi en direct du|de ce".
_LIVE = re.compile(r"(?<!\w)(?:live\s+(?:blog|coverage|updates|page)|rolling\s+(?:coverage|blog)|"
                   r"(?:ce|notre)\s+(?:direct|live|fil\s+(?:en\s+)?direct|suivi\s+en\s+direct))"
                   r"\s+(?:for|of|on|du|de\s+ce)\s+", re.IGNORECASE)


def written_day(paragraph: str, finder: DateFinder) -> FoundDate | None:
    """The writing day a paragraph states (see the module docstring), else None."""
    offsets, deictic = _deictic()
    for found in deictic.finditer(paragraph):
        at = finder.date_at(paragraph[found.end():])
        if at is None:
            continue
        day, end = at
        if not re.match(_CLOSE[found[2]], paragraph[found.end() + end:]):
            continue  # "yesterday, March 3, 2021 was …": no gloss closed, perhaps a list
        written = day - timedelta(days=offsets[found[1].lower()])
        return FoundDate(written.isoformat(), HOW)
    for found in _LIVE.finditer(paragraph):
        at = finder.date_at(paragraph[found.end():])
        if at is not None:
            return FoundDate(at[0].isoformat(), HOW)
    return None


@dataclass(frozen=True)
class Gloss:
    """(clean@68) A deictic word glossed with a day and month and no year ("today (May 8)"): the glossed
    day, and how many days from the writing day the word points (yesterday -1)."""

    day: MonthDay
    offset: int

    def written(self, year: int) -> date | None:
        """The writing day when the glossed day falls in `year` (None: no such day, or not the weekday
        the gloss names)."""
        glossed = self.day.in_year(year)
        if glossed is None or (self.day.weekday is not None and glossed.isoweekday() != self.day.weekday):
            return None
        return glossed - timedelta(days=self.offset)


def yearless_gloss(paragraph: str, finder: DateFinder) -> Gloss | None:
    """(clean@68) The first deictic word a paragraph glosses with a day and month and no year, the
    gloss closed as `written_day`'s ("yesterday (May 7)", "aujourd'hui, jeudi 3 avril,"), else None."""
    offsets, deictic = _deictic()
    lines = DayLines(finder)
    for found in deictic.finditer(paragraph):
        at = lines.named_day_at(paragraph[found.end():])
        if at is None:
            continue
        end, day = at
        if re.match(_CLOSE[found[2]], paragraph[found.end() + end:]):
            return Gloss(day, offsets[found[1].lower()])
    return None


def place_gloss(gloss: Gloss, url: str | None, crawled: datetime | None) -> FoundDate | None:
    """(clean@68) The writing day a yearless gloss gives, in the one year the page allows: on or before
    the crawl's day (the latest such); else the year (and month) the URL's folders file the page
    under, or one of the days its six-figure file name could write.  None unless exactly one day
    agrees: a gloss alone does not tell its year."""
    if crawled is not None:
        days = [d for year in (crawled.year - 1, crawled.year) if (d := gloss.written(year)) is not None
                and d <= crawled.date()]
        return FoundDate(max(days).isoformat(), HOW) if days else None
    candidates: set[date] = set()
    filed = url_year(url)
    if filed is not None:
        year, month = filed
        candidates |= {d for y in (year - 1, year, year + 1) if (d := gloss.written(y)) is not None
                       and d.year == year and (month is None or d.month == month)}
    readings = six_digit_days(url)
    candidates |= {d for d in readings if gloss.written(d.year) == d}
    return FoundDate(candidates.pop().isoformat(), HOW) if len(candidates) == 1 else None
