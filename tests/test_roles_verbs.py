"""Roles stated by verbs (entities@21): a person, a verb, then the title ("X was elected president
of Y", "X became chairman"), the object of a verb that gives an office ("Acme named X as its chief
executive", "Le conseil a nommé X directeur général"), and relative clauses in any tense, with a
modifier before the name ("X, qui dirigeait la Croix-Rouge", "X, who heads the powerful World
Bank", "qui dirige le puissant syndicat CGT"). Sentences invented for the tests, not taken from any evaluation text; each rule has its
near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_a_verb_between_a_person_and_an_english_title(ctx: Any) -> None:
    # the lowercase words between the name and the title are a verb, not the field of an
    # organisation called like the person
    m, role = held(ctx, "John Smith", "John Smith was elected president of the African Union.", lang="en")
    assert "president" in role.title and role.of == m["African Union"].entity
    m, role = held(ctx, "John Smith", "John Smith was named head coach of the Chicago Bulls.", lang="en")
    assert role.title == "head coach" and role.of == m["Chicago Bulls"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin has been president of Kenya since 2022.", lang="en")
    assert role.of == "Q114"
    # near miss: an organisation before the title is still what it is of
    m, role = held(ctx, "Thomas Bach", "IOC president Thomas Bach spoke on Monday.", lang="en")
    assert role.of is not None and role.of != m["Thomas Bach"].entity


def test_the_object_of_a_verb_that_gives_an_office(ctx: Any) -> None:
    m, role = held(ctx, "Paul Martin", "Le conseil a nommé Paul Martin directeur général.")
    assert role.title == "directeur général"
    m, role = held(ctx, "Paul Martin", "Le gouvernement a nommé Paul Martin au poste de préfet de police.")
    assert role.title.startswith("préfet")
    m, role = held(ctx, "Paul Martin", "The board appointed Paul Martin chairman.", lang="en")
    assert "chairman" in role.title and role.of is None
    m, role = held(ctx, "Paul Martin", "Acme named Paul Martin as its new chief executive.", lang="en")
    assert "chief executive" in role.title
    # near miss: a verb that gives no office says nothing of its object
    m = annotate(ctx, "The board saw Paul Martin as the next chairman.", lang="en")
    assert m["Paul Martin"].role is None


def test_a_relative_clause_in_any_tense(ctx: Any) -> None:
    m, role = held(ctx, "Paul Martin", "Paul Martin, qui dirigeait la Croix-Rouge, a parlé lundi.")
    assert role.title == "dirigeant" and role.of == m["Croix-Rouge"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin, désormais à la tête de la BCE, a parlé.")
    assert role.of == m["BCE"].entity
    m, role = held(ctx, "John Smith", "John Smith, who heads the powerful World Bank, spoke.", lang="en")
    assert role.title == "head" and role.of == m["World Bank"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin, qui dirige le puissant syndicat CGT, a parlé.")
    assert role.of == m["CGT"].entity
    # near miss: a preposition after the noun: "the talks with Iran" are no body Iran is
    m = annotate(ctx, "John Smith, who leads the talks with Iran, spoke.", lang="en")
    assert m["John Smith"].role is None


def test_what_may_stand_between_a_name_and_its_title(ctx: Any) -> None:
    # a party in parentheses, an honorific after an article, "l'un des" before a plural title
    m, role = held(ctx, "Paul Martin", "Paul Martin (Vooruit), ministre de la Santé, a parlé.")
    assert role.title == "ministre de la Santé"
    m, role = held(ctx, "Paul Martin", "Le directeur de l'OMS, le Dr Paul Martin, a parlé.")
    assert role.title == "directeur" and role.of == m["OMS"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin, l'un des vice-présidents de la Commission européenne, a parlé.")
    assert role.title == "vice-présidents" and role.of == m["Commission européenne"].entity
    # near miss: one of a group that is no title
    m = annotate(ctx, "Paul Martin, l'un des témoins, a parlé.")
    assert m["Paul Martin"].role is None


def test_a_copula_with_a_time_and_a_succession(ctx: Any) -> None:
    m, role = held(ctx, "Paul Martin", "Paul Martin est depuis 2019 le président de la Fédération française de rugby.")
    assert role.of == m["Fédération française de rugby"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin succeeded John Smith as president of the World Bank.", lang="en")
    assert role.title == "president" and role.of == m["World Bank"].entity
    # entities@81: the predecessor held the post (a past office counts, as eval/roles_pool's gold gives
    # "to succeed X as CEO"); the subject holds it too
    assert m["John Smith"].role is not None and m["John Smith"].role.title == "president"


def test_an_organisation_where_a_french_title_is_held(ctx: Any) -> None:
    m, role = held(ctx, "Paul Martin", "Selon Paul Martin, économiste chez BNP Paribas, la crise est finie.")
    assert role.of == m["BNP Paribas"].entity
    m, role = held(ctx, "Paul Martin", "« C'est fini », explique Paul Martin, chercheur au CNRS.")
    assert role.of == m["CNRS"].entity
    # near miss: a place after "à" is where, not whose
    m, role = held(ctx, "Paul Martin", "« C'est fini », explique Paul Martin, chercheur à Lyon.")
    assert role.of is None


def test_an_office_named_by_its_noun_after_a_verb_of_taking_it(ctx: Any) -> None:
    m, role = held(ctx, "Paul Martin", "Paul Martin a pris la tête de la Commission européenne.")
    assert role.title == "chef" and role.of == m["Commission européenne"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin a succédé à Jean Durand à la présidence de la FIFA.")
    assert role.title == "président" and role.of == m["FIFA"].entity
    # entities@107: the predecessor held the office handed over (a past office counts, as `roles_succession`
    # reads "Y succède à X comme …" since entities@81); a name after the office taken is no one's
    # predecessor (tests/test_roles_french107.py)
    assert m["Jean Durand"].role is not None and m["Jean Durand"].role.title == "président"
    assert m["Jean Durand"].role.of == m["FIFA"].entity
    m, role = held(ctx, "Paul Martin", "Paul Martin took the helm of the World Bank in May.", lang="en")
    assert role.of == m["World Bank"].entity
    # near miss: a name in a complement is not the verb's subject
    m = annotate(ctx, "Le PSG de Paul Martin a pris la tête de la Ligue 1.")
    assert m["Paul Martin"].role is None


def test_an_acronym_no_model_found_after_a_french_title(ctx: Any) -> None:
    m, role = held(ctx, "Paul Martin", "Le président du MR, Paul Martin, a parlé.")
    assert role.of == m["MR"].entity
    # near miss: a Roman numeral is no acronym
    m, role = held(ctx, "Louis XIV", "Le roi Louis XIV a parlé.")
    assert role.of is None


def test_a_french_title_the_model_ran_into_a_name(ctx: Any) -> None:
    # a capitalised portfolio, then the holder's name: the name is the person's
    m = annotate(ctx, "La ministre française de la Culture Rachida Dati a parlé lundi.")
    assert "Culture Rachida Dati" not in m and m["Rachida Dati"].type == "PER"
    role = m["Rachida Dati"].role
    assert role is not None and role.title == "ministre de la Culture" and role.of == "Q142"
    # after "de", what the office is of: a place, not a person
    m = annotate(ctx, "Paul Martin, ministre de la Santé de la Thaïlande, a parlé.")
    assert m["Thaïlande"].type == "LOC" and m["Paul Martin"].role is not None
    assert m["Paul Martin"].role.of == m["Thaïlande"].entity
    # a capitalised head read as a person's name: the organisation after "de" is what it is of
    m = annotate(ctx, "Paul Martin, Directeur général de l'OMS, a parlé.")
    assert "Directeur général de l'OMS" not in m and m["OMS"].type == "ORG"
    role = m["Paul Martin"].role
    assert role is not None and role.of == m["OMS"].entity
    # near miss: a title right before a name stays out of it
    m, role = held(ctx, "Paul Martin", "Le Président Paul Martin a parlé.")
    assert role.title == "Président"
