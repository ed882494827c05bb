"""Quotes framed by the paragraphs around them.

- A quote over several paragraphs: English and French news reopen the mark at each paragraph and
  close it only at the last, where the attribution usually stands ('“A …' / '“B …' / '“C …,” the
  minister said.'). `direct.marked_quotes` gives a paragraph that runs on to the speaker of the
  quote before it; the paragraphs of a run that no earlier quote introduces are the speaker's of
  the attributed paragraph that ends the run.
- "In X's words: « … »" (`text.words_of`): a phrase that names the speaker of the quote after
  it with no reporting verb.
- A quote that opens its paragraph, a sentence of its own with no attribution, right before a
  sentence whose subject is a person the text names ("« … » Me Lionel Moroni ne s'est pas caché …",
  "« … ». Jean Dupont, délégué syndical, …"): that person's words (quotes@39).
- A reporting clause between commas inside the sentence it reports ("What is needed, she said,
  is …", "Le problème, estime-t-il, c'est la dette"): the sentence is its speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.stages.quotes.direct import Found
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import Marked, marked_spans


def _opens_paragraph(body: str, mk: Marked) -> bool:
    line_start = body.rfind("\n", 0, mk.open) + 1
    return body[line_start:mk.open].strip() == ""


def leading_paragraphs(body: str, found: list[Found]) -> list[Found]:
    """The paragraphs of a run of open-ended quotes that no rule attributed, given the speaker of
    the paragraph that ends the run with an attribution of its own (not one it took by running on)."""
    taken = [(f.start, f.end) for f in found]
    own = {f.start: f for f in found if f.speaker is not None and not f.continues}
    out: list[Found] = []
    run: list[Marked] = []
    for mk in marked_spans(body):
        # the run holds only paragraphs that follow one another with nothing but blank lines between
        follows = bool(run) and body[run[-1].close:mk.open].strip() == "" and "\n" in body[run[-1].close:mk.open]
        if not _opens_paragraph(body, mk):
            continue  # a mark inside a paragraph neither extends nor breaks the run
        if mk.open_ended and not any(a < mk.end and mk.start < b for a, b in taken):
            run = [*run, mk] if follows else [mk]
            continue
        attributed = own.get(mk.start)
        if follows and attributed is not None:
            out += [Found(m.start, m.end, True, attributed.speaker, attributed.anchor) for m in run]
        run = []
    return out


# (quotes@39) between a lead quote's closing mark and the name that opens the next sentence: the
# sentence's full stop, if the quote does not hold it, and a civility or professional title
_LEAD_GAP = re.compile(r"[ \t]*\.?[ \t]+(?:(?:Me|Maître|M\.|Mme|Mlle|Dr|Pr)[ \t]+)?")


def lead_quotes(body: str, found: list[Found], person_at: Callable[[int], tuple[int, int] | None]
                ) -> list[Found]:
    """(quotes@39) French and English news open a paragraph with a quote and name its speaker as the
    subject of the very next sentence ("« Ils ont huit semaines de retard. » Julie, mère d'un élève,
    est désespérée."; '"We are ready." Maria Lopez, the coach, smiled.'). The quote must open its
    paragraph, hold four words or more, start with a capital and end its sentence, and no other rule
    may have attributed it; `person_at(i)` is the person mention that starts at `i`, if any. A
    sentence that opens with anything else ("La réunion a duré …", "Le maire") gives nothing."""
    taken = [(f.start, f.end) for f in found]
    out: list[Found] = []
    for mk in marked_spans(body):
        if mk.open_ended or not _opens_paragraph(body, mk) or any(a < mk.end and mk.start < b for a, b in taken):
            continue
        content = body[mk.start:mk.end].strip()
        if len(re.findall(r"\w+", content)) < 4 or not content[:1].isupper():
            continue
        gap = _LEAD_GAP.match(body, mk.close + 1)
        if gap is None or (content[-1:] not in ".!?…" and "." not in gap.group()):
            continue
        name = person_at(gap.end())
        if name is not None:
            out.append(Found(mk.start, mk.end, True, name, name[0]))
    return out


# a reporting clause between commas inside the sentence it reports: "What is needed, she said, is …",
# "The plan, the minister added, would cost more"; French "Le problème, estime-t-il, c'est la dette"
_EN_PARENTHETICAL = re.compile(r",\s+(?P<spk>he|she|they|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}|"
                               r"the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<v>[a-z]+)\s*,\s+")
_FR_PARENTHETICAL = re.compile(r",\s+(?P<v>[a-zéèêàâîôûç]+(?:-t)?-(?P<spk>il|elle|ils|elles))\s*,\s+")


def parenthetical_incises(body: str, sentences: list[tuple[int, int]], lang: str, lex: QuoteLexicon,
                          taken: list[tuple[int, int]]) -> list[Found]:
    """The sentence around a reporting clause set between commas inside it, by that clause's
    speaker: each side holds a few words, and no quotation mark is in the sentence (a quote in
    marks has its own rules)."""
    out: list[Found] = []
    for s, e in sentences:
        text = body[s:e]
        if any(a < e and s < b for a, b in taken) or re.search(r"[«»“”\"]", text):
            continue
        pattern = _EN_PARENTHETICAL if lang == "en" else _FR_PARENTHETICAL
        for m in pattern.finditer(text):
            verb = m.group("v")
            known = lex.en_verb.fullmatch(verb) if lang == "en" else lex.fr_incise.fullmatch(verb)
            after = text[m.end():].rstrip(" .!?")
            if known is None or len(text[:m.start()].split()) < 2 or len(after.split()) < 3:
                continue
            out.append(Found(s, s + m.end() + len(after), True, (s + m.start("spk"), s + m.end("spk")),
                             s + m.start("spk")))
            break
    return out
