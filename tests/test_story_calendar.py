"""stories@25: the dates an undated article writes out bound the date a story may give it.

A day written with its weekday and no year ("mardi 3 avril") places the report in a year where that
day is that weekday; a date written with its year and told in the past is behind the report; one
told as to come is ahead of it.  Invented reports, French and English, each with a near miss that
the same story still dates."""

from __future__ import annotations

from datetime import date

from veille.model import Article

FR_SIBLING = ("Les cheminots ont manifesté devant la gare de Toulouse-Matabiau contre la réforme du "
              "statut, à l'appel de l'intersyndicale, selon la préfecture.")
EN_SIBLING = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
              "status, the unions said, as the prefecture counted the marchers.")


def _placed(body: str, lang: str, day: str) -> Article:
    """`body` undated, in a story whose two other reports are dated `day` by their page."""
    from veille.stages.stories.anchor import anchor_undated

    sibling = FR_SIBLING if lang == "fr" else EN_SIBLING
    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=sibling, lang=lang, published=day,
                     published_how="url") for i in range(2)]
    undated = Article(id="u", source="u", raw=body, body=body, lang=lang)
    anchor_undated([*dated, undated], [])
    return undated


FR_WEEKDAY = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
              "préfecture. La grève commencera le mardi 3 avril, ont annoncé les syndicats.")
EN_WEEKDAY = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
              "status. The strike will begin on Tuesday, April 3, the unions announced.")


def test_a_weekday_with_its_day_refutes_another_years_story_fr() -> None:
    # 3 April 2011 was a Sunday: the story's 2011 reports are of another year's strike.
    assert _placed(FR_WEEKDAY, "fr", "2011-03-28").published is None


def test_a_weekday_with_its_day_keeps_the_story_of_its_year_fr() -> None:
    # 3 April 2018 was a Tuesday.
    assert _placed(FR_WEEKDAY, "fr", "2018-03-28").published == "2018-03-28"


def test_a_weekday_with_its_day_refutes_another_years_story_en() -> None:
    assert _placed(EN_WEEKDAY, "en", "2011-03-28").published is None


def test_a_weekday_with_its_day_keeps_the_story_of_its_year_en() -> None:
    assert _placed(EN_WEEKDAY, "en", "2018-03-28").published == "2018-03-28"


FR_PAST = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
           "préfecture. Leur dernier mouvement avait été suivi en mars 2019 par un tiers des agents.")
EN_PAST = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
           "status. Their last walkout was held in March 2019, when a third of the staff joined it.")


def test_a_dated_past_is_behind_the_report_fr() -> None:
    assert _placed(FR_PAST, "fr", "2016-05-10").published is None
    assert _placed(FR_PAST, "fr", "2020-05-10").published == "2020-05-10"


def test_a_dated_past_is_behind_the_report_en() -> None:
    assert _placed(EN_PAST, "en", "2016-05-10").published is None
    assert _placed(EN_PAST, "en", "2020-05-10").published == "2020-05-10"


FR_FUTURE = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
             "préfecture. La nouvelle ligne ouvrira en juin 2026, a rappelé le ministre.")
EN_FUTURE = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
             "status. The new line will open in June 2026, the minister said.")


def test_a_dated_future_is_ahead_of_the_report_fr() -> None:
    assert _placed(FR_FUTURE, "fr", "2027-02-10").published is None
    assert _placed(FR_FUTURE, "fr", "2025-02-10").published == "2025-02-10"


def test_a_dated_future_is_ahead_of_the_report_en() -> None:
    assert _placed(EN_FUTURE, "en", "2027-02-10").published is None
    assert _placed(EN_FUTURE, "en", "2025-02-10").published == "2025-02-10"


def test_the_nearest_day_of_the_month_decides_across_new_year() -> None:
    from veille.stages.stories.calendar import weekday_fits

    # "mardi 30 décembre" written in early January 2026: 30 December 2025 was a Tuesday.
    assert weekday_fits(date(2026, 1, 5), 2, 12, 30)
    assert not weekday_fits(date(2027, 1, 5), 2, 12, 30)
    # 29 February has no date in a common year: only the leap year near it counts.
    assert weekday_fits(date(2024, 3, 2), 4, 2, 29)


def test_a_date_with_no_weekday_nor_year_bounds_nothing() -> None:
    body = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
            "préfecture. La grève commencera le 3 avril, ont annoncé les syndicats.")
    assert _placed(body, "fr", "2011-03-28").published == "2011-03-28"


def test_a_year_alone_names_an_occasion_and_bounds_nothing() -> None:
    fr = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
          "préfecture. Le conseil régional a adopté le budget 2018 et une hausse des tarifs.")
    en = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
          "status. The regional council approved the 2018 budget and a fare increase.")
    assert _placed(fr, "fr", "2017-12-15").published == "2017-12-15"
    assert _placed(en, "en", "2017-12-15").published == "2017-12-15"


def test_a_past_clause_that_schedules_its_date_bounds_nothing_from_below() -> None:
    en = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
          "status. The unions have agreed to schedule a second walkout for March 12, 2019.")
    fr = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
          "préfecture. Le vote a été prévu le 12 mars 2019, ont indiqué les syndicats.")
    assert _placed(en, "en", "2019-03-01").published == "2019-03-01"
    assert _placed(fr, "fr", "2019-03-01").published == "2019-03-01"


# fix30s (stories@26): dates the article tells that say nothing of the report's year.
STORY_DAY = "2025-06-10"


def test_a_past_weekday_with_its_day_may_be_another_years_fr() -> None:
    # 3 April 2025 was a Thursday: the drama told in the past is an earlier year's (2018).
    body = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
            "préfecture. Le drame du mardi 3 avril, où un agent avait été blessé, reste dans les mémoires.")
    assert _placed(body, "fr", STORY_DAY).published == STORY_DAY


def test_a_past_weekday_with_its_day_may_be_another_years_en() -> None:
    body = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
            "status. The last strike, on Tuesday, April 3, had shut the line for a week.")
    assert _placed(body, "en", STORY_DAY).published == STORY_DAY


def test_an_anniversary_weekday_names_another_years_day() -> None:
    # Friday 13 November was 2015's; the trial opened on 8 September 2021.
    body = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
            "préfecture. Le procès des attentats du vendredi 13 novembre s'est ouvert devant la cour "
            "d'assises spéciale.")
    assert _placed(body, "fr", "2021-09-08").published == "2021-09-08"


def test_a_plan_told_in_the_past_bounds_nothing_fr() -> None:
    body = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
            "préfecture. La ligne devait rouvrir en septembre 2025, selon la direction.")
    assert _placed(body, "fr", STORY_DAY).published == STORY_DAY


def test_a_plan_told_in_the_past_bounds_nothing_en() -> None:
    body = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
            "status. The line was supposed to reopen in September 2025, the operator said.")
    assert _placed(body, "en", STORY_DAY).published == STORY_DAY


def test_a_reported_future_bounds_nothing_en() -> None:
    # "would": a future seen from a past saying, which may be behind the report (a missed deadline).
    promised = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
                "status. The operator had promised the line would be ready in May 2025.")
    missed = ("Rail workers rallied outside the central station in Toulouse against the reform of their "
              "status. The operator said the line would reopen by May 2025, a deadline it missed.")
    assert _placed(promised, "en", STORY_DAY).published == STORY_DAY
    assert _placed(missed, "en", STORY_DAY).published == STORY_DAY


def test_a_reported_future_bounds_nothing_fr() -> None:
    body = ("Les cheminots de Toulouse-Matabiau ont manifesté contre la réforme du statut, selon la "
            "préfecture. La direction avait promis que la ligne serait prête en mai 2025.")
    assert _placed(body, "fr", STORY_DAY).published == STORY_DAY
