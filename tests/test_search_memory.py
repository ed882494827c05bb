"""The search index's candidates in the server's memory (perf40, `veille.store.search_memory`) and
what the server keeps across connections (`Store.lasting`, `Readers`): answers equal to the
statements', kept while the store file is unchanged and rebuilt after a write (which changes the
answer), each document's postings in the order the store keeps them."""

from __future__ import annotations

import random
import time
from pathlib import Path

import numpy as np

from veille.dossier import search
from veille.model import Article, article_id
from veille.server.readers import Readers
from veille.store.db import Store
from veille.store.search_index import cluster
from veille.store.search_memory import load

WORDS = ["niger", "mali", "accord", "sahel", "pluie", "vent", "bamako", "niamey"]
QUERIES = ["niger mali", "pluie vent sahel", "accord", "niger inconnu", "inconnu", "mali sahel accord vent",
           "bamako", "niamey pluie", "Niger, MALI et Sahel !", "vent vent"]
PAGES = ((20, 0), (1, 0), (3, 2), (5, 17), (50, 0), (10, 300))


def _articles(seed: int, count: int, start: int = 0) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(start, start + count):
        words = [w for w in WORDS for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 4]))]
        words += ["remplissage"] * rng.randint(1, 60)
        rng.shuffle(words)
        body = " ".join(words) + "."
        out.append(Article(id=article_id(f"{i}.txt", body), source=f"{i}.txt", raw=body, body=body, title=None,
                           fmt="txt"))
    return out


def _write(store: Store, arts: list[Article], run: str, *, sort: bool = False) -> None:
    store.write_batch(arts, [], run)
    if sort:
        with store.transaction():
            cluster(store.con)


def test_each_document_s_postings_lie_in_ascending_term_number_in_the_store() -> None:
    """What lets the memory's postings (a term's, then the next term's) sum each document's BM25 in
    the statement's order: in storage order, a document's postings are in ascending term number,
    in the sorted part and in the batches appended after it."""
    store = Store.open(":memory:")
    _write(store, _articles(1, 60), "r1", sort=True)
    _write(store, _articles(2, 40, 60), "r2")
    _write(store, _articles(3, 30, 100), "r3")
    rows = store.con.execute("SELECT doc, tid FROM search_postings ORDER BY rowid").fetchall()
    by_doc: dict[int, list[int]] = {}
    for doc, tid in rows:
        by_doc.setdefault(doc, []).append(tid)
    assert len(by_doc) == 130 and any(len(t) > 2 for t in by_doc.values())
    assert all(t == sorted(t) for t in by_doc.values())
    store.close()


def test_the_memory_holds_every_posting_and_mention_of_the_tables() -> None:
    store = Store.open(":memory:")
    _write(store, _articles(4, 50), "r1", sort=True)
    _write(store, _articles(5, 20, 50), "r2")
    store.con.execute("INSERT INTO entity_docs VALUES ('Q2', 3, 2), ('Q1', 1, 1), ('Q1', 7, 4)")
    memory = load(store.con)
    expected = store.con.execute("SELECT v.term, p.doc, p.tf, p.length FROM search_postings p "
                                 "JOIN search_vocab v USING (tid)").fetchall()
    got = []
    for term, tid in memory.terms.items():
        a, b = int(memory.starts[tid]), int(memory.starts[tid + 1])
        assert b - a == int(memory.df[tid])  # one posting per document: a term's df
        got += [(term, int(d), int(f), int(n)) for d, f, n in
                zip(memory.doc[a:b], memory.tf[a:b], memory.length[a:b], strict=True)]
    assert sorted(got) == sorted(expected)
    assert memory.term("inconnu") is None and memory.term("niger") is not None
    q1 = memory.mentions(["Q1", "absent"])
    assert sorted(zip(q1["doc"].tolist(), q1["mentions"].tolist(), strict=True)) == [(1, 1), (7, 4)]
    assert memory.mentions(["absent"])["doc"].tolist() == []
    assert len(memory.article_of) == 70 and memory.nbytes() > 0
    store.close()


def _readers(db: Path) -> Readers:
    readers = Readers(db, idle_release=0.05)
    readers.WRITER_POLL = 0.01
    return readers


def _answers(readers: Readers) -> dict[tuple[str, int, int], object]:
    with readers.dossier() as d:
        return {(q, limit, offset): d.search(q, limit=limit, offset=offset) for q in QUERIES for limit, offset in PAGES}


def _statement_answers(db: Path) -> dict[tuple[str, int, int], object]:
    with Store.open(db, read_only=True) as store:  # no facts: the statements
        return {(q, limit, offset): search.search(store, q, limit, offset) for q in QUERIES for limit, offset in PAGES}


def _wait_closed(readers: Readers) -> None:
    deadline = time.monotonic() + 5
    while readers.holding() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not readers.holding()


def test_the_server_keeps_the_memory_while_the_file_is_unchanged_and_rebuilds_it_after_a_write(
        tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        _write(store, _articles(6, 80), "r1", sort=True)
        _write(store, _articles(7, 20, 80), "r2")
    readers = _readers(db)
    try:
        before = _answers(readers)
        assert before == _statement_answers(db)
        kept = readers._kept
        assert "search memory" in kept
        _wait_closed(readers)  # the idle connection goes; the file is unchanged
        assert _answers(readers) == before and readers._kept is kept  # the same memory, not read again
        _wait_closed(readers)
        with Store.open(db) as store:  # a write: new articles holding the query terms
            _write(store, [Article(id=article_id("new.txt", b), source="new.txt", raw=b, body=b, title=None,
                                   fmt="txt") for b in ["niger niger mali bamako accord vent sahel pluie."]], "r3")
        after = _answers(readers)
        assert readers._kept is not kept  # dropped with the generation, rebuilt
        assert after == _statement_answers(db)
        changed = [k for k in before if before[k] != after[k]]
        assert ("bamako", 20, 0) in changed and ("niger mali", 1, 0) in changed
    finally:
        readers.close()


def test_the_memory_s_one_term_page_is_the_impact_ordered_read_s(tmp_path: Path) -> None:
    """A one-term search on a sorted store scores every posting of its term from memory; the page
    is the one the impact-ordered read that stops early gives."""
    store = Store.open(":memory:")
    _write(store, _articles(8, 300), "r1", sort=True)
    _write(store, _articles(9, 40, 300), "r2")
    slow = Store(store.con.cursor(), ":memory:", read_only=True)
    fast = Store(store.con.cursor(), ":memory:", read_only=True)
    fast.facts = {}
    for term in [*WORDS, "remplissage", "inconnu"]:
        for limit, offset in PAGES:
            got, want = search._articles(fast, [term], [], limit, offset), search._articles(slow, [term], [], limit, offset)
            assert got == want, (term, limit, offset)
    memory = fast.facts["search memory"]
    assert isinstance(memory.doc, np.ndarray) and memory.doc.dtype == np.int32
    store.close()


def test_the_memory_s_ranking_of_several_terms_is_the_statement_s_at_every_page_edge() -> None:
    """api42: the memory's idf comes from each term's postings count (`SearchMemory.counts`), and
    the least number of terms a page's documents hold is counted down from the most held: pages
    equal to the statement's path (a bincount of every posting's term) and to the slices of the
    whole ranking (no document cut), on copies that tie (equal bodies score equal)."""
    store = Store.open(":memory:")
    arts = _articles(11, 60)
    copies = [Article(id=article_id(f"c{i}.txt", a.body), source=f"c{i}.txt", raw=a.body, body=a.body, title=None,
                      fmt="txt") for i, a in enumerate(arts[:30])]
    _write(store, arts + copies, "r1", sort=True)
    _write(store, _articles(12, 25, 60), "r2")
    slow = Store(store.con.cursor(), ":memory:", read_only=True)
    fast = Store(store.con.cursor(), ":memory:", read_only=True)
    fast.facts = {}
    memory = load(store.con)
    postings = memory.postings(["niger", "mali", "inconnu", "vent"])
    assert memory.counts(["vent", "inconnu", "niger", "mali"]).tolist() == \
        np.bincount(postings["tid"])[sorted({memory.terms[t] for t in ("niger", "mali", "vent")})].tolist()
    rng = random.Random(3)
    queries = [rng.sample(WORDS, rng.randint(2, 4)) for _ in range(30)] + [["niger", "inconnu"]]
    queries += [[w] for w in WORDS]  # one term: its candidates are the scores from the page's last, ties kept
    for terms in queries:
        total, whole = search._articles(slow, terms, [], 10_000, 0)  # every holder ranked: no cut
        for limit, offset in (*PAGES, (1, total - 1), (7, 30), (1, 44), (2, 45), (40, 0), (30, 20)):
            got, want = search._articles(fast, terms, [], limit, offset), search._articles(slow, terms, [], limit, offset)
            assert got == want == (total, whole[offset:offset + limit]), (terms, limit, offset)
    store.close()
