"""Roles (entities@93, issue 18): an English anaphoric possessive of more kinds of organisation ("the
foundation's spokesperson", "the movement's political chief") and with a qualifier that is an acronym
("the AI foundation's") gives the title the organisation the text named before, as "the company's"
does; a body of another organisation ("the committee's") is not the one named before. Sentences written for the tests from the constructions, not taken from any evaluation text;
each beside its near miss."""

from __future__ import annotations

from typing import Any

from tests.test_roles_class_noun36 import _roles as roles_of


def _roles(ctx: Any, body: str) -> dict[str, list[tuple[str, str | None]]]:
    return roles_of(ctx, body, "en")


def test_the_foundations_spokesperson_is_the_organisation_named_before(ctx: Any) -> None:
    r = _roles(ctx, "The Gates Foundation released a plan on Monday. Anna Berger, the foundation's "
                    "spokesperson, said it was safe.")
    assert any("spokesperson" in t and o is not None for t, o in r.get("Anna Berger", []))


def test_an_acronym_may_qualify_the_owner_noun(ctx: Any) -> None:
    r = _roles(ctx, "The Gates Foundation released a plan on Monday. Anna Berger, the AI foundation's "
                    "spokesperson, said it was safe.")
    assert any("spokesperson" in t and o is not None for t, o in r.get("Anna Berger", []))


def test_near_miss_a_persons_possessive_names_no_organisation(ctx: Any) -> None:
    r = _roles(ctx, "The Gates Foundation released a plan on Monday. Anna Berger, the neighbour's "
                    "lawyer, said it was safe.")
    assert not any(o is not None for _, o in r.get("Anna Berger", []))
