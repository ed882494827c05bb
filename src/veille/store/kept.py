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

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: str, read: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._values:
                self._values[key] = read()
            return self._values[key]  # type: ignore[no-any-return]

    def __contains__(self, key: str) -> bool:
        return key in self._values


def lasting(store: _Keeps, key: str, read: Callable[[], T]) -> T:
    """`read()`, once for as long as the store file is unchanged where `store.kept` is set (the
    server's readers: built on one connection, used by the next ones while no write came), else
    once per connection where `store.facts` is (`Store.fact`), else each time."""
    if store.kept is None:
        return store.fact(key, read)
    return store.kept.get(key, read)
