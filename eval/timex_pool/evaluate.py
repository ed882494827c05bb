#!/usr/bin/env python3
"""TIMEX3 values on unseen news: veille over eval/timex_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export's timexes against `gold.json` with the shared scorer (extraction P/R/F1 and value F1),
for each part of the pool apart (`index.tsv` column `part`: `work`, the part tuned on, and `held`,
the held-out third chosen before any error was read) and each language. `--errors` lists the missed
and wrong values of the `work` part only: the held-out part's errors are never printed, so that its
figure stays an estimate on unseen text. `--export DIR` scores an existing export; `--no-urls` runs
veille with the URLs held back (pages whose URL carries no date); `--no-date` on a copy with the
publication date withheld, URLs and the text's date cues taken out (eval/nodate_stress/withheld.py),
the gold less the timexes the stripping took out.

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/timex_pool/evaluate.py [--errors] [--json OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the scorer, the index and the run every pool shares


def index() -> list[dict[str, str]]:
    return pools.index_rows(HERE)


def scores(score: Any, export: Path, pool: Path = HERE) -> dict[str, Any]:
    gold = pools.gold_of(pool)
    rows = index()
    cut: dict[str, dict[str, Any]] = {}
    for part in ("work", "held", "all"):
        for lang in ("all", "en", "fr"):
            keep = {r["file"] for r in rows if part in ("all", r["part"]) and lang in ("all", r["language"])}
            cut[f"{part}/{lang}"] = dict(gold, docs={d: g for d, g in gold["docs"].items() if d in keep})
    return pools.score_parts(score, export, pool, cut, lambda scorer: scorer.timexes())


def spurious(score: Any, export: Path) -> list[str]:
    """The work part's predicted DATE/TIME timexes that no gold timex overlaps (score.py's false positives)."""
    import re

    gold = pools.gold_of(HERE)
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


def line(key: str, r: dict[str, Any]) -> str:
    e, v = r["extraction"], r["value"]
    return f"{key}\textraction F1 {e['f1']}\tvalue F1 {v['f1']}\tP {v['p']}\tR {v['r']}"


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list the misses of the work part (never the held-out part)")
    ap.add_argument("--no-urls", action="store_true", help="run veille with the URLs held back")
    ap.add_argument("--no-date", action="store_true",
                    help="URLs and the text's date cues taken out (eval/nodate_stress/withheld.py)")
    args = ap.parse_args()

    def listed(score: Any, export: Path, result: dict[str, Any]) -> None:
        if args.errors:
            for miss in result["work/all"]["misses"]:
                print("MISS", miss)
            for spurious_line in spurious(score, export):
                print("SPURIOUS", spurious_line)

    def figures(result: dict[str, Any]) -> dict[str, Any]:
        return {k: {"extraction": r["extraction"], "value": r["value"]} for k, r in result.items()}

    if not args.no_date:
        return pools.evaluate(args, HERE, scores, line, after=listed, figures=figures, no_urls=args.no_urls)
    import tempfile

    sys.path.insert(0, str(HERE.parent / "nodate_stress"))
    from withheld import withhold

    with tempfile.TemporaryDirectory(prefix="veille-timex-nodate-") as tmp:
        pool = withhold(HERE, Path(tmp) / "timex_pool")
        return pools.evaluate(args, pool, lambda score, export: scores(score, export, pool), line,
                              after=listed, figures=figures)


if __name__ == "__main__":
    sys.exit(main())
