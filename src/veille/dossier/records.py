"""Articles, entities and stories as SQL pages: `(total, rows)` for a filter, a limit and an offset."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from veille.dossier import event_shapes as _shapes
from veille.dossier import events as _events
from veille.store import aggregates, answers
from veille.store.db import Store
from veille.store.list_docs import ARTICLE_ORDER, Raw
from veille.store.redirects import resolve_story_id
from veille.store.rows import COLUMNS
from veille.store.search_index import ENTITY_TEXT_SQL, FOLD_SQL

# An entity's name or one of its aliases contains the query (case- and accent-insensitive), or it is
# its id.  The names come folded from `entities.search_text` (written with the entity, migration 10):
# folding every entity's name and aliases on each request was 1.7 ms of an actor filter at 100k.
ENTITY_MATCH_SQL = f"(contains(coalesce(e.search_text, {ENTITY_TEXT_SQL}), {FOLD_SQL.format('?')}) OR e.id = ?)"


def entity_match_params(query: str) -> list[str]:
    return [query, query]


def entity_texts(store: Store) -> list[tuple[str, str | None, str]] | None:
    """Every entity's (id, `search_text`, the folded text `ENTITY_MATCH_SQL` tests), read once
    per connection where the store keeps facts (the server's readers), else None. An actor
    filter and a search tested every entity's text in a statement per request (1.3-2.5 ms at
    100k on a loaded machine, for 466 entities); over these in Python it is 0.04 ms, and the
    entities table is the smallest the store has (its size follows the distinct names, not
    the articles). The CLI's stores keep no facts: they keep the statement."""
    if store.facts is None:
        return None
    return store.fact("entity texts", lambda: [(str(r[0]), r[1], str(r[2])) for r in store.con.execute(
        f"SELECT id, search_text, coalesce(search_text, {ENTITY_TEXT_SQL}) FROM entities").fetchall()])


def fold_query(store: Store, query: str) -> str:
    """`query` folded as `FOLD_SQL` folds it: DuckDB's `lower` then `strip_accents`. An ASCII
    text has no accent, and `lower` of ASCII is the same in Python and DuckDB (A-Z only), so
    only other texts cost a statement."""
    if query.isascii():
        return query.lower()
    row = store.con.execute(f"SELECT {FOLD_SQL.format('?')}", [query]).fetchone()
    return str(row[0]) if row else query


def matching_entities(store: Store, query: str) -> list[str] | None:
    """The ids `ENTITY_MATCH_SQL` keeps for `query`, sorted, from `entity_texts`; None where no
    facts are kept (the caller then runs the statement). DuckDB's `contains` is a substring test
    of UTF-8 bytes, which for valid text is Python's `in`."""
    texts = entity_texts(store)
    if texts is None:
        return None
    folded = fold_query(store, query)
    return sorted(i for i, _, text in texts if folded in text or i == query)


_TOTAL = "total__"  # the window count's column in a filtered page's rows (taken out of them)


def page(store: Store, sql: str, params: list[Any], order: str, limit: int | None,
         offset: int, count: str | None = None, kept: bool = False) -> tuple[int | None, list[dict[str, Any]]]:
    """The rows of `sql` in `order` (no `order`: as read), one page of them (and their total)
    when `limit` is given.
    `count`: the `FROM ... WHERE ...` of `sql` (same parameters), counted without its select
    list (counting the whole `sql` as a subquery evaluated its columns: 0.6-0.9 ms, 0.3 so).
    `kept`: `order` names only columns of the table (not the select list's names), so that an
    unfiltered page may come from the order kept for the connection (`kept_page`)."""
    if limit is None:
        return None, store.rows(f"{sql} ORDER BY {order}" if order else sql, params)
    if kept and not params and count and sql.endswith(count) and store.facts is not None:
        return kept_page(store, sql[:-len(count)].strip(), count, order, limit, offset)
    counting = f"SELECT count(*) {count}" if count else f"SELECT count(*) FROM ({sql})"

    def total() -> int:
        row = store.con.execute(counting, params).fetchone()
        return int(row[0]) if row else 0

    if not params:
        # An unfiltered list's total is the same for every request on one connection (a
        # store-wide fact: 0.6-0.8 ms of the articles and stories pages).
        n = store.fact(f"total of {counting}", total)
        return n, store.rows(f"{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    # A filtered total (its parameters would make the facts grow without bound) rides on the
    # page's rows as a window count: one statement, not a count and then a page (an entity type's
    # page: 1.6 + 0.4 -> 1.2 ms at 10k).  Past the end, where no row carries it, it is counted.
    if count and sql.endswith(count):
        windowed = f"{sql[:-len(count)].rstrip()}, count(*) OVER () AS {_TOTAL} {count}"
    else:
        windowed = f"SELECT *, count(*) OVER () AS {_TOTAL} FROM ({sql})"
    rows = store.rows(f"{windowed} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    n = int(rows[0][_TOTAL]) if rows else (total() if offset else 0)
    for row in rows:
        del row[_TOTAL]
    return n, rows


# ---------------------------------------------------------------- articles
ARTICLE_SUMMARY = ("id, source, url, title, outlet, published, published_how, lang, clean, dateline_place, "
                   "duplicate_of, duplicate_similarity, story, ingested_at, length(body) AS chars")


NEWEST_FIRST = ARTICLE_ORDER  # the articles page's order: "published DESC NULLS LAST, id"


def filters(*given: tuple[str, str | None]) -> tuple[list[str], list[Any]]:
    """The WHERE clauses of a listing and their parameters: each (clause with one `?`, value) pair
    whose value is given, in the order named (the articles' and the stories' pages share it)."""
    clauses, params = ["TRUE"], []
    for clause, value in given:
        if value:
            clauses.append(clause)
            params.append(value)
    return clauses, params


def articles(store: Store, *, story: str | None = None, entity: str | None = None, since: str | None = None,
             until: str | None = None, outlet: str | None = None, lang: str | None = None,
             originals: bool = False, limit: int | None = None, offset: int = 0,
             order: str = NEWEST_FIRST, docs: bool = False) -> tuple[int | None, list[Any]]:
    """Article summaries; `docs` (the server, an unfiltered page): as stored documents (`article_docs`)."""
    if docs and limit is not None and order == NEWEST_FIRST and not (
            story or entity or since or until or outlet or lang or originals):
        stored = article_docs(store, limit, offset)
        if stored is not None:
            return stored
    clauses, params = filters(("story = ?", story), ("outlet = ?", outlet), ("lang = ?", lang),
                              ("published >= CAST(? AS DATE)", since), ("published <= CAST(? AS DATE)", until),
                              ("id IN (SELECT article FROM mentions WHERE entity = ?)", entity))
    if originals:
        clauses.append("duplicate_of IS NULL")
    where = f"FROM articles WHERE {' AND '.join(clauses)}"
    return page(store, f"SELECT {ARTICLE_SUMMARY} {where}", params, order, limit, offset, where,
                kept=order == NEWEST_FIRST)


def article_docs(store: Store, limit: int, offset: int) -> tuple[int, list[Any]] | None:
    """(total, one page) of the unfiltered articles page as stored documents (`list_docs.Raw`,
    migration 27: `article_list`), an article without one as its row; None where no facts are
    kept (the order is a fact of the connection, as in `kept_page`).  The page's 50 rows of
    `articles` by row id cost 2.5-3.3 ms at 100k whatever was selected (DuckDB decompresses each
    row's vector of each column), then their validation 1.5; the narrow table is kept in the
    page's order, so that a page is one range of row ids (0.8 ms), or, over rows a partial write
    appended, a list of them (1.3)."""
    if store.facts is None:
        return None
    rowids = store.fact("order of article_list", lambda: store.con.execute(
        f"SELECT rowid FROM article_list ORDER BY {ARTICLE_ORDER}").fetchnumpy()["rowid"])
    wanted = [int(r) for r in rowids[offset:offset + limit]]
    if not wanted:
        return len(rowids), []
    low, high = min(wanted), max(wanted)
    # Rows in one short range (the rows of the page and, over rows deleted or appended since the
    # table was built in order, a few others, dropped below): the scan reads their vectors, not each row.
    if high - low < 4 * len(wanted):
        found = store.con.execute("SELECT rowid, id, doc FROM article_list WHERE rowid BETWEEN ? AND ?",
                                  [low, high]).fetchall()
    else:
        found = store.con.execute("SELECT rowid, id, doc FROM article_list WHERE rowid = ANY(?::BIGINT[])",
                                  [wanted]).fetchall()
    by_row = {r[0]: (r[1], r[2]) for r in found}  # (a range's other rows are not looked up)
    missing = [by_row[r][0] for r in wanted if by_row[r][1] is None]
    rows = {r["id"]: r for r in store.rows(f"SELECT {ARTICLE_SUMMARY} FROM articles WHERE id IN "
                                           "(SELECT unnest(?::VARCHAR[]))", [missing])} if missing else {}
    return len(rowids), [rows[i] if doc is None else Raw(doc) for i, doc in (by_row[r] for r in wanted)]


def kept_page(store: Store, select: str, where: str, order: str, limit: int,
              offset: int) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page) of the unfiltered `select ... where` (`where`: `FROM table [alias]
    WHERE` without parameters) in `order`, from the order itself kept as a store-wide fact of
    the connection (`Store.fact`: the row ids of every row in that order, 8 bytes a row), then
    the page's rows by row id.  Sorting the whole table for each page read every row's sort
    columns and carried the page's columns through the sort: the articles page's top-N read
    every article's id (newest first ties on the day, so the id decides for most rows; the ids'
    decompression alone was 4 ms at 100k, the page 10 ms), the stories page every story's
    summary.  The order costs that sort once per connection (20 ms for 100k articles), a page
    2-2.5 ms.  Only where facts are kept (the server's readers): elsewhere every call would
    sort the whole table again."""
    rowids = store.fact(f"order of {where} by {order}", lambda: store.con.execute(
        f"SELECT rowid {where} ORDER BY {order}").fetchnumpy()["rowid"])
    wanted = [int(r) for r in rowids[offset:offset + limit]]
    if not wanted:
        return len(rowids), []
    rows = store.rows(f"{select.replace('SELECT ', 'SELECT rowid AS row__, ', 1)} {where} "
                      "AND rowid = ANY(?::BIGINT[])", [wanted])
    by_row = {r.pop("row__"): r for r in rows}
    return len(rowids), [by_row[r] for r in wanted]


ANNOTATIONS = ("mentions", "timexes", "quotes", "events")
_COPY_COLUMNS = ("id", "title", "source", "outlet", "published", "duplicate_similarity")
# An article's annotations and the articles repeating it in ONE statement, each row as its JSON
# text tagged with its list: an article read 3.8 -> 2.9 ms at 10k (each branch still reads by
# its index; a statement's own cost, 0.1-0.3 ms before it reads, is what goes).  The tables hold
# no column that `to_json` writes otherwise than `Store.rows` gives it back (no timestamp; a
# DATE is ISO text either way; a double round-trips): tested equal to the per-table reads.
_RELATED_SQL = " UNION ALL ".join(
    [f"SELECT '{t}' AS list, to_json(x) AS row FROM {t} x WHERE article = $1" for t in ANNOTATIONS]
    + ["SELECT 'copies', to_json({" + ", ".join(f"'{c}': {c}" for c in _COPY_COLUMNS) + "}) "
       "FROM articles WHERE duplicate_of = $1"])
# The orders the lists are given in (every key ends with what makes it total, but for the
# annotations' spans: ties stay in the stored order, as the per-table reads gave them).
_RELATED_ORDER: dict[str, Any] = {
    "mentions": lambda r: (r["start"], r["end"]), "timexes": lambda r: (r["start"], r["end"]),
    "quotes": lambda r: (r["start"], r["end"]), "events": lambda r: r["id"],
    # DuckDB's `published NULLS LAST, id` (an ISO day sorts as the day)
    "copies": lambda r: (r["published"] is None, r["published"] or "", r["id"])}


# The article's own row rides in the same statement (its JSON text tagged "article"): one
# statement a read instead of two (CPU per read 4.3 -> 4.1 ms at 10k on the shared 2-core
# machine: a statement's fixed cost, parse, plan and the setting up of its scans, is what goes).
# Its TIMESTAMP columns are the one kind `to_json` writes otherwise than `Store.rows` gives it
# back ("2026-01-02 03:04:05" for "2026-01-02T03:04:05"): made ISO again.
_ARTICLE_ROW = ("SELECT 'article' AS list, to_json(x) AS row FROM (SELECT * EXCLUDE (raw) FROM articles "
                "WHERE id = $1) x UNION ALL ")
_ARTICLE_SQL = _ARTICLE_ROW + _RELATED_SQL
# Without the copies' branch: it scans every article's `duplicate_of` (no index: copies are
# rare, and an index costs every batch write), the one part of a read that grows with the store.
# Where facts are kept (the server), the ids of the articles that have copies are read once per
# connection and an article without is read so.
_ARTICLE_NO_COPIES_SQL = _ARTICLE_ROW + _RELATED_SQL.rsplit(" UNION ALL ", 1)[0]
_ARTICLE_TIMESTAMPS = tuple(c for c, kind in COLUMNS["articles"] if kind == "ts")


def _iso_timestamps(row: dict[str, Any]) -> dict[str, Any]:
    """`row` (an article's columns, all or some, read through `to_json`) with its TIMESTAMP
    columns written as `Store.rows` gives them ("2026-01-02T03:04:05"), in place."""
    for column in _ARTICLE_TIMESTAMPS:
        if row.get(column) is not None:
            row[column] = datetime.fromisoformat(row[column]).isoformat()
    return row


def _may_have_copies(store: Store, article_id: str) -> bool:
    if store.facts is None:
        return True
    copied = store.fact("articles with copies", lambda: {r[0] for r in store.con.execute(
        "SELECT DISTINCT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall()})
    return article_id in copied


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its body, what cleaning removed, every annotation (offsets into the
    body) and its duplicates: the article it repeats and the articles repeating it."""
    related: dict[str, list[dict[str, Any]]] = {name: [] for name in ("article", *_RELATED_ORDER)}
    # Its stored answer (migration 23, `veille.store.answers`): the same rows, one index lookup
    # (the read 3.9 -> 0.65 ms of process CPU at 100k); read by the statement where it has none.
    pairs = answers.article_pairs(store.con, article_id)
    if pairs is not None:
        for name, value in pairs:
            related[name].append(value)
    else:
        sql = _ARTICLE_SQL if _may_have_copies(store, article_id) else _ARTICLE_NO_COPIES_SQL
        for name, row in store.con.execute(sql, [article_id]).fetchall():
            related[name].append(json.loads(row))
    if not related["article"]:
        return None
    art = _iso_timestamps(related["article"][0])
    # Sorted here: DuckDB's sort costs about 0.5 ms a query whatever the rows.
    for name in ANNOTATIONS:
        art[name] = sorted(related[name], key=_RELATED_ORDER[name])
    art["duplicates"] = {"of": art["duplicate_of"], "copies": sorted(related["copies"], key=_RELATED_ORDER["copies"])}
    return art


# ---------------------------------------------------------------- entities
def entities(store: Store, *, name: str | None = None, type: str | None = None, mentioned: bool = False,
             limit: int | None = None, offset: int = 0) -> tuple[int | None, list[dict[str, Any]]]:
    """Entities with their mention and article counts (stored: `veille.store.aggregates`), most
    mentioned first."""
    clauses, params = ["TRUE"], []
    if name:
        clauses.append(ENTITY_MATCH_SQL)
        params += entity_match_params(name)
    if type:
        clauses.append("e.type = ?")
        params.append(type.upper())
    if mentioned:
        clauses.append("e.mentions > 0")
    where = f"FROM entities e WHERE {' AND '.join(clauses)}"
    sql = f"{_ENTITY_LIST_SQL} {where}"
    if (limit is not None and limit >= 0 <= offset and store.facts is not None and not name and not mentioned
            and (type or "").isascii()):
        # A page by type (or of all) from every entity in the page's order, read once per
        # connection: the statement sorted the table for each request (2.5 ms of the entities
        # page's 5.8 at 10k), and the table grows with distinct names, not with articles.
        ordered = _entities_by_mentions(store)
        wanted = type.upper() if type else None  # ASCII: Python's upper is DuckDB's
        rows = [r for r in ordered if wanted is None or r["type"] == wanted]
        return len(rows), [{**r, "aliases": list(r["aliases"]), "roles": [dict(x) for x in r["roles"]]}
                           for r in rows[offset:offset + limit]]
    return page(store, sql, params, _ENTITY_ORDER, limit, offset, where)


_ENTITY_LIST_SQL = ("SELECT e.id, e.name, e.type, e.wikidata, coalesce(e.aliases, '[]'::JSON) AS aliases, "
                    "coalesce(e.roles, '[]'::JSON) AS roles, coalesce(e.mentions, 0) AS mentions, "
                    "coalesce(e.articles, 0) AS articles")
_ENTITY_ORDER = "mentions DESC, id"


def _entities_by_mentions(store: Store) -> list[dict[str, Any]]:
    """Every entity's row in the entities page's order, read once per connection (facts kept)."""
    return store.fact("entities by mentions", lambda: store.rows(f"{_ENTITY_LIST_SQL} FROM entities e "
                                                                 f"ORDER BY {_ENTITY_ORDER}"))


def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
    """One entity's row as the entities page gives it (`_ENTITY_LIST_SQL`), a copy the caller may
    change. Where facts are kept (the server's readers), from the page's order kept for the
    connection (`entities` above: the whole table, the smallest the store has), so the entity
    page's own statement (about 1 ms of fixed cost) goes; else by its id."""
    if store.facts is None:
        rows = store.rows(f"{_ENTITY_LIST_SQL} FROM entities e WHERE e.id = ?", [entity_id])
        return rows[0] if rows else None
    by_id = store.fact("entities by id", lambda: {str(r["id"]): r for r in _entities_by_mentions(store)})
    found = by_id.get(entity_id)
    return None if found is None else {**found, "aliases": list(found["aliases"]),
                                       "roles": [dict(x) for x in found["roles"]]}


def mentions_of(store: Store, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for m in store.rows('SELECT entity, article, start, "end", text FROM mentions '
                        "WHERE entity IN (SELECT unnest(?::VARCHAR[])) ORDER BY article, start", [ids]):
        out[m.pop("entity")].append(m)
    return out


_COOCCURRING_SQL = ("SELECT c.other AS id, e.name, e.type, c.articles FROM cooccurrence c "
                    "LEFT JOIN entities e ON e.id = c.other WHERE c.entity = ? ORDER BY c.articles DESC, c.other "
                    "LIMIT ?")


ENTITY_RECORD_SQL = ("SELECT id, coalesce(articles, 0) AS articles, search_text, name, type, aliases, roles "
                     "FROM entities")


def entity_records(store: Store) -> dict[str, dict[str, Any]] | None:
    """Every entity's record as `ENTITY_RECORD_SQL` reads it (JSON decoded), by id, read once per
    connection where the store keeps facts (the server's readers), else None. A search's entity
    hits read theirs by an unnested id list (4.1-4.5 ms at 100k for 466 entities: a join over the
    table) and the entity page joined its partners to the table for their names (1.4 ms); the
    table is the smallest the store has (as `entity_texts`). Callers copy what they change."""
    if store.facts is None:
        return None
    return store.fact("entity records", lambda: {str(r["id"]): r for r in store.rows(ENTITY_RECORD_SQL)})


def entity_kinds(store: Store) -> dict[str, tuple[str, str]] | None:
    """Every entity's (name, type) by id, from `entity_records`; None where no facts are kept."""
    records = entity_records(store)
    if records is None:
        return None
    return store.fact("entity kinds", lambda: {i: (str(r["name"]), str(r["type"])) for i, r in records.items()})


def cooccurring(store: Store, entity_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """The entities mentioned in the most articles with `entity_id`, most first then by id, with
    their name and type (None for an id without an entity row): the first `limit` of its stored
    top partners (`cooccurrence_top`, one row), or the pair table for a longer list."""
    if not 0 <= limit <= aggregates.TOP:
        return store.rows(_COOCCURRING_SQL, [entity_id, limit])
    kinds = entity_kinds(store)
    if kinds is None:
        return store.rows("SELECT p.other AS id, e.name, e.type, p.articles FROM (SELECT unnest(partners[1:$2], "
                          "recursive := true) FROM cooccurrence_top WHERE entity = $1) p "
                          "LEFT JOIN entities e ON e.id = p.other ORDER BY p.articles DESC, p.other",
                          [entity_id, limit])
    # Every entity's top partners, read once per connection (one row per entity: the table grows
    # with distinct names, not with articles; 338 rows at 100k): the entity page's statement for
    # them (0.8-1 ms, a fixed cost) goes.
    tops = store.fact("cooccurrence tops", lambda: {str(e): list(p) for e, p in store.con.execute(
        "SELECT entity, partners FROM cooccurrence_top").fetchall()})
    out = []
    for p in tops.get(entity_id, [])[:limit]:
        name, type_ = kinds.get(p["other"], (None, None))
        out.append({"id": p["other"], "name": name, "type": type_, "articles": p["articles"]})
    return out


_MENTIONED_SQL = ("SELECT e.id, e.name, e.type, e.wikidata, coalesce(e.aliases, '[]'::JSON) AS aliases, "
                  "coalesce(e.roles, '[]'::JSON) AS roles FROM entities e WHERE e.mentions > 0")


def entities_by_id(store: Store, ids: list[str], role_of: str | None = None) -> list[dict[str, Any]]:
    """The entities `ids` (and those holding a role of `role_of`) that are mentioned somewhere
    (its stored mention count above 0; no counts returned), by id.

    Where the store keeps facts (the server's readers), from every mentioned entity's record
    read once per connection with who holds a role of whom: the graph of an entity asked this
    statement per request (2.8 ms of a 7.6 ms request at 10k), and the entities table grows
    with distinct names, not with articles (as `entity_records`). Callers may change the rows."""
    kept = store.fact("mentioned entities", lambda: _mentioned(store)) if store.facts is not None else None
    if kept is None:
        return store.rows(f"{_MENTIONED_SQL} AND (e.id IN (SELECT unnest(?::VARCHAR[])) OR list_contains("
                          "json_extract_string(e.roles, '$[*].of'), ?)) ORDER BY e.id", [ids, role_of])
    records, holders = kept
    wanted = {i for i in ids if i in records} | set(holders.get(role_of, ()) if role_of is not None else ())
    return [{**records[i], "aliases": list(records[i]["aliases"]), "roles": [dict(r) for r in records[i]["roles"]]}
            for i in sorted(wanted)]  # str order is DuckDB's VARCHAR order (code points, as UTF-8 bytes)


def _mentioned(store: Store) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    """Every mentioned entity's row by id, and for each entity the ids holding a role of it."""
    records = {str(r["id"]): r for r in store.rows(_MENTIONED_SQL)}
    holders: dict[str, list[str]] = defaultdict(list)
    for i, r in records.items():
        for of in dict.fromkeys(x.get("of") for x in r["roles"] if isinstance(x, dict)):
            if isinstance(of, str):  # what json_extract_string gives for a text; null is never equal
                holders[of].append(i)
    return records, dict(holders)


def article_summaries(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> (id, title, outlet, source, published) of the articles `ids` (those stored): what an
    event's sources show beside its evidence; one placeholder per id (an IN list of values is a
    filter on the scan)."""
    if not ids:
        return {}
    rows = store.rows("SELECT id, title, outlet, source, published FROM articles "
                      f"WHERE id IN ({', '.join('?' * len(ids))})", list(ids))
    return {r["id"]: r for r in rows}


def names_of(store: Store, ids: list[str]) -> dict[str, str]:
    if not ids:  # most entities hold no role of another: no query (0.3-1 ms each)
        return {}
    kinds = entity_kinds(store)
    if kinds is not None:
        return {i: kinds[i][0] for i in dict.fromkeys(ids) if i in kinds}
    return {r["id"]: r["name"] for r in store.rows(
        "SELECT id, name FROM entities WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])}


# ---------------------------------------------------------------- stories
def stories(store: Store, *, story: str | None = None, entity: str | None = None, since: str | None = None,
            until: str | None = None, limit: int | None = None,
            offset: int = 0, docs: bool = False) -> tuple[int | None, list[Any]]:
    """Stories with their number of merged events and of independent sources (articles that
    repeat no other; both stored: `veille.store.aggregates`), in date order. `docs` (the server,
    a page): each story whose list document is stored (migration 26) as that text, a
    `list_docs.Raw`, the others as rows."""
    clauses, params = filters(
        ("s.id = ?", story),
        ("s.id IN (SELECT a.story FROM articles a JOIN mentions m ON m.article = a.id WHERE m.entity = ?)", entity),
        ('s."end" >= CAST(? AS DATE)', since), ("s.start <= CAST(? AS DATE)", until))
    where = f"FROM stories s WHERE {' AND '.join(clauses)}"
    sql = f"{_STORY_COLUMNS} {where}"
    # One story by its id is at most one row (the primary key): no sort (0.3-0.5 ms of a story's page).
    order = "" if story and limit is None else "s.start NULLS LAST, s.id"
    if docs and limit is not None:
        # The page's ids and documents only (the same filter, order and kept order), then the rows
        # of those without a document: a page's 50 rows were read, decoded, validated and written
        # again (120 kB at 100k).
        total, found = page(store, f"SELECT s.id, s.list_doc {where}", params, order, limit, offset, where, kept=True)
        missing = [str(r["id"]) for r in found if r["list_doc"] is None]
        rows = {r["id"]: r for r in store.rows(f"{_STORY_COLUMNS} FROM stories s WHERE s.id IN "
                                               "(SELECT unnest(?::VARCHAR[]))", [missing])} if missing else {}
        return total, [rows[r["id"]] if r["list_doc"] is None else Raw(r["list_doc"]) for r in found]
    return page(store, sql, params, order, limit, offset, where, kept=True)


_STORY_COLUMNS = ('SELECT s.id, s.title, coalesce(s.articles, \'[]\'::JSON) AS articles, '
                  'coalesce(s.summary, \'[]\'::JSON) AS summary, s.start, s."end", '
                  "coalesce(s.events, 0) AS events, coalesce(s.sources, 0) AS sources")
# A story's row, its merged events (a story's view: a recalled event included) and its articles'
# summaries in ONE statement, each row as its JSON text tagged with its part, as `_ARTICLE_SQL`
# reads an article: three statements of about 1 ms of fixed cost each at 100k were most of a
# story page. `to_json` writes every column as `Store.rows` gives it back (DATEs as ISO days,
# JSON embedded, numbers) but the articles' TIMESTAMP, `ingested_at`, made ISO again.
_STORY_SQL = (f"SELECT 'story' AS part, to_json(x) AS row FROM ({_STORY_COLUMNS} FROM stories s WHERE s.id = $1) x "
              "UNION ALL SELECT 'events', to_json(x) FROM (SELECT " + _shapes.RECORD_COLUMNS
              + " FROM corpus_events WHERE story = $1) x "
              f"UNION ALL SELECT 'sources', to_json(x) FROM (SELECT {ARTICLE_SUMMARY} FROM articles "
              "WHERE story = $1) x")


def story(store: Store, story_id: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]] | None:
    """(row, merged event records in the events' order, article summaries unordered) of the story
    `story_id` (an exact id), or None; its events are the per-article ones (a second read) where
    the store has no merged events yet."""
    parts: dict[str, list[dict[str, Any]]] = {"story": [], "events": [], "sources": []}
    # Its stored answer (migration 23, `veille.store.answers`), one index lookup (the read 3.2 ->
    # 0.95 ms of process CPU at 100k); read by the statement where it has none.
    pairs = answers.story_pairs(store.con, story_id)
    if pairs is not None:
        for part, value in pairs:
            parts[part].append(value)
    else:
        for part, row in store.con.execute(_STORY_SQL, [story_id]).fetchall():
            parts[part].append(json.loads(row))
    if not parts["story"]:
        return None
    for a in parts["sources"]:
        _iso_timestamps(a)
    if parts["events"] or _events.merged(store):
        events = [_shapes.record(e) for e in sorted(parts["events"], key=_shapes.NATURAL_ORDER)]
    else:
        events = _events.query(store, _events.EventFilter(story=story_id))[1]
    return parts["story"][0], events, parts["sources"]


def story_id(store: Store, prefix: str) -> str | None:
    """The story with this id; else the story a recluster merged or split it into (a bookmark
    of an old id still resolves: `store.redirects`); else the first whose id starts with it."""
    moved = resolve_story_id(store.con, prefix)
    if moved is not None:
        return moved
    row = store.con.execute("SELECT id FROM stories WHERE id = ? OR starts_with(id, ?) "
                            "ORDER BY id = ? DESC, start NULLS LAST, id LIMIT 1", [prefix, prefix, prefix]).fetchone()
    return str(row[0]) if row else None
