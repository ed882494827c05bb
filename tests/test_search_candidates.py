"""The ranking of a search of several terms (or with an entity hit) reads its postings by the terms'
IN list and sorts only the documents that can be on the page (perf32): its totals and pages are
checked against an oracle that reads every posting with the former statement (a list parameter
tested with `list_contains`) and sorts every document in Python."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from typing import Any

import pytest

from veille.dossier import search
from veille.model import Article, article_id
from veille.store.db import Store
from veille.store.search_index import K1, B, cluster, query_terms, search_stats

WORDS = ["niger", "mali", "accord", "sahel", "pluie", "vent"]
QUERIES = ["niger mali", "pluie vent sahel", "accord", "niger inconnu", "inconnu absent", "mali sahel accord vent"]
PAGES = ((20, 0), (1, 0), (3, 2), (5, 17), (7, 40), (50, 0), (10, 300))
# Entities and the documents that mention them (doc number -> mentions), written to entity_docs.
ENTITIES = {"Q1": {2: 3, 5: 1, 9: 2, 40: 1, 77: 4}, "Q2": {5: 2, 11: 1, 120: 6}}

_OLD_POSTINGS_SQL = ("SELECT tid, doc, tf, length FROM search_postings "
                     "WHERE tid IN (SELECT tid FROM search_vocab WHERE list_contains(?::VARCHAR[], term))")


def _store() -> Store:
    rng = random.Random(32)
    arts = []
    for i in range(160):
        words = [w for w in WORDS for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 4]))]
        words += ["remplissage"] * rng.randint(1, 90)
        rng.shuffle(words)
        body = " ".join(words) + "."
        arts.append(Article(id=article_id(f"{i}.txt", body), source=f"{i}.txt", raw=body, body=body, title=None,
                            fmt="txt"))
    store = Store.open(":memory:")
    store.write_batch(arts[:120], [], "r1")
    with store.transaction():
        cluster(store.con)
    store.write_batch(arts[120:], [], "r2")  # postings appended after the sort
    for entity, docs in ENTITIES.items():
        for doc, mentions in docs.items():
            store.con.execute("INSERT INTO entity_docs VALUES (?, ?, ?)", [entity, doc, mentions])
    return store


def _oracle(store: Store, terms: list[str], entity_ids: list[str]) -> list[tuple[int, int, float]]:
    """(doc, terms held, score) of every matching document, in rank order, from every posting."""
    rows = store.con.execute(_OLD_POSTINGS_SQL, [terms]).fetchall()
    n, avgdl = search_stats(store.con)
    df: dict[int, int] = defaultdict(int)
    for tid, *_ in rows:
        df[tid] += 1
    held: dict[int, int] = defaultdict(int)
    score: dict[int, float] = defaultdict(float)
    for tid, doc, tf, length in rows:
        idf = math.log1p((n - df[tid] + 0.5) / (df[tid] + 0.5))
        held[doc] += 1
        score[doc] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgdl))
    mentions: dict[int, int] = defaultdict(int)
    for entity in entity_ids:
        for doc, m in ENTITIES[entity].items():
            mentions[doc] += m
    for doc, m in mentions.items():
        held[doc] += 1
        score[doc] += math.log1p(m)
    return sorted(((d, held[d], score[d]) for d in held), key=lambda r: (-r[1], -r[2], r[0]))


CASES = [(q, ents) for q in QUERIES for ents in ([], ["Q1"], ["Q1", "Q2"])]


@pytest.mark.parametrize(("q", "entity_ids"), CASES)
def test_pages_and_totals_are_those_of_reading_and_sorting_every_document(q: str, entity_ids: list[str]) -> None:
    store = _store()
    terms = query_terms(q)
    expected = _oracle(store, terms, entity_ids)
    for limit, offset in PAGES:
        total, page = search._articles(store, terms, entity_ids, limit, offset)
        assert total == len(expected), (q, entity_ids)
        want = expected[offset:offset + limit]
        assert [r["doc"] for r in page] == [d for d, _, _ in want], (q, entity_ids, limit, offset)
        assert [r["score"] for r in page] == pytest.approx([s for _, _, s in want], rel=1e-9)
    store.close()


def test_only_the_documents_holding_the_most_terms_are_sorted_when_they_fill_the_page() -> None:
    store = _store()
    terms = query_terms("niger mali")
    expected = _oracle(store, terms, [])
    both = sum(1 for _, h, _ in expected if h == 2)
    assert 3 < both < len(expected) - 3  # the data has both kinds, several of each
    total, hits, held, _ = search._ranked(store, terms, [], 3)
    assert total == len(expected)
    assert set(held.tolist()) == {2} and 3 <= len(hits) <= both
    # A page past the documents holding both terms takes candidates holding one.
    want = both + 2
    total, hits, held, _ = search._ranked(store, terms, [], want)
    top: Any = {d for d, _, _ in expected[:want]}
    assert top <= set(hits.tolist()) and len(hits) < total and set(held.tolist()) == {1, 2}
    store.close()



def test_the_candidates_in_memory_rank_as_the_statement() -> None:
    """Where facts are kept, a search's terms, postings and entity mentions come from the index in
    memory (perf40, `search_memory`; perf37-perf39 kept each term's number per connection): the
    answers are those of the statement for every query and page, terms the index lacks included,
    and the postings those of the statement, each document's in the same order."""
    store = _store()
    slow = Store(store.con.cursor(), ":memory:", read_only=True)
    fast = Store(store.con.cursor(), ":memory:", read_only=True)
    fast.facts = {}
    queries = [*QUERIES, "remplissage pluie", *WORDS, "inconnu", "absent", "remplissage"]
    for q in queries:
        for limit, offset in PAGES:
            assert search.search(fast, q, limit, offset) == search.search(slow, q, limit, offset), q
        for ents in ([], ["Q1"], ["Q1", "Q2"], ["Q2", "absent"]):
            terms = query_terms(q)
            got, want = search._ranked(fast, terms, ents, 20), search._ranked(slow, terms, ents, 20)
            assert got[0] == want[0] and all(a.tolist() == b.tolist() for a, b in zip(got[1:], want[1:], strict=True))
    assert "search memory" in fast.facts  # one index for the connection: no statement for the candidates
    terms = ["niger", "inconnu", "mali", "sahel"]
    got = search._postings(fast, terms)
    want = slow.con.execute(_OLD_POSTINGS_SQL, [terms]).fetchnumpy()
    assert len(got["doc"]) == len(want["doc"]) > 0
    assert sorted(zip(*(got[k].tolist() for k in ("tid", "doc", "tf", "length")), strict=True)) == \
        sorted(zip(*(want[k].tolist() for k in ("tid", "doc", "tf", "length")), strict=True))
    for doc in set(want["doc"].tolist()):  # each document's postings in the statement's order
        assert got["tid"][got["doc"] == doc].tolist() == want["tid"][want["doc"] == doc].tolist()
    assert search._postings(fast, ["inconnu"])["doc"].tolist() == []
