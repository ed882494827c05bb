"""The adverbs of time that mark a later office (entities@54): one list, four readers.

"X, the former finance minister, now the central bank governor", "X, ancien ministre, aujourd'hui
sénateur", "président du Sénat et désormais maire": the adverb opens a second title of the same
person.  The words are data (`later_office_adverbs` of data/entities/lexicon.json); each reader
builds on the same alternation:

- `apposed`: between one title's end and the next title, in the body as written (`roles.find_roles`
  keeps the second title with the first title's name);
- `join`: a cut between two titles of one title's text, beside "et/and" (`roles_split`), on folded text;
- `lead`: the words that may stand before a title's head inside a part (`roles_split`), folded;
- `opening`: the adverb a later title opens on, which is no word of the title (`roles_split`).

A word matches as written or folded ("désormais" / "desormais", "aujourd'hui" / "aujourd’hui"), so
one pattern reads the body and its folded copy alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.stages.entities.text import fold


@dataclass(frozen=True)
class LaterOffice:
    apposed: re.Pattern[str]
    join: re.Pattern[str]
    lead: re.Pattern[str]
    opening: re.Pattern[str]


def _either_form(word: str) -> str:
    """A pattern for `word` as written or folded: each accented letter also as its plain one, an
    apostrophe as either apostrophe."""
    out = []
    for ch in word:
        if ch in "'’":
            out.append("['’]")
        elif fold(ch) != ch and len(fold(ch)) == 1:
            out.append(f"[{re.escape(ch)}{re.escape(fold(ch))}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def later_office(adverbs: list[str]) -> LaterOffice:
    """The four patterns over the lexicon's adverbs (longest first, as an alternation wants)."""
    later = "|".join(_either_form(w) for w in sorted(set(adverbs), key=len, reverse=True))
    return LaterOffice(
        # ", now the governor", ", aujourd'hui sénatrice", ", devenue ministre" (a participle of becoming)
        apposed=re.compile(rf"\s*,\s*(?:{later}|devenue?)\s+(?:(?:a|an|the|un|une|le|la|l['’])\s*)?"),
        # the coordinators between two titles, and a comma before an adverb of a later office
        join=re.compile(rf"\s*(?:,\s*)?(?:\b(?:et|and)\b|&)\s+|\s*,\s*(?=(?:{later})\b)"),
        # a determiner, an adverb of time, a modifier
        lead=re.compile(rf"(?:(?:a|an|the|un|une|le|la|l'|les|son|sa|ses|its|his|her|their|{later}"
                        r"|also|aussi|egalement)\s+)+"),
        opening=re.compile(rf"(?:{later})\s+", re.IGNORECASE),
    )
