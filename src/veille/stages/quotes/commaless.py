"""quotes@45 (quo42, issue 18): a French reporting incise with no comma before it.

"Le match est reporté annonce la Ligue." / "Le dossier devait être examiné en début d'audience
explique le président, mais …": French inverts the subject after a reporting verb only in an
incise, a relative or after a few adverbs ("ainsi", "aussi"); where no comma sets the incise off,
the parse still tells it: the verb hangs on the clause before it (not the sentence's root), has no
subject before it, and the word before it opens no relative or comparison ("le texte que présente
le ministre", "comme l'explique X", "ainsi parle X"). The phrase after the verb must name who spoke
(a person, a title, a body); the words before it, a clause of four words or more, are the statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import incise
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import sentence_end

# the words after which an inverted verb is no incise: relatives and "que" (its object or
# subject is the noun before), comparisons and the adverbs that invert a subject, prepositions and
# coordinators (the verb is part of the clause they open)
_NO_INCISE_BEFORE = frozenset({
    "que", "qu", "qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels",
    "auxquelles", "duquel", "desquels", "desquelles", "quoi", "comme", "ce", "ainsi", "aussi", "peut-être",
    "sans", "pour", "de", "d", "à", "par", "et", "ou", "ni", "mais", "si", "quand", "lorsque", "puisque",
    "tel", "telle", "tels", "telles", "le", "la", "les", "l", "un", "une", "des", "du", "en", "y", "ne", "n",
    "se", "s", "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "me", "m", "te", "t", "lui", "leur",
})
# what may follow the speaker phrase: the sentence's end, an adverbial of place, time or medium, or
# a comma before a clause a coordinator opens ("…, mais l'escorte en a décidé autrement")
_AFTER_SPEAKER = re.compile(r"\s*(?:[.!?…]|$|,\s*(?:mais|et|car|or|alors|puis|tandis|avant|après)\b|"
                            r"(?:dans|lors|devant|pendant|sur|depuis|via|durant|ce|cette|mardi|lundi|mercredi|"
                            r"jeudi|vendredi|samedi|dimanche|hier|en\s+marge|au\s+cours)\b[^,;:]*(?:[.!?…]|$))")


def commaless_incises(body: str, sentences: list[tuple[int, int]], lex: QuoteLexicon, taken: list[tuple[int, int]],
                      tokens_in: Callable[[int, int], list[Any]], speaks: Callable[[int, int], bool]) -> list[Found]:
    """'<clause> explique le président.' with no comma before the verb (French; the parse).
    `tokens_in(a, b)`: the parse's tokens that start in body[a:b]; `speaks(a, b)`: whether the
    phrase names a person, a title or a body that speaks."""
    out: list[Found] = []
    for s, e in sentences:
        if any(a < e and s < b for a, b in taken) or re.search(r"[«»“”\"]", body[s:e]):
            continue
        toks = tokens_in(s, e)
        for k, t in enumerate(toks):
            if k < 4 or t.idx <= s or not body[t.idx - 1].isspace() or not body[t.idx - 2:t.idx - 1].isalnum():
                continue  # a comma before it: `unmarked.py`; the sentence's first words: no statement
            m = lex.fr_incise.match(body, t.idx)
            if m is None or m.group("cl1") or m.group("cl2"):
                continue
            verb_at = m.start("part") if m.group("part") else m.start("fin")
            verb = next((x for x in toks if x.idx == verb_at), None)
            if verb is None or verb.dep_ in ("ROOT", "root") or verb.pos_ not in ("VERB", "AUX"):
                continue
            if m.group("fin") and "Part" in verb.morph.get("VerbForm"):
                continue  # "le texte écrit par …": a participle, no finite verb
            if any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i < verb.i for c in verb.children):
                continue
            prev = re.findall(r"[\w-]+", body[s:t.idx].casefold())
            if not prev or prev[-1] in _NO_INCISE_BEFORE:
                continue
            # a noun with its determiner right before the verb, no preposition before them, is the
            # verb's subject however the parse attached it ("tant le message a offusqué X"); a noun
            # in a complement is not ("une lutte sur la durée avance X")
            if k >= 3 and toks[k - 1].pos_ in ("NOUN", "PROPN") and toks[k - 2].pos_ == "DET" \
                    and toks[k - 3].pos_ != "ADP":
                continue
            found = incise(body, t.idx, "fr", lex)
            if found is None:
                continue
            spk, _ = found
            if not speaks(*spk) or not _AFTER_SPEAKER.match(body, spk[1], max(spk[1], sentence_end(body, spk[1]))):
                continue
            before = [x for x in toks if x.idx < t.idx]
            # the statement is a clause: a finite verb of its own before the incise
            if len(before) < 4 or not any("Fin" in x.morph.get("VerbForm") for x in before):
                continue
            stmt_end = t.idx
            while stmt_end > s and body[stmt_end - 1].isspace():
                stmt_end -= 1
            out.append(Found(s, stmt_end, True, spk, spk[0]))
            break
    return out
