"""Roles on unseen news of kinds the pools lacked (entities@49, eval/roles_pool's e21-f26: company
boards, academics, local officials, union leaders): a title modifier that opens a place's name ("New
York Governor X"), a title in parentheses after a name with what it is of ("X (professeur de
sociologie, université de Y)") or before it ("(Senate Majority Leader) X"), a relative clause's
copula ("X, qui restera administrateur", "X, who will remain a director"), an infinitive of
appointing and an incise before its object ("de nommer, à l'unanimité, X au poste de PDG"), "sa
fonction de", the field's adjective after a French title ("professeur de science politique"), and
the general source's nouns of occupations (WordNet 3.0, read in lowercase only). Sentences invented
for the tests, not taken from any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate


def _role(m: dict[str, Any], name: str) -> tuple[str | None, str | None]:
    role = m[name].role
    return (role.title, role.of) if role is not None else (None, None)


def test_a_modifier_that_opens_a_place_name_is_the_name_s(ctx: Any) -> None:
    m = annotate(ctx, "Officials met on Monday. They said New Jersey Governor Paul Rand agreed with "
                      "New York Mayor Jane Doll.", lang="en")
    assert _role(m, "Paul Rand") == ("Governor", "org:new-jersey")
    # a city's public office is the city's, a place (entities@68: "Houston Police Chief X")
    assert _role(m, "Jane Doll")[1] == "loc:new-york"
    # near miss: a name the text also writes alone is its own, "New" the title's tenure
    m = annotate(ctx, "The Zorbank cut rates. New Zorbank President Jan Kroll said inflation would fall.", lang="en")
    assert _role(m, "Jan Kroll")[1] == "org:zorbank"
    # near miss: a lowercase "new" qualifies the title, and what it is of is the name after it
    m = annotate(ctx, "Officials said the new FIFA president Gianni Marco agreed.", lang="en")
    title, of = _role(m, "Gianni Marco")
    assert title is not None and "president" in title and of is not None and "new" not in of


def test_a_title_in_parentheses_is_the_name_s_before_it(ctx: Any) -> None:
    m = annotate(ctx, "Dans l’article, Paul Durand (professeur de sociologie, Université de Lille) propose "
                      "une analyse.")
    title, of = _role(m, "Paul Durand")
    assert title == "professeur de sociologie" and of is not None and "lille" in of
    assert m["Université de Lille"].role is None
    # a title the parentheses hold before a name is that name's
    m = annotate(ctx, "We see this with (U.S. Senate Majority Leader) Tom Rich right now, he said.", lang="en")
    assert _role(m, "Tom Rich")[0] == "Majority Leader"
    # near miss: a party in parentheses after a title leaves the name after it the holder
    m = annotate(ctx, "Le maire (LR) de Nice, Paul Durand, a parlé.")
    assert _role(m, "Paul Durand")[0] is not None and "maire" in (_role(m, "Paul Durand")[0] or "")


@pytest.mark.parametrize(("titled", "near_miss"), [
    pytest.param([("Luc Brun, qui restera administrateur, a parlé.", "fr", "Luc Brun", "administrateur"),
                  ("Tom Hale, who will remain a director, said so.", "en", "Tom Hale", "director")],
                 # near miss: a relative clause with no title after its verb gives none
                 ("Luc Brun, qui restera à Paris, a parlé.", "Luc Brun"),
                 id="a_relative_clause_s_copula_gives_the_title"),
    pytest.param([("Le groupe a décidé de nommer, à l’unanimité, Marc Petit au poste de PDG.", "fr", "Marc Petit", "PDG"),
                  ("Julie Morel démissionne de sa fonction de trésorière.", "fr", "Julie Morel", "trésorière")],
                 # near miss: an infinitive of another verb gives its object no office
                 ("Le groupe a décidé de remercier, à l’unanimité, Marc Petit au nom du conseil.", "Marc Petit"),
                 id="an_infinitive_of_appointing_and_an_incise_before_its_object"),
])
def test_a_clause_s_title_is_the_person_s(ctx: Any, titled: list[tuple[str, str, str, str]],
                                          near_miss: tuple[str, str]) -> None:
    for text, lang, name, title in titled:
        assert _role(annotate(ctx, text, lang=lang), name)[0] == title
    text, name = near_miss
    assert annotate(ctx, text)[name].role is None


def test_the_field_s_adjective_is_the_title_s(ctx: Any) -> None:
    m = annotate(ctx, "Jean Dupuis, professeur de science politique, a parlé.")
    assert _role(m, "Jean Dupuis")[0] == "professeur de science politique"
    # near miss: a capitalised portfolio stays as it was
    m = annotate(ctx, "Jean Dupuis, ministre de la Santé, a parlé.")
    assert _role(m, "Jean Dupuis")[0] == "ministre de la Santé"


def test_the_general_source_s_occupations_are_read_in_lowercase_only(ctx: Any) -> None:
    m = annotate(ctx, "Officials said Karl Stein, a Harvard University ecologist, disagreed.", lang="en")
    assert _role(m, "Karl Stein")[0] == "ecologist"
    # near miss: the same kind of noun capitalised is a surname, no title
    m = annotate(ctx, "Officials said Karl Stein met Tom Carpenter on Monday.", lang="en")
    assert "Karl Stein" in m and m["Karl Stein"].role is None
