"""The turns of French minutes (quo32): a council's or an assembly's record gives each speech a
paragraph opening with the speaker's civility and name, a full stop and a dash ("M. DUPONT. - Mesdames,
Messieurs …", "Mme la présidente. – …"), the convention of the Journal officiel's debates that
municipal and departmental records follow. The speech runs on over its paragraphs up to the next
such label; each paragraph of six words or more is one quote of the person the label names.

Two guards keep other texts out (fix29, from a review's probes): a record has turns, so a body with
one label is no minutes (a Journal officiel appointment "M. Jean Dupont. - Préfet de …, nommé …" is a
list, not speech, and its entries carry no first or second person either); and a speech is said in
person, so a turn ends at the first paragraph after its own first that has no first- or second-person
word ("je", "nous", "vous", …): the narrative a page adds after the last turn ("Le conseil a ensuite
adopté le budget …") is nobody's speech."""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import words

# a word of the first or second person, on casefolded text: the mark of speech in a record's turn
_IN_PERSON = re.compile(r"(?<![\w'’])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos|"
                        r"tu|te|t['’]|toi|ton|ta|tes)(?![\w'’])")

# a civility (M., Mme, Mlle, MM., Me for a lawyer), then the name or the title it takes ("M. le
# maire"), a full stop and a dash, at a line's start
_MINUTES_LABEL = re.compile(r"^[ \t]*(?P<label>(?:M|MM|Mme|Mmes|Mlle|Me)\.?[ \t]+[^\n.:;!?«»\"“”]{2,60}?)"
                            r"[ \t]*\.[ \t]*[-–—][ \t]+(?=\S)", re.MULTILINE)


def minutes_turns(body: str, people: Sequence[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    """Each paragraph of a turn after a minutes label, by the person the text types inside the label
    (else the label itself)."""
    labels = list(_MINUTES_LABEL.finditer(body))
    out: list[Found] = []
    if len(labels) < 2:
        return out
    for i, m in enumerate(labels):
        a, b = m.span("label")
        speaker = next(((s, e) for s, e in people if a <= s < e <= b), (a, b))
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        for para in re.finditer(r"[^\n]+", body[m.end():stop]):
            s = m.end() + para.start()
            text = para.group().rstrip()
            if not _IN_PERSON.search(text.casefold()):
                # a turn that does not open in person is no speech (an entry of a list); a later
                # paragraph without it ends the speech (what follows is the page's narrative)
                break
            e = s + len(text)
            if words(text) >= 6 and not any(x < e and s < y for x, y in taken):
                out.append(Found(s, e, True, speaker, m.start("label")))
    return out


# (quotes@35) a record's turn set as a line of its own: the speaker's name, their office after a comma
# or in brackets, and a colon ending the line ("Jeanne Martin, ministre déléguée :"), the speech in the
# paragraphs below it, as the assemblies' published debates and their web copies print them
# (quotes@36, fix29q) what only a sentence puts after the name, never an office: a relative pronoun
# or a finite verb (the auxiliaries and copulas a clause's verb group holds: "Jean Dupont, député du
# Lot, qui a voté contre :" is the page's sentence introducing a vote, not a speaker's label)
_CLAUSE_WORD = re.compile(r"(?<![\w'’])(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|"
                          r"a|ont|est|sont|était|étaient|avait|avaient|sera|seront|fut|va|vont|"
                          r"who|whom|whose|which|that|is|are|was|were|has|have|had|will|would)(?![\w'’])",
                          re.IGNORECASE)
# the person a speech opens in: the first anywhere in its opening paragraph, or the second in its
# first sentence (a speaker answering the one they address: "Vous pouvez répondre que …"); a "vous"
# only after a sentence of facts is the page addressing its readers ("Le texte a été adopté par 320
# voix contre 200. Vous trouverez le détail du scrutin …")
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?…](?=\s)|$)")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|i|my|we|us|our)(?![\w'’])")

_NAME_LINE = re.compile(r"^[ \t]*(?P<label>[^\n:«»\"“”]{2,200}?)[ \t]*:[ \t]*$", re.MULTILINE)


def labelled_speeches(body: str, people: Sequence[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    """Each paragraph of a speech under a line that is a typed person's name (with their office after
    a comma or in brackets, no clause: no relative pronoun nor finite verb) and a colon, by that
    person. The speech is said in person: it opens with a paragraph in the first person, or in the
    second from its first sentence, and ends at the first paragraph in neither (or at the next such
    line) (quotes@36)."""
    out: list[Found] = []
    lines = [m for m in _NAME_LINE.finditer(body)
             if any(s == m.start("label") and (e == m.end("label") or body[e] in ",(")
                    and not _CLAUSE_WORD.search(body, e, m.end("label")) for s, e in people)]
    for i, m in enumerate(lines):
        a = m.start("label")
        speaker = next((s, e) for s, e in people if s == a)
        stop = lines[i + 1].start() if i + 1 < len(lines) else len(body)
        opened = False
        for para in re.finditer(r"[^\n]+", body[m.end():stop]):
            s = m.end() + para.start()
            text = para.group().rstrip()
            if not text.strip():
                continue
            # (quotes@36) the opening paragraph in the first person (or the second from its first
            # sentence), the next ones in the first or second
            folded = text.casefold()
            first = _FIRST_SENTENCE.match(folded)
            if not (_IN_PERSON.search(folded) if opened else _FIRST_PERSON.search(folded) or
                    _IN_PERSON.search(first.group() if first else folded)):
                break
            opened = True
            e = s + len(text)
            if words(text) >= 6 and not any(x < e and s < y for x, y in taken):
                out.append(Found(s, e, True, speaker, a))
    return out

# (quotes@38) the words that say a text is said in person, for `narration`
IN_PERSON = _IN_PERSON
