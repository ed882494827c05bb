"""Full-text search queries over the index `veille.store.search_index` keeps (BM25 ranking,
entity hits first, snippets); see that module for the tokens and the index tables."""

from __future__ import annotations

from typing import Any

from veille.store.db import Store
from veille.store.search_index import K1, B, query_terms, snippet_of, tokens_sql

_SEARCH_SQL = f"""
WITH q AS (SELECT unnest(?::VARCHAR[]) AS term),
stats AS (SELECT greatest(count(*), 1) AS n, greatest(avg(length), 1) AS avgdl FROM search_docs),
df AS (SELECT t.term, count(*) AS df FROM search_terms t JOIN q USING (term) GROUP BY t.term),
ents AS (
    SELECT e.id, e.name, e.type, e.aliases, e.roles, e.articles FROM entities e
    WHERE list_has_all({tokens_sql("e.name || ' ' || coalesce(CAST(e.aliases AS VARCHAR), '')")},
                       ?::VARCHAR[])),
ent_articles AS (
    SELECT m.article, count(*) AS n FROM mentions m JOIN ents ON m.entity = ents.id GROUP BY m.article),
bm25 AS (
    SELECT t.article, count(*) AS matched,
           sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
               * t.tf * {K1 + 1} / (t.tf + {K1} * (1 - {B} + {B} * t.length / stats.avgdl))) AS score
    FROM search_terms t JOIN df USING (term), stats
    GROUP BY t.article),
hits AS (
    SELECT 'article' AS kind, coalesce(b.article, ea.article) AS id,
           coalesce(b.matched, 0) + CASE WHEN ea.n IS NULL THEN 0 ELSE 1 END AS matched,
           coalesce(b.score, 0) + coalesce(ln(1 + ea.n), 0) AS score
    FROM bm25 b FULL OUTER JOIN ent_articles ea ON ea.article = b.article
    UNION ALL
    SELECT 'entity', ents.id, 1000000, coalesce(ents.articles, 0)::DOUBLE FROM ents)
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
