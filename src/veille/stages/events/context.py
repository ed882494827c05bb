"""What the wider text adds to an event its trigger's phrase leaves short: the court behind a
judgment, the giver of an award, and which dates are bounds rather than the event's own date.

A judgment is often told in the passive with no agent ("X was acquitted of all charges", "a été
condamné à cinq ans de prison"): the sentence names the one judged, and the article names the
court or the judge elsewhere ("Superior Court Justice Maria Carroccia", "le tribunal
correctionnel de Paris"). In a report of a trial there is one bench, so a judgment whose
sentence names no judge takes the article's: a mention whose name is a court's ("Tribunal de
Paris", "Ontario Superior Court", "the jury"), or a person a judge's title stands before
("Justice Maria Carroccia", "la juge Nathalie Gavarino"). The words are those of the courts of
French and English-speaking countries (`data/events/actors.json`, `bench`).

A date after "après", "avant", "jusqu'à", "after", "before", "until" bounds an event, it does not
date it: "quittera son poste après la Coupe du monde 2026" is not an event of 2026, and "a
annoncé ce mercredi qu'il quittera son poste après ..." is dated by the announcement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from veille.model import Event, Mention, Timex

# Modes of the triggers that are a court's decision (data/events/triggers*.json).
JUDICIAL_MODES = frozenset({"convict", "acquit", "sentence"})
APPEAL_MODE = "appeal"  # the one judged turns against the court
AWARD_MODES = frozenset({"award"})
# A bound word, then a phrase or a clause of its own, then the timex ("after next year's tournament",
# "après la Coupe du monde", "d'ici à 2030", "came after Thailand recalled its ambassador to Cambodia
# late on Wednesday": that day is the recall's); no clause boundary in between, at most 12 words
# and the 60 characters `is_bound` reads (events@6; 5 words before). "by" and "until"
# bound only what follows them at once ("by Friday"): "convicted by a Paris court on Thursday".
_PHRASE = r"(?:\s+[^\s,;:.!?«»\"“”]+){0,12}\s*$"
_BOUND = re.compile(r"(?:^|[\s(])(?P<w>après|avant|d['’]ici(?:\s+à)?|jusqu['’](?:à|au|aux|en)|after|before)"
                    + _PHRASE, re.IGNORECASE)
_BOUND_NEXT = re.compile(r"(?:^|[\s(])(?P<w>by|until|till)(?:\s+(?:the|next|this|early|late|mid))?\s*$",
                         re.IGNORECASE)

_CLAUSE_END = re.compile(r"[,;:.!?–—«»]")
_OWN_GAP = 4  # "Friday’s summit": at most a possessive between the timex and the trigger it dates


def is_bound(body: str, timex: Timex, trigger_at: int) -> bool:
    """Whether the timex bounds the event whose trigger starts at `trigger_at` ("quittera son
    poste après la Coupe du monde 2026", "will step down after next year's tournament"): a bound
    phrase after the trigger, in its clause (no punctuation between: "un accord crucial : ils
    fourniront 300 milliards d'ici 2035" bounds the pledge, not the agreement). A trigger inside
    the phrase ("avant de rencontrer Poutine vendredi") or right after the timex ("after Friday's
    summit") is dated by it."""
    start = max(0, timex.start - 60)
    before = body[start:timex.start]
    found = _BOUND.search(before) or _BOUND_NEXT.search(before)
    if found is None or trigger_at > timex.end + _OWN_GAP:
        return False
    word = start + found.start("w")
    return trigger_at < word and not _CLAUSE_END.search(body[trigger_at:word])


def awarders(mentions: list[Mention]) -> list[str]:
    """Who gives an award its sentence tells of: the prize, the body or the occasion named there
    ("couronné de la Palme d'or lors du Festival de Cannes", "the Goncourt jury"), organisations
    and named events; the winner is a person, the one the trigger already has."""
    return [m.entity or "name:" + m.text.casefold() for m in mentions if m.type in ("ORG", "MISC")]


def add_awarders(events: list[Event], mentions: list[Mention]) -> None:
    """An award event's sentences' prizes, bodies and occasions join its source (`awarders`)."""
    for ev in events:
        if ev.mode not in AWARD_MODES:
            continue
        inside = [m for m in mentions if any(e.start <= m.start and m.end <= e.end for e in ev.evidence)]
        ev.source += [i for i in dict.fromkeys(awarders(inside)) if i not in ev.source and i not in ev.target]


class Bench:
    """Finds the judging side of a trial report among an article's mentions."""

    def __init__(self, court_words: Iterable[str], judge_titles: Iterable[str]) -> None:
        self.court = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in court_words) + r")\b", re.IGNORECASE)
        self.title = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in judge_titles) + r")\s*$", re.IGNORECASE)

    def of(self, body: str, mentions: list[Mention]) -> list[Mention]:
        """The article's mentions of a court or of a titled judge, in text order."""
        def judging(m: Mention) -> bool:
            if m.type == "PER":
                return bool(self.title.search(body[max(0, m.start - 30):m.start]))
            return m.type in ("ORG", "MISC", "LOC") and bool(self.court.search(m.text))
        return [m for m in mentions if judging(m)]


def add_judges(events: list[Event], body: str, mentions: list[Mention], bench: Bench,
               found: list[Event] | None = None) -> None:
    """A judgment told without its judge ("X a été acquitté", "was sentenced to five years")
    is the article's court's: its court or titled judge becomes the source; an appeal told
    without the court appealed against ("Sarkozy will appeal") targets it.

    One trial, one day of judgment: a judgment with no date of its own takes the date of the
    article's dated judgment (`found`, every event of the article, the filter's rejects too:
    "condamné ... en ce jeudi 25 septembre. Sarkozy a été acquitté, par le même tribunal, ...").
    A judgment still undated is not tied to the trial the article reports (a background one,
    "he had been acquitted of ...", or a day the text does not give): it keeps its own actors
    rather than take the court as the news of the day."""
    day = next((ev.date for ev in (found if found is not None else events)
                if ev.mode in JUDICIAL_MODES and ev.date and ev.date[:1].isdigit()), None)
    judged = [ev for ev in events if ev.mode in JUDICIAL_MODES and not ev.source]
    appeals = [ev for ev in events if ev.mode == APPEAL_MODE and not ev.target]
    if not judged and not appeals:
        return
    ids = list(dict.fromkeys(m.entity or "name:" + m.text.casefold() for m in bench.of(body, mentions)))
    for ev in judged:
        if ev.date is None:
            ev.date = day
        if ev.date is not None:
            ev.source = [i for i in ids if i not in ev.target][:3]
    for ev in appeals:
        ev.target = [i for i in ids if i not in ev.source][:3]


# A relative clause set off by a comma ("Panahi, who three years ago was imprisoned", "l'AES,
# dont les membres ont quitté la CEDEAO en janvier") tells of its antecedent, not of the trigger.
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where|qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b",
                       re.IGNORECASE)


def in_relative_clause(text: str, timex: Timex, trigger: int) -> bool:
    """Whether a relative clause opened after the trigger (and not closed) holds the timex, or one
    opened before the timex closes (a comma) before the trigger."""
    if timex.start > trigger:
        between = text[trigger:timex.start]
        opened = list(_RELATIVE.finditer(between))
        return bool(opened) and "," not in between[opened[-1].end():]
    between = text[timex.end:trigger]
    before = text[max(0, timex.start - 200):timex.start]
    opened = list(_RELATIVE.finditer(before))
    return bool(opened) and "," not in before[opened[-1].end():] and "," in between
