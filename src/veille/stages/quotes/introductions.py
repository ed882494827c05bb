"""Introductions: the attribution of a quote in marks that has no incise.

Before the opening mark: "X a déclaré : « … »", 'X told reporters: "…"', 'X said "…"', a line above
ending "X said:" (over a list of bulleted quotes), "Pour X, « … »" / 'According to X, "…"', a pronoun
or a subject in a sentence a colon ends ("Elle poursuit : « … »"), a short reporting sentence before a
sentence in marks; after the closing mark, a cleft sentence that names the speaker ("« … ». C'est ce
qu'a affirmé X.").

Split out of `direct.py` (which keeps the walk over the quotation marks and chooses among these) when
it neared the ~600-line limit; the incises after or inside the marks are in `incises.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.stages.entities.english import without_nicknames
from veille.stages.quotes.incises import NOT_SUBJECT
from veille.stages.quotes.incises import words as _words
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.narrative_infinitive import narrative_intro
from veille.stages.quotes.text import (
    sentence_end,
    sentence_start,
    speaker_after,
    speaker_before,
)


def _intro(body: str, mk: int, lang: str, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """'X a déclaré : « … »' / 'X said: "…"': (speaker, verb position) before the opening mark."""
    start = sentence_start(body, mk)
    pre = body[start:mk]
    # (quotes@47) "Et le maire d'ajouter : « … »": the narrative infinitive's subject
    narrative = narrative_intro(body, mk, start, lex.fr_verbs) if lang == "fr" else None
    if narrative is not None:
        return narrative
    pattern = lex.en_verb if lang == "en" else lex.fr_intro
    naming = _NAMING[lang].search(pre)
    verbs = [naming] if naming else list(pattern.finditer(pre))
    if not verbs:
        return _document(body, start, pre, lang, lex)
    v = verbs[-1]
    mid = pre[v.end():]
    # (quotes@30) the agent of a passive reporting participle names the speaker ("Les raisons
    # évoquées par le député du parti sont : « … »"), not the subject the participle qualifies
    agent = _passive_agent(pre, v) if lang == "fr" and not naming else None
    if agent is not None:
        return (start + agent.start("np"), start + agent.end("np")), start + v.start()
    inverted = re.fullmatch(r"\s*(?P<spk>(?:M\.|Mme|MM\.|[A-ZÀ-ÖØ-Þ]|l['’]|les?\s|la\s)[^,:;]*?)\s*:\s*", mid)
    if lang == "fr" and inverted is not None:  # "…, assure Mme Lagarde : « … »": the subject after the verb
        s0 = start + v.end() + inverted.start("spk")
        return (s0, s0 + len(inverted.group("spk"))), start + v.start()
    if len(mid.split()) > 7 or re.search(r"[\"«»“”.]", mid):
        return None
    if not re.search(r"(?::|,|\bque|\bqu['’]|\bthat)\s*$", mid) and len(mid.split()) > 3:
        return None
    head = pre[:v.start()]
    head = re.sub(r"(?:\s+(?:a|ont|avait|avaient|aurait|est|s['’]est|has|had|have|also|later|then|further|"
                  r"[a-zé]+ment|aussi|encore|ensuite|également|ainsi|alors|donc|enfin|déjà|pourtant|toutefois|"
                  r"notamment|même|bien|surtout|par ailleurs|d['’]ailleurs|[a-z]+ly|de son côté|de leur côté|"
                  r"pour sa part|"
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
    if re.search(r"[«»“”\"]", without_nicknames(head)):
        return None  # a speaker phrase holds no quotation mark, but a nickname's ('Anthony “Ace” Newbold')
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


# quotes@25: a text presented right before its words: 'The statement reads, "…"', "The letter read:",
# "Here is the full statement:", "Nous publions ci-après le communiqué du maire :", "Voici le texte
# de la déclaration :". A statement is no one's speech by itself: the phrase that names it is the
# speaker phrase, which the speakers resolve to whoever issued it (`Speakers._definite`: "the
# statement" is the speaker before it; "le communiqué du maire", the mayor). Only a presentation
# says so: "reads" of a statement, a presenting word ("here is", "voici", "ci-après") before it;
# "Le communiqué du maire est arrivé :" or "He read the statement:" present nothing.
_PRESENTING = {
    "en": re.compile(r"(?:\b(?:here\s+is|here['’]s|below\s+is|following\s+is|this\s+is)\s+)?"
                     r"(?P<doc>\b(?:the|this|that|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)"
                     r"(?:\s+(?:of|from|by|issued\s+by)\s+[^,:;\"“”]{1,60}?)?)"
                     r"(?P<verb>\s+(?:reads|read|states|stated|continues|continued|goes\s+on|went\s+on))?"
                     r"(?:\s+(?:in\s+full|in\s+part|as\s+follows|below))?\s*[,:]\s*$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:voici|voilà|ci-après|ci-dessous|ci-contre|in\s+extenso|en\s+intégralité|l['’]intégralité)"
                     r"\s+(?:(?:de|du|le\s+texte\s+d[eu]|le\s+texte\s+de\s+la|le\s+texte\s+de\s+l['’])\s*)?"
                     r"(?P<doc>(?:le|la|l['’]|les|son|sa|ses|leur|ce|cette)\s*(?P<noun>[\w'’-]+)"
                     r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[^,:;«»\"“”]{1,60}?)?)"
                     r"(?:\s*,?\s*(?:ci-après|ci-dessous|ci-contre|in\s+extenso|en\s+intégralité))?\s*:\s*$",
                     re.IGNORECASE),
}


# the author's phrase holds no form of être or avoir (a closed class): "du ministre est arrivé lundi"
# is a clause, not a noun phrase
_FR_OF_AUTHOR = re.compile(r"\b(?P<doc>(?:une?|la|le|l['’]|cette|ce|sa|son)\s*(?P<noun>[\w'’-]+)"
                           r"\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*"
                           r"(?:(?!(?:est|sont|était|étaient|sera|seront|fut|a|ont|avait|avaient|aura|auront)\b)"
                           r"[^,:;«»\"“”.!?\s]+\s*){1,8}?)\s*:\s*$", re.IGNORECASE)


def _document(body: str, start: int, pre: str, lang: str, lex: QuoteLexicon
              ) -> tuple[tuple[int, int], int] | None:
    """The phrase naming a statement that the sentence before the mark presents, and where."""
    if lang == "en":
        it = _IT_READS.search(pre)
        if it is not None:
            # (quotes@50) "It further read, “…”": the pronoun of a statement presented before; the stage
            # binds it to that statement's speaker (its `it` rule), as "It further added, “…”"
            return (start + it.start("doc"), start + it.end("doc")), start + it.start("doc")
    m = _PRESENTING[lang].search(pre)
    while m is not None and m.group("noun").casefold() not in lex.statements:
        # (quotes@48) "Voici l'intégralité de son discours": the statement noun further on, not the
        # quantity before it
        m = _PRESENTING[lang].search(pre, m.start() + 1)
    if m is None and lang == "fr" and lex.statement_author:
        # (quotes@28, quo27) a statement and its author as the last words before the colon, with no
        # verb after them, present the words that follow ("nous avons recueilli une déclaration du
        # conseiller d'État X : « … »"); "Le communiqué du maire est arrivé :" has its verb after
        m = _FR_OF_AUTHOR.search(pre)
    if m is None or m.group("noun").casefold() not in lex.statements:
        return None
    if lang == "en" and not (m.group("verb") or re.match(r"\s*(?:here|below|following|this\s+is)", pre[m.start():],
                                                          re.IGNORECASE)):
        return None  # "the statement:" alone is a label, not a presentation
    s0 = start + m.start("doc")
    return (s0, start + m.end("doc")), s0


# (quotes@50) "It further read, “…”": "it" and a verb of written words (the other verbs of `_PRESENTING` are
# reporting verbs already), the sentence's only words; "It read like a novel:" has its object before the colon
_IT_READS = re.compile(r"^\s*(?P<doc>[Ii]t)\s+(?:(?:further|also|then|later)\s+)?(?:reads|read)"
                       r"(?:\s+(?:in\s+full|in\s+part|as\s+follows))?\s*[,:]\s*$")


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
    """'Pour Jordan Bardella (RN), « … »' / 'According to X, "…"': a named source before the mark, set off
    by a comma or (quotes@48) a colon ("Pour X : « … »");
    also one a title or a source noun describes ("Pour le procureur, « … »", `people`)."""
    start = sentence_start(body, mk)
    # "Pour la présidente du groupe, Cyrielle Chatelain, « … »": a name in apposition after the title;
    # "Pour Jean Dupont, maire de la commune, « … »": a title in apposition after the name
    m = re.fullmatch(rf"\s*{_FOR[lang]}\s+(?P<spk>(?P<head>[^,«»“”\"]+?)(?:,\s*[A-ZÀ-ÖØ-Þ][^,«»“”\"]*?|"
                     rf",\s*[^,«»“”\"]{{1,60}}?)?)\s*[,:]\s*", body[start:mk])
    if m is None:
        return None
    named = re.search(r"\b[A-ZÀ-ÖØ-Þ]", m.group("head")) is not None
    described = any(w in people for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", m.group("head").casefold()))
    if not named and not described and not re.search(r"\b[A-ZÀ-ÖØ-Þ]", m.group("spk")):
        return None  # "Pour la première fois, « … »": no one named
    if not named and not described and not re.match(r",\s*[A-ZÀ-ÖØ-Þ]", m.group("spk")[len(m.group("head")):]):
        return None  # an apposition that names someone must be a name: "Pour l'heure, selon X"
    if body[start:mk].rstrip().endswith(":") and not described and \
            len(re.findall(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+", m.group("spk"))) < 2:
        return None  # "Pour Noël :", "For Paris:" say what for, not who: before a colon, a full name
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
    # (quotes@30) the agent of a passive reporting participle names the speaker ("Les raisons
    # évoquées par le député sont : « … »", "Les propos tenus par la ministre :"), not the subject
    agent = _passive_agent(pre, reporting) if lang == "fr" and reporting is not None else None
    if agent is not None:
        return (start + agent.start("np"), start + agent.end("np")), start + agent.start("np")
    spk = speaker_before(body, start, start + verb.start(), lex.en_adjuncts if lang == "en" else lex.fr_adjuncts)
    if spk is None:
        return None
    words = body[spk[0]:spk[1]].split()
    # a subject is a noun phrase of a few words, no clause ("Quand il a vu …")
    if not words or len(words) > 8 or not (words[0][:1].isupper() or words[0].casefold() in _SUBJECT_STARTS):
        return None
    if words[0].casefold() in NOT_SUBJECT | {"quand", "lorsque", "si", "mais", "et", "puis", "qui", "que"}:
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


# "par" and a noun phrase with no verb or mark up to the colon (a form of être before it allowed)
_AGENT = re.compile(r"\s+par\s+(?P<np>[^,:;«»\"“”()\n]{2,60}?)\s*(?:\s(?:est|sont|était|étaient|fut|furent|"
                    r"sera|seront|ont\s+été|a\s+été))?\s*:\s*$")


# a French past participle's ending ("évoquées", "tenus", "dit", "écrite", "soulevé"): a finite
# form ("déclare", "affirment") takes no agent
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)$", re.IGNORECASE)
# a form of "avoir" (and sentence adverbs) right before the verb: an active compound tense ("a
# déclaré par communiqué"), whose "par" names a means, never an agent
_AVOIR_BEFORE = re.compile(r"(?<![\w-])(?:a|ai|as|avons|avez|ont|avait|avaient|avions|aviez|aura|auront|aurait|"
                           r"auraient|ayant|eu|avoir)(?:-t-\w+|-\w+)?(?:\s+\w+ment)*\s+$", re.IGNORECASE)
# an agent opens with a determiner or a title (a closed class) or a capitalised name; "par
# communiqué", "par écrit", "par téléphone", "par voie de presse" name a channel
_AGENT_OPENS = re.compile(r"(?:(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|"
                          r"votre|vos|plusieurs|certains|certaines)(?![\w-])|M\.|Mme|MM\.|Mgr|Dr|Me\s|"
                          r"[A-ZÀ-ÖØ-Þ])")


def _passive_agent(pre: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The "par" phrase after a passive reporting participle (no "avoir" before it) whose noun phrase
    opens as an agent's does ("les raisons évoquées par le député sont :"), else None."""
    agent = _AGENT.match(pre, verb.end())
    if agent is None or not _PARTICIPLE.search(verb.group()) or _AVOIR_BEFORE.search(pre, 0, verb.start()):
        return None
    return agent if _AGENT_OPENS.match(agent.group("np")) else None


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
    if not bullet and above.endswith(".") and not above.endswith(".."):
        return _presented_above(body, len(above) - 1, lang, lex)
    if not above.endswith(":"):
        return None
    found = _intro(body, len(above), lang, lex)
    if found is None and not bullet:
        # (quotes@48) "Pour Jean Dupont :" / "For the mayor:" on the line above: a source, as before a
        # comma on the quote's own line
        found = _for_speaker(body, len(above), lang, lex.bodies)
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


# (quotes@48) a sentence that opens with a presenting word ("Here's a full transcript of her statement.",
# "Below is the text of his speech.")
_PRESENTS_EN = re.compile(r"\s*(?:here\s+is|here['’]s|below\s+is|following\s+is)\b", re.IGNORECASE)


def _presented_above(body: str, stop: int, lang: str, lex: QuoteLexicon) -> tuple[tuple[int, int], int] | None:
    """(quotes@48) A paragraph that opens with a mark under a sentence ending with a full stop at `stop`
    that presents a statement, a speech or its transcript ("Here's a full transcript of her resignation
    statement.", "Voici l'intégralité de son discours."): the presentation a colon would end, read the
    same way (`_document`); its words are whoever the phrase names as the author."""
    start = sentence_start(body, stop)
    pre = body[start:stop] + ":"
    if lang == "en" and not _PRESENTS_EN.match(pre):
        return None
    return _document(body, start, pre, lang, lex)


# the first verb of a clause, roughly: an auxiliary or a past form ("a fixé", "set out", "listed")
_FIRST_VERB = {
    "fr": re.compile(r"\s(?:a|ont|avait|avaient|est|sont|va|vont|fixe|liste|énumère|détaille)\s"),
    "en": re.compile(r"\s(?:has|have|had|is|was|will|would|set|laid|gave|put|[a-z]{3,}ed)\s"),
}


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


# quotes@28: a round-up of reactions sets each speaker's name as a label, with no verb: the name, an
# apposition in brackets or after a comma (their role, the outlet), then a colon and the quote on the
# same line ("Olivier Dall'Oglio (entraîneur de Brest, Canal +) : "…"", 'Sen. Jane Doe (D-OR): "…"'),
# or the name alone on the line above a paragraph that opens with the mark ("Le plus blasé : Christian
# Gourcuff (entraîneur de Rennes)" then "« … »"). A short label may come before the name. The name
# must be a person's the text types as one (`person`): a heading in capitals is no speaker.
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|du|van|von|der|den|da|di|dos|del|della|la|le|el|al|bin|ben|ibn)"
# (quotes@31) a capitalised preposition opens a byline or a credit, never a speaker's name: "Par
# Marie Dupont", "By Jane Doe", "Propos recueillis par X" above a quote paragraph name its journalist
_NOT_NAME = (r"(?!(?:Par|By|De|Du|Des|D['’]|Avec|With|From|Of|For|Pour|Selon|Sur|Dans|In|On|At|Chez|Via|Propos|"
             r"Texte|Photos?|Credits?|Crédits?)(?![\w'’.-]))")
_NAME_LABEL = re.compile(
    r"[ \t]*(?:[^\n:«»“”\"]{1,40}:[ \t]+)?"
    rf"(?P<name>{_NOT_NAME}{_CAP}(?:(?:[ \t]+{_PARTICLE}[ \t]+|[ \t]+d['’]|[ \t]+){_CAP}){{1,3}})"
    r"(?P<role>[ \t]*\([^()\n«»“”\"]{1,80}\)|,[ \t]+[^\n:«»“”\",]{1,60})?[ \t]*(?P<colon>:)?[ \t]*")


def _name_label(body: str, mk: int, person: Callable[[int, int], bool] | None
                ) -> tuple[tuple[int, int], int] | None:
    """The person a verbless label names before the opening mark at `mk`, on its line or above it."""
    if person is None:
        return None
    line_start = body.rfind("\n", 0, mk) + 1
    if body[line_start:mk].strip():
        m = _NAME_LABEL.fullmatch(body, line_start, mk)
        if m is None or not m.group("colon"):
            return None
    else:
        # the mark opens its paragraph: the label is the whole line above (a blank line between allowed)
        end = len(body[:line_start].rstrip())
        start = body.rfind("\n", 0, end) + 1
        if end <= start or line_start - end > 3:
            return None
        m = _NAME_LABEL.fullmatch(body, start, end)
        if m is None or m.group("colon") or _stacked(body, start):
            return None
    if not person(*m.span("name")) and not (m.group("role") and _roundup(body, m.span("name"), person)):
        return None
    return m.span("name"), m.start("name")


def _roundup(body: str, name: tuple[int, int], person: Callable[[int, int], bool]) -> bool:
    """A round-up of reactions: another label of the same form, a name and its role in brackets
    before a colon and a mark, or alone on the line above a paragraph that opens with a mark
    (quotes@28, helper quo26), names a person the text types as one; then so does this label, whose name the
    recogniser missed (an unusual name, at a paragraph's start)."""
    for line in re.finditer(r"^[^\n]*?(?=[«“\"])", body, re.MULTILINE):
        m = _NAME_LABEL.fullmatch(body, line.start(), line.end())
        if m is not None and m.group("role") and m.group("colon") and m.span("name") != name \
                and person(*m.span("name")):
            return True
    for line in re.finditer(r"^[^\n]+(?=\n[ \t]*\n?[ \t]*[«“\"])", body, re.MULTILINE):
        m = _NAME_LABEL.fullmatch(body, line.start(), line.end())
        if m is not None and m.group("role") and not m.group("colon") and m.span("name") != name \
                and not _stacked(body, line.start()) and person(*m.span("name")):
            return True
    return False


# (quotes@37) a list of reactions, one entry a line: a list mark, a person's name, their role after a
# comma, a colon, and the quote that ends the line ("- Jane Doe, maire de X : « … »", '• John Smith: "…"')
_LIST_MARK = r"[-–—•▪*]"
_LIST_LABEL = re.compile(
    rf"[ \t]*(?P<mark>{_LIST_MARK})[ \t]+(?P<name>{_NOT_NAME}{_CAP}(?:(?:[ \t]+{_PARTICLE}[ \t]+|[ \t]+d['’]|[ \t]+)"
    rf"{_CAP}){{1,3}})(?:,[ \t]+[^\n:«»“”\",]{{1,60}})?[ \t]*:[ \t]*")
_LINE_CLOSE = re.compile(r"[ \t]*[.!?…]?[ \t]*$", re.MULTILINE)


def list_label(body: str, mk: int, close: int, person: Callable[[int, int], bool]
               ) -> tuple[tuple[int, int], int] | None:
    """(quotes@37) The person a list entry names before the opening mark at `mk` (closed at `close`):
    the entry's name, which the text types as a person's, before a colon, with the quote ending the
    line; and the entry is one of a list (the line before or after it opens with the same mark). A
    list's label that names a prize or a topic ("- Grand Prix : « … »") is no person's."""
    line_start = body.rfind("\n", 0, mk) + 1
    m = _LIST_LABEL.fullmatch(body, line_start, mk)
    if m is None or not person(*m.span("name")) or not _LINE_CLOSE.match(body, close + 1):
        return None
    # (quotes@38) the nearest non-blank line on each side, found from the entry's own line (no split
    # of the body before and after it: that made a long list quadratic)
    neighbours = [_line_near(body, line_start - 1, -1), _line_near(body, body.find("\n", close), 1)]
    if not any(ln.startswith(m.group("mark")) for ln in neighbours):
        return None
    return m.span("name"), m.start("name")


def _line_near(body: str, newline: int, step: int) -> str:
    """The first non-blank line before (`step` -1) or after (1) the line break at `newline`, stripped;
    "" where there is none (quotes@38)."""
    while 0 <= newline < len(body):
        if step < 0:
            start = body.rfind("\n", 0, newline) + 1
            line, newline = body[start:newline], start - 1
        else:
            end = body.find("\n", newline + 1)
            end = len(body) if end < 0 else end
            line, newline = body[newline + 1:end], end
        if line.strip():
            return line.strip()
    return ""


def _role_label(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is a line of a label's form with no colon: a name and its role."""
    m = _NAME_LABEL.fullmatch(body, start, end)
    return m is not None and bool(m.group("role")) and not m.group("colon")


def _stacked(body: str, start: int) -> bool:
    """(quotes@28, helper quo26) Whether the label line at `start` follows another label line (blank lines
    between allowed): a list of names with their roles, whose quotes come after all of them, run
    together, says no longer which quote is whose (a round-up whose layout lost the pairing)."""
    end = len(body[:start].rstrip())
    return end > 0 and _role_label(body, body.rfind("\n", 0, end) + 1, end)


def label_between(body: str, start: int, end: int) -> bool:
    """(quotes@28, helper quo26) Whether a label line (a name and its role, alone on its line) stands between
    `start` and `end`: a quote after it is not the previous speaker's going on, it is the labelled
    person's ("X (entraîneur de A)" / "« … »" / "Y (capitaine de A)" / "« … »")."""
    for line in re.finditer(r"^[^\n]+$", body[:end], re.MULTILINE):
        if line.start() >= start and _role_label(body, line.start(), line.end()):
            return True
    return False


# the pieces `direct` and `lists` read
intro = _intro
intro_above = _intro_above
for_speaker = _for_speaker
cleft_after = _cleft_after
colon_pronoun = _colon_pronoun
colon_subject = _colon_subject
reporting_sentence_before = _reporting_sentence_before
name_label = _name_label
