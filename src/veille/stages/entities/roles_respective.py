"""Coordinated titles (`outermost`, `coordinated`: moved out of `roles` with no change of behaviour, entities@97)
and roles split across a coordination by "respectively" (entities@97): "X et Y, respectivement président
et directrice générale de Renault", "X and Y, respectively chairman and chief executive of Acme", and
the other order, "the chairman and the chief executive of Acme, respectively X and Y". The titles are
one person's each, in the order of the names: without this reading the coordinated titles were read
as one person's (the last name's, as "model and musician Carla Bruni") and the first name got none.
A complement stated once after the last title is every title's ("de Renault", "of Acme"), as the
construction distributes it."""

from __future__ import annotations

import re
from dataclasses import replace

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_title_match import TitleMatch, stated
from veille.stages.entities.roles_titles_en import EN_FUNCTION

# Between two titles of one person: "et", "and", "&" or a comma, and nothing else.
_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:et|and|&))\s+")
# ... or "and" and one lowercase noun that qualifies the second title before it, English style
# ("Japan's prime minister and party leader X", "chairman and group chief executive"); not a
# determiner or a possessive, which opens another person's phrase ("the president and his wife X").
_COORDINATION_MODIFIED = re.compile(r",?\s*(?:and|&)\s+(?P<mod>[a-z][a-z-]*)\s+")


def outermost(titles: list[TitleMatch]) -> list[TitleMatch]:
    """Titles not inside a longer one ("ministre" inside "premier ministre", "chef" inside "chef de l'État")."""
    out: list[TitleMatch] = []
    for t in sorted(titles, key=lambda t: (t.start, -(t.end - t.start))):
        if not any(o.core_start <= t.core_start and t.core_end <= o.core_end for o in out):
            out.append(t)
    return out


def coordinated(body: str, titles: list[TitleMatch]) -> list[TitleMatch]:
    """Titles joined by "et", "and" or a comma with no determiner between them are one person's
    ("le vice-premier ministre et ministre des Affaires étrangères pakistanais, Ishaq Dar",
    "model and musician Carla Bruni", "the presiding judge, Justice Maria Carroccia"): one
    title, whose `of` is the one either part names."""
    out: list[TitleMatch] = []
    for t in titles:
        prev = out[-1] if out else None
        # (an abbreviated rank after a comma is the name's own: "the head of the junta, Gen. X")
        if (prev is not None and t.start == t.core_start and prev.end <= t.start and not t.abbreviated
                and (_COORDINATION.fullmatch(body, prev.end, t.start) is not None
                     or ((mod := _COORDINATION_MODIFIED.fullmatch(body, prev.end, t.start)) is not None
                         and mod.group("mod") not in EN_FUNCTION | {"my", "your", "whose"}))
                and (prev.of is None or t.of is None or prev.of == t.of)):
            joint = stated(body, prev.end if prev.of_span is not None else prev.core_end, t.start)
            of, of_span = (t.of, t.of_span) if t.of is not None else (prev.of, prev.of_span)
            out[-1] = TitleMatch(prev.start, prev.core_start, t.end, t.core_end,
                                 f"{prev.title}{joint if joint == ',' else ' ' + joint} {t.title}", of,
                                 prev.definite, prev.office or t.office, of_span, ports=prev.ports + t.ports)
            continue
        out.append(t)
    return out


_RESPECTIVELY = re.compile(r"(?<![\w-])(?:respectively|respectivement)(?![\w-])", re.IGNORECASE)
# Between the word and what it distributes: a comma or nothing ("X and Y, respectively, the …").
_GAP = re.compile(r"[ \t]*,?[ \t]*")
# Between two listed names: a comma, "et"/"and" (after a comma or not).
_NAME_SEP = re.compile(r"\s*(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)")
# Between two listed titles: the same, and the determiner the second may take ("et le directeur").
_TITLE_SEP = re.compile(r"\s*(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)"
                        r"(?:(?:the|a|an|le|la|les|l['’]|un|une|son|sa|his|her|its)\s*)?")


def _names_before(body: str, end: int, people: list[Candidate]) -> list[Candidate]:
    """The names listed right before `end` (at least two), in text order; [] when none ends there."""
    last = next((c for c in people if _GAP.fullmatch(body, c.end, end)), None)
    names = [last] if last is not None else []
    while names:
        prev = next((c for c in people if c.end <= names[0].start
                     and _NAME_SEP.fullmatch(body, c.end, names[0].start)), None)
        if prev is None:
            break
        names.insert(0, prev)
    return names if len(names) >= 2 else []


def _names_after(body: str, start: int, people: list[Candidate]) -> list[Candidate]:
    """The names listed from `start` (at least two), in text order."""
    names = [c for c in people if _GAP.fullmatch(body, start, c.start)][:1]
    while names:
        nxt = next((c for c in people if c.start >= names[-1].end
                    and _NAME_SEP.fullmatch(body, names[-1].end, c.start)), None)
        if nxt is None:
            break
        names.append(nxt)
    return names if len(names) >= 2 else []


def _titles_after(body: str, start: int, parts: list[TitleMatch]) -> list[TitleMatch]:
    out = [t for t in parts if _GAP.fullmatch(body, start, t.start)][:1]
    while out:
        nxt = next((t for t in parts if t.start >= out[-1].end and _TITLE_SEP.fullmatch(body, out[-1].end, t.start)),
                   None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _titles_before(body: str, end: int, parts: list[TitleMatch]) -> list[TitleMatch]:
    last = next((t for t in parts if _GAP.fullmatch(body, t.end, end)), None)
    out = [last] if last is not None else []
    while out:
        prev = next((t for t in parts if t.end <= out[0].start and _TITLE_SEP.fullmatch(body, t.end, out[0].start)),
                    None)
        if prev is None:
            break
        out.insert(0, prev)
    return out


def respective_roles(body: str, parts: list[TitleMatch], people: list[Candidate],
                     links: list[RoleLink]) -> list[RoleLink]:
    """`links` with each title of a "respectively" coordination given to its own name (`parts`: the
    titles before any coordination joined them). Nothing changes where the counts differ."""
    for m in _RESPECTIVELY.finditer(body):
        names = _names_before(body, m.start(), people)
        titles = _titles_after(body, m.end(), parts) if names else []
        if not names:
            titles = _titles_before(body, m.start(), parts)
            names = _names_after(body, m.end(), people) if titles else []
        if len(names) < 2 or len(names) != len(titles):
            continue
        shared = next((t for t in reversed(titles) if t.of is not None), None)
        span = (min(titles[0].start, names[0].start), max(titles[-1].end, names[-1].end))
        held = {(c.start, c.end) for c in names}
        # the titles' earlier reading (one joint title for the last or first name) gives way
        links = [lk for lk in links if not (lk.candidate is not None and (lk.candidate.start, lk.candidate.end) in held
                                            and span[0] <= lk.title.start and lk.title.end <= span[1])]
        for c, t in zip(names, titles, strict=True):
            if t.of is None and shared is not None and titles.index(shared) > titles.index(t):
                t = replace(t, of=shared.of, of_span=shared.of_span)
            links.append(RoleLink(c, t))
    return links
