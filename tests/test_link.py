"""Corpus linking: one entity per referent across articles, aliases, roles, stable ids."""

from __future__ import annotations

from typing import Any

from veille.model import Article, Entity
from veille.stages.entities import entities_batch
from veille.stages.link import link_corpus
from veille.stages.nlp import nlp_batch

TEXTS = [
    "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, a reçu le général Moussa Koné à Abidjan.",
    "M. Ouattara a ensuite quitté Abidjan pour Bouaké. Le général Koné l'accompagnait.",
    "Tene Birahima Ouattara a confirmé l'accord, a déclaré le ministre ivoirien de la Défense.",
    "La Communauté des États Riverains du Lac (CERL) se réunit. La CERL compte six membres.",
    "Les experts de la CERL ont publié un rapport.",
]


def corpus(ctx: Any) -> tuple[list[Article], list[Entity]]:
    articles = [Article(id=f"a{i}", source=f"a{i}", raw=t, body=t, lang="fr") for i, t in enumerate(TEXTS)]
    nlp_batch(articles, ctx)
    for a in articles:  # one batch per article, as a run over several inputs would
        entities_batch([a], ctx)
    return articles, link_corpus(articles, ctx)


def entity_of(articles: list[Article], text: str) -> set[str | None]:
    return {m.entity for a in articles for m in a.mentions if m.text == text}


def test_one_entity_per_referent_across_articles(ctx: Any) -> None:
    articles, entities = corpus(ctx)
    full = entity_of(articles, "Téné Birahima Ouattara")
    assert len(full) == 1
    assert entity_of(articles, "Ouattara") == full  # surname in another article
    assert entity_of(articles, "Tene Birahima Ouattara") == full  # spelling without accents
    role_only = {m.entity for m in articles[2].mentions if m.role and m.text.startswith("ministre")}
    assert role_only == full  # the corpus says who holds the office
    ent = next(e for e in entities if e.id in full)
    assert ent.type == "PER" and ent.name == "Téné Birahima Ouattara"
    assert {"Ouattara", "Tene Birahima Ouattara"} <= set(ent.aliases)
    assert [(r.title, r.of) for r in ent.roles] == [("ministre de la Défense", "Q1008")]
    assert "Q1008" in {e.id for e in entities}  # the role's country is exported too


def test_acronym_defined_in_one_article_links_another(ctx: Any) -> None:
    articles, entities = corpus(ctx)
    ids = entity_of(articles, "CERL")
    assert len(ids) == 1
    ent = next(e for e in entities if e.id in ids)
    assert any(a.startswith("Communauté des États") for a in ent.aliases)


def test_every_mention_has_an_exported_entity_and_ids_are_stable(ctx: Any) -> None:
    articles, entities = corpus(ctx)
    ids = {e.id for e in entities}
    assert all(m.entity in ids for a in articles for m in a.mentions)
    _, again = corpus(ctx)
    assert [e.id for e in again] == [e.id for e in entities]


def test_quote_speakers_follow_their_mentions_to_the_final_id() -> None:
    from veille.model import Article, Mention, Quote
    from veille.stages.entities.gazetteer import load
    from veille.stages.link import link_articles

    a = Article(id="a", source="a", raw="", body="Jane Holloway spoke. Holloway said it was fair.")
    a.mentions = [Mention(0, 13, "Jane Holloway", "PER", "per:jane-holloway"),
                  Mention(21, 29, "Holloway", "PER", "per:holloway")]
    a.quotes = [Quote(35, 46, "it was fair", False, "per:holloway", "Holloway")]
    link_articles([a], load())
    assert a.quotes[0].speaker == a.mentions[0].entity == a.mentions[1].entity


def test_transliterations_of_one_name_are_one_person() -> None:
    from veille.model import Article, Mention
    from veille.stages.entities.gazetteer import load
    from veille.stages.link import link_articles

    a = Article(id="a", source="a", raw="", body="")
    a.mentions = [Mention(0, 1, "Ritcha Suksuwanon", "PER", "per:a"), Mention(2, 3, "Richa Suksuwanon", "PER", "per:b"),
                  Mention(4, 5, "Maria Lopez", "PER", "per:c"), Mention(6, 7, "Mario Lopez", "PER", "per:d"),
                  Mention(8, 9, "Marie Lopez", "PER", "per:e")]
    link_articles([a], load())
    ids = [m.entity for m in a.mentions]
    assert ids[0] == ids[1]
    assert len(set(ids[2:])) == 3  # three names one letter apart: no way to tell which is which


def test_a_title_resolved_to_a_person_does_not_name_the_entity() -> None:
    from veille.model import Article, Mention, Role
    from veille.stages.entities.gazetteer import load
    from veille.stages.link import link_articles

    a = Article(id="a", source="a", raw="", body="")
    a.mentions = [Mention(0, 1, "Jeanne Mbala", "PER", "per:jeanne-mbala"),
                  Mention(2, 3, "cheffe de la diplomatie gabonaise", "PER", "per:jeanne-mbala",
                          Role("cheffe de la diplomatie", "Q1000", "ministre des Affaires étrangères"))]
    entities = link_articles([a], load())
    assert [e.name for e in entities if e.type == "PER"] == ["Jeanne Mbala"]
    assert a.mentions[1].entity == "per:jeanne-mbala"


def _linked(*names: tuple[str, str]) -> list[str | None]:
    from veille.model import Article, Mention
    from veille.stages.entities.gazetteer import load
    from veille.stages.link import link_articles

    a = Article(id="a", source="a", raw="", body="")
    a.mentions = [Mention(2 * i, 2 * i + 1, text, type_, f"{type_.lower()}:{i}")  # type: ignore[arg-type]
                  for i, (text, type_) in enumerate(names)]
    link_articles([a], load())
    return [m.entity for m in a.mentions]


def test_a_given_name_written_as_its_initial_is_the_same_person() -> None:
    ids = _linked(("K Varadarajan", "PER"), ("Kumaran Varadarajan", "PER"), ("Varadarajan", "PER"))
    assert ids[0] == ids[1] == ids[2]  # and the bare surname then has one person to go to
    # near misses: an initial two full names fit stays apart; an initial never stands for a surname
    ids = _linked(("J Okonkwo", "PER"), ("John Okonkwo", "PER"), ("Jane Okonkwo", "PER"))
    assert len(set(ids)) == 3
    ids = _linked(("Ada O", "PER"), ("Ada Okonkwo", "PER"))
    assert ids[0] != ids[1]


def test_a_double_surname_alone_is_the_person_named_whole() -> None:
    ids = _linked(("Ilunga Mbavu", "PER"), ("Solange Ilunga Mbavu", "PER"))
    assert ids[0] == ids[1]
    ids = _linked(("Le Quellec", "PER"), ("Armelle Le Quellec", "PER"))  # a particle opens a surname
    assert ids[0] == ids[1]
    # near misses: a given name and a surname is a full name of its own; two people end so
    ids = _linked(("Maria Ilunga", "PER"), ("Solange Maria Ilunga", "PER"))
    assert ids[0] != ids[1]
    ids = _linked(("Ilunga Mbavu", "PER"), ("Solange Ilunga Mbavu", "PER"), ("Pierre Ilunga Mbavu", "PER"))
    assert len(set(ids)) == 3


def test_a_bare_surname_typed_a_place_is_the_one_person_ending_so() -> None:
    ids = _linked(("Varadarajan", "LOC"), ("Kumaran Varadarajan", "PER"))
    assert ids[0] == ids[1]
    # near misses: a place the gazetteer knows stays the place; two people leave it alone
    ids = _linked(("Jordan", "LOC"), ("Michael Jordan", "PER"))
    assert ids[0] != ids[1]
    ids = _linked(("Varadarajan", "LOC"), ("Kumaran Varadarajan", "PER"), ("Priya Varadarajan", "PER"))
    assert len(set(ids)) == 3


def test_a_name_with_words_left_out_is_the_one_longer_name_holding_them() -> None:
    ids = _linked(("Armand Tsibanga Mbeki", "PER"), ("Armand Claude Tsibanga Mbeki", "PER"),
                  ("Odile Kra", "PER"), ("Odile Kra Adjoua", "PER"))
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    # near misses: two longer names fit; another given name; words out of order
    ids = _linked(("Paul Obi", "PER"), ("Paul A. Obi", "PER"), ("Paul B. Obi", "PER"))
    assert len(set(ids)) == 3
    ids = _linked(("Odile Kra", "PER"), ("Marie Odile Kra", "PER"), ("Kra Odile Adjoua", "PER"))
    assert len(set(ids)) == 3


def test_event_actors_follow_their_mentions_to_the_final_ids() -> None:
    from veille.model import Article, Event, Mention
    from veille.stages.link_index import _apply

    a = Article(id="a", source="a", raw="", body="")
    a.mentions = [Mention(0, 5, "Ruritania", "LOC", "loc:ruritania"), Mention(6, 9, "Acme", "ORG", "org:acme")]
    a.events = [Event("a:ev0", "AGREE", None, ["loc:ruritania", "org:acme"], ["org:acme", "org:other"], None,
                      "loc:ruritania", "asserted", "signed")]
    _apply([a], {"loc:ruritania": "Q1", "org:acme": "Q1"})  # two names a corpus pass found one referent
    ev = a.events[0]
    assert (ev.source, ev.target, ev.location) == (["Q1"], ["org:other"], "Q1")


def test_a_nickname_alone_is_the_one_person_named_with_it_in_quotation_marks() -> None:
    ids = _linked(("Cassie", "PER"), ("Marisol “Cassie” Quintero", "PER"), ("Quintero", "LOC"))
    assert ids[0] == ids[1] == ids[2]  # the nickname, and the surname typed a place by the word
    # near misses: a nickname two people are called leaves it alone; a name without quotation marks
    # holds no nickname ("Cassie" in the middle of a name is a middle name, not what others call her)
    ids = _linked(("Cassie", "PER"), ("Marisol “Cassie” Quintero", "PER"), ("Dana “Cassie” Obi", "PER"))
    assert len(set(ids)) == 3
    ids = _linked(("Cassie", "PER"), ("Marisol Cassie Quintero", "PER"))
    assert ids[0] != ids[1]


def test_a_nickname_in_single_or_french_marks_joins_the_nickname_alone() -> None:
    """link@17: link reads a nickname in the marks the recogniser reads one in (`english.nicknamed`):
    curly and straight single quotation marks, and guillemets with or without French spaces."""
    ids = _linked(("Cassie", "PER"), ("Marisol ‘Cassie’ Quintero", "PER"))
    assert ids[0] == ids[1]
    ids = _linked(("Magic", "PER"), ("Earvin « Magic » Okafor", "PER"))
    assert ids[0] == ids[1]
    ids = _linked(("Magic", "PER"), ("Earvin\u00a0«\u00a0Magic\u00a0»\u00a0Okafor", "PER"))
    assert ids[0] == ids[1]
    ids = _linked(("Ace", "PER"), ("Anthony 'Ace' Newbold", "PER"))
    assert ids[0] == ids[1]
    # near misses: a quoted word after the surname or before the given name is between no given name
    # and surname; marks that are no pair ('‘Cassie”') hold no nickname
    ids = _linked(("Cassie", "PER"), ("Marisol Quintero ‘Cassie’", "PER"))
    assert ids[0] != ids[1]
    ids = _linked(("Magic", "PER"), ("« Magic » Earvin Okafor", "PER"))
    assert ids[0] != ids[1]
    ids = _linked(("Cassie", "PER"), ("Marisol ‘Cassie” Quintero", "PER"))
    assert ids[0] != ids[1]


def test_close_pairs_are_those_every_pair_gives() -> None:
    """The symmetric-delete index finds exactly the close names a test of every pair finds."""
    import random

    from veille.stages.link_variants import close, close_pairs

    rng = random.Random(3)
    letters = "abcdeéz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) for _ in range(60)]
    words += [w[:k] + w[k + 1:] for w in words[:20] for k in range(len(w))]  # drops
    words += [w[:k] + "x" + w[k:] for w in words[:20] for k in range(len(w) + 1)]  # inserts
    words += [w[:k] + "q" + w[k + 1:] for w in words[:20] for k in range(len(w))]  # changes
    words += [w[1] + w[0] + w[2:] for w in words[:20] if len(w) > 2]  # swaps: not one edit
    keys = list(dict.fromkeys((rng.choice(["s", "sam", "sa"]), w) for w in words))
    found = close_pairs(keys)
    for i, a in enumerate(keys):
        assert found[i] == [j for j, b in enumerate(keys) if b != a and close(a, b)], a
    assert sum(map(len, found)) > 50
