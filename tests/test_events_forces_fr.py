"""A state's forces named by a common noun stand for their state or place (events@41,
`stages/events/forces.py`, `data/events/forces.json`): "les forces de l'ordre", "les gendarmes",
"la police" act for the state of the place they act in, or for the town a local force belongs to,
and a named force stays itself. Sentences written from the language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Article
from veille.pipeline import Context
from veille.stages.events import events_batch

NAMES: dict[str, tuple[str, str]] = {
    "Abdoulaye Diop": ("PER", "Q_diop"), "Sénégal": ("LOC", "Q1041"), "Mali": ("LOC", "Q912"),
    "Bamako": ("LOC", "Q3703"), "Nairobi": ("LOC", "loc:nairobi"), "Thiès": ("LOC", "loc:thies"), "JNIM": ("ORG", "Q_jnim"),
    "Gendarmerie royale du Canada": ("ORG", "Q_grc"),
}


def _article(text: str) -> Article:
    return article_naming(text, NAMES)


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def sides(text: str, ctx: Any, typ: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in events_batch([_article(text)], ctx)[0].events if e.type == typ]


def test_forces_act_for_the_state_of_the_event_place(nf_ctx: Any) -> None:
    # "à Bamako": the capital and its state
    got = sides("Les forces de l'ordre ont arrêté Abdoulaye Diop mardi à Bamako.", nf_ctx, "COERCE")
    assert any("Q912" in s and "Q_diop" in t for s, t in got), got


def test_an_unknown_place_takes_the_article_state(nf_ctx: Any) -> None:
    # Thiès is no gazetteer place: the state the article is about completes it
    text = "Le Sénégal traverse une crise politique. Les gendarmes ont arrêté Abdoulaye Diop mardi à Thiès."
    got = sides(text, nf_ctx, "COERCE")
    assert any(s == ["loc:thies", "Q1041"] and "Q_diop" in t for s, t in got), got


def test_no_place_in_the_clause_no_force_side(nf_ctx: Any) -> None:
    # near miss: a sentence that names no place leaves the force unresolved (no side from the
    # article's place alone)
    text = "Le Sénégal traverse une crise politique. Les gendarmes ont arrêté Abdoulaye Diop mardi."
    got = sides(text, nf_ctx, "COERCE")
    assert all("Q1041" not in s for s, _ in got), got


def test_police_of_a_named_town_is_that_town_and_state(nf_ctx: Any) -> None:
    text = "Le Sénégal traverse une crise politique. Les gendarmes de Thiès ont arrêté Abdoulaye Diop mardi."
    got = sides(text, nf_ctx, "COERCE")
    assert any(s[:1] == ["loc:thies"] and "Q1041" in s for s, _ in got), got


def test_municipal_police_is_the_town_not_the_state(nf_ctx: Any) -> None:
    # near miss: a town's own police ("police municipale") is no force of the state
    text = "Le Sénégal traverse une crise politique. La police municipale de Thiès a arrêté trois opposants mardi."
    got = sides(text, nf_ctx, "COERCE")
    assert got and all("Q1041" not in s for s, _ in got), got
    assert any(s == ["loc:thies"] for s, _ in got), got


def test_named_force_stays_itself(nf_ctx: Any) -> None:
    # near miss: a recognised name is the actor, not the place it acts in
    text = "La Gendarmerie royale du Canada a arrêté trois opposants mardi à Bamako."
    got = sides(text, nf_ctx, "COERCE")
    assert any(s == ["Q_grc"] for s, _ in got), got


def test_bare_noun_takes_the_state_an_adjective_gave_it(nf_ctx: Any) -> None:
    text = ("L'armée malienne a mené une opération dans le centre. "
            "Le JNIM a accusé l'armée d'avoir visé des civils.")
    got = sides(text, nf_ctx, "DISAPPROVE") + sides(text, nf_ctx, "ACCUSE")
    assert any("Q_jnim" in s and "Q912" in t for s, t in got), got


def test_agentless_arrest_is_the_police_state(nf_ctx: Any) -> None:
    # the passive subject is the arrest's object ("trois opposants ont été arrêtés"), and with no
    # agent the police of the place made it
    got = sides("Trois opposants ont été arrêtés mardi à Bamako.", nf_ctx, "COERCE")
    assert any("Q912" in s for s, _ in got), got


def test_arrest_with_an_agent_keeps_the_agent(nf_ctx: Any) -> None:
    # near miss: a named agent ("par ...") is the side, not the place
    got = sides("Trois opposants ont été arrêtés mardi à Bamako par la Gendarmerie royale du Canada.",
                nf_ctx, "COERCE")
    assert any(s == ["Q_grc"] for s, _ in got), got


def test_stopped_activities_are_no_arrest(nf_ctx: Any) -> None:
    # near miss: "les travaux ont été arrêtés" (stopped): no person arrested, no event
    assert not sides("Les travaux ont été arrêtés mardi à Bamako.", nf_ctx, "COERCE")


def test_adjective_militaire_is_no_force(nf_ctx: Any) -> None:
    # near miss: "militaire" as an adjective ("un tribunal militaire") names no force
    text = "Le Sénégal traverse une crise politique. Un tribunal militaire a condamné Abdoulaye Diop mardi."
    got = sides(text, nf_ctx, "SANCTION")
    assert all("Q1041" not in s for s, _ in got), got


def test_possessed_troops_are_no_state_force(nf_ctx: Any) -> None:
    # near miss: "ses troupes" are someone's own (a candidate's supporters), not the state's
    text = "Le Sénégal traverse une crise politique. Devant ses troupes, Abdoulaye Diop a salué le JNIM mardi."
    for typ in ("SUPPORT", "CONSULT", "COERCE"):
        assert all("Q1041" not in s + t for s, t in sides(text, nf_ctx, typ))


def _english(text: str) -> Article:
    a = _article(text)
    a.lang = "en"
    return a


@pytest.mark.parametrize(("text", "state"), [
    # "police in <city>": the city's state (Nairobi, a city of the optional world.jsonl table read
    # for its country only)
    ("Police in Nairobi arrested Abdoulaye Diop on Tuesday.", "Q114"),
    ("Security forces in Nairobi arrested Abdoulaye Diop on Tuesday.", "Q114"),
])
def test_english_police_in_a_city(nf_ctx: Any, text: str, state: str) -> None:
    got = [(e.source, e.target) for e in events_batch([_english(text)], nf_ctx)[0].events if e.type == "COERCE"]
    assert any(state in s + t and "Q_diop" in s + t for s, t in got), got


@pytest.mark.parametrize("text", [
    # near misses: a town's own police; a place of no known state
    "City police in Nairobi arrested Abdoulaye Diop on Tuesday.",
    "Police in Thiès arrested Abdoulaye Diop on Tuesday.",
])
def test_english_police_near_misses(nf_ctx: Any, text: str) -> None:
    got = [(e.source, e.target) for e in events_batch([_english(text)], nf_ctx)[0].events if e.type == "COERCE"]
    assert all(not {"Q114", "Q1041", "loc:thies"} & set(s + t) for s, t in got), got
