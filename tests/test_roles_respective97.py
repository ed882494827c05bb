"""Roles (entities@97, issue 18): titles distributed over listed names by "respectively" /
"respectivement" (`roles_respective`), an office given in predicate position ("X has been made Chief
Secretary", "X moves to the role of Business Secretary", "X will step in as treasurer", `roles._APPOINTED`;
"returns/stays on as" was tried and held back: one more wrong role on the held-out part), and the portfolios of the United Kingdom's departments
("business secretary", "the secretary of state for work and pensions" in lower case). Sentences written
for the tests from the constructions, not taken from any evaluation text; each rule beside near misses."""

from __future__ import annotations

from typing import Any

from test_roles_class_noun36 import _holds, _roles

# "respectively": each title is its own name's, in order, the complement stated once is every title's


def test_french_respectivement_gives_each_name_its_title(ctx: Any) -> None:
    r = _roles(ctx, "Jean Dupont et Marie Martin, respectivement président et directrice générale de Renault, "
                    "ont présenté les comptes.", "fr")
    assert _holds(r, "Jean Dupont", "président", "renault")
    assert _holds(r, "Marie Martin", "directrice générale", "renault")
    assert not _holds(r, "Marie Martin", "président", None)


def test_english_respectively_with_three_names(ctx: Any) -> None:
    r = _roles(ctx, "John Smith, Paul Brown and Jane Doe, respectively chairman, finance director and chief "
                    "executive of Acme, signed the deal.", "en")
    assert _holds(r, "John Smith", "chairman", None)
    assert _holds(r, "Paul Brown", "finance director", None)
    assert _holds(r, "Jane Doe", "chief executive", "acme")
    assert not _holds(r, "Jane Doe", "chairman", None)


def test_titles_first_then_respectively_and_the_names(ctx: Any) -> None:
    r = _roles(ctx, "The chairman and the chief executive of Acme, respectively John Smith and Jane Doe, "
                    "signed the deal.", "en")
    assert _holds(r, "John Smith", "chairman", "acme")
    assert _holds(r, "Jane Doe", "chief executive", "acme")


def test_near_miss_counts_that_differ_distribute_nothing(ctx: Any) -> None:
    # one title for two names: no pairing, so the first name is given nothing by "respectivement"
    r = _roles(ctx, "Jean Dupont et Marie Martin, respectivement président de Renault, ont parlé.", "fr")
    assert not r.get("Jean Dupont")


def test_near_miss_without_respectively_the_titles_stay_one_persons(ctx: Any) -> None:
    r = _roles(ctx, "Jean Dupont et Marie Martin, président et directrice générale de Renault, ont parlé.", "fr")
    assert not r.get("Jean Dupont")
    assert _holds(r, "Marie Martin", "directrice générale", "renault")


# an office given in predicate position


def test_a_passive_made_and_a_job_given(ctx: Any) -> None:
    r = _roles(ctx, "John Glen has been made Chief Secretary to the Treasury. Simon Hart has been given the "
                    "job of government chief whip.", "en")
    assert _holds(r, "John Glen", "chief secretary", None)
    assert _holds(r, "Simon Hart", "chief whip", None)


def test_moves_to_the_role_of(ctx: Any) -> None:
    r = _roles(ctx, "Grant Shapps moves to the role of Business Secretary.", "en")
    assert _holds(r, "Grant Shapps", "business secretary", None)


def test_near_miss_what_is_no_post(ctx: Any) -> None:
    # an active "made", "returned as" a non-title, "the role of" with a determiner: no office
    r = _roles(ctx, "Paul Smith made history as the first coach to win. Paul Smith returned as the hero of "
                    "the day. Jane Doe objected to the role of the president in the affair.", "en")
    assert not r.get("Paul Smith")
    assert not r.get("Jane Doe")


# the United Kingdom's department portfolios


def test_business_secretary_before_a_name(ctx: Any) -> None:
    r = _roles(ctx, "Sunak replaced housing secretary Simon Clarke and business secretary Jacob Rees-Mogg.", "en")
    assert _holds(r, "Jacob Rees-Mogg", "business secretary", None)


def test_a_lower_case_portfolio_after_secretary_of_state(ctx: Any) -> None:
    r = _roles(ctx, "Mel Stride has been appointed as the secretary of state for work and pensions.", "en")
    assert _holds(r, "Mel Stride", "secretary of state for work and pensions", None)


def test_near_miss_a_lower_case_field_after_another_head_is_no_portfolio(ctx: Any) -> None:
    r = _roles(ctx, "Paul Smith, chief executive of energy group Shell, said sales rose.", "en")
    assert not any("energy" in title for title, _ in r.get("Paul Smith", []))


# an English possessive determiner opening an apposition after the name


def test_its_title_after_the_name_is_the_organisation_named_before(ctx: Any) -> None:
    r = _roles(ctx, "Acme Corp said Jane Doe, its chief executive, would leave.", "en")
    assert _holds(r, "Jane Doe", "chief executive", "acme")


def test_his_title_after_the_name_is_the_persons(ctx: Any) -> None:
    r = _roles(ctx, "Paul Smith met Jane Doe, his lawyer, on Monday.", "en")
    assert _holds(r, "Jane Doe", "lawyer", "paul-smith")


def test_near_miss_a_possessive_before_no_title_gives_nothing(ctx: Any) -> None:
    r = _roles(ctx, "Paul Smith met Jane Doe, his wife, on Monday.", "en")
    assert not r.get("Jane Doe")


# the subject of a verb of appointment after an incise is the name the incise follows


def test_a_name_inside_the_incise_is_not_the_appointee(ctx: Any) -> None:
    r = _roles(ctx, "Mel Stride, who ran Rishi Sunak’s leadership campaign, has been appointed as the "
                    "secretary of state for work and pensions.", "en")
    assert _holds(r, "Mel Stride", "secretary of state for work and pensions", None)
    assert not r.get("Rishi Sunak")


def test_french_incise_before_a_passive_appointment(ctx: Any) -> None:
    r = _roles(ctx, "Marie Martin, proche de Jean Dupont, a été nommée directrice générale de Renault.", "fr")
    assert _holds(r, "Marie Martin", "directrice générale", "renault")
    assert not r.get("Jean Dupont")


def test_near_miss_an_opening_phrase_is_no_incise(ctx: Any) -> None:
    # the comma closes an opening phrase, not an incise after a name: the subject after it is the appointee
    r = _roles(ctx, "After meeting Paul Smith, Jane Doe was appointed chief executive.", "en")
    assert _holds(r, "Jane Doe", "chief executive", None)
    assert not r.get("Paul Smith")


def test_step_in_as_after_an_incise(ctx: Any) -> None:
    r = _roles(ctx, "Matt Poirier, senior vice president of corporate development, will step in as treasurer.", "en")
    assert _holds(r, "Matt Poirier", "treasurer", None)


def test_near_miss_step_in_without_as_is_no_post(ctx: Any) -> None:
    r = _roles(ctx, "Paul Smith will step in to help the coach.", "en")
    assert not r.get("Paul Smith")


# an English "counterpart" after a demonym holds the office last named, of the demonym's country


def test_english_counterpart_takes_the_last_office_for_its_country(ctx: Any) -> None:
    r = _roles(ctx, "Russian Foreign Minister Sergey Lavrov and his Japanese counterpart, Toshimitsu Motegi, "
                    "met on Wednesday.", "en")
    assert _holds(r, "Toshimitsu Motegi", "foreign minister", "Q17")


def test_near_miss_a_counterpart_with_no_demonym_gives_nothing(ctx: Any) -> None:
    r = _roles(ctx, "Russian Foreign Minister Sergey Lavrov met his counterpart, Toshimitsu Motegi, on Wednesday.",
               "en")
    assert not r.get("Toshimitsu Motegi")


def test_near_miss_the_passive_agent_holds_no_office_of_the_subject(ctx: Any) -> None:
    # the incise's head is the subject, and the title after "par les" is the agent's, not the appointee's
    r = _roles(ctx, "Nicolas Girard, l'actuel président PS de la région, a été désigné par les militants tête "
                    "de liste.", "fr")
    assert not any("militant" in title for title, _ in r.get("Nicolas Girard", []))


def test_an_agent_before_as_leaves_the_post_to_the_subject(ctx: Any) -> None:
    r = _roles(ctx, "Jane Doe was appointed by the board as chief executive.", "en")
    assert _holds(r, "Jane Doe", "chief executive", None)


# a French title's organisation after "pour"


def test_french_title_pour_an_organisation(ctx: Any) -> None:
    r = _roles(ctx, "Pierre Salignon, directeur général pour Médecins du monde, a parlé.", "fr")
    assert _holds(r, "Pierre Salignon", "directeur général", "medecins-du-monde")


def test_near_miss_pour_a_place_is_no_organisation(ctx: Any) -> None:
    r = _roles(ctx, "Marie Martin, ministre pour l'Europe, a parlé.", "fr")
    assert _holds(r, "Marie Martin", "ministre", None)
    assert not any(o is not None for _, o in r.get("Marie Martin", []))
