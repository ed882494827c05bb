"""time@33: classes of the time stage's own errors on eval/timex_pool's tuning part, each on invented
sentences with near misses (every positive case fails on time@32).

- The whole year a report speaks in: "full-year guidance", "for the full year", "l'ensemble de
  l'année" are the article's year ("full year results" are not: released after the year they cover); "the current fiscal year", "our fiscal year", "last fiscal year",
  "l'exercice en cours" its fiscal year (TimeML `FY`), the later one its company named if any.
- A sports season's years ("la saison 2018-2019", "the 2024-25 season") are no calendar span.
- French clock ranges: "de 14 à 18 heures" is a range of two clock times (its first hour was a
  duration); English opening hours "open daily 9 to 5 p.m." a range too ("Route 9 to 5 p.m." not).
- A bare clock hour after a part of today ("ce matin 8 heures", "ce soir 8 heures") is one TIME, in
  the half of the day the part says.
- Days joined by "et"/"and" that are not consecutive ("les 3 et 5 mai") are two TIMEX3, not a span.
- A weekday ending a range ("Monday through Friday") is the first one on or after the start, not a year on.
"""

from __future__ import annotations

from datetime import date

import pytest

from veille.stages.time.convention import article_convention
from veille.stages.time.tagger import tag

DCT = date(2024, 3, 14)  # a Thursday


def _article(text: str, lang: str) -> list[tuple[str, str]]:
    timexes, _ = tag(text, lang, DCT, DCT, intervals=True)
    return [(t.text, t.value) for t in article_convention(text, timexes)]


def _timeml(text: str, lang: str) -> list[tuple[str, str]]:
    timexes, _ = tag(text, lang, DCT, DCT, intervals=False)
    return [(t.text, t.value) for t in timexes]


# -- the whole year of a report ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The company reiterated its full-year guidance.", "en", [("full-year", "2024")]),
    ("It raised its full year outlook.", "en", [("full year", "2024")]),
    ("It expects sales to grow for the full year.", "en", [("the full year", "2024")]),
    ("The retailer raised its outlook for the current fiscal year.", "en", [("the current fiscal year", "FY2024")]),
    ("We expect margins to improve in our fiscal year.", "en", [("our fiscal year", "FY2024")]),
    ("Profit fell last fiscal year.", "en", [("last fiscal year", "FY2023")]),
    ("Le bénéfice de l'exercice en cours sera en hausse.", "fr", [("l'exercice en cours", "FY2024")]),
    ("Sur l'ensemble de l'année, les ventes progressent.", "fr", [("l'ensemble de l'année", "2024")]),
])
def test_the_whole_year_of_a_report(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _article(text, lang) == expected


def test_the_fiscal_year_of_a_company_ahead_of_the_calendar() -> None:
    # A fiscal year named after the article's calendar year sets the report's year (as for quarters).
    text = ("Revenue for the fiscal first quarter 2025 rose 3%. The company raised its outlook for "
            "the current fiscal year and its full-year guidance.")
    assert _article(text, "en") == [("the fiscal first quarter 2025", "FY2025-Q1"),
                                    ("the current fiscal year", "FY2025"), ("full-year", "FY2025")]


def test_an_undated_text_s_own_fiscal_year_frames_its_quarters_and_year() -> None:
    text = ("Revenue for the fiscal first quarter 2025 rose 3%. In the first quarter, margins fell. "
            "The company raised its outlook for the current fiscal year.")
    timexes, _ = tag(text, "en", None, None, intervals=True)
    assert [(t.text, t.value) for t in article_convention(text, timexes)] == [
        ("the fiscal first quarter 2025", "FY2025-Q1"), ("the first quarter", "FY2025-Q1"),
        ("the current fiscal year", "FY2025")]


@pytest.mark.parametrize(("text", "lang"), [
    # Results of a full year are released after it ends (last year's, or a fiscal year just closed):
    # no guess on which; guidance, outlooks and forecasts are for the year under way.
    ("The company released its full year results on Monday.", "en"),
    ("The company released the full-year results on Monday.", "en"),
    ("Shares fell after a disappointing full year result.", "en"),
    ("It took a full year to rebuild the bridge.", "en"),  # an amount of time
    ("He served a full year in prison.", "en"),
    ("The fiscal year ending June 30 was hard.", "en"),  # its end is the date, told apart
    ("Fiscal policy tightened in the region.", "en"),
    ("Un exercice d'évacuation a eu lieu.", "fr"),  # a drill
    ("Sur l'ensemble de l'année 2023, les ventes progressent.", "fr"),  # the year is written: 2023
])
def test_near_misses_of_the_whole_year(text: str, lang: str) -> None:
    values = [v for _, v in _article(text, lang)]
    assert "2024" not in values and "FY2024" not in values


# -- seasons ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("La 7e journée de cette saison 2018-2019 se joue mardi.", "fr"),
    ("The 2024-25 season begins in October.", "en"),
    ("The season 2024-25 begins in October.", "en"),
])
def test_a_sports_season_is_no_calendar_span(text: str, lang: str) -> None:
    found = _article(text, lang)
    assert found and not any(any(ch.isdigit() for ch in t) or "/" in v for t, v in found)


def test_a_span_of_years_that_is_no_season_stays() -> None:
    assert _article("Le budget 2024-2025 a été voté.", "fr") == [("2024-2025", "2024/2025")]
    assert _article("He led the firm in 2007-2012.", "en") == [("2007-2012", "2007/2012")]


# -- ranges of hours ------------------------------------------------------------------------------------

def test_a_french_range_of_clock_hours() -> None:
    assert _article("Le musée est ouvert de 14 à 18 heures.", "fr") == [
        ("14 à 18 heures", "2024-03-14T14:00/2024-03-14T18:00")]
    assert _timeml("Le musée est ouvert de 14 à 18 heures.", "fr") == [
        ("14", "2024-03-14T14:00"), ("18 heures", "2024-03-14T18:00")]


def test_amounts_of_hours_stay_amounts() -> None:
    assert _article("La réunion a duré au moins 6 à 7 heures.", "fr") == [("6", "PT6H"), ("7 heures", "PT7H")]
    assert _article("Il faut compter entre 8 et 10 heures de route.", "fr") == [("8", "PT8H"), ("10 heures", "PT10H")]


def test_english_opening_hours_and_a_route_number() -> None:
    assert ("9 to 5 p.m.", "2024-03-14T09:00/2024-03-14T17:00") in _article("Open today 9 to 5 p.m.", "en")
    # (time@37: with "daily" the hours are the set's, no day's: `passes._set_clocks`)
    daily = _article("Open daily 9 to 5 p.m.", "en")
    assert ("9", "XXXX-XX-XXT09:00") in daily and ("5 p.m.", "XXXX-XX-XXT17:00") in daily
    assert _article("Hours: 10 to 4 p.m. on weekdays.", "en")[0] == (
        "10 to 4 p.m.", "2024-03-14T10:00/2024-03-14T16:00")
    assert _article("Take Route 9 to 5 p.m. traffic.", "en") == [("5 p.m.", "2024-03-14T17:00")]


# -- a part of today and its bare hour --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ce matin 8 heures, les bureaux ont ouvert.", [("Ce matin 8 heures", "2024-03-14T08:00")]),
    ("Ce soir 8 heures, les bureaux ouvriront.", [("Ce soir 8 heures", "2024-03-14T20:00")]),
])
def test_a_part_of_today_and_its_hour(text: str, expected: list[tuple[str, str]]) -> None:
    assert _article(text, "fr") == expected


def test_an_amount_of_hours_after_a_morning_stays_an_amount() -> None:
    assert _article("Il a travaillé le matin 8 heures de suite.", "fr") == [("8 heures", "PT8H")]
    assert _article("Il travaille le soir 3 heures.", "fr") == [("3 heures", "PT3H")]  # each evening, no day


# -- coordinated days ---------------------------------------------------------------------------------

def test_coordinated_days_apart_are_two_timexes() -> None:
    found = _article("Les audiences auront lieu les mardi 4 et jeudi 6 juin.", "fr")
    assert [v for _, v in found] == ["2024-06-04", "2024-06-06"]
    assert [v for _, v in _article("Les audiences auront lieu les 3 et 5 mai.", "fr")] == ["2024-05-03", "2024-05-05"]


def test_consecutive_days_and_between_stay_one_span() -> None:
    assert _article("Les audiences auront lieu les 3 et 4 mai.", "fr") == [("les 3 et 4 mai", "2024-05-03/2024-05-04")]
    assert _article("Les audiences auront lieu entre le 3 et le 5 mai.", "fr") == [
        ("le 3 et le 5 mai", "2024-05-03/2024-05-05")]


def test_a_french_range_with_both_hours_written() -> None:
    assert _article("Le scrutin est ouvert de 8 heures à 20 heures.", "fr") == [
        ("8 heures", "2024-03-14T08:00"), ("20 heures", "2024-03-14T20:00")]
    # hours of something stay amounts
    assert _article("Il faut compter entre 8 heures et 10 heures de route.", "fr") == [
        ("8 heures", "PT8H"), ("10 heures", "PT10H")]


# -- a weekday ending a range comes back every week ---------------------------------------------------

def test_a_weekday_ending_a_range_is_the_first_one_after_its_start() -> None:
    # "Friday" had been moved a year on, to Saturday 15 March 2025, as a month-day would be
    assert _article("The store is open Monday through Friday.", "en") == [
        ("Monday", "2024-03-18"), ("Friday", "2024-03-22")]
    # a day with its month still moves by years ("jusqu'au 12 décembre" after "le 17 novembre")
    assert _article("depuis le 17 novembre, et jusqu'au 12 décembre, 1550 affaires ont été jugées.", "fr") == [
        ("le 17 novembre", "2023-11-17"), ("12 décembre", "2023-12-12")]
