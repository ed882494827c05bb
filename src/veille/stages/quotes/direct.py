"""Direct speech: quotes in marks and unmarked incises, in French and English, on the text.

For each pair of quotation marks the attribution is looked for where news prose puts it:

- an incise after the closing mark: "« … », a lancé le chef de l'État", "« … »,a affirmé,
  mardi, la ministre", "« … », résume-t-elle", '"…," the minister said', '"…," said X';
- an incise inside the quote, which splits it in two: "« A, dit Lydia, B »";
- an introduction before the opening mark: "X a déclaré : « … »", 'X told reporters: "…"',
  'X said "…"';
- none: a whole sentence in marks right after a quote is its speaker's too (a quote that
  runs on over several sentences or paragraphs).

Marks around one to three words with none of these ("le « respect » mutuel") are a phrase
set apart, not a quote. The same incise with no marks ("La paix est possible, a souligné le
ministre.") gives an unmarked direct quote (`unmarked.py`).

This module walks over the quotation marks and chooses among the readings; the readers themselves are
in `incises.py` (after or inside the marks) and `introductions.py` (before the marks, or a sentence of
their own), split out when this module neared the ~600-line limit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from veille.stages.quotes.colon_clause import pronoun_colon
from veille.stages.quotes.incises import after as _after
from veille.stages.quotes.incises import inner_incise as _inner_incise
from veille.stages.quotes.incises import words as _words
from veille.stages.quotes.introductions import cleft_after as _cleft_after
from veille.stages.quotes.introductions import colon_pronoun as _colon_pronoun
from veille.stages.quotes.introductions import colon_subject as _colon_subject
from veille.stages.quotes.introductions import for_speaker as _for_speaker
from veille.stages.quotes.introductions import intro as _intro
from veille.stages.quotes.introductions import intro_above as _intro_above
from veille.stages.quotes.introductions import label_between as _label_between
from veille.stages.quotes.introductions import list_label as _list_label
from veille.stages.quotes.introductions import name_label as _name_label
from veille.stages.quotes.introductions import reporting_sentence_before as _reporting_sentence_before
from veille.stages.quotes.lexicon import QuoteLexicon, work_titles
from veille.stages.quotes.text import (
    Marked,
    Running,
    marked_spans,
    running_quotes,
    sentence_start,
    words_of,
)


@dataclass
class Found:
    start: int
    end: int
    direct: bool
    speaker: tuple[int, int] | None  # where the text names the speaker
    anchor: int  # where the attribution is, for resolving pronouns in text order
    continues: bool = False  # no attribution: the previous quote's speaker



_PUBLISHED = re.compile(r"(?<![\w-])(?:publiée?s?|publie|publient|published|publishes|released|releases|"
                        r"sortie?s?)\s*$", re.IGNORECASE)


# sources a "Pour …," phrase may name by a common noun, beside person titles and bodies
SOURCE_NOUNS = frozenset({"source", "sources", "expert", "experts", "analyste", "analystes", "spécialiste",
                           "spécialistes", "observateur", "observateurs", "proche", "proches", "habitant",
                           "habitants", "analyst", "analysts", "observers", "residents"})


def _nobody_colon(body: str, mark: int, lang: str, lex: QuoteLexicon, people: frozenset[str]) -> bool:
    """quotes@23: "L'objectif reste clair et collectif : « … »", "The message was simple: "…"": a
    short clause that ends with a colon before the mark and names no one (no name, no title, no
    reporting verb) frames the words of whoever spoke last; it is no attribution of its own."""
    start = sentence_start(body, mark)
    clause = body[start:mark].rstrip()
    if not clause.endswith(":") or re.search(r"[«»“”\"]", clause):
        return False
    words = clause[:-1].split()
    if not 2 <= len(words) <= 8:
        return False
    if _TOPIC_LINE.fullmatch(clause) and body.rfind("\n", 0, start + 1) + 1 >= start - 1 \
            and body[start + len(clause):mark].strip() == "":
        # (quotes@48) a press conference's answers set under topic lines ("Sur Mbappé :", "On the
        # injury:", a line of its own): the name there is what the answer is about, not who gives it
        return (lex.fr_intro if lang == "fr" else lex.en_verb).search(clause) is None
    if any(w[:1].isupper() for w in words[1:]):
        return False
    if any(w.strip(",.;:").casefold() in people for w in words):
        return False
    if _INSCRIPTION.search(clause):
        return False  # "The banner read:", "On pouvait y lire :": a text, no one's words
    return (lex.fr_intro if lang == "fr" else lex.en_verb).search(clause) is None


# (quotes@48) a topic line: a preposition of subject matter ("sur", "concernant", "à propos de", "about",
# "on", "regarding"), a short noun phrase and a colon, on a line of its own; "Pour X :" / "For X:" name a
# source, never a topic, and stay out
_TOPIC_LINE = re.compile(r"(?:Sur|Concernant|À\s+propos\s+d[eu]s?|A\s+propos\s+d[eu]s?|Au\s+sujet\s+d[eu]s?|"
                         r"Quant\s+aux?|On|About|Regarding|On\s+the)\s*(?:l['’])?[^\n:«»“”\"]{1,60}?\s*:")


# verbs that introduce written words (a sign, a banner, a headline), not speech
_INSCRIPTION = re.compile(r"(?<![\w-])(?:reads?|lit|lire|affiche|affichait|proclame|proclamait)(?![\w-])",
                          re.IGNORECASE)


# a colon right before an opening mark (spaces between)
_COLON_BEFORE = re.compile(r":[ \t]*\Z")


# a sentence's end right after a closing mark
_END_AFTER = re.compile(r"[ \t]*[.!?…](?:\s|$)")


# a comma and nothing else between a closing mark and the next opening one: quotes in a series
_SERIES_GAP = re.compile(r"[ \t]*,[ \t]*")


def _series(body: str, marks: list[Marked]) -> dict[int, tuple[int, int]]:
    """Each mark of a series of two or more quotes joined by commas on one line, with the
    indices of the series' first and last marks."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(marks):
        j = i
        while j + 1 < len(marks) and not marks[j].open_ended and \
                _SERIES_GAP.fullmatch(body, marks[j].close + 1, marks[j + 1].open):
            j += 1
        if j > i:
            out.update({k: (i, j) for k in range(i, j + 1)})
        i = j + 1
    return out


# a comma or nothing between a closing mark and the next opening one (a series, as copy sets it)
_SERIES_JOIN = re.compile(r"[ \t]*,?[ \t]*")


def _after_opening_series(body: str, marks: list[Marked], i: int) -> bool:
    """(quotes@47) Whether the mark `i` ends a series of quotes in marks that opens its sentence, set one
    after another with a comma or none ("« A », « B » a tonné X"): the last one stands where a quote that
    opens its sentence stands, before the incise with no comma that reports the series."""
    j = i
    while j > 0 and not marks[j - 1].open_ended and _SERIES_JOIN.fullmatch(body, marks[j - 1].close + 1, marks[j].open):
        j -= 1
    return j < i and sentence_start(body, marks[j].open) >= marks[j].open - 1


def marked_quotes(body: str, lang: str, lex: QuoteLexicon, titles: frozenset[str] = frozenset(),
                  person: Callable[[int, int], bool] | None = None,
                  listed: Callable[[int, int], bool] | None = None,
                  narrated: Callable[[int, int], bool] | None = None,
                  colon_clause: Callable[[int], tuple[tuple[int, int], int] | None] | None = None) -> list[Found]:
    """Quotes in marks with their attribution; `titles`: person title nouns ("le procureur");
    `person(start, end)`: the span is a person's name the text types as one (speaker labels, the
    `roundup_labels` option); `listed(start, end)`: the same for a list's entries (quotes@37);
    `narrated(start, end)`: the paragraph reads as the reporter's narration (`narration.py`), which no
    quote over paragraphs runs over (quotes@38); `colon_clause(mark)`: the person subject of the sentence a
    colon ends right before the mark, from the parse (quotes@44, `colon_clause.py`)."""
    people = titles | lex.bodies | SOURCE_NOUNS
    out: list[Found] = []
    previous: Found | None = None

    def resumes(prev: Found | None, mark: int) -> bool:
        """Whether the mark at `mark` reopens the previous quote right after its incise: the
        incise's speaker stands between them and a comma, no sentence end, leads to the mark."""
        if prev is None or prev.speaker is None or not prev.end <= prev.speaker[0] < mark:
            return False
        between = body[prev.speaker[1]:mark]
        return between.rstrip().endswith(",") and not re.search(r"[.!?;:\n«»“”\"]", between)

    marks = marked_spans(body)
    series = _series(body, marks) if lex.quote_series else {}
    for i, mk in enumerate(marks):
        content = body[mk.start:mk.end].strip()
        if not content or work_titles().search(body, max(0, mk.open - 40), mk.open):
            continue
        found: list[Found] = []
        opens = sentence_start(body, mk.open) >= mk.open - 1 or _after_opening_series(body, marks, i)
        # (quotes@51) a quote a colon announces is a sentence of its own, as one that opens its sentence: an
        # incise with no comma after it reports it ("La Région doit agir : « … » conclut X", "D'après Y, … :
        # « … » raconte un témoin"), where the words before the colon name no one or someone else
        after = None if mk.open_ended else _after(body, mk.close, lang, lex, content,
                                                  opens or _COLON_BEFORE.search(body, 0, mk.open) is not None)
        if after is None and i in series and (_words(content) >= 4 or content[-1:] in ".!?…"):
            # (quotes@28) quotes in a series, set one after another with commas ("« A », « B »,
            # a tonné X" / '"A", "B", he said'): the incise after the last one reports them all
            first, last = series[i]
            last_content = body[marks[last].start:marks[last].end].strip()
            if last_content and not marks[last].open_ended:
                after = _after(body, marks[last].close, lang, lex, last_content,
                               sentence_start(body, marks[first].open) >= marks[first].open - 1)
        inner = _inner_incise(body, mk.start, mk.end, lang, lex)
        if inner is not None:
            comma, resume, spk = inner
            found.append(Found(mk.start, comma, True, spk, spk[0]))
            if _words(body[resume:mk.end]) >= 3:
                found.append(Found(resume, mk.end, True, spk, spk[0]))
        elif after is not None:
            # a phrase in marks that ends a sentence before its incise ('The premier will meet the
            # press at "special press conferences", his secretary announced'): the incise reports
            # the whole sentence, the marks set off its last words; not where a verb before the
            # marks reports them itself ('X said the plan was "dead", his aide added')
            first = sentence_start(body, mk.open)
            head = body[first:mk.open]
            verb = (lex.fr_intro if lang == "fr" else lex.en_verb).search(head)
            # (quotes@43) nor where a colon announces the marks ('X a réclamé un calendrier : « il
            # faut … », a-t-elle déclaré'): what follows a colon is the quote itself, lower case or not
            whole = not opens and content[:1].islower() and _words(head) >= 4 and verb is None \
                and not re.search(r"[«»“”\"]", head) and not head.rstrip().endswith(":")
            found.append(Found(first if whole else mk.start, mk.end, True, after[0], after[0][0]))
        else:
            intro = (_intro(body, mk.open, lang, lex) or _intro_above(body, mk.open, lang, lex)
                     or _for_speaker(body, mk.open, lang, people) or _cleft_after(body, mk.close, lang, lex)
                     or words_of(body, mk.open, lang) or _name_label(body, mk.open, person)
                     or (_list_label(body, mk.open, mk.close, listed)
                         if listed is not None and not mk.open_ended else None))
            # any verb with a pronoun subject before a colon, where the quote is a sentence of its own
            # (quotes@30) the sentence may end right after the closing mark ('… : « La présidence ne
            # doit être mise en cause ». La séance a repris.'): the quote is a sentence of its own
            ends = content[-1:] in ".!?…" or (not mk.open_ended and _END_AFTER.match(body, mk.close + 1) is not None)
            if intro is None and (content[:1].isupper() or content[:1].isdigit()) and ends:
                intro = _colon_pronoun(body, mk.open, lang) or _colon_subject(body, mk.open, lang, lex) \
                    or pronoun_colon(body, mk.open, sentence_start(body, mk.open)) \
                    or (colon_clause(mk.open) if colon_clause is not None else None) \
                    or _reporting_sentence_before(body, mk.open, lang, lex)
            # what is published with no colon is a work ("Elle a publié « Les Années sombres »")
            if intro is not None and _PUBLISHED.search(body, max(0, mk.open - 30), mk.open) \
                    and content[-1:] not in ".!?…":
                intro = None
            # a sentence of its own in marks ('"We are ready."') is a quote however short; one to
            # three words inside a sentence are a phrase the writer sets apart
            sentence = content[:1].isupper() and content[-1:] in ".!?…" and _words(content) >= 2
            if intro is not None and (_words(content) >= 4 or sentence):
                found.append(Found(mk.start, mk.end, True, intro[0], intro[1]))
            elif previous is not None and resumes(previous, mk.open) and _words(content) >= 3:
                # '"A," Starmer added, "and B."': the quote goes on after its own incise, lower case
                found.append(Found(mk.start, mk.end, True, previous.speaker, previous.anchor))
            elif (previous is not None and (_words(content) >= 5 or sentence) and mk.open - previous.end < 600
                  and (sentence_start(body, mk.open) >= mk.open - 1 or _nobody_colon(body, mk.open, lang, lex, people))
                  and content[:1].isupper()
                  and not (lex.roundup_labels and _label_between(body, previous.end, mk.open))
                  and body[mk.open - 1:mk.open] != "("):  # '« Que sera sera. » (« … »)': a gloss
                found.append(Found(mk.start, mk.end, True, previous.speaker, mk.open, continues=True))
        out += found
        if found:
            previous = found[-1]
    runs = running_quotes(body, marks)
    if runs:
        out = _runs_on(body, runs, out, lang, lex, narrated)
    return out


def _runs_on(body: str, runs: list[Running], out: list[Found], lang: str, lex: QuoteLexicon,
             narrated: Callable[[int, int], bool] | None) -> list[Found]:
    """Each run over paragraphs read by `_run_on`; `out` indexed by start once for all of them and
    sorted once (quotes@38: scanning and sorting it again for every run made many runs quadratic)."""
    starts = sorted({f.start for f in out})
    by_start: dict[int, list[Found]] = {}
    for f in out:
        by_start.setdefault(f.start, []).append(f)
    for run in runs:
        told = next((i for i, p in enumerate(run.paragraphs) if narrated is not None and narrated(*p)), None)
        if told is not None:
            # (quotes@38) a paragraph of the reporter's narration between the open mark and the lone
            # closing one: the quote ran to the paragraph before it; the closing incise reports the
            # closing paragraph only, and the paragraphs before the narration are the quote's
            # introducer's, if any (`_run_on` with no closing paragraph)
            run = Running(run.marks, run.paragraphs[:told])
        _run_on(body, run, by_start, starts, lang, lex)
    return sorted((f for s in sorted(by_start) for f in by_start[s]), key=lambda f: f.start)


def _run_on(body: str, run: Running, by_start: dict[int, list[Found]], starts: list[int], lang: str,
            lex: QuoteLexicon) -> None:
    """(quotes@37) A quote that runs over paragraphs (`text.running_quotes`) is one person's words in
    each of them, one quote a paragraph: the speaker of the incise after its closing mark ('…
    fans," said the coach.', "… », a conclu X."), else the speaker who introduced its first
    paragraph ('X said:' above it). A paragraph of it that names its own speaker (an incise inside
    it) keeps that one. `by_start`: the quotes found so far by start, changed in place; `starts`:
    their sorted starts before any run."""
    a, b = run.last
    after = _after(body, b, lang, lex, body[a:b].strip(), True) if b >= 0 else None
    first = next((f for f in by_start.get(run.marks[0].start, []) if f.speaker is not None), None)
    if after is not None:
        speaker, anchor = after[0], after[0][0]
    elif first is not None and first.speaker is not None:
        speaker, anchor = first.speaker, first.anchor
    else:
        return
    members = [(m.start, m.end) for m in run.marks] + run.paragraphs + ([run.last] if b >= 0 else [])
    for s, e in members:
        inside = [f for k in starts[bisect_left(starts, s):bisect_left(starts, e)] for f in by_start.pop(k, [])]
        own = [f for f in inside if not f.continues and f.speaker is not None
               and f.speaker != speaker and s <= f.speaker[0] < e]
        if own:  # "« A, dit X, B »" inside a member: its own incise
            for f in own:
                by_start.setdefault(f.start, []).append(f)
        elif _words(body[s:e]) >= 3:
            by_start.setdefault(s, []).append(Found(s, e, True, speaker, anchor))
