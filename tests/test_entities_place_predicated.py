"""entities@79: a name the article calls a settlement in a predicate or an apposition after it
("Morgan Hill, a small city in California"; "X is a village") is no person the English people rules
read from a given name, and a title's complement so presented ("treasurer of Carter Lake, a small
town in Iowa") is a place, no organisation (`english_names.predicated_as_place`). Names and
sentences invented for the tests; each form beside a near miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article
from veille.stages.entities.english_names import predicated_as_place


def _mentions(ctx: Any, body: str) -> list[Any]:
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    nlp_batch([a], ctx)
    entities_batch([a], ctx)
    return a.mentions


def _roles(ctx: Any, body: str, name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for m in _mentions(ctx, body) if m.text == name for r in m.roles]


def test_a_settlement_in_apposition_or_predicate_is_no_person(ctx: Any) -> None:
    body = "Morgan Hill, a small city in California, voted on Monday. Officials in Morgan Hill said it was close."
    assert {m.type for m in _mentions(ctx, body) if m.text == "Morgan Hill"} == {"LOC"}
    body = "Morgan Hill is a small city. Its council met on Monday."
    assert "PER" not in {m.type for m in _mentions(ctx, body) if m.text == "Morgan Hill"}
    assert predicated_as_place("Morgan Hill is a village of 900 people.", "Morgan Hill")


def test_a_person_with_a_place_noun_in_a_title_stays_a_person(ctx: Any) -> None:
    # near misses: "a city councilwoman" is a person's office; a place noun before the name names
    # something else ("Across the district, X said")
    body = "Morgan Hill, a city councilwoman in California, voted on Monday."
    assert {m.type for m in _mentions(ctx, body) if m.text == "Morgan Hill"} == {"PER"}
    body = "Across the district, Morgan Hill said the vote was close."
    assert {m.type for m in _mentions(ctx, body) if m.text == "Morgan Hill"} == {"PER"}
    assert not predicated_as_place("Across the district, Morgan Hill said the vote was close.", "Morgan Hill")


def test_a_title_s_complement_called_a_town_is_a_place(ctx: Any) -> None:
    body = "Dana Pruitt, treasurer of Carter Lake, a small town in Iowa, resigned on Monday."
    assert _roles(ctx, body, "Dana Pruitt") == [("treasurer", "loc:carter-lake")]
    assert {m.type for m in _mentions(ctx, body) if m.text == "Carter Lake"} == {"LOC"}


def test_a_title_s_complement_called_a_company_stays_an_organisation(ctx: Any) -> None:
    # near miss: a mill the article calls a company
    body = "Dana Pruitt, the treasurer of Norland Mills, a textile company, resigned on Monday."
    assert _roles(ctx, body, "Dana Pruitt") == [("treasurer", "org:norland-mills")]
