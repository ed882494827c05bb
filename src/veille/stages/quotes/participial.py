"""Statements in a participial clause: "X cut rates, saying inflation had eased", "Trump told
reporters, adding that he would call Zelensky", "…, a indiqué le porte-parole, expliquant que
les dirigeants se rencontreraient".

A present participle of a reporting verb after a comma opens a clause whose subject is the
main clause's: the statement is what follows the participle (after "that"/"que", a colon, or,
for say/tell/add and dire/ajouter, directly). Who says it is decided in `quotes_of`: the
speaker of an attribution earlier in the same sentence, else the sentence's subject. "without
saying", "après avoir dit" are prepositions with a verb after them, not this clause.

A participle that names what was said (", la qualifiant de « … »", ", dépeignant comme « … » la
réforme", ", calling it "…"") takes the quote in marks as its attribute: that quote is the
statement, by the same speaker (quotes@19).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import finite_clause

# the participles that may take the statement with no "that" ("saying the talks failed"), when
# a clause follows (French always marks it with "que" or a colon)
_BARE = {"saying", "adding", "telling"}
# what "telling" / "ajoutant" may have before the statement: an indirect object of a few words
_EN_OBJECT = r"(?:\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
_FR_OBJECT = r"(?:\s+(?:à|aux?)\s+(?:la\s+|l['’]\s*|les\s+|ses\s+|son\s+|sa\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)"


# (quotes@46) an aside set off by two commas between the participle and "que"/"that" ("en affirmant,
# sur un ton solennel, que …", "saying, in a statement, that …"): a few words with no clause mark,
# no mark of quotation and no relative or conjunction that would open a clause of its own
ASIDE = (r"(?:\s*,(?!\s*(?:que|qu['’]|that|qui|who|which|et|and|mais|but)\b)[^,;:.!?«»“”\"\n]{2,60},)")


@dataclass
class Participial:
    start: int  # the statement
    end: int
    verb: int  # where the participle is: the speaker is named before it
    direct: bool = False  # a quote in marks the participle names


def participial(body: str, s: int, e: int, lang: str, lex: QuoteLexicon) -> Participial | None:
    """The statement of a participial clause inside the sentence body[s:e], if there is one."""
    return _reporting(body, s, e, lang, lex) or _naming(body, s, e, lang, lex)


def _naming(body: str, s: int, e: int, lang: str, lex: QuoteLexicon) -> Participial | None:
    """', la qualifiant de « recul historique »': the quote in marks the participle names, when it
    closes on the same line and holds at least three words (shorter ones are fragments)."""
    pattern = lex.en_naming if lang == "en" else lex.fr_naming
    for m in pattern.finditer(body, s, e):
        mark = body[m.end()]
        close = body.find({"«": "»", "“": "”"}.get(mark, '"'), m.end() + 1)
        line_end = body.find("\n", m.end())
        if close < 0 or (0 <= line_end < close):
            continue
        content = body[m.end() + 1:close].strip(" ,.;")
        if len(re.findall(r"\w+", content)) < 3:
            continue
        c0 = body.index(content, m.end() + 1)
        return Participial(c0, c0 + len(content), m.start("v"), True)
    return None


def _reporting(body: str, s: int, e: int, lang: str, lex: QuoteLexicon) -> Participial | None:
    pattern = lex.en_participle if lang == "en" else lex.fr_participle
    for m in pattern.finditer(body, s, e):
        group = next(g for g in ("v", "v2", "v3", "v4") if g in m.re.groupindex and m.group(g))
        verb = m.group(group).casefold()
        pos = m.end()
        if lang == "en":
            obj = re.match(_EN_OBJECT, body[pos:e]) if verb == "telling" else None
            if obj and not re.match(r"\s+that\b", obj.group()):
                pos += obj.end()
            # "telling reporters on Capitol Hill that": a short adverbial before "that"
            that = re.match(r"(?:\s+(?:on|in|at|during|after|before|via)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?|"
                            + ASIDE + r")?\s*(?:that\b|:)", body[pos:e])
        else:
            obj = re.match(_FR_OBJECT, body[pos:e])
            if obj and re.search(r"\s(?:que|qu['’])", obj.group()) is None:
                pos += obj.end()
            that = re.match(ASIDE + r"?\s*(?:que\b|qu['’]|:)", body[pos:e])
        # with no "that": a clause after any English participle ("alleging they used threats"), or
        # a quote in marks after say/tell/add
        rest = body[pos:e].lstrip()
        if that is None and not (lang == "en" and finite_clause(rest)) and not (verb in _BARE and rest[:1] in "\"“"):
            continue
        pos += that.end() if that else 0
        stop = e
        opening = re.match(r"\s*([«“\"])", body[pos:])
        if opening:  # a quote in marks runs to its closing mark, past what a sentence splitter cut
            close = body.find({"«": "»", "“": "”"}.get(opening.group(1), '"'), pos + opening.end())
            line_end = body.find("\n", pos)
            if close > 0 and (line_end < 0 or close < line_end):
                stop = max(e, close)
        head = body[s:m.start(group)]
        if head.rstrip().endswith(",") and _HEAD_VERB[lang].search(" " + head) is None:
            stop = _main_verb(body, pos, stop, lang, lex)
        content = body[pos:stop].strip(" ,.;")
        if len(re.findall(r"\w+", content)) < 4:
            continue
        c0 = body.index(content, pos)
        return Participial(c0, c0 + len(content), m.start(group))
    return None


# a verb in the words before the participle: then the participle follows the main clause ("X opened the
# session, saying that …"), else it stands between the subject and its verb ("X, noting that …, said …")
_HEAD_VERB = {"en": re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|did|does|[a-z]{2,}ed|says|said|told)\s"),
              "fr": re.compile(r"\s(?:a|ont|avait|avaient|est|sont|était|étaient|va|vont|sera|seront|[a-zé]{2,}ait)\s")}


def _main_verb(body: str, pos: int, stop: int, lang: str, lex: QuoteLexicon) -> int:
    """(quotes@48) A participial clause set between the subject and its verb ("X, noting that the defence
    had accused him, said he was …", "X, rappelant que …, a estimé que …") ends at the comma before the
    main clause's reporting verb: what follows is the main clause, not the participle's statement."""
    pattern = lex.en_verb if lang == "en" else lex.fr_intro
    for v in pattern.finditer(body, pos, stop):
        before = body[pos:v.start()].rstrip()
        if lang == "fr":
            before = re.sub(r"\s(?:a|ont|avait|avaient|aurait)$", "", before).rstrip()
        if before.endswith(",") and not re.search(r"[«“\"]", body[pos:v.start()]):
            return pos + len(before) - 1
    return stop
