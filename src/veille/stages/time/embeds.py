"""The day of a social-media post the page embeds or links: a lower bound on its own date.

A news page that embeds a post (a statement on X, a video on TikTok) was written after the post,
and scraped text keeps its address ("https://x.com/lequipe/status/1876905174259638565").  Both
platforms build their post ids from the time of posting, as their developer documentation
describes: an X (Twitter) "snowflake" id holds the milliseconds since 2010-11-04 01:42:54.657
UTC above its lowest 22 bits, and a TikTok video id holds the Unix seconds above its lowest 32
bits.  So the id dates the post to the second, with no guess.

The day is taken in UTC: a page published late in the evening west of Greenwich after a post of
the same evening can be dated a day early by its local clock, never late by more than that.

Scraped text often loses the post's address but keeps the credit line the platform's embed code
prints under the post: X (Twitter) "— Display Name (@handle) January 9, 2021", in the reader's
language ("— Préfecture (@prefet) 9 janvier 2021"), Instagram "A post shared by Name (@handle) on
Jan 9, 2021 at 10:12am PST" ("Une publication partagée par … le 9 janv. 2021 à …").  That line
gives the post's day in the poster's or reader's time zone: the same lower bound, to a day.  Only
a credit line whose date ends it (X) or follows "on"/"le" (Instagram) counts; a sentence that
names a handle and a date ("wrote (@handle) on March 3 that…") is not a credit.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.stages.cleaning.pubdate import DateFinder

# X ids before snowflake (November 2010) were sequential and at most 11 digits; snowflake ids have
# 17 or more, so 15 digits leave no sequential id read as a time.
_X_POST = re.compile(r"(?:twitter|x)\.com/(?:#!/)?\w{1,30}/status(?:es)?/(\d{15,20})\b", re.I)
_X_EPOCH_MS = 1_288_834_974_657
_TIKTOK_POST = re.compile(r"tiktok\.com/@[\w.]{1,40}/video/(\d{17,20})\b", re.I)
# Both schemes began in the 2010s: an id that decodes before is not one of theirs.
_EARLIEST = date(2010, 11, 4)


def _x_day(post_id: int) -> date:
    return datetime.fromtimestamp(((post_id >> 22) + _X_EPOCH_MS) / 1000, tz=UTC).date()


def _tiktok_day(post_id: int) -> date:
    return datetime.fromtimestamp(post_id >> 32, tz=UTC).date()


def post_days(text: str) -> list[date]:
    """The UTC days of the X and TikTok posts whose addresses the text carries."""
    days = [_x_day(int(m.group(1))) for m in _X_POST.finditer(text)]
    days += [_tiktok_day(int(m.group(1))) for m in _TIKTOK_POST.finditer(text)]
    return [d for d in days if d >= _EARLIEST]


# The credit lines (see the module's docstring).  The date alone, as the embed code writes it: a
# month name and a day and year, or a day, a month name and a year; a few words at most.
_CREDIT_DATE = r"(?P<date>[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:er)?\s+[^\W\d_]{3,10}\.?\s+\d{4})"
_X_CREDIT = re.compile(r"(?:[—―–]|--)\s*[^\n()—―–]{1,80}?\(@\w{1,30}\)\s*" + _CREDIT_DATE + r"[ \t]*$",
                       re.MULTILINE)
_INSTAGRAM_CREDIT = re.compile(r"(?:a post shared by|une publication partag[ée]e par)\s[^\n()]{0,80}?"
                               r"\(@[\w.]{1,40}\)\s*(?:on|le)\s+" + _CREDIT_DATE + r"(?![\w,])", re.IGNORECASE)
# X opened in March 2006, Instagram in October 2010: a credit dated before is not a post's.
_EARLIEST_CREDIT = date(2006, 3, 21)


@cache
def _finder() -> DateFinder:
    from veille.stages.cleaning.dateline import DatelineParser

    return DatelineParser().finder


def credit_days(text: str, finder: DateFinder | None = None) -> list[date]:
    """The days the embedded posts' credit lines in `text` give ("— Name (@handle) January 9,
    2021"), with the month names of cleaning's date data."""
    finder = finder or _finder()
    days = []
    for pattern in (_X_CREDIT, _INSTAGRAM_CREDIT):
        for found in pattern.finditer(text):
            day = finder.parse_date(found["date"])
            if day is not None and day >= _EARLIEST_CREDIT:
                days.append(day)
    return days


def latest_post_day(texts: list[str], reference: date) -> date | None:
    """The latest day of a post the texts link or credit, if on or before `reference` ("today"):
    the page was written on or after it.  A later one is a malformed id, not a post from the future."""
    days = [d for text in texts for d in (*post_days(text), *credit_days(text)) if d <= reference]
    return max(days, default=None)
