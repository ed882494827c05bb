"""The incremental corpus steps agree with a full recluster and relink (issue 20).

The corpus is generated (seeded) with what the corpus steps read, without the article stages
(spaCy over 1k articles would take minutes here): planted stories, each a few days of reports
with its own vocabulary and actors; people named in full, by surname alone and under a
transliterated spelling; a surname two people share, arriving in a later run; republications
and undated articles.  It is written in several runs, with the corpus steps after each, and
compared with the same articles written at once then reclustered and relinked in full.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from veille.config import Config
from veille.corpus_steps import full, incremental, relink, resolve_story_id
from veille.model import Article, Event, Mention
from veille.pipeline import Context
from veille.runner import corpus
from veille.stages.entities.text import slug
from veille.store.db import Store

SYLLABLES = ["ba", "ko", "ri", "mel", "tan", "vo", "shi", "dra", "pu", "len", "zor", "qui", "fa", "nel", "gor"]
FIRST = ["Jean", "Marie", "Amadou", "Olena", "Sergueï", "Fatou", "Pedro", "Ingrid", "Kofi", "Li"]


def _word(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def _story_specs(rng: random.Random, count: int) -> list[dict[str, object]]:
    specs = []
    start = date(2025, 1, 1)
    surnames = [_word(rng).capitalize() for _ in range(count)]
    for k in range(count):
        people = [(rng.choice(FIRST), surnames[k])]
        if k % 7 == 3:  # a surname two people share, in another story
            people.append((rng.choice(FIRST), surnames[k - 1]))
        specs.append({
            "day": start + timedelta(days=rng.randint(0, 150)),
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


def make_corpus(count: int = 1000, stories: int = 160, seed: int = 20) -> list[Article]:
    """`count` articles of `stories` planted stories (see the module doc), in date order."""
    rng = random.Random(seed)
    specs = _story_specs(rng, stories)
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
        article = Article(id=f"{i:05d}{rng.getrandbits(32):08x}", source=f"gen/{i}.txt", raw=body, body=body,
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


def _write(store: Store, articles: list[Article], run: str) -> None:
    for k in range(0, len(articles), 64):
        store.write_batch(articles[k:k + 64], [], run)


def _partition(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT id, story FROM articles").fetchall())


def _mention_entities(store: Store) -> dict[tuple[str, int], str]:
    return {(r[0], r[1]): r[2] for r in store.con.execute("SELECT article, start, entity FROM mentions").fetchall()}


def bcubed_f1(a: dict[str, str], b: dict[str, str]) -> float:
    """B-cubed F1 of partition `a` against partition `b` (the same items)."""
    ca, cb = defaultdict(set), defaultdict(set)
    for item, c in a.items():
        ca[c].add(item)
    for item, c in b.items():
        cb[c].add(item)
    precision = recall = 0.0
    for item in a:
        overlap = len(ca[a[item]] & cb[b[item]])
        precision += overlap / len(ca[a[item]])
        recall += overlap / len(cb[b[item]])
    p, r = precision / len(a), recall / len(a)
    return 2 * p * r / (p + r)


def _context() -> Context:
    config = Config()
    config.time.reference_date = "2025-06-01"
    return Context(config=config)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict[str, int]]]:
    articles = make_corpus()
    folder = tmp_path_factory.mktemp("incr")
    runs = 5
    reads = []
    with Store.open(folder / "incremental.duckdb") as store:
        size = len(articles) // runs
        for r in range(runs):
            _write(store, articles[r * size:(r + 1) * size if r < runs - 1 else None], f"run{r}")
            reads.append(incremental(store, _context()))
    with Store.open(folder / "once.duckdb") as store:
        _write(store, articles, "once")
        assert corpus(store, _context()) == []
        full(store, _context(), recluster=True)
        relink(store, _context())
    return folder / "incremental.duckdb", folder / "once.duckdb", reads


def test_incremental_stories_agree_with_a_full_recluster(stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    inc, once, reads = stores
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        pa, pb = _partition(a), _partition(b)
        assert len(pa) == 1000 and None not in pa.values()
        assert 60 < len(set(pb.values())) < 600  # the corpus has stories, neither one nor all apart
        assert bcubed_f1(pa, pb) >= 0.98
        # every story row lists exactly its articles, in both
        for store, part in ((a, pa), (b, pb)):
            rows = store.rows("SELECT id, articles FROM stories")
            assert sorted(aid for r in rows for aid in r["articles"]) == sorted(part)
            assert {r["id"] for r in rows} == set(part.values())
    # a run read the new articles and the stories they may join, not the store
    assert all(r["read"] < 600 for r in reads[1:]), reads


def test_incremental_entities_equal_a_full_relink(stores: tuple[Path, Path, list[dict[str, int]]]) -> None:
    inc, once, _ = stores
    with Store.open(inc, read_only=True) as a, Store.open(once, read_only=True) as b:
        ea, eb = _mention_entities(a), _mention_entities(b)
        assert ea == eb
        assert a.rows("SELECT * FROM entities ORDER BY id") == b.rows("SELECT * FROM entities ORDER BY id")
    with Store.open(inc, read_only=True) as a:
        bare = a.con.execute("SELECT text, entity FROM mentions WHERE type = 'PER' AND text NOT LIKE '% %'").fetchall()
    linked = Counter(entity != f"per:{slug(text)}" for text, entity in bare)
    # bare surnames were linked to their full names, except the surnames two people share
    assert linked[True] > 100 and linked[False] > 10, linked

def test_a_second_pass_changes_nothing_and_recluster_redirects(tmp_path: Path) -> None:
    articles = make_corpus(count=200, stories=30, seed=3)
    with Store.open(tmp_path / "s.duckdb") as store:
        _write(store, articles[:120], "r1")
        incremental(store, _context())
        _write(store, articles[120:], "r2")
        incremental(store, _context())
        before = {t: store.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "stories", "entities")}
        assert incremental(store, _context())["new"] == 0
        after = {t: store.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "stories", "entities")}
        assert after == before
        # a recluster that moves ids: every old id still resolves to a story holding its articles
        old = _partition(store)
        store.con.execute("UPDATE articles SET story = 'story-gone' WHERE story = ?", [sorted(set(old.values()))[0]])
        store.con.execute("UPDATE stories SET id = 'story-gone' WHERE id = ?", [sorted(set(old.values()))[0]])
        full(store, _context(), recluster=True)
        assert resolve_story_id(store.con, "story-gone") in set(_partition(store).values())
        assert resolve_story_id(store.con, "story-never") is None
