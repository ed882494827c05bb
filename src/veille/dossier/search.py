"""Full-text search queries over the index `veille.store.search_index` keeps (BM25 ranking,
entity hits first, snippets); see that module for the tokens and the index tables."""

from __future__ import annotations

from typing import Any

from veille.store.db import Store
from veille.store.search_index import FOLD_SQL, K1, TOKEN_RE, B, query_terms, snippet_of

_SEARCH_SQL = f"""
WITH q AS (SELECT unnest(?::VARCHAR[]) AS term),
stats AS (SELECT greatest(count(*), 1) AS n, greatest(avg(length), 1) AS avgdl FROM search_docs),
df AS (SELECT t.term, count(*) AS df FROM search_terms t JOIN q USING (term) GROUP BY t.term),
names AS (SELECT e.id, {FOLD_SQL.format("e.name || ' ' || coalesce(CAST(e.aliases AS VARCHAR), '')")} AS folded
          FROM entities e),
ents AS MATERIALIZED (
    SELECT e.id, e.name, e.type, e.aliases, e.roles, e.articles FROM entities e JOIN names USING (id)
    WHERE list_bool_and(list_transform(?::VARCHAR[], lambda w: contains(names.folded, w)))
      AND list_has_all(regexp_extract_all(names.folded, '{TOKEN_RE}'), ?::VARCHAR[])),
-- One grouping over the query terms' postings and the mentions of the matching entities (a
-- full outer join of two groupings cost more than the grouping at 100k articles).
postings AS (
    SELECT t.article, 1 AS term_hit, 0 AS mention,
           ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
               * t.tf * {K1 + 1} / (t.tf + {K1} * (1 - {B} + {B} * t.length / stats.avgdl)) AS part
    FROM search_terms t JOIN df USING (term), stats
    UNION ALL
    SELECT m.article, 0, 1, 0.0 FROM mentions m JOIN ents ON m.entity = ents.id),
hits AS (
    SELECT 'article' AS kind, article AS id,
           sum(term_hit) + CASE WHEN sum(mention) > 0 THEN 1 ELSE 0 END AS matched,
           sum(part) + ln(1 + sum(mention)) AS score
    FROM postings GROUP BY article
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
    rows = store.rows(_SEARCH_SQL, [terms, terms, terms, limit, offset])
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
    rows = store.rows(_SEARCH_SQL, [terms, terms, terms, 1, 0])
    return int(rows[0]["total"]) if rows else 0
