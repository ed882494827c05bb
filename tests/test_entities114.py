"""entities@114 (helper ent55, issue 18): one entity per body an article or a story names several
ways (`veille.stages.entities.body_forms`): legal forms abbreviated or in full, a known body's name
with one generic head more, a name less its leading place, a name less its first word.  Names
invented for the tests or of well-known bodies, not taken from an evaluation text; each near miss is
a pair that must stay two."""

from __future__ import annotations

from functools import lru_cache

import pytest

from veille.model import Mention, Role
from veille.stages.entities.body_forms import form_key, headed_groups, join_in_article
from veille.stages.entities.gazetteer import Gazetteer, load
from veille.stages.link import link_mentions


@lru_cache(maxsize=1)
def _gaz() -> Gazetteer:
    return load()


def _org(text: str, at: int = 0) -> Mention:
    from veille.stages.entities import provisional_id

    return Mention(at, at + len(text), text, "ORG", entity=provisional_id("ORG", text))


def _ids(*texts: str) -> list[str | None]:
    mentions = [_org(t, 100 * i) for i, t in enumerate(texts)]
    join_in_article(mentions, _gaz())
    return [m.entity for m in mentions]


# ---- legal forms and generic heads abbreviated or in full ----

@pytest.mark.parametrize("a, b", [
    ("Federal Deposit Insurance Corp.", "Federal Deposit Insurance Corporation"),
    ("Acme Co.", "Acme Company"),
    ("Acme Ltd", "Acme Limited"),
    ("Dept. of Justice", "Department of Justice"),
    ("National Assn. of Realtors", "National Association of Realtors"),
])
def test_a_legal_form_abbreviated_or_in_full_is_one_name(a: str, b: str) -> None:
    assert form_key(a) == form_key(b)
    first, second = _ids(a), _ids(b)
    assert first == second  # one id before linking, so two articles' writings meet


@pytest.mark.parametrize("a, b", [
    ("Department of Justice", "Department of State"),
    ("Acme Co.", "Acme Corp."),  # a company and a corporation: two legal forms, two names
    ("Acme Inc.", "Acme"),  # a legal form is not dropped: the bare word may be anything
])
def test_other_forms_stay_other_names(a: str, b: str) -> None:
    assert form_key(a) != form_key(b)
    assert _ids(a) != _ids(b)


def test_a_one_word_name_is_no_abbreviation() -> None:
    assert form_key("CO") == ("co",)


# ---- a known body's name with one generic head more ----

def test_a_known_bodys_name_with_a_generic_head_is_the_body() -> None:
    gaz = _gaz()
    fed = gaz.groups[("federal", "reserve")]
    assert gaz.groups[("federal", "reserve", "bank")] == fed
    assert gaz.groups[("federal", "reserve", "system")] == fed


def test_a_longer_name_of_its_own_stays_its_own_body() -> None:
    gaz = _gaz()
    fed = gaz.groups[("federal", "reserve")]
    new_york = gaz.groups.get(("federal", "reserve", "bank", "of", "new", "york"))
    assert new_york is not None and new_york != fed  # the Federal Reserve Bank of New York


def test_a_name_already_ending_in_a_generic_head_takes_no_second() -> None:
    assert ("federal", "reserve", "system", "bank") not in _gaz().groups


def _headed(index: dict[tuple[str, ...], list[tuple[str, str]]], types: dict[str, str],
            claimed: frozenset[tuple[str, ...]] = frozenset()) -> dict[tuple[str, ...], str]:
    return headed_groups(index, lambda i: types[i], lambda k: k in claimed)  # type: ignore[arg-type,return-value]


def test_headed_groups_near_misses() -> None:
    index = {("acme", "motor"): [("Acme Motor", "a")], ("acme", "motor", "corporation"): [("X", "b")],
             ("north", "star"): [("North Star", "c")], ("blue", "river"): [("Blue River", "d")],
             ("blue", "lake"): [("Blue Lake", "e")], ("blue", "lake", "bank"): [("Blue River Bank", "d")]}
    out = _headed(index, {"a": "ORG", "b": "ORG", "c": "LOC", "d": "ORG", "e": "ORG"})
    assert ("acme", "motor", "corp") not in out  # another body holds the name in full
    assert ("acme", "motor", "corporation") not in out
    assert ("north", "star", "bank") not in out  # a place's name plus "Bank" is no place
    assert ("blue", "lake", "bank") not in out  # the file names it: another's alias
    assert out[("blue", "river", "bank")] == "d"
    assert ("acme", "motor", "bank") not in _headed(index, {"a": "ORG", "b": "ORG", "c": "LOC", "d": "ORG",
                                                            "e": "ORG"}, frozenset({("acme", "motor", "bank")}))


def test_two_bodies_giving_one_longer_name_give_it_to_neither() -> None:
    index = {("acme", "one"): [("Acme One", "a")], ("acme", "one", "x"): [("Acme One X", "b")]}
    out = _headed({("red", "star"): [("Red Star", "a"), ("Red Star", "b")]}, {"a": "ORG", "b": "ORG"})
    assert not out  # an alias of two bodies extends to neither
    assert _headed(index, {"a": "ORG", "b": "ORG"})[("acme", "one", "bank")] == "a"


def test_the_fed_named_federal_reserve_bank_in_another_article_is_one_entity_with_its_id() -> None:
    gaz = _gaz()
    ms = [_org("Federal Reserve"), _org("Federal Reserve Bank", 100), _org("Federal Reserve Bank of New York", 200)]
    entities = {e.id: e for e in link_mentions(ms, gaz)}
    assert ms[0].entity == ms[1].entity != ms[2].entity
    assert entities[ms[0].entity or ""].wikidata == "Q53536"
    assert entities[ms[2].entity or ""].wikidata not in (None, "Q53536")


# ---- a name less its leading place, or less its first word, in one article ----

def test_a_name_without_its_place_is_the_articles_full_name() -> None:
    full, short = _ids("California Department of Financial Protection and Innovation",
                       "Department of Financial Protection and Innovation")
    assert full == short


def test_a_name_without_its_place_and_two_fitting_full_names_stays_apart() -> None:
    ca, tx, short = _ids("California Department of Consumer Affairs", "Texas Department of Consumer Affairs",
                         "Department of Consumer Affairs")
    assert len({ca, tx, short}) == 3


def test_another_body_of_the_same_place_is_not_joined() -> None:
    full, other = _ids("California Department of Justice", "Department of State")
    assert full != other


def test_a_name_less_its_first_word_is_the_longer_name() -> None:
    full, short = _ids("Federal Deposit Insurance Corp.", "Deposit Insurance Corp")
    assert full == short
    full, short = _ids("Federal Deposit Insurance Corporation", "Deposit Insurance Corp.")
    assert full == short


def test_two_national_associations_stay_two() -> None:
    rifle, teachers, short = _ids("National Rifle Association", "National Education Association",
                                  "Education Association")
    assert rifle != teachers and short == teachers


def test_a_place_inside_a_bodys_name_stays_the_place() -> None:
    bank = _org("Bank of America")
    america = Mention(200, 207, "America", "LOC", entity="loc:america")
    korea = Mention(300, 305, "Korea", "LOC", entity="loc:korea")
    south = Mention(400, 411, "South Korea", "LOC", entity="loc:south-korea")
    join_in_article([bank, america, korea, south], _gaz())
    assert len({bank.entity, america.entity, korea.entity, south.entity}) == 4


def test_an_office_of_the_joined_name_follows_it() -> None:
    full = _org("California Department of Financial Protection and Innovation")
    short = _org("Department of Financial Protection and Innovation", 100)
    head = Mention(200, 210, "Jane Doe", "PER", entity="per:jane-doe",
                   role=Role("commissioner", short.entity))
    join_in_article([full, short, head], _gaz())
    assert head.role is not None and head.role.of == full.entity


def test_the_entities_stage_joins_an_articles_two_writings_of_one_body(ctx: object) -> None:
    from veille.model import Article
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    # (main's English names find neither form of the DFPI; spaCy finds both writings of a company)
    body = "Shares of Acme Corp. fell on Monday, and Acme Corporation said it would cut jobs."
    article = Article(id="t", source="t", raw=body, body=body, lang="en", published="2023-03-11")
    nlp_batch([article], ctx)  # type: ignore[arg-type]
    entities_batch([article], ctx)  # type: ignore[arg-type]
    ids = {m.entity for m in article.mentions if m.text.startswith("Acme")}
    assert len(ids) == 1, [(m.text, m.entity) for m in article.mentions]
