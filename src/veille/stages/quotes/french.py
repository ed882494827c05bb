"""French indirect speech, from the dependency parse.

- "X a annoncé que …" (a reporting verb with a 'que' clause: the clause is what was said);
- "X a annoncé <noun phrase>" for verbs whose object is the statement, only when a person
  says it ("les trois pays ont annoncé la création d'une alliance" is an act, not speech);
- "X a salué <what> comme …";
- "selon X, …" and "…, selon X." (the rest of the sentence is X's), unless X names a text
  ("selon le communiqué").
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from veille.stages.quotes.direct import Found
from veille.stages.quotes.lexicon import QuoteLexicon
from veille.stages.quotes.text import sentence_end, speaker_after

_SELF = {"je", "j'", "j’", "nous", "on", "tu", "vous"}
_EUPHONIC_T = {"-t", "-t-"}


def _phrase(tokens: list[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def subject_tokens(verb: Any) -> list[Any]:
    t = verb
    for _ in range(4):
        # "Le ministre a, de son côté, estimé que …": with an adverbial between the auxiliary and
        # the participle the parser may hang the subject on the auxiliary; a compound tense's
        # subject is its participle's (quotes@19)
        auxiliaries = [c for c in t.children if c.dep_.startswith("aux") and c.i < verb.i]
        for c in [*t.children, *(g for a in auxiliaries for g in a.children)]:
            # the euphonic t of an inversion ("a-t-il affirmé"), which the parser may take for a
            # subject of its own, is spelling: the pronoun after it is the subject
            if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and c.lower_ not in _EUPHONIC_T:
                return _split_subject(c, verb)
        if t.dep_ in ("advcl", "conj", "xcomp") and t.head.i != t.i:
            t = t.head
            continue
        break
    return []


def _split_subject(c: Any, verb: Any) -> list[Any]:
    """The subject `c` heads, with the rest of a name the parser split from it: a second subject of
    the verb right after it, with no comma between (the name's surname after a nickname in marks,
    "L'ancien joueur Earvin « Magic » Okafor a affirmé", parsed as two subjects, "joueur" and
    "Okafor"). A pronoun after a dislocated subject ("Le ministre, il a dit") is no part of it."""
    toks = list(c.subtree)
    for d in verb.children:
        if d.dep_ in ("nsubj", "nsubj:pass") and d.i > toks[-1].i and d.left_edge.i == toks[-1].i + 1 \
                and d.i < verb.i and d.pos_ != "PRON" and toks[-1].text != ",":
            toks += list(d.subtree)
    return toks


def participle_subject(tok: Any) -> tuple[int, int] | None:
    """Who a participle's statement is by ("…, expliquant que"): the subject of the clause it
    hangs on, or the noun it qualifies ("le porte-parole, Dmitri Peskov, expliquant que")."""
    span = _phrase(subject_tokens(tok))
    if span is not None:
        return span
    # (not a noun that is the main verb's object or an adverbial's: "X a proclamé la loi martiale,
    # qualifiant l'opposition de « … »" hung on "loi" is X's participle) (quotes@19)
    if tok.dep_ == "acl" and tok.head.i < tok.i and not tok.head.dep_.startswith(("obj", "obl")):
        noun = [t for t in tok.head.subtree if t.i < tok.i and not t.is_punct]
        return _phrase(noun)
    # a participle the parser hangs elsewhere (", notant : « … »" as an adjective on the clause
    # before it): a participial clause after a comma has the main clause's subject
    root = tok.sent.root
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i
               and c.lower_ not in _EUPHONIC_T]
    return _phrase(list(subject[0].subtree)) if subject and root.i < tok.i else None


def sentence_subject(sent: Any) -> tuple[int, int] | None:
    """The subject of the sentence's first clause, for the 'il' of a later incise. A relative
    pronoun ("X, qui assurait la modération, a expliqué …") is no subject of its own: the next
    subject, else the words between the comma before it and the one before those (its antecedent,
    which a parser may hang anywhere)."""
    if len(sent) > 2 and sent[0].lower_ in _STRESSED and sent[1].lower_.endswith("ant"):
        # quotes@21: "Lui succédant à la tribune, X, avocate générale, rappelle …": a dative pronoun
        # before a present participle opens a participial clause, which the parser takes for the
        # subject (the participle a noun) or for the main clause; the subject is the name after its
        # comma ("Leur enfant, Marie, raconte" gives the apposition, the same person; without a name
        # after a comma the parse is read as before: "Leur enfant a raconté")
        span = _after_participial(sent)
        if span is not None:
            return span
    relative = None
    for t in sent:
        if t.dep_ not in ("nsubj", "nsubj:pass"):
            continue
        if "Rel" in t.morph.get("PronType"):
            relative = relative or t
            continue
        tokens = list(t.subtree)
        # (quotes@46) a second subject of the same verb after a comma alone is the first's apposition,
        # which the parser may hang on the verb ("L'avocat du prévenu, Jean Martin, a plaidé"): one phrase
        after = tokens[-1].i + 1
        if after + 1 < len(t.doc) and t.doc[after].text == "," and t.doc[after + 1].dep_ == "nsubj" and \
                t.doc[after + 1].head.i == t.head.i:
            tokens += list(t.doc[after + 1].subtree)
        return _phrase(tokens)
    if relative is None or relative.i == 0 or relative.doc[relative.i - 1].text != ",":
        return None
    words = []
    for k in range(relative.i - 2, sent.start - 1, -1):
        tok = relative.doc[k]
        if tok.text in ",;:«»\"“”":
            break
        words.append(tok)
    return _phrase(words)


# the dative pronouns that open a fronted participial clause ("Lui succédant", "Leur répondant")
_STRESSED = frozenset({"lui", "leur"})


def _after_participial(sent: Any) -> tuple[int, int] | None:
    """The noun phrase after the first comma of a sentence, up to the next comma or a verb, when it
    opens with a name or a determiner ("Lui succédant, Rémy Heitz, procureur
    général, rappelle": Rémy Heitz); None when none such (an adverbial: "Lui succédant, après une
    pause, …")."""
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None:
        return None
    words = []
    for t in sent.doc[comma + 1:sent.end]:
        if t.text in ",;:«»\"“”" or t.pos_ in ("VERB", "AUX"):
            break
        words.append(t)
    if not words or words[0].pos_ not in ("PROPN", "DET"):
        return None
    return _phrase(words)


def coordinate_subjects(sent: Any) -> list[tuple[int, int]]:
    """The subjects of main clauses coordinated after the first ("l'accord a été signé, mais les
    pays du Sud ont exprimé leur frustration. Ils soulignent …"): the last one spoken of is the
    nearer antecedent of a pronoun in the next sentence."""
    first = sentence_subject(sent)
    out = []
    for verb in sent:
        if verb.dep_ != "conj" or verb.head.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            span = _phrase(list(c.subtree)) if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i else None
            if span is not None and span != first:
                out.append(span)
    return out


_QUE = {"que", "qu'", "qu’"}


def _clitic_subject(verb: Any) -> list[Any]:
    """"» Il précise que …": after a quote the parser may take a subject 'il' for the impersonal
    one ("il semble que", expl:subj). A reporting verb is never impersonal in the active voice with
    no 'se' ("il se dit que", "il est précisé que" are): its 'il' is a person's (quotes@17)."""
    if "Fin" not in verb.morph.get("VerbForm") or any(
            c.dep_ in ("aux:pass", "expl:pass", "expl:comp", "expl:pv") or c.lower_ in ("se", "s'", "s’")
            for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "expl:subj" and c.lower_ == "il" and c.i < verb.i][:1]


def _light(tok: Any, lex: QuoteLexicon) -> Any:
    """'valoir' in "a fait valoir", 'entendre' in "a laissé entendre": the auxiliary ('fait'),
    the parser's child or head before the verb; None where there is none."""
    aux = (lex.fr_light or {}).get(tok.lemma_.casefold())
    if not aux:
        return None
    return next((t for t in [*tok.children, tok.head] if t.lemma_.casefold() in aux and t.i < tok.i), None)


def _bare_infinitive(c: Any) -> bool:
    """An infinitive with no preposition before it ("dit avoir reçu", not "continue de parler")."""
    if any(m.dep_ in ("mark", "case") and m.i < c.i for m in c.children):
        return False
    return "Inf" in c.morph.get("VerbForm") or any(
        a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in c.children)


def _after_colon(tok: Any) -> tuple[int, int] | None:
    """"X l'a promis : toutes les écoles seront reconstruites." A reporting verb whose object is a
    pronoun ("l'a dit", "l'a répété mardi") and that a colon follows, with at most a few words of
    time or manner between, introduces the rest of the sentence as the statement."""
    doc = tok.doc
    if not any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.i < tok.i for c in tok.children):
        return None
    sent_end = tok.sent.end
    for i in range(tok.i + 1, min(sent_end, tok.i + 5)):
        t = doc[i]
        if t.text == ":":
            rest = [x for x in doc[i + 1:sent_end] if not (x.is_punct and x.i == sent_end - 1)]
            return _phrase(rest) if len(rest) >= 4 else None
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return None
    return None


# prepositions of an adverbial of time or place, and the press a statement is made to
_ADVERBIAL_CASES = {"lors", "pendant", "durant", "devant", "dans", "sur", "après", "avant", "au cours de"}
_PRESS = {"afp", "agence", "presse", "journaliste", "média", "médias", "reuters", "radio", "télévision", "chaîne",
          "journal", "quotidien", "hebdomadaire"}


def _adverbial_noun(noun: Any, verb: Any) -> bool:
    """Whether `noun` heads an adverbial of the verb's clause ("lors d'une conférence de presse",
    "pendant la réunion") or names the press spoken to ("à l'AFP", "à la presse")."""
    if noun.lemma_.casefold() in _PRESS or noun.lower_ in _PRESS:
        return True
    t = noun
    for _ in range(3):
        words = [c.lower_ for c in t.children if c.dep_ in ("case", "fixed")]
        if t.head.lower_ in _ADVERBIAL_CASES or any(w in _ADVERBIAL_CASES for w in words):
            return True
        if t.head.i == verb.i or t.head.i == t.i:
            return False
        t = t.head
    return False


def _misparsed_que(tok: Any) -> tuple[int, int] | None:
    """A 'que' clause the parser did not hang on the verb as a ccomp ("a annoncé ce mercredi
    qu'il quittera …" with "qu'" as an object pronoun; "a fait savoir au journal qu'il …" with
    the clause on the noun): the first 'que' after the verb, with no other verb between, whose
    clause is no relative one."""
    doc = tok.doc
    for q in doc[tok.i + 1:min(len(doc), tok.i + 9)]:
        if q.pos_ in ("VERB", "AUX") or (q.is_punct and q.text in ".;:!?«»\""):
            return None
        if q.lower_ not in _QUE:
            continue
        clause = q.head
        # a relative clause on the people spoken to is the statement ("a dit à ses proches qu'il
        # partirait", "aux journalistes que"); "a répondu à la question que …" is a relative
        noun = clause.head
        to_whom = noun.dep_ in ("obl:arg", "iobj") and noun.head.i == tok.i and (
            noun.pos_ == "PROPN" or "Plur" in noun.morph.get("Number")
            or any(d.lower_ in ("son", "sa", "ses", "leur", "leurs") for d in noun.children))
        # "a rappelé lors d'une conférence de presse que le budget serait voté", "ont raconté à
        # l'AFP que les soldats avaient tiré": the noun of an adverbial of time or place, or the
        # press spoken to, is no antecedent of a 'que' the parser tags as a conjunction before a
        # clause with its own subject ("a répondu à la question que les députés lui posaient"
        # keeps its relative: "à la question" is the verb's argument) (quotes@19)
        completive = q.pos_ == "SCONJ" and noun.dep_ != "obj" and _adverbial_noun(noun, tok) and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.i > q.i for c in clause.children)
        if clause.i <= q.i or clause.pos_ not in ("VERB", "AUX", "ADJ") or \
                (noun.pos_ in ("NOUN", "PROPN") and noun.i < q.i and not to_whom and not completive) or \
                not any(a.i == tok.i for a in clause.ancestors):
            return None
        return _phrase([t for t in clause.subtree if t.i > q.i])
    return None


# quotes@25: "Le porte-parole des pompiers, le capitaine Clément Cognon, a expliqué que …": the parser
# may leave the name in apposition out of the subject's subtree; between commas, right before the
# verb (its auxiliary, an adverb), it names the person the title describes
_APPOSED_NAME = re.compile(r"\s*,\s*(?P<app>(?!(?:selon|d['’]après|pour|de|du|des|à|au|aux|sur|avec|dans|en|par|"
                          r"chez|contre|sans|après|avant|depuis|lors)\b)"
                          r"(?:(?:le|la|l['’]|un|une)\s*)?(?:[a-zà-öø-ÿ'’-]+\s+){0,3}"
                          r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3})\s*,\s*"
                          r"(?:(?:a|ont|avait|avaient|aurait|est|sont)\s+)?(?:[a-zé]+ment\s+)?$")


def _named_in_apposition(body: str, span: tuple[int, int], verb: int, person_in: Any) -> tuple[int, int]:
    """The subject phrase with the name in apposition after it, where the phrase names no one."""
    m = _APPOSED_NAME.match(body[span[1]:verb])
    if m is None or person_in(*span) or not person_in(span[1] + m.start("app"), span[1] + m.end("app")):
        return span
    return span[0], span[1] + m.end("app")


def _self_described(verb: Any) -> tuple[int, int] | None:
    """"X se dit surpris de …", "s'est dite prête à …": 'se dire' with an attribute after it (an
    adjective or a past participle) reports how the subject says they stand, as "a dit être
    surpris" would; the attribute and what hangs on it are the statement (quotes@30). A bare
    attribute ("se dit prêt") is too short to be one; "il se dit que" (impersonal) has none."""
    if not any(c.lower_ in ("se", "s'", "s’") and c.i < verb.i for c in verb.children):
        return None
    for c in verb.children:
        if c.i > verb.i and c.dep_ in ("xcomp", "advcl", "acl", "amod") and (
                c.pos_ == "ADJ" or ("Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense"))):
            toks = [t for t in c.subtree if not (t.is_punct and t.i in (c.left_edge.i, c.right_edge.i))]
            return _phrase(toks) if len(toks) >= 3 else None
    return None


# (quotes@55) the reflexive clitics of a pronominal verb, and what may stand between one and the verb
# ("se sont montrés", "s'en inquiète", "ne s'est pas montré", "s'est-elle inquiétée")
_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
_BETWEEN = frozenset({"en", "y", "ne", "n'", "n’", "pas", "plus", "jamais", "-t", "-t-", "-il", "-elle", "-ils",
                      "-elles", "il", "elle", "ils", "elles"})


def _reflexive(verb: Any) -> bool:
    """Whether the verb has its reflexive clitic: a child the parse gives it, else right before it, with
    only auxiliaries, negation, "en"/"y" or an inverted subject between."""
    if any(c.lower_ in _REFLEXIVE and c.i < verb.i for c in verb.children):
        return True
    for t in reversed(verb.doc[max(verb.sent.start, verb.i - 5):verb.i]):
        if t.lower_ in _REFLEXIVE:
            return True
        if not (t.pos_ == "AUX" or t.lower_ in _BETWEEN):
            return False
    return False


def indirect_fr(sent: Any, lex: QuoteLexicon, body: str, person_in: Any) -> list[Found]:
    """Indirect statements in one parsed sentence. `person_in(start, end)` says whether a
    person is named (or referred to by a pronoun) in that span."""
    out: list[Found] = []
    for tok in sent:
        lemma = tok.lemma_.casefold()
        light = _light(tok, lex)
        if light is not None:  # "a fait valoir que", "a laissé entendre que": the pair reports speech
            lemma = "dire"
        if lemma not in lex.fr_verbs | lex.as_content and tok.lower_ in lex.fr_form_lemma:
            lemma = lex.fr_form_lemma[tok.lower_]  # "estime", "juge": left unlemmatised
        # a token with a subject and a clause of its own is a verb, whatever its tag ("X juge que")
        verbal = tok.pos_ in ("VERB", "AUX") or (
            tok.pos_ == "NOUN" and {c.dep_ for c in tok.children} >= {"nsubj", "ccomp"})
        if not verbal or lemma not in lex.fr_verbs | lex.as_content or \
                (lemma in lex.fr_pronominal and not _reflexive(tok)):
            continue
        span = _phrase(subject_tokens(tok) or (subject_tokens(light) if light is not None else [])
                       or (_clitic_subject(tok) if lemma in lex.fr_verbs else []))
        if span is None or body[span[0]:span[1]].casefold() in _SELF:
            continue
        span = _named_in_apposition(body, span, tok.idx, person_in)
        content: tuple[int, int] | None = None
        nominal = False
        for c in tok.children:
            if c.dep_ == "ccomp" and lemma in lex.fr_verbs and c.i > tok.i and (any(
                    m.lower_ in _QUE for m in c.children if m.dep_ == "mark") or c.left_edge.lower_ in _QUE):
                content = _phrase([t for t in c.subtree if not (t.lower_ in _QUE and t.i == c.left_edge.i)])
            elif c.dep_ == "xcomp" and lemma in lex.fr_infinitive and c.i > tok.i and _bare_infinitive(c):
                content = _phrase(list(c.subtree))
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
        if content is None and lemma in lex.fr_verbs:
            content = _misparsed_que(tok) or _after_colon(tok)
        if content is None and lemma == "dire":
            content = _self_described(tok)
        # "a annoncé sa démission": a short noun phrase names an act, not what was said
        if content is None or (nominal and (not person_in(*span) or
                                            len(body[content[0]:content[1]].split()) < 4)):
            continue
        out.append(Found(content[0], content[1], False, span, span[0]))
    return out


# a text whose author the phrase names is that author's statement: "according to media reports",
# "a report in Le Monde", "selon les résultats publiés par le ministère de l'Intérieur"
# prepositions that open a complement of a source's head noun
_COMPLEMENT_WORDS = frozenset({"de", "du", "des", "d", "à", "au", "aux", "sur", "of", "with", "on", "about", "in",
                               "to", "at"})
_AUTHORED = re.compile(r"^(?:\w+\s+)?(?:media|press|news|police|médias|presse)\b|"
                       r"\b(?:by|from|in|par|publiée?s?\s+par|released\s+by|issued\s+by)\s+"
                       r"(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?(?:[A-ZÀ-ÖØ-Þ]|ministère|ministry|government|"
                       r"gouvernement|autorités|authorities)", re.IGNORECASE)


_APPOSITION = r"(?:a|an|the|his|her|their|un|une|le|la|les|l['’]\s*|son|sa|ses|leur)\b\s*"


# a second reporting verb of the same subject inside the reported clause: "et a ajouté que",
# "avant d'ajouter que", "tout en assurant que" (the verb's form is checked against the lexicon)
# (", et que …": a second clause of the same verb, set apart by its comma, is a second statement)
_SECOND_VERB = re.compile(r",\s+(?:et|mais)\s+(?P<que>que\s+|qu['’])|"
                          r",?\s+(?:(?:et|mais|puis)\s+(?:a|avait|ont|avaient)\s+(?:aussi\s+|également\s+|ensuite\s+)?"
                          r"(?P<part>[a-zéèêàâîôûç]+)|(?:avant|afin)\s+d['’](?P<inf>[a-zéèêàâîôûç]+)|"
                          r"tout\s+en\s+(?P<ing>[a-zéèêàâîôûç]+))\s+(?:que\s+|qu['’])")


def second_statements(found: Found, body: str, lex: QuoteLexicon) -> list[Found]:
    """An indirect statement split where a second reporting verb of its subject takes over ("X a
    affirmé que A et a ajouté que B", "…, avant d'ajouter que B"): two statements, one speaker."""
    if found.direct:
        return [found]
    out = [found]
    while True:
        last = out[-1]
        second = None
        for m in _SECOND_VERB.finditer(body, last.start, last.end):
            word = m.group("part") or m.group("inf") or m.group("ing")
            if m.group("que") or (m.group("part") and lex.fr_intro.fullmatch(word)) \
                    or (m.group("inf") and word in lex.fr_verbs) \
                    or (m.group("ing") and lex.fr_participle.match(", " + word)):
                second = m
                break
        if second is None or len(re.findall(r"\w+", body[second.end():last.end])) < 4 \
                or len(re.findall(r"\w+", body[last.start:second.start()])) < 3:
            return out
        out[-1] = Found(last.start, second.start(), False, last.speaker, last.anchor)
        out.append(Found(second.end(), last.end, False, last.speaker, last.anchor))


def according_to(body: str, s: int, e: int, preps: tuple[str, ...], documents: frozenset[str],
                 named: Any, finite: Any = None, titles: frozenset[str] = frozenset(),
                 statements: frozenset[str] = frozenset(), adverbial: Any = None,
                 manner: Any = None) -> Found | None:
    """'Selon X, …' at the start of the sentence, or '…, selon X.' / 'according to X' at its end.
    `finite(start, end)` says whether a finite verb lies there (French: the parse); `titles` are
    the words of persons' titles, which make a phrase after the source its apposition;
    `statements` the nouns of what a speaker issues ("communiqué", "statement"); `adverbial(start,
    end)` whether a phrase is an adverbial (no verb, no subject: the parse), which may stand
    before a source at the sentence's start; `manner(position, start, end)` whether the word ending
    at `position` is an infinitive (the parse) and body[start:end] names no one who speaks."""
    text = body[s:e]
    alt = "|".join(re.escape(p) for p in preps)
    head = re.match(rf"\s*(?:{alt})\s+([^,]+),", text, re.IGNORECASE)
    lead_re = ""  # the adverbial before the source, where one stands there
    if head is None and adverbial is not None:
        # quotes@45: a short adverbial of time, contrast or frame before the source ("Mais pour le
        # moment, à en croire X, …", "Dans l'immédiat, selon X, …"): the clause after the source is
        # still the source's statement; a subject before it ("Le ministre, selon X, a menti") or a
        # clause ("Il a démissionné, selon X, …") is no adverbial, and the source is no sourcing there
        lead = re.match(rf"\s*([^,;:«»\"“”]{{2,40}}?),\s*(?:{alt})\s+([^,]+),", text, re.IGNORECASE)
        if lead is not None and adverbial(s + lead.start(1), s + lead.end(1)):
            lead_re = r"[^,;:«»\"“”]{2,40}?,\s*"
            head = re.match(rf"\s*{lead_re}(?:{alt})\s+([^,]+),", text, re.IGNORECASE)
    # "Selon la secrétaire générale de la CGT, Sophie Binet, …": the name in apposition to a
    # description is the speaker
    if head is not None and re.match(r"(?i:le|la|les|l['’]|the)\s*[a-zà-ÿ]", head.group(1)):
        appo = re.match(r"\s+([^\W\d_][^,]{0,60}?),", text[head.end():])
        if appo is not None and appo.group(1)[:1].isupper() \
                and named(s + head.end() + appo.start(1), s + head.end() + appo.end(1)):
            head = re.match(rf"\s*{lead_re}(?:{alt})\s+[^,]+,\s+([^,]+),", text, re.IGNORECASE)
    # quotes@21: "Selon X, porte-parole du gouvernement, …", "Selon X, le chef du gouvernement
    # régional, …": a phrase after the named source, up to a comma, with no finite verb and a
    # person's title among its first words, is the source's apposition, no part of the statement
    # ("Selon X, le ministre a menti, …" and "Selon X, le gouvernement, de son côté, …" stay whole)
    head_end = head.end() if head is not None else 0
    if head is not None and named(s + head.start(1), s + head.end(1)):
        appo = re.match(r"\s+((?:" + _APPOSITION + r")?[a-zà-ÿ][^,;:«»\"“”]{0,80}?),\s", text[head.end():])
        if appo is not None:
            a0, a1 = s + head.end() + appo.start(1), s + head.end() + appo.end(1)
            first = [w.strip("'’") for w in re.findall(r"[\w'’-]+", body[a0:a1].casefold())[:4]]
            if any(w in titles for w in first) and not (finite is not None and finite(a0, a1)):
                head_end = head.end() + appo.end(1) + 1  # after its comma
    # the name may take an apposition before the full stop: "…, according to X, a union leader."
    tail = re.search(rf",?\s+(?:{alt})\s+([^,]+?)(?:,\s+(?P<appo>{_APPOSITION}[^,]*?))?\s*[.!]?\s*$", text,
                     re.IGNORECASE)
    # an apposition is a noun phrase: "…, selon les pays, le groupe n'est pas en mesure de …" goes
    # on with a clause (a finite verb, or a quote mark), and "selon" there is no sourcing (quotes@17)
    if tail is not None and tail.group("appo") and (
            re.search(r"[\"«»“”]|\s['’]\s", tail.group("appo"))
            or (finite is not None and finite(s + tail.start("appo"), s + tail.end("appo")))):
        tail = None
    if tail is None:
        # quo32: "…, selon la CGT, alors que la direction assure …": a clause that a conjunction of
        # contrast or cause opens after the source is another statement, not the source's
        # apposition; the source still closes the statement before it
        tail = re.search(rf",\s+(?:{alt})\s+([^,]+?)(?=,\s+(?:alors\s+qu|tandis\s+qu|mais\s|car\s|même\s+si\s|"
                         rf"bien\s+qu))", text, re.IGNORECASE)
        # a source names someone: a capital (a name, an acronym: "la CGT", "l'association Vivre
        # Ensemble"); "…, selon les régions, mais …" is a manner of varying, not a source (fix29)
        if tail is not None and not re.search(r"[A-ZÀ-ÖØ-Þ]", tail.group(1)):
            tail = None
    for m, before in ((head, False), (tail, True)):
        if m is None:
            continue
        s0, s1 = s + m.start(1), s + m.end(1)
        # (quotes@51) "selon" right after an infinitive, no comma between, is "in keeping with": the manner
        # of the verb ("devrait intervenir selon la procédure de comparution immédiate", "varier selon les
        # cas"); a source that names or titles someone still speaks ("va démissionner selon Le Monde",
        # "selon une source proche du dossier")
        if before and manner is not None and not body[s + m.start():s0].lstrip().startswith(",") \
                and manner(len(body[:s + m.start()].rstrip()), s0, s1):
            continue
        # "according to academics who suspect that …": a relative clause after the source is no
        # part of it (quotes@15)
        relative = re.search(r"\s+(?:who|whom|which|qui|dont|lesquels|lesquelles)\b", body[s0:s1])
        if relative is not None and relative.start() > 0:
            s1 = s0 + relative.start()
        words = re.findall(r"\w+", body[s0:s1].casefold())
        # the source's head, before its first complement, says whether it is a text (quotes@23):
        # "selon le rapport de l'ONU" is one, "selon une source proche de l'enquête" and
        # "according to a person familiar with the report" are speakers
        # (its first word may be an article that looks like one: "selon des sondages")
        head_words = words[:1] + list(itertools.takewhile(lambda w: w not in _COMPLEMENT_WORDS, words[1:]))
        found = list(re.finditer(r"\w+", body[s0:s1]))
        source_head = s0 + found[len(head_words) - 1].end() if head_words and len(found) >= len(head_words) else s1
        # quotes@26: a name only in the complement of a text that is no statement ("the provisional
        # results of the Independent Electoral Commission") is what the text is of, not a speaker:
        # a name in the head ("the Pew poll"), a statement's issuer ("un communiqué de l'Élysée")
        # or a text's author (`_AUTHORED`: "released by X") still is one
        speaking = named(s0, source_head) or (named(s0, s1) and any(w in statements for w in head_words))
        if not speaking and any(w in documents for w in head_words) and not _AUTHORED.search(body[s0:s1]):
            continue  # "selon le communiqué": sourcing from a text, no speaker to quote
        c0, c1 = (s, s + m.start()) if before else (s + head_end, e)
        # (quotes@51) a text whose author the phrase names runs longer than a speaker's phrase ("selon les
        # résultats provisoires publiés aujourd'hui par le ministère de l'Intérieur du pays": 14 words)
        longest = 20 if _AUTHORED.search(body[s0:s1]) else 12
        if len(re.findall(r"\w+", body[c0:c1])) < 4 or len(words) > longest:
            continue
        return Found(c0, c1, False, (s0, s1), s0)
    return None


# "comme" + the pronoun standing for the statement + a reporting verb: "Comme le rappelle X, …",
# "Comme l'a souligné le ministre, …", "Comme il l'a rappelé, …", "…, comme l'a dit X."
_COMME = re.compile(r"(?<![\w-])[Cc]omme\s+")
_COMME_SUBJECT = re.compile(r"(?P<spk>(?:[A-ZÀ-ÖØ-Þ]|(?:le|la|les|il|elle|ils|elles)(?=\s)|l['’])[^,;:«»\"“”]{0,80}?)"
                            r"\s+(?=l['’]|le\s)")


def as_said(body: str, s: int, e: int, lex: QuoteLexicon, documents: frozenset[str], named: Any) -> Found | None:
    """'Comme le rappelle X, <statement>' at a sentence's start, or '<statement>, comme l'a dit X.'
    at its end: the clause the 'comme' phrase does not hold is X's statement. A text as the
    subject ("comme le prévoit la loi") reports no one's words."""
    end = min(e, sentence_end(body, s))
    for c in _COMME.finditer(body, s, end):
        before = body[s:c.start()]
        head = before.strip(" «\"“") == ""
        if not head and not before.rstrip().endswith(","):
            continue
        pos = c.end()
        inverted = True
        subject = _COMME_SUBJECT.match(body, pos) if not re.match(r"(?:le\s|l['’])", body[pos:]) else None
        if subject is not None:  # "Comme il l'a rappelé", "Comme la ministre le dit"
            pos, inverted = subject.end(), False
        pronoun = re.compile(r"le\s+|(?=l['’])").match(body, pos)
        if pronoun is None:
            continue  # "comme un symbole": no pronoun for the statement
        verb = lex.fr_incise.match(body, pronoun.end())
        if verb is None or verb.group("cl1") or verb.group("cl2"):
            continue
        if inverted:
            spk = speaker_after(body, verb.end(), end, lex.fr_adjuncts)
        else:
            assert subject is not None
            spk = subject.start("spk"), subject.end("spk")
        if spk is None:
            return None
        words = re.findall(r"\w+", body[spk[0]:spk[1]].casefold())
        if not named(*spk) and any(w in documents for w in words):
            return None
        if head:
            comma = body.find(",", max(spk[1], verb.end()) - 1, end)
            content = (comma + 1, end) if comma >= 0 else None
        else:
            # the 'comme' phrase closes the sentence: at most an adverbial after the speaker
            content = (s, c.start()) if len(body[spk[1]:end].split()) <= 4 else None
        if content is None or len(re.findall(r"\w+", body[content[0]:content[1]])) < 4:
            return None
        return Found(content[0], content[1], False, spk, spk[0])
    return None
