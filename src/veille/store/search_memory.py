"""The search index's candidates held in the server's memory (perf40, issue 20).

perf39 measured that every DuckDB statement costs at least 1-2 ms of CPU whatever it reads, and
that a search ran 2.5-3 of them (the terms' numbers, their postings, an entity's mentions, the
page's articles): its cost over /api/health was those statements' fixed cost. Here the first
three are arrays the server builds once from the store's tables (`search_vocab`,
`search_postings`, `entity_docs`, `search_docs`) and keeps for as long as the store file is
unchanged (`store/kept.lasting`: the server's readers drop them when the file's generation changes,
which every write does); a search then read only its page's articles (api44: those too are kept,
`store/search_pages`, so a search on the server runs no statement).

- `terms`: each term -> its number (tid); `df[tid]` its document frequency as `search_vocab`
  keeps it;
- the postings in tid order, as CSR: `starts[tid]:starts[tid + 1]` are that term's rows of `doc`
  (int32, the column's type), `tf` and `length` (the narrowest unsigned type that holds the
  store's largest: 1 and 2 bytes at 100k; BM25 casts them to float64, the same values). Within a
  term the order is not the store's (its impact order): a term's documents are distinct, so no
  sum per document depends on it; and a query's terms are taken in ascending number, the order in
  which every document's postings lie in the store (its sorted part and each appended batch are
  in term-number order, which `tests/test_search_memory.py` checks), so each document's BM25 sum
  adds the same floats in the same order as the statement's rows did;
- the entities' mentions per document (`entity_docs`) as CSR by entity;
- each document's article id (`search_docs`).

Why numpy arrays and not a library: the postings are four integer columns read once; a CSR of
them is three arrays and an offsets array, and the ranking (`veille.dossier.search`) is already
numpy over exactly these columns. No full-text library in the environment (`pypi.tsv`: whoosh,
tantivy, pyserini are not installed) keeps BM25 as veille computes it (its idf, its tokens, the
entity bonus), so answers would change.

Memory: 4-8 bytes a posting (above), 8 a mention row, the terms' dict and one id string per document:
measured in ARCHITECTURE.md ("Search's candidates in memory").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

_EMPTY = np.zeros(0, dtype=np.int32)


@dataclass(frozen=True)
class SearchMemory:
    terms: dict[str, int]  # term -> tid
    df: np.ndarray  # int64 [tid]: document frequency (search_vocab.df)
    starts: np.ndarray  # int64 [tid + 1]: the term's first posting row (CSR)
    doc: np.ndarray  # int32, the postings in tid order
    tf: np.ndarray  # uint8, uint16 or int64 (`_narrowest`)
    length: np.ndarray  # likewise
    entity_rows: dict[str, tuple[int, int]]  # entity -> [start, end) of its rows below
    entity_doc: np.ndarray  # int32
    entity_mentions: np.ndarray  # int32
    article_of: dict[int, str]  # document number -> article id

    def postings(self, terms: list[str]) -> dict[str, Any]:
        """The postings of `terms` (tid, doc, tf, length), the terms in ascending number (see the
        module's docstring), as the statements' `fetchnumpy` gave them."""
        tids = sorted({self.terms[t] for t in terms if t in self.terms})
        if not tids:
            return {k: _EMPTY for k in ("tid", "doc", "tf", "length")}
        spans = [(int(self.starts[t]), int(self.starts[t + 1])) for t in tids]
        if len(spans) == 1:
            (a, b), = spans
            return {"tid": np.full(b - a, tids[0], dtype=np.int32), "doc": self.doc[a:b], "tf": self.tf[a:b],
                    "length": self.length[a:b]}
        return {"tid": np.repeat(np.asarray(tids, dtype=np.int32), [b - a for a, b in spans]),
                "doc": np.concatenate([self.doc[a:b] for a, b in spans]),
                "tf": np.concatenate([self.tf[a:b] for a, b in spans]),
                "length": np.concatenate([self.length[a:b] for a, b in spans])}

    def counts(self, terms: list[str]) -> np.ndarray:
        """The number of postings of each of `terms` the index holds (its df: one posting per
        document), in the order `postings` gives them (ascending term number)."""
        tids = np.asarray(sorted({self.terms[t] for t in terms if t in self.terms}), dtype=np.int64)
        return self.starts[tids + 1] - self.starts[tids]  # type: ignore[no-any-return]

    def term(self, term: str) -> tuple[int, int] | None:
        """(tid, df) of `term`, None where the index lacks it."""
        tid = self.terms.get(term)
        return None if tid is None else (tid, int(self.df[tid]))

    def mentions(self, entity_ids: list[str]) -> dict[str, Any]:
        """`entity_docs`' rows (doc, mentions) of the entities `entity_ids`."""
        spans = [self.entity_rows[e] for e in dict.fromkeys(entity_ids) if e in self.entity_rows]
        if not spans:
            return {"doc": _EMPTY, "mentions": _EMPTY}
        return {"doc": np.concatenate([self.entity_doc[a:b] for a, b in spans]),
                "mentions": np.concatenate([self.entity_mentions[a:b] for a, b in spans])}

    def nbytes(self) -> int:
        """The arrays' bytes (the dicts' Python objects not counted)."""
        return sum(int(a.nbytes) for a in (self.df, self.starts, self.doc, self.tf, self.length, self.entity_doc,
                                           self.entity_mentions))


_CHUNK = 1 << 20  # postings read per statement while loading


def _narrowest(most: int) -> Any:
    """The smallest unsigned type holding 0..`most` (the weights cast it to float64: the same value)."""
    return np.uint8 if most < 1 << 8 else np.uint16 if most < 1 << 16 else np.int64


def load(con: Any) -> SearchMemory:
    """Read the index's tables whole (a read-only connection's view) into a SearchMemory."""
    vocab = con.execute("SELECT term, tid, df FROM search_vocab").fetchnumpy()
    top = int(vocab["tid"].max()) + 1 if len(vocab["tid"]) else 1
    df = np.zeros(top, dtype=np.int64)
    df[vocab["tid"]] = vocab["df"]
    terms = dict(zip(vocab["term"].tolist(), vocab["tid"].tolist(), strict=True))
    del vocab
    counts = con.execute("SELECT tid, count(*) AS n FROM search_postings GROUP BY tid").fetchnumpy()
    top = max(top, int(counts["tid"].max()) + 1 if len(counts["tid"]) else 1)
    if len(df) < top:
        df = np.concatenate([df, np.zeros(top - len(df), dtype=np.int64)])
    starts = np.zeros(top + 1, dtype=np.int64)
    per_tid = np.zeros(top, dtype=np.int64)
    per_tid[counts["tid"]] = counts["n"]
    np.cumsum(per_tid, out=starts[1:])
    row = con.execute("SELECT coalesce(max(tf), 0), coalesce(max(length), 0) FROM search_postings").fetchone()
    doc = np.empty(int(starts[-1]), dtype=np.int32)
    tf = np.empty(len(doc), dtype=_narrowest(int(row[0]) if row else 0))
    length = np.empty(len(doc), dtype=_narrowest(int(row[1]) if row else 0))
    # Read a range of terms at a time into the arrays (DuckDB's sorted result and its numpy copy of
    # all 15.6M postings at once would double the memory the arrays need).
    lo = 0
    while lo < top:
        hi = int(np.searchsorted(starts, starts[lo] + _CHUNK, side="right")) - 1
        hi = min(top, max(hi, lo + 1))
        a, b = int(starts[lo]), int(starts[hi])
        if b > a:
            part = con.execute("SELECT doc, tf, length FROM search_postings WHERE tid >= ? AND tid < ? ORDER BY tid",
                               [lo, hi]).fetchnumpy()
            if len(part["doc"]) != b - a:
                raise RuntimeError("search_postings changed while it was read")  # a read-only view cannot
            doc[a:b], tf[a:b], length[a:b] = part["doc"], part["tf"], part["length"]
        lo = hi
    # Each entity's rows in entity order (the same order in both statements: one sort key), their
    # bounds from the counts: no string per row comes to Python (1.4M rows at 100k).
    runs = con.execute("SELECT entity, count(*) FROM entity_docs GROUP BY entity ORDER BY entity").fetchall()
    ent = con.execute("SELECT doc, mentions FROM entity_docs ORDER BY entity").fetchnumpy()
    entity_rows: dict[str, tuple[int, int]] = {}
    at = 0
    for entity, n in runs:
        entity_rows[str(entity)] = (at, at + int(n))
        at += int(n)
    article_of = dict(con.execute("SELECT doc, article FROM search_docs").fetchall())
    return SearchMemory(terms=terms, df=df, starts=starts, doc=doc, tf=tf, length=length,
                        entity_rows=entity_rows, entity_doc=np.ascontiguousarray(ent["doc"], dtype=np.int32),
                        entity_mentions=np.ascontiguousarray(ent["mentions"], dtype=np.int32),
                        article_of=article_of)
