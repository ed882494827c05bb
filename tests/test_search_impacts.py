"""A one-term search reads its term's postings in impact order and stops early (`search._one_term`,
migration 19); its answers equal those of reading every posting (`search._ranked`): every term,
page edge and offset past the end, with postings appended after the sort (a tail) whose documents
move the mean length up or down, and the first read as small as one posting."""

from __future__ import annotations

import random
from itertools import pairwise
from typing import Any

import pytest

from veille.api import Dossier
from veille.dossier import search
from veille.model import Article, article_id
from veille.store.db import Store
from veille.store.search_index import IMPACTS_KEY, cluster

WORDS = ["niger", "mali", "accord", "sahel", "pluie", "moscou", "vent", "mil"]


def _article(rng: random.Random, i: int, scale: int) -> Article:
    """An article of a few to many words, each query word repeated 0-4 times (ties included)."""
    words = [w for w in WORDS for _ in range(rng.choice([0, 0, 1, 1, 2, 4, 8]))]
    words += ["remplissage"] * rng.randint(1, 200) * scale
    rng.shuffle(words)
    body = " ".join(words) + "."
    source = f"{i}.txt"
    return Article(id=article_id(source, body), source=source, raw=body, body=body, title=None, fmt="txt")


def _answers(d: Dossier) -> dict[tuple[Any, ...], Any]:
    out = {}
    for q in [*WORDS, "inconnu", "remplissage"]:
        for limit, offset in ((20, 0), (1, 0), (3, 2), (5, 17), (50, 0), (10, 300)):
            out[(q, limit, offset)] = d.search(q, limit=limit, offset=offset)
    return out


@pytest.mark.parametrize("tail_scale", [0, 1, 3])  # appended documents shorter, alike, longer
def test_one_term_search_in_impact_order_answers_as_reading_every_posting(tail_scale: int,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(19)
    store = Store.open(":memory:")
    store.write_batch([_article(rng, i, 1) for i in range(160)], [], "r1")
    with store.transaction():
        cluster(store.con)  # sorted by impact at this mean length
    store.write_batch([_article(rng, 1000 + i, tail_scale) for i in range(25)], [], "r2")  # the tail
    state = store.con.execute("SELECT value FROM corpus_state WHERE key = ?", [IMPACTS_KEY]).fetchone()
    assert state and int(state[0].split()[0]) == 160
    d = Dossier(store)
    calls: list[int] = []
    one_term = search._one_term
    monkeypatch.setattr(search, "_one_term", lambda *a: calls.append(1) or one_term(*a))
    monkeypatch.setattr(search, "_FIRST_READ", 1)  # a first read too small: the bound must ask for more
    got = _answers(d)
    assert calls  # the impact path answered
    monkeypatch.setattr(search, "_one_term", lambda *a: None)  # every posting read
    expected = _answers(d)
    assert any(len(a["items"]) == 20 for a in expected.values())
    for key, answer in expected.items():
        assert got[key] == answer, key
    store.close()


def test_cluster_sorts_each_term_s_postings_by_impact() -> None:
    rng = random.Random(5)
    store = Store.open(":memory:")
    store.write_batch([_article(rng, i, 2) for i in range(40)], [], "r1")
    with store.transaction():
        cluster(store.con)
    rows = store.con.execute("SELECT tid, tf, length FROM search_postings ORDER BY rowid").fetchall()
    avgdl = float(store.con.execute("SELECT value FROM corpus_state WHERE key = ?",
                                    [IMPACTS_KEY]).fetchone()[0].split()[1])  # type: ignore[index]
    keys = [(tid, -tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / avgdl))) for tid, tf, length in rows]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    assert all(a[1] <= b[1] + 1e-12 for a, b in pairwise(keys) if a[0] == b[0])
    assert len({tf for _, tf, _ in rows}) > 2 and len({length for _, _, length in rows}) > 5
    store.close()


def test_postings_appended_after_the_sort_raise_the_bound_of_those_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sorted at a short mean length, a long article repeating the term weighs less than a short
    one naming it once; long articles appended since raise the mean, and with it the long one's
    weight above the short one's: the first read (the two short ones) must not end the search."""
    def art(source: str, body: str) -> Article:
        return Article(id=article_id(source, body), source=source, raw=body, body=body, title=None, fmt="txt")

    store = Store.open(":memory:")
    store.write_batch([art("a.txt", "niger"), art("c.txt", "niger xx"), art("b.txt", "niger " * 8 + "xx " * 300),
                       *(art(f"d{i}.txt", f"autre yy{i}") for i in range(7))], [], "r1")
    with store.transaction():
        cluster(store.con)
    store.write_batch([art(f"t{i}.txt", "zz " * 3000 + str(i)) for i in range(20)], [], "r2")
    monkeypatch.setattr(search, "_FIRST_READ", 1)
    top = Dossier(store).search("niger", limit=1)
    assert top["total"] == 3 and [i["title"] for i in top["items"]] == ["b.txt"]
    store.close()
