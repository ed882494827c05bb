"""(clean@66, issue 16) A URL's day written with a two-digit year last ("…-flooding-04-02-25/"): read after
every form with four, as a URL id's day (a bound the page's own stamps overrule), in the one reading that is
a day, else in the page's order of day and month (its other dates, clocks, language, country domain)."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.linemodel import load_line_model
from veille.stages.cleaning.urldates import two_digit_day

FINDER = DatelineParser().finder

EN_BODY = ("The storm moved east overnight and brought heavy rain to the valley, where rivers rose fast.\n\n"
           "Forecasters said more rain would fall through the weekend across the region and the coast.\n\n"
           "Officials urged residents to stay off flooded roads and to follow local warnings closely.\n")
FR_BODY = ("La tempête a traversé la région pendant la nuit et apporté de fortes pluies dans la vallée.\n\n"
           "Les prévisionnistes annoncent encore de la pluie tout le week-end sur la région et la côte.\n\n"
           "Les autorités demandent aux habitants d'éviter les routes inondées et de suivre les consignes.\n")


@pytest.mark.parametrize(("path", "month_first", "day"), [
    ("/weather/live-news/us-weather-tornado-flooding-04-02-25/index.html", True, "2025-04-02"),
    ("/weather/live-news/us-weather-tornado-flooding-04-02-25/index.html", False, "2025-02-04"),
    ("/news/storm-14-03-24/", None, "2024-03-14"),  # one reading only: the day first
    ("/news/storm-03-14-24/", None, "2024-03-14"),  # one reading only: the month first
    ("/news/storm_03_14_24.html", False, "2024-03-14"),  # the order is for ambiguous dates only
    ("/archive/report-12-31-99", None, "1999-12-31"),  # 95-99 are the 1990s
    ("/a/first-01-15-24/then-storm-03-14-24/", None, "2024-03-14"),  # the last token: the slug's
])
def test_two_digit_year_days(path: str, month_first: bool | None, day: str) -> None:
    found = two_digit_day(path, month_first)
    assert found is not None and found.isoformat() == day


@pytest.mark.parametrize(("path", "month_first"), [
    ("/news/storm-04-02-25/", None),  # both readings are days and nothing tells which
    ("/news/2024-04-02-25/", True),  # a four-digit year's date glued to a fourth pair
    ("/news/vote-04-02-25-3/", True),  # a pair glued to a fourth number
    ("/loi-2-3-25/", True),  # one digit: a slug's numbers
    ("/news/13-13-13/", True),  # no reading is a day
    ("/v1.04.02.25/", True),  # glued to a version's number
    ("/item/a04-02-25/", True),  # a letter before: part of a code
    ("/news/storm-04-02-251/", True),  # three digits: an id
    ("/news/storm-04-02-50/", True),  # a year outside the news range
])
def test_not_two_digit_year_days(path: str, month_first: bool | None) -> None:
    assert two_digit_day(path, month_first) is None


def test_four_digit_forms_win() -> None:
    found = FINDER.from_url("https://example.com/2024/05/07/storm-04-02-25/")
    assert found is not None and (found.date, found.how) == ("2024-05-07", "url")


def _clean(url: str, lines: str, body: str) -> Article:
    article = Article(id="x", source="x", raw=f"Storm update\n\n{lines}{body}", url=url)
    clean_article(article, rules.load_patterns(), DatelineParser(), model=load_line_model())
    return article


def test_english_page_reads_month_first() -> None:
    article = _clean("https://www.example.com/weather/tornado-flooding-04-02-25/index.html", "", EN_BODY)
    assert (article.published, article.published_how) == ("2025-04-02", "url_id")


def test_french_page_reads_day_first() -> None:
    article = _clean("https://www.example.fr/meteo/tempete-inondations-04-02-25/", "", FR_BODY)
    assert (article.published, article.published_how) == ("2025-02-04", "url_id")


def test_country_domain_reads_day_first() -> None:
    article = _clean("https://www.example.co.uk/weather/flooding-04-02-25/", "", EN_BODY)
    assert (article.published[:10] if article.published else None) == "2025-02-04"


def test_date_line_overrules() -> None:
    article = _clean("https://www.example.com/weather/tornado-flooding-04-02-25/index.html",
                     "Published April 3, 2025\n\n", EN_BODY)
    assert (article.published, article.published_how) == ("2025-04-03", "date_line")
