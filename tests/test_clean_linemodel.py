"""The line classifier of the clean stage: features, the fitted model and its place in cleaning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.model import Article
from veille.stages.clean import clean_article, lay_out
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.linemodel import feature_names, load_line_model, may_cut, unit_features
from veille.stages.cleaning.lines import split_units
from veille.stages.cleaning.rules import load_patterns
from veille.stages.dedup import load_stop_words

TEXT = """Niger : la récolte de mil dépasse les prévisions
Agriculture
Les services agricoles ont annoncé lundi une récolte de mil supérieure de 12 % à celle de l'an dernier, grâce à des pluies régulières.
Les producteurs de la région de Maradi, qui fournit près d'un tiers du mil du pays, craignent pourtant une baisse des prix.
Des stocks encore fragiles
Le gouvernement prévoit de racheter une partie des excédents pour reconstituer les réserves nationales avant la soudure.
Le ministre a promis un bilan en mars.
Partager : Facebook Twitter WhatsApp
https://www.example.org/agriculture/mil-2025
"""


def test_features_have_one_column_per_name() -> None:
    units = split_units(TEXT)
    rows = unit_features(units, [None] * len(units), [False] * len(units), load_stop_words())
    assert len(rows) == len(units)
    assert all(len(row) == len(feature_names()) for row in rows)


def test_the_model_cuts_furniture_keeps_the_article_and_scores_each_cut() -> None:
    art = Article(id="a", source="a", raw=TEXT)
    clean_article(art, load_patterns(), DatelineParser(), model=load_line_model(), stop_words=load_stop_words())
    lines = art.body.splitlines()
    assert "Des stocks encore fragiles" in lines  # a sub-heading between paragraphs
    assert lines[-1] == "Le ministre a promis un bilan en mars."  # short, but a sentence
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["Partager : Facebook Twitter WhatsApp"] == "cta"
    assert kinds["https://www.example.org/agriculture/mil-2025"] == "link"
    assert art.title == "Niger : la récolte de mil dépasse les prévisions"
    assert all(r.score is not None and 0.0 <= r.score <= 1.0 for r in art.removed)


def test_without_a_model_the_rules_decide_and_nothing_is_scored() -> None:
    art = Article(id="a", source="a", raw=TEXT)
    clean_article(art, load_patterns(), DatelineParser())
    assert art.removed and all(r.score is None for r in art.removed)


def test_a_sentence_no_rule_names_is_never_cut() -> None:
    names = feature_names()
    row = [0.0] * len(names)
    row[names.index("sentence_like")] = 1.0
    assert not may_cut(row)
    row[names.index("rule_credit")] = 1.0
    assert may_cut(row)
    units = split_units(TEXT)
    layout = lay_out(units, load_patterns(), None, DatelineParser().finder, None,
                     load_line_model(), load_stop_words())
    assert len(layout.scores) == len(units)


def test_a_model_fitted_on_other_features_is_refused(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).parents[1] / "src/veille/data/clean/line_model.json").read_text())
    data["features"] = data["features"][:-1]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ValueError, match="other features"):
        load_line_model(path)
