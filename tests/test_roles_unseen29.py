"""Roles as classes of the language (entities@61): a minister's one capitalised word no gazetteer
knows before its head is its portfolio ("Sanitation Minister X"); a place's possessive noun ("the city's finance
director") is the office of the place of that kind named before; a capitalised common noun the
recogniser took for a one-word name inside a portfolio joined by "and" ("Minister of Trade and
Industry") is the portfolio's; a French field keeps the adjective after its noun when an article
stands before it ("directrice des ressources humaines"). Sentences invented for the tests, not taken
from any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def _roles(m: dict[str, Any], name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in m[name].roles] if name in m else []


def test_the_citys_office_is_the_city_named_before(ctx: Any) -> None:
    m = annotate(ctx, "Dana Pruitt has worked for the town of Fenwick Mills since 1990. "
                      "Pruitt is retiring as the town's treasurer next month.", lang="en")
    assert ("treasurer", "loc:fenwick-mills") in _roles(m, "Pruitt")
    # near miss: the same possessive with no place of that kind named before keeps no `of`
    m = annotate(ctx, "Dana Pruitt is retiring as the town's treasurer next month.", lang="en")
    assert ("treasurer", None) in _roles(m, "Dana Pruitt")
    # near miss: a place of another kind ("the county of") is not what "the town's" points to
    m = annotate(ctx, "Dana Pruitt has worked for the county of Fenwick since 1990. "
                      "Pruitt is retiring as the town's treasurer next month.", lang="en")
    assert all(of is None for _, of in _roles(m, "Pruitt"))


def test_a_one_word_name_inside_a_joined_portfolio_is_the_portfolios(ctx: Any) -> None:
    m = annotate(ctx, "The president named Kofi Amankwah Boateng as Minister of Trade and Industry, "
                      "and Mr Yaw Darko as Minister of Defence.", lang="en")
    assert [t for t, _ in _roles(m, "Kofi Amankwah Boateng")] == ["Minister of Trade and Industry"]
    # near miss: a surname alone after "and" stands for a person the text names in full
    m = annotate(ctx, "Kwame Darko met the Minister of Health and Darko said the talks went well.", lang="en")
    assert not any("Darko" in t for t, _ in _roles(m, "Kwame Darko"))


def test_a_ministers_one_word_portfolio_before_its_head(ctx: Any) -> None:
    m = annotate(ctx, "The decision fell to Sanitation Minister Kojo Ansah Mensah on Monday.", lang="en")
    assert ("Sanitation Minister", None) in _roles(m, "Kojo Ansah Mensah")
    # near miss: a country before the head is what the minister is of, not a portfolio
    m = annotate(ctx, "The decision fell to Ghana Minister Kojo Ansah Mensah on Monday.", lang="en")
    assert all(not t.startswith("Ghana") for t, _ in _roles(m, "Kojo Ansah Mensah"))


def test_a_french_fields_adjective_after_an_article(ctx: Any) -> None:
    m = annotate(ctx, "Hélène Vasseur, directrice des ressources humaines du groupe, a démissionné.")
    assert any(t == "directrice des ressources humaines" for t, _ in _roles(m, "Hélène Vasseur"))
    # near miss: a party's adjective after the field names the party the article names, not the field
    m = annotate(ctx, "Le Parti socialiste a voté, a dit la cheffe de file des députés socialistes Hélène Vasseur.")
    assert not any(t.endswith("socialistes") for t, _ in _roles(m, "Hélène Vasseur"))
    # near miss: a demonym after the field names what the office is of, not the field
    m = annotate(ctx, "Hélène Vasseur, cheffe de la transition malienne, a démissionné.")
    assert not any("malienne" in t for t, _ in _roles(m, "Hélène Vasseur"))
