#!/usr/bin/env python3
"""TIMEX3 values on unseen news: veille over eval/timex_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export's timexes against `gold.json` with the shared scorer (extraction P/R/F1 and value F1),
for each part of the pool apart (`index.tsv` column `part`: `work`, the part tuned on, and `held`,
the held-out third chosen before any error was read) and each language; the batches built by stories
(`index.tsv` column `story`, "tmb34-S1") are cut apart, whole, tuning and held-out (`cuts`), and the
older parts keep the pages sampled by topic only. `--errors` lists the missed and wrong values of the
tuning parts only: the held-out parts' errors are never printed, so that their figures stay estimates
on unseen text. `--export DIR` scores an existing export; `--no-urls` runs
veille with the URLs held back (pages whose URL carries no date); `--no-date` on a copy with the
publication date withheld, URLs and the text's date cues taken out (eval/nodate_stress/withheld.py),
the gold less the timexes the stripping took out; `--gold-date` on a copy whose input gives each page
its gold publication day (eval/gold_anchor.py): the value errors left are the time stage's own.

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


def batch(row: dict[str, str]) -> str:
    """The batch built by stories a row belongs to ("tmb34" of story "tmb34-S1"), "" for the pages sampled by
    topic (t01-t105, no story column)."""
    return (row.get("story") or "").split("-")[0]


def cuts(rows: list[dict[str, str]]) -> dict[str, set[str]]:
    """Part name -> its files. `work/*`, `held/*` and `all/*` are the pages sampled by topic (t01-t105), as
    every figure the pool reported before the batches built by stories; each such batch is cut apart, whole
    (`tmb34/*`), its tuning stories (`tmb34-work/*`) and its held-out stories (`tmb34-held/*`), each by
    language."""
    out: dict[str, set[str]] = {}
    for name in ("", *sorted({batch(r) for r in rows} - {""})):
        for part in ("work", "held", "all"):
            key = part if not name else name if part == "all" else f"{name}-{part}"
            for lang in ("all", "en", "fr"):
                out[f"{key}/{lang}"] = {r["file"] for r in rows if batch(r) == name
                                        and part in ("all", r["part"]) and lang in ("all", r["language"])}
    return out


def parts(pool: Path = HERE) -> dict[str, dict[str, Any]]:
    """Each part's name -> its gold (the pool's at `pool`: a copy anchored or with dates withheld)."""
    gold = pools.gold_of(pool)
    return {name: dict(gold, docs={d: g for d, g in gold["docs"].items() if d in keep})
            for name, keep in cuts(index()).items()}


def scores(score: Any, export: Path, pool: Path = HERE) -> dict[str, Any]:
    return pools.score_parts(score, export, pool, parts(pool), lambda scorer: scorer.timexes())


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
    ap.add_argument("--gold-date", action="store_true",
                    help="give veille each page's gold publication day (eval/gold_anchor.py)")
    args = ap.parse_args()

    def listed(score: Any, export: Path, result: dict[str, Any]) -> None:
        if args.errors:
            for key in ("work/all", *(k for k in result if k.endswith("-work/all"))):
                for miss in result[key]["misses"]:
                    print("MISS", miss)
            for spurious_line in spurious(score, export):
                print("SPURIOUS", spurious_line)

    def figures(result: dict[str, Any]) -> dict[str, Any]:
        return {k: {"extraction": r["extraction"], "value": r["value"]} for k, r in result.items()}

    import tempfile

    boot = pools.Bootstrap(parts, *pools.TIMEXES)

    if args.gold_date:
        from gold_anchor import anchored

        with tempfile.TemporaryDirectory(prefix="veille-timex-gold-date-") as tmp:
            pool = anchored(HERE, Path(tmp) / "timex_pool")
            return pools.evaluate(args, pool, lambda score, export: scores(score, export, pool), line,
                                  after=listed, figures=figures, no_urls=args.no_urls, boot=boot)
    if not args.no_date:
        return pools.evaluate(args, HERE, scores, line, after=listed, figures=figures, no_urls=args.no_urls,
                              boot=boot)

    sys.path.insert(0, str(HERE.parent / "nodate_stress"))
    from withheld import withhold

    with tempfile.TemporaryDirectory(prefix="veille-timex-nodate-") as tmp:
        pool = withhold(HERE, Path(tmp) / "timex_pool")
        return pools.evaluate(args, pool, lambda score, export: scores(score, export, pool), line,
                              after=listed, figures=figures, boot=boot)


if __name__ == "__main__":
    sys.exit(main())
