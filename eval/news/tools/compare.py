#!/usr/bin/env python3
"""Compare two `evaluate.py --json` results cell by cell, and each against the accuracy floors.

A trial of a change is read as "which cells moved, and did any fall under its floor": this prints
every metric of `evaluate.py`'s table for each split and language column found in both files, as
`before -> after` where the figure moved and as one figure where it did not, with `!` after a
split's overall figure that is under its `tests/accuracy_floors.json` floor (`news_dev`,
`news_test`). Exit status 1 when a floor is broken, so a script can stop on it. It reads figures
only; it never runs veille (for the test split, reading aggregates is the discipline of
eval/news/README.md).

    python3 eval/news/tools/compare.py BEFORE.json AFTER.json [--floors tests/accuracy_floors.json]
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--floors", type=Path, default=ROOT / "tests" / "accuracy_floors.json")
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
    for line in broken:
        print(f"under its floor: {line}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
