"""The day a news page's URL states ("/2024/05/17/", "-20240517_", "/17-05-2024/", a Unix time, a
time-based UUID), and the plausible range of a news page's date; `pubdate.DateFinder.from_url` uses it."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from urllib.parse import unquote

# The plausible range of a news page's date: older URLs are ids, later ones are not dates.
EARLIEST = dt.date(1995, 1, 1)
LATEST_YEAR = 2035


def plausible_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, when it exists and lies in the range a news page's date may."""
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if found >= EARLIEST and found.year <= LATEST_YEAR else None


# A URL's day is a whole token: set off by separators (or the path's end) on the side the date ends,
# 1-31, never the opening digits of an id or a hash.  "/2024/05/7fde44a1-…/" (Kyodo files a page under
# its year and month folders, then a hash) states a month, not the 7th; "/2024/05/12ab9e/" neither.  An
# ISO time may follow the day ("2024-05-07T10:30"): a date-time is one token.
_END = r"(?:(?![0-9A-Za-z])|(?=[Tt]\d))"
_URL_YMD = re.compile(rf"(?<!\d)((?:19|20)\d\d)[/_.-](\d{{1,2}})[/_.-](\d{{1,2}}){_END}")
# The year and month as one segment and the day as the next ("/202504/01/", China Daily's and
# other Chinese outlets' paths), or the year and then month and day together ("/2025/0401/").
_URL_SPLIT = re.compile(rf"(?<![\d])((?:19|20)\d\d)(?:(0[1-9]|1[0-2])/|/(0[1-9]|1[0-2]))(0[1-9]|[12]\d|3[01]){_END}")
# The day written last-first ("/17-05-2024/", "-17_05_2024-", "/17.05.2024/"), as European, African
# and Indian sites file their articles.  Day first when both could be the month: those sites write
# the day first, and the sites that write the month first put the year first in their paths.
# Two digits each, as such paths write them: "loi-2-3-2025" is a slug's numbers, not a day.
_URL_DMY = re.compile(r"(?<![0-9A-Za-z.])(\d\d)([/_.-])(\d\d)\2((?:19|20)\d\d)(?!\d)")
# A ten-digit id that opens with the day as YYMMDD (2409125059, "t-2409130385": the day, then
# a four-digit serial of that day), a scheme of several news CMSs.  Years 20-35 only.
_URL_SHORT_ID = re.compile(r"(?<![\d.])(2\d|3[0-5])(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{4})(?![0-9A-Za-z])")
# YYYYMMDD opening a run of digits (a date-prefixed id or timestamp: 20240912, 202411250262).
# Both end the token (`_END`): "20240517e3b9…" opens a hash.  A letter may come before ("t20240517_4567").
_URL_COMPACT = re.compile(rf"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{{0,6}}){_END}")
# (clean@66) A day with a two-digit year, last ("-04-02-25", "/03_14_24/"): three pairs of digits joined by
# one separator, a whole token (no digit or letter on either side, no pair of digits glued to a fourth
# by the same separator: "2024-04-02-25" is no such date, nor "1-04-02-25-3").  Two digits each, as
# such paths write them ("loi-2-3-25" is a slug's numbers).
_URL_TWO_DIGIT_YEAR = re.compile(r"(?<![0-9A-Za-z])(?<!\d[-_./])(\d\d)([-_.])(\d\d)\2(\d\d)"
                                 r"(?![0-9A-Za-z])(?![-_.][0-9A-Za-z]*\d)")
# Two-digit years read as 1995-2035 (`EARLIEST`, `LATEST_YEAR`): "95" is 1995, "25" 2025.
_CENTURY_PIVOT = LATEST_YEAR - 2000


def two_digit_day(path: str, month_first: bool | None) -> dt.date | None:
    """(clean@66) The day a path writes with a two-digit year last ("…-flooding-04-02-25/", US outlets'
    month first; "…/14-03-24/", day first): the one reading that is a day, else the page's order
    (`month_first`, `dayorder.page_order`: its other dates, clocks, zones, language or country domain);
    None when both read as days and nothing tells which, or neither does.  The last such token of the
    path counts (a slug's, after a section's)."""
    days = []
    for found in _URL_TWO_DIGIT_YEAR.finditer(path):
        first, second, short = int(found[1]), int(found[3]), int(found[4])
        year = 2000 + short if short <= _CENTURY_PIVOT else 1900 + short
        as_month_first = plausible_day(year, first, second)
        as_day_first = plausible_day(year, second, first)
        if as_month_first and as_day_first and as_month_first != as_day_first:
            chosen = None if month_first is None else (as_month_first if month_first else as_day_first)
        else:
            chosen = as_month_first or as_day_first
        if chosen is not None:
            days.append(chosen)
    return days[-1] if days else None


# A ten-digit Unix time set off by dashes or underscores, as slug suffixes carry it.
_URL_EPOCH = re.compile(r"[-_](1[3-9]\d{8})(?=[-_./]|$)")


# A time-based UUID (RFC 9562): version 1 holds 100-ns ticks since 15 October 1582, version 7
# the Unix time in milliseconds.  CMSs that name each article by the UUID made when it was
# created put it in the URL ("article_dd5edd20-e64d-11ea-9d3b-071da43f1e2d.html", "-7d3e2f0a-
# ff12-11ef-…"): the article's creation time, a day of the publication's or just before.
_URL_UUID = re.compile(r"(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[17][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
                       r"(?![0-9a-f])", re.IGNORECASE)
_GREGORIAN = dt.datetime(1582, 10, 15, tzinfo=dt.UTC)


def _uuid_day(text: str) -> dt.date | None:
    """The UTC day a version 1 or 7 UUID was made, within the plausible range of a news page."""
    made = uuid.UUID(text)
    if made.version == 1:
        moment = _GREGORIAN + dt.timedelta(microseconds=made.time // 10)
    elif made.version == 7:
        moment = dt.datetime.fromtimestamp((made.int >> 80) / 1000, tz=dt.UTC)
    else:
        return None
    return plausible_day(moment.year, moment.month, moment.day)


# An archived copy's address: the archive's capture time, then the page's own URL
# ("https://web.archive.org/web/20240320101010/https://site/…", "…/web/20240320101010id_/…",
# "https://archive.ph/2024.03.20-101010/https://site/…").  The capture time is when the copy was
# made, any time after publication: the page's own URL is read instead.
_ARCHIVED = re.compile(r"^[a-z]+://(?:web\.)?archive\.(?:org/web|ph|today|is|li|md|vn)/"
                       r"(?:\d{14}[a-z_]*|\d{4}\.\d\d\.\d\d-\d{6})/(?P<original>.+)$", re.IGNORECASE)


def original_url(url: str) -> str:
    """The page's own URL, without an archive's prefix (`_ARCHIVED`)."""
    text = url.strip()
    while (archived := _ARCHIVED.match(text)) is not None:
        text = archived["original"]
    return text


def article_path(url: str) -> str:
    """What of a URL may state the article's day: its path and query, without the host or an
    archive's prefix.  Query parameters stay: a feed's "utm_content=20200423" is its item's day,
    the publication's."""
    return re.sub(r"^[a-z]+://[^/]+", "", original_url(url), flags=re.IGNORECASE)


# The year and month folders a blog engine or a CMS files a post under ("/2013/05/").
_URL_FOLDER = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/")


# (clean@68) A file name of six figures ("/120508.html", "/Fire%20071311.htm"): the whole name or its last
# word, set off by a separator, a space or the name's start, before the extension.
_URL_SIX_DIGITS = re.compile(r"(?:^|[^0-9A-Za-z])(\d{6})(?:\.[A-Za-z]{2,5})?$")


def six_digit_days(url: str | None) -> list[dt.date]:
    """(clean@68) The days a URL's six-figure file name could write (YYMMDD, MMDDYY, DDMMYY: sites use
    all three), each a plausible day.  An id as often as a date (one six-figure number in 36 reads as
    a day), so no day by itself: only the page's own words can pick one (`writtendays.place_gloss`)."""
    if not url:
        return []
    name = unquote(article_path(url).split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    found = _URL_SIX_DIGITS.search(name)
    if found is None:
        return []
    a, b, c = (int(found[1][i:i + 2]) for i in (0, 2, 4))
    readings = [(a, b, c), (c, a, b), (c, b, a)]  # YYMMDD, MMDDYY, DDMMYY as (yy, month, day)
    days = {day for yy, month, day_ in readings
            if (day := plausible_day(2000 + yy if yy <= _CENTURY_PIVOT else 1900 + yy, month, day_)) is not None}
    return sorted(days)


def slug_day(path: str, slug_date: re.Pattern[str], months: dict[str, int]) -> dt.date | None:
    """The day a slug names in words inside the month its folders file the post under
    ("/2013/05/police-update-28-may-2013.html", clean@26): the post's title gave the slug its
    date, and the folders, which the engine writes from the publication's day, agree with it.  A
    slug's date alone may be an event's years before ("…-attentats-du-13-novembre-2015-le-proces"),
    and one outside the folders' month is another day than the post's.  Inside it, the title may
    still name the event a post of later that month reports: `url_day` gives the day as a bound
    (`url_id`), which the page's own date line or dateline overrules."""
    folder = _URL_FOLDER.search(path)
    if folder is None:
        return None
    for found in slug_date.finditer(path[folder.end():]):
        month = months.get((found["month"] or found["month2"]).lower())
        day = plausible_day(int(found["year"]), month or 0, int(found["day"] or found["day2"]))
        if day and (day.year, day.month) == (int(folder[1]), int(folder[2])):
            return day
    return None


def worded_day(path: str, slug_date: re.Pattern[str], months: dict[str, int]) -> dt.date | None:
    """(clean@63) The day a slug writes with a month's name and a year, with no folders to check it
    against ("…/revue-de-presse-du-11-juillet-2014-28247/", "…/le-journal-de-7h-02-avril-2018"): the
    title the slug was made from named it, so the page is of that day or, where the day is an event's
    ("…/que-sest-il-passe-le-26-juillet-2024/"), later.  The last such day of the path (a slug after
    a section's): None when there is none, or when the path has year and month folders (`slug_day`
    reads it there; one outside their month is another day than the post's)."""
    if _URL_FOLDER.search(path) is not None:
        return None
    days = [day for found in slug_date.finditer(path)
            if (day := plausible_day(int(found["year"]), months.get((found["month"] or found["month2"]).lower()) or 0,
                                     int(found["day"] or found["day2"]))) is not None]
    return days[-1] if days else None


def url_day(url: str | None, month_name: re.Pattern[str], months: dict[str, int],
            slug_date: re.Pattern[str] | None = None, month_first: bool | None = None) -> tuple[str, str] | None:
    """The day a URL's path states and how ("url", "url_id", "url_slug"), if it states one
    (`month_name`: the "/2025/May/10/" pattern with the finder's month names; `slug_date`: a day and
    a month's name in a slug, read inside the month its folders give, `slug_day`, else, after every
    numeric form, as a lower bound, `worded_day`; `month_first`: the page's order of day and month,
    for a date with a two-digit year, `two_digit_day`, read after every form with four, as a URL id's
    day: a bound the page's own date line or dateline overrules)."""
    if not url:
        return None
    path = article_path(url)
    for found in _URL_YMD.finditer(path):
        day = plausible_day(int(found[1]), int(found[2]), int(found[3]))
        if day:
            return (day.isoformat(), "url")
    for found in month_name.finditer(path):
        month = months.get(found["month"].lower())
        day = plausible_day(int(found["year"]), month or 0, int(found["day"]))
        if day:
            return (day.isoformat(), "url")
    if slug_date is not None and (named := slug_day(path, slug_date, months)) is not None:
        # The title's day, not one the engine wrote: a bound that a date line or a dateline
        # overrules, as a URL id's (`pagedates.url_refutes`, `apply_page_dates`).
        return (named.isoformat(), "url_id")
    for found in _URL_SPLIT.finditer(path):
        day = plausible_day(int(found[1]), int(found[2] or found[3]), int(found[4]))
        if day:
            return (day.isoformat(), "url")
    for found in _URL_DMY.finditer(path):
        first, second = int(found[1]), int(found[3])
        day_first = first > 12 or second <= 12
        day = plausible_day(int(found[4]), second if day_first else first, first if day_first else second)
        if day:
            return (day.isoformat(), "url")
    for found in _URL_UUID.finditer(path):
        made = _uuid_day(found[0])
        if made:
            return (made.isoformat(), "url_id")
    for found in _URL_COMPACT.finditer(path):
        day = plausible_day(int(found[1]), int(found[2]), int(found[3]))
        if day:
            return (day.isoformat(), "url")
    for found in _URL_EPOCH.finditer(path):
        moment = dt.datetime.fromtimestamp(int(found[1]), tz=dt.UTC).date()
        if plausible_day(moment.year, moment.month, moment.day):
            return (moment.isoformat(), "url")
    for found in _URL_SHORT_ID.finditer(path):
        day = plausible_day(2000 + int(found[1]), int(found[2]), int(found[3]))
        if day:
            return (day.isoformat(), "url_id")
    if (short := two_digit_day(path, month_first)) is not None:
        return (short.isoformat(), "url_id")
    if slug_date is not None and (worded := worded_day(path, slug_date, months)) is not None:
        # (clean@63) a lower bound the page's own lines overrule and its text's dates may move later
        # (`pagedates.apply_page_dates`, the time stage's `_slug_bound`)
        return (worded.isoformat(), "url_slug")
    return None
