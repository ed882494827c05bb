"""time@37: which day a relative expression or a clock time is resolved against, written as invented
sentences (issue 17): the day said after a range of hours, two verbs sharing one day, weekdays told in
the order of a coordination, "ce trimestre" of a report on the quarter just ended, the second end of
"entre X heures et Y heures", a range of the clock through the night, and the clock times of a set.
Each beside a near miss that keeps the reading before time@37.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import parsed_timex_values, timexes_of
from conftest import timex_values as values

WEDNESDAY = "2025-03-12"


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fails on time@36: the first hour kept the article's day, the second took Sunday
    ("Le bureau de vote sera ouvert de 8 heures à 20 heures dimanche.", "fr",
     {"8 heures": "2025-03-16T08:00", "20 heures": "2025-03-16T20:00"}),
    ("Polls will be open from 8 a.m. to 8 p.m. Sunday.", "en",
     {"8 a.m.": "2025-03-16T08:00", "8 p.m.": "2025-03-16T20:00"}),
    ("Les bureaux de vote ouvriront à 8 heures et fermeront à 20 heures dimanche.", "fr",
     {"8 heures": "2025-03-16T08:00", "20 heures": "2025-03-16T20:00"}),
    # near miss: the first hour is another sentence's, the article's day
    ("Le bureau a ouvert à 8 heures. Il fermera à 20 heures dimanche.", "fr",
     {"8 heures": "2025-03-12T08:00", "20 heures": "2025-03-16T20:00"}),
])
def test_a_day_after_hours_is_the_day_of_both(body: str, lang: str, expected: dict[str, str]) -> None:
    got = values(body, lang, WEDNESDAY)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "published", "expected"), [
    # fails on time@36: told on a Monday with "devait", Tuesday went to the week before
    ("La lecture devait continuer ce lundi après-midi et mardi matin.", "2022-12-12",
     {"ce lundi après-midi": "2022-12-12TAF", "mardi matin": "2022-12-13TMO"}),
    ("Hearings were held on Friday and Monday.", WEDNESDAY, {"Friday": "2025-03-07", "Monday": "2025-03-10"}),
    # near miss: a past puts no day of the coordination after the article's
    ("Des audiences ont eu lieu mardi et lundi.", WEDNESDAY, {"mardi": "2025-03-11", "lundi": "2025-03-10"}),
    # and a future puts none before the article's day (told on Thursday)
    ("Il a été arrêté lundi, mercredi il sera jugé.", "2025-03-13", {"lundi": "2025-03-10", "mercredi": "2025-03-19"}),
])
def test_coordinated_weekdays_run_forward(body: str, published: str, expected: dict[str, str]) -> None:
    lang = "en" if body.startswith("Hearings") else "fr"
    got = values(body, lang, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fails on time@36: the article's quarter (Q4 in October)
    ("Le chiffre d'affaires a progressé au troisième trimestre. Les ventes ne sont pas en cause ce trimestre.",
     "fr", "2020-Q3"),
    ("Revenue rose in the third quarter. Sales this quarter were flat.", "en", "2020-Q3"),
    # near misses: a future looks ahead; a quarter named earlier than the one just ended frames nothing
    ("Le chiffre d'affaires a progressé au troisième trimestre. Ce trimestre, le groupe visera une hausse.",
     "fr", "2020-Q4"),
    ("Le chiffre d'affaires a progressé au premier trimestre. Les ventes ont baissé ce trimestre.", "fr", "2020-Q4"),
])
def test_this_quarter_of_a_report_is_the_quarter_reported(body: str, lang: str, expected: str) -> None:
    got = values(body, lang, "2020-10-22")
    assert got[next(k for k in got if k.lower() in ("ce trimestre", "this quarter"))] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@36: the second end was an amount (PT18H, PT6H); the night's end stayed on its start's day
    ("La circulation sera interrompue entre 8 heures et 18 heures.",
     {"8 heures": "2025-03-12T08:00", "18 heures": "2025-03-12T18:00"}),
    ("La circulation sera interrompue entre 22 heures et 6 heures.",
     {"22 heures": "2025-03-12T22:00", "6 heures": "2025-03-13T06:00"}),
    ("La circulation sera interrompue de 22 heures à 6 heures.",
     {"22 heures": "2025-03-12T22:00", "6 heures": "2025-03-13T06:00"}),
    # near miss: hours counted per day stay an amount
    ("Il travaille entre 6 heures et 8 heures par jour.", {"8 heures": "PT8H"}),
])
def test_ends_of_a_clock_range(body: str, expected: dict[str, str]) -> None:
    got = values(body, "fr", WEDNESDAY)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "lang", "clocks"), [
    # fails on time@36: TIME of the article's day
    ("Le musée ouvre chaque jeudi de 10 heures à 18 heures.", "fr", {"10 heures": "SET", "18 heures": "SET"}),
    ("The store is open from 9 a.m. to 5 p.m. daily.", "en", {"9 a.m.": "SET", "5 p.m.": "SET"}),
    ("The show runs every Saturday at 8 p.m.", "en", {"8 p.m.": "SET"}),
    # near misses: another sentence, or "mais", leaves the clock time its day's
    ("Le musée ouvre chaque jeudi. Mardi, il ouvrira à 10 heures.", "fr", {"10 heures": "TIME"}),
    ("Le musée ouvre tous les jours, mais jeudi il fermera à 18 heures.", "fr", {"18 heures": "TIME"}),
    # an adjective of a noun ("annual meeting", "réunion mensuelle") or a day in the sentence: one event's time
    ("The annual meeting starts at 10 a.m. Tuesday.", "en", {"10 a.m.": "TIME"}),
    ("The daily briefing starts at 10 a.m.", "en", {"10 a.m.": "TIME"}),
    ("La réunion mensuelle aura lieu à 10 heures mardi.", "fr", {"10 heures": "TIME"}),
])
def test_clock_times_of_a_set_are_the_set(body: str, lang: str, clocks: dict[str, str]) -> None:
    got = {t.text: t for t in timexes_of(body, lang, WEDNESDAY)}
    assert {k: got[k].type for k in clocks} == clocks
    if clocks.get("10 heures") == "SET":
        assert got["10 heures"].value == "XXXX-WXX-4T10:00"


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@36: the nearest Sunday (gone) for a present that schedules
    ("Le marché ouvre dimanche.", {"dimanche": "2025-03-16"}),
    # near misses: a weekday before its verb (the narrative's present), a compound past; (time@38) a
    # present that is no verb of an agenda: news French tells arrests in the narrative present
    # ("La police interpelle deux suspects" heads the account of what was done), so the nearest Monday
    ("La police interpelle lundi deux suspects.", {"lundi": "2025-03-10"}),
    ("Lundi, la police interpelle deux suspects.", {"Lundi": "2025-03-10"}),
    ("Le président a reçu lundi les syndicats.", {"lundi": "2025-03-10"}),
])
def test_a_parsed_present_before_its_weekday_looks_ahead(ctx: Any, body: str, expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, WEDNESDAY)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # fails on time@36: not tagged
    ("Mardi, il est arrivé à Toulouse le soir.", "fr", {"le soir": "2025-03-11TEV"}),
    ("Rain is expected Thursday, mostly at night.", "en", {"night": "2025-03-13TNI"}),
    # near misses: no day in the sentence, or a habit, is no one day's part
    ("Le soir, il lit.", "fr", {"le soir": None}),
    ("Mardi, il a dit qu'il lit tous les jours le soir.", "fr", {"le soir": None}),
    ("He reads at night.", "en", {"night": None}),
])
def test_a_bare_part_of_the_day_after_a_day_is_that_days(body: str, lang: str,
                                                         expected: dict[str, str | None]) -> None:
    got = values(body, lang, WEDNESDAY)
    assert {k: got.get(k) for k in expected} == expected
