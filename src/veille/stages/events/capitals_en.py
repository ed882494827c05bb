"""A capital city or a people that acts stands for its state (events@68).

News English names a government by its seat: "Moscow said", "Washington imposed sanctions",
"Minsk will slap sanctions on ...". The events gold (`GUIDELINES.md`, events: a side is "a person,
their state, their capital") writes such a side as the state, and the rest of the pipeline knows a
capital only where the default gazetteer lists it (a dozen in `curated.jsonl`; `world.jsonl`'s
capitals are read for types only when configured), so "Washington" in "that Washington considered
those sentenced political prisoners" was no mention at all and its event had no side.

The capital/country relation is the gazetteer's own (`capital_of` in `data/gazetteer/curated.jsonl`
and `world.jsonl`, Wikidata-sourced, CC0: `capitals`). A capital's name stands for its state only
as the **subject of a verb** at the opening of its clause, the one position where a city is
the government's metonym rather than a place:
  - before it, the sentence's start or a clause opener (a comma, "and", "but", "that", a verb of
    saying: "said that Washington considered"), never a preposition ("talks in Moscow", "flew to
    Minsk": a place), a determiner or a capitalised word ("Denzel Washington", "the Moscow court");
  - after it, a verb: an auxiliary or a modal ("Minsk will slap", "Moscow has denied"), a
    trigger's inflected form (not its base, as often a noun), a verb of saying or a past form
    ("Washington imposed", "Beijing retaliated"), with at most `SUBJECT_GAP` adverbs or
    auxiliaries between; not a noun it qualifies ("Moscow residents", "Washington state") nor a
    possessive ("Washington's decision").
A capital the entities stage found keeps its mention elsewhere; in that position its event side is
the state ("Moscow" as Russia), which is what the gold's side lists first.

A people named by its nationality with "the" stands for its state in the same position ("the
Russians have agreed", "the Chinese said", "the British imposed"): the gazetteer's demonyms, an
English adjective as it is ("the French", "the Chinese") or with a plural's "s" ("Russians",
"Americans"); not before a noun ("the Chinese embassy": `demonyms_en.py`'s reading).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veille.model import Mention
from veille.stages.entities.text import fold

# What may open the clause a capital is the subject of: the sentence's start, punctuation (a
# dateline's closing bracket: "MINSK (Sputnik) Minsk will ..."), a coordinator, a complementiser
# or a verb of saying ("said that Washington ...").
_OPENERS = frozenset({",", ";", ":", "—", "–", ")", "\"", "“", "and", "but", "that", "while", "whereas",
                      "said", "says", "say", "added", "announced", "stated", "claimed", "confirmed", "warned",
                      "told", "reported", "noted", "insisted"})
# Auxiliaries, modals and the adverbs that stand between a subject and its verb ("has now agreed").
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "must",
                          "should", "shall", "did", "does", "do", "is", "was", "are", "were", "been"})
_ADVERBS = frozenset({"also", "now", "then", "later", "quickly", "already", "again", "since", "still",
                      "immediately", "swiftly", "repeatedly", "previously", "reportedly", "officially",
                      "not", "never", "further", "subsequently", "finally"})
# English verbs of saying in the third person and the past (the capital as the speaker).
_SAYING = frozenset({"says", "said", "warns", "warned", "insists", "insisted", "claims", "claimed",
                     "denies", "denied", "accuses", "accused", "responds", "responded", "replies", "replied",
                     "vows", "vowed", "argues", "argued", "maintains", "maintained", "considers", "considered",
                     "wants", "wanted", "hopes", "hoped", "believes", "believed", "sees", "saw"})
SUBJECT_GAP = 2  # adverbs or auxiliaries between the capital and its verb (word_order_en's)


def load_capitals(folder: Path | None = None) -> dict[tuple[str, ...], str]:
    """Every capital's names (folded words) -> its state's id, from the gazetteer's `capital_of`."""
    folder = folder or Path(__file__).resolve().parents[2] / "data" / "gazetteer"
    out: dict[tuple[str, ...], str] = {}
    for name in ("curated.jsonl", "world.jsonl"):
        path = folder / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            state = row.get("capital_of")
            if not state or row.get("type") != "LOC":
                continue
            for alias in [row.get("name", ""), *row.get("aliases", [])]:
                words = tuple(fold(w) for w in alias.replace(",", " , ").replace(".", " ").split())
                if words and alias[:1].isupper():
                    out.setdefault(words, state)
    return out


def _verb_after(words: list[str], k: int, triggers: dict[str, Any]) -> bool:
    """Whether a verb follows at `k`, past at most `SUBJECT_GAP` auxiliaries or adverbs."""
    for j in range(k, min(len(words), k + SUBJECT_GAP + 1)):
        w = words[j]
        if w in _AUXILIARIES:
            return True  # "Minsk will slap", "Moscow has denied"
        if w in _ADVERBS:
            continue
        # a trigger's inflected form, not its base that is as often a noun ("Washington state")
        inflected = w in triggers and all(t["lemma"].split()[0] != w for t in triggers[w])
        return w in _SAYING or inflected or (w.endswith("ed") and len(w) > 4)
    return False


def _people(tokens: list[Any], lower: list[str], i: int, demonyms: dict[str, str]) -> str | None:
    """The state of "the <Nationality>(s)" at `i` (the article at `i`), else None."""
    if lower[i] != "the" or i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper():
        return None
    word = fold(tokens[i + 1].text)
    return demonyms.get(word) or (demonyms.get(word[:-1]) if word.endswith("s") else None)


def capital_mentions(tokens: list[Any], mentions: list[Mention], capitals: dict[tuple[str, ...], str],
                     triggers: dict[str, Any], states: frozenset[str],
                     demonyms: dict[str, str] | None = None) -> tuple[list[Mention], list[Mention]]:
    """The state mentions that capitals (and, given `demonyms`, peoples: "the Russians") standing
    as a clause's subject give the sentence, and the mentions they replace (a capital the entities
    stage found, as its city)."""
    if not capitals:
        return [], []
    longest = max(len(k) for k in capitals)
    words = [fold(t.text) for t in tokens]
    lower = [t.lower_ for t in tokens]
    made: list[Mention] = []
    replaced: list[Mention] = []
    i = 0
    while i < len(tokens):
        people = _people(tokens, lower, i, demonyms) if demonyms else None
        if people is not None:
            # "the Russians": the name is the nationality word, the clause opens before "the"
            n, state, first = 1, people, i + 1
        else:
            hit = next(((n, capitals[tuple(words[i:i + n])]) for n in range(min(longest, len(tokens) - i), 0, -1)
                        if tuple(words[i:i + n]) in capitals), None)
            if hit is None or not tokens[i].text[:1].isupper():
                i += 1
                continue
            (n, state), first = hit, i
        end = first + n
        prev = tokens[i - 1].text if i else ""
        opens = i == 0 or lower[i - 1] in _OPENERS or prev in _OPENERS
        if opens and end < len(tokens) and tokens[end].text[:1].islower() and _verb_after(lower, end, triggers) \
                and state in states:
            start, stop = tokens[first].idx, tokens[end - 1].idx + len(tokens[end - 1].text)
            covering = [m for m in mentions if m.start < stop and m.end > start]
            # the capital the entities stage found as its city, a people as a nationality (MISC)
            own = [m for m in covering if m.type in (("MISC", "LOC") if people else ("LOC",))
                   and m.start == start and m.end == stop]
            if not covering or own:
                made.append(Mention(start, stop, tokens[i].doc.text[start:stop], "LOC", state))
                replaced += own
        i = end
    return made, replaced
