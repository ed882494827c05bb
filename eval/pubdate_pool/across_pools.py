#!/usr/bin/env python3
"""Publication dates and the time stage's anchor across every evaluation set with publication gold (pub36).

Issues 16 and 17: veille's publication date reads 1.000 on eval/news dev and 0.747 on its test split, and a
timex value is counted from the page's date (the anchor).  Dev is saturated, so this reads the sets whose
gold carries `published` and whose pages were, for the most part, never used to tune a date rule.  Of the
pools, only these carry it (entities_pool, events_pool, quotes_pool, roles_pool and xlang_pool give no
`published`; clean_pool's pages.txt labels lines only; eval/nodate_stress is derived from eval/news dev and
this pool):

- `timex`: eval/timex_pool (117 pages, its `work` and `held` parts, and each batch built by stories cut
  into its tuning and held-out stories, `tmb34-work` / `tmb34-held`), one corpus with URLs; with
  `--gold-anchor` also run with the gold publication day handed over (eval/gold_anchor.py), so that the
  value F1 with veille's anchor and with the gold anchor are printed side by side;
- `stories`: eval/stories (79 documents with a gold day; `base`, `new-tuning`, `new-heldout`), one corpus
  with URLs (as eval/stories/pubdates.py);
- `pubdate`: eval/pubdate_pool's hand-gold pages q001-q304, one corpus with URLs (tuning and held-out,
  every batch together);
- `pub33`: eval/pubdate_pool's story batch q305-q332 alone, with URLs (as stories.py).

Each part prints right / dated / all (score.py's figure: right of the datable pages; an undated page is
wrong), its `published_how` tally, and for `timex` the value F1.  Held-out parts print aggregates only;
`--errors` lists the wrong and undated pages of the tuning parts (never a held-out page).  `--keep DIR`
keeps each run's export under DIR; `--reuse DIR` scores exports kept so instead of running veille.

    VEILLE_SHARED=/work/shared PYTHONPATH=src .venv/bin/python eval/pubdate_pool/across_pools.py \
        [--sets timex,stories,pubdate,pub33] [--gold-anchor] [--errors] [--keep DIR | --reuse DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL / "news"))
import pools  # noqa: E402  eval/pools.py: the scorer and the run every pool shares

SETS = ("timex", "stories", "pubdate", "pub33")


@dataclass
class Page:
    """One page with a gold day: its set's part, whether that part is held out, the gold interval and
    what veille gave it."""

    doc: str
    part: str
    held: bool
    gold: str
    published: str | None
    how: str


def interval(value: str) -> tuple[dt.date, dt.date]:
    """'2024-05-17', '2024-05-17T10:00' or '2024-05-16/2024-05-17' as (first day, last day)."""
    first, _, last = value.partition("/")
    return dt.date.fromisoformat(first[:10]), dt.date.fromisoformat((last or first)[:10])


def right(page: Page) -> bool:
    """Inside the gold interval (score.py's publication-date test)."""
    if not page.published:
        return False
    low, high = interval(page.gold)
    found = dt.date.fromisoformat(page.published[:10])
    return low <= found <= high


def exported(export: Path) -> dict[str, dict[str, Any]]:
    """The export's articles by file name (the input record's id)."""
    out: dict[str, dict[str, Any]] = {}
    for line in (export / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            article = json.loads(line)
            out[Path(str(article.get("source") or article["id"])).name] = article
    return out


def export_for(name: str, source: Path, args: argparse.Namespace, tmp: Path) -> Path:
    """A kept export (`--reuse`), else a fresh run of `source` (a folder with input.jsonl) into `--keep` or
    the temporary folder."""
    if args.reuse is not None:
        return Path(args.reuse) / name / "export"
    work = (args.keep or tmp) / name
    work.mkdir(parents=True, exist_ok=True)
    return pools.run_veille(source, work)


def timex_part(row: dict[str, str]) -> str:
    """`work` / `held` for the pages sampled by topic, `tmb34-work` / `tmb34-held` for a batch by stories."""
    batch = (row.get("story") or "").split("-")[0]
    return f"{batch}-{row['part']}" if batch else row["part"]


def timex_pages(export: Path) -> list[Page]:
    gold = pools.gold_of(EVAL / "timex_pool")["docs"]
    found = exported(export)
    return [Page(row["file"], timex_part(row), row["part"] == "held", gold[row["file"]]["published"],
                 found.get(row["file"], {}).get("published"), found.get(row["file"], {}).get("published_how")
                 or "none")
            for row in pools.index_rows(EVAL / "timex_pool") if gold.get(row["file"], {}).get("published")]


def script(path: Path) -> Any:
    """An evaluation script as a module under its own name (three sets' scripts are each `evaluate.py`)."""
    name = f"{path.parent.name}_{path.stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise SystemExit(f"no script at {path}")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def timex_values(export: Path, pool: Path) -> dict[str, float]:
    """Value F1 per timex_pool part (all languages) on `export`, scored against `pool`'s gold."""
    result = script(EVAL / "timex_pool" / "evaluate.py").scores(pools.load_scorer(), export, pool)
    return {key.removesuffix("/all"): r["value"]["f1"] for key, r in result.items() if key.endswith("/all")}


def stories_pages(export: Path) -> list[Page]:
    gold = pools.gold_of(EVAL / "stories")["docs"]
    found = exported(export)
    out = []
    for doc, g in sorted(gold.items()):
        if g.get("published"):
            part = f"new-{g['part']}" if "part" in g else "base"
            article = found.get(doc, {})
            out.append(Page(doc, part, part == "new-heldout", g["published"], article.get("published"),
                            article.get("published_how") or "none"))
    return out


def pool_input(rows: list[dict[str, Any]], folder: Path) -> Path:
    """The pool rows as an input.jsonl (index day prefix stripped, URLs kept) in `folder`."""
    split_prefix = script(HERE / "evaluate.py").split_prefix
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "input.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({"id": row["id"], "url": row["url"], "text": split_prefix(row["text"])[0]},
                                 ensure_ascii=False) + "\n")
    return folder


def pool_rows(story_batch: bool) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in (HERE / "pool.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if r.get("gold", {}).get("published") and (r.get("added") == "pub33") == story_batch]


def pool_pages(rows: list[dict[str, Any]], export: Path) -> list[Page]:
    found = exported(export)
    return [Page(r["id"], "held out" if r.get("heldout") else "tuning", bool(r.get("heldout")),
                 r["gold"]["published"], found.get(r["id"], {}).get("published"),
                 found.get(r["id"], {}).get("published_how") or "none") for r in rows]


def tally(pages: list[Page]) -> dict[str, Any]:
    n, dated, ok = len(pages), sum(bool(p.published) for p in pages), sum(right(p) for p in pages)
    hows: Counter[str] = Counter()
    for p in pages:
        hows[f"{p.how} dated"] += 1
        hows[f"{p.how} right"] += right(p)
    by_how = {h: [hows[f"{h} right"], hows[f"{h} dated"]]
              for h in sorted({k.rsplit(" ", 1)[0] for k in hows}, key=lambda h: (-hows[f"{h} dated"], h))}
    return {"right": ok, "dated": dated, "all": n, "accuracy": round(ok / n, 3) if n else None, "by_how": by_how}


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, of {', '.join(SETS)}")
    ap.add_argument("--gold-anchor", action="store_true",
                    help="timex: also run with the gold publication day given, value F1 side by side")
    ap.add_argument("--errors", action="store_true", help="list the tuning parts' wrong and undated pages")
    ap.add_argument("--keep", type=Path, help="keep each run's store and export under this folder")
    ap.add_argument("--reuse", type=Path, help="score the exports a --keep run left here; run nothing")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args()
    chosen = [s for s in args.sets.split(",") if s]
    if unknown := set(chosen) - set(SETS):
        raise SystemExit(f"unknown sets: {sorted(unknown)}")
    figures: dict[str, Any] = {}
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="veille-across-pools-") as tmp_name:
        tmp = Path(tmp_name)
        for name in chosen:
            values: dict[str, dict[str, float]] = {}
            if name == "timex":
                export = export_for("timex", EVAL / "timex_pool", args, tmp)
                pages = timex_pages(export)
                values["veille anchor"] = timex_values(export, EVAL / "timex_pool")
                if args.gold_anchor:
                    from gold_anchor import anchored

                    pool = anchored(EVAL / "timex_pool", tmp / "timex-gold-source")
                    values["gold anchor"] = timex_values(export_for("timex-gold", pool, args, tmp), pool)
            elif name == "stories":
                pages = stories_pages(export_for("stories", EVAL / "stories", args, tmp))
            else:
                rows = pool_rows(story_batch=name == "pub33")
                pages = pool_pages(rows, export_for(name, pool_input(rows, tmp / f"{name}-source"), args, tmp))
            parts = sorted({p.part for p in pages})
            for part in parts:
                chunk = [p for p in pages if p.part == part]
                held = chunk[0].held
                f = tally(chunk)
                for anchor, by_part in values.items():
                    f[f"value F1 ({anchor})"] = by_part.get(part)
                if held:
                    f.pop("by_how")        # a held-out part: its aggregate only
                figures[f"{name} {part}"] = f
                extra = "".join(f"  value F1 {a} {by.get(part)}" for a, by in values.items())
                how = "" if held else "  " + ", ".join(f"{h} {r}/{d}" for h, (r, d) in f["by_how"].items())
                print(f"{name:8s} {part:12s} {'held' if held else 'tune'}  {f['right']:3d} / {f['dated']:3d} / "
                      f"{f['all']:3d}  {f['accuracy']}{extra}{how}")
                if not held:
                    errors += [f"{'WRONG' if p.published else 'UNDATED'} {name} {p.doc:10s} {p.how:12s} "
                               f"got {p.published and p.published[:10]} gold {p.gold}" for p in chunk if not right(p)]
    return pools.finish_report(errors, args.errors, args.json, figures)


if __name__ == "__main__":
    sys.exit(main())
