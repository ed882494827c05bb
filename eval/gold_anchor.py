"""An evaluation set copied with the gold publication date handed to veille (issue 17, tim35).

`anchored(source, target)` writes `source`'s input.jsonl with each record's `published` set from
gold.json (the input contract's `published`, kept by the clean stage as `metadata`), with
articles/, gold.json and index.tsv copied unchanged.  A gold date written as an interval
("2019-09-30/2019-10-01": the page shows no day of its own) is given as its first day.  Scored
so (eval/timex_pool/evaluate.py `--gold-date`), a timex value that is still wrong is the time
stage's reading of the expression, not the document date's: it separates the two causes of a
value error.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path


def gold_day(published: str | None) -> str | None:
    """The day a gold `published` names: itself, or an interval's first day; None when absent."""
    if not published:
        return None
    return published.split("/", 1)[0][:10]


def anchored(source: Path, target: Path) -> Path:
    """`source` (a folder with input.jsonl, gold.json and optionally articles/ and index.tsv) copied
    into `target` with the gold publication day in every input record; `target`."""
    target.mkdir(parents=True, exist_ok=True)
    gold = json.loads((source / "gold.json").read_text(encoding="utf-8"))
    days = {doc: gold_day(g.get("published")) for doc, g in gold["docs"].items()}
    with (target / "input.jsonl").open("w", encoding="utf-8") as out:
        for line in (source / "input.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            day = days.get(Path(str(record.get("id"))).name)
            if day is not None:
                record["published"] = day
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    shutil.copy(source / "gold.json", target / "gold.json")
    for extra in ("index.tsv",):
        if (source / extra).exists():
            shutil.copy(source / extra, target / extra)
    if (source / "articles").is_dir() and not (target / "articles").exists():
        shutil.copytree(source / "articles", target / "articles")
    return target
