"""The HTML report: one self-contained file (inline CSS and SVG, no script, no external asset).

All article text goes through Jinja2's autoescaping, and the page carries a Content-Security-
Policy that forbids scripts, so markup inside an article can never run in the report.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from veille.api import Dossier


def graph_svg(graph: dict[str, Any], size: int = 520, most: int = 16) -> dict[str, Any]:
    """The actor graph (`Dossier.graph()`) laid out on a circle: its best-connected nodes and the
    edges between them, as coordinates for the SVG template."""
    degree: Counter[str] = Counter()
    for e in graph["edges"]:
        weight = max(len(e["events"]), 1)
        degree[e["source"]] += weight
        degree[e["target"]] += weight
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    types = {n["id"]: n.get("type") or "MISC" for n in graph["nodes"]}
    nodes = [n for n, _ in degree.most_common(most)]
    # Room around the circle for the labels, which run outwards from their node.
    centre, radius = size / 2, size / 2 - 130
    pos = {n: (centre + radius * math.cos(2 * math.pi * i / max(len(nodes), 1)),
               centre + radius * math.sin(2 * math.pi * i / max(len(nodes), 1))) for i, n in enumerate(nodes)}
    return {"size": size,
            "nodes": [{"id": n, "x": pos[n][0], "y": pos[n][1], "label": names.get(n, n),
                       "type": types.get(n, "MISC").lower(), "r": 4 + min(degree[n], 12),
                       "anchor": "end" if pos[n][0] < centre - 1 else "start"}
                      for n in nodes],
            "edges": [{"x1": pos[e["source"]][0], "y1": pos[e["source"]][1], "x2": pos[e["target"]][0],
                       "y2": pos[e["target"]][1], "type": e["relation"], "n": max(len(e["events"]), 1)}
                      for e in graph["edges"] if e["source"] in pos and e["target"] in pos]}


def build_context(dossier: Dossier, story: str | None = None) -> dict[str, Any]:
    names = dossier.names()
    stories = dossier.stories()
    if story:
        stories = [s for s in stories if s["id"] == story or s["id"].startswith(story)]
    story_ids = {s["id"] for s in stories}
    events = [e for e in dossier.timeline() if not story or e["story"] in story_ids]
    all_events = [e for e in dossier.events() if not story or e["story"] in story_ids]
    articles = {a["id"]: a for a in dossier.articles()}
    entity_ids = {i for e in all_events for i in e["actors"]["source"] + e["actors"]["target"]}
    entities = [e for e in dossier.entities() if not story or e["id"] in entity_ids][:60]
    return {"stories": stories, "timeline": events, "events": all_events, "articles": articles,
            "entities": entities, "names": names, "graph": graph_svg(story_graph(dossier.graph(), all_events, story)),
            "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "story_filter": story}


def story_graph(graph: dict[str, Any], events: list[dict[str, Any]], story: str | None) -> dict[str, Any]:
    """The whole graph, or for one story only the edges resting on its events."""
    if not story:
        return graph
    ids = {e["id"] for e in events}
    return {"nodes": graph["nodes"], "edges": [e for e in graph["edges"] if set(e["events"]) & ids]}


def render_report(dossier: Dossier, story: str | None = None) -> str:
    env = Environment(loader=PackageLoader("veille", "report"), autoescape=select_autoescape(default=True))
    # The web UI's stylesheet, inlined: the report stays one file and looks like the UI.
    css = Markup(files("veille.server").joinpath("static", "veille.css").read_text(encoding="utf-8"))
    return env.get_template("report.html.j2").render(css=css, **build_context(dossier, story))


def write_report(dossier: Dossier, path: str | Path, story: str | None = None) -> Path:
    target = Path(path)
    target.write_text(render_report(dossier, story), encoding="utf-8")
    return target
