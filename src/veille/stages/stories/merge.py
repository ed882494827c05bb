"""Cross-article event merging: one `CorpusEvent` per real-world event in a story.

Two article events are the same occasion when they have the same PLOVER category, share at
least one actor (source or target), are not from the same article, and their dates and places
agree (overlapping intervals, or one missing).  Sources that report the same occasion but
disagree on a detail still merge when everything else agrees closely (the same actors on
both sides, dates at most `conflict_days` apart) and the disagreement becomes a `Conflict`:
that is exactly what a reader of several outlets wants flagged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from veille.model import Article, Conflict, CorpusEvent, Event, Evidence, Modality
from veille.pipeline import stage
from veille.stages.stories.dates import best_supported, compatible, most_precise, parse_span, same_occasion

STAGE = stage("stories").key  # the version has one home: veille.pipeline's registry

# A figure with the noun it counts: "12 soldats", "3 000 tonnes", "1,5 milliard".
_FIGURE = re.compile(r"\b(\d{1,3}(?:[  .]\d{3})*(?:,\d+)?)\s+(?:de\s+|d[’'])?([^\W\d_]{3,})",
                     re.UNICODE)


@dataclass
class Reported:
    """One article's event inside a merge group."""

    article: Article
    event: Event


@dataclass
class Group:
    members: list[Reported] = field(default_factory=list)

    def articles(self) -> set[str]:
        return {m.article.id for m in self.members}

    def actors(self) -> set[str]:
        return {a for m in self.members for a in (*m.event.source, *m.event.target)}


def _actors(event: Event) -> set[str]:
    return set(event.source) | set(event.target)


def _close_dates(a: str | None, b: str | None, days: int) -> bool:
    sa, sb = parse_span(a), parse_span(b)
    return sa is not None and sb is not None and sa.gap_days(sb) <= days


# Categories whose two sides do the same thing to each other: "A meets B" is "B meets A".
_SYMMETRIC = ("CONSULT", "AGREE", "COOPERATE", "FIGHT")


def _reversed(a: Event, b: Event) -> bool:
    """Both events have both sides, and each side of one is the other side of the other."""
    sa, ta, sb, tb = set(a.source), set(a.target), set(b.source), set(b.target)
    return bool(sa and ta and sb and tb and sa & tb and ta & sb and not sa & sb and not ta & tb)


def _places_agree(a: Event, b: Event) -> bool:
    """Two reports' places agree when one is missing, they are the same, or one report's place is
    a participant of the other ("strikes on Cambodia" placed in Cambodia by one outlet, with
    Cambodia a target and the place left out or elsewhere in another): a place is evidence about
    the occasion, and it contradicts only a report that names it nowhere. Two different places
    neither report has among its actors still keep two events apart (a strike on one city and a
    strike on another the same day)."""
    if not a.location or not b.location or a.location == b.location:
        return True
    return a.location in _actors(b) or b.location in _actors(a)


def fits(group: Group, item: Reported, conflict_days: int, articles: set[str] | None = None,
         events: Iterable[Event] | None = None) -> float:
    """How well an article event fits a group: 0 when it cannot be the same occasion
    (`articles`: the group's article ids, `events`: one event per distinct `_signature` among
    its members, when the caller keeps them)."""
    if item.article.id in (group.articles() if articles is None else articles):
        return 0.0  # two events of one article are two events
    best = 0.0
    b = item.event
    mine = _actors(b)
    for a in (m.event for m in group.members) if events is None else events:
        if a.type != b.type:
            continue
        theirs = _actors(a)
        shared = theirs & mine
        if not shared:
            continue
        if _reversed(a, b) and a.type not in _SYMMETRIC:
            continue  # "A strikes B" and "B strikes A" are two events; a meeting is one
        jaccard = len(shared) / len(theirs | mine)
        same_sides = bool(set(a.source) & set(b.source) or set(a.source) & set(b.target)) and \
            bool(set(a.target) & set(b.target) or set(a.target) & set(b.source))
        dates_ok = compatible(a.date, b.date)
        places_ok = _places_agree(a, b)
        if dates_ok and places_ok:
            best = max(best, 0.5 + jaccard / 2)
            if best == 1.0:  # no member can fit better: the rest of a large group is not looked at
                return best
        elif same_sides and (dates_ok or _close_dates(a.date, b.date, conflict_days)):
            best = max(best, 0.25 + jaccard / 4)  # same occasion, a detail disputed
    return best


def _signature(event: Event) -> tuple[object, ...]:
    """What `fits` reads of a group member: members alike in it score alike."""
    return (event.type, tuple(event.source), tuple(event.target), event.date, event.location)


def group_events(articles: list[Article], conflict_days: int) -> list[Group]:
    """Greedy grouping in article order: each event joins the group it fits best.

    Only groups with a member of the same type sharing an actor can fit (`fits`), so those are
    found by (type, actor) and the others not scored, and within a group each distinct member
    (`_signature`) is compared once: a story of a few hundred reports of the same few occasions
    compared every event with every member of every group (half of a touched story's cost).
    The choice is the same: the best score, on a tie the latest group."""
    groups: list[Group] = []
    ids: list[set[str]] = []  # each group's article ids
    kinds: list[dict[tuple[object, ...], Event]] = []  # each group's members, one per `_signature`
    by_key: dict[tuple[str, str], set[int]] = {}  # (type, actor) -> the groups with such a member
    for article in articles:
        for event in article.events:
            item = Reported(article, event)
            near = set().union(*(by_key.get((event.type, a), set()) for a in _actors(event)))
            scored = [(fits(groups[i], item, conflict_days, ids[i], kinds[i].values()), i) for i in near]
            score, index = max(scored, default=(0.0, -1))
            if score > 0:
                groups[index].members.append(item)
                ids[index].add(article.id)
            else:
                index = len(groups)
                groups.append(Group([item]))
                ids.append({article.id})
                kinds.append({})
            kinds[index].setdefault(_signature(event), event)
            for a in _actors(event):
                by_key.setdefault((event.type, a), set()).add(index)
    return groups


def root(article: Article, by_id: dict[str, Article]) -> str:
    """The original an article republishes (following chains), or itself."""
    seen = {article.id}
    while article.duplicate_of and article.duplicate_of in by_id \
            and article.duplicate_of not in seen:
        article = by_id[article.duplicate_of]
        seen.add(article.id)
    return article.duplicate_of if article.duplicate_of and article.duplicate_of not in by_id \
        else article.id


def _evidence(item: Reported) -> list[Evidence]:
    if item.event.evidence:
        return list(item.event.evidence)
    return []


def _claims(values: dict[str, list[Reported]]) -> list[dict[str, object]]:
    return [{"value": value,
             "articles": sorted({r.article.id for r in items}),
             "evidence": [asdict(e) for r in items for e in _evidence(r)]}
            for value, items in sorted(values.items())]


def conflicts(group: Group) -> list[Conflict]:
    """Where the group's sources disagree: date, place, participants, figures."""
    found: list[Conflict] = []
    dated = [m for m in group.members if parse_span(m.event.date) is not None]
    if most_precise([m.event.date for m in dated if m.event.date]) is None and dated:
        by_date: dict[str, list[Reported]] = {}
        for m in dated:
            by_date.setdefault(m.event.date or "", []).append(m)
        found.append(Conflict("date", _claims(by_date)))
    by_place: dict[str, list[Reported]] = {}
    for m in group.members:
        if m.event.location:
            by_place.setdefault(m.event.location, []).append(m)
    if len(by_place) > 1:
        found.append(Conflict("location", _claims(by_place)))
    found.extend(_participant_conflicts(group))
    found.extend(_figure_conflicts(group))
    return found


def _participant_conflicts(group: Group) -> list[Conflict]:
    """One side named differently with no overlap at all (Mali in one, Niger in the other)."""
    out = []
    for side in ("source", "target"):
        by_set: dict[str, list[Reported]] = {}
        for m in group.members:
            names = sorted(getattr(m.event, side))
            if names:
                by_set.setdefault(", ".join(names), []).append(m)
        sets = [set(k.split(", ")) for k in by_set]
        if len(sets) > 1 and all(not (x & y) for i, x in enumerate(sets) for y in sets[i + 1:]):
            out.append(Conflict(f"participants.{side}", _claims(by_set)))
    return out


def _figure_conflicts(group: Group) -> list[Conflict]:
    """The same counted noun with different numbers in different articles' evidence.

    Numbers inside a time expression ("les 3 et 4 avril") are dates, which the date conflict
    compares; they are not figures."""
    per_noun: dict[str, dict[str, list[Reported]]] = {}
    for m in group.members:
        dated = [(t.start, t.end) for t in m.article.timexes]
        for ev in _evidence(m):
            for found in _FIGURE.finditer(ev.text):
                at = ev.start + found.start(1)
                if any(start <= at < end for start, end in dated):
                    continue
                number, noun = found.group(1), found.group(2)
                key = noun.casefold()
                value = re.sub(r"[  .]", "", number)
                per_noun.setdefault(key, {}).setdefault(value, []).append(m)
    out = []
    for noun, values in sorted(per_noun.items()):
        articles_per_value = [{r.article.id for r in items} for items in values.values()]
        if len(values) > 1 and len(set().union(*articles_per_value)) > 1:
            out.append(Conflict(f"figure:{noun}", _claims(values)))
    return out


def _majority(values: list[str]) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return max(sorted(counts), key=lambda v: counts[v])


def _sides(group: Group) -> tuple[list[str], list[str]]:
    """Source and target of the merged record, never sharing an actor.

    Sources may put an actor on different sides (one outlet writes "A meets B", another "B
    receives A"): each actor goes to the side most of its reports give it, on a tie the side
    the first report gives it. An event whose every actor lands on one side is one-sided, never
    "A -> A"."""
    votes: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in group.members:
        for a in m.event.source:
            votes[a] = votes.get(a, 0) + 1
            first.setdefault(a, 1)
        for a in m.event.target:
            votes[a] = votes.get(a, 0) - 1
            first.setdefault(a, -1)
    side = {a: v or first[a] for a, v in votes.items()}
    return sorted(a for a, v in side.items() if v > 0), sorted(a for a, v in side.items() if v < 0)


# A numeral in a time expression writes its day, month or year ("le 3 décembre", "Dec. 3",
# "in 2024"); one without ("Monday", "hier", "yesterday") is a day resolved on the publication date.
_NUMERAL = re.compile(r"\d")
# Numerals that count units back or forth from the publication day ("2 days ago", "il y a 3
# jours", "deux semaines plus tard" written "2 semaines") or tell the hour ("3 p.m.", "14 h 30",
# "10:30") write no day: such an expression is as relative as "yesterday".
_COUNT_OR_CLOCK = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:jours?|days?|semaines?|weeks?|mois|months?|ans?|années?|years?|"
    r"heures?|hours?|h(?:\s*\d+)?|minutes?|min|[ap]\.?\s?m\.?)(?![\w])|\d{1,2}:\d{2}",
    re.IGNORECASE)


def stated(item: Reported) -> int:
    """How the member's date was obtained, by what its own sentences say: 2 when a time expression
    in them writes the date out (a numeral) and names the event's day, 1 when one names it only
    relatively (a weekday, "yesterday", read on the publication date), 0 when none does (the
    publication day of a statement, a day carried from another sentence or event). The events
    stage keeps no record of where a date came from; its evidence sentences and the article's
    timexes tell it without one."""
    span = parse_span(item.event.date)
    if span is None:
        return 0
    best = 0
    for t in item.article.timexes:
        if t.type not in ("DATE", "TIME") or not any(e.start <= t.start and t.end <= e.end
                                                      for e in item.event.evidence):
            continue
        own = parse_span(t.value)
        if own is not None and same_occasion(t.value, own, item.event.date or "", span):
            best = max(best, 2 if _NUMERAL.search(_COUNT_OR_CLOCK.sub(" ", t.text)) else 1)
    return best


def _date(group: Group) -> str | None:
    """The merged event's date: a date its reports state outranks one inferred.

    Among the members with a concrete date, only those whose own sentences state it best
    (`stated`) are read: one outlet's publication day or weekday must not pull another's written
    date ("le 3 décembre") off its day, however many reports infer it. Among those, the narrowest
    date every one can be read as, else the one the most reports support."""
    dated = [(stated(m), m.event.date) for m in group.members
             if m.event.date and parse_span(m.event.date) is not None]
    if not dated:
        return None
    top = max(rank for rank, _ in dated)
    concrete = [d for rank, d in dated if rank == top]
    return most_precise(concrete) or best_supported(concrete)


def corpus_event(group: Group, story: str | None, by_id: dict[str, Article]) -> CorpusEvent:
    """The merged record; each article event's `merged` is set to its id."""
    first = group.members[0]
    cid = f"{first.article.id}:{first.event.id}"
    dates = [m.event.date for m in group.members if m.event.date]
    date = _date(group) or _majority(dates)
    source, target = _sides(group)
    modalities: list[Modality] = [m.event.modality for m in group.members]
    # What actually happened outranks what was announced: "asserted" wins when any source has it.
    modality: Modality = "asserted" if "asserted" in modalities else modalities[0]
    for m in group.members:
        m.event.merged = cid
    articles = sorted(group.articles())
    return CorpusEvent(
        id=cid, type=first.event.type,
        mode=_majority([m.event.mode for m in group.members if m.event.mode]),
        source=source, target=target, date=date,
        location=_majority([m.event.location for m in group.members if m.event.location]),
        modality=modality,
        evidence=[e for m in group.members for e in _evidence(m)],
        story=story, articles=articles,
        independent_sources=len({root(by_id[a], by_id) for a in articles}),
        conflicts=conflicts(group), stage=STAGE)


def merge_story_events(articles: list[Article], story: str | None,
                       by_id: dict[str, Article], conflict_days: int) -> list[CorpusEvent]:
    return [corpus_event(g, story, by_id) for g in group_events(articles, conflict_days)]
