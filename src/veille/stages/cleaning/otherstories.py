"""Other stories' cards under the article, told by their shape (clean@70, issue 16).

Under the article a page prints other stories: a "next article" link, a "recommended" box, a
blog's next post, an aggregator's next item.  Each is a *card*: a headline (or a related-articles
label), often with the card's stamp, section or credit, then the story's first paragraph.  The
rules and the line model cut the headline and the stamps, which have furniture's shape; the
first paragraph is a sentence, and a sentence no rule names is the article's to the line model
(its sentence gate), so the teaser stayed in the body: the largest class of furniture kept on
eval/clean_pool's unseen French pages (clean@64's census, README).

What sets a card's teaser apart from the article's last paragraph, on any site:

- **its place**: it is the foot of the page (or of a chain of such cards), with a block of lines
  the decision cut right above it, under the article's own paragraphs;
- **its head**: that cut block holds the card's headline, which the teaser goes on to tell (two
  content words in common, as a lede tells its headline), or a related-articles label the rules
  named (`related`, a short label);
- **a card's mark**: the cut block is more than the headline alone (a stamp, a section, a credit,
  the headline printed twice, a "next article" link): a sub-heading the model cut by mistake
  stands alone between two paragraphs of the article, and that last paragraph must survive.

A teaser is short (`CARD_UNITS` units at most): a longer run under a cut block is the article
going on.  Chained from the foot of the page up, so several cards in a row are taken, and the
chain stops at the first run that is not a card.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.stages.cleaning.lines import fold, is_sentence_like, is_title_like, letter_words, strip_ellipsis
from veille.stages.cleaning.liveblog import live_entries
from veille.stages.cleaning.subheads import is_sub_heading

# A card's teaser is its first paragraph and perhaps a few more lines (a blog's next post
# excerpt, cut in a word): at most this many units.
CARD_UNITS = 4
# A related-articles label has at most this many words ("À lire également", "Sur le même sujet").
LABEL_WORDS = 6
# A card's headline has at least this many words; the teaser shares this many content words with it.
HEADLINE_WORDS = 3
SHARED_WORDS = 2
# A headline is a phrase: a longer line above a teaser is a caption or a paragraph.
HEADLINE_MAX = 25
# The decision's kinds a card's headline may have (a caption, an embedded post, the page's own
# headline printed again may share the teaser's words too).
HEAD_KINDS = ("related", "fragment")
# Cut lines that belong to the article (its photo's caption, an embedded post): they are no card's
# mark, since a sub-heading the model cut may stand beside them.
ARTICLE_KINDS = ("caption", "embed", "link")
# Content words are compared by their first letters, so that "véhicules" meets "véhicule" and
# "éclate" meets "éclaté" (both folded).
STEM = 5


def _stems(text: str, stop_words: frozenset[str]) -> set[str]:
    """The content words of a line, folded and cut to their stem (`STEM` letters)."""
    return {fold(w)[:STEM] for w in letter_words(text) if len(w) >= 4 and fold(w) not in stop_words}


def _heads(texts: Sequence[str], kinds: Sequence[str | None], block: range, teaser: str,
           stop_words: frozenset[str], furniture: frozenset[str]) -> bool:
    """Whether a cut block heads a card whose first paragraph is `teaser`: its last headline-shaped
    line (right above the card's stamp) is a headline the teaser goes on to tell; or the block holds no
    headline but a related-articles label the rules named ("À lire aussi", then a stamp, then the
    teaser).  A box that lists its own headlines under its label ends before the paragraphs under it:
    an inline "À lire aussi" box, the article going on below (eval/pubdate_pool q249)."""
    labels = {i for i in block if kinds[i] == "related" and len(letter_words(texts[i])) <= LABEL_WORDS
              and any(fold(w) in furniture for w in letter_words(texts[i]))}
    heads = [i for i in block if i not in labels and kinds[i] in HEAD_KINDS
             and len(letter_words(texts[i])) >= HEADLINE_WORDS and is_title_like(strip_ellipsis(texts[i]))]
    if heads:
        return _headline(texts[heads[-1]], teaser, stop_words)
    return bool(labels)


def _headline(text: str, teaser: str, stop_words: frozenset[str]) -> bool:
    """A card's headline above its teaser: headline-shaped (perhaps cut with "…"), `HEADLINE_WORDS` to
    `HEADLINE_MAX` words, with `SHARED_WORDS` content words the teaser goes on to tell."""
    return (is_title_like(strip_ellipsis(text)) and HEADLINE_WORDS <= len(letter_words(text)) <= HEADLINE_MAX
            and len(_stems(text, stop_words) & _stems(teaser, stop_words)) >= SHARED_WORDS)


def _label(text: str) -> bool:
    """A box's label or a credit line the model kept above a card: a few words, no sentence, not a
    sub-heading in sentence case (which the article's own paragraphs would follow)."""
    return (0 < len(letter_words(text)) <= LABEL_WORDS and not is_sentence_like(text)
            and not is_sub_heading(text))


def card_teasers(texts: Sequence[str], kinds: Sequence[str | None], stop_words: frozenset[str],
                 furniture: frozenset[str] = frozenset()) -> set[int]:
    """The units that are other stories' teasers under the article: `kinds` are the decision's (None
    kept).  Walks up from the foot of the page: a run of at most `CARD_UNITS` kept units opened by a
    sentence, under a block of at least two cut units that heads a card (`_heads`), with the
    article's own sentence above that block; then the run above that block, and so on."""
    found: set[int] = set()
    if live_entries(list(texts)):
        return found  # a live page: its entries, quotations and captions follow one another to its foot
    kept = [kind is None for kind in kinds]
    end = len(texts)
    while True:
        j = end - 1
        while j >= 0 and not kept[j]:
            j -= 1
        last = j
        while j >= 0 and kept[j]:
            j -= 1
        run = range(j + 1, last + 1)
        bottom = j
        while j >= 0 and not kept[j]:
            j -= 1
        block = range(j + 1, bottom + 1)
        if (not run or len(run) > CARD_UNITS or not block
                or not is_sentence_like(texts[run[0]])
                or not any(kept[i] and is_sentence_like(texts[i]) for i in range(j + 1))):
            return found
        marks = sum(kinds[i] not in ARTICLE_KINDS for i in block)
        if marks >= 2 and _heads(texts, kinds, block, texts[run[0]], stop_words, furniture):
            found.update(run)
            end = block.start
            if _label(texts[j]):
                found.add(j)  # the box's label right above its first card ("RECOMMANDÉS POUR VOUS"), under the article
                end = j
        elif j > 0 and kinds[j - 1] not in (None, *ARTICLE_KINDS) and _headline(texts[j], texts[run[0]], stop_words):
            # The card's headline the model kept, between the cut lines of the card above it (a credit,
            # an image) and its own (an image, its credit): not a sub-heading, which the article's
            # paragraph stands right above.
            found.update(run)
            found.add(j)
            end = j
        else:
            return found
