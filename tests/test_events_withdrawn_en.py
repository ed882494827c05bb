"""English arrests told with "detain" and statuses withdrawn (events@51, issue 19).

(1) "detain" is an arrest (CAMEO 173 "arrest, detain, or charge with legal action": COERCE) in the
default lexicon, not only with `events.cameo_english`. (2) Withdrawing a status a state grants
(asylum, citizenship, recognition, a visa, a licence ...) is SANCTION (CAMEO 161/166 "reduce relations,
withdraw"), where troops or a party withdrawing stay RETREAT. Sentences written from the language,
not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.pipeline import Context
from veille.stages.events import events_batch

NAMES: dict[str, tuple[str, str]] = {
    "Jane Okafor": ("PER", "Q_okafor"), "Freedonia": ("LOC", "Q_freedonia"),
    "Sylvania": ("LOC", "Q_sylvania"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def types(text: str, ctx: Any) -> list[str]:
    return [e.type for e in events_batch([article_naming(text, NAMES, "en")], ctx)[0].events]


@pytest.mark.parametrize("text", [
    "Police in Freedonia detained Jane Okafor on Tuesday.",
    "Jane Okafor was detained by Freedonia's police at the airport.",
])
def test_detain_is_an_arrest(nf_ctx: Any, text: str) -> None:
    assert "COERCE" in types(text, nf_ctx)


def test_a_detainee_is_no_arrest(nf_ctx: Any) -> None:
    # near miss: the noun of the person held tells no act
    assert "COERCE" not in types("Jane Okafor, a former detainee, spoke in Freedonia about Sylvania.", nf_ctx)


@pytest.mark.parametrize("text", [
    "Freedonia withdrew Jane Okafor's asylum on Tuesday.",
    "Sylvania announced the withdrawal of Jane Okafor's citizenship.",
    "Freedonia withdrew the accreditation of Sylvania's envoy.",
])
def test_withdrawn_status_is_a_sanction(nf_ctx: Any, text: str) -> None:
    got = types(text, nf_ctx)
    assert "SANCTION" in got and "RETREAT" not in got, got


@pytest.mark.parametrize("text", [
    # near misses: troops, a party to talks withdrawing: a retreat
    "Freedonia withdrew its troops from Sylvania on Tuesday.",
    "Jane Okafor withdrew from the talks with Sylvania.",
])
def test_withdrawing_forces_stays_a_retreat(nf_ctx: Any, text: str) -> None:
    got = types(text, nf_ctx)
    assert "RETREAT" in got and "SANCTION" not in got, got


@pytest.mark.parametrize("text", [
    "Police in Freedonia held Jane Okafor for questioning on Tuesday.",
    "Freedonia forced a Sylvania airliner to divert to Freedonia.",
])
def test_held_for_questioning_and_forced_landing_coerce(nf_ctx: Any, text: str) -> None:
    # (events@51) CAMEO 173 (detain) and 191 (restrict movement): COERCE
    assert "COERCE" in types(text, nf_ctx)


@pytest.mark.parametrize("text", [
    # near misses: talks held; a plane forced to land by a fault (no one forces it: passive with "to")
    "Freedonia held talks with Sylvania on Tuesday.",
    "A Sylvania airliner carrying Jane Okafor was forced to land in Freedonia by a fault.",
    "Jane Okafor forced her way through the crowd in Freedonia to meet Sylvania's envoy.",
])
def test_hold_and_force_in_other_senses(nf_ctx: Any, text: str) -> None:
    assert "COERCE" not in types(text, nf_ctx)
