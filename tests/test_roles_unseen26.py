"""Roles on unseen news of kinds eval/roles_pool's e27-f32 showed (entities@52): English agent
compounds written closed or capitalised before a name ("Councilmember X", "Councilwoman X",
"Councilmembers X and Y"), which are titles and never a name's first word, and a French title's
bare "de"/"d'" before a name no model found ("la directrice générale d'Ovexis - …"), which is the
organisation the title is of. Sentences invented for the tests, not taken from any evaluation
text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from veille.stages.entities.roles_context import MID_SENTENCE
from veille.stages.entities.roles_inventory import agent_titles, closed_compounds


def _role(m: dict[str, Any], name: str) -> tuple[str | None, str | None]:
    role = m[name].role
    return (role.title, role.of) if role is not None else (None, None)


def test_closed_compounds_are_derived_from_open_person_compounds() -> None:
    assert closed_compounds(["council member", "board member", "chair person"]) == [
        "councilmember", "boardmember", "chairperson"]
    # near misses: a compound whose second word is no person noun, or one already listed closed
    assert closed_compounds(["prime minister", "vice president"]) == []
    assert closed_compounds(["council member", "councilmember"]) == []
    assert {"councilman", "councilwoman", "councilmember"} <= agent_titles()
    assert "man" not in agent_titles() and "chairman" in agent_titles()


def test_a_capitalised_agent_compound_is_the_title_not_the_name(ctx: Any) -> None:
    m = annotate(ctx, "The vote passed except for Councilmember Dana Peltry, who had left early.", lang="en")
    assert "Dana Peltry" in m and _role(m, "Dana Peltry")[0] == "Councilmember"
    m = annotate(ctx, "Later, Councilwoman Dana Peltry abstained.", lang="en")
    assert "Dana Peltry" in m and _role(m, "Dana Peltry")[0] == "Councilwoman"
    m = annotate(ctx, "Shine said Councilmembers Dana Peltry and Rob Tannis voted for the motion.", lang="en")
    assert _role(m, "Dana Peltry")[0] == "Councilmembers" and _role(m, "Rob Tannis")[0] == "Councilmembers"
    # near miss: the open compound in lower case before a verb leaves the name after it untitled
    m = annotate(ctx, "Council members met Dana Peltry on Monday.", lang="en")
    assert _role(m, "Dana Peltry") == (None, None)


def test_a_bare_de_before_a_name_no_model_found_gives_the_organisation(ctx: Any) -> None:
    m = annotate(ctx, "Selon la presse, Anne Roux, la directrice générale d'Ovexis - principal actionnaire "
                      "de Suez avec 32% - veut partir.")
    title, of = _role(m, "Anne Roux")
    assert title == "directrice générale" and of == "org:ovexis"
    # near misses: a common noun the parse reads after "de" ("chef d'État"), a person's particle
    m = annotate(ctx, "Le chef d'État Paul Brun a parlé. Le général de Gaulle est mort.")
    assert all(not (v.entity or "").startswith("org:") for v in m.values())


def test_an_acronym_in_parentheses_between_a_body_and_its_title(ctx: Any) -> None:
    m = annotate(ctx, "WASHINGTON – Western Growers Alliance (WGA) Chairman Mark Deloy released a statement.",
                 lang="en")
    title, of = _role(m, "Mark Deloy")
    assert title == "Chairman" and of is not None and "western-growers-alliance" in of
    # near miss: a party tag in parentheses after a name is no body a title is of
    m = annotate(ctx, "Sen. Ann Loe (D) said the bill would pass.", lang="en")
    assert (_role(m, "Ann Loe")[1] or "") == ""


def test_an_indefinite_apposition_with_a_body_before_its_title(ctx: Any) -> None:
    # "a" is a lowercase word: the capitalised name after it stands inside the sentence
    m = annotate(ctx, "John Smith, a NatWest chief executive, said the bank would grow.", lang="en")
    title, of = _role(m, "John Smith")
    assert title == "chief executive" and of == "org:natwest"
    # near misses: a capitalised "A" opens a sentence; a word's last letter "a" is no article
    assert MID_SENTENCE.search("Smith, a ") and MID_SENTENCE.search("said a ")
    assert not MID_SENTENCE.search("Paris. A ") and not MID_SENTENCE.search("Paris. Ka ")
