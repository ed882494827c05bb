"""Unmarked direct quotes: a sentence closed by a reporting incise and no quotation marks.

"La paix est possible, a souligné le ministre." / "…, the Thai army said (in a statement)." The
incise is read as `direct` reads it after a closing mark; here it must close its sentence, and an
English incise may be followed by adverbials only (a chain of prepositional phrases, "told
reporters", a cited source), never by a clause, which would make the sentence the speaker's act.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import incise, words
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import finite_clause, sentence_start

# prepositional phrases of two or three words each, one after another: "in a statement on Sunday",
# "in an interview with the BBC"; "on Sunday the ceasefire had collapsed" is no such chain; (quotes@50)
# a determiner's noun may take one modifier before it: "in a safety announcement", "at a news conference"
_PP_CHAIN = re.compile(r"(?:(?:in|on|at|during|after|before|from|with|to|via|late|earlier)\s+"
                       r"(?:(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+)?)?[\w'’-]+(?:\s+|$))+")


def _long_tail(rest: list[str]) -> bool:
    """Whether the words after an English incise verb are more than its adverbials: up to four
    words, or a chain of prepositional phrases of up to ten."""
    return len(rest) > 4 and not (len(rest) <= 10 and _PP_CHAIN.fullmatch(" ".join(rest).rstrip(".")))


# whom an English incise's "told" is said to: reporters, or an outlet or person named
_TOLD_WHOM = re.compile(r"^\s+(?:reporters|journalists|the\s+(?:press|media)|(?:the\s+)?[A-Z][\w.&'’-]*"
                        r"(?:\s+[A-Z][\w.&'’-]*){0,3})(?=\s|[.,]|$)")
# (quotes@27) with or without its comma: "…, The Washington Post reported citing people familiar …"
# (quotes@37) or a participial clause after a comma, the speaker's further act ("…, the agency said,
# warning doctors about …", "…, he added, calling on …"): it hangs on the incise's verb and reports
# nothing of its own here (`participial.py` reads ", saying …"); "during", "morning" are no participles
# (quotes@38) and a noun in -ing is none either: a participle takes its object, "that" or a preposition
# after it ("meeting residents", "calling on"), never a coordinator, a verb or the clause's end
# ("…, striking and marching being banned": nouns, the subject of a clause of their own)
_CITING = re.compile(r",?\s+(?:citing|quoting|according\s+to)\b"
                     r"|,\s+(?!(?:during|morning|evening|[a-z]*thing)\b)[a-z]{2,}ing\b"
                     r"(?=\s+(?!(?:and|or|but|nor|being|having|is|are|was|were|will|would|has|have|had|"
                     r"can|could|may|might|must|should)\b)[\w'’\"“])")
_FR_RELATIVE = re.compile(r"(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles)\b",
                          re.IGNORECASE)


_OBJECT_PRONOUNS = frozenset({"this", "that", "these", "those", "so", "it", "nothing", "something", "everything"})


def unmarked_incises(body: str, sentences: list[tuple[int, int]], lang: str, lex: QuoteLexicon,
                     taken: list[tuple[int, int]],
                     has_subject: Callable[[int, tuple[int, int], tuple[int, int]], bool] | None = None
                     ) -> list[Found]:
    """'La paix est possible, a souligné le ministre.' / '…, the Thai army said.'

    `has_subject(i, before, speaker)` says whether the verb at offset i has its subject before it
    (from the parse; `before` is the text before the comma, `speaker` the phrase after the verb):
    then "X, a salué la coopération" is X's act, not an incise."""
    out: list[Found] = []
    for s, e in sentences:
        if any(a < e and s < b for a, b in taken):
            continue
        for c in re.finditer(r",\s*", body[s:e]):
            pos = s + c.end()
            found = incise(body, pos, lang, lex)
            if found is None:
                continue
            spk, end = found
            stmt_end = s + c.start()
            # (quotes@28, on since quotes@50) "…, the contractor in Kandy, it said.": a subject pronoun
            # after a comma is the incise's whole subject (an apposition never ends in a bare pronoun);
            # the words before it end the statement, so the comma before the pronoun opens the
            # incise. English only: a French incise inverts its pronoun subject ("…, a-t-il dit"), so a
            # subject phrase read after a French incise verb never ends in one
            pronoun = re.search(r",\s+(he|she|it|they)\s*$", body[spk[0]:spk[1]], re.IGNORECASE) \
                if lang == "en" else None
            if pronoun is not None:
                stmt_end = spk[0] + pronoun.start()
                spk = (spk[0] + pronoun.start(1), spk[0] + pronoun.end(1))
            elif lang == "en" and spk[0] > pos and "," in body[pos:spk[0]] and not lex.en_inverted.match(body, pos):
                # (quotes@50) the subject starts after a clause's words and a comma (`incises._after_clause`):
                # those words end the statement
                stmt_end = body.rfind(",", pos, spk[0])
            verb = lex.fr_incise.match(body, pos) if lang == "fr" else None
            if verb is not None and has_subject is not None and \
                    has_subject(verb.start("part") if verb.group("part") else verb.start("fin"),
                                (sentence_start(body, s), s + c.start()), spk):
                continue
            if end < e - 1 and body[end:e].strip(" .!?\"”»") != "":
                continue  # the incise must close the sentence
            if lang == "fr" and _FR_RELATIVE.match(body[s:s + c.start()].rsplit(",", 1)[-1].lstrip()):
                # "X, qui assurait la modération, a expliqué le sens de l'accord": a relative clause
                # between commas hangs on the noun before it, the verb's subject; no statement ends so
                continue
            # '…, the agency reported, citing local officials.': the source the speaker cites, after
            # the incise, is no part of it
            citing = _CITING.search(body, spk[1], end) if lang == "en" else None
            tail_end = citing.start() if citing is not None else end
            if lang == "en" and lex.en_inverted.match(body, pos):  # '…, said the ministry (on Sunday).'
                # (quotes@25) "X, Mr Y, said this in a statement": a demonstrative after the verb is
                # its object, what was said, never an inverted subject
                if body[spk[0]:spk[1]].strip().casefold() in _OBJECT_PRONOUNS:
                    continue
                rest = body[spk[1]:tail_end].split()
                # "The victim's brother, Daniel Hughes, said his family was devastated": a clause
                # after the verb is what was said, not its subject
                if len(body[spk[0]:spk[1]].split()) > 8 or _long_tail(rest) or finite_clause(body[spk[0]:end]) or \
                        (rest and rest[0].casefold() not in lex.en_adjuncts):
                    continue
            elif lang == "en":  # '…, the army said (in a statement).': only adverbials after the verb
                # (quotes@27) the perfect's auxiliary the speaker phrase leaves out: "…, X has said."
                tail = re.sub(r"^(?:has|have|had)\s+", "", body[spk[1]:tail_end].strip())
                v = lex.en_verb.match(tail) if tail else None
                after = tail[v.end():] if v else ""
                if v is not None and v.group() in ("told", "tells"):  # "told reporters", "told Reuters"
                    after = _TOLD_WHOM.sub("", after, count=1)
                rest = after.split()
                if v is None or _long_tail(rest) or (rest and rest[0].casefold() not in lex.en_adjuncts):
                    continue
                # (quotes@27) a clause is no speaker ("After X, the chief sold his shares, the FT
                # reported": the first comma's "the chief sold …" is what was reported)
                if finite_clause(body[spk[0]:spk[1]]):
                    continue
            # the statement is the whole sentence before the incise as the text marks it: a parser
            # may cut a long sentence before its verb ("Nommé mardi, X était sous le feu | des
            # critiques …, a rappelé l'AFP"), but not back over another quote or a line break
            first = sentence_start(body, s)
            if first >= s or any(a < s and first < b for a, b in taken) or re.search(r"[«»“”\"]", body[first:s]):
                first = s
            if words(body[first:stmt_end]) < 4:
                continue
            out.append(Found(first, stmt_end, True, spk, spk[0]))
            break
    return out
