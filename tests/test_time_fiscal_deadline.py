"""time@21: four classes of issue 17's value errors on news, each on invented sentences with near misses.

- Fiscal years ("FY 2019", "FY19", "fiscal 2020", "the 2018 fiscal year", "l'exercice 2019") are
  TimeML `FY2019`: a company's or a state's fiscal year, which need not be the calendar year.
- A weekday followed by its hour with no preposition ("jusqu'à jeudi 6 heures", "mardi 14h30") is
  one TIME, as "6h jeudi" already was; "6 heures" there is no duration.
- "during the month", "au cours de l'année" are the unit of the time last spoken of (else the
  article's), as "earlier in the month", "plus tôt dans l'année".
- "d'ici 2035": the article convention keeps the deadline alone; "ici" (now, the interval's start
  that TimeML marks) is a reference word the article gold does not annotate.
"""

from __future__ import annotations

from datetime import date

import pytest

from veille.stages.time.convention import article_convention
from veille.stages.time.tagger import tag

DCT = date(2024, 3, 14)  # a Thursday


def _values(text: str, lang: str) -> list[tuple[str, str]]:
    timexes, _ = tag(text, lang, DCT, DCT, intervals=False)
    return [(t.text, t.value) for t in timexes]


def _article(text: str, lang: str) -> list[tuple[str, str]]:
    timexes, _ = tag(text, lang, DCT, DCT, intervals=False)
    return [(t.text, t.value) for t in article_convention(text, timexes)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In FY 2019 the retailer reported a rise in revenue.", [("FY 2019", "FY2019")]),
    ("The board gave guidance for FY21 on Tuesday.", [("FY21", "FY2021"), ("Tuesday", "2024-03-12")]),
    ("Losses narrowed in fiscal 2022, the company said.", [("fiscal 2022", "FY2022")]),
    ("The agency's budget for fiscal year 2025 was cut.", [("fiscal year 2025", "FY2025")]),
    ("Sales fell in the 2023 fiscal year.", [("2023 fiscal year", "FY2023")]),
])
def test_english_fiscal_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fiscal policy tightened in 2022.", [("2022", "2022")]),  # "fiscal" not naming a year
    ("The FY figures for 2021 came out.", [("2021", "2021")]),  # "FY" with no year after it
])
def test_english_fiscal_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, "en") == expected


def test_french_fiscal_year_and_near_miss() -> None:
    assert _values("Sur l'exercice 2023, le groupe a doublé son bénéfice.", "fr") == [("exercice 2023", "FY2023")]
    assert _values("L'exercice budgétaire 2025 sera serré.", "fr") == [("exercice budgétaire 2025", "FY2025")]
    # A drill, not an accounting year: the year is not the exercise's name.
    assert _values("Un exercice militaire a eu lieu en 2023.", "fr") == [("2023", "2023")]


@pytest.mark.parametrize(("text", "expected"), [
    ("La vigilance orange est en vigueur jusqu'à jeudi 6 heures.", [("jeudi 6 heures", "2024-03-14T06:00")]),
    ("Les secours resteront mobilisés jusqu'à samedi 18h30.", [("samedi 18h30", "2024-03-16T18:30")]),
])
def test_weekday_then_hour_is_one_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, "fr") == expected


def test_weekday_then_hours_of_something_stay_a_duration() -> None:
    # "6 heures de plus", "6 heures d'affilée": an amount of hours after the weekday, not its clock.
    assert ("6 heures", "PT6H") in _values("La grève durera jeudi 6 heures de plus.", "fr")
    assert ("6 heures", "PT6H") in _values("Ils ont négocié mardi 6 heures d'affilée.", "fr")
    assert ("6 heures", "PT6H") in _values("Le débat a duré, jeudi, 6 heures.", "fr")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Stakeholders met the task force during the month.", "en", [("during the month", "2024-03")]),
    ("In 2010, sales fell during the year.", "en", [("2010", "2010"), ("during the year", "2010")]),
    ("Les syndicats ont rencontré le ministre au cours du mois.", "fr", [("au cours du mois", "2024-03")]),
    ("En 2010, les ventes ont chuté au cours de l'année.", "fr",
     [("2010", "2010"), ("au cours de l'année", "2010")]),
])
def test_during_the_unit_is_the_unit_spoken_of(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("They fasted during the month of Ramadan.", "en"),  # a named month follows
    ("Talks resumed during the week-long summit.", "en"),
    ("Les prix ont grimpé au cours des mois.", "fr"),  # a vague plural, no unit of the calendar
])
def test_during_the_unit_near_misses(text: str, lang: str) -> None:
    assert not any(v == "2024-03" or v.startswith("2024-W") for _, v in _values(text, lang))


def test_au_cours_du_mois_de_keeps_the_month() -> None:
    # A qualified unit keeps its own reading: the last week, last month, a school year.
    assert _values("Au cours de la semaine écoulée, les prix ont monté.", "fr") == [("la semaine écoulée", "2024-W10")]
    assert _values("Il a signé au cours du mois dernier.", "fr") == [("du mois dernier", "2024-02")]
    assert _values("Elle a redoublé au cours de l'année scolaire.", "fr") == []
    assert _values("Il est parti au cours du mois de mai.", "fr") == [("mois de mai", "2023-05")]  # past: last May


def test_from_now_to_a_deadline_is_the_deadline() -> None:
    text = "Les pays riches fourniront 300 milliards de dollars par an d'ici 2035."
    assert ("ici", "2024-03-14") in _values(text, "fr")  # the TimeML export keeps the interval's start
    assert [v for _, v in _article(text, "fr") if not v.startswith("P")] == ["2035"]
    assert _article("Le texte doit être voté d'ici à la fin de l'année.", "fr") == [("la fin de l'année", "2024")]


def test_jusqu_ici_is_untouched() -> None:
    # "jusqu'ici" (so far) is a reference word of its own, not the start of a span to a deadline.
    assert ("ici", "PRESENT_REF") in _article("Jusqu'ici, rien n'a changé en 2024.", "fr")


@pytest.mark.parametrize(("text", "expected"), [
    ("Q4 2023 results beat estimates.", [("Q4 2023", "2023-Q4")]),
    ("Sales in Q3 of 2023 fell.", [("Q3 of 2023", "2023-Q3")]),
    ("In Q2, revenue rose.", [("Q2", "2023-Q2")]),
    ("H1 2024 revenue rose.", [("H1 2024", "2024-H1")]),
    ("The firm posted first-quarter results.", [("first-quarter", "2024-Q1")]),
    ("Its fourth-quarter net profit doubled.", [("fourth-quarter", "2023-Q4")]),
])
def test_english_quarters_as_companies_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, "en") == expected


@pytest.mark.parametrize("text", [
    "He scored a first-half goal.",  # a match's half
    "a fourth-quarter touchdown sealed it",  # a match's quarter
    "The Audi Q3 is popular.",  # a car
    "H2 production rose.",  # hydrogen, and a half needs its year
    "the q3 of the report",  # lowercase: no abbreviation
])
def test_english_quarter_near_misses(text: str) -> None:
    assert _values(text, "en") == []


def test_desormais_is_a_reference_word_in_the_article_convention() -> None:
    # The TimeML export values "désormais" in a present clause as the article's date (the French
    # TimeBank's marking); one stated time each, it names no date: PRESENT_REF.
    text = "La dissolution est désormais une obligation."
    assert _values(text, "fr") == [("désormais", "2024-03-14")]
    assert _article(text, "fr") == [("désormais", "PRESENT_REF")]
    # Near miss: a date stated in the same clause keeps its value.
    assert _article("Le musée est désormais ouvert le 3 mai.", "fr")[-1] == ("le 3 mai", "2024-05-03")
