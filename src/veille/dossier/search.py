"""Full-text search queries over the index `veille.store.search_index` keeps (BM25 ranking,
entity hits first, snippets); see that module for the tokens and the index tables."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from veille.dossier.records import entity_records, entity_texts
from veille.store import search_memory, search_pages
from veille.store.db import Store
from veille.store.kept import lasting, lasting_from
from veille.store.search_index import K1, B, impacts_state, query_terms, search_stats, snippet_of
from veille.store.search_memory import SearchMemory
from veille.store.search_pages import PAGE_COLUMNS

# The entities whose name or an alias may hold every query term: `entities.search_text` (name and
# aliases folded, stored with the entity, migration 10) contains each.  `_entities` then keeps
# those where each is a whole token, in Python, on these few: in SQL the token test ran over
# every entity whatever came first (2.3 ms for 536 entities, so seconds at 500k).  What an
# entity hit shows comes in the same query (a second one by id cost 1.9 ms at 100k).
_NEAR_ENTITIES_SQL = """
SELECT id, coalesce(articles, 0) AS articles, search_text, name, type, aliases, roles FROM entities
WHERE list_bool_and(list_transform(?::VARCHAR[], lambda w: contains(search_text, w)))
ORDER BY id
"""
_BY_ID_SQL = ("SELECT id, coalesce(articles, 0) AS articles, search_text, name, type, aliases, roles FROM entities "
              "WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id")
_TOKEN = re.compile(r"[^\W_]{2,}")  # the query's tokens (`query_terms`)


def _entities(store: Store, terms: list[str]) -> list[dict[str, Any]]:
    """The entities whose name or an alias holds every query term as a token (the index's
    tokens: runs of 2+ letters or digits of folded text): id, articles (the number naming it),
    name, type, aliases, roles; the most named first."""
    wanted = set(terms)
    texts = entity_texts(store)
    if texts is None:
        near = store.rows(_NEAR_ENTITIES_SQL, [terms])
    else:  # the server's: the test over texts read once per connection, then only the hits read
        # One term at a time over the texts still in: a generator per entity (`all(...)`) was
        # 1.3 ms of a search over 466 entities at 100k, for the few that hold a term.
        held = [(i, text) for i, text, _ in texts if text is not None]
        for w in terms:
            held = [(i, text) for i, text in held if w in text]
        ids = [i for i, text in held if wanted <= set(_TOKEN.findall(text))]
        records = entity_records(store)  # read once per connection too (a statement: 4.1-4.5 ms)
        near = [dict(records[i]) for i in sorted(ids) if i in records] if records is not None else (
            store.rows(_BY_ID_SQL, [ids]) if ids else [])
    found = [e for e in near if wanted <= set(_TOKEN.findall(e["search_text"] or ""))]
    return sorted(found, key=lambda e: (-e["articles"], e["id"]))


# Ranking.  The postings of the query terms (and the mentions of the matching entities) are read
# as arrays and summed per document with numpy: documents are numbers (`search_docs.doc`), so a
# sum per document is a `bincount`.  In SQL it was a hash aggregate, whose cost per row made it
# most of a search at 100k articles (ranking two common words 9.6 ms, 6.8 this way; with an
# entity's 26k articles 17.9 ms, 11.5 this way).  BM25: k1 = K1, b = B, idf = ln(1 + (n - df + 0.5)
# / (df + 0.5)), with n and the mean length kept with the index (`search_stats`).
# (Tried and not kept: a second statement that reads the terms' numbers first and then their
# postings by an IN list of those numbers, 2.6 against 5.0 ms of CPU for the statement alone, two
# common terms of a synthetic 100k index, but within the noise for the whole ranking.)
# Kept (perf32): one statement whose subquery looks the terms up in the vocabulary by an IN list
# of values, one placeholder each, instead of `list_contains` on a list parameter: 2.7 -> 2.4 ms
# of CPU for two terms on the replicated 100k store, within the noise on a 40k synthetic index
# (review rev30c); the same rows either way.
_POSTINGS_SQL = ("SELECT tid, doc, tf, length FROM search_postings "
                 "WHERE tid IN (SELECT tid FROM search_vocab WHERE term IN ({}))")
# Where facts are kept (the server's readers), the terms, their postings, the entities' mentions
# and each document's article are arrays in memory (`veille.store.search_memory`, perf40), kept
# while the store file is unchanged (`store/kept.lasting`): a search runs no statement for its
# candidates, only the page's articles' (perf39: a statement cost 1-2 ms whatever it read, and a
# search ran 2.5-3). perf37-perf39 kept each term's number per connection and read its postings by
# number (`_POSTINGS_BY_TID_SQL`, cheaper than the semi-join above: 2.6/3.0 against 2.6-3.0/3.2-4.2
# ms CPU p50/mean), which this replaces; the one statement above is the path where no facts are
# kept (the CLI).


def _memory(store: Store) -> SearchMemory | None:
    """The index's candidates in memory where facts are kept (the server's readers), else None."""
    if store.facts is None:
        return None
    return lasting(store, "search memory", lambda: search_memory.load(store.con))


def _stats(store: Store) -> tuple[float, float]:
    return lasting(store, "search stats", lambda: search_stats(store.con))


def _postings(store: Store, terms: list[str]) -> dict[str, Any]:
    """The postings of `terms` as arrays (tid, doc, tf, length): from memory where facts are kept
    (the terms in ascending number, each document's postings in the order the store keeps them:
    `search_memory`), else by the statement, in the index's storage order."""
    memory = _memory(store)
    if memory is None:
        return store.con.execute(_POSTINGS_SQL.format(", ".join("?" * len(terms))), terms).fetchnumpy()
    return memory.postings(terms)


# One placeholder per entity: DuckDB reads an IN list of values as a filter on the scan (2.2 ms for
# ten entities' 26k rows at 100k), a list parameter unnested as a join (3.1 ms).
_MENTIONS_SQL = "SELECT doc, mentions FROM entity_docs WHERE entity IN ({})"


def _weights(idf: Any, tf: Any, length: Any, avgdl: float) -> Any:
    """BM25 per posting, one computation for every path (so that they rank to the same float):
    idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgdl)), each operation in that order
    on the same operands (IEEE + and * commute exactly), in place in two arrays (perf38): the
    expression's nine temporaries of a posting each were fresh memory to fault in, 1.4 ms for two
    common terms' 77k postings at 100k."""
    tf = tf.astype(np.float64)
    den = np.multiply(length, B, dtype=np.float64)
    den /= avgdl
    den += 1 - B
    den *= K1
    den += tf
    tf *= idf
    tf *= K1 + 1
    tf /= den
    return tf


# A one-term search without an entity hit: the term's postings in impact order (`search_index`,
# migration 19), the first `want` of the sorted part and every posting appended since.  DuckDB
# reads the sorted part in storage order and stops at the LIMIT; the tail by the zone maps on doc.
_TERM_SQL = "SELECT tid, df FROM search_vocab WHERE term = ?"
_BEST_SQL = "SELECT doc, tf, length FROM search_postings WHERE tid = $1 AND doc <= $2 LIMIT $3"
# The first read with the tail in the same statement (a statement costs ~0.9 ms at 100k even when
# it reads nothing: 1.8 ms for both against 2.4); `part` 0 the sorted part's rows, 1 the tail's.
_BEST_AND_TAIL_SQL = ("SELECT 0 AS part, * FROM (SELECT doc, tf, length FROM search_postings WHERE tid = $1 AND "
                      "doc <= $2 LIMIT $3) UNION ALL "
                      "SELECT 1 AS part, doc, tf, length FROM search_postings WHERE tid = $1 AND doc > $2")
_MARGIN = 1e-9  # relative: the sort's weights were computed in SQL, the bound's here
# Postings read first: one vector of DuckDB's (2,048 rows, its unit of reading), which costs what
# 64 rows cost (0.78 ms at 100k either way); 64 left a page of 20 short whenever its weights tie
# (a replicated store's copies, common lengths) and each read after cost a statement (perf32).
_FIRST_READ = 2048


def _one_term(store: Store, term: str, want: int) -> tuple[int, Any, Any] | None:
    """(total, documents, scores) holding every document of the first `want` by (score, document)
    of a one-term search, read from the postings in impact order, or None when the store has no
    sorted part.  The total is the term's document frequency (one posting per document)."""
    sorted_to, sorted_at = lasting(store, "search impacts", lambda: impacts_state(store.con))
    if sorted_to <= 0:
        return None
    memory = _memory(store)
    row = memory.term(term) if memory is not None else store.con.execute(_TERM_SQL, [term]).fetchone()
    if row is None:
        return 0, np.zeros(0, np.int64), np.zeros(0)
    tid, df = int(row[0]), int(row[1])
    n, avgdl = _stats(store)
    idf = np.log1p((n - np.int64(df) + 0.5) / (np.int64(df) + 0.5))
    if memory is not None:  # every posting of the term, scored: the page's documents among them (perf40)
        a, b = int(memory.starts[tid]), int(memory.starts[tid + 1])
        return df, memory.doc[a:b].astype(np.int64), _weights(idf, memory.tf[a:b], memory.length[a:b], avgdl)
    # Each unread posting weighs at most the last read one's sorted weight times this.
    drift = max(1.0, avgdl / sorted_at) * (1 + _MARGIN)
    limit = max(2 * want, _FIRST_READ)
    # The tail (postings appended since the sort) is read with the first read whatever the
    # document count says: numbering need not stay gapless for the read to be right.
    tail: dict[str, Any] = {"doc": np.zeros(0, np.int32), "tf": np.zeros(0, np.int32),
                            "length": np.zeros(0, np.int32)}
    first = True
    while True:
        if first:  # the tail, read once, with the first read of the sorted part
            both = store.con.execute(_BEST_AND_TAIL_SQL, [tid, sorted_to, limit]).fetchnumpy()
            is_tail = both["part"] == 1
            tail = {k: both[k][is_tail] for k in ("doc", "tf", "length")}
            best = {k: both[k][~is_tail] for k in ("doc", "tf", "length")}
            first = False
        else:
            best = store.con.execute(_BEST_SQL, [tid, sorted_to, limit]).fetchnumpy()
        docs = np.concatenate([best["doc"], tail["doc"]]).astype(np.int64)
        scores = _weights(idf, np.concatenate([best["tf"], tail["tf"]]),
                          np.concatenate([best["length"], tail["length"]]), avgdl)
        if len(best["doc"]) < limit or len(docs) < want:
            return df, docs, scores  # the whole term read
        # The read's lowest sorted weight (its last row's; a minimum needs no row order kept).
        bound = float(_weights(idf, best["tf"], best["length"], sorted_at).min()) * drift
        kth = np.partition(scores, len(scores) - want)[len(scores) - want]  # the want-th best score
        if kth > bound:  # every unread document scores below the page's last
            return df, docs, scores
        limit *= 4


# A query of several terms, or matching an entity, reads every posting of its terms (`_ranked`):
# its rank is by terms held first, and its exact total is the size of a union.  A top-k for it (the
# rarest term's postings read whole, the other terms' only for its documents) was measured slower
# on synthetic indexes of 10k-100k documents (2.1-2.6x the CPU) and lives in its benchmark,
# benchmarks/bench_search_topk.py, which measures it against this path on one store.


def _ranked(store: Store, terms: list[str], entity_ids: list[str], want: int) -> tuple[int, Any, Any, Any]:
    """(total, documents, terms held, score): the number of documents holding a query term or
    mentioning a matching entity, and those of them that can be among the first `want` by
    (terms held, score, document), ties with the last one kept; a mention counts as one more
    term held and adds ln(1 + mentions)."""
    cols = _postings(store, terms)
    docs, parts = [cols["doc"].astype(np.int64)], []
    memory = _memory(store)
    if len(docs[0]):
        n, avgdl = _stats(store)
        if memory is not None:  # each term's df is its postings' count: its idf repeated over them
            counts = memory.counts(terms)  # (a bincount of every posting's term, then a gather: 0.25 ms)
            df = counts.astype(np.int64)
            idf = np.repeat(np.log1p((n - df + 0.5) / (df + 0.5)), counts)
        else:
            df = np.bincount(cols["tid"])  # one posting per (term, document): a term's postings are its df
            idf = np.log1p((n - df + 0.5) / (df + 0.5))[cols["tid"]]
        parts.append(_weights(idf, cols["tf"], cols["length"], avgdl))
    else:
        docs, parts = [], []
    mentioned = (None if not entity_ids else memory.mentions(entity_ids) if memory is not None else
                 store.con.execute(_MENTIONS_SQL.format(", ".join("?" * len(entity_ids))), entity_ids).fetchnumpy())
    ends = [int(d.max()) + 1 for d in docs]
    if mentioned is not None and len(mentioned["doc"]):
        ends.append(int(mentioned["doc"].max()) + 1)
    size = max(ends, default=1)
    # The postings' sums as bincount gives them (zeros plus them was two more arrays to fault in).
    held = np.bincount(docs[0], minlength=size) if docs else np.zeros(size, np.int64)
    score = np.bincount(docs[0], weights=parts[0], minlength=size) if docs else np.zeros(size)
    if mentioned is not None and len(mentioned["doc"]):
        mentions = np.bincount(mentioned["doc"].astype(np.int64), weights=mentioned["mentions"].astype(np.float64),
                               minlength=size)
        held += mentions > 0
        score += np.log1p(mentions)
    total = int(np.count_nonzero(held))
    least = 1
    if want < total:  # the page is among the documents holding the most terms (perf32):
        # `least` is the largest count of terms held by at least `want` documents or more, so
        # fewer than `want` documents hold more than it and none holding fewer can be on the page.
        # Counted from the most terms held down, one pass a count (a query holds few terms; the
        # histogram of every document's count was 0.2 ms at 100k): the first count reaching
        # `want` (at the latest 1's: `total` documents hold at least one).
        least = int(held.max())
        while least > 1 and np.count_nonzero(held >= least) < want:
            least -= 1
    hits = np.flatnonzero(held >= least)
    held, score = held[hits], score[hits]
    if want < len(hits):  # only the candidates for the page (ties with the last one kept) are sorted
        key = held.astype(np.float64)  # held * (max + 1) + score, in place (one array less)
        key *= float(score.max()) + 1.0
        key += score
        keep = key >= np.partition(key, len(hits) - want)[len(hits) - want]
        hits, held, score = hits[keep], held[keep], score[keep]
    return total, hits, held, score


def _articles(store: Store, terms: list[str], entity_ids: list[str], limit: int,
              offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total, the page's ranked articles: doc, score): by terms held, then score, then document
    number (the earlier indexed first)."""
    want = offset + limit
    one = _one_term(store, terms[0], want) if len(terms) == 1 and not entity_ids else None
    if one is not None:  # every document held one term: the order is by score, then document
        total, hits, score = one
        if want < len(hits):  # only the candidates (scores from the want-th best, ties kept) are sorted
            keep = score >= np.partition(score, len(hits) - want)[len(hits) - want]
            hits, score = hits[keep], score[keep]
        order = np.lexsort((hits, -score))[offset:offset + limit]
        return total, [{"doc": int(hits[i]), "score": float(score[i])} for i in order]
    total, hits, held, score = _ranked(store, terms, entity_ids, want)
    order = np.lexsort((hits, -score, -held))[offset:offset + limit]
    return total, [{"doc": int(hits[i]), "score": float(score[i])} for i in order]


def _hits(store: Store, terms: list[str], limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total, the page's hits: kind, score, and the entity's record or the article's document
    number): the matching entities first, by the number of articles naming them, then the
    articles by rank."""
    entities = _entities(store, terms)
    page = [{"kind": "entity", "score": float(e["articles"]), "entity": e} for e in entities[offset:offset + limit]]
    wanted = limit - len(page)
    # Even when the entities fill the page, the articles' total is part of the answer's.
    total, arts = _articles(store, terms, [e["id"] for e in entities], max(wanted, 1),
                            max(0, offset - len(entities)))
    return len(entities) + total, page + [{"kind": "article", **a} for a in arts[:wanted]]


_PAGE_BY_DOC_SQL = (f"SELECT d.doc, a.id, {PAGE_COLUMNS} FROM search_docs d "
                    "JOIN articles a ON a.id = d.article WHERE d.doc IN (SELECT unnest(?::INTEGER[]))")


def _page_articles(store: Store, docs: list[int]) -> dict[int, dict[str, Any]]:
    """Document number -> what a hit shows of its article (doc, id, title shown, body, published,
    story). Where facts are kept (the server) from memory, `search_pages` (api44: the page's
    statement by the 20 ids, 1.9 ms at 100k, was most of a search; perf40 read it by id, 3.5 ->
    2.3 ms, before that through `search_docs`); elsewhere (the CLI) by its statement."""
    if not docs:
        return {}
    if store.facts is None or not store.search_pages:
        return {r["doc"]: r for r in store.rows(_PAGE_BY_DOC_SQL, [docs])}
    pages = lasting_from(store, "search pages", lambda previous: search_pages.load(store.con, previous))
    return pages.page(docs)


def search(store: Store, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """`{"total", "items"}` for the query `q`: entities whose name matches, then articles by rank.

    Items: `kind` ("article" or "entity"), `id`, `title` (an article's title or an entity's
    name), `snippet` (text around the first hit, with `highlights`: [start, end] offsets of
    the query terms in it), `score` (BM25 plus the entity bonus for articles; for entities,
    the number of articles mentioning them); articles add `published` and `story`, entities
    `type`.  The query only ever travels as a bound parameter."""
    terms = query_terms(q)
    if not terms:
        return {"total": 0, "items": []}
    total, rows = _hits(store, terms, limit, offset)
    arts = _page_articles(store, [r["doc"] for r in rows if r["kind"] == "article"])
    items: list[dict[str, Any]] = []
    for r in rows:
        if r["kind"] == "article":
            a = arts[r["doc"]]
            snippet, marks = snippet_of(a["body"], terms)
            items.append({"kind": "article", "id": a["id"], "title": a["title"],
                          "snippet": snippet, "highlights": marks, "score": round(float(r["score"]), 4),
                          "published": a["published"], "story": a["story"]})
        else:
            e = r["entity"]
            text = " · ".join([e["type"], *(e["aliases"] or []), *(x["title"] for x in e["roles"] or [])])
            snippet, marks = snippet_of(text, terms)
            items.append({"kind": "entity", "id": e["id"], "title": e["name"], "snippet": snippet,
                          "highlights": marks, "score": float(r["score"]), "type": e["type"]})
    return {"total": total, "items": items}

