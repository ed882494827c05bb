"""A learned filter on an article's events: is this one of the main events the article reports?

Gold annotation (and a reader) keeps the events an article is about, usually one to four; the
trigger lexicon also finds the background ones ("après la démission de X", a past attack
recalled in the last paragraph). What tells them apart does not depend on the topic: where the
event is first told (the lede, the title), how often it is told, how sure the text is of it
(modality), whether its actors are the article's main names. The filter is a logistic
regression over those features, fitted by `tools/train_event_filter.py` on the eval/news dev
split with stories left out for validation; its weights are `data/events/filter.json`, which
names the features it uses among `CANDIDATES`. The event's PLOVER category is left out on
purpose: the categories' shares differ from one news corpus to the next.

Two of the events@6 model's features do not carry to other corpora or configurations: the
article's language (fitted on dev it learned that English events were mostly wrong there and
drops them wholesale: weight -1.6) and the actor's share of all the article's mentions, which
shrinks whenever the entity stage finds more names (with `english_names` or an extra gazetteer,
a city found as a name moved a share 8/15 -> 8/17 and dropped three main events). The
scale-free candidates tell whether an actor is one of the article's main names by its rank
among the article's entities by mention count and by its count against the top entity's, which
names mentioned less often than the actor cannot move.

`actor_share_core` (events@13) is the actor's share computed over the names the default
pipeline finds in either configuration: in English, the names the optional recogniser alone
proposes (organisations, places and others the gazetteer does not know) are left out, the
actors' own names always counted; without the recogniser it is `actor_share` exactly.
Without `[nlp] english_ner` English has no statistical recogniser (people by rule, places and
organisations by the gazetteer); with it, the recogniser adds many organisations and places the
gazetteer does not know, mostly minor, and the plain share of a main event's actor fell under the
threshold (eval/news dev: 31 English article events kept against 37 without it). Leaving those names out of the
count gives the share the model was fitted on, whichever recogniser ran; French, whose one
recogniser always runs, counts every name as before. The model keeps its events@6 weights.
events@17: so are the names entities@38's English grammar alone gives (places, named events and
works, organisations world.jsonl ids; `Mention.model` "english-grammar"), which moved a main
event's share on eval/news dev (d04's peace deal dropped) unless one is the event's actor.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.model import Article, Event, Mention

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "filter.json"
_MODALITIES = ("asserted", "planned", "hypothetical", "negated")

# Every feature the trainer may choose from; a fitted model names the ones it uses.
CANDIDATES = ("first_position", "in_lede", "sentence_rank", "reports",
              *[f"modality_{m}" for m in _MODALITIES], "dated", "actors", "two_sided", "actor_in_title",
              "trigger_in_title", "actor_share", "english", "events_in_article",
              "actor_rank", "actor_top2", "actor_top3", "actor_vs_top", "actor_share_core")

# `Mention.model` of a name the gazetteer found or confirmed (`stages/entities.MODEL`; not
# imported: the entities stage loads spaCy and the gazetteer).
_GAZETTEER = "gazetteer+rules"


def _core(mention: Mention, lang: str | None) -> bool:
    """Is `mention` one the default pipeline finds whichever recogniser runs? Every name but, in
    English, a non-person a statistical model or entities@38's grammar proposed that the
    gazetteer does not know (their `model` is neither None nor the gazetteer's): without
    `[nlp] english_ner` no English name carries a model (`Mention.model` is the gazetteer's or
    None), so the share is then the plain one, as the model was fitted."""
    return lang != "en" or mention.type == "PER" or mention.model in (None, _GAZETTEER)


Headline = tuple[str, tuple[int, int] | None]  # (events@66) the headline, where the body prints it


def feature_table(event: Event, article: Article, sentence_starts: Sequence[int],
                  n_events: int, headline: Headline | None = None) -> dict[str, float]:
    """Every candidate feature of an event of `article` (`sentence_starts`: body offsets of its
    sentences, sorted; `n_events`: the article's count of events; `headline` (events@66): the
    headline's text and where the body prints it, `events/headline.py`)."""
    body = article.body or " "
    evidence = event.evidence
    skip = 0
    title = (article.title or "").casefold()
    if headline is not None:
        # (events@66) the headline is the title whether cleaning cut it from the body or not: its
        # line in the body is no report and no position, the body is read from under it
        text, line = headline
        title = text.casefold()
        if line is not None:
            rest = body[line[1]:]
            skip = line[1] + len(rest) - len(rest.lstrip())
            evidence = [e for e in evidence if not line[0] <= e.start < line[1]] or evidence
            body = body[skip:] or " "
    first = min((e.start for e in evidence), default=skip)
    sentence = bisect.bisect_right(sentence_starts, first) - 1
    first -= skip
    actors = [*event.source, *event.target]
    names = [m.text.casefold() for m in article.mentions if (m.entity or "") in actors]
    counts = Counter(m.entity for m in article.mentions if m.entity)
    # The actor's rank among the article's entities by mention count (1: the most mentioned;
    # ties share the better rank) and its count against the top one's: a name mentioned less
    # often than the actor moves neither, however many such names the entity stage finds.
    best = max((counts[a] for a in actors), default=0)
    rank = 1 + sum(1 for c in counts.values() if c > best) if best else len(counts) + 1
    top = max(counts.values(), default=0)
    # the actors' own names always count (an organisation the gazetteer does not know can be the
    # main actor); only the other names are those the default pipeline finds
    core = sum(1 for m in article.mentions if m.entity and (m.entity in actors or _core(m, article.lang)))
    trigger = (event.trigger or "").casefold()[:5]
    return {"first_position": first / len(body), "in_lede": float(sentence <= 1),
            "sentence_rank": math.log1p(max(sentence, 0)), "reports": math.log1p(len(evidence)),
            **{f"modality_{m}": float(event.modality == m) for m in _MODALITIES},
            "dated": float(event.date is not None), "actors": math.log1p(len(actors)),
            "two_sided": float(bool(event.source and event.target)),
            "actor_in_title": float(any(n in title for n in names)),
            "trigger_in_title": float(bool(trigger) and trigger in title),
            "actor_share": best / (sum(counts.values()) or 1), "english": float(article.lang == "en"),
            "events_in_article": math.log1p(n_events),
            "actor_rank": math.log(rank), "actor_top2": float(bool(best) and rank <= 2),
            "actor_top3": float(bool(best) and rank <= 3), "actor_vs_top": best / top if top else 0.0,
            "actor_share_core": best / (core or 1)}


@dataclass(frozen=True)
class EventFilter:
    """Logistic regression over standardised `features` (names from `CANDIDATES`); events under
    `threshold` are dropped. `languages` (events@38): another fitted model for an article language
    ("en"), used for that language's articles in place of this one."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    languages: tuple[tuple[str, EventFilter], ...] = ()

    def row(self, event: Event, article: Article, sentence_starts: Sequence[int], n_events: int,
            headline: Headline | None = None) -> list[float]:
        table = feature_table(event, article, sentence_starts, n_events, headline)
        return [table[name] for name in self.features]

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * (x - m) / s
                            for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, events: list[Event], article: Article, sentence_starts: Sequence[int],
             headline: Headline | None = None) -> list[Event]:
        model = dict(self.languages).get(article.lang or "", self)
        return [e for e in events
                if model.probability(model.row(e, article, sentence_starts, len(events), headline)) >= model.threshold]


def _model(data: dict[str, Any]) -> EventFilter:
    unknown = set(data["features"]) - set(CANDIDATES)
    if unknown:
        raise ValueError(f"filter.json uses unknown features {sorted(unknown)}: rerun tools/train_event_filter.py")
    return EventFilter(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                       float(data["bias"]), float(data["threshold"]),
                       tuple((lang, _model(sub)) for lang, sub in sorted(data.get("languages", {}).items())))


def load_filter(path: Path | None = None) -> EventFilter | None:
    """The fitted filter, or None when no model is shipped (every event is kept)."""
    path = path or DATA
    if not path.exists():
        return None
    return _model(json.loads(path.read_text(encoding="utf-8")))
