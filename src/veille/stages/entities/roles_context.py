"""Context around a title that `roles.py` reads: what a party adjective names, where an office
is held, a one-word name after "of", an English lowercase complement, "the Republic of X", a
portfolio joined to a place, the military ranks that may stand between a title and its name, the
subject of a copula and the person a sentence-opening pronoun stands for.

Written from general knowledge of French and English news grammar (the ranks: the common French
and English army and navy ranks)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_inventory import person_nouns
from veille.stages.entities.text import fold

WORD = re.compile(r"\s+(?P<w>[^\W\d_][\w-]*)")
# Right before a word, text that shows the word does not open a sentence: a comma, or a lowercase word.
# (the one-letter article "a" is a lowercase word too: "X, a Corvana chief executive")
MID_SENTENCE = re.compile(r"(?:,|(?<![^\W\d_])(?:[a-z][a-z]+|a))[ \t]+$")
# A lowercase complement of an English title, before a comma or a name: "the head of the junta, Gen. X",
# "a spokesman for the ministry, X".
EN_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+the\s+(?P<w>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?![\w-])(?=\s*[,A-Z(])")
# Where an office is held, after the title and what it is of: "l'ambassadeur de France au Niger",
# "notre envoyé spécial à Libreville", "l'envoyé spécial pour l'Ukraine", "the US ambassador to
# France", "correspondent in Kyiv".
HELD_FR = re.compile(r"\s+(?:(?:a|au|aux|en)\s+|pour\s+(?:(?:le|la|les)\s+|l'\s*)?)")
HELD_EN = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?")
# What may follow a title that names no one: punctuation, the end, or a lowercase word.
NO_NAME_AFTER = re.compile(r"\s*(?:[,;:)]|\.(?:\s|$)|$|\s+[a-z])")
# Verbs of will, plan or expectation before an infinitive (folded: "espere" is "espère"), and those
# of them that say the infinitive will come true.
# only what the verb says will happen: "devait / allait / devrait devenir" tells a plan that may not
# have happened ("devait devenir présidente du club, mais elle a renoncé"), so it gives no title (fix29)
_FUTURE_FR = r"va|doit|sera\s+appele\s+a"
_WILL_FR = rf"veut|voulait|voudrait|souhaite|souhaitait|compte|comptait|entend|entendait|espere|esperait|{_FUTURE_FR}"
_FUTURE_EN = (r"will|would|(?:is|was|are|were)\s+(?:expected|set|due|poised|slated|likely)\s+to"
              r"|(?:is|was)\s+going\s+to")
_WILL_EN = rf"(?:wants|wanted|hopes|hoped|plans|planned|intends|intended|expects|expected|aims|aimed)\s+to|{_FUTURE_EN}"
# A copula or a verb of holding an office, right before a title (on folded text): "X est le
# ministre", "X a été Premier ministre", "X is a former prime minister", "X served as".
COPULA = re.compile(
    r"\b(?:est|etait|fut|a ete|avait ete|reste|demeure|devient|is|was|has been|had been|remains|becomes"
    r"|serves as|served as|a occupe le poste de|occupait le poste de|held the post of|held the position of"
    # an infinitive copula under a verb of will, plan or expectation: staying in an office says the
    # subject holds it ("X veut rester président", "X hopes to remain mayor"), becoming one says
    # it is a post to be taken only where the verb says it will be ("X va devenir", "X is expected
    # to become"; "X wants to become president" is a wish, and refusing one is no post)
    rf"|(?:{_WILL_FR})\s+(?:rester|demeurer)|(?:{_WILL_EN})\s+(?:remain|stay)"
    rf"|(?:{_FUTURE_FR})\s+(?:devenir|redevenir)|(?:{_FUTURE_EN})\s+become)"
    # (an adverb of addition: "Il est également vice-président", "X est par ailleurs maire"; entities@73)
    r"\s+(?:(?:also|still|now|aussi|toujours|desormais|alors|deja|already|egalement|par\s+ailleurs|en\s+outre)\s+)?"
    # a time since when: "X est depuis 2019 le président", "X has since 2019 been" is not read
    r"(?:(?:depuis|since)\s+(?:[a-z]+\s+)?\d{4}\s+)?(?:(?:a|an|un|une)\s+)?"
    # the only holder: "Il est l'unique délégué syndical", "X est le seul maire" (entities@107)
    r"(?:(?:le|la|l'|l’)\s*(?:seule?|unique)\s+)?$")
_PARTY_MIN = 5  # shorter words share a stem by chance


def party_named(adjective: str, cands: Any, body: str) -> Candidate | None:
    """The one organisation among `cands` with a word that is the adjective, but for a gender
    or number ending: party adjectives are the words of the party's name ("insoumis" -> "La France insoumise",
    "Conservative" -> "Conservative Party", "républicain" -> "Les Républicains")."""
    stem = _uninflected(fold(adjective))
    if len(stem) < _PARTY_MIN:
        return None
    found = {(c.start, c.end): c for c in cands if c.type == "ORG"
             and any(_uninflected(w) == stem for w in re.findall(r"\w+", fold(body[c.start:c.end])))}
    names = {fold(body[c.start:c.end]) for c in found.values()}
    return next(iter(found.values())) if len(names) == 1 else None


# The capitalised words (up to three) right before a word, after an optional determiner.
_CAPITALISED_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:[Ll]es?|[Ll]a|[Ll]['’])[ \t]*)?(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){1,3})$")


def party_run(adjective: str, body: str, cands: Any) -> tuple[int, int] | None:
    """Where the one French name is that the text writes as capitalised words closed by a lowercase
    word sharing the adjective's stem ("La France insoumise" for "insoumis", "le Parti socialiste"
    for "socialiste"), when the recogniser found no organisation carrying it (`party_named`): it
    read "France" as the place, or missed the name. None when two such names differ, when a
    person's name is in it, when the name is a place the recogniser found whole or cuts a longer
    name. The determiner before the name is left out of it."""
    stem = _uninflected(fold(adjective))
    if len(stem) < _PARTY_MIN:
        return None
    spans: dict[str, tuple[int, int]] = {}
    for w in re.finditer(r"(?<![\w-])[^\W\d_][\w-]*", body):
        if not w.group()[0].islower() or _uninflected(fold(w.group())) != stem:
            continue
        run = _CAPITALISED_BEFORE.search(body, max(0, w.start() - 80), w.start())
        if run is None:
            continue
        words = list(re.finditer(r"\S+", run.group("name")))
        while words and not words[0].group()[0].isupper():
            words = words[1:]  # "a écrit la France insoumise": the lowercase words before are no name
        if not words or any(not x.group()[0].isupper() for x in words):
            continue
        # "Mardi La France insoumise": the name opens at its determiner
        dets = [i for i, x in enumerate(words) if fold(x.group()) in ("la", "le", "les", "l'", "l’")
                or x.group()[:2] in ("L'", "L’")]
        words = words[dets[-1]:] if dets else words
        start, end = run.start("name") + words[0].start(), w.end()
        if any((c.start < end and start < c.end and (c.type == "PER" or (c.start, c.end) == (start, end)))
               or c.start < start < c.end or c.start < end < c.end for c in cands):
            continue  # a person's name, a name the recogniser found whole (a place), or part of a longer one
        spans.setdefault(fold(body[start:end]), (start, end))
    return next(iter(spans.values())) if len(spans) == 1 else None


def _uninflected(word: str) -> str:
    """The word without a gender or number ending: "insoumise(s)" and "insoumis" -> "insoumi"."""
    return re.sub(r"s?e?s?$", "", word)


# When an office was taken or held, after what it is of: "in 2020", "in March", "last year", "since
# 2019", "on Monday" (English closed-class time adjuncts).
_WHEN_EN = re.compile(
    r"[ \t]+(?:(?:in|since|until|from|on|by)[ \t]+(?:(?:early|late|mid-?)[ \t]*)?"
    r"(?:\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|(?:last|this|next|earlier[ \t]+this|later[ \t]+this)[ \t]+"
    r"(?:year|month|week|season|spring|summer|autumn|fall|winter)\b)")


_AND_NEXT_PHRASE = re.compile(r"\s+and\s+(?:a|an|the|former|ex-|his|her)\s*[a-z]")


def one_word_of(body: str, org: re.Match[str], name: str, function_words: set[str]) -> bool:
    """One capitalised word right after "of" and before punctuation names what the title is of
    ("the chief executive of Apple, Tim Cook"): after "of" it cannot be a sentence's first word.
    So does one before a time adjunct, which ends the title's complement ("was appointed chief
    executive of Zorblax in 2020", "chairman of Zorblax last year"). So does one before "and" and a
    determiner or "former" that opens a lowercase phrase, a second title ("the mayor of Boston and a
    former minister"), not the rest of a longer name ("the head of Research and Development")."""
    after = org.start("org") + len(name)
    return (org.start("org") == org.start() and " " not in name and len(name) > 1
            and fold(name) not in function_words
            and (re.match(r"\s*(?:[,;:)]|\.(?:\s|$)|$)", body[after:]) is not None
                 or _WHEN_EN.match(body, after) is not None
                 or _AND_NEXT_PHRASE.match(body, after) is not None))


def located(folded: str, end: int, by_start: dict[int, Candidate], prep: re.Pattern[str]) -> int:
    """The end of a title extended over where the office is held, when a place follows."""
    at = prep.match(folded, end)
    c = by_start.get(at.end()) if at is not None else None
    return c.end if c is not None and c.type == "LOC" else end


def word_end(body: str, start: int) -> int:
    m = re.compile(r"[\w-]+").match(body, start)
    return m.end() if m is not None else start


# "the Republic of X" is the state X.
REPUBLIC = re.compile(r"(?:(?:democratic|federal|islamic|people's|united)\s+)*republic\s+of\s+(?:the\s+)?"
                     r"(?P<country>.+)")

# "la République (démocratique) du Niger" is the state Niger (on folded text).
REPUBLIC_FR = re.compile(r"republique\s+(?:(?:democratique|federale|islamique|populaire|arabe|unie)\s+)*"
                        r"(?:du|de la|de l'|d'|des|de)\s*(?P<country>.+)")

# One or two words, then "et" and (from the space before it) a portfolio: "Europe et des Affaires …".
JOINED_PORT = re.compile(r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s+et\s")

# Military ranks (folded), the titles that may stand between an office and its holder's name:
# "le président de la Transition, le général X".
RANKS = {"general", "generale", "colonel", "lieutenant-colonel", "capitaine", "commandant", "lieutenant", "amiral",
         "vice-amiral", "contre-amiral", "marechal", "general de brigade", "general de division", "general d'armee",
         "captain", "major", "admiral", "brigadier", "marshal", "field marshal", "major general",
         "lieutenant general", "brigadier general", "lieutenant colonel"}

# Between a subject and its verb: nothing, an age or a short incise between commas ("X, 83, is").
# (French doubles a subject by a stressed pronoun between commas, "X, lui, veut …", "X aussi, elle,
# …": the pronoun is the subject itself)
SUBJECT_GAP = re.compile(r"\s+|\s*,\s*\d{1,3}(?:\s+ans)?\s*,\s*"
                         r"|(?:\s+(?:aussi|également|non\s+plus))?\s*,\s*(?:lui|elle|eux|elles)\s*,\s*")
# ... or a longer incise between two commas, a relative clause or a participial phrase ("X, who took
# office in 2020, is the chief executive", "X, arrivé lundi à Lyon, est le directeur"): one clause
# (no comma, sentence end, quotation mark or parenthesis in it) of at most 15 words.
SUBJECT_INCISE = re.compile(r"\s*,[ \t]*(?P<incise>[^\W\d_][^,.;:!?«»\"“”()\[\]\n]{1,120}?)[ \t]*,\s*")
_INCISE_WORDS = 15


def antecedent(body: str, verb: int, people: list[Candidate],
               sex: Callable[[Candidate], str | None] | None = None, doc: Any = None) -> Candidate | None:
    """The person a sentence-initial "Il/Elle/He/She" before the verb stands for: the one person
    the previous sentence names, when it opens with them (after at most a short phrase and its
    comma: "On Monday, X met reporters. She is …"), as news biographies run ("Ouattara, 83, … He
    served as …"); or, where it names several, the one whose sex (`sex`: an honorific or the given
    name) is the pronoun's, every other one's being known and the other ("X a reçu Marie Y. Elle est
    …"), or the one it opens with where the others stand inside a noun phrase (`_centre`, by the
    parse `doc`)."""
    pronoun = _PRONOUN.search(body, max(0, verb - 130), verb)
    if pronoun is not None and pronoun.group("p").islower() and not pronoun.group("fronted"):
        pronoun = None  # a lowercase pronoun inside a clause: not a sentence's subject
    if pronoun is None:
        pronoun = demonstrative_subject(body, verb)
    if pronoun is None:
        return _the_latter(body, verb, people, sex)
    if pronoun.start() == pronoun.start("p"):
        return None  # the text opens with the pronoun: no sentence before it
    start = max(body.rfind(p, 0, pronoun.start()) for p in ".!?\n") + 1  # the previous sentence's
    named = [c for c in people if start <= c.start and c.end <= pronoun.start() and c.type == "PER"]
    names = {body[c.start:c.end] for c in named}
    wanted = "m" if pronoun.group("p").lower() in ("il", "he", "ce", "cet") else "f"
    for _ in range(_CHAIN):
        # (entities@73) a sentence that names no one and whose subject is the same referent again ("Il a
        # été réélu en 2014. L'homme politique cumule … Conseiller général, il est …") passes the
        # antecedent on: the one the sentence before it opens with, within the paragraph
        same = _CONTINUES.match(body, start)
        if names or same is None or start < 2 or "\n" in body[start - 2:start] \
                or (same.group("m") is not None) != (wanted == "m"):
            break
        end = start - 1
        start = max(body.rfind(p, 0, end) for p in ".!?\n") + 1
        named = [c for c in people if start <= c.start and c.end <= end and c.type == "PER"]
        names = {body[c.start:c.end] for c in named}
    if len(names) == 1:
        opening = _OPENS_AFTER_PHRASE.fullmatch(body, start, named[0].start)
        if (opening is None or len(body[start:named[0].start].split()) > _OPENING_WORDS) \
                and not _parsed_subject(doc, named[0]):
            return None  # not the subject
        if sex is not None and sex(named[0]) not in (None, wanted):
            return None  # "M. X … Elle est": someone not named
        return named[0]
    if len(names) >= 2 and (subject := _centre(body, start, named, wanted, sex, doc)) is not None:
        return subject
    if len(names) < 2 or sex is None:
        return None  # no one
    sexes = {body[c.start:c.end]: sex(c) for c in named}
    if None in sexes.values() or sum(v == wanted for v in sexes.values()) != 1:
        return None  # two people the pronoun could stand for
    return next(c for c in named if sexes[body[c.start:c.end]] == wanted)


def _centre(body: str, start: int, named: list[Candidate], wanted: str,
            sex: Callable[[Candidate], str | None] | None, doc: Any) -> Candidate | None:
    """(entities@83) Of several people the previous sentence names, the one it opens with, its
    subject, when every other one stands inside a noun phrase (the parse's `nmod`, `appos`: no
    argument of a verb): a sentence-initial pronoun continues the subject of the sentence before
    (the centre of attention; Grosz, Joshi and Weinstein's centering, 1995): "X, 56 ans, était l'un
    des dirigeants des années Y. [¶] Jusqu'ici directeur délégué, il avait été nommé …" is X. Not
    where another is a verb's object or oblique ("X a rencontré Y. Il est …": either may be meant),
    the opener is coordinated with another name ("X et Y ont …"), its sex, where an honorific or
    the given name says it, is not the pronoun's, or there is no parse (English is not parsed)."""
    if doc is None:
        return None
    first = named[0]
    opening = _OPENS_AFTER_PHRASE.fullmatch(body, start, first.start)
    if opening is None or len(body[start:first.start].split()) > _OPENING_WORDS:
        return None  # the sentence does not open with a person
    if _COORDINATED.match(body, first.end) is not None:
        return None  # "X et Y ont …", "X, Y and Z": a plural subject
    if sex is not None and sex(first) not in (None, wanted):
        return None
    for c in named[1:]:
        head = next((tok for tok in doc if c.start <= tok.idx < c.end
                     and not (c.start <= tok.head.idx < c.end and tok.head.i != tok.i)), None)
        if head is None or head.dep_ not in _IN_NOUN_PHRASE:
            return None  # another person is an argument of a verb: a competitor
    return first


def _parsed_subject(doc: Any, person: Candidate) -> bool:
    """(entities@90) Whether the parse makes `person` the subject of its sentence's main verb, after
    however many fronted phrases ("Maire de X, âgé de 55 ans et membre du parti Y, Z avait été
    chargé …": Z): the centre a sentence-initial pronoun or demonstrative continues. No parse, no
    subject (English is not parsed)."""
    if doc is None:
        return False
    head = next((tok for tok in doc if person.start <= tok.idx < person.end
                 and not (person.start <= tok.head.idx < person.end and tok.head.i != tok.i)), None)
    return head is not None and head.dep_ in ("nsubj", "nsubj:pass") and head.head.dep_ == "ROOT"


def fronted_subject(body: str, end: int, people: list[Candidate], doc: Any) -> Candidate | None:
    """(entities@90) The holder of a title fronted before its sentence's subject and set off by a
    comma ("Maire de X, âgé de 55 ans et membre du parti Y, Z avait été chargé …", "Ancien ministre,
    Z a été nommé …"): a detached apposition opening a sentence is said of its subject, the person
    the parse makes the main verb's subject, in the same sentence; none without a parse."""
    if doc is None or not re.match(r"[ \t]*,", body[end:]):
        return None
    stop = min((i for i in (body.find(p, end) for p in (". ", "\n", "? ", "! ")) if i >= 0), default=len(body))
    return next((c for c in people if end <= c.start < stop and c.type == "PER" and _parsed_subject(doc, c)), None)


# A French demonstrative opening a sentence, right before a title ("Ce haut fonctionnaire", "Cette
# ancienne ministre"; entities@90).
_DEMONSTRATIVE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)[«“\"]?\s*(?:Ce|Cet|Cette)\s+$")


def demonstrative_holder(body: str, start: int, end: int, people: list[Candidate],
                         sex: Callable[[Candidate], str | None] | None, doc: Any) -> Candidate | None:
    """(entities@90) The holder of a title a demonstrative opening its sentence determines ("Ce haut
    fonctionnaire avait été …", "Cet ancien ministre est soupçonné …"): the person it refers back
    to, as "il" would (`antecedent`)."""
    if not _DEMONSTRATIVE_OPENS.search(body, max(0, start - 12), start):
        return None
    return antecedent(body, end, people, sex, doc)


# (entities@90) A French demonstrative noun phrase opening its sentence, before the verb: "Ce haut
# fonctionnaire avait été conseiller régional", "Cette ancienne ministre a été nommée …". By the
# grammar of the demonstrative it refers back to someone already named (as "il/elle" does), and its
# noun, when it is a person's (a title of the inventory: `person_nouns`), makes it a person: "Ce
# texte", "Cette décision" refer to no one. "Ce dernier / cette dernière" is the latter (`_LATTER`).
_DEMONSTRATIVE = re.compile(r"(?:^|[.!?]\s+|\n\s*)[«“\"]?\s*(?P<p>Ce|Cet|Cette)(?P<np>(?:\s+[a-zà-ÿœ'’-]+){1,6})\s*$")


def demonstrative_subject(body: str, verb: int) -> re.Match[str] | None:
    """The demonstrative noun phrase that opens the sentence of `verb` and ends right before it,
    when its words name a person (a title's head: "Ce haut fonctionnaire", "Cet ancien ministre")."""
    m = _DEMONSTRATIVE.search(body, max(0, verb - 130), verb)
    if m is None:
        return None
    words = [fold(w).strip("'’") for w in m.group("np").split()]
    if words[0] in ("dernier", "derniere"):
        return None  # the latter: `_the_latter`
    nouns = [w for w in words[:4] if w in person_nouns()]
    if not nouns:
        return None
    # the demonstrative takes up a noun phrase of the sentence before with the same noun ("… se
    # trouver un nouveau chef. Ce nouveau chef sera désigné …"): that one, not a person named there
    previous = fold(body[max(body.rfind(p, 0, max(0, m.start("p") - 2)) for p in ".!?\n") + 1:m.start("p")])
    return None if any(re.search(rf"\b{re.escape(w)}\b", previous) for w in nouns) else m


# The parse's relations of a name inside a noun phrase ("les années Y", "l'époque de Y").
_IN_NOUN_PHRASE = frozenset({"nmod", "appos", "compound", "nmod:poss"})
# A name followed by a coordinated one: ", Y", " et Y", " and Y", " & Y" (a capitalised word next).
_COORDINATED = re.compile(r"\s*(?:,|\bet\b|\band\b|&)\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÀ-Ý]")


def _the_latter(body: str, verb: int, people: list[Candidate],
                sex: Callable[[Candidate], str | None] | None) -> Candidate | None:
    """The person a French "celui-ci/celle-ci" subject stands for: by the grammar of the
    demonstrative, the latter, the last person the previous sentence names (or its own, before the
    pronoun), whose sex, where an honorific or the given name says it, agrees ("X sera remplacé par
    Y. Agé de 46 ans, celui-ci était directeur …": Y; entities@57)."""
    latter = _LATTER.search(body, max(0, verb - 110), verb)
    if latter is None:
        return None
    start = max(body.rfind(p, 0, latter.start("p")) for p in ".!?\n") + 1
    start = max(body.rfind(p, 0, max(0, start - 1)) for p in ".!?\n") + 1  # the previous sentence's
    named = [c for c in people if start <= c.start and c.end <= latter.start("p") and c.type == "PER"]
    if not named:
        return None
    # "ce dernier / cette dernière" is the latter as "celui-ci / celle-ci" is (entities@90)
    wanted = "m" if latter.group("p").lower() in ("celui-ci", "ce dernier") else "f"
    if sex is not None and sex(named[-1]) not in (None, wanted):
        return None
    return named[-1]


def incise_subject(body: str, verb: int, people: list[Candidate]) -> Candidate | None:
    """The subject of a copula that an incise between commas parts from it ("X, who took office
    in 2020, is the chief executive of Y"): the person must open the sentence (so "Selon X, …" or
    "the wife of X, who …, is" give no one) and the incise name no one, else whose office it is
    is not plain."""
    before = [c for c in people if c.end <= verb and c.type == "PER"]  # an organisation may be in the incise
    if not before or (m := SUBJECT_INCISE.fullmatch(body, before[-1].end, verb)) is None \
            or len(m.group("incise").split()) > _INCISE_WORDS:
        return None
    person = before[-1]
    start = max(body.rfind(p, 0, person.start) for p in ".!?\n") + 1
    if not _OPENS_UNQUOTED.fullmatch(body, start, person.start):  # a quoted judgement is no office stated
        return None
    return person


# ... or a short phrase and its comma before them ("On Monday, X met …", "Lundi, X a reçu …").
# (a place's department in parentheses may stand in the phrase: "A Villeneuve (Hauts-de-Seine), X …", entities@107)
_OPENS_AFTER_PHRASE = re.compile(r"[\s«“\"]*(?:(?:[^,.;:!?«»\"“”()\n]|\([^(),.;:!?\n]{1,30}\)){1,60},\s*)?"
                                 r"(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?")
_OPENING_WORDS = 8
# What may stand before a person who opens a sentence outside quotation marks.
_OPENS_UNQUOTED = re.compile(r"\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?")


# A French demonstrative subject, after at most two short phrases and their commas, then at most one
# adverb, right before a verb: "Agé de 46 ans, celui-ci était …".
_LATTER = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[^,.;:!?«»\"“”()\n]{1,60},\s*){0,2}"
                     r"(?P<p>[Cc]elui-ci|[Cc]elle-ci|[Cc]e\s+dernier|[Cc]ette\s+derni[èe]re)"
                     r"\s+(?:[a-z]+\s+)?$")
# A pronoun opening a sentence, then at most one adverb, right before a verb.
# (after a fronted apposition and its comma the pronoun is lowercase: "Conseiller général de X, il est
# également vice-président …", entities@73)
# A sentence whose subject refers back to the one the pronoun stands for, by the same pronoun or an
# epithet of person with its sex ("L'homme politique", "L'élue"); at most `_CHAIN` such. A role noun
# as subject ("Le président a annoncé …", "Le ministre l'a félicité") brings in another person, the
# holder of that office, so it breaks the chain (entities@76).
_CONTINUES = re.compile(r"[\s«“\"]*(?:(?P<m>Il|He|L['’]homme(?:\s+(?:politique|d['’]affaires))?|L['’]élu)"
                        r"|(?P<f>Elle|She|La\s+femme(?:\s+(?:politique|d['’]affaires))?|L['’]élue))\s")
_CHAIN = 2
# (a short phrase before a colon opens the sentence too: "Et pour cause : il est …", entities@107)
_PRONOUN = re.compile(r"(?:^|[.!?]\s+|\n\s*)"
                      r"(?:(?P<fronted>[A-ZÀ-Ý][^,.;:!?«»\"“”()\n]{1,80})(?:,|\s:)\s*(?=il|elle|he|she))?"
                      r"(?P<p>Il|Elle|He|She|il|elle|he|she)\s+(?:[a-zà-ÿ]+\s+){0,2}$")  # "Il a été élu" (entities@73)
# What may stand before the person who opens a sentence: spaces, a quotation mark, "M."/"Mme"/"Mr".
_OPENS = re.compile(r"[\s«“\"]*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?")


def last_country(cands: list[Candidate], before: int, gaz: Gazetteer) -> str | None:
    """The gazetteer country named last before `before` (countries are what demonyms name)."""
    countries = set(gaz.demonyms.values())
    named = [c.entry.id for c in cands if c.end <= before and c.entry is not None and c.entry.id in countries]
    return named[-1] if named else None


def parsed_holder(doc: Any, body: str, t: Any, people: list[Candidate]) -> Candidate | None:
    """The person a French title no word pattern attached belongs to, by the parse: the subject of
    the title used with a copula ("X est depuis longtemps le président de Y": `nsubj` and `cop`
    on the title's head), or the name the title stands in apposition to after a comma ("X, à la
    fois maire de Nice et président de la métropole": the head's `appos`/`nmod` governor)."""
    span = [tok for tok in doc if t.core_start <= tok.idx < t.core_end]
    root = next((tok for tok in span if not (t.core_start <= tok.head.idx < t.core_end) or tok.head.i == tok.i), None)
    if root is None:
        return None

    def person_at(tok: Any) -> Candidate | None:
        return next((c for c in people if c.type == "PER" and c.start <= tok.idx < c.end), None)

    if any(ch.dep_ == "cop" for ch in root.children):
        subject = next((ch for ch in root.children if ch.dep_ in ("nsubj", "nsubj:pass")), None)
        found = person_at(subject) if subject is not None else None
        if found is not None and found.end <= t.start and not re.search(r"[.!?;\n]", body[found.end:t.start]):
            return found
    if root.dep_ in ("appos", "nmod") and root.head.i != root.i:
        found = person_at(root.head)
        if found is not None and found.end <= t.start and re.match(r"\s*,", body[found.end:t.start]) \
                and not re.search(r"[.!?;:\n«»\"]", body[found.end:t.start]) and t.start - found.end < 40:
            return found
    return None


# (for `qualified_body`) "de/du/des" before a complement, and determiners, on folded text
_OF_FR_WORDS = re.compile(r"\s*(?:du|de la|de l'|d'|des|de)\s*")
_FR_FUNCTION_WORDS = {"la", "le", "les", "l", "son", "sa", "ses", "ce", "cette", "leur", "un", "une"}
# A party's acronym in parentheses right after a French title ("le maire (LR) de Nice").
PARTY_TAG = re.compile(r"[ \t]*\((?![IVXLCDM]+\))[A-Z][A-Za-z&-]{0,8}\)(?=[ \t]*(?:,|de\b|du\b|des\b|d['’]|[A-Z]))")
# A lowercase word that may qualify a complement ("départemental", "correctionnel"): letters and
# hyphens only, after one space.
_FR_ADJECTIVE = re.compile(r"[ \t]+(?P<w>[a-zàâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ-]+)")
_QUALIFIED_TAIL = re.compile(r"(?P<tail>(?:\s+(?:du|de la|de l['’]|d['’]|des|de)\s*(?:[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?"
                             r"|[a-zàâçéèêëîïôûùüÿœ][\w-]+))?)\s*,\s*")
# Lowercase words that are no adjective of a body: adverbs, conjunctions, verbs news put after a subject.
_FR_NOT_ADJECTIVE = {"a", "est", "sera", "etait", "fut", "et", "ou", "mais", "qui", "que", "dont", "ne", "n",
                     "se", "s", "y", "en", "lui", "leur", "avait", "ont", "sont", "aussi", "deja", "encore",
                     "toujours", "meme", "alors", "depuis", "pendant", "lors", "selon", "contre", "avec", "sans",
                     "sous", "sur", "dans", "par", "pour", "entre", "vers", "chez", "apres", "avant", "ici",
                     "charge", "chargee", "charges", "chargees"}  # "chargé de" is `_CHARGED`'s


def qualified_body(body: str, folded: str, end: int, by_start: dict[int, Candidate]) -> int | None:
    """Where one or two lowercase adjectives after a French title's lowercase complement end, when
    what follows them shows they still qualify that complement: "de/du" and a name the text found
    ("du conseil départemental du Nord"), or a comma and a person's name ("la présidente du conseil
    régional, X"). A verb or an adverb there ("le président du club a dit") is followed by neither."""
    at = end
    for _ in range(2):
        word = _FR_ADJECTIVE.match(body, at)
        if word is None or fold(word.group("w")) in _FR_FUNCTION_WORDS or fold(word.group("w")) in _FR_NOT_ADJECTIVE:
            return None
        at = word.end()
        tail = _OF_FR_WORDS.match(folded, at)
        if tail is not None and tail.end() in by_start and by_start[tail.end()].type != "PER":
            return at
        # a comma and a person's name, after at most one more complement the text names with
        # no name the model kept ("du Nord") or in lowercase ("de santé"): the whole is the title
        name = _QUALIFIED_TAIL.match(body, at)
        if name is not None and name.end() in by_start and by_start[name.end()].type == "PER":
            return name.end("tail")
    return None


# A subject right before a word: a relative or personal pronoun, then at most one adverb ("who
# chairs", "she now heads", "which also runs"; on folded text).
_SUBJECT_BEFORE = re.compile(r"\b(?:who|which|that|he|she|it)\s+(?:(?:also|now|currently|still|already|jointly"
                             r"|formerly|once|previously|no longer)\s+)?$")


def verb_read_as_title(body: str, folded: str, t: Any, people: list[Candidate]) -> bool:
    """Whether an English title read in the plural ("chairs", "heads", "leads", "coaches") is the
    verb of the subject right before it: a pronoun ("X, who chairs Barclays", "she heads the
    board") or a person's name ("Roe chairs the Fed"). An English plural noun with no determiner
    does not follow a subject with nothing between them; a verb in the third person does."""
    if not t.plural or t.start != t.core_start:
        return False
    if _SUBJECT_BEFORE.search(folded, max(0, t.start - 40), t.start):
        return True
    # (an age between commas may stand between them: "X, 61, chairs Northwind")
    return any(c.type == "PER" and re.fullmatch(r"[ \t]+|\s*,\s*\d{1,3}\s*,[ \t]+", body[c.end:t.start]) for c in people
               if c.end < t.start)


# After a name used alone: punctuation, or a preposition, a conjunction or a reporting verb ("lifted
# Arsenal to second", "joined Arsenal in 2019", "Arsenal said"); an adjective or a noun used as one
# is followed by its noun ("a safe Conservative seat").
_NAME_ENDS = (r"(?=[ \t]*[,.;:!?)]|[ \t]+(?:to|in|on|at|for|with|by|from|of|and|or|but|as|after|before|since"
              r"|until|against|over|under|said|says|told)(?![\w'’-]))")


def named_mid_sentence(body: str, word: str) -> bool:
    """Whether the text writes `word` capitalised inside a sentence (after a comma or a lowercase
    word), as a name of its own (punctuation or a function word after it: "the Conservative
    Party", "a safe Conservative seat" are another name and an adjective), with no article, and
    never in lowercase: a name, even where it opens a sentence ("Arsenal manager X praised … The
    win lifted Arsenal to second"). A common word that opens a sentence ("Embattled manager X")
    is capitalised only there."""
    if re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w-])", body):
        return False
    return any(MID_SENTENCE.search(body, max(0, m.start() - 30), m.start())
               and not re.search(r"(?<![\w'’-])(?:the|a|an)[ \t]+$", body[max(0, m.start() - 8):m.start()])
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}{_NAME_ENDS}", body))


# A verb of holding a post for a while or besides one's own, right before the second title ("will
# act as", "is serving as", "took over as", "stepped in as"), with at most one determiner.
_ACTING_AS = re.compile(r"\b(?:acts?|acted|acting|serves?|served|serving|(?:takes?|took|taking)\s+over|steps?\s+in"
                        r"|stepped\s+in|doubles?|doubled)\s+as\s+(?:(?:the|its|their|his|her|an?)\s+)?$")


def acting_owner(body: str, t: Any, name: Candidate, links: list[Any]) -> None:
    """`t.of` for an English post a person titled earlier in the sentence acts in or serves in
    ("its chairman X will act as interim chief executive", "Acme's finance chief X will also serve
    as chief operating officer"): the body the person's first title is of, which the second,
    stating none, shares. Only posts held besides or in place of another: "became", "was named"
    may name a post elsewhere."""
    if not _ACTING_AS.search(body[name.end:t.start].lower()) or re.search(r"[.!?;\n]", body[name.end:t.start]):
        return
    first = next((lk.title for lk in reversed(links) if lk.candidate is not None and lk.title.of is not None
                  and (lk.candidate.start, lk.candidate.end) == (name.start, name.end)), None)
    if first is not None:
        t.of, t.of_span = first.of, first.of_span
