#!/usr/bin/env python3
"""Quotes and speakers on unseen news: veille over eval/quotes_pool, scored by ../shared/tools/score.py.

Runs veille (run + export) over `input.jsonl` into a temporary folder (or `--keep DIR`), then scores
the export against `gold.json` with the shared scorer, all documents and each language apart
(`index.tsv`), and prints quotes F1, P, R and speaker accuracy. `--errors` lists each missed gold
quote, wrong speaker and spurious quote, matched as score.py matches them (as
eval/news/tools/quote_errors.py does on dev). `--export DIR` scores an existing export instead of
running veille. Dev data: look at its errors freely (README.md).

    VEILLE_SHARED=../shared PYTHONPATH=src .venv/bin/python eval/quotes_pool/evaluate.py [--errors] [--json OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the scorer, the index and the run every pool shares


def index_column(name: str) -> dict[str, str]:
    return {row["file"]: row.get(name, "") for row in pools.index_rows(HERE)}


def languages() -> dict[str, str]:
    return index_column("language")


def sets() -> dict[str, str]:
    """old (q01-q16, looked at since quotes@14), new (added in the twelfth session) and heldout (a
    third of the new ones drawn at random before any run, whose errors are never listed)."""
    return index_column("set")


def parts(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each figure's name -> the gold it is scored on: all, each language, each set and batch."""
    langs, parts = languages(), sets()
    groups = [(lang, lambda d, lang=lang: langs.get(d) == lang) for lang in sorted(set(langs.values()))]
    groups += [(f"{name}/{lang}" if lang else name,
                lambda d, name=name, lang=lang: parts.get(d) == name and (not lang or langs.get(d) == lang))
               for name in ("old", "new", "new22", "new23", "new24", "new25", "new27", "new29", "new32", "new33",
                            "new34", "new36", "heldout")
               for lang in ("", "en", "fr")]
    # the twenty-fifth session's fourteen pages (q83-q96): their held-out third apart, as the unseen figure
    groups += [(f"{name}/{lang}" if lang else name,
                lambda d, held=held, lang=lang: d >= "q83" and (not held or parts.get(d) == "heldout")
                and (not lang or langs.get(d) == lang))
               for name, held in (("heldout27", True), ("added27", False)) for lang in ("", "en", "fr")]
    # the twenty-sixth session's French batch (q97-q120, quo29): its held-out third apart, the unseen figure
    def batch29(d: str) -> bool:
        return d[1:-4].isdigit() and 97 <= int(d[1:-4]) <= 120

    groups += [("heldout29", lambda d: batch29(d) and parts.get(d) == "heldout"), ("added29", batch29)]

    # the twenty-seventh session's French batch (q121-q135, quo32): its held-out third apart, the unseen figure
    def batch32(d: str) -> bool:
        return d[1:-4].isdigit() and 121 <= int(d[1:-4]) <= 135

    groups += [("heldout32", lambda d: batch32(d) and parts.get(d) == "heldout"), ("added32", batch32)]

    # the twenty-eighth session's French batch (q136-q153, quo33): its held-out third apart, the unseen figure
    def batch33(d: str) -> bool:
        return d[1:-4].isdigit() and 136 <= int(d[1:-4]) <= 153

    groups += [("heldout33", lambda d: batch33(d) and parts.get(d) == "heldout"), ("added33", batch33)]

    # the twenty-ninth session's French batch (q154-q163, quo34): live blogs, minutes, interviews, indirect speech
    def batch34(d: str) -> bool:
        return d[1:-4].isdigit() and 154 <= int(d[1:-4]) <= 163

    groups += [("heldout34", lambda d: batch34(d) and parts.get(d) == "heldout"), ("added34", batch34)]

    # the thirty-first session's French batch (q164-q175, quo36): attributions after the quote, titles and
    # pronouns, labelled answers, indirect speech; its held-out third apart, the unseen figure
    def batch36(d: str) -> bool:
        return d[1:-4].isdigit() and 164 <= int(d[1:-4]) <= 175

    groups += [("heldout36", lambda d: batch36(d) and parts.get(d) == "heldout"), ("added36", batch36)]
    # the thirty-fifth session's batch by stories (q176-q187, qub35): four stories, three outlets each, two
    # per language; one story per language held out (set heldout37), as eval/news samples its test split
    groups += [(f"{name}/{lang}" if lang else name,
                lambda d, name=name, lang=lang: parts.get(d) in name.split("+") and (not lang or langs.get(d) == lang))
               for name in ("new37", "heldout37", "new37+heldout37") for lang in ("", "en", "fr")]
    # the thirty-sixth session's batch by stories (q188-q205, qbs36): six stories, three outlets each, four French
    # and two English; one story per language held out (set heldout38), drawn with random.Random(4141)
    groups += [(f"{name}/{lang}" if lang else name,
                lambda d, name=name, lang=lang: parts.get(d) in name.split("+") and (not lang or langs.get(d) == lang))
               for name in ("new38", "heldout38", "new38+heldout38") for lang in ("", "en", "fr")]
    return {"all": gold} | {label: dict(gold, docs={d: g for d, g in gold["docs"].items() if keep(d)})
                            for label, keep in groups}


def scores(score: Any, export: Path) -> dict[str, Any]:
    return pools.score_parts(score, export, HERE, parts(pools.gold_of(HERE)), lambda scorer: scorer.quotes())


def errors(score: Any, export: Path) -> dict[str, int]:
    """Each missed, wrong-speaker and spurious quote, matched as score.py matches them
    (eval/news/tools/quote_errors.py's `classify`)."""
    sys.path.insert(0, str(HERE.parent / "news" / "tools"))
    from quote_errors import classify

    gold = pools.gold_of(HERE)
    x = score.Export(export)
    for doc in sorted(gold["docs"]):
        if x.article(doc) is None:
            print(f"NO ARTICLE {doc}")
    counts = {"missed": 0, "speaker": 0, "spurious": 0}
    held = {d for d, name in sets().items() if name.startswith("heldout")}
    # the held-out third stays unread: its figure is the estimate of a change on unseen text
    gold = dict(gold, docs={d: g for d, g in gold["docs"].items() if d not in held})
    for kind, doc, gq, q in classify(score, gold, x, HERE / "articles"):
        counts[kind] += 1
        if kind == "missed":
            print(f"MISSED   {doc} [{'|'.join(gq['speaker'])}] {gq['contains']!r}")
        elif kind == "speaker":
            print(f"SPEAKER  {doc} gold [{'|'.join(gq['speaker'])}] got {q.get('speaker')!r} "
                  f"/ {q.get('speaker_text')!r}: {q.get('text', '')[:80]!r}")
        else:
            print(f"SPURIOUS {doc} {q.get('speaker_text')!r} {q.get('text', '')[:140]!r}")
    return counts


def line(lang: str, r: dict[str, Any]) -> str:
    e = r["extraction"]
    return f"{lang}\tquotes F1 {e['f1']}\tP {e['p']}\tR {e['r']}\tspeaker {r['speaker_acc']}"


def main() -> int:
    ap = pools.arguments(__doc__.splitlines()[0], "list each missed, wrong-speaker and spurious quote")
    args = ap.parse_args()

    def listed(score: Any, export: Path, _: dict[str, Any]) -> None:
        if args.errors:
            print(errors(score, export))

    return pools.evaluate(args, HERE, scores, line, after=listed,
                          boot=pools.Bootstrap(lambda pool: parts(pools.gold_of(pool)), *pools.QUOTES))


if __name__ == "__main__":
    sys.exit(main())
