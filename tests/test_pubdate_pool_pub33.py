"""eval/pubdate_pool's pub33 batch (issue 16): 28 pages in 8 stories of 2 to 5 reports from different
outlets, French and English, drawn the way eval/news was (one event, several outlets, the excerpt as the
scraper hands it over, with its URL).  Its gold is checked where evaluate.py reads it (a well-formed
interval, a title found in the text), its index agrees with the pool, its held-out part is the recorded
draw by story (`random.Random(3333).sample` of the sorted story labels, three of eight), and no URL,
host and path, or host of it is in another eval/ set."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "pubdate_pool" / "pool.jsonl"
INDEX = ROOT / "eval" / "pubdate_pool" / "pub33_index.tsv"
sys.path.insert(0, str(ROOT / "eval"))
import pools  # noqa: E402


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]


def _batch() -> list[dict[str, Any]]:
    return [r for r in _rows() if r.get("added") == "pub33"]


def _host(url: str) -> str:
    return urlparse(url).netloc.lower().removeprefix("www.").removeprefix("amp.").removeprefix("m.")


def test_stories_of_two_to_five_outlets_in_both_languages() -> None:
    batch = _batch()
    assert len(batch) == 28
    sizes = Counter(r["story"] for r in batch)
    assert len(sizes) == 8 and all(2 <= n <= 5 for n in sizes.values())
    assert len({_host(r["url"]) for r in batch}) == len(batch)   # one outlet a page
    langs = Counter(r["lang"] for r in batch)
    assert langs["fr"] >= 10 and langs["en"] >= 10


def test_gold_is_well_formed() -> None:
    for row in _batch():
        gold = row["gold"]
        start, end = (dt.date.fromisoformat(d) for d in gold["published"].split("/"))
        assert start <= end <= dt.date(2025, 12, 31), row["id"]
        if gold["title"] is not None:
            assert gold["title"] in row["text"].splitlines(), row["id"]


def test_index_agrees_with_the_pool() -> None:
    with INDEX.open(encoding="utf-8") as f:
        index = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
    batch = _batch()
    assert set(index) == {r["id"] for r in batch}
    for row in batch:
        entry = index[row["id"]]
        assert (entry["url"], entry["lang"], entry["story"]) == (row["url"], row["lang"], row["story"])
        assert (entry["heldout"] == "heldout") == row["heldout"]


def test_the_held_out_part_is_the_recorded_draw_by_story() -> None:
    batch = _batch()
    stories = sorted({r["story"] for r in batch})
    drawn = set(random.Random(3333).sample(stories, len(stories) // 3 + 1))
    assert {r["story"] for r in batch if r["heldout"]} == drawn
    assert all(r["heldout"] == (r["story"] in drawn) for r in batch)


def test_no_url_nor_host_is_in_another_set() -> None:
    seen: set[str] = set()
    for path in [*ROOT.glob("eval/*/index.tsv"), *ROOT.glob("eval/*/input.jsonl")]:
        seen |= pools.urls_in(path)
    seen |= {r["url"] for r in _rows() if r.get("added") != "pub33"}
    hosts = {_host(u) for u in seen if u}
    for row in _batch():
        assert row["url"] not in seen, row["id"]
        assert _host(row["url"]) not in hosts, row["id"]
