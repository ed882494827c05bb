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
from datetime import date, timedelta

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


def awarders(mentions: list[Mention], body: str = "", works: frozenset[str] = frozenset()) -> list[str]:
    """Who gives an award its sentence tells of: the prize, the body or the occasion named there
    ("couronné de la Palme d'or lors du Festival de Cannes", "the Goncourt jury"), organisations
    and named events; the winner is a person, the one the trigger already has. A work's title
    ("for his novel Houris", a noun of `works` right before it) is what won, never who gives
    (events@17)."""
    def work(m: Mention) -> bool:
        before = re.findall(r"[\w'’-]+", body[max(0, m.start - 20):m.start].casefold())
        return m.type == "MISC" and bool(before) and before[-1] in works
    return [m.entity or "name:" + m.text.casefold() for m in mentions if m.type in ("ORG", "MISC") and not work(m)]


def add_awarders(events: list[Event], mentions: list[Mention], body: str = "",
                 works: frozenset[str] = frozenset()) -> None:
    """An award event's sentences' prizes, bodies and occasions join its source (`awarders`)."""
    for ev in events:
        if ev.mode not in AWARD_MODES:
            continue
        inside = [m for m in mentions if any(e.start <= m.start and m.end <= e.end for e in ev.evidence)]
        ev.source += [i for i in dict.fromkeys(awarders(inside, body, works))
                      if i not in ev.source and i not in ev.target]


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


# "Trois jours seulement après la prise de pouvoir, le colonel a été investi ce vendredi 17
# octobre", "Two days before the vote, X said on Sunday": an event inside a fronted phrase
# opened by a span of time and "after"/"before" is not on the day of the clause it modifies; it is
# that span earlier (after) or later (before). The number words are those of counted spans in
# French and English news; "le lendemain de" / "the day after" is one day.
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
}
_UNITS = {"day": "d", "days": "d", "jour": "d", "jours": "d", "week": "w", "weeks": "w",
          "semaine": "w", "semaines": "w", "month": "m", "months": "m", "mois": "m",
          "year": "y", "years": "y", "an": "y", "ans": "y", "année": "y", "années": "y"}
_SPAN = re.compile(
    r"(?<!\w)(?:(?P<n>\d{1,3}|" + "|".join(_NUMBERS) + r")\s+(?:seul(?:e)?s?\s+)?(?P<unit>" + "|".join(_UNITS)
    + r")|(?P<next>the\s+day|(?:le|au)\s+lendemain|(?:à\s+)?la\s+veille))\s+"
    r"(?:seulement\s+|à\s+peine\s+|plus\s+tard\s+|later\s+|earlier\s+|plus\s+tôt\s+)?(?P<w>après|avant|after|before|de|d['’]|du|des)(?=[\s'’])",
    re.IGNORECASE)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def shifted(text: str, sent_start: int, timex: Timex, trigger_at: int) -> str | None:
    """The date of a trigger inside a phrase "N days after/before ..." opening its clause, whose
    clause the timex (outside the phrase) dates: the timex's day moved back (after) or forward
    (before) by the span; a day for days and weeks, a month for months, a year for years. None
    when the trigger is not in such a phrase, or the timex is not a plain day."""
    found = [m for m in _SPAN.finditer(text, sent_start, trigger_at)
             if not _CLAUSE_END.search(text[m.end():trigger_at])]
    if not found:
        return None
    m = found[-1]
    word = m.group("w").casefold()
    if m.group("next"):
        lead = " ".join(m.group("next").casefold().split())
        if lead == "the day":
            if word not in ("after", "before"):
                return None
            sign = -1 if word == "after" else 1
        elif word in ("de", "d'", "d’", "du", "des"):
            sign = -1 if "lendemain" in lead else 1
        else:
            return None
        unit, n = "d", 1
    else:
        if word not in ("après", "avant", "after", "before"):
            return None
        unit = _UNITS[m.group("unit").casefold()]
        raw = m.group("n").casefold()
        n = int(raw) if raw.isdigit() else _NUMBERS[raw]
        sign = -1 if word in ("après", "after") else 1
    # The phrase ends at the first clause punctuation after the trigger; the timex must lie
    # outside it ("three days after the coup on Tuesday": Tuesday is the coup's own day).
    end = _CLAUSE_END.search(text, trigger_at)
    phrase_end = end.start() if end else len(text)
    if m.start() <= timex.start < phrase_end:
        return None
    day = _ISO_DAY.fullmatch(timex.value or "")
    if day is None:
        return None
    y, mo, d = (int(g) for g in day.groups())
    try:
        when = date(y, mo, d)
    except ValueError:
        return None
    if unit in ("d", "w"):
        return (when + timedelta(days=sign * n * (7 if unit == "w" else 1))).isoformat()
    if unit == "m":
        months = y * 12 + (mo - 1) + sign * n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{y + sign * n:04d}"


# "quelques jours après la prise de pouvoir", "a few weeks after the vote": an uncounted span.
_VAGUE = re.compile(r"(?<!\w)(?:quelques|plusieurs|a\s+few|several|many|some)\s+(?:jours|semaines|mois|années|ans|"
                    r"days|weeks|months|years)\s+(?:seulement\s+|à\s+peine\s+|plus\s+tard\s+|later\s+|earlier\s+)?"
                    r"(?:après|avant|after|before)(?=\s)", re.IGNORECASE)
# A relative pronoun that opens a clause whose subject it is ("a colonel who seized power in a
# coup was sworn in on Friday"; "le colonel qui a pris le pouvoir a été investi vendredi").
_REL_OPEN = re.compile(r"(?<!\w)(?:who|which|qui)\s", re.IGNORECASE)
# A finite auxiliary or copula: after the relative clause's own verb, it is the main clause's.
_MAIN_VERB = re.compile(r"(?<!\w)(?:was|were|is|are|has|have|had|will|a\s+été|ont\s+été|est|sont|sera|"
                        r"seront|a|ont)(?=\s)", re.IGNORECASE)
_REL_WORDS = re.compile(r"(?:who|which|that|qui|que|qu['’]|dont)\s+(?:\w+\s+)?$", re.IGNORECASE)


def not_its_day(text: str, sent_start: int, timex: Timex, trigger_at: int) -> bool:
    """Whether the timex dates another clause than the trigger's: the trigger inside a phrase
    "a few days after ..." (uncounted, so no day can be moved back: "investi vendredi, quelques
    jours après la prise de pouvoir"), or inside a relative clause the timex lies beyond ("a
    colonel who seized power in a coup was sworn in on Friday": Friday is the swearing-in's)."""
    end = _CLAUSE_END.search(text, trigger_at)
    phrase_end = end.start() if end else len(text)
    for m in _VAGUE.finditer(text, sent_start, trigger_at):
        if not _CLAUSE_END.search(text[m.end():trigger_at]) and not m.start() <= timex.start < phrase_end:
            return True
    if timex.start <= trigger_at:
        # "sworn in on Friday in a power grab that ousted the president": a relative clause
        # opened after the timex holds the trigger ("that" only right before its verb: after a
        # verb of saying it opens a complement clause, whose subject comes first).
        after = text[timex.end:trigger_at]
        return not _CLAUSE_END.search(after) and bool(
            _REL_OPEN.search(after) or re.search(r"(?<!\w)that\s+$", after, re.IGNORECASE))
    opened = [m for m in _REL_OPEN.finditer(text, sent_start, trigger_at)
              if not _CLAUSE_END.search(text[m.end():trigger_at])]
    if not opened:
        return False
    rel = opened[-1]
    between = text[trigger_at:timex.start]
    if rel.start() > 0 and text[:rel.start()].rstrip().endswith(",") and "," in between:
        return True  # "X, who seized power in a coup, was sworn in on Friday"
    # The relative clause's verb is the trigger or comes before it; a finite verb after the
    # trigger that no relative word of its own opens is the main clause's.
    return any(not _REL_WORDS.search(text[max(0, verb.start() - 30):verb.start()])
               for verb in _MAIN_VERB.finditer(text, trigger_at + 1, timex.start))


# A bare year between a determiner or a possessive and the noun it classifies ("Canada's 2018
# world junior hockey team", "the 2026 budget", "his 2019 film") names which team, budget or film,
# not when the act happened.
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|its|his|her|their|our|this|that))\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|by|for|of|as|when|after|before|with|from|was|were|"
                                r"is|are|has|had|have)\b)[a-z]")


def attributive_year(text: str, timex: Timex) -> bool:
    """Whether a timex is a bare year used as a classifier of the noun after it (English)."""
    if not (text[timex.start:timex.end].isdigit() and len(text[timex.start:timex.end]) == 4):
        return False
    return bool(_ATTRIBUTIVE_BEFORE.search(text[max(0, timex.start - 12):timex.start])
                and _ATTRIBUTIVE_AFTER.match(text, timex.end))


# (events@50) A court's judgment or a charge is told by its day ("acquitted on Tuesday", "sentenced
# Monday"); the year or month told after its offence's "of" phrase is when the offence took place:
# "acquitted ... on charges of misappropriating US$2 million of FIFA money in 2011", "acquitted of
# sexual assault in London in June 2018". English; a day (a weekday, a full date) still dates it.
JUDGED_MODES = frozenset({"convict", "acquit", "sentence", "charge"})
_COARSE = re.compile(r"\d{4}(?:-\d{2})?")
_OFFENCE_OF = re.compile(r"\bof\b", re.IGNORECASE)
_AUXILIARY_EN = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b", re.IGNORECASE)


def offence_time(text: str, timex: Timex, trigger_end: int) -> bool:
    """Whether a year or a month after a judgment's trigger, past an "of" phrase of the trigger's
    own clause (no finite auxiliary between: "sentencing followed a trial in which he was accused of
    ... in 2007" is another clause's), dates the offence it judges rather than the judgment."""
    between = text[trigger_end:timex.start]
    return timex.start >= trigger_end and bool(_COARSE.fullmatch(timex.value or "")) \
        and bool(_OFFENCE_OF.search(between)) and not _AUXILIARY_EN.search(between)
