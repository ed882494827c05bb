#!/usr/bin/env python3
"""Inter-annotator agreement on a story-built clean_pool batch: a blind pass 2 (pass2_<batch>.json: one letter a
line, T title, B body, R removed) against pages.txt's labels (pass 1).

Usage: python3 eval/clean_pool/agreement/agree_cbs35.py [--batch cbs35|cbs36]

Batches (BATCHES below): cbs35, c209-c226 (pass 2 by ann36c; held-out S1 c209-c211, S3 c215-c217) and cbs36,
c227-c238 (pass 2 by ann37c; held-out S1 c227-c229, S4 c236-c238); agree_cbs36.py runs the second.
Prints, for the batch whole, its tuning stories and its held-out stories (both annotators saw their lines, no
system output is involved), how many lines both keep or both remove, Cohen's
kappa on kept (title or body) vs removed, removed lines' P/R/F1 of pass 2 against pass 1, and how many pages
name the same title line; then the tuning pages' disagreements.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = HERE.parent
# batch -> (first page number, last page number, held-out page ids), as each batch's README section draws them
BATCHES: dict[str, tuple[int, int, frozenset[str]]] = {
    "cbs35": (209, 226, frozenset({"c209", "c210", "c211", "c215", "c216", "c217"})),
    "cbs36": (227, 238, frozenset({"c227", "c228", "c229", "c236", "c237", "c238"})),
}


def pass1(first_page: int, last_page: int) -> dict[str, list[tuple[str, str]]]:
    """pages.txt's labelled lines of pages first_page..last_page, page id -> [(label, text)]."""
    pages: dict[str, list[tuple[str, str]]] = {}
    current: str | None = None
    for line in (POOL / "pages.txt").read_text(encoding="utf-8").split("\n"):
        if line.startswith("=== "):
            page = line.split()[1]
            current = page if first_page <= int(page[1:]) <= last_page else None
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", choices=sorted(BATCHES), default="cbs35")
    batch = parser.parse_args(argv).batch
    first_page, last_page, held = BATCHES[batch]
    first = pass1(first_page, last_page)
    second: dict[str, str] = json.loads((HERE / f"pass2_{batch}.json").read_text(encoding="utf-8"))
    tuning = sorted(set(first) - held)
    for name, ids in (("whole", sorted(first)), ("tuning", tuning), ("held-out", sorted(held))):
        print(f"{name:9s} {figures(first, second, ids)}")
    for page in tuning:
        for number, ((label, text), other) in enumerate(zip(first[page], second[page], strict=True), 1):
            if (label == "R") != (other == "R"):
                print(f"  {page} line {number}: pass 1 {label}, pass 2 {other}: {text[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
