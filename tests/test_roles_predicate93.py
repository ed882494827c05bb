"""Roles (entities@93, issue 18): a title that a copula or a verb of appointment gives the person
before it belongs to that person, also in a gapped list ("X devient ministre de A, Y, ministre de B"):
the name after the title's comma is the list's next item, not the title's holder. Sentences written
for the tests from the constructions, not taken from any evaluation text; each rule beside its near
miss."""

from __future__ import annotations

from typing import Any

from tests.test_roles_class_noun36 import _roles
from tests.test_roles_succession93 import _holds


def test_a_predicate_title_is_the_subjects_not_the_next_items(ctx: Any) -> None:
    r = _roles(ctx, "Claire Martin est nommée ministre de la Santé, Louis Petit, ministre de la Culture.", "fr")
    assert _holds(r, "Claire Martin", "ministre de la santé")
    assert not _holds(r, "Louis Petit", "ministre de la santé")
    assert _holds(r, "Louis Petit", "ministre de la culture")


def test_near_miss_a_title_with_no_verb_before_it_is_the_apposed_names(ctx: Any) -> None:
    r = _roles(ctx, "Selon Claire Martin, qui a reçu le ministre de la Santé, Louis Petit, tout va bien.", "fr")
    assert _holds(r, "Louis Petit", "ministre de la santé")
    assert not _holds(r, "Claire Martin", "ministre")
