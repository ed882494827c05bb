"""Plural titles and the names they count ("three Hamas leaders: X, Y and Z", "les ministres des
deux pays, X pour le Rwanda et Y pour la RDC"): the list of holders after a title (split out of
`roles` with no change of behaviour, entities@97)."""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate

# The separator between two listed holders ("X pour le Rwanda et Y").
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)")
# Between a plural title and the first of the names it counts among its holders.
INCLUDING = re.compile(r"\s*,?\s*(?:including|among\s+them|such\s+as|dont|notamment|parmi\s+lesquel(?:le)?s)"
                       r"\s+(?:(?:m|mme|mr|mrs|ms|dr)\.?\s+)?")
# A listed name may carry what the English press writes after a legislator's: the party and state in
# AP style ("Dave Min, D-Calif., and Marcy Kaptur") or the state after "of" ("Ben Sasse of Nebraska,
# Martha McSally of Arizona and John Cornyn"), one or two capitalised words.
_LIST_SEP_NAMES = re.compile(r"(?:\s*,\s*[DRI]-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?=\s*,)"
                             r"|\s+of\s+[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?)?"
                             r"\s*(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)")


def listed(body: str, first: Candidate, people: list[Candidate]) -> list[Candidate]:
    """The names listed after `first`, joined by commas and "et"/"and"."""
    out: list[Candidate] = []
    end = first.end
    for c in people:
        if c.start >= end:
            if _LIST_SEP_NAMES.fullmatch(body, end, c.start) is None:
                break
            out.append(c)
            end = c.end
    return out


# The countries or sides a plural title's holders speak for, counted ("des deux pays", "of the two
# countries", "of both sides"): each listed name says which is theirs (`listed_for`).
OF_BOTH = re.compile(r"\s+(?:des|de ces|of the|of both|of the two|from the two|from both)\s+"
                      r"(?:(?:deux|trois|two|three)\s+)?(?:pays|countries|nations|[ÉE]tats|states|gouvernements|governments|parties|camps|sides|delegations"
                      r"|d[ée]l[ée]gations)(?![\w-])")
# A place after a listed holder of a plural title: "X pour le Rwanda", "Y for Congo".
_FOR_PLACE = re.compile(r"\s+(?:pour|for)\s+(?:(?:le|la|les|the)\s+|l['’]\s*)?")


def listed_for(body: str, first: Candidate, people: list[Candidate],
                by_start: dict[int, Candidate]) -> list[tuple[Candidate, Candidate]]:
    """The names listed from `first`, each with the place named after it by "pour/for"
    ("X pour le Rwanda et Y pour la RDC"); the list stops at a name with no such place."""
    out: list[tuple[Candidate, Candidate]] = []
    name: Candidate | None = first
    while name is not None:
        prep = _FOR_PLACE.match(body, name.end)
        place = by_start.get(prep.end()) if prep is not None else None
        if place is None or place.type != "LOC":
            break
        out.append((name, place))
        sep = _LIST_SEP.match(body, place.end)
        name = next((c for c in people if sep is not None and c.start == sep.end() and c.type == "PER"), None)
    return out
