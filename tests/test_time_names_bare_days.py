"""time@30: value classes of twelve more unseen pages (eval/timex_pool t66-t77: fixtures, cabinet
calendars, results), written as invented sentences, each with a near miss that keeps its reading.
Every case marked "fails on time@29" gave another value (or none) there.
"""

from __future__ import annotations

import pytest

from conftest import timex_values as values


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@29: "United" was read as a preterite, so the present's days went back a week
    ("Leeds United are the only side playing on Sunday.", {"Sunday": "2025-03-16"}),
    ("The derby takes place on Monday night when Dundee United visit the capital.",
     {"Monday night": "2025-03-17TNI"}),
    # near misses: a preterite in lower case, and a line in title case, keep the past
    ("Leeds United played on Sunday.", {"Sunday": "2025-03-09"}),
    ("Police Arrested Two Men On Monday.", {"Monday": "2025-03-10"}),
])
def test_a_capitalised_word_inside_the_sentence_is_a_name_not_a_preterite(body: str, expected: dict[str, str]) -> None:
    assert values(body, "en", "2025-03-15") == expected  # a Saturday


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fails on time@29: XXXX-02-30 and XXXX-04-31, values no calendar holds
    ("Le trente février, rien ne s'est passé.", "fr", {"février": "2025-02"}),
    ("On April 31 nothing happened.", "en", {"April": "2025-04"}),
    # near misses: the last day of the month, and a 29 February of a year that has none (kept, unresolved)
    ("Le 30 avril, rien ne s'est passé.", "fr", {"Le 30 avril": "2025-04-30"}),
    ("Le 29 février 2025 n'existe pas.", "fr", {"Le 29 février 2025": "XXXX-02-29"}),
])
def test_a_day_no_month_has_is_no_date(body: str, lang: str, expected: dict[str, str]) -> None:
    assert values(body, lang, "2025-06-10") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@29: "le 25" after a day and its month was no date
    ("Le texte de la Justice passera le 18 avril, celui du Travail le 25.",
     {"le 18 avril": "2025-04-18", "25": "2025-04-25"}),
    ("Arrivé le 3 mars, il est reparti le 14 et revenu le 28.",
     {"le 3 mars": "2025-03-03", "14": "2025-03-14", "28": "2025-03-28"}),
    # near misses: a number one dials, a number before a noun; (time@51) with no date with its month
    # before, a "le 25" its verb places ahead is the next 25th (`normalise._told_ahead`; was {} on time@30-50),
    # a past one stays untagged
    ("Le texte du Travail passera le 25.", {"25": "2025-03-25"}),
    ("Le texte du Travail est passé le 25.", {}),
    ("Le 3 mars, il a dû composer le 15.", {"Le 3 mars": "2025-03-03"}),
    ("Le 3 mars, le 25 candidats se sont présentés.", {"Le 3 mars": "2025-03-03"}),
])
def test_a_french_bare_day_after_a_date_is_in_its_month(body: str, expected: dict[str, str]) -> None:
    assert values(body, "fr", "2025-03-01") == expected


def test_a_fiscal_year_ahead_of_the_calendar_ends_with_its_company() -> None:
    body = ("Guess? cut its fiscal 2025 forecast after a loss in its third quarter.\n\n"
            "Looking ahead to the fourth quarter, Guess? expects a profit.\n\n"
            "Elsewhere, Target reported a loss in the third quarter, and Walmart gained.")
    # fails on time@29: Target's quarter was Guess?'s fiscal one (FY2025-Q3)
    assert values(body, "en", "2024-11-27") == {"fiscal 2025": "FY2025", "third quarter": "FY2025-Q3",
                                                "the fourth quarter": "FY2025-Q4", "the third quarter": "2024-Q3"}
    # near miss: a paragraph naming no one ("The company") is still the company's
    body = ("Guess? cut its fiscal 2025 forecast after a loss in its third quarter.\n\n"
            "The company expects a profit in the fourth quarter.")
    assert values(body, "en", "2024-11-27") == {"fiscal 2025": "FY2025", "third quarter": "FY2025-Q3",
                                                "the fourth quarter": "FY2025-Q4"}


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@29: an indefinite article and a judgement made the quarter no particular one
    ("Nokia delivered a strong second quarter, driven by 5G demand.", {"second quarter": "2019-Q2"}),
    ("Le groupe a signé un solide premier semestre, porté par ses ventes.", {"premier semestre": "2019-H1"}),
    # near misses: a match's quarter, and "a second" before a quarter, which is no duration of one second
    ("The Lakers had a strong fourth quarter and won.", {}),
    ("Nokia delivered a second quarter of growth in sales.", {}),
])
def test_a_judged_quarter_of_a_business_report_is_the_reported_one(body: str, expected: dict[str, str]) -> None:
    lang = "fr" if "groupe" in body else "en"
    assert values(body, lang, "2019-07-25") == expected
