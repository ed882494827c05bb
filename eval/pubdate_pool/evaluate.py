#!/usr/bin/env python3
"""Publication dates on unseen pages, against the date their URL states (dev-only silver check).

`pool.jsonl` holds excerpts of real news pages (see README.md), each with the URL it was stored
under.  The silver date is the day the URL states in an unambiguous form ("/2024/05/17/",
"/2024-05-17-", "-20240517-", "/2007/aug/27/"), else the search index's full-day date prefix
(`index_date`).  Each text goes through veille's cleaning WITHOUT its URL, as a page whose URL
is lost or carries no date, and the date cleaning finds is compared with the silver one (a day
either way counts as right: time zones, and pages dated at midnight).

Prints accuracy (right / dated), coverage (dated / all), the pages with no date at all, and the
failure classes: for each wrong or missing page, what the top of its text holds.

    PYTHONPATH=src .venv/bin/python eval/pubdate_pool/evaluate.py [--details] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOLERANCE = dt.timedelta(days=1)

_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"), start=1)}
# Unambiguous URL dates only: the year first, then month and day, set off by separators or as
# one eight-digit run opening a slug segment.  Day-first and two-digit forms are left out: the
# silver label must not depend on the rules it checks.
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?![\d])")
_URL_YMONTHD = re.compile(r"/((?:19|20)\d\d)/([a-z]{3})[a-z]*/(\d{1,2})/", re.IGNORECASE)
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[-_/.])")
_INDEX_PREFIX = re.compile(r"^\s*date (\d{4})(?:-(\d\d)(?:-(\d\d))?)?\s")


def _day(y: str | int, m: str | int, d: str | int) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def url_date(url: str) -> dt.date | None:
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in (_URL_YMD, _URL_COMPACT):
        for found in pattern.finditer(path):
            if (day := _day(*found.groups())) is not None:
                return day
    found = _URL_YMONTHD.search(path)
    if found and found[2][:3].lower() in _MONTHS:
        return _day(found[1], _MONTHS[found[2][:3].lower()], found[3])
    return None


def split_prefix(text: str) -> tuple[str, dt.date | None]:
    """The text without the index's ` date YYYY[-MM[-DD]] ` prefix (metadata, not page text),
    and the prefix's day when it gives one."""
    found = _INDEX_PREFIX.match(text)
    if not found:
        return text, None
    day = _day(*found.groups()) if found[3] else None
    return text[found.end():], day


def shape(text: str) -> str:
    """What the top of a text holds, for the failure classes."""
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.yearless import DayLines
    parser = DatelineParser()
    finder = parser.finder
    lines = [line for line in text.splitlines() if line.strip()][:12]
    if any(finder.date_line(line) for line in lines):
        return "date line found, not used"
    if any(finder.parse_date(line) for line in lines[:4]):
        return "full date in the first lines"
    if any(DayLines(finder).day_line(line) for line in lines) or any(
            (d := parser.parse(line)) is not None and d.month_day for line in lines):
        return "yearless date line (year unresolved without URL)"
    if any(finder.parse_date(line) for line in lines):
        return "full date further down"
    return "no date written near the top"


def run_pipeline(rows: list[dict[str, Any]]) -> dict[str, tuple[str | None, str]]:
    """veille run + export over the pool's texts, without their URLs: (published, published_how)
    by id."""
    import tempfile

    import veille

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with (work / "input.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                line = {"id": row["id"], "text": split_prefix(row["text"])[0]}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        veille.run([str(work / "input.jsonl")], db=work / "store.duckdb")
        with veille.open(work / "store.duckdb") as dossier:
            dossier.export(work / "export")
        found: dict[str, tuple[str | None, str]] = {}
        for line in (work / "export" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                key = Path(str(a.get("source") or a["id"])).name
                published = a.get("published")
                found[key] = (published[:10] if published else None, a.get("published_how") or "none")
        return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=Path, default=HERE / "pool.jsonl")
    ap.add_argument("--details", action="store_true", help="print each wrong or undated page")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--pipeline", action="store_true",
                    help="run the whole pipeline (veille run + export), so that the time stage's and the "
                         "stories' dates count too; default: cleaning alone")
    args = ap.parse_args()

    from veille.model import Article
    from veille.stages.clean import clean_article
    from veille.stages.cleaning import rules
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.linemodel import load_line_model

    patterns, datelines, model = rules.load_patterns(), DatelineParser(), load_line_model()
    rows = [json.loads(line) for line in args.pool.read_text(encoding="utf-8").splitlines() if line.strip()]
    piped = run_pipeline(rows) if args.pipeline else {}
    counts: Counter[str] = Counter()
    by_how: Counter[tuple[str, bool]] = Counter()
    classes: Counter[str] = Counter()
    details: list[str] = []
    for row in rows:
        text, index_day = split_prefix(row["text"])
        silver = url_date(row["url"]) or index_day
        if silver is None:
            counts["no silver date"] += 1
            continue
        counts["pages"] += 1
        article = Article(id=row["id"], source=row["id"], raw=text, url=None)
        if args.pipeline:
            article.published, article.published_how = piped.get(row["id"], (None, "none"))
        else:
            clean_article(article, patterns, datelines, model=model)
        if not article.published:
            counts["undated"] += 1
            cls = shape(text)
            classes["undated: " + cls] += 1
            details.append(f"UNDATED {row['id']} silver {silver} [{cls}] {row['url']}")
            continue
        found = dt.date.fromisoformat(article.published)
        right = abs(found - silver) <= TOLERANCE
        counts["dated"] += 1
        counts["right"] += right
        by_how[(article.published_how, right)] += 1
        if not right:
            classes[f"wrong: {article.published_how}"] += 1
            details.append(f"WRONG {row['id']} found {found} ({article.published_how}) silver {silver} {row['url']}")
    pages, dated, right = counts["pages"], counts["dated"], counts["right"]
    figures: dict[str, Any] = {
        "pages": pages, "dated": dated, "right": right, "undated": counts["undated"],
        "accuracy": round(right / dated, 3) if dated else None,
        "coverage": round(dated / pages, 3) if pages else None,
        "right_of_all": round(right / pages, 3) if pages else None,
        "by_how": {f"{how} {'right' if ok else 'wrong'}": n for (how, ok), n in sorted(by_how.items())},
        "classes": dict(classes.most_common()),
    }
    print(f"pages with a silver date: {pages}  (skipped without one: {counts['no silver date']})")
    print(f"dated ({'whole pipeline' if args.pipeline else 'cleaning'}): {dated}  coverage {figures['coverage']}")
    print(f"right (±1 day): {right}  accuracy {figures['accuracy']}  right of all pages {figures['right_of_all']}")
    print(f"no date found at all: {counts['undated']}")
    print("by published_how: " + ", ".join(f"{k} {v}" for k, v in figures["by_how"].items()))
    print("failure classes:")
    for cls, n in classes.most_common():
        print(f"  {n:3d}  {cls}")
    if args.details:
        print("\n".join(details))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
