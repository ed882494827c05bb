"""Online story clustering: each article joins the most similar story or starts its own.

An article's profile mixes its lead (where news puts the event), its whole body and the
entities it names, in one TF-IDF space.  Its similarity to a story is the mean of the cosine to
the story's centre (the topic) and to its nearest article (the event itself): the centre alone
grows similar to every on-topic article as a story grows, the nearest article alone chains.
Across languages the words differ, so an article is also compared with the story's members in
other languages on what a report and its translation share: its names (capitalised words inside
sentences) and entity ids; that counts only when no story passes on words (names-only cosines run
far higher than whole profiles: weighed together they would outbid the article's own words).
Events then adjust it: an event that matches one of the story's (same type, shared actors,
dates that agree and each place it within a week) pulls the article in; one whose date places
nothing on its own ("on Tuesday", "in 2025": the next occasion of a recurring event fits it as
well) only confirms the story the words rank first; the same type and actors at incompatible dates (a phone
call in August 2024 against consultations in April 2025) keep it out, and so do article dates
further apart than `max_days_apart`.

Story ids are derived from the first article of the story, so they never change when
articles are added, and a caller can seed the clusterer with stories kept from an earlier run.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from veille.config import StoriesConfig
from veille.model import Article, Event
from veille.stages.stories.dates import Span, compatible, parse_span
from veille.stages.stories.vectors import ProfileMatrix, TermIds, Tfidf, Vector, add_into, cosine, normalise

LEAD_CHARS = 400  # about the first two sentences: the who/what/when of a news report
EVENT_BONUS = 0.15  # added when the article reports an event the story already has
# Names and ids alone cannot tell apart stories they score within this of each other (`_by_names`):
# on eval/news dev an English report of a French government's fall scored 0.42 on names against its
# story and 0.37 against the next government's, 0.37 and 0.42 with `world.jsonl` (which names the
# Élysée and the parties in English too); its words said 0.18 against 0.08.
NAMES_MARGIN = 0.1


def story_id(first_article_id: str) -> str:
    return f"story-{first_article_id}"


def entity_term(entity: str) -> str:
    return f"ent:{entity}"


def article_entities(article: Article) -> list[str]:
    return [m.entity for m in article.mentions if m.entity]


def build_space(articles: list[Article]) -> Tfidf:
    """Document frequencies over body words and entity ids together."""
    space = Tfidf(a.body for a in articles)
    for article in articles:
        space.df.update({entity_term(e) for e in article_entities(article)})
    return space


def profile(article: Article, space: Tfidf) -> Vector:
    """The article's vector: lead, body and entities, each normalised then mixed (computed once
    per article and space: clustering and the story titles both ask)."""
    cached = space.profiles.get(article.id)
    if cached is not None:
        return cached
    counts = Counter(article_entities(article))
    ents = normalise({entity_term(e): (1 + math.log(c)) * space.idf(entity_term(e))
                      for e, c in counts.items()})
    mixed: Vector = {}
    for vec, weight in ((space.vector(article.body[:LEAD_CHARS]), 1.0),
                        (space.vector(article.body), 0.5), (ents, 0.5)):
        add_into(mixed, {t: w * weight for t, w in vec.items()})
    space.profiles[article.id] = normalise(mixed)
    return space.profiles[article.id]


def neutral_profile(article: Article, space: Tfidf) -> Vector:
    """What does not depend on the article's language: its names and entity ids."""
    counts = Counter(article_entities(article))
    vec = dict(space.names(article.body))
    add_into(vec, normalise({entity_term(e): (1 + math.log(c)) * space.idf(entity_term(e))
                             for e, c in counts.items()}))
    return normalise(vec)


def language(article: Article) -> str:
    return article.lang or "fr"


# An undated article is placed in time by the events it reports, but only by events known
# to within this many days: "les coups d'État entre 2020 et 2023" is background, not news.
PRECISE_EVENT_DAYS = 7


def article_span(article: Article) -> Span | None:
    """When the article speaks from: its publication date, else its precisely dated asserted events."""
    if article.published and (span := parse_span(article.published)):
        return span
    hull: Span | None = None
    for event in article.events:
        span = parse_span(event.date) if event.modality == "asserted" else None
        if span is not None and span.days <= PRECISE_EVENT_DAYS:
            hull = span if hull is None else hull.hull(span)
    return hull


def actors(event: Event) -> set[str]:
    return set(event.source) | set(event.target)


_OCCASIONS = ("asserted", "planned")


def events_match(a: Event, b: Event) -> bool:
    """Same type, shared actors and dates that agree, both placed in time: the same occasion.

    Unlike event merging inside a story, a missing date earns no bonus here: the same
    ministers talk every few months, and only the date tells one talk from the next.  Nor does
    a date with no place of its own in time, which an undated report leaves ("on Tuesday",
    "le 18 septembre": `dates.is_underspecified`): it contradicts no date, so it would match
    every occasion of a recurring event (a government falls, a parliament votes) whatever the
    week, the month or the year, and the bonus would glue stories weeks apart; a year or a month
    holds several such occasions too, so only dates known to within `PRECISE_EVENT_DAYS` count.  Nor does
    what the report says did not or might happen ("if the far right withdraws its support on
    Monday"): it is no occasion two reports could share; a planned one is (the visit announced).
    """
    return a.type == b.type and bool(actors(a) & actors(b)) and placed(a.date) and placed(b.date) \
        and a.modality in _OCCASIONS and b.modality in _OCCASIONS and compatible(a.date, b.date)


def events_agree(a: Event, b: Event) -> bool:
    """Same type, shared actors, both dated and not contradicting each other, where one date at
    least places nothing on its own (a bare weekday, a year): maybe the same occasion, maybe the
    next one.  Weaker evidence than `events_match`: it may confirm the story an article's words
    rank first (`Clusterer.assign`), never choose another."""
    return a.type == b.type and bool(actors(a) & actors(b)) and bool(a.date) and bool(b.date) \
        and a.modality in _OCCASIONS and b.modality in _OCCASIONS and compatible(a.date, b.date)


def placed(value: str | None) -> bool:
    """Whether a date value is a span of days of its own (not missing, not underspecified) no
    wider than `PRECISE_EVENT_DAYS`: one occasion, not a period that holds several."""
    span = parse_span(value)
    return span is not None and span.days <= PRECISE_EVENT_DAYS


def events_clash(a: Event, b: Event, max_days: int) -> bool:
    """Same kind of event between the same actors, both reported as having happened, at fully
    known dates too far apart to be the same occasion.

    Plans ("se rendra à Moscou en juin") and dates without a year cannot rule an article out:
    a story about one meeting often announces the next one.
    """
    if a.type != b.type or not (actors(a) & actors(b)) or not a.date or not b.date:
        return False
    if a.modality != "asserted" or b.modality != "asserted":
        return False
    sa, sb = parse_span(a.date), parse_span(b.date)
    return sa is not None and sb is not None and sa.gap_days(sb) > max_days


def background(event: Event, when: Span | None, max_days: int) -> bool:
    """An event dated further from when its report speaks than a story lasts is background ("the
    two leaders last met in Helsinki in 2018", "she backed him in 2022"): it tells what the story is
    not about, so it cannot rule the report out of a story about the same actors now."""
    span = parse_span(event.date) if event.date else None
    return when is not None and span is not None and span.gap_days(when) > max_days


@dataclass
class StoryCluster:
    """A story being built: its members, their profiles, events and time span."""

    id: str
    articles: list[str] = field(default_factory=list)
    profiles: list[Vector] = field(default_factory=list)
    centre_sum: Vector = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    span: Span | None = None
    _centre: Vector | None = None  # normalised centre_sum, kept until the next add
    members: ProfileMatrix | None = None  # the profiles as one sparse matrix (set by Clusterer)
    neutral: dict[str, list[Vector]] = field(default_factory=dict)  # language -> neutral profiles
    _by_type: dict[str, list[Event]] | None = field(default=None, repr=False, compare=False)  # until the next add

    def events_of(self, kind: str) -> list[Event]:
        """The story's events of one type: an article's event can match or clash with those only
        (`events_match`, `events_clash`), and each new article is scored against every candidate
        story's events (81k pairs tested for 100 new articles at 100k stored)."""
        if self._by_type is None:
            self._by_type = {}
            for event in self.events:
                self._by_type.setdefault(event.type, []).append(event)
        return self._by_type.get(kind, [])

    def add(self, article: Article, vec: Vector, neutral: Vector | None = None) -> None:
        self.add_member(article.id, language(article), vec, neutral, article.events, article_span(article))

    def add_member(self, aid: str, lang: str, vec: Vector, neutral: Vector | None, events: list[Event],
                   span: Span | None) -> None:
        """What `add` takes of an article, given apart (a stored member: `Member`)."""
        self.articles.append(aid)
        self.profiles.append(vec)
        if neutral is not None:
            self.neutral.setdefault(lang, []).append(neutral)
        if self.members is not None:
            self.members.add(vec)
        add_into(self.centre_sum, vec)
        self._centre = None
        self.events.extend(events)
        self._by_type = None
        if span is not None:
            self.span = span if self.span is None else self.span.hull(span)

    def absorb(self, other: StoryCluster) -> None:
        """Take `other`'s members in (a story joined across languages: `languages.join`)."""
        self.articles.extend(other.articles)
        self.profiles.extend(other.profiles)
        if self.members is not None:
            for vec in other.profiles:
                self.members.add(vec)
        add_into(self.centre_sum, other.centre_sum)
        self._centre = None
        self.events.extend(other.events)
        self._by_type = None
        for lang, profiles in other.neutral.items():
            self.neutral.setdefault(lang, []).extend(profiles)
        if other.span is not None:
            self.span = other.span if self.span is None else self.span.hull(other.span)

    def text_similarity(self, vec: Vector, query: Any = None) -> float:
        """`query`: `vec` as a dense array over the space's term ids, when `members` is set."""
        if self._centre is None:  # every article of the corpus is compared with every story
            self._centre = normalise(self.centre_sum)
        centre = cosine(vec, self._centre)
        if self.members is not None and query is not None:
            nearest = self.members.nearest(query)
        else:
            nearest = max(cosine(vec, p) for p in self.profiles)
        return (centre + nearest) / 2

    def cross_language(self, neutral: Vector, lang: str) -> float:
        """The highest cosine of names and entities with a member written in another language."""
        return max((cosine(neutral, p) for other, profiles in self.neutral.items() if other != lang
                    for p in profiles), default=0.0)


def similarity(article: Article, vec: Vector, story: StoryCluster, config: StoriesConfig,
               query: Any = None, neutral: Vector | None = None) -> float:
    """Combined similarity of an article to a story; -1 when time or events rule it out."""
    parts = _parts(article, vec, story, config, query)
    names = story.cross_language(neutral, language(article)) if neutral is not None and parts else None
    return _combined(parts, names, config)


# What a story scores an article on, before names: its text similarity, whether an event matched,
# and the days between them; None when time or events rule the story out.
Parts = tuple[float, bool, int] | None


def _parts(article: Article, vec: Vector, story: StoryCluster, config: StoriesConfig, query: Any) -> Parts:
    """`similarity` less the names: `Clusterer.assign` scores every candidate story on words, then,
    where none passes, again with names (`_by_names`); the text and the events are computed once.
    Events come first: a story they rule out needs no cosine."""
    span = article_span(article)
    if span is not None and story.span is not None \
            and span.gap_days(story.span) > config.max_days_apart:
        return None
    matched = clashed = False
    for mine in article.events:
        for theirs in story.events_of(mine.type):
            if events_match(mine, theirs):
                matched = True
            elif events_clash(mine, theirs, config.max_days_apart) \
                    and not background(mine, span, config.max_days_apart) \
                    and not background(theirs, story.span, config.max_days_apart):
                clashed = True
    if clashed and not matched:
        return None
    # The further a report lies from the story in time, the more its words must agree: a court
    # blocking another of the same president's orders five days later, a second censure motion
    # against the same government three weeks on, are other stories told in the same words.
    gap = span.gap_days(story.span) if span is not None and story.span is not None else 0
    return story.text_similarity(vec, query), matched, gap


def _combined(parts: Parts, names: float | None, config: StoriesConfig) -> float:
    """The score from `_parts` and, when given, the names' cross-language similarity."""
    if parts is None:
        return -1.0
    score, matched, gap = parts
    if names is not None:
        score = max(score, names)
    if matched:
        score += EVENT_BONUS
    return score - config.decay_per_day * gap


@dataclass
class Member:
    """What clustering read of one article, as the story member index stores it
    (`members.py`): its profile and neutral profile in the space of the pass that placed it,
    its language, time span and events (as they were before story dating)."""

    article: str
    story: str
    lang: str
    span: Span | None
    duplicate_of: str | None
    profile: Vector
    neutral: Vector
    events: list[Event]

    @classmethod
    def of(cls, article: Article, sid: str, vec: Vector, neutral: Vector) -> Member:
        # Events are copied: story dating (`anchor`) later changes the article's in place.
        events = [Event("", e.type, None, list(e.source), list(e.target), e.date, None, e.modality, "")
                  for e in article.events]
        return cls(article.id, sid, language(article), article_span(article), article.duplicate_of, vec,
                   neutral, events)

    def order(self) -> tuple[int, str, str]:
        """`processing_order`'s key."""
        return (1 if self.duplicate_of else 0, self.span.start.isoformat() if self.span else "9999", self.article)


class Clusterer:
    """Assigns articles to stories one at a time; seed it with stories from an earlier run
    (`keep`, or `seed` with stored members).  `record`: keep a `Member` of every article placed."""

    def __init__(self, space: Tfidf, config: StoriesConfig, *, record: bool = False) -> None:
        self.space = space
        self.config = config
        self.stories: dict[str, StoryCluster] = {}
        self.story_of: dict[str, str] = {}  # article id -> story id
        self.terms = TermIds()
        self.placed: dict[str, Member] | None = {} if record else None

    def _new(self, sid: str) -> StoryCluster:
        return StoryCluster(sid, members=ProfileMatrix(self.terms))

    def _add(self, article: Article, sid: str, vec: Vector, neutral: Vector) -> None:
        self.stories.setdefault(sid, self._new(sid)).add(article, vec, neutral)
        self.story_of[article.id] = sid
        if self.placed is not None:
            self.placed[article.id] = Member.of(article, sid, vec, neutral)

    def keep(self, article: Article, sid: str) -> None:
        """Put an article in a known story (a stored assignment, a republication)."""
        self._add(article, sid, profile(article, self.space), neutral_profile(article, self.space))

    def seed(self, member: Member) -> None:
        """Put a stored member in its story, as `keep` puts the article, without reading it."""
        story = self.stories.setdefault(member.story, self._new(member.story))
        story.add_member(member.article, member.lang, member.profile, member.neutral, member.events, member.span)
        self.story_of[member.article] = member.story

    def assign(self, article: Article) -> str:
        """The id of the story the article joins (a new one when none is similar enough)."""
        if article.duplicate_of and article.duplicate_of in self.story_of:
            sid = self.story_of[article.duplicate_of]
            self.keep(article, sid)
            return sid
        vec = profile(article, self.space)
        neutral = neutral_profile(article, self.space)
        query = self.terms.dense(vec)
        # Words first: a story the article's own words place it in is chosen on them alone.  Names
        # and ids only (a list of the same towns, the same firm) run far higher than whole
        # profiles, so weighed together they would pull an article to any story with a translation
        # among its members; they decide only where no story's words are close enough.
        best_sid, best = None, self.config.similarity
        words: dict[str, float] = {}
        parts: dict[str, Parts] = {}
        for sid, story in self.stories.items():
            parts[sid] = _parts(article, vec, story, self.config, query)
            score = words[sid] = _combined(parts[sid], None, self.config)
            if score >= best:
                best_sid, best = sid, score
        first = max(words, key=lambda sid: (words[sid], sid), default=None)
        if best_sid is None and first is not None and words[first] >= 0 \
                and words[first] + EVENT_BONUS >= self.config.similarity \
                and self._vaguely_shared(article, self.stories[first]):
            best_sid = first  # a loosely dated shared event confirms the words' first story
        if best_sid is None:
            best_sid = self._by_names(article, neutral, parts, words)
        sid = best_sid or story_id(article.id)
        self._add(article, sid, vec, neutral)
        return sid

    @staticmethod
    def _vaguely_shared(article: Article, story: StoryCluster) -> bool:
        """An event the article and the story may share (`events_agree`), for a story the
        article's words rank first: the same occasion or the next one of its kind, which the
        words, not the event, must tell apart (a government falls, then its successor)."""
        return any(events_agree(mine, theirs) for mine in article.events for theirs in story.events)

    def _by_names(self, article: Article, neutral: Vector, parts: dict[str, Parts],
                  words: dict[str, float]) -> str | None:
        """The story names and ids alone place the article in; among stories they score alike,
        the one its words are nearest.

        Stories of one country's politics share its leader, its seats of power, its parties (the
        Élysée, the National Rally, Labour): a report of one government's fall names them as much
        as a report of the next one's, and which scores higher on names alone turns on how many
        of them the gazetteer knows.  So stories within `NAMES_MARGIN` of the best names score are
        told apart by the article's words, which, below the bar, still weigh what the report says
        happened (the names it shares with each story as words, in their context).
        """
        lang = language(article)
        scored = [(_combined(parts[sid], story.cross_language(neutral, lang) if parts[sid] else None, self.config),
                   words[sid], sid) for sid, story in self.stories.items()]
        top = max((s for s, _, _ in scored), default=-1.0)
        if top < self.config.similarity:
            return None
        close = [(words, sid) for names, words, sid in scored
                 if names >= self.config.similarity and names >= top - NAMES_MARGIN]
        return max(close)[1]


def processing_order(articles: list[Article]) -> list[Article]:
    """Originals before their republications, dated before undated, oldest first, then by id.

    A deterministic order keeps story ids (from each story's first article) the same on
    every run over the same corpus.
    """
    def key(article: Article) -> tuple[int, str, str]:
        span = article_span(article)
        return (1 if article.duplicate_of else 0,
                span.start.isoformat() if span else "9999", article.id)
    return sorted(articles, key=key)
