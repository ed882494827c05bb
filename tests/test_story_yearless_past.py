"""stories@29: a day told in the past with its day and month and no year is one of the report's months.

News writes a past day's year when it is not the report's own year, and leaves it out across the turn of
the year only, so a story date that puts such a day months after itself, and more than a quarter back in
the year before, belongs to another year's reports: the undated page takes no date from it.  Invented
reports, English and French; near misses: a story date after the day, a day counted from ("since"), a
noun's occasion, a day a week after the story's date (a next days' report), the turn of the year."""

from __future__ import annotations

from datetime import date

from veille.model import Article
from veille.stages.stories.calendar import yearless_refutes

EN_SIBLING = ("The Left Hand Fire near Cliffdell burned across the ridge, fire crews said, as evacuation "
              "orders stayed in place for the residents of the valley.")
FR_SIBLING = ("L'incendie de la forêt de Cliffdell a parcouru la crête, ont indiqué les pompiers, et les "
              "ordres d'évacuation restent en vigueur pour les habitants de la vallée.")


def _placed(body: str, lang: str, day: str) -> str | None:
    """The date `body`, undated, takes in a story whose two other reports are dated `day` by their page."""
    from veille.stages.stories.anchor import anchor_undated

    sibling = FR_SIBLING if lang == "fr" else EN_SIBLING
    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=sibling, lang=lang, published=day,
                     published_how="url") for i in range(2)]
    undated = Article(id="u", source="u", raw=body, body=body, lang=lang)
    anchor_undated([*dated, undated], [])
    return undated.published


EN_PAST = ("The Left Hand Fire near Cliffdell burned across the ridge, fire crews said. The fire was started "
           "by lightning July 23 and evacuation orders were lifted for the residents of the valley.")
FR_PAST = ("L'incendie de la forêt de Cliffdell a parcouru la crête, ont indiqué les pompiers. Le feu a été "
           "allumé par la foudre le 23 juillet et les ordres d'évacuation ont été levés dans la vallée.")


def test_a_yearless_past_day_refutes_a_story_date_months_before_it() -> None:
    # fail on stories@27: 14 June is before 23 July in its year, and 23 July of the year before is
    # eleven months back: a June report would have written the year
    assert _placed(EN_PAST, "en", "2023-06-14") is None
    assert _placed(FR_PAST, "fr", "2023-06-14") is None


def test_a_yearless_past_day_before_the_story_date_keeps_it() -> None:
    # near miss: a report of 3 August tells 23 July of its own year
    assert _placed(EN_PAST, "en", "2023-08-03") == "2023-08-03"
    assert _placed(FR_PAST, "fr", "2023-08-03") == "2023-08-03"


def test_a_day_counted_from_or_a_nouns_occasion_refutes_nothing() -> None:
    # near misses: "since July 23" measures a duration, "the July 23 fire" names an occasion
    since = EN_PAST.replace("The fire was started by lightning July 23 and", "The fire has burned since July 23 and")
    attack = EN_PAST.replace("The fire was started by lightning July 23 and", "The crews that fought the July 23 fire")
    assert _placed(since, "en", "2023-06-14") == "2023-06-14"
    assert _placed(attack, "en", "2023-06-14") == "2023-06-14"


def test_the_rule_in_days() -> None:
    # the turn of the year: "Dec. 28" in a January report is last month's
    assert not yearless_refutes(date(2024, 1, 10), 12, 28)
    # a day a few days after the story's date: a report of the next days, the story is right
    assert not yearless_refutes(date(2024, 6, 14), 6, 18)
    # months after the story date, and more than a quarter back the year before
    assert yearless_refutes(date(2024, 6, 14), 7, 23)
    assert yearless_refutes(date(2024, 3, 1), 10, 7)
    # 29 February has no year before to fall in
    assert not yearless_refutes(date(2024, 1, 10), 2, 29)
