"""Roles (entities@99, issue 18): the organisation that appoints is what the office is of
(`roles_appoint.appointer_owner`, entities@67) also where the office follows "as" ("Acme named X as
chief executive": the name was read before its title, and the rule was never asked), where the verb
is "select", and across a phrase of succession ("Acme selected X to succeed Y as chief executive":
both X and Y held the company's office). Sentences written for the tests from the constructions, not
taken from any evaluation text; each beside near misses."""

from __future__ import annotations

from typing import Any

from test_roles_class_noun36 import _holds, _roles


def test_the_appointing_company_owns_an_office_after_as(ctx: Any) -> None:
    r = _roles(ctx, "Acme Corp named John Smith as chief executive.", "en")
    assert _holds(r, "John Smith", "chief executive", "acme")


def test_select_is_a_verb_of_appointment(ctx: Any) -> None:
    r = _roles(ctx, "Acme Corp selected John Smith chief executive.", "en")
    assert _holds(r, "John Smith", "chief executive", "acme")


def test_the_office_across_a_phrase_of_succession_is_the_companys_for_both(ctx: Any) -> None:
    r = _roles(ctx, "Acme Corp selected John Smith to succeed Mary Brown as CEO.", "en")
    assert _holds(r, "John Smith", "ceo", "acme")
    assert _holds(r, "Mary Brown", "ceo", "acme")


def test_near_miss_a_person_who_appoints_owns_no_office(ctx: Any) -> None:
    r = _roles(ctx, "Donald Trump named John Smith as secretary of state.", "en")
    assert not any(of is not None and "trump" in of for _, of in r.get("John Smith", []))


def test_near_miss_an_apposition_is_no_object_of_the_verb(ctx: Any) -> None:
    # the title after a comma is the name's apposition, not the verb's predicate: no owner from the verb
    r = _roles(ctx, "Acme Corp named John Smith, a former banker, to its board.", "en")
    assert not any(of is not None and "acme" in of for _, of in r.get("John Smith", []))


def test_near_miss_a_verb_of_saying_gives_no_owner(ctx: Any) -> None:
    r = _roles(ctx, "Acme Corp said John Smith will succeed Mary Brown as CEO.", "en")
    assert not any(of is not None for _, of in r.get("Mary Brown", []))


# a country's short name inside an English title, after its modifier (`roles_inner_state`)


def test_a_country_abbreviation_inside_a_title_is_what_it_is_of(ctx: Any) -> None:
    r = _roles(ctx, "Acting U.S. Attorney Bridget Rohde announced the charges. Former U.K. Ambassador Kim "
                    "Darroch criticised the plan.", "en")
    assert ("acting u.s. attorney", "Q30") in r.get("Bridget Rohde", [])
    assert _holds(r, "Kim Darroch", "ambassador", "Q145")


def test_near_miss_no_country_inside_the_title_keeps_no_of(ctx: Any) -> None:
    r = _roles(ctx, "Acting Attorney General Jane Doe announced the charges.", "en")
    assert ("acting attorney general", None) in r.get("Jane Doe", [])


def test_inner_state_reads_only_a_countrys_short_name() -> None:
    from veille.stages.entities.gazetteer import load
    from veille.stages.entities.roles_inner_state import inner_state
    from veille.stages.entities.roles_title_match import TitleMatch

    gaz = load()
    for body, of in (("Acting U.S. Attorney", "Q30"), ("Acting UN Envoy", None), ("Acting Paris Attorney", None)):
        t = TitleMatch(0, 0, len(body), len(body), body, None, False)
        inner_state(body, t, gaz)
        assert t.of == of, body
