"""entities@38: English places and named events and works from the grammar of news, found with
`entities.english_grammar_names` (off by default; not the organisations, which
`entities.english_names` adds), a state's long form left to the gazetteer, and a word naming a
kind of places no place. Sentences are invented, not taken from
eval/news; each rule beside a near miss it must leave alone."""

from __future__ import annotations

from typing import Any

from veille.model import Article, Mention
from veille.stages.entities.english_names import english_names
from veille.stages.entities.gazetteer import load


def found(text: str) -> dict[str, str]:
    return {text[s:e]: t for s, e, t in english_names(text, load())}


def test_a_states_long_form_the_gazetteer_does_not_list_is_left_to_it() -> None:
    # a second referent beside the country's, without its Wikidata id: none
    assert found("Troops crossed into the Federal Republic of Sylvania on Monday.") == {}
    assert found("Fighting resumed in the People's Republic of Northland.") == {}
    # near miss: a long form the gazetteer lists is the country ("Central African Republic")
    assert found("Aid reached the Central African Republic on Monday.") == {"Central African Republic": "LOC"}
    # near miss: other place heads still type their names
    assert found("Rain fell on Kandor Province overnight.") == {"Kandor Province": "LOC"}


def test_a_word_before_a_plural_noun_of_places_names_no_place() -> None:
    # "in Muslim countries": the word says what kind of countries, it names none
    assert found("He often writes about life in Zorbian countries and beyond.") == {}
    assert found("Diplomats in Western capitals were alarmed.") == {}
    # near miss: the same word before a verb or a full stop is a place after "in"
    assert found("The situation in Zorbia remains tense.") == {"Zorbia": "LOC"}
    assert found("He lives in Zorbia.") == {"Zorbia": "LOC"}
    # near miss: a place the gazetteer knows stays a place whatever follows
    assert found("Prices rose in Kenya towns.") == {"Kenya": "LOC"}


def _mentions(ctx: Any, body: str) -> dict[str, str]:
    from veille.stages.entities import entities_batch

    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    entities_batch([a], ctx)
    return {m.text: m.type for m in a.mentions}


def test_places_and_events_are_found_with_the_option_organisations_are_not(grammar_ctx: Any) -> None:
    got = _mentions(grammar_ctx, "The delegation landed in Port Zembla on Friday before the 2030 World Cup. "
                         "The Ministry of Water and Energy said the Kandor Valley was flooded.")
    assert got.get("Port Zembla") == "LOC" and got.get("Kandor Valley") == "LOC"
    assert got.get("2030 World Cup") == "MISC"
    # near miss: an organisation's head other than a public body's types no name with this option
    # (entities.english_names adds them); a public body's is named with it (entities@42)
    assert "Kandor Motors" not in _mentions(grammar_ctx, "Workers at Kandor Motors went on strike on Monday.")
    assert got.get("Ministry of Water and Energy") == "ORG"


def test_without_the_option_an_english_article_gets_only_the_grammar_names_with_an_id(plain_ctx: Any) -> None:
    # with the option off (the default): the same article names no place nor event the gazetteer
    # does not know and world.jsonl gives no Wikidata id
    got = _mentions(plain_ctx, "The delegation landed in Port Zembla on Friday before the 2030 World Cup. "
                         "Two officials spoke to Agence France-Presse in Kenya, then met in Nairobi.")
    assert "Port Zembla" not in got and "2030 World Cup" not in got
    # entities@64: a name the grammar marks and world.jsonl ids is one either way (the id joins the
    # referent across languages)
    assert got.get("Agence France-Presse") == "ORG" and got.get("Nairobi") == "LOC"
    # near miss: a place the gazetteer knows is named either way
    assert got.get("Kenya") == "LOC"


def test_an_english_recogniser_s_names_take_no_grammar_places(grammar_recogniser_ctx: Any) -> None:
    from veille.stages.entities import entities_batch

    body = "The delegation landed in Port Zembla on Friday."
    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    a.mentions = [Mention(body.index("Port"), body.index("Port") + 4, "Port", "LOC", model="en_core_web_sm")]
    entities_batch([a], grammar_recogniser_ctx)
    # the recogniser's span stands as it gave it: no grammar place is added over it
    assert "Port Zembla" not in {m.text for m in a.mentions}


def test_an_organisation_the_unlisted_world_file_names_is_one() -> None:
    # a news agency world.jsonl lists, with no organisation head or noun beside it
    assert found("In an interview with The Associated Press, he spoke.") == {"Associated Press": "ORG"}
    assert found("The officials told Agence France-Presse on Monday.") == {"Agence France-Presse": "ORG"}
    # near misses: a name it does not list has no cue here
    assert found("In an interview with The Springfield Courier, he spoke.") == {}
    assert found("The officials told Springfield Presse on Monday.") == {}


def test_an_organisation_is_found_with_the_option_only_with_a_wikidata_id_the_world_file_gives(
        grammar_ctx: Any) -> None:
    got = _mentions(grammar_ctx, "Two officials spoke to Agence France-Presse on Monday. "
                         "Later they spoke to Bloomberg on Monday.")
    assert got.get("Agence France-Presse") == "ORG"
    # near miss: a medium the file lists without an id is left out (it would count without one)
    assert "Bloomberg" not in got
    # near miss: a name with an organisation's head is the grammar's, left to the option even
    # where the file ids it
    # (a public body's head names it, entities@42: tests/test_entities_english_institutions.py)
    assert "New York Times" not in _mentions(grammar_ctx, "Voters read the New York Times on Monday.")


def test_an_award_s_field_after_in_is_part_of_its_name() -> None:
    # entities@41: "the Kandor Prize in Literature" is one award's name; cut at "Prize", the
    # field was read as a place after "in" and the name met no French "prix Kandor de littérature"
    assert found("The academy gave the Kandor Prize in Literature to a poet.") == {
        "Kandor Prize in Literature": "MISC"}
    assert found("She won the Brannec Prize in Economic Sciences on Monday.") == {
        "Brannec Prize in Economic Sciences": "MISC"}
    # near miss: a place after an award's name stays a place ("in Vortelle" is no field)
    assert found("He received the Kandor Prize in Vortelle on Tuesday.") == {
        "Kandor Prize": "MISC", "Vortelle": "LOC"}
    # near miss: a summit is held in a place, whatever the word ("Peace" is a field of awards only)
    assert found("Leaders met at the Zorvath Summit in Peace Valley.") == {
        "Zorvath Summit": "MISC", "Peace Valley": "LOC"}


def test_a_place_the_exonym_list_names_with_its_article_is_a_place_after_in() -> None:
    # entities@41: "in The Hague": the capitalised article is the name's (the exonym list writes
    # "The Hague"), so the preposition before it still marks a place; French writes "La Haye"
    assert found("Leaders were meeting in The Hague on Wednesday.") == {"Hague": "LOC"}
    # near misses: a newspaper's "The" after "in" is no place's, nor is a name the list lacks
    assert found("He read the interview in The Guardian on Monday.") == {}
    assert found("The story ran in The Zorbian on Monday.") == {}
