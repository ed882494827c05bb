"""The modality of an English trigger, from the words before it (split from `english.py`, events@19).

English marks what is not told as having happened with auxiliaries before the verb ("will",
"could", "did not"), with a governing verb whose complement the event is ("called for talks",
"threatened sanctions", "refused talks"), and with a subordinator that opens a clause of doubt or
condition: "whether" and "if" ("an inquiry will examine whether it was caused by a bomb", "if the
army attacks the town"). Such a clause runs to the next punctuation, often further than the four
words the auxiliaries are looked for in, so it is read apart (`open_question`, events@19). Since
events@46 a trigger in such a clause yields no event at all (`english.find`): what is asked about or
set as a condition is not told as having happened, and the gold lists no event for it (GUIDELINES.md,
events; eval/events_pool's convention: "the conditional consequence is no event").
"""

from __future__ import annotations

from veille.model import Modality

_PLANNED = frozenset({"will", "shall", "'ll", "plans", "plan", "planned", "expected", "set", "going"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "if"})
# "without" negates the noun it governs as "no" does: "talks ended without a peace deal" (events@20)
_NEGATION = frozenset({"not", "n't", "never", "no", "without"})
# A subordinator of an open question or a condition: the clause it opens tells no fact.
_OPEN_QUESTION = frozenset({"whether", "if"})
QUESTION_REACH = 12  # words back from the trigger to "whether"/"if", within its clause

# Verbs and adjectives whose object or complement is an event not (yet) told as happened:
# asked for ("called for talks", "urged a ceasefire", "pressing for a deal"), proposed or sought
# ("proposed a summit", "seeking a truce"), hoped for, threatened ("threatened sanctions",
# "warned of strikes"), or refused or failed ("refused talks", "failed to reach a deal", "denied
# attacking"). Only verbs that seldom stand before a trigger otherwise: not "press" (a noun:
# "told the press X attacked"), not "ruling" ("the ruling party accused"). Written from the
# usage of English news (the complements of CAMEO's request, demand and threat verbs).
_GOVERNOR_MODALITY: dict[str, Modality] = {
    **dict.fromkeys(("call", "calls", "called", "calling", "urge", "urges", "urged", "urging",
                     "pressed", "pressing", "push", "pushes", "pushed", "pushing", "demand", "demands", "demanded",
                     "demanding", "request", "requests", "requested", "requesting", "propose", "proposes",
                     "proposed", "proposing", "proposal", "seek", "seeks", "sought", "seeking", "intend", "intends",
                     "intended", "aim", "aims", "aimed", "aiming", "prepare", "prepares", "preparing", "planning",
                     "scheduled", "upcoming", "want", "wants", "wanted"), "planned"),
    **dict.fromkeys(("hope", "hopes", "hoped", "hoping", "threaten", "threatens", "threatened", "threatening",
                     "warn", "warns", "warned", "warning", "possible", "potential", "likely", "prospect",
                     "considering", "mulling", "weighing", "whether", "unless", "risk", "risks", "fears", "feared"),
                    "hypothetical"),
    **dict.fromkeys(("refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing", "decline",
                     "declines", "declined", "declining", "deny", "denies", "denied", "denying", "reject", "rejects",
                     "rejected", "rejecting"), "negated"),
}
_GOVERNOR_REACH = 4  # words back from the trigger to its governor: "called for immediate peace talks"
# A noun trigger whose possessor is written before it ("calling for President Francois Bozize's
# resignation") has the possessor's words between it and its governor: English puts a genitive
# name, with its title, before the noun it owns. They do not count against the reach (events@20).
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
POSSESSOR_WORDS = 5  # the longest possessor skipped: a title and a three-word name
PUNCTUATION = frozenset(",;:.!?()\"“”")


def _governed(words: list[str], at: int) -> Modality | None:
    """The modality a governing verb before the trigger gives it, within its own phrase (a comma or
    a conjunction ends the search: "Freedonia, which called for calm, attacked ..." attacked)."""
    reach = _GOVERNOR_REACH + (POSSESSOR_WORDS + 1 if at > 0 and words[at - 1] in _POSSESSIVE else 0)
    for w in reversed(words[max(0, at - reach):at]):
        if w in PUNCTUATION or w in ("and", "but", "which", "who", "that", "while", "as"):
            return None
        if w in _GOVERNOR_MODALITY:
            return _GOVERNOR_MODALITY[w]
    return None


def open_question(words: list[str], at: int) -> bool:
    """Whether the trigger stands in a clause that "whether" or "if" opens: the search goes back
    to the punctuation that ends the clause before ("Whether or not they agree, troops attacked"
    is told as having happened), not across it."""
    for w in reversed(words[max(0, at - QUESTION_REACH):at]):
        if w in PUNCTUATION:
            return False
        if w in _OPEN_QUESTION:
            return True
    return False


# A noun that is what something would be ("The real reset would be the resignation of the
# president", "the answer could be sanctions") names a possibility, not an act (events@46): the
# predicate of a modal of supposition and "be", with a determiner or possessive (and at most one
# word more) before the noun. Not "will be" (a plan told) nor a passive ("would be expelled"),
# whose verb has no determiner before it.
_SUPPOSING = frozenset({"would", "could", "might", "may"})
_PREDICATE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})


def supposed(words: list[str], at: int) -> bool:
    """Whether the noun trigger at `at` is the predicate of "would/could/might/may be"."""
    for gap in (1, 2):  # "be the resignation", "be the first visit"
        k = at - gap
        if k >= 2 and words[k] in _PREDICATE_DETERMINERS and words[k - 1] == "be" and words[k - 2] in _SUPPOSING:
            return True
    return False


def modality(words: list[str], at: int) -> Modality:
    before = words[max(0, at - 4):at]
    if any(w in _NEGATION for w in before):
        return "negated"
    governed = _governed(words, at)
    if governed is not None:
        return governed
    if any(w in _HYPOTHETICAL for w in before) or open_question(words, at):
        return "hypothetical"
    if any(w in _PLANNED for w in before) or (at > 0 and words[at - 1] == "to"):
        return "planned"
    return "asserted"
