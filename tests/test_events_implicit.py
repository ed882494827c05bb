"""Sides of judicial and police acts told without their agent (events@43, issue 19,
`stages/events/implicit.py`): a passive or a bare participle of a sentencing, charging or arresting
verb makes its subject (or the noun it modifies) the one who undergoes the act, and the side that
acts is the court the article names, else the place of the clause and its state, else the state of
the article's setting (judgments and charges only). Sentences written from the language, not from
any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Article
from veille.pipeline import Context
from veille.stages.events import events_batch

NAMES: dict[str, tuple[str, str]] = {
    "Abdoulaye Diop": ("PER", "Q_diop"), "Andrew Mwangi": ("PER", "Q_mwangi"), "Sénégal": ("LOC", "Q1041"),
    "Mali": ("LOC", "Q912"), "Bamako": ("LOC", "Q3703"), "Kenya": ("LOC", "Q114"),
    "Tribunal de Dakar": ("ORG", "Q_court"), "Assemblée nationale": ("ORG", "Q_an"),
}


def _article(text: str, lang: str = "fr") -> Article:
    return article_naming(text, NAMES, lang)


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def events(text: str, ctx: Any, lang: str = "fr") -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.source, e.target) for e in events_batch([_article(text, lang)], ctx)[0].events]


def test_headline_participle_is_a_reduced_passive(nf_ctx: Any) -> None:
    # "X condamné à deux ans": X undergoes the sentence; the article's court passed it
    text = ("Abdoulaye Diop condamné à deux ans de prison ferme\n"
            "Le verdict du Tribunal de Dakar a surpris ses partisans.")
    got = events(text, nf_ctx)
    assert any(t == "SANCTION" and "Q_court" in s and "Q_diop" in g for t, s, g in got), got


def test_agentless_passive_takes_the_court_the_article_names(nf_ctx: Any) -> None:
    text = ("Le Tribunal de Dakar a siégé toute la nuit. Abdoulaye Diop a été condamné à cinq ans "
            "de prison.")
    got = events(text, nf_ctx)
    assert any(t == "SANCTION" and s == ["Q_court"] and g == ["Q_diop"] for t, s, g in got), got


def test_no_court_named_the_place_of_the_clause(nf_ctx: Any) -> None:
    got = events("Abdoulaye Diop a été condamné à cinq ans de prison à Bamako.", nf_ctx)
    assert any(t == "SANCTION" and "Q912" in s and g == ["Q_diop"] for t, s, g in got), got


def test_no_court_no_place_the_state_of_the_setting(nf_ctx: Any) -> None:
    text = "Le Sénégal traverse une crise politique. Abdoulaye Diop a été condamné à cinq ans de prison."
    got = events(text, nf_ctx)
    assert any(t == "SANCTION" and s == ["Q1041"] and g == ["Q_diop"] for t, s, g in got), got


def test_an_agent_stays_the_source(nf_ctx: Any) -> None:
    got = events("Abdoulaye Diop a été condamné à cinq ans de prison par le Tribunal de Dakar.", nf_ctx)
    assert any(t == "SANCTION" and s == ["Q_court"] and g == ["Q_diop"] for t, s, g in got), got


def test_an_election_passive_takes_no_court(nf_ctx: Any) -> None:
    # near miss: a passive of a verb of no judicial class ("il a été élu") gets no court side
    text = "Le Tribunal de Dakar a siégé mardi. Abdoulaye Diop a été élu député à l'Assemblée nationale."
    got = events(text, nf_ctx)
    assert all("Q_court" not in s for _, s, _ in got), got


def test_a_participle_of_no_judicial_class_is_no_reduced_passive(nf_ctx: Any) -> None:
    # near miss: "Abdoulaye Diop, élu député" modifies the name with no sentence told
    text = "Le Tribunal de Dakar a siégé mardi. Abdoulaye Diop élu député de Bamako"
    got = events(text, nf_ctx)
    assert all(t != "SANCTION" and "Q_court" not in s for t, s, _ in got), got


def test_english_charge_with_an_offence(nf_ctx: Any) -> None:
    got = events("Andrew Mwangi was charged with fraud and money laundering in Kenya on Monday.", nf_ctx, "en")
    assert any(t == "ACCUSE" and "Q_mwangi" in g and s == ["Q114"] for t, s, g in got), got


def test_english_charged_with_a_thing_is_no_charge(nf_ctx: Any) -> None:
    # near miss: "charged with the battery" (a task or a device, no offence) is no accusation
    got = events("Andrew Mwangi was charged with the battery of the station in Kenya on Monday.", nf_ctx, "en")
    assert all(t != "ACCUSE" for t, _, _ in got), got


def test_english_charged_with_a_duty_is_no_charge(nf_ctx: Any) -> None:
    # near miss: one "charged with investigating the murder" is given a task, not accused of it
    got = events("Andrew Mwangi was charged with investigating the murder in Kenya on Monday.", nf_ctx, "en")
    assert all(t != "ACCUSE" for t, _, _ in got), got


def test_french_charge_in_the_passive(nf_ctx: Any) -> None:
    # "a été inculpé", "a été mis en examen": a criminal charge (PLOVER ACCUSE), the one charged its
    # target, the state of the clause's place its source
    for text in ("Abdoulaye Diop a été inculpé de meurtre mardi à Bamako.",
                 "Abdoulaye Diop a été mis en examen pour meurtre mardi à Bamako."):
        got = events(text, nf_ctx)
        assert any(t == "ACCUSE" and "Q912" in s and g == ["Q_diop"] for t, s, g in got), (text, got)


def test_an_active_examination_is_no_charge(nf_ctx: Any) -> None:
    # near miss: "mettre en examen" is a charge only in the passive the words run together in;
    # "a mis son projet en examen" (submitted for study) names no one charged
    got = events("Abdoulaye Diop a mis le projet de loi en examen mardi à Bamako.", nf_ctx)
    assert all(t != "ACCUSE" for t, _, _ in got), got
