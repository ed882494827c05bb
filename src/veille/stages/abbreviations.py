"""Sentence boundaries at abbreviations: "London, Ont., courtroom" is one sentence.

English articles are cut by spaCy's punctuation sentencizer, which ends a sentence at every
period its tokenizer leaves alone ("Ont", "." ","; "Lt", "."; "No", "." "3"), and joins two
sentences where the tokenizer kept the period on the word ("in Washington, D.C. The deal");
the French parser ends sentences after "l'art." or "env." before a number. News writes such
abbreviations all the time (AP style's states, provinces, titles, ranks, months and company
forms; French typographic abbreviations), so a split there cuts an event from its date, a quote
from its speaker.

Each abbreviation of `data/nlp/abbreviations.json` is of one kind:
- prefix ("Gov.", "Lt.", "St.", French "M.", "art.", "env."): it stands before the name or
  number it abbreviates a word of, so the word after it on the same line continues the sentence;
  in English a capitalised sentence opener ("The", "He", "Police") after it still starts one
  ("at 101 Main St. The fire"); French names begin with such words ("M. Le Pen"), so a French
  prefix never ends a sentence;
- number ("No."): continues before a digit only ("He said no." ends);
- final ("Ont.", "Calif.", "D.C.", "Sept.", "Inc.", "p.m.", French "J.-C.", "etc."): it may end a
  sentence; a comma, a lowercase word or a digit after it continues the clause, a capitalised
  sentence opener starts a new sentence, and anything else (a capitalised name) is left as the
  sentencizer or the parser decided.
A line break always ends a sentence (`nlp._line_breaks` runs before this).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

ABBREVIATIONS = "veille_abbreviations"

# The last characters before a period that can hold an abbreviation ("N.W.T", "av. J.-C").
_WINDOW = 12
_CONTINUES = ",;:)]"


def _pattern(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # Not glued to a word or another initial before it: "Iron Man." is "Man." but "N.D.C." is not "D.C.".
    return re.compile(rf"(?<![\w.])(?:{alternation})\.\Z")


class AbbreviationBoundaries:
    """The spaCy component: corrects `is_sent_start` after the abbreviations of `lang`."""

    def __init__(self, lang: str) -> None:
        text = resources.files("veille").joinpath("data", "nlp", "abbreviations.json").read_text(
            encoding="utf-8")
        table: dict[str, dict[str, list[str]]] = json.loads(text)
        words = table.get(lang, table["en"])
        self.lang = lang
        self.kinds = {kind: _pattern(words[kind]) for kind in ("prefix", "number", "final") if words[kind]}
        self.openers = frozenset(words["openers"])

    def kind(self, doc: Any, token: Any) -> str | None:
        end = token.idx + len(token.text)
        window = doc.text[max(0, end - _WINDOW - 1):end]
        for kind, pattern in self.kinds.items():
            if pattern.search(window):
                return kind
        return None

    def __call__(self, doc: Any) -> Any:
        for token in doc[:-1]:
            if not token.text.endswith(".") or "\n" in token.whitespace_:
                continue
            kind = self.kind(doc, token)
            if kind is None:
                continue
            after = doc[token.i + 1]
            decision = self.decide(kind, after.text)
            if decision is True:
                after.is_sent_start = True
            elif decision is False:
                # The sentencizer starts its sentence after the punctuation that follows the period
                # ("Ont.", ",", "courtroom"): keep every token up to the first word in this one.
                for nxt in doc[token.i + 1:]:
                    if nxt.is_space:
                        break
                    nxt.is_sent_start = False
                    if not nxt.is_punct or "\n" in nxt.whitespace_:
                        break
        return doc

    def decide(self, kind: str, word: str) -> bool | None:
        """True: `word` starts a sentence; False: it continues the abbreviation's; None: leave it."""
        first = word[0]
        if kind == "number":
            return False if first.isdigit() else None
        if first in _CONTINUES or first.islower() or first.isdigit():
            return False
        opener = word.rstrip("'’") in self.openers
        if kind == "prefix":
            if self.lang == "fr":
                return False if first.isalpha() else None
            return True if opener else (False if first.isalpha() else None)
        return True if opener else None


def make_component(nlp: Any, name: str) -> AbbreviationBoundaries:
    """spaCy factory: the data are read when a pipeline is built, never at import."""
    return AbbreviationBoundaries(nlp.lang)
