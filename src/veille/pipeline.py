"""The stage registry, the batch runner and quarantine.

Every stage is a plain function ``fn(batch: list[Article], ctx: Context) -> list[Article]``
registered in `STAGES` below with a versioned name and the fields it reads and writes.  The
function is named by an import path and imported on first use, so importing veille loads
no model.

A stage that raises on a batch is retried article by article: only the articles that fail
are quarantined (with the stage, the error code and the message) and the rest go on.
"""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from veille.config import Config
from veille.errors import StageError, VeilleError
from veille.model import Article, Origin

StageFunc = Callable[[list[Article], "Context"], list[Article]]


@dataclass(frozen=True)
class Stage:
    name: str
    version: int
    func_path: str  # "module:function", imported lazily
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str
    shared: bool = False
    """Reads the shared corpus index (the store's dedup index): runs in the parent process, in
    input order, after the batches before it are written (see `veille.executor`)."""

    @property
    def key(self) -> str:
        """The versioned name recorded on every annotation: ``time@1``."""
        return f"{self.name}@{self.version}"

    def load(self) -> Callable[..., Any]:
        """The stage's function (article stages are `StageFunc`; corpus steps take the whole corpus)."""
        module, _, attr = self.func_path.partition(":")
        func: Callable[..., Any] = getattr(importlib.import_module(module), attr)
        return func


# The one place where stages are registered, in the order a run applies them.
STAGES: tuple[Stage, ...] = (
    Stage("clean", 72, "veille.stages.clean:clean_batch",
          reads=("raw", "fmt", "clean", "meta", "url"),
          writes=("body", "title", "outlet", "removed", "published", "published_how",
                  "dateline_place", "lang", "meta"),
          doc="Title, outlet, byline, dateline, boilerplate and teasers cut from the body and kept."),
    Stage("dedup", 2, "veille.stages.dedup:dedup_batch",
          reads=("body", "published"),
          writes=("content_hash", "signature", "duplicate_of", "duplicate_similarity"),
          doc="Exact and near duplicates (MinHash LSH) against the batch and the corpus.",
          shared=True),
    Stage("nlp", 5, "veille.stages.nlp:nlp_batch",
          reads=("body", "lang", "meta"), writes=("sentences", "mentions"),
          doc="spaCy: sentences and raw named-entity mentions."),
    Stage("entities", 115, "veille.stages.entities:entities_batch",
          reads=("body", "mentions", "removed", "title", "lang"), writes=("mentions",),
          doc="Mentions corrected by the gazetteer, linked to canonical entities, with roles."),
    Stage("time", 52, "veille.stages.time:time_batch",
          reads=("body", "published", "published_how", "removed", "lang", "url"),
          writes=("timexes", "published", "published_how"),
          doc="TIMEX3 dates, times, durations and sets, resolved against the article date."),
    Stage("events", 69, "veille.stages.events:events_batch",
          reads=("body", "sentences", "mentions", "timexes"), writes=("events",),
          doc="PLOVER events with actors, date, place, modality and evidence."),
    Stage("quotes", 55, "veille.stages.quotes:quotes_batch",
          reads=("body", "sentences", "mentions", "lang"), writes=("quotes",),
          doc="Direct and indirect quotes with their speakers."),
)

# Corpus-wide steps, run after the article stages over the articles a run added
# (they need the whole store: cross-article entity linking, stories, event merging).
CORPUS_STAGES: tuple[Stage, ...] = (
    Stage("link", 39, "veille.stages.link:link_corpus",
          reads=("mentions",), writes=("entities",),
          doc="One canonical entity per referent across the corpus."),
    Stage("stories", 30, "veille.stages.stories:stories_corpus",
          reads=("body", "mentions", "events", "timexes", "published"),
          writes=("story", "events.merged", "published", "published_how"),
          doc="Story clustering, cross-article event merging and story-anchored dates."),
)


def stage(name: str) -> Stage:
    for st in STAGES + CORPUS_STAGES:
        if st.name == name:
            return st
    raise KeyError(name)


class Corpus(Protocol):
    """What batch stages may ask of the corpus already stored (see `veille.store.corpus`)."""

    def dedup_candidates(self, band_hashes: list[tuple[int, int]]) -> dict[str, Any]:
        """Stored articles sharing a (band, hash) with the query: id -> (signature, published)."""
        ...

    def exact_duplicate(self, content_hash: str) -> str | None:
        """The earliest stored article with this normalised-body hash, if any."""
        ...

    def exact_duplicates(self, content_hashes: list[str]) -> dict[str, str]:
        """`exact_duplicate` for a batch, in one query: hash -> root id."""
        ...

    def duplicate_roots(self, ids: list[str]) -> dict[str, str]:
        """Stored id -> the article it repeats."""
        ...


@dataclass
class Context:
    """What a stage gets beside its batch: the configuration, shared resources, the corpus."""

    config: Config = field(default_factory=Config)
    corpus: Corpus | None = None
    resources: dict[str, Any] = field(default_factory=dict)  # models and lexicons, loaded once

    def resource(self, name: str, loader: Callable[[], Any]) -> Any:
        """A model or lexicon loaded on first use and kept for the life of this context."""
        if name not in self.resources:
            self.resources[name] = loader()
        return self.resources[name]


@dataclass
class Quarantined:
    """An input item or article set aside, with why."""

    key: str  # article id, or the input item's source when no article was made
    source: str
    stage: str
    code: str
    message: str
    origin: Origin | None = None  # where to read the item again; None: it cannot be (stdin, corpus)


@dataclass
class BatchResult:
    articles: list[Article]
    quarantined: list[Quarantined]


def run_stage(stage_: Stage, batch: list[Article], ctx: Context) -> BatchResult:
    """Apply one stage; on failure find and quarantine the failing articles alone."""
    func: StageFunc = stage_.load()
    try:
        out = func(batch, ctx)
    except Exception:
        if len(batch) == 1:
            return BatchResult([], [_quarantine(batch[0], stage_)])
        kept: list[Article] = []
        bad: list[Quarantined] = []
        for article in batch:
            result = run_stage(stage_, [article], ctx)
            kept += result.articles
            bad += result.quarantined
        return BatchResult(kept, bad)
    for article in out:
        if stage_.key not in article.stages:  # a stage may record itself (clean does, for callers outside run_stage)
            article.stages.append(stage_.key)
    return BatchResult(out, [])


def _quarantine(article: Article, stage_: Stage) -> Quarantined:
    import sys

    exc = sys.exc_info()[1]
    if isinstance(exc, VeilleError):
        code, message = exc.code, str(exc)
    else:
        code = StageError.code
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc and exc.__traceback__ else None
        at = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
        message = (f"[{code}] stage {stage_.key} failed: {type(exc).__name__}: {exc}{at} — "
                   "please report this article with the message")
    return Quarantined(article.id, article.source, stage_.key, code, message, article.origin)


def run_batch(batch: list[Article], ctx: Context,
              stages: Iterable[Stage] = STAGES) -> BatchResult:
    """Run the article stages over one batch."""
    quarantined: list[Quarantined] = []
    for st in stages:
        if not batch:
            break
        result = run_stage(st, batch, ctx)
        batch, quarantined = result.articles, quarantined + result.quarantined
    return BatchResult(batch, quarantined)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
