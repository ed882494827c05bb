"""Statements listed one a line with no quotation marks under a line that reports speech and ends
with a colon ("X a déclaré :" then "- Nous allons …"): each item is the speaker's (issue 18).
Items in marks are `direct.marked_quotes`' (`_intro_above`). Also an interview's answers after a
label that names the person ("Marc Dufresne : …", quotes@16)."""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import words
from veille.stages.quotes.introductions import intro
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import finite_clause

# a finite verb or a subject pronoun: what makes a listed item a statement, not a noun phrase
# ("- hausse du SMIC de 2 %" is a measure listed, "- Nous baisserons les impôts." a statement)
_FR_FINITE = re.compile(r"(?<![\w'’])(?:je|j['’]|nous|on|il|elle|ils|elles|c['’]est|est|sont|sera|seront|était|"
                        r"va|vont|a|ont|avons|doit|doivent|devons|faut|peut|peuvent|pouvons|allons|sommes)(?![\w-])",
                        re.IGNORECASE)


def _sentence(item: str, lang: str) -> bool:
    """A listed item that is a sentence: a capital, a subject and a finite verb."""
    if not item[:1].isupper():
        return False
    if lang == "en":
        return finite_clause(item) or re.match(r"(?:I|We|You)\s", item) is not None
    return _FR_FINITE.search(item) is not None


_BULLET = re.compile(r"[ \t]*[-•*–—▪►][ \t]+")


def bulleted(body: str, lang: str, lex: QuoteLexicon, taken: list[tuple[int, int]]) -> list[Found]:
    """Each listed statement under a reporting line, by that line's speaker; a list under a line
    that reports nothing is no one's words, and a noun phrase listed is a measure, not a statement."""
    out: list[Found] = []
    pos = 0
    lines = body.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k].rstrip()
        if not line.endswith(":") or k + 1 >= len(lines) or not _BULLET.match(lines[k + 1]):
            k += 1
            continue
        head = intro(body, offsets[k] + len(line), lang, lex)
        j = k + 1
        while j < len(lines) and (m := _BULLET.match(lines[j])):
            s = offsets[j] + m.end()
            e = offsets[j] + len(lines[j].rstrip())
            item = body[s:e]
            if head is not None and words(item) >= 4 and _sentence(item, lang) and not re.search(r"[«»“”\"]", item) \
                    and not any(a < e and s < b for a, b in taken):
                out.append(Found(s, e, True, head[0], head[1]))
            j += 1
        k = j
    return out


# an interview's turn: a short capitalised label, a colon, what that person or outlet said
# ("Marc Dufresne : Je travaille ici depuis vingt ans …", "G : Que demandez-vous ?")
_TURN = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][\w.'’&-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’&-]*){0,3})"
                   r"[ \t]*:[ \t]+(?P<text>\S[^\n]*)$", re.MULTILINE)


# quotes@25: a transcript labels its turns by role, not by name ("Q: … / A: …", "Question : … /
# Réponse : …", "Interviewer: … / Answer: …"): an answer is the words of the person the text presents
# as interviewed, before the first question ("Interview with Premier X", "entretien avec X",
# "X a répondu à nos questions"); the questions are the outlet's, no quote
_QUESTION_LABELS = frozenset({"q", "q.", "question", "questions", "interviewer", "journaliste", "journalist"})
_ANSWER_LABELS = frozenset({"a", "a.", "r", "r.", "answer", "réponse", "reponse"})
_INTERVIEWEE = re.compile(
    r"(?:\b(?:interview|interviewed|conversation|Q\s?&\s?A|entretien|interview|questions)\s+(?:with|avec|de|d['’]|à|to)\s+"
    r"|\b(?:interviewe[dr]?|interrogée?)\s+)"
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*[ \t]+){0,4}[A-ZÀ-ÖØ-Þ][\w'’-]*)", re.IGNORECASE)


def _interviewee(body: str, before: int, person: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The person the text presents as interviewed before `before`: the longest end of the name
    after "interview with" that is a person's name ("Premier Jennifer Smith": "Jennifer Smith")."""
    for m in _INTERVIEWEE.finditer(body, 0, before):
        a, b = m.span("name")
        starts = [a] + [a + k.end() for k in re.finditer(r"[ \t]+", body[a:b])]
        for s0 in starts:
            if body[s0:s0 + 1].isupper() and person(s0, b):
                return s0, b
    return None


def interview_turns(body: str, lang: str, person: Callable[[int, int], bool],
                    taken: list[tuple[int, int]]) -> list[Found]:
    """An interview in question-and-answer form: each answer after a label that names a person
    (`person(start, end)`: the label is a person's name) is that person's words. It takes two
    labelled turns at least (a dialogue, not a heading "Vote de confiance : …"); a question (ending
    with "?"), a turn in marks (the marks are the quote), a turn that is no sentence (a team's
    player ratings: "Liverpool: Kelleher (8), …") and a label naming no person (the outlet,
    initials) give none."""
    turns = list(_TURN.finditer(body))
    if len(turns) < 2:
        return []
    kinds = [t.group("label").casefold() for t in turns]
    questions = [t for t, k in zip(turns, kinds, strict=True) if k in _QUESTION_LABELS]
    answers = sum(k in _ANSWER_LABELS for k in kinds)
    interviewee = _interviewee(body, questions[0].start(), person) if questions and answers >= 2 else None
    out: list[Found] = []
    for i, (t, kind) in enumerate(zip(turns, kinds, strict=True)):
        s, e = t.start("text"), t.end("text")
        text = body[s:e].rstrip()
        by_role = kind in _ANSWER_LABELS and interviewee is not None
        # an answer under a role label is speech by its label: a short one need not be a clause
        if words(text) < (4 if by_role else 6) or text.endswith("?") or re.match(r"[«“\"]", text) \
                or any(a < e and s < b for a, b in taken if not (s <= a and b <= e)):
            continue
        if by_role and interviewee is not None:
            out.append(Found(s, s + len(text), True, interviewee, t.start("label")))
            # the answer goes on over paragraphs with no label, up to the next turn
            nxt = turns[i + 1].start() if i + 1 < len(turns) else len(body)
            for para in re.finditer(r"^[ \t]*(?P<p>\S[^\n]*)$", body[:nxt], re.MULTILINE):
                ps, pe = para.start("p"), para.start("p") + len(para.group("p").rstrip())
                if ps > e and words(body[ps:pe]) >= 4 and not body[ps:pe].endswith("?") and \
                        not any(a < pe and ps < b for a, b in taken):
                    out.append(Found(ps, pe, True, interviewee, ps, continues=True))
            continue
        if not _sentence(text, lang) or not person(*t.span("label")):
            continue
        out.append(Found(s, s + len(text), True, t.span("label"), t.start("label")))
    return out
