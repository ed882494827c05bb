"""Reader comments' stamps below an article: the date line a comment thread prints under each
commenter's name, told from an author's signature ("Jane Doe / March 14, 2024" after the body)
by the thread's own words around it: the name's "says:" ("Jane Doe says:", "Jean Dupont a dit :")
just above the date, or the reply button just below it or below the comment's text ("Reply",
"Répondre", "Log in to Reply").  Such a date is a comment's, written after the article: it bounds
the publication from above (`comment_line`), and it is neither the page's own date line nor its
signature's (it used to be read as either when the thread followed a short article).

A thread may print the commenter's name, the verb and the day on one line ("crowntower wrote on
February 13, 2015, 4:37 PM", "Jean Dupont a écrit le 6 mars 2024 à 9h15"): no date line alone, so
nothing was read (clean@47, `comment_header_date`).  A name that opens on a person's title
("Governor Abbott said on March 3, 2024", "Président Macron a dit le …") is a news sentence's or
a related story's subject, and a verb of speech ("said", "a répondu") makes a header only with the
comment's time of day after the date, as threads stamp it: a teaser's "Marine Le Pen a répondu le
6 mars 2024" has none (clean@49)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from veille.stages.cleaning.lines import Unit
from veille.stages.cleaning.pubdate import DateFinder

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


# A commenter's name (one to four words), the thread's verb, and what follows it ("on", "le", ":").
# The verbs of writing are the thread's own; those of speech (`speech`) are news sentences' too.
_NAME_VERB = re.compile(r"^(?P<name>[^\s.,;:!?]{2,40}(?:\s[^\s.,;:!?]{1,30}){0,3})\s+"
                        r"(?:wrote|commented|posted|a\s+écrit|a\s+commenté"
                        r"|(?P<speech>says|said|replied|dit|a\s+dit|a\s+répondu))"
                        r"(?:\s+on|\s+le|\s*:)?\s+(?P<rest>.+)$", re.IGNORECASE)
# Articles that open a noun phrase, not a name, in either language.
_ARTICLES = frozenset({"the", "a", "an", "this", "our", "le", "la", "les", "un", "une", "ce", "cette", "notre"})
# What may follow the day on such a line: its time only ("at 4:37 pm", ", 4:37 PM", "à 9h15", "- 20:50").
_CLOCK_TAIL = re.compile(r"^\s*(?:[,\-–|]\s*|\s(?:at|à)\s+)?(?:\d{1,2}(?:[:h.]\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*$",
                         re.IGNORECASE)
# The time itself, which a verb of speech needs after the day (clean@49).
_CLOCK = re.compile(r"\d{1,2}(?:[:h.]\d{2}|\s*[ap]\.?m\.?)", re.IGNORECASE)

DATA = Path(__file__).resolve().parents[2] / "data" / "entities"


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """The titles written before a person's name, folded (clean@49): the entity stage's lexicon
    (`en_person_titles`, `title_words`) and the one-word offices of `titles.json` in both
    languages ("governor", "président", "maire")."""
    lexicon = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    words = {w.casefold().rstrip(".") for key in ("en_person_titles", "title_words") for w in lexicon.get(key, [])}
    kinds = json.loads((DATA / "titles.json").read_text(encoding="utf-8"))["kinds"]
    words |= {p.casefold() for kind in kinds.values() for lang in ("en", "fr") for p in kind.get(lang, [])
              if " " not in p}
    return frozenset(w for w in words if " " not in w)


def comment_header_date(text: str, finder: DateFinder) -> str | None:
    """The day of a comment's one-line header: a name of a few words, the thread's verb, then a
    date with its month named and at most its time, nothing else ("wolfgirl569 wrote on February
    13, 2015, 8:50 PM"); a sentence ("The mayor said on March 3, 2024 that ...", or one ending on
    its period) is none (clean@47)."""
    line = text.strip()
    found = _NAME_VERB.match(line)
    if found is None or line.endswith("."):
        return None
    words = found["name"].split()
    # A handle is one word ("crowntower"); a name of several words is capitalised throughout and
    # opens on no article ("The mayor said on …", "Le maire a dit le …" are sentences' subjects)
    # nor on a title ("Governor Abbott said on …", clean@49).
    if len(words) > 1 and (not all(w[:1].isupper() for w in words) or words[0].lower() in _ARTICLES
                           or words[0].casefold() in person_titles()):
        return None
    dated = finder.date_at(found["rest"])
    if dated is None or not _CLOCK_TAIL.match(tail := found["rest"][dated[1]:]):
        return None
    if found["speech"] and not _CLOCK.search(tail):  # "X said on March 3, 2024": a sentence's, a teaser's
        return None
    return dated[0].isoformat()
