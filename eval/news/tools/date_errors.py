#!/usr/bin/env python3
"""Publication-date errors on eval/news **dev**, by the way each date was found (`published_how`).

Reads a dev export written by `evaluate.py --keep DIR` (DIR/dev/export) and the dev gold, and
prints, for each `published_how`, how many articles it dated and how many of them fall inside the
gold interval; then each wrong or missing date with its story, so a change to the dating can be
judged per method.  Refuses any split but dev: test is for reporting only (eval/news/README.md).

`--methods` also measures the fallbacks on every article dated another way, as if it were
undated: the text's lower bound (`time.dct.lower_bound`), that bound moved up to
`dct.BOUND_DAYS` later by the text's bare past weekdays (`dct.choose_day`: the time stage's
`text` since time@8), and the story siblings'
date (`stories.anchor.sibling_span`, without the event veto), so each is measured on more than
the few articles it dates.

    .venv/bin/python eval/news/evaluate.py --splits dev --no-baseline --keep /tmp/k
    .venv/bin/python eval/news/tools/date_errors.py /tmp/k/dev/export [--methods]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]


def interval(value: str | None) -> tuple[date, date] | None:
    """'2025-04-03' or '2025-04-03/2025-04-05' as (first, last) day; None otherwise."""
    if not value:
        return None
    a, _, b = value.partition("/")
    try:
        first = date.fromisoformat(a[:10])
        last = date.fromisoformat((b or a)[:10])
    except ValueError:
        return None
    return first, last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", type=Path, help="the dev export folder (evaluate.py --keep DIR: DIR/dev/export)")
    ap.add_argument("--quiet", action="store_true", help="only the table, not each error")
    ap.add_argument("--methods", action="store_true", help="also measure the fallbacks on articles dated otherwise")
    args = ap.parse_args()
    if "test" in args.export.parts:
        print("date_errors.py reads dev only", file=sys.stderr)
        return 2
    gold = json.loads((HERE / "dev" / "gold.json").read_text(encoding="utf-8"))["docs"]
    rows = [json.loads(line) for line in (args.export / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    by_source = {Path(str(a.get("source") or a["id"])).name: a for a in rows}
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    errors = []
    for doc, g in sorted(gold.items()):
        want = interval(g.get("published"))
        art = by_source.get(doc)
        if want is None or art is None:
            continue
        how = art.get("published_how") or "none"
        got = interval(art.get("published"))
        ok = got is not None and want[0] <= got[0] and got[1] <= want[1]
        total[how] += 1
        right[how] += ok
        if not ok:
            off = (got[0] - want[0]).days if got and got[0] < want[0] else \
                (got[1] - want[1]).days if got else None
            errors.append((how, doc, g.get("story"), art.get("published"), g["published"], off))
    print(f"{'published_how':<16}{'dated':>6}{'right':>7}{'precision':>11}")
    for how in sorted(total, key=lambda h: -total[h]):
        print(f"{how:<16}{total[how]:>6}{right[how]:>7}{right[how] / total[how]:>11.3f}")
    n = sum(total.values())
    print(f"{'all':<16}{n:>6}{sum(right.values()):>7}{sum(right.values()) / n:>11.3f}")
    if not args.quiet:
        print(f"\n{'how':<16}{'doc':<11}{'story':<30}{'got':<13}{'gold':<24}days off")
        for how, doc, story, got, want, off in errors:
            print(f"{how:<16}{doc:<11}{story!s:<30}{got!s:<13}{want:<24}{'' if off is None else off}")
    if args.methods:
        methods(rows, gold)
    return 0


def methods(rows: list[dict[str, Any]], gold: dict[str, Any]) -> None:
    """Each fallback on the articles dated another way (url, date line, text...), hiding their date."""
    from datetime import timedelta

    from veille.model import Article
    from veille.stages.stories.anchor import sibling_span
    from veille.stages.time import date_clues
    from veille.stages.time.dct import BOUND_DAYS, choose_day

    members: dict[str, list[Article]] = {}
    kept: list[tuple[Article, tuple[date, date]]] = []
    for row in rows:
        art = Article(id=row["id"], source=row["id"], raw=row["body"], body=row["body"], lang=row.get("lang"),
                      published=row.get("published"), published_how=row.get("published_how") or "none")
        members.setdefault(str(row.get("story")), []).append(art)
        want = interval(gold.get(Path(str(row.get("source") or row["id"])).name, {}).get("published"))
        if want is not None and art.published_how not in ("story", "none"):
            kept.append((art, want))
    dated: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for art, (first, last) in kept:
        story = next(m for m in members.values() if art in m)
        bound, weekdays = date_clues(Article(id=art.id, source=art.id, raw=art.body, body=art.body, lang=art.lang))
        guesses: dict[str, date | None] = {"text bound": bound}
        if bound is not None:
            guesses["text bound+weekdays"] = choose_day([bound + timedelta(days=k) for k in range(BOUND_DAYS + 1)],
                                                        weekdays, bound)
        found = sibling_span(art, story, weekdays)
        guesses["story siblings"] = date.fromisoformat(found[0]) if found else None
        for name, day in guesses.items():
            if day is not None:
                dated[name] += 1
                right[name] += first <= day <= last
    print(f"\n{'fallback (date hidden)':<24}{'dated':>6}{'right':>7}{'precision':>11}   of {len(kept)}")
    for name in dated:
        print(f"{name:<24}{dated[name]:>6}{right[name]:>7}{right[name] / dated[name]:>11.3f}")


if __name__ == "__main__":
    sys.exit(main())
