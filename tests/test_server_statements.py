"""The reads merged into fewer statements give what the former statements gave: an article's
annotations and copies in one statement, filtered totals riding on their page, events counted
past the end of their page from the ids the page was drawn from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from tests.server_support import seed_store

import veille
from veille.dossier import records
from veille.store.db import Store

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_store(tmp_path_factory)


def _former_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article as six statements read it before (one per table, the copies sorted in SQL)."""
    rows = store.rows("SELECT * EXCLUDE (raw) FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    art = rows[0]
    for table in ("mentions", "timexes", "quotes"):
        art[table] = sorted(store.rows(f"SELECT * FROM {table} WHERE article = ?", [article_id]),
                            key=lambda r: (r["start"], r["end"]))
    art["events"] = sorted(store.rows("SELECT * FROM events WHERE article = ?", [article_id]), key=lambda r: r["id"])
    art["duplicates"] = {"of": art["duplicate_of"], "copies": store.rows(
        "SELECT id, title, source, outlet, published, duplicate_similarity FROM articles "
        "WHERE duplicate_of = ? ORDER BY published NULLS LAST, id", [article_id])}
    return art


@pytest.mark.parametrize("facts", [False, True], ids=["read-each-time", "facts-kept"])
def test_an_articles_one_statement_gives_what_the_per_table_reads_gave(db: Path, facts: bool) -> None:
    """Also where facts are kept (the server's), where an article no other repeats is read
    without the copies' branch."""
    with veille.open(db) as d:
        ids = [r["id"] for r in d.articles()]
        if facts:
            d.store.facts = {}
        seen = {name: False for name in (*records.ANNOTATIONS, "copies")}
        for article_id in [*ids, "no such article"]:
            now, former = records.article(d.store, article_id), _former_article(d.store, article_id)
            assert now == former, article_id
            # the same keys in the same order: the JSON answer is written in it
            assert now is None or list(now) == list(former or {})
            for name in records.ANNOTATIONS:
                seen[name] |= bool(now and now[name])
            seen["copies"] |= bool(now and now["duplicates"]["copies"])
        assert all(seen.values()), seen


class _Counted:
    """A connection that counts the statements run through it."""

    def __init__(self, con: Any) -> None:
        self.con, self.statements = con, 0

    def execute(self, *args: Any) -> Any:
        self.statements += 1
        return self.con.execute(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.con, name)


@contextmanager
def counting(store: Store) -> Iterator[_Counted]:
    """The store's statements counted while inside."""
    counted = _Counted(store.con)
    store._con = counted  # type: ignore[assignment]
    try:
        yield counted
    finally:
        store._con = counted.con


def test_an_article_is_one_statement_found_or_not(db: Path) -> None:
    """An article found is one statement, its stored answer (migration 23; a statement's fixed
    cost was most of an article read at 100k); one not found is that lookup and then the
    statement that reads the rows themselves (a store written before migration 23 has no
    answers, so a miss cannot be trusted to mean "no such article")."""
    with veille.open(db) as d:
        some = d.articles()[0]["id"]
        with counting(d.store) as counted:
            assert records.article(d.store, some) is not None
            assert counted.statements == 1
            assert records.article(d.store, "no such article") is None
            assert counted.statements == 3
            d.store.facts = {}  # the server's: the articles with copies read once, then one each
            assert records.article(d.store, some) is not None
            assert counted.statements == 4  # a stored answer needs no store-wide fact
            assert records.article(d.store, "no such") is None
            assert counted.statements == 7  # its answer, the articles with copies (once), the statement
            assert records.article(d.store, "no such either") is None
            assert counted.statements == 9


def test_filtered_totals_ride_on_their_page_also_past_its_end(db: Path) -> None:
    with veille.open(db) as d:
        store = d.store
        entity = d.entities()[0]["id"]
        lists = [lambda **kw: records.entities(store, type="PER", **kw),
                 lambda **kw: records.entities(store, name="a", **kw),
                 lambda **kw: records.articles(store, entity=entity, **kw),
                 lambda **kw: records.stories(store, entity=entity, **kw),
                 lambda **kw: records.entities(store, type="PER", name="no such name anywhere", **kw)]
        for listing in lists:
            everything = listing()[1]
            n = len(everything)
            for limit, offset in [(1, 0), (2, 1), (50, 0), (1, max(n - 1, 0)), (3, n), (3, n + 5)]:
                total, rows = listing(limit=limit, offset=offset)
                assert total == n and rows == everything[offset:offset + limit], (limit, offset)
        assert any(len(listing()[1]) > 1 for listing in lists)


def test_an_event_pages_total_is_the_same_past_its_end(db: Path) -> None:
    with veille.open(db) as d:
        actors = [e["id"] for e in d.entities()][:10]
        names = [e["name"] for e in d.entities()][:10]
        pages = [*(lambda a=a, **kw: d.events_page(actor=a, **kw) for a in actors + names),
                 *(lambda a=a, **kw: d.timeline_page(entity=a, **kw) for a in actors + names),
                 lambda **kw: d.events_page(since="2000-01-01", **kw)]
        counted = 0
        for listing in pages:
            whole = listing(limit=1000)
            n = len(whole["items"])
            assert whole["total"] == n
            for offset in (n, n + 3, 1000):
                assert listing(limit=5, offset=offset)["total"] == n
            counted += n > 0
        assert counted > 5


def test_an_entity_page_and_a_timeline_are_one_statement_where_facts_are_kept(db: Path) -> None:
    """The server's readers keep every entity's row, its actor heads and its top partners for the
    connection, and the merged events' brief documents while the file is unchanged (perf40): an
    entity page reads nothing, a timeline page within the head only its events' records; and they
    give what the statements give (every entity, and one that is none)."""
    with veille.open(db) as d:
        ids = [e["id"] for e in d.entities()]
        actors = {str(r[0]) for r in d.store.con.execute("SELECT actor FROM actor_heads WHERE dated > 0").fetchall()}
        assert actors & set(ids)
        asked = [*ids, "nobody"]
        former = [(d.entity(i), d.timeline_page(entity=i, limit=5)) for i in asked]
        d.store.facts = {}
        for i in asked:  # the facts read once
            d.entity(i)
            d.timeline_page(entity=i, limit=5)
        with counting(d.store) as counted:
            for i, (entity, timeline) in zip(asked, former, strict=True):
                before = counted.statements
                assert d.entity(i) == entity, i
                assert counted.statements - before == 0, i  # its events in brief from memory (perf40)
                before = counted.statements
                assert d.timeline_page(entity=i, limit=5) == timeline, i
                assert counted.statements - before == (1 if timeline["items"] else 0), i
        assert any(t["items"] for _, t in former) and any(e and e["cooccurring"] for e, _ in former)
        assert any(e and e["events"]["items"] for e, _ in former)


def _former_story(d: Any, story_id: str) -> dict[str, Any] | None:
    """The story page as three statements read it before: its row, its events, its articles."""
    rows = records.stories(d.store, story=story_id)[1]
    found: str | None = story_id
    if not rows:
        found = records.story_id(d.store, story_id)
        if found is None:
            return None
        rows = records.stories(d.store, story=found)[1]
    out: dict[str, Any] = rows[0]
    out["events"] = d.events(story=found)
    sources = {a["id"]: a for a in records.articles(d.store, story=found, order="")[1]}
    out["sources"] = [sources[a] for a in out["articles"] if a in sources]
    return out


@pytest.mark.parametrize("facts", [False, True], ids=["read-each-time", "facts-kept"])
def test_a_story_page_is_one_statement_and_what_three_gave(db: Path, facts: bool) -> None:
    """Its row, events and sources in one statement (by id; a prefix costs the lookup more), equal
    to the three statements' answer (every key, in order) for every seed story, a prefix and none."""
    with veille.open(db) as d:
        ids = [s["id"] for s in d.stories()]
        if facts:
            d.store.facts = {}
        asked = [*ids, ids[0][:6], "no such story"]
        former = [_former_story(d, i) for i in asked]
        with counting(d.store) as counted:
            for i, want in zip(asked, former, strict=True):
                before = counted.statements
                got = d.story(i)
                assert got == want, i
                assert got is None or list(got) == list(want or {})
                if i in ids:
                    assert counted.statements - before == 1, i
        assert former[-2] is not None and former[-1] is None
        assert any(s and s["events"] for s in former) and any(s and s["sources"] for s in former)
        assert any(s and any(a["ingested_at"] for a in s["sources"]) for s in former)


@pytest.mark.parametrize("facts", [False, True], ids=["read-each-time", "facts-kept"])
def test_a_page_past_an_actors_head_is_one_statement(db: Path, facts: bool,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A timeline or events page outside the stored head (here every page: the head is made
    empty) gives the slice of the whole list sorted apart, with its total; where facts are kept
    (the server's) it is one statement, ids and records (it was two), and none past the end."""
    from veille.dossier import events as events_module

    with veille.open(db) as d:
        ids = [e["id"] for e in d.entities()]
        whole = {i: (d.timeline(entity=i), d.events(actor=i)) for i in ids}
        monkeypatch.setattr(events_module, "HEAD", 0)
        if facts:
            d.store.facts = {}
            for i in ids:  # the facts (every actor's totals) read once
                d.timeline_page(entity=i, limit=1)
                d.events_page(actor=i, limit=1)
        pages = 0
        with counting(d.store) as counted:
            for i in ids:
                for listing, everything in ((lambda i=i, **kw: d.timeline_page(entity=i, **kw), whole[i][0]),
                                            (lambda i=i, **kw: d.events_page(actor=i, full=True, **kw), whole[i][1])):
                    for offset in (0, 1, 3, len(everything)):
                        before = counted.statements
                        page = listing(limit=2, offset=offset)
                        assert page["items"] == everything[offset:offset + 2], (i, offset)
                        assert page["total"] == len(everything), (i, offset)
                        pages += bool(page["items"])
                        if facts:  # (read each time, the name's ids and the recalls are statements too)
                            assert counted.statements - before == (1 if page["items"] else 0), (i, offset)
        assert pages > 5
