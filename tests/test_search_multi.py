"""Searches of several terms: the ranking (terms held, then BM25, then document number) and the
exact total checked against BM25 computed here from the articles' texts; and the top-k of their
benchmark (benchmarks/bench_search_topk.py, measured slower, not in veille) against reading every
posting, its total exact for two terms and a lower bound it says it is for more."""

from __future__ import annotations

import math
import random
import re
from typing import Any

import pytest

from conftest import load_script
from veille.api import Dossier
from veille.dossier import search
from veille.model import Article, article_id
from veille.store.db import Store
from veille.store.search_index import cluster, fold

WORDS = ["niger", "mali", "accord", "sahel", "pluie", "moscou", "vent", "mil"]
QUERIES = ["niger mali", "Accord Sahel", "pluie vent mil", "niger inconnu", "mali mali accord",
           "moscou niger sahel vent", "inconnu absent"]
PAGES = ((20, 0), (1, 0), (3, 2), (5, 17), (50, 0), (10, 300))


def _article(rng: random.Random, i: int) -> Article:
    words = [w for w in WORDS for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 5]))]
    words += ["remplissage"] * rng.randint(1, 120)
    rng.shuffle(words)
    body = " ".join(words) + "."
    source = f"{i}.txt"
    return Article(id=article_id(source, body), source=source, raw=body, body=body, title=None, fmt="txt")


def _store(n: int, tail: int) -> tuple[Store, list[Article]]:
    rng = random.Random(22)
    arts = [_article(rng, i) for i in range(n)]
    store = Store.open(":memory:")
    store.write_batch(arts, [], "r1")
    with store.transaction():
        cluster(store.con)
    more = [_article(rng, 1000 + i) for i in range(tail)]
    if more:
        store.write_batch(more, [], "r2")  # postings appended after the sort
    return store, arts + more


def _bm25(arts: list[Article], q: str) -> list[tuple[str, int, float]]:
    """(article id, terms held, score) of every article holding a query term, in rank order,
    from the texts alone (the index's tokens: runs of 2+ letters or digits, folded)."""
    docs = [re.findall(r"[^\W_]{2,}", fold(f" {a.body}")) for a in arts]
    terms = list(dict.fromkeys(re.findall(r"[^\W_]{2,}", fold(q))))
    n, avgdl = len(docs), sum(map(len, docs)) / len(docs)
    df = {t: sum(1 for d in docs if t in d) for t in terms}
    out = []
    for number, (a, d) in enumerate(zip(arts, docs, strict=True)):
        held = [t for t in terms if t in d]
        if not held:
            continue
        score = 0.0
        for t in held:
            tf = d.count(t)
            idf = math.log1p((n - df[t] + 0.5) / (df[t] + 0.5))
            score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len(d) / avgdl))
        out.append((a.id, len(held), score, number))
    out.sort(key=lambda r: (-r[1], -r[2], r[3]))
    return [(i, h, s) for i, h, s, _ in out]


@pytest.mark.parametrize("tail", [0, 30])
def test_searches_of_several_terms_rank_and_count_as_bm25_over_the_texts(tail: int) -> None:
    store, arts = _store(150, tail)
    d = Dossier(store)
    for q in QUERIES:
        expected = _bm25(arts, q)
        for limit, offset in PAGES:
            got = d.search(q, limit=limit, offset=offset)
            assert got["total"] == len(expected), q
            page = expected[offset:offset + limit]
            assert [i["id"] for i in got["items"]] == [e[0] for e in page], (q, limit, offset)
            assert [i["score"] for i in got["items"]] == pytest.approx([e[2] for e in page], abs=1e-3)
    assert any(len(_bm25(arts, q)) > 50 for q in QUERIES)
    store.close()


def _pages(store: Store, top_k: bool) -> dict[tuple[Any, ...], Any]:
    out = {}
    for q in QUERIES:
        terms = search.query_terms(q)
        for limit, offset in PAGES:
            if top_k:  # every query tries the top-k: no posting count is too few
                total, page, exact = bench.top_k_articles(store, terms, limit, offset, full_read_max=0)
            else:
                total, page, exact = (*search._articles(store, terms, [], limit, offset), True)
            out[(q, limit, offset)] = (total, [(r["doc"], round(r["score"], 9)) for r in page], exact)
    return out


bench = load_script("benchmarks/bench_search_topk.py")


@pytest.mark.parametrize("tail", [0, 30])
def test_top_k_answers_as_reading_every_posting(tail: int, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = _store(150, tail)
    calls: list[Any] = []
    top_k = bench.top_k
    monkeypatch.setattr(bench, "top_k", lambda *a: calls.append(r := top_k(*a)) or r)
    got = _pages(store, True)
    answered = [c for c in calls if c is not None]
    assert answered and any(not c[1] for c in answered) and any(c[1] for c in answered)
    assert any(c is None for c in calls)  # fewer documents hold every term than the page needs
    expected = _pages(store, False)
    for key, (total, page, exact) in expected.items():
        assert exact
        assert got[key][1] == page, key
        if got[key][2]:
            assert got[key][0] == total, key
        else:  # a lower bound, and one a page of the ranking can show
            assert len(search.query_terms(key[0])) > 2 and page and 0 < got[key][0] <= total, key
    store.close()
