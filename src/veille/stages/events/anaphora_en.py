"""English anaphors that stand for a side named in an earlier sentence (events@65).

News English names an organisation or a state once and goes on with a pronoun or a definite
description of its class: "Thailand's foreign ministry summoned the envoy. It said on Tuesday it
had expelled ...", "The group claimed the attack", "The country recalled its ambassador", "They
signed ...". The trigger's subject is then no name, and the event had one side or none.

An anaphor is the subject right before the trigger (at most `SUBJECT_GAP` words between, no
punctuation: "It has now agreed"), at the opening of its clause (the sentence's start, after a
comma, "and", "but" or a verb of saying: "said it had arrested"), outside quoted speech:
  - "it": one organisation or state;
  - "the <noun>" with a noun naming a class of organisations ("the ministry", "the group", "the
    company") or of states ("the country", "the kingdom"), in lower case (a capitalised head is a
    name the entities stage missed) and with no "of" phrase of its own ("the ministry of defence"),
    from WordNet (`data/events/wordnet_groups_en.json`);
  - "they", "both", "the two <noun>" or "the <plural noun>" of those classes or of persons in
    office ("the two leaders", `data/entities/wordnet_titles.json`): two sides joined by "and".
It is bound (`bind`) in the previous sentence or earlier in the anaphor's paragraph, with no
quotation mark between them (a pronoun in a quotation stands for someone in the quoted speaker's
world, and a name inside a quotation is not the narrator's topic): "it" to the previous sentence's
opening subject, an organisation or a state; a description to the most recent mention of its
class; "they", "both <plural>" and "the two <plural>" to the last pair "X and Y". "He" / "she"
stay `pronouns.english_sentence_subject`'s: read past the sentence's opening too ("President from
2007 to 2012, he was found guilty"), they told eval/events_pool's n30 sentence a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from veille.model import Mention
from veille.stages.events.pronouns import in_open_quote

_QUOTES = frozenset("\"“”«»")
# the words after which a clause's subject may stand: a verb of saying opens a complement clause
# ("said it had arrested"), "that" too; a coordinator a second clause
_OPENERS = frozenset({",", ";", "—", "–", "and", "but", "that", "said", "says", "say", "added", "announced",
                      "stated", "claimed", "confirmed", "warned", "told", "reported", "noted", "insisted"})
_ONE = frozenset({"it"})
_MANY = frozenset({"they"})


@dataclass(frozen=True)
class Classes:
    """The nouns of a class whose definite description stands for a named side."""
    organisation: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()
    office: frozenset[str] = frozenset()  # persons in office (plural descriptions only)
    kinds: frozenset[str] = field(default=frozenset({"pronoun", "description", "plural"}))


def load(groups: dict[str, Any], titles: list[str]) -> Classes:
    return Classes(frozenset(groups["organisation"]), frozenset(groups["state"]),
                   frozenset(t for t in titles if " " not in t))


def _plural(word: str, nouns: frozenset[str]) -> str | None:
    """The singular of a regular English plural in `nouns` ("ministries", "leaders"), else None."""
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and word[:-len(cut)] + add in nouns:
            return word[:-len(cut)] + add
    return None


def anaphor(tokens: list[Any], words: list[str], i: int, gap: int, classes: Classes) -> tuple[str, int] | None:
    """The anaphor that is the subject of the trigger at `i`: its kind ("one-org", "one-state",
    "one", "many-org", "many-state", "many-person", "many") and the index of its first word."""
    for j in range(i - 1, max(-1, i - 2 - gap), -1):
        w = words[j]
        got: tuple[str, int] | None = None
        if w in _ONE and "pronoun" in classes.kinds:
            got = ("one", j)
        elif w in _MANY and "plural" in classes.kinds:
            got = ("many", j)
        elif tokens[j].text.islower() and j > 0 and words[j + 1:j + 2] != ["of"]:
            # (a noun with its own "of" phrase is told by it: "the ministry of defence")
            if "description" in classes.kinds and words[j - 1] == "the":
                if w in classes.organisation:
                    got = ("one-org", j - 1)
                elif w in classes.state:
                    got = ("one-state", j - 1)
            if got is None and "plural" in classes.kinds:
                kind = "many-org" if _plural(w, classes.organisation) else "many-state" \
                    if _plural(w, classes.state) else "many-person" if _plural(w, classes.office) else None
                if kind is not None:
                    if words[j - 1] == "both":
                        got = (kind, j - 1)
                    elif words[j - 1] == "two" and j > 1 and words[j - 2] == "the":
                        got = (kind, j - 2)
                    elif words[j - 1] == "the":
                        got = (kind, j - 1)
        if got is not None:
            k = got[1]
            return got if k == 0 or words[k - 1] in _OPENERS else None
        if not w.isalpha():
            return None
    return None


def _fits(m: Mention, kind: str, is_state: Callable[[Mention], bool]) -> bool:
    if kind.endswith("-org"):
        return m.type == "ORG"
    if kind.endswith("-state"):
        return m.type == "LOC" and is_state(m)
    if kind.endswith("-person"):
        return m.type == "PER"
    if kind == "one":
        return m.type == "ORG" or (m.type == "LOC" and is_state(m))
    return m.type in ("PER", "ORG") or (m.type == "LOC" and is_state(m))


_OPENING = 8  # words before the first name of a sentence that opens with its subject (pronouns.py's)


def _opening_subject(text: str, window: list[Mention], previous_start: int) -> Mention | None:
    """The mention that opens the previous sentence as its subject ("Thailand's foreign ministry
    summoned ...", "Acme said ..."): its first mention, at most `_OPENING` words in."""
    first = next((m for m in window if m.start >= previous_start), None)
    if first is None or len(text[previous_start:first.start].split()) > _OPENING:
        return None
    return first


def bind(text: str, kind: str, at: int, sentence_start: int, window: list[Mention],
         is_state: Callable[[Mention], bool], previous_start: int = 0) -> list[Mention]:
    """The mentions an anaphor of `kind` at `at` stands for, among `window` (the previous
    sentence's and the paragraph's earlier mentions, in text order; the previous sentence opens at
    `previous_start`): empty when none fits, when the anaphor is inside a quotation, or when a
    quotation mark stands between. A pronoun is the previous sentence's subject, the most salient
    referent (English "it" does not reach past it to an object or an adjunct: "The retailer plans
    cuts, according to a report in Le Monde. It includes ..." is the plan, not Le Monde); a
    description, whose noun says its class, the most recent mention of that class; "they" and a
    plural description ("both countries", "the two leaders") the last pair "X and Y" of one kind.
    Not the two entities of the class the previous sentence names apart ("Thailand fired into
    Cambodia. Both countries accused each other ..."): on eval/news dev that reading added a second
    accusation beside the one already told (d14, d15: events 0.667 -> 0.661, cross-source merge
    1.000 -> 0.958) and found no event on any other judge."""
    if in_open_quote(text[sentence_start:at]):
        return []
    window = [m for m in window if not _QUOTES & set(text[m.end:at])]
    if kind == "one":
        subject = _opening_subject(text, window, previous_start)
        return [subject] if subject is not None and _fits(subject, kind, is_state) else []
    if kind.startswith("one"):
        return next(([m] for m in reversed(window) if _fits(m, kind, is_state)), [])
    for a, b in zip(reversed(window[:-1]), reversed(window[1:]), strict=True):
        if text[a.end:b.start].strip().casefold() == "and" and _fits(a, kind, is_state) \
                and _fits(b, kind, is_state) and a.type == b.type:
            return [a, b]
    return []


def window_of(text: str, mentions: list[Mention], previous_start: int, start: int) -> list[Mention]:
    """The mentions an anaphor of the sentence at `start` may stand for: the previous sentence's
    (from `previous_start`) and those earlier in the same paragraph (no line break between)."""
    paragraph = text.rfind("\n", 0, start) + 1
    lo = min(previous_start, paragraph)
    return [m for m in mentions if lo <= m.start and m.end <= start]
