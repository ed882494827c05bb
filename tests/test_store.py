"""The store: migrations, transactional batch writes, round trips, idempotence, export."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.errors import StoreError
from veille.model import (
    Article,
    CorpusEvent,
    Entity,
    Event,
    Evidence,
    Mention,
    Quote,
    Removed,
    Role,
    Story,
    Timex,
    article_id,
)
from veille.pipeline import Quarantined
from veille.store import migrations
from veille.store.db import Store
from veille.store.export import TABLES, export

BODY = "Sergueï Lavrov a reçu Abdoulaye Diop à Moscou le 3 avril 2025."


def annotated(source: str = "a.txt", body: str = BODY) -> Article:
    a = Article(id=article_id(source, body), source=source, raw="Titre\n\n" + body, body=body, title="Titre",
                published="2025-04-03", published_how="text", lang="fr",
                removed=[Removed("Titre", "title", 0, 5)])
    def span(text: str) -> tuple[int, int, str]:
        start = max(body.find(text), 0)
        return start, start + len(text), body[start:start + len(text)]

    a.mentions = [Mention(*span("Sergueï Lavrov"), "PER", "Q39522", Role("ministre des Affaires étrangères", "Q159"),
                          "entities@1", "m"), Mention(*span("Moscou"), "LOC", "Q649", None, "entities@1", "m")]
    a.timexes = [Timex(*span("le 3 avril 2025"), "DATE", "2025-04-03", "2025-04-03", None, None, "time@1")]
    a.events = [Event(f"{a.id}:ev1", "CONSULT", "visit", ["Q39522"], ["Q912"], "2025-04-03", "Q649",
                      "asserted", "a reçu", [Evidence(a.id, 0, len(body), body)], stage="events@1")]
    a.quotes = [Quote(0, 10, body[:10], True, "Q39522", "Lavrov", "quotes@1")]
    return a


def schema(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    return sorted(con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                              "WHERE table_name <> 'schema_migrations'").fetchall())


def test_fresh_store_records_every_migration() -> None:
    store = Store.open(":memory:")
    versions = [r[0] for r in store.con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert versions == [v for v, _, _ in migrations.MIGRATIONS]
    assert store.migrate() == []  # nothing left to apply


@pytest.mark.parametrize("prefix", range(1, len(migrations.MIGRATIONS) + 1))
def test_upgrading_from_any_older_schema_gives_the_fresh_schema(tmp_path: Path, prefix: int,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:prefix])
    monkeypatch.setattr("veille.store.db.MIGRATIONS", migrations.MIGRATIONS[:prefix])
    Store.open(db).close()
    monkeypatch.undo()
    upgraded = Store.open(db)
    fresh = Store.open(":memory:")
    assert schema(upgraded.con) == schema(fresh.con)


def test_store_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    con.close()
    with pytest.raises(StoreError) as info:
        Store.open(db)
    assert info.value.code == "V300" and "upgrade veille" in str(info.value)


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="veille run"):
        Store.open(tmp_path / "none.duckdb", read_only=True)


def test_article_round_trip_keeps_every_annotation() -> None:
    store = Store.open(":memory:")
    art = annotated()
    store.write_batch([art], [], "run1")
    [back] = list(store.iter_articles())
    assert back.to_dict() == art.to_dict() | {"stages": [], "meta": {}}


def test_rewriting_an_article_replaces_its_annotations() -> None:
    store = Store.open(":memory:")
    art = annotated()
    store.write_batch([art], [], "run1")
    store.write_batch([art], [], "run2")
    assert (store.count("articles"), store.count("mentions"), store.count("events")) == (1, 2, 1)


def test_a_failed_batch_writes_nothing() -> None:
    store = Store.open(":memory:")
    good = annotated("good.txt")

    class Exploding:
        def add(self, articles: list[Article]) -> None:
            raise RuntimeError("disk full")

    good.signature = [1, 2, 3]
    with pytest.raises(RuntimeError):
        store.write_batch([good], [Quarantined("x", "x", "ingest@1", "V103", "empty")], "r", Exploding())
    assert store.count("articles") == store.count("mentions") == store.count("quarantine") == 0


def test_export_writes_the_six_contract_files(tmp_path: Path) -> None:
    store = Store.open(":memory:")
    store.write_batch([annotated()], [], "run1")
    written = export(store, tmp_path / "x")
    assert sorted(written) == sorted(TABLES)
    [art] = [json.loads(line) for line in (tmp_path / "x" / "articles.jsonl").read_text().splitlines()]
    for key in ("id", "source", "title", "outlet", "published", "published_how", "lang", "body", "removed",
                "duplicate_of", "story"):
        assert key in art
    assert art["removed"] == [{"text": "Titre", "kind": "title"}]  # no score: no model cut it
    [ev] = [json.loads(line) for line in (tmp_path / "x" / "events.jsonl").read_text().splitlines()]
    assert ev["actors"] == {"source": ["Q39522"], "target": ["Q912"]} and ev["date"] == {"value": "2025-04-03"}
    [t] = [json.loads(line) for line in (tmp_path / "x" / "timexes.jsonl").read_text().splitlines()]
    assert art["body"][t["start"]:t["end"]] == t["text"]


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_parquet_and_csv_exports_hold_the_same_rows(tmp_path: Path, fmt: str) -> None:
    store = Store.open(":memory:")
    store.write_batch([annotated("a.txt"), annotated("b.txt", BODY + " Fin.")], [], "run1")
    written = export(store, tmp_path / fmt, fmt)
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM {reader}(?)", [str(written["articles"])]).fetchone()
    assert n == (2,)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=5, unique=True))
def test_writing_the_same_batch_twice_changes_nothing(bodies: list[str]) -> None:
    store = Store.open(":memory:")
    batch = [annotated(f"s{i}.txt", b) for i, b in enumerate(bodies)]
    store.write_batch(batch, [], "r1")
    before = [store.rows("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id")]
    store.write_batch([a for a in batch if a.id not in store.existing_ids([a.id for a in batch])], [], "r2")
    after = [store.rows("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id")]
    assert before == after


@st.composite
def articles_with_spans(draw: st.DrawFn) -> Article:
    body = draw(st.text(min_size=1, max_size=120))
    a = Article(id=article_id("p.txt", body), source="p.txt", raw=body, body=body)
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(body) - 1))
        end = draw(st.integers(start + 1, len(body)))
        value = draw(st.sampled_from(["2025", "2025-04-03/2025-04-04"]))
        a.timexes.append(Timex(start, end, body[start:end], "DATE", value))
        a.mentions.append(Mention(start, end, body[start:end], "LOC", None))
    return a


@settings(max_examples=40, deadline=None)
@given(articles_with_spans())
def test_export_round_trip_keeps_body_and_offsets(tmp_path_factory: pytest.TempPathFactory, art: Article) -> None:
    store = Store.open(":memory:")
    store.write_batch([art], [], "r")
    out = tmp_path_factory.mktemp("rt")
    export(store, out)
    [row] = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert row["body"] == art.body
    timexes = [json.loads(line) for line in (out / "timexes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((t["start"], t["end"], t["text"], t["value"]) for t in timexes) == sorted(
        (t.start, t.end, t.text, t.value) for t in art.timexes)
    for t in timexes:
        assert row["body"][t["start"]:t["end"]] == t["text"]


def test_export_carries_the_score_of_a_cut_line(tmp_path: Path) -> None:
    from veille.model import Removed

    article = annotated()
    article.removed = [Removed("Partager : Facebook", "cta", 0, 19, 0.97)]
    store = Store.open(":memory:")
    store.write_batch([article], [], "run1")
    export(store, tmp_path / "x")
    [art] = [json.loads(line) for line in (tmp_path / "x" / "articles.jsonl").read_text().splitlines()]
    assert art["removed"] == [{"text": "Partager : Facebook", "kind": "cta", "score": 0.97}]


def test_export_says_how_sure_the_publication_date_is(tmp_path: Path) -> None:
    dated, undated = annotated("a.txt"), annotated("b.txt", BODY + " Encore.")
    dated.published, dated.published_how = "2025-04-03", "url"
    undated.published, undated.published_how = None, "none"
    store = Store.open(":memory:")
    store.write_batch([dated, undated], [], "run1")
    export(store, tmp_path / "x")
    rows = {r["source"]: r for r in map(json.loads, (tmp_path / "x" / "articles.jsonl").read_text().splitlines())}
    assert rows["a.txt"]["published_confidence"] == 1.0
    assert rows["b.txt"]["published_confidence"] == 0.0


def _corpus_rows_of_schema_1(con: duckdb.DuckDBPyConnection) -> None:
    """Two articles of story s1 (b repeats a), mentions of Q1 (3, in both) and Q2 (1), Q3 never
    mentioned; story s2 lists three articles the store does not hold; three merged events."""
    for aid, dup in (("a", None), ("b", "a")):
        con.execute("INSERT INTO articles (id, source, fmt, raw, body, story, duplicate_of) "
                    "VALUES (?, ?, 'text', '', 'x', 's1', ?)", [aid, aid, dup])
    for aid, entity in (("a", "Q1"), ("a", "Q1"), ("b", "Q1"), ("b", "Q2"), ("b", None)):
        con.execute("INSERT INTO mentions VALUES (?, 0, 1, 'x', 'PER', ?, NULL, NULL, NULL)", [aid, entity])
    for eid in ("Q1", "Q2", "Q3"):
        con.execute("INSERT INTO entities VALUES (?, ?, 'PER', NULL, '[]', '[]')", [eid, eid])
    con.execute("""INSERT INTO stories VALUES ('s1', 't', '["a", "b"]', NULL, NULL, '[]', 'stories@4'),
                                             ('s2', 't', '["x", "y", "z"]', NULL, NULL, '[]', 'stories@4')""")
    for eid, date in (("e1", "2025-04"), ("e2", "2020/2023"), ("e3", None)):
        con.execute("INSERT INTO corpus_events (id, type, date, story, source, target) "
                    "VALUES (?, 'CONSULT', ?, 's1', '[\"Q1\"]', ?)", [eid, date, '["Q2"]' if date else None])


@pytest.mark.parametrize("prefix", [p for p in range(1, len(migrations.MIGRATIONS) + 1)
                                    if migrations.MIGRATIONS[p - 1][0] < 4])
def test_upgrading_counts_the_stored_aggregates(tmp_path: Path, prefix: int, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    monkeypatch.setattr("veille.store.db.MIGRATIONS", migrations.MIGRATIONS[:prefix])
    with Store.open(db) as old:
        _corpus_rows_of_schema_1(old.con)
    monkeypatch.undo()
    with Store.open(db) as store:
        assert store.con.execute("SELECT id, mentions, articles FROM entities ORDER BY id").fetchall() == [
            ("Q1", 3, 2), ("Q2", 1, 1), ("Q3", 0, 0)]
        assert store.con.execute("SELECT id, events, sources FROM stories ORDER BY id").fetchall() == [
            ("s1", 3, 1), ("s2", 0, 3)]
        assert store.con.execute("SELECT id, date_start, date_end, actors FROM corpus_events ORDER BY id").fetchall() == [
            ("e1", "2025-04-01", "2025-04-31", ["Q1", "Q2"]), ("e2", "2020-01-01", "2023-12-31", ["Q1", "Q2"]),
            ("e3", None, None, ["Q1"])]
        assert store.con.execute("SELECT * FROM cooccurrence ORDER BY ALL").fetchall() == [
            ("Q1", "Q2", 1), ("Q2", "Q1", 1)]


def test_write_corpus_counts_what_it_writes_and_refresh_counts_only_the_ids_given() -> None:
    store = Store.open(":memory:")
    a, b = annotated("a.txt"), annotated("b.txt", BODY + " Encore Lavrov.")
    store.write_batch([a, b], [], "r1")
    lavrov = Entity(id="Q39522", name="Sergueï Lavrov", type="PER")
    moscow = Entity(id="Q649", name="Moscou", type="LOC")
    story = Story(id="s1", title="t", articles=[a.id, b.id])
    event = CorpusEvent(id="c1", type="CONSULT", mode=None, source=["Q39522"], target=[], date="2025-04",
                        location=None, modality="asserted", evidence=[], independent_sources=1, story="s1",
                        articles=[a.id])
    store.write_corpus([], [lavrov, moscow], [story], [event])
    counts = "SELECT id, mentions, articles FROM entities ORDER BY id"
    assert store.con.execute(counts).fetchall() == [("Q39522", 2, 2), ("Q649", 2, 2)]
    assert store.con.execute("SELECT events, sources FROM stories").fetchall() == [(1, 2)]
    assert store.con.execute("SELECT date_start, date_end, actors FROM corpus_events").fetchall() == [
        ("2025-04-01", "2025-04-31", ["Q39522"])]
    pairs = "SELECT * FROM cooccurrence ORDER BY ALL"
    assert store.con.execute(pairs).fetchall() == [("Q39522", "Q649", 2), ("Q649", "Q39522", 2)]
    store.con.execute("DELETE FROM mentions WHERE article = ?", [a.id])
    store.refresh_aggregates(["Q649"], [])
    assert store.con.execute(counts).fetchall() == [("Q39522", 2, 2), ("Q649", 1, 1)]  # Lavrov not asked for
    assert store.con.execute(pairs).fetchall() == [("Q39522", "Q649", 1), ("Q649", "Q39522", 1)]  # a pair of Q649
    store.refresh_aggregates(None, None)
    assert store.con.execute(counts).fetchall() == [("Q39522", 1, 1), ("Q649", 1, 1)]
    store.close()


def test_upgrading_to_story_members_runs_the_corpus_steps_in_full_once(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 16 adds the story member rows empty: a store whose indexes an older version
    built is not `ready`, so its next corpus steps run in full, fill a row per article, and the
    next ones are incremental again."""
    from veille.config import Config
    from veille.corpus_steps import INDEX_VERSION, corpus, ready
    from veille.pipeline import Context

    db = tmp_path / "old.duckdb"
    before = [m for m in migrations.MIGRATIONS if m[0] < 16]
    monkeypatch.setattr("veille.store.db.MIGRATIONS", before)
    # An older writer: no top partners (migration 20) to keep with the pairs.
    monkeypatch.setattr("veille.store.aggregates.top_rewrite", lambda every=False: [("DROP TABLE IF EXISTS top_touched", [])])
    # ... and no list of a mention's roles (migration 21)
    from veille.store import rows as store_rows

    monkeypatch.setattr("veille.store.rows.COLUMNS", {**store_rows.COLUMNS, "mentions": store_rows.COLUMNS["mentions"][:-1]})
    written = store_rows.annotation_rows
    monkeypatch.setattr("veille.store.db.annotation_rows",
                        lambda arts: {**(r := written(arts)), "mentions": [row[:-1] for row in r["mentions"]]})
    # ... and no stored answers (migration 23)
    monkeypatch.setattr("veille.store.answers.refresh_articles", lambda con, ids: None)
    monkeypatch.setattr("veille.store.answers.refresh_stories", lambda con, ids: None)
    with Store.open(db) as old:
        old.write_batch([annotated("a.txt"), annotated("b.txt", BODY + " Encore Lavrov.")], [], "r1")
        old.con.execute("UPDATE articles SET story = 'story-' || id")  # as the older corpus steps left it
        old.con.execute("INSERT INTO corpus_state VALUES ('index', ?), ('articles', '2')",
                        [INDEX_VERSION.replace("+index@2", "+index@1")])
    monkeypatch.undo()
    config = Config()
    config.time.reference_date = "2025-06-01"
    with Store.open(db) as store:
        assert store.count("story_members") == 0 and not ready(store)
        assert corpus(store, Context(config=config)) == []
        rows = store.con.execute("SELECT article, story, stale FROM story_members ORDER BY 1").fetchall()
        assert [(r[0], r[1]) for r in rows] == store.con.execute("SELECT id, story FROM articles ORDER BY 1").fetchall()
        assert not any(r[2] for r in rows) and ready(store)
