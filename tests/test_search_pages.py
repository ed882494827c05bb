"""What a search hit shows of its article, kept in the server's memory (api44, `store/search_pages`):
the served answers equal the statement's (titles, empty titles, accents, hits past the folded
prefix, dates, stories), and a write that changes only a story is seen in the next answer."""

from __future__ import annotations

import random
import time
import zlib
from pathlib import Path

from veille.dossier import search
from veille.model import Article, article_id
from veille.server.readers import Readers
from veille.store import search_pages
from veille.store.db import Store

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
    finally:
        readers.close()


def test_the_page_is_the_statement_s_rows_and_leaves_out_a_document_without_its_article() -> None:
    store = Store.open(":memory:")
    arts = _articles(5, 12)
    store.write_batch(arts, [], "r1")
    pages = search_pages.load(store.con)
    docs = sorted(pages.rows)
    assert len(docs) == 12
    article_of = dict(store.con.execute("SELECT doc, article FROM search_docs").fetchall())
    want = {r["doc"]: r for r in store.rows(search._PAGE_BY_DOC_SQL, [docs])}
    assert pages.page(docs, article_of) == want
    assert all(zlib.decompress(pages.rows[d][1]).decode() == want[d]["body"] for d in docs)
    assert pages.page([10_000], article_of) == {}  # no such document: left out, as the join leaves it
    assert pages.nbytes() > 0
