"""PLOVER ACCUSE and THREATEN after CAMEO 1.1b3's categories 112 (accuse, charge) and 13x (threaten,
warn, give an ultimatum), and an arrest whose object the French parser misreads (events@29;
`data/events/triggers.json`, `triggers_en.json`, `senses.stray_object`)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events_english import ctx as ctx
from tests.test_events_english import events as en_events

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
    # CAMEO 112: an accusation is ACCUSE (a criticism, 111, stays DISAPPROVE)
    ("La Chine a accusé les États-Unis d'ingérence mardi.", "ACCUSE", {"Q148"}, {"Q30"}),
    ("Abdoulaye Diop a été inculpé de corruption mardi.", "ACCUSE", set(), {"Q_diop"}),
    ("Abdoulaye Diop a été mis en examen mardi pour corruption.", "ACCUSE", set(), {"Q_diop"}),
    # CAMEO 130 / 139: a warning to an actor, an ultimatum
    ("La Russie a mis en garde les États-Unis mardi.", "THREATEN", {"Q159"}, {"Q30"}),
    ("La Russie a averti l'Ukraine mardi.", "THREATEN", {"Q159"}, {"Q212"}),
    ("L'ultimatum américain à la Russie expire mardi.", "THREATEN", {"Q30"}, {"Q159"}),
    # the parser cuts the sentence after "arrêté" (also a noun) and leaves the name unattached
    ("Le Mali a arrêté Abdoulaye Diop samedi.", "COERCE", {"Q912"}, {"Q_diop"}),
    ("Les policiers ont arrêté Abdoulaye Diop samedi au Mali.", "COERCE", set(), {"Q_diop"}),
])
def test_french(nf_ctx: Any, text: str, typ: str, source: set[str], target: set[str]) -> None:
    events = [e for e in found(text, nf_ctx) if e[0] == typ]
    assert events, found(text, nf_ctx)
    assert source <= events[0][1] and target <= events[0][2], events


@pytest.mark.parametrize(("text", "typ"), [
    # a warning of what will happen, with no actor warned, is a forecast; a criticism is no accusation
    ("Le Mali a averti qu'il faudrait plusieurs jours pour rétablir le courant.", "THREATEN"),
    ("La Chine a critiqué les États-Unis mardi.", "ACCUSE"),
    # stopping one's activities is no arrest, even when a name follows in the next clause
    ("Le Mali a arrêté ses activités samedi, Abdoulaye Diop l'a confirmé.", "COERCE"),
])
def test_french_near_miss(nf_ctx: Any, text: str, typ: str) -> None:
    assert not [e for e in found(text, nf_ctx) if e[0] == typ], found(text, nf_ctx)


@pytest.mark.parametrize(("text", "typ", "actors"), [
    ("Freedonia accused Sylvania of interference on Monday.", "ACCUSE", {"Q_fr", "Q_sy"}),
    ("Freedonia blamed Sylvania for the attack on Monday.", "ACCUSE", {"Q_fr", "Q_sy"}),
    ("Freedonia warned Sylvania on Monday.", "THREATEN", {"Q_fr", "Q_sy"}),
    ("Freedonia gave Sylvania an ultimatum on Monday.", "THREATEN", {"Q_fr"}),
    ("Jane Smith was indicted on Monday.", "ACCUSE", {"Q_smith"}),
    ("Jane Smith was charged with fraud on Monday.", "ACCUSE", {"Q_smith"}),
    # the English counterpart of the French arrest (word order reads it: no parser)
    ("Police arrested Jane Smith on Monday in Freedonia.", "COERCE", {"Q_smith"}),
])
def test_english(ctx: Any, text: str, typ: str, actors: set[str]) -> None:
    got = [e for e in en_events(text, ctx) if e[0] == typ]
    assert got and actors <= got[0][1] | got[0][2], en_events(text, ctx)


@pytest.mark.parametrize(("text", "typ"), [
    # "warn that / of / about" foretells; a criticism is no accusation
    ("Freedonia warned that growth in Sylvania would slow on Monday.", "THREATEN"),
    ("Freedonia warned of a famine in Sylvania on Monday.", "THREATEN"),
    ("Freedonia criticised Sylvania on Monday.", "ACCUSE"),
    # the task sense of "charged with"
    ("Jane Smith was charged with overseeing the reforms on Monday.", "ACCUSE"),
])
def test_english_near_miss(ctx: Any, text: str, typ: str) -> None:
    assert not [e for e in en_events(text, ctx) if e[0] == typ], en_events(text, ctx)
