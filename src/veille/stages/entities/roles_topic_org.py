"""The organisation an officer's title stated without one is of, in an article about one organisation
(entities@100): "Boeing fired its chief executive … Chief Executive Officer X", "Suez a désigné X
comme directeur général". News about a company, a union or a club names it again and again and
gives its officers their titles bare, since the article is about it.

Constraints, not a guess:

- the title is an officer's: a head of the inventory's `companies` kind ("chief executive", "PDG",
  "directeur financier", "chairman", "founder"), not one that names a trade or a fortune ("analyst",
  "investor", "billionaire": what a person does on a market, not a post in a body; titles.json's
  `companies_trades`), stated with no `of` and no complement naming a body;
- the article's topic is one organisation: named (by the recogniser, as an organisation that is no
  news agency nor medium, nor a seat of government) at least `_MIN_MENTIONS` times, more often than
  every other organisation together, so no second company competes for the post;
- the person holds no title of another body in the article, and the title's sentence names no
  other organisation than the topic.

The same article may be about a body the recogniser did not find as a name ("Boeing today announced
that its Board has named its chairman, X, as chief executive"; entities@115, `stated_owner`): the body
an officer's title of the article states is then the topic, under the same constraints read from the
titles themselves: every officer's title stated with a body in the article states that one (a body,
no state, place nor person), the article names it at least `_MIN_MENTIONS` times and more often than
any organisation the recogniser found, and the bare title's sentence names no other organisation.

Written from general knowledge of news style; no rule comes from an evaluation text."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.roles_titles_en import entity_id
from veille.stages.entities.text import fold

_MIN_MENTIONS = 3
# Where a sentence ends.
_SENTENCE_END = re.compile(r"[.!?]\s+|\n")
# The kinds of organisation that report on or stand for others (world.jsonl's kinds).
_NOT_TOPIC = frozenset({"agency", "media", "seat_of_power"})


def _words(text: str) -> str:
    return f" {' '.join(re.findall(r'[a-z]+', fold(text)))} "


@cache
def _officer_heads() -> tuple[str, ...]:
    """The `companies` kind's heads that are posts, as word strings (" chief executive "): not those
    titles.json's `companies_trades` flags as a trade or a fortune ("analyst", "investor", "billionaire":
    what a person does on a market, not a post in a body)."""
    kind, trades = inventory()["kinds"]["companies"], inventory()["companies_trades"]
    flagged = {fold(h) for h in [*trades["fr"], *trades["en"]]}
    return tuple(_words(h) for h in {*kind["fr"], *kind["en"]} if fold(h) not in flagged and _words(h).strip())


def officer_title(title: str) -> bool:
    """Whether a title names a post in a company's, a union's or a club's hierarchy."""
    words = _words(title)
    return any(h in words for h in _officer_heads())


def _kind(c: Candidate, body: str, gaz: Gazetteer) -> str:
    """world.jsonl's kind of an organisation (its entry's, else its name looked up without a determiner)."""
    if c.entry is not None:
        return c.entry.kind
    return gaz.kind_of(re.sub(r"^(?:the|le|la|les|l['’])\s*", "", body[c.start:c.end], flags=re.IGNORECASE))


def bodies(body: str, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The organisations an article may be about: no news agency, medium nor seat of government."""
    return [c for c in cands if c.type == "ORG" and _kind(c, body, gaz) not in _NOT_TOPIC]


def sentence_of(body: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds body[start:end]."""
    first = max(body.rfind(p, 0, start) for p in (". ", "\n", "! ", "? ")) + 1
    end_m = _SENTENCE_END.search(body, end)
    return first, end_m.start() if end_m is not None else len(body)


def topic_owner(body: str, cands: list[Candidate], links: list[RoleLink], gaz: Gazetteer) -> None:
    """`of` for each officer's title linked to a person with none, in an article about one
    organisation (see the module's docstring)."""
    orgs = bodies(body, cands, gaz)
    counts = Counter(entity_id(c, body) for c in orgs)
    if counts:
        topic, n = counts.most_common(1)[0]
        if n >= _MIN_MENTIONS and n > sum(counts.values()) - n:
            _give(body, orgs, links, topic)
            return
    stated_owner(body, cands, links, gaz)  # no organisation found as the topic: the one its titles state


def _give(body: str, orgs: list[Candidate], links: list[RoleLink], topic: str) -> None:
    """`topic` as the `of` of each officer's title with none, but where the person holds a title of
    another body or the title's sentence names another organisation."""
    for lk in links:
        t, c = lk.title, lk.candidate
        if t.of is not None or t.of_span is not None or c is None or not officer_title(t.title):
            continue
        if any(o.candidate is not None and body[o.candidate.start:o.candidate.end] == body[c.start:c.end]
               and o.title.of is not None and o.title.of != topic for o in links):
            continue  # the person holds a title of another body
        start, end = sentence_of(body, t.start, t.end)
        if any(start <= o.start < end and entity_id(o, body) != topic for o in orgs):
            continue  # the sentence names another organisation: whose post it is is not plain
        t.of = topic


def _named(body: str, of: str, span: tuple[int, int] | None, cands: list[Candidate]) -> int:
    """How often the article names the body `of` (stated at `span`): its surface as a word, else its
    candidates'."""
    surface = body[span[0]:span[1]] if span is not None else of[4:].replace("-", " ") if of.startswith("org:") else ""
    words = _words(surface).split()
    if not words:
        return sum(entity_id(c, body) == of for c in cands)
    text = " ".join(re.findall(r"[a-z]+", fold(body)))
    return len(re.findall(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", text))


def stated_owner(body: str, cands: list[Candidate], links: list[RoleLink], gaz: Gazetteer) -> None:
    """`of` for each officer's title linked to a person with none, in an article about the one body its
    officers' titles state (entities@115; see the module's docstring)."""
    stated = {(lk.title.of, lk.title.of_span) for lk in links if lk.title.of is not None
              and officer_title(lk.title.title)}
    ofs = {of for of, _ in stated if of is not None}
    if len(ofs) != 1:
        return
    topic = next(iter(ofs))
    entry = gaz.entries.get(topic)
    if not topic.startswith("org:") and (entry is None or entry.type != "ORG" or entry.kind in _NOT_TOPIC):
        return  # a state, a place, a person, a medium: no company's officers
    n = max(_named(body, topic, span, cands) for _, span in stated)
    orgs = bodies(body, cands, gaz)
    others = Counter(entity_id(c, body) for c in orgs if entity_id(c, body) != topic)
    if n < _MIN_MENTIONS or (others and others.most_common(1)[0][1] >= n):
        return
    _give(body, orgs, links, topic)
