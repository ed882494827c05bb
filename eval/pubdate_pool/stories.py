#!/usr/bin/env python3
"""Publication dates on the pool's story batch (pub33: q305-q332), run as eval/news runs a split.

The batch holds stories of 2 to 5 reports of one event from different outlets (README.md, pub33), so
the whole pipeline runs over the batch's pages alone, as one corpus, the way `eval/news/evaluate.py`
runs dev: the stories stage sees each story's reports together.  Modes: with the pages' URLs (as a
scraper hands them over) and `--no-urls`.  Prints, for the whole batch, its tuning part and its held-out
part, right / dated / all and accuracy (right of all datable, score.py's publication-date figure), then
the tuning part's dates by `published_how` (the breakdown `eval/news/tools/date_errors.py` gives for
dev), for the whole batch (an aggregate) and its tuning part, and, with `--errors`, each wrong or missing
date of the tuning part.  The held-out part's own breakdown and errors are never printed.

    PYTHONPATH=src .venv/bin/python eval/pubdate_pool/stories.py [--no-urls] [--errors] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the published_how tally line eval/stories/pubdates.py prints too
from evaluate import gold_interval, norm_title, run_pipeline  # noqa: E402

BATCH = "pub33"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-urls", action="store_true", help="withhold the pages' URLs")
    ap.add_argument("--errors", action="store_true", help="print the tuning part's wrong and missing dates")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    rows = [json.loads(line) for line in (HERE / "pool.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows = [r for r in rows if r.get("added") == BATCH]
    found = run_pipeline(rows, urls=not args.no_urls)
    parts: dict[str, Counter[str]] = {p: Counter() for p in ("all", "tuning", "held out")}
    by_how: dict[str, Counter[str]] = {p: Counter() for p in ("all", "tuning")}
    errors: list[str] = []
    for row in rows:
        part = "held out" if row["heldout"] else "tuning"
        published, how, title = found.get(row["id"], (None, "none", None))
        low, high = gold_interval(row["gold"]["published"])
        right = published is not None and low <= dt.date.fromisoformat(published) <= high
        for name in ("all", part):
            c = parts[name]
            c["pages"] += 1
            c["dated"] += published is not None
            c["right"] += right
            c["titles right"] += norm_title(title) == norm_title(row["gold"]["title"])
            if name in by_how:
                by_how[name][f"{how} dated"] += 1
                by_how[name][f"{how} right"] += right
        if part == "tuning" and not right:
            off = "" if published is None else f" ({(dt.date.fromisoformat(published) - low).days:+d} d from start)"
            errors.append(f"{'WRONG' if published else 'UNDATED'} {row['id']} {row['story']:<36} {how:<14} "
                          f"got {published} gold {row['gold']['published']}{off}")
    figures: dict[str, Any] = {}
    mode = "without URLs" if args.no_urls else "with URLs"
    print(f"pub33 stories, whole pipeline over the batch alone, {mode}")
    print(f"{'part':10s} pages dated right accuracy(right/all) precision(right/dated) titles")
    for name, c in parts.items():
        acc = c["right"] / c["pages"] if c["pages"] else 0.0
        prec = c["right"] / c["dated"] if c["dated"] else 0.0
        figures[name] = {"pages": c["pages"], "dated": c["dated"], "right": c["right"], "accuracy": round(acc, 3),
                         "precision": round(prec, 3), "titles": round(c["titles right"] / c["pages"], 3)}
        print(f"{name:10s} {c['pages']:5d} {c['dated']:5d} {c['right']:5d} {acc:8.3f} {prec:14.3f} "
              f"{figures[name]['titles']:9.3f}")
    for name, c in by_how.items():
        figures[f"by_how ({name})"] = pools.published_how_line(name, c)
    return pools.finish_report(errors, args.errors, args.json, figures)


if __name__ == "__main__":
    sys.exit(main())
