"""French events@14 (issue 19): "appeler X à + infinitif" is a demand, as "appeler à + nom".

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

