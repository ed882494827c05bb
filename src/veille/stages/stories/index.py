"""The story profile index: which stored stories a new article may join, without reading them.

Clustering compares an article with every story (`cluster.similarity`); over a growing store
that is the whole corpus per run.  The index keeps, per story, its time span and one small
dense vector: the story's TF-IDF centre and its language-neutral centre (names and entity ids),
each folded by feature hashing (`DIM` signed buckets) and stored as float16 (1 KiB a story).
A run loads the vectors of the stories whose span can meet a new article's (`max_days_apart`;
all stories when an article is undated), scores them with one numpy product, and keeps the
`TOP` best per article; only those stories' members are read and scored exactly.

Why numpy over stored vectors: a query is one matrix product over at most the store's stories
(100k stories x 512 float16 = 100 MiB, about 40 ms), which needs nothing installed; DuckDB's
array functions would scan the same rows per article (100 articles = 100 scans), and an ANN
library (none is in requirements.lock) would need its own file kept in step with the store's
transactions.  Hashing keeps the vector small whatever the vocabulary; its noise (about
1/sqrt(DIM) on a cosine) only matters at the margin, and the candidates are scored exactly.

The store's `story_terms` holds each term's document frequency over the stored articles, so
the space a run scores in has the idf a full recluster would use (`Tfidf.from_counts`).
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date

import duckdb
import numpy as np

from veille.model import Article
from veille.stages.stories.cluster import StoryCluster, article_entities, entity_term, neutral_profile, profile
from veille.stages.stories.dates import Span
from veille.stages.stories.vectors import Tfidf, Vector, add_into, name_terms, normalise, tokens

DIM = 256  # hashed buckets per vector
CHUNK = 4096  # index rows scored at a time
TOP = 8  # candidate stories per new article (on the test corpus, 4 already gave the full partition)


def term_set(article: Article, stop: frozenset[str]) -> set[str]:
    """The terms one article adds to the document frequencies (as `cluster.build_space` counts)."""
    return set(tokens(article.body, stop)) | set(name_terms(article.body, stop)) | {
        entity_term(e) for e in article_entities(article)}


def _bucket(term: str) -> tuple[int, float]:
    h = zlib.crc32(term.encode("utf-8"))
    return h % DIM, 1.0 if (h >> 16) & 1 else -1.0


def hashed(vec: Vector) -> np.ndarray:
    """`vec` folded into `DIM` signed buckets, L2-normalised."""
    out = np.zeros(DIM, dtype=np.float32)
    for term, weight in vec.items():
        i, sign = _bucket(term)
        out[i] += sign * weight
    norm = float(np.linalg.norm(out))
    return out / norm if norm else out


def story_row(story: StoryCluster) -> list[object]:
    """The index row of a story: id, span, member count, hashed centres.

    The centres are the sums the clusterer holds (each member's profiles as the pass that placed
    it computed them: `members.py`), so a touched story's row costs no member read again."""
    neutral: Vector = {}
    for profiles in story.neutral.values():
        for vec in profiles:
            add_into(neutral, vec)
    vector = np.concatenate([hashed(normalise(story.centre_sum)), hashed(normalise(neutral))]).astype(np.float16)
    span = story.span
    return [story.id, span.start if span else None, span.end if span else None, len(story.articles),
            vector.tobytes()]


def write_rows(con: duckdb.DuckDBPyConnection, rows: list[list[object]], *, replace_all: bool = False,
               drop: Sequence[str] = ()) -> None:
    """The index rows of the stories written; `drop`: stories that went (joined into another)."""
    if replace_all:
        con.execute("DELETE FROM story_index")
    elif rows or drop:
        con.execute("DELETE FROM story_index WHERE story IN (SELECT unnest(?))", [[*(r[0] for r in rows), *drop]])
    if rows:
        cols = list(zip(*rows, strict=True))
        con.execute("INSERT INTO story_index SELECT * FROM (SELECT unnest(?), unnest(?::DATE[]), "
                    "unnest(?::DATE[]), unnest(?), unnest(?::BLOB[]))", [list(c) for c in cols])


def load_memo(con: duckdb.DuckDBPyConnection, ids: list[str] | None) -> dict[str, tuple[str, str]]:
    """Stored pre-anchoring states (`anchor.AnchorMemo.stored`) of `ids` (None: all)."""
    where = "WHERE article IN (SELECT unnest(?))" if ids is not None else ""
    rows = con.execute(f"SELECT article, key, state FROM story_preanchor {where}",
                       [ids] if ids is not None else []).fetchall()
    return {r[0]: (r[1], str(r[2])) for r in rows}


def write_memo(con: duckdb.DuckDBPyConnection, made: dict[str, tuple[str, str]]) -> None:
    if made:
        ids = sorted(made)
        con.execute("INSERT OR REPLACE INTO story_preanchor SELECT * FROM (SELECT unnest(?), unnest(?), "
                    "unnest(?)::JSON)", [ids, [made[i][0] for i in ids], [made[i][1] for i in ids]])


def stored_df(con: duckdb.DuckDBPyConnection, terms: Iterable[str]) -> Counter[str]:
    wanted = sorted(set(terms))
    if not wanted:
        return Counter()
    rows = con.execute("SELECT term, df FROM story_terms WHERE term IN (SELECT unnest(?))", [wanted]).fetchall()
    return Counter({r[0]: int(r[1]) for r in rows})


def add_df(con: duckdb.DuckDBPyConnection, added: Counter[str], *, replace_all: bool = False) -> None:
    if replace_all:
        con.execute("DELETE FROM story_terms")
    if not added:
        return
    terms = sorted(added)
    con.execute("""INSERT INTO story_terms SELECT * FROM (SELECT unnest(?) AS term, unnest(?) AS df)
                   ON CONFLICT (term) DO UPDATE SET df = story_terms.df + excluded.df""",
                [terms, [added[t] for t in terms]])


def rename_df(con: duckdb.DuckDBPyConnection, renames: dict[str, str]) -> None:
    """Entity ids a link pass renamed: their terms' frequencies move with them (an article
    naming both counts twice: a bound, corrected by the next recluster)."""
    if not renames:
        return
    old = [entity_term(o) for o in renames]
    found = stored_df(con, old)
    moved: Counter[str] = Counter()
    for o, n in renames.items():
        moved[entity_term(n)] += found.get(entity_term(o), 0)
    con.execute("DELETE FROM story_terms WHERE term IN (SELECT unnest(?))", [old])
    add_df(con, +moved)


def _days(d: date | None, default: int) -> int:
    return d.toordinal() if d is not None else default


def candidates(con: duckdb.DuckDBPyConnection, new: Sequence[Article], spans: Sequence[Span | None],
               space: Tfidf, max_days: int, top: int = TOP) -> set[str]:
    """The stored stories the new articles may join: for each, the `top` best by hashed cosine
    (the better of topic and names) among the stories its time span can meet."""
    if not new:
        return set()
    if any(s is None for s in spans):
        cur = con.execute('SELECT story, start, "end", vector FROM story_index')
    else:
        lo = [s.start.toordinal() - max_days for s in spans if s]
        hi = [s.end.toordinal() + max_days for s in spans if s]
        cur = con.execute(
            'SELECT story, start, "end", vector FROM story_index WHERE start IS NULL OR EXISTS ('
            "SELECT 1 FROM (SELECT unnest(?) AS lo, unnest(?) AS hi) w "
            "WHERE date_diff('day', DATE '0001-01-01', \"end\") + 1 >= w.lo "
            "AND date_diff('day', DATE '0001-01-01', start) + 1 <= w.hi)", [lo, hi])
    queries = np.stack([np.concatenate([hashed(profile(a, space)), hashed(neutral_profile(a, space))])
                        for a in new])
    ids: list[str] = []
    bounds: list[tuple[int, int]] = []
    parts = []
    # In chunks: memory holds one chunk of vectors (8 MiB as float32), not the index.
    while rows := cur.fetchmany(CHUNK):
        ids += [r[0] for r in rows]
        bounds += [(_days(r[1], -(10 ** 9)), _days(r[2], 10 ** 9)) for r in rows]
        matrix = np.frombuffer(b"".join(r[3] for r in rows), dtype=np.float16)
        matrix = matrix.reshape(len(rows), 2 * DIM).astype(np.float32)
        parts.append(np.maximum(matrix[:, :DIM] @ queries[:, :DIM].T, matrix[:, DIM:] @ queries[:, DIM:].T))
    if not ids:
        return set()
    scores = np.concatenate(parts)
    starts = np.array([b[0] for b in bounds])
    ends = np.array([b[1] for b in bounds])
    out: set[str] = set()
    for j, span in enumerate(spans):
        column = scores[:, j].copy()
        if span is not None:
            gap = np.maximum(starts - span.end.toordinal(), span.start.toordinal() - ends)
            column[(gap > max_days) & (starts > -(10 ** 9))] = -np.inf
        best = np.argsort(-column)[:top]
        out.update(ids[i] for i in best if np.isfinite(column[i]))
    return out
