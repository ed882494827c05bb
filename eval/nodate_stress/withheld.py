"""An evaluation set copied with its publication date withheld (issue 17, tim32).

`withhold(source, target)` writes `source`'s input.jsonl, articles/ and gold.json into `target`
with every URL left out and the text's date cues taken out (`strip.strip`: date lines, datelines'
dates, glued dates), the gold timexes whose text the stripping took out left out of the gold, as
`evaluate.build_news` does for the stress set.  eval/news/evaluate.py (`--no-date`, dev only) and
eval/timex_pool/evaluate.py (`--no-date`) score veille on such a copy: what the timex values are
when the article's own date is not given and must come from its words or its story.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from strip import strip


def withhold(source: Path, target: Path) -> Path:
    """`source` (a folder with input.jsonl, articles/, gold.json) copied into `target` with its
    URLs and date cues taken out; `target`."""
    (target / "articles").mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    with (target / "input.jsonl").open("w", encoding="utf-8") as out:
        for line in (source / "input.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            record.pop("url", None)
            record["text"], _ = strip(record["text"])
            texts[Path(str(record["id"])).name] = record["text"]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    gold = json.loads((source / "gold.json").read_text(encoding="utf-8"))
    for doc, g in gold["docs"].items():
        raw = source / "articles" / doc
        if raw.exists():
            (target / "articles" / doc).write_text(strip(raw.read_text(encoding="utf-8"))[0], encoding="utf-8")
        text = texts.get(doc, "").casefold()
        if "timexes" in g:
            g["timexes"] = [t for t in g["timexes"] if t["text"].casefold() in text]
    (target / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    for extra in ("index.tsv",):
        if (source / extra).exists():
            shutil.copy(source / extra, target / extra)
    return target
