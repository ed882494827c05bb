#!/usr/bin/env python3
"""Roles precision: the offices veille gives people that the gold does not hold.

../shared/tools/score.py scores roles **recall** only, so a rule that adds wrong roles looks free.
This tool counts the other side on a kept export (`eval/news/evaluate.py --keep DIR`, whose dev
export is `DIR/dev/export`; `eval/roles_pool/evaluate.py --keep DIR`, whose export is `DIR/export`):

    PYTHONPATH=src python tools/roles_precision.py --news-dev DIR/dev/export [--list]
    PYTHONPATH=src python tools/roles_precision.py --roles-pool DIR/export [--list]

What it counts. GUIDELINES.md asks the gold for "each role the text states" of every named person,
so a document's role gold is taken as **exhaustive for the people its gold lists** (eval/news gold
lists every person in `entities`; eval/roles_pool's lists the people named in the body). For each
gold document, each exported entity with a mention in it whose name, alias or mention text is one of
the document's gold people (as score.py matches names), each office its mentions **in that article**
state (`mentions[].roles`, the record a text gives: not the entity's roles pooled over the corpus,
which carry other articles' offices) is one judged role, counted once per (person, title, `of`).
It is **right** when a gold role of that person in that document matches it as score.py's recall
matches (every gold keyword inside the title; the gold `of`, when it names one, among the forms of
the exported `of`); otherwise it falls in one class:

- `of_missing`: a gold role's keywords are in the title, the gold names an `of`, veille gives none
  (incomplete, not wrong);
- `title_part`: every word of the title is a keyword of one gold role of the person ("model" for a
  gold "model musician", "Justice" for "justice judge"): a fragment of a right title, not wrong;
- `of_wrong`: a gold role's keywords are in the title but veille's `of` is another: **wrong**;
- `title_other`: any other title: **wrong** (an office the text does not give that person: another
  person's title, a wrong attachment, a word read as a title, a qualifier the gold does not hold).
  `gold_none` counts those of them whose person holds no gold role at all in that document.

precision = (right + of_missing + title_part) / judged: the share of judged roles that state nothing
wrong; strict = right / judged: the share that is exactly a gold role.

What it cannot count. Roles of exported entities that are no gold person (a missed or split name, a
person the gold keeps optional, a non-person typed PER) are **unjudged** and counted apart: the
entity is wrong there, not the role. The gold's keywords are the annotator's wording, so a right
paraphrase the keywords do not cover ("chief executive officer" for a gold "ceo") counts wrong; a
title whose words are right but whose gold `of` is null is right whatever `of` veille gives. A role
the gold forgot counts wrong: the figure is a floor, its listing is to be read. eval/news dev's gold
holds offices, not always occupations (no role for "filmmaker X" or "writer X" in some documents,
where the roles_pool gold, annotated later, keeps occupations): read dev's `gold_none` rows as likely
gold omissions. The held-out part of
eval/roles_pool is only ever counted (`--roles-pool` prints its aggregate figure, never its roles).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
import pools  # noqa: E402  eval/pools.py: the shared scorer and a pool's gold

SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))


def _people(gold: dict[str, Any], g: dict[str, Any]) -> list[str]:
    """The document's gold people: its required entities typed PER, and every role holder."""
    kb = gold.get("kb", {})
    names = [e for e in g.get("entities", []) if kb.get(e, {}).get("type") == "PER"]
    return names + [r["person"] for r in g.get("roles", []) if r["person"] not in names]


def judge(score: Any, gold: dict[str, Any], export: Path) -> dict[str, Any]:
    """Every exported role of a gold person in a gold document, judged: counts and the wrong ones."""
    x = score.Export(export)
    scorer = score.Scorer(gold, x, None)
    counts: Counter[str] = Counter()
    wrong: list[str] = []
    for doc, g in sorted(gold["docs"].items()):
        art = x.article(doc)
        if art is None or "roles" not in g:
            continue
        people = _people(gold, g)
        seen: set[tuple[str, str, str]] = set()
        for ent in x.entities_in.get(art["id"], []):
            held = [r for m in ent.get("mentions", []) if m.get("article") == art["id"]
                    for r in m.get("roles") or [] if isinstance(r, dict) and r.get("title")]
            if not held:
                continue
            person = scorer.gold_of(x.forms(ent, art["id"]), people)
            if person is None:
                counts["unjudged"] += len({(r["title"], str(r.get("of"))) for r in held})
                continue
            golds = [r for r in g.get("roles", []) if r["person"] == person]
            for r in held:
                title = score.norm(r["title"])
                of_forms = x.actor_forms(r["of"]) if r.get("of") else set()
                key = (person, title, min(of_forms) if of_forms else "")
                if key in seen:
                    continue
                seen.add(key)
                counts["judged"] += 1
                cls = _judged(score, scorer, title, of_forms, golds)
                counts[cls] += 1
                if cls in ("of_wrong", "title_other"):
                    counts["gold_none"] += cls == "title_other" and not golds
                    expected = "; ".join(f"{' '.join(gr['title'])} / {gr.get('of')}" for gr in golds) or "none"
                    wrong.append(f"{cls}\t{doc}\t{person}: {r['title']!r} of {r.get('of') or '-'}\tgold: {expected}")
    judged = counts["judged"]
    fine = counts["right"] + counts["of_missing"] + counts["title_part"]
    return {"precision": round(fine / judged, 4) if judged else None,
            "strict": round(counts["right"] / judged, 4) if judged else None,
            "judged": judged, "right": counts["right"],
            "not_wrong": {k: counts[k] for k in ("of_missing", "title_part")},
            "wrong": {k: counts[k] for k in ("of_wrong", "title_other", "gold_none")},
            "unjudged": counts["unjudged"], "listing": wrong}


def _judged(score: Any, scorer: Any, title: str, of_forms: set[str], golds: list[dict[str, Any]]) -> str:
    """The class of one exported role (folded `title`, its `of`'s forms) against the person's gold roles."""
    keyed = [gr for gr in golds if all(score.norm(k) in title for k in gr["title"])]
    if any(not gr.get("of") or scorer.matches(of_forms, [gr["of"]]) for gr in keyed):
        return "right"
    if keyed:
        return "of_wrong" if of_forms else "of_missing"
    words = set(title.replace("-", " ").split()) - _FUNCTION_WORDS
    if words and any(words <= set(score.norm(" ".join(gr["title"])).replace("-", " ").split()) for gr in golds):
        return "title_part"
    return "title_other"


# Words a title's fragment may hold beside the gold's keywords ("ministre des affaires etrangeres").
_FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "and", "et", "for", "a", "au"}


def _part(gold: dict[str, Any], keep: Any) -> dict[str, Any]:
    return dict(gold, docs={d: g for d, g in gold["docs"].items() if keep(d)})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news-dev", type=Path, help="an export of eval/news dev (never the test split)")
    ap.add_argument("--roles-pool", type=Path, help="an export of eval/roles_pool (tuning listed, held-out counted)")
    ap.add_argument("--list", action="store_true", help="list each wrong role (dev / tuning part only)")
    ap.add_argument("--json", type=Path, help="write the figures here (without the listing)")
    args = ap.parse_args()
    score = pools.load_scorer()
    out: dict[str, Any] = {}
    if args.news_dev is not None:
        gold = json.loads((ROOT / "eval" / "news" / "dev" / "gold.json").read_text(encoding="utf-8"))
        # each document's language as the export gives it (never the index: it lists the test split)
        x = score.Export(args.news_dev)
        langs = {d: (x.article(d) or {}).get("lang") for d in gold["docs"]}
        out["dev"] = judge(score, gold, args.news_dev)
        for lang in sorted({lg for lg in langs.values() if lg}):
            out[f"dev {lang}"] = judge(score, _part(gold, lambda d, lg=lang: langs.get(d) == lg), args.news_dev)
    if args.roles_pool is not None:
        pool = ROOT / "eval" / "roles_pool"
        gold = pools.gold_of(pool)
        heldout = set(gold.get("heldout", []))
        out["pool tuning"] = judge(score, _part(gold, lambda d: d not in heldout), args.roles_pool)
        held = judge(score, _part(gold, lambda d: d in heldout), args.roles_pool)
        held["listing"] = []  # never read: the aggregate figure only
        out["pool heldout"] = held
        # each batch built by stories (gold.json's `batches`), its tuning and held-out parts apart
        for name, files in gold.get("batches", {}).items():
            batch = set(files)
            out[f"pool batch {name} tuning"] = judge(
                score, _part(gold, lambda d, b=batch: d in b and d not in heldout), args.roles_pool)
            held = judge(score, _part(gold, lambda d, b=batch: d in b and d in heldout), args.roles_pool)
            held["listing"] = []  # never read: the aggregate figure only
            out[f"pool batch {name} heldout"] = held
    for name, r in out.items():
        print(f"{name}\troles precision {r['precision']} strict {r['strict']}"
              f" (judged {r['judged']}, right {r['right']})"
              + "\t" + " ".join(f"{k}={v}" for part in ("not_wrong", "wrong") for k, v in r[part].items())
              + f"\tunjudged {r['unjudged']}")
    if args.list:
        for name in ("dev", "pool tuning"):
            for row in out.get(name, {}).get("listing", []):
                print(f"{name}\t{row}")
    if args.json:
        args.json.write_text(json.dumps({k: {f: v for f, v in r.items() if f != "listing"} for k, r in out.items()},
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
