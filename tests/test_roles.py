"""Roles: constructions news grammar uses to state an office, beside near misses.

Examples written from general knowledge of French and English news style, not taken from any
evaluation text."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate
from conftest import held_role as held
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_context import party_named


def test_a_second_title_between_a_title_and_the_name(ctx: Any) -> None:
    """"le président de la Transition, le général X": both titles are X's."""
    _, role = held(ctx, "Jean Kaboré", "Le président de la Transition, le général Jean Kaboré, a signé.")
    assert role.title == "président de la Transition"
    # two offices in a list are two people's
    _, role = held(ctx, "Paul Girard", "Le Premier ministre, le sénateur Paul Girard et la maire ont voté.")
    assert role.title == "sénateur"


def test_where_an_office_is_held_does_not_cut_the_title_from_its_name(ctx: Any) -> None:
    m, role = held(ctx, "Paul Girard", "L'ambassadeur de France au Tchad, Paul Girard, a été convoqué.")
    assert role.title == "ambassadeur" and role.of == "Q142"
    # a title with no name is no person
    m = annotate(ctx, "L'ambassadeur a quitté le Tchad.")
    assert not any(x.type == "PER" for x in m.values())


def test_a_relative_clause_states_an_office(ctx: Any) -> None:
    m, role = held(ctx, "Jean Moreau", "Jean Moreau, qui préside la Fédération française de judo, a démissionné.")
    assert role.title == "président"
    assert role.of == m["Fédération française de judo"].entity
    # nothing named after the verb: no office
    m = annotate(ctx, "Paul Martin, qui dirige désormais l'entreprise, a parlé.")
    assert m["Paul Martin"].role is None


def test_the_title_of_someone_else_in_the_sentence(ctx: Any) -> None:
    m = annotate(ctx, "Le ministre de la Défense a reçu Paul Martin.")
    assert m["Paul Martin"].role is None
    m = annotate(ctx, "The head of the army met Paul Martin on Monday.", lang="en")
    assert m["Paul Martin"].role is None


def test_an_acronym_after_a_title_is_what_it_is_of(ctx: Any) -> None:
    m, role = held(ctx, "Anne Roux", "Anne Roux, cheffe de file des députés PS, a réagi.")
    assert role.of == m["PS"].entity
    assert m["PS"].type != "PER" and m["PS"].role is None


def test_a_party_adjective_names_the_party_the_article_names(ctx: Any) -> None:
    m, role = held(ctx, "Marc Petit",
                   "Le Parti socialiste a voté contre. Le sénateur socialiste Marc Petit a dénoncé le texte.")
    assert role.title == "sénateur" and role.of == m["Parti socialiste"].entity


@pytest.mark.parametrize(("adjective", "org", "found"), [
    ("insoumis", "La France insoumise", True),
    ("républicain", "Les Républicains", True),
    ("démocrate", "Rassemblement pour la démocratie", False),  # a stem shared by chance
    ("vert", "Les Verts", False),  # too short to tell
])
def test_party_stems(adjective: str, org: str, found: bool) -> None:
    body = f"{org} a voté."
    assert (party_named(adjective, [Candidate(0, len(org), "ORG")], body) is not None) is found


def test_english_republic_of_and_of_after_the_name(ctx: Any) -> None:
    m, role = held(ctx, "Assimi Goita",
                   "Interim President of the Republic of Mali Assimi Goita addressed the nation.", lang="en")
    assert role.title == "Interim President" and role.of == "Q912"
    m = annotate(ctx, "Foreign Minister Sergei Lavrov of Russia met President Emmanuel Macron of France.",
                 lang="en")
    lavrov, macron = m["Sergei Lavrov"].role, m["Emmanuel Macron"].role
    assert lavrov is not None and lavrov.of == "Q159"
    assert macron is not None and macron.of == "Q142"  # not Russia, named before "met"


def test_english_abbreviated_ranks_and_complements(ctx: Any) -> None:
    m = annotate(ctx, "Junta leader Gen. Paul Kora spoke. The head of the junta, Col. Ali Sow, replied.", lang="en")
    assert "Gen" not in m and "Col" not in m
    kora, sow = m["Paul Kora"].role, m["Ali Sow"].role
    assert kora is not None and kora.title == "Junta leader"
    assert sow is not None and sow.title == "head of the junta"


def test_english_one_word_organisation_after_of(ctx: Any) -> None:
    m, role = held(ctx, "Tim Cook", "Tim Cook, the chief executive of Apple, said.", lang="en")
    assert role.of == m["Apple"].entity


def test_a_copula_before_a_title_gives_it_to_the_subject(ctx: Any) -> None:
    m, role = held(ctx, "Jean Dupont", "Jean Dupont a été Premier ministre de 1990 à 1993.")
    assert role.title == "Premier ministre" and role.of is None  # a year is no `of`
    m, role = held(ctx, "Paul Martin", "Paul Martin, 61, is a former prime minister.", lang="en")
    assert role.title == "former prime minister"
    # near misses: the title is someone else's
    m = annotate(ctx, "Paul Martin a été reçu par le ministre de la Défense.")
    assert m["Paul Martin"].role is None
    m = annotate(ctx, "The problem is that Paul Martin was the president's choice.", lang="en")
    assert m["Paul Martin"].role is None


def test_heads_of_state_by_other_names_and_dotted_acronyms(ctx: Any) -> None:
    m = annotate(ctx, "The talks were led by Niger's military ruler, Gen. Ali Sow. He later called "
                      "U.N. Secretary-General Antonio Guterres.", lang="en")
    sow, guterres = m["Ali Sow"].role, m["Antonio Guterres"].role
    assert sow is not None and sow.title == "military ruler" and sow.of == "Q1032"
    assert guterres is not None and guterres.of == "Q1065"
    m, role = held(ctx, "Paul Kora", "L'homme fort du pays, le colonel Paul Kora, a parlé.")
    assert role.title.startswith("homme fort")


def test_a_pronoun_opening_a_sentence_stands_for_the_one_person_before(ctx: Any) -> None:
    m, role = held(ctx, "Jean Dupont",
                   "Jean Dupont, âgé de 70 ans, a occupé plusieurs postes. Il a été Premier ministre de 1990 à 1993.")
    assert role.title == "Premier ministre"
    # two men before the pronoun: it could stand for either (a woman and a man: "She" is hers, entities@43)
    m = annotate(ctx, "Paul Martin met John Roux on Monday. He was the president of the club until 2020.", lang="en")
    assert m["Paul Martin"].role is None and m["John Roux"].role is None


def test_a_place_joined_to_a_portfolio_is_a_portfolio(ctx: Any) -> None:
    _, role = held(ctx, "Jean Morel",
                   "Selon Jean Morel, ministre de l'Europe et des Affaires étrangères, la France agira.")
    assert role.title == "ministre de l'Europe et des Affaires étrangères"
    assert role.of is None and role.office == "ministre des Affaires étrangères"  # not minister "of Europe"


def test_the_person_after_a_party_acronym_and_high_representatives(ctx: Any) -> None:
    m, role = held(ctx, "Paul Morel", "Le député LFI Paul Morel a dénoncé le budget.")
    assert role.title == "député" and role.of == m["LFI"].entity
    m, role = held(ctx, "Anna Berg", "Anna Berg, haute représentante de l'Union européenne, a réagi.")
    assert role.title == "haute représentante" and role.of == "Q458"


def test_the_countrys_title_after_a_name(ctx: Any) -> None:
    m = annotate(ctx, "President Paul Kora of Mali spoke with Ali Sow, the country's foreign minister. "
                      "They met Anna Berg, who is the company's chief executive.", lang="en")
    sow, berg = m["Ali Sow"].role, m["Anna Berg"].role
    assert sow is not None and sow.title == "foreign minister" and sow.of == "Q912"
    assert berg is not None and berg.title == "chief executive" and berg.of is None
