"""One record per real-world event (split out of `events/__init__.py`, events@46, no behaviour change).

An article tells one event in several sentences ("X and Y met on Monday ... During the meeting,
they ..."): the candidates found sentence by sentence are merged into one `Event` when they share
type, mode and an actor and their dates are compatible; an anaphoric trigger ("cette visite") adds
evidence to the last event of its type and dates the undated events of its sentence. An occasion
dated more than `RECALL_DAYS` before the publication day is recalled, not reported.
"""

from __future__ import annotations

from veille.model import Article, Event, Evidence
from veille.stages.events.found import Found
from veille.stages.stories.dates import parse_span


def unique(ids: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for i in ids:
        seen.setdefault(i, None)
    return list(seen)


def compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a1, _, a2 = a.partition("/")
    b1, _, b2 = b.partition("/")
    a2, b2 = a2 or a1, b2 or b1
    return a1[:len(b2)] <= b2[:len(a1)] and b1[:len(a2)] <= a2[:len(b1)]


def same_mode(a: str | None, b: str | None) -> bool:
    # A visit is a meeting seen from the traveller's side: one event either way.
    meeting = {"meeting", "visit"}
    # A report that does not say how ("une attaque") does not contradict one that does ("bombs").
    return a == b or a is None or b is None or (a in meeting and b in meeting)


# Days before the article's publication after which a dated occasion is recalled, not reported.
RECALL_DAYS = 31


def recalled(value: str | None, published: str | None) -> bool:
    """Whether the date ends more than `RECALL_DAYS` before the publication day."""
    span, day = parse_span(value), parse_span(published)
    return span is not None and day is not None and (day.start - span.end).days > RECALL_DAYS


def _joinable(a: Event, b: Event, published: str | None) -> bool:
    """The conditions `merge` asks of a candidate and an event, asked of two events."""
    if a.type != b.type or not compatible(a.date, b.date) or not same_mode(a.mode, b.mode):
        return False
    if a.modality != b.modality and (a.date is not None or b.date is not None):
        return False
    if (a.date is None and recalled(b.date, published)) or (b.date is None and recalled(a.date, published)):
        return False
    return bool((set(a.source) | set(a.target)) & (set(b.source) | set(b.target)))


def joined(events: list[Event], article: Article) -> list[Event]:
    """(events@59, French articles) The same event told twice, merged once the article is read: a
    report merges into the first event it shares an actor with, so a later sentence naming both
    events' actors ("l'ISWAP a revendiqué l'attaque" after "une attaque contre leur position" and
    "des combattants de l'ISWAP ont lancé une attaque") joins only the first, and the two records
    of one attack stay apart. Two events `merge` would have joined had they come in another order
    are one."""
    out: list[Event] = []
    for ev in events:
        into = next((o for o in out if _joinable(o, ev, article.published)), None)
        if into is None:
            out.append(ev)
            continue
        into.source = unique(into.source + [a for a in ev.source if a not in into.target])
        into.target = unique(into.target + [a for a in ev.target if a not in into.source])
        into.location = into.location or ev.location
        into.date = into.date or ev.date
        new = [e for e in ev.evidence if all(x.start != e.start for x in into.evidence)]
        into.evidence = sorted(into.evidence + new, key=lambda e: e.start)
    return out


def merge(found: list[Found], article: Article, stage: str, model: str) -> list[Event]:
    """One record per real-world event: same type and mode, shared actors, compatible dates."""
    events: list[Event] = []
    last_of_type: dict[str, Event] = {}
    for f in found:
        actors = set(f.source) | set(f.target)
        same = last_of_type.get(f.type) if f.anaphoric else None
        if not f.anaphoric:
            for ev in events:
                if ev.type != f.type or not compatible(ev.date, f.date):
                    continue
                if any(e.start == f.sentence[0] for e in ev.evidence):
                    same = ev  # "lors d'un entretien téléphonique, X et Y ont discuté"
                    break
                # A dated plan ("se rendrait à Moscou en juin") is not the meeting already held.
                if f.modality != ev.modality and f.date is not None:
                    continue
                # An occasion dated long before the article ("since their summit in Helsinki in
                # 2018") is not the undated one the article told first: that one is its news.
                if ev.date is None and recalled(f.date, article.published):
                    continue
                if same_mode(ev.mode, f.mode) and actors & (set(ev.source) | set(ev.target)):
                    same = ev
                    break
        evidence = Evidence(article.id, f.sentence[0], f.sentence[1],
                            article.body[f.sentence[0]:f.sentence[1]])
        if same is None:
            if f.anaphoric or not actors:
                continue
            same = Event(f"{article.id}:ev{len(events)}", f.type, f.mode, list(f.source),
                         list(f.target), f.date, f.location, f.modality, f.trigger,
                         [evidence], stage=stage, model=model)
            events.append(same)
        else:
            if not f.anaphoric:  # "cette réunion souligne ..." names no new participant
                same.source = unique(same.source + [a for a in f.source if a not in same.target])
                same.target = unique(same.target + [a for a in f.target if a not in same.source])
                same.location = same.location or f.location
                same.date = same.date or f.date
            if not any(e.start == evidence.start for e in same.evidence):
                same.evidence.append(evidence)
        last_of_type[f.type] = same
    return events


def date_from_anaphora(events: list[Event], found: list[Found]) -> None:
    """'Lors de cette visite, ils ont annoncé ...': an undated event in a sentence that refers
    back to a dated event takes that event's date."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        for e in ev.evidence:
            by_sentence.setdefault(e.start, []).append(ev)
    for f in found:
        if not f.anaphoric:
            continue
        refs = [ev for ev in by_sentence.get(f.sentence[0], []) if ev.type == f.type and ev.date]
        ref_date = refs[0].date if refs else None
        if ref_date is None:
            continue
        for ev in by_sentence.get(f.sentence[0], []):
            if ev.date is None:
                ev.date = ref_date
