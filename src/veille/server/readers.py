"""How the server reads the store: a read-only DuckDB connection, one cursor per request.

DuckDB lets one process write a file or several read it, not both at once; how readers make
way for a running `veille run` is decided here and nowhere else:

- the read-only connection is opened on the first request and shared, each request reading through
  a cursor of its own: a cursor is kept for the next request once one ends (`_idle_cursors`, at
  most as many as requests ran at once), not made and closed per request (perf39: `SELECT 1` on a
  new cursor and its close 0.31 ms, on a kept one 0.21, one thread, 100k store); DuckDB closes a
  connection's cursors with it, so a kept one never holds the file after the connection let go;
- it is closed as soon as no request uses it and a writer waits (the ``<db>.writer-waiting``
  marker a run leaves while it retries the file lock: checked by each request as it ends and,
  while none runs, by the idle closer every `WRITER_POLL` seconds), so an idle server never keeps
  a run waiting long; and otherwise after `idle_release` seconds without requests (30 s in
  `veille serve`: the connection's store-wide facts, the kept orders of the lists, cost a sort
  of the store to read again, 0.2-0.5 s at 100k articles on a busy machine, which a reader
  clicking every two seconds paid on every page when the connection went after 1 s idle);
- while a writer waits, new requests do not reuse the connection: they wait for the writer
  (which holds the file only for one batch's read or write) and open the file again;
- a request that finds the file held by a run leaves a ``<db>.reader-waiting`` marker; the run
  checks it twice per batch (after the dedup lookups and after the batch write) and lets go of
  the file while its NLP stages run, so the wait is at most about one batch;
- a request that cannot get the store within `busy_timeout` seconds is answered 503 with the
  API's error shape and a "retry" hint.

A reader only ever sees committed batches: every read runs on a connection opened after the
last commit it sees, and a batch (articles, annotations, quarantine, dedup index) is one
transaction.

`close()` ends a Readers for good, and it also runs from an `atexit` hook: a DuckDB call that
is still running in another thread (a request, the idle timer's close) when the interpreter
tears down is ended by a forced unwind through DuckDB's C++ frames, which aborts the process
(under Ray's terminate handler, with a "Stack trace"). Before teardown, the hook waits for the
requests in flight, closes the connection and turns every later request away with a 503.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from veille.api import Dossier
from veille.errors import StoreBusy
from veille.server.answers import Generation, generation
from veille.server.errors import ApiError
from veille.store.db import Store, live_marker, reader_marker, waiting_marker
from veille.store.kept import Lasting


class Readers:
    """Hands out Dossiers over a shared read-only connection (a DuckDB cursor per request,
    since one connection must not be used from two threads at once)."""

    # How often the idle closer looks for a waiting writer while no request runs (a `stat` and
    # a read of the marker): a run waits at most this long for an idle server's connection.
    WRITER_POLL = 0.2

    def __init__(self, db: Path, *, busy_timeout: float = 10.0, idle_release: float = 1.0,
                 threads: int | None = None, search_pages: bool = True) -> None:
        self.db = db
        self.search_pages = search_pages  # `Store.search_pages` of every read (`ServerSettings`)
        # The writer's marker, resolved once (symlinks followed: `waiting_marker`): resolving it
        # on each request's acquire and release was 2 x 41 us of every read (perf34).
        self._writer_marker = waiting_marker(db)
        self.threads = threads  # DuckDB's threads for the connection (None: DuckDB's default)
        self.busy_timeout = busy_timeout
        self.idle_release = idle_release
        lock = threading.RLock()
        self._cond = threading.Condition(lock)  # requests waiting for the file, and close()
        # The idle closer waits on its own condition (the same lock): a request's release no longer
        # wakes it (a thread switch, 40-80 us of every read's CPU, perf32); it looks again within
        # WRITER_POLL, and a request that ends while a writer waits closes the connection itself.
        self._closer_cond = threading.Condition(lock)
        self._store: Store | None = None
        self._active = 0  # requests using the shared connection now
        self._idle_since = 0.0  # when the last request let go of the shared connection
        # One thread closes an idle connection (`_close_when_idle`), started with the first
        # connection; a request only notes the time. A `threading.Timer` started by every
        # request cost a thread start (about 1 ms of the request, waiting for the GIL) each.
        self._closer: threading.Thread | None = None
        self._wake = threading.Event()  # the closer's alarm: a connection opened, or close()
        self._facts: dict[str, Any] = {}  # `Store.facts` of the open connection
        # `Store.kept`: facts kept across connections while the file's generation is unchanged
        # (`server/answers.generation`; the search index's arrays, the events' brief documents).
        self._kept = Lasting()
        self._kept_generation: Generation | None = None
        self._idle_cursors: list[Any] = []  # cursors of the open connection no request uses now
        self._closed = False
        atexit.register(self.close)

    def _acquire(self) -> Store:
        """The shared connection, opened if needed; waits for a writer; raises a 503 ApiError."""
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.01
        with self._cond:
            while True:
                if self._closed:
                    raise ApiError(503, "the server is shutting down", hint="retry once it is up again",
                                   code=StoreBusy.code)
                waiting = self._writer_waiting()
                if self._store is not None and not waiting:
                    self._active += 1
                    return self._store
                if self._store is not None and self._active == 0:
                    self._close()
                if self._store is None and not waiting:
                    try:
                        self._store = Store.open(self.db, read_only=True)
                        if self.threads:
                            self._store.con.execute(f"SET threads = {int(self.threads)}")
                        self._facts = {}  # a new connection may see what a writer changed
                        # What is kept across connections goes only if the file changed (perf40):
                        # read with the connection open, so no writer can change it meanwhile.
                        now = generation(self.db)
                        if now != self._kept_generation:
                            # Carried over: what a write cannot change in part (search_pages).
                            self._kept, self._kept_generation = Lasting(self._kept.carried()), now
                        reader_marker(self.db).unlink(missing_ok=True)
                        self._start_closer()
                        continue
                    except StoreBusy:  # a run holds the file: ask it to let go, wait below
                        reader_marker(self.db).write_text(str(os.getpid()))
                if time.monotonic() + delay > deadline:
                    reader_marker(self.db).unlink(missing_ok=True)
                    raise ApiError(503, "the store is busy: a run is writing it",
                                   hint="retry in a few seconds", code=StoreBusy.code)
                self._cond.wait(delay)
                delay = min(delay * 2, 0.2)

    def _writer_waiting(self) -> bool:
        """Whether a live writer waits for the store (`store.db.writer_waiting`)."""
        return live_marker(self._writer_marker)

    def _cursor(self, shared: Store) -> Any:
        """A cursor of the shared connection for one request: one a finished request left, else
        a new one (`_acquire` has counted the request, so the connection stays open)."""
        with self._cond:
            if self._idle_cursors and self._store is shared:
                return self._idle_cursors.pop()
        return shared.con.cursor()

    def _release(self, cursor: Any = None) -> None:
        """End a request: its cursor (None: closed already) kept for the next one while the
        connection it belongs to is open, else closed."""
        with self._cond:
            if cursor is not None:
                if self._store is not None and not self._closed:
                    self._idle_cursors.append(cursor)
                else:
                    cursor.close()
            self._active -= 1
            if self._active == 0:
                self._idle_since = time.monotonic()
                if self._closed or self._writer_waiting():
                    self._close()
            self._cond.notify_all()

    def _start_closer(self) -> None:
        """Wake the idle closer (a connection was opened), starting it the first time."""
        self._wake.set()
        if self._closer is None and not self._closed:
            self._closer = threading.Thread(target=self._close_when_idle, name="veille-readers-idle", daemon=True)
            self._closer.start()

    def _close_when_idle(self) -> None:
        """Close the shared connection once no request has used it for `idle_release` seconds,
        or at once when none uses it and a writer waits (looked for every `WRITER_POLL` s);
        sleep while none is open. Ends with close()."""
        while True:
            self._wake.wait()
            with self._cond:
                self._wake.clear()
                while not self._closed and self._store is not None:
                    idle = 0.0 if self._active else time.monotonic() - self._idle_since
                    left = self.idle_release - idle
                    if left <= 0 or (not self._active and self._writer_waiting()):
                        self._close()
                        break
                    self._closer_cond.wait(min(left, self.WRITER_POLL))
                if self._closed:
                    return

    def _close(self) -> None:
        """Close the shared connection (the condition's lock is held, no request uses it); DuckDB
        closes its cursors with it, the kept ones too."""
        self._idle_cursors = []
        if self._store is not None:
            self._store.close()
            self._store = None
            self._facts = {}

    @property
    def closed(self) -> bool:
        return self._closed

    def holding(self) -> bool:
        """Whether this server holds the store file open now."""
        with self._cond:
            return self._store is not None

    @contextmanager
    def dossier(self) -> Iterator[Dossier]:
        shared = self._acquire()
        cursor = None
        try:
            cursor = self._cursor(shared)
            store = Store(cursor, shared.path, read_only=True)
            store.facts = self._facts
            store.kept = self._kept
            store.search_pages = self.search_pages
            yield Dossier(store)
        except BaseException:
            if cursor is not None:  # a read that failed does not hand its cursor on
                cursor.close()
                cursor = None
            raise
        finally:
            self._release(cursor)

    # How long close() waits for the requests in flight before it closes the connection anyway.
    CLOSE_WAIT = 10.0

    def close(self) -> None:
        """Wait (up to CLOSE_WAIT s) for the requests in flight, close the connection, and refuse
        every later request. Idempotent; also run at interpreter exit."""
        atexit.unregister(self.close)
        with self._cond:
            self._closed = True
            self._cond.wait_for(lambda: self._active == 0, timeout=self.CLOSE_WAIT)
            self._close()
            self._cond.notify_all()
            self._closer_cond.notify_all()
        self._wake.set()
        if self._closer is not None and self._closer is not threading.current_thread():
            self._closer.join(self.CLOSE_WAIT)
