"""entities@42: English names of public institutions from the grammar of news, without an English
recogniser, with `entities.english_grammar_names` on (off by default).
Sentences are invented, not taken from eval/news; each rule beside a near miss it must leave alone."""

from __future__ import annotations

from typing import Any

from veille.model import Article
from veille.stages.entities.english_institutions import head_word, is_institution
from veille.stages.entities.english_names import english_names
from veille.stages.entities.gazetteer import load


def found(text: str) -> dict[str, str]:
    return {text[s:e]: t for s, e, t in english_names(text, load())}


def test_the_head_is_the_word_before_of_else_the_last() -> None:
    assert head_word("Ministry of Water and Energy") == "Ministry"
    assert head_word("Zembla Federal Criminal Court") == "Court"
    assert is_institution("Kandorian Interior Ministry")
    # near misses: a company's or a school's head is no public body's; a head alone is a common noun
    assert not is_institution("Kandor Motors")
    assert not is_institution("Zembla University")
    assert not is_institution("Ministry")


def test_and_joins_two_nouns_of_a_bodys_name() -> None:
    assert found("Officials at the Zorbian Food and Fuel Administration said on Monday it was safe.") \
        == {"Zorbian Food and Fuel Administration": "ORG"}
    assert found("He met members of the Trade and Industry Committee on Monday.") == {"Trade and Industry Committee": "ORG"}
    # near miss: a place the gazetteer knows before "and" is a name of its own
    assert found("She praised Paris and Kandor Police for their work.") == {"Kandor Police": "ORG"}
    # near miss: an article after "and" starts another name
    assert "Zembla and the Kandor Liberation Front" not in found(
        "Troops from Zembla and the Kandor Liberation Front clashed on Monday.")
    # near misses: a plural before "and" is a name of its own, and so is a head that goes on with "of"
    assert "Liberals and Conservative Party" not in " ".join(found(
        "He said Liberals and Conservative Party of Zembla members met."))
    assert "Zembla and Fuel Administration of Kandor" not in found(
        "They met Zembla and Fuel Administration of Kandor officials.")
    # near miss: no institution head ends the words after "and"
    assert found("She thanked Zembla and Kandor Motors on Monday.") == {"Kandor Motors": "ORG"}


def _mentions(ctx: Any, body: str) -> dict[str, str]:
    from veille.stages.entities import entities_batch

    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    entities_batch([a], ctx)
    return {m.text: m.type for m in a.mentions}


BODY = ("The bill passed the Zemblan National Assembly on Tuesday. "
        "The Kandorian Interior Ministry said 12 people died, and a ruling of the Zembla Federal Criminal Court "
        "was upheld. Workers at Kandor Motors and Zembla University went on strike in Port Zembla.")


def test_institutions_are_organisations_with_the_option(grammar_ctx: Any) -> None:
    got = _mentions(grammar_ctx, BODY)
    assert got.get("Zemblan National Assembly") == "ORG"
    assert got.get("Kandorian Interior Ministry") == "ORG"
    assert got.get("Zembla Federal Criminal Court") == "ORG"
    # near misses: a company's and a school's names are left to `entities.english_names`
    assert "Kandor Motors" not in got and "Zembla University" not in got
    # near miss: a party is no public body, and one story's articles name it variously
    assert "Zemblan Harmony Party" not in _mentions(grammar_ctx, "Voters backed the Zemblan Harmony Party on Monday.")


def test_guards_heading_sentence_start_and_titles(grammar_ctx: Any) -> None:
    # a heading line in Title Case names nothing; a head alone is a common noun capitalised
    got = _mentions(grammar_ctx, "Zemblan National Assembly Votes On Budget\n"
                         "Police said the Zemblan Senate would meet. Prime Minister Jon Smith spoke.")
    assert "Zemblan National Assembly" not in got and "Police" not in got
    assert got.get("Zemblan Senate") == "ORG"
    # a title is no body: "Prime Minister" opens no organisation
    assert not any(t == "ORG" and "Minister" in n for n, t in got.items())


def test_with_the_option_off_no_institution_is_named(plain_ctx: Any, ctx: Any) -> None:
    got = _mentions(plain_ctx, BODY)
    assert "Zemblan National Assembly" not in got and "Kandorian Interior Ministry" not in got
    # off by default (the held-out split's cross-language floor, ARCHITECTURE link@21): the default
    # context names them no more than the explicit off one
    got = _mentions(ctx, BODY)
    assert "Zemblan National Assembly" not in got


def test_a_person_ending_on_a_bodys_head_leaves_its_words_to_the_body(grammar_ctx: Any) -> None:
    # the people rules read "Fuel Administration said" as a person; the body's name takes the words
    got = _mentions(grammar_ctx, "Officials at the Zorbian Food and Fuel Administration said on Monday it was safe.")
    assert got.get("Zorbian Food and Fuel Administration") == "ORG" and "Fuel Administration" not in got
    # near miss: a given name before a head that is also a surname ("Court") is a person's name, no body's
    got = _mentions(grammar_ctx, "Officials said Margaret Court won the title on Monday.")
    assert got.get("Margaret Court") != "ORG"


def test_entities46_and_before_a_second_head_names_two_bodies() -> None:
    names = found("He met officials of the Ministry of Justice and the Ministry of Culture on Monday.")
    assert names.get("Ministry of Justice") == "ORG" and names.get("Ministry of Culture") == "ORG"
    names = found("He met officials of the Ministry of Health and Ministry of Labour on Monday.")
    assert "Ministry of Health" in names and "Ministry of Labour" in names
    # near miss: a complement's two nouns stay one body's name
    assert "Ministry of Health and Social Affairs" in found("He met the Ministry of Health and Social Affairs on Monday.")
