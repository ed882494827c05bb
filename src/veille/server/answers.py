"""Answers kept per store generation: a GET answered again costs a dict lookup, not a read.

Each read endpoint runs 2-6 DuckDB statements of 1-3 ms whatever their size (benchmarks/
profile_api.py), against 0.5 ms for /api/health; the same URL asked again while the store has
not changed gets the same bytes, so they are kept here and served without a read turn.

Why the store's generation is read from the file system: every write to the store, by any
process (`veille run`, the corpus steps, POST /api/ingest), appends to DuckDB's write-ahead log
(`<db>.wal`) or checkpoints it into the file, so the (inode, size, mtime) of both files change
with every commit, and reading them costs two `stat` calls (microseconds), where a counter kept
in the store would cost a query, the very cost this saves. The generation is read BEFORE the
read it keys: a write between the two only files the answer under the older generation, which
no later request asks for. (A reader never sees a write while its connection is open: DuckDB
lets a file be written only while no read-only connection holds it, see server/readers.py.)

A change of generation empties the cache. The cache is bounded in bytes, least recently used
first out. Every kept answer has an ETag (a digest of its bytes): a client sending it back in
If-None-Match gets 304 Not Modified with no body.

Everything here runs on the event loop (the endpoints' `answer`), so it needs no lock.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

Generation = tuple[tuple[int, int, int] | None, tuple[int, int, int] | None]


def _stat(path: str) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def generation(db: Path | str) -> Generation:
    """The store's generation: what its files' (inode, size, mtime) say now (see above)."""
    return _stat(str(db)), _stat(f"{db}.wal")


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    etag: str


class AnswerCache:
    """The bytes of GET answers by URL, for one store generation, at most `max_bytes` of them."""

    def __init__(self, db: Path, max_bytes: int) -> None:
        self._db, self._wal = str(db), f"{db}.wal"
        self.max_bytes = max_bytes
        self._answers: OrderedDict[str, Answer] = OrderedDict()
        self._bytes = 0
        self._generation: Generation | None = None

    def generation(self) -> Generation:
        """What the store's files say now; read it before the read whose answer it will key."""
        return generation(self._db)

    def get(self, key: str, generation: Generation) -> Answer | None:
        if generation != self._generation:  # the store changed: nothing kept is true any more
            self._answers.clear()
            self._bytes = 0
            self._generation = generation
            return None
        found = self._answers.get(key)
        if found is not None:
            self._answers.move_to_end(key)
        return found

    def put(self, key: str, generation: Generation, body: bytes, media_type: str) -> Answer:
        """Keep `body` (read under `generation`) unless the store changed since; its Answer."""
        answer = Answer(body, media_type, '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"')
        if generation != self._generation or len(body) > self.max_bytes // 8:
            return answer  # read from an older store, or too large to be worth the room
        old = self._answers.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._answers[key] = answer
        self._bytes += len(body)
        while self._bytes > self.max_bytes:
            _, out = self._answers.popitem(last=False)
            self._bytes -= len(out.body)
        return answer

    def __len__(self) -> int:
        return len(self._answers)


def not_modified(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET)."""
    if not if_none_match:
        return False
    tags = [t.strip() for t in if_none_match.split(",")]
    return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
