"""How the server reads the store: a read-only DuckDB connection, one cursor per request.

DuckDB lets one process write a file or several read it, not both at once; how readers make
way for a running `veille run` is decided here and nowhere else.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from veille.api import Dossier
from veille.store.db import Store


class Readers:
    """Hands out Dossiers over a shared read-only connection (a DuckDB cursor per request,
    since one connection must not be used from two threads at once)."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._store: Store | None = None

    def _shared(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = Store.open(self.db, read_only=True)
            return self._store

    @contextmanager
    def dossier(self) -> Iterator[Dossier]:
        shared = self._shared()
        cursor = Store(shared.con.cursor(), shared.path)
        try:
            yield Dossier(cursor)
        finally:
            cursor.close()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Exclusive use of the store for a write from this process (POST /api/ingest): the shared
        read connection is closed for the duration, so DuckDB's file lock can be taken."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
            yield

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
