"""The incremental corpus steps agree with a full recluster and relink (issue 20).

The corpus is generated (seeded) with what the corpus steps read, without the article stages
(spaCy over 1k articles would take minutes here): planted stories, each a few days of reports
with its own vocabulary and actors; people named in full, by surname alone and under a
transliterated spelling; a surname two people share, arriving in a later run; republications
and undated articles.  It is written in several runs, with the corpus steps after each, and
compared with the same articles written at once then reclustered and relinked in full.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from tests.server_support import assert_article_list, assert_brief_docs, assert_story_docs

from conftest import load_script
from veille.config import Config
from veille.corpus_steps import full, incremental, relink, resolve_story_id
from veille.dossier import records
from veille.model import Article
from veille.pipeline import Context
from veille.runner import corpus
from veille.stages.entities.text import slug
from veille.store.db import Store

make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus


def _write(store: Store, articles: list[Article], run: str) -> None:
    for k in range(0, len(articles), 64):
        store.write_batch(articles[k:k + 64], [], run)


def _partition(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT id, story FROM articles").fetchall())


def _mention_entities(store: Store) -> dict[tuple[str, int], str]:
    return {(r[0], r[1]): r[2] for r in store.con.execute("SELECT article, start, entity FROM mentions").fetchall()}


def bcubed_f1(a: dict[str, str], b: dict[str, str]) -> float:
    """B-cubed F1 of partition `a` against partition `b` (the same items)."""
    ca, cb = defaultdict(set), defaultdict(set)
    for item, c in a.items():
        ca[c].add(item)
    for item, c in b.items():
        cb[c].add(item)
    precision = recall = 0.0
    for item in a:
        overlap = len(ca[a[item]] & cb[b[item]])
        precision += overlap / len(ca[a[item]])
        recall += overlap / len(cb[b[item]])
    p, r = precision / len(a), recall / len(a)
    return 2 * p * r / (p + r)


def _context() -> Context:
    config = Config()
    config.time.reference_date = "2025-06-01"
    return Context(config=config)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict[str, int]]]:
    articles = make_corpus()
    folder = tmp_path_factory.mktemp("incr")
    runs = 5
    reads = []
    with Store.open(folder / "incremental.duckdb") as store:
        size = len(articles) // runs
        for r in range(runs):
            _write(store, articles[r * size:(r + 1) * size if r < runs - 1 else None], f"run{r}")
            reads.append(incremental(store, _context()))
    with Store.open(folder / "once.duckdb") as store:
        _write(store, articles, "once")
        assert corpus(store, _context()) == []
        full(store, _context(), recluster=True)
        relink(store, _context())
    return folder / "incremental.duckdb", folder / "once.duckdb", reads


def test_incremental_stories_agree_with_a_full_recluster(stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    inc, once, reads = stores
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        pa, pb = _partition(a), _partition(b)
        assert len(pa) == 1000 and None not in pa.values()
        assert 60 < len(set(pb.values())) < 600  # the corpus has stories, neither one nor all apart
        assert bcubed_f1(pa, pb) >= 0.98
        # every story row lists exactly its articles, in both
        for store, part in ((a, pa), (b, pb)):
            rows = store.rows("SELECT id, articles FROM stories")
            assert sorted(aid for r in rows for aid in r["articles"]) == sorted(part)
            assert {r["id"] for r in rows} == set(part.values())
    # a run read the new articles and the stories they may join, not the store
    assert all(r["read"] < 600 for r in reads[1:]), reads
    # and of those stories, only the members of the ones it touched whole: the others were
    # scored from their stored member rows
    assert all(r["profiles"] > 0 for r in reads[1:]), reads


def test_member_rows_follow_every_article_into_its_story(stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    """One member row per article, in the article's story (joins across languages moved them);
    a row not marked stale names only the entity ids its article's mentions have now (a pass
    that moved mentions to other ids marked the rows of their articles)."""
    inc, once, _ = stores
    for db in (inc, once):
        with Store.open(db, read_only=True) as store:
            rows = dict(store.con.execute("SELECT article, story FROM story_members").fetchall())
            assert rows == _partition(store)
            named = store.con.execute(
                "SELECT article, list_filter(list_concat(terms, names), lambda t: t LIKE 'ent:%') FROM story_members "
                "WHERE NOT stale").fetchall()
            now: dict[str, set[str]] = defaultdict(set)
            for article, entity in store.con.execute("SELECT article, entity FROM mentions WHERE entity IS NOT NULL"
                                                     ).fetchall():
                now[article].add(f"ent:{entity}")
            assert all(set(terms) <= now[article] for article, terms in named)
            stale = store.con.execute("SELECT count(*) FROM story_members WHERE stale").fetchone()
            if db == inc:  # bare surnames met their full names in later runs: rows outside their stories
                assert stale is not None and stale[0] > 0


def test_a_stale_member_row_is_read_again_and_rewritten(tmp_path: Path) -> None:
    """A member row whose entity ids moved is not scored as stored: the article is read whole
    when its story is a candidate, and its row written again from what was read."""
    articles = make_corpus(count=120, stories=6, seed=11)
    with Store.open(tmp_path / "s.duckdb") as store:
        _write(store, articles[:100], "r1")
        incremental(store, _context())
        store.con.execute("UPDATE story_members SET stale = true, terms = [], weights = []")
        _write(store, articles[100:], "r2")
        counts = incremental(store, _context())
        assert counts["read"] > 0 and counts["profiles"] == 0, counts
        rewritten = store.con.execute("SELECT count(*) FROM story_members WHERE NOT stale AND len(terms) > 0"
                                      ).fetchone()
        assert rewritten is not None and rewritten[0] >= counts["read"]
        assert store.con.execute("SELECT count(*) FROM story_members WHERE len(terms) > 0 AND stale").fetchone() \
            == (0,)


def test_incremental_entities_equal_a_full_relink(stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    inc, once, _ = stores
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        ea, eb = _mention_entities(a), _mention_entities(b)
        assert ea == eb
        assert a.rows("SELECT * FROM entities ORDER BY id") == b.rows("SELECT * FROM entities ORDER BY id")
    with Store.open(inc, read_only=True) as a:
        bare = a.con.execute("SELECT text, entity FROM mentions WHERE type = 'PER' AND text NOT LIKE '% %'").fetchall()
    linked = Counter(entity != f"per:{slug(text)}" for text, entity in bare)
    # bare surnames were linked to their full names, except the surnames two people share
    assert linked[True] > 100 and linked[False] > 10, linked

def test_cooccurrence_kept_by_difference_equals_a_full_recount(
        stores: tuple[Path, Path, list[dict[str, int]]], tmp_path: Path) -> None:
    """Five incremental passes (mentions of older articles moved to the full names met later)
    keep the pairs by difference, never recounting an entity's articles: the table equals a
    full recount, and the full-recluster store's.  So after a relink of a copy."""
    import shutil

    from veille.store.aggregates import TOP, pairs_sql

    inc, once, _ = stores
    pairs = "SELECT * FROM cooccurrence ORDER BY ALL"
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        kept = a.con.execute(pairs).fetchall()
        assert kept and kept == a.con.execute(f"SELECT * FROM ({pairs_sql()}) ORDER BY ALL").fetchall()
        assert kept == b.con.execute(pairs).fetchall()
    copy = tmp_path / "copy.duckdb"
    shutil.copy(inc, copy)
    with Store.open(copy) as store:
        store.con.execute("UPDATE cooccurrence SET articles = articles")  # untouched by what follows
        relink(store, _context())
        assert store.con.execute(pairs).fetchall() == store.con.execute(
            f"SELECT * FROM ({pairs_sql()}) ORDER BY ALL").fetchall()
        # and each entity's top partners (migration 20) follow the pairs: the order in Python
        by_entity: dict[str, list[tuple[str, int]]] = {}
        for entity, other, n in store.con.execute(pairs).fetchall():
            by_entity.setdefault(entity, []).append((other, n))
        tops = store.con.execute("SELECT entity, [(p.other, p.articles) FOR p IN partners] "
                                 "FROM cooccurrence_top ORDER BY entity").fetchall()
        assert tops == [(e, sorted(ps, key=lambda p: (-p[1], p[0]))[:TOP]) for e, ps in sorted(by_entity.items())]


def test_entity_docs_kept_with_the_entities_equal_a_full_recount(
        stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    """Mentions per (entity, article) for search's entity bonus, recounted for the entities each
    incremental pass touched, equal a recount of every mention, and the full-recluster store's."""
    inc, once, _ = stores
    rows = ("SELECT e.entity, d.article, e.mentions FROM entity_docs e JOIN search_docs d USING (doc) "
            "ORDER BY ALL")
    recount = ("SELECT m.entity, m.article, count(*)::INTEGER FROM mentions m WHERE m.entity IS NOT NULL "
               "GROUP BY ALL ORDER BY ALL")
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        kept = a.con.execute(rows).fetchall()
        assert kept and kept == a.con.execute(recount).fetchall()
        assert kept == b.con.execute(rows).fetchall()


_RECOUNT_ENTITIES = ("SELECT e.id, coalesce(c.mentions, 0), coalesce(c.articles, 0) FROM entities e LEFT JOIN "
                     "(SELECT entity, count(*) AS mentions, count(DISTINCT article) AS articles FROM mentions "
                     "WHERE entity IS NOT NULL GROUP BY entity) c ON c.entity = e.id ORDER BY e.id")


def test_entity_counts_kept_by_difference_equal_a_recount(
        stores: tuple[Path, Path, list[dict[str, int]]], tmp_path: Path) -> None:
    """Each pass adds to an entity's stored mention and article counts the difference over the
    articles whose mentions it rewrote or moved, never recounting the entity: the counts equal a
    recount of every mention (the passes move mentions of older articles to the full names met
    later), and the full-recluster store's; so after a relink of a copy."""
    import shutil

    inc, once, _ = stores
    counts = "SELECT id, mentions, articles FROM entities ORDER BY id"
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        kept = a.con.execute(counts).fetchall()
        assert kept and kept == a.con.execute(_RECOUNT_ENTITIES).fetchall()
        assert kept == b.con.execute(counts).fetchall()
        assert sum(r[1] for r in kept) > 1000
    copy = tmp_path / "copy.duckdb"
    shutil.copy(inc, copy)
    with Store.open(copy) as store:
        relink(store, _context())
        assert store.con.execute(counts).fetchall() == store.con.execute(_RECOUNT_ENTITIES).fetchall()


def test_event_actors_kept_story_by_story_equal_the_merged_events_actors(
        stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    """`event_actors`, rewritten for the stories each incremental pass replaced, holds exactly
    one row per distinct actor of every merged event, with its story and dates; so does the
    full store's."""
    inc, once, _ = stores
    rows = "SELECT actor, event, story, date, date_start FROM event_actors ORDER BY ALL"
    recount = ("SELECT DISTINCT unnest(actors) AS actor, id, story, date, date_start FROM corpus_events "
               "ORDER BY ALL")
    for db in (inc, once):
        with Store.open(db, read_only=True) as store:
            kept = store.con.execute(rows).fetchall()
            assert kept and kept == store.con.execute(recount).fetchall()


def test_stored_graph_edges_kept_by_touched_actors_equal_a_full_recount(
        stores: tuple[Path, Path, list[dict[str, int]]], tmp_path: Path) -> None:
    """Five incremental passes recount only the edges whose two ends are actors of the merged
    events they rewrote: the stored edges equal the same SQL over every merged event, and the
    API's aggregation of one story's edges equals the stored edges of that story's pairs."""
    import shutil

    from veille.dossier import event_graph as _graph
    from veille.dossier import events as _events
    from veille.store import graph_edges

    inc, _, _ = stores
    edges = "SELECT * FROM graph_edges ORDER BY ALL"
    copy = tmp_path / "recount.duckdb"
    shutil.copy(inc, copy)
    with Store.open(inc, read_only=True) as a, Store.open(copy) as b:
        kept = a.con.execute(edges).fetchall()
        assert len(kept) > 50 and any(row[3] > 1 for row in kept)  # edges, some with several events
        b.con.execute("UPDATE graph_edges SET event_count = -1")  # a stale table, recounted in full
        graph_edges.refresh(b.con, None)
        assert b.con.execute(edges).fetchall() == kept
        # the entity graph read from the table is what aggregating its events gives
        top = a.con.execute("SELECT source FROM graph_edges ORDER BY article_count DESC, source LIMIT 1").fetchone()
        assert top is not None
        whole = _events.EventFilter(actors=[top[0]])
        stored = _graph.graph_edges(a, whole, touching=top[0])
        computed = _graph.graph_edges(a, whole, touching=top[0], sample=graph_edges.SAMPLE + 1)
        assert [{**e, "events": e["events"][:20]} for e in computed if e["event_count"] <= 20] == \
            [e for e in stored if e["event_count"] <= 20]
        assert [(e["source"], e["target"], e["relation"], e["event_count"], e["article_count"]) for e in stored] \
            == [(e["source"], e["target"], e["relation"], e["event_count"], e["article_count"]) for e in computed]


def test_a_second_pass_changes_nothing_and_recluster_redirects(tmp_path: Path) -> None:
    articles = make_corpus(count=200, stories=30, seed=3)
    with Store.open(tmp_path / "s.duckdb") as store:
        _write(store, articles[:120], "r1")
        incremental(store, _context())
        _write(store, articles[120:], "r2")
        incremental(store, _context())
        before = {t: store.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "stories", "entities")}
        assert incremental(store, _context())["new"] == 0
        after = {t: store.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "stories", "entities")}
        assert after == before
        # a recluster that moves ids: every old id still resolves to a story holding its articles
        old = _partition(store)
        store.con.execute("UPDATE articles SET story = 'story-gone' WHERE story = ?", [sorted(set(old.values()))[0]])
        store.con.execute("UPDATE stories SET id = 'story-gone' WHERE id = ?", [sorted(set(old.values()))[0]])
        full(store, _context(), recluster=True)
        assert resolve_story_id(store.con, "story-gone") in set(_partition(store).values())
        assert resolve_story_id(store.con, "story-never") is None
        # the Dossier (so the CLI, REST API and UI) follows the redirect for a bookmarked id
        assert records.story_id(store, "story-gone") == resolve_story_id(store.con, "story-gone")


def test_relink_and_recluster_commands_keep_a_converged_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from veille.cli.main import app

    db = tmp_path / "c.duckdb"
    with Store.open(db) as store:
        _write(store, make_corpus(count=150, stories=25, seed=5), "r1")
        assert corpus(store, _context()) == []
        before = _partition(store), _mention_entities(store)
    runner = CliRunner()
    for command in ("relink", "recluster"):
        done = runner.invoke(app, [command, "--db", str(db)])
        assert done.exit_code == 0, done.output
    with Store.open(db, read_only=True) as store:
        assert (_partition(store), _mention_entities(store)) == before
        assert store.count("story_redirects") == 0  # nothing moved, nothing redirected
        assert assert_article_list(store.con, in_order=True) == 150  # recluster wrote them in order again


def test_event_briefs_kept_story_by_story_equal_each_events_evidence(
        stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    """Each merged event's brief columns (migration 24), written with the events each incremental
    pass replaced, are its first evidence sentence, how many it has and its conflicts'
    attributes; so in the full store."""
    inc, once, _ = stores
    for db in (inc, once):
        with Store.open(db, read_only=True) as store:
            rows = store.con.execute("SELECT evidence, conflicts, evidence_first, evidence_count, contested "
                                     "FROM corpus_events").fetchall()
            assert rows and all(r[3] is not None for r in rows)
            for evidence, conflicts, first, count, contested in rows:
                evidence, conflicts = json.loads(evidence or "[]"), json.loads(conflicts or "[]")
                assert (json.loads(first) if first is not None else None) == (evidence[0] if evidence else None)
                assert count == len(evidence) and contested == [c.get("attribute") for c in conflicts]
            assert assert_brief_docs(store.con) == len(rows)  # the brief documents too (migration 25)
            # and the stories' list documents (migration 26), written with their counts
            assert assert_story_docs(store.con) == store.con.execute("SELECT count(*) FROM stories").fetchone()[0]
            # and the articles page's rows (migration 27), equal to a whole build; in its order after a full write
            assert assert_article_list(store.con, in_order=db == once) == store.count("articles")
