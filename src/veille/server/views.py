"""What each UI page shows, put together from `Dossier` queries.

Only shaping lives here (which rows a page needs, grouped how); the queries themselves are
`Dossier`'s, so the CLI, the REST API and the UI read the store the same way.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from veille.api import Dossier
from veille.report import graph_svg, story_graph
from veille.server.highlight import Span, article_spans, highlight

LEDE_CHARS = 320
ENTITIES_SHOWN = 2000
EVENTS_PAGE = 50  # events per page on an entity's page and the timeline
SOURCES_SHOWN = 5  # an event's articles named as its sources on those pages (the others counted)
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link; anything else (javascript:, data:, ...) is shown as text only."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def _lede(body: str) -> str:
    text = " ".join(body.split())
    return text if len(text) <= LEDE_CHARS else text[:LEDE_CHARS].rsplit(" ", 1)[0] + " …"


def home(d: Dossier) -> dict[str, Any]:
    stories = d.stories()
    counts = {"articles": d.store.count("articles"), "events": sum(s["events"] for s in stories),
              "entities": d.store.count("entities")}
    return {"stories": stories, "counts": counts}


def story(d: Dossier, story_id: str) -> dict[str, Any] | None:
    found = d.story(story_id)
    if found is None:
        return None
    names = d.names()
    sources = []
    events_by_article: Counter[str] = Counter(a for e in found["events"] for a in e["articles"])
    for meta in found["sources"]:
        if not meta:
            continue
        full = d.article(meta["id"]) or {}
        sources.append({**meta, "lede": _lede(full.get("body") or ""), "events": events_by_article[meta["id"]],
                        "quotes": len(full.get("quotes") or []), "url": safe_url(meta.get("url"))})
    articles = {a["id"]: a for a in sources}
    timeline = d.timeline(story=found["id"])
    undated = [e for e in found["events"] if not e["date"]["value"]]
    return {"story": found, "names": names, "sources": sources, "articles": articles, "timeline": timeline,
            "undated": undated, "conflicts": [e for e in found["events"] if e["conflicts"]],
            "independent": sum(1 for a in sources if not a.get("duplicate_of")),
            "graph": graph_svg(story_graph(d.graph(), found["events"], found["id"]), size=480, most=14)}


def article(d: Dossier, article_id: str) -> dict[str, Any] | None:
    art = d.article(article_id)
    if art is None:
        return None
    names = d.names()
    entity_counts: Counter[str] = Counter(m["entity"] for m in art["mentions"] if m.get("entity"))
    duplicates = art.get("duplicates") or {}
    original = d.article(duplicates["of"], body=False) if duplicates.get("of") else None
    story_row = next((s for s in d.stories() if s["id"] == art.get("story")), None)
    return {"article": art, "names": names,
            "html": highlight(art.get("body") or "", article_spans(art, names), paragraphs=True),
            "entities": entity_counts.most_common(), "url": safe_url(art.get("url")),
            "copies": duplicates.get("copies") or [], "original": original, "story": story_row}


def articles(d: Dossier) -> dict[str, Any]:
    stories = {s["id"]: s["title"] for s in d.stories()}
    return {"articles": d.articles(), "stories": stories}


def entities(d: Dossier, type: str | None = None) -> dict[str, Any]:
    type = type.upper() if type and type.upper() in ENTITY_TYPES else None  # anything else: all types
    rows = d.entities_page(type=type, limit=ENTITIES_SHOWN)["items"]
    return {"entities": rows, "names": d.names(), "type": type or "", "types": ENTITY_TYPES}


def entity(d: Dossier, entity_id: str, events_offset: int = 0) -> dict[str, Any] | None:
    """An entity's page: its events a page (`EVENTS_PAGE`) at a time from `events_offset`, each
    with its evidence sentence and sources (the page listed 500 events without either)."""
    found = d.entity(entity_id, events=EVENTS_PAGE, events_offset=events_offset, cooccurring=15)
    if found is None:
        return None
    events = []
    for e in found["events"]["items"]:
        places = [e["location"]] if e["location"] else []
        events.append({**e, "roles_here": [r for r, ids in (("source", e["actors"]["source"]), ("target",
                       e["actors"]["target"]), ("location", places)) if entity_id in ids]})
    return {"entity": found, "names": d.names(), "events": events, "cooccurring": found["cooccurring"],
            "sources": d.event_sources(events, SOURCES_SHOWN), "sources_shown": SOURCES_SHOWN,
            "events_page": _pages(found["events"]),
            "articles": d.articles_page(entity=entity_id, limit=500)["items"]}


def _pages(page: dict[str, Any]) -> dict[str, Any]:
    """What a pager shows of a page: its first and last item's rank, the total, the offsets of
    the previous and next pages (None where there is none)."""
    total, limit, offset, shown = page["total"] or 0, page["limit"], page["offset"], len(page["items"])
    if offset > 0 and not shown:  # past the end (an old link, a hand-edited offset): back to the last page
        previous = (total - 1) // limit * limit if total else None
    else:
        previous = max(offset - limit, 0) if offset > 0 else None
    return {"first": offset + 1 if shown else 0, "last": offset + shown if shown else 0, "total": total,
            "previous": previous, "next": offset + limit if offset + limit < total else None}


def timeline(d: Dossier, offset: int = 0) -> dict[str, Any]:
    """The timeline a page (`EVENTS_PAGE`) at a time, each event with its evidence sentence and
    sources (the page listed every dated event of the store)."""
    stories = {s["id"]: s["title"] for s in d.stories()}
    page = d.timeline_page(limit=EVENTS_PAGE, offset=offset)
    return {"timeline": page["items"], "names": d.names(), "stories": stories,
            "sources": d.event_sources(page["items"], SOURCES_SHOWN),
            "sources_shown": SOURCES_SHOWN, "events_page": _pages(page)}


def graph(d: Dossier) -> dict[str, Any]:
    full = d.graph()
    names = {n["id"]: n["name"] for n in full["nodes"]}
    edges = sorted(full["edges"], key=lambda e: (-len(e["events"]), -len(e["articles"]), e["source"], e["target"]))
    return {"graph": graph_svg(full, size=640, most=24), "edges": edges, "names": names}


def search(d: Dossier, q: str, limit: int, offset: int) -> dict[str, Any]:
    if not q.strip():
        return {"q": q, "total": 0, "items": [], "limit": limit, "offset": offset}
    found = d.search(q, limit=limit, offset=offset)
    for item in found["items"]:
        hits = [Span(int(a), int(b), "hit", f"h{i}") for i, (a, b) in enumerate(item.get("highlights") or [])]
        item["snippet_html"] = highlight(item.get("snippet") or "", hits)
    return {"q": q, "total": found["total"], "items": found["items"], "limit": limit, "offset": offset}
