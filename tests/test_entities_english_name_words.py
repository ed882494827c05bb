"""entities@68: English titles before a name, a word of a person's full name used alone, and the
place a jurisdiction's office is of (`english_model_names.title_cut`, `jurisdiction_titles`,
`entities._surnames_in_article`). Invented names; each behaviour beside a near miss."""

from __future__ import annotations

from typing import Any

from veille.model import Article, Mention
from veille.stages.entities.english_model_names import jurisdiction_titles, person_titles, title_cut
from veille.stages.entities.gazetteer import load_lexicon


def _cut(body: str, text: str, type_: str = "PER") -> str:
    titles = person_titles(load_lexicon())
    start = body.index(text)
    return body[title_cut(body, start, start + len(text), type_, titles):start + len(text)]  # type: ignore[arg-type]


def test_a_title_before_a_given_name_and_a_surname_is_no_part_of_the_name() -> None:
    assert _cut("Sheriff Dana Whitcombe said", "Sheriff Dana Whitcombe") == "Dana Whitcombe"
    assert _cut("Police Chief Troy Marlow said", "Police Chief Troy Marlow") == "Troy Marlow"
    # near misses: a title before one word is the name's ("King Charles"); an organisation's span
    # keeps its first word; a given name that is no title stays
    assert _cut("King Charles spoke", "King Charles") == "King Charles"
    assert _cut("General Motors Company said", "General Motors Company", "ORG") == "General Motors Company"
    assert _cut("Dana Whitcombe said", "Dana Whitcombe") == "Dana Whitcombe"


def test_only_a_jurisdiction_s_offices_are_of_a_place() -> None:
    titles = jurisdiction_titles()
    assert {"police chief", "mayor", "governor", "sheriff"} <= titles
    # near misses: a club's, a company's and an army's offices ("captain" is both a club's and an army's)
    assert not {"coach", "ceo", "captain"} & titles


def _mentions(ctx: Any, body: str, model: list[tuple[str, str]] | None = None) -> list[Mention]:
    from veille.stages.entities import entities_batch

    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    a.mentions = [Mention(body.index(t), body.index(t) + len(t), t, ty, model="en_core_web_sm")  # type: ignore[arg-type]
                  for t, ty in (model or [])]
    entities_batch([a], ctx)
    return a.mentions


def test_a_sheriff_s_name_and_the_surname_alone_are_one_person(plain_ctx: Any) -> None:
    got = _mentions(plain_ctx, "Sheriff Dana Whitcombe said the suspect fled. Whitcombe said he was armed.")
    by = {m.text: m for m in got}
    assert "Sheriff Dana Whitcombe" not in by
    assert by["Dana Whitcombe"].entity == by["Whitcombe"].entity


def test_the_first_word_of_one_person_s_name_used_alone_is_that_person(recogniser_ctx: Any) -> None:
    body = "Foreign Ministry spokesperson Zhao Minghui said on Tuesday that talks went on. Zhao said it would help."
    got = _mentions(recogniser_ctx, body, [("Zhao Minghui", "PER"), ("Zhao", "PER")])
    by = {m.text: m for m in got}
    assert by["Zhao"].entity == by["Zhao Minghui"].entity
    # near miss: two people of the article open with the word, which names neither
    body = "Officials Zhao Minghui and Zhao Lirong said on Tuesday that talks went on. Zhao said it would help."
    got = _mentions(recogniser_ctx, body, [("Zhao Minghui", "PER"), ("Zhao Lirong", "PER"), ("Zhao", "PER")])
    by = {m.text: m for m in got}
    assert by["Zhao"].entity not in {by["Zhao Minghui"].entity, by["Zhao Lirong"].entity}


def test_a_recogniser_s_organisation_that_is_a_word_of_a_person_s_name_is_that_person(recogniser_ctx: Any) -> None:
    body = "Opposition leader Tan Wei Ling said on Monday the vote was rigged. Tan said she would appeal."
    got = _mentions(recogniser_ctx, body, [("Tan Wei Ling", "PER"), ("Tan", "ORG")])
    by = {m.text: m for m in got}
    assert by["Tan"].type == "PER" and by["Tan"].entity == by["Tan Wei Ling"].entity
    # near miss: a "person" only the recogniser names (a club it typed so) takes no organisation's word
    body = "The Kestrel Harriers won on Saturday. Kestrel said the season was long."
    got = _mentions(recogniser_ctx, body, [("Kestrel Harriers", "PER"), ("Kestrel", "ORG")])
    by = {m.text: m for m in got}
    assert by["Kestrel"].type == "ORG"


def test_the_name_a_jurisdiction_s_office_is_of_is_a_place(plain_ctx: Any) -> None:
    got = {m.text: m.type for m in _mentions(plain_ctx, "Houston Police Chief Troy Marlow said the road was closed.")}
    assert got.get("Houston") == "LOC" and got.get("Troy Marlow") == "PER"
    # near miss: a club named by its town is the club ("Brisbane Coach ...": a club's office)
    got = {m.text: m.type for m in _mentions(plain_ctx, "Brisbane Coach Troy Marlow said the team was tired.")}
    assert got.get("Brisbane") != "LOC"


def test_a_dotted_country_abbreviation_before_a_road_s_head_is_the_road_s_name(plain_ctx: Any) -> None:
    got = {m.text for m in _mentions(plain_ctx, "A crash closed U.S. Highway 84 near the town on Friday.")}
    assert not {"U.S", "U.S."} & got
    # near miss: the abbreviation before a lower-case word is the country
    got = {m.text for m in _mentions(plain_ctx, "He flew to the U.S. on Monday and to the U.K. later.")}
    assert {"U.S", "U.K"} <= got or {"U.S.", "U.K."} <= got


def test_a_recogniser_s_span_of_titles_alone_names_no_one(recogniser_ctx: Any) -> None:
    body = "The Deputy Governor said on Monday that Governor Ama Kiptoo would sign the bill."
    got = {m.text for m in _mentions(recogniser_ctx, body, [("Deputy Governor", "PER"), ("Ama Kiptoo", "PER")])}
    assert "Deputy Governor" not in got and "Ama Kiptoo" in got
    # near miss: one word a title list holds may be a surname ("King said")
    got = {m.text for m in _mentions(recogniser_ctx, "King said on Monday the march would go on.", [("King", "PER")])}
    assert "King" in got


def test_a_country_code_glued_to_a_currency_sign_is_no_place(plain_ctx: Any) -> None:
    got = {m.text for m in _mentions(plain_ctx, "He took more than US$2 million from the fund.")}
    assert not {"US", "US$"} & got
    # near miss: the code before a space is the country
    got = {m.text for m in _mentions(plain_ctx, "He said the US would pay $2 million.")}
    assert "US" in got


def test_a_word_marked_a_given_name_opening_a_person_s_name_is_left_alone(recogniser_ctx: Any) -> None:
    body = "Opposition leader Odile Mbarga said on Monday the vote was rigged. Odile said she would appeal."
    got = _mentions(recogniser_ctx, body, [("Odile Mbarga", "PER"), ("Odile", "PER")])
    by = {m.text: m for m in got}
    assert by["Odile"].entity != by["Odile Mbarga"].entity
