"""Roles by classes of construction that unseen news showed (entities@29, issue 18): a minister's
portfolio no lexicon lists ("ministre de la Mobilité"), two portfolios joined by "et" ("ministre de
la Santé et des Affaires sociales"), and an English one-word owner with the possessive at a
sentence's start ("Zorblax's chief executive X"). Sentences invented for the tests, not taken from
any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_a_portfolio_the_lexicon_lacks_is_the_title_s(ctx: Any) -> None:
    m, role = held(ctx, "Luc Dubois", "Luc Dubois, ministre de la Mobilité, a présenté son plan.")
    assert role.title == "ministre de la Mobilité" and role.of is None
    assert "Mobilité" not in m  # a portfolio is no organisation
    m, role = held(ctx, "Claire Noël", "La ministre de la Transition numérique, Claire Noël, est arrivée.")
    assert role.title == "ministre de la Transition numérique"
    # near misses: a level of government is what the minister is of, no portfolio; a name after
    # "de" is no portfolio either (the parse reads it as a proper noun)
    m, role = held(ctx, "Luc Dubois", "Luc Dubois, ministre de la Région wallonne, a parlé.")
    assert role.title == "ministre"
    m, role = held(ctx, "Luc Dubois", "Luc Dubois, ministre de la Belgique, a parlé.")
    assert role.title == "ministre" and role.of == m["Belgique"].entity


def test_two_portfolios_joined_by_et(ctx: Any) -> None:
    m, role = held(ctx, "Luc Dubois", "Le ministre de la Santé et des Affaires sociales, Luc Dubois, a démissionné.")
    assert role.title == "ministre de la Santé et des Affaires sociales"
    m, role = held(ctx, "Luc Dubois", "Luc Dubois, ministre de l'Agriculture et de l'Alimentation, a parlé.")
    assert role.title == "ministre de l'Agriculture et de l'Alimentation"
    assert "Alimentation" not in m
    # near miss: "et" before a lowercase common noun joins no portfolio
    m = annotate(ctx, "Luc Dubois, ministre de l'Intérieur et de la ville de Paris, a parlé.")
    role = m["Luc Dubois"].role
    assert role is None or "ville" not in role.title


def test_an_english_possessive_opening_the_sentence_owns_the_title(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale", "Zorblax's chief executive Tom Hale said sales rose.", lang="en")
    assert role.title == "chief executive" and role.of == m["Zorblax"].entity
    m, role = held(ctx, "Tom Hale", "Zorblax's new chief executive, Tom Hale, said sales rose.", lang="en")
    assert role.of == m["Zorblax"].entity
    # near misses: "It's" is a verb's "'s", "Today's" a time's: no owner
    m, role = held(ctx, "Tom Hale", "It's chief executive Tom Hale who decides.", lang="en")
    assert role.of is None
    m, role = held(ctx, "Tom Hale", "Today's chief executive Tom Hale said sales rose.", lang="en")
    assert role.of is None


def test_two_english_portfolios_joined_by_and(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale", "The Minister of Health and Social Affairs, Tom Hale, resigned.", lang="en")
    assert role.title == "Minister of Health and Social Affairs"
    m, role = held(ctx, "Tom Hale", "Tom Hale, Minister of Finance and Economic Planning, resigned.", lang="en")
    assert role.title == "Minister of Finance and Economic Planning"
    # near miss: a person or a place after "and" is no portfolio
    m = annotate(ctx, "The Minister of Health and Tom Hale resigned.", lang="en")
    assert m["Tom Hale"].role is None
    m = annotate(ctx, "The Minister of Health and France signed a deal.", lang="en")
    assert "France" in m and m["France"].role is None


def test_a_caption_s_title_then_the_organisation_without_de(ctx: Any) -> None:
    m, role = held(ctx, "Paul Essomba", "Paul Essomba, entraîneur Zorblax : « on a bien joué »\nLe match était dur.")
    assert role.title == "entraîneur" and role.of == m["Zorblax"].entity
    m, role = held(ctx, "Luc Dubois", "Luc Dubois, Entraîneur Aigle : « on n'était pas prêts »")
    assert role.of == m["Aigle"].entity
    # near misses: a person's full name after the title is no organisation, nor is anything after a
    # title with an article (the caption's comma must follow the person's name)
    m = annotate(ctx, "Luc Dubois, entraîneur Jean Martin : « on a bien joué »")
    role = m["Luc Dubois"].role
    assert role is None or role.of is None
    m, role = held(ctx, "Jean Martin", "Selon le président Jean Martin : « on a bien joué »")
    assert role.of is None


def test_a_time_adjunct_ends_what_an_english_title_is_of(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale", "Tom Hale was appointed chief executive of Zorblax in 2020.", lang="en")
    assert "chief executive" in role.title and role.of == m["Zorblax"].entity
    m, role = held(ctx, "Tom Hale", "Tom Hale, who was named chairman of Zorblax last year, spoke.", lang="en")
    assert role.of == m["Zorblax"].entity
    # near miss: a capitalised word before a lowercase word that is no time adjunct may open a
    # longer name or a verb's clause: no owner is read
    m, role = held(ctx, "Tom Hale", "Tom Hale, chairman of Zorblax expects growth, spoke.", lang="en")
    assert role.of is None


def test_a_known_place_the_model_missed_after_a_french_title(ctx: Any) -> None:
    m, role = held(ctx, "Luc Dubois", "Luc Dubois, maire de Lille depuis 2014, a parlé.")
    assert role.title == "maire" and role.of == m["Lille"].entity
    assert m["Lille"].type == "LOC"
    # near miss: a title's own complement is no place ("président de la République")
    m, role = held(ctx, "Luc Dubois", "Le président de la République, Luc Dubois, a parlé.")
    assert role.title == "président de la République" and role.of is None
