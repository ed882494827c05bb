#!/usr/bin/env python3
"""Every event candidate of one language over a kept store, with the filter's probability, its
modality, its first evidence and what it matches in the gold: the census behind events@59's classes
of false events (a candidate KEPT that matches nothing is a false event; `drop` ones the filter or a
later rule removed).

For eval/news dev (`--keep` of eval/news/evaluate.py: DIR/dev/store.duckdb, DIR/dev/export,
DIR/dev/gold-fr.json, with eval/news/index.tsv: only `split` dev rows) or a pool's tuning part
(`--keep` of a pool script: DIR/store.duckdb, DIR/export, the pool's gold.json and index.tsv:
held-out rows are skipped, never printed). The events stage is rerun with the current code over
the stored articles (bodies, mentions and timexes as the kept run found them), so a rule can be
judged in seconds; the corpus steps are not rerun, so a cross-source merge is not seen.

    VEILLE_SHARED=... PYTHONPATH=src python tools/event_candidates.py STORE EXPORT GOLD INDEX [--lang fr]
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_misses  # the scorer loader and the export form of a candidate


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("store", "export", "gold", "index"):
        ap.add_argument(name, type=Path)
    ap.add_argument("--lang", default="fr")
    ap.add_argument("--config", type=Path, help="a veille TOML configuration (e.g. [events] english_parser: "
                    "the events are rerun with its options; evt66)")
    args = ap.parse_args()

    from veille.stages.events import english_gate, english_parser, events_of, load_lexicon
    from veille.stages.events.filter import EventFilter, load_filter
    from veille.stages.events.headline import read as read_headline
    from veille.stages.nlp import parsed
    from veille.store.db import Store

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    with args.index.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    # a pool's held-out rows and eval/news's test rows are never read
    skip = {r["file"] for r in rows if r.get("heldout", "").strip() in ("1", "yes", "true", "x")
            or r.get("split", "dev") != "dev"}
    _, scorer = event_misses._scorer(gold, args.export)
    shipped = load_filter()
    assert shipped is not None
    real: EventFilter = shipped
    ctx = event_misses.context(args.config)
    lex = load_lexicon()
    seen: list[tuple[Any, float]] = []

    class Recorder:
        def keep(self, events: list[Any], article: Any, starts: Any, headline: Any = None) -> list[Any]:
            model = dict(real.languages).get(article.lang or "", real)
            seen[:] = [(copy.deepcopy(e), model.probability(model.row(e, article, starts, len(events), headline)))
                       for e in events]
            return real.keep(events, article, starts, headline)

    lex.filter = Recorder()  # type: ignore[assignment]
    store = Store.open(args.store)
    articles = list(store.iter_articles())
    store.close()
    for a in sorted(articles, key=lambda a: a.source or ""):
        name = Path(a.source or "").name
        g = gold["docs"].get(name)
        if name in skip or a.lang != args.lang or not g or "events" not in g:
            continue
        kept = events_of(a, parsed(a, ctx), lex, english_parser(ctx) if a.lang == "en" else None,
                  english_gate(ctx) if a.lang == "en" else None, read_headline(a, ctx))
        keys = {(e.type, tuple(e.source), tuple(e.target)) for e in kept}
        print(f"==== {name} title={a.title!r}")
        for gev in g["events"]:
            print(f"  GOLD {'opt' if gev.get('optional') else 'REQ'} {'|'.join(gev['types'])} {gev['actors']} "
                  f"{gev.get('date')}")
        for e, p in seen:
            hits = [gev for gev in g["events"] if scorer._event_matches(event_misses._as_export(e), gev)]
            tag = ("REQ" if any(not x.get("optional") for x in hits) else "opt") if hits else "FALSE"
            state = "KEPT" if (e.type, tuple(e.source), tuple(e.target)) in keys else "drop"
            ev = e.evidence[0]
            print(f"  {state} {tag:5} p={p:.2f} {e.type} {e.modality} {e.source}->{e.target} {e.date} "
                  f"n={len(e.evidence)} | {a.body[ev.start:ev.end][:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
