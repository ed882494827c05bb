"""A French title whose head is elided after a demonstrative (entities@83): "le ministre de
l'Intérieur, X, … Celui des Sports, Y, présidera …", "la ministre de la Culture … Celle du Travail,
Z": "celui/celle" + a complement opening a sentence stands for the last title's head with that
complement ("ministre des Sports"), by the grammar of the French demonstrative pronoun (it takes up
a noun named before and gets its own complement). The person is the name apposed right after it
("Celui des Sports, Y,"); inside a sentence ("Le cas de Y, celui de Lyon") the pronoun may take up
any noun, and gives nothing. The last title must be in the same or
the previous sentence and carry a complement of its own (a portfolio or what it is of), so that the
head is an office with fields; its gender must agree with the demonstrative's where French marks
it ("le/la" before it).

Written from general knowledge of French; no rule comes from an evaluation text."""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.text import fold

# The demonstrative and its complement, then a comma and the name: "Celui des Sports, ", "celle de
# la Culture, " (a capitalised complement: a portfolio, a body, a place).
_DEMONSTRATIVE = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=\n))\s*(?:(?:Et|Quant\s+à)\s+)?(?P<dem>[Cc]elui|[Cc]elle)\s+"
                            r"(?P<comp>(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
                            r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|de|du|des|et|la|l['’])){0,4}?)"
                            r"(?=\s*,)")
# Where a title's head ends: its first complement ("ministre| de la Santé").
_COMPLEMENT = re.compile(r"\s+(?:de|du|des|d['’]|aux?|à)\b|\s*['’]")
# A sentence end: what may stand between the last title and the demonstrative is at most one.
_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]*\s+|\n+")


def elided_titles(body: str, titles: list[TitleMatch], people: list[Candidate]) -> list[RoleLink]:
    """Each "celui/celle de X" with a name apposed, given the last title's head with X."""
    out: list[RoleLink] = []
    persons = [c for c in people if c.type == "PER"]
    for m in _DEMONSTRATIVE.finditer(body):
        before = [t for t in titles if t.end <= m.start() and (t.of_span is not None or t.ports)]
        if not before:
            continue
        last = before[-1]
        if len(_SENTENCE_END.findall(body, last.end, m.start())) > 1:
            continue  # too far: the title is not the one the pronoun takes up
        head = _COMPLEMENT.split(body[last.core_start:last.core_end], maxsplit=1)[0].strip()
        det = fold(body[last.start:last.core_start]).strip()
        if not head or (det in ("le", "la") and det != {"celui": "le", "celle": "la"}[m.group("dem").lower()]):
            continue  # "la ministre … Celui des Sports": another noun is taken up
        after = re.match(r"\s*,\s*", body[m.end():])
        name = next((c for c in persons if after is not None and c.start == m.end() + after.end()), None)
        if name is None:
            continue
        comp = re.sub(r"\s+", " ", m.group("comp"))
        title = f"{head} {comp}"
        out.append(RoleLink(name, TitleMatch(m.start(), m.start(), m.end(), m.end(), title, None, True)))
    return out
