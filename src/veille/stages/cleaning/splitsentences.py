"""One sentence printed over two lines takes one verdict (clean@69, issue 16).

A page builder breaks a sentence where its markup breaks: a caption set over two blocks ("Avant
d'aller se restaurer à la Brasserie Felix, une partie des journalistes présents" / "à cette AG ont
posé sur les bords de l'Erdre."), a paywall's call whose link ends the line ("Rejoignez-les pour
une information sur" / "les médias indépendante et sans pub.").  The line model reads each half
as a line of its own: the first half looks like a headline or a fragment, the second like a
sentence, which the sentence gate keeps, so a caption or a call is cut in half and the other half
stays in the body (eval/clean_pool's French tuning pages c113 and c120).

The constraint is on the text's structure, not its words: the upper line stops on a word with no
punctuation at all (no sentence's end, no colon, no comma: a headline, a label or a list item is
followed by a line of its own, opened with a capital), and the lower line opens with a word in
lower case (not a comma nor an incise's inverted verb: those carry the article's sentence on past a
quotation, `pageforms.is_continuation`) and ends the sentence.  Such a pair is one sentence, and
the decision gives both halves the verdict of the half the model is surer is furniture: half a
sentence is not a paragraph the gate protects.  Wrapped text of three lines or more is joined
before (`lines.width_joins`); these are the pairs it leaves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.cleaning.lines import ends_sentence, ends_with_ellipsis, is_sentence_like, words
from veille.stages.cleaning.pageforms import is_continuation

# The upper half stops on a word: a letter last (an elision's apostrophe is a cut word, not this).
_STOPS_ON_WORD = re.compile(r"[^\W\d_]$")
# The lower half opens with a word in lower case (not a bullet, a digit, a quotation mark).
_OPENS_LOWER = re.compile(r"^[a-zà-öø-ÿ]")
# Each half holds at least this many words: "ma liste", "réagir" are widget labels, not half a sentence.
HALF_WORDS = 3
# The lower half of a caption or a call is short; a long line opened in lower case is a paragraph glued
# to debris above it ("vlcsnap-2013-02-27-15h24m53s237Residents from the village …").
LOWER_WORDS = 25


def split_sentences(texts: Sequence[str], kinds: Sequence[str | None] | None = None,
                    layout_cut: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """The pairs of consecutive units (i, i + 1) that are one sentence broken over two lines.  With
    the rules' `kinds` (and `layout_cut`, whether a verdict came from position alone), a pair with a
    half a pattern named is none: a headline over a lede glued to an image's file name
    ("Les bons gestes …" / "gastro-entériteAlors que …") keeps each line's own verdict."""
    pairs: list[tuple[int, int]] = []
    for i in range(len(texts) - 1):
        upper, lower = texts[i].strip(), texts[i + 1].strip()
        if kinds is not None and any(kinds[j] is not None and not (layout_cut and layout_cut[j]) for j in (i, i + 1)):
            continue
        if (len(words(upper)) < HALF_WORDS or not HALF_WORDS <= len(words(lower)) <= LOWER_WORDS
                or not _STOPS_ON_WORD.search(upper) or not _OPENS_LOWER.match(lower)
                or is_continuation(lower) or not ends_sentence(lower) or ends_with_ellipsis(lower)):
            continue
        pairs.append((i, i + 1))
    return pairs


def one_verdict(texts: Sequence[str], probabilities: Sequence[float], pairs: Sequence[tuple[int, int]],
                protected: set[int], threshold: float) -> list[float]:
    """The probabilities with each pair's halves given the higher of the two.  Left as it is: a pair
    with a half the decision protects (a sub-heading, a quotation's attribution, the excerpt's cut
    line), and a pair right under a paragraph the decision keeps (the article's text running on into
    the excerpt's cut: "… c'est qu'un vrai groupe est en tr" / "Un vrai groupe est en" / "train de
    naître..."): the pair's place is among furniture."""
    out = list(probabilities)
    for i, j in pairs:
        if i in protected or j in protected:
            continue
        if i > 0 and (i - 1 in protected or probabilities[i - 1] < threshold) and is_sentence_like(texts[i - 1]):
            continue
        out[i] = out[j] = max(out[i], out[j])
    return out
