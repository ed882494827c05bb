"""The state a government office stated without one is of (entities@100): "Foreign Minister X" in
an article about Japan, "le ministre de l'Intérieur X" in one that speaks of the French government.

News states a minister's country once, if at all: on the head of government's title, on another
minister's, on "the Japanese government", and leaves it implicit on the others, since one article
speaks of one government. Read as constraints, not as a guess of the home country:

- the title is a government office by the inventory's own kind (`ministers`, and the heads of
  government that are ministers: "Premier ministre", "prime minister"), stated with no `of` and no
  complement naming a body; offices of a part of a state ("first minister", "chief minister",
  "ministre-président", a regional or provincial minister) and a shadow minister (a party's) are
  not the state's;
- the article names exactly one state, by its name, by a demonym anywhere in the body, or as the
  `of` of a title (so an article that names Algeria and, implicitly, France's minister names one
  state, Algeria: hence the next constraint);
- that state is tied to a government in the article: a government office stated of it ("le
  Premier ministre japonais", a gazetteer holder's office), or its government named ("the
  Japanese government", "le gouvernement malien", "government of Japan");
- no one else holds the same office of that state in the article (a counterpart: "le ministre
  algérien de l'Intérieur … Gérald X, ministre de l'Intérieur" is two states' ministers), and
  the article speaks of no counterpart at all ("homologue", "counterpart": two states).

Written from general knowledge of French and English news style; no rule comes from an evaluation
text."""

from __future__ import annotations

import re
from functools import cache

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.text import fold

# A title that holds an office of part of a state, or a party's ("Scotland's first minister", "the
# chief minister of Jersey", "le ministre-président de la Wallonie", a regional minister, a shadow
# minister): the state is not what it is of (folded words).
_PART_OF_STATE = re.compile(r"\b(?:first|chief|shadow|regional|provincial|regionale?|provinciale?|"
                            r"ministre-presidente?|en chef)\b")
# Two states' holders of one office, said in a word (folded).
_COUNTERPART = re.compile(r"\b(?:homologues?|counterparts?)\b")
# A state's government named by its demonym or its name (folded): "the japanese government",
# "le gouvernement malien", "government of japan".
_GOVERNMENT = re.compile(r"\b(?P<en>[a-z][a-z-]+)\s+(?:government|administration|cabinet)\b"
                         r"|\b(?:gouvernement|executif)\s+(?P<fr>[a-z][a-z-]+)\b"
                         r"|\b(?:government|gouvernement)\s+(?:of|du|de la|de l'|d')\s*(?:the\s+)?"
                         r"(?P<name>[a-z][a-z-]+)")
_WORD = re.compile(r"[a-z][a-z-]+")
# The French junior minister's title, the lexicon's ("secrétaire d'État aux Transports"): a government office.
_SECRETARY_OF_STATE_FR = re.compile(r"\bsecretaire d'?\s*etat\b")


def _words(text: str) -> str:
    """Folded letters only, one space between words and around them: " ministre d etat "."""
    return f" {' '.join(re.findall(r'[a-z]+', text))} "


@cache
def _government_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The folded heads of the inventory's `ministers` kind that name a government office (those
    no other kind lists: "secretary" alone is a club's too, "commissaire européen" the Union's),
    and the English portfolios before "secretary" ("health secretary", a cabinet post)."""
    kinds = inventory()["kinds"]
    other = {fold(h) for k, v in kinds.items() if k != "ministers" for lang in ("fr", "en") for h in v[lang]}
    heads = {fold(h) for lang in ("fr", "en") for h in kinds["ministers"][lang]} - other
    heads -= {"secretary", "commissaire europeen", "commissaire europeenne", "haut commissaire", "haute commissaire"}
    ports = frozenset(fold(p) for p in inventory()["en_portfolios"])
    return frozenset(heads), ports


def government_office(title: str) -> bool:
    """Whether a title is a state's government office ("ministre de l'Intérieur", "Foreign
    Minister", "Premier ministre", "Health Secretary", "secrétaire d'État"), not a part of a
    state's nor a party's."""
    folded = fold(title)
    if _PART_OF_STATE.search(folded):
        return False
    heads, ports = _government_heads()
    words = _words(folded)
    if _SECRETARY_OF_STATE_FR.search(folded) or any(_words(h) in words for h in heads):
        return True
    secretary = re.search(r"(?P<port>[a-z ]+?)\s+secretary$", folded)
    return secretary is not None and secretary.group("port").strip() in ports


def state_of_government(body: str, cands: list[Candidate], titles: list[TitleMatch], links: list[RoleLink],
                        gaz: Gazetteer) -> None:
    """`of` for each government office linked to a person with none, where the article speaks of
    one state's government (see the module's docstring)."""
    states = set(gaz.demonyms.values())
    folded = fold(body)
    if _COUNTERPART.search(folded):
        return
    named = {c.entry.id for c in cands if c.entry is not None and c.entry.id in states}
    named |= {t.of for t in titles if t.of in states} | {lk.title.of for lk in links if lk.title.of in states}
    named |= {s for w in set(_WORD.findall(folded)) if (s := gaz.demonyms.get(w)) is not None}
    if len(named) != 1:
        return
    state = next(iter(named))
    tied: set[str | None] = {t.of for t in [*titles, *(lk.title for lk in links)]
                             if t.of in states and government_office(t.title)}
    for m in _GOVERNMENT.finditer(folded):
        word = m.group("en") or m.group("fr") or m.group("name")
        tied.add(gaz.demonyms.get(word) or next((c.entry.id for c in cands if c.entry is not None
                                                  and c.entry.id in states and fold(body[c.start:c.end]) == word),
                                                 None))
    if state not in tied:
        return
    holders: dict[str, set[str]] = {}  # an office of that state -> who holds it, by surname
    for lk in links:
        if lk.candidate is not None and lk.title.of == state:
            holders.setdefault(_words(fold(lk.title.title)), set()).add(_surname(body, lk.candidate))
    for lk in links:
        t = lk.title
        if t.of is not None or t.of_span is not None or lk.candidate is None or not government_office(t.title):
            continue
        if holders.get(_words(fold(t.title)), set()) - {_surname(body, lk.candidate)}:
            continue  # the same office of that state is someone else's: this one is another state's
        t.of = state


def _surname(body: str, c: Candidate) -> str:
    """A person's key across mentions: the gazetteer's id, else the last word of the name."""
    if c.entry is not None:
        return c.entry.id
    words = re.findall(r"[a-z]+", fold(body[c.start:c.end]))
    return words[-1] if words else ""
