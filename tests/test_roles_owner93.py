"""Roles (entities@93, issue 18): an English anaphoric possessive of more kinds of organisation ("the
foundation's spokesperson", "the movement's political chief") and with a qualifier that is an acronym
("the AI foundation's") gives the title the organisation the text named before, as "the company's"
does; a body of another organisation ("the committee's") is not the one named before. Sentences written for the tests from the constructions, not taken from any evaluation text;
each beside its near miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article


def _roles(ctx: Any, body: str) -> dict[str, list[tuple[str, str | None]]]:
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    article = Article(id="t", source="t", raw=body, body=body, lang="en", published="2025-06-06")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    out: dict[str, list[tuple[str, str | None]]] = {}
    for m in article.mentions:
        out.setdefault(m.text, []).extend((r.title.lower(), r.of) for r in m.roles)
    return out


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
