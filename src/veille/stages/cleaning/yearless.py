"""A page's own date written without its year: "Publié le 12 mars à 10h05", "Updated March 12,
3:05 p.m.", "PARIS, 3 avril (AFP) -".

News pages leave the year out of the current year's dates: French sites print "Publié le 12
mars à 10h05" or "Le 12/03 à 10h05", English ones "Updated March 12, 3:05 p.m. ET", and wire
copy's dateline is "PARIS, 3 avril (AFP) -" or "WASHINGTON, March 25 (Reuters) -".  The day and
month are the article's; the year is whichever puts that day nearest to what else is known of
the article's time (`MonthDay.near`): the crawl time (the latest such day on or before it), a
year in the URL ("/2025/", "/2025/03/"), the latest date the text fixes by itself (the time
stage), a weekday the line names ("Publié le jeudi 3 avril": the latest year that day is a
Thursday, `MonthDay.by_weekday`), or the dates of the story's other reports (the stories stage).
`published_how` is `day_line`, except from the story (`story`, which the stories stage undoes
and redoes on every run).

Only a line that is furniture qualifies: a "published"/"updated" label with the day right after
it, or a line that is a day and a clock time and nothing else, or after a byline's names ("Par
Jean Dupont Le 12/03 à 09h00", "By Jane Doe, March 12 at 9:05 AM"; clean@20), or after names
without "Par" when two authors are joined or a clock time follows ("Sophie Martin et Paul Durand le
12 mars"; clean@25).  A sentence that names a day
("Le vote aura lieu le 12 mars.") is no date line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from veille.stages.cleaning.pubdate import EARLIEST, LATEST_YEAR, DateFinder, _alternatives
from veille.stages.cleaning.stamplabels import _LABEL_BEFORE_DATE, _TIME, _WORDS, BYLINE_NAMES, LABELLED_WORDS
from veille.stages.cleaning.urldates import article_path

HOW = "day_line"
# Between a credit's names and its day: a comma, or "le"/"on" ("Jane Roe et John Doe le 12 mars").
_NAMES_GAP = re.compile(r"(?:,\s*|\s+(?:le|on)\s+)(?=\d|[^\W\d_])", re.IGNORECASE)
# A byline opening a stamp, and the words that join its names ("Par Marie de La Tour et Paul Martin").
_BY = re.compile(r"^\s*(?:par|by)\s+", re.IGNORECASE)
_NAME_LINKS = frozenset({"de", "du", "des", "la", "le", "van", "von", "et", "and"})
# How far back a weekday may place a yearless day: the shortest cycle that can come twice.
WEEKDAY_YEARS = 6
# ISO weekday by the first three letters of its French or English name (and abbreviations).
WEEKDAY_PREFIX = {"lun": 1, "mar": 2, "mer": 3, "jeu": 4, "ven": 5, "sam": 6, "dim": 7,
                   "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


@dataclass(frozen=True)
class MonthDay:
    month: int
    day: int
    weekday: int | None = None  # ISO (Monday 1), when the line names it: "Publié le jeudi 3 avril"

    def in_year(self, year: int) -> dt.date | None:
        try:
            found = dt.date(year, self.month, self.day)
        except ValueError:  # 29 February of a common year
            return None
        return found if found >= EARLIEST and found.year <= LATEST_YEAR else None

    def near(self, when: dt.date) -> dt.date | None:
        """This day in the year (that of `when`, the one before or the one after) nearest `when`."""
        days = [d for year in (when.year - 1, when.year, when.year + 1) if (d := self.in_year(year)) is not None]
        return min(days, key=lambda d: (abs((d - when).days), d)) if days else None

    def by_weekday(self, reference: dt.date) -> dt.date | None:
        """The latest such day on or before `reference` that falls on the weekday the line names
        (a day and month fall on a given weekday once every five to eleven years, and news is
        read within a few years of its writing); None without a weekday or within `WEEKDAY_YEARS`."""
        if self.weekday is None:
            return None
        for year in range(reference.year, reference.year - WEEKDAY_YEARS - 1, -1):
            found = self.in_year(year)
            if found is not None and found <= reference and found.isoweekday() == self.weekday:
                return found
        return None

    def on_or_before(self, when: dt.date) -> dt.date | None:
        """The latest such day on or before `when` (a page is fetched after it is published)."""
        days = [d for year in (when.year - 1, when.year) if (d := self.in_year(year)) is not None and d <= when]
        return max(days) if days else None


# A year as a whole URL path segment ("/2025/", "/2025/03/"): the path files the article under
# its year.  A four-digit id inside a slug is not one.
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?:(0?[1-9]|1[0-2])/)?")


def url_year(url: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) a URL's path files the article under, if it does."""
    if not url:
        return None
    found = _URL_YEAR.search(article_path(url))  # an archived copy's own URL, not the archive's
    return (int(found[1]), int(found[2]) if found[2] else None) if found else None


# A month folder whose name ends on the year and month ("/nachrichten-2018-06/", "/archives_2019-11/",
# "/2018-06/"): the path files the article under that month.  Only a whole folder, followed by more
# path: a slug's closing figures ("…-top-10-2018-06") are not a filing.
_URL_MONTH_FOLDER = re.compile(r"/(?:[^/?#]*[-_])?((?:19|20)\d\d)[-_](0[1-9]|1[0-2])/(?=[^/?#])")


def url_filing(url: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) the URL files the article under: its year folder (`url_year`), else a
    folder named by year and month (`_URL_MONTH_FOLDER`).  The stories stage's check of a story
    date against the page's own filing (stories@19); `url_year` itself, which the time stage reads,
    is unchanged."""
    filed = url_year(url)
    if filed is not None or not url:
        return filed
    found = _URL_MONTH_FOLDER.search(article_path(url))
    return (int(found[1]), int(found[2])) if found else None


def from_url_year(day: MonthDay, url: str | None) -> dt.date | None:
    """The day in the year the URL files the article under (the month too, when it gives one:
    the day must then fall in it)."""
    filed = url_year(url)
    if filed is None:
        return None
    year, month = filed
    if month is not None and month != day.month:
        return None
    return day.in_year(year)


@lru_cache(maxsize=8)
def _compile(months: tuple[str, ...], weekdays: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    month = "(?P<month>" + _alternatives(months) + r")\.?"
    weekday = "(?:(?P<weekday>" + _alternatives(weekdays) + r")\.?,?\s+)?"
    # No year may follow: "12 mars 2024" is a full date, `DateFinder.date_line`'s.
    no_year = r"(?!,?\s*\d{4})(?!\d)"
    dm = rf"{weekday}(?:le\s+)?(?P<day>\d{{1,2}})(?:er|e|st|nd|rd|th)?\s+{month}{no_year}"
    md = rf"{weekday}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{no_year}"
    # "Le 12/03 à 10h05": day first, as French pages write it; not "12/03/2024", not "3/4/25".
    numeric = r"(?:le\s+)?(?P<nday>\d{1,2})[/.](?P<nmonth>\d{1,2})(?![/.\-]?\d)"
    return tuple(re.compile(p, re.IGNORECASE) for p in (dm, md, numeric))


class DayLines:
    """Day-and-month date lines (module docstring), with the month and weekday names of `finder`
    (built per use: the patterns are compiled once per name lists)."""

    def __init__(self, finder: DateFinder) -> None:
        self.finder = finder
        self._patterns = _compile(tuple(finder.months), tuple(finder.weekdays))

    def _month_day(self, text: str, numeric: bool) -> tuple[int, MonthDay] | None:
        """The first day-and-month at the start of `text` (after spaces), and where it ends."""
        for i, pattern in enumerate(self._patterns):
            if i == 2 and not numeric:
                continue
            found = pattern.match(text)
            if found is None:
                continue
            if i == 2:
                month, day = int(found["nmonth"]), int(found["nday"])
            else:
                month, day = self.finder.months.get(found["month"].lower().rstrip("."), 0), int(found["day"])
            named = found.groupdict().get("weekday")
            weekday = WEEKDAY_PREFIX.get(named[:3].lower()) if named else None
            if 1 <= month <= 12 and MonthDay(month, day).in_year(2000) is not None:
                return found.end(), MonthDay(month, day, weekday)
        return None

    def named_day_at(self, text: str) -> tuple[int, MonthDay] | None:
        """(clean@68) A day and a month's name, no year, opening `text` ("May 8", "mercredi 23 août"),
        and where it ends; figures are not read ("8/5" may be a score)."""
        return self._month_day(text, numeric=False)

    def day_line(self, line: str) -> MonthDay | None:
        """The day and month a yearless date line states (module docstring), else None."""
        text = line.strip()
        if self.finder.parse_date(text) is not None:
            return None  # a full date: a date line proper, or a sentence
        count = len(_WORDS.findall(text))
        if count > LABELLED_WORDS or (text.endswith((".", "!", "?")) and count >= 6):
            return None
        for label in _LABEL_BEFORE_DATE.finditer(text):
            after = text[label.end():]
            found = self._month_day(after.lstrip(" :"), numeric=True)
            if found is not None:
                return found[1]
        # No label: a day and a clock time, nothing else ("12 mars à 10h05", "March 12, 3:05 p.m."),
        # or after a byline ("Par Jean Dupont Le 12/03 à 09h00", "By Jane Doe, March 12 at 9:05 AM").
        return self._day_and_clock(text) or self._byline_day(text) or self._names_day(text)

    def bare_day(self, line: str) -> MonthDay | None:
        """A weekday, a day and a month, and nothing else ("Saturday, February 27", "Samedi 27
        février"): the date header a blog engine or a site prints above a post's title, without
        the year (clean@26).  The caller takes it above the article's first paragraph only: lower
        down, a programme's or a live page's day heading is an event's.  A day and a month alone
        ("27 février") may be a chart's or a section's label: the weekday is the header's mark."""
        text = line.strip().rstrip(" :.")
        found = self._month_day(text, numeric=False)
        if found is None or found[1].weekday is None or found[0] != len(text):
            return None
        return found[1]

    def _day_and_clock(self, text: str) -> MonthDay | None:
        """A day and a clock time and nothing else: "12 mars à 10h05", "March 12, 3:05 p.m."."""
        bare = re.sub(r"^le\s+", "", text, flags=re.IGNORECASE)
        found = self._month_day(bare, numeric=True)
        if found is None or not _TIME.search(bare[found[0]:]):
            return None
        rest = _TIME.sub(" ", bare[found[0]:])
        return found[1] if not _WORDS.findall(re.sub(r"\b(?:à|at|le|on)\b", " ", rest, flags=re.IGNORECASE)) else None

    def _byline_day(self, text: str) -> MonthDay | None:
        """A byline, then a day and a clock time: "Par Jean Dupont Le 12/03 à 09h00", "By Jane Doe
        | Mar 12, 9:05 a.m. ET".  Sites print this year's stamps without the year; only names (and
        the words that join them) may stand between "Par"/"By" and the day."""
        opening = _BY.match(text)
        if opening is None:
            return None
        for token in re.finditer(r"(?<=[\s,|•·–—-])[^\s,|•·–—-]", text[opening.end():]):
            head = text[opening.end():opening.end() + token.start()]
            names = [w for w in re.findall(r"[^\W\d_][\w'’.\-]*", head) if w.lower() not in _NAME_LINKS]
            if not names or len(names) > BYLINE_NAMES or not all(w[0].isupper() for w in names) \
                    or re.search(r"\d", head):
                return None  # a word no byline holds (or the day itself): the head only grows
            found = self._day_and_clock(text[opening.end() + token.start():])
            if found is not None:
                return found
        return None

    def _names_day(self, text: str) -> MonthDay | None:
        """Names, then "le" or a comma and a day without its year, and at most a clock time: a
        byline or a source credit without "Par"/"By" ("Sophie Martin et Paul Durand le 12 mars",
        "Reporterre (Jane Roe et John Doe) le 12 décembre", "Jane Doe, March 12 at 9:05 AM"), as
        `DateFinder.date_line` reads one with its year (clean@25): authors joined by "et"/"and",
        or a clock time after the day.  A photo's caption names
        people and a day too, but as a sentence: it ends with its period (or the credit's
        bracket), and a place or a verb in lower case is no name."""
        if text.endswith((".", ")")):
            return None
        found = _NAMES_GAP.search(text)
        while found is not None:
            head, tail = text[:found.start()], text[found.end():]
            names = [w for w in re.findall(r"[^\W\d_][\w'’.\-]*", head) if w.lower() not in _NAME_LINKS]
            if not names or len(names) > BYLINE_NAMES or not all(w[0].isupper() for w in names) \
                    or re.search(r"\d", head):
                return None  # a word no byline holds: the head only grows
            day = self._month_day(tail, numeric=False)
            if day is not None:
                rest = _TIME.sub(" ", tail[day[0]:])
                clock = bool(_TIME.search(tail[day[0]:]))
                authors = re.search(r"\s(?:et|and|&)\s", head) is not None
                # Two names joined ("Sophie Martin et Paul Durand"), or a clock time after the day:
                # an event's name in capitals before its day ("Fête de la Musique le 21 juin")
                # is neither.
                if not _WORDS.findall(re.sub(r"\b(?:à|at)\b", " ", rest, flags=re.IGNORECASE)) \
                        and len(names) >= 2 and (authors or clock):
                    return day[1]
                return None
            found = _NAMES_GAP.search(text, found.end())
        return None
