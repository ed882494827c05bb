"""French attempts and aims yield no event (events@18, `stages/events/attempts.py`): "a tenté de
renverser X", "cherche à signer un accord", "afin de négocier" tell a goal, not an event that
happened; near misses: the same triggers told as done or planned keep their event."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import with_cameo
from tests.test_events import article

from veille.stages.events import events_batch


@pytest.fixture(scope="module")
def cameo_ctx(ctx: Any) -> Any:
    """The context with `events.cameo_english` on, which these rules need."""
    return with_cameo(ctx)


@pytest.mark.parametrize(("text", "typ"), [
    ("Le Mali a tenté de renverser le gouvernement du Niger en janvier.", "COERCE"),
    ("La Russie cherche à signer un accord avec le Mali.", "AGREE"),
    ("Le Maroc vise à conclure un accord avec l'Algérie.", "AGREE"),
    ("La France a envoyé des diplomates afin de négocier avec le Niger.", "CONSULT"),
    ("Le Mali s'efforce de négocier avec la Russie.", "CONSULT"),
])
def test_a_french_attempt_is_no_event(cameo_ctx: Any, text: str, typ: str) -> None:
    art = events_batch([article(text)], cameo_ctx)[0]
    assert typ not in {e.type for e in art.events}, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize(("text", "typ", "modality"), [
    ("La Russie a signé un accord avec le Mali.", "AGREE", "asserted"),
    ("Le Maroc a conclu un accord avec l'Algérie.", "AGREE", "asserted"),
    ("Le Mali a négocié avec la Russie.", "CONSULT", "asserted"),
    # a plan keeps its event, told as planned (events@59: "envisager de" weighs an option, a
    # possibility, test_events59; "prévoir de" plans)
    ("La France prévoit de négocier avec le Niger en juin.", "CONSULT", "planned"),
    # the purpose clause after the told event is its goal; the event itself stays
    ("Le Mali a négocié avec la Russie afin de calmer la situation.", "CONSULT", "asserted"),
])
def test_french_near_misses_keep_the_event(cameo_ctx: Any, text: str, typ: str, modality: str) -> None:
    art = events_batch([article(text)], cameo_ctx)[0]
    assert (typ, modality) in {(e.type, e.modality) for e in art.events}, \
        [(e.type, e.trigger, e.modality) for e in art.events]


def test_off_by_default_an_attempt_keeps_its_event(ctx: Any) -> None:
    """The attempt rule is behind `events.cameo_english` (off by default): off, the goal of
    "cherche à signer un accord" is still read as the event, as before events@18 (every event found:
    the learned filter, not the rule, decides which are the article's main ones)."""
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context

    every = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    art = events_batch([article("La Russie cherche à signer un accord avec le Mali.")], every)[0]
    assert "AGREE" in {e.type for e in art.events}, [(e.type, e.trigger) for e in art.events]
