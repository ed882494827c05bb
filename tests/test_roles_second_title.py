"""A person's second title inside one apposition (entities@36): "X, the mayor of Boston and a former
health secretary, said", "X, maire de Lille et une ancienne ministre de la Santé, a dit". The second
title, joined by "and/et" and a determiner, is the same person's when a comma closes the apposition
after it; and a one-word name after "of" ends before "and" and a lowercase phrase, so the first title
keeps what it is of. Sentences invented for the tests, not taken from any evaluation text; each rule
has its near miss. Since entities@54 a mention holds every role it states (`Mention.roles`)."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def _roles(m: dict[str, Any], *names: str) -> set[tuple[str, Any]]:
    return {(r.title, r.of) for n in names for r in m[n].roles}


def test_a_one_word_place_after_of_ends_before_a_second_title(ctx: Any) -> None:
    m = annotate(ctx, "Anne Roux, the mayor of Boston and a former health secretary, criticised the plan. "
                      "Roux said it was late.", lang="en")
    assert ("mayor", m["Boston"].entity) in _roles(m, "Anne Roux", "Roux")
    m = annotate(ctx, "Tom Hale, the chairman of Acme and a former banker, said sales rose. Hale left.", lang="en")
    assert ("chairman", m["Acme"].entity) in _roles(m, "Tom Hale", "Hale")
    # near miss: "and" then a capitalised word continues the name the title is of
    m = annotate(ctx, "Tom Hale, the head of Research and Development, said sales rose. Hale left.", lang="en")
    assert ("head of Research and Development", None) in _roles(m, "Tom Hale", "Hale")


def test_a_second_title_with_a_determiner_in_a_closed_apposition(ctx: Any) -> None:
    m = annotate(ctx, "Anne Roux, the mayor of Boston and a former health secretary, criticised the plan. "
                      "Roux said it was late.", lang="en")
    assert ("former health secretary", None) in _roles(m, "Anne Roux", "Roux")
    m = annotate(ctx, "Anne Roux, maire de Lille et une ancienne ministre de la Santé, a critiqué le plan. "
                      "Roux a dit non.")
    roles = _roles(m, "Anne Roux", "Roux")
    assert ("maire", m["Lille"].entity) in roles
    assert any(title.startswith("ancienne ministre") for title, _ in roles)
    m = annotate(ctx, "Anne Roux, ancienne ministre et l'actuelle maire de Lille, a critiqué le plan. "
                      "Roux a dit non.")
    roles = _roles(m, "Anne Roux", "Roux")
    assert ("ancienne ministre", None) in roles and ("actuelle maire", m["Lille"].entity) in roles


def test_near_miss_an_open_apposition_coordinates_another_subject(ctx: Any) -> None:
    # no comma closes the phrase: "the prefect" is another subject of "met", not Roux's title
    m = annotate(ctx, "Anne Roux, the mayor of Boston and the prefect met on Monday. Roux said it was late.",
                 lang="en")
    assert not any("prefect" in title for title, _ in _roles(m, "Anne Roux", "Roux"))
    m = annotate(ctx, "Anne Roux, la maire de Lille et le préfet se sont rencontrés lundi. Roux a dit non.")
    assert not any("préfet" in title for title, _ in _roles(m, "Anne Roux", "Roux"))


def test_ex_fused_to_the_name_before_an_english_title(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale", "Ex-Zorblax CEO Tom Hale said sales fell.", lang="en")
    assert "CEO" in role.title and role.of == m["Zorblax"].entity
    m, role = held(ctx, "Tom Hale", "The club hired the ex-Zorblax manager Tom Hale on Monday.", lang="en")
    assert "manager" in role.title and role.of == m["Zorblax"].entity
    # near miss: one capitalised word opening the sentence, without "ex-", may be any word
    m, role = held(ctx, "Tom Hale", "Yesterday CEO Tom Hale said sales fell.", lang="en")
    assert role.of is None


def test_a_coordinated_english_title_qualified_by_a_noun(ctx: Any) -> None:
    m, role = held(ctx, "Kenji Sato", "Japan's prime minister and party leader Kenji Sato was shot.", lang="en")
    assert "prime minister" in role.title and "party leader" in role.title
    assert role.of == m["Japan"].entity
    # near miss: a possessive opens another person's phrase, whose name takes no title of the first
    m = annotate(ctx, "Japan's prime minister and his wife Akie Sato were shot.", lang="en")
    assert m["Akie Sato"].role is None


def test_a_second_title_after_the_year_the_first_was_held_from(ctx: Any) -> None:
    m = annotate(ctx, "Luc Martin, directeur général de Zorblax depuis 2020 et président du Medef, a parlé. "
                      "Martin a dit non.")
    roles = _roles(m, "Luc Martin", "Martin")
    assert ("président", m["Medef"].entity) in roles and any(t == "directeur général" for t, _ in roles)
    # near miss: a name after "et" is another person, who takes no title of the first
    m = annotate(ctx, "Luc Martin, directeur général de Zorblax depuis 2020 et Anne Roux ont parlé. "
                      "Martin a dit non.")
    assert m["Anne Roux"].role is None
