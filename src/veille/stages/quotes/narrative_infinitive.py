"""(quotes@47) The French narrative infinitive ("infinitif de narration": Grevisse and Goosse, Le Bon
usage, § 901 c): a clause opened by "Et", whose subject is followed by "de" and an infinitive, tells an
act as a finite main verb would ("Et le public d'applaudir"). With a reporting verb its subject is the
speaker, and what the verb reports follows as after any reporting verb: a colon before a quote in marks
("Et le maire d'ajouter : « … »"), a clause after "que" ("Et le journal de rappeler que …"), or a quote
in marks right after "que"; an aside between commas may come before either ("Et X de rappeler, dans un
communiqué, que …"). The parse reads such a sentence as a verbless one (the infinitive hangs on the noun),
so no other rule finds it.

The infinitive must be one of the lexicon's French reporting verbs (`QuoteLexicon.fr_verbs`, lemmas from
Verb∃net and French grammars' lists, `data/quotes/reporting_verbs.json`): "Et le maire de partir" or
"Et la ville de se transformer" report nothing. The construction opens its sentence ("Et" with a capital
after a sentence's end or at a paragraph's start); a subject pronoun cannot stand in it ("Et il de …" is
no French), nor can an adverb or a preposition ("Et pourtant", "Et de deux")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from veille.stages.quotes.text import sentence_end

# the subject: up to eight words, no punctuation but apostrophes and hyphens, not a pronoun, an adverb or
# a preposition; then "de"/"d'", an optional object clitic ("de lui rappeler", "de s'interroger"), the
# infinitive, an optional aside between commas, and what introduces the report
_NOT_SUBJECT = (r"(?!(?:il|elle|ils|elles|on|ce|ça|cela|ceci|puis|pourtant|pour|si|quand|comme|de|des|du|d['’]|"
                r"en|à|au|aux|dans|sur|avec|sans|par|ensuite|enfin|alors|même|aussi|voilà|voici|surtout|donc|"
                r"maintenant|encore|là|c['’]est|cette\s+fois)(?![\w'’-]))")
_FRAME = re.compile(
    rf"Et\s+(?P<spk>{_NOT_SUBJECT}[^\s,;:.!?«»“”\"()\[\]\n][^,;:.!?«»“”\"()\[\]\n]{{0,80}}?)"
    r"\s+(?:de\s+|d['’]\s*)(?:(?:lui|leur|nous|vous|se|me|les)\s+|[sm]['’]\s*)?"
    r"(?P<verb>[a-zàâçéèêëîïôûùüÿœ]+)(?![\w'’-])"
    r"(?:\s*,[^,;:.!?«»“”\"\n]{1,80},)?\s*(?P<how>:|que(?![\w'’-])|qu['’])\s*")

_OPENS = re.compile(r"[«“\"]")


@dataclass(frozen=True)
class Frame:
    speaker: tuple[int, int]  # the subject phrase
    verb: int  # where the infinitive starts (the quote's anchor)
    end: int  # where what it reports starts
    colon: bool  # a colon introduces it (else "que")


def _opens_sentence(body: str, at: int) -> bool:
    before = body[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?…»”\")"


def frames(body: str, start: int, end: int, verbs: frozenset[str]) -> Iterator[Frame]:
    """Each narrative infinitive with a reporting verb that opens a sentence in body[start:end]."""
    for m in _FRAME.finditer(body, start, end):
        if not _opens_sentence(body, m.start()) or m.group("verb") not in verbs \
                or len(m.group("spk").split()) > 8:
            continue
        yield Frame(m.span("spk"), m.start("verb"), m.end(), m.group("how") == ":")


def narrative_intro(body: str, mk: int, start: int, verbs: frozenset[str]) -> tuple[tuple[int, int], int] | None:
    """(speaker, anchor) of a narrative infinitive in the sentence from `start` that introduces the quote in
    marks opening at `mk` ("Et X d'ajouter : « … »", "Et X de rappeler que « … »")."""
    for f in frames(body, start, mk + 1, verbs):
        if f.end == mk:
            return f.speaker, f.verb
    return None


def narrative_reports(body: str, verbs: frozenset[str]) -> list[tuple[int, int, tuple[int, int], int]]:
    """The clauses narrative infinitives report with "que" and no mark ("Et le journal de rappeler qu'il a
    …"): (start, end, speaker, anchor), each up to its sentence's end, the subject its speaker. A quote in
    marks after the frame is `narrative_intro`'s."""
    out = []
    for f in frames(body, 0, len(body), verbs):
        if f.colon or _OPENS.match(body, f.end):
            continue
        stop = sentence_end(body, f.end)
        if len(body[f.end:stop].split()) >= 4:
            out.append((f.end, stop, f.speaker, f.verb))
    return out
