"""What a search hit shows of each indexed article, held in the server's memory (api44, issue 20).

After perf40 a search ran one statement: its page's 20 articles by id, for their titles, dates,
stories and bodies (the snippet is cut around the first hit in the body). At 100k articles that
statement was 1.9 ms of a search's 3.5-5 (in process, one thread), and it is DuckDB's floor for
reading 20 scattered rows, not its bytes: measured on the 100k store (CPU p50, one thread)
`id IN (20 ids)` 1.70 ms, its `id` column alone 1.33; a narrow table in document order read by
`doc IN (20 numbers)` 1.32 for the number alone but 4.5 with a 1,024-character prefix and 63 with
the body (the IN filter of numbers is applied after every column of the scan is read);
`rowid = ?` 0.6 for one row, 7.5 for a UNION ALL of 20. A stored prefix or snippet therefore
costs what the body costs, and a `substring` of the body reads the body. So the server keeps,
for each document number, the shown title (the title, else the source), the publication date,
the story and the body compressed with zlib (level 1: about half a body's UTF-8 bytes on news
text; `zlib.decompress` of one is 15-20 us), built by the first search after a write
(`store/kept.lasting`, like `search_memory`: every write, a story's included, changes the
store's generation and drops it). The CLI (no facts kept) reads the page by its statement.

Memory and build: measured in ARCHITECTURE.md ("Search's page from memory").
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from typing import Any

# The shown title is `title or source` (an empty title shows the source too).
PAGE_COLUMNS = "coalesce(nullif(a.title, ''), a.source) AS title, a.body, a.published, a.story"
_READ_SQL = (f"SELECT d.doc, {PAGE_COLUMNS} FROM search_docs d JOIN articles a ON a.id = d.article "
             "WHERE d.doc >= ? AND d.doc < ?")
_CHUNK = 8192  # documents read per statement while loading (a whole read's bodies at once: 200 MB at 100k)


@dataclass(frozen=True)
class SearchPages:
    rows: dict[int, tuple[str, bytes, str | None, str | None]]  # doc -> (title, zlib body, published, story)

    def page(self, docs: list[int], article_of: dict[int, str]) -> dict[int, dict[str, Any]]:
        """Document number -> what a hit shows (doc, id, title, body, published, story), as the
        statement's rows give it; a document without its article is left out, as the join does."""
        out: dict[int, dict[str, Any]] = {}
        for d in docs:
            row = self.rows.get(d)
            if row is not None:
                title, body, published, story = row
                out[d] = {"doc": d, "id": article_of[d], "title": title, "body": zlib.decompress(body).decode(),
                          "published": published, "story": story}
        return out

    def nbytes(self) -> int:
        """The compressed bodies' bytes (the rest is one title, date and story per document)."""
        return sum(len(r[1]) for r in self.rows.values())


def load(con: Any) -> SearchPages:
    """Read every indexed article's shown fields (a read-only connection's view)."""
    row = con.execute("SELECT coalesce(min(doc), 0), coalesce(max(doc), 0) FROM search_docs").fetchone()
    lo, top = (int(row[0]), int(row[1]) + 1) if row else (0, 0)
    stories: dict[str, str] = {}  # one string per story, shared by its articles
    days: dict[date, str] = {}  # one string per day, likewise
    rows: dict[int, tuple[str, bytes, str | None, str | None]] = {}
    for at in range(lo, top, _CHUNK):
        for doc, title, body, published, story in con.execute(_READ_SQL, [at, at + _CHUNK]).fetchall():
            # The date as `Store.rows` gives it (ISO text), the statement's path's.
            rows[int(doc)] = (title, zlib.compress(body.encode(), 1), None if published is None else
                              days.setdefault(published, published.isoformat()),
                              None if story is None else stories.setdefault(story, story))
    return SearchPages(rows=rows)
