"""events@59 (issue 19): French false events, each class beside its near misses.

A census of the French events events@56 kept and eval/events_pool's working part does not hold
(20, article level) found: actors wrong or missing, senses that are no event, one event told twice,
possibilities. Each rule here is a constraint of French or of GUIDELINES.md, written on invented
sentences (mentions from test_events' helper):

- a possibility (a modal of possibility in the conditional, a verb of deliberation, an adjective
  of possibility on the trigger) is read as `hypothetical`, and with the filter no French event
  read `hypothetical` (those too in the conditional outside reported speech) is kept, as no
  negated one is; a plan ("doit rencontrer", "se rendra", "a annoncé qu'il se rendrait") and the
  past of "pouvoir" (it happened) stay;
- who judges an act told as a noun ("a dénoncé l'attentat") is no side of it;
- a person and the state their role names are one side, so a two-sided act needs another;
- receiving money is no meeting;
- one event told twice is one record, however its reports came in.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_events import ENTITIES, article

from veille.stages.events import events_batch

ENTITIES.update({"ISWAP": ("ORG", "Q_iswap", None),
                 "Boko Haram": ("ORG", "Q_bh", None), "Nigeria": ("LOC", "Q1033", None)})


def _events(text: str, ctx: Any, filtered: bool = True) -> list[Any]:
    if not filtered:
        from veille.config import Config, EventsConfig
        from veille.pipeline import Context
        ctx = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    return list(events_batch([article(text)], ctx)[0].events)


@pytest.mark.parametrize(("text", "typ"), [
    ("La France et la Russie pourraient signer un accord de défense en juin.", "AGREE"),
    ("La France et l'Allemagne envisagent de frapper le Mali.", "ASSAULT"),
    ("La Turquie envisage de sanctionner l'Iran.", "SANCTION"),
    ("Le Niger a annoncé une possible suspension de sa coopération avec la France.", "COOPERATE"),
])
def test_a_possibility_is_read_as_hypothetical(ctx: Any, text: str, typ: str) -> None:
    read = [e for e in _events(text, ctx, filtered=False) if e.type == typ]
    assert read and read[0].modality == "hypothetical", [(e.type, e.modality) for e in read]


@pytest.mark.parametrize("text", [
    "La France et la Russie pourraient signer un accord de défense en juin.",
    "La France et l'Allemagne envisagent de frapper le Mali.",
    "L'armée du Mali aurait attaqué le Niger mardi.",
])
def test_a_possibility_is_no_main_event(ctx: Any, text: str) -> None:
    assert _events(text, ctx) == [], [(e.type, e.modality) for e in _events(text, ctx)]


@pytest.mark.parametrize(("text", "typ", "modality"), [
    # a plan is told as decided: it stays, planned
    ("Emmanuel Macron doit rencontrer Olaf Scholz en juin.", "CONSULT", "planned"),
    ("Emmanuel Macron se rendra en Chine en juin.", "CONSULT", "planned"),
    ("Emmanuel Macron a annoncé qu'il rencontrerait Olaf Scholz en juin.", "CONSULT", "planned"),
    # the past of "pouvoir" says it happened
    ("Sergueï Lavrov a pu rencontrer Abdoulaye Diop mardi.", "CONSULT", "asserted"),
    # a possibility about the meeting's course, not about whether it takes place: a known limit,
    # the modal above the event's subject is read as the event's (modality.py, before events@59),
    # and events@59 drops what is read so; "une rencontre pourrait avoir lieu" has the same parse
    pytest.param("La rencontre entre Emmanuel Macron et Olaf Scholz pourrait durer deux heures.", "CONSULT", None,
                 marks=pytest.mark.xfail(reason="a modal over the subject is read as the event's", strict=True)),
])
def test_a_plan_or_a_fact_is_no_possibility(ctx: Any, text: str, typ: str, modality: str | None) -> None:
    kept = [e for e in _events(text, ctx) if e.type == typ]
    assert kept, [(e.type, e.modality) for e in _events(text, ctx)]
    assert modality is None or kept[0].modality == modality, [(e.type, e.modality) for e in kept]


def test_who_denounces_an_attack_did_not_commit_it(ctx: Any) -> None:
    events = _events("Emmanuel Macron a dénoncé l'attentat commis contre le Mali.", ctx, filtered=False)
    assert not any(e.type == "ASSAULT" and "Q3052772" in e.source for e in events), events
    assert any(e.type == "DISAPPROVE" and "Q3052772" in e.source for e in events), events


def test_who_announces_an_act_told_as_a_noun_may_do_it(ctx: Any) -> None:
    # near miss: announcing is no judgment ("a annoncé la suspension": the one who suspends)
    events = _events("La Russie a annoncé la suspension de sa coopération avec le Mali.", ctx, filtered=False)
    assert any(e.type in ("RETREAT", "COOPERATE", "SANCTION") and "Q159" in e.source for e in events), \
        [(e.type, e.source, e.target) for e in events]


def test_a_person_and_their_state_are_one_side(ctx: Any) -> None:
    # "s'est rendu sur les lieux": Macron and the state of his role are one side; a visit needs two
    assert not [e for e in _events("Emmanuel Macron s'est rendu sur les lieux mardi.", ctx, filtered=False)
                if e.type == "CONSULT"]


def test_a_visit_to_a_state_has_two_sides(ctx: Any) -> None:
    # near miss: the state visited is a side of its own, and a state named apart counts
    assert [e for e in _events("Emmanuel Macron s'est rendu en Chine mardi.", ctx) if e.type == "CONSULT"]
    assert [e for e in _events("Emmanuel Macron a reçu Olaf Scholz mardi à Paris.", ctx) if e.type == "CONSULT"]


def test_receiving_money_is_no_meeting(ctx: Any) -> None:
    events = _events("Sergueï Lavrov a reçu trois millions de dollars de pots-de-vin de Abdoulaye Diop.", ctx,
                     filtered=False)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.source, e.target) for e in events]
    # near miss: receiving a person is a meeting
    assert [e for e in _events("Sergueï Lavrov a reçu Abdoulaye Diop mardi.", ctx) if e.type == "CONSULT"]


def test_one_attack_told_twice_is_one_event(ctx: Any) -> None:
    # the first report names the victim's state, the second the attackers, the third both: the
    # three are one attack (`merge.joined`; events@56 joined the third to the first only, two records)
    text = ("L'armée du Nigeria a subi une attaque lundi. L'ISWAP a lancé une attaque lundi. "
            "L'attaque de l'ISWAP contre le Nigeria a fait neuf morts.")
    attacks = [e for e in _events(text, ctx, filtered=False) if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.source, e.target, [x.start for x in e.evidence]) for e in attacks]
    assert {"Q1033", "Q_iswap"} <= set(attacks[0].source) | set(attacks[0].target)
    assert len(attacks[0].evidence) == 3


def test_two_attacks_with_no_actor_in_common_stay_apart(ctx: Any) -> None:
    text = ("L'ISWAP a attaqué le Nigeria lundi. "
            "Boko Haram a attaqué le Tchad mardi.")
    attacks = [e for e in _events(text, ctx, filtered=False) if e.type == "ASSAULT"]
    assert len(attacks) == 2, [(e.source, e.target) for e in attacks]
