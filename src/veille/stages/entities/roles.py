"""Roles: the office a text gives a person ("le ministre malien des Affaires étrangères, X").

Title phrases are found by regular expressions built from the lexicon (heads, portfolios)
and the gazetteer's demonyms, run over a same-length folded copy of the body so that case
and accents do not matter and offsets stay those of the body.  A title is attached to the
name right after it ("… étrangères, Abdoulaye Diop" / "Russian Foreign Minister Sergei
Lavrov") or right before it ("Sergueï Lavrov, le ministre russe …"); a singular title with a
country and no name beside it is a role-only mention ("le ministre burkinabè des Affaires
étrangères").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.model import Role
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.text import fold, fold_same_length

_OF = re.compile(r"\s+(?:du|de la|de l'|d'|des|of|of the)\s*")
_BEFORE_NAME = re.compile(r"\s*,?\s*")
_AFTER_NAME = re.compile(r"\s*,\s*")


@dataclass
class TitleMatch:
    start: int  # with the determiner
    core_start: int
    end: int  # end of the title, including "du Niger"
    core_end: int  # end of head + demonym + portfolio
    title: str
    of: str | None
    definite: bool  # "le/la/l'" before it: one person, the holder of the office


@dataclass
class RoleLink:
    candidate: Candidate | None  # the name the title is attached to; None for a role-only mention
    title: TitleMatch


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


class TitlePatterns:
    def __init__(self, lexicon: dict[str, Any], gaz: Gazetteer) -> None:
        self.fr_heads = {fold(k): v for k, v in lexicon["fr_heads"].items()}
        self.fr_ports = {fold(k): v for k, v in lexicon["fr_portfolios"].items()}
        self.en_heads = {fold(k): v for k, v in lexicon["en_heads"].items()}
        self.gaz = gaz
        dem = _alt(list(gaz.demonyms))
        self.fr = re.compile(
            rf"(?P<det>\b(?:le|la|l'|au|du|son|sa)\s*)?\b(?P<head>{_alt(list(self.fr_heads))})"
            rf"(?:\s+(?P<dem1>{dem}))?(?:\s+(?P<port>{_alt(list(self.fr_ports))}))?(?:\s+(?P<dem2>{dem}))?\b")
        self.en = re.compile(rf"(?P<det>\bthe\s+)?(?:\b(?P<dem1>{dem})\s+)?"
                             rf"\b(?P<head>{_alt(list(self.en_heads))})\b")
        self.homologue = re.compile(rf"\bhomologues?(?:\s+(?P<dem1>{dem}))?\b")

    def find(self, body: str, cands: list[Candidate]) -> list[TitleMatch]:
        folded = fold_same_length(body)
        by_start = {c.start: c for c in cands}
        by_end = {c.end: c for c in cands}
        out: list[TitleMatch] = []
        for m in self.fr.finditer(folded):
            head = self.fr_heads[m.group("head")]
            port = self.fr_ports.get(m.group("port") or "")
            title = f"{head} {port}" if head == "ministre" and port else head
            of = self._demonym(m.group("dem1") or m.group("dem2"))
            out.append(self._with_country(m, title, of, folded, by_start))
        for m in self.en.finditer(folded):
            poss = by_end.get(m.start("head") - 3) or by_end.get(m.start("head") - 4)
            if (not body[m.start("head")].isupper() and m.group("dem1") is None
                    and m.group("det") is None and poss is None):
                continue  # "president" in running French text is handled above
            title, of = self.en_heads[m.group("head")], self._demonym(m.group("dem1"))
            if of is None and poss is not None and re.fullmatch(r"'s\s+", folded[poss.end:m.start("head")]):
                of = self._country(poss)
            tm = self._with_country(m, title, of, folded, by_start)
            if poss is not None and of is not None and tm.of == of:
                tm.start = poss.start
            out.append(tm)
        return out

    def _demonym(self, word: str | None) -> str | None:
        return self.gaz.country_of_demonym(word) if word else None

    def _country(self, cand: Candidate) -> str | None:
        if cand.entry is not None and cand.entry.kind == "country":
            return cand.entry.id
        return None

    def _with_country(self, m: re.Match[str], title: str, of: str | None, folded: str,
                      by_start: dict[int, Candidate]) -> TitleMatch:
        end = m.end()
        tail = _OF.match(folded, end)
        if of is None and tail and tail.end() in by_start:
            country = self._country(by_start[tail.end()])
            if country is not None:
                of, end = country, by_start[tail.end()].end
        det = (m.group("det") or "").strip()
        return TitleMatch(m.start(), m.start("head"), end, m.end(), title, of,
                          det in ("le", "la", "l'", "the"))


def find_roles(body: str, cands: list[Candidate], patterns: TitlePatterns) -> list[RoleLink]:
    """Titles attached to names, and role-only titles, in one body."""
    titles = patterns.find(body, cands)
    people = [c for c in cands if c.entry is None or c.entry.type == "PER"]
    links: list[RoleLink] = []
    for t in titles:
        after = next((c for c in people if c.start >= t.end
                      and _BEFORE_NAME.fullmatch(body, t.end, c.start)), None)
        before = next((c for c in people if c.end <= t.start
                       and _AFTER_NAME.fullmatch(body, c.end, t.start)), None)
        name = after or before
        if name is not None:
            links.append(RoleLink(name, t))
        elif t.definite and t.of is not None:
            links.append(RoleLink(None, t))
    # "son homologue malien Abdoulaye Diop": the office of the last title met, another country.
    folded = fold_same_length(body)
    for m in patterns.homologue.finditer(folded):
        previous = [lk.title for lk in links if lk.title.end <= m.start()]
        name = next((c for c in people if c.start >= m.end()
                     and _BEFORE_NAME.fullmatch(body, m.end(), c.start)), None)
        of = patterns._demonym(m.group("dem1"))
        if previous and name is not None and of is not None:
            base = previous[-1].title
            links.append(RoleLink(name, TitleMatch(m.start(), m.start(), m.end(), m.end(), base, of, False)))
    return links


def role_of(link: RoleLink) -> Role:
    return Role(link.title.title, link.title.of)
