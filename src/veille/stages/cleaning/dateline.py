"""Datelines at the head of a news paragraph: "Bamako, le 1er août 2024 –",
"WASHINGTON, Aug. 1, 2024 —", "PARIS, 3 avril 2025 (AFP) -", "NEW YORK, April 1, 2025 /PRNewswire/ --".

Only a date written in full (day, month name, year) gives a publication date; the place is
kept either way, so wire copy's yearless datelines ("PARIS, 3 avril (Reuters) -", "WASHINGTON,
March 25 (AP) -") still give their place, in French as in English, and their day and month
(`Dateline.month_day`: the year comes from elsewhere, `cleaning.yearless`).  Wire copy whose site
dropped the place keeps the day and the agency's credit ("Sept. 10 (UPI) --", "3 avril (AFP) -"):
a dateline with an empty place.  Relative dates are left to the time stage.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from veille.stages.cleaning.pubdate import DateFinder, _alternatives
from veille.stages.cleaning.stamplabels import _UPDATED
from veille.stages.cleaning.yearless import WEEKDAY_PREFIX, MonthDay

DATA = Path(__file__).resolve().parents[2] / "data" / "clean"

# A place: capitalised words ("Bamako", "NEW YORK", "Le Caire", "Port-au-Prince"), matched
# case-sensitively inside the otherwise case-insensitive patterns so that "Le ministre, le
# 3 avril ..." is not a dateline.
_PLACE = (r"(?-i:(?P<place>[A-ZÀ-ÖØ-Ý][\w'’.\-]*"
          r"(?:\s(?:[A-ZÀ-ÖØ-Ý][\w'’.\-]*|de|du|des|al|el|es)){0,3}))")
# The place's region or country, after a comma or in brackets: "PARIS, France, January 7,
# 2025 –", "MUTTENZ, Switzerland —", "Muttenz (Switzerland), Mar 25 (AP)".  Capitalised words
# only (case-sensitive), so that the date's own words are never taken for it.  (clean@56) The
# country in square brackets, after the state in round ones or alone, as ANI's wire and the
# sites that carry it print it: "Mumbai (Maharashtra) [India], December 2 (ANI):", "Liverpool
# [UK], December 2 :".
_REGION = (r"(?:\s*,\s*(?-i:[A-ZÀ-ÖØ-Ý][\w'’.\-]*(?:\s(?:[A-ZÀ-ÖØ-Ý][\w'’.\-]*|d['’][A-ZÀ-ÖØ-Ý][\w\-]*|de|du|of))"
           r"{0,2})"
           r"|(?:\s*\((?-i:[A-ZÀ-ÖØ-Ý][^()]{1,30})\))?\s*\[(?-i:[A-ZÀ-ÖØ-Ý][^\[\]]{1,30})\]"
           r"|\s*\((?-i:[A-ZÀ-ÖØ-Ý][^()]{1,30})\))?")
_AGENCY = r"(?:\s*\([^)]{1,30}\))?"
_DASH = r"\s*[–—\-:]\s*"
# The end of a dateline: a dash, or the agency's credit in brackets and the text right after
# it ("Mar 25 (AP) Sepp Blatter and …", as agency copy republished without its dash reads).
# Press releases carry their wire between slashes: "NEW YORK, April 1, 2025 /PRNewswire/ -- ".
_WIRE = r"\s*/(?-i:[A-Z][\w .\-]{1,30})/"
_END = rf"(?:(?:{_WIRE}|{_AGENCY}){_DASH}|\s*\((?-i:[A-Z][\w .\-/]{{0,28}})\)\s+(?=\S))"


# A date in brackets opening a paragraph ("[January 07, 2011]", "(3 mars 2021)"), then the dateline.
_BRACKETED_DATE = re.compile(r"^\s*[\[(](?P<date>[^\[\]()]{6,40})[\])]\s*")
_WORDS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Dateline:
    place: str
    date: str | None  # YYYY-MM-DD
    month_day: MonthDay | None = None  # a yearless dateline's day ("PARIS, 3 avril (AFP) -")


class DatelineParser:
    """Parses the dateline of a paragraph, French or English; month names come from data."""

    def __init__(self, path: Path | None = None) -> None:
        data = json.loads((path or DATA / "dates.json").read_text(encoding="utf-8"))
        self.months: dict[str, int] = data["months"]
        self.weekdays: list[str] = data["weekdays"]
        self.issuers: frozenset[str] = frozenset(data.get("issuer_heads", ()))

    @cached_property
    def finder(self) -> DateFinder:
        """URL dates and date lines, with the same month and weekday names."""
        return DateFinder(self.months, self.weekdays, issuers=self.issuers)

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        month = "(?P<month>" + _alternatives(self.months) + r")\.?"
        weekday = "(?P<weekday>" + _alternatives(self.weekdays) + r")\.?,?\s+"
        french = re.compile(
            rf"^{_PLACE}{_REGION}\s*,\s*(?:le\s+)?(?:{weekday})?(?P<day>\d{{1,2}})(?:er|e)?\s+{month}"
            rf"(?:\s+(?P<year>\d{{4}}))?{_END}", re.IGNORECASE)
        english = re.compile(
            rf"^{_PLACE}{_REGION}\s*,\s*(?:{weekday})?{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<year>\d{{4}}))?{_END}", re.IGNORECASE)
        # The date set off from the place by brackets or dashes instead of a comma, as press
        # offices and wire services print it: "SALT LAKE CITY (April 1, 2020) –", "GRAND RAPIDS,
        # Mich. (June 1, 2014)-", "LYON (3 avril 2024) -", "NEW YORK--(BUSINESS WIRE)--March 3,
        # 2021--", "PARIS (AFP) - 3 mars 2021 -", "Nashville, TN – March 3, 2021 –".  Between
        # dashes the year must be there, so that "Paris - 3 mai - …" in a list is no dateline;
        # in brackets a yearless day still gives its month and day.
        en_date = rf"(?:{weekday})?{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
        fr_date = rf"(?:le\s+)?(?:{weekday})?(?P<day>\d{{1,2}})(?:er|e)?\s+{month}"
        credit = r"(?:\s*(?:--|[–—-])?\s*\((?-i:[A-Z][\w .\-/]{0,28})\))?"
        bracketed = [re.compile(rf"^{_PLACE}{_REGION}(?:{_DASH})?\s*\(\s*{date}{year}\s*\){_DASH}(?=\S)",
                                re.IGNORECASE)
                     for date, year in ((en_date, r"(?:,?\s+(?P<year>\d{4}))?"),
                                        (fr_date, r"(?:\s+(?P<year>\d{4}))?"))]
        dashed = [re.compile(rf"^{_PLACE}{_REGION}{credit}\s*(?:--|[–—-])\s*{date}{year}{_AGENCY}{_DASH}(?=\S)",
                             re.IGNORECASE)
                  for date, year in ((en_date, r",?\s+(?P<year>\d{4})"), (fr_date, r"\s+(?P<year>\d{4})"))]
        # No date at all: "WASHINGTON (Reuters) -", "ANCHORAGE, Alaska –".  Without the date the
        # place must look like a dateline by itself, in capitals or credited to an agency, so that
        # "Paris - Le ministre …" or "Selon lui – …" are no datelines.
        capitals = re.compile(
            rf"^(?-i:(?P<place>[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’.\-]{{2,}}(?:\s[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’.\-]+){{0,3}}))"
            rf"{_REGION}{_AGENCY}{_DASH}(?=\S)")
        credited = re.compile(rf"^{_PLACE}{_REGION}\s*\((?-i:[A-Z][\w .\-/]{{0,28}})\){_DASH}(?=\S)")
        # No place, the day and the agency's credit: "Sept. 10 (UPI) -- Governors …", "3 avril
        # (AFP) - Le …", as wire copy reads when the site drops the place.  The credit in
        # brackets and the dash make it a dateline; the place is left empty.
        agency = r"\s*\((?-i:[A-Z][\w .\-/]{0,28})\)" + _DASH + r"(?=\S)"
        day_month = re.compile(rf"^(?P<place>)(?:{weekday})?(?P<day>\d{{1,2}})(?:er|e)?\s+{month}"
                               rf"(?:\s+(?P<year>\d{{4}}))?{agency}", re.IGNORECASE)
        month_day = re.compile(rf"^(?P<place>)(?:{weekday})?{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                               rf"(?:,?\s+(?P<year>\d{{4}}))?{agency}", re.IGNORECASE)
        # The date in figures, as regional and African papers and press offices print it: "Paris,
        # 03/04/2024 -", "ABIDJAN, le 03.04.2024 (AIP) -"; the day's order is the page's
        # (`cleaning.dayorder`).  The year must be there, so that a score is never taken for one.
        figures = r"(?P<numeric>\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4})"
        numeric = re.compile(rf"^{_PLACE}{_REGION}\s*,\s*(?:le\s+)?{figures}{_END}", re.IGNORECASE)
        return (french, english, *bracketed, *dashed, capitals, credited, day_month, month_day, numeric)

    def parse(self, paragraph: str, finder: DateFinder | None = None) -> Dateline | None:
        """The dateline opening `paragraph`, if any (`finder`: the page's, for the order of a
        date in figures).  A full date in brackets before it is the dateline's own: "[January 07,
        2011]  LONDON (AP) -- Police …", as archived wire copy prints the day the story moved
        (clean@30); its place's dateline may have no date of its own or the same day's.  A revision's
        stamp ("(Updated March 3, 2024) LONDON (AP) -") does not date the story."""
        stamp = _BRACKETED_DATE.match(paragraph)
        if stamp is not None:
            day = (finder or self.finder).parse_date(stamp["date"])
            rest = self._parse(paragraph[stamp.end():], finder)
            if day is not None and rest is not None and rest.place and rest.date in (None, day.isoformat()) \
                    and not _UPDATED.search(stamp["date"]) and not _WORDS.findall(self.finder._leftover(stamp["date"])):
                return Dateline(rest.place, day.isoformat())
        return self._parse(paragraph, finder)

    def _parse(self, paragraph: str, finder: DateFinder | None = None) -> Dateline | None:
        head = paragraph[:120]
        for pattern in self._patterns:
            found = pattern.match(head)
            if found:
                # "NEW YORK--(BUSINESS WIRE)--": the place's letters may take the dashes after it.
                place = found.group("place").strip().rstrip("-–— ")
                if found.groupdict().get("numeric"):
                    day = (finder or self.finder).parse_date(found["numeric"])
                    return Dateline(place, day.isoformat() if day else None)
                return Dateline(place, self._date(found), self._month_day(found))
        return None

    def _month_day(self, found: re.Match[str]) -> MonthDay | None:
        if found.groupdict().get("year") or not found.groupdict().get("day"):
            return None
        named = found.groupdict().get("weekday")
        day = MonthDay(self.months.get(found.group("month").lower().rstrip("."), 0), int(found.group("day")),
                       WEEKDAY_PREFIX.get(named[:3].lower()) if named else None)
        return day if day.in_year(2000) is not None else None

    def _date(self, found: re.Match[str]) -> str | None:
        year = found.groupdict().get("year")
        if not year:
            return None
        month = self.months.get(found.group("month").lower().rstrip("."))
        try:
            return dt.date(int(year), month or 0, int(found.group("day"))).isoformat()
        except ValueError:
            return None

