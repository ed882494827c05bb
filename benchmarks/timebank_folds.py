"""French TimeBank dev half, 5-fold by document: does the time stage generalise within the half?

    PYTHONPATH=src python benchmarks/timebank_folds.py [--timebank ../shared/data/fr-timebank/dev]
        [--score ../shared/tools/score.py] [--folds 5] [--misses K]

The documents are dealt into folds by name order (round robin, so every fold spans the whole
period), the time stage is run once (as `eval_timebank.py` does: the stage alone, one TIMEX per
range endpoint) and score.py's `score_timebank` scores each fold ("held-out") and the other
folds together ("held-in").  Printed: each fold's held-in and held-out value / relaxed F1, their
means, the spread (standard deviation, min–max) and the mean held-in minus held-out gap.

The discipline (issue 17): a rule is written while looking at the misses of the held-in folds
only (`--misses K` lists the misses of every fold but K), then measured on fold K, and the
folds rotate.  One fixed tagger scores about the same on every subset of documents, so its
held-in / held-out gap is ~0 by construction and says nothing of overfitting: what does is the
change a set of rules makes on each fold.  `--before SRC` runs the tagger of another source tree
(an older commit, `git archive REV src | tar -x -C DIR` then `--before DIR/src`) in a subprocess
and prints, per fold, the held-out value / relaxed F1 before and after and their difference: a
rule written from folds other than K that helps K generalises; one that only helps the fold it
was read from does not.  A rule that only one document needs shows up as a held-in gain that the held-out
fold does not share.  The texts are read from ../shared (LGPL-LR) and never copied: each fold is
a temporary folder of links to the .tml files.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from eval_timebank import ROOT, evaluate, load_score, print_misses


def folds(docids: list[str], k: int) -> list[list[str]]:
    """Documents dealt round robin in name order (the names start with the date)."""
    ordered = sorted(docids)
    return [ordered[i::k] for i in range(k)]


def _linked(folder: Path, timebank: Path, docids: list[str]) -> Path:
    folder.mkdir(parents=True)
    for docid in docids:
        (folder / f"{docid}.tml").symlink_to((timebank / f"{docid}.tml").resolve())
    return folder


def score_folds(timebank: Path, score_py: Path, work: Path, k: int) -> dict[str, Any]:
    result = evaluate(timebank, score_py, work / "run")
    score = load_score(score_py)
    export = score.Export(work / "run" / "veille")
    parts = folds(list(result["gold"]), k)
    rows = []
    for i, held_out in enumerate(parts):
        held_in = [d for j, part in enumerate(parts) if j != i for d in part]
        out_scores = score.score_timebank(export, _linked(work / f"out{i}", timebank, held_out))
        in_scores = score.score_timebank(export, _linked(work / f"in{i}", timebank, held_in))
        rows.append({"fold": i, "docs": len(held_out), "gold": out_scores["gold_timexes"],
                     "in_value": in_scores["value"]["f1"], "out_value": out_scores["value"]["f1"],
                     "in_relaxed": in_scores["relaxed"]["f1"], "out_relaxed": out_scores["relaxed"]["f1"]})
    summary: dict[str, Any] = {"folds": rows, "whole": {"value": result["veille"]["value"]["f1"],
                                                        "relaxed": result["veille"]["relaxed"]["f1"]}}
    for key in ("in_value", "out_value", "in_relaxed", "out_relaxed"):
        values = [r[key] for r in rows]
        summary[key] = {"mean": statistics.fmean(values), "sd": statistics.pstdev(values),
                        "min": min(values), "max": max(values)}
    summary["gap_value"] = summary["in_value"]["mean"] - summary["out_value"]["mean"]
    summary["gap_relaxed"] = summary["in_relaxed"]["mean"] - summary["out_relaxed"]["mean"]
    summary["_result"] = result
    summary["_parts"] = parts
    return summary


def fold_scores_of(export_dir: Path, timebank: Path, score_py: Path, work: Path, k: int) -> list[dict[str, float]]:
    """Held-out value / relaxed F1 of each fold for an export already written."""
    score = load_score(score_py)
    export = score.Export(export_dir)
    parts = folds(sorted(p.stem for p in timebank.glob("*.tml")), k)
    rows = []
    for i, held_out in enumerate(parts):
        scores = score.score_timebank(export, _linked(work / f"fold{i}", timebank, held_out))
        rows.append({"value": scores["value"]["f1"], "relaxed": scores["relaxed"]["f1"]})
    return rows


def before_after(before_src: Path, timebank: Path, score_py: Path, work: Path, k: int) -> list[str]:
    """Per fold, held-out F1 of the tagger in `before_src` and of this tree's, and the change."""
    lines = []
    exports = {}
    for label, src in (("before", before_src), ("after", ROOT / "src")):
        out = work / label
        env = {**os.environ, "PYTHONPATH": str(src)}
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_timebank.py"), "--timebank", str(timebank),
                        "--score", str(score_py), "--out", str(out)], env=env, check=True, capture_output=True)
        exports[label] = fold_scores_of(out / "veille", timebank, score_py, work / f"{label}-folds", k)
    lines.append(f"{'fold':>4}   value before / after (change)   relaxed before / after (change)")
    for i, (b, a) in enumerate(zip(exports["before"], exports["after"], strict=True)):
        lines.append(f"{i:>4}   {b['value']:.3f} / {a['value']:.3f} ({a['value'] - b['value']:+.3f})"
                     f"          {b['relaxed']:.3f} / {a['relaxed']:.3f} ({a['relaxed'] - b['relaxed']:+.3f})")
    for key in ("value", "relaxed"):
        deltas = [a[key] - b[key] for b, a in zip(exports["before"], exports["after"], strict=True)]
        lines.append(f"{key} change per held-out fold: mean {statistics.fmean(deltas):+.3f}, "
                     f"min {min(deltas):+.3f}, max {max(deltas):+.3f}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timebank", type=Path, default=ROOT.parent / "shared/data/fr-timebank/dev")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared/tools/score.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--misses", type=int, default=None, metavar="K",
                    help="list the misses of the held-in folds when fold K is held out")
    ap.add_argument("--before", type=Path, default=None, metavar="SRC",
                    help="also score the tagger of this source tree (e.g. an older commit's src/) per fold")
    args = ap.parse_args()
    if args.before is not None:
        with tempfile.TemporaryDirectory(prefix="veille-tb-before-") as tmp:
            for line in before_after(args.before, args.timebank, args.score, Path(tmp), args.folds):
                print(line)
    with tempfile.TemporaryDirectory(prefix="veille-tb-folds-") as tmp:
        s = score_folds(args.timebank, args.score, Path(tmp), args.folds)
    print(f"{'fold':>4} {'docs':>4} {'gold':>4}   value in / out    relaxed in / out")
    for r in s["folds"]:
        print(f"{r['fold']:>4} {r['docs']:>4} {r['gold']:>4}   {r['in_value']:.3f} / {r['out_value']:.3f}"
              f"     {r['in_relaxed']:.3f} / {r['out_relaxed']:.3f}")
    for key, label in (("value", "value F1"), ("relaxed", "relaxed F1")):
        i, o = s[f"in_{key}"], s[f"out_{key}"]
        print(f"{label:<11} held-in mean {i['mean']:.3f} (sd {i['sd']:.3f}) | held-out mean {o['mean']:.3f} "
              f"(sd {o['sd']:.3f}, {o['min']:.3f}-{o['max']:.3f}) | gap {s[f'gap_{key}']:+.3f}")
    print(f"whole dev half: value F1 {s['whole']['value']:.3f}, relaxed F1 {s['whole']['relaxed']:.3f}")
    if args.misses is not None:
        held_in = {d for j, part in enumerate(s["_parts"]) if j != args.misses for d in part}
        gold = {d: g for d, g in s["_result"]["gold"].items() if d in held_in}
        print_misses(gold, s["_result"]["ours"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
