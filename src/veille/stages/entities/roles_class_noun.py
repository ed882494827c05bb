"""A title's complement named by a common noun of its class, then its name (entities@81): "chief
executive of the charity Oxfam", "directeur de l'ONG Amnesty International", "présidente de
l'association Les Amis de la Terre". The organisation is the name in apposition to the noun, not
the noun ("ONG" read as an acronym, or "of the charity" run into the title); and a later "la
directrice de l'ONG" is the organisation the text introduced with that noun ("l'ONG Amnesty
International … la directrice de l'ONG, X").

No lexicon of class nouns: the noun is a common noun by the parse (`nouns`, the offsets of the
parse's NOUN tokens; a lowercase word where no parse tags the text), and it counts only where the
text itself puts it right before an organisation's name."""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles_en import entity_id
from veille.stages.entities.text import fold

# The end of a title that ran over its complement's class noun: "… of the charity", "… de
# l'association", "… du syndicat", "… pour l'ONG" (on the title's own text).
_CLASS_TAIL = re.compile(
    r"\s+(?:of|for|at|with|de|du|des|pour|chez)\s+(?:(?:the|la|le|les)\s+|l['’]\s*)?"
    r"(?P<noun>[^\W\d_][\w-]*)\s*$", re.IGNORECASE)
# Between a class noun and the name it is in apposition to: a space, maybe the name's own article
# ("l'association Les Amis de la Terre", "the charity The Trussell Trust"); never a comma or a line.
_NAME_GAP = re.compile(r"[ \t]+(?:(?:The|Les|La|Le|L['’])[ \t]*)?")


def _named_org(body: str, at: int, by_start: dict[int, Candidate]) -> Candidate | None:
    """The organisation whose name stands in apposition right after a class noun ending at `at`."""
    gap = _NAME_GAP.match(body, at)
    if gap is None:
        return None
    org = by_start.get(gap.end())
    return org if org is not None and org.type == "ORG" else None


def _introduced(body: str, noun: str, before: int, by_start: dict[int, Candidate]) -> Candidate | None:
    """The last organisation the text introduced with `noun` before `before` ("l'ONG Emel")."""
    found: Candidate | None = None
    for m in re.finditer(rf"\b{re.escape(noun)}\b", body[:before], re.IGNORECASE):
        org = _named_org(body, m.end(), by_start)
        if org is not None and org.end <= before:
            found = org
    return found


def class_noun_owner(body: str, t: TitleMatch, by_start: dict[int, Candidate], nouns: frozenset[int]) -> None:
    """Point `t.of` at the organisation its complement's class noun stands for (entities@81)."""
    noun_span: tuple[int, int] | None = None
    if t.of_span is not None:
        c = by_start.get(t.of_span[0])
        word = body[t.of_span[0]:t.of_span[1]]
        # the `of` is one word the parse takes for a common noun ("ONG", "NGO" read as an acronym)
        # (a candidate, or an acronym the title reader took for a name no model found)
        if (c is not None and c.type == "PER") or not re.fullmatch(r"[^\W\d_][\w-]*", word) \
                or (t.of_span[0] not in nouns and not word.islower()):
            return
        noun_span = t.of_span
    elif t.of is None:
        tail = _CLASS_TAIL.search(body, t.core_start, t.end)
        # a lowercase common noun; where no parse tags the text (English), a lowercase word
        if tail is None or not body[tail.start("noun")].islower() or (nouns and tail.start("noun") not in nouns):
            return
        noun_span = tail.span("noun")
    if noun_span is None:
        return
    org = _named_org(body, noun_span[1], by_start)
    if org is not None:
        # "directeur de l'ONG Amnesty International": the name after the noun, which the title now spans
        t.of, t.of_span = entity_id(org, body), (org.start, org.end)
        t.end = max(t.end, org.end)
        return
    word = fold(body[noun_span[0]:noun_span[1]])
    earlier = _introduced(body, body[noun_span[0]:noun_span[1]], noun_span[0], by_start)
    if earlier is not None and len(word) > 1:
        # "la directrice de l'ONG, X" after "l'ONG Emel": the organisation that noun introduced
        t.of, t.of_span = entity_id(earlier, body), (earlier.start, earlier.end)
