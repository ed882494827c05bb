"""The events stage's main-event filter: its features and the shipped model agree, and it keeps
what scores above its threshold."""

from __future__ import annotations

from veille.model import Article, Event, Evidence, Mention
from veille.stages.events.filter import EventFilter, feature_names, features, load_filter

BODY = ("Le Mali et la Russie ont signé un accord mardi. Le texte a été salué. "
        "En 2020, le Mali avait rompu avec la France.")


def _article() -> Article:
    mentions = [Mention(3, 7, "Mali", "LOC", "Q912"), Mention(14, 20, "Russie", "LOC", "Q159"),
                Mention(79, 83, "Mali", "LOC", "Q912"), Mention(108, 114, "France", "LOC", "Q142")]
    return Article(id="a", source="a", raw=BODY, body=BODY, title="Le Mali et la Russie signent un accord",
                   mentions=mentions)


def _event(start: int, end: int, source: list[str], target: list[str], trigger: str) -> Event:
    return Event("a:ev", "AGREE", None, source, target, "2025-04-01", None, "asserted", trigger,
                 [Evidence("a", start, end, BODY[start:end])])


def test_shipped_model_matches_the_features() -> None:
    model = load_filter()
    assert model is not None
    assert len(model.weights) == len(model.mean) == len(feature_names())
    assert 0.0 < model.threshold < 1.0


def test_features_tell_the_lede_from_a_recalled_event() -> None:
    art = _article()
    starts = [0, 48, 72]
    lede = features(_event(0, 47, ["Q912"], ["Q159"], "accord"), art, starts, 2)
    recalled = features(_event(72, len(BODY), ["Q912"], ["Q142"], "rompu"), art, starts, 2)
    names = feature_names()
    assert lede[names.index("in_lede")] == 1.0 and recalled[names.index("in_lede")] == 0.0
    assert lede[names.index("first_position")] < recalled[names.index("first_position")]
    assert lede[names.index("actor_in_title")] == 1.0
    assert lede[names.index("trigger_in_title")] == 1.0 and recalled[names.index("trigger_in_title")] == 0.0


def test_filter_drops_what_scores_under_its_threshold() -> None:
    n = len(feature_names())
    # Only "in_lede" counts: a lede event scores high, a later one low.
    weights = tuple(4.0 if name == "in_lede" else 0.0 for name in feature_names())
    model = EventFilter((0.5,) * n, (0.5,) * n, weights, 0.0, 0.5)
    art = _article()
    lede, recalled = _event(0, 47, ["Q912"], ["Q159"], "signé"), _event(72, len(BODY), ["Q912"], ["Q142"], "rompu")
    assert model.keep([lede, recalled], art, [0, 48, 72]) == [lede]
