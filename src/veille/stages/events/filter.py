"""A learned filter on an article's events: is this one of the main events the article reports?

Gold annotation (and a reader) keeps the events an article is about, usually one to four; the
trigger lexicon also finds the background ones ("après la démission de X", a past attack
recalled in the last paragraph). What tells them apart does not depend on the topic: where the
event is first told (the lede, the title), how often it is told, how sure the text is of it
(modality), whether its actors are the article's main names. The filter is a logistic
regression over those features, fitted by `tools/train_event_filter.py` on the eval/news dev
split with stories left out for validation; its weights are `data/events/filter.json`. The
event's PLOVER category is left out on purpose: the categories' shares differ from one news
corpus to the next.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from veille.model import Article, Event

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "filter.json"
_MODALITIES = ("asserted", "planned", "hypothetical", "negated")


def feature_names() -> list[str]:
    return ["first_position", "in_lede", "sentence_rank", "reports", *[f"modality_{m}" for m in _MODALITIES],
            "dated", "actors", "two_sided", "actor_in_title", "trigger_in_title", "actor_share", "english",
            "events_in_article"]


def features(event: Event, article: Article, sentence_starts: Sequence[int], n_events: int) -> list[float]:
    """One row of `feature_names()` for an event of `article` (`sentence_starts`: body offsets
    of its sentences, sorted)."""
    body = article.body or " "
    first = min((e.start for e in event.evidence), default=0)
    sentence = bisect.bisect_right(sentence_starts, first) - 1
    title = (article.title or "").casefold()
    actors = [*event.source, *event.target]
    names = [m.text.casefold() for m in article.mentions if (m.entity or "") in actors]
    counts = Counter(m.entity for m in article.mentions if m.entity)
    total = sum(counts.values()) or 1
    trigger = (event.trigger or "").casefold()[:5]
    return [first / len(body), float(sentence <= 1), math.log1p(max(sentence, 0)), math.log1p(len(event.evidence)),
            *[float(event.modality == m) for m in _MODALITIES],
            float(event.date is not None), math.log1p(len(actors)), float(bool(event.source and event.target)),
            float(any(n in title for n in names)), float(bool(trigger) and trigger in title),
            max((counts[a] / total for a in actors), default=0.0), float(article.lang == "en"),
            math.log1p(n_events)]


@dataclass(frozen=True)
class EventFilter:
    """Logistic regression over standardised features; events under `threshold` are dropped."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * (x - m) / s
                            for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, events: list[Event], article: Article, sentence_starts: Sequence[int]) -> list[Event]:
        return [e for e in events
                if self.probability(features(e, article, sentence_starts, len(events))) >= self.threshold]


def load_filter(path: Path | None = None) -> EventFilter | None:
    """The fitted filter, or None when no model is shipped (every event is kept)."""
    path = path or DATA
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["features"] != feature_names():
        raise ValueError("filter.json was fitted on other features: rerun tools/train_event_filter.py")
    return EventFilter(tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), float(data["bias"]),
                       float(data["threshold"]))
