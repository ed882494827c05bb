#!/usr/bin/env python3
"""How far apart two held-out settings of the events filter are, against the noise of five folds.

Each setting (NAME:FEATURES:L2:THRESHOLD, FEATURES comma-separated or `legacy` for the events@6
set) is fitted with each fold's stories held out, as tools/train_event_filter.py does; score.py
then counts each dev story's events, and a paired bootstrap over the 25 stories (2000 draws)
gives the spread of every pair's F1 difference. No filter is always one of the settings. Dev
only; needs the cache of benchmarks/event_folds.py --prepare.

    PYTHONPATH=src .venv/bin/python tools/event_filter_noise.py "new:a,b,c:1:0.2" "old:legacy:1:0.15"
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_event_filter as T
from logistic import fit

Counts = dict[str, tuple[int, int, int]]


def main() -> int:
    dev = T.Dev()
    y, f = np.array(dev.y), np.array(dev.fold)
    train = y >= 0
    with (T.NEWS / "index.tsv").open(encoding="utf-8") as fh:
        story = {r["file"]: r["story"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "dev"}
    stories = sorted(set(story.values()))

    def counts(keep: np.ndarray) -> Counts:
        dev.score(keep, T.CACHE / "noise")
        out = {}
        for s in stories:
            sub = dict(dev.gold, docs={d: g for d, g in dev.gold["docs"].items() if story.get(d) == s})
            level = T._scorer(sub, T.CACHE / "noise" / "export").events()["doc_level"]
            out[s] = (level["tp"], level["fp"], level["fn"])
        return out

    def held(names: tuple[str, ...], l2: float, threshold: float) -> np.ndarray:
        x = np.array([[r[n] for n in names] for r in dev.rows])
        sx, sy = T._seed_rows(names)
        p = np.ones(len(y))
        for k in range(T.FOLDS):
            rows = train & (f != k)
            p[f == k] = T.predict(fit(np.vstack([x[rows], sx]), np.concatenate([y[rows].astype(float), sy]), l2),
                                  x[f == k])
        keep: np.ndarray = p >= threshold
        return keep

    settings = {"none": np.ones(len(y), dtype=bool)}
    for spec in sys.argv[1:]:
        name, feats, l2, threshold = spec.split(":")
        settings[name] = held(T.LEGACY if feats == "legacy" else tuple(feats.split(",")), float(l2), float(threshold))
    c = {k: counts(v) for k, v in settings.items()}

    def f1(cc: Counts, ss: list[str]) -> float:
        tp, fp, fn = (sum(cc[s][i] for s in ss) for i in range(3))
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    rng = np.random.default_rng(0)
    draws = [list(rng.choice(stories, len(stories))) for _ in range(2000)]
    for a in c:
        print(f"{a:<10} held-out F1 {f1(c[a], stories):.3f}")
    names = list(c)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            d = np.array([f1(c[a], ss) - f1(c[b], ss) for ss in draws])
            print(f"{a} - {b}: {f1(c[a], stories) - f1(c[b], stories):+.3f}  bootstrap sd {d.std():.3f}  "
                  f"95% [{np.percentile(d, 2.5):+.3f}, {np.percentile(d, 97.5):+.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
