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
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
