"""Quotes stage ("quotes@16"): who said what, in French and English.

Rules, in this order (reporting verbs are data: `veille/data/quotes/reporting_verbs.json`):

- `direct`: quotes in marks with an incise after them, inside them or an introduction before
  them, quotes that run on after an attributed one, and unmarked incises ("…, a souligné le
  ministre" / "…, the army said"); text rules, the same for both languages;
- `french`: indirect speech from the parse ("X a annoncé que …", "a annoncé avoir …", "selon X, …"),
  and "Comme le rappelle X, …" / "…, comme l'a dit X." from the text;
- `english`: indirect speech from the text ("X said …", "according to X");
- `participial`: ", saying …", ", ajoutant que …", by the sentence's incise speaker or subject;
- `lists`: statements listed one a line with no marks under a line that reports speech;
- `stance`: a quote paragraph right after a sentence whose subject is a person (quotes@23).

Where two rules give overlapping quotes, a quote in marks wins over an indirect statement
inside it ("« … je suis heureux d'annoncer que … »" is one quote, by the quote's speaker),
and a quote inside another is part of it.

The speaker is the person mention inside the speaker phrase; a subject pronoun ("il", "she",
"a-t-elle") is the last person who spoke or was the subject of a sentence before it; else
the phrase itself stays as `speaker_text` ("une source proche du dossier") with `speaker` None.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from veille.model import Article, Quote
from veille.pipeline import Context, stage
from veille.stages.entities.english import load_given_names
from veille.stages.nlp import parsed, segments
from veille.stages.quotes.antecedents import name_id
from veille.stages.quotes.colon_clause import colon_clause_subject
from veille.stages.quotes.commaless import commaless_incises
from veille.stages.quotes.direct import SOURCE_NOUNS, Found, marked_quotes
from veille.stages.quotes.english import indirect_en, main_subject, relative_reports
from veille.stages.quotes.fragments import person_subject, subject_fragments
from veille.stages.quotes.framing import leading_paragraphs, parenthetical_incises
from veille.stages.quotes.french import (
    according_to,
    as_said,
    coordinate_subjects,
    indirect_fr,
    participle_subject,
    second_statements,
    sentence_subject,
)
from veille.stages.quotes.gender import Affiliations, GenderMarkers, genders, load_affiliations, load_gender_markers
from veille.stages.quotes.interviews import unlabelled_interview
from veille.stages.quotes.lexicon import QuoteLexicon, load_quote_lexicon
from veille.stages.quotes.lists import bulleted, inline_labels, interview_turns, label_lines
from veille.stages.quotes.minutes import labelled_speeches, minutes_turns
from veille.stages.quotes.named_titles import goes_on, name_titles
from veille.stages.quotes.narration import narrated
from veille.stages.quotes.narrative_infinitive import narrative_reports
from veille.stages.quotes.participial import participial
from veille.stages.quotes.sourced_relatives import sourced_clauses, sourced_relatives
from veille.stages.quotes.speaker_words import STRIP, attributive
from veille.stages.quotes.speakers import Speakers
from veille.stages.quotes.stance import (
    first_person_relatives,
    quote_before_subject,
    quote_paragraphs,
    stance,
    subject_person,
    tonic_subjects,
)
from veille.stages.quotes.text import marked_spans, sentence_end, sentence_start, unwrap
from veille.stages.quotes.titles import load_same_office, office_heads, person_titles
from veille.stages.quotes.unmarked import unmarked_incises

STAGE = stage("quotes").key  # the version has one home: veille.pipeline's registry
MODEL = "veille-speech-rules@17"

__all__ = ["MODEL", "STAGE", "load_quote_lexicon", "quotes_batch", "quotes_of", "speech_lexicon"]

_SPEAKER_EDGE = " \t\n‘’'\"“”«»"
_SUBORDINATE = re.compile(r"\b(?:until|after|when|because|while|since|before|once|although)\s+(?=[A-Za-z])")


def speech_lexicon(ctx: Context) -> QuoteLexicon:
    base: QuoteLexicon = ctx.resource("quotes:lexicon", load_quote_lexicon)
    c = ctx.config.quotes
    switches = (c.unproven_incise_rules, c.roundup_labels, c.transcript_labels, c.quote_series, c.statement_author)
    if switches == (base.unproven_incises, base.roundup_labels, base.transcript_labels, base.quote_series,
                    base.statement_author):
        return base
    # a copy of the shared lexicon with the options set: contexts sharing resources keep their own setting
    lex: QuoteLexicon = ctx.resource(
        "quotes:lexicon:" + "".join(str(int(v)) for v in switches),
        lambda: dataclasses.replace(base, unproven_incises=c.unproven_incise_rules, roundup_labels=c.roundup_labels,
                                    transcript_labels=c.transcript_labels, quote_series=c.quote_series,
                                    statement_author=c.statement_author))
    return lex


# the verbs of a speaker who goes on (their incise forms): "a ajouté", "poursuit", "a conclu", "added"
_GOES_ON = re.compile(r"(?<![\w-])(?:ajout|poursui|conclu|add(?:ed|s)\b|went on|continu)\w*", re.IGNORECASE)


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in STRIP:
        start += 1
    while end > start and body[end - 1] in STRIP + ".":
        end -= 1
    return start, end


# "…, ont constaté des journalistes de l'AFP": a verb of observation whose subject is the news
# outlet's own reporter is the article's eyewitness account, not a statement it quotes (quotes@19)
_OBSERVED = re.compile(r"\b(?:a|ont|avait|avaient)?\s*(?:constatée?s?|constatent|constate|observée?s?|observent|"
                       r"observe)\W*$")
_PRESS = re.compile(r"^(?:des|un|une|les|l['’]|le|la|nos|notre)?\s*(?:journalistes?|correspondante?s?|"
                    r"photographes?|reporters?|vidéastes?|envoyée?s?\s+spéciale?s?|équipes?)\b", re.IGNORECASE)


# a straight single quote with a space on each side (or a line's start before it) is no
# apostrophe, which French and English glue to a word: set in pairs on a line, such marks enclose
# a quote ("' Compte tenu de … ' indique le groupe"); read as straight double marks (same offsets)
_LONE_SINGLE = re.compile(r"(?:(?<=^)|(?<=\s))'(?=\s)", re.MULTILINE)


def _typewriter_quotes(body: str) -> str:
    out = list(body)
    at = 0
    for line in body.split("\n"):
        marks = [at + m.start() for m in _LONE_SINGLE.finditer(line)]
        if marks and len(marks) % 2 == 0:
            for i in marks:
                out[i] = '"'
        at += len(line) + 1
    return "".join(out)


def _eyewitness(f: Found, body: str) -> bool:
    """(a quote in marks is a reporter's words like anyone's: only an unmarked sentence is dropped)"""
    if f.speaker is None or f.speaker[0] < f.end or re.search(r"[»”\"]", body[f.end:f.speaker[0]]):
        return False
    return bool(_OBSERVED.search(body[f.end:f.speaker[0]]) and _PRESS.match(body[f.speaker[0]:f.speaker[1]]))


def _dedupe(found: list[Found]) -> list[Found]:
    """One quote per stretch of text: quotes in marks first, then the longer."""
    # a phrase in marks inside the clause a verb reports, by the same speaker phrase ("X ont reconnu
    # que le « progrès réalisé » était …"): the clause is the statement, the marks a fragment of it
    found = [f for f in found if not (f.direct and f.speaker and any(
        not g.direct and g.speaker == f.speaker and g.start <= f.start and f.end <= g.end
        and (g.end - g.start) > (f.end - f.start) + 10 for g in found))]
    order = sorted(found, key=lambda f: (not f.direct, -(f.end - f.start)))
    kept: list[Found] = []
    for f in order:
        if any(k.start < f.end and f.start < k.end for k in kept):
            continue
        if not f.direct and f.speaker and any(k.direct and k.start <= f.speaker[0] < k.end for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _before_colon(found: list[Found], body: str, lex: QuoteLexicon, lang: str) -> list[Found]:
    """'X affirme que le syndicat ne cèdera pas : « On ne recule … »': an indirect statement the
    parse runs on into the quote its colon introduces ends at that colon; the quote in marks is
    a statement of its own, by the same speaker. (A clause that goes on after the marks without
    a colon before them holds them: `_dedupe`.)"""
    out = []
    for f in found:
        # also after a comma, before a quote that is a sentence of its own ('X says the officers
        # took their time, "It is our desire …"'); a phrase in marks goes on the clause
        cut = None if f.direct else next(
            (k for k in found if k.direct and f.start < k.start < f.end
             and (re.search(r":\s*[«“\"]?\s*$", body[f.start:k.start])
                  or (re.search(r",\s*[«“\"]?\s*$", body[f.start:k.start]) and body[k.start:k.start + 1].isupper()
                      and re.search(r"[.!?…]\s*$", body[k.start:k.end])))), None)
        if cut is not None:
            colon = max(body.rfind(":", f.start, cut.start), body.rfind(",", f.start, cut.start))
            # a statement with a reporting verb of its own inside is no clean one to keep ("Sarkozy,
            # who had denied all wrongdoing, said he would appeal, reiterating: "…"")
            verb = (lex.fr_intro if lang == "fr" else lex.en_verb).search(body, f.start, colon)
            if len(re.findall(r"\w+", body[f.start:colon])) >= 4 and verb is None:
                f = Found(f.start, colon, False, f.speaker, f.anchor)
        out.append(f)
    return out


def _past_fragment(f: Found, body: str, sent_end: int) -> Found:
    """'X rappelle que "pendant trois ans" il n'a pas riposté, …': the parse may take the phrase in
    marks that opens the clause for the whole clause; the statement runs on to the sentence's end
    when the words after the closing mark go on in lower case (quotes@15)."""
    if f.direct or body[f.end - 1:f.end] not in ('"', "”", "»") or not re.match(r"[\"“«]", body[f.start:f.end]):
        return f
    rest = re.match(r"\s+[a-zà-ÿ][^.!?;\n]*", body[f.end:sent_end])
    if rest is None or len(rest.group().split()) < 3:
        return f
    return Found(f.start, f.end + rest.end(), False, f.speaker, f.anchor)


def _english_subjects(body: str, sentences: list[tuple[int, int]], who: Speakers,
                      lex: QuoteLexicon) -> list[tuple[int, int]]:
    """English has no parse: a person named in a sentence's first words is taken as its subject;
    not one named inside quotation marks ('"Thank you Tim Cook!" he wrote': the quote's words)."""
    quoted = [(mk.open, mk.close) for mk in marked_spans(body)]
    out = []
    for s, e in sentences:
        # the noun phrase before the main verb, where one shows ("The Spaniard said striker Erling
        # Haaland was fit": not Haaland); else the sentence's first words
        subject = main_subject(body, s, e, lex)
        a, b = subject if subject is not None else (s, s + 40)
        # not a name that modifies a title ("the former Lyon coach said": the coach, not Lyon)
        people = [m for m in who.mentions if m.type == "PER" and a <= m.start < b
                  and not any(q0 < m.start < q1 for q0, q1 in quoted)
                  and not attributive(body[max(s, m.start - 40):m.start], body[m.end:m.end + 40], who.titles)]
        if people:
            out.append((people[0].start, people[0].end))
        elif subject is not None and subject[1] - subject[0] < 80:
            # no one named: an unnamed person or group a later pronoun may refer to ("A Western
            # diplomat described … "…," he said")
            out.append(subject)
    return out


def _quoted_subject(subject: tuple[int, int], quoted: list[tuple[int, int]], marks: list[tuple[int, int]],
                    who: Speakers) -> bool:
    """Whether a sentence subject lies in quoted words (quotes@43): inside a pair of marks, or inside a
    quote in marks that runs on without them. In the head of a sentence quoted whole before its
    marks ('X a réclamé un calendrier, « … », a-t-elle déclaré') a person the subject names or
    titles is the narration's subject, X."""
    s, e = subject
    if any(a < s and e <= b for a, b in marks):
        return True
    for a, b in quoted:
        if a <= s and e <= b:
            head = any(e <= m0 < b for m0, _ in marks)
            person = any(m.type == "PER" for m in who.inside(s, e)) or \
                who._definite_title(who.body[s:e].strip(STRIP).casefold().split())
            if not (head and person):
                return True
    return False


def _participials(body: str, spans: list[tuple[int, int]], lang: str, lex: QuoteLexicon, found: list[Found],
                  tokens: dict[int, Any]) -> list[Found]:
    """', saying …', ', ajoutant que …': by the speaker of an attribution earlier in the same
    sentence ('"…," Trump told reporters, adding that …'), else by the main clause's subject."""
    out = []
    for s, e in spans:
        p = participial(body, s, e, lang, lex)
        if p is None:
            continue
        # the sentence as the text marks it: a parser may cut it after the incise ('», a-t-il ajouté,')
        first = min(s, sentence_start(body, p.verb))
        before = [f for f in found if f.speaker and first <= f.speaker[0] < p.verb]
        if before:
            spk: tuple[int, int] | None = max((f.speaker for f in before if f.speaker), key=lambda x: x[0])
        elif lang == "en":
            # a participle after a subordinate clause is that clause's subject's ("The Liberals looked
            # headed for defeat until the president started attacking Canada, suggesting …")
            subs = [m for m in _SUBORDINATE.finditer(body, s, p.verb) if m.start() > s]
            spk = main_subject(body, subs[-1].end() if subs else s, p.verb, lex)
        else:
            tok = tokens.get(p.verb)
            spk = participle_subject(tok) if tok is not None else None
        if spk is not None:
            out.append(Found(p.start, p.end, p.direct, spk, spk[0]))
    return out


def quotes_of(article: Article, doc: Any, lex: QuoteLexicon, titles: frozenset[str] = frozenset(),
              demonym: Callable[[str], str | None] | None = None,
              markers: GenderMarkers | None = None, affiliations: Affiliations | None = None,
              offices: dict[str, str] | None = None) -> list[Quote]:
    # The text rules read the body with hard-wrapped lines joined (same offsets); quotes keep
    # the body's own text.
    original = article.body
    body = _typewriter_quotes(unwrap(original))
    lang = "en" if article.lang == "en" else "fr"
    marked = genders(original, article.mentions, markers) if markers is not None else {}
    who = Speakers(article.mentions, lex.statements, lex.bodies, titles, demonym, marked, body, markers,
                    affiliations, offices)
    who.documents = lex.en_documents | lex.fr_documents
    sents = segments(doc)
    spans = [(s.start_char, s.end_char) for s in sents]
    # a label that names a person ("Jane Doe : …", "X (role) : « … »") is a person's name the article
    # types as one, there or anywhere else (with a title before it: "Sen. Jane Doe")
    def named_person(a: int, b: int) -> bool:
        return any(m.type == "PER" and (m.text == body[a:b] or m.start <= a < b <= m.end) for m in who.mentions)

    def labelled_person(a: int, b: int) -> bool:
        return named_person(a, b) or any(m.type == "PER" and a <= m.start < m.end <= b for m in who.mentions)

    def told(a: int, b: int) -> bool:  # (quotes@38) the reporter's narration between a quote's paragraphs
        return narrated(body, a, b, lang, doc, spans,
                        lambda x, y: any(m.type in ("PER", "ORG") and x <= m.start < y for m in who.mentions),
                        lambda w: w in titles or w in lex.bodies, lex)

    offsets = [t.idx for t in doc]

    def tokens_in(a: int, b: int) -> list[Any]:  # the parse's tokens that start in body[a:b]
        return [doc[i] for i in range(bisect_left(offsets, a), bisect_left(offsets, b))]

    def named_in(a: int, b: int) -> tuple[int, int] | None:
        return next(((m.start, m.end) for m in who.mentions if m.type == "PER" and a <= m.start < b), None)

    def colon_clause(mark: int) -> tuple[tuple[int, int], int] | None:
        # (quotes@44) French: the person subject of the sentence a colon ends before the mark, by the parse
        return colon_clause_subject(tokens_in, body, mark, sentence_start(body, mark), named_in, titles) \
            if lang == "fr" else None

    found = marked_quotes(body, lang, lex, titles, labelled_person if lex.roundup_labels else None, named_person,
                          told, colon_clause)
    found += leading_paragraphs(body, found)
    verbs = {t.idx: t for t in doc} if lang == "fr" else {}

    def finite(a: int, b: int) -> bool:
        return lang == "fr" and any(a <= i < b and "Fin" in t.morph.get("VerbForm") for i, t in verbs.items())

    def has_subject(i: int, before: tuple[int, int], speaker: tuple[int, int]) -> bool:
        # (quotes@35) the words before the comma are a name and its appositions, no clause ("X,
        # président de Y, analyse pour Z les enjeux …"): they are the subject of the verb after them,
        # which the parser may have missed, and no statement
        if not finite(*before) and any(m.type == "PER" and m.start == before[0] for m in who.mentions):
            return True
        tok = verbs.get(i)
        # (quotes@35) a compound incise inverts its subject pronoun between the auxiliary and the
        # participle ("…, a-t-il estimé"): the parser makes "-t"/"-il" a subject before the participle,
        # but a subject that stands before its verb stands before the auxiliary too
        aux = min((c.i for c in tok.children if c.dep_.startswith("aux")), default=tok.i) if tok is not None else 0
        if tok is None or not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < aux and not c.text.startswith("-")
                                  for c in tok.children):
            return False
        # the parser may take a noun of the statement as the verb's subject and the speaker after
        # it as its object ("Ce sont les bureaux des villes, a justifié le ministre X"): a statement
        # with a finite verb of its own before the comma, and a person after the verb, make an incise
        clause = any(t.morph.get("VerbForm") == ["Fin"] and before[0] <= t.idx < before[1] for t in doc)
        text = body[speaker[0]:speaker[1]]
        # (quotes@25) or a body that speaks, named by its noun ("…, a ajouté le parquet") or typed
        person = who.person_in(speaker[0], speaker[1], text) or any(
            w.strip(".,") in titles or w.strip(".,") in lex.bodies for w in text.casefold().split()[:3]) or \
            any(m.type == "ORG" for m in who.inside(speaker[0], speaker[1]))
        return not (clause and person)

    found += unmarked_incises(body, spans, lang, lex, [(f.start, f.end) for f in found], has_subject)
    if lang == "fr":
        def speaks(a: int, b: int) -> bool:  # (quotes@45) a person, a title or a body
            text = body[a:b]
            return who.person_in(a, b, text) or any(m.type == "ORG" for m in who.inside(a, b)) or any(
                w.strip(".,'’") in titles or w.strip(".,'’") in lex.bodies for w in text.casefold().split()[:3])

        found += commaless_incises(body, spans, lex, [(f.start, f.end) for f in found], tokens_in, speaks)
    found += bulleted(body, lang, lex, [(f.start, f.end) for f in found])
    # an interview's answers after a label that names the person ("Jane Doe : …")
    found += interview_turns(body, lang, named_person,
                             [(f.start, f.end) for f in found])
    found += label_lines(body, lang, [(m.start, m.end) for m in who.mentions if m.type == "PER"],
                         [(f.start, f.end) for f in found])
    # (quotes@48) an interview with no labels: questions, then the presented guest's answers
    found += unlabelled_interview(body, [(m.start, m.end) for m in who.mentions if m.type == "PER"],
                                  [(f.start, f.end) for f in found])
    if lex.transcript_labels:
        found += inline_labels(body, [(m.start, m.end) for m in who.mentions if m.type == "PER"],
                               [(f.start, f.end) for f in found], titles,
                               lambda w: markers is not None and markers.given.sex(w) is not None)
    if lang == "fr":
        found += minutes_turns(body, [(m.start, m.end) for m in who.mentions if m.type == "PER"],
                               [(f.start, f.end) for f in found])
        found += labelled_speeches(body, [(m.start, m.end) for m in who.mentions if m.type == "PER"],
                                   [(f.start, f.end) for f in found])
    found += parenthetical_incises(body, spans, lang, lex, [(f.start, f.end) for f in found])
    if lang == "fr":
        def person_in(s: int, e: int) -> bool:
            return who.person_in(s, e, body[s:e])

        for sent in sents:
            for f in indirect_fr(sent, lex, body, person_in):
                found += second_statements(_past_fragment(f, body, sent.end_char), body, lex)
        # (quotes@47) "Et le journal de rappeler que …": the narrative infinitive's subject
        found += [Found(s, e, False, spk, anchor) for s, e, spk, anchor in narrative_reports(body, lex.fr_verbs)]
        subjects = [span for span in (sentence_subject(s) for s in sents) if span]
        subjects += [span for s in sents for span in coordinate_subjects(s)]
    else:
        subjects = _english_subjects(body, spans, who, lex)
        for s, e in spans:
            found += indirect_en(body, s, e, lex)
    found += _participials(body, spans, lang, lex, found, verbs)

    def people(a: int, b: int) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in who.inside(a, b) if m.type == "PER"]

    if lang == "fr":
        subjects += tonic_subjects(body, spans, subjects, people)

    found += quote_paragraphs(body, subjects, [(f.start, f.end) for f in found], people,
                              lex.fr_intro if lang == "fr" else lex.en_verb)
    def parsed_subject(a: int, b: int) -> bool:
        # the name (or the title before it: "Me Jane Doe") is the subject of its clause
        inside = tokens_in(a, b)
        toks = inside + ([inside[0].nbor(-1)] if inside and inside[0].i > 0 else [])
        return any(t.dep_ in ("nsubj", "nsubj:pass") for t in toks)

    found += first_person_relatives(body, lang, [(f.start, f.end) for f in found], subjects)
    verb_of_saying = lex.fr_intro if lang == "fr" else lex.en_verb
    found += quote_before_subject(body, [(f.start, f.end) for f in found], people,
                                  parsed_subject if lang == "fr" else None, verb_of_saying, lang)
    preps, docs = (lex.fr_according_to, lex.fr_documents) if lang == "fr" else \
        (lex.en_according_to, lex.en_documents)
    def adverbial(a: int, b: int) -> bool:
        # (quotes@45) a phrase with no verb and no subject in the parse, a few words long: "Mais pour
        # le moment", "Dans l'immédiat"; not "Le ministre" (a subject) nor a clause
        toks = [t for t in tokens_in(a, b) if not t.is_punct]
        return 0 < len(toks) <= 6 and not any(
            t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubj:pass", "root", "ROOT") for t in toks) \
            and not any(m.type in ("PER", "ORG") for m in who.inside(a, b))

    def manner(end: int, a: int, b: int) -> bool:
        # (quotes@51) an infinitive ends at `end` (the parse) and body[a:b] names no one, no title, no body
        # and no source noun ("selon la procédure de …", not "selon une source proche du dossier")
        toks = tokens_in(max(0, end - 40), end)
        if not toks or toks[-1].idx + len(toks[-1].text) != end or "Inf" not in toks[-1].morph.get("VerbForm"):
            return False
        words = {w.strip(".,'’") for w in re.split(r"[\s'’]+", body[a:b].casefold())}
        return not who.inside(a, b) and not words & (titles | lex.bodies | SOURCE_NOUNS)

    for s, e in spans:
        # (quotes@21) an apposition after the source is told by the parse: French only ("According
        # to X, the minister resigned, …" has no parse to tell it from "…, the firm's chief, …")
        acc = according_to(body, s, e, preps, docs, lambda a, b: bool(who.inside(a, b)), finite,
                           titles if lang == "fr" else frozenset(), lex.statements,
                           adverbial if lang == "fr" else None, manner if lang == "fr" else None)
        if acc is not None:
            found.append(acc)
        elif lang == "fr":
            said = as_said(body, s, e, lex, docs, lambda a, b: bool(who.inside(a, b)))
            if said is not None:
                found.append(said)
            # (quotes@47) "…, qui ne permettra pas, selon lui, de …": the relative clause is the source's
            relatives = [Found(a, b, False, src, src[0]) for a, b, src in
                         sourced_relatives(body, s, e, preps, docs, lambda a, b: bool(who.inside(a, b)))]
            found += relatives
            if said is None and not relatives:
                # (quotes@51) "La réforme est, selon lui, une catastrophe": the source inside the main clause;
                # (quotes@55) an unnamed source's noun as well ("devrait, selon une source proche du dossier, …")
                found += [Found(a, b, False, src, src[0]) for a, b, src in
                          sourced_clauses(body, s, e, preps, docs, lambda a, b: bool(who.inside(a, b)),
                                          titles | lex.bodies | SOURCE_NOUNS)]
    # (quotes@45) words in marks inside a sentence a person subject reports
    if lang == "fr":
        subject_of = person_subject(sentence_subject, list(sents), body, people, subject_person)
    else:
        def subject_of(a: int, b: int) -> tuple[int, int] | None:
            span = next((x for x in subjects if a <= x[0] < b), None)
            if span is None or not (people(*span) or body[span[0]:span[1]].casefold() in ("he", "she")):
                return None
            return span
    found += subject_fragments(body, spans, marked_spans(body), [(f.start, f.end) for f in found], subject_of,
                               verb_of_saying)
    found = _dedupe(_before_colon(found, body, lex, lang))
    if lang == "fr":
        found = [f for f in found if not _eyewitness(f, body)]
    if lang == "en":
        # a claim reported inside a relative clause is another party's, kept beside the statement
        # that holds it ("Thailand said it would expel the envoy after a soldier lost a limb to a
        # landmine that Bangkok alleged had been laid …"); not inside a quote in marks
        nested = [r for s, e in spans for r in relative_reports(body, s, e, lex)]
        found = sorted(found + [r for r in nested if not any(f.start < r.end and r.start < f.end and
                                                              (f.direct or f.start >= r.start) for f in found)],
                       key=lambda f: f.start)
    who.quoted = [(f.start, f.end) for f in found if f.direct]
    in_marks = [(mk.open, mk.close) for mk in marked_spans(body)]
    # Resolve speakers in text order, so that a pronoun finds the person named before it.
    timeline: list[tuple[int, int, Any]] = [(s[0], 0, s) for s in subjects]
    timeline += [(f.anchor, 1, f) for f in found]
    resolved: dict[int, tuple[str | None, str]] = {}
    going_on: set[int] = set()  # quotes whose incise verb says the speaker goes on
    previous: tuple[str | None, str] = (None, "")
    previous_end = 0
    # quotes@20: the subject of a sentence that reports speech, after the last quote and outside
    # marks, right before a quote with no attribution of its own ('"A," X said. His counterpart, Y,
    # stressed the promises. "B."'): the quote is that subject's, not the earlier speaker's;
    # quotes@23: so is a person named as the subject of a short sentence with no reporting verb
    # ("Anna Kim, however, disagreed.", `stance`)
    reporting = lex.fr_intro if lang == "fr" else lex.en_verb
    since: tuple[str | None, str] | None = None
    since_start = 0
    for _, kind, item in sorted(timeline, key=lambda t: (t[0], t[1])):
        if kind == 0:
            before = (who.last_person, who.unnamed)
            # (quotes@43) the subject of a clause inside a quote in marks is the quoted speaker's
            # words, not the narration's: no later pronoun or title refers back to it ("« il faut que
            # la justice se hâte », a-t-elle lancé": elle is not la justice)
            if not _quoted_subject(item, who.quoted, in_marks, who):
                who.saw_subject(*item)
            if item[0] < previous_end or any(a < item[1] and item[0] < b for a, b in who.quoted):
                continue
            since_start = item[0]
            named = who.last_person is not before[0] and who.last_person is not None
            if reporting.search(body, item[1], sentence_end(body, item[1])) is None and \
                    not (named and (person := subject_person(body, item, people)) is not None and stance(body, person)):
                since = None
            elif named and who.last_person is not None:
                since = (who.last_person.entity or name_id(who.last_person), who.last_person.text)
            elif who.unnamed is not before[1] and who.unnamed is not None:
                since = (None, who.unnamed[1])
            continue
        q: Found = item
        if q.continues:
            # the subject's sentence is the one right before the quote's (phrases in marks inside it
            # may stand between them: '…, rappelle la « situation inédite » du procès. « … »')
            before_quote = body[:sentence_start(body, q.anchor)].rstrip()
            right_before = bool(before_quote) and since_start >= sentence_start(body, len(before_quote) - 1)
            if since is not None and right_before and since[0] != previous[0]:
                previous = since
            resolved[id(q)] = previous
            since, previous_end = None, q.end
            continue
        since, previous_end = None, q.end
        if q.speaker is None:
            resolved[id(q)] = (None, "")
            continue
        # (quotes@44) not the marks at the phrase's edge: British single quotes close with the
        # apostrophe's sign ("‘… last,’ she said": the phrase is "she")
        spk0, spk1 = q.speaker
        while spk0 < spk1 and body[spk0] in _SPEAKER_EDGE:
            spk0 += 1
        while spk1 > spk0 and body[spk1 - 1] in _SPEAKER_EDGE:
            spk1 -= 1
        if spk1 > spk0:
            q.speaker = (spk0, spk1)
        text = body[q.speaker[0]:q.speaker[1]]
        # an inverted incise whose verb says the speaker goes on ("», a ajouté le ministre")
        adds = q.direct and q.end <= q.speaker[0] and _GOES_ON.search(body, q.end, q.speaker[0]) is not None
        if q.end <= q.speaker[0] and goes_on(body, q.end, q.speaker):
            going_on.add(id(q))
        # quotes@27: "It further added, “…”" right after a statement's words ("The statement read,
        # “…”"): the pronoun is the statement, which speaks for whoever issued it, as before
        if text.strip().casefold() == "it" and any(w.strip(".,") in lex.statements
                                                  for w in previous[1].casefold().split()):
            resolved[id(q)] = previous
            continue
        previous = resolved[id(q)] = who.resolve(q.speaker[0], q.speaker[1], text, adds)
    # quotes@24: "« … », explique le président de la Chambre. « … », poursuit Étienne Gangneron"
    name_titles(sorted(found, key=lambda f: f.anchor), resolved, going_on, who)
    quotes = []
    for f in found:
        start, end = _trim(body, f.start, f.end)
        speaker, speaker_text = resolved.get(id(f), (None, ""))
        if end - start < 3 or (speaker is None and not speaker_text):
            continue
        quotes.append(Quote(start, end, original[start:end], f.direct, speaker, speaker_text,
                            stage=STAGE, model=MODEL))
    return quotes


def quotes_batch(batch: list[Article], ctx: Context) -> list[Article]:
    from veille.stages.entities.gazetteer import gazetteer, lexicon

    lex = speech_lexicon(ctx)
    titles = ctx.resource("quotes:titles", lambda: person_titles(lexicon(ctx)))
    gaz = gazetteer(ctx)
    # the given names the entities stage loaded: one copy per context
    given = ctx.resource("entities:given_names", load_given_names)
    markers: GenderMarkers = ctx.resource("quotes:gender", lambda: load_gender_markers(given))
    parties: Affiliations = ctx.resource("quotes:affiliations", load_affiliations)
    offices: dict[str, str] = ctx.resource("quotes:offices",
                                           lambda: office_heads(lexicon(ctx), load_same_office()))
    for article in batch:
        article.quotes = quotes_of(article, parsed(article, ctx), lex, titles,
                                   gaz.country_of_demonym, markers, parties, offices) if article.body else []
    return batch
