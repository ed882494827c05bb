"""A cited summary per story: a few central, diverse sentences chosen by MMR.

Sentences that are near-copies of each other (a republication, a shared agency dispatch) are
one candidate that cites every article it appears in, so a summary line never repeats and
never under-credits its sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from veille.model import Article, SummaryLine
from veille.stages.stories.vectors import ProfileMatrix, TermIds, Tfidf, Vector, add_into, cosine, normalise

NEAR_COPY = 0.8  # cosine above which two sentences say the same thing
MIN_CHARS, MAX_CHARS = 40, 400  # shorter: headlines and crumbs; longer: run-on extractions
_SPLIT = re.compile(r"(?<=[.!?…»])\s+(?=[A-ZÀ-ÖØ-Þ«\"])|\n+")


@dataclass
class Candidate:
    text: str
    vector: Vector
    articles: list[str] = field(default_factory=list)


def sentences(article: Article) -> list[str]:
    """The article's sentences (from the nlp stage when present, else a plain splitter)."""
    if article.sentences:
        texts = [article.body[s.start:s.end] for s in article.sentences]
    else:
        texts = _SPLIT.split(article.body)
    out = []
    # A line break inside a parsed sentence joins a credit or a subheading to the next line.
    for text in (piece for t in texts for piece in t.split("\n")):
        text = " ".join(text.split())
        if MIN_CHARS <= len(text) <= MAX_CHARS and text[-1:] in ".!?»…\"":
            out.append(text)
    return out


# The pool is every distinct sentence of the story, and each sentence was compared with all of it
# in Python: a story of a few hundred articles cost seconds at every run that touched it.  One
# numpy product now gives every entry's cosine at once; the entries within rounding of NEAR_COPY
# are checked again with `cosine`, in pool order, so the near copy found is the one the scan found.
_ROUNDING = 1e-9  # far above the error of summing the same products in another order


def candidates(articles: list[Article], space: Tfidf) -> list[Candidate]:
    pool: list[Candidate] = []
    matrix = ProfileMatrix(TermIds())
    # A sentence met again word for word (a republication, an agency dispatch) goes to the candidate
    # it went to the first time: that one was its first twin in pool order then, and entries added
    # since come after it.  So it is not vectorised and compared with the whole pool again.
    seen: dict[str, Candidate | None] = {}
    for article in articles:
        for text in sentences(article):
            if text in seen:
                twin = seen[text]
            else:
                vec = space.vector(text)
                if not vec:
                    seen[text] = None
                    continue
                near = np.flatnonzero(matrix.cosines(matrix.terms.dense(vec)) >= NEAR_COPY - _ROUNDING)
                twin = next((pool[i] for i in near if cosine(pool[i].vector, vec) >= NEAR_COPY), None)
                if twin is None:
                    fresh = seen[text] = Candidate(text, vec, [article.id])
                    pool.append(fresh)
                    matrix.add(vec)
                    continue
                seen[text] = twin
            if twin is not None and article.id not in twin.articles:
                twin.articles.append(article.id)
    return pool


def summarise(articles: list[Article], space: Tfidf, size: int = 3,
              diversity: float = 0.3) -> list[SummaryLine]:
    """MMR: relevance to the story centre, minus `diversity` x similarity to what is chosen.

    Relevance also grows with the number of articles a sentence appears in, since a fact
    several sources repeat is central by construction.
    """
    pool = candidates(articles, space)
    if not pool:
        return []
    centre: Vector = {}
    for article in articles:
        add_into(centre, space.vector(article.body))
    centre = normalise(centre)
    n = max(1, len(articles))
    relevance = {id(c): cosine(c.vector, centre) * (1 + len(c.articles) / n) for c in pool}
    chosen: list[Candidate] = []
    while pool and len(chosen) < size:
        def mmr(c: Candidate) -> float:
            redundancy = max((cosine(c.vector, s.vector) for s in chosen), default=0.0)
            return (1 - diversity) * relevance[id(c)] - diversity * redundancy
        best = max(pool, key=mmr)
        chosen.append(best)
        pool.remove(best)
    return [SummaryLine(c.text, sorted(c.articles)) for c in chosen]
