"""Stories told in two languages are joined as wholes (`stages/stories/languages.py`).

Two concurrent stories in one city, each reported in French and in English: the French and
English words differ, the names and entity ids do not.  Each French story joins its English
twin, and no other; near misses: same-language stories, stories weeks apart, a bar set above
the pairs' similarity, and a story whose best match prefers another.  The incremental corpus
steps join them too, and redirect a stored story id that went.
"""

from __future__ import annotations

import re
from pathlib import Path

from veille.config import Config, StoriesConfig
from veille.corpus_steps import full, incremental, resolve_story_id
from veille.model import Article, Mention
from veille.pipeline import Context
from veille.stages.stories.cluster import StoryCluster, build_space, neutral_profile, profile
from veille.stages.stories.languages import join, pairs
from veille.store.db import Store

# Two stories in Paris the same week: a cathedral's reopening and a government's fall.
CATHEDRAL = {"Notre-Dame": "notre_dame", "Emmanuel Macron": "macron", "Laurent Ulrich": "ulrich",
             "Donald Trump": "trump", "Paris": "paris"}
CENSURE = {"Michel Barnier": "barnier", "Assemblée nationale": "assemblee", "National Assembly": "assemblee",
           "Marine Le Pen": "le_pen", "Matignon": "matignon", "Paris": "paris"}
TEXTS = {
    "cath-fr": ("fr", "2024-12-07", CATHEDRAL,
                "La cathédrale a rouvert ses portes samedi soir à Paris. Cinq ans après l'incendie, "
                "l'archevêque Laurent Ulrich a frappé trois fois à la porte de Notre-Dame devant "
                "Emmanuel Macron et Donald Trump, invités de la cérémonie."),
    "cath-fr2": ("fr", "2024-12-08", CATHEDRAL,
                 "Première messe dimanche à Notre-Dame : Laurent Ulrich a consacré le nouvel autel, "
                 "au lendemain de la soirée où Emmanuel Macron a salué les bâtisseurs à Paris."),
    "cath-en": ("en", "2024-12-07", CATHEDRAL,
                "The cathedral reopened on Saturday evening in Paris. Five years after the fire, "
                "Archbishop Laurent Ulrich knocked three times on the door of Notre-Dame as "
                "Emmanuel Macron and Donald Trump looked on."),
    "cens-fr": ("fr", "2024-12-04", CENSURE,
                "Le gouvernement de Michel Barnier est tombé mercredi : l'Assemblée nationale a voté "
                "la motion de censure avec les voix du groupe de Marine Le Pen. Matignon doit "
                "désormais expédier les affaires courantes à Paris."),
    "cens-en": ("en", "2024-12-04", CENSURE,
                "Michel Barnier's government fell on Wednesday when the National Assembly passed a "
                "no-confidence motion backed by Marine Le Pen's party. Matignon will handle "
                "day-to-day business in Paris."),
}


def make(aid: str, published: str | None = None) -> Article:
    lang, day, names, body = TEXTS[aid]
    mentions = [Mention(m.start(), m.end(), text, "ORG", entity=entity)
                for text, entity in names.items() for m in re.finditer(re.escape(text), body)]
    return Article(id=aid, source=f"{aid}.txt", raw=body, body=body, lang=lang,
                   published=published or day, published_how="metadata", mentions=mentions,
                   stages=["clean@3"])


def clusters(groups: dict[str, list[str]], published: dict[str, str] | None = None) -> dict[str, StoryCluster]:
    """One story per group of articles, built as the clusterer builds them."""
    articles = {aid: make(aid, (published or {}).get(aid)) for group in groups.values() for aid in group}
    space = build_space(list(articles.values()))
    out = {}
    for sid, group in groups.items():
        story = StoryCluster(sid)
        for aid in group:
            story.add(articles[aid], profile(articles[aid], space), neutral_profile(articles[aid], space))
        out[sid] = story
    return out


FOUR = {"s-cath-fr": ["cath-fr", "cath-fr2"], "s-cath-en": ["cath-en"], "s-cens-fr": ["cens-fr"],
        "s-cens-en": ["cens-en"]}


def test_each_story_joins_its_twin_in_the_other_language_and_no_other() -> None:
    stories = clusters(FOUR, published={"cath-en": "2024-12-08", "cens-en": "2024-12-05"})
    story_of = {aid: sid for sid, group in FOUR.items() for aid in group}
    joined = join(stories, story_of, StoriesConfig())
    assert joined == {"s-cath-en": "s-cath-fr", "s-cens-en": "s-cens-fr"}
    assert sorted(stories) == ["s-cath-fr", "s-cens-fr"]
    assert story_of["cath-en"] == "s-cath-fr" and story_of["cens-en"] == "s-cens-fr"
    assert sorted(stories["s-cath-fr"].articles) == ["cath-en", "cath-fr", "cath-fr2"]
    assert sorted(stories["s-cath-fr"].neutral) == ["en", "fr"]


def test_the_story_that_started_first_keeps_its_id() -> None:
    stories = clusters({"s-cath-fr": ["cath-fr"], "s-cath-en": ["cath-en"]},
                       published={"cath-en": "2024-12-06"})
    assert pairs(stories, StoriesConfig()) == [("s-cath-en", "s-cath-fr")]


def test_near_misses_stay_apart() -> None:
    # the same language: words decide that, not names
    assert pairs(clusters({"a": ["cath-fr"], "b": ["cath-fr2"]}), StoriesConfig()) == []
    # weeks apart
    far = clusters({"a": ["cath-fr"], "b": ["cath-en"]}, published={"cath-en": "2025-02-01"})
    assert pairs(far, StoriesConfig()) == []
    # a bar above the pair's similarity, and the join turned off
    assert pairs(clusters(FOUR), StoriesConfig(language_join=0.99)) == []
    assert pairs(clusters(FOUR), StoriesConfig(language_join=0)) == []


def test_only_mutual_best_matches_join() -> None:
    """The English censure story's best French match is the censure story; the French cathedral
    story has no English twin here, and its best English match (the censure story, through
    "Paris") prefers another, so it stays alone."""
    stories = clusters({"s-cath-fr": ["cath-fr"], "s-cens-fr": ["cens-fr"], "s-cens-en": ["cens-en"]})
    # (same day: the smaller id keeps it)
    assert pairs(stories, StoriesConfig(language_join=0.01)) == [("s-cens-en", "s-cens-fr")]


def test_incremental_steps_join_across_languages_and_redirect_the_stored_id(tmp_path: Path) -> None:
    """The French stories are stored in a first run; the English reports come in a second, the
    cathedral one dated a day before its French twin, so the stored French story's id goes and is
    redirected to the English one; a full recluster gives the same partition.  The article bar is
    set high so that no article joins another on its own: the stories are joined as wholes."""
    config = Config()
    config.stories.similarity = 1.01  # above any cosine
    ctx = Context(config=config)
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write_batch([make("cath-fr"), make("cens-fr")], [], "r1")
        incremental(store, ctx)
        first = dict(store.con.execute("SELECT id, story FROM articles").fetchall())
        assert first["cath-fr"] != first["cens-fr"]
        store.write_batch([make("cath-en", "2024-12-06"), make("cens-en", "2024-12-05")], [], "r2")
        incremental(store, ctx)
        after = dict(store.con.execute("SELECT id, story FROM articles").fetchall())
        assert after["cath-en"] == after["cath-fr"]
        assert after["cens-en"] == after["cens-fr"] == first["cens-fr"]
        assert after["cath-fr"] != first["cath-fr"]  # the English report started the story first
        assert resolve_story_id(store.con, first["cath-fr"]) == after["cath-fr"]
        stories = {r[0] for r in store.con.execute("SELECT id FROM stories").fetchall()}
        assert stories == set(after.values())
        indexed = {r[0] for r in store.con.execute("SELECT story FROM story_index").fetchall()}
        assert indexed == stories
        full(store, ctx, recluster=True)
        again = dict(store.con.execute("SELECT id, story FROM articles").fetchall())
        assert again == after
