"""(quotes@38) Whether a paragraph reads as the reporter's narration: a third-person clause in the
past whose subject is a named or titled person or body ("Le maire a ensuite quitté la salle …",
"Paul Brown then left the room …"), or a source cited by "selon" / "according to", and no word of
the first or second person. A quote that runs over paragraphs with no mark repeated
(`text.running_quotes`) does not run over such a paragraph: as a speech under a name line must open in
the first person (quotes@36, `minutes.labelled_speeches`), a paragraph that tells of someone in the
third person and the past is the reporter's, not the speaker's going on.

French reads the parse (the subject's dependency, the verb's tense and its auxiliary); English has no
parse and reads `english.main_subject` and the verb after it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from veille.stages.quotes.english import PAST, main_subject
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.minutes import IN_PERSON

_EN_IN_PERSON = re.compile(r"(?<![\w'’])(?:i|me|my|we|us|our|you|your)(?![\w'’])")
_EN_ADVERB = re.compile(r"(?:also|later|then|again|further|[a-z]+ly)$")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")


def _past(verb: Any) -> bool:
    """A French verb in a past tense: a finite past or imperfect ("quitta", "quittait"), or a past
    participle with its auxiliary ("a quitté", "est parti")."""
    tense, form = verb.morph.get("Tense"), verb.morph.get("VerbForm")
    if "Fin" in form and ("Past" in tense or "Imp" in tense):
        return True
    return "Part" in form and "Past" in tense and any(c.dep_.startswith("aux") for c in verb.children)


def narrated(body: str, s: int, e: int, lang: str, doc: Any, sentences: Sequence[tuple[int, int]],
             named: Callable[[int, int], bool], titled: Callable[[str], bool], lex: QuoteLexicon) -> bool:
    """Whether body[s:e] (a paragraph) reads as the reporter's narration (the module's doc).
    `named(a, b)`: a person or body the text types is named in body[a:b]; `titled(word)`: the word is
    a person's title or a body's noun ("maire", "opposition")."""
    text = body[s:e].casefold()
    if (IN_PERSON if lang == "fr" else _EN_IN_PERSON).search(text):
        return False
    if lang == "fr":
        for tok in doc:
            if not s <= tok.idx < e:
                continue
            if tok.lower_ == "selon" and tok.head.i != tok.i and (
                    named(tok.head.idx, tok.head.idx + len(tok.head.text)) or titled(tok.head.lower_)):
                return True
            if tok.dep_ in _SUBJECT_DEPS and tok.pos_ in ("NOUN", "PROPN") and _past(tok.head) and (
                    named(tok.idx, tok.idx + len(tok.text)) or titled(tok.lower_)):
                return True
        return False
    for a, b in sentences:
        if not (s <= a < e):
            continue
        subject = main_subject(body, a, min(b, e), lex)
        if subject is None or not (named(*subject) or titled(body[subject[0]:subject[1]].split()[-1].casefold())):
            continue
        after = body[subject[1]:min(b, e)].split()
        while after and _EN_ADVERB.match(after[0]):
            after = after[1:]
        if after and PAST.match(after[0].strip(",")):
            return True
    cited = re.search(r"\baccording\s+to\s+", body[s:e])
    return cited is not None and named(s + cited.end(), min(e, s + cited.end() + 60))
