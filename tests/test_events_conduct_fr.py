"""French events@20: a noun of a party's conduct ("les actions", "les agissements") stands for its
owner, so a nationality adjective on its "de" complement names who undergoes a sanction or a
condemnation ("sanctionner les actions du gouvernement turc"); near miss: a noun that is no conduct
keeps its complement's adjective out ("le déploiement de personnel russe"). Found on
eval/events_pool n37, written here on invented sentences (mentions from test_events' helper)."""

from __future__ import annotations

from typing import Any

from tests.test_events_senses import events_of


def test_the_owner_of_a_conduct_undergoes_its_sanction(ctx: Any) -> None:
    found = events_of("L'Union européenne a sanctionné mardi les actions illégales du gouvernement turc.", ctx)
    assert ("SANCTION", {"Q458"}, {"Q43"}) in found, found


def test_a_noun_that_is_no_conduct_keeps_its_complements_adjective_out(ctx: Any) -> None:
    found = events_of("L'Union européenne a sanctionné mardi le déploiement de personnel turc.", ctx)
    assert not any(t == "SANCTION" and "Q43" in s | g for t, s, g in found), found
