"""Roles (entities@93, issue 18): a title that a copula or a verb of appointment gives the person
before it belongs to that person, also in a gapped list ("X devient ministre de A, Y ministre de B"),
and the subject of a verb of appointment parted from it by an incise that names someone else ("X, who
ran Y's campaign, has been appointed as …"); English verbs of holding an office again ("returns as",
"is to remain as", "moves to the role of", "has been made"). Sentences written for the tests from the
constructions, not taken from any evaluation text; each rule beside its near miss."""

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


def test_the_subject_across_an_incise_that_names_another_person(ctx: Any) -> None:
    r = _roles(ctx, "Anna Berger, who ran Paul Girard's campaign, has been appointed as chief executive.", "en")
    assert _holds(r, "Anna Berger", "chief executive")
    assert not _holds(r, "Paul Girard", "chief executive")


def test_near_miss_the_last_name_right_before_the_verb_is_its_subject(ctx: Any) -> None:
    r = _roles(ctx, "Paul Girard said that Anna Berger has been appointed as chief executive.", "en")
    assert _holds(r, "Anna Berger", "chief executive")
    assert not _holds(r, "Paul Girard", "chief executive")


def test_returning_to_an_office_and_remaining_in_one(ctx: Any) -> None:
    r = _roles(ctx, "Anna Berger returns as health secretary, the post she held until May.", "en")
    assert _holds(r, "Anna Berger", "health secretary")
    r = _roles(ctx, "Paul Girard is to remain as chancellor of the exchequer.", "en")
    assert _holds(r, "Paul Girard", "chancellor")


def test_near_miss_a_return_as_no_office(ctx: Any) -> None:
    r = _roles(ctx, "Anna Berger returns as promised to the village where she grew up.", "en")
    assert r.get("Anna Berger", []) == []
