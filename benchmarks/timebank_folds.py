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
folds rotate.  A rule that only one document needs shows up as a held-in gain that the held-out
fold does not share.  The texts are read from ../shared (LGPL-LR) and never copied: each fold is
a temporary folder of links to the .tml files.
"""

from __future__ import annotations

import argparse
import statistics
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timebank", type=Path, default=ROOT.parent / "shared/data/fr-timebank/dev")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared/tools/score.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--misses", type=int, default=None, metavar="K",
                    help="list the misses of the held-in folds when fold K is held out")
    args = ap.parse_args()
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
