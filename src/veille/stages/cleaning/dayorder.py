"""Which comes first in a page's numeric dates, the day or the month ("Published 03/12/2024").

A numeric date whose first two numbers are both 12 or less reads two ways.  What tells them
apart, most direct first:

1. the line itself: dots between the numbers ("12.03.2024", as European and Swiss pages write
   it) are day first; a 12-hour clock ("03/12/2024 5:04 PM") or a North American time zone after
   a clock time ("5:04 EDT", "17:04 ET") is a US stamp, month first; a European, African, Indian
   or Australian zone ("17:04 GMT", "17h04 CET", "5:04 PM IST" is still IST), or an afternoon
   hour on a 24-hour clock ("12/03/2024 at 17:04"), is day first (`line_month_first`);
2. the page's other numeric dates: a site writes every date of its page the same way, so one
   whose first or second number is over 12 ("Updated 03/13/2024", "13/03/2024") fixes the order
   of the ambiguous ones; then the clocks and zones of the page's other lines, as in 1;
3. the page's language: French pages write the day first; English pages, without any of the
   cues above, the month first (US outlets' "3/12/2024", the bulk of English news that prints
   numeric dates), except those of a day-first country by their language tag ("en-GB") or their
   site's country domain (".co.uk", ".com.au", ".ie", ".in", ".ng"...).

`page_order` gives the page's answer (None: nothing to go by), which `DateFinder` applies to the
dates whose own line says nothing; a line's afternoon hour on a 24-hour clock ("at 17:04") counts
after the page's unambiguous dates and before its other cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A full numeric date, day and month in either order, then a four-digit year.
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")
_CLOCK = r"\d{1,2}\s*[:h.]\s*\d{2}(?::\d{2})?\s*"
# A 12-hour clock: "5:04 PM", "5:04 p.m.", "5 PM".
_TWELVE_HOUR = re.compile(r"\b\d{1,2}(?:[:.]\d{2}(?::\d{2})?)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE)
# Zones after a clock time, in capitals as stamps print them ("ET" alone is French "et" in lower case).
_US_ZONE = re.compile(rf"{_CLOCK}(?:[AaPp]\.?[Mm]\.?\s*)?(?-i:[ECMP][SD]?T|AK[SD]T|HST)\b")
_DAY_FIRST_ZONE = re.compile(rf"{_CLOCK}(?:[AaPp]\.?[Mm]\.?\s*)?(?-i:GMT|BST|IST|CEST|CET|WAT|EAT|SAST|AEST|AEDT|"
                             r"ACST|AWST|NZST|NZDT|HAE|HNE)\b")
# An afternoon hour on a 24-hour clock ("17:04", "17h04"): US pages write the 12-hour clock.
_AFTERNOON_24H = re.compile(r"(?<![\d:])(?:1[3-9]|2[0-3])\s*[:h]\s*[0-5]\d(?![\d])")
# Dots between the numbers are a European and Swiss way of writing the day first ("12.03.2024");
# US pages write slashes or dashes.
_DOTTED = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d.])")
# English-writing countries whose short dates put the day first (CLDR's short date patterns,
# Unicode licence): by a language tag's region ("en-GB") or the site's country domain (".co.uk",
# ".com.au"); ".uk" is the domain, "gb" the region.
_DAY_FIRST_COUNTRIES = frozenset({"gb", "uk", "ie", "au", "nz", "in", "pk", "ng", "gh", "ke", "ug", "tz", "zw",
                                  "sg", "my", "mt", "jm"})
# Function words of each language, to tell an English page from a French one when the input
# names no language (cleaning runs before language identification).
_ENGLISH = re.compile(r"\b(?:the|and|of|with|was|were|said|has|have|from|that)\b")
_FRENCH = re.compile(r"\b(?:les|des|et|du|une|dans|avec|est|sont|qui|pour|au)\b")


def line_month_first(text: str) -> bool | None:
    """What a line's own dates, clock and zone say of its numeric dates' order (None: nothing)."""
    if _DOTTED.search(text) or _DAY_FIRST_ZONE.search(text):
        return False
    if _US_ZONE.search(text) or _TWELVE_HOUR.search(text):
        return True
    return None


def afternoon_24h(text: str) -> bool:
    """An afternoon hour on a 24-hour clock ("12/03/2024 at 17:04"): US stamps write "5:04 PM", so
    a weak cue for the day first, after the page's own unambiguous dates."""
    return _AFTERNOON_24H.search(text) is not None


@dataclass(frozen=True)
class DayOrder:
    """A page's order of day and month; `from_dates`: its other numeric dates fixed it (else its
    clocks, zones or language did: weaker than a line's own afternoon hour)."""

    month_first: bool
    from_dates: bool


def page_order(texts: Iterable[str], lang: str | None = None, url: str | None = None,
               always: bool = False) -> DayOrder | None:
    """The order of the page's ambiguous numeric dates (True: month first), from its other
    numeric dates, its stamps' clocks and zones, then its language (an English page of a
    day-first country, by its language tag "en-GB" or its site's country domain ".co.uk", writes
    the day first); None when the page writes no ambiguous numeric date (nothing to decide), unless
    `always` (clean@66: the order an ambiguous date of its URL reads in, `urldates.two_digit_day`;
    None then only when nothing tells)."""
    lines = list(texts)
    dates = [found for text in lines for found in _NUMERIC.finditer(text)]
    if not always and not any(int(found[1]) <= 12 and int(found[3]) <= 12 for found in dates):
        return None
    day_first = sum(int(found[1]) > 12 for found in dates)
    month_first = sum(int(found[3]) > 12 >= int(found[1]) for found in dates)
    if day_first != month_first:
        return DayOrder(month_first > day_first, from_dates=True)
    cues = [False if cue is None else cue for text in lines if _NUMERIC.search(text)
            if (cue := line_month_first(text)) is not None or afternoon_24h(text)]
    if cues and cues.count(True) != cues.count(False):
        return DayOrder(cues.count(True) > cues.count(False), from_dates=False)
    base, _, region = (lang or "").replace("_", "-").lower().partition("-")
    if base not in ("en", "fr"):
        page = " ".join(lines)
        english, french = len(_ENGLISH.findall(page)), len(_FRENCH.findall(page))
        if english == french:
            return None
        base = "en" if english > french else "fr"
    if base == "fr":
        return DayOrder(False, from_dates=False)
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/", 1)[0].split(":", 1)[0]
    country = region or (host.rsplit(".", 1)[-1] if "." in host else "")
    return DayOrder(country not in _DAY_FIRST_COUNTRIES, from_dates=False)
