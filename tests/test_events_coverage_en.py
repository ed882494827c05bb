"""English events@14 (issue 19): trigger coverage and a passive's "from" phrase, on invented
sentences, each with a near miss that must stay without the event."""

from __future__ import annotations

from typing import Any

import pytest

# the fixture whose gazetteer holds Freedonia and Sylvania, and its event reader
from tests.test_events_english import ctx as ctx
from tests.test_events_english import events


@pytest.mark.parametrize(("text", "typ", "actors"), [
    # an election lost is a REJECT of the loser (eval/events_pool's convention, as eval/news)
    ("Jane Smith lost her seat in Geneva on Monday.", "REJECT", {"Q_smith"}),
    ("Jane Smith lost the presidential election on Monday.", "REJECT", {"Q_smith"}),
    # a concession names its defeat with a possessive or a determiner between
    ("Jane Smith acknowledged the party's defeat on Monday.", "CONCEDE", {"Q_smith"}),
    ("Jane Smith admitted her defeat on Monday.", "CONCEDE", {"Q_smith"}),
    # a donation or a handover of aid goods: the donor and the recipient
    ("Freedonia donated field hospitals to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
    ("Freedonia handed over 10,000 vaccine doses to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
    ("Freedonia delivered 5,000 doses to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
])
def test_english_coverage(ctx: Any, text: str, typ: str, actors: set[str]) -> None:
    found = [e for e in events(text, ctx) if e[0] == typ]
    assert found, events(text, ctx)
    assert actors <= found[0][1] | found[0][2]


@pytest.mark.parametrize(("text", "typ"), [
    ("Jane Smith lost her luggage in Geneva on Monday.", "REJECT"),  # no election lost
    ("Jane Smith lost a limb in Geneva on Monday.", "REJECT"),
    ("Jane Smith lost the race in Geneva on Monday.", "REJECT"),  # a race is a sport as often
    # a confidence vote lost is the assembly's REJECT of the government (eval/news gold's two sides):
    # the loser alone would be half of it, so a vote is no election lost here
    ("Jane Smith's government lost a crucial confidence vote on Monday.", "REJECT"),
    ("Jane Smith acknowledged the need for reform on Monday.", "CONCEDE"),  # no defeat
    ("Jane Smith admitted her mistakes on Monday.", "CONCEDE"),
    ("Freedonia handed over the suspects to Sylvania on Monday.", "AID"),  # no aid goods
    ("Freedonia delivered a speech to Sylvania on Monday.", "AID"),
])
def test_english_coverage_near_miss(ctx: Any, text: str, typ: str) -> None:
    assert not [e for e in events(text, ctx) if e[0] == typ], events(text, ctx)


def test_suspended_from_a_body_names_the_body(ctx: Any) -> None:
    # "suspended from X": X suspends, as "by X" in another passive
    found = [e for e in events("Sylvania was suspended from Acme on Monday.", ctx) if e[0] == "SANCTION"]
    assert found and found[0][1] == {"Q_acme"} and found[0][2] == {"Q_sy"}, found
    # near miss: "from" far after the trigger, past a comma, is another phrase (a place, a time)
    found = [e for e in events("Sylvania was suspended, officials from Acme said on Monday.", ctx)
             if e[0] == "SANCTION"]
    assert not found or "Q_acme" not in found[0][1], found


def test_a_relative_clause_with_a_pronoun_subject_keeps_the_names_before(ctx: Any) -> None:
    # "in which they agreed": "they" is the clause's subject and stands for the names before it
    found = [e for e in events("Freedonia and Sylvania issued a statement in which they agreed to restore "
                               "ties on Monday.", ctx) if e[0] == "AGREE"]
    assert found and {"Q_fr", "Q_sy"} <= found[0][1] | found[0][2], found
    # near miss: without a pronoun the relative's antecedent is the subject, and it names no one
    found = [e for e in events("Freedonia and Sylvania condemned the militia that attacked the town on Monday.", ctx)
             if e[0] == "ASSAULT"]
    assert not found or not ({"Q_fr", "Q_sy"} & found[0][1]), found
