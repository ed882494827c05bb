"""An archived copy's URL (clean@21, issue 16): web archives put their capture time before the
page's own URL ("https://web.archive.org/web/20240320101010/https://site/…"); the capture is any
time after publication, so the page's own URL is read for its day, and a page whose own URL has
none is not dated by the capture.  Invented URLs, with near misses."""

from __future__ import annotations

from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.yearless import url_year


def _day(url: str) -> str | None:
    found = DatelineParser().finder.from_url(url)
    return found.date if found else None


def test_an_archived_copy_is_dated_by_its_own_url() -> None:
    assert _day("https://web.archive.org/web/20240320101010/https://news.example.org/2022/08/12/fire/") \
        == "2022-08-12"
    assert _day("http://web.archive.org/web/20240320101010id_/https://www.exemple.fr/incendie-20220812_AB") \
        == "2022-08-12"
    assert _day("https://archive.ph/2024.03.20-101010/https://news.example.org/2022/08/12/fire/") == "2022-08-12"
    assert url_year("https://web.archive.org/web/20240320101010/https://news.example.org/2022/08/fire") == (2022, 8)


def test_the_capture_time_dates_nothing() -> None:
    assert _day("https://web.archive.org/web/20240320101010/https://news.example.org/fire/volunteers") is None
    assert _day("https://archive.ph/2024.03.20-101010/https://news.example.org/fire/volunteers") is None


def test_near_misses_keep_their_dates() -> None:
    # a site's own archive section, and a query's date, are the site's URL
    assert _day("https://news.example.org/archive/2024/03/20/fire") == "2024-03-20"
    assert _day("https://news.example.org/fire/?utm_medium=RSS&utm_content=20200423") == "2020-04-23"
    assert _day("https://news.example.org/2022/08/12/web/20240320101010/") == "2022-08-12"


def test_an_archived_copy_names_its_own_outlet() -> None:
    from veille.stages.cleaning.outlets import load_outlets, outlet_from_url
    table = load_outlets()
    archived = "https://web.archive.org/web/20240320101010/https://www.lemonde.fr/politique/article/2022/08/12/x.html"
    assert outlet_from_url(archived, table) == outlet_from_url("https://www.lemonde.fr/politique/", table)
    assert outlet_from_url("https://web.archive.org/web/20240320101010/https://flashtchad.com/?p=8525", table) \
        == "flashtchad.com"
    assert outlet_from_url("https://archive.org/details/some-collection", table) == "archive.org"  # the archive's own page
