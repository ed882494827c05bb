"""The corpus steps read articles without raw text and write back only what they changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from veille.config import Config
from veille.corpus_steps import full
from veille.model import Article, Mention, Removed
from veille.pipeline import Context
from veille.runner import corpus
from veille.store.corpus import StoreCorpus
from veille.store.db import Store

BODIES = [
    "Le ministre malien des Affaires étrangères a rencontré son homologue russe à Moscou.",
    "Le ministre malien des Affaires étrangères s'est rendu à Moscou pour rencontrer son homologue.",
    "La saison des pluies a commencé tôt cette année dans le sud du pays, selon les agronomes.",
]


def _article(i: int, body: str) -> Article:
    return Article(id=f"a{i}", source=f"{i}.txt", raw=f"TITRE {i}\n\n{body}\n\nLire aussi : autre chose",
                   body=body, published=f"2025-04-0{i + 1}", published_how="metadata", lang="fr",
                   removed=[Removed("Lire aussi : autre chose", "related", 0, 10)], meta={"feed": "x"},
                   mentions=[Mention(body.index("Moscou"), body.index("Moscou") + 6, "Moscou", "LOC",
                                     entity="Q649")] if "Moscou" in body else [],
                   stages=["clean@1", "dedup@1"])


def test_corpus_steps_keep_raw_and_rewrite_only_changed_articles(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(tmp_path / "c.duckdb") as store:
        store.write_batch([_article(i, b) for i, b in enumerate(BODIES)], [], "run1")
        ctx = Context(config=Config(), corpus=StoreCorpus(store))
        written: list[list[str]] = []
        original = store.write_corpus

        def spy(articles: Any, *rest: Any, **kw: Any) -> None:
            written.append([a.id for a in articles])
            original(articles, *rest, **kw)
        monkeypatch.setattr(store, "write_corpus", spy)
        assert corpus(store, ctx) == []
        assert corpus(store, ctx) == []  # the same corpus again: nothing to rewrite
        assert full(store, ctx) and corpus(store, ctx) == []  # nor over the whole store
        back = {a.id: a for a in store.iter_articles()}
    assert sorted(written[0]) == ["a0", "a1", "a2"]  # each got a story
    assert len(written) == 2 and written[1] == []  # the incremental pass had nothing new
    for i, body in enumerate(BODIES):
        stored = back[f"a{i}"]
        assert stored.raw == _article(i, body).raw
        assert stored.removed == _article(i, body).removed and stored.meta == {"feed": "x"}
        assert stored.story and stored.body == body
    assert back["a0"].story == back["a1"].story != back["a2"].story
