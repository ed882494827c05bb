"""time@36: the review of time@35's rules, each over-firing written as invented sentences that failed on
time@35, beside a near miss that keeps what time@35 mended (`tests/test_time_review_probes.py`).
"""

from __future__ import annotations

import pytest

from conftest import timex_values as values


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fails on time@35: a sentence opening with the count went back from the year before the count
    # that reached the present (2013, before the founding; 2019)
    ("The company was founded in 2015. A decade later, it is worth billions. Two years earlier it nearly went "
     "bankrupt.", "en", {"Two years earlier": "2023"}),
    ("En 2021, il est mis en examen. Quatre ans plus tard, le procès s'ouvre. Deux ans plus tôt, la cour "
     "avait refusé de l'entendre.", "fr", {"Deux ans plus tôt": "2023"}),
    # near misses: after a participle the count still dates the story's past event
    ("En 2021, il est mis en examen. Quatre ans plus tard, le procès s'ouvre, pour des faits commis deux ans "
     "plus tôt.", "fr", {"deux ans plus tôt": "2019"}),
    ("The company was founded in 2015. A decade later, it is sued over a loan signed two years earlier.", "en",
     {"two years earlier": "2013"}),
])
def test_earlier_opening_a_sentence_counts_from_the_time_last_told(body: str, lang: str,
                                                                   expected: dict[str, str]) -> None:
    got = values(body, lang, "2025-06-02")
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@35: a verb of lasting made the first end an amount (PT9H) and left the second a clock
    # time, or made both amounts
    ("La séance a duré de 9 heures à 17 heures.", {"9 heures": "2025-03-12T09:00", "17 heures": "2025-03-12T17:00"}),
    ("L'audience, qui a duré de 14 heures à 23 heures, a été suspendue.",
     {"14 heures": "2025-03-12T14:00", "23 heures": "2025-03-12T23:00"}),
    ("Le scrutin durera de 8 heures à 20 heures.", {"8 heures": "2025-03-12T08:00", "20 heures": "2025-03-12T20:00"}),
    ("Le service a duré de 14 à 18 heures mardi.", {"14 à 18 heures": "2025-03-11T14:00/2025-03-11T18:00"}),
    ("Les manifestants ont patienté de 9 à 11 heures.", {"9 à 11 heures": "2025-03-12T09:00/2025-03-12T11:00"}),
    # fails on time@34 and time@35: an hour before "midi" or "minuit" ends no clock range
    ("Les habitants ont attendu de 10 heures à midi.", {"10 heures": "2025-03-12T10:00", "midi": "2025-03-12T12:00"}),
])
def test_de_to_is_a_clock_range_whatever_the_verb(body: str, expected: dict[str, str]) -> None:
    got = values(body, "fr", "2025-03-12")  # a Wednesday
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("body", [
    # fails on time@35: "8 heures" was 08:00
    "Il a travaillé entre 6 et 8 heures par jour.",
    # near misses (amounts on time@35 too): hours per night, of sleeping and of delay
    "Ils dorment de 6 à 8 heures par nuit.",
    "Il a dormi entre 6 et 8 heures cette semaine.",
    "Le train a eu entre 2 et 3 heures de retard.",
])
def test_hours_per_day_or_of_delay_are_amounts(body: str) -> None:
    assert not [v for v in values(body, "fr", "2025-03-12").values() if "T0" in v]


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@35: one fiscal year (FY2023) for two
    ("Les exercices 2022-2023 ont été difficiles.", {"2022-2023": "2022/2023"}),
    # near miss: one fiscal year split over two calendar years stays one FY
    ("Le chiffre d'affaires de l'exercice 2022/2023 progresse.", {"exercice 2022/2023": "FY2023"}),
])
def test_plural_fiscal_years_are_no_one_fiscal_year(body: str, expected: dict[str, str]) -> None:
    assert values(body, "fr", "2024-03-13") == expected


def test_c_est_a_dire_restates_the_date_before_it() -> None:
    # (the comment of tagger._APPOSITION named "that is", which restated nothing: English "the day before
    # the vote" is counted from the date; the French forms it names do restate it)
    assert values("Il a démissionné le 3 mars, c'est-à-dire la veille du vote.", "fr", "2025-03-12") == {
        "le 3 mars": "2025-03-03", "la veille": "2025-03-03"}
