"""time@41: the review (rev30) of time@39's rules, each probe the reviewer ran, written from the language.

A weekday counted in a month with no year told in the present is a rule of every year only where the
clause says so (a generic cue: "every year", "chaque année", "traditionally", "falls on", a law); a one-off
scheduled event in the journalistic present ("Le procès s'ouvre le premier lundi de mars", "Schools reopen
on the first Monday in September") is one day, as is a rule the sentence anchors in a year ("cette année",
"soit le 26 juin cette année").  A past that tells an announcement or a purchase of an occasion to come ("a
dévoilé jeudi sa tenue pour le match de dimanche", "a confirmé sa présence à la cérémonie de dimanche") does
not put the occasion behind.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import parsed_timex_values, timexes_of


def _typed(body: str, lang: str, published: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in timexes_of(body, lang, published)}


@pytest.mark.parametrize(("body", "published", "expected"), [
    # fail on time@39: XXXX-03, XXXX-03, XXXX-06, XXXX-06 (SETs)
    ("Le procès s'ouvre le premier lundi de mars devant la cour d'assises.", "2024-02-10",
     {"le premier lundi de mars": "2024-03-04"}),
    ("Le sommet européen se tient le dernier jeudi de mars à Bruxelles, annonce l'Élysée.", "2024-02-10",
     {"le dernier jeudi de mars": "2024-03-28"}),
    ("Cette année, les soldes débutent le dernier mercredi de juin.", "2024-06-10",
     {"le dernier mercredi de juin": "2024-06-26"}),
    ("Les soldes d'été débutent le dernier mercredi de juin, soit le 26 juin cette année.", "2024-06-10",
     {"le dernier mercredi de juin": "2024-06-26"}),
    # near misses: a generic cue in the clause keeps the rule
    ("Chaque année, les soldes d'été débutent le dernier mercredi de juin.", "2024-06-10",
     {"le dernier mercredi de juin": "XXXX-06"}),
    ("Le marché se tient traditionnellement le premier samedi de mars.", "2024-02-10",
     {"le premier samedi de mars": "XXXX-03"}),
])
def test_a_french_one_off_event_in_the_present_is_one_day(ctx: Any, body: str, published: str,
                                                          expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, published)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(("body", "published", "expected"), [
    # fail on time@39: SETs XXXX-09, XXXX-01, XXXX-10, XXXX-04
    ("Schools reopen on the first Monday in September after the strike.", "2024-08-20",
     {"the first Monday in September": ("DATE", "2024-09-02")}),
    ("The new law takes effect on the first Monday in January, lawmakers say.", "2024-12-10",
     {"the first Monday in January": ("DATE", "2025-01-06")}),
    ("Early voting begins on the first Monday in October across the state.", "2024-09-10",
     {"the first Monday in October": ("DATE", "2024-10-07")}),
    ("The organisers say the race starts on the first Sunday in April.", "2024-02-10",
     {"the first Sunday in April": ("DATE", "2024-04-07")}),
    # a year the sentence states anchors it
    ("This year, Thanksgiving falls on the fourth Thursday in November.", "2024-11-01",
     {"the fourth Thursday in November": ("DATE", "2024-11-28")}),
    # near misses: a generic cue keeps the rule
    ("Every year, schools reopen on the first Monday in September.", "2024-08-20",
     {"the first Monday in September": ("SET", "XXXX-09")}),
    ("Thanksgiving falls on the fourth Thursday in November.", "2024-11-01",
     {"the fourth Thursday in November": ("SET", "XXXX-11")}),
])
def test_an_english_one_off_event_in_the_present_is_one_day(body: str, published: str,
                                                            expected: dict[str, tuple[str, str]]) -> None:
    got = _typed(body, "en", published)
    assert {k: got.get(k) for k in expected} == expected


def test_a_reporting_verb_after_an_event_in_the_present_does_not_put_it_behind() -> None:
    # fails on time@39: 2023-03-06 (the past of "said" read as the event's)
    got = _typed("The trial opens on the first Monday in March, the court said.", "en", "2024-02-10")
    assert got.get("the first Monday in March") == ("DATE", "2024-03-04")


FRIDAY = "2024-03-08"


@pytest.mark.parametrize(("body", "expected"), [
    # fail on time@39: 2024-03-03 (the past of the telling or the buying climbed to the occasion)
    ("Le club a dévoilé jeudi, lors d'une longue conférence de presse au centre d'entraînement du club, sa "
     "nouvelle tenue pour le match de dimanche contre Lyon.", {"dimanche": "2024-03-10"}),
    ("Le ministre a confirmé jeudi soir, dans un communiqué transmis à l'ensemble des rédactions parisiennes, sa "
     "présence à la cérémonie de dimanche.", {"dimanche": "2024-03-10"}),
    ("Les supporters avaient acheté depuis plusieurs semaines déjà, pour la plupart sur le site officiel du "
     "club, leurs billets pour le match de dimanche.", {"dimanche": "2024-03-10"}),
    # near misses: a past that tells the occasion itself keeps it behind
    ("Les supporters ont longuement fêté après la rencontre, dans les rues de la ville, la victoire du match "
     "de dimanche.", {"dimanche": "2024-03-03"}),
    ("Le club avait convoqué ses joueurs avant l'entraînement pour faire le point sur le résultat décevant du "
     "match de dimanche.", {"dimanche": "2024-03-03"}),
])
def test_a_past_announcing_an_occasion_to_come_does_not_put_it_behind(ctx: Any, body: str,
                                                                     expected: dict[str, str]) -> None:
    got = parsed_timex_values(ctx, body, FRIDAY)
    assert {k: got.get(k) for k in expected} == expected
