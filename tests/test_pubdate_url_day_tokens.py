"""(clean@65, issue 16) A URL's day is a whole token: a segment, or a run set off by separators, 1-31;
never the opening digits of a hash or an id filed under year and month folders."""

from __future__ import annotations

import pytest

from veille.stages.cleaning.dateline import DatelineParser

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("url", "day", "how"), [
    # what must not change: days that are whole tokens
    ("https://example.jp/news/2024/05/07/senate-votes", "2024-05-07", "url"),
    ("https://example.jp/news/2024/05/7/senate-votes", "2024-05-07", "url"),
    ("https://example.com/2024/05/07", "2024-05-07", "url"),  # the path's end
    ("https://example.com/2024/05/07.html", "2024-05-07", "url"),
    ("https://example.com/news/2024-05-07_senate", "2024-05-07", "url"),
    ("https://example.com/feed?published=2024-05-07T10:30:00Z", "2024-05-07", "url"),  # a date-time is one token
    ("https://example.fr/societe/senat-20240507-vote", "2024-05-07", "url"),
    ("https://example.fr/societe/senat-20240507", "2024-05-07", "url"),
    ("https://example.gov.cn/xinwen/t20240507_4567.html", "2024-05-07", "url"),  # a letter before is a prefix
    ("https://example.cn/a/202405/07/WS664c0a.html", "2024-05-07", "url"),
    ("https://example.fr/le-senat-vote-07-05-2024-ABC12.php", "2024-05-07", "url"),
    ("https://example.fr/2013/05/le-senat-vote-le-7-mai-2013", "2013-05-07", "url_id"),  # a worded day in its folders
    ("https://example.fr/infos/le-senat-vote-7-mai-2024", "2024-05-07", "url_slug"),
    ("https://example.com/info/t-2405070385.html", "2024-05-07", "url_id"),
])
def test_whole_token_days_are_read(url: str, day: str, how: str) -> None:
    found = FINDER.from_url(url)
    assert found is not None and (found.date, found.how) == (day, how)


@pytest.mark.parametrize("url", [
    # a hash filed under year and month folders: the month is stated, not a day
    "https://english.example.jp/2024/05/7fde44a1c0b2-japan-senate-votes.html",
    "https://english.example.jp/2024/05/12ab9e3f7d/",
    "https://example.com/2024/05/3e/senate",
    # a numeric article id after the folders is not a day either
    "https://example.com/2024/05/12345/senate-votes",
    "https://example.com/2024/05/1234567-senate-votes",
    # a compact date opening a hash, a ten-digit day id opening one
    "https://example.com/media/20240507e3b9c1a2/",
    "https://example.com/info/2405070385abcdef/",
    # a day-first date glued to letters
    "https://example.fr/ref07-05-2024/senat",
])
def test_ids_and_hashes_are_not_days(url: str) -> None:
    assert FINDER.from_url(url) is None
