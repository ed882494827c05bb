"""Cross-story event identity (stories@13): a later story's recalled event is the earlier story's.

Invented articles: a glassworks announces a restructuring plan in November 2024 (two reports,
one story); in May 2025 a shop in another town closes and its report recalls the November plan
(its own story, months later).  The recalled plan must carry the earlier story's corpus-event
id in the export, in a full pass and when the later article arrives in an incremental run; the
same report's mention of another plan by the same company in June 2023 (same type and actor, a
date no report of the earlier story gives) must stay an event of its own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from veille.api import Dossier
from veille.config import Config
from veille.corpus_steps import full
from veille.dossier.events import EventFilter, query
from veille.model import Article, Event, Evidence, Mention
from veille.pipeline import Context
from veille.runner import corpus
from veille.stages.stories.recall import Stored, links
from veille.store.corpus import StoreCorpus
from veille.store.db import Store
from veille.store.export import event_rows

PLAN = ("La Verrerie Morel a annoncé mardi un plan de restructuration qui prévoit la fermeture de trois "
        "ateliers à Vierzon et la suppression de deux cents postes, selon la direction du groupe.")
PLAN2 = ("Les syndicats de la Verrerie Morel dénoncent le plan de restructuration annoncé mardi par la "
         "direction, qui supprime deux cents postes dans les ateliers de Vierzon.")
SHOP = ("À Dieppe, la boutique de la Verrerie Morel fermera ses portes à la fin du mois, laissant six "
        "vendeuses sans emploi. En novembre 2024, la Verrerie Morel avait annoncé la fermeture de ses "
        "ateliers de Vierzon. En juin 2023 déjà, la Verrerie Morel avait fermé un dépôt à Rouen.")


def _event(aid: str, eid: str, body: str, phrase: str, when: str) -> Event:
    at = body.index(phrase)
    return Event(id=eid, type="RETREAT", mode=None, source=["org:morel"], target=[], date=when,
                 location=None, modality="asserted", trigger=phrase,
                 evidence=[Evidence(aid, at, at + len(phrase), phrase)])


def _article(aid: str, body: str, published: str, events: list[Event]) -> Article:
    mentions = []
    start = 0
    while (at := body.find("Verrerie Morel", start)) >= 0:
        mentions.append(Mention(at, at + 14, "Verrerie Morel", "ORG", entity="org:morel"))
        start = at + 14
    return Article(id=aid, source=f"{aid}.txt", raw=body, body=body, published=published,
                   published_how="metadata", lang="fr", mentions=mentions, events=events,
                   stages=["clean@1"])


def _plan_reports() -> list[Article]:
    return [_article("t1", PLAN, "2024-11-05", [_event("t1", "ev0", PLAN, "a annoncé", "2024-11-05")]),
            _article("t2", PLAN2, "2024-11-06", [_event("t2", "ev0", PLAN2, "annoncé mardi", "2024-11-05")])]


def _shop_report() -> Article:
    return _article("s1", SHOP, "2025-05-20", [
        _event("s1", "ev0", SHOP, "fermera ses portes", "2025-05-31"),
        _event("s1", "ev1", SHOP, "avait annoncé la fermeture", "2024-11"),
        _event("s1", "ev2", SHOP, "avait fermé un dépôt", "2023-06")])


def _ids_by_evidence(store: Store) -> dict[str, str]:
    """Evidence text -> the exported corpus-event id it is reported under."""
    return {ev["text"]: str(row["id"]) for row in event_rows(store)
            for ev in row["evidence"]}  # type: ignore[union-attr]


def _stories(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT id, story FROM articles").fetchall())


def test_a_recalled_event_takes_the_earlier_storys_id_in_full_and_incremental_runs(tmp_path: Path) -> None:
    results = []
    for mode in ("incremental", "full"):
        with Store.open(tmp_path / f"{mode}.duckdb") as store:
            ctx = Context(config=Config(), corpus=StoreCorpus(store))
            store.write_batch(_plan_reports(), [], "r1")
            assert corpus(store, ctx) == []
            store.write_batch([_shop_report()], [], "r2")
            if mode == "incremental":
                assert corpus(store, ctx) == []  # only the shop's story is computed
            else:
                assert full(store, ctx, recluster=True)
            stories = _stories(store)
            assert stories["t1"] == stories["t2"] != stories["s1"]  # two stories
            ids = _ids_by_evidence(store)
            plan = ids["a annoncé"]
            assert ids["annoncé mardi"] == plan
            assert ids["avait annoncé la fermeture"] == plan  # recalled: the earlier story's event
            assert ids["avait fermé un dépôt"] != plan  # another date: another occasion
            assert ids["fermera ses portes"] != plan
            record = next(r for r in event_rows(store) if r["id"] == plan)
            assert record["story"] == stories["t1"] and record["articles"] == ["s1", "t1", "t2"]
            assert record["independent_sources"] == 3
            # The later story still lists the event, as recalled, pointing at the earlier one.
            rows = store.con.execute("SELECT story, same_as FROM corpus_events WHERE same_as IS NOT NULL").fetchall()
            assert rows == [(stories["s1"], plan)]
            # The API lists it in the later story, pointing at the earlier story's event.
            later = Dossier(store).events(story=stories["s1"])
            assert sorted(str(e["same_as"]) for e in later) == sorted([plan, "None", "None"])
            assert plan not in [e["id"] for e in Dossier(store).timeline(story=stories["s1"])]
            assert len(Dossier(store).timeline(story=stories["s1"])) == 3
            # Elsewhere (event lists, timeline, an actor's events) the occasion is one record, as exported.
            assert sorted(e["id"] for e in Dossier(store).timeline()) == sorted(str(r["id"]) for r in event_rows(store))
            assert [e["id"] for e in Dossier(store).events(since="2024-11-01", until="2024-11-30")] == [plan]
            actor = record["actors"]["source"][0]  # type: ignore[index]
            total, items = query(store, EventFilter(actors=[actor]), limit=10)  # read from event_actors
            assert total == 3 and plan in [e["id"] for e in items]
            results.append(store.con.execute("SELECT id, story, same_as FROM corpus_events ORDER BY id").fetchall())
    assert results[0] == results[1]


def test_a_new_report_in_the_earlier_story_keeps_the_link(tmp_path: Path) -> None:
    """The earlier story rewritten (a third report of the plan) relinks the later story's event."""
    with Store.open(tmp_path / "s.duckdb") as store:
        ctx = Context(config=Config(), corpus=StoreCorpus(store))
        store.write_batch([_plan_reports()[0], _shop_report()], [], "r1")
        assert corpus(store, ctx) == []
        store.write_batch([_plan_reports()[1]], [], "r2")
        assert corpus(store, ctx) == []
        ids = _ids_by_evidence(store)
        assert ids["avait annoncé la fermeture"] == ids["a annoncé"] == ids["annoncé mardi"]
        linked = store.con.execute("SELECT id, same_as FROM corpus_events ORDER BY id").fetchall()
        assert full(store, ctx, recluster=True)
        assert store.con.execute("SELECT id, same_as FROM corpus_events ORDER BY id").fetchall() == linked


def _stored(eid: str, story: str, start: str, when: str, source: tuple[str, ...] = ("A",),
            target: tuple[str, ...] = (), kind: str = "RETREAT") -> Stored:
    return Stored(eid, kind, frozenset(source), frozenset(target), when, None, story, date.fromisoformat(start))


def test_links_need_a_recalled_date_the_same_occasion_and_an_earlier_story() -> None:
    plan = _stored("plan", "T", "2024-11-05", "2024-11-05", ("A",), ("B",))
    recalled = _stored("r", "S", "2025-05-20", "2024-11", ("A",))
    other_date = _stored("d", "S", "2025-05-20", "2024-03", ("A",))
    other_type = _stored("k", "S", "2025-05-20", "2024-11", ("A",), kind="PROTEST")
    reversed_sides = _stored("v", "S", "2025-05-20", "2024-11-05", ("B",), ("A",))
    a_year = _stored("y", "S", "2025-05-20", "2024", ("A",))  # a year pins no occasion
    current = _stored("c", "S", "2025-05-20", "2025-05-20", ("A",))
    got = links([recalled, other_date, other_type, reversed_sides, a_year, current, plan],
                [plan, recalled, other_date, other_type, reversed_sides, a_year, current])
    assert got == {"r": "plan", "d": None, "k": None, "v": None, "y": None, "c": None, "plan": None}
    # The earlier story's event never points at the later story's, and links never chain.
    later = _stored("l", "U", "2025-06-01", "2024-11", ("A",))
    assert links([later], [recalled, plan, later]) == {"l": "plan"}
    assert links([plan], [recalled, later]) == {"plan": None}
