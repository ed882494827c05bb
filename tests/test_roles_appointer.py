"""Whose is an office a verb of appointment gives its object (entities@67): the organisation that is
the verb's subject ("Renault a nommé X directeur général" is Renault's directeur général; "Acme Corp
said it named X chief executive"). A person as the subject, or the verb inside a relative clause or a
reported "que", gives no owner. Sentences invented for the tests, not taken from any evaluation
text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def _roles(m: dict[str, Any], name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in m[name].roles] if name in m else []


def test_the_french_subject_organisation_owns_the_office(ctx: Any) -> None:
    m = annotate(ctx, "Michelin a nommé Paul Girard directeur général adjoint.")
    assert ("directeur général adjoint", "org:michelin") in _roles(m, "Paul Girard")
    m = annotate(ctx, "Le conseil d'administration de Michelin a nommé Paul Girard directeur financier.")
    assert ("directeur financier", "org:michelin") in _roles(m, "Paul Girard")


def test_the_english_subject_organisation_owns_the_office(ctx: Any) -> None:
    m = annotate(ctx, "Northwind Holdings said it named Ada Brooks chief financial officer.", lang="en")
    assert ("chief financial officer", "org:northwind-holdings") in _roles(m, "Ada Brooks")


def test_a_person_appointing_owns_no_office(ctx: Any) -> None:
    m = annotate(ctx, "Le maire Paul Girard a nommé Lise Moreau directrice de cabinet.")
    assert all(of is None or "girard" not in of for _, of in _roles(m, "Lise Moreau"))
    m = annotate(ctx, "Governor Mary Vance named Ada Brooks chief of staff.", lang="en")
    assert all(of is None for _, of in _roles(m, "Ada Brooks"))


def test_a_verb_in_another_clause_gives_no_owner(ctx: Any) -> None:
    m = annotate(ctx, "Le ministre a rappelé que Michelin avait nommé Paul Girard directeur général.")
    assert all(of is None for _, of in _roles(m, "Paul Girard"))


def test_an_office_of_the_board_is_the_company_s(ctx: Any) -> None:
    m = annotate(ctx, "Northwind Holdings said Mary Vance will become non-executive Chairman of the Board.", lang="en")
    assert any(of == "org:northwind-holdings" for _, of in _roles(m, "Mary Vance"))
    m = annotate(ctx, "Michelin a annoncé que Paul Girard devient président du conseil de surveillance.")
    assert ("président du conseil de surveillance", "org:michelin") in _roles(m, "Paul Girard")
    # near miss: a board whose company is named keeps that company
    m = annotate(ctx, "Selon Danone, Paul Girard, président du conseil d'administration de Michelin, a démissionné.")
    assert all(of != "org:danone" for _, of in _roles(m, "Paul Girard"))


def test_the_board_s_company_may_be_one_another_title_named(ctx: Any) -> None:
    m = annotate(ctx, "Northwind said on Monday that Northwind Chief Financial Officer Tom Reed will retire. "
                      "Board member Ada Brooks will become non-executive Chairman of the Board.", lang="en")
    assert ("non-executive Chairman", "org:northwind") in _roles(m, "Ada Brooks")
    # near miss: a chairman of no board keeps no owner from the text before
    m = annotate(ctx, "Northwind said on Monday that Northwind Chief Financial Officer Tom Reed will retire. "
                      "Ada Brooks will become chairman at the club next year.", lang="en")
    assert all(of is None for _, of in _roles(m, "Ada Brooks"))
