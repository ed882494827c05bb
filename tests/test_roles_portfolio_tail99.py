"""Roles (entities@99, issue 18): a French portfolio's own lowercase complement ("de la Santé au
travail", "de la Sécurité du quotidien", "de l'Égalité entre les femmes et les hommes") belongs to the
title up to where the title closes (`roles_words.portfolio_tail`); before, the title stopped at the
capitalised noun and the words left between it and the name hid the name. Sentences written for the
tests from the construction, not taken from any evaluation text; each beside near misses."""

from __future__ import annotations

from typing import Any

from test_roles_class_noun36 import _holds, _roles


def test_a_charged_portfolio_with_its_complement_before_the_name(ctx: Any) -> None:
    r = _roles(ctx, "Le secrétaire d'État chargé de la Santé au travail, Paul Girard, a présenté le texte.", "fr")
    assert _holds(r, "Paul Girard", "santé au travail", None)


def test_joined_portfolios_the_second_with_its_complement(ctx: Any) -> None:
    r = _roles(ctx, "C'est le secrétaire d'État chargé des Retraites et de la Santé au travail, Paul Girard "
                    "qui portera le texte.", "fr")
    assert _holds(r, "Paul Girard", "retraites et de la santé au travail", None)


def test_the_complement_in_an_apposition_after_the_name(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard, ministre de la Sécurité du quotidien, reste maire de Valence.", "fr")
    assert _holds(r, "Paul Girard", "ministre de la sécurité du quotidien", None)


def test_a_complement_of_several_words(ctx: Any) -> None:
    r = _roles(ctx, "La ministre de l'Égalité entre les femmes et les hommes, Anne Roux, a présenté le plan.", "fr")
    assert _holds(r, "Anne Roux", "égalité entre les femmes et les hommes", None)


def test_near_miss_a_verb_after_the_portfolio_is_no_complement(ctx: Any) -> None:
    # "a" without its accent is avoir: the title stays "ministre de la Santé"
    r = _roles(ctx, "Paul Girard, ministre de la Santé, a dit non. Le ministre de la Santé a dit non, a "
                    "ajouté Anne Roux.", "fr")
    assert _holds(r, "Paul Girard", "ministre de la santé", None)
    assert not any("dit" in title for title, _ in r.get("Paul Girard", []))
    assert not _holds(r, "Anne Roux", "ministre", None)


def test_near_miss_a_time_after_the_portfolio_stays_outside_the_title(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard, ministre de la Santé depuis 2020, a dit non.", "fr")
    assert _holds(r, "Paul Girard", "ministre de la santé", None)
    assert not any("depuis" in title for title, _ in r.get("Paul Girard", []))


def test_near_miss_an_adjective_already_read_is_unchanged(ctx: Any) -> None:
    r = _roles(ctx, "Le ministre de la Transition écologique, Paul Girard, a visité le site.", "fr")
    assert ("ministre de la transition écologique", None) in r.get("Paul Girard", [])


def test_portfolio_tail_reads_words_not_verbs() -> None:
    from veille.stages.entities.roles_words import portfolio_tail

    body = "ministre de la Santé au travail, X"
    at = body.index(" au")
    nouns = frozenset({body.index("travail")})
    assert portfolio_tail(body, at, nouns, frozenset()) == body.index(",")
    # the same words with no noun from the parse: no run
    assert portfolio_tail(body, at, frozenset(), frozenset()) is None
    # a run that does not close the title (no comma, no sentence end after it): none
    body2 = "ministre de la Santé au travail X"
    assert portfolio_tail(body2, at, frozenset({body2.index("travail")}), frozenset()) is None


def test_near_miss_a_day_after_the_portfolio_is_no_complement(ctx: Any) -> None:
    r = _roles(ctx, "Jean Roux a été nommé ministre de l'Intérieur mercredi. Paul Girard, ministre de la Santé "
                    "depuis hier soir, a parlé.", "fr")
    assert ("ministre de l'intérieur", None) in r.get("Jean Roux", [])
    assert not any("hier" in title for title, _ in r.get("Paul Girard", []))
