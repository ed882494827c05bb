"""time@43 (issue 17): clock times said with a fraction of the hour.

English says a clock time with its fraction of the hour ("half past
eight", "a quarter to ten", "quarter past 10 p.m."): one TIME, and "a quarter" next to a clock is no
three-month duration.  French "minuit et quart" after a given evening is the next day's small hours (time@42
already read it so: tests of the class the issue names, with a near miss).
"""

from __future__ import annotations

import pytest

from conftest import timex_values


@pytest.mark.parametrize(("body", "expected"), [
    # fail on time@42: nothing ("half past eight"), P3M ("a quarter")
    ("Police arrived on Saturday at half past eight.", {"Saturday": "2024-03-09", "half past eight": "2024-03-09T08:30"}),
    ("The hearing opens at a quarter to ten on Monday.", {"a quarter to ten": "2024-03-11T09:45"}),
    ("He left at quarter past 10 p.m. on Saturday.", {"quarter past 10 p.m.": "2024-03-09T22:15"}),
    ("The fire was reported at half past eight in the evening.", {"half past eight in the evening": "2024-03-11T20:30"}),
    ("On Saturday evening, at a quarter past midnight, police arrived.",
     {"a quarter past midnight": "2024-03-10T00:15"}),
    # near misses: a quarter of a year or of a count is no clock time
    ("Sales fell by a quarter to 10 percent of the market.", {"a quarter to 10 percent": None}),
    ("Profits rose in the quarter to March.", {"the quarter to March": None}),
])
def test_an_english_clock_time_with_a_fraction_of_the_hour(body: str, expected: dict[str, str | None]) -> None:
    got = timex_values(body, "en", "2024-03-11")
    assert {k: got.get(k) for k in expected} == expected
    assert "P3M" not in {v for k, v in got.items() if "half past" in k or "quarter past" in k or "quarter to ten" in k}


@pytest.mark.parametrize(("body", "text", "expected"), [
    ("Samedi soir, vers minuit et quart, un incendie s'est déclaré.", "minuit et quart", "2024-03-10T00:15"),
    ("Samedi vers 22 heures, la police est intervenue. À minuit et quart, le suspect a été arrêté.",
     "minuit et quart", "2024-03-10T00:15"),
    ("Dans la nuit de samedi à dimanche, vers minuit et demi, un incendie s'est déclaré.", "minuit et demi",
     "2024-03-10T00:30"),
    # near miss: no evening before it, the small hours of the day named
    ("Samedi matin, à minuit et quart, un incendie s'est déclaré.", "Samedi matin, à minuit et quart",
     "2024-03-09T00:15"),
])
def test_french_quarter_past_midnight_after_an_evening_is_the_next_day(body: str, text: str, expected: str) -> None:
    assert timex_values(body, "fr", "2024-03-11").get(text) == expected
