"""Events on eval/news dev, scored per leave-stories-out fold, with only the events stage rerun.

The dev split's 25 stories are cut into five folds (stories sorted by name, dealt round-robin).
A rule change is judged by its effect on each fold: a change that helps the folds whose errors
were read and not the others is fitted to those texts. Fold 4 is the held-out fold: its errors
are not printed (`--misses` lists the others' only), so its figure says whether a rule
generalises beyond the stories it was written from.

    .venv/bin/python benchmarks/event_folds.py --prepare [--config FILE.toml]  # veille run over dev, cached
    .venv/bin/python benchmarks/event_folds.py [--config FILE.toml] [--save NAME] [--against NAME] [--misses]

`--config` (or the environment variable VEILLE_FOLDS_CONFIG, which tools/train_event_filter.py
reads too) is a veille TOML configuration, as eval/news/evaluate.py --config takes it: the cached
run, the parse of the cached docs and the rerun events then use its options ([nlp] english_ner,
[events] english_parser). Prepare and rerun with the same one; a cache per configuration
(VEILLE_FOLDS_CACHE).

The second form recomputes events with the current code over the cached articles, reruns the
corpus steps (link, stories: cross-source merging) and scores with ../shared/tools/score.py.
Dev only: the test split is for reporting (eval/news/README.md).
"""

from __future__ import annotations

import argparse
import copy
import csv
import importlib.util
import json
import os
import pickle
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "eval" / "news"
# VEILLE_SHARED as evaluate.py reads it: a worktree outside /work/main has no ../shared beside it.
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))
# Overridable so that several worktrees on one machine do not share (and clobber) one cache.
CACHE = Path(os.environ.get("VEILLE_FOLDS_CACHE", "/tmp/veille-event-folds"))
FOLDS = 5
HELD_OUT = 4


def config(path: str | None = None) -> Any:
    """The veille configuration the cache is made and read with: `path`, else VEILLE_FOLDS_CONFIG,
    else the defaults."""
    from veille.config import Config

    path = path or os.environ.get("VEILLE_FOLDS_CONFIG")
    return Config.from_toml(path) if path else Config()


def folds() -> dict[str, int]:
    """Dev document -> its fold, by story."""
    with (NEWS / "index.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "dev"]
    stories = sorted({r["story"] for r in rows})
    fold_of = {s: i % FOLDS for i, s in enumerate(stories)}
    return {r["file"]: fold_of[r["story"]] for r in rows}


def prepare() -> None:
    import veille
    from veille.store.db import Store

    cfg = config()
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / "dev.duckdb"
    db.unlink(missing_ok=True)
    veille.run([str(NEWS / "dev" / "input.jsonl")], db=db, config=cfg)
    from spacy.tokens import DocBin

    from veille.pipeline import Context
    from veille.stages.nlp import parsed

    ctx = Context(config=cfg)
    store = Store.open(db)
    articles = list(store.iter_articles())
    store.close()
    bins = {"fr": DocBin(store_user_data=True), "en": DocBin(store_user_data=True)}
    order: dict[str, list[str]] = {"fr": [], "en": []}
    for a in articles:
        lang = "en" if a.lang == "en" else "fr"
        bins[lang].add(parsed(a, ctx))
        order[lang].append(a.id)
    (CACHE / "docs.pkl").write_bytes(pickle.dumps({k: (v.to_bytes(), order[k]) for k, v in bins.items()}))


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rerun(work: Path, keep_all: bool = False) -> Path:
    """Events recomputed over the cached articles, corpus steps rerun, exported to `work`
    (`keep_all`: every event the triggers find, the main-event filter off)."""
    from spacy.tokens import DocBin

    from veille.pipeline import Context, stage
    from veille.stages.events import english_parser, events_of, load_lexicon
    from veille.stages.events.headline import read as read_headline
    from veille.stages.nlp import english_model, french_model
    from veille.store.db import Store
    from veille.store.export import export

    ctx = Context(config=config())
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    db = work / "dev.duckdb"
    shutil.copy(CACHE / "dev.duckdb", db)
    store = Store.open(db)
    articles = list(store.iter_articles())
    cached = pickle.loads((CACHE / "docs.pkl").read_bytes())
    docs: dict[str, Any] = {}
    for lang, (data, ids) in cached.items():
        vocab = (english_model(ctx) if lang == "en" else french_model(ctx)).vocab
        docs.update(zip(ids, DocBin().from_bytes(data).get_docs(vocab), strict=True))
    lex = load_lexicon()
    if keep_all:
        lex.filter = None
    for a in articles:
        a.events = events_of(a, docs[a.id], lex, english_parser(ctx) if a.lang == "en" else None,
                             head=read_headline(a, ctx))
    view = [copy.copy(a) for a in articles]
    entities = stage("link").load()(view, ctx)
    result = stage("stories").load()(view, ctx)
    store.write_corpus(view, entities, result.stories, result.events)
    export(store, work / "export")
    store.close()
    return work / "export"


def score(export_dir: Path, misses: bool) -> dict[str, Any]:
    mod = _scorer()
    gold = json.loads((NEWS / "dev" / "gold.json").read_text(encoding="utf-8"))
    exp = mod.Export(export_dir)
    fold_of = folds()
    out: dict[str, Any] = {}
    whole = mod.Scorer(gold, exp, NEWS / "dev" / "articles")
    ev = whole.events()
    out["all"] = {"f1": ev["doc_level"]["f1"], "p": ev["doc_level"]["p"], "r": ev["doc_level"]["r"],
                  "date_acc": ev["date_acc"], "merge": ev["cross_source_merge"],
                  "stories": whole.stories().get("bcubed_f1")}
    for k in range(FOLDS):
        sub = dict(gold, docs={d: g for d, g in gold["docs"].items() if fold_of.get(d) == k})
        res = mod.Scorer(sub, exp, NEWS / "dev" / "articles").events()
        level = res["doc_level"]
        out[f"fold{k}"] = {key: level[key] for key in ("f1", "tp", "fp", "fn", "p", "r")}
        if misses and k != HELD_OUT:
            out[f"fold{k}"]["misses"] = res["misses"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prepare", action="store_true")
    ap.add_argument("--config", help="a veille TOML configuration (sets VEILLE_FOLDS_CONFIG for this run)")
    ap.add_argument("--save")
    ap.add_argument("--against")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    if args.config:
        os.environ["VEILLE_FOLDS_CONFIG"] = args.config
    if args.prepare:
        prepare()
        return 0
    res = score(rerun(CACHE / "work"), args.misses)
    old = json.loads((CACHE / f"{args.against}.json").read_text()) if args.against else None
    for key, row in res.items():
        figs = {k: v for k, v in row.items() if k != "misses"}
        line = f"{key:<6} " + "  ".join(f"{k} {v}" for k, v in figs.items())
        if old and key in old and row.get("f1") is not None and old[key].get("f1") is not None:
            line += f"   (f1 {row['f1'] - old[key]['f1']:+.3f})"
        print(line)
        for m in row.get("misses", []):
            print("   miss", m)
    if args.save:
        (CACHE / f"{args.save}.json").write_text(json.dumps(res, indent=1))
    counts = Counter(t for g in json.loads((NEWS / "dev" / "gold.json").read_text())["docs"].values()
                     for e in g.get("events", []) if not e.get("optional") for t in e["types"][:1])
    print("dev gold (required, first type):", dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
