"""The corpus stage: stories, merged events, story-anchored dates and summaries."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.model import Article, CorpusEvent, Story
from veille.pipeline import Context
from veille.stages.stories.anchor import AnchorMemo, anchor_undated, unanchor
from veille.stages.stories.cluster import Clusterer, Member, StoryCluster, build_space, processing_order, profile
from veille.stages.stories.dates import Span, parse_span
from veille.stages.stories.languages import join as join_languages
from veille.stages.stories.merge import STAGE, merge_story_events
from veille.stages.stories.summary import summarise
from veille.stages.stories.vectors import Tfidf, add_into, cosine, normalise


@dataclass
class StoriesResult:
    stories: list[Story] = field(default_factory=list)
    events: list[CorpusEvent] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)  # the same objects, mutated in place
    clusters: dict[str, StoryCluster] = field(default_factory=dict)  # for the story index
    members: list[Member] = field(default_factory=list)  # every article as placed (story member index)
    space: Tfidf | None = None


def cluster_articles(articles: list[Article], ctx: Context, space: Tfidf,
                     clusterer: Clusterer | None = None) -> dict[str, list[Article]]:
    """Story id -> its articles in processing order; sets `article.story`."""
    config = ctx.config.stories
    clusterer = clusterer or Clusterer(space, config)
    ordered = processing_order(articles)
    if config.keep_stories:
        for article in ordered:
            if article.story:
                clusterer.keep(article, article.story)
    for article in ordered:
        if not (config.keep_stories and article.story):
            article.story = clusterer.assign(article)
    joined = join_languages(clusterer.stories, clusterer.story_of, config)
    for article in ordered:
        article.story = joined.get(article.story or "", article.story)
    members: dict[str, list[Article]] = {}
    for article in ordered:
        members.setdefault(article.story or "", []).append(article)
    return members


def _central_title(articles: list[Article], space: Tfidf) -> str:
    """The title of the article closest to the story's centre, else its opening words."""
    vectors = [profile(a, space) for a in articles]
    centre: dict[str, float] = {}
    for vec in vectors:
        add_into(centre, vec)
    centre = normalise(centre)
    ranked = sorted(zip(articles, vectors, strict=True),
                    key=lambda av: (-cosine(av[1], centre), av[0].id))
    for article, _ in ranked:
        if article.title and article.title.strip():
            return article.title.strip()
    words = " ".join(ranked[0][0].body.split()[:12])
    return words + ("…" if len(ranked[0][0].body.split()) > 12 else "")


def _date_range(articles: list[Article], events: list[CorpusEvent],
                max_days: int) -> tuple[str | None, str | None]:
    """The span of the story's publication dates and of the events close to them.

    Background events an article recalls (a withdrawal months earlier) would stretch the
    range, so events count only within `max_days` of a publication date, or, when no article
    is dated, when several sources report them.
    """
    pubs = [s for a in articles if (s := parse_span(a.published)) is not None]
    spans: list[Span] = list(pubs)
    for event in events:
        span = parse_span(event.date)
        if span is None or span.precision not in ("day", "interval") or span.days > max_days:
            continue
        near_publication = any(span.gap_days(p) <= max_days for p in pubs)
        if near_publication or (not pubs and event.independent_sources > 1):
            spans.append(span)
    if not spans:
        return None, None
    return min(s.start for s in spans).isoformat(), max(s.end for s in spans).isoformat()


def stories_corpus(articles: list[Article], ctx: Context, memo: AnchorMemo | None = None) -> StoriesResult:
    """Cluster, merge, anchor and summarise the whole corpus the store passes in (`memo`: the
    stored pre-anchoring states, and those of this pass: `anchor.AnchorMemo`)."""
    unanchor(articles, ctx, memo)
    by_id = {a.id: a for a in articles}
    space = build_space(articles)
    result = StoriesResult(articles=articles, space=space)
    clusterer = Clusterer(space, ctx.config.stories, record=True)
    for sid, members in cluster_articles(articles, ctx, space, clusterer).items():
        story, events = finish_story(sid, members, by_id, space, ctx, memo)
        result.events.extend(events)
        result.stories.append(story)
    result.clusters = clusterer.stories
    result.members = list((clusterer.placed or {}).values())
    return result


def finish_story(sid: str, members: list[Article], by_id: dict[str, Article], space: Tfidf,
                 ctx: Context, memo: AnchorMemo | None = None) -> tuple[Story, list[CorpusEvent]]:
    """One story's merged events, story-anchored dates, range, title and summary (`by_id`: at
    least the members; a republication's original outside it counts by its id)."""
    config = ctx.config.stories
    events = merge_story_events(members, sid, by_id, config.conflict_days)
    if anchor_undated(members, events, ctx, memo):  # new dates: merge again with them
        events = merge_story_events(members, sid, by_id, config.conflict_days)
    start, end = _date_range(members, events, config.max_days_apart)
    return Story(id=sid, title=_central_title(members, space), articles=[a.id for a in members],
                 start=start, end=end, summary=summarise(members, space, size=config.summary_sentences),
                 stage=STAGE), events
