"""Events: argument constraints per trigger (word sense), passive direction, one-sided events.

Sentences written for these tests; mentions and timexes come from test_events' helper."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events import ENTITIES, article

from veille.stages.events import events_batch

ENTITIES.update({
    "Jean Dupont": ("PER", "Q_dupont", None), "Marie Durand": ("PER", "Q_durand", None),
    "Carrefour": ("ORG", "Q_carrefour", None), "Banque centrale européenne": ("ORG", "Q_bce", None),
    "tribunal de Lyon": ("ORG", "Q_tlyon", None), "Académie": ("ORG", "Q_academie", None),
})


def events_of(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    art = events_batch([article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target)) for e in art.events]


@pytest.mark.parametrize(("text", "typ", "source", "target"), [
    # one actor is enough for a resignation, a conviction, an acquittal, a closure
    ("Jean Dupont a annoncé mardi sa démission.", "RETREAT", {"Q_dupont"}, set()),
    ("Jean Dupont a démissionné lundi.", "RETREAT", {"Q_dupont"}, set()),
    ("Jean Dupont va quitter son poste en juin.", "RETREAT", {"Q_dupont"}, set()),
    ("Carrefour va fermer trois magasins en janvier.", "RETREAT", {"Q_carrefour"}, set()),
    ("Carrefour prévoit la suppression de 500 emplois.", "RETREAT", {"Q_carrefour"}, set()),
    # the passive subject undergoes the act; "par" names who does it
    ("Jean Dupont a été condamné à deux ans de prison par le tribunal de Lyon.", "SANCTION",
     {"Q_tlyon"}, {"Q_dupont"}),
    ("Marie Durand a été acquittée mardi par le tribunal de Lyon.", "REJECT", {"Q_tlyon"}, {"Q_durand"}),
    ("Marie Durand a été élue présidente de l'Académie lundi.", "SUPPORT", set(), {"Q_durand"}),
    ("Marie Durand a reçu le prix de l'Académie lundi.", "SUPPORT", {"Q_durand"}, set()),
    ("La Banque centrale européenne a baissé ses taux directeurs mardi.", "AID", {"Q_bce"}, set()),
    ("Le Maroc a accepté l'aide de la France.", "AGREE", {"Q1028"}, {"Q142"}),
])
def test_sense_found(ctx: Any, text: str, typ: str, source: set[str], target: set[str]) -> None:
    found = [(s, t) for ty, s, t in events_of(text, ctx) if ty == typ]
    assert found, events_of(text, ctx)
    s, t = found[0]
    assert source <= s and target <= t, (s, t)


@pytest.mark.parametrize(("text", "not_typ"), [
    # "signer une victoire" (sport) is no agreement: you sign an accord, a treaty
    ("Le Sénégal a signé une victoire face au Maroc mardi.", "AGREE"),
    # "arrêter ses activités" is to stop, not an arrest
    ("Le Mali a arrêté ses activités avec la France.", "COERCE"),
    # condemning an act is a disapproval, not a sentence
    ("La France a condamné l'Iran mardi.", "SANCTION"),
    # closing a door on a proposal, keeping a post: no closure, no resignation
    ("Jean Dupont a quitté Paris mardi.", "RETREAT"),
    # acquitting a debt (active voice) is no acquittal
    ("Jean Dupont a acquitté sa dette envers Carrefour.", "REJECT"),
    # making a withdrawal official is the withdrawal, not an agreement
    ("Jean Dupont a officialisé le retrait de la France de l'ONU.", "AGREE"),
    # "se mobiliser" is to make an effort, not to mobilise troops
    ("Jean Dupont s'est mobilisé pour la France mardi.", "MOBILIZE"),
])
def test_wrong_sense_is_no_event(ctx: Any, text: str, not_typ: str) -> None:
    assert not_typ not in {ty for ty, _, _ in events_of(text, ctx)}, events_of(text, ctx)


def test_condemnation_of_an_act_stays_disapproval(ctx: Any) -> None:
    assert "DISAPPROVE" in {ty for ty, _, _ in events_of("La France a condamné l'Iran mardi.", ctx)}
