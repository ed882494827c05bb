"""A day the URL's slug writes with a month's name, with no year and month folders (clean@63, time@47,
issues 16 and 17; eval/pubdate_pool/across_pools.py's tuning parts: three pages of two sites left undated
or a day off), from invented URLs and pages, each with near misses:

- "…/revue-de-presse-du-11-juillet-2014-28247/", "…/news-across-the-nation-july-23-2018" date the page
  (`url_slug`), after every numeric URL form and after every stamp the page prints;
- the slug's day may be the day of the event the title names: a later day the text fixes by itself
  in the past ("a été mis en examen le 3 août 2024") is the page's (`text`); a day to come is not."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.time import tag_article

FR_BODY = ("Le conseil a voté le budget après un long débat sur les travaux de la route départementale.\n\n"
           "Les élus de l'opposition ont demandé que les dépenses soient réparties sur deux exercices.\n\n"
           "Le maire a promis une réunion publique avec les habitants des hameaux concernés.")
EN_BODY = ("County commissioners approved the new budget after a long debate over road repairs.\n\n"
           "Opposition members asked that the spending be spread over two years.\n\n"
           "The chairman promised a public meeting with residents of the affected townships.")


@pytest.mark.parametrize(("url", "day"), [
    ("https://example.fr/revue-de-presse-du-11-juillet-2014-28247/", "2014-07-11"),
    ("https://example.fr/emissions/le-journal/le-journal-de-7h-02-avril-2018", "2018-04-02"),
    ("https://example.org/articles/news-across-the-nation-july-23-2018", "2018-07-23"),
    ("https://example.fr/fete-du-1er-mai-2019-a-lille", "2019-05-01"),
])
def test_a_worded_slug_day_without_folders(url: str, day: str) -> None:
    found = DatelineParser().finder.from_url(url)
    assert found is not None and (found.date, found.how) == (day, "url_slug")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.fr/budget-de-mai-2019-vote", None),              # a month and a year, no day
    ("https://example.com/2013/06/police-update-28-may-2013.html", None),  # folders of another month
    ("https://example.com/2021/09/attentats-du-13-novembre-2015", None),   # an anniversary, years on
    ("https://example.com/express-20170806-gxqjjj-august-7-2017.html", ("2017-08-06", "url")),  # digits win
    ("https://example.fr/match-du-31-fevrier-2019", None),               # no such day
])
def test_near_misses_of_a_worded_slug_day(url: str, expected: tuple[str, str] | None) -> None:
    found = DatelineParser().finder.from_url(url)
    assert (None if found is None else (found.date, found.how)) == expected


def test_a_worded_slug_day_dates_a_page_that_prints_no_stamp() -> None:
    article = clean_raw(f"Le conseil vote le budget\n\n{FR_BODY}", "https://example.fr/conseil-du-6-octobre-2025")
    assert (article.published, article.published_how) == ("2025-10-06", "url_slug")


def test_the_pages_own_stamp_overrules_a_worded_slug_day() -> None:
    url = "https://example.com/news/commissioners-meet-july-23-2018"
    article = clean_raw(f"Published July 25, 2018\n\nCommissioners pass the budget\n\n{EN_BODY}", url)
    assert (article.published, article.published_how) == ("2018-07-25", "date_line")


def _timed(body: str, slug_day: str, lang: str = "fr") -> Article:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, lang=lang, published=slug_day,
                      published_how="url_slug")
    return tag_article(article, Context(config=config))


def test_a_later_past_day_of_the_text_moves_a_worded_slug_day() -> None:
    body = ("Le drame s'est produit le 26 juillet 2024 dans un appartement du centre-ville.\n"
            "Le suspect a été mis en examen le 3 août 2024 pour meurtre, a indiqué le parquet.")
    article = _timed(body, "2024-07-26")
    assert (article.published, article.published_how) == ("2024-08-03", "text")
    english = _timed("The crash happened on July 26, 2024.\nThe driver was charged on August 3, 2024, "
                     "prosecutors said.", "2024-07-26", "en")
    assert (english.published, english.published_how) == ("2024-08-03", "text")


def test_near_misses_of_a_later_day_in_the_text() -> None:
    # A day to come does not move the page's day.
    future = _timed("Le drame s'est produit le 26 juillet 2024.\nLe procès s'ouvrira le 3 septembre 2025 "
                    "devant la cour d'assises.", "2024-07-26")
    assert (future.published, future.published_how) == ("2024-07-26", "url_slug")
    # An earlier day of the text neither ("hier soir, 10 juillet" under an edition of the 11th).
    earlier = _timed("Son corps a été retrouvé hier soir, 10 juillet 2014, dans son appartement.", "2014-07-11")
    assert (earlier.published, earlier.published_how) == ("2014-07-11", "url_slug")
    # A date the page's own stamp gave is not moved so (only the slug's day is a bound).
    config = Config()
    config.time.reference_date = "2026-12-01"
    body = "Le suspect a été mis en examen le 3 août 2024 pour meurtre, a indiqué le parquet."
    stamped = tag_article(Article(id="b", source="b", raw=body, body=body, lang="fr", published="2024-07-26",
                                  published_how="url"), Context(config=config))
    assert (stamped.published, stamped.published_how) == ("2024-07-26", "url")
