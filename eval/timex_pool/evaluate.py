#!/usr/bin/env python3
"""TIMEX3 values on unseen news: veille over eval/timex_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export's timexes against `gold.json` with the shared scorer (extraction P/R/F1 and value F1),
for each part of the pool apart (`index.tsv` column `part`: `work`, the part tuned on, and `held`,
the held-out third chosen before any error was read) and each language. `--errors` lists the missed
and wrong values of the `work` part only: the held-out part's errors are never printed, so that its
figure stays an estimate on unseen text. `--export DIR` scores an existing export; `--no-urls` runs
veille with the URLs held back (pages whose URL carries no date).

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/timex_pool/evaluate.py [--errors] [--json OUT]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the scorer, the index and the run every pool shares


def index() -> list[dict[str, str]]:
    return pools.index_rows(HERE)


def scores(score: Any, export: Path) -> dict[str, Any]:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    x = score.Export(export)
    rows = index()
    out: dict[str, Any] = {}
    for part in ("work", "held", "all"):
        for lang in ("all", "en", "fr"):
            keep = {r["file"] for r in rows if part in ("all", r["part"]) and lang in ("all", r["language"])}
            sub = dict(gold, docs={d: g for d, g in gold["docs"].items() if d in keep})
            out[f"{part}/{lang}"] = score.Scorer(sub, x, HERE / "articles").timexes()
    return out


def spurious(score: Any, export: Path) -> list[str]:
    """The work part's predicted DATE/TIME timexes that no gold timex overlaps (score.py's false positives)."""
    import re

    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    x = score.Export(export)
    work = {r["file"] for r in index() if r["part"] == "work"}
    out = []
    for doc in sorted(work):
        art = x.article(doc)
        if art is None:
            out.append(f"{doc}: NO ARTICLE")
            continue
        body = art.get("body", "")
        spans = []
        for gt in gold["docs"][doc]["timexes"]:
            m = re.compile(r"(?<!\w)" + score.loose_pattern(gt["text"]).pattern + r"(?!\w)", re.I).search(body)
            if m:
                spans.append((m.start(), m.end()))
        for t in x.timexes_in.get(art["id"], []):
            if (t.get("type") or "DATE") not in ("DATE", "TIME") or str(t.get("value") or "").upper().endswith("_REF"):
                continue
            if not any(t.get("start", -1) < e and s < t.get("end", -1) for s, e in spans):
                out.append(f"{doc}: {t.get('text')!r} -> {t.get('value')} ({t.get('type')})")
    return out


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list the misses of the work part (never the held-out part)")
    ap.add_argument("--no-urls", action="store_true", help="run veille with the URLs held back")
    args = ap.parse_args()
    score = pools.load_scorer()
    with tempfile.TemporaryDirectory(prefix="veille-timex-pool-") as tmp:
        export = pools.export_of(args, HERE, tmp, no_urls=args.no_urls)
        result = scores(score, export)
        # Read while the export still exists: a temporary one is gone once the block ends.
        extra = spurious(score, export) if args.errors else []
    for key, r in result.items():
        e, v = r["extraction"], r["value"]
        print(f"{key}\textraction F1 {e['f1']}\tvalue F1 {v['f1']}\tP {v['p']}\tR {v['r']}")
    if args.errors:
        for miss in result["work/all"]["misses"]:
            print("MISS", miss)
        for line in extra:
            print("SPURIOUS", line)
    if args.json:
        figures = {k: {"extraction": r["extraction"], "value": r["value"]} for k, r in result.items()}
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
