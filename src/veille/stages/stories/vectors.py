"""A small sparse TF-IDF for French news text: enough to compare articles and sentences.

Vectors are plain dicts (term -> weight), L2-normalised, so cosine is a dot product.  The
vocabulary and document frequencies are built from the texts of one call, which is the whole
corpus the stage sees; nothing is kept between calls.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

Vector = dict[str, float]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    # spaCy's French and English lists, read from their files (stages/stop_words.py: importing
    # spacy.lang.fr compiles its tokenizer exceptions, seconds of CPU in a process with no model).
    # English ones too: else every English article resembles every other through "the", "and".
    from veille.stages.stop_words import spacy_stop_words

    return frozenset(_fold(w) for w in spacy_stop_words("fr") | spacy_stop_words("en"))


# A capitalised word that does not open a sentence: a name, the same in a French report and
# its English translation ("Bayrou", "Auchan", "Lagarde"), where other words differ.
NAME_PREFIX = "nm:"
_POSSESSIVE = re.compile(r"['’]s$")
# English capitalises its month and day names (the C locale's names are English): not names.
_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name) \
    | frozenset(calendar.month_abbr[1:]) | frozenset(calendar.day_abbr)


def name_terms(text: str, stop: frozenset[str]) -> list[str]:
    """Language-neutral terms: capitalised words inside sentences, folded, prefixed."""
    out = []
    for match in _WORD.finditer(text):
        word = _POSSESSIVE.sub("", _ELISION.sub("", match.group()))
        if len(word) < 3 or not word[0].isupper() or word in _CALENDAR:
            continue
        gap = text[max(0, match.start() - 4):match.start()]
        before = gap.rstrip()
        if not before or "\n" in gap or before[-1] in ".!?:«“\"—–-":  # a sentence's first word
            continue
        folded = _fold(word)
        if folded not in stop:
            out.append(NAME_PREFIX + folded)
    return out


def _fold(text: str) -> str:
    """Casefold and drop accents, so "Sahel"/"sahel" and "États"/"etats" are one term."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str, stop: frozenset[str]) -> list[str]:
    """Content words, folded, elided articles cut ("l’AES" -> "aes"), a crude plural strip."""
    out = []
    for match in _WORD.finditer(text):
        word = _folded_word(match.group())
        if len(word) < 3 or word in stop:
            continue
        if len(word) > 4 and word.endswith(("s", "x")) and not word.endswith("ss"):
            word = word[:-1]  # "ministres"/"ministre": the same term for similarity
        out.append(word)
    return out


@lru_cache(maxsize=1 << 16)  # every word of every article, twice (lede and body): memoised
def _folded_word(word: str) -> str:
    return _fold(_ELISION.sub("", word))


class Tfidf:
    """Document frequencies over a set of texts, and the vectors of any text against them."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.stop = stop_words()
        self.profiles: dict[str, Vector] = {}  # article id -> its story profile (stories.cluster)
        self.df: Counter[str] = Counter()
        self.n = 0
        for text in texts:
            self.n += 1
            self.df.update(set(tokens(text, self.stop)))
            self.df.update(set(name_terms(text, self.stop)))

    @classmethod
    def from_counts(cls, n: int, df: Counter[str]) -> Tfidf:
        """A space whose frequencies were counted elsewhere (the store's `story_terms`, by the
        incremental corpus steps): the same idf as one built over the same texts."""
        space = cls(())
        space.n, space.df = n, df
        return space

    def idf(self, term: str) -> float:
        return math.log((1 + self.n) / (1 + self.df.get(term, 0))) + 1.0

    def names(self, text: str) -> Vector:
        counts = Counter(name_terms(text, self.stop))
        return normalise({t: (1.0 + math.log(c)) * self.idf(t) for t, c in counts.items()})

    def vector(self, text: str) -> Vector:
        counts = Counter(tokens(text, self.stop))
        vec = {t: (1.0 + math.log(c)) * self.idf(t) for t, c in counts.items()}
        return normalise(vec)


def normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Terms missing from b are skipped rather than added as 0.0: the same sum, in the same
    # order (so the same float), at a fraction of the cost (clustering calls this most).
    return sum(w * b[t] for t, w in a.items() if t in b)


def add_into(total: Vector, vec: Vector) -> None:
    for t, w in vec.items():
        total[t] = total.get(t, 0.0) + w


class TermIds:
    """Terms numbered as they are met, so profiles can be numpy arrays."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def of(self, vec: Vector) -> tuple[np.ndarray, np.ndarray]:
        cols = np.fromiter((self.ids.setdefault(t, len(self.ids)) for t in vec), dtype=np.int64, count=len(vec))
        return cols, np.fromiter(vec.values(), dtype=np.float64, count=len(vec))

    def dense(self, vec: Vector) -> np.ndarray:
        cols, vals = self.of(vec)
        out = np.zeros(len(self.ids))
        out[cols] = vals
        return out


class ProfileMatrix:
    """A story's member profiles as one sparse matrix (coordinates, grown by doubling).

    Clustering compares each article with the nearest member of every story: over a corpus
    that is a quadratic number of cosines, which one numpy product per story makes bearable
    (the Python loop took most of the stories step at a few hundred articles)."""

    def __init__(self, terms: TermIds) -> None:
        self.terms = terms
        self.cols = np.empty(1024, dtype=np.int64)
        self.vals = np.empty(1024, dtype=np.float64)
        self.rows = np.empty(1024, dtype=np.int64)
        self.size = 0  # filled entries
        self.count = 0  # members

    def add(self, vec: Vector) -> None:
        cols, vals = self.terms.of(vec)
        end = self.size + len(cols)
        if end > len(self.cols):
            capacity = max(end, 2 * len(self.cols))
            for name in ("cols", "vals", "rows"):
                grown = np.empty(capacity, dtype=getattr(self, name).dtype)
                grown[:self.size] = getattr(self, name)[:self.size]
                setattr(self, name, grown)
        self.cols[self.size:end], self.vals[self.size:end] = cols, vals
        self.rows[self.size:end] = self.count
        self.size, self.count = end, self.count + 1

    def nearest(self, query: np.ndarray) -> float:
        """The highest cosine between a member and `query` (dense, over the same term ids)."""
        if not self.count:
            return 0.0
        products = self.vals[:self.size] * query[self.cols[:self.size]]
        return float(np.bincount(self.rows[:self.size], weights=products, minlength=self.count).max())

    def cosines(self, query: np.ndarray) -> np.ndarray:
        """Every member's cosine with `query` (dense, over the same term ids), in member order."""
        products = self.vals[:self.size] * query[self.cols[:self.size]]
        return np.bincount(self.rows[:self.size], weights=products, minlength=self.count)
