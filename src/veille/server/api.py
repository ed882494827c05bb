"""The JSON endpoints under /api: thin wrappers over `veille.api.Dossier`.

Every query parameter is typed and bounded here (FastAPI answers 422 in the one error shape
otherwise); every value reaches DuckDB as a bound parameter, never inside SQL text; no
parameter names a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from veille.api import Dossier
from veille.server import schemas as s
from veille.server.errors import ApiError
from veille.server.ingest import router as ingest_router
from veille.server.settings import ServerSettings

ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": s.ErrorBody, "description": "A parameter is missing, malformed or out of bounds."},
    500: {"model": s.ErrorBody, "description": "An unexpected error (logged by the server)."},
    503: {"model": s.ErrorBody, "description": "The store cannot be read right now (e.g. being written)."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": s.ErrorBody, "description": "No such record."}}

router = APIRouter(tags=["api"], responses=ERRORS)

PAGE_MAX = ServerSettings.page_size_max  # the schema's bound; a server may be started with a lower one
PathId = Annotated[str, Path(min_length=1, max_length=200)]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
# A day as text (not pydantic's lax `date`, which takes 0 for 1970-01-01), checked by `_iso`.
Day = Annotated[str | None, Query(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="YYYY-MM-DD",
                                  json_schema_extra={"format": "date"})]
StoryId = Annotated[str | None, Query(min_length=1, max_length=200, description="A story id.")]
EntityId = Annotated[str | None, Query(min_length=1, max_length=200, description="An entity id.")]


def dossier(request: Request) -> Iterator[Dossier]:
    """FastAPI dependency: a Dossier for this request only."""
    with request.app.state.readers.dossier() as d:
        yield d


class Paging:
    """`limit` (1..page_size_max) and `offset` (0..10^6) of a list endpoint."""

    def __init__(self, request: Request,
                 limit: Annotated[int, Query(ge=1, le=PAGE_MAX, description="Items per page.")] = 50,
                 offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")] = 0) -> None:
        bound = request.app.state.settings.page_size_max
        if limit > bound:
            raise ApiError(422, f"limit {limit} is over this server's page size bound {bound}",
                           hint=f"ask for at most {bound} items and page with offset", code="V507")
        self.limit, self.offset = limit, offset


Store = Annotated[Dossier, Depends(dossier)]
Pages = Annotated[Paging, Depends()]


def _iso(day: str | None) -> str | None:
    if day is None:
        return None
    try:
        return date.fromisoformat(day).isoformat()
    except ValueError as exc:
        raise ApiError(422, f"{day!r} is not a day of the calendar", hint="write dates as YYYY-MM-DD",
                       code="V507") from exc


def _found(value: dict[str, Any] | None, what: str, key: str, listing: str) -> dict[str, Any]:
    if value is None:
        raise ApiError(404, f"no {what} {key!r}", hint=f"list them with GET /api/{listing}", code="V504")
    return value


@router.get("/health", response_model=s.Health)
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/articles", response_model=s.Page[s.ArticleSummary])
def articles(d: Store, page: Pages, story: StoryId = None, entity: EntityId = None, since: Day = None,
             until: Day = None, outlet: Text = None,
             lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639 code.")] = None,
             originals: Annotated[bool, Query(description="Leave out articles that repeat another.")] = False
             ) -> dict[str, Any]:
    """Article summaries (no body), newest first."""
    return d.articles_page(story=story, entity=entity, since=_iso(since), until=_iso(until), outlet=outlet,
                           lang=lang, originals=originals, limit=page.limit, offset=page.offset)


@router.get("/articles/{article_id}", response_model=s.ArticleDetail, responses=NOT_FOUND)
def article(d: Store, article_id: PathId) -> dict[str, Any]:
    """One article: body, what cleaning removed, mentions/timexes/quotes/events as offsets into
    the body, and its duplicates (the article it repeats, the articles repeating it)."""
    return _found(d.article(article_id), "article", article_id, "articles")


@router.get("/entities", response_model=s.Page[s.EntitySummary])
def entities(d: Store, page: Pages,
             name: Annotated[str | None, Query(min_length=1, max_length=200,
                                               description="Part of a name or alias (accents and case ignored), "
                                                           "or an id.")] = None,
             type: s.EntityType | None = None) -> dict[str, Any]:
    """Entities with their mention and article counts, most mentioned first."""
    return d.entities_page(name=name, type=type.value if type else None, limit=page.limit, offset=page.offset)


@router.get("/entities/{entity_id}", response_model=s.EntityDetail, responses=NOT_FOUND)
def entity(d: Store, entity_id: PathId,
           events: Annotated[int, Query(ge=0, le=PAGE_MAX, description="Events to list.")] = 50,
           cooccurring: Annotated[int, Query(ge=0, le=100, description="Co-occurring entities to list.")] = 20
           ) -> dict[str, Any]:
    """One entity: aliases, roles, mention and article counts, its events, co-occurring entities."""
    return _found(d.entity(entity_id, events=events, cooccurring=cooccurring), "entity", entity_id, "entities")


@router.get("/events", response_model=s.Page[s.Event])
def events(d: Store, page: Pages, type: s.PloverType | None = None,
           actor: Annotated[str | None, Query(min_length=1, max_length=200,
                                              description="An actor's name, alias or id (either side).")] = None,
           since: Day = None, until: Day = None, story: StoryId = None) -> dict[str, Any]:
    """Events (one per real-world event, with evidence from each article), by date."""
    return d.events_page(type=type.value if type else None, actor=actor, since=_iso(since), until=_iso(until),
                         story=story, limit=page.limit, offset=page.offset)


@router.get("/stories", response_model=s.Page[s.StorySummary])
def stories(d: Store, page: Pages, entity: EntityId = None, since: Day = None, until: Day = None
            ) -> dict[str, Any]:
    """Stories with their number of events and of independent sources, in date order."""
    return d.stories_page(entity=entity, since=_iso(since), until=_iso(until), limit=page.limit,
                          offset=page.offset)


@router.get("/stories/{story_id}", response_model=s.StoryDetail, responses=NOT_FOUND)
def story(d: Store, story_id: PathId) -> dict[str, Any]:
    """One story (by id, or the first characters of one): summary, events, sources."""
    return _found(d.story(story_id), "story", story_id, "stories")


@router.get("/timeline", response_model=s.Page[s.Event])
def timeline(d: Store, page: Pages,
             entity: Annotated[str | None, Query(min_length=1, max_length=200,
                                                 description="An actor's name, alias or id.")] = None,
             type: s.PloverType | None = None, since: Day = None, until: Day = None, story: StoryId = None
             ) -> dict[str, Any]:
    """Dated events in date order (undated ones are left out)."""
    return d.timeline_page(entity=entity, type=type.value if type else None, since=_iso(since),
                           until=_iso(until), story=story, limit=page.limit, offset=page.offset)


GRAPHML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/graphml+xml": {"schema": {"type": "string"}}},
          "description": "The graph as JSON, or as GraphML with format=graphml."}}


@router.get("/graph", response_model=s.Graph, responses=GRAPHML)
def graph(d: Store, entity: EntityId = None, story: StoryId = None,
          max_edges: Annotated[int, Query(ge=1, le=5000, description="Edges to keep, best supported first.")] = 1000,
          format: Annotated[str, Query(pattern="^(json|graphml)$")] = "json") -> Any:
    """The actor graph: edges from events and roles, best supported (most articles) first, each
    with its number of events and articles and a sample of each (at most 20: page an edge's
    articles with /api/graph/articles); the nodes are the entities the returned edges touch (and
    `entity`).  `entity` keeps the edges touching it, `story` the events of that story.  GraphML
    carries the same counts and samples."""
    from veille.stages.stories.outputs import graphml_text

    out = d.graph_page(entity=entity, story=story, max_edges=max_edges)
    if format == "graphml":
        return Response(graphml_text(out), media_type="application/graphml+xml")
    return out


@router.get("/graph/articles", response_model=s.Page[str])
def graph_articles(d: Store, page: Pages,
                   source: Annotated[str, Query(min_length=1, max_length=200, description="The edge's source id.")],
                   target: Annotated[str, Query(min_length=1, max_length=200, description="The edge's target id.")],
                   relation: Annotated[str, Query(min_length=1, max_length=100,
                                                  description="The edge's relation, as /api/graph gives it.")]
                   ) -> dict[str, Any]:
    """The ids of the articles an event edge of the actor graph rests on, in id order, a page
    at a time (`total` is the edge's `article_count`; an unknown edge has none)."""
    return d.edge_articles(source, target, relation, limit=page.limit, offset=page.offset)


@router.get("/search", response_model=s.SearchPage)
def search(d: Store, page: Pages,
           q: Annotated[str, Query(min_length=1, max_length=200,
                                   description="Words to find in titles, bodies and entity names "
                                               "(accents and case ignored).")]) -> dict[str, Any]:
    """Entities whose name holds every word first, then articles ranked by BM25; each hit has
    a snippet and where the words are in it."""
    found = d.search(q, limit=page.limit, offset=page.offset)
    return {"total": found["total"], "limit": page.limit, "offset": page.offset, "items": found["items"]}


router.include_router(ingest_router)
