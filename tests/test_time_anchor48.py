"""time@48 (issue 17): a date the text names as a plan bounds an undated page from below no more.

An undated page is dated by the latest day it fixes outside a future or scheduling clause (`dct.lower_bound`).
Two readings let a date to come through as a past one: a French noun of time in "-ée" read as a participle
telling a past ("la 34e et dernière journée le samedi 18 mai": "journée" is the lexicon's unit, a noun), and a
date set by a verb of fixing ("a été fixé sur la période du 15 au 30 novembre", "has fixed Monday, February 6,
2023, as the record date": the fixing is past, the date fixed lies after it).  Invented texts, read on
1 December 2026 (the pinned reference date); each class has a near miss.
"""

from __future__ import annotations

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article


def _published(body: str, lang: str) -> str | None:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, url=None, lang=lang)
    return tag_article(article, Context(config=config)).published


def test_a_noun_of_time_in_ee_tells_no_past() -> None:
    # fail on time@47: "journée" read as a participle, the season's last day dated the page 2024-05-18
    assert _published("La Ligue a dévoilé le calendrier de la saison. Les clubs reprendront le 13 janvier "
                      "2024 pour la 18e journée, puis ils joueront jusqu'à la dernière journée le samedi 18 mai "
                      "2024.", "fr") != "2024-05-18"


def test_a_noun_of_time_near_miss_a_participle_still_tells_the_past() -> None:
    # a true participle beside the date: a past, the page is written on or after it
    assert _published("Le calendrier de la saison a été dévoilé samedi 18 mai 2024 par la Ligue.",
                      "fr") == "2024-05-18"


def test_a_date_a_verb_of_fixing_sets_is_no_lower_bound() -> None:
    # fail on time@47: the fixed period's last day dated the page 2021-11-30, the record date 2023-02-06
    assert _published("Le procès en appel a été fixé sur la période du 15 au 30 novembre 2021, selon une "
                      "source judiciaire.", "fr") != "2021-11-30"
    assert _published("The company has fixed Monday, February 6, 2023, as the record date for the dividend.",
                      "en") != "2023-02-06"


def test_a_date_a_verb_of_fixing_sets_near_misses() -> None:
    # what was done on the day is past: the page is written on or after it
    assert _published("Le procès en première instance s'est tenu le 30 novembre 2021, selon une source "
                      "judiciaire.", "fr") == "2021-11-30"
    assert _published("The company reported its results on Monday, February 6, 2023.", "en") == "2023-02-06"
    # "fixed" of a rate is no verb of setting a date: a past told beside its date still bounds the page
    assert _published("The bank kept its fixed rate and cut fees on Monday, February 6, 2023.",
                      "en") == "2023-02-06"


def test_a_day_told_in_the_future_caps_the_lower_bound() -> None:
    # fail on time@47: the last match day, read past after its comma, dated the page 2024-05-24
    assert _published("La finale se jouera le mercredi 20 décembre 2023, au Stade de France. Les barrages "
                      "suivront, le vendredi 24 mai 2024.", "fr") != "2024-05-24"
    assert _published("The final will be played on Wednesday, December 20, 2023. The playoffs follow, on "
                      "Friday, May 24, 2024.", "en") != "2024-05-24"


def test_a_future_ceiling_near_misses() -> None:
    # a past day before the day to come still dates the page
    assert _published("Il a été arrêté le 5 mai 2025 et sera jugé le 3 juin 2025.", "fr") == "2025-05-05"
    # a speaker's future counts from the day it was said: a quoted date to come caps nothing
    assert _published("« Nous nous reverrons le 3 mars 2025 », avait-il lancé. Il a été arrêté le 5 mai 2025.",
                      "fr") == "2025-05-05"


def test_a_year_a_plan_states_bars_no_year_of_a_weekday_dated_day() -> None:
    # fail on time@47: the season's scheduled 2023 barred every year before it, the page stayed undated
    assert _published("La Ligue a dévoilé, mercredi 9 novembre, le calendrier. La reprise est fixée au 12 août "
                      "2023.", "fr") == "2022-11-09"
    assert _published("La Ligue a dévoilé, mercredi 9 novembre, le calendrier. La saison reprendra le 12 août "
                      "2023.", "fr") == "2022-11-09"


def test_a_year_a_plan_states_near_miss() -> None:
    # a year told in the past is a floor: the page is written after 12 August 2023 (no Wednesday 9 November
    # since, before the reading clock), so that day dates it
    assert _published("La Ligue a dévoilé, mercredi 9 novembre, le calendrier. La saison a repris le 12 août "
                      "2023.", "fr") == "2023-08-12"
