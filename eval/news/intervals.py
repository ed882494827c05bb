"""How far a split's figures would move on another draw of articles: bootstrap intervals.

The eval/news test split holds a few dozen articles; its events figure rests on about fifty gold
events (English: five found of forty-one). One article more or less found moves such a figure by
a few points, so "0.269 -> 0.254" may be a change of method or the luck of which articles were
drawn. This module says which, the usual way for per-document scores: resample the split's
articles with replacement (Efron's bootstrap, percentile interval), recompute each figure from the
summed counts, and, for two runs over the same articles, resample the articles once for both and
read the interval of the difference (a paired bootstrap: the articles' own difficulty cancels).

Counts come from ../shared/tools/score.py itself, scoring one gold document at a time, so every
figure here sums back to the scorer's own (tests/test_eval_intervals.py checks it). Figures that do
not decompose by article (one entity per referent, stories, duplicates, cross-source merge) are
left out, and so is the events' date accuracy, whose denominator (the matched gold events with a
date) score.py does not report. The counts are integers per article position, never texts or errors: reading them back
to one test article to fix it would break eval/news/README.md's discipline; they exist only to
compute intervals.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Counts = dict[str, int]


def f1(tp: int, fp: int, fn: int) -> float:
    """score.py's `prf` F1, with its conventions for empty counts."""
    p, r = precision(tp, fp, fn), recall(tp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def ratio(ok: int, n: int) -> float | None:
    return ok / n if n else None


def precision(tp: int, fp: int, fn: int) -> float:
    """score.py's `prf` precision: 1.0 when nothing was predicted and nothing was to be found."""
    return tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)


def recall(tp: int, fn: int) -> float:
    """score.py's `prf` recall: 1.0 when nothing was to be found."""
    return tp / (tp + fn) if tp + fn else 1.0


def value_f1(c: Counts) -> float:
    p = c["timex_ok"] / c["timex_pred"] if c["timex_pred"] else 0.0
    r = c["timex_ok"] / c["timex_gold"] if c["timex_gold"] else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


# evaluate.py's dotted metric path -> its figure from summed counts
FIGURES: dict[str, Callable[[Counts], float | None]] = {
    "clean.removal.f1": lambda c: f1(c["removal_tp"], c["removal_fp"], c["removal_fn"]),
    "clean.published_acc": lambda c: ratio(c["pub_ok"], c["pub_n"]),
    "entities.typed.f1": lambda c: f1(c["typed_tp"], c["typed_fp"], c["typed_fn"]),
    "roles.recall": lambda c: ratio(c["roles_ok"], c["roles_n"]),
    "timexes.value.f1": value_f1,
    "quotes.extraction.f1": lambda c: f1(c["quotes_tp"], c["quotes_fp"], c["quotes_fn"]),
    "quotes.speaker_acc": lambda c: ratio(c["speaker_ok"], c["quotes_tp"]),
    "events.doc_level.f1": lambda c: f1(c["events_tp"], c["events_fp"], c["events_fn"]),
}


def _score_module(shared: Path) -> Any:
    path = shared / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("veille_shared_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"{path}: the scorer lives in ../shared")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _counts_of(result: dict[str, Any]) -> Counts:
    """One document's score.py result as the integers the figures are made of."""
    clean, ents, quotes, events = result["clean"], result["entities"], result["quotes"], result["events"]
    typed = ents["typed"]
    value = result["timexes"]
    return {
        "removal_tp": clean["removal"]["tp"], "removal_fp": clean["removal"]["fp"],
        "removal_fn": clean["removal"]["fn"],
        "pub_ok": int(clean.get("_pub_ok", 0)), "pub_n": int(clean.get("_pub_n", 0)),
        "typed_tp": typed["tp"], "typed_fp": typed["fp"], "typed_fn": typed["fn"],
        "roles_ok": int(result["roles"].get("_ok", 0)), "roles_n": int(result["roles"]["n"]),
        "timex_ok": int(value["_ok"]), "timex_pred": int(value["_pred"]), "timex_gold": int(value["_gold"]),
        "quotes_tp": quotes["extraction"]["tp"], "quotes_fp": quotes["extraction"]["fp"],
        "quotes_fn": quotes["extraction"]["fn"], "speaker_ok": int(quotes["_speaker_ok"]),
        "events_tp": events["doc_level"]["tp"], "events_fp": events["doc_level"]["fp"],
        "events_fn": events["doc_level"]["fn"],
    }


def numerator(share: float | None, n: int) -> int:
    """The count behind a ratio score.py rounded to four places over a denominator `n` it fixes."""
    return 0 if share is None or n == 0 else round(share * n)


def _recover(result: dict[str, Any], gold_doc: dict[str, Any]) -> dict[str, Any]:
    """Put back the numerators score.py rounds into ratios, exactly, for one document.

    score.py reports accuracies as rounded ratios over small denominators that one document's gold
    fixes (its published interval, its roles, its timexes, its found quotes); with the
    denominator known, the numerator is the nearest integer."""
    clean = dict(result["clean"])
    clean["_pub_n"] = 1 if gold_doc.get("published") else 0
    clean["_pub_ok"] = numerator(clean.get("published_acc"), clean["_pub_n"])
    roles = dict(result["roles"])
    roles["_ok"] = numerator(roles.get("recall"), int(roles["n"]))
    timexes = dict(result["timexes"])
    extraction = timexes["extraction"]
    n_gold = extraction["tp"] + extraction["fn"]
    n_pred = timexes.get("_n_pred", extraction["tp"] + extraction["fp"])
    timexes["_gold"], timexes["_pred"] = n_gold, n_pred
    timexes["_ok"] = numerator(timexes["value"]["r"], n_gold) if n_gold else 0
    quotes = dict(result["quotes"])
    quotes["_speaker_ok"] = numerator(quotes.get("speaker_acc"), quotes["extraction"]["tp"])
    return dict(result, clean=clean, roles=roles, timexes=timexes, quotes=quotes)


def document_counts(export: Path, split: Path, shared: Path, gold: dict[str, Any] | None = None) -> list[Counts]:
    """Per gold document (in the gold file's order), the integers behind each figure of FIGURES."""
    score = _score_module(shared)
    gold = gold or json.loads((split / "gold.json").read_text(encoding="utf-8"))
    exported = score.Export(export)
    out: list[Counts] = []
    for doc, gold_doc in gold["docs"].items():
        one = dict(gold, docs={doc: gold_doc}, duplicates=[])
        scorer = score.Scorer(one, exported, split / "articles")
        result = {"clean": scorer.clean(), "entities": scorer.entities(), "roles": scorer.roles(),
                  "timexes": scorer.timexes(), "quotes": scorer.quotes(), "events": scorer.events()}
        result["timexes"]["_n_pred"] = predicted_timexes(score, exported, doc, gold_doc)
        out.append(_counts_of(_recover(result, gold_doc)))
    return out


def predicted_timexes(score: Any, exported: Any, doc: str, gold_doc: dict[str, Any]) -> int:
    """score.py's `n_pred` for one document: the scored (calendar) timexes veille exported in it."""
    art = exported.article(doc)
    if art is None or "timexes" not in gold_doc:
        return 0
    return sum(1 for t in exported.timexes_in.get(art["id"], [])
               if (t.get("type") or "DATE") in ("DATE", "TIME")
               and not str(t.get("value") or "").upper().endswith("_REF"))


def total(counts: Sequence[Counts]) -> Counts:
    summed: Counts = {}
    for one in counts:
        for key, value in one.items():
            summed[key] = summed.get(key, 0) + value
    return summed


Table = dict[str, Callable[[Counts], float | None]]


def figures(counts: Sequence[Counts], table: Table | None = None) -> dict[str, float | None]:
    """Each figure of `table` (FIGURES, eval/news's, unless given) from the summed counts."""
    summed = total(counts)
    return {metric: figure(summed) for metric, figure in (table or FIGURES).items()} if summed else {}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def intervals(counts: Sequence[Counts], rounds: int = 2000, seed: int = 0,
              level: float = 0.95, table: Table | None = None) -> dict[str, tuple[float, float]]:
    """The percentile bootstrap interval of each figure, articles resampled with replacement."""
    draw = random.Random(seed)
    samples: dict[str, list[float]] = {metric: [] for metric in table or FIGURES}
    for _ in range(rounds):
        picked = [counts[draw.randrange(len(counts))] for _ in counts]
        for metric, value in figures(picked, table).items():
            if value is not None:
                samples[metric].append(value)
    tail = (1 - level) / 2
    return {metric: (_percentile(values, tail), _percentile(values, 1 - tail))
            for metric, values in samples.items() if values}


def paired(before: Sequence[Counts], after: Sequence[Counts], rounds: int = 2000, seed: int = 0,
           level: float = 0.95, table: Table | None = None) -> dict[str, tuple[float, float, float]]:
    """Per figure: after - before, and the bootstrap interval of that difference, the same articles
    drawn for both runs in each round. An interval that holds 0 is a change the split cannot tell
    from the draw of its articles."""
    if len(before) != len(after):
        raise ValueError("paired intervals need the two runs' counts over the same documents")
    draw = random.Random(seed)
    base, new = figures(before, table), figures(after, table)
    samples: dict[str, list[float]] = {metric: [] for metric in table or FIGURES}
    for _ in range(rounds):
        picked = [draw.randrange(len(before)) for _ in before]
        old = figures([before[i] for i in picked], table)
        now = figures([after[i] for i in picked], table)
        for metric in samples:
            a, b = old.get(metric), now.get(metric)
            if a is not None and b is not None:
                samples[metric].append(b - a)
    tail = (1 - level) / 2
    out: dict[str, tuple[float, float, float]] = {}
    for metric, values in samples.items():
        a, b = base.get(metric), new.get(metric)
        if values and a is not None and b is not None:
            out[metric] = (b - a, _percentile(values, tail), _percentile(values, 1 - tail))
    return out
