"""Roles attached by the syntax of unseen news (entities@45, eval/roles_pool's e15-f20): a post named
after "as" is the name's before it, a list of "X as A, Y as B" pairs each name with its own post, a
title's complement ("maire du Havre") is never the subject a later verb of office takes, a tenure
("depuis 16 ans") between two titles of one apposition, an adverb before "as", an owner noun with a
modifier ("the computer maker's"), a company a place qualifies ("San Jose-based … Xilinx"), a verb
of heading after an age ("X, 57 ans, préside …"). Sentences invented for the tests, not taken from
any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held
from conftest import role_title as _title


def test_a_post_after_as_is_the_name_before_it(ctx: Any) -> None:
    m = annotate(ctx, "The board named Tom Hale as chief executive, Anna Berg as chairman and Paul Ode, "
                      "acting as treasurer.", lang="en")
    assert (_title(m, "Tom Hale"), _title(m, "Anna Berg"), _title(m, "Paul Ode")) == (
        "chief executive", "chairman", "treasurer")
    # the title after "as" and a comma is not the next name's: "to act as Finance Minister, Y as …"
    m = annotate(ctx, "Officials said Ken Mensah had been asked to act as Finance Minister, Alan Boateng as "
                      "Minister of Trade and Industry.", lang="en")
    assert _title(m, "Ken Mensah") == "Finance Minister"
    assert _title(m, "Alan Boateng") == "Minister of Trade and Industry"
    # near miss: "as" before no title gives nothing, and the title after a plain comma is still the name's after it
    m = annotate(ctx, "Tom Hale, as expected, resigned. The finance minister, Anna Berg, replied.", lang="en")
    assert m["Tom Hale"].role is None and _title(m, "Anna Berg") == "finance minister"


def test_the_name_a_title_is_of_is_no_subject_of_a_later_verb(ctx: Any) -> None:
    m = annotate(ctx, "Édouard Michel, maire du Havre et président de la communauté urbaine, nommé premier "
                      "ministre mardi, a parlé. Michel a démissionné.")
    assert "Havre" not in m or m["Havre"].role is None
    titles = {r.title for k in ("Édouard Michel", "Michel") for r in m[k].roles}
    assert "premier ministre" in titles
    # near miss: a person named before the verb is its subject still
    m = annotate(ctx, "Jean Roux a été nommé ministre de l'Intérieur mercredi.")
    assert _title(m, "Jean Roux") == "ministre de l'Intérieur"


def test_a_tenure_between_two_titles_of_one_apposition(ctx: Any) -> None:
    m = annotate(ctx, "Jean Dupont, maire de Nevers depuis 12 ans et président de l'agglomération, a parlé. "
                      "Dupont a souri.")
    titles = {r.title for k in ("Jean Dupont", "Dupont") for r in m[k].roles}
    assert titles == {"maire", "président de l'agglomération"}
    # near miss: a second title with its own determiner after "et", and no comma closing it, is another subject's
    m = annotate(ctx, "Jean Dupont, maire de Nevers depuis 12 ans et le président de l'agglomération se sont vus.")
    assert _title(m, "Jean Dupont") == "maire"


def test_an_adverb_before_as_and_an_owner_noun_with_a_modifier(ctx: Any) -> None:
    m = annotate(ctx, "Tom Hale retired. Mr Hale served briefly as acting chief executive in 2005.", lang="en")
    titles = {r.title for r in (m["Tom Hale"].role, m["Hale"].role) if r is not None}
    assert "acting chief executive" in titles
    m = annotate(ctx, "Tom Hale, the chip maker's long-serving finance chief, will retire.", lang="en")
    assert _title(m, "Tom Hale") == "long-serving finance chief"
    # near miss: the wife of a minister is not the minister
    m = annotate(ctx, "Marie Roux, the wife of the minister Paul Roux, attended.", lang="en")
    assert m["Marie Roux"].role is None and _title(m, "Paul Roux") == "minister"


def test_the_company_a_place_qualifies(ctx: Any) -> None:
    m, role = held(ctx, "Lorenzo Reyes",
                   "Lorenzo Reyes, CFO of San Diego-based software company Quorvex, will resign.", lang="en")
    assert role.title == "CFO" and role.of == m["Quorvex"].entity
    # near miss: a place with no "-based" after it is what the title is of
    m, role = held(ctx, "Ana Diaz", "Ana Diaz, mayor of San Diego, spoke on Monday.", lang="en")
    assert role.of == m["San Diego"].entity


def test_a_verb_of_heading_after_an_age_between_commas(ctx: Any) -> None:
    m, role = held(ctx, "Nassimah Diallo", "Nassimah Diallo, 57 ans, préside le Conseil départemental depuis 2004.")
    assert role.title == "président"
    m, role = held(ctx, "John Hale", "John Hale, 61, chairs Northwind Bank.", lang="en")
    assert role.title == "chair"
    # near miss: what one runs after an age need not be a body
    m = annotate(ctx, "Mary Cole, 45, runs marathons every spring.", lang="en")
    assert m["Mary Cole"].role is None
