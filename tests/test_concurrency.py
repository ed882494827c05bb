"""Readers and a writer on one store: the server's `Readers` while a real `veille run` writes.

DuckDB allows one read-write process or several read-only ones on a file. A run holds the file
only while it reads or writes it (`Store.release` between), readers let go when a writer waits
(the ``<db>.writer-waiting`` marker) or when idle, and a reader that cannot get the file in time
answers 503 (see `veille.server.readers`).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest
from tests.test_crash import BATCH, finish, make_corpus, veille_run

from veille.server.errors import ApiError
from veille.server.readers import Readers
from veille.stages.quotes import STAGE as QUOTES_STAGE
from veille.store.db import Store, waiting_marker


def _hold_write_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding the store read-write for `seconds`."""
    code = (f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('held', flush=True); "
            f"time.sleep({seconds}); c.close()")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


IdleServer = Callable[..., Readers]


@pytest.fixture
def idle_server(tmp_path: Path) -> Iterator[IdleServer]:
    """`idle_server(idle_release, name=...)`: a migrated store at tmp_path/v.duckdb, held by a
    server's Readers (given it as `name`) that has answered one request and is idle now."""
    made: list[Readers] = []

    def start(idle_release: float, name: Path | None = None) -> Readers:
        db = tmp_path / "v.duckdb"
        Store.open(db).close()
        readers = Readers(name or db, idle_release=idle_release)
        made.append(readers)
        with readers.dossier() as d:
            d.quarantine()
        assert readers.holding()
        return readers

    yield start
    for readers in made:
        readers.close()


def _writer_gets_in(code: str, readers: Readers, db: Path, within: float) -> str:
    """Run the Python `code` (veille from this tree) in another process, writing the store that
    the idle `readers` hold: it must end well within `within` seconds, the server having let go
    and the writer's marker gone. Its standard output."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, 'src'); " + code],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert time.monotonic() - started < within
    assert not readers.holding() and not waiting_marker(db).exists()
    return proc.stdout


def _count_articles(db: Path, lock_timeout: float = 20) -> str:
    """Code for `_writer_gets_in`: open the store for writing (waiting up to `lock_timeout` s)
    and print how many articles it holds."""
    return (f"from veille.store.db import Store; s = Store.open({str(db)!r}, lock_timeout={lock_timeout}); "
            "print(s.count('articles')); s.close()")


def test_reader_answers_503_when_a_writer_keeps_the_store(tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    Store.open(db).close()
    holder = _hold_write_lock(db, 3)
    try:
        readers = Readers(db, busy_timeout=0.3)
        with pytest.raises(ApiError) as caught, readers.dossier():
            pass
        assert caught.value.status == 503 and caught.value.code == "V301" and "retry" in caught.value.hint
    finally:
        holder.wait()
    with readers.dossier() as d:  # the writer has gone: the store is read again
        assert d.quarantine() == []
    readers.close()


def test_idle_reader_lets_a_waiting_writer_in(tmp_path: Path, idle_server: IdleServer) -> None:
    db = tmp_path / "v.duckdb"
    readers = idle_server(idle_release=0.5)
    assert _writer_gets_in(_count_articles(db), readers, db, within=15).strip() == "0"


@pytest.mark.slow
def test_readers_see_only_whole_batches_while_a_run_writes(tmp_path: Path, seeds_dir: Path) -> None:
    make_corpus(seeds_dir, tmp_path / "all")
    (tmp_path / "in").mkdir()
    for f in sorted((tmp_path / "all").iterdir())[:12]:
        f.rename(tmp_path / "in" / f.name)
    n = 12
    config = tmp_path / "veille.toml"
    config.write_text(f"batch_size = {BATCH}\n", encoding="utf-8")
    db = tmp_path / "v.duckdb"
    Store.open(db).close()  # migrated, empty: readers can start at once

    readers = Readers(db, busy_timeout=2.0, idle_release=0.2)
    seen: list[int] = []
    problems: list[str] = []
    busy = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal busy
        while not stop.is_set():
            try:
                with readers.dossier() as d:
                    con = d.store.con
                    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
                    signed = con.execute("SELECT count(*) FROM dedup_signatures").fetchone()[0]  # type: ignore[index]
                    orphans = con.execute("SELECT count(*) FROM mentions WHERE article NOT IN "
                                          "(SELECT id FROM articles)").fetchone()[0]  # type: ignore[index]
                    bare = con.execute("SELECT count(*) FROM articles WHERE CAST(stages AS VARCHAR) NOT LIKE ?",
                                       [f"%{QUOTES_STAGE}%"]).fetchone()[0]  # type: ignore[index]
            except ApiError as exc:
                assert exc.status == 503
                busy += 1
                continue
            except duckdb.Error as exc:
                problems.append(f"reader error: {exc}")
                continue
            seen.append(articles)
            if articles % BATCH and articles != n:
                problems.append(f"saw {articles} articles: not whole batches")
            if signed != articles or orphans or bare:
                problems.append(f"saw {articles} articles, {signed} signatures, {orphans} orphan mentions, "
                                f"{bare} articles without the last stage's output")
            time.sleep(0.05)

    thread = threading.Thread(target=poll)
    thread.start()
    try:
        code, out = finish(veille_run(tmp_path / "in", db, config))
    finally:
        stop.set()
        thread.join()
        readers.close()
    assert code == 0, out
    assert problems == []
    assert seen and max(seen) <= n
    distinct = sorted(set(seen))
    assert len(distinct) >= 2, distinct  # the reader saw the store grow, batch by batch
    print(f"reads: {len(seen)} ok, {busy} busy (503); article counts seen: {distinct}")


def test_a_server_idle_for_less_than_its_idle_release_lets_a_real_writer_in(
        tmp_path: Path, idle_server: IdleServer) -> None:
    db = tmp_path / "v.duckdb"
    readers = idle_server(idle_release=120)  # far longer than the writer's lock timeout
    assert _writer_gets_in(_count_articles(db), readers, db, within=15).strip() == "0"


def test_import_parquet_gets_a_store_an_idle_server_holds_at_once(tmp_path: Path, idle_server: IdleServer) -> None:
    """`veille import-parquet` writes like `veille run`: it asks an idle server to let go (the
    writer-waiting marker) instead of failing with V301 until the server's idle release (30 s
    in `veille serve`)."""
    db = tmp_path / "v.duckdb"
    (tmp_path / "shards").mkdir()  # an empty shard set: the import itself adds nothing
    readers = idle_server(idle_release=120)
    _writer_gets_in(f"from veille.cli.main import app; app(['import-parquet', {str(tmp_path / 'shards')!r}, "
                    f"'--db', {str(db)!r}])", readers, db, within=15)


def test_import_parquet_waits_for_no_run_it_would_interleave_with(tmp_path: Path) -> None:
    """Another writer holding the run lock (a `veille run` between batches): the import refuses."""
    from veille import api
    from veille.errors import StoreBusy

    db = tmp_path / "v.duckdb"
    (tmp_path / "shards").mkdir()
    running = Store.open(db, lease=True)
    running.lock_run()
    running.release()
    try:
        with pytest.raises(StoreBusy, match="another veille run"):
            api.import_parquet(tmp_path / "shards", db=db)
    finally:
        running.close()
    assert api.import_parquet(tmp_path / "shards", db=db).added == 0


def test_writer_and_reader_meet_at_one_marker_however_the_store_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, idle_server: IdleServer) -> None:
    """The server given the store by a relative "./" path, the writer through a symlink to it:
    the writer's marker still makes the idle server let go (it waited out its lock timeout, and
    failed, while the marker was named after the symlink); and a run lock taken through the
    symlink keeps out a run given the real path."""
    from veille.errors import StoreBusy

    db = tmp_path / "v.duckdb"
    link = tmp_path / "link.duckdb"
    link.symlink_to(db)
    monkeypatch.chdir(tmp_path)
    readers = idle_server(idle_release=120, name=Path("./v.duckdb"))
    assert _writer_gets_in(_count_articles(link, lock_timeout=10), readers, db, within=8).strip() == "0"

    running = Store.open(link, lease=True)
    running.lock_run()
    running.release()
    try:
        for other in (db, Path("v.duckdb"), Path("./v.duckdb")):
            with Store.open(other, lease=True) as store, pytest.raises(StoreBusy, match="another veille run"):
                store.lock_run()
    finally:
        running.close()


def test_a_writer_the_run_lock_keeps_out_never_touches_the_store(tmp_path: Path) -> None:
    """`Store.open_writer` takes the run lock before it opens the file: a writer refused by a
    running run must not create or migrate the store (a newer veille would migrate it under the
    run) nor leave the writer-waiting marker (the server would drop its connection for nothing).
    Opening first, as before, created the file here and migrated it."""
    import fcntl
    import os

    from veille.errors import StoreBusy

    db = tmp_path / "v.duckdb"
    fd = os.open(f"{db}.run.lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        with pytest.raises(StoreBusy, match="another veille run"):
            Store.open_writer(db, lock_timeout=0.5)
        assert not db.exists()
        assert not waiting_marker(db).exists()
    finally:
        os.close(fd)
    with Store.open_writer(db, lock_timeout=0.5) as store:
        assert store.path == str(db)
    assert db.exists()
