"""time@29: value classes of thirteen more unseen pages (eval/timex_pool t53-t65: council minutes,
business results, court reports), written as invented sentences, each with a near miss that keeps
its reading.  Every case marked "fails on time@28" gave another value (or none) there.
"""

from __future__ import annotations

import pytest

from conftest import timex_values as values


@pytest.mark.parametrize(("body", "published", "expected"), [
    # fails on time@28: the day in words was lost ("septembre" alone), and the clock time after it
    # went to the article's day
    ("L'an deux mille vingt, le dix sept septembre, à vingt et une heures, le Conseil Municipal s'est réuni.",
     "2020-10-12", {"le dix sept septembre": "2020-09-17", "vingt et une heures": "2020-09-17T21:00"}),
    ("Fait à Lyon, le trente et un mars.", "2025-04-12", {"le trente et un mars": "2025-03-31"}),
    ("Le vingt-deux juin, la séance a été levée.", "2025-07-12", {"Le vingt-deux juin": "2025-06-22"}),
    # near misses: a number word with no article nor weekday counts, it names no day; digits as before
    ("Les deux mai et juin ont été pluvieux.", "2025-07-12", {"mai": "2025-05", "juin": "2025-06"}),
    ("Le 17 septembre, le conseil s'est réuni.", "2020-10-12", {"Le 17 septembre": "2020-09-17"}),
])
def test_a_french_day_in_words_is_a_day(body: str, published: str, expected: dict[str, str]) -> None:
    assert values(body, "fr", published) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@28: "schedule" and its "for" were too far apart for the cue; the past put January behind
    ("The lawyer had asked the judge to schedule a trial for the first or second week of January.",
     {"January": "2006-01"}),
    # near misses: a cue already within reach (ahead on time@28 too); no schedule, the past tense
    # keeps this year's January
    ("The judge scheduled the sentencing of the three men for January.", {"January": "2006-01"}),
    ("The judge held a hearing in January.", {"January": "2005-01"}),
])
def test_a_scheduled_object_for_a_month_is_ahead(body: str, expected: dict[str, str]) -> None:
    assert values(body, "en", "2005-12-08") == expected


@pytest.mark.parametrize(("body", "lang", "published", "expected"), [
    # fails on time@28: a fiscal year named after the article's calendar year shows an offset year,
    # whose bare quarters are its own (and "its third quarter" was not tagged)
    ("The retailer cut its fiscal 2025 forecast after a loss in its third quarter. For the fourth quarter "
     "it expects a profit.", "en", "2024-11-27",
     {"fiscal 2025": "FY2025", "third quarter": "FY2025-Q3", "the fourth quarter": "FY2025-Q4"}),
    ("The retailer posted a loss in its third quarter.", "en", "2024-11-27", {"third quarter": "2024-Q3"}),
    # near misses: a fiscal year equal to the article's, a quarter before the fiscal year is named,
    # French "l'exercice" (every company's word): calendar quarters
    ("The company reported fiscal 2024 results. In the fourth quarter, sales rose.", "en", "2025-02-20",
     {"fiscal 2024": "FY2024", "the fourth quarter": "2024-Q4"}),
    ("Sales rose in the third quarter. The company cut its fiscal 2025 forecast.", "en", "2024-11-27",
     {"the third quarter": "2024-Q3", "fiscal 2025": "FY2025"}),
    ("Le groupe a relevé ses objectifs de l'exercice 2026. Au premier semestre, le chiffre d'affaires a "
     "progressé.", "fr", "2025-11-12", {"exercice 2026": "FY2026", "premier semestre": "2025-H1"}),
    ("It was a third quarter to forget.", "en", "2024-11-27", {}),
])
def test_quarters_of_an_offset_fiscal_year(body: str, lang: str, published: str, expected: dict[str, str]) -> None:
    assert values(body, lang, published) == expected
