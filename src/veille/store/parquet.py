"""Parquet shards in the store's schema: write them, query them in place, import them.

A shard set is one folder per table (`articles/`, `mentions/`, `timexes/`, `events/`,
`quotes/`, `quarantine/`, `dedup_signatures/`, `dedup_bands/`), each holding
`part-<run>-<n>.parquet` files whose columns are the store's (`veille.store.rows.COLUMNS`;
JSON columns as JSON text).  The Ray engine writes them; DuckDB reads them in place:

    SELECT outlet, count(*) FROM read_parquet('shards/articles/*.parquet') GROUP BY outlet;

and `import_shards` loads them into a store, skipping articles it already holds.  pyarrow is
imported on first use (writing only; reading and importing go through DuckDB).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from veille.store import answers
from veille.store.db import Store
from veille.store.rows import ANNOTATION_TABLES, COLUMNS, names
from veille.store.search_index import index_articles

SHARD_TABLES = ("articles", *ANNOTATION_TABLES, "quarantine", "dedup_signatures", "dedup_bands")


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    kinds = {"str": pa.string(), "json": pa.string(), "int": pa.int32(), "float": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32(), "ts": pa.timestamp("us"), "u16": pa.uint16(),
             "u64": pa.uint64(), "u64s": pa.list_(pa.uint64())}
    return pa.schema([(name, kinds[kind]) for name, kind in COLUMNS[table]])


def _cell(value: Any, kind: str) -> Any:
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


class ShardWriter:
    """Collects rows per table and writes them as one Parquet file per table every `every` rows."""

    def __init__(self, root: str | Path, run_id: str, every: int = 2000) -> None:
        self.root = Path(root)
        self.run_id = run_id
        self.every = every
        self.pending: dict[str, list[list[Any]]] = {t: [] for t in SHARD_TABLES}
        self.parts: dict[str, int] = {t: 0 for t in SHARD_TABLES}
        self.written: list[Path] = []

    def add(self, table: str, rows: list[list[Any]]) -> None:
        self.pending[table] += rows
        if len(self.pending[table]) >= self.every:
            self._flush(table)

    def close(self) -> list[Path]:
        for table in SHARD_TABLES:
            self._flush(table)
        return self.written

    def _flush(self, table: str) -> None:
        rows = self.pending[table]
        if not rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        kinds = [kind for _, kind in COLUMNS[table]]
        columns = [[_cell(v, kind) for v in column] for column, kind in zip(zip(*rows, strict=True), kinds,
                                                                             strict=True)]
        data = pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in
                                     zip(columns, _arrow_schema(table), strict=True)],
                                    schema=_arrow_schema(table))
        folder = self.root / table
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{self.run_id}-{self.parts[table]:05d}.parquet"
        pq.write_table(data, path)
        self.parts[table] += 1
        self.pending[table] = []
        self.written.append(path)


def _glob(root: Path, table: str) -> str | None:
    folder = root / table
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return None
    return str(folder / "*.parquet").replace("'", "''")


def shard_views(store: Store, root: str | Path, prefix: str = "shard_") -> list[str]:
    """Views `shard_articles`, `shard_mentions`, ... over the shards, queried in place."""
    made = []
    for table in SHARD_TABLES:
        pattern = _glob(Path(root), table)
        if pattern:
            store.con.execute(f"CREATE OR REPLACE TEMP VIEW {prefix}{table} AS "
                              f"SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
            made.append(prefix + table)
    return made


def _select(store: Store, pattern: str, table: str) -> str:
    """The table's columns as a select list over its shards: shards written before a column was
    added (migration 21's `mentions.roles`) lack it, which then reads NULL; `union_by_name` does
    that across shards when some hold the column, this when none does."""
    held = {str(r[0]) for r in store.con.execute(
        f"DESCRIBE SELECT * FROM read_parquet('{pattern}', union_by_name = true)").fetchall()}
    return ", ".join(f'"{c}"' if c in held else f'NULL AS "{c}"' for c in names(table))


@dataclass
class ImportSummary:
    added: int  # articles new to the store
    skipped: int  # articles the store already held
    quarantined: int  # quarantine rows new to the store
    duplicates: int  # of the added, how many repeat an earlier article


def import_shards(store: Store, root: str | Path) -> ImportSummary:
    """Load a shard set into the store in one transaction; what the store holds is skipped.

    Idempotent: articles are keyed by id (their annotations and dedup rows come with them),
    quarantine rows by all their fields, so importing twice adds nothing."""
    root = Path(root)
    arts = _glob(root, "articles")
    # The run that wrote a shard is in its file name: an article's annotations are taken from
    # the shard set that gave the article, should two runs' shards both hold it.
    run = r"regexp_extract(filename, 'part-(.+)-[0-9]+\.parquet$', 1)"
    with store.transaction():
        store.con.execute("CREATE OR REPLACE TEMP TABLE _import_ids (id VARCHAR, run VARCHAR)")
        total = 0
        if arts:
            store.con.execute(f"""INSERT INTO _import_ids
                SELECT id, arg_min({run}, ingested_at)
                FROM read_parquet('{arts}', filename = true, union_by_name = true)
                WHERE id NOT IN (SELECT id FROM articles) GROUP BY id""")
            row = store.con.execute(
                f"SELECT count(DISTINCT id) FROM read_parquet('{arts}', union_by_name = true)").fetchone()
            total = int(row[0]) if row else 0
        added = store.count("_import_ids")
        for table in SHARD_TABLES:
            pattern = _glob(root, table)
            if pattern is None or table == "quarantine":
                continue
            cols = ", ".join(f'"{c}"' for c in names(table))
            key = "id" if table == "articles" else "article"
            store.con.execute(f"""INSERT INTO {table} ({cols}) SELECT {_select(store, pattern, table)}
                                  FROM read_parquet('{pattern}', filename = true, union_by_name = true)
                                  WHERE EXISTS (SELECT 1 FROM _import_ids i
                                                WHERE i.id = {key} AND i.run = {run})""")
        quarantined = 0
        pattern = _glob(root, "quarantine")
        if pattern:
            cols = ", ".join(f'"{c}"' for c in names("quarantine"))
            before = store.count("quarantine")
            store.con.execute(f"""INSERT INTO quarantine ({cols})
                                  SELECT DISTINCT {_select(store, pattern, "quarantine")}
                                  FROM read_parquet('{pattern}', union_by_name = true) q
                                  WHERE NOT EXISTS (SELECT 1 FROM quarantine s WHERE s.key = q.key
                                        AND s.stage = q.stage AND s.run_id IS NOT DISTINCT FROM q.run_id
                                        AND s.message = q.message)""")
            quarantined = store.count("quarantine") - before
        row = store.con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL "
                                "AND id IN (SELECT id FROM _import_ids)").fetchone()
        # Imported articles are searchable like written ones (the search index, migration 2).
        imported = [r[0] for r in store.con.execute("SELECT id FROM _import_ids").fetchall()]
        index_articles(store.con, imported)
        answers.refresh_articles(store.con, [*imported, *answers.copied(store.con, imported)])
        answers.refresh_stories(store.con, answers.stories_of(store.con, imported))
        store.con.execute("DROP TABLE _import_ids")
    return ImportSummary(added, total - added, quarantined, int(row[0]) if row else 0)


