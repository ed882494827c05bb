#!/usr/bin/env python3
"""Roles on unseen news: veille over eval/roles_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export against `gold.json` with the shared scorer and prints roles recall and people recall
(the gold lists people only, so entity precision means nothing here), for the tuning part and the
held-out part (`gold.json`'s `heldout`, drawn before any error was read) apart, each per language.
`--errors` lists each missed role of the tuning part only: the held-out part's misses are never
printed, so that it stays an estimate on unseen text. `--export DIR` scores a kept export.

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/roles_pool/evaluate.py [--errors] [--json OUT]
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


def languages() -> dict[str, str]:
    return {row["file"]: row["language"] for row in pools.index_rows(HERE)}


def parts(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The pool cut into tuning / held-out, each all and per language: name -> gold restricted."""
    langs = languages()
    heldout = set(gold.get("heldout", []))
    out: dict[str, dict[str, Any]] = {}
    for part, keep in (("tune", lambda d: d not in heldout), ("heldout", lambda d: d in heldout)):
        docs = {d: g for d, g in gold["docs"].items() if keep(d)}
        out[part] = dict(gold, docs=docs)
        for lang in sorted(set(langs.values())):
            out[f"{part} {lang}"] = dict(gold, docs={d: g for d, g in docs.items() if langs.get(d) == lang})
    out["all"] = gold
    return out


def scores(score: Any, export: Path) -> dict[str, Any]:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    x = score.Export(export)
    out: dict[str, Any] = {}
    for name, part in parts(gold).items():
        scorer = score.Scorer(part, x, HERE / "articles")
        roles = scorer.roles()
        people = scorer.entities()["untyped"]
        out[name] = {"roles_recall": roles["recall"], "roles_n": roles["n"],
                     "people_recall": people["r"], "people_n": people["tp"] + people["fn"]}
    return out


def errors(score: Any, export: Path) -> int:
    """Each missed role of the tuning part, with the roles veille gave that person."""
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    tune = parts(gold)["tune"]
    x = score.Export(export)
    scorer = score.Scorer(tune, x, HERE / "articles")
    missed = 0
    for doc, g in sorted(tune["docs"].items()):
        one = score.Scorer(dict(tune, docs={doc: g}), x, HERE / "articles")
        for miss in one.roles()["misses"]:
            missed += 1
            person = miss.split(":", 1)[0]
            got = [r for ent in x.entities if scorer.matches(x.forms(ent), [person])
                   for r in ent.get("roles") or []]
            print(f"MISSED {doc} {miss}  got {got}")
    return missed


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list each missed role of the tuning part")
    args = ap.parse_args()
    score = pools.load_scorer()
    with tempfile.TemporaryDirectory(prefix="veille-roles-pool-") as tmp:
        export = pools.export_of(args, HERE, tmp)
        result = scores(score, export)
        for name, r in result.items():
            print(f"{name}\troles recall {r['roles_recall']} (n={r['roles_n']})\t"
                  f"people recall {r['people_recall']} (n={r['people_n']})")
        if args.errors:
            print(f"{errors(score, export)} missed (tuning part)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
