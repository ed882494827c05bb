"""eval/pubdate_pool's blind batches built with a recorded draw (issue 16): q257-q280 (pub28) and
q281-q304 (pub30), publication-date gold on pages no eval/ set holds. Each batch's gold is checked
where evaluate.py reads it: a well-formed interval (or null for a page that states nothing dating
it) and a title found in the text; its held-out third is the draw the README records
(`random.Random(seed).sample`), so that nobody re-draws it after seeing figures; and no URL, nor the
host and path of one, is in another eval/ set."""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "pubdate_pool" / "pool.jsonl"
sys.path.insert(0, str(ROOT / "eval"))
import pools  # noqa: E402


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]


# batch (the rows' "added") -> the seed of its held-out draw, as the pool's README records it
BATCHES = {"pub28": 2828, "pub30": 3030}


def _batch(name: str) -> list[dict[str, Any]]:
    return [r for r in _rows() if r.get("added") == name]


def _host_path(url: str) -> str:
    parts = urlparse(url)
    host = parts.netloc.lower().removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    return host + parts.path.rstrip("/")


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_the_batch_is_both_languages_and_its_gold_well_formed(name: str) -> None:
    batch = _batch(name)
    langs = [r["lang"] for r in batch]
    assert len(batch) >= 16 and min(langs.count("fr"), langs.count("en")) >= 8
    # one page a site within the batch
    assert len({urlparse(r["url"]).netloc.removeprefix("www.") for r in batch}) == len(batch)
    undatable = 0
    for row in batch:
        gold = row["gold"]
        if gold["published"] is None:
            undatable += 1
        else:
            start, end = (dt.date.fromisoformat(d) for d in gold["published"].split("/"))
            assert start <= end, row["id"]
        if gold["title"] is not None:
            assert gold["title"] in row["text"], row["id"]
    assert 0 < undatable < len(batch) / 2  # pages with no date are in it, but not most of it


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_the_held_out_third_is_the_recorded_draw(name: str) -> None:
    batch = _batch(name)
    ids = [r["id"] for r in batch]
    drawn = set(random.Random(BATCHES[name]).sample(ids, len(ids) // 3))
    assert {r["id"] for r in batch if r["heldout"]} == drawn
    assert len(drawn) == 8


@pytest.mark.parametrize("name", sorted(BATCHES))
def test_no_url_nor_host_and_path_is_in_another_set(name: str) -> None:
    seen: set[str] = set()
    for path in [*ROOT.glob("eval/*/index.tsv"), *ROOT.glob("eval/*/input.jsonl")]:
        seen |= pools.urls_in(path)
    others = {r["url"] for r in _rows() if r.get("added") != name}
    assert pools.urls_in(ROOT / "eval" / "news" / "index.tsv") <= seen  # eval/news is among them
    seen_paths = {_host_path(u) for u in seen | others if u}
    seen_hosts = {p.split("/")[0] for p in seen_paths}
    for row in _batch(name):
        assert row["url"] not in seen | others, row["id"]
        assert _host_path(row["url"]) not in seen_paths, row["id"]
        assert _host_path(row["url"]).split("/")[0] not in seen_hosts, row["id"]
