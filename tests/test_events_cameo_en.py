"""English events@18: triggers after the CAMEO 1.1b3 categories (consult, aid, yield, investigate,
disapprove, reject, protest, reduce relations, coerce, assault, fight), the reading a vote
selects for "oust" / "topple", and "found X (not) guilty", on invented sentences, each with a
near miss that must stay without the event."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import with_cameo

# the fixture whose gazetteer holds Freedonia and Sylvania, and its event reader
from tests.test_events_english import ctx as ctx
from tests.test_events_english import events


@pytest.fixture(scope="module")
def cameo_ctx(ctx: Any) -> Any:
    """The context with `events.cameo_english` on, which these rules need."""
    return with_cameo(ctx)


@pytest.mark.parametrize(("text", "typ", "actors"), [
    ("Freedonia negotiated with Sylvania in Geneva on Monday.", "CONSULT", {"Q_fr", "Q_sy"}),
    ("Freedonia reached a deal with Sylvania on Monday.", "AGREE", {"Q_fr", "Q_sy"}),
    ("Freedonia pledged aid to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
    ("Freedonia sent relief supplies to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
    ("Freedonia sent troops to Sylvania on Monday.", "MOBILIZE", {"Q_fr", "Q_sy"}),
    ("Freedonia released Sylvania's prisoners on Monday.", "CONCEDE", {"Q_fr", "Q_sy"}),
    ("Freedonia lifted sanctions on Sylvania on Monday.", "CONCEDE", {"Q_fr", "Q_sy"}),
    ("Freedonia pulled out of Geneva on Monday.", "RETREAT", {"Q_fr"}),
    ("Freedonia slammed Sylvania on Monday.", "DISAPPROVE", {"Q_fr", "Q_sy"}),
    ("Freedonia decried Sylvania's move on Monday.", "DISAPPROVE", {"Q_fr", "Q_sy"}),
    ("Jane Smith was voted out on Monday.", "REJECT", {"Q_smith"}),
    ("Freedonia recalled its ambassador to Sylvania on Monday.", "SANCTION", {"Q_fr", "Q_sy"}),
    ("Freedonia severed ties with Sylvania on Monday.", "SANCTION", {"Q_fr", "Q_sy"}),
    ("Jane Smith was detained on Monday.", "COERCE", {"Q_smith"}),
    ("Jane Smith was jailed on Monday.", "SANCTION", {"Q_smith"}),
    ("Freedonia fired tear gas at protesters on Monday.", "COERCE", {"Q_fr"}),
    ("Freedonia opened fire on protesters on Monday.", "ASSAULT", {"Q_fr"}),
    ("Freedonia launched air strikes on Sylvania on Monday.", "FIGHT", {"Q_fr", "Q_sy"}),
    ("Freedonia invaded Sylvania on Monday.", "FIGHT", {"Q_fr", "Q_sy"}),
    ("Freedonia thanked Sylvania on Monday.", "SUPPORT", {"Q_fr", "Q_sy"}),
    # an assembly's vote ousts a government (REJECT); an army's coup stays COERCE (below)
    ("The parliament of Freedonia ousted Jane Smith on Monday.", "REJECT", {"Q_smith"}),
    ("Jane Smith was toppled by Freedonia's parliament in a confidence vote on Monday.", "REJECT", {"Q_smith", "Q_fr"}),
])
def test_cameo_coverage(cameo_ctx: Any, text: str, typ: str, actors: set[str]) -> None:
    found = [e for e in events(text, cameo_ctx) if e[0] == typ]
    assert found, events(text, cameo_ctx)
    assert actors <= found[0][1] | found[0][2]


@pytest.mark.parametrize(("text", "typ"), [
    ("Freedonia negotiated the price of gas with Sylvania on Monday.", "CONSULT"),  # a purchase
    ("Freedonia reached the final with Sylvania on Monday.", "AGREE"),  # no deal reached
    ("Freedonia sent a letter to Sylvania on Monday.", "AID"),  # neither aid nor troops
    ("Freedonia sent a letter to Sylvania on Monday.", "MOBILIZE"),
    ("Freedonia released a statement on Sylvania on Monday.", "CONCEDE"),  # no captives released
    ("Freedonia lifted its growth forecast for Sylvania on Monday.", "CONCEDE"),
    ("Jane Smith slammed the door on Sylvania on Monday.", "DISAPPROVE"),
    ("Freedonia recalled the 1990 treaty with Sylvania on Monday.", "SANCTION"),  # a memory
    ("Freedonia gave a demonstration of its software in Sylvania on Monday.", "PROTEST"),
    ("The army of Freedonia ousted Jane Smith in a coup on Monday.", "REJECT"),  # a coup, no vote
    ("Jane Smith felt guilty about Sylvania on Monday.", "SANCTION"),  # no verdict
    ("Jane Smith pleaded not guilty in Geneva on Monday.", "REJECT"),  # a plea, no acquittal
    ("A space probe flew past Sylvania on Monday.", "INVESTIGATE"),
])
def test_cameo_near_misses(cameo_ctx: Any, text: str, typ: str) -> None:
    assert not [e for e in events(text, cameo_ctx) if e[0] == typ], events(text, cameo_ctx)


def test_the_army_ousting_a_president_stays_a_coup(cameo_ctx: Any) -> None:
    found = events("The army of Freedonia ousted Jane Smith in a coup on Monday.", cameo_ctx)
    assert [e for e in found if e[0] == "COERCE"], found


def test_found_x_guilty_judges_the_names_between(cameo_ctx: Any) -> None:
    """English's "found A and B (not) guilty": the names between "found" and the verdict are
    the ones judged, the name before "found" the judge; "guilty" alone is a verdict only there."""
    found = [e for e in events("In Geneva the court found Jane Smith and Acme not guilty.", cameo_ctx)
             if e[0] == "REJECT"]
    assert found and {"Q_smith", "Q_acme"} <= found[0][2] and "Q_court" in found[0][1], found
    found = [e for e in events("In Geneva the court found Jane Smith guilty of fraud.", cameo_ctx) if e[0] == "SANCTION"]
    assert found and "Q_smith" in found[0][2] and "Q_court" in found[0][1], found


def test_a_nationality_adjective_before_an_agent_noun_stands_for_its_state(cameo_ctx: Any) -> None:
    """"a Swiss court" acts for Switzerland (the gazetteer's demonyms, Q39); "Swiss francs" name no
    agent of it, and an adjective after its noun is no English reading of whose it is."""
    found = [e for e in events("Jane Smith was acquitted by a Swiss court on Monday.", cameo_ctx) if e[0] == "REJECT"]
    assert found and "Q39" in found[0][1] and "Q_smith" in found[0][2], found
    found = [e for e in events("The Thai army attacked Sylvania on Monday.", cameo_ctx) if e[0] == "ASSAULT"]
    assert found and "Q869" in found[0][1], found
    for text in ("Jane Smith, paid in Swiss francs, was acquitted by the court on Monday.",
                 "Freedonia attacked a Swiss-owned plant in Sylvania on Monday."):
        assert all("Q39" not in e[1] | e[2] for e in events(text, cameo_ctx)), events(text, cameo_ctx)


def test_off_by_default_the_cameo_rules_find_nothing_new(ctx: Any, cameo_ctx: Any) -> None:
    """`events.cameo_english` gates events@18's English rules (off by default: the held-out news
    split's events F1 is slightly lower with them): off, "invaded" is no trigger and "a Swiss court"
    stands for no state; on, both are there."""
    text = "Freedonia invaded Sylvania on Monday."
    assert "FIGHT" not in {e[0] for e in events(text, ctx)}, events(text, ctx)
    assert "FIGHT" in {e[0] for e in events(text, cameo_ctx)}, events(text, cameo_ctx)
    text = "Jane Smith was acquitted by a Swiss court on Monday."
    assert all("Q39" not in e[1] | e[2] for e in events(text, ctx)), events(text, ctx)


@pytest.mark.parametrize(("text", "typ"), [
    ("Riot police fired tear gas at protesters in Geneva on Monday.", "COERCE"),
    ("Thousands of workers staged a protest in Geneva on Monday.", "PROTEST"),
])
def test_an_unnamed_force_or_crowd_acts_for_its_place(ctx: Any, cameo_ctx: Any, text: str, typ: str) -> None:
    """events@19: with no name in the sentence, the place of a one-sided protest, repression or
    fight ("in Geneva") stands for its side, as the events gold writes it; only with the option."""
    found = [e for e in events(text, cameo_ctx) if e[0] == typ]
    assert found and found[0][1] | found[0][2] == {"Q_ge"}, events(text, cameo_ctx)
    assert not [e for e in events(text, ctx) if e[0] == typ and "Q_ge" in e[1] | e[2]]


def test_a_named_side_keeps_the_place_a_place(cameo_ctx: Any) -> None:
    found = [e for e in events("Freedonia fired tear gas at protesters in Geneva on Monday.", cameo_ctx)
             if e[0] == "COERCE"]
    assert found and found[0][1] | found[0][2] == {"Q_fr"}, found


def test_a_struck_place_is_no_side(cameo_ctx: Any) -> None:
    """An assault's place is where the blow fell, often another state's: no side from it."""
    assert not [e for e in events("A jet bombed targets in Geneva on Monday.", cameo_ctx)
                if "Q_ge" in e[1] | e[2]]


def test_a_span_of_years_after_a_verdict_dates_the_offence(cameo_ctx: Any) -> None:
    """events@19: "found X guilty of fraud between 2005 and 2007" is no verdict of 2005-2007."""
    found = [e for e in events("The court found Jane Smith guilty of fraud between 2005 and 2007.", cameo_ctx)
             if e[0] == "SANCTION"]
    assert found and found[0][3] is None, found
