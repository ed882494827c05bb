"""Text helpers shared by recognition and linking: folding, slugs and word tokens."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_PUNCT = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ",
                        "–": "-", "—": "-", "‐": "-"})
# Words, or single apostrophes; hyphens and other punctuation separate words and are dropped,
# so that "Al-Qaïda" and "Al Qaïda" give the same tokens.
_TOKEN = re.compile(r"[^\W_]+|'")


# Words an acronym's letters may leave out, folded (`fold`): French and English articles, prepositions
# and conjunctions, a closed class ("Banque centrale des États de l'Afrique de l'Ouest" -> BCEAO keeps
# "des", "Organisation des Nations unies" -> ONU does not; "Department of Health" -> DoH). One list for
# the entity stage's acronyms (`recognize`) and the quote stage's acronym speakers (`quotes.acronyms`),
# which kept one each until chore43 ("to" was the quotes' alone, "a" for "à" the entities' alone).
ACRONYM_SKIPPED = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "et", "pour", "en", "a", "au", "aux",
                             "sur", "the", "of", "and", "for", "on", "in", "to"})


# Called for every word of every article (gazetteer, linking): the same few thousand words
# come back, so the result is memoised (a pure function; the cache is bounded).
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Casefolded, accent-free, apostrophe- and space-normalised text, for comparing names."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip()


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, surface) of each word or apostrophe, with offsets into `text`."""
    normalised = text.translate(_PUNCT)  # same length: one character for one
    for m in _TOKEN.finditer(normalised):
        word = m.group()
        yield m.start(), m.end(), word if word == "'" else text[m.start():m.end()]


# Linking asks for the key of each of a component's names many times (blocking, each rule of
# link@5, the index rows): ~15 calls per distinct name, 0.55 of 4 s CPU in the corpus steps at
# 100k articles.  A pure function of a short string returning a tuple; the cache is bounded.
@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> tuple[str, ...]:
    """The folded word sequence of a name: what the gazetteer index and linking compare."""
    return tuple(fold(t) for _, _, t in tokens(text))


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def fold_same_length(text: str) -> str:
    """Lowercased, accent-free text of exactly the same length, so regex offsets stay valid."""
    text = text.translate(_PUNCT)
    return text.translate({ord(ch): _fold_char(ch) for ch in set(text)})  # per distinct character


@lru_cache(maxsize=1 << 12)
def _fold_char(ch: str) -> str:
    low = unicodedata.normalize("NFD", ch)[0].lower()
    return low if len(low) == 1 else ch
