"""A one-term search's first read is one DuckDB vector (`search._FIRST_READ`, 2,048 postings, perf32).
When more than that many postings tie at the top weight, the page's last score equals the last
read weight, so the bound cannot end the search and a second read must follow; and when the mean
length has risen since the sort, postings past the first 2,048 may now outrank every read one.
In both cases the answers must be those of reading every posting (review rev30c's open point)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.api import Dossier
from veille.dossier import search
from veille.model import Article, article_id
from veille.store.db import Store
from veille.store.search_index import cluster

SHORT = 2100  # more tied postings than one first read holds
LONG = 40
PAGES = ((20, 0), (50, 0), (20, 30), (20, 2048), (20, 2100), (5, 2135), (10, 2200))


def _art(source: str, body: str) -> Article:
    return Article(id=article_id(source, body), source=source, raw=body, body=body, title=None, fmt="txt")


def _store() -> Store:
    """2,100 two-word articles naming the term once (equal length and tf: one weight), then 40
    articles of 40 words naming it eight times (a lower weight at this mean length), sorted."""
    store = Store.open(":memory:")
    shorts = [_art(f"s{i}.txt", f"niger a{i:05d}") for i in range(SHORT)]
    longs = [_art(f"l{i}.txt", "niger " * 8 + f"b{i:05d} " + "xx " * 31) for i in range(LONG)]
    store.write_batch(shorts + longs, [], "r1")
    with store.transaction():
        cluster(store.con)
    return store


def _answers(d: Dossier) -> dict[tuple[int, int], Any]:
    return {(limit, offset): d.search("niger", limit=limit, offset=offset) for limit, offset in PAGES}


def _both(store: Store, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[tuple[int, int], Any], dict[tuple[int, int], Any],
                                                                   list[int]]:
    """The answers through the impact path (the real first read) with the number of `_weights`
    calls of each `_one_term` (one for the first read's scores, then one per bound tested and one
    per further read), and the answers of reading every posting."""
    d = Dossier(store)
    counts: list[int] = []
    weights, one_term = search._weights, search._one_term

    def counted_one_term(*a: Any) -> Any:
        counts.append(0)
        return one_term(*a)

    def counted_weights(*a: Any) -> Any:
        counts[-1] += 1
        return weights(*a)

    monkeypatch.setattr(search, "_one_term", counted_one_term)
    monkeypatch.setattr(search, "_weights", counted_weights)
    got = _answers(d)
    monkeypatch.setattr(search, "_one_term", lambda *a: None)  # every posting read
    return got, _answers(d), counts


def test_more_tied_postings_than_the_first_read_go_to_a_second_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert search._FIRST_READ == 2048 < SHORT
    store = _store()
    got, expected, counts = _both(store, monkeypatch)
    assert len(counts) == len(PAGES)
    # The first page: read 2,048, scores tie with the bound, so a second read (3+ weight calls).
    assert counts[0] >= 3
    assert expected[(20, 0)]["total"] == SHORT + LONG
    first = [i["title"] for i in expected[(20, 0)]["items"]]
    assert first == [f"s{i}.txt" for i in range(20)]  # ties by document number: the first indexed
    assert [i["title"] for i in expected[(20, 2100)]["items"]] == [f"l{i}.txt" for i in range(20)]
    for key, answer in expected.items():
        assert got[key] == answer, key
    store.close()


def test_a_risen_mean_lifts_postings_past_the_first_read_above_the_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty articles of 3,001 words appended after the sort raise the mean length from about 2.7
    to about 30: the long articles' eight mentions now outweigh the short ones' one, though every
    long posting sits after the 2,100 tied short ones in the sorted order."""
    store = _store()
    store.write_batch([_art(f"t{i}.txt", "zz " * 3000 + f"t{i:05d}") for i in range(20)], [], "r2")
    got, expected, counts = _both(store, monkeypatch)
    assert counts[0] >= 3
    assert [i["title"] for i in expected[(20, 0)]["items"]] == [f"l{i}.txt" for i in range(20)]
    assert [i["title"] for i in expected[(20, 30)]["items"]] == (
        [f"l{i}.txt" for i in range(30, LONG)] + [f"s{i}.txt" for i in range(10)])
    for key, answer in expected.items():
        assert got[key] == answer, key
    store.close()
