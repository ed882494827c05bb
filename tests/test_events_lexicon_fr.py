"""French triggers after CAMEO's categories 07 (provide aid), 11 (accuse: charges), 15/17
(sentences) and 19 (use of armed force), with the argument constraints that pick their sense
(events@16; `data/events/triggers.json`)."""

from __future__ import annotations

from typing import Any

import pytest

from test_events import article
from veille.config import Config, EventsConfig
from veille.pipeline import Context
from veille.stages.events import events_batch


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def found(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    return [(e.type, set(e.source), set(e.target)) for e in events_batch([article(text)], ctx)[0].events]


@pytest.mark.parametrize(("text", "typ", "source", "target"), [
    ("La Chine a offert 200 000 doses de vaccin au Mali mardi.", "AID", {"Q148"}, {"Q912"}),
    ("L'Union européenne a fait don de médicaments au Niger mardi.", "AID", {"Q458"}, {"Q1032"}),
    ("La Chine a remis un lot de médicaments au Tchad mardi.", "AID", {"Q148"}, {"Q657"}),
    ("L'ONU a débloqué une aide d'urgence pour le Niger mardi.", "AID", {"Q1065"}, {"Q1032"}),
    # the one sentenced is the subject, and undergoes the sentence
    ("Abdoulaye Diop a écopé de trois ans de prison mardi.", "SANCTION", set(), {"Q_diop"}),
    # (events@43) a charge is PLOVER ACCUSE (class criminal_charges), no longer DISAPPROVE
    ("Abdoulaye Diop a été inculpé de détournement de fonds publics mardi.", "ACCUSE", set(), {"Q_diop"}),
    ("L'armée du Niger a neutralisé une vingtaine de terroristes du JNIM mardi.", "FIGHT", {"Q1032"}, {"Q_jnim"}),
])
def test_french_trigger(nf_ctx: Any, text: str, typ: str, source: set[str], target: set[str]) -> None:
    events = [e for e in found(text, nf_ctx) if e[0] == typ]
    assert events, found(text, nf_ctx)
    assert source <= events[0][1] and target <= events[0][2], events


@pytest.mark.parametrize(("text", "typ"), [
    # near misses: what is offered or handed over is no aid good, a card is no sentence, a bomb
    # defused is no armed clash
    ("La Chine a offert son soutien au Mali mardi.", "AID"),
    ("Abdoulaye Diop a remis sa démission à Emmanuel Macron mardi.", "AID"),
    ("Abdoulaye Diop a écopé d'un carton jaune mardi.", "SANCTION"),
    ("L'armée du Niger a neutralisé une bombe mardi.", "FIGHT"),
])
def test_french_trigger_near_miss(nf_ctx: Any, text: str, typ: str) -> None:
    assert not [e for e in found(text, nf_ctx) if e[0] == typ], found(text, nf_ctx)
