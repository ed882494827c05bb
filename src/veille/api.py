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
from veille.runner import Progress, RunSummary
from veille.runner import run as _run
from veille.store import export as _export
from veille.store.db import Store


def run(inputs: Sequence[str | os.PathLike[str]] | str, db: str | os.PathLike[str] = "veille.duckdb",
        config: Config | None = None, progress: Progress | None = None) -> RunSummary:
    """Ingest files, folders or '-' (stdin) into the store `db` and run every stage.

    Idempotent: what is already stored is skipped.  Items that cannot be processed are
    quarantined (see `RunSummary.quarantined`); the run always goes on.

    The article stages run in `config.workers` processes (default: one per core; see
    `veille.executor`).  Worker processes start as Python's multiprocessing starts them, so a
    script calling this at its top level needs the usual ``if __name__ == "__main__":`` guard
    (or ``Config(workers=1)``).
    """
    paths = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    with Store.open(db) as store:
        return _run([str(p) for p in paths], store, config, progress=progress)


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
        """Entity ids whose name or alias contains `query` (case- and accent-insensitive)."""
        q = f"%{query}%"
        rows = self.store.rows(
            "SELECT id FROM entities WHERE strip_accents(lower(name)) LIKE strip_accents(lower(?)) "
            "OR id = ? OR strip_accents(lower(CAST(aliases AS VARCHAR))) LIKE strip_accents(lower(?))",
            [q, query, q])
        return [r["id"] for r in rows]

    # -- stories
    def stories(self) -> list[dict[str, Any]]:
        stories = list(_export.story_rows(self.store))
        counts = self._story_counts()
        for s in stories:
            s.update(counts.get(s["id"], {"events": 0, "sources": len(s["articles"])}))
        return stories

    def _story_counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for r in self.store.rows("SELECT story, count(*) AS n FROM corpus_events GROUP BY story"):
            out.setdefault(r["story"], {})["events"] = r["n"]
        for r in self.store.rows("SELECT story, count(*) FILTER (WHERE duplicate_of IS NULL) AS independent "
                                 "FROM articles GROUP BY story"):
            out.setdefault(r["story"], {})["sources"] = r["independent"]
        return out

    def story(self, story_id: str) -> dict[str, Any] | None:
        found = [s for s in self.stories() if s["id"] == story_id or s["id"].startswith(story_id)]
        if not found:
            return None
        story = found[0]
        story["events"] = self.events(story=story["id"])
        story["sources"] = [self.article(a, body=False) for a in story["articles"]]
        return story

    # -- events
    def events(self, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, story: str | None = None) -> list[dict[str, Any]]:
        events = list(_export.event_rows(self.store))
        actor_ids = set(self.resolve_entity(actor)) if actor else None
        out = []
        for ev in events:
            if type and ev["type"] != type.upper():
                continue
            if story and ev["story"] != story:
                continue
            actors = set(ev["actors"]["source"]) | set(ev["actors"]["target"])
            if actor_ids is not None and not actors & actor_ids:
                continue
            start, end = _date_bounds(ev["date"]["value"])
            if since and (end is None or end < since):
                continue
            if until and (start is None or start > until):
                continue
            out.append(ev)
        return out

    def timeline(self, entity: str | None = None, since: str | None = None,
                 until: str | None = None) -> list[dict[str, Any]]:
        """Dated events in date order (undated ones are left out), for one entity or all."""
        events = [e for e in self.events(actor=entity, since=since, until=until) if e["date"]["value"]]
        return sorted(events, key=lambda e: (_date_bounds(e["date"]["value"])[0] or "9999", e["id"]))

    def graph(self) -> dict[str, Any]:
        """The actor graph: entities mentioned in the corpus as nodes, edges from events and roles."""
        from veille.model import CorpusEvent, Entity, Evidence, Role
        from veille.stages.stories.outputs import actor_graph

        events = [CorpusEvent(id=e["id"], type=e["type"], mode=e["mode"], source=e["actors"]["source"],
                              target=e["actors"]["target"], date=e["date"]["value"], location=e["location"],
                              modality=e["modality"], evidence=[Evidence(**x) for x in e["evidence"]],
                              story=e["story"], articles=e["articles"],
                              independent_sources=e["independent_sources"] or 1)
                  for e in self.events()]
        entities = [Entity(id=e["id"], name=e["name"], type=e["type"], wikidata=e["wikidata"],
                           aliases=e["aliases"], roles=[Role(**r) for r in e["roles"]])
                    for e in self.entities() if e["mentions"]]
        return actor_graph(events, entities)

    # -- entities
    def entities(self, name: str | None = None, type: str | None = None) -> list[dict[str, Any]]:
        ids = set(self.resolve_entity(name)) if name else None
        out = []
        for e in _export.entity_rows(self.store):
            if ids is not None and e["id"] not in ids:
                continue
            if type and e["type"] != type.upper():
                continue
            out.append(e)
        return sorted(out, key=lambda e: -len(e["mentions"]))

    def cooccurring(self, entity_id: str, limit: int = 10) -> list[tuple[str, int]]:
        rows = self.store.rows(
            "SELECT b.entity AS other, count(DISTINCT b.article) AS n FROM mentions a JOIN mentions b "
            "ON a.article = b.article AND b.entity <> a.entity WHERE a.entity = ? AND b.entity IS NOT NULL "
            "GROUP BY b.entity ORDER BY n DESC, other LIMIT ?", [entity_id, limit])
        return [(r["other"], r["n"]) for r in rows]

    # -- articles
    def articles(self) -> list[dict[str, Any]]:
        return [self.article(r["id"], body=False) or {} for r in
                self.store.rows("SELECT id FROM articles ORDER BY ingested_at, id")]

    def article(self, article_id: str, body: bool = True) -> dict[str, Any] | None:
        rows = self.store.rows("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        art = rows[0]
        art.pop("raw", None) if not body else None
        if not body:
            art.pop("body", None)
            return art
        for table in ("mentions", "timexes", "quotes"):
            art[table] = self.store.rows(f"SELECT * FROM {table} WHERE article = ? ORDER BY start", [article_id])
        art["events"] = self.store.rows("SELECT * FROM events WHERE article = ? ORDER BY id", [article_id])
        return art

    def quarantine(self) -> list[dict[str, Any]]:
        return self.store.rows("SELECT key, source, stage, code, message, run_id, quarantined_at "
                               "FROM quarantine ORDER BY quarantined_at, key")

    def export(self, out: str | os.PathLike[str], fmt: str = "jsonl") -> dict[str, Any]:
        return {k: str(v) for k, v in _export.export(self.store, os.fspath(out), fmt).items()}


def _date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day (YYYY-MM-DD, as far as known) of a TIMEX3 value or interval."""
    if not value:
        return None, None
    first, _, last = value.partition("/")
    last = last or first

    def pad(v: str, low: bool) -> str | None:
        v = v[:10]
        if not v[:4].isdigit():
            return None
        parts = v.split("-")
        if len(parts) == 1:
            return f"{parts[0]}-01-01" if low else f"{parts[0]}-12-31"
        if len(parts) == 2 and parts[1].isdigit():
            return f"{parts[0]}-{parts[1]}-01" if low else f"{parts[0]}-{parts[1]}-31"
        return v if all(p.isdigit() for p in parts) else (f"{parts[0]}-01-01" if low else f"{parts[0]}-12-31")
    return pad(first, True), pad(last, False)
