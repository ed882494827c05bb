#!/usr/bin/env python3
"""Story clustering on eval/stories: veille over input.jsonl, scored by score.py's stories B-cubed.

The corpus (README.md) holds concurrent, same-place, different-event stories in French and English,
so a merge of two gold stories shows up here where eval/news/dev cannot show it. veille runs the way
eval/news/evaluate.py runs a split (its `veille_export` and `score` are reused), then:

- stories B-cubed P/R/F1, overall and with each language's documents alone; where gold lists
  `same_language_clusters`, also those clusters alone (`same`, then `same-en`, `same-fr`) and the
  rest (`cross`), so merges of distinct stories told in one language are measured apart;
- the number of system stories that mix gold stories (and which), and the gold stories split
  across several system stories;
- with --details, every system story and its documents.

    .venv/bin/python eval/stories/evaluate.py [--keep DIR] [--config FILE.toml] [--json OUT] [--details]

Dev use only: this corpus is for looking at errors and tuning story clustering.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _news_evaluate() -> Any:
    """eval/news/evaluate.py as a module (eval/ is not a package)."""
    spec = importlib.util.spec_from_file_location("news_evaluate", ROOT / "eval" / "news" / "evaluate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shared_dir(given: Path | None, news: Any) -> Path:
    """The folder holding tools/score.py: --shared, else eval/news's default, else /work/shared."""
    for candidate in (given, news.SHARED, Path("/work/shared")):
        if candidate is not None and (candidate / "tools" / "score.py").exists():
            return candidate
    raise SystemExit("score.py not found: pass --shared DIR (the folder holding tools/score.py)")


def system_stories(export: Path, docs: list[str]) -> dict[str, str]:
    """doc -> system story label, keyed as score.py keys articles (source, else id, else file name)."""
    by_source: dict[str, dict[str, Any]] = {}
    for line in (export / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            by_source[str(article.get("source") or article["id"])] = article
    out = {}
    for doc in docs:
        article = by_source.get(doc) or by_source.get(Path(doc).name)
        out[doc] = (article or {}).get("story") or f"_single_{doc}"
    return out


def mixing(gold: dict[str, Any], pred: dict[str, str]) -> dict[str, Any]:
    """System stories holding more than one gold story, and gold stories cut across system stories."""
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for doc, label in pred.items():
        by_pred[label].append(doc)
        by_gold[gold["docs"][doc]["story"]].add(label)
    mixed = []
    for label, docs in sorted(by_pred.items()):
        stories: dict[str, list[str]] = defaultdict(list)
        for doc in sorted(docs):
            info = gold["docs"][doc]
            stories[info["story"]].append(f"{doc}:{info['lang']}")
        if len(stories) > 1:
            langs = {gold["docs"][d]["lang"] for d in docs}
            mixed.append({"system_story": label, "gold_stories": dict(stories),
                          "clusters": sorted({gold["docs"][d]["cluster"] for d in docs}),
                          "languages": sorted(langs)})
    split = {story: len(labels) for story, labels in sorted(by_gold.items()) if len(labels) > 1}
    return {"system_stories": len(by_pred), "gold_stories": len(by_gold), "mixed": mixed, "split": split}


def gold_parts(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The gold docs scored on their own: each language, then the same-language clusters (merges of
    distinct stories told in one language) and, per language, those clusters' documents; all of
    these over the first 123 documents (`base`, no `part`), so their figures stay comparable as the
    corpus grows. The documents added with a `part` are scored apart, by `group`: C13-C14 (sto19, no
    group) as `new`, C15-C17 (sto38) as `actor`, each with its `-tuning` and `-heldout` parts (the
    held-out documents are scored, never listed)."""
    added = {d: g for d, g in gold["docs"].items() if "part" in g}
    docs = {d: g for d, g in gold["docs"].items() if "part" not in g}
    out = {lang: {d: g for d, g in docs.items() if g["lang"] == lang}
           for lang in sorted({g["lang"] for g in docs.values()})}
    same = set(gold.get("same_language_clusters", []))
    if same:
        part = {d: g for d, g in docs.items() if g["cluster"] in same}
        out["same"] = part
        for lang in sorted({g["lang"] for g in part.values()}):
            out[f"same-{lang}"] = {d: g for d, g in part.items() if g["lang"] == lang}
        out["cross"] = {d: g for d, g in docs.items() if g["cluster"] not in same}
    if added:
        out["base"] = docs
    # Each group of added documents is scored apart: C13-C14 (no `group`) as `new`, C15-C17 (sto38,
    # one actor shared across languages by two stories) as `actor`.
    for group in sorted({g.get("group", "new") for g in added.values()}, key=lambda n: n != "new"):
        part = {d: g for d, g in added.items() if g.get("group", "new") == group}
        out[group] = part
        for name in ("tuning", "heldout"):
            out[f"{group}-{name}"] = {d: g for d, g in part.items() if g["part"] == name}
    return out


def heldout(gold: dict[str, Any]) -> set[str]:
    """The documents of the held-out part: scored in the aggregates only, never listed."""
    return {d for d, g in gold["docs"].items() if g.get("part") == "heldout"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, help="a veille TOML configuration")
    ap.add_argument("--keep", type=Path, help="write the store and export under this folder")
    ap.add_argument("--shared", type=Path, help="the folder holding tools/score.py (default: eval/news's)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--details", action="store_true", help="print every system story and its documents")
    args = ap.parse_args()
    news = _news_evaluate()
    shared = shared_dir(args.shared, news)
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="veille-stories-") as tmp:
        work = (args.keep or Path(tmp)) / "stories"
        work.mkdir(parents=True, exist_ok=True)
        export = news.veille_export(HERE, work, args.config)
        results: dict[str, Any] = {"all": news.score(export, HERE, shared)["stories"]}
        for name, part in gold_parts(gold).items():
            path = work / f"gold-{name}.json"
            path.write_text(json.dumps(dict(gold, docs=part), ensure_ascii=False), encoding="utf-8")
            results[name] = news.score(export, HERE, shared, gold=path)["stories"]
        pred = system_stories(export, sorted(gold["docs"]))
    hidden = heldout(gold)
    report = mixing(gold, {d: label for d, label in pred.items() if d not in hidden})
    print(f"{'':<10}{'B3 P':>8}{'B3 R':>8}{'B3 F1':>8}   documents")
    counts = {name: len(part) for name, part in gold_parts(gold).items()}
    for name, figures in results.items():
        count = counts.get(name, len(gold["docs"]))
        print(f"{name:<10}{figures['bcubed_p']:>8.3f}{figures['bcubed_r']:>8.3f}{figures['bcubed_f1']:>8.3f}   {count}")
    if hidden:
        print(f"\n(the {len(hidden)} held-out documents are left out of the lists below)")
    print(f"\nsystem stories: {report['system_stories']} (gold: {report['gold_stories']}); "
          f"mixing gold stories: {len(report['mixed'])}; gold stories split: {len(report['split'])}")
    for item in report["mixed"]:
        print(f"  MERGE {item['system_story']} ({', '.join(item['clusters'])}; {'+'.join(item['languages'])})")
        for story, docs in item["gold_stories"].items():
            print(f"      {story}: {' '.join(docs)}")
    for story, parts in report["split"].items():
        print(f"  SPLIT {story} into {parts} system stories")
    if args.details:
        by_pred: dict[str, list[str]] = defaultdict(list)
        for doc, label in pred.items():
            if doc not in hidden:
                by_pred[label].append(doc)
        for label, docs in sorted(by_pred.items()):
            print(f"  {label}: " + " ".join(f"{d}={gold['docs'][d]['story']}" for d in sorted(docs)))
    if args.json:
        args.json.write_text(json.dumps({"stories": results, **report}, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
