#!/usr/bin/env python3
"""Publication dates, timex values and event dates on pages whose date cues are removed.

A stress set built from data whose dates are known: eval/news dev (gold) and eval/pubdate_pool
(silver URL dates and hand gold), each page with its date lines, datelines' dates and glued
dates taken out (`strip.py`, one general pattern) and its URL held back.  What is left is an
article whose date veille must infer from its text and its story, or leave empty.

A third of it is held out, fixed by a hash before any error was read: eval/news dev by story
(`sha1(story) % 3 == 0`), the pool's pages by id (the hand-gold pages keep the pool's own
held-out rule, ids divisible by 3).  Errors are printed for the other two thirds only.

    PYTHONPATH=src .venv/bin/python eval/nodate_stress/evaluate.py [--errors] [--json OUT] [--keep DIR]

Figures, per part (tune / held out): eval/news dev's score.py publication date accuracy, timex
value F1 and event date accuracy (score.py counts an undated article as wrong, like a wrong
date, and a timex with no value like one with a wrong value), with the dated pages' precision;
the pool's right / dated / pages (±1 day on silver URL dates, inside the interval on hand gold).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
SHARED = Path(os.environ.get("VEILLE_SHARED", EVAL.parent.parent / "shared"))
sys.path.insert(0, str(HERE))
from strip import strip  # noqa: E402


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def held_out(key: str) -> bool:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 3 == 0


def build_news(target: Path) -> dict[str, bool]:
    """eval/news dev stripped into `target` (input.jsonl without URLs, articles/, gold.json with
    the gold timexes whose text the stripping took out left out); held-out flag by document."""
    split = EVAL / "news" / "dev"
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    (target / "articles").mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    with (target / "input.jsonl").open("w", encoding="utf-8") as out:
        for line in (split / "input.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            record.pop("url", None)
            record["text"], _ = strip(record["text"])
            texts[record["id"]] = record["text"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    for doc in gold["docs"]:
        raw = (split / "articles" / doc).read_text(encoding="utf-8")
        (target / "articles" / doc).write_text(strip(raw)[0], encoding="utf-8")
    for doc, g in gold["docs"].items():
        text = texts.get(doc, "").casefold()
        if "timexes" in g:
            g["timexes"] = [t for t in g["timexes"] if t["text"].casefold() in text]
    (target / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return {doc: held_out(str(g.get("story") or doc)) for doc, g in gold["docs"].items()}


def score_part(scorer: Any, export: Path, target: Path, docs: set[str], name: str) -> dict[str, Any]:
    gold = json.loads((target / "gold.json").read_text(encoding="utf-8"))
    part = dict(gold, docs={d: g for d, g in gold["docs"].items() if d in docs},
                duplicates=[p for p in gold.get("duplicates", []) if docs.issuperset(p)])
    result: dict[str, Any] = scorer.Scorer(part, scorer.Export(export), target / "articles").all()
    rows = [json.loads(x) for x in (export / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    by_doc = {Path(str(a.get("source") or a["id"])).name: a for a in rows}
    dated = right = 0
    hows: dict[str, list[int]] = {}
    for doc, g in part["docs"].items():
        art = by_doc.get(doc) or {}
        if not g.get("published") or not art.get("published"):
            continue
        dated += 1
        ok = bool(scorer.within(scorer.interval(art["published"]), scorer.interval(g["published"])))
        right += ok
        hows.setdefault(str(art.get("published_how")), [0, 0])[0 if ok else 1] += 1
    return {"name": name, "docs": len(part["docs"]), "pub_acc": result["clean"]["published_acc"],
            "dated": dated, "right": right, "precision": round(right / dated, 3) if dated else None,
            "timex_value_f1": result["timexes"]["value"]["f1"], "event_date_acc": result["events"]["date_acc"],
            "how (right, wrong)": hows, "_result": result, "_by_doc": by_doc, "_gold": part}


def news(work: Path, errors: bool) -> list[dict[str, Any]]:
    sys.path.insert(0, str(EVAL / "news"))
    from evaluate import veille_export  # eval/news/evaluate.py: the same run and export

    target = work / "news-stripped"
    heldout = build_news(target)
    (work / "news-run").mkdir(parents=True, exist_ok=True)
    export = Path(veille_export(target, work / "news-run"))
    scorer = _module(SHARED / "tools" / "score.py", "score")
    parts = [score_part(scorer, export, target, {d for d, h in heldout.items() if not h}, "news dev tune"),
             score_part(scorer, export, target, {d for d, h in heldout.items() if h}, "news dev held out")]
    if errors:
        tune = parts[0]
        for doc, g in sorted(tune["_gold"]["docs"].items()):
            art = tune["_by_doc"].get(doc) or {}
            if g.get("published") and not scorer.within(scorer.interval(art.get("published")),
                                                         scorer.interval(g["published"])):
                print(f"PUB {doc} [{g.get('story')}] found {art.get('published')} ({art.get('published_how')}) "
                      f"gold {g['published']}")
        for miss in tune["_result"]["timexes"]["misses"]:
            if "->" in miss:
                print("TIMEX", miss)
    return parts


def pool(work: Path, errors: bool) -> list[dict[str, Any]]:
    module = _module(EVAL / "pubdate_pool" / "evaluate.py", "pubdate_pool_evaluate")
    rows = [json.loads(x) for x in (EVAL / "pubdate_pool" / "pool.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]
    for row in rows:
        text, index_day = module.split_prefix(row["text"])
        row["_index_day"] = index_day
        row["text"] = strip(text)[0]
        row["_held"] = bool(row.get("heldout")) if "gold" in row else held_out(row["id"])
    found = module.run_pipeline(rows)
    parts = []
    for name, held in (("pool tune", False), ("pool held out", True)):
        pages = dated = right = guessed = 0
        hows: dict[str, list[int]] = {}
        for row in rows:
            if row["_held"] != held:
                continue
            published, how, _ = found.get(row["id"], (None, "none", None))
            if "gold" in row:
                if row["gold"].get("published") is None:
                    guessed += published is not None
                    continue
                low, high = module.gold_interval(row["gold"]["published"])
            else:
                silver = module.url_date(row["url"]) or row["_index_day"]
                if silver is None:
                    continue
                low, high = silver - module.TOLERANCE, silver + module.TOLERANCE
            pages += 1
            if published is None:
                continue
            dated += 1
            ok = low <= dt.date.fromisoformat(published) <= high
            right += ok
            hows.setdefault(str(how), [0, 0])[0 if ok else 1] += 1
            if errors and not held and not ok:
                print(f"POOL {row['id']} found {published} ({how}) gold {low}..{high}")
        parts.append({"name": name, "pages": pages, "dated": dated, "right": right,
                      "precision": round(right / dated, 3) if dated else None,
                      "right_of_all": round(right / pages, 3) if pages else None, "undatable_guessed": guessed,
                      "how (right, wrong)": hows})
    return parts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print the tuning part's errors (never the held-out)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="keep the stripped split, stores and exports here")
    ap.add_argument("--only", choices=("news", "pool"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="veille-nodate-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        parts = (news(work, args.errors) if args.only != "pool" else []) + \
                (pool(work, args.errors) if args.only != "news" else [])
    shown = [{k: v for k, v in p.items() if not k.startswith("_")} for p in parts]
    for p in shown:
        print(json.dumps(p, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(shown, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
