"""time@50 (issue 17): three classes of the language, from invented sentences.

An English month-day range's first day keeps its own month ("from May 3 to June 9": main read "May" as
the weekday of "lundi 11 au vendredi 15 mars" and gave it June's); a year that opens its sentence as a
frame ("En 2019, ...", "In 2019, ...") is the year of the yearless months and days of that sentence,
however near the same month of the article's year; a clock time written in the military style of wire
copy with its zone ("1830 GMT") is a clock time, not the year 1830, and a clock time before a
parenthesised conversion ("at 2:30 p.m. (1830 GMT) on Sunday") is on the day said after it.
Articles are published on Tuesday 2 April 2024 unless said otherwise.
"""

from __future__ import annotations

import pytest

from conftest import timex_values

PUBLISHED = "2024-04-02"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@49: the first day in the second one's month (2024-06-03/2024-06-09)
    ("en", "The exhibition runs from May 3 to June 9.", "May 3 to June 9", "2024-05-03/2024-06-09"),
    ("en", "The exhibition ran from January 3 to March 9.", "January 3 to March 9", "2024-01-03/2024-03-09"),
    ("en", "From April 3 until June 9, the road will be closed.", "April 3 until June 9", "2024-04-03/2024-06-09"),
    # near misses: a first day said without its month still takes the second one's ("lundi 11"), and
    # the month before when its day comes after the second's
    ("fr", "Le salon se tiendra du lundi 11 au vendredi 15 novembre.", "lundi 11 au vendredi 15 novembre",
     "2024-11-11/2024-11-15"),
    ("fr", "Les soldes ont eu lieu du 28 au 3 mars.", "28 au 3 mars", "2024-02-28/2024-03-03"),
    ("en", "The festival runs May 3-9.", "May 3-9", "2024-05-03/2024-05-09"),
    ("fr", "L'exposition se tiendra du 3 mai au 9 juin.", "3 mai au 9 juin", "2024-05-03/2024-06-09"),
])
def test_a_range_first_day_keeps_its_month(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@49: the article's March (2024-03, 2024-03-12), near the article's date
    ("en", "In 2019, the company opened a plant in March.", "March", "2019-03"),
    ("fr", "En 2019, l'entreprise a ouvert une usine en mars.", "mars", "2019-03"),
    ("en", "In 2019, he was arrested on March 12.", "March 12", "2019-03-12"),
    ("fr", "En 2019, il a été arrêté le 12 mars.", "le 12 mars", "2019-03-12"),
    ("en", "In 2023, inflation reached 5% in February.", "February", "2023-02"),
    ("fr", "Au cours de l'année 2021, la banque a relevé ses taux en février.", "février", "2021-02"),
])
def test_a_fronted_year_frames_its_sentence(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # near misses: a year after the verb sets a recent month against it; a year in the sentence before
    # does not frame the next one; a fronted year without its comma is no frame adverbial
    ("en", "Inflation reached 5% in 2023 and fell to 3% in March.", "March", "2024-03"),
    ("fr", "L'inflation a atteint 5 % en 2023 et est retombée à 3 % en mars.", "mars", "2024-03"),
    ("fr", "En 2019, il a été arrêté. Il a été libéré en mars.", "mars", "2024-03"),
    ("en", "The company was founded in 2015. In March, it opened its first store.", "March", "2024-03"),
    # a clause set against the frame, or after a semicolon, speaks of the present again
    ("fr", "En 2023, l'inflation a atteint 5 %, mais elle est retombée à 3 % en mars.", "mars", "2024-03"),
    ("en", "In 2023, inflation reached 5%, but it fell to 3% in March.", "March", "2024-03"),
    ("en", "In 2023, inflation reached 5%; it fell to 3% in March.", "March", "2024-03"),
    ("fr", "En 2023, le chômage a baissé, alors qu'il a augmenté en mars.", "mars", "2024-03"),
    # a starting point is no frame
    ("fr", "Depuis 2019, l'usine a fermé en mars.", "mars", "2024-03"),
    # a month that lies after the article stays its text year's, as before
    ("en", "In 2019, the company opened a plant in March and closed it in October.", "October", "2019-10"),
])
def test_no_frame_without_a_fronted_year(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


def test_a_clock_time_with_its_zone_in_the_military_style() -> None:
    # fail on time@49: "1830" a DATE 1830, and "2:30 p.m." on the article's day
    got = timex_values("The quake struck at 2:30 p.m. local time (1830 GMT) on Sunday.", "en", PUBLISHED)
    assert got == {"2:30 p.m. local time": "2024-03-31T14:30", "1830 GMT": "2024-03-31T18:30",
                   "Sunday": "2024-03-31"}
    assert timex_values("Polls close at 0800 GMT.", "en", PUBLISHED) == {"0800 GMT": "2024-04-02T08:00"}
    got = timex_values("The deal signed on Monday set a ceasefire by 1530 local time (1330 GMT).", "en", PUBLISHED)
    assert got["1530 local time"] == "2024-04-01T15:30" and got["1330 GMT"] == "2024-04-01T13:30"
    got = timex_values("The quake struck on Sunday at 2:30 p.m. (1830 GMT).", "en", PUBLISHED)
    assert got["1830 GMT"] == "2024-03-31T18:30"


def test_near_misses_of_the_military_clock() -> None:
    # a four-digit number without a zone is still a year, and not an hour past 23:59
    assert timex_values("The bridge was built in 1830.", "en", PUBLISHED) == {"1830": "1830"}
    assert "2460 GMT" not in timex_values("The index stood at 2460 GMT.", "en", PUBLISHED)
    # a parenthesis that holds no clock time moves no clock time to the day after it
    got = timex_values("The shop opens at 9 a.m. (see below) and the sale starts on Sunday.", "en", PUBLISHED)
    assert got.get("9 a.m.") == "2024-04-02T09:00"


@pytest.mark.parametrize(("body", "text", "expected"), [
    # fail on time@49: the first end on the article's day (2024-04-02T09:00) when no "from" opens the range
    ("The meeting is set for 9 a.m. to noon on Thursday.", "9 a.m.", "2024-04-04T09:00"),
    ("The office will be open 9 a.m. to 5 p.m. Thursday.", "9 a.m.", "2024-04-04T09:00"),
    # as before, after "from"
    ("Voting runs from 7 a.m. to 8 p.m. on Thursday.", "7 a.m.", "2024-04-04T07:00"),
])
def test_a_range_of_two_clock_times_is_on_the_day_after_it(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "en", PUBLISHED).get(text) == expected


def test_near_misses_of_the_clock_range_day() -> None:
    # a bare number before "to" is no clock time ("Route 9"); a clock time apart from the range keeps its day
    assert "Route 9" not in timex_values("Take Route 9 to 5 p.m. on Thursday.", "en", PUBLISHED)
    got = timex_values("The talks began at 9 a.m. The vote is set for 5 p.m. on Thursday.", "en", PUBLISHED)
    assert got["9 a.m."] == "2024-04-02T09:00"


@pytest.mark.parametrize(("lang", "published", "body", "text", "expected"), [
    # fail on time@49: the half or quarter still running (2024-H1, 2024-Q2), which the past cannot report
    ("fr", "2024-03-20", "Au premier semestre, le chiffre d'affaires a progressé de 5 %.", "premier semestre",
     "2023-H1"),
    ("fr", "2024-05-20", "Au deuxième trimestre, le chiffre d'affaires a progressé de 5 %.", "deuxième trimestre",
     "2023-Q2"),
    ("en", "2024-02-10", "In the first half, revenue rose 5%.", "the first half", "2023-H1"),
    # near misses: a period just ended, or told ahead, or still running by the sentence's words, or
    # a modifier of a noun ("a fourth-quarter outlook") stays the article's year's
    ("fr", "2024-07-20", "Au premier semestre, le chiffre d'affaires a progressé de 5 %.", "premier semestre",
     "2024-H1"),
    ("fr", "2024-03-20", "Au premier trimestre, le chiffre d'affaires a progressé de 5 %.", "premier trimestre",
     "2024-Q1"),
    ("en", "2024-02-10", "In the first half, revenue will rise 5%.", "the first half", "2024-H1"),
    ("fr", "2024-01-25", "Au premier trimestre, la Bourse a déjà gagné 5 %.", "premier trimestre", "2024-Q1"),
    ("en", "2024-02-10", "So far in the first quarter, shares have gained 5%.", "the first quarter", "2024-Q1"),
    ("en", "2024-10-25", "Late Thursday, the company issued a fourth-quarter earnings outlook.", "fourth-quarter",
     "2024-Q4"),
])
def test_a_half_or_quarter_told_in_the_past_has_ended(lang: str, published: str, body: str, text: str,
                                                      expected: str) -> None:
    assert timex_values(body, lang, published).get(text) == expected


@pytest.mark.parametrize("body", [
    # fail on time@49: a match's half or quarter valued as the year's (2024-H1, 2024-Q4)
    "They got their two goals early in the first half through Machope.",
    "The Celtics scored 30 points in the fourth quarter.",
    "The Reds dominated the first half with 10 shots, four of which were on target.",
    "The hosts had the better of the first half as Real began slowly.",
])
def test_a_match_half_is_no_half_of_the_year(body: str) -> None:
    assert not any("-H" in v or "-Q" in v for v in timex_values(body, "en", PUBLISHED).values())


def test_near_misses_of_the_match_half() -> None:
    # a report's half keeps its value; a year or a fiscal year named with it keeps it whatever the words
    assert timex_values("Revenue rose 5% in the first half.", "en", "2024-08-10") == {"the first half": "2024-H1"}
    assert timex_values("The club's revenue rose in the first half of 2023, after the match-day income grew.",
                        "en", PUBLISHED) == {"the first half of 2023": "2023-H1"}
    assert timex_values("Le PSG a marqué deux buts au premier semestre.", "fr", "2024-08-10") == {
        "premier semestre": "2024-H1"}


@pytest.mark.parametrize(("body", "text", "expected"), [
    # fail on time@49: English "was"/"were" as the main verb told no past (2024-12, 2024-Q4 told in May)
    ("December was the warmest month on record.", "December", "2023-12"),
    ("The fourth quarter was strong.", "The fourth quarter", "2023-Q4"),
])
def test_the_past_of_be_tells_a_past(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "en", "2024-05-10").get(text) == expected


def test_near_misses_of_the_past_of_be() -> None:
    # a past plan ("was expected", "were due to") and a future stay as they were; "were" before "-ing" as before
    assert timex_values("Rainbands were already beginning to move ashore Wednesday afternoon.", "en",
                        "2024-05-10") == {"Wednesday afternoon": "2024-05-08TAF"}
    assert timex_values("September will be busy.", "en", "2024-05-10") == {"September": "2024-09"}
    assert timex_values("The minister was expected in Paris on Monday.", "en", "2024-05-10") == {
        "Monday": "2024-05-06"}
