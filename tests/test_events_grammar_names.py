"""events@17 with entities@38: the English names entities@38's grammar adds (places, named events
and works, organisations world.jsonl ids) leave the events stage as it was where they cannot act.
The events filter was fitted on the names the default pipeline found before them, and a named
event or a work is never a side. Sentences and names are invented; each rule beside a near miss."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from veille.model import Article, Event, Evidence, Mention, Timex
from veille.stages.entities import GRAMMAR, MODEL
from veille.stages.events import events_batch
from veille.stages.events.filter import feature_table


def test_the_grammar_s_names_are_marked_as_its_own(grammar_ctx: Any) -> None:
    from veille.stages.entities import entities_batch

    body = "Jane Roe resigned in Port Zembla on Friday, before the 2030 World Cup in France."
    a = Article(id="t", source="t", raw=body, body=body, lang="en")
    entities_batch([a], grammar_ctx)
    model = {m.text: m.model for m in a.mentions}
    assert model.get("Port Zembla") == GRAMMAR and model.get("2030 World Cup") == GRAMMAR
    # near misses: a person by rule and a country the gazetteer knows keep what they had
    assert model.get("Jane Roe") is None
    assert model.get("France") == MODEL


BODY = "Jane Roe resigned on Friday in Port Zembla. Crowds gathered in Kandor Valley and Port Zembla."


def _article(grammar_model: str | None) -> Article:
    """Jane Roe named once, and three place mentions as entities@38's grammar finds them."""
    mentions = [Mention(0, 8, "Jane Roe", "PER", "per:jane-roe")]
    for name in ("Port Zembla", "Kandor Valley"):
        start = -1
        while (start := BODY.find(name, start + 1)) >= 0:
            mentions.append(Mention(start, start + len(name), name, "LOC", "loc:" + name.lower().replace(" ", "-"),
                                    model=grammar_model))
    return Article(id="e", source="e", raw=BODY, body=BODY, lang="en",
                   mentions=sorted(mentions, key=lambda m: m.start))


def test_the_grammar_s_places_do_not_move_the_filter_s_share_of_names() -> None:
    event = Event("e:ev", "RETREAT", "resign", ["per:jane-roe"], [], None, None, "asserted", "resigned",
                  [Evidence("e", 0, 43, BODY[:43])])
    before = feature_table(event, Article(id="e", source="e", raw=BODY, body=BODY, lang="en",
                                          mentions=[Mention(0, 8, "Jane Roe", "PER", "per:jane-roe")]), [0, 44], 1)
    marked = feature_table(event, _article(GRAMMAR), [0, 44], 1)
    assert marked["actor_share_core"] == before["actor_share_core"] == 1.0
    # near miss: the same places without the mark (as a gazetteer would find them) are counted
    assert feature_table(event, _article(None), [0, 44], 1)["actor_share_core"] == 1 / 4
    # and the grammar's name that is the event's actor counts as its actor
    acting = feature_table(dataclasses.replace(event, source=["loc:port-zembla"]), _article(GRAMMAR), [0, 44], 1)
    assert acting["actor_share_core"] == 2 / 3


NAMES = {"Jane Smith": ("PER", "Q_smith"), "Acme": ("ORG", "Q_acme"), "Freedonia": ("LOC", "Q_fr"),
         "Geneva": ("LOC", "Q_ge"), "Kandor Accord": ("MISC", "misc:kandor-accord"),
         "Zembla Nights": ("MISC", "misc:zembla-nights"), "Kandor Festival": ("MISC", "misc:kandor-festival")}


@pytest.fixture(scope="module")
def events_ctx(ctx: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The session's context with Freedonia a country, every event kept (no filter)."""
    from veille.config import Config, EntitiesConfig, EventsConfig
    from veille.pipeline import Context

    extra = tmp_path_factory.mktemp("gaz") / "fictional.jsonl"
    extra.write_text(json.dumps({"id": "Q_fr", "name": "Freedonia", "type": "LOC", "kind": "country",
                                 "aliases": ["Freedonia"]}) + "\n")
    return Context(Config(entities=EntitiesConfig(gazetteers=[str(extra)]), events=EventsConfig(filter=False)),
                   resources=ctx.resources)


def _events(text: str, ctx: Any) -> list[Event]:
    mentions = [Mention(s, s + len(n), n, t, e) for n, (t, e) in NAMES.items()  # type: ignore[arg-type]
                if (s := text.find(n)) >= 0]
    start = text.find("on Monday")
    timexes = [Timex(start + 3, start + 9, "Monday", "DATE", "2025-03-31")] if start >= 0 else []
    art = Article(id="e1", source="t", raw=text, body=text, lang="en", published="2025-04-01",
                  mentions=sorted(mentions, key=lambda m: m.start), timexes=timexes)
    return events_batch([art], ctx)[0].events


def _actors(events: list[Event]) -> set[str]:
    return {a for e in events for a in (*e.source, *e.target)}


def test_a_named_event_is_no_side(events_ctx: Any) -> None:
    got = _events("Jane Smith condemned the Kandor Accord on Monday.", events_ctx)
    assert "misc:kandor-accord" not in _actors(got)
    # near miss: an organisation in the same place is the side condemned
    assert "Q_acme" in _actors(_events("Jane Smith condemned Acme on Monday.", events_ctx))


def test_a_work_s_title_gives_no_award(events_ctx: Any) -> None:
    got = [e for e in _events("Jane Smith won the Acme prize for her novel Zembla Nights on Monday.", events_ctx)
           if e.mode == "award"]
    assert got and "Q_acme" in _actors(got)
    assert "misc:zembla-nights" not in _actors(got)
    # near miss: a named event the prize is given at is its giver (context.add_awarders)
    got = [e for e in _events("Jane Smith won the Acme prize at the Kandor Festival on Monday.", events_ctx)
           if e.mode == "award"]
    assert got and "misc:kandor-festival" in got[0].source


def test_a_place_after_in_is_where_not_who(events_ctx: Any) -> None:
    # a city is no state: it acts only as an object right after the verb, not after "in"
    assert "Q_ge" not in _actors(_events("Jane Smith held a meeting in Geneva on Monday.", events_ctx))
    # near miss: right after the verb, it is the object
    assert "Q_ge" in _actors(_events("Freedonia attacked Geneva on Monday.", events_ctx))
