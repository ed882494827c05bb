"""Roles (entities@93, issue 18): an office handed over belongs to the one who leaves it too, where
an incise stands between the predecessor and "as", where a second predecessor follows, and where the
predecessor closes the clause that gives the successor the office ("en remplacement de X", "à la
place de X", "replacing X"). Sentences written for the tests from the constructions, not taken from
any evaluation text; each rule beside its near miss."""

from __future__ import annotations

from typing import Any

from tests.test_roles_class_noun36 import _roles


def _holds(roles: dict[str, list[tuple[str, str | None]]], name: str, word: str) -> bool:
    return any(word in title for title, _ in roles.get(name, []))


def test_an_incise_between_the_predecessor_and_as(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard replaces Anna Berger, a close ally of the president, as finance "
                    "minister.", "en")
    assert _holds(r, "Anna Berger", "finance minister")


def test_a_second_predecessor_with_its_own_office(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard replaces Anna Berger as finance minister and Marc Dubois as "
                    "defence secretary.", "en")
    assert _holds(r, "Anna Berger", "finance minister")
    assert _holds(r, "Marc Dubois", "defence secretary")
    assert not _holds(r, "Anna Berger", "defence secretary")


def test_near_miss_a_verb_of_succession_with_no_office_gives_none(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard replaces Anna Berger, who resigned on Monday.", "en")
    assert r.get("Anna Berger", []) == []


def test_en_remplacement_de_gives_the_predecessor_the_office(ctx: Any) -> None:
    r = _roles(ctx, "Claire Martin est nommée ministre de la Santé, en remplacement de Louis Petit.", "fr")
    assert _holds(r, "Louis Petit", "ministre de la santé")
    assert _holds(r, "Claire Martin", "ministre de la santé")


def test_a_la_place_de_after_a_joined_portfolio(ctx: Any) -> None:
    r = _roles(ctx, "Claire Martin devient porte-parole du gouvernement à la place de Louis Petit.", "fr")
    assert _holds(r, "Louis Petit", "porte-parole")


def test_replacing_after_an_appointment(ctx: Any) -> None:
    r = _roles(ctx, "Acme appointed Paul Girard as its new managing director, replacing Anna Berger.", "en")
    assert _holds(r, "Anna Berger", "managing director")


def test_near_miss_a_title_that_is_no_predicate_gives_the_replaced_nothing(ctx: Any) -> None:
    # the minister is the clause's subject, not an office given: Louis Petit replaced someone else
    r = _roles(ctx, "Le ministre de la Santé a reçu Claire Martin à la place de Louis Petit.", "fr")
    assert not _holds(r, "Louis Petit", "ministre")


def test_near_miss_a_name_between_the_office_and_the_phrase(ctx: Any) -> None:
    # the office is Claire Martin's, and the phrase of replacement is about another clause's object
    r = _roles(ctx, "Claire Martin, ministre de la Santé, a invité Marc Dubois à la place de Louis Petit.", "fr")
    assert not _holds(r, "Louis Petit", "ministre")
