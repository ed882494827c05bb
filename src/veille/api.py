"""The Python API; the CLI, the report (and later the REST API) are thin layers over it.

    import veille
    summary = veille.run(["articles/"], db="veille.duckdb")
    with veille.open("veille.duckdb") as dossier:
        for event in dossier.events(type="CONSULT", actor="Lavrov"):
            ...
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from veille.config import Config
from veille.dossier import event_graph as _graph
from veille.dossier import events as _events
from veille.dossier import records as _records
from veille.dossier import search as _search
from veille.engines import ENGINES
from veille.errors import ConfigError
from veille.runner import Progress, RunSummary
from veille.runner import run as _run
from veille.store import export as _export
from veille.store import graph_edges
from veille.store.db import Store


def run(inputs: Sequence[str | os.PathLike[str]] | str, db: str | os.PathLike[str] = "veille.duckdb",
        config: Config | None = None, progress: Progress | None = None, *, engine: str = "local",
        shards: str | os.PathLike[str] | None = None, ray_address: str | None = None,
        ray_workers: int = 2, retry_quarantined: bool = False) -> RunSummary:
    """Ingest files, folders or '-' (stdin) into the store `db` and run every stage.

    Idempotent: what is already stored is skipped.  Items that cannot be processed are
    quarantined (see `RunSummary.quarantined`); the run always goes on.  `retry_quarantined`
    also reads again the items the quarantine holds (fixed files, a fixed veille): those that
    now pass leave the quarantine, the others stay with their new reason.

    The store file is held only while the run reads or writes it, so readers (`veille serve`)
    can open it between batches; the run waits up to `config.store.lock_timeout` for them.

    `engine="ray"` runs the article stages on Ray (`ray_address` or RAY_ADDRESS for a cluster,
    else a local instance with `ray_workers` CPUs), writes Parquet shards under `shards`
    (default: `<db>.shards/` beside the store) and imports them; the store ends up the same.

    The article stages run in `config.workers` processes (default: one per core; see
    `veille.executor`).  Worker processes start as Python's multiprocessing starts them, so a
    script calling this at its top level needs the usual ``if __name__ == "__main__":`` guard
    (or ``Config(workers=1)``).
    """
    paths = [str(p) for p in ([inputs] if isinstance(inputs, str | os.PathLike) else list(inputs))]
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", hint=f"use one of: {', '.join(ENGINES)}")
    if engine == "ray" and retry_quarantined:
        raise ConfigError("--retry-quarantined runs on the local engine only",
                          hint="retry with the default engine: veille run --retry-quarantined --db FILE")
    config = config or Config()
    with Store.open_writer(db, lock_timeout=config.store.lock_timeout) as store:
        if engine == "ray":
            from veille.engines import ray_engine

            return ray_engine.run(paths, store, config, shards=_shards_dir(db, shards), address=ray_address,
                                  workers=ray_workers, progress=progress)
        return _run(paths, store, config, progress=progress, retry_quarantined=retry_quarantined)


def _shards_dir(db: str | os.PathLike[str], shards: str | os.PathLike[str] | None) -> str:
    if shards is not None:
        return str(shards)
    if str(db) == ":memory:":
        raise ConfigError("the ray engine needs a shards folder with an in-memory store",
                          hint="pass shards=... (--shards DIR)")
    return f"{db}.shards"


def import_parquet(shards: str | os.PathLike[str], db: str | os.PathLike[str] = "veille.duckdb",
                   config: Config | None = None) -> RunSummary:
    """Load the Parquet shards of a Ray run into the store `db`, then run the corpus steps.

    Articles the store holds are skipped, so importing twice adds nothing."""
    from veille.engines.common import import_parquet as _import

    if not os.path.isdir(shards):
        raise ConfigError(f"no shards folder at {shards}", hint="give the --shards folder of a ray run")
    config = config or Config()
    with Store.open_writer(db, lock_timeout=config.store.lock_timeout) as store:
        return _import(str(shards), store, config)


def relink(db: str | os.PathLike[str] = "veille.duckdb", config: Config | None = None) -> dict[str, int]:
    """Link every stored name again from the ids the entities stage gave (`veille relink`): the
    partition the incremental corpus steps keep, recomputed over the whole store."""
    from veille.corpus_steps import relink as _relink

    return _corpus_command(db, config, _relink)


def recluster(db: str | os.PathLike[str] = "veille.duckdb", config: Config | None = None) -> dict[str, int]:
    """Cluster every stored article again, stored stories not kept (`veille recluster`); story
    ids that disappear are redirected to the story holding most of their articles."""
    from veille.corpus_steps import full

    return _corpus_command(db, config, lambda store, ctx: full(store, ctx, recluster=True))


def _corpus_command(db: str | os.PathLike[str], config: Config | None, step: Any) -> dict[str, int]:
    from veille.pipeline import Context

    config = config or Config()
    with Store.open_writer(db, lock_timeout=config.store.lock_timeout) as store:
        result: dict[str, int] = step(store, Context(config=config))
        return result


Page = dict[str, Any]  # {"total": int, "limit": int, "offset": int, "items": [...]}
GRAPH_SAMPLE = graph_edges.SAMPLE  # events and articles listed per graph edge by the API (the counts say how many)


def _page(total: int | None, limit: int, offset: int, items: list[Any]) -> Page:
    return {"total": total or 0, "limit": limit, "offset": offset, "items": items}


def open(db: str | os.PathLike[str] = "veille.duckdb") -> Dossier:
    """A read-only view of a store, with query methods."""
    return Dossier(Store.open(db, read_only=True))


class Dossier:
    """Queries over a store: stories, events, entities, timeline, articles, quarantine."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- lookups
    def names(self) -> dict[str, str]:
        """Entity id -> canonical name (actors are stored as ids)."""
        return {r["id"]: r["name"] for r in self.store.rows("SELECT id, name FROM entities")}

    def resolve_entity(self, query: str) -> list[str]:
        """Entity ids whose name or alias contains `query` (case- and accent-insensitive), or whose id it is."""
        kept = _records.matching_entities(self.store, query)  # the server's: over texts read once
        if kept is not None:
            return kept
        rows = self.store.con.execute(f"SELECT e.id FROM entities e WHERE {_records.ENTITY_MATCH_SQL}",
                                      _records.entity_match_params(query)).fetchall()
        return sorted(str(r[0]) for r in rows)  # ids are unique: DuckDB's ORDER BY id, without its sort

    # -- search
    def search(self, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Full-text search over titles, bodies and entity names (case- and accent-insensitive):
        `{"total": int, "items": [{"kind": "article"|"entity", "id", "title", "snippet",
        "highlights", "score", ...}]}`; entities whose name matches come first, then articles by
        rank (see `veille.dossier.search`).  The total is exact."""
        return _search.search(self.store, q, limit=limit, offset=offset)

    # -- stories
    def stories(self) -> list[dict[str, Any]]:
        return _records.stories(self.store)[1]

    def stories_page(self, *, entity: str | None = None, since: str | None = None, until: str | None = None,
                     limit: int = 50, offset: int = 0, docs: bool = False) -> Page:
        """A page of stories in date order. `docs` (the server): each story whose list document is
        stored (migration 26) as that JSON text, a `list_docs.Raw`, the others as rows."""
        total, rows = _records.stories(self.store, entity=entity, since=since, until=until, limit=limit,
                                       offset=offset, docs=docs)
        return _page(total, limit, offset, rows)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """One story (by id or id prefix) with its events and its sources."""
        # The story, its events and its sources first (one statement where an id names a story);
        # else a redirect or a prefix.
        read = _records.story(self.store, story_id)
        if read is None:
            found = _records.story_id(self.store, story_id)
            read = _records.story(self.store, found) if found is not None else None
            if read is None:
                return None
        out, events, summaries = read
        out["events"] = events
        # Listed in the story's own article order.
        sources = {a["id"]: a for a in summaries}
        out["sources"] = [sources[a] for a in out["articles"] if a in sources]
        return out

    # -- events
    def _event_filter(self, type: str | None, actor: str | None, since: str | None, until: str | None,
                      story: str | None, dated: bool = False) -> _events.EventFilter:
        return _events.EventFilter(type=type, actors=self.resolve_entity(actor) if actor else None, since=since,
                                   until=until, story=story, dated=dated)

    def events(self, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, story: str | None = None) -> list[dict[str, Any]]:
        """Events of a PLOVER `type`, with an `actor` (a name, alias or id) on either side, whose
        date range meets [since, until], in a story; every filter is optional."""
        return _events.query(self.store, self._event_filter(type, actor, since, until, story))[1]

    def events_page(self, type: str | None = None, actor: str | None = None, since: str | None = None,
                    until: str | None = None, story: str | None = None, *, limit: int = 50,
                    offset: int = 0, full: bool = False, docs: bool = False) -> Page:
        """A page of `events`' list, each event in brief (`veille.dossier.event_shapes.brief_of`: its
        first evidence sentence as an excerpt with its article and offsets, `evidence_count`,
        `contested`, no conflict's claims) unless `full`; `event(id)` gives one whole (perf38,
        issue 20: a page of 50 whole events was most of the events list's cost). `docs` (the
        server) with `full`: each event whose record is stored as the API's JSON text (migration
        26) comes as that text, an `events.RawRecord`, as in `timeline_page`."""
        total, rows = _events.query(self.store, self._event_filter(type, actor, since, until, story),
                                    limit=limit, offset=offset, brief=not full, docs=docs and full)
        return _page(total, limit, offset, rows)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's whole record (every evidence sentence, its conflicts with their claims),
        by id; a recalled event too (its `same_as` names the event it is)."""
        return _events.event(self.store, event_id)

    def timeline(self, entity: str | None = None, since: str | None = None,
                 until: str | None = None, story: str | None = None) -> list[dict[str, Any]]:
        """Dated events in date order (undated ones are left out), for one entity or all; with
        `story`, that story's, the events it recalls from an earlier story included."""
        return _events.query(self.store, self._event_filter(None, entity, since, until, story, dated=True),
                             timeline=True)[1]

    def timeline_page(self, entity: str | None = None, since: str | None = None, until: str | None = None,
                      type: str | None = None, story: str | None = None, *, limit: int = 50,
                      offset: int = 0, docs: bool = False, brief: bool = False) -> Page:
        """A page of dated events in date order, whole, or each in brief with `brief` (as
        `events_page` gives them: the REST timeline's default since api43). `docs` (the server,
        whole events): each event whose record is stored as the API's JSON text (migration 26)
        comes as that text, an `events.RawRecord`, the others as records."""
        total, rows = _events.query(self.store, self._event_filter(type, entity, since, until, story, dated=True),
                                    limit=limit, offset=offset, timeline=True, docs=docs and not brief,
                                    brief=brief)
        return _page(total, limit, offset, rows)

    def graph(self, entity: str | None = None, story: str | None = None) -> dict[str, Any]:
        """The actor graph: entities as nodes, edges from events and roles.  With `entity` (an
        id) only the edges touching it; with `story` only the events of that story."""
        from veille.model import CorpusEvent, Entity, Role
        from veille.stages.stories.outputs import actor_graph

        filt = _events.EventFilter(story=story, actors=[entity] if entity else None)
        # The graph reads ids, types, actors and articles of events; their evidence is left unread.
        events = [CorpusEvent(id=e["id"], type=e["type"], mode=None, source=e["source"] or [],
                              target=e["target"] or [], date=None, location=None, modality="asserted",
                              evidence=[], story=None, articles=e["articles"] or [], independent_sources=1)
                  for e in _graph.graph_rows(self.store, filt)]
        if entity or story:
            used = {entity} | {a for e in events for a in (*e.source, *e.target)}
            rows = _records.entities_by_id(self.store, sorted(x for x in used if x), role_of=entity)
        else:
            rows = _records.entities(self.store, mentioned=True)[1]
        entities = [Entity(id=e["id"], name=e["name"], type=e["type"], wikidata=e["wikidata"],
                           aliases=e["aliases"], roles=[Role(**r) for r in e["roles"]]) for e in rows]
        graph = actor_graph(events, entities)
        if entity:
            graph["edges"] = [x for x in graph["edges"] if entity in (x["source"], x["target"])]
            touched = {entity} | {n for x in graph["edges"] for n in (x["source"], x["target"])}
            graph["nodes"] = [n for n in graph["nodes"] if n["id"] in touched]
        return graph

    def graph_page(self, entity: str | None = None, story: str | None = None, *, max_edges: int = 1000,
                   sample: int = GRAPH_SAMPLE) -> dict[str, Any]:
        """The actor graph as the API serves it: the `graph()` edges, best supported first, at
        most `max_edges`, each with `event_count` and `article_count` and at most `sample` of
        its events and articles (`edge_articles` pages the rest); the nodes are the entities the
        kept edges touch (and `entity`).  The edges are aggregated in DuckDB."""
        from veille.stages.stories.outputs import role_edges

        filt = _events.EventFilter(story=story, actors=[entity] if entity else None)
        edges = _graph.graph_edges(self.store, filt, touching=entity, sample=sample)
        if entity or story:
            used = {entity} | {a for e in edges for a in (e["source"], e["target"])}
            rows = _records.entities_by_id(self.store, sorted(x for x in used if x), role_of=entity)
        else:
            rows = _records.entities(self.store, mentioned=True)[1]
        known = {(e["source"], e["target"], e["relation"]) for e in edges}
        roles = [(r["id"], x.get("title") or "", x.get("of")) for r in rows for x in r["roles"]]
        for u, v, relation in role_edges(roles):
            if (u, v, relation) not in known and (not entity or entity in (u, v)):
                known.add((u, v, relation))  # two roles with one title and one `of` are one edge
                edges.append({"source": u, "target": v, "relation": relation, "event_count": 0, "events": [],
                              "article_count": 0, "articles": []})
        edges.sort(key=lambda e: (-e["article_count"], -e["event_count"], e["source"], e["target"], e["relation"]))
        kept = edges[:max_edges]
        touched = {n for e in kept for n in (e["source"], e["target"])} | ({entity} if entity else set())
        names = {r["id"]: r for r in rows}
        nodes = [{"id": n, "name": names[n]["name"] if n in names else n,
                  "type": names[n]["type"] if n in names else None,
                  "wikidata": names[n]["wikidata"] if n in names else None} for n in sorted(touched)]
        return {"nodes": nodes, "edges": kept, "total_edges": len(edges), "truncated": len(edges) > len(kept)}

    def edge_articles(self, source: str, target: str, relation: str, *, limit: int = 50,
                      offset: int = 0) -> Page:
        """The articles an edge of the actor graph rests on, by id, a page at a time."""
        total, ids = _graph.edge_articles(self.store, (source, target, relation), limit, offset)
        return _page(total, limit, offset, ids)

    # -- entities
    def entities(self, name: str | None = None, type: str | None = None) -> list[dict[str, Any]]:
        """Entities matching `name` and `type`, most mentioned first, each with its mentions."""
        rows = _records.entities(self.store, name=name, type=type)[1]
        mentions = _records.mentions_of(self.store, [r["id"] for r in rows])
        for r in rows:
            r["mentions"] = mentions[r["id"]]
            del r["articles"]
        return rows

    def entities_page(self, name: str | None = None, type: str | None = None, *, limit: int = 50,
                      offset: int = 0) -> Page:
        """Entities with `mentions` and `articles` counts, most mentioned first."""
        total, rows = _records.entities(self.store, name=name, type=type, limit=limit, offset=offset)
        return _page(total, limit, offset, rows)

    def entity(self, entity_id: str, *, events: int = 50, events_offset: int = 0,
               cooccurring: int = 20) -> dict[str, Any] | None:
        """One entity: aliases, roles (with the name of what they are roles of), mention and
        article counts, a page of its events (`events` records from `events_offset`, in the
        events page's order: `{"total", "limit", "offset", "items"}`), co-occurring entities.
        Each event is brief (`veille.dossier.event_shapes.brief_of`): its first evidence sentence as an
        excerpt with its offsets, `evidence_count`, the attributes its sources contest
        (`contested`) and its articles; `event(id)` gives the whole record (issue 20: an
        entity's 50 events with every sentence and every conflict's claims were 1.5 MB at 100k)."""
        found = _records.entity(self.store, entity_id)
        if found is None:
            return None
        names = _records.names_of(self.store, [r["of"] for r in found["roles"] if r.get("of")])
        found["roles"] = [{**r, "of_name": names.get(r.get("of") or "")} for r in found["roles"]]
        total, evs = _events.query(self.store, _events.EventFilter(actors=[entity_id]), limit=events,
                                   offset=events_offset, brief=True)
        found["events"] = _page(total, events, events_offset, evs)
        found["cooccurring"] = _records.cooccurring(self.store, entity_id, cooccurring)
        return found

    def event_sources(self, events: list[dict[str, Any]], most: int) -> dict[str, dict[str, Any]]:
        """Article id -> summary (id, title, outlet, source, published) of the first `most`
        articles of each of `events`: what an events page shows as an event's sources, read in
        one query for the page."""
        ids = {a: None for e in events for a in e["articles"][:most]}
        return _records.article_summaries(self.store, list(ids))

    def cooccurring(self, entity_id: str, limit: int = 10) -> list[tuple[str, int]]:
        return [(r["id"], r["articles"]) for r in _records.cooccurring(self.store, entity_id, limit)]

    # -- articles
    def articles(self) -> list[dict[str, Any]]:
        """Every article without its raw text and body, in ingestion order."""
        return self.store.rows("SELECT * EXCLUDE (raw, body) FROM articles ORDER BY ingested_at, id")

    def articles_page(self, *, story: str | None = None, entity: str | None = None, since: str | None = None,
                      until: str | None = None, outlet: str | None = None, lang: str | None = None,
                      originals: bool = False, limit: int = 50, offset: int = 0, docs: bool = False) -> Page:
        """Article summaries (no body), newest first. `docs` (the server): an unfiltered page's
        articles as their stored documents (migration 27), `list_docs.Raw`, the others as rows."""
        total, rows = _records.articles(self.store, story=story, entity=entity, since=since, until=until,
                                        outlet=outlet, lang=lang, originals=originals, limit=limit, offset=offset,
                                        docs=docs)
        return _page(total, limit, offset, rows)

    def article(self, article_id: str, body: bool = True) -> dict[str, Any] | None:
        """One article: with `body`, its body, what cleaning removed, its annotations (offsets into
        the body) and duplicates; without, the stored fields but the raw text and body."""
        if body:
            return _records.article(self.store, article_id)
        rows = self.store.rows("SELECT * EXCLUDE (raw, body) FROM articles WHERE id = ?", [article_id])
        return rows[0] if rows else None

    def quarantine(self) -> list[dict[str, Any]]:
        return self.store.rows("SELECT key, source, stage, code, message, run_id, quarantined_at, input, file, "
                               "item FROM quarantine ORDER BY quarantined_at, key")

    def export(self, out: str | os.PathLike[str], fmt: str = "jsonl") -> dict[str, Any]:
        return {k: str(v) for k, v in _export.export(self.store, os.fspath(out), fmt).items()}

