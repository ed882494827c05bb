#!/usr/bin/env python3
"""Which events a cleaning change moves: two checkouts' clean stage over the eval inputs, then every
article stage after it on the pages whose title or body the two give differently, events compared.

A change to cleaning reaches the events through the body (a line that carried an event's only
mention, a sentence split moved, the lede shifted) and through the title (the events filter's title
features, the roles a headline states).  eval/news dev and eval/events_pool score events but hold few
of the pages a cleaning change touches; this tool runs both checkouts over eval/news dev,
eval/events_pool and eval/clean_pool (as tools/clean_pool.py batches it) and lists, for each page whose
title or body changed, the events each checkout finds there (the same batch of changed pages run
through nlp, entities, time, events and quotes in each).  (cln43) For a page whose events moved, each
candidate whose filter verdict changed is listed with its probability on each side and the filter
features whose logit terms moved most (`actor_share_core +0.734`: names the cut lines held), or as
no longer a candidate (its sentence left the body).  Held-out pages (eval/clean_pool/heldout.txt,
eval/events_pool/index.tsv) are named by id only: no text, no event.  The test split is never read.

    PYTHONPATH=src .venv/bin/python tools/clean_events_diff.py --before /tmp/main/src [--after src]

`--before`/`--after`: the `src` folders of the two checkouts (`git archive main src | tar -x -C DIR`).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def held_out() -> set[str]:
    """The held-out pages of the pools this tool reads."""
    held = {line.strip() for line in (ROOT / "eval/clean_pool/heldout.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    with (ROOT / "eval/events_pool/index.tsv").open(encoding="utf-8") as f:
        held |= {row["file"] for row in csv.DictReader(f, delimiter="\t") if row["heldout"] != "no"}
    return held


def _batches() -> dict[str, list[list[Any]]]:
    """The eval inputs as runs batch them: eval/news dev and eval/events_pool in the run's batches,
    eval/clean_pool as tools/clean_pool.py cleans it (one batch, and one per batch built by stories)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import train_line_classifier as trainer

    from veille.config import Config
    from veille.ingest.readers import read_inputs
    from veille.model import Article

    def read(path: Path) -> list[Article]:
        return [a for a in read_inputs([path]) if isinstance(a, Article)]

    size = Config().batch_size
    out: dict[str, list[list[Any]]] = {}
    for name, path in (("dev", ROOT / "eval/news/dev/input.jsonl"), ("ev", ROOT / "eval/events_pool/input.jsonl")):
        articles = read(path)
        out[name] = [articles[i:i + size] for i in range(0, len(articles), size)]
    pages = trainer.load_pool()
    stories = trainer.pool_stories()
    with tempfile.TemporaryDirectory() as tmp:
        pool = Path(tmp) / "pool.jsonl"
        pool.write_text("".join(json.dumps({"id": n, "url": u, "text": t}, ensure_ascii=False) + "\n"
                                for n, u, t, _ in pages), encoding="utf-8")
        articles = read(pool)
    out["pool"] = [[a for a in articles if str(a.source) not in stories]] + [
        [a for a in articles if stories.get(str(a.source), ("",))[0] == batch]
        for batch in sorted({batch for batch, _, _ in stories.values()})]
    return out


def run_side(out: Path, wanted: Path | None) -> None:
    """(Run under one checkout's PYTHONPATH.) Clean every input; with `wanted`, run the later article
    stages (dedup aside) over the wanted pages of each batch; write titles, bodies and events."""
    from veille.config import Config
    from veille.pipeline import STAGES, Context, run_stage

    want = set(wanted.read_text(encoding="utf-8").split()) if wanted else set()
    ctx = Context(config=Config())
    weighed = _record_filter()
    result: dict[str, dict[str, Any]] = {}
    for name, batches in _batches().items():
        for batch in batches:
            cleaned = run_stage(STAGES[0], batch, ctx).articles
            for a in cleaned:
                result[f"{name}:{a.source}"] = {"title": a.title, "body": a.body}
            chosen = [a for a in cleaned if f"{name}:{a.source}" in want]
            for st in STAGES[1:]:
                if st.name != "dedup" and chosen:
                    chosen = run_stage(st, chosen, ctx).articles
            for a in chosen:
                names = {m.entity: m.text for m in reversed(a.mentions) if m.entity}
                result[f"{name}:{a.source}"]["events"] = sorted(
                    [e.type, e.trigger, [names.get(s, s) for s in e.source], [names.get(t, t) for t in e.target],
                     e.date or ""] for e in a.events)
                result[f"{name}:{a.source}"]["weighed"] = weighed.pop(a.id, [])
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def _record_filter() -> dict[str, list[list[Any]]]:
    """Wrap the events filter so that each candidate event it weighs is recorded by article id: its
    type, trigger, first offset, probability, whether kept, and each feature's term in the logit
    (weight times the standardised value), so that a moved event names the feature that moved it."""
    from veille.stages.events.filter import EventFilter

    weighed: dict[str, list[list[Any]]] = {}
    plain = EventFilter.keep

    def keep(self: EventFilter, events: list[Any], article: Any, starts: Any, headline: Any = None) -> list[Any]:
        model = dict(self.languages).get(article.lang or "", self)
        # (events@66) the headline only to a filter that reads it: the other side may be older
        kept = plain(self, events, article, starts, headline) if headline is not None \
            else plain(self, events, article, starts)
        for e in events:
            row = model.row(e, article, starts, len(events), headline) if headline is not None \
                else model.row(e, article, starts, len(events))
            terms = {f: round(w * (x - m) / sc, 3) for f, w, x, m, sc
                     in zip(model.features, model.weights, row, model.mean, model.scale, strict=True)}
            weighed.setdefault(article.id, []).append(
                [e.type, e.trigger, min((v.start for v in e.evidence), default=0),
                 round(model.probability(row), 3), any(k is e for k in kept), terms])
        return kept

    EventFilter.keep = keep  # type: ignore[method-assign,assignment]
    return weighed


def _why(x: list[list[Any]], y: list[list[Any]]) -> list[str]:
    """For each candidate whose verdict the filter changed (matched by type and trigger, in order),
    its probability before and after and the features whose logit terms moved most."""
    lines: list[str] = []
    after = list(y)
    for c in x:
        twin = next((d for d in after if d[0] == c[0] and d[1] == c[1]), None)
        if twin is None:
            lines.append(f"    ~ candidate {c[0]} {c[1]!r} p={c[3]} kept={c[4]} -> no longer a candidate")
            continue
        after.remove(twin)
        if twin[4] != c[4]:
            moved = sorted(((round(twin[5][f] - c[5][f], 3), f) for f in c[5] if twin[5][f] != c[5][f]),
                           key=lambda t: -abs(t[0]))
            lines.append(f"    ~ candidate {c[0]} {c[1]!r} p={c[3]} -> {twin[3]} kept={c[4]} -> {twin[4]}; "
                         + ", ".join(f"{f} {d:+}" for d, f in moved[:5]))
    for d in after:
        lines.append(f"    ~ new candidate {d[0]} {d[1]!r} p={d[3]} kept={d[4]}")
    return lines


def _side(src: Path, out: Path, wanted: Path | None) -> dict[str, dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--side", str(out)]
    cmd += ["--wanted", str(wanted)] if wanted else []
    subprocess.run(cmd, env=env, check=True)
    loaded: dict[str, dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def report(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]], held: set[str]) -> list[str]:
    """The lines to print: each changed page (held-out ones by id only), its title and body lines
    changed, and the events each side finds there when they differ."""
    lines: list[str] = []
    moved = 0
    for key in sorted(before):
        x, y = before[key], after[key]
        title, body = x["title"] != y["title"], x["body"] != y["body"]
        if not (title or body):
            continue
        what = " ".join(w for w, on in (("title", title), ("body", body)) if on)
        events_moved = x.get("events") != y.get("events")
        moved += events_moved
        if key.split(":", 1)[1] in held:
            lines.append(f"{key} HELD-OUT {what}{' events moved' if events_moved else ''}")
            continue
        lines.append(f"{key} {what}")
        if title:
            lines.append(f"    title {x['title']!r} -> {y['title']!r}")
        for diff in difflib.unified_diff(x["body"].splitlines(), y["body"].splitlines(), lineterm="", n=0):
            if not diff.startswith(("---", "+++", "@@")):
                lines.append(f"    {diff[:140]}")
        if events_moved:
            for ev in x.get("events", []):
                if ev not in y.get("events", []):
                    lines.append(f"    - event {ev}")
            for ev in y.get("events", []):
                if ev not in x.get("events", []):
                    lines.append(f"    + event {ev}")
            lines.extend(_why(x.get("weighed", []), y.get("weighed", [])))
    changed = sum(1 for k in before if before[k]["title"] != after[k]["title"] or before[k]["body"] != after[k]["body"])
    lines.append(f"{changed} pages changed, events moved on {moved}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="the src folder of the checkout before the change")
    parser.add_argument("--after", type=Path, default=ROOT / "src")
    parser.add_argument("--side", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--wanted", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        run_side(args.side, args.wanted)
        return 0
    if args.before is None:
        parser.error("--before is needed")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        first = {side: _side(src, work / f"{side}.json", None) for side, src in (("a", args.before), ("b", args.after))}
        wanted = work / "wanted.txt"
        wanted.write_text("\n".join(k for k in first["a"] if first["a"][k] != first["b"][k]), encoding="utf-8")
        before = _side(args.before, work / "a2.json", wanted)
        after = _side(args.after, work / "b2.json", wanted)
    print("\n".join(report(before, after, held_out())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
