"""What the server's reads do to be cheap keeps them right: lists sorted in Python in DuckDB's
order, store-wide facts read once per connection and forgotten with it, one idle-closer thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb
import pytest

from veille.dossier.event_shapes import _SORT_KEYS
from veille.server.readers import Readers
from veille.store.db import Store

# Values where a careless key would part from DuckDB: NULLs, the empty string, case, accents,
# characters beyond the BMP, prefixes, digits against letters.
TEXTS = [None, "", "2024", "2024-01", "2024-01-02", "2024-W05", "PRESENT_REF", "XXXX-08", "a", "B", "é", "e\u0301",
         "\U0001f600", "9999", "99990"]


def test_every_python_sort_key_gives_duckdbs_order() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE b (id VARCHAR, date VARCHAR, article VARCHAR, date_start VARCHAR)")
    rows = [(f"{TEXTS[(i + j) % len(TEXTS)] or 'x'}-{i}-{j}", TEXTS[i], TEXTS[j], TEXTS[(i * 7 + j) % len(TEXTS)])
            for i in range(len(TEXTS)) for j in range(len(TEXTS))]
    con.executemany("INSERT INTO b VALUES (?, ?, ?, ?)", rows)
    records = [dict(zip(("id", "date", "article", "date_start"), r, strict=True)) for r in rows[::-1]]
    for order, key in _SORT_KEYS.items():
        expected = [r[0] for r in con.execute(f"SELECT id FROM b ORDER BY {order}").fetchall()]
        assert [r["id"] for r in sorted(records, key=key)] == expected, order
    con.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "v.duckdb"
    Store.open(path).close()
    return path


def _closers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "veille-readers-idle" and t.is_alive()]


def test_facts_are_read_once_per_connection_and_forgotten_with_it(db: Path) -> None:
    readers = Readers(db, idle_release=0.2)
    reads: list[int] = []

    def count() -> int:
        reads.append(1)
        return len(reads)

    try:
        for _ in range(3):
            with readers.dossier() as d:
                assert d.store.fact("n", count) == 1  # the same connection: read once
        time.sleep(0.6)  # idle: the connection is closed, and its facts with it
        assert not readers.holding()
        with readers.dossier() as d:
            assert d.store.fact("n", count) == 2
    finally:
        readers.close()
    plain = Store.open(db, read_only=True)  # outside the server nothing is remembered
    try:
        assert plain.fact("n", count) == 3 and plain.fact("n", count) == 4
    finally:
        plain.close()


def test_one_thread_closes_the_idle_connection_and_ends_with_the_readers(db: Path) -> None:
    before = len(_closers())
    readers = Readers(db, idle_release=0.2)
    try:
        for _ in range(20):
            with readers.dossier() as d:
                d.quarantine()
        assert len(_closers()) == before + 1  # not one per request
        with readers.dossier():
            time.sleep(0.5)  # a request longer than idle_release keeps the connection
            assert readers.holding()
        assert readers.holding()  # just released: not idle long enough yet
        time.sleep(0.6)
        assert not readers.holding()
        with readers.dossier() as d:  # opened again, the same closer watches it
            d.quarantine()
        assert readers.holding() and len(_closers()) == before + 1
        time.sleep(0.6)
        assert not readers.holding()
    finally:
        readers.close()
    assert len(_closers()) == before


def test_the_servers_connection_runs_queries_on_its_read_threads(db: Path) -> None:
    from veille.server.settings import ServerSettings

    assert ServerSettings(db=db).read_threads == 1
    readers = Readers(db, threads=1)
    try:
        with readers.dossier() as d:
            assert d.store.con.execute("SELECT current_setting('threads')").fetchone() == (1,)
    finally:
        readers.close()


def test_an_unfiltered_lists_total_is_counted_once_per_connection(db: Path) -> None:
    with Store.open(db) as store:
        store.con.execute("INSERT INTO stories (id, title, articles) VALUES ('s1', 't', '[]'), ('s2', 't', '[]')")
    readers = Readers(db, idle_release=0.2)
    try:
        with readers.dossier() as d:
            assert d.stories_page(limit=1)["total"] == 2
            # the unfiltered page's total is the length of its order, kept (records.kept_page)
            totals = [k for k in d.store.facts or {} if k.startswith(("total of ", "order of "))]
            assert len(totals) == 1
            d.stories_page(since="2020-01-01", limit=1)  # a filtered total is not kept
            assert [k for k in d.store.facts or {} if k.startswith(("total of ", "order of "))] == totals
        time.sleep(0.6)  # the connection is closed; a write; a new connection counts again
        with Store.open(db) as store:
            store.con.execute("INSERT INTO stories (id, title, articles) VALUES ('s3', 't', '[]')")
        with readers.dossier() as d:
            assert d.stories_page(limit=1)["total"] == 3
    finally:
        readers.close()


def test_the_server_keeps_its_connection_and_facts_between_a_persons_clicks(db: Path) -> None:
    from veille.server import ServerSettings, create_app

    settings = ServerSettings(db=db)
    assert settings.idle_release >= 10  # a page every few seconds keeps the connection's facts
    app_readers = create_app(settings).state.readers
    try:
        assert app_readers.idle_release == settings.idle_release
    finally:
        app_readers.close()  # the app's own Readers: the suite's end checks none is left open
    readers = Readers(db, idle_release=settings.idle_release)
    reads: list[int] = []

    def count() -> int:
        reads.append(1)
        return len(reads)

    try:
        for _ in range(2):
            with readers.dossier() as d:
                assert d.store.fact("n", count) == 1
            time.sleep(1.2)  # longer than the 1 s the connection used to stay idle
            assert readers.holding()
        assert reads == [1]
    finally:
        readers.close()


def test_an_idle_connection_goes_at_once_when_a_writer_waits_however_long_the_idle_release(db: Path) -> None:
    import os

    from veille.store.db import waiting_marker

    readers = Readers(db, idle_release=60)
    try:
        with readers.dossier() as d:
            d.quarantine()
        assert readers.holding()
        waiting_marker(db).write_text(str(os.getpid()))  # a live writer waits (this process)
        deadline = time.monotonic() + 10 * Readers.WRITER_POLL + 2
        while readers.holding() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not readers.holding()  # the closer saw the marker, long before idle_release
        waiting_marker(db).unlink()
        with readers.dossier() as d:  # the writer gone, the store is read again
            assert d.quarantine() == []
        assert readers.holding()
    finally:
        waiting_marker(db).unlink(missing_ok=True)
        readers.close()


def test_a_request_ending_does_not_wake_the_idle_closer(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """perf32: the closer waits on a condition of its own; it wakes every WRITER_POLL seconds to
    look for a writer, not at every request's end (a thread switch each)."""
    import veille.server.readers as readers_module

    wakes: list[int] = []

    class Counted(threading.Condition):
        def wait(self, timeout: float | None = None) -> bool:
            woken = super().wait(timeout)
            if threading.current_thread().name == "veille-readers-idle":
                wakes.append(1)
            return woken

    class Threading:  # the module as `readers` sees it, with conditions that count the closer's wakes
        Condition = Counted

        def __getattr__(self, name: str) -> object:
            return getattr(threading, name)

    monkeypatch.setattr(readers_module, "threading", Threading())
    readers = Readers(db, idle_release=30.0)
    try:
        with readers.dossier():
            pass
        started = time.monotonic()
        for _ in range(200):
            with readers.dossier():
                pass
            time.sleep(0.0005)  # between requests, as a client's are
        polls = (time.monotonic() - started) / Readers.WRITER_POLL
        assert len(wakes) <= polls + 3, (len(wakes), polls)
        assert readers.holding()
    finally:
        readers.close()
    assert not readers.holding() and not _closers()


def test_a_finished_requests_cursor_serves_the_next_and_goes_with_the_connection(db: Path) -> None:
    """perf39: the cursor a request ends with is kept for the next request (not closed and made
    again), requests at once get cursors of their own, a read that failed does not hand its cursor
    on, and every kept cursor is closed with the connection (DuckDB closes a connection's cursors
    with it): a writer in this process then opens the file, and the next read sees its write."""
    readers = Readers(db, idle_release=0.3)
    try:
        with readers.dossier() as d:
            first = d.store.con
            assert d.quarantine() == []
        with readers.dossier() as d:
            assert d.store.con is first  # kept, not made again
            with readers.dossier() as inner:  # a request meanwhile: a cursor of its own
                assert inner.store.con is not first
                second = inner.store.con
        with pytest.raises(duckdb.Error), readers.dossier() as d:
            failed = d.store.con
            d.store.con.execute("SELECT * FROM no_such_table")
        assert failed.__class__ is first.__class__
        with pytest.raises(duckdb.Error):
            failed.execute("SELECT 1")  # closed, not kept
        with readers.dossier() as d:
            assert d.store.con is not failed and d.store.con in (first, second)
        time.sleep(0.9)  # idle: the connection goes, and every cursor kept with it
        assert not readers.holding() and readers._idle_cursors == []
        for cursor in (first, second):
            with pytest.raises(duckdb.Error):
                cursor.execute("SELECT 1")
        with Store.open(db) as writer:  # read-write in this process: no read-only instance is left
            writer.con.execute("INSERT INTO stories (id, title, articles) VALUES ('s1', 't', '[]')")
        with readers.dossier() as d:  # a new connection, new cursors, the write seen
            assert d.store.con not in (first, second) and d.stories_page(limit=1)["total"] == 1
    finally:
        readers.close()
