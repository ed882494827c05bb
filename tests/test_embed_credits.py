"""time@17: the credit line an embedded post keeps in scraped text dates the post, a lower bound
on the page's date (`stages/time/embeds.credit_days`).  Invented lines, French and English, each
class with near misses that must date nothing."""

from __future__ import annotations

from datetime import date

from veille.model import Article
from veille.stages.time import tag_article
from veille.stages.time.embeds import credit_days, latest_post_day


def test_an_x_credit_line_dates_its_post_in_either_language() -> None:
    assert credit_days("The bridge is closed. pic.twitter.com/a1b2c3\n— City Police (@CityPD) March 3, 2024") \
        == [date(2024, 3, 3)]
    # The post's own words run into the credit when the line breaks are lost.
    assert credit_days("🚧 ROAD CLOSED 🚧— Sgt. Jo Bloggs (@SgtJo) Jan. 9, 2021") == [date(2021, 1, 9)]
    assert credit_days("La route est coupée. pic.twitter.com/xyz\n— Préfecture du Var (@Prefet83) 14 juillet 2023") \
        == [date(2023, 7, 14)]
    assert credit_days("-- Mairie de Lille (@lille) 1er mai 2022") == [date(2022, 5, 1)]


def test_an_instagram_credit_line_dates_its_post() -> None:
    assert credit_days("A post shared by Jane Roe (@jane.roe) on Jan 9, 2021 at 10:12am PST") == [date(2021, 1, 9)]
    assert credit_days("Une publication partagée par Ville de Lyon (@villedelyon) le 9 janv. 2021 à 10:12 PST") \
        == [date(2021, 1, 9)]


def test_a_handle_and_a_date_in_a_sentence_are_no_credit() -> None:
    # Words after the date: a sentence, not the credit line.
    assert credit_days("— Jean Dupont (@jdupont) March 3, 2024, said the mayor was wrong") == []
    # No dash before the name: a handle quoted in the text.
    assert credit_days("He wrote on X (@CityPD) on March 3, 2024 that the road was closed.") == []
    assert credit_days("Il a écrit (@CityPD) le 3 mars 2024 que la route était fermée.") == []
    # A credit without a date, a date before the platform existed.
    assert credit_days("Follow us — City Police (@CityPD)") == []
    assert credit_days("— City Police (@CityPD) March 3, 2004") == []
    # A credit dated after "today" bounds nothing.
    assert latest_post_day(["— City Police (@CityPD) March 3, 2030"], date(2026, 1, 1)) is None


def _tagged(body: str, lang: str) -> Article:
    article = Article(id="x", source="x", raw=body, body=body, lang=lang)
    return tag_article(article)


def test_a_credit_line_dates_an_undated_article_and_says_so() -> None:
    body = ("Police are investigating a barricade situation on the north side Saturday morning.\n"
            "Traffic is shut down on River Road.\n"
            "— City Police (@CityPD) January 9, 2021\n"
            "No further details were immediately released.")
    article = _tagged(body, "en")
    assert (article.published, article.published_how) == ("2021-01-09", "embed")
    # The text's own later date wins, and the date is the text's.
    later = _tagged("Le préfet a pris un arrêté ce lundi 11 janvier 2021.\n— Préfecture (@prefet) 9 janvier 2021", "fr")
    assert (later.published, later.published_how) == ("2021-01-11", "text")
    # Without the credit, the weekday alone dates nothing.
    assert _tagged(body.replace("— City Police (@CityPD) January 9, 2021\n", ""), "en").published is None
