#!/usr/bin/env python3
"""Leave-one-outlet-out removal F1 of the WHOLE clean stage on eval/news dev.

`evaluate.py --splits dev` scores a line model fitted on dev itself; this tool asks what the
cleaning gets on sites it never saw.  For each URL site of dev (the trainer's outlet folds),
the line model is refitted without that site's documents (nor their generated copies), and
the site's articles are cleaned by the clean stage as a run would clean them (read by the
JSONL reader, batches of `Config.batch_size` in input order, the batch's repetition counts),
rules as they stand.  The held-out bodies are pooled and scored as ../shared/tools/score.py
scores removal and titles, overall and per language (index.tsv's dev rows).  The plain figure
(the shipped model, in-sample) is printed beside it: it should equal evaluate.py's dev figure.

    PYTHONPATH=src .venv/bin/python tools/cv_cleaning.py [--draws 1] [--errors]
                                                         [--without KIND,...]

`--errors` lists the held-out errors by class (dev only); `--without` switches off pattern
kinds or named rules (see `ABLATIONS`) in both training and cleaning, to measure a rule under
cross-validation.  The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from veille.config import Config
from veille.ingest.readers import read_inputs
from veille.model import Article
from veille.stages import clean
from veille.stages.cleaning import rules
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.linemodel import LineModel, feature_names, load_line_model
from veille.stages.cleaning.outlets import load_outlets, outlet_from_url
from veille.stages.cleaning.repetition import load_shapes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_line_classifier as trainer

ROOT = trainer.ROOT
DEV = ROOT / "eval/news/dev"


def dev_articles() -> list[list[Article]]:
    """dev's articles as a run reads them, in its batches."""
    items = [a for a in read_inputs([DEV / "input.jsonl"]) if isinstance(a, Article)]
    size = Config().batch_size
    return [items[i:i + size] for i in range(0, len(items), size)]


def doc_name(article: Article) -> str:
    return str(article.source)


def clean_all(batches: list[list[Article]], models: dict[str, LineModel] | LineModel) -> dict[str, Article]:
    """Every dev article cleaned with its model (one per outlet, or one for all)."""
    patterns = trainer.PATTERNS
    datelines = DatelineParser()
    outlets = load_outlets()
    out = {}
    shapes = load_shapes(trainer.STOP_WORDS)
    for batch in batches:
        counts = clean.batch_line_counts(batch, shapes)
        for number, article in enumerate(batch):
            site = outlet_from_url(article.url, {}) or doc_name(article)
            model = models if isinstance(models, LineModel) else models[site]
            clean.clean_article(article, patterns, datelines, None, outlets, model, trainer.STOP_WORDS,
                                clean.Corpus(counts, number, trainer.FURNITURE),
                                min_chars=Config().clean.min_body_chars)  # as a run cleans (clean@62)
            out[doc_name(article)] = article
    return out


def score(cleaned: dict[str, Article], docs: list[str] | None = None,
          errors: list[tuple[str, str, str]] | None = None) -> tuple[float, float, tuple[int, int, int]]:
    """(removal F1, title accuracy, (tp, fp, fn)) as score.py counts them."""
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))["docs"]
    norm = trainer.norm
    tp = fp = fn = titles = titles_ok = 0
    for doc, g in gold.items():
        if docs is not None and doc not in docs:
            continue
        art = cleaned[doc]
        body = norm(art.body)
        body_lines = {norm(ln) for ln in art.body.splitlines() if ln.strip()}
        if "title" in g:
            titles += 1
            titles_ok += norm(art.title or "") == norm(g["title"])
        if "removed" not in g:
            continue
        removed = {norm(r) for r in g["removed"]}
        for line in filter(None, (ln.strip() for ln in (DEV / "articles" / doc).read_text(encoding="utf-8")
                                  .splitlines())):
            kept = norm(line) in body_lines or (len(norm(line)) >= 40 and norm(line) in body)
            if norm(line) in removed:
                tp += not kept
                fn += kept
                if kept and errors is not None:
                    errors.append(("body kept clutter", doc, line))
            else:
                fp += not kept
                if not kept and errors is not None:
                    kind = next((r.kind for r in art.removed if r.text.strip() == line), "?")
                    errors.append((f"cut body ({kind})", doc, line))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, titles_ok / titles if titles else 0.0, (tp, fp, fn)


def languages() -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = defaultdict(list)
    rows = (ROOT / "eval/news/index.tsv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    for row in rows[1:]:
        cells = dict(zip(head, row.split("\t"), strict=False))
        if cells.get("split") == "dev":
            by_lang[cells["language"]].append(cells["file"])
    return by_lang


def to_model(fitted: tuple[np.ndarray, np.ndarray, np.ndarray, float], threshold: float,
             sentence_threshold: float | None = None) -> LineModel:
    mean, scale, weights, bias = fitted
    sentence = trainer.SENTENCE_THRESHOLD if sentence_threshold is None else sentence_threshold
    return LineModel(tuple(feature_names()), tuple(float(v) for v in mean), tuple(float(v) for v in scale),
                     tuple(float(v) for v in weights), float(bias), threshold, sentence)


# Named rules of the clean stage that `--without` can switch off (the patterns go by index
# into boilerplate.json, "p12", or by kind, "kind:caption").
ABLATIONS = {
    "teasers": ("_find_teasers",),
    "related_blocks": ("_find_related_blocks",),
    "layout": ("_lay_out_body",),
    "date_lines": ("_find_date_lines",),
    "templates": ("mark_templates",),
}


def without(names: list[str]) -> None:
    """Switch rules off for this process (in training and cleaning alike)."""
    patterns = rules.load_patterns()
    drop = set()
    for name in names:
        if name.startswith("p") and name[1:].isdigit():
            drop.add(int(name[1:]))
        elif name.startswith("kind:"):
            drop |= {i for i, p in enumerate(patterns) if p.kind == name[5:]}
        else:
            for function in ABLATIONS[name]:
                for module in (clean, trainer):
                    if hasattr(module, function):
                        setattr(module, function, lambda *args, **kwargs: None)
    trainer.PATTERNS[:] = [p for i, p in enumerate(patterns) if i not in drop]


def held_out_models(docs: list[trainer.Doc], l2: float, weight: float, threshold: float,
                    sites: set[str]) -> dict[str, LineModel]:
    """One model per site, fitted without the site's documents and their generated copies."""
    models = {}
    for site in sorted(sites):
        train = [d for d in docs if d.outlet != site]
        models[site] = to_model(trainer.fit_docs(train, l2, weight), threshold)
    return models


def report(label: str, cleaned: dict[str, Article], by_lang: dict[str, list[str]]) -> None:
    f1, title, (tp, fp, fn) = score(cleaned)
    parts = [f"{label}: removal {f1:.4f} (tp {tp} fp {fp} fn {fn}), title {title:.4f}"]
    for lang, files in sorted(by_lang.items()):
        lf1, ltitle, _ = score(cleaned, files)
        parts.append(f"{lang} {lf1:.4f}/{ltitle:.4f}")
    print("  ".join(parts), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=1, help="draws of the generated furniture (seeds 15, 1, 2)")
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--errors", action="store_true", help="list the held-out errors by class (dev)")
    parser.add_argument("--without", default="", help="rules switched off: p<index>, kind:<kind>, "
                        + ", ".join(ABLATIONS))
    parser.add_argument("--l2", type=float, help="L2 strength (default: the shipped model's)")
    parser.add_argument("--threshold", type=float, help="threshold (default: the shipped model's)")
    parser.add_argument("--sentence-threshold", type=float, help="probability from which a finished sentence "
                        "no rule names may be cut (default: the shipped model's)")
    parser.add_argument("--pool-weight", type=float, help="weight of eval/clean_pool's lines (default: the "
                        "shipped model's; 0 leaves them out)")
    parser.add_argument("--no-plain", action="store_true", help="skip the shipped model's in-sample figure")
    args = parser.parse_args()
    if args.without:
        without(args.without.split(","))
    shipped = load_line_model()
    data = json.loads((trainer.DATA / "line_model.json").read_text(encoding="utf-8"))["_data"]
    l2 = float(json.loads((trainer.DATA / "line_model.json").read_text(encoding="utf-8"))
               ["_cross_validation"]["l2"])
    weight = float(data["generated_weight"])
    trainer.SENTENCE_THRESHOLD = (shipped.sentence_threshold if args.sentence_threshold is None
                                  else args.sentence_threshold)
    trainer.POOL_WEIGHT = float(data.get("pool_weight", 0.0)) if args.pool_weight is None else args.pool_weight
    refit = (bool(args.without) or args.l2 is not None or args.threshold is not None
             or args.sentence_threshold is not None or args.pool_weight is not None)
    l2 = l2 if args.l2 is None else args.l2
    threshold = shipped.threshold if args.threshold is None else args.threshold
    by_lang = languages()
    if not args.no_plain:
        if refit:  # the model refitted on all of dev (rules off, or other settings)
            docs = trainer.load_docs(args.copies, 15, pool=trainer.POOL_WEIGHT > 0)
            model = to_model(trainer.fit_docs(docs, l2, weight), threshold)
            report("plain dev (refitted, in-sample)", clean_all(dev_articles(), model), by_lang)
        else:
            report("plain dev (shipped model)", clean_all(dev_articles(), shipped), by_lang)
    for seed in (15, 1, 2)[:args.draws]:
        docs = trainer.load_docs(args.copies, seed, pool=trainer.POOL_WEIGHT > 0)
        batches = dev_articles()
        sites = {outlet_from_url(a.url, {}) or doc_name(a) for b in batches for a in b}
        cleaned = clean_all(batches, held_out_models(docs, l2, weight, threshold, sites))
        report(f"leave-one-outlet-out (draw {seed}, l2 {l2}, weight {weight}, threshold {threshold})",
               cleaned, by_lang)
        if args.errors:
            errors: list[tuple[str, str, str]] = []
            score(cleaned, errors=errors)
            print(Counter(e[0] for e in errors).most_common())
            for cls, doc, line in sorted(errors):
                print(f"{cls:28} {doc:10} {line[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
