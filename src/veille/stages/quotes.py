"""Quotes stage: direct and indirect speech with its speaker.

Forms found, per sentence (speech verbs are a data lexicon, `veille/data/events/speech_verbs.json`):

- the inverted incise, with or without quotation marks: "Notre coopération s'intensifie, a
  déclaré le ministre Sergueï Lavrov" (the quote is what precedes ", a déclaré");
- marked quotes « … » / “…” / "…" with a speech verb in the sentence, and the colon form
  "X a déclaré : « … »";
- indirect speech: "X a annoncé que …", "X a annoncé <what>", "X a salué <what> comme …",
  "selon X, …".

The speaker is the person mention inside the speaker phrase, a pronoun ("il", "elle")
resolved to the last person speaker or subject, or else left as the phrase itself
(`speaker_text`) with `speaker` None.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.model import Article, Mention, Quote
from veille.pipeline import Context
from veille.stages.nlp import parsed, segments

STAGE = "quotes@1"
MODEL = "veille-speech-dep@1"

_MARKED = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+?)”|\"([^\"]+?)\"")
_PRONOUNS = {"il", "elle", "ils", "elles"}
_STRIP = " \t\n,;:«»“”\"'"


@dataclass
class SpeechLexicon:
    verbs: frozenset[str]
    object_content: frozenset[str]
    as_content: frozenset[str]
    according_to: tuple[str, ...]
    documents: frozenset[str] = frozenset()


def load_speech_lexicon() -> SpeechLexicon:
    path = Path(__file__).resolve().parent.parent / "data" / "events" / "speech_verbs.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return SpeechLexicon(frozenset(data["verbs"]), frozenset(data["object_content"]),
                         frozenset(data["as_content"]), tuple(data["according_to"]),
                         frozenset(data.get("documents", ())))


def speech_lexicon(ctx: Context) -> SpeechLexicon:
    lex: SpeechLexicon = ctx.resource("quotes:lexicon", load_speech_lexicon)
    return lex


class _Speakers:
    """Resolves speaker phrases to entity ids, remembering the last person for pronouns."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.last_person: Mention | None = None

    def inside(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def resolve(self, start: int, end: int, text: str) -> str | None:
        if text.strip().casefold() in _PRONOUNS:
            return (self.last_person.entity or _name_id(self.last_person)) if self.last_person else None
        inside = self.inside(start, end)
        people = [m for m in inside if m.type == "PER"]
        if people:
            self.last_person = people[0]
            return people[0].entity or _name_id(people[0])
        # The phrase is a name itself ("la Russie a déclaré"): the mention covers it all.
        core = text.strip(_STRIP)
        for m in inside:
            if m.entity and len(m.text) >= len(core) - 4:
                return m.entity
        return None

    def saw_subjects(self, start: int, end: int) -> None:
        """A person named as a subject becomes the referent of a later 'il'."""
        people = [m for m in self.inside(start, end) if m.type == "PER"]
        if people:
            self.last_person = people[0]


def _name_id(m: Mention) -> str:
    return "name:" + m.text.casefold()


def _phrase(tokens: list[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


def _speaker_after(verb: Any, sent: Any) -> list[Any]:
    """The inverted subject after a speech verb, up to a comma, a gerund or the sentence end."""
    out: list[Any] = []
    for t in sent[verb.i - sent.start + 1:]:
        if t.is_punct and t.text not in ("-", "'", "’"):
            break
        if t.lower_ == "en" and t.i + 1 < sent.end and t.doc[t.i + 1].pos_ in ("VERB", "AUX"):
            break
        if t.lower_ in ("-t-il", "-t-elle", "t-il", "t-elle", "-il", "-elle", "il", "elle") and not out:
            out.append(t)
            break
        out.append(t)
    while out and out[0].lower_ in ("-t", "-", "t"):
        out = out[1:]
    return out


def _inverted_subject(verb: Any, sent: Any) -> bool:
    """'..., a déclaré le ministre': a finite or compound verb with its subject after it."""
    morph = str(verb.morph)
    if "VerbForm=Fin" not in morph and not any(c.dep_.startswith("aux") for c in verb.children):
        return False  # a bare participle ("..., soutenus par ...") is not an incise
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ in ("obj", "ccomp") for c in verb.children):
        return False
    nxt = verb.i + 1
    if nxt >= sent.end:
        return False
    first = verb.doc[nxt]
    return first.pos_ in ("DET", "PROPN", "NOUN", "PRON") or first.text in ("M.", "Mme") \
        or first.lower_.startswith(("-t-", "-il", "-elle"))


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _STRIP:
        start += 1
    while end > start and body[end - 1] in _STRIP + ".":
        end -= 1
    return start, end


def _quote(article: Article, start: int, end: int, direct: bool, speaker: str | None,
           speaker_text: str) -> Quote | None:
    start, end = _trim(article.body, start, end)
    if end - start < 3:
        return None
    return Quote(start, end, article.body[start:end], direct, speaker, speaker_text.strip(),
                 stage=STAGE, model=MODEL)


def _subject_tokens(verb: Any) -> list[Any]:
    t = verb
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i:
                return list(c.subtree)
        if t.dep_ in ("advcl", "conj", "xcomp") and t.head.i != t.i:
            t = t.head
            continue
        break
    return []


def _in_sentence(sent: Any, lex: SpeechLexicon, article: Article, who: _Speakers) -> list[Quote]:
    body = article.body
    out: list[Quote] = []
    marked = [(m.start(), m.end()) for m in _MARKED.finditer(body, sent.start_char, sent.end_char)]
    for tok in sent:
        lemma = tok.lemma_.casefold()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in lex.verbs | lex.as_content:
            continue
        prev = [t for t in sent[:tok.i - sent.start] if not t.dep_.startswith("aux")][-1:] \
            if tok.i > sent.start else []
        inverted = bool(prev) and prev[0].text in (",", "»", "”", "\"") and lemma in lex.verbs \
            and _inverted_subject(tok, sent)
        if inverted:
            spk = _speaker_after(tok, sent)
            span = _phrase(spk)
            if span is None:
                continue
            text = body[span[0]:span[1]]
            speaker = who.resolve(span[0], span[1], text)
            before = [m for m in marked if m[1] <= prev[0].idx + 1]
            if before:
                q_start, q_end = before[-1]
            else:  # the quote starts the sentence, or the line when the parser ran on past one
                q_end = prev[0].idx
                q_start = max(sent.start_char, body.rfind("\n", sent.start_char, q_end) + 1)
            q = _quote(article, q_start, q_end, True, speaker, text)
            if q:
                out.append(q)
            continue
        subj = _subject_tokens(tok)
        span = _phrase(subj)
        after = [m for m in marked if m[0] > tok.idx]
        colon = next((t for t in sent[tok.i - sent.start + 1:] if t.text == ":"), None)
        if colon is not None and span is not None and colon.i - tok.i <= 3:
            text = body[span[0]:span[1]]
            q_start = after[0][0] if after else colon.idx + 1
            q_end = after[0][1] if after else sent.end_char
            q = _quote(article, q_start, q_end, True, who.resolve(span[0], span[1], text), text)
            if q:
                out.append(q)
            continue
        if span is None:
            continue
        content: tuple[int, int] | None = None
        nominal = False  # "X a annoncé <noun>": a statement only when a person makes it
        for c in tok.children:
            if c.dep_ == "ccomp" and any(m.lower_ in ("que", "qu'", "qu’") for m in c.children
                                         if m.dep_ == "mark") and lemma in lex.verbs:
                toks = [t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)]
                content = _phrase(toks)
            elif c.dep_ == "obj" and lemma in lex.as_content and \
                    any(g.lower_ == "comme" for g in tok.subtree if g.i > c.i):
                end_tok = max((t for t in tok.subtree if t.i > c.i and not t.is_punct),
                              key=lambda t: t.i)
                content = (c.left_edge.idx, end_tok.idx + len(end_tok))
            elif c.dep_ == "obj" and lemma in lex.object_content and c.pos_ in ("NOUN", "PROPN"):
                toks = [t for t in c.subtree if t.dep_ != "punct" or t.head.i != c.i]
                # "a annoncé l'intensification de la coopération avec le Mali": parsers often
                # hang the "avec" phrase on the verb; it still belongs to what was announced.
                for sib in tok.children:
                    if sib.dep_.startswith("obl") and sib.left_edge.i == max(t.i for t in toks) + 1 \
                            and any(g.dep_ == "case" and g.lower_ == "avec" for g in sib.children):
                        toks += list(sib.subtree)
                content = _phrase(toks)
                nominal = True
        if content is None:
            continue
        # "les trois pays ont annoncé la création d'une alliance" is an act (an event), not speech.
        text = body[span[0]:span[1]]
        by_person = any(m.type == "PER" for m in who.inside(span[0], span[1])) or (
            text.strip().casefold() in _PRONOUNS and who.last_person is not None)
        if nominal and not by_person:
            continue
        q = _quote(article, content[0], content[1], False, who.resolve(span[0], span[1], text), text)
        if q:
            out.append(q)
    out += _according_to(sent, lex, article, who, out)
    if not out:
        for t in sent:
            if t.dep_ in ("nsubj", "nsubj:pass"):
                span = _phrase(list(t.subtree))
                if span:
                    who.saw_subjects(*span)
                break
    return out


def _according_to(sent: Any, lex: SpeechLexicon, article: Article, who: _Speakers,
                  found: list[Quote]) -> list[Quote]:
    """'Selon X, ...': the rest of the sentence is X's (indirect) statement."""
    text = article.body[sent.start_char:sent.end_char]
    for prep in lex.according_to:
        m = re.match(rf"\s*{re.escape(prep)}\s+([^,]+),", text, re.IGNORECASE)
        if m is None:
            continue
        s0, s1 = sent.start_char + m.start(1), sent.start_char + m.end(1)
        if any(q.start <= s0 < q.end for q in found):
            return []
        speaker_text = article.body[s0:s1]
        words = re.findall(r"\w+", speaker_text.casefold())
        if not who.inside(s0, s1) and any(w in lex.documents for w in words):
            return []  # "selon le communiqué officiel": sourcing from a text, no speaker to quote
        q = _quote(article, sent.start_char + m.end(), sent.end_char, False,
                   who.resolve(s0, s1, speaker_text), speaker_text)
        return [q] if q else []
    return []


def quotes_of(article: Article, doc: Any, lex: SpeechLexicon) -> list[Quote]:
    who = _Speakers(article.mentions)
    quotes: list[Quote] = []
    for sent in segments(doc):
        quotes += _in_sentence(sent, lex, article, who)
    return quotes


def quotes_batch(batch: list[Article], ctx: Context) -> list[Article]:
    lex = speech_lexicon(ctx)
    for article in batch:
        article.quotes = quotes_of(article, parsed(article, ctx), lex)
    return batch
