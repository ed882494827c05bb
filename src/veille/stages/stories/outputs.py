"""Views over the stored records: a timeline and an actor graph (dict, JSON, GraphML).

Pure functions of the corpus events and entities, shared by the CLI, the report and the web
UI; nothing here reads the store.
"""

from __future__ import annotations

import json
import os
from typing import Any
from xml.sax.saxutils import quoteattr

from veille.model import CorpusEvent, Entity
from veille.stages.stories.dates import parse_span
from veille.store.graph_edges import EDGE_RELATIONS

RELATIONS = EDGE_RELATIONS  # PLOVER category -> the edge label (stored edges use the same)
_MEMBER_WORDS = ("membre", "member", "adhérent")


def timeline(events: list[CorpusEvent], entity: str | None = None, since: str | None = None,
             until: str | None = None) -> list[dict[str, Any]]:
    """Events in date order, each with its granularity and whether its date is uncertain.

    `entity` keeps events it takes part in; `since`/`until` (YYYY-MM-DD) keep events whose
    date interval meets the window.  Undated events come last (they match no window).
    """
    lo, hi = parse_span(since), parse_span(until)
    rows = []
    for event in events:
        if entity and entity not in {*event.source, *event.target, event.location}:
            continue
        span = parse_span(event.date)
        if (lo or hi) and span is None:
            continue
        if span is not None and ((lo and span.end < lo.start) or (hi and span.start > hi.end)):
            continue
        rows.append({
            "id": event.id, "type": event.type, "date": event.date,
            "start": span.start.isoformat() if span else None,
            "end": span.end.isoformat() if span else None,
            "granularity": span.precision if span else "unknown",
            "uncertain": span is None or span.days > 1 or any(
                c.attribute == "date" for c in event.conflicts),
            "source": event.source, "target": event.target, "location": event.location,
            "modality": event.modality, "articles": event.articles,
            "independent_sources": event.independent_sources, "story": event.story,
        })
    rows.sort(key=lambda r: (r["start"] is None, r["start"] or "", r["end"] or "", r["id"]))
    return rows


def actor_graph(events: list[CorpusEvent], entities: list[Entity]) -> dict[str, Any]:
    """Entities as nodes; edges from events (met, agreed, ...) and roles (holds office in).

    Every edge lists the event ids and the articles it rests on, and counts them
    (`event_count`, `article_count`: the API lists only a sample); edges between the same
    pair with the same relation are one edge.
    """
    names = {e.id: e for e in entities}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def edge(u: str, v: str, relation: str, event: str | None, articles: list[str]) -> None:
        if u == v:
            return
        row = edges.setdefault((u, v, relation), {"source": u, "target": v, "relation": relation,
                                                  "events": {}, "articles": set()})
        if event:
            row["events"][event] = None  # a dict keeps first-seen order and finds in O(1)
        row["articles"].update(articles)

    for event in events:
        relation = RELATIONS.get(event.type, event.type.lower())
        for u in event.source:
            for v in event.target:
                edge(u, v, relation, event.id, event.articles)
    for u, v, relation in role_edges([(e.id, r.title, r.of) for e in entities for r in e.roles]):
        edge(u, v, relation, None, [])
    used = {x for (u, v, _) in edges for x in (u, v)} | set(names)
    nodes = [{"id": n, "name": names[n].name if n in names else n,
              "type": names[n].type if n in names else None,
              "wikidata": names[n].wikidata if n in names else None} for n in sorted(used)]
    for row in edges.values():
        row["events"], row["articles"] = list(row["events"]), sorted(row["articles"])
        row["event_count"], row["article_count"] = len(row["events"]), len(row["articles"])
    return {"nodes": nodes, "edges": sorted(edges.values(),
                                            key=lambda e: (e["source"], e["target"], e["relation"]))}


def role_edges(roles: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str]]:
    """(entity, of, relation) for each (entity, title, of) role naming what it is held in."""
    out = []
    for entity, title, of in roles:
        if of:
            member = any(w in title.casefold() for w in _MEMBER_WORDS)
            out.append((entity, of, "member of" if member else "holds office in"))
    return out


def graph_json(graph: dict[str, Any], path: str | os.PathLike[str]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(graph, out, ensure_ascii=False, indent=1)


def write_graphml(graph: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """GraphML (Gephi, yEd, networkx read it); list attributes are written space-separated."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(graphml_text(graph))


def graphml_text(graph: dict[str, Any]) -> str:
    """The graph as a GraphML document."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    # The counts are whole; `events` and `articles` are the edge's lists, which the API cuts to
    # a sample (the counts then say how many there are).
    keys = [("name", "node", "string"), ("type", "node", "string"), ("wikidata", "node", "string"),
            ("relation", "edge", "string"), ("event_count", "edge", "int"), ("article_count", "edge", "int"),
            ("events", "edge", "string"), ("articles", "edge", "string")]
    for name, domain, kind in keys:
        lines.append(f'  <key id="{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>')
    lines.append('  <graph id="actors" edgedefault="directed">')
    for node in graph["nodes"]:
        lines.append(f'    <node id={quoteattr(node["id"])}>')
        lines += _data(node, ("name", "type", "wikidata"))
        lines.append("    </node>")
    for i, e in enumerate(graph["edges"]):
        lines.append(f'    <edge id="e{i}" source={quoteattr(e["source"])} '
                     f'target={quoteattr(e["target"])}>')
        lines += _data(e, ("relation", "event_count", "article_count", "events", "articles"))
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _data(row: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    from xml.sax.saxutils import escape

    out = []
    for name in fields:
        value = row.get(name)
        if value is None or value == []:
            continue
        text = " ".join(value) if isinstance(value, list) else str(value)
        out.append(f'      <data key="{name}">{escape(text)}</data>')
    return out
