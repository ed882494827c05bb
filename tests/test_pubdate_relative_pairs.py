"""Relative stamps counted from the crawl time (clean@19, issue 16): the publication's and the
revision's stamps on one line, a labelled weekday with its clock time, hours and minutes; on
invented French and English lines with near misses.  Without a crawl time none dates anything."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

FINDER = DatelineParser().finder
CRAWLED = dt.datetime(2024, 3, 12, 20, 0)  # a Tuesday, 8 p.m.


@pytest.mark.parametrize(("line", "day"), [
    ("Published 3 hours ago | Updated 1 hour ago", "2024-03-12"),
    ("Publié il y a 2 jours, mis à jour il y a 3 heures", "2024-03-10"),  # the publication's, not the revision's
    ("Posted 2 days ago • Updated 5 hours ago", "2024-03-10"),
    ("Posted Sunday 5:04 PM ET", "2024-03-10"),
    ("Publié vendredi à 9h15", "2024-03-08"),
    ("Updated Tuesday at 5:04 p.m.", "2024-03-12"),  # the crawl's own weekday: that day
    ("il y a 1 h 30", "2024-03-12"),
])
def test_relative_stamps_count_back_from_the_crawl(line: str, day: str) -> None:
    assert FINDER.is_relative_time_line(line)
    found = FINDER.relative_line(line, CRAWLED)
    assert found is not None and found.date == day
    assert FINDER.relative_line(line, None) is None  # no crawl time, no day


@pytest.mark.parametrize("line", [
    "Publié il y a 3 heures, mis à jour par la rédaction",  # one stamp and words: no pair
    "Updated 3 hours ago | Updated 1 hour ago",  # two revisions: no publication
    "Mardi à 20h : France-Italie",  # a programme line, no label
    "Jane Doe | Tuesday 5:04 PM",  # a weekday needs a publishing label
    "Publié mardi",  # and its clock time
])
def test_near_misses_are_no_stamp(line: str) -> None:
    assert FINDER.relative_line(line, CRAWLED) is None


def test_the_pair_dates_the_page_and_is_cut() -> None:
    text = ("Le conseil municipal adopte le budget des parcs\n\n"
            "Publié il y a 2 jours, mis à jour il y a 3 heures\n\n"
            "Le conseil municipal a adopté le nouveau budget des parcs par sept voix contre deux après un débat.\n\n"
            "Le maire a indiqué que l'argent servirait à réparer les aires de jeux et les allées de la ville.")
    article = Article(id="x", source="x.txt", raw=text, meta={"crawled": CRAWLED.isoformat()})
    clean_article(article, load_patterns(), DatelineParser())
    assert (article.published, article.published_how) == ("2024-03-10", "relative_line")
    assert "il y a" not in article.body
