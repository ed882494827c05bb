"""What a search hit shows of each indexed article, held in the server's memory (api44, issue 20).

After perf40 a search ran one statement: its page's 20 articles by id, for their titles, dates,
stories and bodies (the snippet is cut around the first hit in the body). At 100k articles that
statement was 1.9 ms of a search's 3.5-5 (in process, one thread), and it is DuckDB's floor for
reading 20 scattered rows, not its bytes: measured on the 100k store (CPU p50, one thread)
`id IN (20 ids)` 1.70 ms, its `id` column alone 1.33; a narrow table in document order read by
`doc IN (20 numbers)` 1.32 for the number alone but 4.5 with a 1,024-character prefix and 63 with
the body (the IN filter of numbers is applied after every column of the scan is read);
`rowid = ?` 0.6 for one row, 7.5 for a UNION ALL of 20. A stored prefix or snippet read by a
statement therefore costs at least the key's scan (1.3 ms), and a `substring` of the body reads
the body. So the server keeps, for each document number, the shown title (the title, else the
source), the publication date, the story and the body compressed with zlib (level 1: about half
a body's UTF-8 bytes on news text; `zlib.decompress` of one is 15-20 us; all end to end in one
buffer), built by the first search after a write (`store/kept.lasting_from`: every write, a
story's included, changes the store's generation).
Compressing 100k bodies costs 4-5 s of CPU, so a build after a write takes the previous
generation's compressed bodies (the server's readers carry them over) for every document still
numbered for the same article (ids are content hashes and an indexed article's body never
changes: `search_index.index_articles`), and reads the titles, dates and stories of all (a write
may change a story) but the bodies of the new documents only. The CLI (no facts kept) reads the
page by its statement.

Memory and build: measured in ARCHITECTURE.md ("Search's page from memory").
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

# The shown title is `title or source` (an empty title shows the source too).
PAGE_COLUMNS = "coalesce(nullif(a.title, ''), a.source) AS title, a.body, a.published, a.story"
_SHOWN_SQL = ("SELECT d.doc, d.article, coalesce(nullif(a.title, ''), a.source) AS title, a.published, a.story "
              "FROM search_docs d JOIN articles a ON a.id = d.article WHERE d.doc >= ? AND d.doc < ?")
_BODIES_SQL = ("SELECT d.doc, a.body FROM search_docs d JOIN articles a ON a.id = d.article "
               "WHERE d.doc IN (SELECT unnest(?::INTEGER[]))")
_CHUNK = 8192  # documents read per statement while loading (every body at once: 200 MB at 100k)

Row = tuple[str, str, str | None, str | None, int]  # article id, shown title, published, story, body number


def _compress(body: str) -> bytes:
    return zlib.compress(body.encode(), 1)


@dataclass(frozen=True)
class SearchPages:
    rows: dict[int, Row]  # document number -> its row
    # The compressed bodies end to end in one buffer, body k at [starts[k], starts[k + 1]): one
    # allocation, where 100k bytes objects of a kilobyte each, kept among the heap's holes that
    # the read's freed strings left, made every later DuckDB statement of the process 0.1-0.4 ms
    # slower (measured in process: the article page 2.5 -> 3.0 ms; gone once they were freed).
    blob: bytes
    starts: np.ndarray  # int64

    def body(self, k: int) -> memoryview:
        """Body `k`, compressed."""
        return memoryview(self.blob)[int(self.starts[k]):int(self.starts[k + 1])]

    def page(self, docs: list[int]) -> dict[int, dict[str, Any]]:
        """Document number -> what a hit shows (doc, id, title, body, published, story), as the
        statement's rows give it; a document without its article is left out, as the join does."""
        out: dict[int, dict[str, Any]] = {}
        for d in docs:
            row = self.rows.get(d)
            if row is not None:
                article, title, published, story, k = row
                out[d] = {"doc": d, "id": article, "title": title, "body": zlib.decompress(self.body(k)).decode(),
                          "published": published, "story": story}
        return out

    def nbytes(self) -> int:
        """The compressed bodies' bytes (the rest is an id, a title, a date and a story per document)."""
        return len(self.blob)


def load(con: Any, previous: SearchPages | None = None) -> SearchPages:
    """Every indexed article's shown fields (a read-only connection's view), the compressed
    bodies of `previous` (the last generation's) reused where a document's article is the same."""
    old = previous.rows if previous is not None else {}
    row = con.execute("SELECT coalesce(min(doc), 0), coalesce(max(doc), 0) FROM search_docs").fetchone()
    lo, top = (int(row[0]), int(row[1]) + 1) if row else (0, 0)
    texts: dict[Any, str] = {}  # one string per story and per day, shared by their articles
    shown: dict[int, tuple[str, str, str | None, str | None]] = {}
    # Each compressed body is appended as it is made (a list of them joined at the end held both,
    # and the freed list's chunks stayed in the heap: server RSS +280 against +175 MiB at 100k).
    blob, bounds, number = bytearray(), [0], {}
    for at in range(lo, top, _CHUNK):
        for doc, article, title, published, story in con.execute(_SHOWN_SQL, [at, at + _CHUNK]).fetchall():
            # The date as `Store.rows` gives it (ISO text), the statement's path's.
            day = None if published is None else texts.setdefault(published, published.isoformat())
            shown[int(doc)] = (article, title, day, None if story is None else texts.setdefault(story, story))
            was = old.get(int(doc))
            if was is not None and was[0] == article and previous is not None:
                blob += previous.body(was[4])
                number[int(doc)] = len(bounds) - 1
                bounds.append(len(blob))
    missing = sorted(d for d in shown if d not in number)
    for at in range(0, len(missing), _CHUNK):
        for doc, body in con.execute(_BODIES_SQL, [missing[at:at + _CHUNK]]).fetchall():
            blob += _compress(body)
            number[int(doc)] = len(bounds) - 1
            bounds.append(len(blob))
    return SearchPages(rows={d: (*shown[d], number[d]) for d in sorted(shown) if d in number}, blob=bytes(blob),
                       starts=np.array(bounds, dtype=np.int64))
