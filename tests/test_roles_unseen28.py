"""Roles on unseen news of kinds eval/roles_pool's e33-f38 showed (entities@57): a month's
abbreviation before a day ("Dec. 31") is a date, not a person a title goes to; a post left in the
progressive ("X is retiring as …"); an office as the goal of a verb ("move to the post of Vice
Mayor"); "the city's" is not an organisation that holds "city" as a modifier ("City Council"); a
French "celui-ci/celle-ci" subject stands for the latter person named. Sentences invented for the
tests, not taken from any evaluation text; each rule has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from veille.stages.entities.roles_frames import noun_as_modifier


def _roles(m: dict[str, Any], name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in m[name].roles] if name in m else []


def test_a_month_abbreviation_before_a_day_is_no_person(ctx: Any) -> None:
    m = annotate(ctx, "Harriet Dolan said on Monday that Dolan is retiring as treasurer Dec. 31 after ten years.", lang="en")
    assert "Dec" not in m and "Dec." not in m
    assert ("treasurer", None) in _roles(m, "Dolan")
    # near miss: a given name that shares a month's letters, and no day after it, stays a person
    m = annotate(ctx, "Declan Moss said the vote was close.", lang="en")
    assert "Declan Moss" in m


def test_a_post_left_in_the_progressive(ctx: Any) -> None:
    m = annotate(ctx, "Marta Quill is resigning as chief financial officer of the group.", lang="en")
    assert any(t.lower() == "chief financial officer" for t, _ in _roles(m, "Marta Quill"))
    # near miss: a verb of leaving with no "as" gives no post
    m = annotate(ctx, "Marta Quill is resigning because the chief financial officer left.", lang="en")
    assert _roles(m, "Marta Quill") == []


def test_an_office_as_the_goal_of_a_verb(ctx: Any) -> None:
    m = annotate(ctx, "While Ravi Dunmore is expected to move to the post of Vice Mayor, a vote is needed.", lang="en")
    assert ("Vice Mayor", None) in _roles(m, "Ravi Dunmore")
    m = annotate(ctx, "Ravi Dunmore was promoted to the position of chief of staff in 2019.", lang="en")
    assert [t for t, _ in _roles(m, "Ravi Dunmore")] == ["chief of staff"]
    # near miss: a stance is someone's position, with a determiner before the office
    m = annotate(ctx, "Ravi Dunmore objected to the position of the mayor on taxes.", lang="en")
    assert _roles(m, "Ravi Dunmore") == []


def test_the_possessive_noun_is_the_head_of_the_organisation_it_refers_to() -> None:
    assert noun_as_modifier("City Council", "city")
    assert noun_as_modifier("State Department", "state")
    # near misses: the noun as the head, before "of" or last
    assert not noun_as_modifier("Bank of Canada", "bank")
    assert not noun_as_modifier("Deutsche Bank", "bank")
    assert not noun_as_modifier("Acme Holdings", "company")


def test_the_city_council_is_not_the_citys_owner(ctx: Any) -> None:
    m = annotate(ctx, "The City Council voted to appoint Lena Ortiz as the city's new finance director.", lang="en")
    roles = _roles(m, "Lena Ortiz")
    assert roles and all(of is None or "council" not in of for _, of in roles)


def test_celui_ci_stands_for_the_latter(ctx: Any) -> None:
    m = annotate(ctx, "Marie Durand a reçu Paul Martin. Celui-ci est le maire de Lille.")
    assert [t for t, _ in _roles(m, "Paul Martin")] == ["maire"] and _roles(m, "Marie Durand") == []
    m = annotate(ctx, "Paul Martin sera remplacé par Marie Durand. Agée de 46 ans, dont 20 à Lyon, celle-ci est "
                      "la directrice financière du groupe.")
    assert _roles(m, "Marie Durand")[0][0].startswith("directrice financière")
    # near miss: the latter's sex is not the demonstrative's, so it stands for no one named
    m = annotate(ctx, "Paul Martin a reçu Marie Durand. Celui-ci est le maire de Lille.")
    assert _roles(m, "Paul Martin") == [] and _roles(m, "Marie Durand") == []
