#!/usr/bin/env python3
"""Fit the events stage's filter (src/veille/data/events/filter.json) on eval/news dev.

Each event the stage finds in a dev article (filter off) is one row of
`veille.stages.events.filter.feature_table`; it is labelled a main event when it matches one of
the article's gold events the way ../shared/tools/score.py matches them (type, actors, date), and
it counts as neutral when it matches only an optional one. The seed corpus (../shared/seeds,
with its gold) trains with every fold and is never held out: it is the demo, with its own floor.
The model is an L2-regularised logistic regression (Newton's method, numpy, tools/logistic.py).

The feature set, the L2 strength and the threshold are chosen by cross-validation that leaves
whole stories out (benchmarks/event_folds.py's five folds), scored as score.py scores: each
fold's events go through the model fitted without that fold, the corpus steps (link, stories:
cross-source merging) are rerun over every dev article and score.py scores each fold's
documents. (Until issue 19 the tool counted hits by the event's own actors, which misses what
merging adds.) Five folds of five stories are noisy: the setting written is the one whose
neighbourhood in the grid (adjacent L2 and threshold) has the best worst cell, a broad plateau
rather than a narrow peak; every cell is printed. The test split is never read.

What this scoring does not see: the cached run's publication dates (some anchored by the stories
stage), timexes and story clusters come from a full run with the shipped filter, and the rerun
corpus steps leave them as they were (stories B-cubed stays 0.990 in every cell). In a full run
the stories stage clusters and dates articles by the events kept: the issue-19 candidate (branch
filt12-cand), 0.587 here, lowered dev stories B-cubed 0.990 -> 0.960, publication date 1.000 ->
0.981 and timex value 0.920 -> 0.904 (no filter: 0.968, 0.981, 0.904). Check a refit with
eval/news/evaluate.py --splits dev before shipping it.

Needs the cache of `benchmarks/event_folds.py --prepare` and one plain run of it (the entity
export the labels read actors from). `--config FILE.toml` (or VEILLE_FOLDS_CONFIG) fits the filter
for a veille configuration (the English recogniser `[nlp] english_ner`, the parse `[events]
english_parser`): the dev rows, the seed run and the fold scoring then use it; the cache must
have been prepared with the same one (a cache per configuration: VEILLE_FOLDS_CACHE).

    PYTHONPATH=src .venv/bin/python tools/train_event_filter.py [--features a,b,c] [--write]
    PYTHONPATH=src .venv/bin/python tools/train_event_filter.py --legacy   # the events@6 features, refit
    PYTHONPATH=src .venv/bin/python tools/train_event_filter.py --legacy --config X.toml --out F.json

`--pool events_pool` (events@38) adds an eval pool's working part to the training rows of every fold
(its held-out part is never read: its figure judges the fit); `--language en --at L2,T --write` writes
the model as English articles' own inside the filter file. Since events@40 `--language` also decides
what the model learns from and is judged on: only that language's rows of dev, the seeds and the
pools train it, each fold is scored on that language's dev documents only, and the other language's
events keep the shipped filter's decision (they still take part in cross-source merging);
`--no-seeds` leaves the seed corpus out; `--judge en` scores one language's documents the same way
while training on every row (events@38's recipe, judged on English). events@38's English model
(fitted before that, on both languages' rows):

    PYTHONPATH=src .venv/bin/python tools/train_event_filter.py --features <filter.json's list> \
        --pool events_pool --at 1.0,0.35 --language en --write

`--also CACHE:CONFIG` adds a second configuration's prepared cache: its rows train the same model
and every cell is scored over both runs' counts, so the filter chosen holds under both (events@12
was fitted on the defaults and the English recogniser this way, issue 19):

    VEILLE_FOLDS_CACHE=/tmp/f-off PYTHONPATH=src .venv/bin/python tools/train_event_filter.py \
        --features a,b,c --also /tmp/f-on:enner.toml --write
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import pickle
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from event_folds import CACHE, FOLDS, NEWS, SHARED, config, folds  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from logistic import fit  # noqa: E402

from veille.stages.events.filter import CANDIDATES, DATA, EventFilter, feature_table, load_filter  # noqa: E402

# The events@6 filter's features (`--legacy`: refit them with stories held out).
LEGACY = ("first_position", "in_lede", "sentence_rank", "reports", "modality_asserted", "modality_planned",
          "modality_hypothetical", "modality_negated", "dated", "actors", "two_sided", "actor_in_title",
          "trigger_in_title", "actor_share", "english", "events_in_article")
# The scale-free, language-neutral set with the broadest held-out plateau among those tried
# (the candidate of issue 19; `--features` tries others).
DEFAULT = ("sentence_rank", "reports", "dated", "actors", "two_sided", "actor_in_title", "actor_top3",
           "actor_vs_top")
L2S = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35)


def _scorer(gold: dict[str, Any], export: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    score: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score.Scorer(gold, score.Export(export), None)


class _Recorder:
    """Stands for the filter in `events_of`: keeps every event and records what the filter saw."""

    def __init__(self) -> None:
        self.seen: tuple[list[Any], list[int]] = ([], [])
        self.headline: Any = None  # (events@66) the headline the filter's features read

    def keep(self, events: list[Any], article: Any, starts: Any, headline: Any = None) -> list[Any]:
        self.seen, self.headline = (copy.deepcopy(events), list(starts)), headline
        return events


class Dev:
    """The dev articles with every event the triggers find (before the filter), each event's
    features and label, and a scorer of any keep decision as score.py counts it."""

    def __init__(self, cache: Path = CACHE, cfg_path: str | None = None) -> None:
        from spacy.tokens import DocBin

        from veille.pipeline import Context
        from veille.stages.events import english_gate, english_parser, events_of, load_lexicon
        from veille.stages.events.headline import read as read_headline
        from veille.stages.nlp import english_model, french_model
        from veille.store.db import Store

        self.cache, self.cfg_path = cache, cfg_path
        self.ctx = Context(config=config(cfg_path))
        self.gold = json.loads((NEWS / "dev" / "gold.json").read_text(encoding="utf-8"))
        store = Store.open(cache / "dev.duckdb")
        self.articles = list(store.iter_articles())
        store.close()
        docs: dict[str, Any] = {}
        for lang, (data, ids) in pickle.loads((cache / "docs.pkl").read_bytes()).items():
            vocab = (english_model(self.ctx) if lang == "en" else french_model(self.ctx)).vocab
            docs.update(zip(ids, DocBin().from_bytes(data).get_docs(vocab), strict=True))
        self.lex = load_lexicon()
        recorder = _Recorder()
        self.lex.filter = recorder  # type: ignore[assignment]
        fold_of = folds()
        if not (cache / "work" / "export").exists():
            # events@40: without it every label would read 0 (no actor matches) and the fit learn nothing
            raise SystemExit(f"no {cache / 'work' / 'export'}: run benchmarks/event_folds.py once after --prepare")
        scorer = _scorer(self.gold, cache / "work" / "export")
        self.raw: dict[str, list[Any]] = {}
        self.rows: list[dict[str, float]] = []
        self.y: list[int] = []
        self.fold: list[int] = []
        self.doc: list[str] = []
        self.lang: list[str] = []  # each row's article language (events@40: --language trains on its own)
        self.lang_of: dict[str, str] = {}  # gold document name -> its article's language
        for a in self.articles:
            # the English sides from the parse when `events.english_parser` is on (events@10)
            events_of(a, docs[a.id], self.lex, english_parser(self.ctx) if a.lang == "en" else None,
                      english_gate(self.ctx) if a.lang == "en" else None, read_headline(a, self.ctx))
            events, starts = recorder.seen
            self.raw[a.id] = events
            name = Path(a.source or "").name
            self.lang_of[name] = article_language(a.lang)
            gevs = self.gold["docs"].get(name, {}).get("events", [])
            for ev in events:
                as_export = {"type": ev.type, "actors": {"source": ev.source, "target": ev.target},
                             "date": {"value": ev.date}}
                hits = [g for g in gevs if scorer._event_matches(as_export, g)]
                self.rows.append(feature_table(ev, a, starts, len(events), recorder.headline))
                self.y.append(1 if any(not g.get("optional") for g in hits) else (-1 if hits else 0))
                self.fold.append(fold_of.get(name, -2))
                self.doc.append(a.id)
                self.lang.append(article_language(a.lang))
        self.lex.filter = None

    def score(self, keep: np.ndarray, work: Path,
              language: str | None = None) -> tuple[float, list[float], dict[str, float]]:
        """Dev events F1 over the folds (summed counts) and per fold, with `keep[i]` deciding row i;
        with `language` (events@40), over that language's documents only."""
        from veille.pipeline import stage
        from veille.stages.events.context import add_awarders, add_judges
        from veille.store.db import Store
        from veille.store.export import export

        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        shutil.copy(self.cache / "dev.duckdb", work / "dev.duckdb")
        store = Store.open(work / "dev.duckdb")
        articles = list(store.iter_articles())
        i = 0
        for a in articles:
            events = copy.deepcopy(self.raw[a.id])
            kept = [e for n, e in enumerate(events) if keep[i + n]]
            i += len(events)
            mentions = sorted(a.mentions, key=lambda m: m.start)
            add_judges(kept, a.body, mentions, self.lex.bench, events)
            add_awarders(kept, mentions)
            a.events = kept
        view = [copy.copy(a) for a in articles]
        entities = stage("link").load()(view, self.ctx)
        result = stage("stories").load()(view, self.ctx)
        store.write_corpus(view, entities, result.stories, result.events)
        export(store, work / "export")
        store.close()
        fold_of = folds()
        gold = dict(self.gold, docs=language_docs(self.gold["docs"], self.lang_of, language))
        tp = fp = fn = 0
        per_fold = []
        for k in range(FOLDS):
            sub = dict(gold, docs={d: g for d, g in gold["docs"].items() if fold_of.get(d) == k})
            level = _scorer(sub, work / "export").events()["doc_level"]
            tp, fp, fn = tp + level["tp"], fp + level["fp"], fn + level["fn"]
            per_fold.append(level["f1"])
        whole = _scorer(gold, work / "export").events()
        extra = {"date": whole["date_acc"], "merge": whole["cross_source_merge"], "tp": tp, "fp": fp, "fn": fn}
        return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), per_fold, extra


def article_language(lang: str | None) -> str:
    """The filter's language key of an article: "en", else "fr" (the stage's two languages)."""
    return "en" if lang == "en" else "fr"


def training_rows(y: np.ndarray, langs: list[str] | np.ndarray, language: str | None) -> np.ndarray:
    """events@40: the rows a model learns from: labelled ones (neutral rows, matching optional
    gold only, teach nothing), and with `language` only that language's articles' rows (until
    events@40 `--language` chose where the model was written, not what it learned from: the
    English model learned from French rows too)."""
    mask: np.ndarray = np.asarray(y) >= 0
    if language is not None:
        mask &= np.asarray(langs) == language
    return mask


def language_docs(docs: dict[str, Any], lang_of: dict[str, str], language: str | None) -> dict[str, Any]:
    """events@40: the gold documents a language's model is judged on (all without `language`)."""
    return {d: g for d, g in docs.items() if language is None or lang_of.get(d) == language}


def _shipped_keep(model: EventFilter | None, row: dict[str, float], lang: str) -> bool:
    """What the shipped filter decides for a row of an article of `lang` (no filter: kept)."""
    if model is None:
        return True
    own = dict(model.languages).get(lang, model)
    return own.probability([row[n] for n in own.features]) >= own.threshold


def _pool_work(pool: Path, work: Path) -> tuple[list[str], dict[str, Any]]:
    """events@38: an eval pool's working part (`index.tsv` column `heldout` "no") as an input file
    and its gold; the held-out part is never read (its figure judges the fit)."""
    import csv

    with (pool / "index.tsv").open(encoding="utf-8") as fh:
        working = {r["file"] for r in csv.DictReader(fh, delimiter="\t") if r["heldout"] == "no"}
    rows = [json.loads(line) for line in (pool / "input.jsonl").read_text(encoding="utf-8").splitlines() if line]
    (work / "input.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows if r["id"] in working),
                                      encoding="utf-8")
    gold = json.loads((pool / "gold.json").read_text(encoding="utf-8"))
    return [str(work / "input.jsonl")], dict(gold, docs={d: g for d, g in gold["docs"].items() if d in working})


def _seed_rows(names: tuple[str, ...], cfg_path: str | None = None, pool: Path | None = None,
               language: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The seed corpus's events (filter off), labelled by its gold: they train with every fold.
    With `pool` (events@38), that eval pool's working part instead, the same way; with `language`
    (events@40), only that language's articles' events."""
    import veille
    from veille.pipeline import Context
    from veille.stages.events import english_gate, english_parser, events_of, load_lexicon
    from veille.stages.events.headline import read as read_headline
    from veille.stages.nlp import parsed, segments
    from veille.store.db import Store

    work = Path(tempfile.mkdtemp(prefix="veille-filter-seeds-"))
    cfg = copy.deepcopy(config(cfg_path))
    cfg.workers, cfg.events.filter = 1, False
    if pool is None:
        inputs = [str(SHARED / "seeds")]
        gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    else:
        inputs, gold = _pool_work(pool, work)
    veille.run(inputs, db=work / "seeds.duckdb", config=cfg)
    with veille.open(work / "seeds.duckdb") as dossier:
        dossier.export(work / "export")
    store = Store.open(work / "seeds.duckdb")
    articles = list(store.iter_articles())
    store.close()
    scorer = _scorer(gold, work / "export")
    ctx = Context(config=cfg)
    lex = load_lexicon()
    lex.filter = None
    x, y = [], []
    for a in articles:
        if language is not None and article_language(a.lang) != language:
            continue
        gevs = gold["docs"].get(Path(a.source or "").name, {}).get("events", [])
        doc = parsed(a, ctx)
        starts = [s.start_char for s in segments(doc)]
        events = events_of(a, doc, lex, english_parser(ctx) if a.lang == "en" else None,
                  english_gate(ctx) if a.lang == "en" else None, read_headline(a, ctx))
        for ev in events:
            as_export = {"type": ev.type, "actors": {"source": ev.source, "target": ev.target},
                         "date": {"value": ev.date}}
            hits = [g for g in gevs if scorer._event_matches(as_export, g)]
            label = 1 if any(not g.get("optional") for g in hits) else (-1 if hits else 0)
            if label >= 0:
                row = feature_table(ev, a, starts, len(events))
                x.append([row[n] for n in names])
                y.append(label)
    return np.array(x).reshape(-1, len(names)), np.array(y, dtype=float)


Model = tuple[np.ndarray, np.ndarray, np.ndarray, float]


def predict(model: Model, x: np.ndarray) -> np.ndarray:
    mean, scale, w, b = model
    p: np.ndarray = 1 / (1 + np.exp(-np.clip(((x - mean) / scale) @ w + b, -30, 30)))
    return p


def plateau(grid: dict[tuple[float, float], float]) -> tuple[float, float, float]:
    """The cell whose neighbourhood (itself and the adjacent L2 and threshold cells) has the best
    worst held-out F1: a broad plateau over a narrow peak. (worst of neighbourhood, l2, threshold)."""
    best = (-1.0, 0.0, 0.0)
    for i, l2 in enumerate(L2S):
        for j, t in enumerate(THRESHOLDS):
            near = [grid[(L2S[a], THRESHOLDS[b])] for a in range(max(0, i - 1), min(len(L2S), i + 2))
                    for b in range(max(0, j - 1), min(len(THRESHOLDS), j + 2))]
            if min(near) > best[0]:
                best = (min(near), l2, t)
    return best


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--features", help="comma-separated names from filter.CANDIDATES (default: DEFAULT)")
    ap.add_argument("--legacy", action="store_true", help="the events@6 features")
    ap.add_argument("--shipped", type=Path, help="also score this fitted filter (a filter.json) as it is")
    ap.add_argument("--at", help="l2,threshold to fit and write instead of the plateau's centre")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--out", type=Path, help="with --write: write the filter here instead of data/events/filter.json")
    ap.add_argument("--config", help="a veille TOML configuration to fit for (sets VEILLE_FOLDS_CONFIG)")
    ap.add_argument("--also", action="append", default=[], metavar="CACHE[:CONFIG]",
                    help="another configuration's prepared cache (and its TOML; none: the defaults): its rows "
                         "train the same filter and each cell is scored over both runs' counts")
    ap.add_argument("--pool", action="append", default=[], metavar="NAME",
                    help="an eval pool (eval/NAME) whose working part trains with every fold (events@38)")
    ap.add_argument("--language", help="fit on this article language's rows only (\"en\"), judge it on that "
                                       "language's dev documents (the other language's events keep the "
                                       "shipped filter's decision) and, with --write, write it as that "
                                       "language's model inside the filter file, its other models kept "
                                       "(events@38; rows and folds restricted since events@40)")
    ap.add_argument("--judge", metavar="LANG",
                    help="score the folds on this language's dev documents only, training on every row (events@40: "
                         "how a model fitted on both languages does on one; --language implies it)")
    ap.add_argument("--no-seeds", action="store_true",
                    help="leave the seed corpus out of the training rows (events@40: dev and pools only)")
    args = ap.parse_args()
    if args.config:
        import os

        os.environ["VEILLE_FOLDS_CONFIG"] = args.config
    names = LEGACY if args.legacy else tuple(args.features.split(",")) if args.features else DEFAULT
    assert set(names) <= set(CANDIDATES), set(names) - set(CANDIDATES)
    # One run per configuration: one filter fitted on every run's rows holds under each (a feature
    # whose scale moves with the options, such as `actor_share`, shows up as a worse fit here).
    devs = [Dev()] + [Dev(Path(c), t or None) for c, _, t in (a.partition(":") for a in args.also)]
    xs = [np.array([[r[n] for n in names] for r in d.rows]) for d in devs]
    ys, fs = [np.array(d.y) for d in devs], [np.array(d.fold) for d in devs]
    lang = args.language
    seeds = [] if args.no_seeds else [_seed_rows(names, d.cfg_path, language=lang) for d in devs]
    n_seeds = len(seeds)
    # events@38: eval pools' working parts train with every fold too (their held-out parts judge the fit)
    seeds += [_seed_rows(names, d.cfg_path, ROOT / "eval" / p, lang) for p in args.pool for d in devs]
    for p, (_, py) in zip(args.pool, seeds[n_seeds:], strict=False):
        print(f"{p}: {len(py)} working rows, {int((py == 1).sum())} main", flush=True)
    sx = np.vstack([s[0] for s in seeds]) if seeds else np.zeros((0, len(names)))
    sy = np.concatenate([s[1] for s in seeds]) if seeds else np.zeros(0)
    # events@40: with --language, the other language's rows are neither fitted nor judged; they keep
    # the shipped filter's decision (their events still take part in cross-source merging)
    judge = lang or args.judge
    others = [np.array([ln != judge for ln in d.lang], dtype=bool) if judge else np.zeros(len(d.y), dtype=bool)
              for d in devs]
    shipped_filter = load_filter()
    fixed = [np.array([_shipped_keep(shipped_filter, r, ln) for r, ln in zip(d.rows, d.lang, strict=True)])
             for d in devs]
    # a folder of its own: two fits (feature sets) can run over one cache at once
    works = [Path(tempfile.mkdtemp(prefix="filter-cv-", dir=d.cache)) for d in devs]

    def score(keeps: list[np.ndarray]) -> tuple[float, str]:
        """F1 over every run's summed counts, and each run's figures."""
        tp = fp = fn = 0
        parts = []
        for d, keep, work, other, fix in zip(devs, keeps, works, others, fixed, strict=True):
            keep = np.where(other, fix, keep)
            s, pf, ex = d.score(keep, work, judge)
            tp, fp, fn = tp + int(ex["tp"]), fp + int(ex["fp"]), fn + int(ex["fn"])
            parts.append(f"[{d.cfg_path or 'defaults'}: F1 {s:.3f} folds " + " ".join(f"{v:.3f}" for v in pf)
                         + f" date {ex['date']} merge {ex['merge']}]")
        return _f1(tp, fp, fn), " ".join(parts)

    trains = [training_rows(y, d.lang, lang) for y, d in zip(ys, devs, strict=True)]  # events@40
    none, detail = score([np.ones(len(y), dtype=bool) for y in ys])
    for d, y in zip(devs, ys, strict=True):
        print(f"{d.cfg_path or 'defaults'}: {len(y)} dev events: {(y == 1).sum()} main, {(y == 0).sum()} other, "
              f"{(y == -1).sum()} neutral", flush=True)
    print(f"{len(sy)} seed/pool rows, {sum(int(t.sum()) for t in trains)} dev training rows"
          f"{' (' + lang + ' only)' if lang else ''}; no filter: held-out F1 {none:.3f}  {detail}", flush=True)
    if args.shipped:
        data = json.loads(args.shipped.read_text(encoding="utf-8"))
        shipped: Model = (np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]),
                          float(data["bias"]))
        s, detail = score([predict(shipped, np.array([[r[n] for n in data["features"]] for r in d.rows]))
                           >= data["threshold"] for d in devs])
        print(f"{args.shipped} (as fitted): F1 {s:.3f}  {detail}", flush=True)
    grid: dict[tuple[float, float], float] = {}
    for l2 in L2S:
        helds = [np.zeros(len(y)) for y in ys]
        for k in range(FOLDS):
            rows = [t & (f != k) for t, f in zip(trains, fs, strict=True)]
            model = fit(np.vstack([*(x[r] for x, r in zip(xs, rows, strict=True)), sx]),
                        np.concatenate([*(y[r].astype(float) for y, r in zip(ys, rows, strict=True)), sy]), l2)
            for held, x, f in zip(helds, xs, fs, strict=True):
                held[f == k] = predict(model, x[f == k])
        for held, f in zip(helds, fs, strict=True):
            held[f < 0] = 1.0  # documents outside the folds' gold: kept (they are not scored)
        for t in THRESHOLDS:
            grid[(l2, t)], detail = score([held >= t for held in helds])
            print(f"l2 {l2:<5} threshold {t:.2f}  held-out F1 {grid[(l2, t)]:.3f}  {detail}", flush=True)
    print("held-out F1 grid (rows L2, columns threshold " + " ".join(f"{t:.2f}" for t in THRESHOLDS) + ")")
    for l2 in L2S:
        print(f"  {l2:<5} " + " ".join(f"{grid[(l2, t)]:.3f}" for t in THRESHOLDS))
    worst, l2, threshold = plateau(grid)
    if args.at:
        l2, threshold = (float(v) for v in args.at.split(","))
    model = fit(np.vstack([*(x[t] for x, t in zip(xs, trains, strict=True)), sx]),
                np.concatenate([*(y[t].astype(float) for y, t in zip(ys, trains, strict=True)), sy]), l2)
    held_in, detail = score([predict(model, x) >= threshold for x in xs])
    print(f"chosen l2 {l2} threshold {threshold}: held-out F1 {grid[(l2, threshold)]:.3f} (its neighbourhood's "
          f"worst {worst:.3f}), held-in {held_in:.3f} {detail}; no filter {none:.3f}")
    for name, w in sorted(zip(names, model[2], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:<20} {w:+.3f}")
    if args.write:
        mean, scale, w, b = model
        fitted = []
        for d in devs:
            cfg = config(d.cfg_path)
            fitted.append({"nlp.english_ner": cfg.nlp.english_ner, "events.english_parser": cfg.events.english_parser})
        written: dict[str, Any] = {
            "_source": "Fitted by tools/train_event_filter.py on the eval/news dev split (CC0-1.0) and the seeds"
                       + "".join(f", the working part of eval/{p}" for p in args.pool) + ".",
            # the options the rows were made with: a filter fits the candidates of those configurations
            "fitted_with": fitted[0] if len(fitted) == 1 else fitted,
            "features": list(names), "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "weights": w.round(6).tolist(), "bias": round(b, 6), "threshold": threshold, "l2": l2,
            "held_out_f1": round(grid[(l2, threshold)], 4), "no_filter_f1": round(none, 4)}
        target = args.out or DATA
        if args.language:  # events@38: that language's model inside the file's, the rest of it kept
            whole = json.loads(target.read_text(encoding="utf-8"))
            whole.setdefault("languages", {})[args.language] = written
            written = whole
        target.write_text(json.dumps(written, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for work in works:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
