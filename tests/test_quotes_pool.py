"""eval/quotes_pool: unseen news with blind quote gold (issue 18). The gold is checked as
check_gold.py checks eval/news: every snippet where the scorer will look for it."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "quotes_pool"


def _norm() -> Callable[[str], str] | None:
    shared = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    if spec is None or spec.loader is None or not (shared / "tools" / "score.py").exists():
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    norm: Callable[[str], str] = module.norm
    return norm


def test_the_pool_is_unseen_and_its_gold_is_where_the_scorer_looks() -> None:
    rows = [json.loads(line) for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    index = (ROOT / "eval/news/index.tsv").read_text(encoding="utf-8")
    news_hosts = {urlparse(cell).netloc.removeprefix("www.") for row in index.splitlines()
                  for cell in row.split("\t") if cell.startswith("http")}
    langs = [row.split("\t")[3] for row in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    # both languages, each at least a quarter of the pool (the batches q97-q120, q121-q135 and q136-q153
    # are French only: the held-out French news figure was the one to explain)
    assert len(rows) >= 12 and min(langs.count("fr"), langs.count("en")) * 4 >= len(langs)
    assert {r["id"] for r in rows} == set(gold["docs"])
    norm: Callable[[str], str] = _norm() or (lambda s: " ".join(s.split()))
    for r in rows:
        assert urlparse(r["url"]).netloc.removeprefix("www.") not in news_hosts, r["id"]
        assert (POOL / "articles" / r["id"]).read_text(encoding="utf-8") == r["text"]
        quotes = gold["docs"][r["id"]]["quotes"]
        assert quotes and not quotes[0].get("optional"), r["id"]  # required first: score.py matches in order
        seen_optional = False
        for q in quotes:
            assert norm(q["contains"]) in norm(r["text"]), (r["id"], q["contains"])
            assert q["speaker"], (r["id"], q["contains"])
            seen_optional |= bool(q.get("optional"))
            assert q.get("optional") or (not seen_optional and 6 <= len(q["contains"].split()) <= 15), q


def test_story_built_batches_hold_each_story_whole_in_one_part() -> None:
    """Batches built by stories (index.tsv's topic "… (story NAME)", qub35's q176-q187 and qbs36's q188-q205)
    hold out whole stories, as eval/news samples its test split: every page of a story sits in one part,
    each from another outlet's host; and qbs36's held-out part keeps the 25 required quotes its brief asked."""
    rows = [row.split("\t") for row in (POOL / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    stories: dict[str, list[list[str]]] = {}
    for row in rows:
        if "(story " in row[4]:
            stories.setdefault(row[4].split("(story ")[1].rstrip(")"), []).append(row)
    assert len(stories) >= 10
    for name, pages in stories.items():
        assert len(pages) >= 2 and len({p[5] for p in pages}) == 1, name
        hosts = [urlparse(p[1]).netloc.removeprefix("www.") for p in pages]
        assert len(set(hosts)) == len(hosts), name
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    held = [p[0] for p in rows if p[5] == "heldout38"]
    assert {p[3] for p in rows if p[5] == "heldout38"} == {"en", "fr"}
    assert sum(not q.get("optional") for d in held for q in gold["docs"][d]["quotes"]) >= 25
