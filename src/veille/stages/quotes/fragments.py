"""quotes@45 (quo42, issue 18): a quoted fragment inside a sentence that reports speech (French, English).

"Il a estimé que la croissance, révisée en baisse, « reste solide et à un niveau élevé »", "X a
promis l'ouverture d'une ambassade « quand les otages seront libérés »", "Il justifie cette décision
par la nécessité de faire face aux « défis sécuritaires sans précédent »": words in marks that no
incise, colon or "que" attributes, inside a sentence whose subject is a person (named in its first
words, or il/elle opening it) and whose verb between that subject and the marks reports speech.
They are the subject's words: a phrase of five words or more in marks is quoted speech, not a
label (labels, titles and scare quotes run one to four words; a work's title after its noun,
"le livre « … »", is none). No person subject, no verb of saying, or a mark opening the sentence:
nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from veille.stages.quotes.direct import Found
from veille.stages.quotes.lexicon import work_titles
from veille.stages.quotes.text import Marked

_MIN_WORDS = 5
# "pour" before the marks names what someone is charged with, judged or sentenced for ("poursuivi
# pour « … »", "mis en examen pour des « … »"): the code's wording of an offence
_PARTICIPLE = re.compile(r",\s+(?:en\s+)?[^\W\d_]+(?:ant|ing)\b")
_CHARGE = re.compile(r"(?<![\w'’-])pour\s+(?:(?:des|de|du|d['’]|un|une)\s*)?$", re.IGNORECASE)


def subject_fragments(body: str, sentences: list[tuple[int, int]], marks: list[Marked], taken: list[tuple[int, int]],
                      subject_of: Callable[[int, int], tuple[int, int] | None], saying: re.Pattern[str]
                      ) -> list[Found]:
    """`subject_of(s, e)`: the person (name or opening il/elle) subject of the sentence body[s:e];
    `saying`: a reporting verb form."""
    out: list[Found] = []
    titles = work_titles()
    for mk in marks:
        if mk.open_ended or any(a < mk.close and mk.open < b for a, b in taken):
            continue
        inner = body[mk.start:mk.close]
        if len(re.findall(r"[^\W\d_][\w'’-]*", inner)) < _MIN_WORDS or "\n" in inner:
            continue
        # a fragment goes on with the sentence, in lower case; a capital opens a title ("a publié « Les
        # Années sombres … »") or a whole sentence, which the incise and colon rules read
        if not inner.lstrip(" \t‘“\"'«")[:1].islower():
            continue
        sent = next(((s, e) for s, e in sentences if s <= mk.open < e), None)
        if sent is None or len(body[sent[0]:mk.open].split()) < 2:
            continue  # a mark that opens its sentence: the incise rules' reading
        if titles.search(body, sent[0], mk.open) is not None:
            continue  # 'le livre « … »': a work's title
        if _CHARGE.search(body, sent[0], mk.open) is not None:
            continue  # 'jugé pour des « violences … »': the legal wording of a charge, no one's speech
        subject = subject_of(*sent)
        if subject is None or subject[1] > mk.open:
            continue
        said = list(saying.finditer(body, subject[1], mk.open))
        if not said:
            continue
        # a participle after a comma between the verb and the marks takes them ("a publié un rapport,
        # traitant de « … »", "…, dealing with "…""): they are its object, not what was said
        if _PARTICIPLE.search(body, said[-1].end(), mk.open) is not None:
            continue
        out.append(Found(mk.open, mk.close + 1, True, subject, subject[0]))
    return out


def person_subject(sentence_subject: Callable[[Any], tuple[int, int] | None], sents: list[Any], body: str,
                   people: Callable[[int, int], list[tuple[int, int]]],
                   subject_person: Callable[..., tuple[int, int] | None]
                   ) -> Callable[[int, int], tuple[int, int] | None]:
    """The `subject_of` of `subject_fragments` from the parse's sentences."""
    by_start = {s.start_char: s for s in sents}

    def subject_of(s: int, e: int) -> tuple[int, int] | None:
        sent = by_start.get(s)
        span = sentence_subject(sent) if sent is not None else None
        return subject_person(body, span, people) if span is not None else None
    return subject_of
