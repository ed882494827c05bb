"""Incises: the reporting clause set off after a quote's closing mark or inside its marks.

'"…," the minister said', '"…," said X', "« … », a lancé le chef de l'État", "« … », résume-t-elle",
"« … »,a affirmé, mardi, la ministre", "« A, dit Lydia, B »"; with no comma after a quote that is a
sentence of its own when the order is inverted ('"…" a déclaré l'un d'eux'). The same readers serve the
unmarked incise ("…, a souligné le ministre.", `unmarked.py`) and are read on the text, not the parse.

Split out of `direct.py` (which keeps the walk over the quotation marks) when it neared the ~600-line
limit; `introductions.py` holds the attributions that come before the opening mark.
"""

from __future__ import annotations

import re

from veille.stages.entities.english import stop_words, without_nicknames
from veille.stages.quotes.lexicon import FR_OBJECT_CLITIC, QuoteLexicon
from veille.stages.quotes.text import (
    chunks,
    finite_clause,
    sentence_end,
    speaker_after,
)

_CLOSE_END = ",?!…"
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
                "could", "should", "may", "might", "must", "do", "does", "did"}
_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "being"}  # "…, officials have said" stays
NOT_SUBJECT = {"which", "who", "whom", "that", "and", "but", "as", "while", "when", "if", "because",
                "although", "though", "where", "after", "before", "since", "it", "this", "there"}


def not_subject(word: str, words: set[str]) -> bool:
    """A function word that cannot start the speaker ("who", "and"); an acronym written in
    capitals ("WHO spokesperson X told reporters") is a name, not the pronoun."""
    return word.casefold() in words and not (word.isupper() and len(word) > 1)


_EN_DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "one", "two", "three", "several", "some",
                   "many", "he", "she", "they", "this", "that", "these", "those", "another", "both")
# the words a clause's subject opens with after a verb that takes a clause ("said the bank would act")
_CLAUSE_SUBJECTS = ("the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "he", "she",
                    "they", "it", "we", "i", "there")
_EN_AFTER_ADVERB = r"(?:\s+(?:also|later|then|earlier|again|further|previously|has|had|have))?"


# any verb with its subject pronoun inverted after a quote is an incise, whatever the verb
# ("», commence-t-il", "», sourit-elle", "», s'emporte-t-il")
# ("a-t-on appris auprès de …": "on" with the source the incise names)
_ANY_INVERTED = re.compile(FR_OBJECT_CLITIC + r"(?:(?:a|ont|avait|avaient)(?P<cl1>(?:-t)?-(?:il|elle|ils|elles|on))\s+"
                           r"(?P<part>[a-zéèêàâîôûç]+)|(?P<fin>[a-zéèêàâîôûç]+))(?P<cl2>(?:-t)?-(?:il|elle|ils|elles|on))?"
                           r"(?=[\s,.;:!?»\"”)]|$)")


def _incise_fr(body: str, pos: int, lex: QuoteLexicon, after_mark: bool = False
               ) -> tuple[tuple[int, int], int] | None:
    """A French incise verb group at `pos` and its speaker: ((start, end), end of the incise).
    `after_mark`: right after a quote's closing mark, where any verb with an inverted subject
    pronoun is an incise."""
    m = lex.fr_incise.match(body, pos)
    if m is None:
        m = _ANY_INVERTED.match(body, pos)
        clitic = m.group("cl1") or m.group("cl2") if m is not None else None
        # with no quotation mark before it, only "a-t-on appris auprès de X" (which names its
        # source) is an incise whatever the verb: "…, pense-t-il" may be a question
        m = m if clitic and (after_mark or clitic.endswith("on")) else None
    if m is None:
        return None
    end = sentence_end(body, m.end())
    clitic = m.group("cl1") or m.group("cl2")
    if clitic:
        name = "cl1" if m.group("cl1") else "cl2"
        s, e = m.start(name), m.end(name)
        s += len(clitic) - len(clitic.lstrip("-t").lstrip("-"))
        if clitic.endswith("on"):  # "a-t-on appris auprès de la direction"
            # "a-t-on appris de source sécuritaire" (the source is the phrase from "source"), "peut-on
            # lire dans le communiqué" (the text read)
            # "insiste-t-on à la mairie", "explique-t-on dans l'entourage du ministre", "du côté de X"
            source = re.search(r"\bauprès\s+(?:de\s+|d['’]|du\s+|des\s+)|\bde\s+(?=sources?\b)|"
                               r"(?<=\blire)\s+(?:dans|sur)\s+|^\s+(?:à|au|aux|chez)\s+(?!(?:nouveau|plusieurs|"
                               r"juste|peine|présent|part|propos|son|sa|ses|leur|leurs|mon|ma|mes)\b)(?=[^\W\d])|"
                               r"^\s+dans\s+(?=l['’]entourage|le\s+camp|les\s+rangs|l['’]équipe)|"
                               r"^\s+du\s+côté\s+(?:de\s+|d['’]|du\s+|des\s+)", body[m.end():end])
            if source is None:
                return None
            s, e = m.end() + source.end(), end
        return (s, e), end
    spk = speaker_after(body, m.end(), end, lex.fr_adjuncts)
    if spk is None:
        # (quotes@46) a long adverbial after the subject ("a lancé X à l'occasion d'un sommet
        # qu'organisent …") makes the phrase too long to be a subject: read it up to the adverbial
        tail = _FR_TRAILING_ADVERBIAL.search(body, m.end(), end)
        if tail is None or _words(body[m.end():tail.start()]) < 2:
            return None
        spk = speaker_after(body, m.end(), tail.start(), lex.fr_adjuncts)
        if spk is None:
            return None
    # an adverbial after the subject is where or how it was said, not who said it ("a indiqué le
    # constructeur dans un communiqué", "a affirmé le chef de l'État devant les préfets")
    tail = _FR_TRAILING_ADVERBIAL.search(body, spk[0], spk[1])
    if tail is not None and _words(body[spk[0]:tail.start()]) >= 2:
        spk = (spk[0], tail.start())
    return spk, end


# prepositions that open an adverbial of place, time or medium and no part of a title ("le ministre
# délégué à l'Industrie", "l'ambassadeur au Mali" keep theirs: "à"/"au" are left alone; "une source
# dans l'entourage du ministre" is who spoke)
_FR_TRAILING_ADVERBIAL = re.compile(
    r"\s+(?:dans(?!\s+(?:l['’]entourage|le\s+camp|l['’]équipe|le\s+cabinet|les\s+rangs)\b)|lors|devant|pendant|sur|"
    r"durant|via|depuis|en\s+marge|au\s+cours|à\s+l['’]issue|à\s+l['’]occasion|au\s+terme|au\s+micro|"
    r"à\s+la\s+sortie|"
    # the press a statement is made to, after the subject ("a déclaré l'un d'eux à l'AFP"): an
    # addressee, never part of a title as "à l'ONU" is
    r"à\s+(?:l['’]AFP|l['’]agence|la\s+presse|Reuters|l['’]Associated\s+Press)|aux\s+(?:journalistes|médias)|"
    # the publication it was said for ("a reconnu le dirigeant pour Le Figaro"): French capitalises an
    # article inside a sentence only as the first word of a title, so "pour le Sahel" stays (quotes@19)
    r"pour(?=\s+(?:Le|La|Les|L['’])\s*[A-ZÀ-ÖØ-Þ]))(?![\w'’-])")


# News English puts a bare title before the name it inverts: '"…," said shelter director Maria Lopez',
# 'said defence lawyer X'; a preposition or a verb after "said" is no subject ("said to be", "said in").
_TITLED_NAME = re.compile(r"(?P<first>[a-z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,3}\s+[A-ZÀ-ÖØ-Þ][\w'’-]+")


# spaCy lists these as stop words, but they open a title: 'said former coach X', 'said top aide X'
_TITLE_OPENERS = frozenset({"former", "top"})


def _titled_name(phrase: str) -> bool:
    m = _TITLED_NAME.match(phrase)
    return m is not None and (m.group("first") not in stop_words() or m.group("first") in _TITLE_OPENERS)


# a noun a name owns closes the phrase: "Tom Reed's longtime lawyer"
_OWNED_NOUN = re.compile(r"[A-Z][\w-]*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$")


def _incise_en(body: str, pos: int, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """An English incise at `pos`: 'said X' or 'X said (...)'; ((speaker), end of the incise)."""
    end = sentence_end(body, pos)
    m = lex.en_inverted.match(body, pos)
    if m is not None:  # '"…," said Blatter, who …'
        pieces = chunks(body, m.end(), end)
        if not pieces:
            return None
        s, e = pieces[0]
        # the subject after the verb is a noun phrase: "said the ministry", "said Blatter";
        # "said to be the closest" is the passive report construction, no incise
        if not re.match(rf"(?:[A-Z]|(?:{'|'.join(_EN_DETERMINERS)})\b)", body[s:e]) \
                and not _titled_name(body[s:e]):
            return None
        name = re.match(r"[^()]*?(?=\s+(?:on|in|at|to|during|after|before|as|while|who|which)\b|$)", body[s:e])
        e = s + name.end() if name and name.end() else e
        # 'said Tom Reed's longtime lawyer, Anna Kim': the name in apposition to a possessed noun is
        # the speaker, who `Speakers._possessor` picks (quotes@22)
        if len(pieces) > 1 and e == pieces[0][1] and _OWNED_NOUN.search(body, s, e) \
                and re.match(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+", body[pieces[1][0]:pieces[1][1]]):
            e = pieces[1][1]
        return ((s, e), end) if len(body[s:e].split()) <= 12 else None
    r = _STATEMENT_READS.match(body, pos, end)
    if r is not None and r.group("noun").casefold() in lex.statements:
        # (quotes@50) '"…," the statement read.': a statement's written words, which the statement's
        # phrase speaks for (`Speakers` binds it to whoever issued it); "read" alone is no reporting
        # verb ("The banner read", "he read the report")
        return (r.start("doc"), r.end("doc")), end
    v = lex.en_verb.search(body, pos, end)
    if v is None:
        return None
    spk = body[pos:v.start()]
    # the subject is a noun phrase: not a verb phrase before a participle ("…, is a way to check how
    # often studies have been repeated": "repeated" is no incise verb there)
    # a nickname in marks inside a name is no quote ('Press Secretary Anthony "Ace" Newbold announced')
    if not spk.strip() or len(spk.split()) > 14 or re.search(r"[\"“”«»]", without_nicknames(spk)) \
            or not_subject(spk.split()[0], NOT_SUBJECT) or spk.split()[0].casefold() in _AUXILIARIES \
            or spk.split()[-1].casefold() in _PASSIVE_AUX:
        return None
    # an incise verb closes its clause; one with a clause after it is a verb of the sentence,
    # the marks before it a title or a name ('In his memoir "A Promised Land," Obama writes that …')
    # (a clause whose subject opens right after the verb: an adverbial first, "said Monday as he
    # left", "said after the meeting ended", keeps the incise)
    rest = body[v.end():end]
    if re.match(r"\s*that\b", rest) or (re.match(rf"\s*(?:{'|'.join(_CLAUSE_SUBJECTS)})\b", rest, re.IGNORECASE)
                                          and finite_clause(rest.lstrip())):
        return None
    # "Lopez, who has led the department since 2020, told reporters": the name before the relative clause
    spk = re.split(r",\s+(?:who|which)\b", spk, maxsplit=1)[0]
    spk_end = pos + len(re.sub(rf"{_EN_AFTER_ADVERB}\s*$", "", spk.rstrip(" ,")))
    s = pos + len(spk) - len(spk.lstrip(" ,"))
    s = _after_clause(body, s, spk_end)
    if spk_end <= s:
        return None
    return (s, spk_end), end


_RELATIVE = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def _after_clause(body: str, s: int, e: int) -> int:
    """(quotes@50) Where the subject of '…, X said' starts when the words before it up to a comma hold an
    auxiliary of their own: an apposition is a noun phrase and holds no finite verb outside a relative
    clause, so '…, more frequently than is recommended, the agency said' has "the agency" for its subject,
    the words before the comma belonging to the statement. "Jones, whose son was killed, said" keeps its
    subject (the auxiliary is the relative clause's)."""
    commas = [m.end() for m in re.finditer(r",\s*", body[s:e])]
    if not commas:
        return s
    last = s + commas[-1]
    if not re.match(r"(?:the\s+|[A-Z])", body[last:e]) or len(body[last:e].split()) > 6:
        return s  # the subject left must be a definite noun phrase or a name
    segments = re.split(r",\s*", body[s:last])
    for segment in segments:
        words = [w.casefold() for w in re.findall(r"[\w'’-]+", segment)]
        for i, w in enumerate(words):
            if w in _AUXILIARIES and not any(x in _RELATIVE for x in words[:i]):
                return last
    return s


# (quotes@50) a statement's phrase and "read(s)" closing the sentence: '"…," the statement read.'
_STATEMENT_READS = re.compile(r"(?P<doc>(?:the|this|that|its|his|her|their|an?)\s+(?:[\w'’-]+\s+){0,3}?"
                              r"(?P<noun>[a-z]+))\s+(?:(?:further|also|then)\s+)?reads?"
                              r"(?:\s+in\s+(?:full|part))?\s*(?:[.;]|$)", re.IGNORECASE)


def _incise(body: str, pos: int, lang: str, lex: QuoteLexicon, after_mark: bool = False
            ) -> tuple[tuple[int, int], int] | None:
    return _incise_en(body, pos, lex) if lang == "en" else _incise_fr(body, pos, lex, after_mark)


def _after(body: str, q: int, lang: str, lex: QuoteLexicon, content: str, opens: bool = False
           ) -> tuple[tuple[int, int], int] | None:
    """The incise right after the closing mark at `q`, if the quote is built for one. `opens`:
    the mark opens its sentence."""
    m = re.match(r"[ \t]*(,)?[ \t]*", body[q + 1:q + 6])
    comma = bool(m and m.group(1))
    pos = q + 1 + (m.end() if m else 0)
    if not comma and content[-1:] not in _CLOSE_END:
        found = _commaless(body, pos, lang, lex, content, opens)
        if found is None and lex.unproven_incises and opens and _words(content) >= 4:
            # (quotes@28, `quotes.unproven_incise_rules`, off by default) a prepositional phrase
            # between the quote and its incise says what the words are about ("« … » concernant
            # l'action du groupe, a dit le maire", '"…" about the plan, the minister said'): the
            # incise after it reports the quote
            tail = _TAIL.match(body, q + 1)
            found = _incise(body, tail.end(), lang, lex, after_mark=True) if tail is not None else None
        return found
    return _incise(body, pos, lang, lex, after_mark=True)


# a preposition (closed class) heading a short phrase with no verb and no marks, then a comma
_TAIL = re.compile(r"[ \t]+(?:concernant|sur|quant\s+à|à\s+propos\s+d[eu']|au\s+sujet\s+d[eu']|about|regarding|"
                   r"concerning|over|on)\s[^,.;:!?«»“”\"\n]{1,80},[ \t]*", re.IGNORECASE)


# the subject of a clause the quote would head, not of an incise ('« Le Monde » a révélé que …')
_CLAUSE_AFTER = re.compile(r"(?<![\w'’-])(?:que|qu['’]|that|how|why|whether)(?![\w-])", re.IGNORECASE)


_INVERTED_PRONOUN = re.compile(r"[^\W\d]+(?:-t)?-(?:il|elle|ils|elles)\b")


def _commaless(body: str, pos: int, lang: str, lex: QuoteLexicon, content: str, opens: bool
               ) -> tuple[tuple[int, int], int] | None:
    """An incise with no comma after a quote that is a sentence of its own, as copy that drops
    the comma writes it ('"Nous avons été entendus" a déclaré l'un d'eux', '» s'exclame une
    élue', '"We were heard" said one of them'). Only the inverted order makes it one: a reporting
    verb group first, then its subject; a quote that opens its sentence with a verb and no
    inversion after it is the sentence's subject ('« Le Monde » a révélé que …': a title). A
    subject pronoun inverted onto the verb ('…" a-t-il indiqué') marks an incise wherever the
    quote opens; three words at least, or it is a phrase in a question ('Le « plan » a-t-il échoué ?')."""
    if _words(content) < 3:
        return None
    if lang == "fr" and _INVERTED_PRONOUN.match(body, pos):
        return _incise_fr(body, pos, lex, after_mark=True)
    if not opens or not content[:1].isupper():
        return None
    if lang == "fr":
        found = _incise_fr(body, pos, lex, after_mark=True)
    else:
        inverted = lex.en_inverted.match(body, pos)
        found = _incise_en(body, pos, lex) if inverted is not None else None
        if found is None and content[-1:] in ".!?…":
            # (quotes@43) '"… for that." X said while addressing the judge': a reporting verb with no
            # object of its own (the sentence ends after it or after a short adverbial, no "that",
            # no clause) has the quote before it as its object, comma or not
            found = _incise_en(body, pos, lex)
            if found is not None and not _objectless(body, found[0][1], lex):
                found = None
    if found is None or _CLAUSE_AFTER.search(body, pos, found[0][0] + 4):
        return None
    return found


# what may follow a verb that has no object of its own: the sentence's end, or a short adverbial
# (a preposition and its noun phrase, a subordinator and a participle) that then ends it
_NO_OBJECT = re.compile(r"\s*(?:[.;!?]|$|\n|(?:(?:on|in|at|during|outside|after|before|to|from)\s+(?!that\b)"
                        r"|(?:while|when|as|after|before)\s+[a-z]+ing\b)[^.;:!?\"“”«»\n]*[.;!?\n]?$)")


def _objectless(body: str, spk_end: int, lex: QuoteLexicon) -> bool:
    """Whether the reporting verb right after the subject ending at `spk_end` has no object: the
    sentence ends after it, or after a short adverbial with no verb of a clause of its own."""
    end = sentence_end(body, spk_end)
    v = lex.en_verb.match(body, spk_end) or lex.en_verb.match(body, spk_end + 1)
    if v is None:
        return False
    rest = body[v.end():end]
    if len(rest.split()) > 7 or re.search(r"\b(?:that|is|was|are|were|will|would|has|had|have)\b", rest):
        return False
    return _NO_OBJECT.match(rest) is not None


def _inner_incise(body: str, mk_start: int, mk_end: int, lang: str, lex: QuoteLexicon
                  ) -> tuple[int, int, tuple[int, int]] | None:
    """ "A, dit Lydia, B": (comma, resume, speaker) for an incise inside the marks."""
    for c in re.finditer(r",\s*", body[mk_start:mk_end]):
        pos = mk_start + c.end()
        found = _incise(body, pos, lang, lex)
        if found is None:
            continue
        spk, _ = found
        stop = re.compile(r"[,.]").search(body, spk[1], mk_end + 1)
        if stop is None or len(body[pos:stop.start()].split()) > 9:
            continue
        # the speaker phrase ends at the comma or full stop that closes the incise
        spk = (spk[0], min(spk[1], stop.start()))
        if lang == "en" and not re.match(r"(?:[A-Z]|he\b|she\b|they\b)", body[spk[0]:spk[1]]):
            continue
        return mk_start + c.start(), stop.end(), spk
    return None


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# the pieces `direct`, `introductions`, `lists` and `unmarked` read
after = _after
inner_incise = _inner_incise
incise = _incise
words = _words
