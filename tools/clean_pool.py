#!/usr/bin/env python3
"""Removal F1 of the whole clean stage on eval/clean_pool's labelled pages, held out by site.

eval/clean_pool holds news pages of sites that eval/news does not, labelled line by line
(eval/clean_pool/README.md).  The line model is trained on them too (tools/train_line_classifier.py),
so this tool refits it once per pool site without that site's page (nor its generated copies)
and cleans the page as a run would (the pool read as one JSONL input by the reader, one batch,
the batch's repetition counts), then pools the lines as ../shared/tools/score.py counts removal.

    PYTHONPATH=src .venv/bin/python tools/clean_pool.py [--no-pool-training] [--errors]

`--no-pool-training` fits every model on dev and the seeds alone (as clean@12's model was), to
read the pool as the unseen sites it is.  The test split is never read.

`--json PATH` keeps each part's figures and its pages' line counts (keyed by the page's position in
the pool, never its name); `--intervals N` adds each part's 95% bootstrap interval over its pages,
and `--paired BEFORE.json` the change of each figure against a kept run with its paired interval
(eval/pools.py's, as every other pool's evaluate.py gives them).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "news"))
import cv_cleaning
import intervals  # eval/news/intervals.py: the bootstrap every eval figure's interval comes from
import pools  # eval/pools.py: the intervals and paired lines every pool prints
import train_line_classifier as trainer

from veille.config import Config
from veille.ingest.readers import read_inputs
from veille.model import Article
from veille.stages.cleaning.linemodel import LineModel, load_line_model
from veille.stages.cleaning.outlets import outlet_from_url


def pool_articles() -> tuple[list[Article], dict[str, dict[str, object]]]:
    """The pool's pages as a run reads them (one input, one batch), and their gold by id."""
    pages = trainer.load_pool()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pool.jsonl"
        path.write_text("".join(json.dumps({"id": name, "url": url, "text": text}, ensure_ascii=False) + "\n"
                                for name, url, text, _ in pages), encoding="utf-8")
        items = [a for a in read_inputs([path]) if isinstance(a, Article)]
    return items, {name: gold for name, _, _, gold in pages}


def score(cleaned: list[Article], gold: dict[str, dict[str, object]], texts: dict[str, str],
          errors: list[str] | None = None) -> tuple[float, float, float, tuple[int, int, int]]:
    """(removal F1, precision, recall, (tp, fp, fn)), lines counted as score.py counts them."""
    norm = trainer.norm
    tp = fp = fn = 0
    for art in cleaned:
        name = str(art.source)
        g = gold[name]
        removed = {norm(r) for r in g["removed"]}  # type: ignore[union-attr]
        body = norm(art.body)
        body_lines = {norm(ln) for ln in art.body.splitlines() if ln.strip()}
        for line in filter(None, (ln.strip() for ln in texts[name].splitlines())):
            kept = norm(line) in body_lines or (len(norm(line)) >= 40 and norm(line) in body)
            if norm(line) in removed:
                tp += not kept
                fn += kept
                if kept and errors is not None:
                    errors.append(f"kept clutter  {name} {line[:100]}")
            else:
                fp += not kept
                if not kept and errors is not None:
                    errors.append(f"cut body      {name} {line[:100]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), p, r, (tp, fp, fn)


REMOVAL: intervals.Table = {
    "removal.f1": lambda c: intervals.f1(c["tp"], c["fp"], c["fn"]),
    "removal.p": lambda c: intervals.precision(c["tp"], c["fp"], c["fn"]),
    "removal.r": lambda c: intervals.recall(c["tp"], c["fn"])}


def page_counts(cleaned: list[Article], gold: dict[str, dict[str, object]],
                texts: dict[str, str]) -> dict[str, intervals.Counts]:
    """Each page's removal counts, keyed by the page's position in the pool's sorted ids (never its
    name: held-out pages are read as aggregates only), counted as `score` counts them."""
    position = {name: str(i) for i, name in enumerate(sorted(gold))}
    counts: dict[str, intervals.Counts] = {}
    for art in cleaned:
        _, _, _, (tp, fp, fn) = score([art], gold, texts)
        counts[position[str(art.source)]] = {"tp": tp, "fp": fp, "fn": fn}
    return counts


def part_record(cleaned: list[Article], gold: dict[str, dict[str, object]], texts: dict[str, str],
                rounds: int) -> dict[str, Any]:
    """A part's figures, its pages' counts and (with `rounds`) its 95% interval, as `--json` keeps them."""
    f1, p, r, (tp, fp, fn) = score(cleaned, gold, texts)
    counts = page_counts(cleaned, gold, texts)
    record: dict[str, Any] = {"removal": {"f1": round(f1, 4), "p": round(p, 4), "r": round(r, 4),
                                             "tp": tp, "fp": fp, "fn": fn}, "doc_counts": counts}
    if rounds:
        record["intervals"] = pools.interval_cells(counts, REMOVAL, rounds)
    return record


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pool-training", action="store_true")
    parser.add_argument("--shipped", action="store_true", help="the shipped model for every page (in-sample "
                        "if it was fitted on the pool)")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--split-at", help="also score the pages before this id and from it on (c25: the "
                        "pages clean@15 added), each language too")
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--sentence-threshold", type=float)
    parser.add_argument("--pool-weight", type=float)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--l2", type=float)
    parser.add_argument("--json", type=Path, help="keep each part's figures and its pages' counts here")
    parser.add_argument("--intervals", type=int, default=0, metavar="N",
                        help="each part's 95%% bootstrap interval from N resamplings of its pages")
    parser.add_argument("--paired", type=Path, metavar="BEFORE.json",
                        help="each figure's change against a kept --json run, with its paired interval")
    args = parser.parse_args()
    shipped = load_line_model()
    data = json.loads((trainer.DATA / "line_model.json").read_text(encoding="utf-8"))
    l2, weight = float(data["_cross_validation"]["l2"]), float(data["_data"]["generated_weight"])
    l2 = l2 if args.l2 is None else args.l2
    threshold = shipped.threshold if args.threshold is None else args.threshold
    trainer.SENTENCE_THRESHOLD = (shipped.sentence_threshold if args.sentence_threshold is None
                                  else args.sentence_threshold)
    trainer.POOL_WEIGHT = float(data["_data"].get("pool_weight", 1.0)) if args.pool_weight is None \
        else args.pool_weight
    articles, gold = pool_articles()
    names = [str(a.source) for a in articles]
    texts = {name: text for name, _, text, _ in trainer.load_pool()}
    sites = {name: outlet_from_url(a.url, {}) or name for name, a in zip(names, articles, strict=True)}
    models: dict[str, LineModel] | LineModel
    if args.shipped:
        models = shipped
    else:
        docs = trainer.load_docs(args.copies, 15, pool=not args.no_pool_training and trainer.POOL_WEIGHT > 0)
        models = {}
        for site in sorted(set(sites.values())):
            train = [d for d in docs if d.outlet != site]
            models[site] = cv_cleaning.to_model(trainer.fit_docs(train, l2, weight),
                                                threshold)
    # cbs34: the pages built by stories (eval/clean_pool/stories.tsv) are cleaned as a batch of their
    # own, as a run cleans eval/news's stories, and scored apart, so every earlier line reads the same.
    stories = trainer.pool_stories()
    cleaned = clean_pool([a for a in articles if str(a.source) not in stories], models, sites)
    by_story = {batch: clean_pool([a for a in articles if stories.get(str(a.source), ("",))[0] == batch],
                                  models, sites)
                for batch in sorted({batch for batch, _, _ in stories.values()})}
    errors: list[str] = []
    f1, p, r, (tp, fp, fn) = score(cleaned, gold, texts, errors if args.errors else None)
    print(f"pool removal {f1:.4f} (P {p:.4f} R {r:.4f}; tp {tp} fp {fp} fn {fn}), {len(cleaned)} pages")
    if args.split_at:  # ids are c01, c02, ...: later pages were added later (eval/clean_pool/README.md)
        at = int(args.split_at.lstrip("c"))
        for label, keep in ((f"before {args.split_at}", lambda n: int(n.lstrip("c")) < at),
                            (f"from {args.split_at}", lambda n: int(n.lstrip("c")) >= at),
                            ("en", lambda n: gold[n]["language"] == "en"),
                            ("fr", lambda n: gold[n]["language"] == "fr")):
            part = [a for a in cleaned if keep(str(a.source))]
            f1, p, r, (tp, fp, fn) = score(part, gold, texts)
            print(f"  {label:10} {f1:.4f} (P {p:.4f} R {r:.4f}; tp {tp} fp {fp} fn {fn}), {len(part)} pages")
    held = trainer.pool_held_out()
    parts: dict[str, list[Article]] = {"all": cleaned}
    for start, end in batches([str(a.source) for a in cleaned]):
        for label, is_held in (("tuning", False), ("held-out", True)):
            part = [a for a in cleaned
                    if start <= number(str(a.source)) <= end and (str(a.source) in held) == is_held]
            if part:
                parts[f"c{start:02d}-c{end:02d} {label}"] = part
                f1, p, r, (tp, fp, fn) = score(part, gold, texts)
                print(f"  c{start:02d}-c{end:02d} {label:8} {f1:.4f} (P {p:.4f} R {r:.4f}; tp {tp} fp {fp} fn {fn}), "
                      f"{len(part)} pages")
    parts.update({f"stories {batch}": part for batch, part in by_story.items()})
    if args.json or args.intervals or args.paired:
        report_parts(parts, gold, texts, args)
    for batch, part_cleaned in by_story.items():
        score(part_cleaned, gold, texts, errors if args.errors else None)
        report_stories(batch, part_cleaned, gold, texts, held, stories)
    for line in sorted(errors):  # the held-out pages' errors are never printed
        if line.split()[2] not in held:
            print(line)
    return 0


def report_stories(batch: str, cleaned: list[Article], gold: dict[str, dict[str, object]], texts: dict[str, str],
                   held: set[str], stories: dict[str, tuple[str, str, str]]) -> None:
    """A batch built by stories: whole, tuning and held-out stories, each by language; removal and title."""
    for label, is_held in (("whole", None), ("tuning", False), ("held-out", True)):
        for language in ("all", "en", "fr"):
            part = [a for a in cleaned if (is_held is None or (str(a.source) in held) == is_held)
                    and language in ("all", stories[str(a.source)][2])]
            if not part:
                continue
            f1, p, r, (tp, fp, fn) = score(part, gold, texts)
            right = sum(title_right(a, gold[str(a.source)]) for a in part)
            names = sorted({stories[str(a.source)][1] for a in part})
            lines = sum(len(list(filter(None, (ln.strip() for ln in texts[str(a.source)].splitlines())))) for a in part)
            print(f"  {batch} {label:8} {language:3} removal {f1:.4f} (P {p:.4f} R {r:.4f}; tp {tp} fp {fp} fn {fn}), "
                  f"title {right}/{len(part)} {right / len(part):.3f}, {len(part)} pages ({' '.join(names)}), "
                  f"furniture {tp + fn} of {lines} lines")  # cbs35: how much furniture a part can judge


def report_parts(parts: dict[str, list[Article]], gold: dict[str, dict[str, object]], texts: dict[str, str],
                 args: argparse.Namespace) -> None:
    """`--intervals`, `--paired` and `--json`: each part's interval, its change against a kept run, and
    the record kept (aggregates only: pages are resampled together, never shown one by one)."""
    records = {name: part_record(part, gold, texts, args.intervals) for name, part in parts.items()}
    for name, record in records.items():
        for metric, cell in record.get("intervals", {}).items():
            print(f"interval {name}\t{metric}\t[{cell['lo']:.3f}, {cell['hi']:.3f}]")
    if args.paired:
        before = json.loads(args.paired.read_text(encoding="utf-8"))
        counts = {name: record["doc_counts"] for name, record in records.items()}
        for line in pools.paired_lines(before, counts, REMOVAL, args.intervals or 2000):
            print(line)
    if args.json:
        args.json.write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")


def title_right(article: Article, gold: dict[str, object]) -> bool:
    """The title as ../shared/tools/score.py counts it (a null gold title wants none)."""
    norm = trainer.norm
    return bool(norm(article.title or "") == norm(str(gold["title"] or "")))


# The first id of each batch of pages added together (eval/clean_pool/README.md); c197 on: the
# batches built by stories (cbs34 c197-c208, cbs35 c209-c226, cbs36 c227-c238), reported apart by stories.tsv's batch.
BATCH_STARTS = (1, 25, 46, 62, 79, 94, 112, 130, 143, 163, 179, 197)


def number(name: str) -> int:
    return int(name.lstrip("c"))


def batches(names: list[str]) -> list[tuple[int, int]]:
    """(first, last) page number of each batch."""
    last = max(number(n) for n in names)
    ends = [s - 1 for s in BATCH_STARTS[1:]] + [last]
    return [(s, e) for s, e in zip(BATCH_STARTS, ends, strict=True) if s <= last]


def clean_pool(articles: list[Article], models: dict[str, LineModel] | LineModel,
               sites: dict[str, str]) -> list[Article]:
    """Every pool page cleaned in one batch, each with its site's held-out model."""
    from veille.stages import clean
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.outlets import load_outlets
    from veille.stages.cleaning.repetition import load_shapes
    counts = clean.batch_line_counts(articles, load_shapes(trainer.STOP_WORDS))
    datelines, outlets = DatelineParser(), load_outlets()
    for number, article in enumerate(articles):
        model = models if isinstance(models, LineModel) else models[sites[str(article.source)]]
        # clean@62: with the run's minimum body, so that a page with no body keeps its prose as a run does.
        clean.clean_article(article, trainer.PATTERNS, datelines, None, outlets, model, trainer.STOP_WORDS,
                            clean.Corpus(counts, number, trainer.FURNITURE), min_chars=Config().clean.min_body_chars)
    return articles


if __name__ == "__main__":
    sys.exit(main())
