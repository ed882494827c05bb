#!/usr/bin/env python3
"""Compare two `evaluate.py --json` results cell by cell, and each against the accuracy floors.

A trial of a change is read as "which cells moved, and did any fall under its floor": this prints
every metric of `evaluate.py`'s table for each split and language column found in both files, as
`before -> after` where the figure moved and as one figure where it did not, with `!` after a
split's overall figure that is under its `tests/accuracy_floors.json` floor (`news_dev`,
`news_test`). Exit status 1 when a floor is broken, so a script can stop on it. It reads figures
only; it never runs veille (for the test split, reading aggregates is the discipline of
eval/news/README.md).

    python3 eval/news/tools/compare.py BEFORE.json AFTER.json [--floors tests/accuracy_floors.json] [--paired]

`--paired` (both runs made with `evaluate.py --intervals`): for each split and column, each
per-article figure's change and the 95% paired-bootstrap interval of that change
(eval/news/intervals.py); an interval that holds 0 is a change the split's articles cannot tell
from chance.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/news: evaluate.py's own metrics
from evaluate import METRICS as TABLE  # noqa: E402
from evaluate import lookup  # noqa: E402
from intervals import paired  # noqa: E402

METRICS = [path for _, path, _ in TABLE]
COLUMNS = ("veille", "veille en", "veille fr")


def compare(before: dict[str, Any], after: dict[str, Any], floors: dict[str, Any]
            ) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Rows of (metric, cells) and the floors broken ("split metric: figure < floor")."""
    splits = [s for s in ("dev", "test") if s in before and s in after]
    rows: list[tuple[str, list[str]]] = []
    broken: list[str] = []
    for metric in METRICS:
        cells = []
        for split in splits:
            for column in COLUMNS:
                old = lookup(before[split].get(column), metric)
                new = lookup(after[split].get(column), metric)
                floor = floors.get(f"news_{split}", {}).get(metric) if column == "veille" else None
                mark = "!" if floor is not None and new is not None and new < floor else ""
                if mark:
                    broken.append(f"{split} {metric}: {new:.4f} < {floor}")
                if new is None:
                    cells.append("-")
                elif old is not None and abs(old - new) > 1e-9:
                    cells.append(f"{old:.3f}->{new:.3f}{mark}")
                else:
                    cells.append(f"{new:.3f}{mark}")
        rows.append((metric, cells))
    return rows, broken


def paired_rows(before: dict[str, Any], after: dict[str, Any], rounds: int = 2000) -> list[str]:
    """One line per split, column and figure: the change and its paired-bootstrap interval."""
    lines = []
    for split in ("dev", "test"):
        for column in COLUMNS:
            old = (before.get(split) or {}).get(column) or {}
            new = (after.get(split) or {}).get(column) or {}
            a, b = old.get("doc_counts"), new.get("doc_counts")
            if not a or not b or sorted(a) != sorted(b):
                continue
            keys = sorted(a, key=int)
            for metric, (delta, lo, hi) in paired([a[k] for k in keys], [b[k] for k in keys], rounds).items():
                verdict = "holds 0" if lo <= 0 <= hi else "excludes 0"
                lines.append(f"{split} {column:10} {metric:28} {delta:+.3f}  [{lo:+.3f}, {hi:+.3f}] {verdict}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--floors", type=Path, default=ROOT / "tests" / "accuracy_floors.json")
    ap.add_argument("--paired", action="store_true", help="also each change's paired-bootstrap interval")
    args = ap.parse_args()
    before = json.loads(args.before.read_text(encoding="utf-8"))
    after = json.loads(args.after.read_text(encoding="utf-8"))
    floors = json.loads(args.floors.read_text(encoding="utf-8")) if args.floors.exists() else {}
    rows, broken = compare(before, after, floors)
    splits = [s for s in ("dev", "test") if s in before and s in after]
    header = [f"{split} {column.removeprefix('veille').strip() or 'all'}" for split in splits for column in COLUMNS]
    print(f"{'metric':34}" + "".join(f"{h:>18}" for h in header))
    for metric, cells in rows:
        print(f"{metric:34}" + "".join(f"{c:>18}" for c in cells))
    if args.paired:
        print("\n".join(paired_rows(before, after)) or "no per-article counts in both files (evaluate.py --intervals)")
    for line in broken:
        print(f"under its floor: {line}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
