"""Facts kept across a store's connections while its file is unchanged (perf40, issue 20).

The server's readers (`veille.server.readers`) set `Store.kept` to one `Lasting` per generation of
the store file (its files' inode, size and mtime: `server/answers.generation`), read with a new
connection open, so no write can slip between; a changed generation drops it. What is kept must
not hold a row id or any connection state (a row id may not hold on another connection).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class _Keeps(Protocol):
    """What `lasting` needs of a `veille.store.db.Store` (a protocol, not an import: db imports this
    module, and the layers test forbids import cycles, type-only ones included)."""

    kept: Lasting | None

    def fact(self, key: str, read: Callable[[], T]) -> T: ...


class Lasting:
    """Facts read from a store file, kept while its generation (`server/answers.generation`) is
    unchanged; one is built at a time (a build reads whole tables: two at once would double its
    memory). A lookup of a built one takes the lock too: microseconds."""

    def __init__(self, previous: dict[str, Any] | None = None) -> None:
        self._values: dict[str, Any] = {}
        self._lock = threading.Lock()
        # The previous generation's values that a build may reuse in part (`lasting_from`); each
        # goes once its key is built again, so no more than one old copy is held.
        self._previous: dict[str, Any] = dict(previous or {})
        self._carried: set[str] = set()

    def carried(self) -> dict[str, Any]:
        """For the next generation's `Lasting`: the values built by `lasting_from` here, and the
        previous generation's not built again here (a generation nobody searched passes them on)."""
        with self._lock:
            return {**self._previous, **{k: self._values[k] for k in self._carried if k in self._values}}

    def get_from(self, key: str, read: Callable[[Any], T]) -> T:
        """`get`, where `read` is given the previous generation's value of `key` (or None)."""
        with self._lock:
            self._carried.add(key)
            if key not in self._values:
                self._values[key] = read(self._previous.pop(key, None))
            return self._values[key]  # type: ignore[no-any-return]

    def get(self, key: str, read: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._values:
                self._values[key] = read()
            return self._values[key]  # type: ignore[no-any-return]

    def __contains__(self, key: str) -> bool:
        return key in self._values


def lasting_from(store: _Keeps, key: str, read: Callable[[T | None], T]) -> T:
    """`lasting`, where `read` is given what the previous generation of the store file built for
    `key` (the server's readers carry it over a write), or None: for facts whose parts a write
    cannot change (an indexed article's body), so a build after a write reads only the rest."""
    if store.kept is None:
        return store.fact(key, lambda: read(None))
    return store.kept.get_from(key, read)


def lasting(store: _Keeps, key: str, read: Callable[[], T]) -> T:
    """`read()`, once for as long as the store file is unchanged where `store.kept` is set (the
    server's readers: built on one connection, used by the next ones while no write came), else
    once per connection where `store.facts` is (`Store.fact`), else each time."""
    if store.kept is None:
        return store.fact(key, read)
    return store.kept.get(key, read)
