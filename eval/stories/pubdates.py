#!/usr/bin/env python3
"""Publication dates on eval/stories: a story-built corpus read as eval/news test is (pub34, issue 16).

eval/stories holds stories of 3 to 5 reports of one event from different outlets, as eval/news does,
and its gold gives `published` where the page shows its day (a date line, a dateline, the URL, or the
search index's day prefix, which veille never sees): many reports are dated only by that prefix, so,
as on eval/news test, veille must date them from the story's other reports.  This runs the whole
pipeline over `input.jsonl` (with its URLs, as a scraper hands pages over) and prints, per part, right /
dated / all of the documents with a gold date (score.py's figure: inside the gold interval, an undated
document counts as wrong): `base` (the first 123 documents), `new-tuning` and `new-heldout` (C13-C14,
sto19's parts); then the dates by `published_how` and, with `--errors`, each wrong or missing date
outside the held-out part (the held-out part's are never printed).

    VEILLE_SHARED=/work/shared PYTHONPATH=src .venv/bin/python eval/stories/pubdates.py [--errors] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "news"))
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the published_how tally line eval/pubdate_pool/stories.py prints too


def interval(value: str) -> tuple[dt.date, dt.date]:
    first, _, last = value.partition("/")
    return dt.date.fromisoformat(first[:10]), dt.date.fromisoformat((last or first)[:10])


def main() -> int:
    import evaluate as news  # eval/news/evaluate.py: veille_export

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print the wrong and missing dates (not held out)")
    ap.add_argument("--keep", type=Path, help="write the store and export under this folder")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["docs"]
    with tempfile.TemporaryDirectory(prefix="veille-stories-dates-") as tmp:
        work = (args.keep or Path(tmp)) / "stories-dates"
        work.mkdir(parents=True, exist_ok=True)
        export = news.veille_export(HERE, work)
        found: dict[str, dict[str, Any]] = {}
        for line in (export / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                article = json.loads(line)
                found[Path(str(article.get("source") or article["id"])).name] = article
    parts: dict[str, Counter[str]] = {p: Counter() for p in ("base", "new-tuning", "new-heldout",
                                                              "actor-tuning", "actor-heldout")}
    by_how: Counter[str] = Counter()
    errors = []
    for doc, g in sorted(gold.items()):
        if not g.get("published"):
            continue
        part = f"{g.get('group', 'new')}-{g['part']}" if "part" in g else "base"
        article = found.get(doc, {})
        published, how = article.get("published"), article.get("published_how") or "none"
        low, high = interval(g["published"])
        right = bool(published) and low <= interval(published)[0] and interval(published)[1] <= high
        counts = parts[part]
        counts["all"] += 1
        counts["dated"] += bool(published)
        counts["right"] += right
        if part.endswith("-heldout"):
            continue
        by_how[f"{how} dated"] += 1
        by_how[f"{how} right"] += right
        if not right:
            errors.append(f"{'WRONG' if published else 'UNDATED'} {doc:9s} {g['story']:<28} {how:<12} "
                          f"got {published} gold {g['published']}")
    figures: dict[str, Any] = {}
    print("eval/stories publication dates, whole pipeline with URLs (right / dated / all, accuracy = right/all)")
    for name, c in parts.items():
        figures[name] = {"right": c["right"], "dated": c["dated"], "all": c["all"],
                         "accuracy": round(c["right"] / c["all"], 3) if c["all"] else None}
        print(f"{name:12s} {c['right']:3d} / {c['dated']:3d} / {c['all']:3d}  {figures[name]['accuracy']}")
    figures["by_how (not held out)"] = pools.published_how_line("not held out", by_how)
    return pools.finish_report(errors, args.errors, args.json, figures)


if __name__ == "__main__":
    sys.exit(main())
