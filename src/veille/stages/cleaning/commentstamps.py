"""Reader comments' stamps below an article: the date line a comment thread prints under each
commenter's name, told from an author's signature ("Jane Doe / March 14, 2024" after the body)
by the thread's own words around it: the name's "says:" ("Jane Doe says:", "Jean Dupont a dit :")
just above the date, or the reply button just below it or below the comment's text ("Reply",
"Répondre", "Log in to Reply").  Such a date is a comment's, written after the article: it bounds
the publication from above (`comment_line`), and it is neither the page's own date line nor its
signature's (it used to be read as either when the thread followed a short article)."""

from __future__ import annotations

import re

from veille.stages.cleaning.lines import Unit

# "Jane Doe says:", "Jane Doe said:", "admin says", "Jean Dupont dit :", "Jean Dupont a écrit :".
_SAYS = re.compile(r"^.{1,60}?\s(?:says|said|wrote|dit|a\s+dit|a\s+écrit|écrit)\s*:?\s*$", re.IGNORECASE)
# A reply button or link, alone on its line.
_REPLY = re.compile(r"^\W*(?:reply|répondre|repondre|log\s+in\s+to\s+reply|connectez-vous\s+pour\s+répondre)"
                    r"(?:\s*[↓→»]|\s*\(\d+\))?\W*$", re.IGNORECASE)
# How far below the date line the reply button may stand: the comment's text comes between.
REPLY_REACH = 2


def is_comment_stamp(units: list[Unit], i: int) -> bool:
    """Whether the date line `units[i]` is a reader comment's stamp (see the module docstring)."""
    if i > 0 and _SAYS.match(units[i - 1].text.strip()):
        return True
    return any(_REPLY.match(units[j].text.strip()) for j in range(i + 1, min(len(units), i + 1 + REPLY_REACH)))
