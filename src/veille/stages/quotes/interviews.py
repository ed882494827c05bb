"""(quotes@48) An interview printed with no labels: the outlet's questions and the guest's answers as
paragraphs one after another ("Quel est votre sentiment sur … ?" / "Le PDCI est prêt …"), the guest
presented before the first question ("X était face à la presse. Ci-dessous ses réponses aux questions des
journalistes.", "Interview de X") or addressed by name in it ("Sébastien Deschamps, en politique, vous
êtes … ?"). Each answer is the guest's words; the questions are the outlet's, no quote.

A question is a paragraph that ends with a question mark, or one that opens with an interrogative word
and speaks to the guest in the second person ("Quel est votre sentiment … . Le porte-parole … a réagi …":
the question's context runs on after it). Two questions at least, each with an answer right after it, make
an interview; a paragraph under a question in an explainer ("Que contient le texte ?") is the reporter's,
so the guest must be presented or addressed, or no answer is read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import words

# interrogative openers (French and English grammars' interrogative words and inverted auxiliaries)
_ASKS = re.compile(r"(?:est-ce\s+que|est-ce\s+qu['’]|quel(?:le)?s?|comment|pourquoi|combien|où|quand|que|qu['’]|"
                   r"qui|lequel|laquelle|what|why|how|when|where|who|which|do|does|did|are|is|was|were|have|has|"
                   r"can|could|will|would|should)\b", re.IGNORECASE)
# French asks by inverting its subject pronoun after the verb ("Pouvez-vous …", "Est-il …", "Va-t-elle …")
_INVERTED = re.compile(r"[^\W\d_]+-(?:t-)?(?:vous|tu|il|elle|ils|elles|on|nous)\b", re.IGNORECASE)
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos|tu|ton|ta|tes|you|your)\b", re.IGNORECASE)
# what presents a guest's answers before the first question
_PRESENTS = re.compile(r"\b(?:réponses?|répond|répondu|questions|entretien|interview|interviewée?|"
                       r"face\s+à\s+la\s+presse|answers?|answered|Q\s?&\s?A)\b", re.IGNORECASE)
_MARKED = re.compile(r"[ \t]*[«“\"](?P<q>[^«»“”\"]+)[»”\"][ \t.]*")


def _paragraphs(body: str) -> list[tuple[int, int]]:
    return [(m.start("p"), m.start("p") + len(m.group("p").rstrip()))
            for m in re.finditer(r"^[ \t]*(?P<p>\S[^\n]*)$", body, re.MULTILINE)]


def _question(text: str) -> bool:
    if re.search(r"[«»“”]", text):
        return False
    # an inverted verb opens a question of one sentence ("Pouvez-vous citer …"); "Voyez-vous, ce qui est
    # désolant … . Et …" is an answer that opens with a discourse marker
    inverted = _INVERTED.match(text) is not None and re.search(r"[.!]\s", text.rstrip()) is None
    return text.rstrip().endswith("?") or inverted or (
        _ASKS.match(text) is not None and _SECOND_PERSON.search(text) is not None)


def _guest(body: str, first: tuple[int, int], people: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The person the first question addresses by name at its start ("X, vous …"), else the first person
    named on the last line before the first question that presents answers or an interview ("X était face
    à la presse. Ci-dessous ses réponses …", "Interview de X")."""
    addressed = next(((a, b) for a, b in people if a == first[0]), None)
    if addressed is not None and re.match(r"[ \t]*,", body[addressed[1]:]) and _SECOND_PERSON.search(body, *first):
        return addressed
    cues = list(_PRESENTS.finditer(body, 0, first[0]))
    if cues:
        line_start = body.rfind("\n", 0, cues[-1].start()) + 1
        line_end = body.find("\n", cues[-1].end())
        line_end = first[0] if line_end < 0 else min(line_end, first[0])
        named = [(a, b) for a, b in people if line_start <= a and b <= line_end]
        if named:
            return named[0]
    return None


def unlabelled_interview(body: str, people: Sequence[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    """The answers of an interview set with no labels, each the guest's words (`people`: the person
    mentions' spans; `taken`: spans already read as quotes, left as they are)."""
    paras = _paragraphs(body)
    asks = [_question(body[s:e]) for s, e in paras]
    pairs = sum(1 for i in range(len(paras) - 1) if asks[i] and not asks[i + 1])
    if pairs < 1:
        return []
    first = paras[asks.index(True)]
    guest = _guest(body, first, people)
    # a guest presented before takes two questions answered; one addressed by name in the question, one
    if guest is None or (pairs < 2 and guest[0] != first[0]):
        return []
    out: list[Found] = []
    for (s, e), ask in zip(paras, asks, strict=True):
        if s <= first[0] or ask:
            continue
        marked = _MARKED.fullmatch(body, s, e)
        if marked is not None:
            s, e = marked.start("q"), marked.end("q")
        if words(body[s:e]) < 4 or any(a < e and s < b for a, b in taken):
            continue
        out.append(Found(s, e, True, guest, s))
    return out
