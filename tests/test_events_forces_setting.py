"""Unnamed state forces take the state their report places them in (events@49,
`stages/events/forces.py`): an English force noun with no place after it, the state of the one
place its sentence acts in ("Police arrested X during a protest in Nairobi"). A force no text
places stays unattached. Sentences written from the language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.pipeline import Context
from veille.stages.events import events_batch

NAMES: dict[str, tuple[str, str]] = {
    "Abdoulaye Diop": ("PER", "Q_diop"), "Mali": ("LOC", "Q912"), "Bamako": ("LOC", "Q3703"),
    "Nairobi": ("LOC", "loc:nairobi"),
}
STATES = {"Q142", "Q90", "Q912", "Q3703", "Q114"}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def coerce(text: str, ctx: Any, lang: str = "fr") -> list[list[str]]:
    article = article_naming(text, NAMES, lang)
    return [e.source + e.target for e in events_batch([article], ctx)[0].events if e.type == "COERCE"]


def test_french_police_with_no_place_stay_unattached(nf_ctx: Any) -> None:
    # near miss: a sentence with nothing that places it
    got = coerce("La police a arrêté un homme mardi soir.", nf_ctx)
    assert all(not STATES & set(sides) for sides in got), got


def test_english_police_take_the_state_of_the_sentence_place(nf_ctx: Any) -> None:
    got = coerce("Police arrested Abdoulaye Diop on Tuesday during a protest in Nairobi.", nf_ctx, "en")
    assert any("Q114" in sides and "Q_diop" in sides for sides in got), got


@pytest.mark.parametrize("text", [
    # near misses: no place in the sentence; places of two states
    "Police arrested Abdoulaye Diop on Tuesday.",
    "Police arrested Abdoulaye Diop in Nairobi on Tuesday after a rally in Bamako.",
])
def test_english_police_left_open(nf_ctx: Any, text: str) -> None:
    got = coerce(text, nf_ctx, "en")
    assert all(not {"Q114", "Q912", "Q3703"} & set(sides) for sides in got), got


def test_english_police_a_nationality_adjective_owns(nf_ctx: Any) -> None:
    # "Kenyan police" acting in Bamako are not Mali's; since events@58 (`state_agents_en.py`) they
    # are Kenya's (events@49 left them open)
    got = coerce("Kenyan police arrested Abdoulaye Diop on Tuesday during a visit in Bamako.", nf_ctx, "en")
    assert all(not {"Q912", "Q3703"} & set(sides) for sides in got), got
    assert any("Q114" in sides for sides in got), got
