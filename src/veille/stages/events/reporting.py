"""Who reports an English event is no side of it (split from `english.py`, events@46).

Wire copy names its sources around the act it tells: a speaker before a reporting verb ("Police
Chief X said the suspect was arrested"), whom it was told ("told AFP that ..."), a name after the
trigger followed by a reporting verb ("..., the Times reported") or inside an "according to" phrase
("according to the State Police Public Relations Officer, Mr. X"), and the wire or outlet of the
dateline ("LOME (Reuters) -", "TAIPEI (Taiwan News) —"). None of them took part in the act.
"""

from __future__ import annotations

import re

from veille.model import Mention

# Verbs that report what someone said, in general news English (the attributions of wire copy:
# "X said ...", "..., the Y reported", "according to Z"), events@9. Who reports an act is no
# argument of it: "Police Chief X said the suspect was arrested" arrested no chief.
REPORTING = frozenset({"said", "says", "say", "told", "tells", "reported", "reports", "added", "adds",
                       "stated", "states", "noted", "notes", "claimed", "claims", "quoted", "cited"})
# After the trigger, a reporting word opens what was said, whose names are not the trigger's sides;
# (events@15) so do "alleging" and "stating" ("X accused Y, alleging they forced Z": Z is in the
# allegation, no side of the accusation); not the participles with another sense as common
# ("maintaining pressure on Z", "contending with Z", "asserting control over Z": Z is a side there).
REPORTING_AFTER = REPORTING | {"saying", "adding", "telling", "noting", "claiming", "insisting", "arguing",
                               "alleging", "stating"}
# A reported clause whose subject is a pronoun may be about its speaker ("X said she would resign").
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our"})


def reporter(text: str, m: Mention, at: int, after: int, others: list[Mention]) -> bool:
    """Whether the mention is who reports the event rather than one of its sides: a name before a
    reporting verb whose clause names its own actor before the trigger, with no pronoun that could
    be the speaker ("X said Freedonia attacked Sylvania"; not "X said she would resign", nor "Misri
    said the ceasefire had come into effect", where the speaker's side may be the one acting), whom
    it was told ("told AFP that ..."), or a name after the trigger that a reporting verb follows or
    "according to" precedes ("..., the Times reported", "according to X")."""
    if m.end <= at:
        prior = re.findall(r"[\w'’-]+", text[max(0, m.start - 12):m.start].casefold())
        if prior[-1:] and prior[-1] in ("told", "tells", "tell"):
            return True  # "told AFP that ...": whom it was told
        said = next((w for w in re.finditer(r"[\w'’-]+", text[m.end:at])
                     if w.group().casefold() in REPORTING), None)
        if said is None:
            return False
        start = m.end + said.end()
        rest = {w.casefold() for w in re.findall(r"[\w'’-]+", text[start:at])}
        return not _PRONOUNS & rest and any(start <= o.start and o.end <= at for o in others)
    if m.start >= after:
        following = re.findall(r"[\w'’-]+", text[m.end:m.end + 12].casefold())
        between = re.findall(r"[\w'’-]+", text[after:m.start].casefold())
        if REPORTING_AFTER & set(between):
            return True  # "X agreed, saying that he finds Y competent": Y is in what X says
        # (events@46) "according to" opens the attribution, which runs to the sentence's end: its
        # title words, its determiner and an apposition come before the name ("according to the
        # State Police Public Relations Officer, Mr. Williams Ayah")
        return _according(between) or (bool(following[:1]) and following[0] in REPORTING)
    return False


def _according(words: list[str]) -> bool:
    """Whether "according to" stands among `words` (the words between a trigger and a name after it)."""
    return any(w == "according" and words[k + 1:k + 2] == ["to"] for k, w in enumerate(words))


# A dateline names the wire or the outlet in parentheses between the place and a dash: "LOME
# (Reuters) -", "TAIPEI (Taiwan News) —" (events@46).
_BYLINE = re.compile(r"\)\s*[-–—]")


def byline(text: str, m: Mention) -> bool:
    """Whether the mention is the whole of a dateline's parenthesis before its dash."""
    return text[max(0, m.start - 1):m.start] == "(" and bool(_BYLINE.match(text, m.end))


# events@56: the place a dateline opens the report with, the whole of its line's start, then a
# date, the wire in parentheses and the dash, each but the dash optional: "ISTANBUL —", "SEOUL,
# Dec. 3 (UPI) —", "SAN FRANCISCO, May 20 (Xinhua) --".
_DATELINE_REST = re.compile(r"(?:,[^\n()—–-]{1,30})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--?)\s")


def dateline(text: str, m: Mention) -> bool:
    """Whether the mention is the place of a dateline: where the report was filed, no side of
    what it tells (a word-order reading took "ISTANBUL — Saudi journalist X was killed" for a
    subject once the English recogniser's places were kept, entities@98)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return not text[line_start:m.start].strip() and bool(_DATELINE_REST.match(text, m.end))
