"""One title read over a coordination is several roles (entities@54): the whole, then each title.

The title readers (`roles_titles`, `roles_titles_en`) read "X, président du Sénat et ancien ministre
de la Justice" and "X, Chairman and CEO of Acme" as one title, since a person's coordinated titles
are one apposition.  A mention holds a list of roles (`Mention.roles`), so each title of the
coordination is a role of its own, with what it is of:

- the name the text ties the title to stays with the title it follows ("président du Sénat et
  ancien ministre": the Senate is the president's, not the minister's);
- a name after the last title is every title's that states no complement of its own ("Chairman and
  CEO of Acme", "président et directeur général de Renault"), as is an owner before them ("Acme
  chairman and chief executive X").

A part is a title only when it opens on a head of the inventory, after a determiner and the words
that stand before a title ("ancien", "former", "now"): "head of Research and Development" and
"ministre de la Santé et des Affaires sociales" stay one title (the part after "and/et" is no head).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.model import Role
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles import TitlePatterns
from veille.stages.entities.text import fold

# The coordinators between two titles with the adverbs of time that mark a later office ("and now",
# "et aujourd'hui", ", désormais"), what may stand before a title's head inside a part, and the adverb
# a later title opens on: `TitlePatterns.later` (`roles_later`, over the lexicon's one list of adverbs).
# a complement of its own: "de la Justice", "of the board", "du Sénat", "at Acme"
_COMPLEMENT = re.compile(r"\s(?:de|du|des|d'|a|au|aux|of|for|at|in|chez)\b")


@dataclass
class _Part:
    text: str  # as the title states it
    start: int  # offset of the part in the title's own text
    own: bool  # holds a complement of its own


def _is_title(part: str, patterns: TitlePatterns, lang: str | None) -> bool:
    folded = fold(part).replace("’", "'")
    lead = patterns.later.lead.match(folded)
    rest = folded[lead.end():] if lead else folded
    found = (patterns.fr if lang != "en" else patterns.en).match(rest)
    return found is not None and found.group("head") is not None


def _parts(title: str, patterns: TitlePatterns, lang: str | None) -> list[_Part]:
    folded = fold(title).replace("’", "'")
    if len(folded) != len(title):  # offsets below read the folded text against the stated one
        return [_Part(title, 0, False)]
    cuts = [m for m in patterns.later.join.finditer(folded) if m.start() > 0]
    if not cuts:
        return [_Part(title, 0, False)]
    parts: list[_Part] = []
    begin = 0
    for cut in [*cuts, None]:
        end = cut.start() if cut is not None else len(title)
        text = title[begin:end].strip(" ,")
        if parts and not _is_title(text, patterns, lang):
            # no head after the coordinator: the part continues the title before it ("Santé et des
            # Affaires sociales", "Research and Development")
            parts[-1].text = title[parts[-1].start:end].strip(" ,")
        elif not parts and not _is_title(text, patterns, lang):
            return [_Part(title, 0, False)]
        else:
            parts.append(_Part(text, begin, False))
        if cut is not None:
            begin = cut.end()
    for p in parts:
        p.text = patterns.later.opening.sub("", p.text, count=1) if patterns.later.opening.match(p.text) else p.text
        p.own = _COMPLEMENT.search(fold(p.text)) is not None
    return parts


def split_role(role: Role, title: TitleMatch, body: str, patterns: TitlePatterns, lang: str | None) -> list[Role]:
    """The roles one title match states: `[role]` unless it coordinates titles (module doc)."""
    parts = _parts(role.title, patterns, lang)
    if len(parts) < 2:
        return [role]
    # where the `of` name stands against the coordinators: the title's text runs from core_start
    # in the body, less the `of` name it was cut from ("président [du Sénat] et ancien ministre")
    of_after = len(parts) - 1  # the index of the last part the name comes after
    if title.of_span is not None and title.of_span[0] >= title.core_start:
        before = fold(body[title.core_start:title.of_span[0]]).replace("’", "'")
        joins = [m for m in patterns.later.join.finditer(before) if m.start() > 0]
        of_after = min(len(joins), len(parts) - 1)
    elif title.of_span is not None:
        of_after = -1  # an owner before the titles ("Acme chairman and CEO")
    out = []
    for i, part in enumerate(parts):
        if of_after < 0 or i == of_after:
            of = role.of
        elif i < of_after:
            # before the name: a title with a complement of its own is not of it ("ministre de la
            # Justice et président du Sénat"); a bare one is ("président et directeur général de Renault")
            of = None if part.own else role.of
        else:
            of = None  # after the name the title is of: the next title is another office
        out.append(Role(part.text, of))
    # the coordination as the text states it stays the first role, as before (what `Mention.role`
    # readers weigh, with its canonical office; a reader may take "vice-Premier ministre et ministre
    # des Affaires étrangères" as one office), each title after it with its own `of`
    return [role, *[r for r in out if (fold(r.title), r.of) != (fold(role.title), role.of)]]
