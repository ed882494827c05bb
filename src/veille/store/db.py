"""The DuckDB store: open and migrate, write a batch in one transaction, read articles back.

Writes are per batch and transactional: a run killed at any moment leaves whole batches or
nothing, and a new run skips the articles already stored (ids are content hashes), so it
resumes where the killed one stopped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from veille.errors import StoreError
from veille.model import (
    Article,
    CorpusEvent,
    Entity,
    Story,
    _plain,
)
from veille.pipeline import Quarantined
from veille.store.migrations import MIGRATIONS

ARTICLE_COLUMNS = ("id", "source", "url", "title", "outlet", "published", "published_how", "lang", "fmt",
                   "clean", "raw", "body", "removed", "dateline_place", "content_hash", "duplicate_of",
                   "duplicate_similarity", "story", "stages", "meta", "run_id")
ARTICLE_JSON_COLUMNS = {"removed", "stages", "meta"}
ANNOTATION_TABLES = ("mentions", "timexes", "events", "quotes")


def _json(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False)


class Store:
    """One DuckDB file (or ':memory:') holding the corpus and everything found in it."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] = "veille.duckdb", *, read_only: bool = False) -> Store:
        target = str(path)
        if read_only and target != ":memory:" and not Path(target).exists():
            raise StoreError(f"no store at {target}", hint="run `veille run INPUT --db FILE` first")
        try:
            con = duckdb.connect(target, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {target}: {exc}",
                             hint="another veille process may be writing it; wait for it, or use another --db"
                             ) from exc
        store = cls(con, target)
        if read_only:
            store._check_version()
        else:
            store.migrate()
        return store

    def close(self) -> None:
        self.con.close()

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
                    dedup_index: Any = None) -> None:
        """Articles with their annotations, the batch's quarantine and dedup signatures: all or nothing."""
        with self.transaction():
            self._write_articles(articles, run_id)
            if dedup_index is not None:
                dedup_index.add([a for a in articles if a.signature is not None])
            self._many(
                "INSERT INTO quarantine (key, source, stage, code, message, run_id) VALUES (?, ?, ?, ?, ?, ?)",
                [[q.key, q.source, q.stage, q.code, q.message, run_id] for q in quarantined])

    def _write_articles(self, articles: Sequence[Article], run_id: str | None) -> None:
        """Replace the articles and their annotations; a rewrite keeps when and by which run
        each article first came in (the corpus steps rewrite articles they add to)."""
        if not articles:
            return
        ids = [a.id for a in articles]
        first_seen = {r[0]: (r[1], r[2]) for r in self.con.execute(
            "SELECT id, ingested_at, run_id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
        for table in ANNOTATION_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article IN (SELECT unnest(?))", [ids])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = []
        for a in articles:
            d = a.to_dict()
            seen_at, seen_run = first_seen.get(a.id, (now, run_id))
            d["run_id"] = seen_run or run_id
            rows.append([_json(d[c]) if c in ARTICLE_JSON_COLUMNS else d[c] for c in ARTICLE_COLUMNS] + [seen_at])
        cols = ", ".join((*ARTICLE_COLUMNS, "ingested_at"))
        self._many(f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * (len(ARTICLE_COLUMNS) + 1))})", rows)
        self._write_annotations(articles)

    def _write_annotations(self, articles: Sequence[Article]) -> None:
        self._many(
            'INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [[a.id, m.start, m.end, m.text, m.type, m.entity, _json(m.role) if m.role else None, m.stage, m.model]
             for a in articles for m in a.mentions])
        self._many(
            'INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [[a.id, t.start, t.end, t.text, t.type, t.value, t.anchor, t.mod, t.quant, t.stage, t.model]
             for a in articles for t in a.timexes])
        self._many(
            'INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [[a.id, e.id, e.type, e.mode, _json(e.source), _json(e.target), e.date, e.location, e.modality,
              e.trigger, _json(e.evidence), e.merged, e.stage, e.model] for a in articles for e in a.events])
        self._many(
            'INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [[a.id, q.start, q.end, q.text, q.direct, q.speaker, q.speaker_text, q.stage, q.model]
             for a in articles for q in a.quotes])

    def write_corpus(self, articles: Sequence[Article], entities: Iterable[Entity], stories: Iterable[Story],
                     events: Iterable[CorpusEvent]) -> None:
        """The corpus steps' results, replacing the previous ones, in one transaction.

        `articles` are those the steps changed (read `without` raw, removed and meta): their
        story, dates and stages are updated in place and their annotations replaced; the
        columns they were read without stay as stored."""
        with self.transaction():
            self._update_articles(articles)
            for table in ("entities", "stories", "corpus_events"):
                self.con.execute(f"DELETE FROM {table}")
            self._many("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
                                 [[e.id, e.name, e.type, e.wikidata, _json(e.aliases), _json(e.roles)]
                                  for e in entities])
            self._many('INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)',
                                 [[s.id, s.title, _json(s.articles), s.start, s.end, _json(s.summary), s.stage]
                                  for s in stories])
            self._many(
                "INSERT INTO corpus_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[e.id, e.type, e.mode, _json(e.source), _json(e.target), e.date, e.location, e.modality,
                  _json(e.evidence), e.story, _json(e.articles), e.independent_sources, _json(e.conflicts),
                  e.stage] for e in events])

    def _update_articles(self, articles: Sequence[Article]) -> None:
        if not articles:
            return
        ids = [a.id for a in articles]
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
