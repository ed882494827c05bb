#!/usr/bin/env python3
"""The headline counterfactual (events@66, cln44): each French page with a title in kept stores, run through nlp,
entities, time and events as cleaned and again with its title put back on top of the body and no title; prints
the pages whose events (type and sides) differ. Held-out pages (a pool index's `heldout` column) and eval/news's
test rows are skipped by id before any article is read.

    PYTHONPATH=src .venv/bin/python tools/headline_counterfactual.py STORE INDEX.tsv [STORE INDEX.tsv ...]

(e.g. a `--keep` run's `dev/store.duckdb` with eval/news/index.tsv, an events_pool `--keep` store with
eval/events_pool/index.tsv). Measured: 8 of 41 pages differ on main df6bbe4a, 3 with events@66.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from veille.model import Article  # noqa: E402
from veille.pipeline import Context  # noqa: E402
from veille.stages.entities import entities_batch  # noqa: E402
from veille.stages.events import events_batch  # noqa: E402
from veille.stages.nlp import nlp_batch  # noqa: E402
from veille.stages.time import time_batch  # noqa: E402
from veille.store.db import Store  # noqa: E402

Shape = list[tuple[str, tuple[str, ...], tuple[str, ...]]]


def hidden(index: Path) -> set[str]:
    """The index's held-out pages and eval/news's test rows: never read."""
    with index.open(encoding="utf-8") as f:
        return {row["file"] for row in csv.DictReader(f, delimiter="\t")
                if row.get("heldout", "no") != "no" or row.get("split", "dev") != "dev"}


def _copy(a: Article, title: str | None, body: str) -> Article:
    return Article(id=a.id, source=a.source, raw=a.raw, url=a.url, title=title, outlet=a.outlet,
                   published=a.published, published_how=a.published_how, lang=a.lang, body=body)


def _shape(a: Article) -> Shape:
    return sorted((e.type, tuple(sorted(e.source)), tuple(sorted(e.target))) for e in a.events)


def main(argv: list[str]) -> None:
    ctx = Context()
    out: dict[str, tuple[Shape, Shape]] = {}
    for store_path, index in zip(argv[0::2], argv[1::2], strict=True):
        held = hidden(Path(index))
        store = Store.open(Path(store_path))
        arts = [a for a in store.iter_articles() if Path(a.source or "").name not in held
                and a.lang == "fr" and (a.title or "").strip()]
        store.close()
        cut = [_copy(a, a.title, a.body) for a in arts]
        kept = [_copy(a, None, (a.title or "").strip() + "\n" + a.body) for a in arts]
        for batch in (cut, kept):
            stages: tuple[Any, ...] = (nlp_batch, entities_batch, time_batch, events_batch)
            for stage in stages:
                stage(batch, ctx)
        for a, b in zip(cut, kept, strict=True):
            out[Path(a.source).name] = (_shape(a), _shape(b))
    differ = {k: v for k, v in sorted(out.items()) if v[0] != v[1]}
    print(f"{len(out)} French titled pages, events differ on {len(differ)}")
    for name, (title, body) in differ.items():
        print(name, "\n   as title:", sorted(set(title) - set(body)), "\n   in body: ", sorted(set(body) - set(title)))


if __name__ == "__main__":
    main(sys.argv[1:])
