"""A French subject pronoun ("il", "elle") as a side of an event (events@16, `pronouns.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from test_events import article as fr_article
from veille.config import Config, EventsConfig
from veille.pipeline import Context
from veille.stages.events import events_batch


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    """Every event the triggers find (no main-event filter)."""
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def found(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    art = events_batch([fr_article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target)) for e in art.events]


@pytest.mark.parametrize(("text", "typ", "source", "target"), [
    # the subject of the sentence before, carried by "il"
    ("Le ministre Sergueï Lavrov est arrivé mardi à Bamako. Il doit y rencontrer Abdoulaye Diop.",
     "CONSULT", {"Q39522"}, {"Q_diop"}),
    # through a chain of pronouns
    ("Emmanuel Macron est arrivé à Pékin. Il a visité la Cité interdite. Il a rencontré Olaf Scholz lundi.",
     "CONSULT", {"Q3052772"}, {"Q61053"}),
    # a passive: the pronoun undergoes the act
    ("Abdoulaye Diop était jugé depuis mardi. Il a été condamné par la Russie à deux ans de prison.",
     "SANCTION", {"Q159"}, {"Q_diop"}),
])
def test_pronoun_takes_the_subject_before(nf_ctx: Any, text: str, typ: str, source: set[str],
                                          target: set[str]) -> None:
    events = [e for e in found(text, nf_ctx) if e[0] == typ]
    assert events, found(text, nf_ctx)
    assert source <= events[0][1] and target <= events[0][2], events


@pytest.mark.parametrize(("text", "absent"), [
    # near misses: two people before (no single antecedent), a subject that is no person, the
    # pronoun in quoted speech, a plural pronoun
    ("Emmanuel Macron et Olaf Scholz sont arrivés mardi. Il a rencontré Abdoulaye Diop.", "Q3052772"),
    ("Le vol d'Emmanuel Macron a décollé mardi. Il a rencontré Abdoulaye Diop.", "Q3052772"),
    ("Emmanuel Macron a parlé mardi. « Il a rencontré Abdoulaye Diop », a dit un proche.", "Q3052772"),
    ("Emmanuel Macron est arrivé mardi. Ils ont rencontré Abdoulaye Diop.", "Q3052772"),
])
def test_pronoun_near_misses(nf_ctx: Any, text: str, absent: str) -> None:
    assert not [e for e in found(text, nf_ctx) if absent in e[1] | e[2]], found(text, nf_ctx)


def en_found(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    from test_events_english import article as en_article
    art = events_batch([en_article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target)) for e in art.events]


@pytest.mark.parametrize(("text", "typ", "side"), [
    # an English sentence that opens with "He" / "She": the person who opened the one before
    ("Jane Smith arrived in Geneva on Monday. She was arrested by the court.", "COERCE", "target"),
    ("Jane Smith arrived in Geneva on Monday. She has now resigned.", "RETREAT", "source"),
])
def test_english_opening_pronoun(nf_ctx: Any, text: str, typ: str, side: str) -> None:
    events = [e for e in en_found(text, nf_ctx) if e[0] == typ]
    assert events, en_found(text, nf_ctx)
    assert "Q_smith" in (events[0][2] if side == "target" else events[0][1]), events


@pytest.mark.parametrize("text", [
    # near misses: the sentence before opens with no person, with two, or the pronoun is not
    # the sentence's subject
    ("Freedonia said Jane Smith arrived in Geneva on Monday. She has now resigned."),
    ("Jane Smith and Acme arrived in Geneva on Monday. She has now resigned."),
    ("Jane Smith arrived in Geneva on Monday. Acme said she had resigned."),
])
def test_english_opening_pronoun_near_misses(nf_ctx: Any, text: str) -> None:
    assert not [e for e in en_found(text, nf_ctx) if "Q_smith" in e[1] | e[2] and e[0] == "RETREAT"], \
        en_found(text, nf_ctx)
