#!/usr/bin/env python3
"""Roles on unseen news: veille over eval/roles_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export against `gold.json` with the shared scorer and prints roles recall and people recall
(the gold lists people only, so entity precision means nothing here), for the tuning part and the
held-out part (`gold.json`'s `heldout`, drawn before any error was read) apart, each per language,
then each batch built by stories (`gold.json`'s `batches`) whole, per language, tuning and held-out.
`--errors` lists each missed role of the tuning part only, article by article (what the person's
mentions state in that article beside it): the held-out part's misses are never
printed, so that it stays an estimate on unseen text. `--export DIR` scores a kept export.

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/roles_pool/evaluate.py [--errors] [--json OUT]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the scorer, the index and the run every pool shares


def parts(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The pool cut into tuning / held-out, each all and per language: name -> gold restricted; then
    each batch by stories (`gold.json`'s `batches`: name -> its files) whole, per language, and cut
    into its tuning / held-out parts the same way ("batch rbs37", "batch rbs37 en", "batch rbs37
    heldout fr", ...): a batch's held-out part is its unseen estimate."""
    langs = pools.languages(HERE)
    out = {**pools.named_parts(gold, langs), "all": gold}
    for name, files in gold.get("batches", {}).items():
        batch = dict(gold, docs={d: g for d, g in gold["docs"].items() if d in set(files)})
        out[f"batch {name}"] = batch
        for lang in sorted(set(langs.values())):
            out[f"batch {name} {lang}"] = dict(batch, docs={d: g for d, g in batch["docs"].items()
                                                            if langs.get(d) == lang})
        out.update({f"batch {name} {part}": g for part, g in pools.named_parts(batch, langs).items()})
    return out


def figures(scorer: Any) -> dict[str, Any]:
    roles = scorer.roles()
    people = scorer.entities()["untyped"]
    return {"roles_recall": roles["recall"], "roles_n": roles["n"],
            "people_recall": people["r"], "people_n": people["tp"] + people["fn"]}


def scores(score: Any, export: Path) -> dict[str, Any]:
    return pools.score_parts(score, export, HERE, parts(pools.gold_of(HERE)), figures)


def errors(score: Any, export: Path) -> int:
    """Each missed role of the tuning part, article by article, with the offices the person's mentions
    state **in that article** (`mentions[].roles`): the entity's roles pooled over the corpus carry other
    articles' offices, which hid what this text's reading gave. A role the pooled scorer credits from
    another article but this article's mentions miss is listed too, marked `MISSED-HERE` (score.py
    counts it a hit: it is not in the `missed` count); one this article's mentions hold but the linked
    entity lost, `MISSED-LINKED`."""
    gold = pools.gold_of(HERE)
    tune = parts(gold)["tune"]
    x = score.Export(export)
    missed = 0
    for doc, g in sorted(tune["docs"].items()):
        one = score.Scorer(dict(tune, docs={doc: g}), x, HERE / "articles")
        pooled = set(one.roles()["misses"])
        art = x.article(doc)
        for role in g.get("roles", []):
            person = role["person"]
            label = f"{person}: {' '.join(role['title'])} / {role.get('of')}"
            got = _held_here(score, one, x, art, person)
            here = any(_fits(score, one, x, role, r) for r in got)
            missed += label in pooled
            if here and label not in pooled:
                continue
            mark = "MISSED-HERE" if not here and label not in pooled else "MISSED-LINKED" if here else "MISSED"
            shown = [f"{r.get('title')} / {_of_name(x, r.get('of'))}" for r in got]
            print(f"{mark} {doc} {label}  got here {shown}")
    return missed


def _held_here(score: Any, scorer: Any, x: Any, art: Any, person: str) -> list[dict[str, Any]]:
    """The offices the mentions of `person` (as score.py matches names, on the article's forms) state
    in article `art`."""
    if art is None:
        return []
    return [r for ent in x.entities_in.get(art["id"], []) if scorer.matches(x.forms(ent, art["id"]), [person])
            for m in ent.get("mentions", []) if m.get("article") == art["id"]
            for r in m.get("roles") or [] if isinstance(r, dict) and r.get("title")]


def _fits(score: Any, scorer: Any, x: Any, role: dict[str, Any], held: dict[str, Any]) -> bool:
    """Whether one office a mention states is the gold `role`, as score.py's recall matches it."""
    title = score.norm(held.get("title", ""))
    if not all(score.norm(k) in title for k in role["title"]):
        return False
    return not role.get("of") or bool(held.get("of") and scorer.matches(x.actor_forms(held["of"]), [role["of"]]))


def _of_name(x: Any, of: Any) -> Any:
    if isinstance(of, dict):
        of = of.get("id") or of.get("name")
    return x.entity_by_id.get(of, {}).get("name", of) if isinstance(of, str) else of


def _title_where(score: Any, body: str, art: Any, people: list[Any], keys: list[str]) -> str:
    """Where a missed title's first keyword stands from the person's mentions in the article:
    `sentence` (the same sentence), `paragraph`, `article`, or `absent` (not in the body as written)."""
    # normalised character by character, so that offsets stay the body's ("…" would be three)
    text = "".join((score.norm(c) or " ")[:1] for c in body)
    if not keys:
        return "absent"
    spots = [i for i in range(len(text)) if text.startswith(keys[0], i)]
    if not spots:
        return "absent"
    spans = [(m["start"], m["end"]) for e in people for m in e.get("mentions", [])
             if art and m.get("article") == art["id"]]
    best = "article"
    for i in spots:
        for a, b in spans:
            lo, hi = min(i, a), max(i, b)
            between = body[lo:hi]
            if "\n" not in between and not any(p in between for p in (". ", "? ", "! ")):
                gap = "near" if len(between) - (b - a) - len(keys[0]) < 40 else "far"
                return f"sentence-{'before' if i < a else 'after'}-{gap}"
            if "\n\n" not in between:
                best = "paragraph"
    return best


def _listed(score: Any, keys: list[str]) -> bool:
    """Whether a head of veille's title inventory (lexicon and titles.json) is a word sequence of the
    gold title's keywords: a miss of an unlisted head is the inventory's, a listed one the attachment's."""
    from veille.stages.entities.gazetteer import DATA
    from veille.stages.entities.roles_inventory import with_titles

    lexicon = with_titles(json.loads((DATA / "entities" / "lexicon.json").read_text(encoding="utf-8")))
    heads = {score.norm(h) for key in ("fr_heads", "en_heads") for h in lexicon[key]}
    words = " ".join(keys).split()
    return any(" ".join(words[i:j]) in heads for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def causes(score: Any, export: Path) -> dict[str, dict[str, int]]:
    """Each part's missed roles counted by cause, counts only (the held-out part's misses stay unread):
    `person` no exported entity is the person, `typed` the person is found but not typed PER, `title_*`
    the person holds no role with all the title's keywords (`none`: no role at all, `part`: one with
    some of them, `other`: only other titles), `of_missing` / `of_wrong` the title is there
    but the `of` the gold states is absent / another. The first cause that applies counts."""
    gold = pools.gold_of(HERE)
    x = score.Export(export)
    out: dict[str, dict[str, int]] = {}
    for name, part in parts(gold).items():
        scorer = score.Scorer(part, x, HERE / "articles")
        counts = {"person": 0, "typed": 0, "title_none": 0, "title_part": 0, "title_other": 0,
                  "of_missing": 0, "of_wrong": 0, "hit": 0}
        for doc, g in part["docs"].items():
            art = x.article(doc)
            body = art.get("body", "") if art else ""
            for role in g.get("roles", []):
                keys = [score.norm(k) for k in role["title"]]
                people = [e for e in x.entities if scorer.matches(x.forms(e), [role["person"]])]
                titled = [r for e in people for r in e.get("roles") or [] if isinstance(r, dict)
                          and all(k in score.norm(r.get("title", "")) for k in keys)]
                fits = [r for r in titled if not role.get("of") or (
                    r.get("of") and scorer.matches(x.actor_forms(r["of"]), [role["of"]]))]
                if fits:
                    cause = "hit"
                elif not people:
                    cause = "person"
                elif not any(e.get("type") == "PER" for e in people) and not titled:
                    cause = "typed"
                elif not titled:
                    held = [score.norm(r.get("title", "")) for e in people for r in e.get("roles") or []
                            if isinstance(r, dict)]
                    cause = ("title_none" if not held else "title_part"
                             if any(k in t for k in keys for t in held) else "title_other")
                elif all(not r.get("of") for r in titled):
                    cause = "of_missing"
                else:
                    cause = "of_wrong"
                counts[cause] += 1
                if cause.startswith("title"):
                    for sub in (_title_where(score, body, art, people, keys),
                                "listed" if _listed(score, keys) else "unlisted"):
                        counts[f"{cause}:{sub}"] = counts.get(f"{cause}:{sub}", 0) + 1
        out[name] = counts
    return out


def line(name: str, r: dict[str, Any]) -> str:
    return (f"{name}\troles recall {r['roles_recall']} (n={r['roles_n']})\t"
            f"people recall {r['people_recall']} (n={r['people_n']})")


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list each missed role of the tuning part")
    ap.add_argument("--causes", action="store_true",
                    help="count each part's misses by cause (counts only: no held-out text is printed)")
    args = ap.parse_args()

    def listed(score: Any, export: Path, _: dict[str, Any]) -> None:
        if args.errors:
            print(f"{errors(score, export)} missed (tuning part)")
        if args.causes:
            for name, counts in causes(score, export).items():
                print(f"causes {name}\t" + " ".join(f"{k}={v}" for k, v in counts.items()))

    return pools.evaluate(args, HERE, scores, line, after=listed,
                          boot=pools.Bootstrap(lambda pool: parts(pools.gold_of(pool)), *pools.ROLES))


if __name__ == "__main__":
    sys.exit(main())
