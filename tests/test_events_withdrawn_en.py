"""English arrests told with "detain" and statuses withdrawn (events@51, issue 19).

(1) "detain" is an arrest (CAMEO 173 "arrest, detain, or charge with legal action": COERCE) in the
default lexicon, not only with `events.cameo_english`. (2) Withdrawing a status a state grants
(asylum, citizenship, recognition, a visa, a licence ...) is SANCTION (CAMEO 161/166 "reduce relations,
withdraw"), where troops or a party withdrawing stay RETREAT. Sentences written from the language,
not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.pipeline import Context
from veille.stages.events import events_batch

NAMES: dict[str, tuple[str, str]] = {
    "Jane Okafor": ("PER", "Q_okafor"), "Freedonia": ("LOC", "Q_freedonia"),
    "Sylvania": ("LOC", "Q_sylvania"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def types(text: str, ctx: Any) -> list[str]:
    return [e.type for e in events_batch([article_naming(text, NAMES, "en")], ctx)[0].events]


# (text, types it must tell, types it must not tell)
@pytest.mark.parametrize(("text", "present", "absent"), [
    # "detain" is an arrest
    ("Police in Freedonia detained Jane Okafor on Tuesday.", {"COERCE"}, set()),
    ("Jane Okafor was detained by Freedonia's police at the airport.", {"COERCE"}, set()),
    # near miss: the noun of the person held tells no act
    ("Jane Okafor, a former detainee, spoke in Freedonia about Sylvania.", set(), {"COERCE"}),
    # a withdrawn status is a sanction
    ("Freedonia withdrew Jane Okafor's asylum on Tuesday.", {"SANCTION"}, {"RETREAT"}),
    ("Sylvania announced the withdrawal of Jane Okafor's citizenship.", {"SANCTION"}, {"RETREAT"}),
    ("Freedonia withdrew the accreditation of Sylvania's envoy.", {"SANCTION"}, {"RETREAT"}),
    # near misses: troops, a party to talks withdrawing: a retreat
    ("Freedonia withdrew its troops from Sylvania on Tuesday.", {"RETREAT"}, {"SANCTION"}),
    ("Jane Okafor withdrew from the talks with Sylvania.", {"RETREAT"}, {"SANCTION"}),
    # (events@51) CAMEO 173 (detain) and 191 (restrict movement): COERCE
    ("Police in Freedonia held Jane Okafor for questioning on Tuesday.", {"COERCE"}, set()),
    ("Freedonia forced a Sylvania airliner to divert to Freedonia.", {"COERCE"}, set()),
    # near misses: talks held; a plane forced to land by a fault (no one forces it: passive with "to")
    ("Freedonia held talks with Sylvania on Tuesday.", set(), {"COERCE"}),
    ("A Sylvania airliner carrying Jane Okafor was forced to land in Freedonia by a fault.", set(), {"COERCE"}),
    ("Jane Okafor forced her way through the crowd in Freedonia to meet Sylvania's envoy.", set(), {"COERCE"}),
])
def test_event_types(nf_ctx: Any, text: str, present: set[str], absent: set[str]) -> None:
    got = types(text, nf_ctx)
    assert present <= set(got) and not absent & set(got), got
