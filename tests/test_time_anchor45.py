"""time@45 (issues 16 and 17): the anchor of an undated page.

A day written with its weekday and no year ("Tuesday, October 10", "lundi 22 mai") falls on that weekday
once in five to eleven years: the page's year is the latest such year before the reading clock and not
before the years the text states outside a future clause (a year to come, "until 2032", bars none).  A day
named with a demonstrative ("Ce jeudi 7 mai") is a day of the report's own week, before or after its
writing: the page's relative expressions are resolved against it, while `published` stays empty.
Invented texts, read on 1 December 2026 (the pinned reference date); each class has a near miss.
"""

from __future__ import annotations

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import DEICTIC_ANCHOR, tag_article


def _tagged(body: str, lang: str, url: str | None = None) -> Article:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, url=url, lang=lang)
    return tag_article(article, Context(config=config))


def _values(article: Article) -> dict[str, str]:
    return {t.text: t.value for t in article.timexes}


def test_a_year_to_come_bars_no_year_of_a_weekday_dated_day() -> None:
    # fail on time@44: the year 2032 of a release to come barred every year, the page stayed undated
    article = _tagged("Court documents obtained on Tuesday, October 10, show the appeals court upheld his "
                      "conviction. An appeal was filed in October 2022. He could be released in August 2032.", "en")
    assert article.published == "2023-10-10"
    article = _tagged("Le plan présenté lundi 22 mai vise à réduire les émissions de 50 % d'ici 2030. "
                      "En 2022, elles avaient baissé de 2,5 %.", "fr")
    assert article.published == "2023-05-22"


def test_weekday_dated_near_misses() -> None:
    # an older year stated in the past is a floor only: the latest such day before the reading clock, as before
    assert _tagged("Son corps a été retrouvé ce jeudi 10 juillet dans son appartement. Il avait publié un livre "
                   "en 1996.", "fr").published == "2025-07-10"
    # a day the text announces is no lower bound: the page stays undated
    assert _tagged("La liste sera publiée le jeudi 10 novembre. La saison 2023-2024 commencera en août 2023.",
                   "fr").published is None


def test_a_demonstrative_day_anchors_relative_dates_but_dates_nothing() -> None:
    # fail on time@44: "lundi" XXXX-WXX-1
    article = _tagged("Ce jeudi 7 mai, Mons sera la première cour à reprendre les procès d'assises. Le procès "
                      "s'ouvrira lundi. L'accusé avait été interpellé en avril 2018.", "fr")
    assert article.published is None
    values = _values(article)
    assert values["Ce jeudi 7 mai"] == "2026-05-07"
    assert values["lundi"] == "2026-05-11"
    relative = [t for t in article.timexes if t.text == "lundi"]
    assert relative and all((t.model or "").endswith("+anchor:" + DEICTIC_ANCHOR) for t in relative)
    # a value the text writes out is resolved against nothing: no estimate to record
    assert not any((t.model or "").endswith(DEICTIC_ANCHOR) for t in article.timexes if t.text == "avril 2018")


def test_a_day_without_demonstrative_anchors_nothing() -> None:
    # near miss: "Le jeudi 7 mai" to come is not said as the report's own week
    article = _tagged("Le jeudi 7 mai, Mons sera la première cour à reprendre les procès d'assises. Le procès "
                      "s'ouvrira lundi. L'accusé avait été interpellé en avril 2018.", "fr")
    assert article.published is None
    assert _values(article)["lundi"] == "XXXX-WXX-1"
    assert not any((t.model or "").endswith(DEICTIC_ANCHOR) for t in article.timexes)


def test_a_dated_day_said_as_yesterday_is_no_background_date() -> None:
    # fail on time@44: a bare weekday before it made the date a background one, the page stayed undated
    article = _tagged("Triste jeudi. L'écrivain est mort hier soir, 29 janvier 2014, à l'hôpital de Créteil. "
                      "Ses obsèques auront lieu le mois prochain.", "fr")
    assert article.published == "2014-01-30"
    assert _values(article)["le mois prochain"] == "2014-02"


def test_a_background_date_near_miss() -> None:
    # the same date with no day word of the now before it is an earlier event's, below a lede told in weekdays
    article = _tagged("Le tribunal a rendu son jugement jeudi. L'écrivain avait été arrêté le 29 janvier 2014 à "
                      "Créteil.", "fr")
    assert article.published is None


def test_a_demonstrative_day_in_the_year_the_url_files_the_page_under() -> None:
    # the URL's "/2020/05/" files the page in May 2020, where Thursday 7 May falls too
    body = "Ce jeudi 7 mai, Mons sera la première cour à reprendre les procès d'assises. Le procès s'ouvrira lundi."
    article = _tagged(body, "fr", url="https://example.org/2020/05/assises-mons.html")
    assert article.published is None
    assert _values(article)["lundi"] == "2020-05-11"
    # near miss: a filing month the day is not in ("/2020/09/") places no demonstrative day
    article = _tagged(body, "fr", url="https://example.org/2020/09/assises-mons.html")
    assert _values(article)["lundi"] == "XXXX-WXX-1"
