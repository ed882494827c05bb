#!/usr/bin/env python3
"""Leave-outlets-out removal F1 of the whole clean stage over eval/news dev AND eval/clean_pool's
tuning pages together, to choose the line model's features and settings (issue 16).

Why: the pool's tuning figure (tools/clean_pool.py) and dev's (tools/cv_cleaning.py) each hold
out one site at a time from a model that still sees the other corpus; a refit that raised both
lowered the eval/news test split and left the pool's held-out pages where they were.  Here the
URL sites of dev and of the pool's tuning pages are one population, shuffled (seeded) into
`--folds` groups; for each group the line model is refitted (same recipe: features, L2,
threshold, pool weight, sentence gate) on everything else (the seeds always train) and the
group's dev articles and pool pages are cleaned as a run cleans them (dev in its batches, the
pool as one input), so every scored line comes from an outlet the model never saw.  Repeats
reshuffle the groups (seeds 29, 1, 2, ...); the figure is pooled over all of them.

It then fits the recipe on all the training data and scores the pool's held-out pages
(eval/clean_pool/heldout.txt: aggregates only, never their lines), per batch and together.

    PYTHONPATH=src .venv/bin/python tools/cv_outlets.py [--folds 5] [--repeats 3]
        [--l2 X] [--threshold X] [--sentence-threshold X] [--pool-weight X]

The eval/news test split is never read.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_pool
import cv_cleaning
import train_line_classifier as trainer

from veille.model import Article
from veille.stages.cleaning.linemodel import LineModel
from veille.stages.cleaning.outlets import outlet_from_url

SEEDS = (29, 1, 2, 3, 4)


def site_of(article: Article) -> str:
    return outlet_from_url(article.url, {}) or str(article.source)


def counts(part: tuple[int, int, int]) -> str:
    tp, fp, fn = part
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{f1:.4f} (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn})"


def groups(population: list[str], folds: int, seed: int) -> list[set[str]]:
    """The outlets shuffled (seeded) and dealt into `folds` groups: every outlet in exactly one."""
    order = sorted(set(population))
    random.Random(seed).shuffle(order)
    return [set(order[i::folds]) for i in range(folds)]


def add(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--l2", type=float)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--sentence-threshold", type=float)
    parser.add_argument("--pool-weight", type=float)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    # The shipped model's settings, read from its file (not loaded: a candidate's features may differ).
    data = json.loads((trainer.DATA / "line_model.json").read_text(encoding="utf-8"))
    l2 = float(data["_cross_validation"]["l2"]) if args.l2 is None else args.l2
    weight = float(data["_data"]["generated_weight"])
    threshold = float(data["threshold"]) if args.threshold is None else args.threshold
    trainer.SENTENCE_THRESHOLD = (float(data["sentence_threshold"]) if args.sentence_threshold is None
                                  else args.sentence_threshold)
    trainer.POOL_WEIGHT = (float(data["_data"].get("pool_weight", 1.0)) if args.pool_weight is None
                           else args.pool_weight)
    held = trainer.pool_held_out()
    docs = trainer.load_docs(args.copies, 15, pool=trainer.POOL_WEIGHT > 0)
    pool, gold = clean_pool.pool_articles()
    # cbs34: the pages built by stories (eval/clean_pool/stories.tsv) stay out of this protocol until a
    # refit takes them (tools/clean_pool.py scores them apart), so its figures read as before.
    if not trainer.WITH_STORIES:
        pool = [a for a in pool if str(a.source) not in trainer.pool_stories()]
    texts = {name: text for name, _, text, _ in trainer.load_pool()}
    pool_sites = {str(a.source): site_of(a) for a in pool}
    dev_sites = {site_of(a) for batch in cv_cleaning.dev_articles() for a in batch}
    # Every outlet with a scored line: dev's and the pool's tuning pages' (a site in both is one group).
    population = sorted(dev_sites | {s for n, s in pool_sites.items() if n not in held})
    dev_total = pool_total = (0, 0, 0)
    by_lang: dict[str, tuple[int, int, int]] = {}  # dev and pool lines together, per language
    dev_langs = cv_cleaning.languages()
    figures: dict[str, object] = {"l2": l2, "threshold": threshold, "pool_weight": trainer.POOL_WEIGHT,
                                  "sentence_threshold": trainer.SENTENCE_THRESHOLD, "folds": args.folds,
                                  "repeats": args.repeats, "outlets": len(population)}
    for seed in SEEDS[:args.repeats]:
        models: dict[str, LineModel] = {}
        for group in groups(population, args.folds, seed):
            model = cv_cleaning.to_model(trainer.fit_docs([d for d in docs if d.outlet not in group], l2, weight),
                                         threshold)
            models.update({site: model for site in group})
        any_model = next(iter(models.values()))  # the held-out pages (not scored here) need one
        dev_clean = cv_cleaning.clean_all(cv_cleaning.dev_articles(), models)
        _, _, dev_part = cv_cleaning.score(dev_clean)
        tuning = [a for a in pool if str(a.source) not in held]
        cleaned = clean_pool.clean_pool(pool, {s: models.get(s, any_model) for s in set(pool_sites.values())},
                                        pool_sites)
        _, _, _, pool_part = clean_pool.score([a for a in cleaned if str(a.source) not in held], gold, texts)
        print(f"repeat {seed}: dev {counts(dev_part)}  pool tuning {counts(pool_part)}  ({len(tuning)} pages)",
              flush=True)
        dev_total, pool_total = add(dev_total, dev_part), add(pool_total, pool_part)
        for lang, files in dev_langs.items():
            lang_pool = [a for a in cleaned if str(a.source) not in held and gold[str(a.source)]["language"] == lang]
            part = add(cv_cleaning.score(dev_clean, files)[2], clean_pool.score(lang_pool, gold, texts)[3])
            by_lang[lang] = add(by_lang.get(lang, (0, 0, 0)), part)
        pool, _ = clean_pool.pool_articles()  # fresh articles for the next repeat
    print(f"leave-outlets-out ({args.folds} folds x {args.repeats}, {len(population)} outlets; l2 {l2}, "
          f"threshold {threshold}, pool weight {trainer.POOL_WEIGHT}, sentence {trainer.SENTENCE_THRESHOLD}):")
    print(f"  all  {counts(add(dev_total, pool_total))}\n  dev  {counts(dev_total)}\n  pool {counts(pool_total)}")
    for lang, part in sorted(by_lang.items()):
        print(f"  {lang}   {counts(part)}")
    figures["protocol"] = {"all": add(dev_total, pool_total), "dev": dev_total, "pool": pool_total, **by_lang}
    # The recipe fitted on all the training data, scored on the held-out pages only (aggregates).
    full = cv_cleaning.to_model(trainer.fit_docs(docs, l2, weight), threshold)
    cleaned = clean_pool.clean_pool(pool, full, pool_sites)
    held_total = (0, 0, 0)
    for start, end in clean_pool.batches(list(pool_sites)):
        part = [a for a in cleaned if start <= clean_pool.number(str(a.source)) <= end and str(a.source) in held]
        if part:
            _, _, _, c = clean_pool.score(part, gold, texts)
            held_total = add(held_total, c)
            print(f"  held-out c{start:02d}-c{end:02d} {counts(c)}, {len(part)} pages")
            figures[f"held_out_c{start}"] = c
    print(f"  held-out all {counts(held_total)}")
    figures["held_out"] = held_total
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
