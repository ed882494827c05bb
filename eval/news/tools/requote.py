#!/usr/bin/env python3
"""Re-run the quotes stage alone on a kept **dev** run and score it, in seconds.

A change to the quote rules touches no stage before them, so instead of a full `evaluate.py` run
this reads the articles of a dev store kept by `evaluate.py --keep DIR` (DIR/dev/store.duckdb, with
the mentions and roles the entity stage wrote), runs the current quotes stage on them, writes a copy
of DIR/dev/export with the new quotes.jsonl (speakers mapped to the exported entity ids, as the
store's export maps them) and prints quotes F1, P, R and speaker accuracy, all and per language, as
`../shared/tools/score.py` computes them. Its figures equal `evaluate.py`'s for the same code (checked
on two commits of quotes@13/14). `quote_errors.py OUT/export` then lists the errors. Refuses any split
but dev (eval/news/README.md).

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/news/tools/requote.py /tmp/k /tmp/rq
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from quote_errors import load_scorer  # the same folder: run as a script

HERE = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("keep", type=Path, help="the folder evaluate.py --keep wrote (its dev/ subfolder is read)")
    ap.add_argument("out", type=Path, help="where to write the store copy and OUT/export")
    args = ap.parse_args()
    if "test" in args.keep.parts or not (args.keep / "dev" / "store.duckdb").exists():
        print("requote.py reads a kept dev run only (DIR/dev/store.duckdb)", file=sys.stderr)
        return 2
    from veille.pipeline import Context
    from veille.stages.quotes import quotes_batch
    from veille.store.db import Store

    args.out.mkdir(parents=True, exist_ok=True)
    db = args.out / "store.duckdb"
    shutil.copy(args.keep / "dev" / "store.duckdb", db)  # a copy: the kept run stays as it was
    articles = quotes_batch(list(Store(None, str(db), read_only=True).iter_articles()), Context())
    export = args.out / "export"
    if export.exists():
        shutil.rmtree(export)
    shutil.copytree(args.keep / "dev" / "export", export)
    final: dict[tuple[str, int], str] = {}  # (article, mention start) -> the exported entity id
    for line in (export / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        entity = json.loads(line)
        for m in entity.get("mentions", []):
            final[(m["article"], m["start"])] = entity["id"]
    with (export / "quotes.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            ids = {m.entity: final.get((a.id, m.start), m.entity) for m in a.mentions if m.entity}
            for q in a.quotes:
                f.write(json.dumps({"article": a.id, "start": q.start, "end": q.end, "text": q.text,
                                    "direct": q.direct, "speaker": ids.get(q.speaker, q.speaker),
                                    "speaker_text": q.speaker_text, "stage": q.stage, "model": q.model},
                                   ensure_ascii=False) + "\n")
    score = load_scorer()
    for lang, gold_path in (("all", HERE / "dev" / "gold.json"), ("en", args.keep / "dev" / "gold-en.json"),
                            ("fr", args.keep / "dev" / "gold-fr.json")):
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        r = score.Scorer(gold, score.Export(export), HERE / "dev" / "articles").quotes()
        e = r["extraction"]
        print(f"{lang}\tF1 {e['f1']}\tP {e['p']}\tR {e['r']}\tspeaker {r['speaker_acc']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
