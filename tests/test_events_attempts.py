"""Attempts and aims yield no event (events@18, `stages/events/attempts.py`): "in his bid to
unseat X", "tried to oust X", "a tenté de renverser X", "afin de soutenir X" tell a goal, not an
event that happened; each case has a near miss where the same trigger is told as done, planned
or scheduled and keeps its event."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import with_cameo
from tests.test_events_english import ctx as ctx
from tests.test_events_english import events


@pytest.fixture(scope="module")
def cameo_ctx(ctx: Any) -> Any:
    """The context with `events.cameo_english` on, which these rules need."""
    return with_cameo(ctx)


@pytest.mark.parametrize(("text", "typ"), [
    ("Jane Smith knocked on doors in her bid to unseat Freedonia's president.", "REJECT"),
    ("Freedonia tried to invade Sylvania on Monday.", "FIGHT"),
    ("Freedonia attempted to negotiate with Sylvania on Monday.", "CONSULT"),
    ("Freedonia is seeking to reach a deal with Sylvania.", "AGREE"),
    ("Freedonia made an effort to negotiate with Sylvania on Monday.", "CONSULT"),
    ("Freedonia sent envoys in order to negotiate with Sylvania on Monday.", "CONSULT"),
])
def test_an_english_attempt_is_no_event(cameo_ctx: Any, text: str, typ: str) -> None:
    assert typ not in {e[0] for e in events(text, cameo_ctx)}, events(text, cameo_ctx)


@pytest.mark.parametrize(("text", "typ", "modality"), [
    # the same triggers told as done, or planned with "will", keep their event
    ("Freedonia invaded Sylvania on Monday.", "FIGHT", "asserted"),
    ("Freedonia negotiated with Sylvania on Monday.", "CONSULT", "asserted"),
    ("Freedonia will negotiate with Sylvania on Monday.", "CONSULT", "planned"),
    # an attempt word in another phrase does not reach the trigger
    ("Freedonia, which tried everything, invaded Sylvania on Monday.", "FIGHT", "asserted"),
    # "agreed to" is no attempt: the trigger after it stays (planned, as before)
    ("Freedonia agreed to negotiate with Sylvania on Monday.", "CONSULT", "planned"),
])
def test_english_near_misses_keep_the_event(cameo_ctx: Any, text: str, typ: str, modality: str) -> None:
    assert (typ, modality) in {(e[0], e[4]) for e in events(text, cameo_ctx)}, events(text, cameo_ctx)

