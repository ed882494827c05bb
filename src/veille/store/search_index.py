"""Full-text search over the stored corpus: an inverted index in DuckDB, ranked by BM25.

DuckDB's `fts` extension would be downloaded at run time, so veille keeps its own index.  Since
migration 11 it is three tables of integers (grouping 30k postings by an article's text id was
most of a search at 100k articles; by a 4-byte number it is a third of it):

- `search_docs (article, length, doc)`: each indexed article, its length in tokens, and its
  document number, given in the order articles are indexed;
- `search_vocab (term, tid, df)`: each term, its number, and its document frequency (kept as
  articles are indexed: the store is append-only, so a term's df only grows);
- `search_postings (tid, doc, tf, length)`: one row per (term, article) with the term's
  frequency and the article's length (BM25 needs no join), kept in (tid, doc) order;
- `entity_docs (entity, doc, mentions)`: mentions per (entity, article), recounted with the
  entities' stored counts (`veille.store.aggregates`), for the entity bonus below.

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
from collections.abc import Sequence
from functools import lru_cache
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


# The postings in (term, document) order, so that DuckDB's zone maps (each row group's min and max
# term) let a query read only the row groups of its terms: at 100k articles (15.6M postings) a
# term's lookup went from a 55 ms scan to 1 ms.  Postings that `index_articles` appends sit in
# row groups of their own (every term of a batch); `cluster` sorts them in again, which
# `index_articles` does itself once the unsorted tail is an eighth of the postings (so the
# rewrite is paid once per 12% of growth, not per batch).
# `{sorted}`: the postings, ordered, as the temporary table's query; the rest is the same rewrite
# for either order (the impact order's adds its state after it).
_CLUSTER_SQL = """
PRAGMA disable_progress_bar;
CREATE TEMP TABLE search_postings_sorted AS {sorted};
DELETE FROM search_postings;
INSERT INTO search_postings SELECT * FROM search_postings_sorted;
DROP TABLE search_postings_sorted;
INSERT INTO corpus_state SELECT 'search_sorted', count(*)::VARCHAR FROM search_postings
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
"""
CLUSTER_SQL = _CLUSTER_SQL.format(sorted="SELECT * FROM search_postings ORDER BY tid, doc")
# Since migration 19 `cluster` sorts a term's postings by impact instead: by BM25's term weight
# tf (k1 + 1) / (tf + k1 (1 - b + b length / avgdl)) at the mean length of that moment, highest
# first (then by document), and keeps that mean length and the last document sorted
# (`IMPACTS_KEY`: '<document> <mean length>').  A one-term search then reads its term's best
# postings first and stops once the rest cannot reach its page (`veille.dossier.search`): each
# unread posting's weight now is at most its sorted weight times max(1, avgdl now / avgdl then).
# Postings appended since (documents after the last sorted) sit in row groups of their own,
# which a filter on the document finds by their zone maps.
IMPACTS_KEY = "search_impacts"
IMPACT_SQL = f"tf * {K1 + 1} / (tf + {K1} * ({1 - B} + {B} * length / {{avgdl}}))"
_MEAN_LENGTH_SQL = "(SELECT greatest(coalesce(sum(length) / count(*), 1), 1)::DOUBLE FROM search_docs)"
IMPACT_CLUSTER_SQL = _CLUSTER_SQL.format(
    sorted=f"SELECT p.* FROM search_postings p, (SELECT {_MEAN_LENGTH_SQL} AS a) m\n"
           f"    ORDER BY p.tid, {IMPACT_SQL.format(avgdl='m.a')} DESC, p.doc") + f"""\
INSERT INTO corpus_state SELECT '{IMPACTS_KEY}', coalesce(max(doc), 0) || ' ' || {_MEAN_LENGTH_SQL} FROM search_docs
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
"""
MIGRATION_19 = IMPACT_CLUSTER_SQL
STATS_KEY = "search_docs"  # corpus_state: '<documents> <tokens>' of the index
STATS_SQL = (f"INSERT INTO corpus_state SELECT '{STATS_KEY}', count(*) || ' ' || coalesce(sum(length), 0) "
             "FROM search_docs ON CONFLICT (key) DO UPDATE SET value = excluded.value")
UNSORTED_SHARE = 8  # cluster when more than 1/8 of the postings were appended since the last sort
UNSORTED_MIN = 500_000  # ... and at least this many (a few row groups): small stores never need it

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


def _index_sql(new_articles: str) -> list[str]:
    """The statements indexing the articles `new_articles` selects (id, title, body, position;
    the document numbers follow position), those already indexed left out.  Temp tables
    `index_new` (article, toks, doc) and `index_terms` (term, doc, tf, length) carry them."""
    return [
        f"""CREATE OR REPLACE TEMP TABLE index_new AS
SELECT id AS article, {tokens_sql(DOC_TEXT_SQL)} AS toks,
       (SELECT coalesce(max(doc), 0) FROM search_docs) + row_number() OVER (ORDER BY position)::INTEGER AS doc
FROM ({new_articles}) WHERE id NOT IN (SELECT article FROM search_docs)""",
        """CREATE OR REPLACE TEMP TABLE index_terms AS
SELECT term, doc, count(*)::INTEGER AS tf, any_value(n)::INTEGER AS length
FROM (SELECT doc, unnest(toks) AS term, len(toks) AS n FROM index_new) GROUP BY term, doc""",
        "INSERT INTO search_docs SELECT article, len(toks), doc FROM index_new ORDER BY doc",
        """INSERT INTO search_vocab
SELECT term, (SELECT coalesce(max(tid), 0) FROM search_vocab) + row_number() OVER (ORDER BY term)::INTEGER, 0
FROM (SELECT DISTINCT term FROM index_terms) WHERE term NOT IN (SELECT term FROM search_vocab)""",
        """UPDATE search_vocab SET df = search_vocab.df + c.n
FROM (SELECT term, count(*)::INTEGER AS n FROM index_terms GROUP BY term) c WHERE search_vocab.term = c.term""",
        """INSERT INTO search_postings SELECT v.tid, t.doc, t.tf, t.length
FROM index_terms t JOIN search_vocab v USING (term) ORDER BY v.tid, t.doc""",
        STATS_SQL,
        "DROP TABLE index_new",
        "DROP TABLE index_terms"]


def search_stats(con: Any) -> tuple[float, float]:
    """(documents, mean length in tokens) of the index, as BM25 wants them (at least 1 each),
    from `corpus_state` where indexing keeps them (a count over `search_docs` per search was a
    scan of every document)."""
    row = con.execute("SELECT value FROM corpus_state WHERE key = ?", [STATS_KEY]).fetchone()
    docs, tokens = (int(x) for x in row[0].split()) if row else (0, 0)
    return float(max(docs, 1)), max(tokens / docs if docs else 0.0, 1.0)


def entity_docs_sql(ids: Sequence[str] | None) -> list[tuple[str, list[Any]]]:
    """Statements recounting `entity_docs` for the entities `ids` (None: all), in entity order."""
    where, params = ("TRUE", []) if ids is None else ("m.entity IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])
    recount = (f"INSERT INTO entity_docs SELECT m.entity, d.doc, count(*)::INTEGER FROM mentions m "
               f"JOIN search_docs d ON d.article = m.article WHERE m.entity IS NOT NULL AND {where} "
               f"GROUP BY ALL ORDER BY 1, 2")
    if ids is None:
        return [("DELETE FROM entity_docs", []), (recount, [])]
    return [("DELETE FROM entity_docs WHERE entity IN (SELECT unnest(?::VARCHAR[]))", params), (recount, params)]


# Migration 11: the integer index above, built from the stored articles (in the order they were
# stored) as `index_articles` builds it, sorted; then every entity's `entity_docs`.  The text
# postings it replaces are dropped.
MIGRATION_11 = ";\n".join([
    "PRAGMA disable_progress_bar",
    "DROP TABLE IF EXISTS search_terms",
    "DROP TABLE IF EXISTS search_docs",
    "CREATE TABLE search_docs (article VARCHAR PRIMARY KEY, length INTEGER NOT NULL, doc INTEGER NOT NULL)",
    "CREATE TABLE search_vocab (term VARCHAR PRIMARY KEY, tid INTEGER NOT NULL, df INTEGER NOT NULL)",
    "CREATE TABLE search_postings (tid INTEGER NOT NULL, doc INTEGER NOT NULL, tf INTEGER NOT NULL, "
    "length INTEGER NOT NULL)",
    "CREATE TABLE entity_docs (entity VARCHAR NOT NULL, doc INTEGER NOT NULL, mentions INTEGER NOT NULL)",
    *_index_sql("SELECT id, title, body, rowid AS position FROM articles"),
    CLUSTER_SQL.strip().rstrip(";"),
    *(sql for sql, _ in entity_docs_sql(None))]) + ";\n"


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
    """Rewrite the postings in (term, impact) order (see IMPACT_CLUSTER_SQL); in the caller's transaction."""
    con.execute(IMPACT_CLUSTER_SQL)


def impacts_state(con: Any) -> tuple[int, float]:
    """(last document in impact order, the mean length it was sorted at); (0, 1.0) before any sort."""
    row = con.execute("SELECT value FROM corpus_state WHERE key = ?", [IMPACTS_KEY]).fetchone()
    if not row:
        return 0, 1.0
    doc, avgdl = row[0].split()
    return int(doc), float(avgdl)


def index_articles(con: Any, ids: list[str], *, sort: bool = True) -> None:
    """Index the articles `ids` not indexed yet (ids are content hashes: a stored article's
    title and body never change, so a rewrite by the corpus steps needs no re-indexing).

    New articles get the next document numbers (in the order of `ids`), new terms the next
    term numbers; the terms' document frequencies grow by the new postings.  `sort`: cluster
    the postings when the unsorted tail has grown past its share (`UNSORTED_SHARE`)."""
    if not ids:
        return
    given = ("SELECT a.id, a.title, a.body, i.position FROM articles a JOIN (SELECT unnest(?::VARCHAR[]) AS id, "
             "generate_subscripts(?::VARCHAR[], 1) AS position) i ON i.id = a.id")
    for number, sql in enumerate(_index_sql(given)):
        con.execute(sql, [ids, ids] if number == 0 else [])
    if sort:
        row = con.execute("SELECT (SELECT count(*) FROM search_postings), (SELECT coalesce(max(value::BIGINT), 0) "
                          "FROM corpus_state WHERE key = 'search_sorted')").fetchone()
        total, in_order = (int(row[0]), int(row[1])) if row else (0, 0)
        if total - in_order > max(UNSORTED_MIN, total // UNSORTED_SHARE):
            cluster(con)


# Memoised (perf38): a search's snippets fold 20 bodies, each with a dozen distinct accented
# letters, and the normalisation of each (4 us) was most of a body's fold; the same few hundred
# letters recur in every text. Bounded; a pure function of its character.
@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One non-ASCII character, lower-cased and without its accents, as exactly one character."""
    low = ch.lower()
    bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return bare if len(bare) == 1 else (low[:1] if len(low) >= 1 else ch)


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one character (offsets are kept).

    Only the distinct non-ASCII characters of the text go through Unicode normalisation (each
    to exactly one character); the rest is ASCII, whose `lower` is one to one.  A text with few
    of them (news: a dozen accented letters) gets one `str.replace` each, a C scan; with many,
    one `str.translate`, whose per-character table lookup cost 85 ns a character (folding the
    bodies of a search page's hits for their snippets was a quarter of a search at 100k)."""
    special = [ch for ch in set(text) if ord(ch) > 127]
    if len(special) > 32:
        return text.translate({ord(ch): _fold_char(ch) for ch in special}).lower()
    for ch in special:
        text = text.replace(ch, _fold_char(ch))
    return text.lower()


def query_terms(q: str) -> list[str]:
    """The distinct terms of a query, folded as the index is (at most MAX_QUERY_TERMS)."""
    terms = dict.fromkeys(t for t in re.findall(r"[^\W_]{2,}", fold(q)))
    return list(terms)[:MAX_QUERY_TERMS]


def first_hit(folded: str, terms: list[str]) -> int:
    """Where the first of `terms` starts as a whole token of `folded` (not inside a run of letters or
    digits: `pattern.search` of `snippet_of`'s regex), -1 where none does. By `str.find` per term
    (perf38): the regex's lookbehind, tried at every position of a 1.8k-character body, cost 19 us
    a body, a third of a snippet (the regex's letter or digit, `[^\\W_]`, is `str.isalnum`)."""
    best = -1
    for term in terms:
        at = folded.find(term) if term else -1
        while at >= 0 and (best < 0 or at < best):
            end = at + len(term)
            if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                best = at
                break
            at = folded.find(term, at + 1)
    return best


@lru_cache(maxsize=64)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The query terms as whole tokens. Built once per query, not per snippet: building the text
    and finding it in `re`'s cache was 13 us a snippet, 0.27 ms of a search's 20."""
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![^\W_])")


FOLD_PREFIX = 1024  # characters of a text folded first for its snippet (bodies: 1.8k on average)


def _folded_hit(text: str, terms: list[str], width: int) -> tuple[str, int]:
    """(`fold(text)`, or as much of its start as the snippet needs; `first_hit` in it). `fold` is
    one character for one character, so a prefix's fold is the fold's prefix: where the first
    hit lies early enough that the hit, its next character and the snippet's window (`width`
    from at most the hit) are all in the first `FOLD_PREFIX` characters, no earlier hit can lie
    past them, and the rest of a body is not folded (folding whole bodies was half a snippet)."""
    if len(text) > FOLD_PREFIX:
        part = fold(text[:FOLD_PREFIX])
        first = first_hit(part, terms)
        if first >= 0 and first + max([width, *(len(t) for t in terms)]) < FOLD_PREFIX:
            return part, first
    folded = fold(text)
    return folded, first_hit(folded, terms)


def snippet_of(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> tuple[str, list[list[int]]]:
    """About `width` characters of `text` around the first query term found (word-aligned),
    and where the query terms are in that snippet."""
    folded, first = _folded_hit(text, terms, width)
    pattern = _terms_pattern(tuple(terms))
    start = 0 if first < 0 else max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (first if first >= 0 else start + 20) else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start else ""
    snippet = prefix + text[start:end].replace("\n", " ") + ("…" if end < len(text) else "")
    marks = [[m.start() - start + len(prefix), m.end() - start + len(prefix)]
             for m in pattern.finditer(folded, start, end)]
    return snippet, marks
