"""The clean stage on the five seed articles, measured by the shared scorer's `clean` section.

Until `veille export` exists this test writes the articles.jsonl export itself (the export
contract in ../shared/gold/README.md) and runs ../shared/tools/score.py on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import shared_path
from veille.model import Article
from veille.stages.clean import clean_batch


def _export(articles: list[Article], folder: Path) -> None:
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as out:
        for a in articles:
            record = {"id": a.id, "source": a.source, "title": a.title, "outlet": a.outlet,
                      "published": a.published, "published_how": a.published_how, "lang": a.lang,
                      "body": a.body, "removed": [{"text": r.text, "kind": r.kind} for r in a.removed],
                      "duplicate_of": None, "story": None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_seed_cleaning_scores(ctx: Any, tmp_path: Path) -> None:
    seeds = shared_path("seeds")
    gold = shared_path("gold", "seeds.json")
    scorer = shared_path("tools", "score.py")
    articles = [Article(id=p.stem, source=p.name, raw=p.read_text(encoding="utf-8"))
                for p in sorted(seeds.glob("*.txt"))]
    assert len(articles) == 5
    clean_batch(articles, ctx)
    _export(articles, tmp_path)
    result = subprocess.run([sys.executable, str(scorer), "--export", str(tmp_path), "--gold", str(gold),
                             "--articles", str(seeds), "--json"],
                            capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)["clean"]
    assert scores["missing_docs"] == []
    assert scores["removal"]["f1"] == 1.0, scores
    assert scores["title_acc"] == 1.0, scores


def test_seed_bodies_keep_sub_headings_and_offsets(ctx: Any) -> None:
    seeds = shared_path("seeds")
    for path in sorted(seeds.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        article = Article(id=path.stem, source=path.name, raw=raw)
        clean_batch([article], ctx)
        for cut in article.removed:
            assert raw[cut.start:cut.end] == cut.text
            assert cut.text not in article.body.splitlines()
        assert all(line.strip() for line in article.body.splitlines())
