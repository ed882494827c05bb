"""events@69 (evf44, issue 19): French false events by tense, clause and place, each beside its near misses.

A census of the French events events@67 kept that match no gold event (eval/events_pool's working
part 13, eval/news dev French 17) found sides wrong or missing first, then acts the gold does not
count. The rules here are constraints of French grammar (`events/background_fr.py`, `french.find`):

- the imparfait tells a state of the setting ("Il était accusé de ..."), not a step of the news;
  the plus-que-parfait and the passé composé tell acts, and under a speech verb the imparfait is
  the reported present;
- a strike on a place named as a state ("a bombardé des cibles au Cambodge") is against that state.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events import ENTITIES, article

from veille.stages.events import events_batch

ENTITIES.update({"Thaïlande": ("LOC", "Q869", None), "Cambodge": ("LOC", "Q424", None)})


def _events(text: str, ctx: Any, filtered: bool = False) -> list[Any]:
    if not filtered:
        from veille.config import Config, EventsConfig
        from veille.pipeline import Context
        ctx = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    return list(events_batch([article(text)], ctx)[0].events)


def _typed(text: str, ctx: Any, typ: str) -> list[Any]:
    return [e for e in _events(text, ctx) if e.type == typ]


def _between(text: str, ctx: Any, one: str, other: str) -> list[Any]:
    return [e for e in _events(text, ctx) if {one, other} <= set(e.source + e.target)]


@pytest.mark.parametrize("text", [
    "La Russie était accusée par la France de soutenir Wagner.",
    "Le Mali sanctionnait la Russie depuis des années.",
])
def test_an_act_told_in_the_imparfait_is_background(ctx: Any, text: str) -> None:
    assert _between(text, ctx, "Q159", "Q142" if "France" in text else "Q912") == [], \
        [(e.type, e.source, e.target) for e in _events(text, ctx)]


@pytest.mark.parametrize("text", [
    # passé composé, plus-que-parfait (active and passive): acts
    "La Russie a été accusée par la France de soutenir Wagner.",
    "Le Mali avait sanctionné la Russie mardi.",
    "La Russie avait été accusée par la France de soutenir Wagner.",
    # reported present (concordance des temps): the speaker's claim of a current act
    "Abdoulaye Diop a affirmé que le Mali sanctionnait la Russie.",
    # the conditional, which the tagger may tag with the imparfait's tense, is no imparfait
    "Abdoulaye Diop a annoncé que le Mali sanctionnerait la Russie.",
])
def test_a_compound_tense_or_a_reported_imparfait_stays(ctx: Any, text: str) -> None:
    assert _between(text, ctx, "Q159", "Q142" if "France" in text else "Q912"), \
        [(e.type, e.source, e.target) for e in _events(text, ctx)]


def test_a_strike_on_a_state_named_as_the_place_is_against_it(ctx: Any) -> None:
    events = _typed("La Thaïlande a bombardé des cibles au Cambodge mardi.", ctx, "ASSAULT") \
        + _typed("La Thaïlande a bombardé des cibles au Cambodge mardi.", ctx, "FIGHT")
    assert any("Q869" in e.source and "Q424" in e.target for e in events), \
        [(e.type, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    # the place is a town near another state, not that state ("près de la frontière avec X")
    "Le JNIM a attaqué un poste à Tessit, près de la frontière avec le Burkina Faso.",
    # a strike in its own state is no act against it
    "Le Mali a bombardé des positions au Mali.",
])
def test_a_strike_takes_no_target_from_another_place(ctx: Any, text: str) -> None:
    for e in _events(text, ctx):
        if e.type in ("ASSAULT", "FIGHT"):
            assert "Q965" not in e.target and e.target != ["Q912"], (e.type, e.source, e.target)
