"""entities@78: a name the article itself presents as a place takes no organisation type from the
English recogniser. With `entities.english_ner_agreed` on (the default), the recogniser's ORG whose
bounds the grammar gives too is kept with the recogniser's type; a settlement's last word that is
also an organisation's head ("Mills", "Works") made it type a town an organisation. What the
article says of the name wins: a settlement's or an area's noun naming it in apposition ("the town
of X", "X, a small town in ...") or as a predicate ("X is a village"). Names and sentences invented
for the tests; each form beside a near miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article
from veille.stages.entities.english_names import presented_as_place


def test_a_settlement_noun_in_apposition_or_predicate_presents_the_name_as_a_place() -> None:
    assert presented_as_place("She has worked for the town of Fenwick Mills since 1990.", "Fenwick Mills")
    assert presented_as_place("Fenwick Mills, a small town in Ohio, voted on Monday.", "Fenwick Mills")
    assert presented_as_place("Fenwick Mills, a mill town, voted on Monday.", "Fenwick Mills")
    assert presented_as_place("Fenwick Mills is a village of 900 people.", "Fenwick Mills")
    assert presented_as_place("They met in Carrow. Carrow was the county seat. Carrow is a city.", "Carrow")


def test_a_place_noun_that_does_not_name_the_name_presents_nothing() -> None:
    # a possessive ("the town's largest employer"), a noun modifying another ("a county employer",
    # "a state-owned company") and a preposition alone ("in X") say nothing of what X is
    assert not presented_as_place("Fenwick Mills, the town's largest employer, cut jobs.", "Fenwick Mills")
    assert not presented_as_place("Fenwick Mills is a county employer.", "Fenwick Mills")
    assert not presented_as_place("Fenwick Mills, a state-owned company, cut jobs.", "Fenwick Mills")
    assert not presented_as_place("Shares in Fenwick Mills fell on Monday.", "Fenwick Mills")
    # a longer name the word is part of is another name
    assert not presented_as_place("the town of Fenwick Mills Road", "Fenwick")


def _types(ctx: Any, body: str) -> dict[str, str]:
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    nlp_batch([a], ctx)
    entities_batch([a], ctx)
    return {m.text: m.type for m in a.mentions}


def test_the_recogniser_s_organisation_the_article_calls_a_town_is_a_place(ctx: Any) -> None:
    assert ctx.config.nlp.english_ner and ctx.config.entities.english_ner_agreed  # the default
    got = _types(ctx, "Dana Pruitt has worked for the town of Fenwick Mills since 1990.")
    assert got.get("Fenwick Mills") == "LOC"


def test_the_recogniser_s_organisation_ending_in_an_organisation_head_stays_one(ctx: Any) -> None:
    # near misses: a mill company the article never calls a place, with a place noun near it that
    # names something else ("the town's largest employer")
    assert _types(ctx, "Shares in Norland Textile Mills fell on Monday.").get("Norland Textile Mills") == "ORG"
    got = _types(ctx, "Shares in Norland Textile Mills, the town's largest employer, fell on Monday.")
    assert got.get("Norland Textile Mills") == "ORG"


def test_a_place_s_possessive_points_to_no_place_the_text_calls_another_kind(ctx: Any) -> None:
    from conftest import annotate_entities

    def of(body: str) -> list[str | None]:
        m = annotate_entities(ctx, body, lang="en")
        return [r.of for r in m["Pruitt"].roles] if "Pruitt" in m else []

    # "the county of Fenwick" is no town: "the town's treasurer" is of no place the text names
    assert of("Dana Pruitt has worked for the county of Carrow since 1990. "
              "Pruitt is retiring as the town's treasurer next month.") in ([None], [])
    # near miss: "the city of" and "the town's" both name a settlement, the same one
    assert of("Dana Pruitt has worked for the city of Carrow since 1990. "
              "Pruitt is retiring as the town's treasurer next month.") == ["loc:carrow"]
    # near miss: a place no noun presents is what the possessive points to, as before
    assert of("Dana Pruitt has lived in Carrow since 1990. "
              "Pruitt is retiring as the town's treasurer next month.") == ["loc:carrow"]
