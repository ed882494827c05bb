"""The JSON endpoints under /api: thin wrappers over `veille.api.Dossier`.

Every query parameter is typed and bounded here (FastAPI answers 422 in the one error shape
otherwise); every value reaches DuckDB as a bound parameter, never inside SQL text; no
parameter names a file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Annotated, Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import TypeAdapter

from veille.api import Dossier
from veille.server import schemas as s
from veille.server.answers import AnswerCache, not_modified
from veille.server.errors import ApiError
from veille.server.ingest import router as ingest_router
from veille.server.settings import ServerSettings
from veille.store.list_docs import Raw, RawBytes

ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": s.ErrorBody, "description": "A parameter is missing, malformed or out of bounds."},
    500: {"model": s.ErrorBody, "description": "An unexpected error (logged by the server)."},
    503: {"model": s.ErrorBody, "description": "The store cannot be read right now (e.g. being written)."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": s.ErrorBody, "description": "No such record."}}

T = TypeVar("T")

router = APIRouter(tags=["api"], responses=ERRORS)

PAGE_MAX = ServerSettings.page_size_max  # the schema's bound; a server may be started with a lower one
PathId = Annotated[str, Path(min_length=1, max_length=200)]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
# A day as text (not pydantic's lax `date`, which takes 0 for 1970-01-01), checked by `_iso`.
Day = Annotated[str | None, Query(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="YYYY-MM-DD",
                                  json_schema_extra={"format": "date"})]
StoryId = Annotated[str | None, Query(min_length=1, max_length=200, description="A story id.")]
EntityId = Annotated[str | None, Query(min_length=1, max_length=200, description="An entity id.")]


class Paging:
    """`limit` (1..page_size_max) and `offset` (0..10^6) of a list endpoint."""

    def __init__(self, limit: int, offset: int) -> None:
        self.limit, self.offset = limit, offset


async def paging(request: Request,
                 limit: Annotated[int, Query(ge=1, le=PAGE_MAX, description="Items per page.")] = 50,
                 offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")] = 0) -> Paging:
    """FastAPI dependency. `async`, so FastAPI calls it on the event loop: a sync dependency
    costs a worker-thread hop, which under load waits for the GIL like a query does."""
    bound = request.app.state.settings.page_size_max
    if limit > bound:
        raise ApiError(422, f"limit {limit} is over this server's page size bound {bound}",
                       hint=f"ask for at most {bound} items and page with offset", code="V507")
    return Paging(limit, offset)


Pages = Annotated[Paging, Depends(paging)]


@cache
def _adapter(model: Any) -> TypeAdapter[Any]:
    return TypeAdapter(model)


async def read_in_turn(request: Request, work: Callable[[Dossier], T]) -> T:
    """`work(dossier)` over a cursor of its own, in a worker thread, once one of the server's
    `read_workers` turns is free."""
    state = request.app.state
    limiter = getattr(state, "read_limiter", None)
    if limiter is None:  # made here, on the event loop, the first time it is needed
        limiter = state.read_limiter = anyio.CapacityLimiter(state.settings.read_workers)

    def in_thread() -> T:
        with state.readers.dossier() as d:
            return work(d)

    return await anyio.to_thread.run_sync(in_thread, limiter=limiter)


async def answer(request: Request, model: Any, read: Callable[[Dossier], Any]) -> Response:
    """Read the store and write the JSON answer in ONE worker thread: a cursor for this request,
    `read(dossier)`, then validation against `model` (the route's `response_model`, which stays
    the OpenAPI schema) and serialisation by pydantic-core.

    Why not sync endpoints with a yield dependency: FastAPI then hops to a worker thread to enter
    the dependency, again to run the endpoint, again to validate the answer and again to leave
    the dependency. Each hop queues for the GIL behind the requests in flight, and under load
    those waits, not the queries, made most of the p95 (benchmarks/load_api.py). And reads take
    turns (`read_in_turn`): time-sliced through the GIL, every read in flight slowed the others."""

    def json_of(d: Dossier) -> bytes:
        adapter = _adapter(model)
        return adapter.dump_json(adapter.validate_python(read(d)), by_alias=True)

    return await respond(request, json_of, "application/json")


async def respond(request: Request, render: Callable[[Dossier], bytes], media_type: str) -> Response:
    """`render(dossier)` as the answer, or the bytes kept for this URL while the store has not
    changed (`server/answers.py`: no read turn, no query), with its ETag; 304 when the client
    already holds them (If-None-Match)."""
    cache: AnswerCache | None = getattr(request.app.state, "answers", None)
    if cache is None:
        return Response(await read_in_turn(request, render), media_type=media_type)
    key = f"{request.url.path}?{request.url.query}"
    generation = cache.generation()  # before the read: see answers.py
    kept = cache.get(key, generation)
    if kept is None:
        kept = cache.put(key, generation, await read_in_turn(request, render), media_type)
    if not_modified(request.headers.get("if-none-match"), kept.etag):
        return Response(status_code=304, headers={"ETag": kept.etag})
    return Response(kept.body, media_type=kept.media_type, headers={"ETag": kept.etag})


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
    """Reads nothing, so it takes no read turn: it answers while the store reads queue."""
    return {"status": "ok"}


@router.get("/articles", response_model=s.Page[s.ArticleSummary])
async def articles(request: Request, page: Pages, story: StoryId = None, entity: EntityId = None,
                   since: Day = None, until: Day = None, outlet: Text = None,
                   lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639 code.")] = None,
                   originals: Annotated[bool, Query(description="Leave out articles that repeat another.")] = False
                   ) -> Response:
    """Article summaries (no body), newest first."""
    since, until = _iso(since), _iso(until)
    return await respond(request, lambda d: page_json(d.articles_page(
        story=story, entity=entity, since=since, until=until, outlet=outlet, lang=lang, originals=originals,
        limit=page.limit, offset=page.offset, docs=True), s.ArticleSummary), "application/json")


@router.get("/articles/{article_id}", response_model=s.ArticleDetail, responses=NOT_FOUND)
async def article(request: Request, article_id: PathId) -> Response:
    """One article: body, what cleaning removed, mentions/timexes/quotes/events as offsets into
    the body, and its duplicates (the article it repeats, the articles repeating it)."""
    return await answer(request, s.ArticleDetail,
                        lambda d: _found(d.article(article_id), "article", article_id, "articles"))


@router.get("/entities", response_model=s.Page[s.EntitySummary])
async def entities(request: Request, page: Pages,
                   name: Annotated[str | None, Query(min_length=1, max_length=200,
                                                     description="Part of a name or alias (accents and case "
                                                                 "ignored), or an id.")] = None,
                   type: s.EntityType | None = None) -> Response:
    """Entities with their mention and article counts, most mentioned first."""
    return await answer(request, s.Page[s.EntitySummary], lambda d: d.entities_page(
        name=name, type=type.value if type else None, limit=page.limit, offset=page.offset))


@router.get("/entities/{entity_id}", response_model=s.EntityDetail, responses=NOT_FOUND)
async def entity(request: Request, entity_id: PathId,
                 events: Annotated[int, Query(ge=0, le=PAGE_MAX, description="Events to list.")] = 50,
                 events_offset: Annotated[int, Query(ge=0, le=1_000_000, description="Events to skip.")] = 0,
                 cooccurring: Annotated[int, Query(ge=0, le=100, description="Co-occurring entities to list.")] = 20
                 ) -> Response:
    """One entity: aliases, roles, mention and article counts, a page of its events (each in
    brief: its first evidence sentence as an excerpt with its offsets, `evidence_count`, the
    attributes its sources contest, its articles; `GET /api/events/{id}` gives one whole;
    `events_offset` pages them, `events.total` counts them all), co-occurring entities."""
    return await answer(request, s.EntityDetail, lambda d: _found(
        d.entity(entity_id, events=events, events_offset=events_offset, cooccurring=cooccurring),
        "entity", entity_id, "entities"))


@router.get("/events", response_model=s.Page[s.EventBrief] | s.Page[s.Event])
async def events(request: Request, page: Pages, type: s.PloverType | None = None,
                 actor: Annotated[str | None, Query(min_length=1, max_length=200,
                                                    description="An actor's name, alias or id (either side).")] = None,
                 since: Day = None, until: Day = None, story: StoryId = None,
                 full: Annotated[bool, Query(description="Whole events (every evidence sentence, conflicts with "
                                                         "their claims) instead of each in brief.")] = False
                 ) -> Response:
    """Events (one per real-world event), by date, each in brief: its first evidence sentence as an
    excerpt with its article and offsets, `evidence_count`, the attributes its sources contest;
    `GET /api/events/{id}` gives one whole, `full=true` the page's whole (perf38, issue 20)."""
    since, until = _iso(since), _iso(until)
    if full:  # whole events: their stored documents joined (migration 26, api43), as the timeline's
        return await respond(request, lambda d: page_json(d.events_page(
            type=type.value if type else None, actor=actor, since=since, until=until, story=story,
            limit=page.limit, offset=page.offset, full=True, docs=True), s.Event), "application/json")
    return await answer(request, s.Page[s.EventBrief], lambda d: d.events_page(
        type=type.value if type else None, actor=actor, since=since, until=until, story=story,
        limit=page.limit, offset=page.offset))


@router.get("/events/{event_id}", response_model=s.Event, responses=NOT_FOUND)
async def event(request: Request, event_id: PathId) -> Response:
    """One event whole: every evidence sentence (article and offsets) and its conflicts with
    their claims (an entity page and the events list give each in brief)."""
    return await answer(request, s.Event, lambda d: _found(d.event(event_id), "event", event_id, "events"))


@router.get("/stories", response_model=s.Page[s.StorySummary])
async def stories(request: Request, page: Pages, entity: EntityId = None, since: Day = None, until: Day = None
                  ) -> Response:
    """Stories with their number of events and of independent sources, in date order."""
    since, until = _iso(since), _iso(until)
    return await respond(request, lambda d: page_json(d.stories_page(
        entity=entity, since=since, until=until, limit=page.limit, offset=page.offset, docs=True),
        s.StorySummary), "application/json")


@router.get("/stories/{story_id}", response_model=s.StoryDetail, responses=NOT_FOUND)
async def story(request: Request, story_id: PathId) -> Response:
    """One story (by id, or the first characters of one): summary, events, sources."""
    return await answer(request, s.StoryDetail, lambda d: _found(d.story(story_id), "story", story_id, "stories"))


@router.get("/timeline", response_model=s.Page[s.EventBrief] | s.Page[s.Event])
async def timeline(request: Request, page: Pages,
                   entity: Annotated[str | None, Query(min_length=1, max_length=200,
                                                       description="An actor's name, alias or id.")] = None,
                   type: s.PloverType | None = None, since: Day = None, until: Day = None, story: StoryId = None,
                   full: Annotated[bool, Query(description="Whole events (every evidence sentence, conflicts with "
                                                           "their claims) instead of each in brief.")] = False
                   ) -> Response:
    """Dated events in date order (undated ones are left out), each in brief as `/api/events`
    gives them (its first evidence sentence as an excerpt, `evidence_count`, the attributes its
    sources contest; api43, issue 20: a busy actor's page of whole events was 1.5 MB at 100k);
    `GET /api/events/{id}` gives one whole, `full=true` the page's whole."""
    since, until = _iso(since), _iso(until)
    if not full:
        return await answer(request, s.Page[s.EventBrief], lambda d: d.timeline_page(
            entity=entity, type=type.value if type else None, since=since, until=until, story=story,
            limit=page.limit, offset=page.offset, brief=True))
    return await respond(request, lambda d: page_json(d.timeline_page(
        entity=entity, type=type.value if type else None, since=since, until=until, story=story,
        limit=page.limit, offset=page.offset, docs=True), s.Event), "application/json")


def page_json(found: dict[str, Any], model: Any) -> bytes:
    """A page as `answer` writes `s.Page[model]` (pydantic's compact JSON): its stored documents
    (`list_docs.Raw`, migration 26: written by DuckDB as pydantic writes them, tested byte for
    byte) joined as they are, the other items validated and written one by one. A busy actor's
    timeline page (1.5 MB at 10k) was 14 ms of decoding, validation and writing; a stories page
    (120 kB) 3."""
    adapter = _adapter(model)
    items = [item if isinstance(item, RawBytes) else item.encode() if isinstance(item, Raw) else
             adapter.dump_json(adapter.validate_python(item)) for item in found["items"]]
    head = f'{{"total":{int(found["total"])},"limit":{int(found["limit"])},"offset":{int(found["offset"])},"items":['
    return head.encode() + b",".join(items) + b"]}"


GRAPHML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/graphml+xml": {"schema": {"type": "string"}}},
          "description": "The graph as JSON, or as GraphML with format=graphml."}}


@router.get("/graph", response_model=s.Graph, responses=GRAPHML)
async def graph(request: Request, entity: EntityId = None, story: StoryId = None,
                max_edges: Annotated[int, Query(ge=1, le=5000,
                                                description="Edges to keep, best supported first.")] = 1000,
                format: Annotated[str, Query(pattern="^(json|graphml)$")] = "json") -> Response:
    """The actor graph: edges from events and roles, best supported (most articles) first, each
    with its number of events and articles and a sample of each (at most 20: page an edge's
    articles with /api/graph/articles); the nodes are the entities the returned edges touch (and
    `entity`).  `entity` keeps the edges touching it, `story` the events of that story.  GraphML
    carries the same counts and samples."""
    if format == "graphml":
        from veille.stages.stories.outputs import graphml_text

        return await respond(request, lambda d: graphml_text(
            d.graph_page(entity=entity, story=story, max_edges=max_edges)).encode(), "application/graphml+xml")
    return await answer(request, s.Graph, lambda d: d.graph_page(entity=entity, story=story, max_edges=max_edges))


@router.get("/graph/articles", response_model=s.Page[str])
async def graph_articles(request: Request, page: Pages,
                         source: Annotated[str, Query(min_length=1, max_length=200,
                                                      description="The edge's source id.")],
                         target: Annotated[str, Query(min_length=1, max_length=200,
                                                      description="The edge's target id.")],
                         relation: Annotated[str, Query(min_length=1, max_length=100,
                                                        description="The edge's relation, as /api/graph gives it.")]
                         ) -> Response:
    """The ids of the articles an event edge of the actor graph rests on, in id order, a page
    at a time (`total` is the edge's `article_count`; an unknown edge has none)."""
    return await answer(request, s.Page[str], lambda d: d.edge_articles(
        source, target, relation, limit=page.limit, offset=page.offset))


@router.get("/search", response_model=s.SearchPage)
async def search(request: Request, page: Pages,
                 q: Annotated[str, Query(min_length=1, max_length=200,
                                         description="Words to find in titles, bodies and entity names "
                                                     "(accents and case ignored).")]) -> Response:
    """Entities whose name holds every word first, then articles ranked by BM25; each hit has
    a snippet and where the words are in it."""
    def read(d: Dossier) -> dict[str, Any]:
        found = d.search(q, limit=page.limit, offset=page.offset)
        return {"total": found["total"], "limit": page.limit, "offset": page.offset, "items": found["items"]}

    return await answer(request, s.SearchPage, read)


router.include_router(ingest_router)
