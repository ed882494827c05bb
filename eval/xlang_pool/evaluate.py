#!/usr/bin/env python3
"""One entity per referent across languages: veille over eval/xlang_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` (stories, each told by an English and a French
article) into a temporary folder (or `--keep DIR`), then scores the export against `gold.json` with
the shared scorer, unchanged, and prints, for the tuning part and the held-out part (`gold.json`'s
`heldout`, whole stories drawn before veille was first run) apart: one entity per referent over both
languages (`all`), within each language (`en`, `fr`: the gold of that language's articles only),
and over the referents named in both languages only (`xlang`: the gold restricted to them, so that
the figure is the share of those referents that are one entity); typed F1 and Wikidata accuracy
beside it. `--config FILE` runs veille with a TOML configuration, so that an option can be compared
on and off (`--option entities.english_grammar_names` writes that one-line configuration itself).
`--errors` lists the tuning part's split referents (the exported entities each became, with their
articles' languages); the held-out part's are never printed. `--export DIR` scores a kept export.

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/xlang_pool/evaluate.py \
        [--option entities.english_grammar_names] [--errors] [--json OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the scorer, the index and the run every pool shares


def languages() -> dict[str, str]:
    return pools.languages(HERE)


def bilingual(gold: dict[str, Any]) -> set[str]:
    """The KB names the gold lists (required or optional) in an English and in a French article."""
    langs = languages()
    seen: dict[str, set[str]] = {}
    for doc, g in gold["docs"].items():
        for name in [*g.get("entities", []), *g.get("entities_optional", [])]:
            seen.setdefault(name, set()).add(langs[doc])
    return {name for name, ls in seen.items() if {"en", "fr"} <= ls}


def parts(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The pool cut into tuning / held-out, each over both languages, per language, and restricted
    to the referents both languages name (`xlang`): name -> gold restricted."""
    out: dict[str, dict[str, Any]] = {}
    for part, (whole, by_lang) in pools.split_parts(gold, languages()).items():
        docs = whole["docs"]
        out[f"{part} all"] = whole
        out.update({f"{part} {lang}": g for lang, g in by_lang.items()})
        both = bilingual(dict(gold, docs=docs))
        out[f"{part} xlang"] = xlang(gold, docs, both)
        # each batch of stories apart (`gold.json`'s `batches`): a batch added later is unseen by
        # the rules fitted on the earlier ones, and its first figure is the honest estimate
        for batch, members in gold.get("batches", {}).items():
            sub = {d: g for d, g in docs.items() if d in set(members)}
            if sub:
                out.update(batch_parts(gold, f"{part}[{batch}]", sub))
    # each batch whole (tuning and held-out together: one figure, never its errors), as the
    # story-built batch xlb36 is measured against eval/news (several reports of a story per language)
    for batch, members in gold.get("batches", {}).items():
        out.update(batch_parts(gold, f"whole[{batch}]", {d: g for d, g in gold["docs"].items() if d in set(members)}))
    return out


def batch_parts(gold: dict[str, Any], name: str, docs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A batch's gold (`docs`) over both languages, per language and restricted to the referents
    it names in both languages: `name all`, `name en`, `name fr`, `name xlang`."""
    langs = languages()
    out = {f"{name} all": dict(gold, docs=docs)}
    for lang in sorted({langs[d] for d in docs}):
        out[f"{name} {lang}"] = dict(gold, docs={d: g for d, g in docs.items() if langs[d] == lang})
    out[f"{name} xlang"] = xlang(gold, docs, bilingual(dict(gold, docs=docs)))
    return out


def xlang(gold: dict[str, Any], docs: dict[str, Any], both: set[str]) -> dict[str, Any]:
    """`docs`' gold restricted to the referents named in both languages (`both`)."""
    return dict(gold, docs={
        d: dict(g, entities=[n for n in g.get("entities", []) if n in both],
                entities_optional=[n for n in g.get("entities_optional", []) if n in both])
        for d, g in docs.items()})


def figures(scorer: Any) -> dict[str, Any]:
    ents = scorer.entities()
    return {"one_entity_per_referent": ents["one_entity_per_referent"], "split": len(ents["split_referents"]),
            "typed_f1": ents["typed"]["f1"], "wikidata_acc": ents["wikidata_acc"]}


def scores(score: Any, export: Path) -> dict[str, Any]:
    return pools.score_parts(score, export, HERE, parts(pools.gold_of(HERE)), figures)


def errors(score: Any, export: Path) -> int:
    """Each split referent of the tuning part, with the entities it became: id, type, Wikidata id,
    the forms veille gave them in tuning articles, and the tuning articles (with their language) each
    is matched in. An id qualified by a held-out story's country still shows that country's id."""
    gold = pools.gold_of(HERE)
    tune = parts(gold)["tune all"]
    langs = languages()
    x = score.Export(export)
    scorer = score.Scorer(tune, x, HERE / "articles")
    both = bilingual(tune)
    found: dict[str, dict[str, set[str]]] = {}
    shown = {art["id"] for doc in tune["docs"] if (art := x.article(doc)) is not None}
    for doc, g in tune["docs"].items():
        art = x.article(doc)
        if art is None:
            continue
        names = [*g.get("entities", []), *g.get("entities_optional", [])]
        for ent in x.entities_in.get(art["id"], []):
            name = scorer.gold_of(x.forms(ent, art["id"]), names)
            if name is not None:
                found.setdefault(name, {}).setdefault(ent["id"], set()).add(f"{doc}:{langs[doc]}")
    split = 0
    for name, ids in sorted(found.items()):
        if len(ids) < 2:
            continue
        split += 1
        print(f"SPLIT {name} ({'both languages' if name in both else 'one language'})")
        for eid, where in sorted(ids.items()):
            ent = x.entity_by_id[eid]
            # the forms of the tuning articles only: an entity may also hold held-out mentions
            forms = sorted({m.get("text", "") for m in ent.get("mentions", []) if m.get("article") in shown})
            print(f"    {eid}\t{ent.get('type')}\t{ent.get('wikidata')}\t{forms}\t{sorted(where)}")
    return split


def line(name: str, r: dict[str, Any]) -> str:
    return (f"{name}\tone entity per referent {r['one_entity_per_referent']} ({r['split']} split)\t"
            f"typed F1 {r['typed_f1']}\tWikidata {r['wikidata_acc']}")


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list each split referent of the tuning part")
    ap.add_argument("--option", action="append", default=[], metavar="SECTION.KEY",
                    help="run with this boolean option on (a TOML written for the run; not with --config)")
    args = ap.parse_args()
    if args.option and args.config is not None:
        ap.error("--option and --config exclude each other")

    def options(tmp: Path) -> None:
        """The --option switches as a TOML configuration in the run's temporary folder."""
        if not args.option:
            return
        sections: dict[str, list[str]] = {}
        for option in args.option:
            section, _, key = option.partition(".")
            sections.setdefault(section, []).append(f"{key} = true")
        args.config = tmp / "options.toml"
        args.config.write_text("".join(f"[{s}]\n" + "\n".join(keys) + "\n" for s, keys in sections.items()),
                               encoding="utf-8")

    def listed(score: Any, export: Path, _: dict[str, Any]) -> None:
        if args.errors:
            print(f"{errors(score, export)} split referents (tuning part)")

    return pools.evaluate(args, HERE, scores, line, after=listed, prepare=options,
                          boot=pools.Bootstrap(lambda pool: parts(pools.gold_of(pool)), *pools.TYPED))


if __name__ == "__main__":
    sys.exit(main())
