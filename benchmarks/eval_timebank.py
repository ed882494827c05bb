"""French TimeBank (dev half): veille's temporal tagger against a plain regex baseline.

    PYTHONPATH=src python benchmarks/eval_timebank.py [--timebank ../shared/data/fr-timebank/dev]
        [--score ../shared/tools/score.py] [--out /tmp/tb-eval] [--misses]

Each .tml text becomes an article (id = DOCID, body = text, published = the DCT with
published_how "metadata"); the TIMEXes are written as a veille export (articles.jsonl,
timexes.jsonl) and scored by score.py's own `score_timebank`.  Ranges are written one TIMEX
per endpoint (`TimeConfig.intervals = False`), the TimeBank's convention.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import time_batch

ROOT = Path(__file__).resolve().parents[1]
MONTHS = {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
          "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12}
_M = "|".join(MONTHS)
BASELINE = re.compile(rf"(?<!\w)(?:(?P<d>\d{{1,2}})(?:er)?\s+)?(?P<m>{_M})\s+(?P<y>(?:19|20)\d\d)(?!\d)"
                      rf"|(?<![\w/])(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>(?:19|20)\d\d)(?!\d)"
                      rf"|(?<![\w.,])(?P<y3>(?:19|20)\d\d)(?![\w.,])", re.IGNORECASE)


def load_score(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("veille_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def baseline_timexes(body: str) -> list[dict[str, Any]]:
    """Absolute dates only, by one regular expression: what a plain tagger finds."""
    out = []
    for m in BASELINE.finditer(body):
        if m.group("y3"):
            value = m.group("y3")
        elif m.group("y2"):
            value = f"{m.group('y2')}-{int(m.group('m2')):02d}-{int(m.group('d2')):02d}"
        else:
            month = MONTHS[m.group("m").lower()]
            value = f"{m.group('y')}-{month:02d}" + (f"-{int(m.group('d')):02d}" if m.group("d") else "")
        out.append({"start": m.start(), "end": m.end(), "text": m.group(), "type": "DATE", "value": value})
    return out


def write_export(folder: Path, articles: list[Article], timexes: dict[str, list[dict[str, Any]]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for a in articles:
            record = {"id": a.id, "source": a.id, "body": a.body, "published": a.published,
                      "published_how": a.published_how, "lang": a.lang}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (folder / "timexes.jsonl").open("w", encoding="utf-8") as fh:
        for aid, items in timexes.items():
            for t in items:
                fh.write(json.dumps({"article": aid, **t}, ensure_ascii=False) + "\n")


def evaluate(timebank: Path, score_py: Path, out: Path) -> dict[str, Any]:
    """Scores of the tagger and the baseline, the tagger's speed and its export (for misses)."""
    score = load_score(score_py)
    gold = score.timebank_gold(timebank)
    config = Config()
    config.time.intervals = False
    ctx = Context(config=config)

    def articles() -> list[Article]:
        return [Article(id=docid, source=docid, raw=g["text"], body=g["text"], published=g["dct"],
                        published_how="metadata", lang="fr", clean=False) for docid, g in gold.items()]

    tagged = articles()
    t0, c0 = time.perf_counter(), time.process_time()
    time_batch(tagged, ctx)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    ours = {a.id: [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                    "mod": t.mod, "quant": t.quant} for t in a.timexes] for a in tagged}
    write_export(out / "veille", tagged, ours)
    base_articles = articles()
    write_export(out / "baseline", base_articles, {a.id: baseline_timexes(a.body) for a in base_articles})
    return {
        "veille": score.score_timebank(score.Export(out / "veille"), timebank),
        "baseline": score.score_timebank(score.Export(out / "baseline"), timebank),
        "docs_per_second": round(len(tagged) / elapsed, 1) if elapsed else None,
        # CPU time: on a shared machine wall time depends on the neighbours, CPU time much less.
        "docs_per_cpu_second": round(len(tagged) / cpu, 1) if cpu else None,
        "gold": gold, "ours": ours,
    }


def print_misses(gold: dict[str, Any], ours: dict[str, list[dict[str, Any]]]) -> None:
    for docid, g in gold.items():
        preds = ours.get(docid, [])
        for s, e, text, ttype, value in g["timexes"]:
            hit = [p for p in preds if p["start"] < e and s < p["end"]]
            ok = any(p["start"] == s and p["end"] == e and p["value"] == value and p["type"] == ttype
                     for p in hit)
            if not ok:
                got = "; ".join(f"[{p['text']}] {p['type']} {p['value']}" for p in hit) or "-"
                print(f"MISS {docid} [{text}] {ttype} {value}  <- {got}")
        for p in preds:
            if not any(p["start"] < e and s < p["end"] for s, e, *_ in g["timexes"]):
                print(f"FP   {docid} [{p['text']}] {p['type']} {p['value']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timebank", type=Path, default=ROOT.parent / "shared/data/fr-timebank/dev")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared/tools/score.py")
    ap.add_argument("--out", type=Path, default=Path("/tmp/veille-tb-eval"))
    ap.add_argument("--misses", action="store_true", help="list the tagger's misses and false positives")
    args = ap.parse_args()
    result = evaluate(args.timebank, args.score, args.out)
    for name in ("veille", "baseline"):
        r = result[name]
        print(f"{name}: {r['docs']} docs, {r['gold_timexes']} gold TIMEX3, {r['predicted']} predicted")
        for key in ("strict", "relaxed", "type", "value"):
            v = r[key]
            print(f"  {key:<8} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}")
    print(f"veille speed: {result['docs_per_second']} docs/s, {result['docs_per_cpu_second']} docs/CPU s "
          "(regex tagger, no spaCy; one pass, the first one, which compiles the patterns)")
    if args.misses:
        print_misses(result["gold"], result["ours"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
