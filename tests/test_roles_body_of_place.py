"""Roles (entities@24): a place after "of" that ends a body's name before an English title is part of
that name, and the title is the body's, not the place's ("Bank of England Governor X", "University of
Chicago professor X"). Sentences invented for the tests, not taken from any evaluation text."""

from __future__ import annotations

from typing import Any

from conftest import held_role as held


def test_a_place_that_ends_a_bodys_name(ctx: Any) -> None:
    m, role = held(ctx, "Hans Weber", "Bank of Ruritania Governor Hans Weber said prices rise.", lang="en")
    assert role.title == "Governor" and role.of == m["Bank of Ruritania"].entity
    m, role = held(ctx, "Jane Roe", "University of Chicago professor Jane Roe said the study was flawed.", lang="en")
    assert role.of == m["University of Chicago"].entity
    # near miss: a title's own words before "of" name the office, and the place is what it is of
    m, role = held(ctx, "Anil Rao", "Prime Minister of India Anil Rao spoke.", lang="en")
    assert role.of == "Q668"
