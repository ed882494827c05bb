#!/usr/bin/env python3
"""Quote and speaker errors on eval/news **dev**, matched the way ../shared/tools/score.py matches.

Reads a dev export written by `evaluate.py --keep DIR` (DIR/dev/export) and the dev gold, and
prints each gold quote that no quote covers (missed), each quote found with the wrong speaker,
and each quote found that no gold quote claims (spurious), with the sentence around it, so a
change to the quote rules can be judged by the classes it fixes. `--diff OLD` prints only the
lines that differ from an earlier run's output (how many documents a change touches). Refuses
any split but dev: test is for reporting only (eval/news/README.md).

    .venv/bin/python eval/news/evaluate.py --splits dev --no-baseline --keep /tmp/k
    .venv/bin/python eval/news/tools/quote_errors.py /tmp/k/dev/export [--lang en] [--only speaker]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
# ../shared beside the checkout; VEILLE_SHARED where the checkout is a worktree elsewhere (as evaluate.py).
SCORER = Path(os.environ.get("VEILLE_SHARED", HERE.parents[1].parent / "shared")) / "tools" / "score.py"


def load_scorer() -> Any:
    """../shared/tools/score.py as a module (also used by requote.py)."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _context(body: str, start: int, end: int, width: int = 90) -> str:
    return body[max(0, start - width):min(len(body), end + width)].replace("\n", " / ")


def classify(score: Any, gold: dict[str, Any], export: Any, articles: Path | None,
             keep: Callable[[str], bool] = lambda doc: True) -> Iterator[tuple[str, str, Any, Any]]:
    """(kind, document, gold quote, quote found) for each gold quote no quote covers ("missed"),
    each quote found with the wrong speaker ("speaker") and each quote no gold quote claims
    ("spurious"), matched the way score.py matches them (also used by eval/quotes_pool)."""
    scorer = score.Scorer(gold, export, articles)
    norm = score.norm
    for doc, g in sorted(gold["docs"].items()):
        art = export.article(doc)
        if art is None or "quotes" not in g or not keep(doc):
            continue
        preds = export.quotes_in.get(art["id"], [])
        used: set[int] = set()
        for gq in g["quotes"]:
            snippet = norm(gq["contains"])
            hit = next((i for i, q in enumerate(preds) if i not in used and
                        (snippet in norm(q.get("text", "")) or
                         (len(norm(q.get("text", ""))) > 15 and norm(q.get("text", "")) in snippet))), None)
            if hit is None:
                if not gq.get("optional"):
                    yield "missed", doc, gq, None
                continue
            used.add(hit)
            if gq.get("optional"):
                continue
            q = preds[hit]
            forms = export.actor_forms(q["speaker"]) if q.get("speaker") else set()
            text = norm(q.get("speaker_text") or "")
            if not (scorer.matches(forms, gq["speaker"]) or any(norm(a) in text for a in gq["speaker"] if text)):
                yield "speaker", doc, gq, q
        for i, q in enumerate(preds):
            if i not in used:
                yield "spurious", doc, None, q


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path, help="the dev export folder (evaluate.py --keep DIR: DIR/dev/export)")
    ap.add_argument("--lang", help="only the documents in this language (index.tsv)")
    ap.add_argument("--only", choices=["missed", "speaker", "spurious"], help="one kind of error")
    args = ap.parse_args()
    if "test" in args.export.parts:
        print("quote_errors.py reads dev only", file=sys.stderr)
        return 2
    score = load_scorer()
    gold = json.loads((HERE / "dev" / "gold.json").read_text(encoding="utf-8"))
    export = score.Export(args.export)
    langs = {}
    rows = (HERE / "index.tsv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    for row in rows[1:]:
        cells = dict(zip(head, row.split("\t"), strict=False))
        langs[cells["file"]] = cells["language"]
    norm = score.norm
    counts = {"missed": 0, "speaker": 0, "spurious": 0}
    for kind, doc, gq, q in classify(score, gold, export, HERE / "dev" / "articles",
                                     lambda doc: not args.lang or langs.get(doc) == args.lang):
        counts[kind] += 1
        if args.only not in (None, kind):
            continue
        body = export.article(doc).get("body", "")
        if kind == "missed":
            snippet = norm(gq["contains"])
            where = norm(body).find(snippet)
            ctx = _context(norm(body), where, where + len(snippet)) if where >= 0 else "(not in body)"
            print(f"MISSED   {doc} [{'|'.join(gq['speaker'])}] {gq['contains']!r}\n         {ctx}")
        elif kind == "speaker":
            print(f"SPEAKER  {doc} gold [{'|'.join(gq['speaker'])}] got {q.get('speaker')!r} "
                  f"/ {q.get('speaker_text')!r}\n         {_context(body, q['start'], q['end'], 60)}")
        else:
            print(f"SPURIOUS {doc} {q.get('speaker_text')!r} {q.get('text', '')[:140]!r}")
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
