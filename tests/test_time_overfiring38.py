"""time@38: over-firing of time@37's rules found by review (rev29), written as invented sentences with
the reading the language gives: a set in a relative clause does not own the main clause's clock time;
"today"/"aujourd'hui" of nowadays and a habit in a reported clause anchor no bare part of the day; a
French narrative present (a report, an account) does not send a weekday into the next week.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import parsed_timex_values, timexes_of
from conftest import timex_values as values

WEDNESDAY = "2025-03-12"


@pytest.mark.parametrize(("body", "lang", "clocks"), [
    # fails on time@37: the relative clause's set took the main clause's clock time
    ("The president, who meets reporters weekly, will speak at 3 p.m. on the budget.", "en", {"3 p.m.": "TIME"}),
    ("Le maire, qui reçoit les élus chaque semaine, parlera à 15 heures du budget.", "fr",
     {"15 heures": "TIME"}),
    # fails on time@37: "daily" before "from": the hours are the set's
    ("The store opens daily from 9 a.m. to 5 p.m.", "en", {"9 a.m.": "SET", "5 p.m.": "SET"}),
    # near misses kept: the set and its hours in one clause; an adjective of a noun
    ("The museum opens every Saturday at 8 p.m.", "en", {"8 p.m.": "SET"}),
    ("The daily briefing starts at 10 a.m.", "en", {"10 a.m.": "TIME"}),
])
def test_a_set_owns_only_its_own_clauses_clock_times(body: str, lang: str, clocks: dict[str, str]) -> None:
    got = {t.text: t for t in timexes_of(body, lang, WEDNESDAY)}
    assert {k: got[k].type for k in clocks} == clocks
    if clocks.get("3 p.m.") == "TIME":
        assert got["3 p.m."].value == "2025-03-12T15:00"


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fails on time@37: nowadays' "today" and a habit reported after "que" anchored to one day
    ("Today, many young people work at night in the city.", "en", {"night": None}),
    ("Aujourd'hui, les jeunes sortent le soir dans le centre-ville.", "fr", {"le soir": None}),
    ("Hier, le ministre a rappelé que les commerces ferment le soir à 20 heures.", "fr", {"le soir": None}),
    ("Yesterday, the mayor said that shops close at night.", "en", {"night": None}),
    # near misses kept: a day in the same clause
    ("Mardi, il est arrivé à Toulouse le soir.", "fr", {"le soir": "2025-03-11TEV"}),
    ("Rain is expected Thursday, mostly at night.", "en", {"night": "2025-03-13TNI"}),
])
def test_a_bare_part_of_the_day_needs_a_day_in_its_clause(body: str, lang: str,
                                                          expected: dict[str, str | None]) -> None:
    got = values(body, lang, WEDNESDAY)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@37: a narrative present (an account, a report) sent the weekday to the next week
    ("Selon le parquet, le suspect reconnaît lundi les faits devant les enquêteurs.", {"lundi": "2025-03-10"}),
    ("Il dort dimanche dans sa voiture, raconte-t-il aux enquêteurs.", {"dimanche": "2025-03-09"}),
    # near misses kept: verbs of an agenda in the present look ahead
    ("Le président reçoit mardi les syndicats.", {"mardi": "2025-03-18"}),
    ("Le marché ouvre dimanche.", {"dimanche": "2025-03-16"}),
])
def test_only_a_present_of_the_agenda_looks_ahead(ctx: Any, body: str, expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, WEDNESDAY)
    assert {k: got.get(k) for k in expected} == expected
