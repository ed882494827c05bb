"""English events@40: trigger classes after CAMEO 1.1b3 categories that the default English
lexicon lacked (labour strikes 143, releases of captives 0841, aid pledges 033/07, trade bans and
embargoes 163, troop deployments 154, appointments to a head of government), each beside a near
miss that must stay without the event; a trigger still needs a side the sentence names. Written
on invented sentences, from the categories, not from any eval page."""

from __future__ import annotations

from typing import Any

import pytest

# the fixture whose gazetteer holds Freedonia and Sylvania, and its event reader
from tests.test_events_english import ctx as ctx
from tests.test_events_english import events


@pytest.mark.parametrize(("text", "typ", "sides"), [
    ("Teachers in Freedonia went on strike on Monday.", "PROTEST", {"Q_fr"}),
    ("Dock workers of Acme went on a strike on Monday.", "PROTEST", {"Q_acme"}),
    ("Nurses in Sylvania staged a strike on Monday.", "PROTEST", {"Q_sy"}),
    ("Freedonia released 40 prisoners from Sylvania on Monday.", "CONCEDE", {"Q_fr", "Q_sy"}),
    ("Freedonia freed the hostages on Monday at the request of Sylvania.", "CONCEDE", {"Q_fr", "Q_sy"}),
    ("Freedonia pledged aid to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
    ("Freedonia pledged an initial 10 million dollars to Sylvania on Monday.", "AID", {"Q_fr", "Q_sy"}),
    ("Freedonia banned the importation of goods from Sylvania on Monday.", "SANCTION", {"Q_fr", "Q_sy"}),
    ("Freedonia imposed an embargo on Sylvania on Monday.", "SANCTION", {"Q_fr", "Q_sy"}),
    ("Freedonia ordered the deployment of troops to Sylvania on Monday.", "MOBILIZE", {"Q_fr"}),
    ("Freedonia's president named Jane Smith as prime minister on Monday.", "SUPPORT", {"Q_fr", "Q_smith"}),
    ("Freedonia appointed Jane Smith prime minister on Monday.", "SUPPORT", {"Q_fr", "Q_smith"}),
])
def test_a_class_of_english_news_gives_its_event(ctx: Any, text: str, typ: str, sides: set[str]) -> None:
    found = events(text, ctx)
    assert any(t == typ and sides <= (s | g) for t, s, g, _, _ in found), found


@pytest.mark.parametrize(("text", "typ"), [
    ("Freedonia went on to strike a balance with Sylvania on Monday.", "PROTEST"),  # no labour strike
    ("Teachers went on strike on Monday.", "PROTEST"),  # no side the sentence names
    ("Freedonia released a statement on Sylvania on Monday.", "CONCEDE"),  # a statement is no captive
    ("Freedonia pledged to help Sylvania on Monday.", "AID"),  # a promise to act, no aid good named
    ("Freedonia pledged allegiance to Sylvania on Monday.", "AID"),  # no aid good, no sum
    ("Freedonia banned smoking in Sylvania on Monday.", "SANCTION"),  # a ban of a habit, not of trade
    ("Freedonia announced the deployment of software in Sylvania on Monday.", "MOBILIZE"),  # no forces
    ("Freedonia named a street in Sylvania after Jane Smith on Monday.", "SUPPORT"),  # named after
    ("Freedonia appointed a committee with Sylvania on Monday.", "SUPPORT"),  # no office
])
def test_near_misses_stay_without_the_event(ctx: Any, text: str, typ: str) -> None:
    found = events(text, ctx)
    assert not any(t == typ for t, _, _, _, _ in found), found
