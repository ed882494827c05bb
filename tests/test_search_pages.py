"""What a search hit shows of its article, kept in the server's memory (api44, `store/search_pages`):
the served answers equal the statement's (titles, empty titles, accents, hits past the folded
prefix, dates, stories), and a write that changes only a story is seen in the next answer."""

from __future__ import annotations

import random
import time
import zlib
from pathlib import Path

import pytest
from tests.server_support import counted_calls

from veille.dossier import search
from veille.model import Article, article_id
from veille.server.readers import Readers
from veille.store import search_pages
from veille.store.db import Store
from veille.store.kept import Lasting

WORDS = ["niger", "mali", "accord", "sahel", "pluie", "vent", "bamako", "niamey", "états", "élection", "œuvre"]
QUERIES = ["niger mali", "etats", "ÉLECTION œuvre", "accord", "bamako niamey", "inconnu", "vent", "oeuvre"]
PAGES = ((20, 0), (1, 0), (3, 2), (5, 17), (50, 0))


def _articles(seed: int, count: int) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        words = [w for w in WORDS for _ in range(rng.choice([0, 0, 0, 1, 2]))]
        # Long bodies put some first hits past the 1,024 characters folded first (FOLD_PREFIX).
        words += ["remplissage"] * rng.choice([1, 30, 200, 400])
        rng.shuffle(words)
        words.insert(rng.randint(0, len(words)), "ÉTATS-Unis\nd'Amérique")
        body = " ".join(words) + "."
        title = rng.choice([None, "", f"Titre {i} : Mali et États", "Ça s'élargit"])
        out.append(Article(id=article_id(f"{i}.txt", body), source=f"{i}.txt", raw=body, body=body, title=title,
                           fmt="txt", published=rng.choice([None, "2024-03-01", "2025-12-31"])))
    return out


def _answers(readers: Readers) -> dict[tuple[str, int, int], object]:
    with readers.dossier() as d:
        return {(q, limit, offset): d.search(q, limit=limit, offset=offset) for q in QUERIES for limit, offset in PAGES}


def _statement_answers(db: Path) -> dict[tuple[str, int, int], object]:
    with Store.open(db, read_only=True) as store:  # no facts: the page by its statement
        return {(q, limit, offset): search.search(store, q, limit, offset) for q in QUERIES for limit, offset in PAGES}


def test_the_pages_kept_in_memory_answer_as_the_statement_and_see_a_story_written_after(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    arts = _articles(3, 90)
    with Store.open(db) as store:
        store.write_batch(arts, [], "r1")
        store.con.execute("UPDATE articles SET story = 's' || (hash(id) % 4)::VARCHAR WHERE hash(id) % 3 > 0")
    readers = Readers(db, idle_release=0.05)
    readers.WRITER_POLL = 0.01
    try:
        before = _answers(readers)
        assert "search pages" in readers._kept  # the server's path was taken
        kept_pages = readers._kept.get("search pages", lambda: None)
        assert before == _statement_answers(db)
        items = [i for a in before.values() for i in a["items"] if i["kind"] == "article"]  # type: ignore[index]
        assert any(i["title"] == "Ça s'élargit" for i in items) and any(i["title"].endswith(".txt") for i in items)
        assert any(i["story"] for i in items) and any(i["story"] is None for i in items)
        assert any(i["published"] for i in items) and any(i["highlights"] for i in items)
        deadline = time.monotonic() + 5
        while readers.holding() and time.monotonic() < deadline:
            time.sleep(0.01)
        with Store.open(db) as store:  # a corpus step's kind of write: stories only, no new article
            store.con.execute("UPDATE articles SET story = 'renamed'")
        after = _answers(readers)
        assert after == _statement_answers(db)
        assert {i["story"] for a in after.values() for i in a["items"]  # type: ignore[index]
                if i["kind"] == "article"} == {"renamed"}
        rebuilt = readers._kept.get("search pages", lambda: None)
        assert rebuilt is not kept_pages and rebuilt is not None and kept_pages is not None
        assert rebuilt.blob == kept_pages.blob  # the same bodies (carried over: tested below)
    finally:
        readers.close()


def test_a_lasting_value_built_from_the_previous_generation_s_is_carried_once() -> None:
    first = Lasting()
    assert first.get_from("k", lambda previous: [previous]) == [None]
    first.get("plain", lambda: 1)
    second = Lasting(first.carried())  # only what `get_from` built is carried
    assert "plain" not in second.carried() and second.get_from("k", lambda previous: [previous]) == [[None]]
    third = Lasting(second.carried())
    assert third.carried() == {"k": [[None]]}  # not built again: the previous one passed on
    fourth = Lasting(third.carried())
    assert fourth.get_from("k", lambda previous: previous) == [[None]]
    assert fourth.carried() == {"k": [[None]]} and fourth._previous == {}  # taken once, not held twice


def test_the_page_is_the_statement_s_rows_and_leaves_out_a_document_without_its_article() -> None:
    store = Store.open(":memory:")
    arts = _articles(5, 12)
    store.write_batch(arts, [], "r1")
    pages = search_pages.load(store.con)
    docs = sorted(pages.rows)
    assert len(docs) == 12
    want = {r["doc"]: r for r in store.rows(search._PAGE_BY_DOC_SQL, [docs])}
    assert pages.page(docs) == want
    assert all(zlib.decompress(pages.body(pages.rows[d][4])).decode() == want[d]["body"] for d in docs)
    assert pages.page([10_000]) == {}  # no such document: left out, as the join leaves it
    assert pages.nbytes() > 0


def test_a_build_after_a_write_reuses_the_bodies_of_the_same_articles_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The previous generation's compressed bodies are taken where a document is still its article's
    (not compressed again), the new documents' read; titles, dates and stories are read again; a
    document whose article differs from the previous one's (a near miss) gets its own body."""
    store = Store.open(":memory:")
    store.write_batch(_articles(8, 10), [], "r1")
    first = search_pages.load(store.con)
    store.write_batch(_articles(9, 14)[10:], [], "r2")  # 4 new documents
    store.con.execute("UPDATE articles SET story = 'later'")
    old = dict(first.rows)
    stale = min(old)
    _, t, p, s, k = old[stale]
    old[stale] = ("another article", t, p, s, k)
    compressed = counted_calls(monkeypatch, search_pages, "_compress")
    second = search_pages.load(store.con, search_pages.SearchPages(rows=old, blob=first.blob, starts=first.starts))
    docs = sorted(second.rows)
    assert len(docs) == 14 and set(first.rows) < set(docs)
    assert len(compressed) == 5  # the 4 new documents and the one whose article differs
    assert second.page(docs) == {r["doc"]: r for r in store.rows(search._PAGE_BY_DOC_SQL, [docs])}
    assert {r[3] for r in second.rows.values()} == {"later"}


def test_a_server_told_to_keep_no_search_pages_answers_the_same_from_the_statement(tmp_path: Path) -> None:
    # `veille serve --no-search-pages` (ServerSettings.search_pages): for a store whose pages would not
    # fit in memory, the page's statement answers, and no page is built.
    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.write_batch(_articles(5, 40), [], "r1")
    readers = Readers(db, idle_release=0.05, search_pages=False)
    try:
        answers = _answers(readers)
        assert "search pages" not in readers._kept
        assert answers == _statement_answers(db)
        assert any(a["items"] for a in answers.values())  # type: ignore[index]
    finally:
        readers.close()


def test_the_server_settings_carry_the_search_pages_switch_to_the_readers(tmp_path: Path) -> None:
    from veille.server import ServerSettings, create_app

    db = tmp_path / "s.duckdb"
    with Store.open(db) as store:
        store.write_batch(_articles(7, 5), [], "r1")
    assert ServerSettings(db=db).search_pages is True
    for on in (True, False):
        app = create_app(ServerSettings(db=db, search_pages=on))
        try:
            assert app.state.readers.search_pages is on
        finally:
            app.state.readers.close()
