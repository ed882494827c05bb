"""An office handed from one person to another (entities@81): "Y succeeded X as chief executive",
"Y remplace X au poste de directeur financier" give X the office too (the one who held it: a past
office counts); the passive "X sera remplacé au poste de directeur financier par Y", "X was replaced
as coach by Y", "X was replaced by Y as coach" gives it to both. The verb's subject already takes
the office by the title patterns' "as"/"au poste de" reading; only the other person is added here.
Read on folded text (`fold_same_length`), over the titles `TitlePatterns.find` read.

entities@93 (rol40): an apposition or a relative clause may stand between the predecessor and "as"
("Raab replaces Thérèse Coffey, one of Truss's closest allies, as deputy prime minister"), a second
predecessor may follow ("… as deputy prime minister and Brandon Lewis as justice secretary"), and the
predecessor may close the clause that gives the successor the office ("Y est nommée ministre du
Travail, en remplacement d'Olivier Dussopt", "Y devient porte-parole du gouvernement à la place de X",
"Y was appointed chief executive, replacing X"): the one named after the phrase of replacement held
the title that the clause gives its subject."""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_title_match import TitleMatch

# A verb of succession before its object, the predecessor: "succeeded X", "replaces X", "succède à X",
# "a remplacé X", "remplacer X".
_SUCCEEDS = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|succede(?:ra|rait)?|a\s+succede|succeder|succedant"
    r"|remplace(?:ra|rait)?|a\s+remplace|remplacer|remplacant)\s+(?:a\s+)?$")
# A passive of replacement after its subject, the predecessor: "X was replaced", "X sera remplacé(e)".
_REPLACED = re.compile(
    r"\s+(?:(?:will|would|is\s+to|was\s+to)\s+be|was|were|has\s+been|had\s+been|is|is\s+being|sera|serait"
    r"|a\s+ete|est|etait|avait\s+ete|va\s+etre|vient\s+d['’]etre|doit\s+etre)\s+(?:replaced|remplace(?:e|s|es)?)")
# Between a name and the office it holds or leaves: "X as chief executive", "X au poste de directeur",
# "X comme sélectionneur" (an article or a possessive may open the title).
_AS_POST = re.compile(
    r"\s+(?:as|au\s+poste\s+d['’e]|a\s+la\s+fonction\s+d['’e]|comme|en\s+tant\s+que)\s*"
    r"(?:(?:the|its|their|his|her|le|la|les|son|sa|leur)\s+|l['’]\s*)?")
# Between a verb's subject and the verb: a space, maybe an auxiliary ("Y will succeed", "Y va remplacer").
_SUBJECT_GAP = re.compile(r"\s+(?:(?:will|would|has|had|is\s+to|va|doit|devrait)\s+)?")
_BY = re.compile(r"\s+(?:by|par)\s+")
# An incise between the predecessor and "as" (entities@93): ", one of Truss's closest allies,".
_INCISE = re.compile(r",[^,.;:!?\n]{1,80},")
# "… and Brandon Lewis as justice secretary": a second predecessor and its office (entities@93).
_AND = re.compile(r"\s*,?\s+(?:and|et)\s+")
# A phrase of replacement after the office a clause gives its subject, its object the predecessor
# (entities@93): "en remplacement de X", "à la place de X", "replacing X", "in place of X".
_IN_PLACE = re.compile(
    r"(?:en\s+remplacement|a\s+la\s+place|in\s+place|in\s+succession|en\s+succession)\s+(?:d['’]\s*|de\s+|of\s+|to\s+)"
    r"|(?:replacing|succeeding|taking\s+over\s+from|who\s+(?:replaces|replaced|succeeds|succeeded)"
    r"|qui\s+(?:remplace|succede\s+a)|remplacant|succedant\s+a)\s+")
_HONORIFIC = re.compile(r"(?:(?:m|mme|mr|mrs|ms|dr)\.?\s+)?")
# What may stand between that office and the phrase: the rest of a joined portfolio (", santé et
# solidarités,"), a comma; no sentence end, no quote, no parenthesis.
_IN_PLACE_GAP = re.compile(r"[^.;:!?\n«»\"“”()]{0,50}")
# A verb or a particle that makes the office the clause's predicate, between its subject and the
# office: "X est nommée …", "X devient …", "X was appointed …", "X, chargée de …" (entities@93).
_PREDICATE = re.compile(
    r"\b(?:est|sont|sera|seront|etait|devient|deviennent|deviendra|nommee?s?|designee?s?|chargee?s?"
    r"|reconduite?s?|promue?s?|elue?s?|is|was|will\s+be|becomes|became|appointed|named|made|elected"
    r"|promoted|as|au\s+poste\s+d|comme)\b")


def _person_at(people: list[Candidate], start: int) -> Candidate | None:
    return next((c for c in people if c.start == start and c.type == "PER"), None)


def _title_at(titles: list[TitleMatch], folded: str, at: int) -> TitleMatch | None:
    """The title that opens right after "as/au poste de" at `at`."""
    gap = _AS_POST.match(folded, at)
    if gap is None:
        return None
    return next((t for t in titles if t.start <= gap.end() <= t.core_start
                 and _AS_POST.fullmatch(folded, at, t.core_start) is not None), None)


def succession_holders(folded: str, titles: list[TitleMatch], people: list[Candidate],
                       links: list[RoleLink]) -> list[RoleLink]:
    """The predecessor (and, in the passive, the successor) of an office handed over (entities@81)."""
    held = {(id(lk.title), lk.candidate.start) for lk in links if lk.candidate is not None}
    out: list[RoleLink] = []

    def give(c: Candidate | None, t: TitleMatch | None) -> None:
        if c is not None and t is not None and (id(t), c.start) not in held:
            held.add((id(t), c.start))
            out.append(RoleLink(c, t))

    for x in people:
        if x.type != "PER":
            continue
        if (verb := _SUCCEEDS.search(folded, max(0, x.start - 30), x.start)) is not None:
            # "Y succeeded X as chief executive": X held it, and Y, the verb's subject right before it,
            # holds it now ("Y remplace X comme sélectionneur")
            t = _title_at(titles, folded, x.end)
            if t is None and (incise := _INCISE.match(folded, x.end)) is not None:
                t = _title_at(titles, folded, incise.end())  # "replaces X, one of …, as T" (entities@93)
            y = next((y for y in people if y.type == "PER" and y.end <= verb.start()
                      and _SUBJECT_GAP.fullmatch(folded, y.end, verb.start())), None)
            give(x, t)
            give(y, t)
            if t is not None and (conj := _AND.match(folded, t.end)) is not None \
                    and (z := _person_at(people, conj.end())) is not None:
                # "… as deputy prime minister and Brandon Lewis as justice secretary" (entities@93)
                t2 = _title_at(titles, folded, z.end)
                give(z, t2)
                give(y, t2)
            continue
        passive = _REPLACED.match(folded, x.end)
        if passive is None:
            continue
        t = _title_at(titles, folded, passive.end())
        if t is not None and (by := _BY.match(folded, t.end)) is not None:
            # "X sera remplacé au poste de directeur financier par Y": both
            give(x, t)
            give(_person_at(people, by.end()), t)
        elif (by := _BY.match(folded, passive.end())) is not None and (y := _person_at(people, by.end())) is not None:
            # "X was replaced by Y as coach": both
            t = _title_at(titles, folded, y.end)
            give(x, t)
            give(y, t)
    for m in _IN_PLACE.finditer(folded):
        # "Y est nommée ministre du Travail, en remplacement d'Olivier Dussopt" (entities@93)
        honorific = _HONORIFIC.match(folded, m.end())
        pred = _person_at(people, honorific.end() if honorific is not None else m.end())
        if pred is None:
            continue
        before = [t for t in titles if t.end <= m.start() and not t.plural
                  and _IN_PLACE_GAP.fullmatch(folded, t.end, m.start()) is not None]
        t = max(before, key=lambda t: t.end, default=None)
        if t is None or any(t.end <= c.start < m.start() for c in people):
            continue
        sentence = max(folded.rfind(p, 0, t.start) for p in (". ", "\n", "! ", "? ", "; "))
        subjects = [c for c in people if c.type == "PER" and sentence < c.start and c.end <= t.start]
        if subjects and _PREDICATE.search(folded, subjects[-1].end, t.start) is not None:
            give(pred, t)
    return out
