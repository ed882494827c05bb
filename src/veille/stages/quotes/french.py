"""French indirect speech, from the dependency parse.

- "X a annoncé que …" (a reporting verb with a 'que' clause: the clause is what was said);
- "X a annoncé <noun phrase>" for verbs whose object is the statement, only when a person
  says it ("les trois pays ont annoncé la création d'une alliance" is an act, not speech);
- "X a salué <what> comme …";
- "selon X, …" and "…, selon X." (the rest of the sentence is X's), unless X names a text
  ("selon le communiqué").
"""

from __future__ import annotations

import re
from typing import Any

from veille.stages.quotes.direct import Found
from veille.stages.quotes.lexicon import QuoteLexicon

_SELF = {"je", "j'", "j’", "nous", "on", "tu", "vous"}


def _phrase(tokens: list[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def subject_tokens(verb: Any) -> list[Any]:
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


def participle_subject(tok: Any) -> tuple[int, int] | None:
    """Who a participle's statement is by ("…, expliquant que"): the subject of the clause it
    hangs on, or the noun it qualifies ("le porte-parole, Dmitri Peskov, expliquant que")."""
    span = _phrase(subject_tokens(tok))
    if span is not None:
        return span
    if tok.dep_ == "acl" and tok.head.i < tok.i:
        noun = [t for t in tok.head.subtree if t.i < tok.i and not t.is_punct]
        return _phrase(noun)
    return None


def sentence_subject(sent: Any) -> tuple[int, int] | None:
    """The subject of the sentence's first clause, for the 'il' of a later incise."""
    for t in sent:
        if t.dep_ in ("nsubj", "nsubj:pass"):
            return _phrase(list(t.subtree))
    return None


def indirect_fr(sent: Any, lex: QuoteLexicon, body: str, person_in: Any) -> list[Found]:
    """Indirect statements in one parsed sentence. `person_in(start, end)` says whether a
    person is named (or referred to by a pronoun) in that span."""
    out: list[Found] = []
    for tok in sent:
        lemma = tok.lemma_.casefold()
        if tok.pos_ not in ("VERB", "AUX") or lemma not in lex.fr_verbs | lex.as_content:
            continue
        span = _phrase(subject_tokens(tok))
        if span is None or body[span[0]:span[1]].casefold() in _SELF:
            continue
        content: tuple[int, int] | None = None
        nominal = False
        for c in tok.children:
            if c.dep_ == "ccomp" and lemma in lex.fr_verbs and any(
                    m.lower_ in ("que", "qu'", "qu’") for m in c.children if m.dep_ == "mark"):
                content = _phrase([t for t in c.subtree if not (t.dep_ == "mark" and t.head.i == c.i)])
            elif c.dep_ == "obj" and lemma in lex.as_content and \
                    any(g.lower_ == "comme" for g in tok.subtree if g.i > c.i):
                end_tok = max((t for t in tok.subtree if t.i > c.i and not t.is_punct), key=lambda t: t.i)
                content = (c.left_edge.idx, end_tok.idx + len(end_tok))
            elif c.dep_ == "obj" and lemma in lex.object_content and c.pos_ in ("NOUN", "PROPN"):
                toks = [t for t in c.subtree if t.dep_ != "punct" or t.head.i != c.i]
                # "a annoncé l'intensification de la coopération avec le Mali": the parser
                # often hangs the "avec" phrase on the verb; it belongs to what was announced.
                for sib in tok.children:
                    if sib.dep_.startswith("obl") and sib.left_edge.i == max(t.i for t in toks) + 1 \
                            and any(g.dep_ == "case" and g.lower_ == "avec" for g in sib.children):
                        toks += list(sib.subtree)
                content = _phrase(toks)
                nominal = True
        # "a annoncé sa démission": a short noun phrase names an act, not what was said
        if content is None or (nominal and (not person_in(*span) or
                                            len(body[content[0]:content[1]].split()) < 4)):
            continue
        out.append(Found(content[0], content[1], False, span, span[0]))
    return out


def according_to(body: str, s: int, e: int, preps: tuple[str, ...], documents: frozenset[str],
                 named: Any) -> Found | None:
    """'Selon X, …' at the start of the sentence, or '…, selon X.' / 'according to X' at its end."""
    text = body[s:e]
    alt = "|".join(re.escape(p) for p in preps)
    head = re.match(rf"\s*(?:{alt})\s+([^,]+),", text, re.IGNORECASE)
    tail = re.search(rf",?\s+(?:{alt})\s+([^,]+?)\s*[.!]?\s*$", text, re.IGNORECASE)
    for m, before in ((head, False), (tail, True)):
        if m is None:
            continue
        s0, s1 = s + m.start(1), s + m.end(1)
        words = re.findall(r"\w+", body[s0:s1].casefold())
        if not named(s0, s1) and any(w in documents for w in words):
            continue  # "selon le communiqué": sourcing from a text, no speaker to quote
        c0, c1 = (s, s + m.start()) if before else (s + m.end(), e)
        if len(re.findall(r"\w+", body[c0:c1])) < 4 or len(words) > 12:
            continue
        return Found(c0, c1, False, (s0, s1), s0)
    return None
