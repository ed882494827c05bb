"""A French title's `of` given by a party adjective (entities@37): "le leader insoumis X" is of the
organisation the article names with a word of that stem, also when the recogniser did not find
that name as an organisation ("La France insoumise", read as the place "France"). Sentences
invented for the tests, not taken from any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_a_party_adjective_gives_the_party_the_recogniser_missed(ctx: Any) -> None:
    m = annotate(ctx, "La France insoumise a réclamé un vote. « Il doit partir », a écrit la cheffe de file "
                      "des députés insoumis Claire Morin, et le leader insoumis Paul Girard a renchéri.")
    party = next(x for t, x in m.items() if t.endswith("France insoumise"))
    assert party.type == "ORG"
    for person in ("Claire Morin", "Paul Girard"):
        role = m[person].role
        assert role is not None and role.of == party.entity


def test_an_adjective_no_named_body_carries_gives_no_of(ctx: Any) -> None:
    # near miss: no socialist party is named, so the minister's adjective names nothing
    _, role = held(ctx, "Paul Girard",
                   "Le gouvernement a présenté son texte. Le ministre socialiste Paul Girard a dénoncé le vote.")
    assert role.of is None
    # nor does a name of another stem
    _, role = held(ctx, "Paul Girard",
                   "La Gauche radicale a voté contre. Le député insoumis Paul Girard a dénoncé le vote.")
    assert role.of is None


def test_two_names_of_the_stem_give_no_of(ctx: Any) -> None:
    # near miss: two bodies carry the stem, the adjective does not say which
    _, role = held(ctx, "Paul Girard",
                   "La Gauche socialiste et la Jeunesse socialiste ont manifesté. Le député socialiste "
                   "Paul Girard a dénoncé le vote.")
    assert role.of is None


def test_a_nationality_adjective_still_gives_the_country(ctx: Any) -> None:
    _, role = held(ctx, "Paul Girard",
                   "La France insoumise a réclamé un vote. Le ministre malien Paul Girard a répondu.")
    assert role.of == "Q912"
