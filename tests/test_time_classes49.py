"""time@49 (issue 17): five classes of the language, from invented sentences.

A quarter or half "of next year" / "de l'année prochaine" is one TIMEX3 in the year the deictic names (not
the quarter the tense picks beside a second timex "next year"); a span of weekdays ("du lundi au mercredi",
"from Monday to Wednesday") runs forward from its first day, and told in the past with its end still to come
it is the span gone; the small hours of a night named by its two days ("la nuit de mercredi à jeudi") told
after it are the second day's; French "ce jeudi, 21 heures" is a clock time, not an amount of 21 hours; and
"the last weekend of April", "le premier week-end de juin" are that weekend, not the month.
Articles are published on Tuesday 2 April 2024 unless said otherwise.
"""

from __future__ import annotations

import pytest

from conftest import timex_values

PUBLISHED = "2024-04-02"


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@48: "the third quarter" 2024-Q3 and "next year" 2025 apart
    ("en", "Output should rise in the third quarter of next year.", "the third quarter of next year", "2025-Q3"),
    ("en", "The plant will open in the first half of next year.", "the first half of next year", "2025-H1"),
    ("en", "Sales fell in the fourth quarter of last year.", "the fourth quarter of last year", "2023-Q4"),
    ("en", "Profits rose in the first quarter of this year.", "the first quarter of this year", "2024-Q1"),
    ("fr", "La production augmentera au troisième trimestre de l'année prochaine.",
     "troisième trimestre de l'année prochaine", "2025-Q3"),
    ("fr", "Les ventes ont baissé au quatrième trimestre de l'an dernier.",
     "quatrième trimestre de l'an dernier", "2023-Q4"),
    ("fr", "L'usine a fermé au second semestre de l'année écoulée.", "second semestre de l'année écoulée",
     "2023-H2"),
    ("fr", "Les bénéfices ont augmenté au premier trimestre de cette année.",
     "premier trimestre de cette année", "2024-Q1"),
])
def test_a_part_of_the_year_of_a_deictic_year(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


def test_near_misses_of_the_part_of_a_year() -> None:
    # the year counted from the narrative ("l'année suivante") is not the article's next year: two timexes
    got = timex_values("Au premier trimestre de l'année suivante, les ventes ont chuté.", "fr", PUBLISHED)
    assert "premier trimestre de l'année suivante" not in got and got.get("l'année suivante") is not None
    # a year written in digits, as before
    assert timex_values("The merger should close in the second quarter of 2025.", "en", PUBLISHED) == {
        "the second quarter of 2025": "2025-Q2"}
    # a match's half is no part of a year
    assert timex_values("He scored in the second half of last night's game.", "en", PUBLISHED) == {
        "last night": "2024-04-01TNI"}


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@48: the end before the start (2024-04-08/2024-04-03, 2024-04-01/2024-03-27)
    ("fr", "Les manifestations se poursuivront du lundi au mercredi.", "lundi au mercredi",
     "2024-04-08/2024-04-10"),
    ("en", "The museum will be closed from Monday to Wednesday.", "Monday to Wednesday", "2024-04-08/2024-04-10"),
    ("fr", "Les manifestants ont bloqué le port du lundi au mercredi.", "lundi au mercredi",
     "2024-03-25/2024-03-27"),
    ("en", "Protesters blocked the port from Monday to Wednesday.", "Monday to Wednesday",
     "2024-03-25/2024-03-27"),
    # near misses: a past span already over stays where it was; a span to come already in order
    ("en", "Protesters blocked the port from Saturday to Monday.", "Saturday to Monday", "2024-03-30/2024-04-01"),
    ("fr", "Le musée sera fermé de vendredi à dimanche.", "vendredi à dimanche", "2024-04-05/2024-04-07"),
])
def test_a_span_of_weekdays_runs_forward(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


def test_a_past_span_ended_before_the_article_does_not_move() -> None:
    # told on Friday 5 April, Monday 1 to Wednesday 3 is over: nothing moves a week back
    assert timex_values("Les manifestants ont bloqué le port du lundi au mercredi.", "fr", "2024-04-05") == {
        "lundi au mercredi": "2024-04-01/2024-04-03"}


def test_coordinated_past_weekdays_are_no_span() -> None:
    # "lundi et mercredi" told in the past: two days gone (time@37's coordination), no span moved
    assert timex_values("Il a plu lundi et mercredi.", "fr", PUBLISHED) == {
        "lundi": "2024-04-01", "mercredi": "2024-03-27"}


@pytest.mark.parametrize(("body", "text", "expected"), [
    # fail on time@48: the night's first day (the weekday "unsure" rule of "la nuit de mardi")
    ("Dans la nuit de mercredi à jeudi, un incendie a éclaté vers 2 heures.", "2 heures", "2024-04-04T02:00"),
    ("Dans la nuit de mercredi à jeudi, un incendie a éclaté. Les pompiers sont arrivés à 2h15.", "2h15",
     "2024-04-04T02:15"),
    # already right: the clock beside the night
    ("Dans la nuit de mercredi à jeudi, vers 2 heures, un incendie a éclaté.", "2 heures", "2024-04-04T02:00"),
    # near misses: an evening hour stays on the first day; "la nuit de mardi" alone is unsure, kept
    ("Dans la nuit de mercredi à jeudi, un incendie a éclaté vers 23 heures.", "23 heures", "2024-04-03T23:00"),
    ("Dans la nuit de mercredi, un incendie a éclaté vers 2 heures.", "2 heures", "2024-04-03T02:00"),
])
def test_the_small_hours_of_a_night_of_two_days(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "fr", "2024-04-05").get(text) == expected


@pytest.mark.parametrize(("body", "text", "expected", "kind"), [
    # fail on time@48: the amount PT21H
    ("Le palais ouvrira ses portes à partir de ce jeudi, 21 heures, pour les condoléances.", "21 heures",
     "2024-04-04T21:00", "TIME"),
    ("Le cortège partira ce dimanche, 10 heures, de la mairie.", "10 heures", "2024-04-07T10:00", "TIME"),
    # with no demonstrative the comma may set off a day inside a clause of lasting: left to the amount
    ("Le débat a duré, jeudi, 6 heures.", "6 heures", "PT6H", "DURATION"),
    # near misses: an amount after the comma stays one
    ("Il a été placé en garde à vue ce mercredi, 21 heures durant.", "21 heures", "PT21H", "DURATION"),
    ("Ce jeudi, 21 heures de garde à vue ont suffi.", "21 heures", "PT21H", "DURATION"),
])
def test_a_clock_time_after_a_weekday_and_a_comma(body: str, text: str, expected: str, kind: str) -> None:
    from conftest import timexes_of

    got = {t.text: (t.value, t.type) for t in timexes_of(body, "fr", PUBLISHED)}
    assert got.get(text) == (expected, kind)


@pytest.mark.parametrize(("lang", "body", "text", "expected"), [
    # fail on time@48: "April" alone (2024-04), the weekend lost
    ("en", "The festival takes place on the last weekend of April.", "the last weekend of April",
     "2024-04-27/2024-04-28"),
    ("en", "The fair is held the first weekend in June.", "the first weekend in June", "2024-06-01/2024-06-02"),
    ("fr", "Le festival aura lieu le dernier week-end d'avril.", "le dernier week-end d'avril",
     "2024-04-27/2024-04-28"),
    ("fr", "La foire se tiendra le premier weekend de juin.", "le premier weekend de juin", "2024-06-01/2024-06-02"),
    # near miss: the n-th weekday of a month as before
    ("en", "The festival takes place on the last Sunday of April.", "the last Sunday of April", "2024-04-28"),
])
def test_the_nth_weekend_of_a_month(lang: str, body: str, text: str, expected: str) -> None:
    assert timex_values(body, lang, PUBLISHED).get(text) == expected


def test_the_nth_weekend_in_timeml_is_its_week() -> None:
    # the TimeBank's convention (no article convention): TimeML's weekend of the ISO week
    from datetime import date

    from veille.stages.time.tagger import tag

    timexes, _ = tag("Le festival aura lieu le dernier week-end d'avril.", "fr", date(2024, 4, 2), date(2024, 4, 2),
                     intervals=False)
    assert [(t.text, t.value) for t in timexes] == [("le dernier week-end d'avril", "2024-W17-WE")]
