"""What an integer article key would buy the pages that fetch articles by id (perf33, issue 20).

The question: the API fetches a page's articles by their text ids (search: `id IN (?, ...)`, one
placeholder each; the articles page: `rowid = ANY(?)` from its kept order; a story's sources:
`story = $1`; an article's annotations: `article = $1`), and a dense integer key (`num`, numbered
in insertion order, with a unique ART index: what a migration would add) could make that fetch an
index probe or a range read instead of a scan of every id.  This measures, on a COPY of each
store given (the keys are added there, never in the store itself), each form's CPU per statement
(process time, one DuckDB thread, the forms interleaved per round, the same random pages for
every form), and prints the plan of the id form: DuckDB 2.0 answers `id IN (constants)` with the
primary key's index ("Index Scan", no row group scanned), so a page's fetch does not grow with
the store, and the integer keys cost what the text ids cost (perf33, 100k: 1.69 against 1.78 ms for 20
articles; the article statement 3.53 against 3.48 ms).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_page_fetch.py /tmp/1k.duckdb /tmp/100k.duckdb
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb

from veille.dossier import records
from veille.dossier.records import ANNOTATIONS

COLUMNS = "id, title, body, source, published, story"  # a search hit by statement (memory since api44)
# The article endpoint's one statement (its row and its four annotation tables, an article with no
# copies), as veille runs it and with every lookup by the integer keys instead.
ARTICLE_BY_ID = records._ARTICLE_NO_COPIES_SQL
ARTICLE_BY_NUM = (ARTICLE_BY_ID.replace("WHERE article = $1", "WHERE anum = $1")
                  .replace("WHERE id = $1", "WHERE num = $1"))


def _with_key(db: Path, folder: Path) -> Path:
    """A copy of `db` whose articles carry `num` (1.. in row order) under a unique ART index, and
    whose annotation tables carry their article's number (`anum`) under an ART index."""
    copy = folder / db.name
    shutil.copy(db, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute("ALTER TABLE articles ADD COLUMN num BIGINT")
        con.execute("UPDATE articles SET num = n.k FROM (SELECT id AS i, row_number() OVER (ORDER BY rowid) AS k "
                    "FROM articles) n WHERE articles.id = n.i")
        con.execute("CREATE UNIQUE INDEX articles_num ON articles (num)")
        for table in ANNOTATIONS:  # the annotations keyed by it too (`anum`), indexed as `article` is
            con.execute(f"ALTER TABLE {table} ADD COLUMN anum BIGINT")
            con.execute(f"UPDATE {table} SET anum = a.num FROM articles a WHERE {table}.article = a.id")
            con.execute(f"CREATE INDEX {table}_anum ON {table} (anum)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return copy


def _forms(size: int) -> dict[str, str]:
    marks = ", ".join("?" * size)
    return {
        f"id IN ({size} placeholders)": f"SELECT {COLUMNS} FROM articles WHERE id IN ({marks})",
        f"num IN ({size} placeholders)": f"SELECT {COLUMNS} FROM articles WHERE num IN ({marks})",
        f"num BETWEEN (a run of {size})": f"SELECT {COLUMNS} FROM articles WHERE num BETWEEN ? AND ?",
        f"rowid = ANY(list of {size})": f"SELECT {COLUMNS} FROM articles WHERE rowid = ANY(?::BIGINT[])",
        "id = ? (one article)": f"SELECT {COLUMNS} FROM articles WHERE id = ?",
        "story = ? (a story's sources)": f"SELECT {COLUMNS} FROM articles WHERE story = ?",
        "article statement, by id": ARTICLE_BY_ID,
        "article statement, by num": ARTICLE_BY_NUM,
        "SELECT 1 (a statement's floor)": "SELECT 1",
    }


def _params(form: str, rows: list[tuple[str, int, int, str | None]], picked: list[int], size: int) -> list[Any]:
    page = [rows[i] for i in picked]
    if form.startswith("id IN"):
        return [r[0] for r in page]
    if form.startswith("num IN"):
        return [r[1] for r in page]
    if form.startswith("num BETWEEN"):
        return [page[0][1], page[0][1] + size - 1]
    if form.startswith("rowid"):
        return [[r[2] for r in page]]
    if form.startswith("id =") or form.endswith("by id"):
        return [page[0][0]]
    if form.endswith("by num"):
        return [page[0][1]]
    if form.startswith("story"):
        return [page[0][3]]
    return []


def measure(db: Path, size: int, rounds: int, seed: int) -> dict[str, float]:
    """Median CPU ms per statement of each form over `rounds` random pages of `size` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(_with_key(db, Path(tmp))), read_only=True, config={"threads": 1})
        try:
            rows = [(str(a), int(b), int(c), d) for a, b, c, d in
                    con.execute("SELECT id, num, rowid, story FROM articles").fetchall()]
            plan = con.execute("EXPLAIN ANALYZE " + _forms(size)[f"id IN ({size} placeholders)"],
                               [r[0] for r in rows[:size]]).fetchall()[0][1]
            scans = sorted({line.strip(" │┃") for line in plan.splitlines()
                            if "Type:" in line or "Row Groups Scanned" in line})
            print(f"{db.name}: {len(rows)} articles; plan of id IN: {'; '.join(s.split('  ')[0] for s in scans)}")
            rng = random.Random(seed)
            cpu: dict[str, list[float]] = defaultdict(list)
            forms = _forms(size)
            for _ in range(rounds):
                start = rng.randrange(0, max(1, len(rows) - size))
                picked = rng.sample(range(len(rows)), min(size, len(rows)))
                for form in rng.sample(list(forms), len(forms)):  # interleaved, in a random order
                    params = _params(form, rows, [start] if form.startswith("num BETWEEN") else picked, size)
                    t = time.process_time()
                    con.execute(forms[form], params).fetchall()
                    cpu[form].append(time.process_time() - t)
            return {form: statistics.median(v) * 1e3 for form, v in cpu.items()}
        finally:
            con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path, nargs="+")
    parser.add_argument("--size", type=int, default=20, help="articles per page (a search page: 20)")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    results = {db.name: measure(db, args.size, args.rounds, args.seed) for db in args.db}
    forms = list(_forms(args.size))
    print("CPU ms per statement (p50), one DuckDB thread")
    print(f"{'form':34}" + "".join(f"{name:>14}" for name in results))
    for form in forms:
        print(f"{form:34}" + "".join(f"{results[name][form]:14.2f}" for name in results))


if __name__ == "__main__":
    main()
