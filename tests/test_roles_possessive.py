"""Roles: what a title is of when a possessive or another title's holder says it, and words that
only look like titles once folded. Sentences invented for the tests, not taken from any
evaluation text."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_a_past_participle_is_no_title(ctx: Any) -> None:
    """"jugé" folds to "juge": the accent says it is a participle."""
    m = annotate(ctx, "Paul Girard, jugé pour fraude, a été condamné.")
    assert m["Paul Girard"].role is None
    m, role = held(ctx, "Paul Girard", "Le juge Paul Girard a statué.")
    assert role.title == "juge"
    # a head whose own last letter is "é" still reads
    m, role = held(ctx, "Paul Girard", "Le député Paul Girard a voté.")
    assert role.title == "député"


def test_another_title_and_its_holder_are_what_a_title_is_of(ctx: Any) -> None:
    m, role = held(ctx, "John Carter", "Le conseiller principal du président Donald Trump, John Carter, est arrivé.")
    assert role.title == "conseiller principal" and role.of == m["Donald Trump"].entity
    inner = m["Donald Trump"].role
    assert inner is not None and inner.title == "président"
    m, role = held(ctx, "Marc Abel", "L'avocat du chanteur Sean Combs, Marc Abel, a plaidé.")
    assert role.title == "avocat" and role.of == m["Sean Combs"].entity
    # no second name: the holder keeps his own title, not the one he is the complement of
    m, role = held(ctx, "Paul Martin", "Le conseiller du président Paul Martin a démissionné.")
    assert role.title == "président"


def test_a_possessive_names_the_subject_before(ctx: Any) -> None:
    m, role = held(ctx, "Marc Abel", "Sean Combs est jugé à New York. Son avocat, Marc Abel, a plaidé.")
    assert role.title == "avocat" and role.of == m["Sean Combs"].entity
    m, role = held(ctx, "Marc Abel", "Sean Combs is on trial. His lawyer, Marc Abel, argued.", lang="en")
    assert role.title == "lawyer" and role.of == m["Sean Combs"].entity
    m, role = held(ctx, "Jean Dupuis", "Le Mali a voté. Son président, Jean Dupuis, a parlé.")
    assert role.of == m["Mali"].entity
    # in a sentence, the subject: not the name right before the possessive
    m, role = held(ctx, "Paul Girard", "Marc Abel a reçu Jean Dupuis et son avocat Paul Girard.")
    assert role.of == m["Marc Abel"].entity


def test_a_possessive_with_nothing_it_can_stand_for(ctx: Any) -> None:
    # the paragraph opens with it
    _, role = held(ctx, "Marc Abel", "Son avocat, Marc Abel, a plaidé.")
    assert role.of is None
    # "his" is a person's, and no person is named before
    _, role = held(ctx, "Marc Abel", "Airbus published results. His lawyer, Marc Abel, argued.", lang="en")
    assert role.of is None


def test_an_english_title_to_another_titles_holder(ctx: Any) -> None:
    m, role = held(ctx, "John Carter", "An adviser to President Donald Trump, John Carter, arrived.", lang="en")
    assert role.title == "adviser" and role.of == m["Donald Trump"].entity
    inner = m["Donald Trump"].role
    assert inner is not None and inner.title == "President"
    # one name only: it is the inner title's
    m, role = held(ctx, "Mark Jones", "A spokesman for Prime Minister Mark Jones said talks would resume.", lang="en")
    assert role.title == "Prime Minister"


def test_an_acronym_in_parentheses_stands_between_title_and_name(ctx: Any) -> None:
    m, role = held(ctx, "Jean Dupuis", "Le président de l'Union africaine (UA), Jean Dupuis, a parlé.")
    assert role.title == "président" and role.of == m["Union africaine"].entity
    assert not any(x.type == "PER" for k, x in m.items() if k != "Jean Dupuis")
    m, role = held(ctx, "John Carter",
                   "The chairman of the Independent Electoral Commission (IEC), John Carter, spoke.",
                   lang="en")
    assert role.title == "chairman" and role.of is not None
    # a parenthesis that is no acronym still cuts the title from the name
    m = annotate(ctx, "Le président de l'Union africaine (depuis mars), Jean Dupuis, a parlé.")
    assert m["Jean Dupuis"].role is None


def test_where_an_envoy_is_sent_after_pour(ctx: Any) -> None:
    _, role = held(ctx, "John Carter", "L'envoyé spécial américain pour l'Ukraine, John Carter, est arrivé.")
    assert role.title == "envoyé spécial" and role.of == "Q30"  # the United States
    # "à" still reads where it is held
    _, role = held(ctx, "Paul Girard", "L'ambassadeur de France au Niger, Paul Girard, a été convoqué.")
    assert role.title == "ambassadeur"


def test_a_countrys_body_in_lowercase_between_title_and_name(ctx: Any) -> None:
    m, role = held(ctx, "Kofi Mensah",
                   "The head of Ghana's electoral commission, Kofi Mensah, announced the results.", lang="en")
    assert role.title == "head" and role.of == m["Ghana"].entity
    # no comma after it: the words run on into the sentence, no name is the title's
    m = annotate(ctx, "The head of Ghana's electoral commission met Kofi Mensah on Monday.", lang="en")
    assert m["Kofi Mensah"].role is None


def test_an_adverb_of_time_or_a_past_relative_before_a_title_after_the_name(ctx: Any) -> None:
    for body in ("Marc Lefort, désormais ministre de l'Intérieur, a parlé.",
                 "Marc Lefort, aujourd’hui ministre de l'Intérieur, a parlé.",
                 "Marc Lefort, qui fut ministre de l'Intérieur, a parlé."):
        role = annotate(ctx, body)["Marc Lefort"].role
        assert role is not None and role.title == "ministre de l'Intérieur", body
    # another word between the name and the title: no apposition
    m = annotate(ctx, "Marc Lefort, reçu par le ministre de l'Intérieur, a parlé.")
    assert m["Marc Lefort"].role is None


def test_au_pouvoir_after_a_title(ctx: Any) -> None:
    _, role = held(ctx, "Jean Dupuis", "Le chef de la junte au pouvoir, le colonel Jean Dupuis, a parlé.")
    assert role.title == "chef de la junte au pouvoir"


def test_the_republic_of_a_country_is_that_country(ctx: Any) -> None:
    m, role = held(ctx, "Jean Dupuis", "Le président de la République du Niger, Jean Dupuis, a parlé.")
    assert role.title == "président" and role.of == "Q1032"  # Niger
    # a republic whose remaining word names no one country is left as named
    m, role = held(ctx, "Jean Dupuis", "Jean Dupuis, président de la République démocratique du Congo, a parlé.")
    assert role.of == m["République démocratique du Congo"].entity


def test_a_superlative_before_an_english_title(ctx: Any) -> None:
    m, role = held(ctx, "Didier Leclerc", "Didier Leclerc, France's longest-serving coach, named his squad.", lang="en")
    assert role.title == "longest-serving coach" and role.of == "Q142"  # France
    m, role = held(ctx, "Kofi Mensah", "Kofi Mensah is Ghana's youngest president.", lang="en")
    assert "president" in role.title and role.of == m["Ghana"].entity
    # the superlative alone is no title
    m = annotate(ctx, "Kofi Mensah is his father's youngest son.", lang="en")
    assert m["Kofi Mensah"].role is None


def test_a_title_complement_is_no_name(ctx: Any) -> None:
    """"République" in "président de la République" belongs to the title: no person, no place."""
    m, role = held(ctx, "Jean Dupuis", "Le président de la République, Jean Dupuis, a parlé.")
    assert role.title == "président de la République"
    assert "République" not in m
    # a complement the inventory does not list stays a name the model may find
    m = annotate(ctx, "Le président de la Fédération, Jean Dupuis, a parlé.")
    assert m["Jean Dupuis"].role is not None


def test_an_english_complement_with_a_nationality(ctx: Any) -> None:
    _, role = held(ctx, "Dmitri Orlov", "Dmitri Orlov, a spokesman for the Russian presidency, said.", lang="en")
    assert role.title == "spokesman for the presidency" and role.of == "Q159"  # Russia
    # the words run on into the sentence: no complement
    _, role = held(ctx, "Somchai Wong",
                   "Somchai Wong, a spokesman for the Thai army said on Monday that calm had returned.",
                   lang="en")
    assert role.title == "spokesman" and role.of is None
