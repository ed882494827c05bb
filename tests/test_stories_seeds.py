"""The seed corpus: four reports of the April 2025 AES–Russia consultations and one report of
an August 2024 Mali–Russia phone call with the same actors must form two stories.

Only crude signals are used (spaCy entities as mentions, casefolded text as entity ids, no
events, no dates), so this checks the text-and-entity part of the clusterer on real texts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from tests.conftest import shared_path

from veille.model import Article
from veille.stages.nlp import nlp_batch
from veille.stages.stories import stories_corpus


def bcubed_f1(predicted: dict[str, str], gold: dict[str, str]) -> float:
    """B-cubed F1 of a clustering against gold labels (both item -> cluster)."""
    def clusters(labels: dict[str, str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for item, label in labels.items():
            out[label].add(item)
        return out
    pc, gc = clusters(predicted), clusters(gold)
    precision = recall = 0.0
    for item in gold:
        p, g = pc[predicted[item]], gc[gold[item]]
        precision += len(p & g) / len(p)
        recall += len(p & g) / len(g)
    precision, recall = precision / len(gold), recall / len(gold)
    return 2 * precision * recall / (precision + recall)


def test_bcubed_scores_a_wrong_clustering_below_one() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed_f1({"a": "1", "b": "1", "c": "2"}, gold) == 1.0
    assert bcubed_f1({"a": "1", "b": "1", "c": "1"}, gold) < 1.0


def test_seed_stories_split_four_and_one(ctx: Any, seeds_dir: Path) -> None:
    gold = json.loads(shared_path("gold", "seeds.json").read_text(encoding="utf-8"))
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles.append(Article(id=path.name, source=path.name, raw=text, body=text))
    nlp_batch(articles, ctx)
    for article in articles:
        for mention in article.mentions:
            mention.entity = mention.text.casefold()
    stories_corpus(articles, ctx)
    predicted = {a.id: a.story or "" for a in articles}
    expected = {name: doc["story"] for name, doc in gold["docs"].items()}
    assert set(predicted) == set(expected)
    assert bcubed_f1(predicted, expected) == 1.0
