"""Full-text search: the index written with the articles, the migration's backfill, ranking, folding."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.api import Dossier
from veille.model import Article, Entity, Mention, article_id
from veille.store import aggregates, migrations
from veille.store.db import Store
from veille.store.search_index import first_hit, fold, query_terms, snippet_of

BODIES = {
    "a.txt": "Sergueï Lavrov a reçu son homologue malien à Moscou. Lavrov a salué la coopération.",
    "b.txt": "Les États du Sahel ont signé un accord de défense à Niamey.",
    "c.txt": "Le ministre russe des Affaires étrangères a parlé du Mali et de Lavrov une fois, "
             "dans un long texte sur la météo, la pluie, le vent, la neige et le soleil de printemps.",
    "d.txt": "Un article sans rapport : la récolte de mil au Niger.",
}


def article(source: str, body: str, title: str | None = None) -> Article:
    return Article(id=article_id(source, body), source=source, raw=body, body=body, title=title, fmt="txt")


def stored(db: str | Path = ":memory:") -> Store:
    store = Store.open(db)
    arts = [article(s, b) for s, b in BODIES.items()]
    lavrov = arts[0]
    lavrov.mentions = [Mention(0, 14, "Sergueï Lavrov", "PER", "Q39522")]
    store.write_batch(arts, [], "r1")
    store.write_corpus(arts, [Entity(id="Q39522", name="Sergueï Lavrov", type="PER", aliases=["Lavrov"])], [], [])
    return store


def test_folding_keeps_offsets_and_strips_accents() -> None:
    text = "États-Unis, cœur, Sergueï"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("etats-unis")
    assert query_terms("  ÉTATS  unis, états ") == ["etats", "unis"]


def test_folding_a_text_folds_each_character_alone() -> None:
    """Folding a whole text (ASCII lowered, the rest normalised one by one) gives, for every
    character of the Basic Multilingual Plane, what folding it alone gives, one for one."""
    import unicodedata

    def alone(ch: str) -> str:
        low = ch.lower()
        bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        return bare if len(bare) == 1 else low[:1]

    chars = [chr(i) for i in range(0x20, 0x10000) if not 0xD800 <= i < 0xE000]
    text = "".join(chars)
    assert fold(text) == "".join(alone(c) for c in chars)
    assert fold("İstanbul ŒUVRE ß Ǆ") == "istanbul œuvre ß ǆ"


def test_search_ranks_articles_with_more_hits_first_and_lists_the_entity() -> None:
    with Dossier(stored()) as d:
        found = d.search("Lavrov")
    kinds = [(i["kind"], i["id"]) for i in found["items"]]
    assert kinds[0] == ("entity", "Q39522")
    articles = [i for i in found["items"] if i["kind"] == "article"]
    assert [a["title"] for a in articles] == ["a.txt", "c.txt"]  # two hits and a mention beat one hit
    assert found["total"] == 3
    assert articles[0]["score"] > articles[1]["score"]
    snippet, marks = articles[0]["snippet"], articles[0]["highlights"]
    assert all(snippet[s:e] == "Lavrov" for s, e in marks) and marks


def test_search_is_accent_and_case_insensitive() -> None:
    with Dossier(stored()) as d:
        found = d.search("etats")
    assert [i["title"] for i in found["items"]] == ["b.txt"]
    s, e = found["items"][0]["highlights"][0]
    assert found["items"][0]["snippet"][s:e] == "États"


@pytest.mark.parametrize("q", ["'; DROP TABLE articles; --", "\" OR 1=1 --", "%", "_", "Lavrov' OR '1'='1",
                               "\\", "\x00", ""])
def test_injection_looking_queries_are_only_text(q: str) -> None:
    store = stored()
    with Dossier(store) as d:
        found = d.search(q)
        assert found["total"] == len(found["items"])
        assert store.count("articles") == len(BODIES)


def test_pagination_and_past_the_end() -> None:
    with Dossier(stored()) as d:
        everything = d.search("la de du")
        page = d.search("la de du", limit=1, offset=1)
        past = d.search("la de du", limit=5, offset=50)
    assert page["total"] == everything["total"] == past["total"] >= 2
    assert page["items"] == everything["items"][1:2]
    assert past["items"] == []


POSTINGS = ("SELECT v.term, d.article, t.tf, t.length FROM search_postings t JOIN search_vocab v USING (tid) "
            "JOIN search_docs d USING (doc) ORDER BY ALL")


def test_migration_backfills_stores_made_before_it_as_writing_does(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.duckdb"
    # A store without the search index (migrations 2, 7 and 11, which replaced them); the other
    # migrations stay, since today's writer needs their columns, and none of them touches the
    # search tables but 19 (which sorts them; it comes with the upgrade, its actor heads unwritten before).
    monkeypatch.setattr("veille.store.db.MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] not in (2, 7, 11, 19)])
    monkeypatch.setattr("veille.store.aggregates.actor_heads_sql", aggregates.event_actors_sql)
    monkeypatch.setattr("veille.store.db.index_articles", lambda con, ids: None)
    monkeypatch.setattr("veille.store.aggregates.search_index.entity_docs_sql", lambda ids: [])
    stored(old).close()
    monkeypatch.undo()
    upgraded, fresh = Store.open(old), stored()
    assert upgraded.rows(POSTINGS) == fresh.rows(POSTINGS) and upgraded.rows(POSTINGS)
    for query in ("SELECT * FROM search_docs ORDER BY ALL", "SELECT term, df FROM search_vocab ORDER BY ALL",
                  "SELECT e.entity, d.article, e.mentions FROM entity_docs e JOIN search_docs d USING (doc) "
                  "ORDER BY ALL"):
        assert upgraded.rows(query) == fresh.rows(query) and upgraded.rows(query)
    # a term's df is the number of its postings; documents are numbered 1..n in storage order
    assert upgraded.rows("SELECT v.term FROM search_vocab v LEFT JOIN (SELECT tid, count(*) AS n FROM "
                         "search_postings GROUP BY tid) p USING (tid) WHERE v.df IS DISTINCT FROM p.n") == []
    assert [r["doc"] for r in upgraded.rows("SELECT doc FROM search_docs ORDER BY doc")] == list(
        range(1, len(BODIES) + 1))


def test_indexing_more_articles_numbers_them_on_and_grows_the_document_frequencies() -> None:
    store = stored()
    extra = [article("e.txt", "Lavrov et le Niger, encore le Niger."), article("f.txt", "Un mot inédit : zygote.")]
    store.write_batch(extra, [], "r2")
    assert [r["doc"] for r in store.rows("SELECT doc FROM search_docs ORDER BY doc")] == list(
        range(1, len(BODIES) + 3))
    df = {r["term"]: r["df"] for r in store.rows("SELECT term, df FROM search_vocab")}
    assert df["niger"] == 2 and df["zygote"] == 1 and df["lavrov"] == 3
    assert store.rows("SELECT v.term FROM search_vocab v LEFT JOIN (SELECT tid, count(*) AS n FROM "
                      "search_postings GROUP BY tid) p USING (tid) WHERE v.df IS DISTINCT FROM p.n") == []
    assert len({r["tid"] for r in store.rows("SELECT tid FROM search_vocab")}) == len(df)
    with Dossier(store) as d:
        assert [i["title"] for i in d.search("zygote")["items"]] == ["f.txt"]


def test_snippet_is_cut_around_the_first_hit() -> None:
    text = "mot " * 200 + "Lavrov arrive" + " fin" * 100
    snippet, marks = snippet_of(text, ["lavrov"], width=60)
    assert snippet.startswith("…") and snippet.endswith("…") and len(snippet) <= 62
    assert [snippet[s:e] for s, e in marks] == ["Lavrov"]


def test_the_first_hit_is_the_regex_s_first_whole_token_match() -> None:
    """`first_hit` (str.find per term, perf38) finds where snippet_of's regex (a term not inside a
    run of letters or digits; `_` is no letter) first matches, over texts built to trip it: a term
    inside a longer word, at either end, next to an underscore, a digit or an accented letter, one
    term the prefix of another, a term repeated, none at all."""
    import random
    import re

    rng = random.Random(38)
    alphabet = ["pari", "paris", "parisien", "s", "_", " ", "é", "2", "ab", "-", "x", "\n", "ça", "ministre"]
    term_sets = [["paris"], ["pari", "paris"], ["paris", "pari"], ["ab"], ["ministre", "ab", "x2"], ["zz"],
                 ["parisien", "paris"], ["ça"], ["s2", "ab"]]
    checked = found = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for terms in term_sets:
            pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![^\W_])")
            m = pattern.search(text)
            assert first_hit(text, terms) == (m.start() if m else -1), (text, terms)
            checked += 1
            found += m is not None
    assert found > checked // 20 and checked - found > checked // 20
    assert first_hit("xparis paris", ["paris"]) == 7 and first_hit("paris_", ["paris"]) == 0
    assert first_hit("parisien paris", ["paris"]) == 9 and first_hit("1paris", ["paris"]) == -1
    assert first_hit("éparis", ["paris"]) == -1 and first_hit("", ["paris"]) == -1


def test_cluster_puts_the_postings_in_term_order_and_keeps_them() -> None:
    from veille.store.search_index import cluster

    store = stored()
    store.write_batch([article("e.txt", "Lavrov au Niger.")], [], "r2")  # a second batch, appended
    before = store.rows(POSTINGS)
    in_order = "SELECT tid, doc FROM search_postings ORDER BY rowid"
    keys = [(r["tid"], r["doc"]) for r in store.rows(in_order)]
    assert keys != sorted(keys)  # each batch in order, the second after the first
    with store.transaction():
        cluster(store.con)
    keys = [(r["tid"], r["doc"]) for r in store.rows(in_order)]
    # in term order (within a term by impact: tests/test_search_impacts.py)
    assert [t for t, _ in keys] == sorted(t for t, _ in keys) and store.rows(POSTINGS) == before
    assert store.con.execute("SELECT value FROM corpus_state WHERE key = 'search_sorted'").fetchone() == (
        str(len(keys)),)
    # every posting carries its article's length (BM25 reads it there)
    assert store.con.execute("SELECT count(*) FROM search_postings t LEFT JOIN search_docs d USING (doc) "
                             "WHERE t.length IS DISTINCT FROM d.length").fetchone() == (0,)


def test_indexing_sorts_the_postings_again_once_the_unsorted_tail_is_large(monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.store import search_index

    monkeypatch.setattr(search_index, "UNSORTED_MIN", 0)
    store = stored()  # one batch: the whole index is its tail, so it was sorted at once
    state = "SELECT value FROM corpus_state WHERE key = 'search_sorted'"
    assert store.con.execute(state).fetchone() == (str(store.count("search_postings")),)
    monkeypatch.setattr(search_index, "UNSORTED_SHARE", 1)  # now only a tail larger than the index
    store.write_batch([article("e.txt", "Lavrov au Niger.")], [], "r2")
    assert store.con.execute(state).fetchone() != (str(store.count("search_postings")),)  # left unsorted
    keys = [tuple(r) for r in store.con.execute("SELECT tid, doc FROM search_postings ORDER BY rowid").fetchall()]
    assert keys != sorted(keys)


def test_the_weights_in_place_are_the_bm25_expression_s_bit_for_bit() -> None:
    """`search._weights` computes BM25 in place (perf38); every path ranks by it, and a page's order
    and ties rest on its floats: they are the plain expression's, bit for bit, for an idf per
    posting and for one idf, at any mean length."""
    import numpy as np

    from veille.dossier import search as _search
    from veille.store.search_index import K1, B

    rng = np.random.default_rng(38)
    for k in range(100):
        n = int(rng.integers(1, 3000))
        tf = rng.integers(1, 60, n).astype(np.int32)
        length = rng.integers(1, 5000, n).astype(np.int32)
        idf = rng.random(n) * 9 if k % 2 else np.float64(rng.random() * 9)
        avgdl = float(rng.random() * 900 + 0.5)
        tf64 = tf.astype(np.float64)
        expected = idf * tf64 * (K1 + 1) / (tf64 + K1 * (1 - B + B * length / avgdl))
        got = _search._weights(idf, tf, length, avgdl)
        assert got.dtype == np.float64 and (got.view(np.int64) == expected.view(np.int64)).all(), k
        assert tf.dtype == np.int32 and int(tf.min()) >= 1  # the caller's arrays are left as they were


def test_a_snippet_folds_only_the_start_it_needs_and_is_the_same() -> None:
    """`snippet_of` folds the first `FOLD_PREFIX` characters where the first hit and the window lie
    in them, the whole text otherwise: the snippet and marks are those of the whole fold, for hits
    before, across and after the prefix's edge, a longer term, a term glued to a letter at the
    edge, accents and a text with no hit (a near miss of each)."""
    import re

    from veille.store import search_index as si

    def whole(text: str, terms: list[str], width: int = si.SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
        folded = si.fold(text)
        first = si.first_hit(folded, terms)
        start = 0 if first < 0 else max(0, first - width // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < (first if first >= 0 else start + 20) else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start + width // 2 else end
        prefix = "…" if start else ""
        pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![^\W_])")
        return (prefix + text[start:end].replace("\n", " ") + ("…" if end < len(text) else ""),
                [[m.start() - start + len(prefix), m.end() - start + len(prefix)]
                 for m in pattern.finditer(folded, start, end)])

    edge = si.FOLD_PREFIX
    filler = "Les élèves étudient à Ségou. "
    for at in (0, 5, edge - 400, edge - 230, edge - 201, edge - 199, edge - 10, edge - 6, edge - 3, edge, edge + 50):
        for word in ("Ségou", "Bamako", "Élection", "bamakois"):
            body = (filler * 80)[:max(0, at - 1)] + " " + word + " " + filler * 20  # the word starts at `at`
            for terms in (["bamako"], ["segou"], ["election", "bamako"], ["nowhere"], ["bamakoi", "eleves"]):
                for width in (si.SNIPPET_CHARS, 30):
                    assert si.snippet_of(body, terms, width) == whole(body, terms, width), (at, word, terms)
