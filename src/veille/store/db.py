"""The DuckDB store: open and migrate, write a batch in one transaction, read articles back.

Writes are per batch and transactional: a run killed at any moment leaves whole batches or
nothing, and a new run skips the articles already stored (ids are content hashes), so it
resumes where the killed one stopped.

Sharing the file: DuckDB lets one process open a file read-write or several read-only, never
both.  A store opened with ``lease=True`` (what a run uses) holds the file only while it uses
it: `release()` closes the connection and the next use opens it again, retrying with backoff
while readers hold the file and leaving a ``<db>.writer-waiting`` marker that tells them to let
go (see `veille.server.readers`).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from veille.errors import StoreError
from veille.faults import crash_point
from veille.model import (
    Article,
    CorpusEvent,
    Entity,
    Origin,
    Story,
)
from veille.pipeline import Quarantined
from veille.store import aggregates, answers, graph_edges, list_docs, site_lines
from veille.store.dates import date_bounds
from veille.store.file_sharing import _take_run_lock, connect, readers_waiting
from veille.store.file_sharing import live_marker as live_marker
from veille.store.file_sharing import reader_marker as reader_marker
from veille.store.file_sharing import waiting_marker as waiting_marker
from veille.store.file_sharing import writer_waiting as writer_waiting
from veille.store.kept import Lasting
from veille.store.migrations import MIGRATIONS
from veille.store.rows import (
    ANNOTATION_TABLES,
    annotation_rows,
    article_row,
    names,
    quarantine_row,
    to_json,
)
from veille.store.search_index import index_articles, index_entities

# live_marker, reader_marker, waiting_marker, writer_waiting: re-exported (`as`) for the modules that
# import them from here since they moved to `file_sharing`.

# The articles' columns as read back (`ingested_at` is the store's own).
ARTICLE_COLUMNS = tuple(c for c in names("articles") if c != "ingested_at")
_json = to_json
T = TypeVar("T")


class Store:
    """One DuckDB file (or ':memory:') holding the corpus and everything found in it."""

    def __init__(self, con: duckdb.DuckDBPyConnection | None, path: str, *, read_only: bool = False,
                 lock_timeout: float = 0.0) -> None:
        self._con = con
        self._yielded = False  # let go of the file for a waiting reader (see `con`)
        self.path = path
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self.lease = False  # True: release() closes the connection; it is opened again on use
        # True: yield_to_readers() releases even when no reader waits yet (the server's own ingest,
        # where readers come at any moment and a reopen is cheap beside a batch's NLP).
        self.release_between_batches = False
        self._run_lock: int | None = None
        self.batches_written = 0  # batch transactions begun, for the test-only crash points
        # Store-wide facts read once per connection (`fact`): only the server's readers set it,
        # one dict per read-only connection they open (`veille.server.readers`). None: read each time.
        self.facts: dict[str, Any] | None = None
        # Facts kept across connections while the file is unchanged (`store.kept.lasting`, perf40).
        self.kept: Lasting | None = None
        # Where facts are kept, whether search serves its page from memory (`store.search_pages`:
        # some 1.9 KB an article); False: the page's statement, as without facts (api44).
        self.search_pages = True

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again (waiting for readers) if `release()` closed it."""
        if self._con is None:
            if self._yielded:
                self._let_readers_in()
            self._con = connect(self.path, read_only=self.read_only, timeout=self.lock_timeout)
        return self._con

    # How long a run that let go of the file for a waiting reader waits for the reader to take it
    # before it opens it again. Readers retry every 10-200 ms: without this grace, a run whose next
    # use follows at once (the parent between pool batches) took the file back before any reader
    # could, and every request waiting on it ended in a 503.
    READER_GRACE = 1.0

    def _let_readers_in(self) -> None:
        self._yielded = False
        deadline = time.monotonic() + self.READER_GRACE
        while readers_waiting(self.path) and time.monotonic() < deadline:
            time.sleep(0.01)

    def release(self) -> None:
        """Let other processes open the file until this store is used again (lease stores only;
        never inside a transaction)."""
        if self.lease and self._con is not None:
            self._con.close()
            self._con = None

    def yield_to_readers(self) -> None:
        """`release()` if a reader waits for the file (its ``<db>.reader-waiting`` marker): a
        reopen costs a checkpoint and a catalog load (benchmarks/bench_store_lease.py), so a run
        with no reader keeps the file."""
        if self.lease and self._con is not None and (self.release_between_batches or readers_waiting(self.path)):
            self.release()
            self._yielded = True

    def execute(self, sql: str, params: Any = None) -> duckdb.DuckDBPyConnection:
        return self.con.execute(sql, params)

    def fact(self, key: str, read: Callable[[], T]) -> T:
        """`read()`, once per connection when `facts` is set. Only for what a request cannot change
        and no parameter of it selects (whether merged events exist, the search index's size): a
        read-only connection sees the file as it was when opened, since no process can write it
        while the connection is open (DuckDB: one writer or many readers), and the server opens a
        new connection, with an empty `facts`, once a writer has been in."""
        if self.facts is None:
            return read()
        if key not in self.facts:
            self.facts[key] = read()
        return self.facts[key]  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] = "veille.duckdb", *, read_only: bool = False,
             lease: bool = False, lock_timeout: float = 0.0) -> Store:
        """Open (and migrate, unless read-only) the store at `path`.

        `lease`: hold the file only between `release()` calls, so readers can open it between
        a run's batches; `lock_timeout`: how long to wait for other processes to let go."""
        target = str(path)
        if read_only and target != ":memory:" and not Path(target).exists():
            raise StoreError(f"no store at {target}", hint="run `veille run INPUT --db FILE` first")
        store = cls(None, target, read_only=read_only, lock_timeout=lock_timeout)
        store.lease = lease and target != ":memory:"
        if read_only:
            store._check_version()
        else:
            store.migrate()
        return store

    @classmethod
    def open_writer(cls, path: str | os.PathLike[str] = "veille.duckdb", *, lock_timeout: float) -> Store:
        """The store as every writing command opens it (`veille run`, `import-parquet`, `relink`,
        `recluster`): leased, so that while it waits for the file it leaves the writer-waiting
        marker that makes `veille serve` let go at once (not after its idle release), and
        readers may open the file between its writes; and holding the run lock (`lock_run`).

        The run lock comes first: a writer another run keeps out must not touch the file at all
        (its waiting marker would make the server drop its connection for nothing, and a newer
        veille would migrate the store under the running one)."""
        run_lock = _take_run_lock(str(path))
        try:
            store = cls.open(path, lease=True, lock_timeout=lock_timeout)
        except BaseException:
            if run_lock is not None:
                os.close(run_lock)
            raise
        store._run_lock = run_lock
        return store

    def lock_run(self) -> None:
        """Take this store's run lock (see `_take_run_lock`), unless it holds it already."""
        if self._run_lock is None:
            self._run_lock = _take_run_lock(self.path)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        if self._run_lock is not None:
            os.close(self._run_lock)
            self._run_lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded, each in its own transaction; the versions applied."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                         "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
        done = {row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        newest = max(v for v, _, _ in MIGRATIONS)
        if done and max(done) > newest:
            raise StoreError(f"the store {self.path} has schema version {max(done)}, newer than this veille "
                             f"({newest})", hint="upgrade veille to read it")
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                 [version, name, datetime.now(UTC).replace(tzinfo=None)])
            applied.append(version)
        return applied

    def _check_version(self) -> None:
        try:
            done = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a veille store", hint="check the --db path") from exc
        newest = max(v for v, _, _ in MIGRATIONS)
        if done is None or done[0] is None or done[0] < newest:
            raise StoreError(f"the store {self.path} needs migrating",
                             hint="open it once for writing (e.g. `veille run` with no new input)")

    def schema_version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # ------------------------------------------------------------------ writing
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]).fetchall()
        return {r[0] for r in rows}

    def write_batch(self, articles: Sequence[Article], quarantined: Sequence[Quarantined], run_id: str,
                    dedup_index: Any = None, settled: Sequence[Origin] = (),
                    lines: Sequence[tuple[str, int]] = ()) -> None:
        """Articles with their annotations, the batch's quarantine, dedup signatures and `lines`
        (one (site, line hash) per original article and distinct line, `site_lines`): all or nothing.

        The quarantine holds each item's latest outcome: an item read again (stored, skipped as
        already stored -- `settled` --, or quarantined again) replaces the rows an earlier run
        left for it (see `_settle`)."""
        with self.transaction():
            self._write_articles(articles, run_id)
            site_lines.add(self.con, lines, run_id)
            if dedup_index is not None:
                dedup_index.add([a for a in articles if a.signature is not None])
            origins = [a.origin for a in articles] + [q.origin for q in quarantined] + list(settled)
            self._settle([o for o in origins if o is not None], run_id)
            now = datetime.now(UTC).replace(tzinfo=None)
            self.insert("quarantine", [quarantine_row(q, run_id, now) for q in quarantined])
            self.batches_written += 1
            crash_point("batch-write", self.batches_written)

    def site_line_counts(self, wanted: Sequence[tuple[str, int]], run_id: str,
                         at_least: int) -> dict[tuple[str, int], int]:
        """Stored articles of earlier runs holding each (site, line hash), where `at_least`."""
        return site_lines.counts(self.con, wanted, run_id, at_least)

    def _settle(self, origins: Sequence[Origin], run_id: str) -> None:
        """Drop earlier runs' quarantine rows for items read again: an item's own row and its
        file's whole-file row (the file is readable now); a whole-file outcome drops every row
        of the file (its items are superseded)."""
        whole = {(o.input, o.file) for o in origins if o.item is None}
        items = {(o.input, o.file, o.item) for o in origins if o.item is not None}
        if whole:
            ins, files = zip(*whole, strict=True)
            self.con.execute(
                "DELETE FROM quarantine WHERE run_id IS DISTINCT FROM ? AND (input, coalesce(file, '')) IN "
                "(SELECT (i, coalesce(f, '')) FROM (SELECT unnest(?) AS i, unnest(?) AS f))",
                [run_id, list(ins), list(files)])
        if items:
            ins, files, keys = zip(*items, strict=True)
            self.con.execute(
                "DELETE FROM quarantine WHERE run_id IS DISTINCT FROM ? AND (input, coalesce(file, ''), "
                "coalesce(item, '')) IN (SELECT (i, coalesce(f, ''), k) FROM "
                "(SELECT unnest(?) AS i, unnest(?) AS f, unnest(?) AS k UNION ALL "
                " SELECT unnest(?), unnest(?), ''))",
                [run_id, list(ins), list(files), list(keys), list(ins), list(files)])

    def quarantined_origins(self) -> tuple[list[Origin], int]:
        """Where the quarantined items can be read again, and how many rows cannot be (stdin,
        corpus steps, rows from before migration 3)."""
        rows = self.con.execute("SELECT DISTINCT input, file, item FROM quarantine WHERE input IS NOT NULL "
                                "ORDER BY input, file, item").fetchall()
        row = self.con.execute("SELECT count(*) FROM quarantine WHERE input IS NULL").fetchone()
        return [Origin(r[0], r[1], r[2]) for r in rows], int(row[0]) if row else 0

    def _write_articles(self, articles: Sequence[Article], run_id: str | None) -> None:
        """Replace the articles and their annotations; a rewrite keeps when and by which run
        each article first came in (the corpus steps rewrite articles they add to)."""
        if not articles:
            return
        ids = [a.id for a in articles]
        first_seen = {r[0]: (r[1], r[2]) for r in self.con.execute(
            "SELECT id, ingested_at, run_id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
        aggregates.remember_pairs(self.con, ids)
        repeated = answers.copied(self.con, ids)  # the articles they repeated before (their copies change)
        stories = answers.stories_of(self.con, ids)  # and the stories that listed them
        for table in ANNOTATION_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = []
        for a in articles:
            seen_at, seen_run = first_seen.get(a.id, (now, run_id))
            rows.append(article_row(a, seen_run or run_id, seen_at))
        self.insert("articles", rows)
        self._write_annotations(articles)
        aggregates.add_pairs(self.con, ids)  # so the pairs always count every stored mention
        index_articles(self.con, ids)
        answers.refresh_articles(self.con, [*ids, *repeated, *(a.duplicate_of for a in articles)])
        answers.refresh_stories(self.con, [*stories, *(a.story for a in articles)])

    def _write_annotations(self, articles: Sequence[Article]) -> None:
        for table, notes in annotation_rows(articles).items():
            self.insert(table, notes)

    def write_corpus(self, articles: Sequence[Article], entities: Iterable[Entity], stories: Iterable[Story],
                     events: Iterable[CorpusEvent], *, partial: bool = False, drop_entities: Iterable[str] = (),
                     drop_stories: Iterable[str] = (), moved_entities: Iterable[str] | None = None,
                     indexes: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
                     relink: Callable[[duckdb.DuckDBPyConnection, list[str] | None], None] | None = None) -> None:
        """The corpus steps' results, replacing the previous ones, in one transaction.

        `articles` are those the steps changed (read `without` raw, removed and meta): their
        story, dates and stages are updated in place and their annotations replaced; the
        columns they were read without stay as stored.  `partial` (the incremental corpus
        steps): only the entities passed and `drop_entities`, the stories passed and
        `drop_stories` (joined into another) and their events are replaced; the others
        stay; `moved_entities`: the ids whose stored mentions `indexes` may give another id
        (None: `drop_entities`).  `indexes` writes the corpus steps' own tables (`veille.corpus_steps`) first,
        in the same transaction.  `relink` (`veille.stages.stories.recall.relink`) then sets the
        cross-story links (`corpus_events.same_as`) of the events written (all, or those of the
        stories written), in the same transaction.  The stored aggregates of the entities and stories written
        (`veille.store.aggregates`) are recounted in the same transaction (`partial`: the entities'
        counts and pairs by the difference of the mentions rewritten or moved), and each event's
        date bounds and actors are written with it."""
        entities, stories, events, drop_entities = list(entities), list(stories), list(events), list(drop_entities)
        moved = drop_entities if moved_entities is None else sorted(set(moved_entities))
        with self.transaction():
            if partial:  # the co-occurrence pairs change by the difference of what is rewritten
                aggregates.remember_pairs(self.con, [a.id for a in articles], moved)
            if indexes is not None:
                indexes(self.con)
            touched = self._update_articles(articles)  # the stories whose sources changed
            if partial:
                ents = sorted({e.id for e in entities} | set(drop_entities))
                sids = sorted({s.id for s in stories} | set(drop_stories))
                aggregates.remember_entities(self.con, ents)
                self.con.execute("DELETE FROM entities WHERE id IN (SELECT unnest(?))", [ents])
                self.con.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?))", [sids])
                edge_actors = graph_edges.event_actors(self.con, sids)  # the edges these events made
                self.con.execute("DELETE FROM corpus_events WHERE story IN (SELECT unnest(?))", [sids])
            else:
                for table in ("entities", "stories", "corpus_events"):
                    self.con.execute(f"DELETE FROM {table}")
            self._many("INSERT INTO entities (id, name, type, wikidata, aliases, roles) VALUES",
                       [[e.id, e.name, e.type, e.wikidata, _json(e.aliases), _json(e.roles)] for e in entities])
            index_entities(self.con, sorted({e.id for e in entities}) if partial else None)
            self._many('INSERT INTO stories (id, title, articles, start, "end", summary, stage) VALUES',
                       [[s.id, s.title, _json(s.articles), s.start, s.end, _json(s.summary), s.stage]
                        for s in stories])
            self._many(
                "INSERT INTO corpus_events (id, type, mode, source, target, date, location, modality, evidence, "
                "story, articles, independent_sources, conflicts, stage, date_start, date_end, actors) VALUES",
                [[e.id, e.type, e.mode, _json(e.source), _json(e.target), e.date, e.location, e.modality,
                  _json(e.evidence), e.story, _json(e.articles), e.independent_sources, _json(e.conflicts),
                  e.stage, *date_bounds(e.date), [*e.source, *e.target]] for e in events])
            if events:  # their brief columns, from what was just written (migration 24), then their
                # brief document from those (migration 25)
                self.con.execute(*aggregates.event_briefs_sql([e.id for e in events] if partial else None))
                self.con.execute(*aggregates.event_brief_docs_sql([e.id for e in events] if partial else None))
                # and their whole record as the API writes it (migration 26)
                for statement in list_docs.record_docs_sql([e.id for e in events] if partial else None):
                    self.con.execute(*statement)
            if relink is not None:
                relink(self.con, sids if partial else None)
            if partial:
                aggregates.add_difference(self.con, [a.id for a in articles], sorted({e.id for e in entities}))
                aggregates.refresh(self.con, [], sids, pairs=False)
                graph_edges.refresh(self.con, edge_actors | {a for e in events for a in (*e.source, *e.target)})
            else:
                self.refresh_aggregates(None, None)
                answers.rebuild_article_list(self.con)  # the articles page's rows in its order again
            # The stories' stored answers (migration 23), once their rows, events and counts are
            # written: those written or dropped, and those whose articles moved or changed.
            answers.refresh_stories(self.con, [*sids, *touched] if partial else None)
            crash_point("corpus-write")

    def refresh_aggregates(self, entity_ids: Sequence[str] | None, story_ids: Sequence[str] | None) -> None:
        """Recount the stored aggregates of the entities `entity_ids` and stories `story_ids`
        (None: all) from the stored mentions, articles and merged events (call it inside the
        transaction that changed them)."""
        aggregates.refresh(self.con, entity_ids, story_ids)

    def insert(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Rows built by `veille.store.rows` (in `COLUMNS[table]` order) into `table`, in one statement."""
        cols = ", ".join(f'"{name}"' for name in names(table))
        self._many(f"INSERT INTO {table} ({cols}) VALUES", rows)

    def _update_articles(self, articles: Sequence[Article]) -> list[str]:
        """Update the corpus steps' columns and annotations of `articles`; the stories whose
        answers list them (before or after: `veille.store.answers`)."""
        if not articles:
            return []
        ids = [a.id for a in articles]
        stories = answers.stories_of(self.con, ids)
        self.con.execute(
            """UPDATE articles SET story = u.story, published = u.published, published_how = u.how,
                      stages = u.stages
               FROM (SELECT unnest($1::VARCHAR[]) AS id, unnest($2::VARCHAR[]) AS story,
                            unnest($3::VARCHAR[]) AS published, unnest($4::VARCHAR[]) AS how,
                            unnest($5::VARCHAR[]) AS stages) AS u
               WHERE articles.id = u.id""",
            [ids, [a.story for a in articles], [a.published for a in articles],
             [a.published_how for a in articles], [_json(a.stages) for a in articles]])
        for table in ANNOTATION_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article IN (SELECT unnest(?))", [ids])
        self._write_annotations(articles)
        answers.refresh_articles(self.con, [*ids, *answers.copied(self.con, ids)])  # a copy's date may move
        return [*stories, *(a.story for a in articles if a.story is not None)]

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows in one statement: the columns go in as lists and are unnested.

        DuckDB's executemany runs one INSERT per row (8 of 60 seconds on 150 articles);
        one INSERT ... SELECT unnest(...) per table and batch is a bulk load."""
        if not rows:
            return
        head, _, _ = sql.partition(" VALUES")
        columns = list(zip(*rows, strict=True))
        select = ", ".join(f"unnest(?) AS c{i}" for i in range(len(columns)))
        self.con.execute(f"{head} SELECT * FROM (SELECT {select})", [list(c) for c in columns])

    def start_run(self, run_id: str, inputs: Sequence[str]) -> None:
        self.con.execute("INSERT INTO runs (id, started_at, inputs, status) VALUES (?, ?, ?, 'running')",
                         [run_id, datetime.now(UTC).replace(tzinfo=None), _json(list(inputs))])

    def finish_run(self, run_id: str, counts: dict[str, Any], status: str) -> None:
        self.con.execute("UPDATE runs SET finished_at = ?, counts = ?, status = ? WHERE id = ?",
                         [datetime.now(UTC).replace(tzinfo=None), _json(counts), status, run_id])

    # A run that stopped before its corpus steps finished (killed: still 'running') leaves the
    # entities and stories out of date: the next run redoes them even if it adds nothing.
    _STALE = ("running", "corpus-failed", "corpus-pending")

    def corpus_stale(self, exclude: str) -> bool:
        row = self.con.execute("SELECT count(*) FROM runs WHERE status IN (SELECT unnest(?)) AND id <> ?",
                               [list(self._STALE), exclude]).fetchone()
        return bool(row and row[0])

    def mark_recovered(self, exclude: str) -> None:
        self.con.execute("UPDATE runs SET status = 'recovered' WHERE status IN (SELECT unnest(?)) AND id <> ?",
                         [list(self._STALE), exclude])

    # ------------------------------------------------------------------ reading
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts, JSON columns decoded."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        json_cols = {d[0] for d in cur.description if str(d[1]) == "JSON"}
        out = []
        for row in cur.fetchall():
            item = dict(zip(names, row, strict=True))
            for key, value in item.items():
                if key in json_cols and isinstance(value, str):
                    item[key] = json.loads(value)
                elif hasattr(value, "isoformat") and not isinstance(value, str):
                    item[key] = value.isoformat()
            out.append(item)
        return out

    def count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def iter_articles(self, ids: Sequence[str] | None = None, batch: int = 500,
                      without: Sequence[str] = ()) -> Iterator[Article]:
        """Articles with their annotations, rebuilt from the tables, in ingestion order.

        `without` names article columns not to read (left at their defaults): the corpus steps
        leave out `raw`, `removed` and `meta`, the bulk of a stored article they never use."""
        columns = [c for c in ARTICLE_COLUMNS if c not in without or c == "id"]
        where = "WHERE id IN (SELECT unnest(?))" if ids is not None else ""
        params: list[Any] = [list(ids)] if ids is not None else []
        all_ids = [r[0] for r in self.con.execute(
            f"SELECT id FROM articles {where} ORDER BY ingested_at, id", params).fetchall()]
        for i in range(0, len(all_ids), batch):
            chunk = all_ids[i:i + batch]
            arts = {r["id"]: r for r in self.rows(
                f"SELECT {', '.join(columns)} FROM articles WHERE id IN (SELECT unnest(?))", [chunk])}
            notes: dict[str, dict[str, list[dict[str, Any]]]] = {a: {t: [] for t in ANNOTATION_TABLES}
                                                                 for a in chunk}
            for table in ANNOTATION_TABLES:
                for row in self.rows(f"SELECT * FROM {table} WHERE article IN (SELECT unnest(?)) "
                                     f"ORDER BY article, {'id' if table == 'events' else 'start'}", [chunk]):
                    notes[row.pop("article")][table].append(row)
            for aid in chunk:
                data = arts[aid]
                data.pop("run_id", None)
                data.setdefault("raw", "")  # when read `without` it
                data.update(notes[aid])
                yield Article.from_dict(data)
