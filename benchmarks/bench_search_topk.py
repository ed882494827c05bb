"""Multi-term search on synthetic search indexes of growing size: the ranking that reads every
posting of the query's terms (the default, as main's) against the top-k tried for issue 20
(`veille.dossier.search._top_k`, off by default: the rarest term read whole, the other terms'
postings only for its documents, an exact total for two terms and a lower bound for more).

The index is generated in SQL, not by the pipeline (a 100k-article store would take an hour
here): documents of 50-650 tokens, a Zipf-like vocabulary (term t drawn for about N * 0.6 / t^0.7
documents, so the common terms' postings grow with the store as a real corpus's do), term
frequencies skewed to 1, the postings sorted by impact as migration 19 sorts them.  Only the
ranking is timed (`search._articles`: postings read, scored, the page chosen), not the snippets,
which both paths share.  Both run in one process on one store, alternated run by run; each
query's pages (offsets 0 and 40) are checked equal first (documents, order, scores to 1e-9;
the top-k's total equal, or a lower bound where it says so).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_search_topk.py --sizes 10000,40000,100000
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from veille.dossier import search
from veille.store.db import Store
from veille.store.search_index import IMPACT_CLUSTER_SQL, STATS_SQL

VOCAB = 20_000


def build(store: Store, n: int) -> None:
    """Fill the search tables of `store` with `n` synthetic documents (see the module's text)."""
    con = store.con
    con.execute("PRAGMA disable_progress_bar")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE syn_terms AS
        SELECT t AS tid, greatest(1, least({n}, (({n} * 0.6) / pow(t, 0.7))::INTEGER)) AS df,
        FROM range(1, {VOCAB} + 1) r(t)""")
    # A term's documents: `df` numbers drawn by a hash of (term, draw), duplicates dropped.
    con.execute(f"""INSERT INTO search_docs
        SELECT 'a' || d, 50 + ((d * 2654435761) % 600)::INTEGER, d FROM range(1, {n} + 1) r(d)""")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE syn_post AS
        SELECT DISTINCT tid, ((hash(tid, i) % {n}) + 1)::INTEGER AS doc
        FROM syn_terms, LATERAL (SELECT unnest(range(df)) AS i)""")
    con.execute("""INSERT INTO search_postings
        SELECT p.tid, p.doc,
               (1 + CASE WHEN (p.doc::BIGINT * 40503 + p.tid * 977) % 10 < 6 THEN 0
                         ELSE ((p.doc::BIGINT * 40503 + p.tid * 977) % 7) END)::INTEGER,
               d.length
        FROM syn_post p JOIN search_docs d ON d.doc = p.doc""")
    con.execute("""INSERT INTO search_vocab SELECT 'w' || tid, tid, count(*)::INTEGER FROM search_postings
        GROUP BY tid""")
    con.execute(STATS_SQL)
    con.execute(IMPACT_CLUSTER_SQL)
    con.execute("DROP TABLE syn_post")
    con.execute("DROP TABLE syn_terms")


QUERIES = [["w1", "w2"], ["w3", "w40"], ["w2", "w300"], ["w5", "w9", "w25"], ["w10", "w11"],
           ["w50", "w700"], ["w4", "w6", "w8", "w12"], ["w100", "w2000"]]


def _time(fn: Any, reps: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `fn()` (CPU: this process's, every DuckDB thread's)."""
    walls, cpus = [], []
    for _ in range(reps):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def _same(main: Any, this: Any) -> bool:
    return [(r["doc"], round(r["score"], 9)) for r in main] == [(r["doc"], round(r["score"], 9)) for r in this]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,40000,100000")
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    print("ms: median wall / CPU over --reps runs; ratio: every posting's over the top-k's (wall, CPU)")
    print(f"{'docs':>7} {'postings':>9} {'query':<14} {'df sum':>7} {'every':>11} {'top-k':>11} {'ratio':>10} "
          f"{'total (top-k)':>14}")
    for n in (int(x) for x in args.sizes.split(",")):
        store = Store.open(":memory:")
        t0 = time.time()
        build(store, n)
        postings = store.count("search_postings")
        store.facts = {}  # a server reader's connection: facts kept (`Store.fact`)
        rows: list[list[float]] = []
        for q in QUERIES:
            dfs = sum(int(r[0]) for r in store.con.execute(
                "SELECT df FROM search_vocab WHERE list_contains(?::VARCHAR[], term)", [q]).fetchall())
            for offset in (0, 40):
                f_total, f_page, f_exact = search._articles(store, q, [], args.limit, offset, top_k=False)
                k_total, k_page, k_exact = search._articles(store, q, [], args.limit, offset, top_k=True)
                assert f_exact and _same(f_page, k_page), (q, offset)
                assert f_total == k_total if k_exact else f_total >= k_total, (q, f_total, k_total)
            timed = []
            for _ in range(args.reps):  # alternated: one run of each path per round
                timed.append((*_time(lambda q=q, s=store: search._articles(s, q, [], args.limit, 0, top_k=False), 1),
                              *_time(lambda q=q, s=store: search._articles(s, q, [], args.limit, 0, top_k=True), 1)))
            med = [statistics.median(t[i] for t in timed) for i in range(4)]
            rows.append(med)
            _, _, k_exact = search._articles(store, q, [], args.limit, 0, top_k=True)
            shown = f"{k_total}" if k_exact else f">= {k_total}"
            print(f"{n:>7} {postings:>9} {' '.join(q):<14} {dfs:>7} {med[0]:>5.1f}/{med[1]:<5.1f} "
                  f"{med[2]:>5.1f}/{med[3]:<5.1f} {med[0] / med[2]:>4.2f}x/{med[1] / med[3]:<4.2f}x {shown:>14}")
        tot = [sum(r[i] for r in rows) for i in range(4)]
        print(f"{n:>7} {postings:>9} {'all queries':<14} {'':>7} {tot[0]:>5.1f}/{tot[1]:<5.1f} "
              f"{tot[2]:>5.1f}/{tot[3]:<5.1f} {tot[0] / tot[2]:>4.2f}x/{tot[1] / tot[3]:<4.2f}x "
              f"(sums; build {time.time() - t0:.0f} s)")
        store.close()


if __name__ == "__main__":
    main()
