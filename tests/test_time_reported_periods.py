"""time@31: classes read from eval/timex_pool's tuning part (t17, t67, t77, t78, t79, t82, t87), each
checked with invented sentences and a near miss that keeps its old reading: "the prior-year period" is
the quarter the report is about a year back; a bare weekday in a timeline that has stated its own week
("Sunday, May 1 ... 8 p.m. Sunday") is that week's; a yearless weekday-and-day takes the year the text
is speaking of when no year around the article's fits; "from 4 to 6 p.m." is one range of clock times."""

from __future__ import annotations

import pytest

from conftest import timex_values, timexes_of


# -- the prior-year period ---------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Second-quarter revenue rose 8% from the prior-year period.", "en", "the prior-year period", "2023-Q2"),
    ("Fiscal third quarter 2025 sales fell, against the same quarter a year ago.", "en",
     "the same quarter a year ago", "FY2024-Q3"),
    ("Le chiffre d'affaires du troisième trimestre progresse par rapport à la même période de l'an dernier.",
     "fr", "la même période de l'an dernier", "2023-Q3"),
])
def test_the_prior_year_period_is_the_reported_one_a_year_back(body: str, lang: str, text: str, value: str) -> None:
    assert timex_values(body, lang, "2024-10-24")[text] == value


def test_with_no_period_named_the_prior_year_period_is_the_year_before() -> None:
    assert timex_values("Sales were flat versus the prior-year period.", "en", "2024-10-24")[
        "the prior-year period"] == "2023"


def test_the_latest_period_named_is_the_reported_one() -> None:
    # the third quarter of fiscal 2024 is named as the comparison; the report is about fiscal 2025's
    got = timex_values("Sales in the fiscal third quarter 2025 were $1 billion, against $0.9 billion in the third "
                       "quarter of fiscal 2024. Units rose from the prior-year period.", "en", "2025-04-09")
    assert got["the prior-year period"] == "FY2024-Q3"


# -- a timeline's own week ---------------------------------------------------------------------------
TIMELINE = ("Here's a timeline:\n\nSunday, May 1\n\nCrews discover a fire.\n\n8 p.m. Sunday\n\nThe fire moves east."
            "\n\n3 a.m. Monday\n\nThe order is lifted.\n\nNoon Tuesday, May 3\n\nThe fire crosses the river."
            "\n\n2 p.m. Tuesday\n\nResidents receive notices.")


def test_a_weekday_after_the_day_it_was_stated_with_is_that_day() -> None:
    got = [(t.text, t.value) for t in timexes_of(TIMELINE, "en", "2016-05-28")]
    assert ("Sunday", "2016-05-01") in got and ("8 p.m.", "2016-05-01T20:00") in got
    assert ("Monday", "2016-05-02") in got and ("Tuesday", "2016-05-03") in got
    assert ("2 p.m.", "2016-05-03T14:00") in got


def test_a_listing_s_other_weekday_is_read_from_the_article_s_date() -> None:
    # near miss: another event of a listing, three days on, is the next such day after the article
    got = timex_values("Une soirée théâtre le jeudi 23 mai, à 20 h 30, à la salle polyvalente.\n\n"
                       "Les coureurs ont rendez-vous dimanche matin à Val-et-Châtillon.", "fr", "2002-05-11")
    assert got["dimanche matin"] == "2002-05-12TMO"


def test_a_weekday_near_a_stated_day_near_the_article_keeps_its_reading() -> None:
    # near miss: a stated day within a week of the article sets no week of its own
    got = timex_values("The trial opened Monday, Oct. 21. The jury returned on Tuesday.", "en", "2024-10-25")
    assert got["Tuesday"] == "2024-10-22"


# -- a yearless weekday and day in the year the text speaks of --------------------------------------
def test_a_weekday_and_day_take_the_year_the_text_speaks_of() -> None:
    got = timex_values("La reprise aura lieu le week-end des 13 et 14 janvier 2024, avant la dernière journée le "
                       "samedi 18 mai.", "fr", "2022-11-09")
    assert got["le samedi 18 mai"] == "2024-05-18"


def test_a_weekday_and_day_fitting_around_the_article_keep_that_year() -> None:
    got = timex_values("En 2019, le club avait chuté. La trêve commencera le mardi 19 décembre.", "fr", "2023-11-09")
    assert got["le mardi 19 décembre"] == "2023-12-19"


# -- a range of clock times --------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "text", "value"), [
    ("Visitation will be from 4 to 6 p.m. Thursday at the home.", "4 to 6 p.m.",
     "2020-10-22T16:00/2020-10-22T18:00"),
    ("The market is open from 10 to 2 p.m. on Thursday.", "10 to 2 p.m.", "2020-10-22T10:00/2020-10-22T14:00"),
])
def test_an_hour_before_to_and_a_clock_time_is_the_range_s_start(body: str, text: str, value: str) -> None:
    assert timex_values(body, "en", "2020-10-20")[text] == value


def test_an_amount_before_a_clock_time_is_no_clock() -> None:
    # near miss: a score or an amount is not the start of a range ("won 3-2", "$4 to 6 p.m." never)
    got = timex_values("The Reds won 3-2 on Thursday and fans stayed until 6 p.m.", "en", "2020-10-20")
    assert "3-2" not in got and got["6 p.m."].endswith("T18:00")


# -- a date restating the day beside it --------------------------------------------------------------
def test_a_yearless_date_restating_the_day_beside_it_takes_its_year() -> None:
    got = timex_values("The season begins Oct. 22. The following day, Oct. 23, boasts a slate highlighted by a "
                       "clash of MVPs at 7:30 p.m.", "en", "2024-08-16")
    assert got["Oct. 23"] == "2024-10-23" and got["7:30 p.m."] == "2024-10-23T19:30"


def test_a_date_beside_another_day_keeps_its_own_reading() -> None:
    # near miss: "Oct. 21" beside "last week" (a week, not a day) restates nothing; read as before
    got = timex_values("The deal closed last week, Oct. 21, officials said.", "en", "2024-10-30")
    assert got["Oct. 21"] == "2024-10-21"


# -- time@32: the prior-year period in its commonest wordings ----------------------------------------
@pytest.mark.parametrize(("body", "lang", "text", "value"), [
    ("Second-quarter revenue rose 8% from the same period last year.", "en", "the same period last year", "2023-Q2"),
    ("Second-quarter revenue rose 8% from the same quarter last year.", "en", "the same quarter last year",
     "2023-Q2"),
    ("Second-quarter revenue rose 8% from the same period the previous year.", "en",
     "the same period the previous year", "2023-Q2"),
    ("Second-quarter revenue rose 8% from the same period a year earlier.", "en", "the same period a year earlier",
     "2023-Q2"),
    ("Second-quarter revenue rose 8% from the year-earlier period.", "en", "the year-earlier period", "2023-Q2"),
    ("Le chiffre d'affaires du troisième trimestre progresse de 5 % sur la même période l'an dernier.", "fr",
     "la même période l'an dernier", "2023-Q3"),
    ("Le chiffre d'affaires du troisième trimestre progresse de 5 % sur la même période un an plus tôt.", "fr",
     "la même période un an plus tôt", "2023-Q3"),
])
def test_the_same_period_last_year_is_the_reported_period_a_year_back(body: str, lang: str, text: str,
                                                                      value: str) -> None:
    got = timex_values(body, lang, "2024-10-24")
    assert got[text] == value and "last year" not in got


def test_last_year_alone_is_still_the_year_before() -> None:
    # near miss: no "same period" before it, "last year" is the calendar year
    got = timex_values("Second-quarter revenue rose 8%, after a loss last year.", "en", "2024-10-24")
    assert got["last year"] == "2023"


# -- time@32: a range's first hour needs "from", "between" or a line's start -------------------------
@pytest.mark.parametrize(("body", "words", "clock"), [
    ("The road is closed on Route 9 to 5 p.m. on Thursday.", "9 to 5 p.m.", "5 p.m."),
    ("Doors at Gate 4 until 6 p.m. on Thursday.", "4 until 6 p.m.", "6 p.m."),
])
def test_a_number_after_a_word_is_no_range_start(body: str, words: str, clock: str) -> None:
    # a road's or a gate's number before "to" is no hour: the clock time stands alone
    got = timex_values(body, "en", "2020-10-20")
    assert words not in got and got[clock] == f"2020-10-22T{int(clock.split()[0]) + 12}:00"


def test_a_range_at_a_line_s_start_is_still_one() -> None:
    got = timex_values("Opening hours:\n9 to 5 p.m. on Thursday.", "en", "2020-10-20")
    assert got["9 to 5 p.m."] == "2020-10-22T09:00/2020-10-22T17:00"
