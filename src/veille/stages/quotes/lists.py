"""Statements listed one a line with no quotation marks under a line that reports speech and ends
with a colon ("X a déclaré :" then "- Nous allons …"): each item is the speaker's (issue 18).
Items in marks are `direct.marked_quotes`' (`_intro_above`). Also an interview's answers after a
label that names the person ("Marc Dufresne : …", quotes@16)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

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
# (quotes@27) French transcripts set the label off with ".-" instead ("R.- En fait, …", "F. Laborde.- …")
# (quotes@35) or with a dash and a space, set close to the label or not, as the press prints an
# interview's turns ("Le Monde- Quelle analyse … ?", "Jean Dupont – Le premier tour a montré …"); a
# hyphen inside a word (a compound name) has no space after it
_TURN = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][\w.'’&-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’&-]*){0,3})"
                   r"(?:[ \t]*:[ \t]+|\.-[ \t]*|[ \t]*[-–—][ \t]+)(?P<text>\S[^\n]*)$", re.MULTILINE)


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


def _interviewee(body: str, before: int, person: Callable[[int, int], bool],
                 labels: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The person the text presents as interviewed before `before`: the longest end of the name
    after "interview with" that is a person's name ("Premier Jennifer Smith": "Jennifer Smith");
    failing that (quotes@27), the first person named before the first answer outside the turns'
    labels: the host's opening turn greets or presents the guest ("F. Laborde.- Avec F. Amara, ce
    matin, …", "Bonjour Jane Doe")."""
    for m in _INTERVIEWEE.finditer(body, 0, before):
        a, b = m.span("name")
        starts = [a] + [a + k.end() for k in re.finditer(r"[ \t]+", body[a:b])]
        for s0 in starts:
            if body[s0:s0 + 1].isupper() and person(s0, b):
                return s0, b
    if not labels:  # the fallback reads the turns' text, so it needs their labels
        return None
    for m in _NAME.finditer(body, 0, before):
        a, b = m.span()
        if any(la <= a < lb for la, lb in labels):
            continue
        starts = [a] + [a + k.end() for k in re.finditer(r"[ \t]+", body[a:b])]
        for s0 in starts:
            # an initial and a surname is a person's name by its form ("F. Amara"), typed or not
            if person(s0, b) or _INITIAL_NAME.fullmatch(body, s0, b):
                return s0, b
    return None


_INITIAL_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ]\.[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+")


# a capitalised name of one to four words, initials allowed ("F. Amara", "Jane Doe")
_NAME = re.compile(r"(?<![\w.])(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?[ \t]+){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]+")


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
    first_answer = next((t.start() for t, k in zip(turns, kinds, strict=True) if k in _ANSWER_LABELS), 0)
    interviewee = None
    if questions and answers >= 2:
        interviewee = _interviewee(body, questions[0].start(), person) or \
            _interviewee(body, first_answer, person, [t.span("label") for t in turns])
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


# quotes@27: a broadcast transcript puts each speaker's name on a line of its own, in capitals, above
# what they said ("SONIA MABROUK" / "Bienvenue sur Europe 1 …" / "AMELIE DE MONTCHALIN" / "Bonjour.")
_LABEL_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){1,4})[ \t]*$", re.MULTILINE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.casefold().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def label_lines(body: str, lang: str, people: Sequence[tuple[int, int]],
                taken: list[tuple[int, int]]) -> list[Found]:
    """A transcript whose turns open with the speaker's name alone on a line in capitals: each
    paragraph up to the next label is the words of the person the label names. It takes two labels
    that come back (a dialogue, not one heading in capitals), one of them a name the text types as
    a person (`people`, its mentions' spans, compared without case or accents: "AMELIE DE
    MONTCHALIN" is "Amélie de MONTCHALIN") or names in its running text; only such a label's turns
    are quotes. A question, a paragraph in marks and one of under four words give none."""
    labels = list(_LABEL_LINE.finditer(body))
    # a label is a person's name where the text types it as one, or names it in running text too,
    # as a host greets the guest ("bonjour Amélie de MONTCHALIN")
    prose = _fold(_LABEL_LINE.sub("", body))
    typed = {_fold(body[a:b]): (a, b) for a, b in people}
    known = set(typed) | {k for k in (_fold(m.group("label")) for m in labels)
                                          if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", prose)}
    counts = Counter(_fold(m.group("label")) for m in labels)
    # the host's name may be one the text never types (said only in capitals): their turns give none
    if sum(n >= 2 for n in counts.values()) < 2 or not any(n >= 2 and k in known for k, n in counts.items()):
        return []
    counts = Counter({k: n for k, n in counts.items() if k in known})
    out: list[Found] = []
    starts = [m.start() for m in labels] + [len(body)]
    for i, m in enumerate(labels):
        if _fold(m.group("label")) not in counts:
            continue
        for para in re.finditer(r"^[ \t]*(?P<p>\S[^\n]*)$", body[:starts[i + 1]], re.MULTILINE):
            ps = para.start("p")
            pe = ps + len(para.group("p").rstrip())
            text = body[ps:pe]
            if ps <= m.end() or words(text) < 4 or text.endswith("?") or re.match(r"[«“\"]", text) \
                    or any(a < pe and ps < b for a, b in taken if not (ps <= a and b <= pe)):
                continue
            # the speaker is where the text types the name, if it does: its entity, not the capitals
            out.append(Found(ps, pe, True, typed.get(_fold(m.group("label")), m.span("label")), m.start("label")))
    return out


# quotes@28: a press-conference transcript runs its turns on in one paragraph, each after a label in
# capitals and a colon that follows a sentence's end ("… all season. THE MODERATOR: Questions? Q. Coach,
# can you …? COACH HARMON: You know, …"); "Q." opens a reporter's question
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
_INLINE_LABEL = re.compile(rf"(?P<label>(?<![\w'’.-]){_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}):[ \t]+(?=\S)")
_INLINE_QUESTION = re.compile(r"(?<![\w'’.-])Q[.:][ \t]+(?=[A-ZÀ-ÖØ-Þ])")


# the words that open a label that is no person: an article before a role ("THE MODERATOR", "LE
# PRÉSIDENT") and the links and notes of a web page ("READ MORE", "SEE ALSO", "LIRE AUSSI", "EDITOR'S
# NOTE", "MISE À JOUR")
_FURNITURE = frozenset({"the", "a", "an", "le", "la", "les", "l'", "un", "une", "read", "see", "watch", "related",
                        "more", "also", "editor's", "editor’s", "note", "update", "updated", "lire", "voir", "aussi",
                        "mise", "à", "photo", "video", "vidéo", "source", "sources", "credit", "crédit"})


def _furniture(label: list[str]) -> bool:
    return any(w.casefold() in _FURNITURE for w in label)


def _after_sentence(body: str, at: int) -> bool:
    """Whether `at` opens a line or follows a sentence's end (a label, not a word in a sentence)."""
    before = body[:at].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in ".?!…\"”»|"


def inline_labels(body: str, people: Sequence[tuple[int, int]], taken: list[tuple[int, int]],
                  titles: frozenset[str] = frozenset(),
                  given_name: Callable[[str], bool] = lambda w: False) -> list[Found]:
    """Each turn after a label in capitals is the words of the person the label names. It takes a
    label that comes back (a dialogue, not a heading "UPDATE: …"), then any label of two words or
    more, and the turn's next lines up to a blank line (quotes@28, quo27); a question, a turn under six
    words and a label with no letter in lower case anywhere in the text's turns give none. The
    speaker is the person the text types with the label's name (its last words: "COACH HARMON"
    is "Harmon"), else the label itself. Only a label that names a person gives turns: its words (or
    its last words) are a person the text types, or a title word (`titles`, casefolded) or a given
    name (`given_name`: one that marks a sex in entities' given_names.json, whose names of either sex
    hold common words: "Read", "See") opens it before a name ("COACH HARMON", "JACK DORSEY"), or,
    once one label of the text names a person, it has two words or more and no article or link word
    (quo32: "KWAMAIN MITCHELL", a given name no list marks for a sex);
    "UPDATE:" twice in a live blog or "READ MORE:" only bound the turns around them (quotes@31)."""
    labels = [m for m in _INLINE_LABEL.finditer(body) if _after_sentence(body, m.start())]
    counts = Counter(_fold(m.group("label")) for m in labels)
    if not labels or max(counts.values()) < 2:
        return []
    bounds = sorted([(m.start(), m.end(), m) for m in labels] +
                    [(q.start(), q.end(), None) for q in _INLINE_QUESTION.finditer(body)
                     if _after_sentence(body, q.start())], key=lambda t: t[0])
    typed = {_fold(body[a:b]): (a, b) for a, b in people}

    def named_of(label: list[str]) -> tuple[int, int] | None:
        return next((typed[k] for n in range(len(label)) if (k := _fold(" ".join(label[n:]))) in typed), None)

    def personal(label: list[str]) -> bool:
        return named_of(label) is not None or (len(label) >= 2 and (label[0].casefold().strip(".") in titles
                                                                    or given_name(label[0])))
    # quo32: a transcript whose labels name persons names a person in each label of the same shape,
    # two to four words with no article before them ("BRIAN CONKLIN: …" three times, then "KWAMAIN
    # MITCHELL: …", a given name no list marks for a sex); a role ("THE MODERATOR") and a link
    # ("READ MORE", `_FURNITURE`) stay out
    transcript = any(personal(m.group("label").split()) for m in labels)
    out: list[Found] = []
    for i, (_start, end, m) in enumerate(bounds):
        # (quotes@28, quo27) once a label comes back the text is a transcript, and a label of two
        # words or more that speaks once is a turn too (a player asked one question: "KWAMAIN
        # MITCHELL: …"); a one-word label that never comes back may be a heading ("UPDATE: …")
        if m is None or (counts[_fold(m.group("label"))] < 2 and len(m.group("label").split()) < 2):
            continue
        stop = bounds[i + 1][0] if i + 1 < len(bounds) else len(body)
        label = m.group("label").split()
        named = named_of(label)
        if not personal(label) and not (transcript and len(label) >= 2 and not _furniture(label)):
            continue  # no person: a live blog's "UPDATE:", a "READ MORE:" link
        speaker = named or m.span("label")
        # the turn is its line, then each line after it up to a blank line or the next label: the
        # same answer's next paragraphs, one quote each
        at = end
        while at < stop:
            line_end = body.find("\n", at)
            cut = min(stop, line_end if line_end >= 0 else len(body))
            text = body[at:cut].rstrip()
            s, e = at, at + len(text)
            if not text.strip():
                break
            if words(text) >= 6 and not text.endswith("?") and not re.match(r"[«“\"]", text) \
                    and not any(a < e and s < b for a, b in taken):
                out.append(Found(s, e, True, speaker, m.start("label")))
            at = cut + 1
    return out
