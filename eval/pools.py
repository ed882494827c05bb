"""What the pools' evaluate.py scripts share (eval/quotes_pool, events_pool, roles_pool, timex_pool,
entities_pool, xlang_pool): the shared scorer, a pool's index.tsv and gold, a fresh veille run + export of
its input, the scoring of each named part, and the script's body itself (`evaluate`); and the table the
agreement scripts of story-built batches print (`agreement_table`); and, with `--intervals N` /
`--paired BEFORE.json`, each part's bootstrap intervals and a change's paired intervals
(`Bootstrap`, eval/news/intervals.py's resampling over the part's pages).

Each pool script puts this folder on `sys.path` and imports it; the run and export are
eval/news/evaluate.py's own (`veille_export`), so a pool is run exactly as the news splits are.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

EVAL = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("VEILLE_SHARED", EVAL.parent.parent / "shared"))
# appended, not put first: a script beside its own evaluate.py (eval/pubdate_pool/stories.py) must still find it
sys.path.append(str(EVAL / "news"))
import intervals  # noqa: E402  eval/news/intervals.py: the resampling, score.py's conventions


def load_scorer() -> Any:
    """../shared/tools/score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SHARED / 'tools' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_of(pool: Path) -> dict[str, Any]:
    """The pool's gold.json."""
    loaded: dict[str, Any] = json.loads((pool / "gold.json").read_text(encoding="utf-8"))
    return loaded


def score_parts(score: Any, export: Path, pool: Path, parts: dict[str, dict[str, Any]],
                measure: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    """Each named part of the pool's gold scored on the export: name -> `measure` of that part's
    `score.Scorer` (its figures picked from the scorer's entities(), roles(), events(), ...)."""
    x = score.Export(export)
    return {name: measure(score.Scorer(part, x, pool / "articles")) for name, part in parts.items()}


def index_rows(pool: Path) -> list[dict[str, str]]:
    """The pool's index.tsv, one dict per row, keyed by the header's column names."""
    rows = (pool / "index.tsv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    return [dict(zip(head, r.split("\t"), strict=False)) for r in rows[1:]]


Part = tuple[dict[str, Any], dict[str, dict[str, Any]]]  # a part's gold, and per language


def fold_form(text: str) -> str:
    """Case, accents and apostrophes folded, as the scorer compares forms."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def urls_in(path: Path) -> set[str]:
    """The URLs an evaluation set lists: an index.tsv's http columns, or a JSONL's `url` fields."""
    if path.name.endswith(".tsv"):
        return {c for row in path.read_text(encoding="utf-8").splitlines() for c in row.split("\t")
                if c.startswith("http")}
    return {json.loads(line).get("url") or "" for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}


def languages(pool: Path) -> dict[str, str]:
    """file -> language, from the pool's index.tsv."""
    return {row["file"]: row["language"] for row in index_rows(pool)}


def named_parts(gold: dict[str, Any], langs: dict[str, str]) -> dict[str, dict[str, Any]]:
    """`split_parts` flattened: "tune", "tune en", "tune fr", "heldout", ... -> that part's gold."""
    out: dict[str, dict[str, Any]] = {}
    for part, (whole, by_lang) in split_parts(gold, langs).items():
        out[part] = whole
        out.update({f"{part} {lang}": g for lang, g in by_lang.items()})
    return out


def split_parts(gold: dict[str, Any], langs: dict[str, str]) -> dict[str, Part]:
    """The pool's gold cut by its `heldout` list: "tune" / "heldout" -> (that part's docs as a gold,
    language -> the part's docs in that language as a gold). `langs`: file -> language (index.tsv)."""
    heldout = set(gold.get("heldout", []))
    out: dict[str, Part] = {}
    for part, keep in (("tune", lambda d: d not in heldout), ("heldout", lambda d: d in heldout)):
        docs = {d: g for d, g in gold["docs"].items() if keep(d)}
        out[part] = (dict(gold, docs=docs),
                     {lang: dict(gold, docs={d: g for d, g in docs.items() if langs.get(d) == lang})
                      for lang in sorted(set(langs.values()))})
    return out


def run_veille(pool: Path, work: Path, no_urls: bool = False, config: Path | None = None) -> Path:
    """veille run + export over the pool's input.jsonl into `work`, from a fresh store: a store left
    by an earlier --keep run would keep its annotations (a run skips what a stage of the same
    version has done), and a rule changed without a version bump would not show."""
    sys.path.insert(0, str(EVAL / "news"))
    from evaluate import veille_export  # eval/news/evaluate.py: the same run and export

    for old in (work / "store.duckdb", work / "store.duckdb.wal"):
        old.unlink(missing_ok=True)
    return Path(veille_export(pool, work, config, no_urls=no_urls))


def arguments(description: str, errors_help: str) -> argparse.ArgumentParser:
    """The options every pool script takes: --export, --keep, --errors (never the held-out part), --json,
    --config, --intervals and --paired."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--export", type=Path, help="score this export folder instead of running veille")
    ap.add_argument("--keep", type=Path, help="run veille into this folder and keep it")
    ap.add_argument("--errors", action="store_true", help=errors_help)
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--config", type=Path, help="a veille TOML configuration, as eval/news/evaluate.py takes it")
    ap.add_argument("--intervals", type=int, default=0, metavar="ROUNDS",
                    help="also each part's 95%% bootstrap interval of its per-page figures (pages resampled)")
    ap.add_argument("--paired", type=Path, metavar="BEFORE.json",
                    help="also each part's change against a kept --json of a run made with --intervals, with its "
                         "95%% paired-bootstrap interval")
    return ap


def export_of(args: argparse.Namespace, pool: Path, tmp: str, no_urls: bool = False) -> Path:
    """`--export` when given, else a fresh run of the pool into `--keep` (or the temporary folder)."""
    if args.export is not None:
        return Path(args.export)
    work = args.keep or Path(tmp)
    work.mkdir(parents=True, exist_ok=True)
    return run_veille(pool, work, no_urls=no_urls, config=getattr(args, "config", None))


Scores = Callable[[Any, Path], dict[str, Any]]


class Bootstrap(NamedTuple):
    """What a pool's intervals need: `parts`, the pool folder -> the parts its script scores (name -> that
    part's gold, as `score_parts` gets them); `page`, (score.py, the export, one page's `score.Scorer`,
    the page) -> the integers behind the part's figures on that page; `table`, each figure's dotted path in
    a part's result -> that figure from summed counts (score.py's own conventions, eval/news/intervals.py).
    Figures that are not sums over pages (one entity per referent, B-cubed, a ratio whose denominator
    score.py does not report) have no entry."""

    parts: Callable[[Path], dict[str, dict[str, Any]]]
    page: Callable[[Any, Any, Any, str], intervals.Counts]
    table: intervals.Table


def _events_count(score: Any, x: Any, scorer: Any, doc: str) -> intervals.Counts:
    e = scorer.events()["doc_level"]
    return {"tp": e["tp"], "fp": e["fp"], "fn": e["fn"]}


def _quotes_count(score: Any, x: Any, scorer: Any, doc: str) -> intervals.Counts:
    q = scorer.quotes()
    e = q["extraction"]
    return {"tp": e["tp"], "fp": e["fp"], "fn": e["fn"], "speaker_ok": intervals.numerator(q["speaker_acc"], e["tp"])}


def _timex_count(score: Any, x: Any, scorer: Any, doc: str) -> intervals.Counts:
    t = scorer.timexes()
    e = t["extraction"]
    gold = e["tp"] + e["fn"]
    return {"tp": e["tp"], "fp": e["fp"], "fn": e["fn"], "timex_gold": gold,
            "timex_ok": intervals.numerator(t["value"]["r"], gold),
            "timex_pred": intervals.predicted_timexes(score, x, doc, scorer.gold["docs"][doc])}


def _entities_count(score: Any, x: Any, scorer: Any, doc: str) -> intervals.Counts:
    ents = scorer.entities()
    typed, untyped = ents["typed"], ents["untyped"]
    return {"tp": typed["tp"], "fp": typed["fp"], "fn": typed["fn"],
            "u_tp": untyped["tp"], "u_fp": untyped["fp"], "u_fn": untyped["fn"]}


def _roles_count(score: Any, x: Any, scorer: Any, doc: str) -> intervals.Counts:
    roles, people = scorer.roles(), scorer.entities()["untyped"]
    return {"roles_ok": intervals.numerator(roles["recall"], roles["n"]), "roles_n": roles["n"],
            "u_tp": people["tp"], "u_fn": people["fn"]}


def _prf(prefix: str, tp: str = "tp", fp: str = "fp", fn: str = "fn") -> intervals.Table:
    """`prefix`f1 / p / r from summed tp, fp, fn (score.py's `prf`)."""
    return {f"{prefix}f1": lambda c: intervals.f1(c[tp], c[fp], c[fn]),
            f"{prefix}p": lambda c: intervals.precision(c[tp], c[fp], c[fn]),
            f"{prefix}r": lambda c: intervals.recall(c[tp], c[fn])}


# each pool's per-page figures; left out: events' date accuracy and cross-source merge (their
# denominators are not in score.py's result), Wikidata accuracy (idem), one entity per referent (a
# referent spans pages)
EVENTS = (_events_count, _prf("doc_level."))
QUOTES = (_quotes_count, {**_prf("extraction."),
                          "speaker_acc": lambda c: intervals.ratio(c["speaker_ok"], c["tp"])})
TIMEXES = (_timex_count, {"extraction.f1": lambda c: intervals.f1(c["tp"], c["fp"], c["fn"]),
                          "value.f1": intervals.value_f1,
                          "value.p": lambda c: c["timex_ok"] / c["timex_pred"] if c["timex_pred"] else 0.0,
                          "value.r": lambda c: intervals.recall(c["timex_ok"], c["timex_gold"] - c["timex_ok"])})
ENTITIES = (_entities_count, {**{k.replace(".", "_"): f for k, f in _prf("typed.").items()},
                              "untyped_f1": lambda c: intervals.f1(c["u_tp"], c["u_fp"], c["u_fn"])})
ROLES = (_roles_count, {"roles_recall": lambda c: intervals.ratio(c["roles_ok"], c["roles_n"]),
                        "people_recall": lambda c: intervals.recall(c["u_tp"], c["u_fn"])})
TYPED = (_entities_count, {"typed_f1": lambda c: intervals.f1(c["tp"], c["fp"], c["fn"])})


def lookup(result: Any, path: str) -> Any:
    """A part's figure by its dotted path ("doc_level.f1"); a flat key ("typed_f1") is its own path."""
    for key in path.split("."):
        result = result.get(key) if isinstance(result, dict) else None
    return result


def page_counts(score: Any, export: Path, pool: Path, boot: Bootstrap,
                result: dict[str, Any]) -> dict[str, dict[str, intervals.Counts]]:
    """Each part's pages' counts, keyed by the page's position in the pool's gold.json (never its name),
    after checking that they sum back to the figures score.py gave the part (`result`): a part whose sum
    differs stops the script, as eval/news/evaluate.py does."""
    x = score.Export(export)
    position = {doc: str(i) for i, doc in enumerate(gold_of(pool)["docs"])}
    seen: dict[tuple[str, int], intervals.Counts] = {}
    out: dict[str, dict[str, intervals.Counts]] = {}
    for name, part in boot.parts(pool).items():
        counts: dict[str, intervals.Counts] = {}
        for doc, g in part["docs"].items():
            if (doc, id(g)) not in seen:  # a page's gold is one object in every part that holds it unchanged
                scorer = score.Scorer(dict(part, docs={doc: g}), x, pool / "articles")
                seen[doc, id(g)] = boot.page(score, x, scorer, doc)
            counts[position[doc]] = seen[doc, id(g)]
        for metric, value in intervals.figures(list(counts.values()), boot.table).items():
            reported = lookup(result.get(name), metric)
            if value is not None and reported is not None and abs(value - reported) > 1e-4:
                raise SystemExit(f"{name} {metric}: the pages' counts give {value:.4f}, score.py {reported:.4f}")
        out[name] = counts
    return out


def interval_cells(counts: dict[str, intervals.Counts], table: intervals.Table, rounds: int) -> dict[str, Any]:
    """A part's 95% interval of each figure: {metric: {"lo", "hi"}} (none for a part with no page). A part
    that found nothing (or everything) gets [0, 0] (or [1, 1]): the percentile bootstrap cannot reach past
    what its pages show, so read such an interval as "few pages", not as certainty."""
    found = intervals.intervals(list(counts.values()), rounds, table=table)
    return {metric: {"lo": round(lo, 4), "hi": round(hi, 4)} for metric, (lo, hi) in found.items()}


def paired_lines(before: dict[str, Any], counts: dict[str, dict[str, intervals.Counts]], table: intervals.Table,
                 rounds: int) -> list[str]:
    """Per part present in both runs over the same pages, each figure's change and its 95% paired
    interval (aggregates only: a part's pages are resampled together, never shown one by one)."""
    lines = []
    for name, now in counts.items():
        old = (before.get(name) or {}).get("doc_counts") if isinstance(before.get(name), dict) else None
        if not old or sorted(old) != sorted(now):
            continue
        keys = sorted(now, key=int)
        for metric, (delta, lo, hi) in intervals.paired([old[k] for k in keys], [now[k] for k in keys], rounds,
                                                         table=table).items():
            verdict = "holds 0" if lo <= 0 <= hi else "excludes 0"
            lines.append(f"paired {name}\t{metric}\t{delta:+.3f} [{lo:+.3f}, {hi:+.3f}] {verdict}")
    return lines


def evaluate(args: argparse.Namespace, pool: Path, scores: Scores, line: Callable[[str, Any], str], *,
             after: Callable[[Any, Path, dict[str, Any]], None] | None = None,
             prepare: Callable[[Path], None] | None = None,
             figures: Callable[[dict[str, Any]], Any] | None = None, no_urls: bool = False,
             boot: Bootstrap | None = None) -> int:
    """A pool script's body: run veille (or take `--export`), score, print one `line` per part (with
    `--intervals` or `--paired`, followed by its figures' 95% intervals, `boot`'s), then `after` (the
    `--errors` listing: it reads the export, so it runs while a temporary one still exists), the paired
    lines of `--paired`, and write the figures (`figures` of the result, the whole result by default; with
    each part's page counts and intervals under `doc_counts` and `intervals`) to `--json`.
    `prepare` gets the temporary folder before the run (a configuration written for it)."""
    score = load_scorer()
    rounds = getattr(args, "intervals", 0) or (2000 if getattr(args, "paired", None) else 0)
    if rounds and boot is None:
        raise SystemExit("this pool's figures have no bootstrap table")
    counts: dict[str, dict[str, intervals.Counts]] = {}
    cells: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix=f"veille-{pool.name.replace('_', '-')}-") as tmp:
        if prepare is not None:
            prepare(Path(tmp))
        export = export_of(args, pool, tmp, no_urls=no_urls)
        result = scores(score, export)
        if rounds and boot is not None:
            counts = page_counts(score, export, pool, boot, result)
            cells = {name: interval_cells(c, boot.table, rounds) for name, c in counts.items()}
        for name, r in result.items():
            shown = "".join(f"\t{m} [{c['lo']:.3f}, {c['hi']:.3f}]" for m, c in cells.get(name, {}).items())
            print(line(name, r) + (f"\t95%:{shown}" if shown else ""))
        if after is not None:
            after(score, export, result)
    if getattr(args, "paired", None) and boot is not None:
        before = json.loads(args.paired.read_text(encoding="utf-8"))
        print("\n".join(paired_lines(before, counts, boot.table, rounds))
              or f"{args.paired}: no part with page counts over the same pages (a run with --intervals)")
    out = result if figures is None else figures(result)
    if counts:
        for name, c in counts.items():
            if isinstance(out.get(name), dict):
                out[name] = dict(out[name], doc_counts=c, intervals=cells[name])
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


def published_how_line(label: str, counts: Counter[str]) -> dict[str, list[int]]:
    """Print one line of right / dated publication dates per `published_how` (counts hold "<how> dated" and
    "<how> right"), most dated first, and return them as {how: [right, dated]} for a --json report; used by
    eval/pubdate_pool/stories.py and eval/stories/pubdates.py, which tally dates the same way."""
    # ties in name order: a set's order changes from one process to the next (string hashing)
    hows = sorted({key.rsplit(" ", 1)[0] for key in counts}, key=lambda how: (-counts[f"{how} dated"], how))
    print(f"by published_how ({label}; right / dated): "
          + ", ".join(f"{how} {counts[f'{how} right']}/{counts[f'{how} dated']}" for how in hows))
    return {how: [counts[f"{how} right"], counts[f"{how} dated"]] for how in hows}


def finish_report(errors: list[str], show_errors: bool, json_path: Path | None, figures: dict[str, Any]) -> int:
    """The end of a publication-date report (eval/pubdate_pool/stories.py, eval/stories/pubdates.py): the
    errors when asked, the figures as JSON when asked; the script's exit status."""
    if show_errors:
        print("\n".join(errors))
    if json_path:
        json_path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def agreement_table(tally: dict[str, list[int]], extra: str, extra_cell: Callable[[int, int], str],
                    key_width: int = 16) -> list[str]:
    """The lines of an inter-annotator agreement table: per part, pass 1's and pass 2's items, the matched
    ones, pass 2's P/R/F1 against pass 1, and one more column (`extra_cell(its count, matched)`).

    `tally` maps a part name to [pass-1 items, pass-2 items, matched, the extra column's count]."""
    lines = [f"{'part':<{key_width}}{'pass1':>6}{'pass2':>6}{'both':>6}{'P':>7}{'R':>7}{'F1':>7}{extra:>9}"]
    for key in sorted(tally):
        first, second, matched, count = tally[key]
        precision, recall = (matched / second if second else 0.0), (matched / first if first else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lines.append(f"{key:<{key_width}}{first:>6}{second:>6}{matched:>6}{precision:>7.3f}{recall:>7.3f}"
                     f"{f1:>7.3f}{extra_cell(count, matched)}")
    return lines
