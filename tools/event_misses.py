#!/usr/bin/env python3
"""Why each required gold event is missed: a table of causes over a kept veille store + export.

For eval/news dev (`--keep` of eval/news/evaluate.py: DIR/dev/store.duckdb, DIR/dev/export) or a
pool's tuning part (`--keep` of a pool script: DIR/store.duckdb, DIR/export). Held-out items of a
pool are skipped (its index.tsv column `heldout`), and only their counts could be printed, never
their text: this tool lists tuning items only.

Each missed required event gets the first cause that holds, in this order:
  date       an exported event of a gold type and its actors, dated outside the gold's day
  code       an exported event with the gold's actors, of another PLOVER type
  filtered   a candidate before the filter matches (the filter removed it)
  actor:*    a candidate of a gold type with some actors but not all; the missing side is
             `unnamed` (no surface form of it in the text: the police, the court, the state
             implied), `not-entity` (a form is in the text, no mention covers it) or
             `not-attached` (a mention of it exists, the rules did not attach it; `in-sent` only
             where that mention lies in a sentence holding a trigger of the gold's type, evt37)
  noactor:*  a trigger of a gold type in the text but no candidate of that type (too few actors
             attached: the same three sub-causes, for the gold's first unmatched side)
  trigger    no trigger of a gold type anywhere in the article
score.py does not score direction (the sides are unordered groups), so no miss is "direction".

    VEILLE_SHARED=... PYTHONPATH=src python tools/event_misses.py --store S --export E --gold G [--index I]
"""

from __future__ import annotations

import argparse
import copy
import csv
import importlib.util
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("VEILLE_SHARED", "../shared"))


def _scorer(gold: dict[str, Any], export: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    score: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score, score.Scorer(gold, score.Export(export), None)


class _Recorder:
    def __init__(self) -> None:
        self.seen: list[Any] = []

    def keep(self, events: list[Any], article: Any, starts: Any, headline: Any = None) -> list[Any]:
        self.seen = copy.deepcopy(events)
        return events


def _as_export(ev: Any) -> dict[str, Any]:
    return {"type": ev.type, "actors": {"source": ev.source, "target": ev.target}, "date": {"value": ev.date}}


_BE = {"is", "was", "were", "are", "been", "be", "being"}


def _trigger_types(article: Any, doc: Any, lex: Any) -> dict[str, list[tuple[int, int, bool]]]:
    """Per PLOVER type any trigger of the lexicon names (with its senses' types): the sentence
    spans holding one, and whether the trigger is a passive verb there."""
    from veille.stages.events.french import match_triggers
    from veille.stages.events.senses import is_passive
    from veille.stages.nlp import segments
    types: dict[str, list[tuple[int, int, bool]]] = {}

    def add(trig: dict[str, Any], span: Any, passive: bool) -> None:
        kinds = {trig["type"]} | {s["type"] for s in trig.get("senses", []) or []
                                  if isinstance(s, dict) and s.get("type")}
        for k in kinds:
            types.setdefault(k, []).append((span.start_char, span.end_char, passive))
    for span in segments(doc):
        if article.lang == "en":
            words = [t.lower_ for t in span]
            for i, w in enumerate(words):
                for trig in lex.english.by_form.get(w, ()):
                    if words[i + 1:i + 1 + len(trig["_rest"])] == trig["_rest"]:
                        add(trig, span, i > 0 and (words[i - 1] in _BE or (i > 1 and words[i - 2] in _BE)))
        else:
            for trig, toks in match_triggers(span, lex):
                add(trig, span, toks[0].pos_ == "VERB" and is_passive(toks[0]))
    return types


def _side_cause(scorer: Any, candidates: list[dict[str, Any]], gev: dict[str, Any], body: str,
                spans: list[tuple[int, int]], sents: list[tuple[int, int, bool]]) -> str:
    """Why the gold's first side that no candidate holds is missing: unnamed in the text, named
    but no mention covers it, or a mention of it the rules did not attach; `in-sent`: named in a
    sentence holding a trigger of the gold's type; `/passive`: one such trigger is passive."""
    voice = "/passive" if any(x[2] for x in sents) else ""
    forms_of = [[scorer.x.actor_forms(x) for x in (ev["actors"]["source"] + ev["actors"]["target"])]
                for ev in candidates] or [[]]
    best = max(forms_of, key=lambda fs: sum(any(scorer.matches(f, grp) for f in fs) for grp in gev["actors"]))
    for grp in gev["actors"]:
        if any(scorer.matches(f, grp) for f in best):
            continue
        surface = {s for n in grp for s in scorer.kb_forms.get(n, {n.casefold()})}
        where = [m.start() for s in surface if len(s) > 2
                 for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", body)]
        if not where:
            return "unnamed" + voice
        covered = [w for w in where if any(lo <= w < hi for lo, hi in spans)]
        if not any(a <= w < b for w in covered for a, b, _ in sents) and any(
                a <= w < b for w in where for a, b, _ in sents):
            # named in a trigger's sentence, but the mention covering it lies elsewhere (evt37):
            # no attachment could reach it there
            return "not-entity/in-sent"
        inside = "in-sent" if any(a <= w < b for w in covered for a, b, _ in sents) else "elsewhere"
        if not covered:
            return "not-entity/" + inside
        return "not-attached/" + inside + voice
    return "other"


def context(config_path: Path | None) -> Any:
    """The pipeline context the events are rerun with: the defaults, or a veille TOML's options
    (`[events] english_parser`: the parse's candidates, evt66), as the kept run was made with."""
    from veille.config import Config
    from veille.pipeline import Context

    return Context(config=Config.from_toml(config_path) if config_path else Config())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--export", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--index", type=Path, help="a pool's index.tsv: its held-out rows are skipped")
    ap.add_argument("--list", action="store_true", help="print each miss with its cause")
    ap.add_argument("--config", type=Path, help="a veille TOML configuration (e.g. [events] english_parser: "
                    "the events are rerun with its options; evt66)")
    args = ap.parse_args()

    from veille.stages.events import english_gate, english_parser, events_of, load_lexicon
    from veille.stages.events.headline import read as read_headline
    from veille.stages.nlp import parsed
    from veille.store.db import Store

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    held: set[str] = set()
    if args.index:
        with args.index.open(encoding="utf-8") as f:
            held = {r["file"] for r in csv.DictReader(f, delimiter="\t")
                    if r.get("heldout", "").strip() in ("1", "yes", "true", "x")}
    _, scorer = _scorer(gold, args.export)
    ctx = context(args.config)
    lex = load_lexicon()
    rec = _Recorder()
    lex.filter = rec  # type: ignore[assignment]
    store = Store.open(args.store)
    articles = list(store.iter_articles())
    store.close()
    causes: Counter[str] = Counter()
    by_lang: dict[str, Counter[str]] = {"en": Counter(), "fr": Counter()}
    total = 0
    for a in articles:
        name = Path(a.source or "").name
        if name in held or Path(name).stem in held:
            continue
        g = gold["docs"].get(name)
        if not g or "events" not in g:
            continue
        exported = scorer.x.events_in.get(scorer.x.article(name)["id"], []) if scorer.x.article(name) else []
        doc = parsed(a, ctx)
        events_of(a, doc, lex, english_parser(ctx) if a.lang == "en" else None,
                  english_gate(ctx) if a.lang == "en" else None, read_headline(a, ctx))
        raw = [_as_export(e) for e in rec.seen]
        trig_types = _trigger_types(a, doc, lex)
        body = a.body.casefold()
        spans = [(m.start, m.end) for m in a.mentions]
        used: set[int] = set()
        for gev in sorted(g["events"], key=lambda e: bool(e.get("optional"))):
            hit = next((i for i, ev in enumerate(exported) if i not in used and scorer._event_matches(ev, gev)), None)
            if hit is not None:
                used.add(hit)
                continue
            if gev.get("optional"):
                continue
            total += 1
            nodate = dict(gev, date=None)

            sents = [x for t in gev["types"] for x in trig_types.get(t, [])]

            def actors_ok(ev: dict[str, Any], gev: dict[str, Any] = gev) -> bool:
                return bool(scorer._event_matches(dict(ev, type=gev["types"][0]), dict(gev, date=None)))

            if any(scorer._event_matches(ev, nodate) for ev in exported):
                cause = "date"
            elif any(actors_ok(ev) for ev in exported):
                cause = "code"
            elif any(scorer._event_matches(ev, gev) for ev in raw):
                cause = "filtered"
            elif any(scorer._event_matches(ev, nodate) for ev in raw):
                cause = "date(raw)"
            else:
                typed = [ev for ev in raw if ev["type"] in gev["types"]]
                if typed:
                    cause = "actor:" + _side_cause(scorer, typed, gev, body, spans, sents)
                elif sents:
                    cause = "noactor:" + _side_cause(scorer, [], gev, body, spans, sents)
                else:
                    cause = "trigger"
            causes[cause] += 1
            by_lang.setdefault(a.lang or "?", Counter())[cause] += 1
            if args.list:
                print(f"{name}\t{a.lang}\t{cause}\t{gev['types']}\t{gev['actors']}\t{gev.get('date')}")
    print(f"missed required events: {total}")
    for c, n in causes.most_common():
        print(f"{c:24s}{n:4d}   en {by_lang['en'][c]:3d}  fr {by_lang['fr'][c]:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
