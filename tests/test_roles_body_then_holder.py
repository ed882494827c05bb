"""French "<title> de <body> <holder>" (entities@36): "le patron de Zorblax Luc Martin", where the
model runs a body the gazetteer does not know into its holder's name. A given name inside the span,
with a surname after it and no given name before it, starts the person; the words before it are the
organisation the title is of. Sentences invented for the tests, not taken from any evaluation text."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_a_body_run_into_its_holders_name_after_a_title(ctx: Any) -> None:
    m, role = held(ctx, "Luc Martin", "Le patron de Zorblax Luc Martin a parlé.")
    assert role.title == "patron" and role.of == m["Zorblax"].entity
    assert m["Zorblax"].type == "ORG"
    m, role = held(ctx, "Anne Roux", "L'ex-directrice de Zorblax Anne Roux a parlé.")
    assert "directrice" in role.title and role.of == m["Zorblax"].entity


def test_near_miss_a_span_that_opens_with_a_given_name_is_one_person(ctx: Any) -> None:
    m = annotate(ctx, "Le fils de Luc Martin a parlé.")
    assert "Luc Martin" in m and m["Luc Martin"].type == "PER" and "Luc" not in m
    # no title before "de": nothing says the first words are a body
    m = annotate(ctx, "Le chien de Zorblax Luc Martin a aboyé.")
    assert "Luc Martin" not in m
