"""entities@109: French roles in a series of clauses or appositions (issue 18). A later clause with its own
subject and copula or verb of appointment closes the earlier verb's reach ("X est nommée ministre A, Y est
ministre B"); a bare title set off by commas right after a name is that name's apposition even where
another name follows ("X, ministre A et porte-parole B, Y, ministre C"). Sentences invented for the tests,
not taken from any evaluation text; each beside near misses (what must not change)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_clauses import apposed_to_before


def _titles(mentions: dict[str, Any], name: str) -> list[str]:
    return sorted(r.title for r in mentions[name].roles) if name in mentions else []


@pytest.mark.parametrize("text", [
    "Claire Martin est nommée ministre du Travail, Marie Lebrun est ministre de la Culture.",
    "Claire Martin a été nommée ministre du Travail, Marie Lebrun devient ministre de la Culture.",
    "Claire Martin a été élue présidente du Sénat et Marie Lebrun a été nommée ministre de la Culture.",
])
def test_a_later_clause_keeps_its_own_title(ctx: Any, text: str) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, text)
    assert not any("Culture" in t for t in _titles(mentions, "Claire Martin")), _titles(mentions, "Claire Martin")
    assert any("Culture" in t for t in _titles(mentions, "Marie Lebrun")), _titles(mentions, "Marie Lebrun")


def test_a_later_clause_in_english(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Jane Smith was named chief executive, and John Jones is chairman of the "
                                 "board.", "en")
    assert _titles(mentions, "Jane Smith") == ["chief executive"]
    assert _titles(mentions, "John Jones") == ["chairman"]


@pytest.mark.parametrize("text", [
    # near miss: a gapped list (no verb of its own after the second name) is still read as one
    "Claire Martin est nommée ministre du Travail, Marie Lebrun ministre de la Culture.",
])
def test_a_gapped_list_still_gives_each_item_its_title(ctx: Any, text: str) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, text)
    assert _titles(mentions, "Claire Martin") == ["ministre du Travail"]
    assert _titles(mentions, "Marie Lebrun") == ["ministre de la Culture"]


def test_a_name_in_a_relative_clause_takes_nothing(ctx: Any) -> None:
    # near miss: "un poste que Y occupait" has no copula nor verb of appointment before a title
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Claire Martin a été nommée ministre du Travail, un poste que Marie "
                                 "Lebrun occupait.")
    assert _titles(mentions, "Claire Martin") == ["ministre du Travail"]
    assert _titles(mentions, "Marie Lebrun") == []


def test_a_series_of_appositions(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Claire Martin, ministre du Travail et porte-parole du gouvernement, Marie "
                                 "Lebrun, ministre de la Culture, ont visité l'usine.")
    martin = _titles(mentions, "Claire Martin")
    assert "ministre du Travail" in martin and "porte-parole du gouvernement" in martin, martin
    assert _titles(mentions, "Marie Lebrun") == ["ministre de la Culture"]


def test_three_appositions(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Claire Martin, ministre du Travail, Marie Lebrun, ministre de la Culture, "
                                 "et Paul Roux, ministre de l'Intérieur, ont visité l'usine.")
    assert _titles(mentions, "Claire Martin") == ["ministre du Travail"]
    assert _titles(mentions, "Marie Lebrun") == ["ministre de la Culture"]
    assert _titles(mentions, "Paul Roux") == ["ministre de l'Intérieur"]


def test_english_appositions(ctx: Any) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, "Jane Smith, chief executive of Acme, John Jones, chairman of Beta, "
                                 "attended.", "en")
    assert _titles(mentions, "Jane Smith") == ["chief executive"]
    assert _titles(mentions, "John Jones") == ["chairman"]


@pytest.mark.parametrize(("text", "name", "title"), [
    # near misses: one apposition keeps both its coordinated titles; a title before the name it
    # qualifies, with a determiner, stays that name's; a plural title before coordinated names is each one's
    ("Claire Martin, ministre du Travail et porte-parole du gouvernement, a visité l'usine.",
     "Claire Martin", "porte-parole du gouvernement"),
    ("Le ministre de l'Intérieur, Gérald Darmanin, a réagi lundi.", "Gérald Darmanin", "ministre de l'Intérieur"),
    ("Les présidents Emmanuel Macron et Joe Biden se sont rencontrés.", "Joe Biden", "présidents"),
    ("Les présidents Emmanuel Macron et Joe Biden se sont rencontrés.", "Emmanuel Macron", "présidents"),
])
def test_near_misses_keep_their_titles(ctx: Any, text: str, name: str, title: str) -> None:
    from conftest import annotate_entities

    mentions = annotate_entities(ctx, text)
    assert title in _titles(mentions, name), _titles(mentions, name)


def _cand(body: str, name: str) -> Candidate:
    start = body.index(name)
    return Candidate(start, start + len(name), "PER")


def test_apposed_to_before() -> None:
    body = "Claire Martin, ministre du Travail, Marie Lebrun"
    t0, t1 = body.index("ministre"), body.index(", Marie")
    assert apposed_to_before(body, t0, t1, _cand(body, "Claire Martin"), _cand(body, "Marie Lebrun"))
    # near miss: a determiner before the title leaves it to the reading before (the name after it)
    body = "Claire Martin, le ministre du Travail, Marie Lebrun"
    t0, t1 = body.index("le ministre"), body.index(", Marie")
    assert not apposed_to_before(body, t0, t1, _cand(body, "Claire Martin"), _cand(body, "Marie Lebrun"))
