"""A dateline whose date is written in figures ("Paris, 03/04/2024 -", "ABIDJAN, le 03.04.2024
(AIP) -"), as regional and African papers and press offices print it (clean@19, issue 16): the
day's order is the page's; invented paragraphs with near misses."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns

PARSER = DatelineParser()


@pytest.mark.parametrize(("paragraph", "place", "day"), [
    ("Paris, 03/04/2024 - Le conseil municipal a adopté le budget des parcs.", "Paris", "2024-04-03"),
    ("ABIDJAN, le 03.04.2024 (AIP) - Le conseil municipal a adopté le budget.", "ABIDJAN", "2024-04-03"),
    ("Dakar, 13-04-2024 – Le conseil municipal a adopté le budget.", "Dakar", "2024-04-13"),
])
def test_a_dateline_in_figures(paragraph: str, place: str, day: str) -> None:
    found = PARSER.parse(paragraph)
    assert found is not None and (found.place, found.date) == (place, day)


@pytest.mark.parametrize("paragraph", [
    "Paris, 03/04 - Le conseil municipal a adopté le budget.",  # no year: a score or a fraction
    "Selon le rapport, 03/04/2024 - rien ne change.",  # no place
    "Score, 3-1 - Le match a basculé en seconde période.",
])
def test_near_misses_are_no_dated_dateline(paragraph: str) -> None:
    found = PARSER.parse(paragraph)
    assert found is None or found.date is None


def test_an_english_page_reads_its_dateline_month_first() -> None:
    text = ("Council approves new budget for city parks\n\n"
            "WASHINGTON, 03/12/2024 — The city council approved a new budget for the parks on a vote of seven to two.\n\n"
            "The mayor said the money would go to repairs of playgrounds and paths across the city this year.")
    article = clean_article(Article(id="x", source="x.txt", raw=text), load_patterns(), DatelineParser())
    assert (article.published, article.published_how, article.dateline_place) == ("2024-03-12", "dateline", "WASHINGTON")
