"""What the pools' evaluate.py scripts share (eval/quotes_pool, events_pool, roles_pool, timex_pool,
entities_pool, xlang_pool): the shared scorer, a pool's index.tsv and gold, a fresh veille run + export of
its input, the scoring of each named part, and the script's body itself (`evaluate`); and the table the
agreement scripts of story-built batches print (`agreement_table`).

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
from typing import Any

EVAL = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("VEILLE_SHARED", EVAL.parent.parent / "shared"))


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
    """The options every pool script takes: --export, --keep, --errors (never the held-out part), --json."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--export", type=Path, help="score this export folder instead of running veille")
    ap.add_argument("--keep", type=Path, help="run veille into this folder and keep it")
    ap.add_argument("--errors", action="store_true", help=errors_help)
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--config", type=Path, help="a veille TOML configuration, as eval/news/evaluate.py takes it")
    return ap


def export_of(args: argparse.Namespace, pool: Path, tmp: str, no_urls: bool = False) -> Path:
    """`--export` when given, else a fresh run of the pool into `--keep` (or the temporary folder)."""
    if args.export is not None:
        return Path(args.export)
    work = args.keep or Path(tmp)
    work.mkdir(parents=True, exist_ok=True)
    return run_veille(pool, work, no_urls=no_urls, config=getattr(args, "config", None))


Scores = Callable[[Any, Path], dict[str, Any]]


def evaluate(args: argparse.Namespace, pool: Path, scores: Scores, line: Callable[[str, Any], str], *,
             after: Callable[[Any, Path, dict[str, Any]], None] | None = None,
             prepare: Callable[[Path], None] | None = None,
             figures: Callable[[dict[str, Any]], Any] | None = None, no_urls: bool = False) -> int:
    """A pool script's body: run veille (or take `--export`), score, print one `line` per part, then
    `after` (the `--errors` listing: it reads the export, so it runs while a temporary one still
    exists), and write the figures (`figures` of the result, the whole result by default) to `--json`.
    `prepare` gets the temporary folder before the run (a configuration written for it)."""
    score = load_scorer()
    with tempfile.TemporaryDirectory(prefix=f"veille-{pool.name.replace('_', '-')}-") as tmp:
        if prepare is not None:
            prepare(Path(tmp))
        export = export_of(args, pool, tmp, no_urls=no_urls)
        result = scores(score, export)
        for name, r in result.items():
            print(line(name, r))
        if after is not None:
            after(score, export, result)
    if args.json:
        args.json.write_text(json.dumps(result if figures is None else figures(result), indent=1),
                             encoding="utf-8")
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
