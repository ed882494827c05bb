"""English arrests told in the agentless passive (events@67, issue 19, `implicit.agentless_passive`):
"X was arrested", "were detained", "got arrested" make X the one who undergoes the act and the
police of the clause's place (its state), else of the setting's state, the side that acts; an
agent ("by ..."), an active verb or an undated pluperfect ("had been arrested") is left alone.
Sentences written from the language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Event, Evidence
from veille.pipeline import Context
from veille.stages.events import events_batch
from veille.stages.events.implicit import agentless_passive

NAMES: dict[str, tuple[str, str]] = {
    "Andrew Mwangi": ("PER", "Q_mwangi"), "Abdoulaye Diop": ("PER", "Q_diop"), "Kenya": ("LOC", "Q114"),
    "Mali": ("LOC", "Q912"), "Bamako": ("LOC", "Q3703"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def events(text: str, ctx: Any) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target)
            for e in events_batch([article_naming(text, NAMES, "en")], ctx)[0].events]


def _event(trigger: str, text: str) -> Event:
    return Event("e", "COERCE", "arrest", [], ["Q_mwangi"], None, None, "asserted", trigger,
                 [Evidence("a", 0, len(text), text)])


@pytest.mark.parametrize("trigger, text, agentless", [
    ("arrested", "Andrew Mwangi was arrested on Monday.", True),
    ("detained", "At least two of his aides were quickly detained in Nairobi.", True),
    ("arrested", "Andrew Mwangi got arrested at the border.", True),
    ("taken", "Andrew Mwangi has been taken into custody.", True),
    # an agent in the clause, an active verb, a participle with no "be" or "get"
    ("arrested", "Andrew Mwangi was arrested on Monday by the army.", False),
    ("arrested", "Police arrested Andrew Mwangi on Monday.", False),
    ("detained", "Andrew Mwangi was among those detained.", False),
])
def test_agentless_passive(trigger: str, text: str, agentless: bool) -> None:
    assert agentless_passive(_event(trigger, text)) is agentless


def test_an_agent_after_the_clause_ends_does_not_count() -> None:
    # "by" in another clause is no agent of the participle
    assert agentless_passive(_event("arrested", "Andrew Mwangi was arrested, and his house searched by police."))


def test_passive_arrest_takes_the_place_of_its_clause(nf_ctx: Any) -> None:
    got = events("Andrew Mwangi was arrested in Bamako on Monday.", nf_ctx)
    assert any(t == "COERCE" and "Q3703" in s and "Q_mwangi" in g for t, s, g in got), got


def test_passive_arrest_with_no_place_takes_the_setting_state(nf_ctx: Any) -> None:
    got = events("Kenya is in a political crisis. Andrew Mwangi was arrested on Monday.", nf_ctx)
    assert any(t == "COERCE" and s == ["Q114"] and g == ["Q_mwangi"] for t, s, g in got), got


def test_an_undated_pluperfect_arrest_gets_no_side(nf_ctx: Any) -> None:
    # near miss: "had been arrested", no day: an earlier occasion, left one-sided as before
    got = events("Kenya is in a political crisis. Andrew Mwangi had been arrested.", nf_ctx)
    assert all(not (t == "COERCE" and "Q114" in s) for t, s, _ in got), got


def test_an_agent_stays_the_source(nf_ctx: Any) -> None:
    # near miss: the "by" phrase names who arrested; the setting's state is not added
    got = events("Kenya is in a political crisis. Andrew Mwangi was arrested by Abdoulaye Diop on Monday.",
                 nf_ctx)
    assert all(not (t == "COERCE" and "Q114" in s) for t, s, _ in got), got


def test_a_french_passive_arrest_keeps_the_clause_place_rule(nf_ctx: Any) -> None:
    # near miss: French arrests keep `_find`'s reading (no place in the clause, no side)
    art = article_naming("Le Mali traverse une crise. Abdoulaye Diop a été arrêté lundi.", NAMES, "fr")
    got = [(e.type, e.source) for e in events_batch([art], nf_ctx)[0].events]
    assert all(not (t == "COERCE" and "Q912" in s) for t, s in got), got


def test_an_unnamed_arrested_group_takes_the_setting(nf_ctx: Any) -> None:
    # "At least two people were detained": no one named undergoes it; the setting's police act
    got = events("Kenya is in a political crisis. At least two people were detained on Monday.", nf_ctx)
    assert any(t == "COERCE" and "Q114" in s and not g for t, s, g in got), got


def test_an_unnamed_arrested_group_takes_the_place_of_its_clause(nf_ctx: Any) -> None:
    got = events("Kenya is in a political crisis. Dozens of people were arrested in Bamako on Monday.", nf_ctx)
    assert any(t == "COERCE" and s == ["Q3703"] and not g for t, s, g in got), got


@pytest.mark.parametrize("text", [
    # near misses: an agent in the clause, an active verb with no side, a pluperfect, no place at all
    "Kenya is in a political crisis. At least two people were detained by unknown men on Monday.",
    "Kenya is in a political crisis. Officers arrested at least two people on Monday.",
    "Kenya is in a political crisis. At least two people had been detained on Monday.",
])
def test_no_unnamed_arrest_without_an_agentless_passive(nf_ctx: Any, text: str) -> None:
    got = events(text, nf_ctx)
    assert all(not (t == "COERCE" and "Q114" in s) for t, s, _ in got), got


def test_no_setting_no_side(nf_ctx: Any) -> None:
    # near miss: an article naming no place has no police to give the arrest
    got = events("Andrew Mwangi spoke on Sunday. At least two people were detained on Monday.", nf_ctx)
    assert all(t != "COERCE" for t, _, _ in got), got
