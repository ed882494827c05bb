#!/usr/bin/env python3
"""Typed entities and Wikidata links on unseen news: veille over eval/entities_pool, scored by
../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` (thirty-five English and four French news pages of kinds
eval/news dev has few of, the last fifteen five stories of three reports each) into a temporary
folder (or `--keep DIR`), then scores the export against `gold.json` with the shared scorer,
unchanged, and prints typed F1 (untyped F1 beside it), Wikidata
accuracy and one entity per referent, for the tuning part and the held-out part (`gold.json`'s
`heldout`, drawn before veille was first run on the pool) apart, each over both languages and per
language. `--errors` lists the tuning part's errors only (a gold name not found, an exported entity
matching no gold name, a wrong type, a wrong or missing Wikidata id, a referent split in two): the
held-out part's are never printed, so that it stays an estimate on unseen text. `--export DIR`
scores a kept export; `--config FILE` runs veille with a TOML configuration.

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/entities_pool/evaluate.py [--errors] [--json OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the scorer, the index and the run every pool shares


def parts(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The pool cut into tuning / held-out, each all and per language, and each again per batch
    (`gold.json`'s `batches`: the pool grew by batches annotated blind, so that a later batch's
    figure is an estimate on text no rule was fitted to): name -> gold restricted."""
    out = pools.named_parts(gold, pools.languages(HERE))
    for batch, files in gold.get("batches", {}).items():
        # the whole batch too (enb34): its unseen figure, measured once before any fit
        out[f"batch {batch}"] = dict(gold, docs={d: g for d, g in gold["docs"].items() if d in set(files)})
        for part in ("tune", "heldout"):
            docs = {d: g for d, g in out[part]["docs"].items() if d in set(files)}
            if docs:  # the fifth batch (data44) is all tuning: no held-out line of 0 names scored 1.0
                out[f"{part} batch {batch}"] = dict(out[part], docs=docs)
    return out


def figures(scorer: Any) -> dict[str, Any]:
    ents = scorer.entities()
    return {"typed_f1": ents["typed"]["f1"], "typed_p": ents["typed"]["p"], "typed_r": ents["typed"]["r"],
            "untyped_f1": ents["untyped"]["f1"], "wikidata_acc": ents["wikidata_acc"],
            "one_entity_per_referent": ents["one_entity_per_referent"],
            "required": ents["untyped"]["tp"] + ents["untyped"]["fn"]}


def scores(score: Any, export: Path) -> dict[str, Any]:
    return pools.score_parts(score, export, HERE, parts(pools.gold_of(HERE)), figures)


def errors(score: Any, export: Path) -> int:
    """Each error of the tuning part, one line each, prefixed MISSED / SPURIOUS / TYPE / WIKIDATA /
    SPLIT, with the exported entity's name, type and Wikidata id (forms from that article only), then
    SPLIT-ACROSS: each referent the part's articles give to several exported entities (`across`)."""
    gold = pools.gold_of(HERE)
    tune = parts(gold)["tune"]
    kb = gold["kb"]
    x = score.Export(export)
    scorer = score.Scorer(tune, x, HERE / "articles")
    count = 0
    for doc, g in sorted(tune["docs"].items()):
        art = x.article(doc)
        if art is None:
            print(f"NOARTICLE {doc}")
            continue
        required, optional = list(g["entities"]), list(g.get("entities_optional", []))
        found: dict[str, list[str]] = {}
        for ent in x.entities_in.get(art["id"], []):
            forms = sorted(x.forms(ent, art["id"]))
            name = scorer.gold_of(set(forms), required + optional)
            label = f"{ent.get('name')!r} {ent.get('type')} {ent.get('wikidata')} {forms}"
            if name is None:
                count += 1
                print(f"SPURIOUS {doc} {label}")
                continue
            found.setdefault(name, []).append(ent["id"])
            if name not in required:
                continue
            want = kb[name]
            ptype = score.TYPE_ALIASES.get(ent.get("type"), ent.get("type"))
            if ptype != want["type"]:
                count += 1
                print(f"TYPE {doc} {name} gold {want['type']} got {label}")
            if want.get("wikidata") and ent.get("wikidata") != want["wikidata"]:
                count += 1
                print(f"WIKIDATA {doc} {name} gold {want['wikidata']} got {label}")
        for name in required:
            if name not in found:
                count += 1
                print(f"MISSED {doc} {name} {kb[name]['type']} {kb[name]['aliases']}")
        for name, ids in found.items():
            if len(set(ids)) > 1:
                count += 1
                print(f"SPLIT {doc} {name} {sorted(set(ids))}")
    for name, entities in sorted(across(score, x, tune).items()):
        count += 1
        shown = "; ".join(f"{e['name']!r} {e['type']} {e['wikidata']} in {' '.join(docs)}" for e, docs in entities)
        print(f"SPLIT-ACROSS {name} gold {kb[name].get('wikidata')}: {shown}")
    return count


def across(score: Any, x: Any, gold: dict[str, Any]) -> dict[str, list[tuple[dict[str, Any], list[str]]]]:
    """The referents one entity per referent counts as split (data44, issue 18): each gold name (required
    or optional) that the articles of `gold` map to more than one exported entity, the cause of a split
    being the articles' apart, which the per-article SPLIT lines do not show: name -> [(exported entity,
    the articles where it is that name)], the entities in the order of their first article."""
    scorer = score.Scorer(gold, x, None)
    docs_of: dict[str, dict[str, list[str]]] = {}
    entity_of: dict[str, dict[str, Any]] = {}
    for doc, g in sorted(gold["docs"].items()):
        art = x.article(doc)
        if art is None or "entities" not in g:
            continue
        candidates = list(g["entities"]) + list(g.get("entities_optional", []))
        for ent in x.entities_in.get(art["id"], []):
            name = scorer.gold_of(x.forms(ent, art["id"]), candidates)
            if name is not None:
                entity_of[ent["id"]] = ent
                docs_of.setdefault(name, {}).setdefault(ent["id"], []).append(doc)
    return {name: [(entity_of[i], docs) for i, docs in sorted(ids.items(), key=lambda kv: (kv[1][0], kv[0]))]
            for name, ids in docs_of.items() if len(ids) > 1}


def line(name: str, r: dict[str, Any]) -> str:
    return (f"{name}\ttyped F1 {r['typed_f1']} (P {r['typed_p']} R {r['typed_r']})\tuntyped F1 "
            f"{r['untyped_f1']}\tWikidata {r['wikidata_acc']}\tone entity per referent "
            f"{r['one_entity_per_referent']}\t({r['required']} required)")


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list the tuning part's errors (never the held-out part's)")
    args = ap.parse_args()

    def listed(score: Any, export: Path, _: dict[str, Any]) -> None:
        if args.errors:
            print(f"{errors(score, export)} errors (tuning part)")

    return pools.evaluate(args, HERE, scores, line, after=listed,
                          boot=pools.Bootstrap(lambda pool: parts(pools.gold_of(pool)), *pools.ENTITIES))


if __name__ == "__main__":
    sys.exit(main())
