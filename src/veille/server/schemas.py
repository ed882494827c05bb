"""The shapes the REST API answers with, so that /openapi.json documents them and FastAPI
checks every answer against them.  Records allow fields beyond those listed (the store may
grow a column); the listed ones are always there."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str
    message: str
    hint: str


class ErrorBody(BaseModel):
    """Every error, whatever its status: `{"error": {"code", "message", "hint"}}`."""

    error: ErrorDetail


# The PLOVER categories (openeventdata/PLOVER manual, plus FIGHT and CRIME from its earlier
# drafts, which veille's triggers still emit).
class PloverType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    INVESTIGATE = "INVESTIGATE"
    DEMAND = "DEMAND"
    DISAPPROVE = "DISAPPROVE"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    CRIME = "CRIME"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    FIGHT = "FIGHT"


PLOVER_TYPES = tuple(t.value for t in PloverType)


class EntityType(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class Evidence(Open):
    article: str
    start: int
    end: int
    text: str


class Actors(BaseModel):
    source: list[str]
    target: list[str]


class EventDate(BaseModel):
    value: str | None


class EventFields(Open):
    """What a merged event carries in every answer that lists it, whole or in brief."""

    id: str
    type: str
    mode: str | None
    actors: Actors
    date: EventDate
    location: str | None
    modality: str | None
    evidence: list[Evidence]
    story: str | None
    articles: list[str]
    independent_sources: int | None


class Event(EventFields):
    conflicts: list[Any]


class ArticleSummary(Open):
    id: str
    source: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    published_how: str
    lang: str | None
    duplicate_of: str | None
    story: str | None


class Duplicates(BaseModel):
    of: str | None
    copies: list[dict[str, Any]]


class ArticleDetail(ArticleSummary):
    body: str
    removed: list[dict[str, Any]] | None
    mentions: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]
    duplicates: Duplicates


class Role(Open):
    title: str
    of: str | None = None
    office: str | None = None


class EntitySummary(Open):
    id: str
    name: str
    type: str
    wikidata: str | None
    aliases: list[str]
    roles: list[Role]
    mentions: int
    articles: int


class Cooccurring(BaseModel):
    id: str
    name: str | None
    type: str | None
    articles: int


class EventBrief(EventFields):
    """An event as an entity page and the events list (`/api/events`) give it: its first evidence
    sentence as an excerpt (at most one item, `text` the body's [start, end)), how many sentences
    it has, the attributes its sources contest; the whole event is `GET /api/events/{id}`."""

    evidence_count: int
    contested: list[str | None]


class EventList(BaseModel):
    total: int | None
    limit: int
    offset: int
    items: list[EventBrief]


class EntityDetail(EntitySummary):
    events: EventList
    cooccurring: list[Cooccurring]


class SummaryLine(Open):
    text: str
    articles: list[str]


class StorySummary(Open):
    id: str
    title: str | None
    articles: list[str]
    summary: list[SummaryLine]
    start: str | None
    end: str | None
    events: int
    sources: int


class StoryDetail(Open):
    id: str
    title: str | None
    articles: list[str]
    summary: list[SummaryLine]
    start: str | None
    end: str | None
    events: list[Event]
    sources: list[ArticleSummary]


class Node(Open):
    id: str
    name: str
    type: str | None
    wikidata: str | None


class Edge(Open):
    source: str
    target: str
    relation: str
    event_count: int = Field(description="Events the edge rests on (0 for a role edge).")
    article_count: int = Field(description="Distinct articles those events are told in.")
    events: list[str] = Field(description="At most 20 of its events, in date order.")
    articles: list[str] = Field(description="At most 20 of its articles, by id; "
                                            "/api/graph/articles pages them all.")


class Graph(BaseModel):
    nodes: list[Node]
    edges: list[Edge]
    total_edges: int
    truncated: bool


class SearchHit(Open):
    kind: Literal["article", "entity"]
    id: str
    title: str
    snippet: str
    highlights: list[list[int]]
    score: float


class SearchPage(Page[SearchHit]):
    """Entities whose name holds every word, then articles by BM25; `total` is exact."""


class QuarantinedItem(BaseModel):
    source: str
    stage: str
    code: str
    message: str


class IngestSummary(BaseModel):
    run_id: str
    read: int
    skipped: int
    added: int
    duplicates: int
    quarantined: int
    stories: int
    events: int
    entities: int
    seconds: float
    quarantine: list[QuarantinedItem]


class Health(BaseModel):
    status: str
