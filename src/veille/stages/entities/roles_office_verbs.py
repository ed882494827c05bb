"""English verbs whose "as" complement is a post (entities@105, issue 18): "X will serve as interim
CEO", "X is to remain as chancellor", "X returns as health secretary", "X, being reappointed as
Levelling Up Secretary". The verbs are data (`data/entities/office_verbs.json`: written after FrameNet's
Appointing, Change_of_leadership, Serving_in_capacity ... frames, base forms only; chore43 checked each
against the sources the file names and lists the verbs none supports, `_unsourced`); this module builds
every inflection, so a tense or a voice the hand-written `roles._APPOINTED` alternation lacks ("will
serve as", "being reappointed as") reads the same. A post only wished for is none ("X wants to serve
as president", "X hopes to return as coach"), as `roles_context.COPULA` does for "wants to become"."""

from __future__ import annotations

import json
import re
from functools import cache

from veille.stages.entities.gazetteer import DATA

_VOWELS = "aeiou"


def _inflect(verb: str) -> list[str]:
    """Base, third person, past (participle alike) and -ing of a regular English verb; a phrasal
    verb inflects its first word ("step in" -> "stepped in")."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        past, ing = head[:-1] + "ied", head + "ing"
    elif (len(re.findall(f"[{_VOWELS}]+", head)) == 1 and len(head) >= 3 and head[-1] not in _VOWELS + "wxy"
          and head[-2] in _VOWELS and head[-3] not in _VOWELS):
        past, ing = head + head[-1] + "ed", head + head[-1] + "ing"  # one syllable, consonant-vowel-consonant
    else:
        past, ing = head + "ed", head + "ing"
    third = head + "es" if head.endswith(("s", "sh", "ch", "x", "z")) else head + "s"
    return [w + tail for w in (head, third, past, ing)]


@cache
def _forms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every inflected form, and the base forms (which a verb of wish may govern)."""
    data = json.loads((DATA / "entities" / "office_verbs.json").read_text(encoding="utf-8"))["en"]
    forms: list[str] = []
    bases: list[str] = []
    for verb in data["regular"]:
        forms += _inflect(verb)
        bases.append(verb)
    for verb, inflected in data["irregular"].items():
        forms += [verb, *inflected]
        bases.append(verb)
    return tuple(sorted(set(forms), key=len, reverse=True)), tuple(bases)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def office_as() -> re.Pattern[str]:
    """An office verb then "as" (an adverb in -ly may stand between: "served briefly as"), the title
    within the clause's next words, searched on the body before a title."""
    forms, _ = _forms()
    # the title right after "as" or after up to three words that qualify it ("as the government's new",
    # "as interim"): no preposition, conjunction or relative between, so a title inside a complement
    # ("served as a lawyer for the president") is not the subject's
    word = (r"(?!(?:of|for|to|with|by|at|in|on|from|under|and|or|but|who|which|that|when|while|after|before"
            r"|as|long|well|soon|much|far|if|than)\b)"
            r"[^\s.!?;:,\n]+")
    return re.compile(rf"\b(?P<verb>{_alternation(forms)})(?:\s+[a-z]+ly)?\s+as\s+(?:{word}\s+){{0,3}}$",
                      re.IGNORECASE)


@cache
def _wished() -> re.Pattern[str]:
    # a verb of wish, or a negation, governing the base form: the post is not (yet) the subject's
    _, bases = _forms()
    return re.compile(r"\b(?:wants?|wanted|hopes?|hoped|wish(?:es|ed)?|seeks?|sought|aims?|aimed|tr(?:y|ies|ied)"
                      r"|dreams?|dreamed|would\s+like|refuses?|refused|declines?|declined|not|never)\s+to\s+"
                      rf"(?:{_alternation(bases)})\s+$", re.IGNORECASE)


def office_verb(body: str, start: int, end: int) -> re.Match[str] | None:
    """The office verb with "as" that governs a title starting at `end`, searched from `start`; none
    where a verb of wish or a negation governs it. "become" (no "as") is left to `roles._APPOINTED`
    ("became") and `roles_context.COPULA` ("becomes", "is expected to become"): tried here for every
    form, it lifted no roles_pool figure (entities@105)."""
    m = office_as().search(body, start, end)
    if m is None or _wished().search(body, max(0, m.start() - 40), m.start("verb") + len(m.group("verb")) + 1):
        return None
    return m
