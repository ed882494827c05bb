"""The records that flow through the pipeline.

One `Article` enters at ingest and every stage adds to it.  Every annotation points into the
cleaned `body` by character offsets (``body[start:end] == text``) and records the stage version
(``stage``) and the model (``model``) that produced it, so that a user can tell where any
claim came from and re-run only what changed.

Records are plain dataclasses: cheap to build, easy to pickle across processes, and turned to
and from JSON by `to_dict` / `from_dict` for the store and the exports.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "planned", "hypothetical", "negated"]

# How an article's publication date was found, most to least direct.
PUBLISHED_HOW = ("metadata", "date_line", "url", "url_id", "dateline", "written_day", "relative_line", "day_line",
                 "end_line", "url_slug", "updated_line", "comment_line", "caption", "text", "embed", "story", "none")


@dataclass
class Removed:
    """A piece of the raw text that cleaning cut, with the reason (its kind)."""

    text: str
    kind: str  # title, outlet, byline, credit, related, cta, comments, caption, teaser, ...
    start: int = -1  # offsets into the article's `raw` text, -1 when not known (HTML input)
    end: int = -1
    score: float | None = None  # the line classifier's probability that this is furniture


@dataclass
class Role:
    """An office held by a person: ``{title: "cheffe de la diplomatie", of: <entity id>,
    office: "ministre des Affaires étrangères"}``: `title` as the text states it, `office` the
    canonical office when veille knows it (what gazetteer office holders are listed under)."""

    title: str
    of: str | None = None
    office: str | None = None


@dataclass
class Mention:
    """A name in the body, resolved (by the entities stage) to a canonical `Entity` id."""

    start: int
    end: int
    text: str
    type: EntityType
    entity: str | None = None
    role: Role | None = None  # the office this mention states ("le ministre malien ..., X"): `roles[0]`
    stage: str = ""
    model: str | None = None
    # Every office this mention states, `role` first ("X, président du Sénat et ancien ministre de
    # la Justice": two).  `role` stays for the readers that weigh one office; the two are kept
    # in step on every assignment (setting `role` replaces the first, None clears them all).
    roles: list[Role] = field(default_factory=list)

    def __post_init__(self) -> None:
        # a copy: `dataclasses.replace` and callers pass their own list, which must not change
        roles = list(self.roles)
        if self.role is not None:  # `role` is `roles[0]`: moved to the front when given elsewhere
            roles = [self.role, *(r for r in roles if r != self.role)]
        object.__setattr__(self, "roles", roles)
        if self.role is None and roles:
            object.__setattr__(self, "role", self.roles[0])
        object.__setattr__(self, "_in_step", True)  # from now on, assignments keep the two in step

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        if "_in_step" not in self.__dict__:  # __init__ setting the fields one by one
            return
        if name == "role":
            object.__setattr__(self, "roles", [] if value is None else [value, *self.roles[1:]])
        elif name == "roles":
            object.__setattr__(self, "role", value[0] if value else None)


@dataclass
class Entity:
    """One real-world referent across the whole corpus."""

    id: str
    name: str
    type: EntityType
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass
class Timex:
    """A TIMEX3 expression; `value` is an ISO-TimeML value, or ``A/B`` for a range."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    anchor: str | None = None  # the reference the value was resolved against (DCT or a date)
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...
    quant: str | None = None  # for SETs: EVERY, ...
    stage: str = ""
    model: str | None = None


@dataclass
class Evidence:
    article: str
    start: int
    end: int
    text: str


@dataclass
class Event:
    """A PLOVER-coded event found in one article.

    `id` identifies the event within its article; `merged` is the id of the corpus-level
    event record (one per real-world event across sources), set by the stories stage.
    """

    id: str
    type: str  # PLOVER category: CONSULT, AGREE, COOPERATE, AID, ...
    mode: str | None
    source: list[str]  # entity ids
    target: list[str]
    date: str | None  # TIMEX3 value or A/B
    location: str | None  # entity id
    modality: Modality
    trigger: str
    evidence: list[Evidence] = field(default_factory=list)
    merged: str | None = None
    stage: str = ""
    model: str | None = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None  # entity id
    speaker_text: str  # how the text names the speaker
    stage: str = ""
    model: str | None = None


@dataclass
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Origin:
    """Where an input item was read, precisely enough to read it again (`veille run
    --retry-quarantined`): the input as given (made absolute; "-" for stdin), the file under it
    when the input is a folder (relative to it, so the item keeps its source name and id), and
    the item in the file ("line:N" in JSON Lines, "entry:N" in a feed, "record:N" in a WARC
    archive; None: the whole file)."""

    input: str
    file: str | None = None
    item: str | None = None


@dataclass
class Article:
    """One article; stages fill it in order (see `veille.pipeline.STAGES`)."""

    id: str
    source: str
    raw: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_how: str = "none"
    lang: str | None = None
    body: str = ""
    clean: bool = True  # False: `raw` is already the body (JSONL `clean: false`)
    fmt: str = "text"  # text, html, jsonl, feed, warc
    removed: list[Removed] = field(default_factory=list)
    dateline_place: str | None = None
    content_hash: str | None = None  # hash of the normalised body, for exact duplicates
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    story: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # versioned names of the stages applied
    meta: dict[str, Any] = field(default_factory=dict)  # input metadata as given
    # Working state that is never stored: the spaCy Doc of `body` (set by the nlp stage and
    # read by entities, events and quotes, so the text is parsed once) and the MinHash
    # signature (set by dedup, written to the dedup index by the store), and where ingest read
    # it (so a quarantined article can be read again).
    doc: Any = field(default=None, repr=False, compare=False)
    signature: list[int] | None = field(default=None, repr=False, compare=False)
    origin: Origin | None = field(default=None, repr=False, compare=False)  # set by ingest
    # The lines of its site that original articles stored by earlier runs hold, folded key ->
    # how many (`veille.store.site_lines`): set by the runner, read by clean's repetition signal.
    site_lines: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    TRANSIENT = ("doc", "signature", "origin", "site_lines")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields, without the transient working state."""
        out = {}
        for f in dataclasses.fields(self):
            if f.name not in self.TRANSIENT:
                out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["removed"] = [_build(Removed, r) for r in data.get("removed", [])]
        data["sentences"] = [_build(Sentence, s) for s in data.get("sentences", [])]
        data["mentions"] = [_mention(m) for m in data.get("mentions", [])]
        data["timexes"] = [_build(Timex, t) for t in data.get("timexes", [])]
        data["events"] = [_event(e) for e in data.get("events", [])]
        data["quotes"] = [_build(Quote, q) for q in data.get("quotes", [])]
        names = {f.name for f in dataclasses.fields(cls)} - set(cls.TRANSIENT)
        return cls(**{k: v for k, v in data.items() if k in names})


T = TypeVar("T")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _build(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def _mention(data: dict[str, Any]) -> Mention:
    data = dict(data)
    role = data.pop("role", None)
    roles = [_build(Role, r) if isinstance(r, dict) else r for r in data.pop("roles", None) or []]
    if isinstance(role, dict):
        role = _build(Role, role)
    if role is not None and not roles:  # a record written before mentions held a list (entities@54)
        roles = [role]
    return _build(Mention, {**data, "roles": roles})


def _event(data: dict[str, Any]) -> Event:
    ev = _build(Event, data)
    ev.evidence = [_build(Evidence, x) if isinstance(x, dict) else x for x in ev.evidence]
    return ev


def entity_from_dict(data: dict[str, Any]) -> Entity:
    ent = _build(Entity, data)
    ent.roles = [_build(Role, r) if isinstance(r, dict) else r for r in ent.roles]
    return ent


def article_id(source: str, text: str) -> str:
    """A stable id from where the text came from and what it says.

    The same file read twice (from any folder) gets the same id, so ingestion is idempotent;
    the same text from two sources gets two ids, so a republication stays a separate
    record that the dedup stage links with `duplicate_of`.
    """
    digest = hashlib.sha256(f"{source}\x00{text}".encode()).hexdigest()
    return digest[:16]


@dataclass
class Conflict:
    """Two sources disagree on one attribute (date, place, participants, figure) of an event."""

    attribute: str
    claims: list[dict[str, Any]]  # [{value, evidence: [Evidence-as-dict], articles: [ids]}]


@dataclass
class CorpusEvent:
    """One real-world event across sources: the per-article `Event`s merged by the stories stage."""

    id: str
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: str | None
    location: str | None
    modality: Modality
    evidence: list[Evidence]
    story: str | None
    articles: list[str]  # every article that reports it
    independent_sources: int  # articles reporting it, republications counted once
    conflicts: list[Conflict] = field(default_factory=list)
    stage: str = ""


@dataclass
class SummaryLine:
    text: str
    articles: list[str]  # the articles this sentence comes from (a sentence and its republications)


@dataclass
class Story:
    id: str
    title: str
    articles: list[str]
    start: str | None = None  # date range the story's events span (YYYY-MM-DD)
    end: str | None = None
    summary: list[SummaryLine] = field(default_factory=list)
    stage: str = ""
