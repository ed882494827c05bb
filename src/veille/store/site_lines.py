"""Template lines the store has seen: per site, how many stored articles hold each line.

The clean stage learns a site's template from repetition (`veille.stages.cleaning.repetition`):
a line that stands in two other articles of the same site is furniture. Within one batch that
needs the site's pages to arrive together; a daily feed brings a few pages a day. So every run
adds, for each original article it stores (not a republication: its lines are another
article's), one count per distinct line to `site_lines`, and the runner gives each new article
the counts of its lines from the runs before (`counts`).

Rows are (site, line hash, run, articles): a run's counts are read by later runs only, so a
run's verdicts depend on the store as it was when the run began and on the input, never on how
batches overlap in the pool. Lines are stored as a 63-bit hash of their folded key.

Compaction.  Each run appends a row per (site, line) it saw, so a site's template line gains a row
every run.  Once the rows appended since the last compaction pass a share of the table
(`COMPACT_SHARE`, at least `COMPACT_MIN`), `add` folds the rows of every run but the current one
into one row per (site, line), under the run id `FOLDED` (no run's id: run ids are hex), in the
batch's transaction: the rewrite is paid once per ~12% of growth, like the search index's sort
(`veille.store.search_index`), and a crash leaves the table as it was before or after it.
`counts` answers the same afterwards: the only question the run id answers is "another run
than this one?", the current run's rows stay apart, and no run reads with a folded run's id
(ids are fresh per run, and one run writes at a time).  The store keeps its source data
append-only (articles and their annotations); `site_lines` is a derived count, a summary of
the stored originals' lines, so folding it discards no fact, only which past run added a count.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FOLDED = "folded"  # run id of the rows folded from finished runs (never a run's id: those are hex)
FOLDED_KEY = "site_lines_folded"  # corpus_state: rows in the table after the last compaction
COMPACT_SHARE = 8  # fold when more than 1/8 of the rows were appended since the last compaction
COMPACT_MIN = 200_000  # ... and at least this many (about 5k articles' lines): small stores never fold

MIGRATION_13 = """
CREATE TABLE site_lines (site VARCHAR NOT NULL, line BIGINT NOT NULL, run_id VARCHAR NOT NULL,
                         articles INTEGER NOT NULL);
"""


def add(con: Any, rows: Iterable[tuple[str, int]], run_id: str) -> None:
    """Count one article more for each (site, line hash) of `rows` (one row per article and
    distinct line), under `run_id`."""
    pairs = list(rows)
    if not pairs:
        return
    sites, lines = zip(*pairs, strict=True)
    con.execute(
        "INSERT INTO site_lines SELECT site, line, ?, count(*)::INTEGER FROM "
        "(SELECT unnest(?::VARCHAR[]) AS site, unnest(?::BIGINT[]) AS line) GROUP BY site, line",
        [run_id, list(sites), list(lines)])
    row = con.execute("SELECT (SELECT count(*) FROM site_lines), (SELECT coalesce(max(value::BIGINT), 0) "
                      "FROM corpus_state WHERE key = ?)", [FOLDED_KEY]).fetchone()
    total, folded = (int(row[0]), int(row[1])) if row else (0, 0)
    if total - folded > max(COMPACT_MIN, folded // COMPACT_SHARE):
        compact(con, run_id)


# One statement at a time, in the caller's transaction; ordered by (site, line), so that
# DuckDB's zone maps let `counts` skip row groups of other sites.
COMPACT_SQL = (
    "CREATE OR REPLACE TEMP TABLE site_lines_folding AS SELECT site, line, ? AS run_id, "
    "sum(articles)::INTEGER AS articles FROM site_lines WHERE run_id <> ? GROUP BY site, line ORDER BY site, line",
    "DELETE FROM site_lines WHERE run_id <> ?",
    "INSERT INTO site_lines SELECT site, line, run_id, articles FROM site_lines_folding",
    "DROP TABLE site_lines_folding",
    "INSERT INTO corpus_state SELECT ?, count(*)::VARCHAR FROM site_lines "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
)


def compact(con: Any, run_id: str) -> None:
    """Fold the rows of every run but `run_id` (the one writing) into one per (site, line hash)
    (module docstring: `counts` answers the same); in the caller's transaction."""
    params: tuple[list[str], ...] = ([FOLDED, run_id], [run_id], [], [], [FOLDED_KEY])
    for sql, args in zip(COMPACT_SQL, params, strict=True):
        con.execute(sql, args)


def counts(con: Any, wanted: Iterable[tuple[str, int]], run_id: str, at_least: int) -> dict[tuple[str, int], int]:
    """How many articles stored by runs other than `run_id` hold each wanted (site, line hash),
    for those held by `at_least` or more."""
    pairs = sorted(set(wanted))
    if not pairs:
        return {}
    sites, lines = zip(*pairs, strict=True)
    rows = con.execute(
        "SELECT s.site, s.line, sum(s.articles)::INTEGER FROM site_lines s SEMI JOIN "
        "(SELECT unnest(?::VARCHAR[]) AS site, unnest(?::BIGINT[]) AS line) w "
        "ON s.site = w.site AND s.line = w.line WHERE s.run_id <> ? GROUP BY s.site, s.line "
        "HAVING sum(s.articles) >= ?", [list(sites), list(lines), run_id, at_least]).fetchall()
    return {(r[0], int(r[1])): int(r[2]) for r in rows}
