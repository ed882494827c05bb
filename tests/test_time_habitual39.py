"""time@39 (issue 17, tense and aspect): a weekday counted in a month with no year ("le deuxième mercredi de
janvier", "the second Sunday in March"), told in the generic present, states a rule of every year: a SET,
and the clock time said with it is the rule's, not a time of one day.  Invented sentences; each beside a
near miss (a future, a past, a rule restating a date just given) that keeps one calendar day.  And a weekday
dating a noun ("du match de dimanche") whose clause the parse tells in the past, its verb beyond the cue
words' reach (`tense.parsed_past_governor`), is behind.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import parsed_timex_values, timexes_of

NOVEMBER = "2013-11-01"  # a Friday
JANUARY = "2018-01-09"  # a Tuesday


def _typed(body: str, lang: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timexes_of(body, lang, published)}


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@38: 2013-03-10 and 2013-11-03, the clock time on that March day
    # (time@41: each with a generic cue; told bare, the same present is a one-off event's, rev30)
    ("Each year, most states begin daylight saving time at 2 a.m. on the second Sunday in March and return to standard "
     "time on the first Sunday in November.",
     {"the second Sunday in March": ("SET", "XXXX-03"), "the first Sunday in November": ("SET", "XXXX-11"),
      "2 a.m.": ("SET", "XXXX-XX-XXT02:00")}),
    ("Thanksgiving falls on the fourth Thursday in November.",
     {"the fourth Thursday in November": ("SET", "XXXX-11")}),
    # near misses: a future, a past, each one day
    ("Daylight saving time will begin at 2 a.m. on the second Sunday in March.",
     {"the second Sunday in March": ("DATE", "2014-03-09"), "2 a.m.": ("TIME", "2014-03-09T02:00")}),
    ("Daylight saving time began on the second Sunday in March.",
     {"the second Sunday in March": ("DATE", "2013-03-10")}),
])
def test_an_english_calendar_rule_in_the_present_is_a_set(body: str, expected: dict[str, tuple[str, str]]) -> None:
    got = _typed(body, "en", NOVEMBER)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "published", "expected"), [
    # fails on time@38: 2018-01-10 and 2018-06-27 (the parse's present; "tandis que" gives a subjunctive)
    ("Selon le code du commerce, les soldes d'hiver débutent le deuxième mercredi du mois de janvier, tandis "
     "que les soldes d'été débutent le dernier mercredi du mois de juin.", JANUARY,
     {"le deuxième mercredi du mois de janvier": "XXXX-01", "le dernier mercredi du mois de juin": "XXXX-06"}),
    ("Le marché se tient traditionnellement le premier samedi de mars à 8 heures.", JANUARY,
     {"le premier samedi de mars": "XXXX-03", "8 heures": "XXXX-XX-XXT08:00"}),
    # near misses: a future and a compound past place one day; a rule restating the date just given is it
    ("Les soldes d'hiver débuteront le deuxième mercredi de janvier.", JANUARY,
     {"le deuxième mercredi de janvier": "2018-01-10"}),
    ("Les soldes d'hiver ont débuté le deuxième mercredi de janvier.", "2018-01-20",
     {"le deuxième mercredi de janvier": "2018-01-10"}),
    ("Le départ des soldes est fixé au mercredi 10 janvier 2018 ; soit le deuxième mercredi de janvier.", JANUARY,
     {"le deuxième mercredi de janvier": "2018-01-10"}),
])
def test_a_french_calendar_rule_in_the_parsed_present_is_a_set(ctx: Any, body: str, published: str,
                                                               expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "expected"), [
    # fails on time@38: the verb that tells it past stands beyond the cue words' reach, so the nearest
    # Sunday to a Friday (the one to come)
    ("Nous avons organisé une réunion mardi avant l'entraînement pour discuter avec le groupe du non-match de "
     "dimanche.", {"dimanche": "2023-02-19"}),
    ("Le club avait convoqué ses joueurs avant l'entraînement pour faire le point sur le résultat décevant du match "
     "de dimanche.", {"dimanche": "2023-02-19"}),
    # near misses: a future governs it (no past), "avant" puts the occasion ahead
    ("Nous organiserons une réunion avant l'entraînement pour discuter avec le groupe et préparer le match de "
     "dimanche.", {"dimanche": "2023-02-26"}),
    ("Le club convoque ses joueurs avant l'entraînement pour faire le point avec tout le groupe avant le match de "
     "dimanche.", {"dimanche": "2023-02-26"}),
])
def test_a_weekday_dating_a_noun_takes_the_parsed_past_of_its_clause(ctx: Any, body: str,
                                                                    expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, "2023-02-24")
    assert {k: got.get(k) for k in expected} == expected
