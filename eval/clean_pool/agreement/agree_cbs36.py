#!/usr/bin/env python3
"""Inter-annotator agreement on cbs36's pages (c227-c238): a blind pass 2 (ann37c, pass2_cbs36.json: one letter
a line, T title, B body, R removed) against pages.txt's labels (pass 1).

Usage: python3 eval/clean_pool/agreement/agree_cbs36.py

Prints, for the batch whole, its tuning stories and its held-out stories (S1 c227-c229, S4 c236-c238; both
annotators saw their lines, no system output is involved), how many lines both keep or both remove, Cohen's
kappa on kept (title or body) vs removed, removed lines' P/R/F1 of pass 2 against pass 1, and how many pages
name the same title line; then the tuning pages' disagreements.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent
HELD = {"c227", "c228", "c229", "c236", "c237", "c238"}


def pass1() -> dict[str, list[tuple[str, str]]]:
    """pages.txt's labelled lines of c227-c238, page id -> [(label, text)]."""
    pages: dict[str, list[tuple[str, str]]] = {}
    current: str | None = None
    for line in (POOL / "pages.txt").read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            page = line.split()[1]
            current = page if 227 <= int(page[1:]) <= 238 else None
            if current:
                pages[current] = []
        elif current and line.strip():
            pages[current].append((line[0], line[2:]))
    return pages


def figures(first: dict[str, list[tuple[str, str]]], second: dict[str, str], ids: list[str]) -> str:
    pairs: Counter[tuple[bool, bool]] = Counter()
    same_title = 0
    for page in ids:
        labels = [label for label, _ in first[page]]
        if len(labels) != len(second[page]):
            raise SystemExit(f"{page}: pass 2 has {len(second[page])} labels for {len(labels)} lines")
        pairs.update((a == "R", b == "R") for a, b in zip(labels, second[page], strict=True))
        titles = ([i for i, a in enumerate(labels) if a == "T"], [i for i, b in enumerate(second[page]) if b == "T"])
        same_title += titles[0] == titles[1]
    n = sum(pairs.values())
    agree = (pairs[True, True] + pairs[False, False]) / n
    removed1 = (pairs[True, True] + pairs[True, False]) / n
    removed2 = (pairs[True, True] + pairs[False, True]) / n
    chance = removed1 * removed2 + (1 - removed1) * (1 - removed2)
    kappa = (agree - chance) / (1 - chance)
    tp = pairs[True, True]
    precision, recall = tp / (tp + pairs[False, True]), tp / (tp + pairs[True, False])
    f1 = 2 * precision * recall / (precision + recall)
    return (f"{n} lines, both removed {tp}, both kept {pairs[False, False]}, pass 1 only removed {pairs[True, False]}, "
            f"pass 2 only removed {pairs[False, True]}; agreement {agree:.3f}, kappa {kappa:.3f}; "
            f"removed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}; same title line {same_title}/{len(ids)}")


def main() -> int:
    first = pass1()
    second: dict[str, str] = json.loads((HERE / "pass2_cbs36.json").read_text(encoding="utf-8"))
    tuning = sorted(set(first) - HELD)
    for name, ids in (("whole", sorted(first)), ("tuning", tuning), ("held-out", sorted(HELD))):
        print(f"{name:9s} {figures(first, second, ids)}")
    for page in tuning:
        for number, ((label, text), other) in enumerate(zip(first[page], second[page], strict=True), 1):
            if (label == "R") != (other == "R"):
                print(f"  {page} line {number}: pass 1 {label}, pass 2 {other}: {text[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
