"""A capital city as its clause's subject stands for its state (events@68, issue 19,
`stages/events/capitals_en.py`): "Washington imposed sanctions", "Minsk will slap sanctions",
"said that Washington considered ..."; a capital as a place ("talks in Moscow"), a noun's
qualifier ("Moscow residents"), a possessive or part of a longer name is left alone.
Sentences written from the language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Mention
from veille.pipeline import Context
from veille.stages.events import capitals_en, events_batch
from veille.stages.events.lexicon import load_lexicon

NAMES: dict[str, tuple[str, str]] = {
    "European Union": ("ORG", "Q458"), "Turkey": ("LOC", "Q43"), "Andrew Mwangi": ("PER", "Q_mwangi"),
    "Beijing": ("LOC", "Q956"), "Ankara": ("LOC", "Q3640"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


@pytest.fixture(scope="module")
def lex() -> Any:
    return load_lexicon(cameo_english=True)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.blank("en")


def _capitals(text: str, lex: Any, nlp: Any, mentions: list[Mention] | None = None) -> list[tuple[str, str | None]]:
    made, _ = capitals_en.capital_mentions(list(nlp(text)), mentions or [], lex.capitals, lex.english.by_form,
                                           lex.places.states)
    return [(m.text, m.entity) for m in made]


def test_the_table_holds_the_gazetteers_capitals(lex: Any) -> None:
    # curated.jsonl's (Moscow) and world.jsonl's (Washington, Minsk), each to its state's id
    assert lex.capitals[("moscow",)] == "Q159"
    assert lex.capitals[("washington",)] == "Q30"
    assert lex.capitals[("minsk",)] == "Q184"


@pytest.mark.parametrize("text, state", [
    ("Washington imposed sanctions on Turkey on Friday.", "Q30"),
    ("Minsk will slap sanctions on officials of the European Union.", "Q184"),
    ("The State Department said that Washington considered them political prisoners.", "Q30"),
    ("MINSK (Sputnik) Minsk will respond to the new sanctions.", "Q184"),
    ("Moscow has also denied the claims.", "Q159"),
    ("On Monday, Beijing retaliated with tariffs.", "Q148"),
])
def test_a_capital_opening_its_clause_before_a_verb(text: str, state: str, lex: Any, nlp: Any) -> None:
    assert [s for _, s in _capitals(text, lex, nlp)] == [state]


@pytest.mark.parametrize("text", [
    "Talks in Moscow ended on Monday.",  # a place after a preposition
    "The ministers flew to Minsk on Sunday.",
    "Moscow residents protested on Sunday.",  # a noun it qualifies
    "Washington state imposed a curfew.",
    "Washington's decision angered Ankara.",  # a possessive
    "Denzel Washington said he was pleased.",  # part of a longer name
    "The Moscow court jailed him.",  # a name's first word after a determiner
    "Washington, the capital, was calm.",  # no verb after it
])
def test_a_capital_that_is_no_subject_stands_for_nothing(text: str, lex: Any, nlp: Any) -> None:
    assert _capitals(text, lex, nlp) == []


def test_a_found_capital_is_replaced_by_its_state(lex: Any, nlp: Any) -> None:
    text = "Beijing retaliated with tariffs."
    found = Mention(0, 7, "Beijing", "LOC", "Q956")
    made, replaced = capitals_en.capital_mentions(list(nlp(text)), [found], lex.capitals, lex.english.by_form,
                                                  lex.places.states)
    assert [(m.text, m.entity) for m in made] == [("Beijing", "Q148")] and replaced == [found]


def test_a_capital_inside_another_name_is_left_alone(lex: Any, nlp: Any) -> None:
    # near miss: a mention that is not the capital's own span ("Washington Post" found as an ORG)
    text = "Washington said nothing."
    other = Mention(0, 10, "Washington", "PER", "Q_person")
    assert _capitals(text, lex, nlp, [other]) == []


def test_a_capital_subject_gives_the_state_as_the_event_side(nf_ctx: Any) -> None:
    got = [(e.type, e.source, e.target) for e in events_batch(
        [article_naming("Washington imposed sanctions on Turkey on Friday.", NAMES, "en")], nf_ctx)[0].events]
    assert any(t == "SANCTION" and s == ["Q30"] and g == ["Q43"] for t, s, g in got), got


def test_a_found_capital_subject_acts_as_its_state(nf_ctx: Any) -> None:
    got = [(e.type, e.source, e.target) for e in events_batch(
        [article_naming("Beijing imposed sanctions on Turkey on Friday.", NAMES, "en")], nf_ctx)[0].events]
    assert any(t == "SANCTION" and s == ["Q148"] and g == ["Q43"] for t, s, g in got), got


def test_a_capital_as_the_place_is_no_side(nf_ctx: Any) -> None:
    # near miss: "in Beijing" is where, not who; the event keeps its named sides only
    got = [(e.type, e.source, e.target) for e in events_batch(
        [article_naming("Andrew Mwangi met Turkey's envoy in Beijing on Friday.", NAMES, "en")], nf_ctx)[0].events]
    assert all("Q148" not in s + g for _, s, g in got), got


def test_a_french_capital_is_read_as_before(nf_ctx: Any) -> None:
    # near miss: French text keeps its own reading (the capital's id, `actors.Places`)
    got = [(e.type, e.source, e.target) for e in events_batch(
        [article_naming("Beijing a imposé des sanctions à la Turquie vendredi.", NAMES, "fr")], nf_ctx)[0].events]
    assert all("Q148" not in s + g for _, s, g in got), got


def _peoples(text: str, lex: Any, nlp: Any, mentions: list[Mention] | None = None) -> list[tuple[str, str | None]]:
    made, _ = capitals_en.capital_mentions(list(nlp(text)), mentions or [], lex.capitals, lex.english.by_form,
                                           lex.places.states, lex.places.demonyms)
    return [(m.text, m.entity) for m in made]


@pytest.mark.parametrize("text, name, state", [
    ("The Russians have agreed to a ceasefire.", "Russians", "Q159"),
    ("Officials said the Chinese retaliated with tariffs.", "Chinese", "Q148"),
    ("On Monday, the French imposed new sanctions.", "French", "Q142"),
])
def test_a_people_opening_its_clause_before_a_verb(text: str, name: str, state: str, lex: Any, nlp: Any) -> None:
    assert _peoples(text, lex, nlp) == [(name, state)]


@pytest.mark.parametrize("text", [
    "The Chinese embassy imposed a curfew.",  # a noun after it: demonyms_en's reading
    "Talks with the Russians ended.",  # after a preposition
    "The Russians, who arrived late, were calm.",  # no verb after it
])
def test_a_people_that_is_no_subject_stands_for_nothing(text: str, lex: Any, nlp: Any) -> None:
    assert _peoples(text, lex, nlp) == []


def test_peoples_need_the_demonyms(lex: Any, nlp: Any) -> None:
    # near miss: without the demonyms table only capitals are read
    assert _capitals("The Russians have agreed to a ceasefire.", lex, nlp) == []
