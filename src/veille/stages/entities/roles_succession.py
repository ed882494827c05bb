"""An office handed from one person to another (entities@81): "Y succeeded X as chief executive",
"Y remplace X au poste de directeur financier" give X the office too (the one who held it: a past
office counts); the passive "X sera remplacé au poste de directeur financier par Y", "X was replaced
as coach by Y", "X was replaced by Y as coach" gives it to both. The verb's subject already takes
the office by the title patterns' "as"/"au poste de" reading; only the other person is added here.
Read on folded text (`fold_same_length`), over the titles `TitlePatterns.find` read."""

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
            give(x, t)
            give(next((y for y in people if y.type == "PER" and y.end <= verb.start()
                       and _SUBJECT_GAP.fullmatch(folded, y.end, verb.start())), None), t)
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
    return out
