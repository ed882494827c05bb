"""Full-text search over the stored corpus: an inverted index in DuckDB, ranked by BM25.

DuckDB's `fts` extension would be downloaded at run time, so veille keeps its own index
(tables `search_docs` and `search_terms`, migration 2): one row per (term, article) with the
term's frequency, and each article's length in tokens.  A token is a run of 2+ letters or
digits of the lower-cased, accent-stripped title and body, so "États" and "etats" are the
same term.  Tokenising happens in SQL, at write time (`index_articles`) and in the migration
that backfilled older stores, with the same expression.

A query is tokenised the same way; articles are ranked by the number of query terms they
contain, then by BM25 (k1 = 1.2, b = 0.75) plus a bonus for mentions of entities whose
name or alias holds every query term (so a search for a person also finds the articles that
name them only by a role once linked).  Those entities are answers too, listed first.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veille.store.db import Store

# Keep these in step with migration 2, which backfilled older stores with them.
TOKEN_RE = r"[\p{L}\p{N}]{2,}"
FOLD_SQL = "strip_accents(lower({}))"
DOC_TEXT_SQL = "coalesce(title, '') || ' ' || body"
MAX_QUERY_TERMS = 16
K1, B = 1.2, 0.75
SNIPPET_CHARS = 200


def _tokens_sql(expr: str) -> str:
    return f"regexp_extract_all({FOLD_SQL.format(expr)}, '{TOKEN_RE}')"


def index_articles(con: Any, ids: list[str]) -> None:
    """Index the articles `ids` not indexed yet (ids are content hashes: a stored article's
    title and body never change, so a rewrite by the corpus steps needs no re-indexing)."""
    if not ids:
        return
    fresh = "id IN (SELECT unnest(?)) AND id NOT IN (SELECT article FROM search_docs)"
    con.execute(
        f"INSERT INTO search_terms SELECT term, id, count(*)::INTEGER FROM ("
        f"SELECT id, unnest({_tokens_sql(DOC_TEXT_SQL)}) AS term FROM articles WHERE {fresh}) "
        "GROUP BY term, id", [ids])
    con.execute(f"INSERT INTO search_docs SELECT id, len({_tokens_sql(DOC_TEXT_SQL)}) FROM articles "
                      f"WHERE {fresh}", [ids])


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one character (offsets are kept)."""
    out = []
    for ch in text:
        low = ch.lower()
        bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        out.append(bare if len(bare) == 1 else (low[:1] if len(low) >= 1 else ch))
    return "".join(out)


def query_terms(q: str) -> list[str]:
    """The distinct terms of a query, folded as the index is (at most MAX_QUERY_TERMS)."""
    terms = dict.fromkeys(t for t in re.findall(r"[^\W_]{2,}", fold(q)))
    return list(terms)[:MAX_QUERY_TERMS]


_SEARCH_SQL = f"""
WITH q AS (SELECT unnest(?::VARCHAR[]) AS term),
stats AS (SELECT greatest(count(*), 1) AS n, greatest(avg(length), 1) AS avgdl FROM search_docs),
df AS (SELECT t.term, count(*) AS df FROM search_terms t JOIN q USING (term) GROUP BY t.term),
ents AS (
    SELECT e.id, e.name, e.type, e.aliases, e.roles FROM entities e
    WHERE list_has_all({_tokens_sql("e.name || ' ' || coalesce(CAST(e.aliases AS VARCHAR), '')")},
                       ?::VARCHAR[])),
ent_articles AS (
    SELECT m.article, count(*) AS n FROM mentions m JOIN ents ON m.entity = ents.id GROUP BY m.article),
bm25 AS (
    SELECT t.article, count(*) AS matched,
           sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
               * t.tf * {K1 + 1} / (t.tf + {K1} * (1 - {B} + {B} * d.length / stats.avgdl))) AS score
    FROM search_terms t JOIN df USING (term) JOIN search_docs d USING (article), stats
    GROUP BY t.article),
hits AS (
    SELECT 'article' AS kind, coalesce(b.article, ea.article) AS id,
           coalesce(b.matched, 0) + CASE WHEN ea.n IS NULL THEN 0 ELSE 1 END AS matched,
           coalesce(b.score, 0) + coalesce(ln(1 + ea.n), 0) AS score
    FROM bm25 b FULL OUTER JOIN ent_articles ea ON ea.article = b.article
    UNION ALL
    SELECT 'entity', ents.id, 1000000, count(DISTINCT m.article)::DOUBLE
    FROM ents LEFT JOIN mentions m ON m.entity = ents.id GROUP BY ents.id)
SELECT kind, id, score, count(*) OVER () AS total FROM hits
ORDER BY kind = 'article', matched DESC, score DESC, id
LIMIT ? OFFSET ?
"""


def search(store: Store, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """`{"total", "items"}` for the query `q`: entities whose name matches, then articles by rank.

    Items: `kind` ("article" or "entity"), `id`, `title` (an article's title or an entity's
    name), `snippet` (text around the first hit, with `highlights`: [start, end] offsets of
    the query terms in it), `score` (BM25 plus the entity bonus for articles; for entities,
    the number of articles mentioning them); articles add `published` and `story`, entities
    `type`.  The query only ever travels as a bound parameter."""
    terms = query_terms(q)
    if not terms:
        return {"total": 0, "items": []}
    rows = store.rows(_SEARCH_SQL, [terms, terms, limit, offset])
    total = int(rows[0]["total"]) if rows else (_total(store, terms) if offset else 0)
    arts = {r["id"]: r for r in store.rows(
        "SELECT id, title, body, source, published, story FROM articles WHERE id IN (SELECT unnest(?))",
        [[r["id"] for r in rows if r["kind"] == "article"]])}
    ents = {r["id"]: r for r in store.rows(
        "SELECT id, name, type, aliases, roles FROM entities WHERE id IN (SELECT unnest(?))",
        [[r["id"] for r in rows if r["kind"] == "entity"]])}
    items: list[dict[str, Any]] = []
    for r in rows:
        if r["kind"] == "article":
            a = arts[r["id"]]
            snippet, marks = snippet_of(a["body"], terms)
            items.append({"kind": "article", "id": a["id"], "title": a["title"] or a["source"],
                          "snippet": snippet, "highlights": marks, "score": round(float(r["score"]), 4),
                          "published": a["published"], "story": a["story"]})
        else:
            e = ents[r["id"]]
            text = " · ".join([e["type"], *(e["aliases"] or []), *(x["title"] for x in e["roles"] or [])])
            snippet, marks = snippet_of(text, terms)
            items.append({"kind": "entity", "id": e["id"], "title": e["name"], "snippet": snippet,
                          "highlights": marks, "score": float(r["score"]), "type": e["type"]})
    return {"total": total, "items": items}


def _total(store: Store, terms: list[str]) -> int:
    """The number of hits when the page asked for is past the end."""
    rows = store.rows(_SEARCH_SQL, [terms, terms, 1, 0])
    return int(rows[0]["total"]) if rows else 0


def snippet_of(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """About `width` characters of `text` around the first query term found (word-aligned),
    and where the query terms are in that snippet."""
    folded = fold(text)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![^\W_])")
    first = pattern.search(folded)
    start = 0 if first is None else max(0, first.start() - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (first.start() if first else start + 20) else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start else ""
    snippet = prefix + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
    marks = [[m.start() - start + len(prefix), m.end() - start + len(prefix)]
             for m in pattern.finditer(folded, start, end)]
    return snippet, marks
