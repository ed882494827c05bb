"""Roles (entities@24): French titles whose complement names a body with its own adjectives ("le
président du conseil départemental du Nord, X"), a party's acronym in parentheses between a title
and its complement ("le maire (LR) de Nice, X"), a name after "chargé de" ("ministre délégué chargé
de l'Europe, X"), and finance and sports officers of the broad inventory. Sentences invented for the
tests, not taken from any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_adjectives_of_the_body_a_complement_names(ctx: Any) -> None:
    m, role = held(ctx, "Anne Vial", "La présidente du tribunal correctionnel de Paris, Anne Vial, a tranché.")
    assert "tribunal correctionnel" in role.title and role.of == m["Paris"].entity
    m, role = held(ctx, "Carole Vial", "La présidente du conseil régional, Carole Vial, a répondu.")
    assert role.title == "présidente du conseil régional"
    m, role = held(ctx, "Paul Vial", "Le directeur de l'agence régionale de santé, Paul Vial, a répondu.")
    assert role.title == "directeur de l'agence régionale de santé"
    # near miss: a verb after the complement is no adjective; the name later is no holder
    m = annotate(ctx, "Le président du club a dit que Jean Vial partirait.")
    assert m["Jean Vial"].role is None


def test_a_party_in_parentheses_inside_a_title(ctx: Any) -> None:
    m, role = held(ctx, "Christian Vial", "Le maire (LR) de Nice, Christian Vial, a réagi.")
    assert role.title == "maire" and role.of == m["Nice"].entity
    # near miss: the parenthesis ends the title when a verb follows it; the name later holds nothing
    m = annotate(ctx, "Le maire (LR) a dit que Christian Vial partirait.")
    assert m["Christian Vial"].role is None


def test_a_name_after_charge_de(ctx: Any) -> None:
    m = annotate(ctx, "Le ministre délégué chargé de l'Europe, Jean Vial, a réagi.")
    role = m["Jean Vial"].role
    # the place is what the minister is in charge of, not what the office is of
    assert role is not None and role.title == "ministre délégué chargé de l'Europe" and role.of is None


def test_finance_and_sports_officers(ctx: Any) -> None:
    _, role = held(ctx, "Paul Vance",
                   "Paul Vance, a venture capitalist at Sequoia Capital, joined the board.", lang="en")
    assert role.title == "venture capitalist"
    _, role = held(ctx, "Jean Vial", "Jean Vial, gestionnaire de fonds chez Amundi, reste prudent.")
    assert role.title == "gestionnaire de fonds"


def test_a_common_noun_then_the_name_of_what_it_is(ctx: Any) -> None:
    m, role = held(ctx, "Marie Vial", "Marie Vial, présidente de la région Occitanie, a réagi.")
    assert role.title == "présidente de la région" and role.of == m["Occitanie"].entity
    m, role = held(ctx, "Marie Vial", "La présidente de la région Occitanie, Marie Vial, a réagi.")
    assert role.of == m["Occitanie"].entity
    # near miss: a person's name after the noun is no body ("le président du jury Jean Vial" names him)
    m, role = held(ctx, "Jean Vial", "Le président du jury Jean Vial a remis le prix.")
    assert role.of is None


def test_a_title_the_model_ran_into_a_place(ctx: Any) -> None:
    _, role = held(ctx, "Jean Vial", "Le procureur de la République de Lyon, Jean Vial, a requis.")
    assert role.title == "procureur de la République"


def test_an_adjective_between_a_title_and_its_portfolio(ctx: Any) -> None:
    # entities@28 (issue 18): a level of government or a region's adjective no lexicon lists
    # qualifies the office; the capitalised portfolio after it is still the title's
    for body, name, title in (("La ministre fédérale de l'Intérieur, Claire Morel, a réagi.", "Claire Morel",
                               "ministre de l'Intérieur"),
                              ("Le ministre wallon de l'Économie Luc Marin a réagi.", "Luc Marin",
                               "ministre de l'Économie"),
                              ("Luc Marin, ministre régional de l'Emploi, a réagi.", "Luc Marin",
                               "ministre de l'Emploi")):
        role = annotate(ctx, body)[name].role
        assert role is not None and role.title == title, body
    # near misses: a lowercase complement is no portfolio, a nationality is what the office is of
    m = annotate(ctx, "Luc Marin, ministre chargé de la santé publique, a réagi.")
    role = m["Luc Marin"].role
    assert role is None or "Santé" not in role.title
    # a verb the parse reads there is no adjective; a lowercase complement is no portfolio
    m = annotate(ctx, "Le ministre démissionne de la Santé, Luc Marin, a-t-on appris.")
    assert m["Luc Marin"].role is None
    m = annotate(ctx, "Le ministre fédéral de la santé, Paul Roux, a réagi.")
    assert m["Paul Roux"].role is None or m["Paul Roux"].role.title != "ministre de la santé"
    m, role = held(ctx, "Luc Marin", "Le ministre français de l'Intérieur, Luc Marin, a réagi.")
    assert role.title == "ministre de l'Intérieur" and role.of == "Q142"
