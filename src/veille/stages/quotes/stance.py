"""quotes@23: a person's sentence right before a quote with no attribution of its own.

News sets a quote after a sentence about its speaker that reports no speech, or reports it with
a long complement no introduction rule reads as one ("Anna Kim, however, disagreed. "It is a
bad deal."", "Le maire, lui, se montre plus prudent. « … »", "La ministre a particulièrement
insisté sur la baisse du chômage. « … »"): the quote is that person's. Two uses:

- `stance`: after an attributed quote, such a sentence hands the next bare quote to its subject
  (quotes@20 did it for a sentence with a reporting verb only);
- `quote_paragraphs`: with no attributed quote before it, a quote that is a paragraph (or the
  rest of one) of whole sentences right after such a sentence is found, by that subject.

A long sentence about someone with no reporting verb ("Jones was elected in 2019 after a campaign
that …") narrates instead: no quote goes to that person from it, and a quote after it keeps the
earlier speaker. A person named after the verb ("He thanked Anna Kim.") is no subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.stages.quotes.direct import Found
from veille.stages.quotes.text import marked_spans, sentence_end, sentence_start

# the most words in a sentence of stance (`stance`): "Anna Kim, the union's representative at
# the plant, was far less optimistic." has twelve
STANCE_WORDS = 12
# a stance's predicate: a verb, a copula and an adjective with its adverbs ("se montre bien plus
# prudente", "was far less optimistic"); an article or a preposition opens an object or an
# adverbial, which makes the sentence an action the text narrates
_PREDICATE_WORDS = 5
_PHRASE_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "in", "on", "at", "to",
                           "for", "with", "from", "by", "of", "about", "le", "la", "les", "un", "une", "des", "du",
                           "de", "au", "aux", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "en", "dans",
                           "à", "pour", "avec", "sur", "par", "contre"})
# an aside set off by commas at the predicate's start ("Anna Kim, however, disagreed", "X, lui, …")
_ASIDES = re.compile(r"^\s*,[^,]{1,30},")
# the most words before the subject's person in its sentence ("Labour minister Anna Kim", "De
# son côté, la ministre Anna Kim"): further in, the name is in the predicate
_SUBJECT_LEAD = 6
# a subject pronoun before the name: the name is the object ("He thanked Anna Kim")
_SINGULAR = frozenset({"il", "elle", "he", "she"})
_PRONOUN = re.compile(r"(?i)(?<![\w-])(?:he|she|they|we|i|il|elle|ils|elles|on|nous|je)(?![\w-])")


# a French subject set off by its tonic pronoun at a sentence's start ("Marc Lenoir, lui, reste
# sceptique", "La ministre, elle, …"), which the parser may leave with no subject at all
# a preposition before a name: the name is a complement ("Le fils de Marc Lenoir", "the son of")
_COMPLEMENT = re.compile(r"(?<![\w-])(?:de|du|des|d['’]|à|au|aux|avec|pour|selon|of|for|with|to|from|by)(?![\w-])",
                         re.IGNORECASE)
_TONIC = re.compile(r"[^,.;:«»“”\"\n]{2,80}?,\s*(?:lui|elle|eux|elles)(?:-mêmes?)?\s*,")


def tonic_subjects(body: str, sentences: list[tuple[int, int]], subjects: list[tuple[int, int]],
                   people: Callable[[int, int], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The person before a tonic pronoun that opens a sentence whose subject the parse did not
    find there: the sentence's subject."""
    out = []
    for s, _ in sentences:
        m = _TONIC.match(body, s)
        if m is None or any(s <= a < m.end() for a, _ in subjects):
            continue
        # the name right before the comma, not in a complement ("Le fils de Marc Lenoir, lui, …")
        named = [p for p in people(s, m.end()) if body[p[1]:m.end()].lstrip().startswith(",")
                 and not _COMPLEMENT.search(body, s, p[0])]
        if named:
            out.append(named[0])
    return out


def stance(body: str, subject: tuple[int, int]) -> bool:
    """Whether the sentence of `subject` sets out a stance: short, and its predicate an attitude
    with no object or adverbial ("disagreed", "was far less optimistic", "reste sceptique"), not
    an action ("visited the camp in June", "a salué l'accord": quotes@20's near misses)."""
    end = sentence_end(body, subject[1])
    if len(body[sentence_start(body, subject[0]):end].split()) > STANCE_WORDS:
        return False
    predicate = _ASIDES.sub(" ", body[subject[1]:end]).strip(" \t.!?;:")
    words = predicate.casefold().split()
    return 0 < len(words) <= _PREDICATE_WORDS and not any(w in _PHRASE_WORDS or "'" in w or "’" in w
                                                        for w in words)


def subject_person(body: str, subject: tuple[int, int], people: Callable[[int, int], list[tuple[int, int]]]
                   ) -> tuple[int, int] | None:
    """The person a sentence subject names in the sentence's first words, with no pronoun before it."""
    first = sentence_start(body, subject[0])
    if body[subject[0]:subject[1]].casefold() in ("il", "elle", "lui"):
        # a name set off before the subject pronoun ("Anna Kim, elle, se montre plus prudente")
        subject = (first, subject[1]) if re.fullmatch(r"[^,]+,\s*", body[first:subject[0]]) else subject
    if body[subject[0]:subject[1]].casefold() in _SINGULAR and subject[0] == first:
        return subject  # "Il a particulièrement insisté sur …": the pronoun, resolved as any other
    for s, e in people(subject[0], subject[1]):
        lead = body[first:s]
        if len(lead.split()) <= _SUBJECT_LEAD and _PRONOUN.search(lead) is None and _COMPLEMENT.search(lead) is None:
            return s, e
    return None


_BULLET = re.compile(r"[ \t]*[-•*–—][ \t]*")


def _above_bullets(body: str, mark: int) -> tuple[str, int] | None:
    """The text before the mark at `mark`, less the bullet that opens its line and the bulleted
    quotes above it, and where that list starts; None where a bullet line above holds anything
    else (a list of prose items)."""
    line = body.rfind("\n", 0, mark) + 1
    if not _BULLET.fullmatch(body, line, mark):
        return body[:mark].rstrip(), mark
    above = body[:max(0, line - 1)].rstrip()
    while True:
        start = above.rfind("\n") + 1
        if not _BULLET.match(above, start):
            return above, line
        if not re.match(r"[ \t]*[-•*–—][ \t]*[«“\"]", above[start:]):
            return None
        line = start
        above = body[:max(0, start - 1)].rstrip()


def quote_paragraphs(body: str, subjects: list[tuple[int, int]], taken: list[tuple[int, int]],
                     people: Callable[[int, int], list[tuple[int, int]]],
                     reporting: re.Pattern[str]) -> list[Found]:
    """Quotes in marks of whole sentences that end their paragraph, with no attribution found,
    right after a sentence whose subject is a person: a short one, or one with a reporting verb."""
    out: list[Found] = []
    for mk in marked_spans(body):
        if any(a < mk.end and mk.start < b for a, b in taken):
            continue
        content = body[mk.start:mk.end].strip()
        line_end = body.find("\n", mk.close)
        rest = body[mk.close + 1:line_end if line_end >= 0 else len(body)]
        whole = (content[:1].isupper() or content[:1].isdigit()) and content[-1:] in ".!?…"
        above = _above_bullets(body, mk.open)
        # the sentence before ends with a full stop, in the same paragraph or the one right above
        # (over a list of such quotes, one a line: "X a détaillé ses revendications. - « … »")
        if above is None or len(content.split()) < 4 or not whole or rest.strip(" \t.") \
                or not above[0].endswith(".") or body[len(above[0]):above[1]].count("\n") > 2:
            continue
        before = above[0]
        last = len(before) - 1
        first = sentence_start(body, last)
        if re.search(r"[«»“”\"]", body[first:last]):
            continue  # a sentence that quotes is read by the rules for marks
        for subject in subjects:
            if not first <= subject[0] < last:
                continue
            person = subject_person(body, subject, people)
            if person is None:
                continue
            short = stance(body, person)
            if short or reporting.search(body, person[1], last) is not None:
                out.append(Found(mk.start, mk.end, True, person, mk.open))
            break
    return out


# (quotes@44) the next sentence starts on the quote's own line, right after its closing mark
_NEXT_SENTENCE = re.compile(r"[ \t]*[.!?…]?[ \t]+(?=[A-ZÀ-ÖØ-Þ])")


def _own_statement(body: str, start: int, end: int, reporting: re.Pattern[str], lang: str) -> bool:
    """Whether the sentence body[start:end] reports a statement of its own: a reporting verb, which
    in French reports only with "que" or a colon after it ("a prévenu que …"; "à l'heure de prendre
    la parole" reports nothing)."""
    verb = reporting.search(body, start, end)
    if verb is None:
        return False
    return lang != "fr" or re.search(r"(?<![\w-])(?:que|qu['’])|:", body[verb.end():end]) is not None


def quote_before_subject(body: str, taken: list[tuple[int, int]],
                         people: Callable[[int, int], list[tuple[int, int]]],
                         subject: Callable[[int, int], bool] | None, reporting: re.Pattern[str],
                         lang: str) -> list[Found]:
    """(quotes@44, quo41) A paragraph that opens with a quote in marks of whole sentences, with no
    attribution found, and goes on with a sentence whose subject is a person named in its first
    words ("« On n'est pas là pour recevoir une médaille. » Me Jane Doe ne s'est pas cachée …",
    '"We are not here for a medal." Jane Doe did not hide …'): news opens on the words, then names
    who said them; the quote is that person's. `subject(start, end)`: the parse makes the name the
    sentence's subject (French), where a parse is read. Not where the next sentence quotes words of
    its own (a question, then its answer) or reports a statement of its own ('"…" Anna Kim said the team
    was ready'), nor a phrase inside a sentence."""
    out: list[Found] = []
    for mk in marked_spans(body):
        if mk.open_ended or any(a < mk.end and mk.start < b for a, b in taken):
            continue
        line = body.rfind("\n", 0, mk.open) + 1
        if body[line:mk.open].strip(" \t-–—•"):
            continue  # a phrase inside a sentence, or after a label
        content = body[mk.start:mk.end].strip()
        after = _NEXT_SENTENCE.match(body, mk.close + 1)
        ended = content[-1:] in ".!?…" or body[mk.close + 1:mk.close + 2] in (".", "!", "?")
        if after is None or not ended or not (content[:1].isupper() or content[:1].isdigit()) \
                or len(content.split()) < 4:
            continue
        start = after.end()
        end = sentence_end(body, start)
        if re.search(r"[«“\"]", body[start:end]) or _own_statement(body, start, end, reporting, lang):
            continue
        person = subject_person(body, (start, end), people)
        if person is None or (subject is not None and not subject(*person)):
            continue
        out.append(Found(mk.start, mk.end, True, person, person[0]))
    return out


# (quotes@44) a relative pronoun right before the opening mark, after a comma: ", who “…”", ", qui « … »"
_RELATIVE_MARK = re.compile(r",\s*(?:who|qui)\s*$")
# the first person singular: the words are the speaker's own ("who “watched me throw away …”")
_FIRST_PERSON = {"en": re.compile(r"(?<![\w'’-])(?:I|me|my|myself|mine)(?![\w-])"),
                 "fr": re.compile(r"(?<![\w'’-])(?:je|j['’]|me|m['’]|moi|mon|ma|mes)(?![\w-])", re.IGNORECASE)}


def first_person_relatives(body: str, lang: str, taken: list[tuple[int, int]], subjects: list[tuple[int, int]]
                           ) -> list[Found]:
    """(quotes@44, quo41) A quote in marks that a relative pronoun opens after a comma ("He
    apologized to his employees, who “watched me throw away everything”"): the marks set off the
    words of the sentence's subject, whom the first person inside them names ("me"); the speaker is
    the subject of the clause before the relative (`subjects`: the sentences' subjects). Without a
    first person the relative clause is the writer's, words in marks or not ("He thanked the nurses,
    who “worked day and night”": no quote)."""
    out: list[Found] = []
    for mk in marked_spans(body):
        if mk.open_ended or any(a < mk.end and mk.start < b for a, b in taken):
            continue
        relative = _RELATIVE_MARK.search(body, max(0, mk.open - 12), mk.open)
        content = body[mk.start:mk.end]
        if relative is None or len(content.split()) < 4 or not _FIRST_PERSON[lang].search(content):
            continue
        first = sentence_start(body, relative.start())
        subject = next((s for s in subjects if first <= s[0] < relative.start()), None)
        if subject is not None:
            out.append(Found(mk.start, mk.end, True, subject, mk.open))
    return out
