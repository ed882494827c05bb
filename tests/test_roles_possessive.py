"""Roles: what a title is of when a possessive or another title's holder says it, and words that
only look like titles once folded. Sentences invented for the tests, not taken from any
evaluation text."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def test_a_past_participle_is_no_title(ctx: Any) -> None:
    """"jugé" folds to "juge": the accent says it is a participle."""
    m = annotate(ctx, "Paul Girard, jugé pour fraude, a été condamné.")
    assert m["Paul Girard"].role is None
    m = annotate(ctx, "Le juge Paul Girard a statué.")
    role = m["Paul Girard"].role
    assert role is not None and role.title == "juge"
    # a head whose own last letter is "é" still reads
    m = annotate(ctx, "Le député Paul Girard a voté.")
    role = m["Paul Girard"].role
    assert role is not None and role.title == "député"


def test_another_title_and_its_holder_are_what_a_title_is_of(ctx: Any) -> None:
    m = annotate(ctx, "Le conseiller principal du président Donald Trump, John Carter, est arrivé.")
    role = m["John Carter"].role
    assert role is not None and role.title == "conseiller principal" and role.of == m["Donald Trump"].entity
    inner = m["Donald Trump"].role
    assert inner is not None and inner.title == "président"
    m = annotate(ctx, "L'avocat du chanteur Sean Combs, Marc Abel, a plaidé.")
    role = m["Marc Abel"].role
    assert role is not None and role.title == "avocat" and role.of == m["Sean Combs"].entity
    # no second name: the holder keeps his own title, not the one he is the complement of
    m = annotate(ctx, "Le conseiller du président Paul Martin a démissionné.")
    role = m["Paul Martin"].role
    assert role is not None and role.title == "président"


def test_a_possessive_names_the_subject_before(ctx: Any) -> None:
    m = annotate(ctx, "Sean Combs est jugé à New York. Son avocat, Marc Abel, a plaidé.")
    role = m["Marc Abel"].role
    assert role is not None and role.title == "avocat" and role.of == m["Sean Combs"].entity
    m = annotate(ctx, "Sean Combs is on trial. His lawyer, Marc Abel, argued.", lang="en")
    role = m["Marc Abel"].role
    assert role is not None and role.title == "lawyer" and role.of == m["Sean Combs"].entity
    m = annotate(ctx, "Le Mali a voté. Son président, Jean Dupuis, a parlé.")
    role = m["Jean Dupuis"].role
    assert role is not None and role.of == m["Mali"].entity
    # in a sentence, the subject: not the name right before the possessive
    m = annotate(ctx, "Marc Abel a reçu Jean Dupuis et son avocat Paul Girard.")
    role = m["Paul Girard"].role
    assert role is not None and role.of == m["Marc Abel"].entity


def test_a_possessive_with_nothing_it_can_stand_for(ctx: Any) -> None:
    # the paragraph opens with it
    m = annotate(ctx, "Son avocat, Marc Abel, a plaidé.")
    role = m["Marc Abel"].role
    assert role is not None and role.of is None
    # "his" is a person's, and no person is named before
    m = annotate(ctx, "Airbus published results. His lawyer, Marc Abel, argued.", lang="en")
    role = m["Marc Abel"].role
    assert role is not None and role.of is None


def test_an_english_title_to_another_titles_holder(ctx: Any) -> None:
    m = annotate(ctx, "An adviser to President Donald Trump, John Carter, arrived.", lang="en")
    role = m["John Carter"].role
    assert role is not None and role.title == "adviser" and role.of == m["Donald Trump"].entity
    inner = m["Donald Trump"].role
    assert inner is not None and inner.title == "President"
    # one name only: it is the inner title's
    m = annotate(ctx, "A spokesman for Prime Minister Mark Jones said talks would resume.", lang="en")
    role = m["Mark Jones"].role
    assert role is not None and role.title == "Prime Minister"


def test_an_acronym_in_parentheses_stands_between_title_and_name(ctx: Any) -> None:
    m = annotate(ctx, "Le président de l'Union africaine (UA), Jean Dupuis, a parlé.")
    role = m["Jean Dupuis"].role
    assert role is not None and role.title == "président" and role.of == m["Union africaine"].entity
    assert not any(x.type == "PER" for k, x in m.items() if k != "Jean Dupuis")
    m = annotate(ctx, "The chairman of the Independent Electoral Commission (IEC), John Carter, spoke.",
                 lang="en")
    role = m["John Carter"].role
    assert role is not None and role.title == "chairman" and role.of is not None
    # a parenthesis that is no acronym still cuts the title from the name
    m = annotate(ctx, "Le président de l'Union africaine (depuis mars), Jean Dupuis, a parlé.")
    assert m["Jean Dupuis"].role is None


def test_where_an_envoy_is_sent_after_pour(ctx: Any) -> None:
    m = annotate(ctx, "L'envoyé spécial américain pour l'Ukraine, John Carter, est arrivé.")
    role = m["John Carter"].role
    assert role is not None and role.title == "envoyé spécial" and role.of == "Q30"  # the United States
    # "à" still reads where it is held
    m = annotate(ctx, "L'ambassadeur de France au Niger, Paul Girard, a été convoqué.")
    role = m["Paul Girard"].role
    assert role is not None and role.title == "ambassadeur"


def test_a_countrys_body_in_lowercase_between_title_and_name(ctx: Any) -> None:
    m = annotate(ctx, "The head of Ghana's electoral commission, Kofi Mensah, announced the results.", lang="en")
    role = m["Kofi Mensah"].role
    assert role is not None and role.title == "head" and role.of == m["Ghana"].entity
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
    m = annotate(ctx, "Le chef de la junte au pouvoir, le colonel Jean Dupuis, a parlé.")
    role = m["Jean Dupuis"].role
    assert role is not None and role.title == "chef de la junte au pouvoir"


def test_the_republic_of_a_country_is_that_country(ctx: Any) -> None:
    m = annotate(ctx, "Le président de la République du Niger, Jean Dupuis, a parlé.")
    role = m["Jean Dupuis"].role
    assert role is not None and role.title == "président" and role.of == "Q1032"  # Niger
    # a republic whose remaining word names no one country is left as named
    m = annotate(ctx, "Jean Dupuis, président de la République démocratique du Congo, a parlé.")
    role = m["Jean Dupuis"].role
    assert role is not None and role.of == m["République démocratique du Congo"].entity


def test_a_superlative_before_an_english_title(ctx: Any) -> None:
    m = annotate(ctx, "Didier Leclerc, France's longest-serving coach, named his squad.", lang="en")
    role = m["Didier Leclerc"].role
    assert role is not None and role.title == "longest-serving coach" and role.of == "Q142"  # France
    m = annotate(ctx, "Kofi Mensah is Ghana's youngest president.", lang="en")
    role = m["Kofi Mensah"].role
    assert role is not None and "president" in role.title and role.of == m["Ghana"].entity
    # the superlative alone is no title
    m = annotate(ctx, "Kofi Mensah is his father's youngest son.", lang="en")
    assert m["Kofi Mensah"].role is None


def test_a_title_complement_is_no_name(ctx: Any) -> None:
    """"République" in "président de la République" belongs to the title: no person, no place."""
    m = annotate(ctx, "Le président de la République, Jean Dupuis, a parlé.")
    role = m["Jean Dupuis"].role
    assert role is not None and role.title == "président de la République"
    assert "République" not in m
    # a complement the inventory does not list stays a name the model may find
    m = annotate(ctx, "Le président de la Fédération, Jean Dupuis, a parlé.")
    assert m["Jean Dupuis"].role is not None


def test_an_english_complement_with_a_nationality(ctx: Any) -> None:
    m = annotate(ctx, "Dmitri Orlov, a spokesman for the Russian presidency, said.", lang="en")
    role = m["Dmitri Orlov"].role
    assert role is not None and role.title == "spokesman for the presidency" and role.of == "Q159"  # Russia
    # the words run on into the sentence: no complement
    m = annotate(ctx, "Somchai Wong, a spokesman for the Thai army said on Monday that calm had returned.",
                 lang="en")
    role = m["Somchai Wong"].role
    assert role is not None and role.title == "spokesman" and role.of is None
