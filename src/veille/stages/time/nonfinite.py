"""(time@46) Where a non-finite clause opens: the tense of a gerund or an infinitive is its governor's.

`tense.tense_at` reads a clause with no cue word near its expression at the clause's opening word, so that
"(will be taken to London,) before lying in state at Westminster Hall from Wednesday" and "(se rendra à Berlin,)
avant de rejoindre Varsovie mercredi" take the tense of the clause they complete (TimeML: an infinitive or a
gerund has no tense of its own).
"""

from __future__ import annotations

import re

# (time@46) The openings of a non-finite adverbial clause: an English subordinating preposition before
# a gerund ("before lying", "after visiting", "while touring"), a French preposition before an infinitive
# or a past infinitive ("avant de partir", "avant d'être", "après avoir signé", "afin de"), or the French gerund
# ("en visitant").  The clause runs from there to the expression with no clause mark between.
_NONFINITE = re.compile(r"(?<![\w'’])(?:(?:before|after|while|when|since|upon|without)\s+"
                        r"(?!during\b|morning\b|evening\b|nothing\b|something\b|anything\b|everything\b"
                        r"|spring\b|thing\b)(?-i:[a-z])\w+ing(?![\w'’])"
                        r"|(?:avant|afin)\s+(?:de\s|d['’])|après\s+(?:avoir|être|s['’]être)(?![\w'’])"
                        r"|en\s+(?!tant\b|avant\b|cependant\b)(?-i:[a-zéèêà])\w+ant(?![\w'’]))",
                        re.IGNORECASE)


def nonfinite_opener(body: str, s: int, start: int, clause_mark: re.Pattern[str]) -> int | None:
    """Where the non-finite clause holding the expression at `start` opens, within its sentence
    (from `s`), or None: the last opener before the expression with no clause mark (`clause_mark`, the
    tense module's) after it."""
    found = None
    for m in _NONFINITE.finditer(body, s, start):
        found = m
    if found is None or clause_mark.search(body, found.end(), start):
        return None
    return found.start()
