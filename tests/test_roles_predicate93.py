"""Roles (entities@93, issue 18): a title that a copula or a verb of appointment gives the person
before it belongs to that person, also in a gapped list ("X devient ministre de A, Y, ministre de B"):
the name after the title's comma is the list's next item, not the title's holder. Sentences written
for the tests from the constructions, not taken from any evaluation text; each rule beside its near
miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article


def _roles(ctx: Any, body: str, lang: str) -> dict[str, list[tuple[str, str | None]]]:
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    article = Article(id="t", source="t", raw=body, body=body, lang=lang, published="2025-06-06")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    out: dict[str, list[tuple[str, str | None]]] = {}
    for m in article.mentions:
        out.setdefault(m.text, []).extend((r.title.lower(), r.of) for r in m.roles)
    return out


def _holds(roles: dict[str, list[tuple[str, str | None]]], name: str, word: str) -> bool:
    return any(word in title for title, _ in roles.get(name, []))


def test_a_predicate_title_is_the_subjects_not_the_next_items(ctx: Any) -> None:
    r = _roles(ctx, "Claire Martin est nommée ministre de la Santé, Louis Petit, ministre de la Culture.", "fr")
    assert _holds(r, "Claire Martin", "ministre de la santé")
    assert not _holds(r, "Louis Petit", "ministre de la santé")
    assert _holds(r, "Louis Petit", "ministre de la culture")


def test_near_miss_a_title_with_no_verb_before_it_is_the_apposed_names(ctx: Any) -> None:
    r = _roles(ctx, "Selon Claire Martin, qui a reçu le ministre de la Santé, Louis Petit, tout va bien.", "fr")
    assert _holds(r, "Louis Petit", "ministre de la santé")
    assert not _holds(r, "Claire Martin", "ministre")
