"""Unnamed state forces take the state their report places them in (events@49,
`stages/events/forces.py`): a French report's dateline ("PARIS (AFP) - La police a arrêté un
homme": France), unless the report names another state more (a wire's regional hub); an English
force noun with no place after it, the state of the one place its sentence acts in ("Police
arrested X during a protest in Nairobi"). A force no text places stays unattached. Sentences
written from the language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Mention
from veille.pipeline import Context
from veille.stages.events import events_batch, lexicon
from veille.stages.events.forces import dateline_state

NAMES: dict[str, tuple[str, str]] = {
    "Abdoulaye Diop": ("PER", "Q_diop"), "Mali": ("LOC", "Q912"), "Bamako": ("LOC", "Q3703"),
    "Paris": ("LOC", "Q90"), "PARIS": ("LOC", "Q90"), "Nairobi": ("LOC", "loc:nairobi"),
    "Thiès": ("LOC", "loc:thies"),
}
STATES = {"Q142", "Q90", "Q912", "Q3703", "Q114"}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def coerce(text: str, ctx: Any, lang: str = "fr") -> list[list[str]]:
    article = article_naming(text, NAMES, lang)
    return [e.source + e.target for e in events_batch([article], ctx)[0].events if e.type == "COERCE"]


def test_french_police_take_the_dateline_state(nf_ctx: Any) -> None:
    got = coerce("PARIS (AFP) - La police a arrêté un homme mardi soir.", nf_ctx)
    assert any("Q142" in sides for sides in got), got  # France, the capital's state


def test_french_police_with_no_dateline_stay_unattached(nf_ctx: Any) -> None:
    # near miss: the same sentence with nothing that places it
    got = coerce("La police a arrêté un homme mardi soir.", nf_ctx)
    assert all(not STATES & set(sides) for sides in got), got


def test_a_regional_hub_dateline_is_not_the_story_state(nf_ctx: Any) -> None:
    # near miss: a Nairobi wire on Mali, which the report names more than Kenya
    text = ("NAIROBI (AFP) - La police a arrêté un homme mardi soir. Le Mali traverse une crise. "
            "Le gouvernement du Mali a protesté.")
    got = coerce(text, nf_ctx)
    assert all("Q114" not in sides for sides in got), got


def test_english_police_take_the_state_of_the_sentence_place(nf_ctx: Any) -> None:
    got = coerce("Police arrested Abdoulaye Diop on Tuesday during a protest in Nairobi.", nf_ctx, "en")
    assert any("Q114" in sides and "Q_diop" in sides for sides in got), got


@pytest.mark.parametrize("text", [
    # near misses: no place in the sentence; places of two states; a force a nationality
    # adjective owns ("Kenyan police" acting in Bamako are not Mali's)
    "Police arrested Abdoulaye Diop on Tuesday.",
    "Police arrested Abdoulaye Diop in Nairobi on Tuesday after a rally in Bamako.",
    "Kenyan police arrested Abdoulaye Diop on Tuesday during a visit in Bamako.",
])
def test_english_police_left_open(nf_ctx: Any, text: str) -> None:
    got = coerce(text, nf_ctx, "en")
    assert all(not {"Q114", "Q912", "Q3703"} & set(sides) for sides in got), got


@pytest.mark.parametrize(("body", "state"), [
    ("KATMANDU, Nepal -- Police fired tear gas.", "Q837"),  # the country the dateline names
    ("ISLAMABAD: Police fired tear gas.", "Q843"),  # a capital in capitals, read by its name
    ("Paris (AFP) - La police a interpellé un homme.", "Q142"),
])
def test_dateline_state(ctx: Any, body: str, state: str) -> None:
    places = lexicon(ctx).places
    mentions = [Mention(0, 5, "Paris", "LOC", "Q90")] if body.startswith("Paris") else []
    assert dateline_state(body, mentions, places)[:1] == [state]


@pytest.mark.parametrize("body", [
    "Police fired tear gas in the capital on Sunday.",  # no dateline
    "Thousands - police said - marched on Sunday.",  # a dash in a sentence is no dateline
])
def test_no_dateline_no_state(ctx: Any, body: str) -> None:
    assert dateline_state(body, [], lexicon(ctx).places) == []
