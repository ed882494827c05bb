"""Generated articles with what the corpus steps read, for their tests and benchmarks.

No article stage runs (spaCy over 1k articles takes minutes): each article is built with its
annotations.  Planted stories, each a few days of reports with its own vocabulary and actors;
people named in full, by surname alone and under a transliterated spelling (one letter more);
every seventh story names a second person with the previous story's surname (a surname two
people share); about 5% republications of a recent article (same text, `duplicate_of` the
earliest copy, as dedup sets it), about 10% undated articles (their events are dated).
Ids are 16 hex digits, like the pipeline's (benchmarks/load_api.py's replication relies on it).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from veille.model import Article, Event, Mention
from veille.stages.entities.text import slug

SYLLABLES = ["ba", "ko", "ri", "mel", "tan", "vo", "shi", "dra", "pu", "len", "zor", "qui", "fa", "nel", "gor"]
FIRST = ["Jean", "Marie", "Amadou", "Olena", "Sergueï", "Fatou", "Pedro", "Ingrid", "Kofi", "Li"]


def _word(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _story_specs(rng: random.Random, count: int, days: int, start: date) -> list[dict[str, object]]:
    specs = []
    surnames = [_word(rng).capitalize() for _ in range(count)]
    for k in range(count):
        people = [(rng.choice(FIRST), surnames[k])]
        if k % 7 == 3:  # a surname two people share, in another story
            people.append((rng.choice(FIRST), surnames[k - 1]))
        specs.append({
            "day": start + timedelta(days=rng.randint(0, days)),
            "words": [_word(rng) for _ in range(25)],
            "people": people,
            "org": _word(rng, 2).upper(),
            "type": rng.choice(["CONSULT", "AGREE", "ACCUSE", "AID"]),
        })
    return specs


def _put(body: str, mentions: list[Mention], text: str, type_: str, entity: str) -> str:
    """`body` followed by the name `text`, recorded as a mention with its local id."""
    mentions.append(Mention(len(body), len(body) + len(text), text, type_, entity=entity))  # type: ignore[arg-type]
    return body + text


def make_corpus(count: int = 1000, stories: int = 160, seed: int = 20, days: int = 150,
                start: date = date(2025, 1, 1)) -> list[Article]:
    """`count` articles of `stories` planted stories over `days` days (see the module doc), in
    the feed's order."""
    rng = random.Random(seed)
    specs = _story_specs(rng, stories, days, start)
    common = [_word(rng) for _ in range(300)]
    articles: list[Article] = []
    days: list[date] = []
    for i in range(count):
        spec = specs[rng.randrange(stories)]
        day: date = spec["day"] + timedelta(days=rng.randint(0, 4))  # type: ignore[operator]
        body, mentions = "", []

        for s in range(rng.randint(4, 8)):
            words = rng.sample(spec["words"], 6) + rng.sample(common, 4)  # type: ignore[arg-type]
            rng.shuffle(words)
            body += "Selon le rapport, " if s else ""
            first, last = rng.choice(spec["people"])  # type: ignore[arg-type]
            form = rng.random()
            if form < 0.5:
                body = _put(body, mentions, f"{first} {last}", "PER", f"per:{slug(first + ' ' + last)}")
            elif form < 0.8:
                body = _put(body, mentions, last, "PER", f"per:{slug(last)}")
            else:  # a transliteration: one letter more
                body = _put(body, mentions, f"{first} {last}h", "PER", f"per:{slug(first + ' ' + last + 'h')}")
            body += " " + " ".join(words[:5]) + " avec l'"
            body = _put(body, mentions, spec["org"], "ORG", f"org:{slug(spec['org'])}")  # type: ignore[arg-type]
            body += " " + " ".join(words[5:]) + ".\n"
        actors = sorted({m.entity or "" for m in mentions})[:2]
        events = [Event(id="e1", type=spec["type"], mode=None, source=actors[:1],  # type: ignore[arg-type]
                        target=actors[1:], date=day.isoformat(), location=None, modality="asserted",
                        trigger="rencontre")]
        dated = rng.random() > 0.1
        article = Article(id=f"{i:08x}{rng.getrandbits(32):08x}", source=f"gen/{i}.txt", raw=body, body=body,
                          title=" ".join(body.split()[:6]), published=day.isoformat() if dated else None,
                          published_how="metadata" if dated else "none", lang="fr", mentions=mentions,
                          events=events, stages=["clean@3"])
        articles.append(article)
        days.append(day)
    # the feed's order: by the day each was written, dated or not
    ordered = [a for _, a in sorted(zip(days, articles, strict=True), key=lambda da: (da[0], da[1].id))]
    for i in range(1, len(ordered)):
        if rng.random() < 0.05:  # a republication of a recent article (dedup links the earliest copy)
            original = rng.choice(ordered[max(0, i - 30):i])
            copy = ordered[i]
            copy.body = copy.raw = original.body
            copy.mentions = [replace(m) for m in original.mentions]
            copy.events = [replace(e) for e in original.events]
            copy.duplicate_of = original.duplicate_of or original.id
    return ordered
