"""Full-text search queries over the index `veille.store.search_index` keeps (BM25 ranking,
entity hits first, snippets); see that module for the tokens and the index tables."""

from __future__ import annotations

import re
from typing import Any

from veille.store.db import Store
from veille.store.search_index import K1, B, query_terms, snippet_of

# The entities whose name or an alias may hold every query term: `entities.search_text` (name and
# aliases folded, stored with the entity, migration 10) contains each.  `_entities` then keeps
# those where each is a whole token, in Python, on these few: in SQL the token test ran over
# every entity whatever came first (2.3 ms for 536 entities, so seconds at 500k).
_NEAR_ENTITIES_SQL = """
SELECT id, coalesce(articles, 0) AS articles, search_text FROM entities
WHERE list_bool_and(list_transform(?::VARCHAR[], lambda w: contains(search_text, w)))
ORDER BY id
"""
_TOKEN = re.compile(r"[^\W_]{2,}")  # the query's tokens (`query_terms`)


def _entities(store: Store, terms: list[str]) -> list[tuple[str, float]]:
    """(id, number of articles naming it) of the entities whose name or an alias holds every
    query term as a token (the index's tokens: runs of 2+ letters or digits of folded text)."""
    wanted = set(terms)
    return [(str(i), float(n)) for i, n, text in store.con.execute(_NEAR_ENTITIES_SQL, [terms]).fetchall()
            if wanted <= set(_TOKEN.findall(text or ""))]


# What both ranking queries share: the query terms (`?` 1), the corpus size and mean length, each
# term's document frequency, and one posting's BM25 part.
_TERMS_CTES = """WITH q AS (SELECT unnest(?::VARCHAR[]) AS term),
stats AS (SELECT greatest(count(*), 1) AS n, greatest(avg(length), 1) AS avgdl FROM search_docs),
df AS (SELECT t.term, count(*) AS df FROM search_terms t JOIN q USING (term) GROUP BY t.term),
"""
_BM25 = (f"ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5)) "
         f"* t.tf * {K1 + 1} / (t.tf + {K1} * (1 - {B} + {B} * t.length / stats.avgdl))")

# Articles: one grouping over the query terms' postings and the mentions of the matching
# entities (`?` 2; a full outer join of two groupings cost more than the grouping at 100k
# articles); then the entities (`?` 3, 4: ids and their article counts).  When no entity
# matches, the query leaves their parts out (`_BARE_SQL`): scanning for them cost 4 ms.
_SEARCH_SQL = f"""
{_TERMS_CTES}postings AS (
    SELECT t.article, 1 AS term_hit, 0 AS mention,
           {_BM25} AS part
    FROM search_terms t JOIN df USING (term), stats
    UNION ALL
    SELECT m.article, 0, 1, 0.0 FROM mentions m WHERE m.entity IN (SELECT unnest(?::VARCHAR[]))),
hits AS (
    SELECT 'article' AS kind, article AS id,
           sum(term_hit) + CASE WHEN sum(mention) > 0 THEN 1 ELSE 0 END AS matched,
           sum(part) + ln(1 + sum(mention)) AS score
    FROM postings GROUP BY article
    UNION ALL
    SELECT 'entity', unnest(?::VARCHAR[]), 1000000, unnest(?::DOUBLE[]))
SELECT kind, id, score, count(*) OVER () AS total FROM hits
ORDER BY kind = 'article', matched DESC, score DESC, id
LIMIT ? OFFSET ?
"""
_BARE_SQL = f"""
{_TERMS_CTES}hits AS (
    SELECT t.article AS id, count(*) AS matched,
           sum({_BM25}) AS score
    FROM search_terms t JOIN df USING (term), stats
    GROUP BY t.article)
SELECT 'article' AS kind, id, score, count(*) OVER () AS total FROM hits
ORDER BY matched DESC, score DESC, id
LIMIT ? OFFSET ?
"""


def _hits(store: Store, terms: list[str], limit: int, offset: int) -> list[dict[str, Any]]:
    """The page's hits (kind, id, score, total), entities first."""
    entities = _entities(store, terms)
    if not entities:
        return store.rows(_BARE_SQL, [terms, limit, offset])
    ids, counts = [i for i, _ in entities], [n for _, n in entities]
    return store.rows(_SEARCH_SQL, [terms, ids, ids, counts, limit, offset])


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
    rows = _hits(store, terms, limit, offset)
    total = int(rows[0]["total"]) if rows else (_total(store, terms) if offset else 0)
    art_ids = [r["id"] for r in rows if r["kind"] == "article"]
    ent_ids = [r["id"] for r in rows if r["kind"] == "entity"]
    arts = {r["id"]: r for r in store.rows(
        "SELECT id, title, body, source, published, story FROM articles WHERE id IN (SELECT unnest(?))",
        [art_ids])} if art_ids else {}
    ents = {r["id"]: r for r in store.rows(
        "SELECT id, name, type, aliases, roles FROM entities WHERE id IN (SELECT unnest(?))",
        [ent_ids])} if ent_ids else {}
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
    rows = _hits(store, terms, 1, 0)
    return int(rows[0]["total"]) if rows else 0
