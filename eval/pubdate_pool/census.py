#!/usr/bin/env python3
"""Wrong and missing publication dates of eval/pubdate_pool, by cause (pub42, issue 16).

`evaluate.py` counts right, wrong and undated pages by group; this script sorts the wrong and the
missing ones by what caused them, so that a session starts from the largest cause:

- a wrong date by where it came from: an "updated" stamp taken for the publication
  (`updated_line`), a photo caption's day (`caption`), a date line the page prints (`date_line`),
  the time stage's day read from the text (`text`: the lede's event day, told apart by whether it
  falls before the publication or is a year off), a story sibling's (`story`), ...;
- an undated datable page by what the top of its text holds: a relative stamp with no crawl time to
  count back from ("il y a 3 heures", "2 hours ago", "hier"), a date line or a full date cleaning
  did not use, a yearless date line, nothing (`evaluate.shape`);
- a page the gold calls undatable: left undated (the right answer) or given a date (by how).

Tuning pages are named with `--details`; the held-out parts (ids divisible by 3, see README.md)
are only ever counted, never named.

    PYTHONPATH=src .venv/bin/python eval/pubdate_pool/census.py [--urls] [--crawl] [--pipeline] [--details]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _this_folders_evaluate() -> Any:
    """This folder's evaluate.py, under a name of its own: imported as "evaluate" through sys.path it
    took the name eval/news/tools/compare.py imports eval/news/evaluate.py by, so whichever came first
    in one process (the test suite) was the other's too."""
    path = Path(__file__).resolve().parent / "evaluate.py"
    name = "pubdate_pool_evaluate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_evaluate = _this_folders_evaluate()
HELD = _evaluate.HELD
TOLERANCE = _evaluate.TOLERANCE
crawl_meta = _evaluate.crawl_meta
gold_interval = _evaluate.gold_interval
group_of = _evaluate.group_of
run_pipeline = _evaluate.run_pipeline
shape = _evaluate.shape
split_prefix = _evaluate.split_prefix
url_date = _evaluate.url_date

# A relative stamp: the page's age, or a deictic day word, which only a crawl time can place.
_RELATIVE = re.compile(r"\bil y a \d+\s*(?:min|h|heure|jour|semaine)|\b\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?|"
                       r"days?|weeks?)\s+ago\b|\b(?:hier|avant-hier|yesterday)\b", re.IGNORECASE)
# A year or more off: the right day and month in the wrong year, or another occasion altogether.
YEAR_OFF = 300


def wrong_cause(how: str, found: dt.date, low: dt.date, high: dt.date) -> str:
    """The cause of a wrong date, from where it came and which way it errs."""
    off = (found - low).days if found < low else (found - high).days
    side = "a year or more off" if abs(off) >= YEAR_OFF else ("early" if off < 0 else "late")
    if how == "text":
        return f"text: the time stage's day from the text, {side}"
    if how == "story":
        return f"story: a sibling report's day, {side}"
    if how == "updated_line":
        return f"updated_line: a revision's stamp taken for the publication, {side}"
    return f"{how}: {side}"


def missing_cause(text: str) -> str:
    """What the top of an undated page's text holds."""
    top = "\n".join([line for line in text.splitlines() if line.strip()][:12])
    if _RELATIVE.search(top):
        return "relative stamp or day word with no anchor (no crawl time)"
    return shape(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=Path, default=Path(__file__).with_name("pool.jsonl"))
    parser.add_argument("--urls", action="store_true", help="give veille each page's URL")
    parser.add_argument("--crawl", action="store_true", help="give the index's day as the crawl day")
    parser.add_argument("--pipeline", action="store_true", help="the whole pipeline, not cleaning alone")
    parser.add_argument("--details", action="store_true", help="name the tuning pages of each cause")
    args = parser.parse_args()

    from veille.model import Article
    from veille.stages.clean import clean_article
    from veille.stages.cleaning import rules
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.linemodel import load_line_model

    patterns, datelines, model = rules.load_patterns(), DatelineParser(), load_line_model()
    rows = [json.loads(line) for line in args.pool.read_text(encoding="utf-8").splitlines() if line.strip()]
    piped = run_pipeline(rows, args.urls, args.crawl) if args.pipeline else {}
    causes: dict[bool, Counter[str]] = {False: Counter(), True: Counter()}
    pages: dict[str, list[str]] = {}
    for row in rows:
        held = group_of(row) in HELD
        text, index_day = split_prefix(row["text"])
        article = Article(id=row["id"], source=row["id"], raw=text, url=row["url"] if args.urls else None,
                          meta=crawl_meta(row["text"], args.crawl))
        if args.pipeline:
            article.published, article.published_how, _ = piped.get(row["id"], (None, "none", None))
        else:
            clean_article(article, patterns, datelines, model=model)
        gold: dict[str, Any] | None = row.get("gold")
        if gold is not None and gold.get("published") is None:
            cause = (f"undatable, given a date: {article.published_how}" if article.published
                     else "undatable, left undated (right)")
        else:
            if gold is not None:
                low, high = gold_interval(gold["published"])
            else:
                silver = url_date(row["url"]) or index_day
                if silver is None:
                    continue
                low, high = silver - TOLERANCE, silver + TOLERANCE
            if not article.published:
                cause = "undated: " + missing_cause(text)
            else:
                found = dt.date.fromisoformat(article.published[:10])
                if low <= found <= high:
                    cause = f"right: {article.published_how}"
                else:
                    cause = "wrong: " + wrong_cause(article.published_how, found, low, high)
        causes[held][cause] += 1
        if not held:
            pages.setdefault(cause, []).append(row["id"])
    mode = ("whole pipeline" if args.pipeline else "cleaning alone") + (", with URLs" if args.urls else
                                                                        ", without URLs")
    print(f"{mode}{', crawl day given' if args.crawl else ''}")
    print(f"{'cause':<78} {'tuning':>6} {'held out':>8}")
    for cause in sorted(set(causes[False]) | set(causes[True])):
        print(f"{cause:<78} {causes[False][cause]:>6} {causes[True][cause]:>8}")
    if args.details:
        for cause, ids in sorted(pages.items()):
            if not cause.startswith("right"):
                print(f"{cause}: {' '.join(ids)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
