"""The state a government office stated without one is of (entities@100): "Foreign Minister X" in
an article about Japan, "le ministre de l'Intérieur X" in one that speaks of the French government;
and (entities@102) a head of state's bare title (`state_of_head`).

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
from collections import Counter
from functools import cache

from veille.stages.entities.gazetteer import Gazetteer, office_of
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles_en import entity_id
from veille.stages.entities.roles_topic_org import bodies, sentence_of
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
# A head of state's title with no complement ("le président", "the incumbent President", "le président
# renversé", "president-elect", "le chef de l'État"), folded: the head a company shares ("président")
# is read with the constraints of `state_of_head`.
_HEAD_OF_STATE = re.compile(r"^(?:[a-z-]+\s+)?(?:presidente?|president-elect|chef(?:fe)? de l'?\s*etat|"
                            r"chef(?:fe)? d'\s*etat|head of state)(?:\s+[a-z-]+)?$")
# A possessive right before a title: the office is the owner's ("the club's president", "its president",
# "son président", "leur présidente").
_POSSESSOR = re.compile(r"(?:['’]s|\b(?:its|their|son|sa|leur))\s+$", re.IGNORECASE)
# A complement right after the title, which the title reader did not take in ("president of the
# teachers' union", "présidente de l'association").
_COMPLEMENT_AFTER = re.compile(r"\s+(?:of|de|du|des|d['’])(?=[\s\w])", re.IGNORECASE)
_NOT_HEAD = re.compile(r"\b(?:vice|deputy|co|sous|adjointe?|de|du|des|of|d|l)\b")
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
    named = {c.entry.id for c in cands if c.entry is not None and c.entry.id in states}
    named |= {t.of for t in titles if t.of in states} | {lk.title.of for lk in links if lk.title.of in states}
    named |= {s for w in set(_WORD.findall(folded)) if (s := gaz.demonyms.get(w)) is not None}
    if len(named) != 1 or _COUNTERPART.search(folded):
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


def _known_office(body: str, c: Candidate, t: TitleMatch, gaz: Gazetteer, published: str | None,
                  state: str | None = None) -> bool:
    """Whether the gazetteer says whose the title's office is for this person: one it held on the
    article's day (the entities stage then gives it: "President Emmanuel Macron" is France's), or
    held at any time of another thing than `state` (a former president of another country)."""
    entry = c.entry or gaz.identify(body[c.start:c.end], "PER")
    if entry is None or t.office is None:
        return False
    if office_of(entry, t.office, published) is not None:
        return True
    held = {o.of for o in entry.offices if fold(o.title) == fold(t.office) and o.of is not None}
    return bool(held) and state not in held


def head_of_state(title: str) -> bool:
    """Whether a title is a head of state's stated bare ("président", "the new president", "chef de
    l'État"), no vice nor deputy, no complement ("président du club" is another body's)."""
    folded = fold(title).replace("’", "'")
    plain = re.sub(r"chef(?:fe)? d[e']\s*(?:l'\s*)?etat|head of state", "president", folded)
    return _HEAD_OF_STATE.match(folded) is not None and _NOT_HEAD.search(plain) is None


def state_of_head(body: str, cands: list[Candidate], titles: list[TitleMatch], links: list[RoleLink],
                  gaz: Gazetteer, published: str | None = None) -> None:
    """`of` for a head of state's bare title ("le président X", "President X") in an article about
    one state (entities@102). "Président" is a company's, a club's, a court's too, so it is the
    state's only where the article says so by what it names: one state, or one named more often than
    every other together (twice at least); no organisation the article names as often as that
    state (nor a name no title is given, which a model may have typed a person); no counterpart; no
    organisation named in the title's sentence, no possessive before the title ("the club's
    president") nor a complement after it ("president of the teachers' union"); the gazetteer does
    not say whose office the person held that day (read after: "le président Trump"; a former holder
    it knows, "l'ancien président X", is read here); the person holds no title of another body, and
    no one else holds the same title of that state."""
    states = set(gaz.demonyms.values())
    folded = fold(body)
    if _COUNTERPART.search(folded):
        return
    named: Counter[str] = Counter(c.entry.id for c in cands if c.entry is not None and c.entry.id in states)
    named.update(s for w in _WORD.findall(folded) if (s := gaz.demonyms.get(w)) is not None)
    named.update(t.of for t in titles if t.of in states and t.of_span is None)
    if not named:
        return
    state, n = named.most_common(1)[0]
    if len(named) > 1 and (n < 2 or n <= sum(named.values()) - n):
        return
    orgs = [c for c in bodies(body, cands, gaz) if c.entry is None or c.entry.id not in states]
    titled = {_surname(body, lk.candidate) for lk in links if lk.candidate is not None}
    others = Counter([entity_id(c, body) for c in orgs] + [
        s for c in cands if c.type == "PER" and (s := _surname(body, c)) not in titled])
    if any(k >= n for k in others.values()):
        return  # a body (or a name a model typed a person) the article names as often as the state
    heads = [lk for lk in links if lk.candidate is not None and lk.title.of is None and lk.title.of_span is None
             and head_of_state(lk.title.title)]
    holders = {_words(fold(lk.title.title)): lk for lk in links if lk.title.of == state}
    for lk in heads:
        t, c = lk.title, lk.candidate
        assert c is not None
        if _known_office(body, c, t, gaz, published, state):
            continue  # the gazetteer says which state's ("le président Trump"), or another's
        if (other := holders.get(_words(fold(t.title)))) is not None and other.candidate is not None \
                and _surname(body, other.candidate) != _surname(body, c):
            continue  # the same title of that state is someone else's
        if any(o.candidate is not None and _surname(body, o.candidate) == _surname(body, c)
               and o.title.of is not None and o.title.of != state for o in links):
            continue  # the person holds a title of another body
        if _COMPLEMENT_AFTER.match(body, t.end):
            continue  # "X, president of the teachers' union": a complement the title reader left
        if _POSSESSOR.search(body, max(0, t.start - 12), t.core_start):
            continue  # "the club's president", "son président": an owner the text points at
        start, end = sentence_of(body, t.start, t.end)
        if any(start <= o.start < end and (o.entry is None or o.entry.id not in states)
               and (o.type == "ORG" or (o.type == "PER" and _surname(body, o) != _surname(body, c))) for o in cands):
            continue  # the sentence names a body, or a name the recogniser may have typed a person ("le
            # président du groupe Zorblax"): whose president it is is not plain
        t.of = state

