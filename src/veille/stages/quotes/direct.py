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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from veille.stages.quotes.lexicon import FR_OBJECT_CLITIC, QuoteLexicon, work_titles
from veille.stages.quotes.text import (
    chunks,
    finite_clause,
    marked_spans,
    sentence_end,
    sentence_start,
    speaker_after,
    speaker_before,
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


_CLOSE_END = ",?!…"
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
                "could", "should", "may", "might", "must", "do", "does", "did"}
_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "being"}  # "…, officials have said" stays
_NOT_SUBJECT = {"which", "who", "whom", "that", "and", "but", "as", "while", "when", "if", "because",
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
_EN_AFTER_ADVERB = r"(?:\s+(?:also|later|then|earlier|again|previously|has|had|have))?"


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


def _titled_name(phrase: str) -> bool:
    m = _TITLED_NAME.match(phrase)
    return m is not None and m.group("first") not in STOP_WORDS


_NICKNAME = re.compile(r"(?<=[A-Za-zÀ-ÿ])\s+[“\"][A-Z][\w'’-]*[”\"]\s+(?=[A-Z])")


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
        return ((s, e), end) if len(body[s:e].split()) <= 12 else None
    v = lex.en_verb.search(body, pos, end)
    if v is None:
        return None
    spk = body[pos:v.start()]
    # the subject is a noun phrase: not a verb phrase before a participle ("…, is a way to check how
    # often studies have been repeated": "repeated" is no incise verb there)
    # a nickname in marks inside a name is no quote ('Press Secretary Anthony "Ace" Newbold announced')
    if not spk.strip() or len(spk.split()) > 14 or re.search(r"[\"“”«»]", _NICKNAME.sub(" ", spk)) \
            or not_subject(spk.split()[0], _NOT_SUBJECT) or spk.split()[0].casefold() in _AUXILIARIES \
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
    if spk_end <= s:
        return None
    return (s, spk_end), end


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
        return _commaless(body, pos, lang, lex, content, opens)
    return _incise(body, pos, lang, lex, after_mark=True)


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
    if found is None or _CLAUSE_AFTER.search(body, pos, found[0][0] + 4):
        return None
    return found


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


def _intro(body: str, mk: int, lang: str, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """'X a déclaré : « … »' / 'X said: "…"': (speaker, verb position) before the opening mark."""
    start = sentence_start(body, mk)
    pre = body[start:mk]
    pattern = lex.en_verb if lang == "en" else lex.fr_intro
    naming = _NAMING[lang].search(pre)
    verbs = [naming] if naming else list(pattern.finditer(pre))
    if not verbs:
        return None
    v = verbs[-1]
    mid = pre[v.end():]
    inverted = re.fullmatch(r"\s*(?P<spk>(?:M\.|Mme|MM\.|[A-ZÀ-ÖØ-Þ]|l['’]|les?\s|la\s)[^,:;]*?)\s*:\s*", mid)
    if lang == "fr" and inverted is not None:  # "…, assure Mme Lagarde : « … »": the subject after the verb
        s0 = start + v.end() + inverted.start("spk")
        return (s0, s0 + len(inverted.group("spk"))), start + v.start()
    if len(mid.split()) > 7 or re.search(r"[\"«»“”.]", mid):
        return None
    if not re.search(r"(?::|,|\bque|\bqu['’]|\bthat)\s*$", mid) and len(mid.split()) > 3:
        return None
    head = pre[:v.start()]
    head = re.sub(r"(?:\s+(?:a|ont|avait|avaient|aurait|est|s['’]est|has|had|have|also|later|then|"
                  r"[a-zé]+ment|aussi|encore|ensuite|également|[a-z]+ly|de son côté|de leur côté|pour sa part|"
                  r"pour leur part|quant à lui|quant à elle|for (?:his|her|its|their) part))+\s*$", "", head)
    head = re.sub(r"(?:\s+s['’]|\s+se)\s*$", "", head)
    # a second verb of the same subject ("X a déclaré que …, et a ajouté : « »", "X said … and
    # added: "…""): the subject is before the first verb
    if re.search(r"[\s,](?:et|and|puis)$", head):
        first = re.search(r"\s(?:a|ont|avait|avaient|est|has|had|have|is|was)\s", head) or pattern.search(head)
        if first is None:
            return None
        head = head[:first.start()]
    # the verb of an incise ("« … », a-t-il estimé sur RTL, assurant que « … »"): its pronoun
    clitic = re.search(r"(?:-t)?-(il|elle|ils|elles)\s*$", head)
    if clitic is not None:
        return (start + clitic.start(1), start + clitic.end(1)), start + v.start()
    if re.search(r"[«»“”\"]", head):
        return None  # a speaker phrase holds no quotation mark
    # a relative clause: "… Marco Rubio, who acknowledged there was « … »", "…, qui a déclaré : «"
    relative = re.search(r"((?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+(?:of\s+|de\s+)?){0,5}[A-ZÀ-ÖØ-Þ][\w.'’-]*),\s+(?:who|qui)\s*$",
                         head)
    if relative is not None:
        return (start + relative.start(1), start + relative.end(1)), start + v.start()
    if re.search(r"\b(?:who|which|that|qui|que)\s*$", head):
        return None
    adjuncts = lex.en_adjuncts if lang == "en" else lex.fr_adjuncts
    spk = speaker_before(body, start, start + len(head), adjuncts)
    if spk is None:
        return None
    # a reporting clause set between commas inside the sentence it reports ('The plan, she added,
    # "attempted to …"'): the pronoun after the last comma is the speaker, the words before it the
    # quoted verb's own subject
    inside = re.search(r",\s+(he|she|they|il|elle|ils|elles)\s*$", body[spk[0]:spk[1]], re.IGNORECASE)
    if inside is not None:
        spk = (spk[0] + inside.start(1), spk[0] + inside.end(1))
    return spk, start + v.start()


_FOR = {"fr": r"(?:Pour|Selon|D['’]après)", "en": r"(?:According to|For)"}
# naming what was said: 'called it "a grievous wound"', 'a qualifié la décision de « … »'
_NAMING = {
    "en": re.compile(r"\b(?:called|calls|described|describes|dubbed|branded|labell?ed|termed)\s+(?:it|this|that|them|"
                     r"him|her|(?:the|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:as\s+)?(?:an?\s+)?$"),
    "fr": re.compile(r"\b(?:qualifiée?s?|qualifient|qualifie|traitée?s?|traite)\s+(?:[\w'’-]+\s+){0,4}?"
                     r"(?:de|d['’]|comme)\s*(?:(?:un|une|des|le|la|les|l['’])\s*)?$"),
}


def _for_speaker(body: str, mk: int, lang: str, people: frozenset[str] = frozenset()
                 ) -> tuple[tuple[int, int], int] | None:
    """'Pour Jordan Bardella (RN), « … »' / 'According to X, "…"': a named source before the mark;
    also one a title or a source noun describes ("Pour le procureur, « … »", `people`)."""
    start = sentence_start(body, mk)
    # "Pour la présidente du groupe, Cyrielle Chatelain, « … »": a name in apposition after the title;
    # "Pour Jean Dupont, maire de la commune, « … »": a title in apposition after the name
    m = re.fullmatch(rf"\s*{_FOR[lang]}\s+(?P<spk>(?P<head>[^,«»“”\"]+?)(?:,\s*[A-ZÀ-ÖØ-Þ][^,«»“”\"]*?|"
                     rf",\s*[^,«»“”\"]{{1,60}}?)?)\s*,\s*", body[start:mk])
    if m is None:
        return None
    named = re.search(r"\b[A-ZÀ-ÖØ-Þ]", m.group("head")) is not None
    described = any(w in people for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group("head").casefold()))
    if not named and not described and not re.search(r"\b[A-ZÀ-ÖØ-Þ]", m.group("spk")):
        return None  # "Pour la première fois, « … »": no one named
    if not named and not described and not re.match(r",\s*[A-ZÀ-ÖØ-Þ]", m.group("spk")[len(m.group("head")):]):
        return None  # an apposition that names someone must be a name: "Pour l'heure, selon X"
    s0 = start + m.start("spk")
    return (s0, s0 + len(m.group("spk"))), s0


# a subject pronoun opening the sentence, a few words of any verb, a colon, then the quote:
# "Et il entre dans le vif du sujet : « … »", "Elle poursuit : « … »", "He put it bluntly: "…""
_VERB_TO_COLON = r"\s+[^\W\d][^:;«»“”\".!?]{0,60}:\s*"
# an adverbial may come first, set off by a comma ("Concernant la suite, il appelle à la prudence : « … »",
# "Asked about the deal, she was blunt: "…"")
_FRONTED = r"(?:[^\W\d][^,:;«»“”\".!?\n]{0,60},\s+)?"
_COLON_PRONOUN = {"fr": re.compile(r"\s*" + _FRONTED + r"(?:(?:et|puis|alors)\s+)?(?P<spk>[Ii]ls?|[Ee]lles?)"
                                   + _VERB_TO_COLON, re.IGNORECASE),
                  "en": re.compile(r"\s*" + _FRONTED + r"(?:(?:and|then)\s+)?(?P<spk>[Hh]e|[Ss]he|[Tt]hey)"
                                   + _VERB_TO_COLON, re.IGNORECASE)}


def _colon_pronoun(body: str, mk: int, lang: str) -> tuple[tuple[int, int], int] | None:
    """The pronoun subject of a sentence that a colon ends right before the opening mark."""
    start = sentence_start(body, mk)
    m = _COLON_PRONOUN[lang].fullmatch(body, start, mk)
    if m is None:
        return None
    return (m.start("spk"), m.end("spk")), m.start("spk")


# a compound past of any verb ("a revendiqué", "ont rappelé", "has claimed", "warned"): the subject
# before it introduces the sentence in marks after the colon that ends its own
_COLON_VERB = {
    "fr": re.compile(r"\s(?:a|ont|avait|avaient)\s+(?:[a-zé]+ment\s+|ensuite\s+|aussi\s+|alors\s+)?"
                     r"[a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées|i|is|it|u|ue|us|ert|int)\s"),
    "en": re.compile(r"\s(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\s"),
}


def _colon_subject(body: str, mk: int, lang: str, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """'Sur son compte Telegram, le groupe a revendiqué l'attaque : « Nos combattants … »': the
    subject of a sentence in the past that a colon ends right before a sentence in marks."""
    start = sentence_start(body, mk)
    pre = body[start:mk]
    if re.search(r"[«»“”\"]", pre):
        return None
    reporting = (lex.fr_intro if lang == "fr" else lex.en_verb).search(pre)
    if re.search(r":\s*$", pre):
        # a verb in the past, whatever it is; a reporting verb in any tense ("Le responsable affirme que
        # le syndicat ne cèdera pas : « … »": the statement, then its words)
        verb = _COLON_VERB[lang].search(pre) or reporting
    else:
        # a comma after a reported statement, then its speaker's own words ('Captain X says the
        # officers took their time, "It is our desire …"'): a reporting verb only, with its clause
        verb = reporting if re.search(r",\s*$", pre) and reporting is not None and _words(pre[reporting.end():]) >= 4 \
            else None
    if verb is None or pre.count(":") > 1:
        return None
    spk = speaker_before(body, start, start + verb.start(), lex.en_adjuncts if lang == "en" else lex.fr_adjuncts)
    if spk is None:
        return None
    words = body[spk[0]:spk[1]].split()
    # a subject is a noun phrase of a few words, no clause ("Quand il a vu …")
    if not words or len(words) > 8 or not (words[0][:1].isupper() or words[0].casefold() in _SUBJECT_STARTS):
        return None
    if words[0].casefold() in _NOT_SUBJECT | {"quand", "lorsque", "si", "mais", "et", "puis", "qui", "que"}:
        return None
    return spk, spk[0]


def _reporting_sentence_before(body: str, mk: int, lang: str, lex: QuoteLexicon
                               ) -> tuple[tuple[int, int], int] | None:
    """'Marie Dubois, directrice de l'office, se réjouit. « La saison a été excellente. »': a short
    sentence whose verb reports speech, with at most a few words after it, introduces the sentence
    in marks that follows it, as a colon would."""
    before = body[:mk].rstrip(" \t")
    if not before.endswith((".", "!")) or before.endswith("..") or body[len(before):mk].count("\n") > 1:
        return None
    return _intro(body, len(before) - 1, lang, lex)


_SUBJECT_STARTS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "the", "a", "an", "son", "sa", "ses", "leur",
                   "his", "her", "their", "its"}


def _intro_above(body: str, mk: int, lang: str, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """A paragraph that opens with a mark, under a line that ends in a reporting verb and a
    colon ("In a statement, the ministry said:" / "Le ministre a déclaré :")."""
    line_start = body.rfind("\n", 0, mk) + 1
    if body[line_start:mk].strip(" \t-•*–—"):
        return None
    above = body[:max(0, line_start - 1)].rstrip()
    bullet = bool(re.match(r"[ \t]*[-•*–—]", body[line_start:mk]))
    # a list of quotes, one a line under the line that introduces them: climb over the bullets
    while bullet and not above.endswith(":"):
        start = above.rfind("\n") + 1
        if not re.match(r"[ \t]*[-•*–—][ \t]*[«“\"]", above[start:]):
            return None
        above = body[:max(0, start - 1)].rstrip()
    if not above.endswith(":"):
        return None
    found = _intro(body, len(above), lang, lex)
    if found is not None or not bullet:
        return found
    # the line before a list need not report speech ("X a fixé trois priorités :", "X set out three
    # demands:"): its subject, up to the first verb, says the items; a short item is more likely a
    # title in a list ("Le jury a retenu : - « Les Choses de la vie »") than a statement
    line_end = body.find("\n", mk)
    if _words(body[mk:line_end if line_end >= 0 else len(body)]) < 6:
        return None
    start = sentence_start(body, len(above))
    verb = _FIRST_VERB[lang].search(body, start, len(above))
    if verb is None:
        return None
    spk = speaker_before(body, start, verb.start(), lex.en_adjuncts if lang == "en" else lex.fr_adjuncts)
    return (spk, spk[0]) if spk is not None else None


# the first verb of a clause, roughly: an auxiliary or a past form ("a fixé", "set out", "listed")
_FIRST_VERB = {
    "fr": re.compile(r"\s(?:a|ont|avait|avaient|est|sont|va|vont|fixe|liste|énumère|détaille)\s"),
    "en": re.compile(r"\s(?:has|have|had|is|was|will|would|set|laid|gave|put|[a-z]{3,}ed)\s"),
}


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))




_PUBLISHED = re.compile(r"(?<![\w-])(?:publiée?s?|publie|publient|published|publishes|released|releases|"
                        r"sortie?s?)\s*$", re.IGNORECASE)


# "« … ». C'est ce qu'a affirmé X." / "C'est en tout cas ce que révèle X." / "C'est ce qu'il a
# déclaré.": the cleft sentence right after a quote names who said it
_CLEFT = re.compile(r"[^\S\n]*[.!?…]?[^\S\n]+(?P<cleft>C['’]est|Voilà|Voici)\s+(?:(?:en\s+tout\s+cas|du\s+moins)\s+)?"
                    r"ce\s+qu(?:e\s+|['’]\s?)(?P<pron>(?:il|elle|ils|elles)\s+)?")


def _cleft_after(body: str, close: int, lang: str, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """The speaker a cleft sentence right after the closing mark at `close` names, and where."""
    m = _CLEFT.match(body, close + 1) if lang == "fr" else None
    # the quote ends its sentence: a full stop inside the marks or after them
    if m is None or not (body[:close].rstrip()[-1:] in ".!?…" or re.search(r"[.!?…]", body[close:m.start("cleft")])):
        return None
    verb = lex.fr_incise.match(body, m.end())
    if verb is None:
        return None
    if m.group("pron"):  # "C'est ce qu'il a déclaré"
        s = m.start("pron")
        return (s, s + len(m.group("pron").strip())), s
    spk = speaker_after(body, verb.end(), sentence_end(body, verb.end()), lex.fr_adjuncts)
    return (spk, spk[0]) if spk is not None else None


# sources a "Pour …," phrase may name by a common noun, beside person titles and bodies
_SOURCE_NOUNS = frozenset({"source", "sources", "expert", "experts", "analyste", "analystes", "spécialiste",
                           "spécialistes", "observateur", "observateurs", "proche", "proches", "habitant",
                           "habitants", "analyst", "analysts", "observers", "residents"})


def marked_quotes(body: str, lang: str, lex: QuoteLexicon, titles: frozenset[str] = frozenset()) -> list[Found]:
    """Quotes in marks with their attribution; `titles`: person title nouns ("le procureur")."""
    people = titles | lex.bodies | _SOURCE_NOUNS
    out: list[Found] = []
    previous: Found | None = None

    def resumes(prev: Found | None, mark: int) -> bool:
        """Whether the mark at `mark` reopens the previous quote right after its incise: the
        incise's speaker stands between them and a comma, no sentence end, leads to the mark."""
        if prev is None or prev.speaker is None or not prev.end <= prev.speaker[0] < mark:
            return False
        between = body[prev.speaker[1]:mark]
        return between.rstrip().endswith(",") and not re.search(r"[.!?;:\n«»“”\"]", between)

    for mk in marked_spans(body):
        content = body[mk.start:mk.end].strip()
        if not content or work_titles().search(body, max(0, mk.open - 40), mk.open):
            continue
        found: list[Found] = []
        opens = sentence_start(body, mk.open) >= mk.open - 1
        after = None if mk.open_ended else _after(body, mk.close, lang, lex, content, opens)
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
            whole = not opens and content[:1].islower() and _words(head) >= 4 and verb is None \
                and not re.search(r"[«»“”\"]", head)
            found.append(Found(first if whole else mk.start, mk.end, True, after[0], after[0][0]))
        else:
            intro = (_intro(body, mk.open, lang, lex) or _intro_above(body, mk.open, lang, lex)
                     or _for_speaker(body, mk.open, lang, people) or _cleft_after(body, mk.close, lang, lex)
                     or words_of(body, mk.open, lang))
            # any verb with a pronoun subject before a colon, where the quote is a sentence of its own
            if intro is None and (content[:1].isupper() or content[:1].isdigit()) and content[-1:] in ".!?…":
                intro = _colon_pronoun(body, mk.open, lang) or _colon_subject(body, mk.open, lang, lex) \
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
                  and sentence_start(body, mk.open) >= mk.open - 1 and content[:1].isupper()
                  and body[mk.open - 1:mk.open] != "("):  # '« Que sera sera. » (« … »)': a gloss
                found.append(Found(mk.start, mk.end, True, previous.speaker, mk.open, continues=True))
        out += found
        if found:
            previous = found[-1]
    return out


# the pieces `lists.bulleted` and `unmarked.unmarked_incises` read
intro = _intro
words = _words
incise = _incise
