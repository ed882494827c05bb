"""Who can act in an event: never an actor against itself, and a city only when the text makes
it act (issue 19: `veille events` and the web UI showed "X -> X" and cities as actors)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article, CorpusEvent, Event, Mention, Timex
from veille.stages.events import events_batch
from veille.stages.stories.merge import Group, Reported, corpus_event

NAMES = {"Auchan": ("ORG", "org:auchan"), "Clermont-Ferrand": ("LOC", "loc:clermont-ferrand"),
         "Marseille": ("LOC", "loc:marseille"), "France": ("LOC", "Q142"), "Mali": ("LOC", "Q912"),
         "Royaume de Thaïlande": ("LOC", "loc:royaume-de-thailande"), "Cambodge": ("LOC", "loc:cambodge"),
         "Sean Combs": ("PER", "per:sean-combs"), "New York": ("LOC", "loc:new-york"),
         "Jane Smith": ("PER", "per:jane-smith"), "Geneva": ("LOC", "loc:geneva"),
         "Bamako": ("LOC", "Q3703")}


@pytest.fixture(scope="module")
def ctx(ctx: Any) -> Any:
    """The session's models, with every event kept: these cases test who acts, not which events
    are an article's main ones."""
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context

    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def article(text: str, lang: str = "fr") -> Article:
    mentions = []
    for name, (typ, ent) in NAMES.items():
        start = text.find(name)
        if start >= 0 and not any(m.start <= start < m.end for m in mentions):
            mentions.append(Mention(start, start + len(name), name, typ, ent))  # type: ignore[arg-type]
    timexes = []
    for word, value in (("mardi", "2025-04-01"), ("Monday", "2025-03-31")):
        start = text.find(word)
        if start >= 0:
            timexes.append(Timex(start, start + len(word), word, "DATE", value))
    return Article(id="a1", source="t", raw=text, body=text, lang=lang, published="2025-04-03",
                   mentions=sorted(mentions, key=lambda m: m.start), timexes=timexes)


def found(text: str, ctx: Any, lang: str = "fr") -> list[Event]:
    return events_batch([article(text, lang)], ctx)[0].events


@pytest.mark.parametrize(("text", "lang", "actor", "place"), [
    # A city inside a phrase is where it happened.
    ("L'hypermarché Auchan situé dans les quartiers nord de Clermont-Ferrand a fermé définitivement ses "
     "portes mardi.", "fr", "org:auchan", "loc:clermont-ferrand"),
    ("Sean Combs a été acquitté mardi par un jury de New York.", "fr", "per:sean-combs", "loc:new-york"),
    ("Jane Smith was arrested by police in a suburb of Geneva on Monday.", "en", "per:jane-smith", "loc:geneva"),
])
def test_a_city_is_a_place_not_an_actor(ctx: Any, text: str, lang: str, actor: str, place: str) -> None:
    events = found(text, ctx, lang)
    assert any(actor in {*e.source, *e.target} for e in events), events
    assert all(place not in {*e.source, *e.target} for e in events), events


@pytest.mark.parametrize(("text", "actor"), [
    # The text makes the city act: it is the subject of the trigger.
    ("Marseille a condamné la France mardi.", "loc:marseille"),
    # A capital stands for its government; a state's formal name is a state.
    ("Bamako a condamné la France mardi.", "Q3703"),
    ("Le Cambodge a condamné l'agression du Royaume de Thaïlande mardi.", "loc:royaume-de-thailande"),
])
def test_a_place_acts_when_the_text_says_so(ctx: Any, text: str, actor: str) -> None:
    events = found(text, ctx)
    assert any(actor in {*e.source, *e.target} for e in events), events


@pytest.mark.parametrize("text", [
    "Marseille a condamné la France mardi.",
    "Le Cambodge a condamné l'agression du Royaume de Thaïlande mardi.",
    "Sean Combs a été acquitté mardi par un jury de New York.",
    "Le Mali et la France ont signé un accord mardi à Bamako.",
])
def test_no_event_has_an_actor_on_both_sides(ctx: Any, text: str) -> None:
    for e in found(text, ctx):
        assert not set(e.source) & set(e.target), e


def _reported(aid: str, source: list[str], target: list[str]) -> Reported:
    art = Article(id=aid, source=aid, raw="x", body="x")
    return Reported(art, Event(f"{aid}:ev0", "REJECT", None, source, target, "2025-07-02", None,
                               "asserted", "acquitter", []))


def _merged(*members: Reported) -> CorpusEvent:
    group = Group(list(members))
    return corpus_event(group, "s", {m.article.id: m.article for m in members})


def test_merged_event_is_never_self_directed() -> None:
    # One outlet makes Combs the subject of his acquittal, another its object: one side only.
    ev = _merged(_reported("a", ["per:sean-combs"], []), _reported("b", [], ["per:sean-combs"]),
                 _reported("c", ["per:sean-combs"], []))
    assert ev.source == ["per:sean-combs"] and ev.target == []
    # "A meets B" and "B meets A": both sides kept, each actor on one.
    ev = _merged(_reported("a", ["Q1"], ["Q2"]), _reported("b", ["Q2"], ["Q1"]))
    assert ev.source == ["Q1"] and ev.target == ["Q2"]
    ev = _merged(_reported("a", ["Q1"], ["Q2"]), _reported("b", ["Q2"], ["Q1"]), _reported("c", ["Q2"], ["Q1"]))
    assert ev.source == ["Q2"] and ev.target == ["Q1"]


def test_opposite_strikes_stay_two_events_and_a_meeting_one() -> None:
    from veille.stages.stories.merge import group_events

    def art(aid: str, typ: str, source: list[str], target: list[str]) -> Article:
        a = Article(id=aid, source=aid, raw="x", body="x")
        a.events = [Event(f"{aid}:ev0", typ, None, source, target, "2025-07-24", None, "asserted", "x", [])]
        return a

    strikes = [art("a", "ASSAULT", ["TH"], ["KH"]), art("b", "ASSAULT", ["KH"], ["TH"])]
    assert len(group_events(strikes, conflict_days=3)) == 2
    meetings = [art("a", "CONSULT", ["US"], ["RU"]), art("b", "CONSULT", ["RU"], ["US"])]
    assert len(group_events(meetings, conflict_days=3)) == 1


def test_a_place_that_is_the_other_reports_participant_does_not_split_the_event() -> None:
    from veille.stages.stories.merge import group_events

    def art(aid: str, location: str | None, source: list[str], target: list[str]) -> Article:
        a = Article(id=aid, source=aid, raw="x", body="x")
        a.events = [Event(f"{aid}:ev0", "ASSAULT", None, source, target, "2025-07-24", location, "asserted",
                          "x", [])]
        return a

    # "Freedonia struck targets in Sylvania" / "clashes between Freedonia and Sylvania near Ville":
    # one outlet's place is a participant of the other's report.
    same = [art("a", "SY", ["FR"], []), art("b", "ville", [], ["FR", "SY"])]
    assert len(group_events(same, conflict_days=3)) == 1
    # Two cities neither report names as a participant: two strikes.
    two = [art("a", "city1", ["FR"], []), art("b", "city2", [], ["FR", "SY"])]
    assert len(group_events(two, conflict_days=3)) == 2
