"""Full-text search over the stored corpus: an inverted index in DuckDB, ranked by BM25.

DuckDB's `fts` extension would be downloaded at run time, so veille keeps its own index
(tables `search_docs` and `search_terms`, migration 2): one row per (term, article) with the
term's frequency and (migration 7) the article's length, and each article's length in tokens.
A token is a run of 2+ letters or digits of the lower-cased, accent-stripped title and body,
so "États" and "etats" are the same term.  Tokenising happens in SQL, at write time
(`index_articles`) and in the migration that backfilled older stores, with the same expression.

Queries (`veille.dossier.search`) are tokenised the same way; articles are ranked by the number of query terms they
contain, then by BM25 (k1 = 1.2, b = 0.75) plus a bonus for mentions of entities whose
name or alias holds every query term (so a search for a person also finds the articles that
name them only by a role once linked).  Those entities are answers too, listed first.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Keep these in step with migration 2, which backfilled older stores with them.
TOKEN_RE = r"[\p{L}\p{N}]{2,}"
FOLD_SQL = "strip_accents(lower({}))"
DOC_TEXT_SQL = "coalesce(title, '') || ' ' || body"
MAX_QUERY_TERMS = 16
K1, B = 1.2, 0.75
SNIPPET_CHARS = 200


def tokens_sql(expr: str) -> str:
    """SQL for the index's tokens of the text expression `expr`."""
    return f"regexp_extract_all({FOLD_SQL.format(expr)}, '{TOKEN_RE}')"


# The postings in term order, so that DuckDB's zone maps (each row group's min and max term) let
# a query read only the row groups of its terms: at 100k articles (15.6M postings) a term's
# lookup went from a 55 ms scan to 1 ms.  Postings that `index_articles` appends later sit in
# row groups of their own (every term of a batch); `cluster` sorts them in again.
CLUSTER_SQL = """
PRAGMA disable_progress_bar;
CREATE TEMP TABLE search_terms_sorted AS SELECT * FROM search_terms ORDER BY term, article;
DELETE FROM search_terms;
INSERT INTO search_terms SELECT * FROM search_terms_sorted;
DROP TABLE search_terms_sorted;
"""
# Migration 7: each posting also carries its article's length in tokens (BM25 then needs no join
# with `search_docs`: 24 -> 5 ms for two common terms at 100k), and the postings in term order.
MIGRATION_7 = """
PRAGMA disable_progress_bar;
ALTER TABLE search_terms ADD COLUMN length INTEGER;
CREATE TEMP TABLE search_terms_sorted AS
SELECT t.term, t.article, t.tf, d.length FROM search_terms t JOIN search_docs d USING (article) ORDER BY term, article;
DELETE FROM search_terms;
INSERT INTO search_terms SELECT * FROM search_terms_sorted;
DROP TABLE search_terms_sorted;
"""


# An entity's searchable text: its name and aliases, folded as the index's tokens are (kept in
# `entities.search_text`, written with the entity; migration 10 backfilled older stores).
ENTITY_TEXT_SQL = FOLD_SQL.format("name || ' ' || coalesce(CAST(aliases AS VARCHAR), '')")
MIGRATION_10 = f"""
ALTER TABLE entities ADD COLUMN search_text VARCHAR;
UPDATE entities SET search_text = {ENTITY_TEXT_SQL};
"""


def index_entities(con: Any, ids: list[str] | None) -> None:
    """Write the searchable text of the entities `ids` (None: all)."""
    if ids is None:
        con.execute(f"UPDATE entities SET search_text = {ENTITY_TEXT_SQL}")
    elif ids:
        con.execute(f"UPDATE entities SET search_text = {ENTITY_TEXT_SQL} WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [ids])


def cluster(con: Any) -> None:
    """Rewrite the postings in term order (see CLUSTER_SQL); in the caller's transaction."""
    con.execute(CLUSTER_SQL)


def index_articles(con: Any, ids: list[str]) -> None:
    """Index the articles `ids` not indexed yet (ids are content hashes: a stored article's
    title and body never change, so a rewrite by the corpus steps needs no re-indexing)."""
    if not ids:
        return
    fresh = "id IN (SELECT unnest(?)) AND id NOT IN (SELECT article FROM search_docs)"
    con.execute(
        f"INSERT INTO search_terms SELECT term, id, count(*)::INTEGER, any_value(n)::INTEGER FROM ("
        f"SELECT id, unnest(toks) AS term, len(toks) AS n FROM (SELECT id, {tokens_sql(DOC_TEXT_SQL)} AS toks "
        f"FROM articles WHERE {fresh})) GROUP BY term, id", [ids])
    con.execute(f"INSERT INTO search_docs SELECT id, len({tokens_sql(DOC_TEXT_SQL)}) FROM articles "
                      f"WHERE {fresh}", [ids])


def _fold_char(ch: str) -> str:
    """One non-ASCII character, lower-cased and without its accents, as exactly one character."""
    low = ch.lower()
    bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return bare if len(bare) == 1 else (low[:1] if len(low) >= 1 else ch)


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one character (offsets are kept).

    Only the distinct non-ASCII characters of the text go through Unicode normalisation (each
    to exactly one character, applied with `str.translate`); the rest is ASCII, whose `lower`
    is one to one.  Folding a body character by character in Python was most of a search's
    time (25 of 40 ms at 100k articles: snippets fold the bodies of the page's hits)."""
    table = {ord(ch): _fold_char(ch) for ch in set(text) if ord(ch) > 127}
    return (text.translate(table) if table else text).lower()


def query_terms(q: str) -> list[str]:
    """The distinct terms of a query, folded as the index is (at most MAX_QUERY_TERMS)."""
    terms = dict.fromkeys(t for t in re.findall(r"[^\W_]{2,}", fold(q)))
    return list(terms)[:MAX_QUERY_TERMS]


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
