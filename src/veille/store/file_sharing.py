"""Sharing the store's file between processes: the run lock, the waiting markers a writer and a
reader leave for each other, and a DuckDB connection that retries with backoff while another
process holds the file (see `veille.store.db` and `veille.server.readers`)."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import duckdb

from veille.errors import StoreBusy, StoreError


def _beside(path: str | os.PathLike[str], suffix: str) -> Path:
    """The file `suffix` beside the store `path` as resolved (symlinks followed, made absolute):
    a writer and a reader must meet at one marker, and two runs at one lock, however each was
    given the store (a relative path, "./x", a symlink to it)."""
    return Path(f"{os.path.realpath(path)}{suffix}")


def _take_run_lock(path: str) -> int | None:
    """Take the run lock of the store at `path` (a `<db>.run.lock` file, released by the system
    when the process ends, even by kill -9): two runs releasing the file between batches must
    not interleave their writes and corpus steps. None for an in-memory store."""
    if path == ":memory:":
        return None
    fd = os.open(_beside(path, ".run.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StoreBusy(f"another veille run is writing {path}",
                        hint="wait for it to finish, or use another --db") from exc
    return fd


def waiting_marker(path: str | os.PathLike[str]) -> Path:
    """The file a writer leaves while it waits for readers to let go of the store."""
    return _beside(path, ".writer-waiting")


def reader_marker(path: str | os.PathLike[str]) -> Path:
    """The file a reader leaves while it waits for a run to let go of the store."""
    return _beside(path, ".reader-waiting")


def writer_waiting(path: str | os.PathLike[str]) -> bool:
    """Whether a live writer is waiting for the store `path` (a marker left by a killed writer
    is ignored)."""
    return live_marker(waiting_marker(path))


def readers_waiting(path: str | os.PathLike[str]) -> bool:
    """Whether a live reader is waiting for the store `path`."""
    return live_marker(reader_marker(path))


def live_marker(marker: Path) -> bool:
    """Whether `marker` exists and names a live process."""
    try:
        pid = int(marker.read_text().strip() or "0")
    except (OSError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _locked(exc: duckdb.Error) -> bool:
    """Whether the file is held by another connection: another process's lock, or in this process
    a connection opened with the other mode (the server's readers and its ingest worker)."""
    text = str(exc).lower()
    return "lock" in text or "different configuration" in text


def connect(path: str, *, read_only: bool, timeout: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to `path`, retrying with backoff for `timeout` seconds while another
    process holds the file; a writer leaves the waiting marker meanwhile.  Raises `StoreBusy`."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    marker = waiting_marker(path) if not read_only and path != ":memory:" else None
    try:
        while True:
            try:
                con = duckdb.connect(path, read_only=read_only)
                # Search reads postings in impact order by LIMIT without ORDER BY (dossier/search.py):
                # that holds only while DuckDB keeps insertion order, its default; pin it.
                con.execute("SET preserve_insertion_order = true")
                return con
            except duckdb.Error as exc:
                if not _locked(exc):
                    raise StoreError(f"cannot open the store {path}: {exc}", hint="check the --db path") from exc
                if time.monotonic() + delay > deadline:
                    raise StoreBusy(f"the store {path} is in use by another process",
                                    hint="another veille process holds it; wait for it, or use another --db"
                                    ) from exc
                if marker is not None and not marker.exists():
                    marker.write_text(str(os.getpid()))
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)
