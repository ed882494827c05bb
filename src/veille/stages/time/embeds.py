"""The day of a social-media post the page embeds or links: a lower bound on its own date.

A news page that embeds a post (a statement on X, a video on TikTok) was written after the post,
and scraped text keeps its address ("https://x.com/lequipe/status/1876905174259638565").  Both
platforms build their post ids from the time of posting, as their developer documentation
describes: an X (Twitter) "snowflake" id holds the milliseconds since 2010-11-04 01:42:54.657
UTC above its lowest 22 bits, and a TikTok video id holds the Unix seconds above its lowest 32
bits.  So the id dates the post to the second, with no guess.

The day is taken in UTC: a page published late in the evening west of Greenwich after a post of
the same evening can be dated a day early by its local clock, never late by more than that.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

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


def latest_post_day(texts: list[str], reference: date) -> date | None:
    """The latest day of a post the texts link, if on or before `reference` ("today"): the page
    was written on or after it.  A later one is a malformed id, not a post from the future."""
    days = [d for text in texts for d in post_days(text) if d <= reference]
    return max(days, default=None)
