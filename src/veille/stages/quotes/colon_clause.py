"""quotes@44 (quo41, issue 18): the subject of a French clause a colon ends, read from the parse.

French news introduces a quote with a sentence about its speaker that a colon ends, whatever its
verb: "Claude Bartolone est intervenu pour calmer les esprits : « … »", "Le défenseur désavoue le
dossier : « … »", "Il invoque également la légitimité constitutionnelle et ses capacités physiques :
« … »". The text rules of `introductions.py` read a pronoun subject with a short predicate
(`colon_pronoun`) or a subject before a compound past with "avoir" or a reporting verb
(`colon_subject`); a present tense, "être" as auxiliary or a long predicate fell through them. Here
the parse gives the clause's subject: the subject of the predicate the colon closes, when it is a
person (a name the text types as one, a title noun of a person, or a third-person subject pronoun,
resolved as any other). Not a subject in a relative or complement clause ("Le maire, qui a dit que
la ville paierait, a visité l'usine :" has the mayor, not "la ville"), not "on", "nous", "je" (the
reporter, or a collective), and not a thing ("Le texte prévoit :" is no speaker: documents are left
out by design, `lexicon.documents`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# a third-person subject pronoun: resolved later to the person last spoken of
_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# the dependents of a predicate that is no main clause of the sentence: its subject is not the one the
# colon's sentence is about
_EMBEDDED = frozenset({"acl", "acl:relcl", "ccomp", "csubj", "xcomp", "nmod", "obl", "obl:arg", "obl:mod"})
_MARKS = re.compile(r"[«»“”\"]")
_CLOSING = re.compile(r"[»”\"]")


def colon_clause_subject(tokens: Callable[[int, int], list[Any]], body: str, mark: int, start: int,
                         person: Callable[[int, int], tuple[int, int] | None],
                         titles: frozenset[str]) -> tuple[tuple[int, int], int] | None:
    """The person subject of the sentence body[start:mark], which a colon ends right before the
    opening mark at `mark`; `tokens(a, b)`: the parse's tokens that start in body[a:b]; `person(a, b)`: the
    span of a person's name the text types as one among body[a:b], if any."""
    pre = body[start:mark].rstrip()
    if not pre.endswith(":") or pre.count(":") > 1:
        return None
    colon = start + len(pre) - 1
    subjects = [t for t in tokens(start, colon) if t.dep_ in ("nsubj", "nsubj:pass")
                and start <= t.head.idx < colon and t.head.dep_ not in _EMBEDDED
                and t.lower_ not in ("qui", "que", "dont", "lequel", "laquelle")]
    if not subjects:
        return None
    # the words in marks are a statement, with a finite verb of their own, not a list's heading or a
    # title ("Le maire présente trois mesures : « Hausse des tarifs. »")
    close = _CLOSING.search(body, mark + 1)
    if close is None or not any("Fin" in t.morph.get("VerbForm") for t in tokens(mark + 1, close.start())):
        return None
    subject = subjects[0]
    verb = subject.head
    # the words between the subject and the colon are the clause's own, no quote of anyone's
    if _MARKS.search(body, subject.idx, colon):
        return None
    if subject.lower_ in _PRONOUNS and subject.idx < verb.idx:
        return (subject.idx, subject.idx + len(subject.text)), subject.idx
    named = person(subject.left_edge.idx, subject.idx + len(subject.text))
    if named is None and subject.pos_ == "PROPN":
        # a name run on after its first word ("Claude Bartolone": flat:name dependents)
        last = max((c for c in subject.children if c.dep_ == "flat:name"), key=lambda c: c.i, default=subject)
        named = person(subject.idx, last.idx + len(last.text))
    if named is not None:
        return named, named[0]
    if subject.pos_ == "NOUN" and subject.lower_ in titles and subject.idx < verb.idx:
        # a person's title with its determiner ("le défenseur", "la présidente"), not a relative after it
        first = subject.left_edge.idx
        return (first, subject.idx + len(subject.text)), first
    return None


# a subject pronoun alone before the colon, with at most a conjunction or an adverb of sequence before
# it: "Il : « … »", "Et elle : « … »", 'He: "…"'; a pronoun is no label, so the words are its referent's
_BARE_PRONOUN = re.compile(r"\s*(?:(?:et|puis|alors|and|then)\s+)?(?P<spk>il|elle|lui|he|she)\s*:\s*", re.IGNORECASE)


def pronoun_colon(body: str, mark: int, start: int) -> tuple[tuple[int, int], int] | None:
    """(quotes@44) The subject pronoun that is all the sentence holds before the colon right before
    the opening mark at `mark`; `start`: the sentence's start."""
    m = _BARE_PRONOUN.fullmatch(body, start, mark)
    if m is None:
        return None
    return (m.start("spk"), m.end("spk")), m.start("spk")
