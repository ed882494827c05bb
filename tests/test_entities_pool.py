"""eval/entities_pool: unseen news with gold for every named entity (type, KB aliases, Wikidata id
where certain). The gold is checked where the scorer will look for it (every article labelled, every
listed name written in its text by one of its KB forms, a known type, a well-formed Wikidata id), the
held-out part is checked to hold both languages and to be a minority, and the pool to be unseen: no
URL of any other evaluation set and no site of any of them."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "eval" / "entities_pool"
sys.path.insert(0, str(ROOT / "eval"))
import pools  # noqa: E402  eval/pools.py: the index and the tuning / held-out cut every pool script uses


def _host(url: str) -> str:
    return urlparse(url).netloc.lower().removeprefix("www.")


def test_every_article_is_labelled_and_the_held_out_part_holds_both_languages() -> None:
    rows = [json.loads(line) for line in (POOL / "input.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    index = {row["file"]: row for row in pools.index_rows(POOL)}
    assert {r["id"] for r in rows} == set(gold["docs"]) == set(index)
    for r in rows:
        assert (POOL / "articles" / r["id"]).read_text(encoding="utf-8") == r["text"]
        assert index[r["id"]]["url"] == r["url"]
    langs = {f: row["language"] for f, row in index.items()}
    assert sorted(langs.values()).count("en") > sorted(langs.values()).count("fr") > 0
    cut = pools.split_parts(gold, langs)
    held = set(cut["heldout"][0]["docs"])
    assert held == set(gold["heldout"]) and 0 < len(held) < len(rows) / 2
    assert all(cut[part][1][lang]["docs"] for part in ("tune", "heldout") for lang in ("en", "fr"))
    # index.tsv's heldout column (enb34) marks the same files: it was committed before the third batch's gold
    assert {f for f, row in index.items() if row["heldout"] == "yes"} == held
    assert {row["heldout"] for row in index.values()} == {"yes", "no"}


STORY_BATCHES = [
    # (gold.json's batch name, first and last file number, language, seed of the held-out draw, stories)
    ("third (English, by stories)", 25, 39, "en", 3434, 5),  # enb34
    ("fourth (French, by stories)", 40, 51, "fr", 3535, 4),  # enb35
]


@pytest.mark.parametrize(("name", "first", "last", "language", "seed", "n_stories"), STORY_BATCHES)
def test_a_story_batch_holds_whole_stories_of_three_outlets_and_its_held_out_part_is_whole_stories(
    name: str, first: int, last: int, language: str, seed: int, n_stories: int
) -> None:
    """The third (enb34) and fourth (enb35) batches are built as eval/news is: each story reported by
    three pages of three different sites, and the held-out part drawn by story (2 stories, with the
    seed recorded here), so that no held-out referent's other reports sit in the tuning part."""
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    batch = gold["batches"][name]
    assert batch == [f"n{i}.txt" for i in range(first, last + 1)]
    index = {row["file"]: row for row in pools.index_rows(POOL)}
    stories: dict[str, list[str]] = {}
    for f in batch:
        label = re.match(r"story (S[0-9]+) ", index[f]["topic"])
        assert label is not None and index[f]["language"] == language, f
        stories.setdefault(label.group(1), []).append(f)
    assert sorted(stories) == [f"S{i}" for i in range(1, n_stories + 1)]
    for files in stories.values():
        assert len(files) == 3 and len({_host(index[f]["url"]) for f in files}) == 3
        assert len({index[f]["heldout"] for f in files}) == 1  # a story is held out whole or not at all
    drawn = sorted(random.Random(seed).sample(sorted(stories), 2))
    assert {f for s in drawn for f in stories[s]} == set(batch) & set(gold["heldout"])


def test_every_listed_name_is_written_in_its_text_typed_and_linked_well() -> None:
    gold = json.loads((POOL / "gold.json").read_text(encoding="utf-8"))
    kb = gold["kb"]
    named: set[str] = set()
    for doc, g in gold["docs"].items():
        text = pools.fold_form((POOL / "articles" / doc).read_text(encoding="utf-8"))
        assert g["entities"], doc
        assert len(set(g["entities"])) == len(g["entities"]), doc
        assert not set(g["entities"]) & set(g["entities_optional"]), doc
        for name in [*g["entities"], *g["entities_optional"]]:
            assert kb[name]["type"] in {"PER", "ORG", "LOC", "MISC"}, name
            assert any(pools.fold_form(form) in text for form in kb[name]["aliases"]), (doc, name)
            named.add(name)
    assert named == set(kb)  # no KB entry that no article names
    for name, entry in kb.items():
        assert "wikidata" not in entry or re.fullmatch(r"Q[1-9][0-9]*", entry["wikidata"]), name
    # every type is represented among the required names, so that typed F1 can fall on each
    required = {n for g in gold["docs"].values() for n in g["entities"]}
    assert {kb[n]["type"] for n in required} == {"PER", "ORG", "LOC", "MISC"}


def test_the_pool_is_unseen() -> None:
    news_urls = pools.urls_in(ROOT / "eval" / "news" / "index.tsv")
    urls: set[str] = set()
    for path in [*ROOT.glob("eval/*/index.tsv"), *ROOT.glob("eval/*/input.jsonl"),
                 ROOT / "eval/pubdate_pool/pool.jsonl"]:
        if path.parent != POOL and path.exists():
            urls |= pools.urls_in(path)
    urls.discard("")
    assert news_urls <= urls  # eval/news is among the sets looked at
    hosts = {_host(u) for u in urls}
    for row in pools.index_rows(POOL):
        assert row["url"] not in urls, row["file"]
        assert _host(row["url"]) not in hosts, row["file"]
