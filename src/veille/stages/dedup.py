"""Dedup stage: exact copies and republications, so that "5 sources" means 5 reports.

Every article gets `content_hash` (sha256 of its normalised body) and a MinHash `signature`
over word shingles of that normalised body.  Candidates come from LSH banding of the
signatures (within the batch and against the stored corpus, through one query per batch);
each candidate pair is then checked on two measures:

- Jaccard similarity of the shingle sets (a copy with light edits), and
- containment of the smaller set in the larger (a short article republished inside a longer
  one, a copy with an added intro, clutter or a dropped last paragraph: Jaccard falls with
  the length difference, containment does not).

Within a batch both are computed exactly on the shingle sets; against the stored corpus,
where only signatures are kept, both are estimated from the signatures (see
`estimate_similarity`).  Linked articles form clusters; every article of a cluster points
(`duplicate_of`) to its root: the earliest copy by `published`, then by order seen, so
chains collapse.  Stored articles are never re-pointed by this stage: when a cluster
reaches the corpus its root is the earliest stored root.

Normalisation folds accents: two distinct articles never differ only by their accents, while
the same text is often re-published without them (ASCII feeds, capitals without accents in
French typography), so folding only ever merges true copies.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from veille.config import DedupConfig
from veille.errors import ConfigError
from veille.model import Article
from veille.pipeline import Context, stage

STAGE = stage("dedup").key  # the version has one home: veille.pipeline's registry
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"  # datasketch >= 2.0; stored signatures depend on it

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]

# Typographic variants that carry no meaning for "is this the same text".
_QUOTES = "«»“”„‟\"‹›〝〞＂"
_APOSTROPHES = "’‘‛ʼ`´′'"
_DASHES = "‐‑‒–—―−﹘﹣－"
_TYPOGRAPHY = str.maketrans({**{c: '"' for c in _QUOTES}, **{c: "'" for c in _APOSTROPHES},
                             **{c: "-" for c in _DASHES}})
_SPACE = re.compile(r"\s+")
# French puts (thin) spaces inside « » and before : ; ! ?, English does not.
_SPACE_AROUND_PUNCT = re.compile(r" (?=[^\w\s])|(?<=[^\w\s]) ")
_WORD = re.compile(r"\w+")
# Combining diacritical marks (U+0300-U+036F): the accents of Latin scripts; a regex pass is
# some 20 times faster than testing each character with unicodedata.combining.
_COMBINING = re.compile("[\u0300-\u036f]")

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def normalise(text: str) -> str:
    """NFKC, casefold, accents folded, quotes/apostrophes/dashes unified, spacing canonical."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():  # accents folded: drop the combining marks NFD splits off
        text = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    text = text.translate(_TYPOGRAPHY)
    text = _SPACE.sub(" ", text).strip()
    return _SPACE_AROUND_PUNCT.sub("", text)


def content_hash(body: str) -> str:
    return hashlib.sha256(normalise(body).encode("utf-8")).hexdigest()


def words(normalised: str) -> list[str]:
    return _WORD.findall(normalised)


def _mix64(values: U64) -> U64:
    """splitmix64's finaliser: a fixed bijection that spreads bits (stable across runs)."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


def _token_hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def shingle_hashes(tokens: list[str], size: int, cache: dict[str, int] | None = None) -> U32:
    """Sorted distinct 32-bit hashes of the `size`-word shingles (one shingle if fewer words)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    cache = {} if cache is None else cache
    ids = []
    for token in tokens:
        value = cache.get(token)
        if value is None:
            value = cache[token] = _token_hash(token)
        ids.append(value)
    token_ids = np.array(ids, dtype=np.uint64)
    count = max(len(tokens) - size + 1, 1)
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(min(size, len(tokens))):
        combined = _mix64(combined ^ token_ids[offset:offset + count])
    return np.unique((combined >> np.uint64(32)).astype(np.uint32))


def _identity(value: int) -> int:
    return value


def load_stop_words() -> frozenset[str]:
    """French and English function words (spaCy's stop-word lists), normalised like bodies."""
    from veille.stages.stop_words import spacy_stop_words

    return frozenset(normalise(word) for word in spacy_stop_words("fr") | spacy_stop_words("en"))


def content_words(tokens: list[str], stop_words: frozenset[str]) -> list[str]:
    """The tokens that carry content: function words and lone digits dropped.

    A rewritten agency dispatch keeps its names, numbers and nouns in the same order but
    changes the words around them ("a annoncé samedi que" / "annonce ce samedi"), so shingles
    over content words stay shared where shingles over every word break at each edit."""
    return [t for t in tokens if t not in stop_words and not (len(t) == 1 and t.isdigit())]


class Signer:
    """MinHash signatures from shingle hashes, with datasketch's permutations built once;
    `stop_words` are left out of the shingles (empty: every word counts)."""

    def __init__(self, num_perm: int, stop_words: frozenset[str] = frozenset()) -> None:
        from datasketch import MinHash

        self.num_perm = num_perm
        self.stop_words = stop_words
        self._minhash = MinHash
        template = MinHash(num_perm=num_perm, seed=MINHASH_SEED, hashfunc=_identity,
                           scheme=MINHASH_SCHEME)
        self._permutations = template.permutations

    def sign(self, shingles: U32) -> U32:
        minhash = self._minhash(num_perm=self.num_perm, seed=MINHASH_SEED, hashfunc=_identity,
                                permutations=self._permutations, scheme=MINHASH_SCHEME)
        minhash.update_batch(shingles.tolist())
        return np.asarray(minhash.hashvalues, dtype=np.uint32)


def make_signer(ctx: Context, config: DedupConfig) -> Signer:
    """The context's signer for `config` (stop words loaded once, when content words are used)."""
    stop = config.content_words
    signer: Signer = ctx.resource(f"dedup:signer:{config.num_perm}:{stop}",
                                  lambda: Signer(config.num_perm, load_stop_words() if stop else frozenset()))
    return signer


def check_config(config: DedupConfig) -> int:
    """Rows per band; raises ConfigError when bands do not divide num_perm."""
    if config.bands <= 0 or config.num_perm % config.bands:
        raise ConfigError(f"dedup.bands ({config.bands}) must divide dedup.num_perm ({config.num_perm})",
                          hint="e.g. num_perm = 128 with bands = 64, 32 or 16")
    return config.num_perm // config.bands


def band_hashes(signature: U32 | list[int], bands: int) -> list[int]:
    """One stable 64-bit hash per band of the signature (fits DuckDB UBIGINT)."""
    values = np.asarray(signature, dtype=np.uint64).reshape(bands, -1)
    combined = np.full(bands, 0x9E3779B97F4A7C15, dtype=np.uint64)
    for row in range(values.shape[1]):
        combined = _mix64(combined ^ values[:, row])
    return [int(h) for h in combined]


@dataclass(frozen=True)
class Similarity:
    jaccard: float
    containment: float  # share of the smaller text's shingles found in the other

    def value(self) -> float:
        return max(self.jaccard, self.containment)


def exact_similarity(a: U32, b: U32, min_shingles: int) -> Similarity:
    """Jaccard and containment computed on the two sorted distinct shingle-hash arrays."""
    if not len(a) or not len(b):
        return Similarity(0.0, 0.0)
    common = int(np.intersect1d(a, b, assume_unique=True).size)
    smaller = min(len(a), len(b))
    containment = common / smaller if smaller >= min_shingles else 0.0
    return Similarity(common / (len(a) + len(b) - common), containment)


def estimate_similarity(a: U32 | list[int], b: U32 | list[int], min_positions: int) -> Similarity:
    """Jaccard and containment estimated from two MinHash signatures alone.

    Position i estimates which element of A ∪ B has the smallest hash: P(a_i == b_i) is
    |A∩B|/|A∪B| (Jaccard) and P(a_i <= b_i) is |A|/|A∪B|, so among the positions where A
    holds the minimum, the share where B holds it too estimates |A∩B|/|A|.  Containment is
    left at 0 when the smaller text holds fewer than `min_positions` minima (too few trials).
    """
    sig_a = np.asarray(a, dtype=np.uint64)
    sig_b = np.asarray(b, dtype=np.uint64)
    equal = int(np.count_nonzero(sig_a == sig_b))
    held = min(int(np.count_nonzero(sig_a <= sig_b)), int(np.count_nonzero(sig_b <= sig_a)))
    containment = equal / held if held >= min_positions else 0.0
    return Similarity(equal / len(sig_a), containment)


def is_duplicate(sim: Similarity, config: DedupConfig) -> bool:
    return sim.jaccard >= config.threshold or sim.containment >= config.containment


class DedupCorpus(Protocol):
    """What the stage asks of an index of stored articles (`veille.store.dedup_index`)."""

    def dedup_candidates(self, band_hashes: list[tuple[int, int]]) -> dict[str, Any]: ...

    def exact_duplicate(self, content_hash: str) -> str | None: ...


def _published_key(published: str | date | None) -> tuple[bool, str]:
    """Sort key: dated articles first, earliest first."""
    return (published is None, str(published or ""))


class MemoryDedupIndex:
    """The dedup index in memory: for tests and for runs without a store."""

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()
        self._signatures: dict[str, tuple[list[int], str | None]] = {}
        self._bands: dict[tuple[int, int], list[str]] = {}
        self._hashes: dict[str, str] = {}
        self._roots: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def exact_duplicate(self, content_hash: str) -> str | None:
        return self._hashes.get(content_hash)

    def exact_duplicates(self, content_hashes: list[str]) -> dict[str, str]:
        return {h: self._hashes[h] for h in content_hashes if h in self._hashes}

    def candidates(self, band_hashes: list[tuple[int, int]]) -> dict[str, tuple[list[int], str | None]]:
        found = {art for key in band_hashes for art in self._bands.get(key, ())}
        return {art: self._signatures[art] for art in found}

    dedup_candidates = candidates

    def duplicate_roots(self, ids: list[str]) -> dict[str, str]:
        return {art: self._roots[art] for art in ids if art in self._roots}

    def add(self, articles: list[Article]) -> None:
        """Index a processed batch (signatures, bands, hashes and links set by the stage)."""
        for article in articles:
            root = article.duplicate_of or article.id
            if article.duplicate_of:
                self._roots[article.id] = article.duplicate_of
            if article.content_hash and article.content_hash not in self._hashes:
                self._hashes[article.content_hash] = root
            if article.signature is None or article.id in self._signatures:
                continue
            self._signatures[article.id] = (list(article.signature), article.published)
            for band, value in enumerate(band_hashes(article.signature, self.config.bands)):
                self._bands.setdefault((band, value), []).append(article.id)


@dataclass
class _Item:
    """A batch article with what the linking needs (never stored)."""

    article: Article
    order: int
    shingles: U32
    signature: U32 | None
    bands: list[int]


Node = tuple[str, str]  # ("b", batch position) or ("c", stored article id)


class _Clusters:
    """Union-find over batch and stored articles, with the similarity of each link."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.links: dict[int, dict[Node, float]] = {}

    def find(self, node: Node) -> Node:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def link(self, position: int, other: Node, similarity: float) -> None:
        here: Node = ("b", str(position))
        known = self.links.setdefault(position, {})
        known[other] = max(similarity, known.get(other, 0.0))
        if other[0] == "b":
            self.links.setdefault(int(other[1]), {})[here] = known[other]
        self.parent[self.find(here)] = self.find(other)


def prepare(article: Article, signer: Signer, config: DedupConfig,
            cache: dict[str, int] | None = None) -> tuple[U32, U32 | None]:
    """Set `content_hash` and `signature`; the shingle hashes and the signature.

    The part of the stage that needs no other article: the Ray engine runs it in its
    distributed map and links the batches on the driver (`link_batch(..., prepared=)`)."""
    normalised = normalise(article.body)
    article.content_hash = hashlib.sha256(normalised.encode("utf-8")).hexdigest()
    tokens = words(normalised)
    if config.content_words:
        tokens = content_words(tokens, signer.stop_words)
    shingles = shingle_hashes(tokens, config.shingle_words, cache)
    signature = signer.sign(shingles) if len(shingles) else None
    article.signature = None if signature is None else [int(v) for v in signature]
    return shingles, signature


def _prepare(batch: list[Article], signer: Signer, config: DedupConfig,
             prepared: list[tuple[U32, U32 | None]] | None = None) -> list[_Item]:
    cache: dict[str, int] = {}  # token hashes: a batch shares most of its vocabulary
    items = []
    for order, article in enumerate(batch):
        shingles, signature = prepared[order] if prepared else prepare(article, signer, config, cache)
        article.duplicate_of = None
        article.duplicate_similarity = None
        bands = [] if signature is None else band_hashes(signature, config.bands)
        items.append(_Item(article, order, shingles, signature, bands))
    return items


def _stored_exact(corpus: Any, hashes: list[str]) -> dict[str, str]:
    if hasattr(corpus, "exact_duplicates"):  # one query for the batch when the index offers it
        found: dict[str, str] = corpus.exact_duplicates(hashes)
        return found
    pairs = ((h, corpus.exact_duplicate(h)) for h in hashes)
    return {h: root for h, root in pairs if root}


def link_batch(batch: list[Article], corpus: Any, signer: Signer, config: DedupConfig,
               prepared: list[tuple[U32, U32 | None]] | None = None) -> None:
    """Find the duplicates of the batch's articles among themselves and in `corpus`
    (`prepared`: each article's shingles and signature from `prepare`, already computed)."""
    items = _prepare(batch, signer, config, prepared)
    batch_ids = {item.article.id for item in items}
    clusters = _Clusters()

    first_with_hash: dict[str, int] = {}
    for item in items:
        assert item.article.content_hash is not None
        first = first_with_hash.setdefault(item.article.content_hash, item.order)
        if first != item.order:
            clusters.link(item.order, ("b", str(first)), 1.0)
    stored_exact = _stored_exact(corpus, list(first_with_hash))
    for item in items:
        stored = stored_exact.get(item.article.content_hash or "")
        if stored and stored not in batch_ids:
            clusters.link(item.order, ("c", stored), 1.0)

    buckets: dict[tuple[int, int], list[int]] = {}
    for item in items:
        for band, value in enumerate(item.bands):
            buckets.setdefault((band, value), []).append(item.order)
    pairs = {(a, b) for members in buckets.values() for a in members for b in members if a < b}
    for a, b in sorted(pairs):
        sim = exact_similarity(items[a].shingles, items[b].shingles, config.containment_min_shingles)
        if is_duplicate(sim, config):
            clusters.link(b, ("b", str(a)), sim.value())

    published: dict[str, str | None] = {}
    found = corpus.dedup_candidates(sorted(buckets)) if buckets else {}
    for stored_id, value in found.items():
        signature, stored_published = value if isinstance(value, tuple) else (value, None)
        if stored_id in batch_ids or len(signature) != config.num_perm:
            continue  # the same article run again, or a signature from another configuration
        published[stored_id] = None if stored_published is None else str(stored_published)
        shared = {pos for band, value in enumerate(band_hashes(signature, config.bands))
                  for pos in buckets.get((band, value), ())}
        for position in sorted(shared):
            own = items[position].signature
            assert own is not None
            sim = estimate_similarity(own, signature, config.containment_min_positions)
            if is_duplicate(sim, config):
                clusters.link(position, ("c", stored_id), sim.value())
    _assign_roots(items, clusters, corpus, published)


def _assign_roots(items: list[_Item], clusters: _Clusters, corpus: Any,
                  published: dict[str, str | None]) -> None:
    stored = sorted({node[1] for node in clusters.parent if node[0] == "c"})
    roots: dict[str, str] = corpus.duplicate_roots(stored) if hasattr(corpus, "duplicate_roots") else {}
    for node in list(clusters.parent):
        if node[0] == "c" and roots.get(node[1], node[1]) != node[1]:
            clusters.parent[clusters.find(node)] = clusters.find(("c", roots[node[1]]))
    members: dict[Node, list[Node]] = {}
    for node in list(clusters.parent):
        members.setdefault(clusters.find(node), []).append(node)

    def earliest(node: Node) -> tuple[bool, tuple[bool, str], int, str]:
        if node[0] == "c":  # stored articles were seen before the batch
            return (False, _published_key(published.get(node[1])), 0, node[1])
        item = items[int(node[1])]
        return (True, _published_key(item.article.published), item.order, "")

    for group in members.values():
        stored_roots = [n for n in group if n[0] == "c" and roots.get(n[1], n[1]) == n[1]]
        root = min(stored_roots or [n for n in group if n[0] == "b"], key=earliest)
        root_id = root[1] if root[0] == "c" else items[int(root[1])].article.id
        for node in group:
            if node[0] != "b" or node == root:
                continue
            item = items[int(node[1])]
            if root_id == item.article.id:
                continue
            links = clusters.links.get(item.order, {})
            item.article.duplicate_of = root_id
            item.article.duplicate_similarity = round(links.get(root, max(links.values(), default=0.0)), 4)


def dedup_batch(batch: list[Article], ctx: Context) -> list[Article]:
    """Set content_hash, signature, duplicate_of and duplicate_similarity on every article.

    With a store, `ctx.corpus` answers for the stored articles and the store indexes the batch
    (`DedupIndex.add`) in the batch's transaction; without one, an in-memory index kept in the
    context plays both parts, so batches of one run still see each other.
    """
    config = ctx.config.dedup
    check_config(config)
    corpus: Any = ctx.corpus
    memory: MemoryDedupIndex | None = None
    if corpus is None:
        memory = ctx.resource("dedup:memory-index", lambda: MemoryDedupIndex(config))
        corpus = memory
    signer = make_signer(ctx, config)
    link_batch(batch, corpus, signer, config)
    if memory is not None:
        memory.add(batch)
    return batch
