"""Multi-term search on synthetic search indexes of growing size: the ranking that reads every
posting of the query's terms (the default, as main's) against the top-k tried for issue 20
(`top_k` here, not in veille: the rarest term read whole, the other terms' postings only for its
documents, an exact total for two terms and a lower bound for more).

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

import numpy as np

from veille.dossier import search
from veille.store.db import Store
from veille.store.search_index import IMPACT_CLUSTER_SQL, STATS_SQL, search_stats

VOCAB = 20_000


# The top-k of a query of several terms without an entity hit (`top_k`).  The ranking is by terms held first,
# so when at least a page's worth of documents hold every term, the page lies among them, and
# they are all among the documents of the rarest term.  That term's postings are read whole (the
# fewest), and of the other terms only the postings of those documents (a semi-join: DuckDB
# filters the terms' rows on its side, where the former path brought every posting of every term
# into numpy and summed them per document); each such document then has its exact terms held and
# score, and any other document holds fewer terms.  With fewer such documents than the page needs,
# every posting is read (`search._ranked`).
_VOCAB_SQL = "SELECT tid, df FROM search_vocab WHERE term IN ({}) ORDER BY tid"
_TERM_POSTINGS_SQL = "SELECT doc, tf, length FROM search_postings WHERE tid = ?"
_OF_DOCS_SQL = ("SELECT tid, doc, tf, length FROM search_postings WHERE tid IN ({}) "
                "AND doc IN (SELECT unnest(?::INTEGER[]))")
FULL_READ_MAX = 2048  # postings of all the terms: under this, every posting is read
# Not in veille: on these indexes it took 2.1-2.6x the CPU of reading every posting (ARCHITECTURE,
# "Search").  DuckDB reads a term's postings whole in one vectorised scan (5.5 ms for 76k postings
# at 100k); the semi-join still scans the other terms' rows (5.1 ms), and each further statement
# costs ~1 ms.  An impact-ordered prefix per term with a random access for the documents seen
# (threshold algorithm) was slower still (3-7x): a term's postings in impact order have no order by
# document, so the random access is a scan too, and the bound (the sum of the terms' last read
# weights) only falls below a page's scores deep in the lists.


def top_k(store: Store, terms: list[str], want: int,
          full_read_max: int = FULL_READ_MAX) -> tuple[int, bool, Any, Any, Any] | None:
    """(total, whether it is exact, documents, terms held, scores) holding every document of the
    first `want` of a search of several terms by (terms held, score, document), or None (few
    postings, or fewer than `want` documents hold every term: `search._ranked` reads them whole).

    The documents returned hold every term, with their exact score (the full read's floats: one
    row per (term, document), summed in term order); every other document holds fewer terms.  The
    total is exact for two terms (the union's size: both dfs less the documents holding both);
    for more it is a lower bound (the largest df, or the documents holding every term, if more)."""
    vocab = store.con.execute(_VOCAB_SQL.format(", ".join("?" * len(terms))), terms).fetchall()
    tids = np.asarray([int(r[0]) for r in vocab], np.int64)
    dfs = np.asarray([int(r[1]) for r in vocab], np.int64)
    if len(vocab) < len(terms):  # a term no document holds: nobody holds every term
        return None
    if int(dfs.sum()) <= full_read_max:
        return None
    rare = int(np.argmin(dfs))
    first = store.con.execute(_TERM_POSTINGS_SQL, [int(tids[rare])]).fetchnumpy()
    if len(first["doc"]) < want:
        return None
    others = [int(t) for i, t in enumerate(tids) if i != rare]
    rest = store.con.execute(_OF_DOCS_SQL.format(", ".join("?" * len(others))),
                             [*others, first["doc"].astype(np.int64).tolist()]).fetchnumpy()
    tid = np.concatenate([np.full(len(first["doc"]), tids[rare], np.int64), rest["tid"].astype(np.int64)])
    doc = np.concatenate([first["doc"], rest["doc"]]).astype(np.int64)
    tf = np.concatenate([first["tf"], rest["tf"]])
    length = np.concatenate([first["length"], rest["length"]])
    by_term = np.argsort(tid, kind="stable")  # each document's score summed in term order, as `_ranked`'s
    tid, doc, tf, length = tid[by_term], doc[by_term], tf[by_term], length[by_term]
    n, avgdl = store.fact("search stats", lambda: search_stats(store.con))
    idfs = np.log1p((n - dfs + 0.5) / (dfs + 0.5))
    weights = search._weights(idfs[np.searchsorted(tids, tid)], tf, length, avgdl)
    docs, where = np.unique(doc, return_inverse=True)
    held = np.bincount(where, minlength=len(docs))
    score = np.bincount(where, weights=weights, minlength=len(docs))
    every = held == len(tids)
    if int(every.sum()) < want:
        return None
    if len(tids) == 2:
        total, exact = int(dfs.sum()) - int(every.sum()), True
    else:
        total, exact = max(int(dfs.max()), int(every.sum())), False
    return total, exact, docs[every], held[every], score[every]


def top_k_articles(store: Store, terms: list[str], limit: int, offset: int,
                   full_read_max: int = FULL_READ_MAX) -> tuple[int, list[dict[str, Any]], bool]:
    """(total, the page's articles, whether the total is exact) of a search of several terms with no
    entity hit by `top_k`, else by veille's ranking (`search._articles`, every posting read)."""
    some = top_k(store, terms, offset + limit, full_read_max) if len(terms) > 1 else None
    if some is None:
        return (*search._articles(store, terms, [], limit, offset), True)
    total, exact, hits, held, score = some
    order = np.lexsort((hits, -score, -held))[offset:offset + limit]
    return total, [{"doc": int(hits[i]), "score": float(score[i])} for i in order], exact



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
                f_total, f_page = search._articles(store, q, [], args.limit, offset)
                k_total, k_page, k_exact = top_k_articles(store, q, args.limit, offset)
                assert _same(f_page, k_page), (q, offset)
                assert f_total == k_total if k_exact else f_total >= k_total, (q, f_total, k_total)
            timed = []
            for _ in range(args.reps):  # alternated: one run of each path per round
                timed.append((*_time(lambda q=q, s=store: search._articles(s, q, [], args.limit, 0), 1),
                              *_time(lambda q=q, s=store: top_k_articles(s, q, args.limit, 0), 1)))
            med = [statistics.median(t[i] for t in timed) for i in range(4)]
            rows.append(med)
            _, _, k_exact = top_k_articles(store, q, args.limit, 0)
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
