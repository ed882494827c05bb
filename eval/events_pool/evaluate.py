#!/usr/bin/env python3
"""PLOVER events on unseen news: veille over eval/events_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export's events against `gold.json` with the shared scorer (doc-level F1, P, R and date accuracy),
for the working part and the held-out part apart (`index.tsv`, column `heldout`), each all and per
language. `--errors` lists each missed gold event and each spurious event of the WORKING part only:
the held-out third is never listed, so that its figure stays an estimate on unseen text (README.md).
`--export DIR` scores an existing export instead of running veille.

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/events_pool/evaluate.py [--errors] [--json OUT]
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


def index() -> dict[str, dict[str, str]]:
    return {row["file"]: row for row in pools.index_rows(HERE)}


def scores(score: Any, export: Path) -> dict[str, Any]:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    x = score.Export(export)
    idx = index()
    out: dict[str, Any] = {}
    for part in ("no", "yes"):
        name = "work" if part == "no" else "heldout"
        for lang in ("all", "en", "fr"):
            docs = {d: g for d, g in gold["docs"].items()
                    if idx[d]["heldout"] == part and lang in ("all", idx[d]["language"])}
            r = score.Scorer(dict(gold, docs=docs), x, HERE / "articles").events()
            r.pop("misses", None)  # the held-out part's misses are never shown
            out[f"{name}/{lang}"] = r
    # evt25's ten English pages (n17-n26), first scored before any change: their unseen figure
    for part in ("no", "yes"):
        name = "new-work" if part == "no" else "new-heldout"
        docs = {d: g for d, g in gold["docs"].items() if idx[d]["heldout"] == part and 17 <= int(d[1:3]) <= 26}
        r = score.Scorer(dict(gold, docs=docs), x, HERE / "articles").events()
        r.pop("misses", None)
        out[f"{name}/en"] = r
    # evt26's twelve pages (n27-n38, ten English, two French), all together (their unseen figure,
    # taken before any change) and each part apart, all and per language
    for part in ("all", "no", "yes"):
        name = {"all": "new26", "no": "new26-work", "yes": "new26-heldout"}[part]
        for lang in ("all", "en", "fr"):
            docs = {d: g for d, g in gold["docs"].items() if 27 <= int(d[1:3]) <= 38
                    and part in ("all", idx[d]["heldout"]) and lang in ("all", idx[d]["language"])}
            r = score.Scorer(dict(gold, docs=docs), x, HERE / "articles").events()
            r.pop("misses", None)
            out[f"{name}/{lang}"] = r
    # evt27's ten pages (n39-n48, six English, four French), the same three cuts
    for part in ("all", "no", "yes"):
        name = {"all": "new27", "no": "new27-work", "yes": "new27-heldout"}[part]
        for lang in ("all", "en", "fr"):
            docs = {d: g for d, g in gold["docs"].items() if 39 <= int(d[1:3]) <= 48
                    and part in ("all", idx[d]["heldout"]) and lang in ("all", idx[d]["language"])}
            r = score.Scorer(dict(gold, docs=docs), x, HERE / "articles").events()
            r.pop("misses", None)
            out[f"{name}/{lang}"] = r
    r = score.Scorer(gold, x, HERE / "articles").events()
    r.pop("misses", None)
    out["pool/all"] = r
    return out


def errors(score: Any, export: Path) -> None:
    """Missed and spurious events of the working part, matched as score.py matches them."""
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    x = score.Export(export)
    idx = index()
    scorer = score.Scorer(gold, x, HERE / "articles")
    for doc in sorted(d for d in gold["docs"] if idx[d]["heldout"] == "no"):
        art = x.article(doc)
        if art is None:
            print(f"NO ARTICLE {doc}")
            continue
        preds = x.events_in.get(art["id"], [])
        used: set[int] = set()
        for gev in sorted(gold["docs"][doc]["events"], key=lambda e: bool(e.get("optional"))):
            hit = next((i for i, ev in enumerate(preds) if i not in used and scorer._event_matches(ev, gev)), None)
            if hit is None:
                if not gev.get("optional"):
                    print(f"MISSED   {doc} {'|'.join(gev['types'])} {gev['actors']} {gev.get('date')} "
                          f"{gev.get('note', '')}")
                continue
            used.add(hit)
        for i, ev in enumerate(preds):
            if i not in used:
                acts = {k: [(a.get('name') if isinstance(a, dict) else a) for a in v]
                        for k, v in (ev.get("actors") or {}).items()}
                print(f"SPURIOUS {doc} {ev.get('type')} {acts} {(ev.get('date') or {}).get('value')} "
                      f"{[e.get('text', '')[:100] for e in ev.get('evidence', [])][:1]}")


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list missed and spurious events (working part)")
    args = ap.parse_args()
    score = pools.load_scorer()
    with tempfile.TemporaryDirectory(prefix="veille-events-pool-") as tmp:
        export = pools.export_of(args, HERE, tmp)
        result = scores(score, export)
        for key, r in result.items():
            e = r["doc_level"]
            print(f"{key}\tevents F1 {e['f1']}\tP {e['p']}\tR {e['r']}\tdate {r['date_acc']}")
        if args.errors:
            errors(score, export)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
