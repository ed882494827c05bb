"""entities@73 (issue 18, helper rol34): one person holding two offices, as French news states it
(cumul des mandats): a second office after "et surtout/aussi", after "il est également", after a
title fronted before the pronoun subject ("Conseiller général de X, il est …"), under "cumule les
fonctions de A et de B". Sentences invented for the
tests, not taken from any evaluation text; each rule beside its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def _roles(m: dict[str, Any], name: str) -> set[tuple[str, str | None]]:
    return {(r.title, r.of) for r in m[name].roles} if name in m else set()


def test_a_second_office_after_an_adverb_of_addition(ctx: Any) -> None:
    m = annotate(ctx, "Paul Garnier, maire de Lorient et surtout président de la région Bretagne, a parlé.")
    assert {("maire", "loc:lorient"), ("président de la région", "loc:bretagne")} <= _roles(m, "Paul Garnier")
    m = annotate(ctx, "Paul Garnier a été réélu maire de Lorient. Il est également vice-président du Conseil régional.")
    assert any(t.startswith("vice-président") for t, _ in _roles(m, "Paul Garnier"))
    # near miss: another subject after "et" is another person's office
    m = annotate(ctx, "Paul Garnier, maire de Lorient, et Anne Col, présidente de la région Bretagne, ont parlé.")
    assert not any(t.startswith("présidente") for t, _ in _roles(m, "Paul Garnier"))


def test_a_title_fronted_before_the_pronoun_subject(ctx: Any) -> None:
    m = annotate(ctx, "Paul Garnier a été réélu maire de Lorient. Conseiller général du Morbihan, il est aussi "
                      "vice-président du Conseil régional.")
    assert ("Conseiller général", "loc:morbihan") in _roles(m, "Paul Garnier")
    # near miss: a sentence before that names no one: the pronoun has no antecedent to give it to
    m = annotate(ctx, "La séance a été levée. Conseiller général du Morbihan, il est aussi vice-président du Conseil "
                      "régional. Paul Garnier a quitté la salle.")
    assert not any(t.startswith("Conseiller") for t, _ in _roles(m, "Paul Garnier"))


def test_holding_two_offices_at_once(ctx: Any) -> None:
    m = annotate(ctx, "Paul Garnier cumule les fonctions de maire de Lorient et de président de la région Bretagne.")
    assert {("maire", "loc:lorient"), ("président de la région", "loc:bretagne")} <= _roles(m, "Paul Garnier")
    # near miss: an office only named, not held ("critique la fonction de maire")
    m = annotate(ctx, "Paul Garnier critique les fonctions de maire dans les petites communes.")
    assert _roles(m, "Paul Garnier") == set()



def test_the_same_subject_carried_over_sentences_that_name_no_one(ctx: Any) -> None:
    m = annotate(ctx, "Paul Garnier, 70 ans, entrera au Sénat. Il a été réélu maire de Lorient en 2014. L'homme politique "
                      "cumule les mandats locaux. Conseiller général du Morbihan, il est également vice-président du "
                      "Conseil régional.")
    roles = _roles(m, "Paul Garnier")
    assert ("maire", "loc:lorient") in roles and ("Conseiller général", "loc:morbihan") in roles
    # near miss: a sentence between whose subject is something else breaks the chain
    m = annotate(ctx, "Paul Garnier, 70 ans, entrera au Sénat. La séance a été levée. Il est également vice-président "
                      "du Conseil régional.")
    assert _roles(m, "Paul Garnier") == set()
    # near miss: a pronoun of the other sex stands for someone not named
    m = annotate(ctx, "Paul Garnier, 70 ans, entrera au Sénat. Elle a été réélue maire de Lorient en 2014.")
    assert _roles(m, "Paul Garnier") == set()
