"""English events@20: noun triggers in the forms English news writes them (a Latin plural,
an abbreviation in capitals, a hyphenated compound), asset freezes, and a request governing a
noun whose possessor stands before it; each beside a near miss that must stay without the event
(or keep its modality). Found on eval/events_pool's evt26 pages (n27-n38), written here on
invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

# the fixture whose gazetteer holds Freedonia and Sylvania, and its event reader
from tests.test_events_english import ctx as ctx
from tests.test_events_english import events

FR_SY = {"Q_fr", "Q_sy"}


@pytest.mark.parametrize(("text", "typ"), [
    ("Freedonia and Sylvania signed five MoUs on Monday.", "AGREE"),
    ("Five MOUs were signed by Freedonia and Sylvania on Monday.", "AGREE"),
    ("Freedonia and Sylvania signed three memoranda of understanding on Monday.", "AGREE"),
    ("Freedonia and Sylvania signed a cease-fire on Monday.", "AGREE"),
    ("Freedonia and Sylvania agreed to a cease-fire deal on Monday.", "AGREE"),
    ("Freedonia and Sylvania held discussions in Geneva on Monday.", "CONSULT"),
    ("Freedonia froze the assets of Sylvania's officials on Monday.", "SANCTION"),
    ("Freedonia imposed travel bans and asset freezes on Sylvania on Monday.", "SANCTION"),
])
def test_noun_forms_of_english_news(ctx: Any, text: str, typ: str) -> None:
    found = events(text, ctx)
    assert any(t == typ and (s | g) == FR_SY for t, s, g, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Freedonia froze wages on Monday.",  # a freeze of wages or prices is no sanction
    "Freedonia ceased fire on Monday.",  # the verb alone, no compound noun: no agreement
    "Freedonia read the Sylvania Mou Declaration on Monday.",  # a capitalised word that is no abbreviation
])
def test_near_misses_stay_without_the_event(ctx: Any, text: str) -> None:
    found = events(text, ctx)
    assert not any(t in {"SANCTION", "AGREE"} for t, _, _, _, _ in found), found


def test_a_request_governs_a_noun_across_its_possessor(ctx: Any) -> None:
    """"called for Jane Smith's resignation": the resignation is asked for, not told; the same
    noun told as happened stays asserted."""
    asked = events("Sylvania called for President Jane Smith's resignation on Monday.", ctx)
    assert [(t, m) for t, _, _, _, m in asked if t == "RETREAT"] == [("RETREAT", "planned")], asked
    told = events("Jane Smith's resignation was announced on Monday.", ctx)
    assert [(t, m) for t, _, _, _, m in told if t == "RETREAT"] == [("RETREAT", "asserted")], told
