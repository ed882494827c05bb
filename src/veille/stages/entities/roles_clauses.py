"""Which person a title belongs to where several names and titles follow each other in one sentence
(entities@109, issue 18), two constraints of French (and English) syntax:

- a later clause with its own subject and its own copula or verb of appointment closes the earlier
  verb's reach: "X est nommée ministre A, Y est ministre B" gives B to Y, not to X;
- a bare title set off by commas right after a name is that name's apposition, even where another name
  follows its closing comma: "X, ministre A et porte-parole B, Y, ministre C" gives A and B to X (a
  title before a name it qualifies carries a determiner or opens its sentence: "Le ministre A, Y, …").
"""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_context import COPULA

# Between a later subject and its verb: auxiliaries only (folded text: "a ete nommee", "vient d'etre
# elue", "has been appointed", "will be named").
_AUX_GAP = re.compile(r"\s+(?:(?:a|ont|avait|avaient|aura|auront|est|sont|sera|seront|etait|etaient|fut|ete|etre"
                      r"|vient\s+d['’]|viennent\s+d['’]|has|have|had|was|were|is|are|will|would|be|been|being"
                      r"|aussi|egalement|desormais|also|now)\s*)*")
# What opens a new clause between the earlier verb and the later subject: a comma, a semicolon or a
# coordinating conjunction.
_CLAUSE_OPEN = re.compile(r"[,;]|\s(?:et|and|tandis\s+que|alors\s+que|while|whereas)\s")


def later_subject(body: str, folded: str, verb_start: int, title_start: int, people: list[Candidate],
                  appointed: re.Pattern[str]) -> Candidate | None:
    """The subject of a clause opened after the verb of appointment at `verb_start`, whose own copula or
    verb of appointment (`appointed`, read on `body`; a copula, on `folded`) gives the title at
    `title_start`; None where no such clause stands between them."""
    for c in reversed(people):
        if not (verb_start < c.start and c.end <= title_start and c.type == "PER"):
            continue
        if _CLAUSE_OPEN.search(body, verb_start, c.start) is None:
            continue
        copula = COPULA.search(folded[:title_start], c.end)
        if copula is not None and _AUX_GAP.fullmatch(folded, c.end, copula.start()):
            return c
        verb = appointed.search(body, c.end, title_start)
        if verb is not None and _AUX_GAP.fullmatch(folded, c.end, verb.start()):
            return c
    return None


# Where a title stands after its comma with no determiner: the bare apposition of a name.
_SET_OFF = re.compile(r"\s*,\s*")
_DETERMINER = re.compile(r"(?:le|la|les|l['’]|un|une|des|the|a|an)\b", re.IGNORECASE)


def apposed_to_before(body: str, title_start: int, title_end: int, before: Candidate, after: Candidate) -> bool:
    """Whether a title read both after the name `before` (its apposition) and before the name `after`
    belongs to `before`: the title is set off by commas on both sides and follows `before`'s comma with
    nothing else between them (no determiner: "X, le ministre A, Y" is left to the reading before)."""
    return _SET_OFF.fullmatch(body, before.end, title_start) is not None \
        and _DETERMINER.match(body, title_start) is None \
        and "," in body[title_end:after.start]


# What may follow a name that stands in apposition itself: its closing comma or a bracket.
_NAME_SET_OFF = re.compile(r"[ \t]*[,(]")


def opening_apposition(body: str, before: Candidate, after: Candidate, opening: re.Pattern[str]) -> bool:
    """Whether a title between two names belongs to the first, named in the phrase that opens the
    sentence ("Selon X, le ministre A, Y a menti", "According to X, the prime minister, Y lied"): the
    title closes that phrase as its apposition, and the name after it opens the main clause as its
    subject, which French and English put before the verb with no comma. A subject set off by commas
    is itself in apposition to the title ("Selon le journal, le ministre A, Y, a démissionné"), which
    is then the second name's (entities@113)."""
    return opening.search(body[max(0, before.start - 40):before.start]) is not None \
        and _NAME_SET_OFF.match(body, after.end) is None
