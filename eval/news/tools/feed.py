#!/usr/bin/env python3
"""A split fed as a daily feed: its articles in K consecutive runs into one store, then export
and score.py, as `evaluate.py` does for one run. What the store-backed template signal
(`veille.store.site_lines`) is measured with: a site's pages arrive a few per run, so the
batch alone rarely holds two of them.

    PYTHONPATH=src .venv/bin/python eval/news/tools/feed.py --chunks 10 [--split dev] [--keep DIR]

Look at errors on dev only (eval/news/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluate import lookup, score  # noqa: E402

FIGURES = (("boilerplate removal F1", "clean.removal.f1"), ("title accuracy", "clean.title_acc"),
           ("publication date accuracy", "clean.published_acc"))


def feed(split: Path, work: Path, chunks: int) -> Path:
    import veille

    records = [line for line in (split / "input.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    size = -(-len(records) // chunks)
    for n in range(chunks):
        part = work / f"day{n:02d}.jsonl"
        part.write_text("\n".join(records[n * size:(n + 1) * size]) + "\n", encoding="utf-8")
        veille.run([str(part)], db=work / "store.duckdb")
    with veille.open(work / "store.duckdb") as dossier:
        dossier.export(work / "export")
    return work / "export"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--chunks", type=int, default=10)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    split = HERE.parent / args.split
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = score(feed(split, work, args.chunks), split)
    for label, dotted in FIGURES:
        value = lookup(result, dotted)
        print(f"{label:32} {value:.3f}" if value is not None else f"{label:32} -")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
