"""A page handed over without its URL that prints it (clean@34, issue 16; the pool's pub25 pages):
a share or print footer, a permalink line, or an address whose slug is the headline dates the page
as its URL would.  Near misses: a related story's address on the same subject, a cited source, a
repost's "original article" link, two different addresses that both claim to be the page's, and a
page given its URL (the given one stands).  Invented pages, French and English."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.stages.cleaning.printedurl import own_address, printed_addresses

EN_HEAD = "Flood warning extended until 9 p.m. along the Ashby River"
EN_BODY = ("Forecasters extended a flood warning on Friday afternoon for the low-lying streets along the "
           "river, which rose above its banks after two days of rain.\n\n"
           "The water was expected to crest near the old mill bridge in the evening, the county's emergency "
           "office said in a notice.\n\n"
           "Residents near the banks were told to move cars to higher ground and avoid flooded roads.")
FR_HEAD = "Grève des éboueurs à Marseille : les poubelles s'accumulent dans le centre"
FR_BODY = ("Les éboueurs de la métropole ont cessé le travail lundi matin pour protester contre la "
           "réorganisation des tournées annoncée par la direction.\n\n"
           "Selon les syndicats, près de la moitié des agents ont suivi le mouvement dans les quartiers "
           "du centre, où les sacs s'entassent sur les trottoirs.\n\n"
           "Une réunion est prévue avec la direction en fin de semaine, a indiqué un délégué.")


@pytest.mark.parametrize(("footer", "day"), [
    ("Read or Share this story: https://www.example-times.com/story/news/local/2019/07/19/"
     "flood-warning-issued-ashby-valley/1234509876/", "2019-07-19"),
    ("Permalink: https://example-news.com/2019/07/19/ashby-river-flooding/", "2019-07-19"),
    ("Short URL:\nhttps://example-news.com/weather-20190719-storm", "2019-07-19"),
])
def test_a_labelled_footer_dates_a_page_without_its_url(footer: str, day: str) -> None:
    art = clean_raw(f"{EN_HEAD}\n\n{EN_BODY}\n\n{footer}")
    assert (art.published, art.published_how) == (day, "url")


def test_a_french_permalink_dates_the_page() -> None:
    art = clean_raw(f"{FR_HEAD}\n\n{FR_BODY}\n\nLien permanent : https://www.journal-exemple.fr/faits-divers/"
                    "2023/04/05/collecte-des-dechets-le-mouvement-continue/")
    assert (art.published, art.published_how) == ("2023-04-05", "url")


def test_an_unlabelled_address_whose_slug_is_the_headline_dates_the_page() -> None:
    art = clean_raw(f"{FR_HEAD}\n\n{FR_BODY}\n\nhttps://www.journal-exemple.fr/2023/04/05/"
                    "greve-des-eboueurs-a-marseille-les-poubelles-s-accumulent-dans-le-centre/")
    assert art.published == "2023-04-05"


@pytest.mark.parametrize("line", [
    # A related story on the same subject: its topic words, not the headline's.
    "More weather: https://example-news.com/2019/07/18/flood-warning-issued-for-corbin-creek/",
    # A cited source and a repost's original: other pages.
    "Source: https://www.weather.example.gov/2019/07/12/severe-weather-outlook-for-the-upper-midwest/",
    "Article original : https://www.other-paper.example/2019/07/11/storm-damage/",
])
def test_other_printed_addresses_date_nothing(line: str) -> None:
    art = clean_raw(f"{EN_HEAD}\n\n{EN_BODY}\n\n{line}")
    assert art.published is None


def test_two_pages_claiming_the_address_leave_it_unknown() -> None:
    lines = ["Permalink: https://example-news.com/2019/07/19/storm/",
             "Short link: https://example-news.com/2019/07/12/storm/"]
    assert own_address(lines, EN_HEAD, frozenset()) is None


def test_a_given_url_stands_over_a_printed_one() -> None:
    art = clean_raw(f"{EN_HEAD}\n\n{EN_BODY}\n\nPermalink: https://example-news.com/2019/07/19/storm/",
                    url="https://example-news.com/2019/07/20/storm/")
    assert art.published == "2019-07-20"


def test_addresses_lose_the_punctuation_that_ends_their_sentence() -> None:
    assert printed_addresses(["Voir https://exemple.fr/2020/01/02/page/."]) == [
        ("https://exemple.fr/2020/01/02/page/", False)]
