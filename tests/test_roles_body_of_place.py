"""Roles (entities@24): a place after "of" that ends a body's name before an English title is part of
that name, and the title is the body's, not the place's ("Bank of England Governor X", "University of
Chicago professor X"). Sentences invented for the tests, not taken from any evaluation text."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def test_a_place_that_ends_a_bodys_name(ctx: Any) -> None:
    m = annotate(ctx, "Bank of Ruritania Governor Hans Weber said prices rise.", lang="en")
    role = m["Hans Weber"].role
    assert role is not None and role.title == "Governor" and role.of == m["Bank of Ruritania"].entity
    m = annotate(ctx, "University of Chicago professor Jane Roe said the study was flawed.", lang="en")
    role = m["Jane Roe"].role
    assert role is not None and role.of == m["University of Chicago"].entity
    # near miss: a title's own words before "of" name the office, and the place is what it is of
    m = annotate(ctx, "Prime Minister of India Anil Rao spoke.", lang="en")
    role = m["Anil Rao"].role
    assert role is not None and role.of == "Q668"
