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

    PYTHONPATH=src .venv/bin/python eval/pubdate_pool/evaluate.py [--pipeline] [--urls] [--crawl] [--details]
        [--json OUT] [--intervals 2000] [--paired BEFORE.json]

`--intervals N` adds each group's 95% bootstrap interval of its accuracy, right/all and coverage (pages
resampled, eval/pools.py); `--paired BEFORE.json` each group's change against a kept `--json` of a run made
with `--intervals`, with its paired interval. Groups only: no page is named.
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
sys.path.insert(0, str(HERE.parent))
import pools  # noqa: E402  eval/pools.py: the pools' bootstrap intervals

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


def crawl_meta(text: str, crawl: bool) -> dict[str, Any]:
    """With `crawl`, the index's full-day prefix as the page's crawl day (`{"crawled": …}`), as a
    scraper's fetch time reaches veille: an upper bound of the publication, which veille reads as
    such (no date after it; a yearless or relative stamp counted back from it).  Empty otherwise."""
    day = split_prefix(text)[1] if crawl else None
    return {"crawled": f"{day.isoformat()}T23:59:00"} if day is not None else {}


def run_pipeline(rows: list[dict[str, Any]], urls: bool = False,
                 crawl: bool = False) -> dict[str, tuple[str | None, str, str | None]]:
    """veille run + export over the pool's texts, without their URLs unless `urls` (with the
    index's day as the crawl's when `crawl`): (published, published_how, title) by id."""
    import tempfile

    import veille

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with (work / "input.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                line = {"id": row["id"], "text": split_prefix(row["text"])[0]}
                if urls:
                    line["url"] = row["url"]
                line.update(crawl_meta(row["text"], crawl))
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        veille.run([str(work / "input.jsonl")], db=work / "store.duckdb")
        with veille.open(work / "store.duckdb") as dossier:
            dossier.export(work / "export")
        found: dict[str, tuple[str | None, str, str | None]] = {}
        for line in (work / "export" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                key = Path(str(a.get("source") or a["id"])).name
                published = a.get("published")
                found[key] = (published[:10] if published else None, a.get("published_how") or "none",
                              a.get("title"))
        return found


def gold_interval(value: str) -> tuple[dt.date, dt.date]:
    """'2024-05-17' or '2024-05-16/2024-05-17' (the gold format of /work/shared/gold)."""
    first, _, last = value.partition("/")
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last or first)


def norm_title(text: str | None) -> str:
    """As score.py compares titles: NFKC, casefold, accents and spacing ignored."""
    import unicodedata
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip()


# Silver pages, then each batch of hand-gold pages (pub12: q001-q037; pub19: q038-q091; pub21:
# q092-q131; pub22: q132-q167; pub23: q168-q192; pub24: q193-q207; pub25: q208-q229, its held-out third drawn
# by random.Random(2525) rather than by id; pub26: q230-q256, by random.Random(2626); pub28: q257-q280, by
# random.Random(2828); pub30: q281-q304, by random.Random(3030); pub33: q305-q332, stories drawn by
# random.Random(3333), see stories.py) in its tuning and
# held-out parts, so that a
# batch added later is
# read apart from the one rules were tuned on.
GROUPS = ("old (silver)", "new", "new held out", "pub19", "pub19 held out", "pub21", "pub21 held out",
          "pub22", "pub22 held out", "pub23", "pub23 held out", "pub24", "pub24 held out", "pub25", "pub25 held out",
          "pub26", "pub26 held out", "pub28", "pub28 held out", "pub30", "pub30 held out", "pub33", "pub33 held out")
HELD = (GROUPS[2], GROUPS[4], GROUPS[6], GROUPS[8], GROUPS[10], GROUPS[12], GROUPS[14], GROUPS[16], GROUPS[18],
        GROUPS[20], GROUPS[22])


# the groups' figures, each from counts summed over pages (right, dated, pages, titles)
TABLE: dict[str, Any] = {
    "accuracy": lambda c: c.get("right", 0) / c["dated"] if c.get("dated") else None,
    "right_of_all": lambda c: c.get("right", 0) / c["pages"] if c.get("pages") else None,
    "coverage": lambda c: c.get("dated", 0) / c["pages"] if c.get("pages") else None,
    "title_acc": lambda c: c.get("titles right", 0) / c["titles"] if c.get("titles") else None,
}


def group_of(row: dict[str, Any]) -> str:
    if "gold" not in row:
        return GROUPS[0]
    if row.get("added") == "pub19":
        return GROUPS[4] if row.get("heldout") else GROUPS[3]
    if row.get("added") == "pub21":
        return GROUPS[6] if row.get("heldout") else GROUPS[5]
    if row.get("added") == "pub22":
        return GROUPS[8] if row.get("heldout") else GROUPS[7]
    if row.get("added") == "pub23":
        return GROUPS[10] if row.get("heldout") else GROUPS[9]
    if row.get("added") == "pub24":
        return GROUPS[12] if row.get("heldout") else GROUPS[11]
    if row.get("added") == "pub25":
        return GROUPS[14] if row.get("heldout") else GROUPS[13]
    if row.get("added") == "pub26":
        return GROUPS[16] if row.get("heldout") else GROUPS[15]
    if row.get("added") == "pub28":
        return GROUPS[18] if row.get("heldout") else GROUPS[17]
    if row.get("added") == "pub30":
        return GROUPS[20] if row.get("heldout") else GROUPS[19]
    if row.get("added") == "pub33":
        return GROUPS[22] if row.get("heldout") else GROUPS[21]
    return GROUPS[2] if row.get("heldout") else GROUPS[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", type=Path, default=HERE / "pool.jsonl")
    ap.add_argument("--details", action="store_true",
                    help="print each wrong or undated page (never the held-out ones)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--pipeline", action="store_true",
                    help="run the whole pipeline (veille run + export), so that the time stage's and the "
                         "stories' dates count too; default: cleaning alone")
    ap.add_argument("--urls", action="store_true",
                    help="give veille each page's URL, as a scraper would: the hand-gold pages' figure with "
                         "URLs (the old pages' silver date comes from the URL, so theirs says little)")
    ap.add_argument("--crawl", action="store_true",
                    help="give veille the index's day prefix, where it gives a full day, as the page's crawl "
                         "day (an upper bound of the publication), as a scraper's fetch time")
    ap.add_argument("--intervals", type=int, default=0, metavar="ROUNDS",
                    help="also each group's 95%% bootstrap interval (pages resampled)")
    ap.add_argument("--paired", type=Path, metavar="BEFORE.json",
                    help="also each group's change against a kept --json of a run made with --intervals")
    args = ap.parse_args()

    from veille.model import Article
    from veille.stages.clean import clean_article
    from veille.stages.cleaning import rules
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.linemodel import load_line_model

    patterns, datelines, model = rules.load_patterns(), DatelineParser(), load_line_model()
    rows = [json.loads(line) for line in args.pool.read_text(encoding="utf-8").splitlines() if line.strip()]
    piped = run_pipeline(rows, args.urls, args.crawl) if args.pipeline else {}
    counts: dict[str, Counter[str]] = {g: Counter() for g in GROUPS}
    by_how: Counter[tuple[str, bool]] = Counter()
    classes: Counter[str] = Counter()
    details: list[str] = []
    per_page: list[Counter[str]] = []  # each page's counts, in pool.jsonl's order: the groups' sums
    for row in rows:
        group = group_of(row)
        c: Counter[str] = Counter()
        per_page.append(c)
        held = group in HELD
        text, index_day = split_prefix(row["text"])
        article = Article(id=row["id"], source=row["id"], raw=text, url=row["url"] if args.urls else None,
                          meta=crawl_meta(row["text"], args.crawl))
        if args.pipeline:
            article.published, article.published_how, article.title = piped.get(row["id"], (None, "none", None))
        else:
            clean_article(article, patterns, datelines, model=model)
        gold = row.get("gold")
        if gold is not None:
            c["titles"] += 1
            c["titles right"] += norm_title(article.title) == norm_title(gold.get("title"))
            if not held and norm_title(article.title) != norm_title(gold.get("title")):
                details.append(f"TITLE {row['id']} found {article.title!r} gold {gold.get('title')!r}")
            if gold.get("published") is None:      # the page cannot be dated: no date is the answer
                c["undatable"] += 1
                if article.published:
                    c["guessed"] += 1
                    if not held:
                        details.append(f"GUESSED {row['id']} found {article.published[:10]} "
                                       f"({article.published_how}) gold none")
                continue
            low, high = gold_interval(gold["published"])
            label = gold["published"]
        else:
            silver = url_date(row["url"]) or index_day
            if silver is None:
                c["no silver date"] += 1
                continue
            low, high = silver - TOLERANCE, silver + TOLERANCE   # silver: a day either way
            label = str(silver)
        c["pages"] += 1
        if not article.published:
            c["undated"] += 1
            cls = shape(text)
            if not held:
                classes["undated: " + cls] += 1
                details.append(f"UNDATED {row['id']} gold {label} [{cls}] {row['url']}")
            continue
        found = dt.date.fromisoformat(article.published[:10])
        right = low <= found <= high
        c["dated"] += 1
        c["right"] += right
        if not held:
            by_how[(article.published_how, right)] += 1
        if not right and not held:
            classes[f"wrong: {article.published_how}"] += 1
            details.append(f"WRONG {row['id']} found {found} ({article.published_how}) gold {label} {row['url']}")
    for row, page in zip(rows, per_page, strict=True):
        counts[group_of(row)].update(page)
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)

    def figures_of(c: Counter[str]) -> dict[str, Any]:
        pages, dated, right = c["pages"], c["dated"], c["right"]
        return {"pages": pages, "dated": dated, "right": right, "undated": c["undated"],
                "accuracy": round(right / dated, 3) if dated else None,
                "coverage": round(dated / pages, 3) if pages else None,
                "right_of_all": round(right / pages, 3) if pages else None,
                "undatable": c["undatable"], "guessed": c["guessed"],
                "titles": c["titles"], "title_acc": round(c["titles right"] / c["titles"], 3) if c["titles"] else None}

    figures: dict[str, Any] = {"all": figures_of(total), **{g: figures_of(counts[g]) for g in GROUPS},
                               "by_how (not held out)": {f"{how} {'right' if ok else 'wrong'}": n
                                                         for (how, ok), n in sorted(by_how.items())},
                               "classes (not held out)": dict(classes.most_common())}
    mode = "whole pipeline" if args.pipeline else "cleaning alone"
    print(f"{mode}, {'with' if args.urls else 'without'} URLs{', crawl day given' if args.crawl else ''}; "
          "old pages: silver date ±1 day; "
          "new pages: hand gold interval")
    print(f"{'group':14s} pages dated right  acc  right/all undated | undatable guessed | title acc")
    for name in ("all", *GROUPS):
        f = figures[name]
        print(f"{name:14s} {f['pages']:5d} {f['dated']:5d} {f['right']:5d} {f['accuracy'] or 0:5.3f} "
              f"{f['right_of_all'] or 0:8.3f} {f['undated']:7d} | {f['undatable']:9d} {f['guessed']:7d} | "
              f"{'' if f['title_acc'] is None else f['title_acc']} ({f['titles']})")
    how = figures["by_how (not held out)"]
    print("by published_how (not held out): " + ", ".join(f"{k} {v}" for k, v in how.items()))
    print("failure classes (not held out):")
    for cls, n in classes.most_common():
        print(f"  {n:3d}  {cls}")
    rounds = args.intervals or (2000 if args.paired else 0)
    if rounds:
        by_group = {name: {str(i): dict(page) for i, (row, page) in enumerate(zip(rows, per_page, strict=True))
                           if name == "all" or group_of(row) == name} for name in ("all", *GROUPS)}
        for name, pages in by_group.items():
            cells = pools.interval_cells(pages, TABLE, rounds)
            figures[name] = dict(figures[name], doc_counts=pages, intervals=cells)
            print(f"{name:14s} 95%: " + "  ".join(f"{m} [{c['lo']:.3f}, {c['hi']:.3f}]" for m, c in cells.items()))
        if args.paired:
            before = json.loads(args.paired.read_text(encoding="utf-8"))
            print("\n".join(pools.paired_lines(before, by_group, TABLE, rounds))
                  or f"{args.paired}: no group with page counts over the same pages (a run with --intervals)")
    if args.details:
        print("\n".join(details))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
