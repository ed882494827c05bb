"""French events@14 (issue 19): "appeler X à + infinitif" is a demand, as "appeler à + nom"; a
statement with no day is dated by its report; "déclaré élu" is an election.

Sentences written for these tests; mentions come from test_events' helper (test_events_senses adds
the names used here)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events_senses import events_of


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Jean Dupont a appelé Marie Durand à démissionner.", {"Q_dupont"}, {"Q_durand"}),
    ("Jean Dupont a appelé mardi Marie Durand à dissoudre l'Académie.", {"Q_dupont"}, {"Q_durand"}),
    ("Jean Dupont a appelé à la démission de Marie Durand.", {"Q_dupont"}, set()),  # the noun, as before
])
def test_a_call_to_act_is_a_demand(ctx: Any, text: str, source: set[str], target: set[str]) -> None:
    found = [(s, t) for ty, s, t in events_of(text, ctx) if ty == "DEMAND"]
    assert found, events_of(text, ctx)
    assert source <= found[0][0] and target <= found[0][0] | found[0][1], found


@pytest.mark.parametrize("text", [
    "Jean Dupont a appelé Marie Durand lundi soir.",  # a phone call: nothing asked
    "Jean Dupont a appelé Marie Durand pour la féliciter.",  # "pour", not "à": no demand
])
def test_a_call_without_a_to_is_no_demand(ctx: Any, text: str) -> None:
    assert not [e for e in events_of(text, ctx) if e[0] == "DEMAND"], events_of(text, ctx)


def test_a_statement_with_no_day_is_dated_by_its_report(ctx: Any) -> None:
    from tests.test_events import article

    from veille.stages.events import events_batch

    def dated(text: str) -> list[tuple[str, str | None]]:
        return [(e.type, e.date) for e in events_batch([article(text)], ctx)[0].events]

    # a call reported as done with no day: the day of the report (test_events' article: 2025-04-03)
    assert ("DEMAND", "2025-04-03") in dated("Jean Dupont a appelé Marie Durand à démissionner."), \
        dated("Jean Dupont a appelé Marie Durand à démissionner.")
    # near misses: a call not made stays undated (read with the filter off: since events@20 a
    # negated event is none of the main events the filter keeps); an act that is no statement is
    # not the report's news
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context
    every = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    not_made = [(e.type, e.date) for e in events_batch(
        [article("Jean Dupont n'a pas appelé Marie Durand à démissionner.")], every)[0].events]
    assert ("DEMAND", None) in not_made, not_made
    assert ("ASSAULT", None) in dated("La France a attaqué l'Iran."), dated("La France a attaqué l'Iran.")


@pytest.mark.parametrize(("text", "found"), [
    # "déclaré élu": the parser reads a masculine "élu" after it as a noun (lemma "élu"), not as
    # the verb "élire" (a feminine "élue" is read as the verb, and was found before)
    ("Jean Dupont a été provisoirement déclaré élu Président de la République samedi.", True),
    ("Jean Dupont a été proclamé élu samedi.", True),
    # near miss: what one declares about an elected official is no election
    ("Jean Dupont a déclaré aux élus de l'Académie qu'il partait.", False),
])
def test_declared_elected_is_an_election(ctx: Any, text: str, found: bool) -> None:
    got = [(s, t) for ty, s, t in events_of(text, ctx) if ty == "SUPPORT"]
    assert bool(got) == found, events_of(text, ctx)
    assert not found or "Q_dupont" in got[0][0] | got[0][1], got
