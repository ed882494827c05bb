"""What each UI page shows, put together from `Dossier` queries.

Only shaping lives here (which rows a page needs, grouped how); the queries themselves are
`Dossier`'s, so the CLI, the REST API and the UI read the store the same way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit

from veille.api import Dossier
from veille.report import graph_svg, story_graph
from veille.server.highlight import Span, article_spans, highlight

LEDE_CHARS = 320


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
    timeline = [e for e in d.timeline() if e["story"] == found["id"]]
    undated = [e for e in found["events"] if not e["date"]["value"]]
    return {"story": found, "names": names, "sources": sources, "articles": articles, "timeline": timeline,
            "undated": undated, "conflicts": [e for e in found["events"] if e["conflicts"]],
            "independent": sum(1 for a in sources if not a.get("duplicate_of")),
            "graph": graph_svg(story_graph(d.graph(), found["events"], found["id"]), size=480, most=14)}


def article(d: Dossier, article_id: str) -> dict[str, Any] | None:
    art = d.article(article_id)
    if art is None:
        return None
    art.pop("raw", None)
    names = d.names()
    body = art.get("body") or ""
    entity_counts: Counter[str] = Counter(m["entity"] for m in art["mentions"] if m.get("entity"))
    copies = [r["id"] for r in d.store.rows("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", [art["id"]])]
    story_row = next((s for s in d.stories() if s["id"] == art.get("story")), None)
    return {"article": art, "names": names, "html": highlight(body, article_spans(art, names), paragraphs=True),
            "entities": entity_counts.most_common(), "url": safe_url(art.get("url")), "copies": copies,
            "story": story_row, "original": d.article(art["duplicate_of"], body=False) if art.get("duplicate_of")
            else None}


def articles(d: Dossier) -> dict[str, Any]:
    stories = {s["id"]: s["title"] for s in d.stories()}
    return {"articles": d.articles(), "stories": stories}


def entities(d: Dossier, type: str | None = None) -> dict[str, Any]:
    rows = d.entities(type=type)
    for e in rows:
        e["articles"] = len({m["article"] for m in e["mentions"]})
    return {"entities": rows, "names": d.names(), "type": (type or "").upper(),
            "types": ["PER", "ORG", "LOC", "MISC"]}


def entity(d: Dossier, entity_id: str) -> dict[str, Any] | None:
    found = next((e for e in d.entities() if e["id"] == entity_id), None)
    if found is None:
        return None
    names = d.names()
    events = []
    for e in d.events():
        roles = [r for r, ids in (("source", e["actors"]["source"]), ("target", e["actors"]["target"]),
                                  ("location", [e["location"]] if e["location"] else [])) if entity_id in ids]
        if roles:
            events.append({**e, "roles_here": roles})
    by_article: dict[str, list[str]] = defaultdict(list)
    for m in found["mentions"]:
        by_article[m["article"]].append(m["text"])
    titles = {a["id"]: a for a in d.articles()}
    mentions = [{"article": titles.get(a) or {"id": a}, "count": len(forms), "forms": sorted(set(forms))}
                for a, forms in sorted(by_article.items(), key=lambda kv: -len(kv[1]))]
    return {"entity": found, "names": names, "events": events, "cooccurring": d.cooccurring(entity_id, limit=15),
            "mentions": mentions}


def timeline(d: Dossier) -> dict[str, Any]:
    stories = {s["id"]: s["title"] for s in d.stories()}
    return {"timeline": d.timeline(), "names": d.names(), "stories": stories}


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
