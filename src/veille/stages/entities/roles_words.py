"""Words right around a French title that say what the title word is, or what stands between the
title and its complement, in French news grammar (`roles_titles.TitlePatterns._french` reads them):

- a title word used as a verb is no title: "X, directeur de l'institut, juge la mesure
  insuffisante" ("juge" is juger's present), "X et Y président la séance", "pour conseiller le
  ministre" (`verb_homograph`);
- "élu(e)(s)" after an auxiliary or before a verb's complement is élire's participle, no title: "X
  est élu président", "il a été réélu maire", "élue au Sénat en 2020" (`election_participle`,
  entities@73); "un élu", "l'élue écologiste de Paris", "X, élu de Lyon" stay the noun;
- a party between a title and its place: "le député LR de la Manche", "la sénatrice socialiste de
  Paris" (`party_before_place`: the party is skipped, the place stays what the office is of);
- a European commissioner's portfolio, which the French press writes after "à/au/aux" with a
  capital: "le commissaire européen à la Concurrence", "commissaire aux Affaires économiques et
  monétaires" (`commission_portfolio`).

- a minister's portfolio the lexicon does not list: "la ministre de la Mobilité", "le ministre de la
  Transition numérique" (`unlisted_portfolio`: a capitalised common noun by the parse, not a level
  of government, with its adjectives);
- a place or body the gazetteer knows after a title's "de" that the model missed: "maire de Lille"
  (`known_after`);
- a caption's title, then the organisation without "de": "X, entraîneur Aigle :" (`caption_body`);
- a second portfolio joined by "et" to the first: "ministre de la Santé et des Affaires sociales"
  (`joined_portfolio`).

Written from general knowledge of French grammar and news style; no word list comes from an
evaluation text."""

from __future__ import annotations

import re

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.text import fold, slug

# French title words that are also a finite verb or an infinitive: juger, arbitrer, piloter,
# conseiller, présider ("ils président"), guider (on folded text).
_VERB_HEADS = {"juge", "arbitre", "pilote", "conseiller", "president", "guide"}
# What opens a verb's object or clause and never follows a title noun directly: a determiner, a
# pronoun, "que", or an adjective of judgement ("X juge nécessaire de …") (on folded text).
_OBJECT = re.compile(
    r"[ \t]+(?:(?:le|la|les|un|une|des|ces|cette|cet|ce|son|sa|ses|leur|leurs|notre|nos|votre|vos|que|cela|ca"
    r"|necessaire|indispensable|utile|urgent|urgente|important|essentiel|possible|impossible|inacceptable"
    r"|inadmissible|insuffisant|insuffisante|insuffisants|premature|prematuree|legitime|normal|bon|bonne"
    r"|mauvais|regrettable|probable|peu|trop|plutot|tres)(?![\w'-])|(?:l|qu)')")
# ... but a time after a title is no object: "élu président l'an dernier", "juge le 3 mars".
_TIME = re.compile(
    r"[ \t]+(?:l'(?:an|annee|ete|automne|hiver)|la\s+(?:semaine|veille|saison|nuit|journee|matinee|soiree)"
    r"|le\s+(?:mois|lendemain|week-end|\d)|les\s+\d|cette\s+(?:annee|semaine|saison|nuit|fois)"
    r"|ce\s+(?:mois|week-end|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b")
# Words before a title that make it a noun: a determiner or a preposition, "comme", "en tant que",
# a copula or a verb of appointment ("devenu juge", "élu président").
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|ce|cet|cette|son|sa|ses|leur|leurs|notre|votre|comme|que"
    r"|est|etait|fut|sera|reste|devenu|devenue|nomme|nommee|elu|elue|designe|designee|ete|ex|vice)[ \t-]*)$")


def verb_homograph(folded: str, head_start: int, head_end: int, head: str) -> bool:
    """Whether the title word `head` at `head_start` is a verb: a word that is both ("juge",
    "président", "conseiller") with no determiner or modifier before it and an object or a clause
    right after it ("X, directeur de l'institut, juge la mesure insuffisante"). A title noun is
    followed by its complement, a name or punctuation, never by "la mesure"."""
    if head not in _VERB_HEADS or _NOUN_BEFORE.search(folded, max(0, head_start - 20), head_start):
        return False
    return _OBJECT.match(folded, head_end) is not None and _TIME.match(folded, head_end) is None


# (entities@73) élire's participle is spelt as the noun "élu" (an elected official): after a form of
# "être" (with up to two adverbs: "est finalement élu", "a été largement réélue") or before what a
# verb takes and a noun does not (another title, "à/au/aux/en/par/pour/avec/dès/lors", a time), it is
# the verb, and the office, if any, is the word after it (on folded text).
_ELECTED = {"elu", "elue", "elus", "elues"}
_AUXILIARY = re.compile(
    r"\b(?:est|sont|etait|etaient|fut|furent|sera|seront|serait|seraient|soit|soient|etre|ete|a\s+ete"
    r"|ont\s+ete|avait\s+ete|aura\s+ete)"
    r"(?:[ \t]+[a-z]+ment|[ \t]+(?:deja|enfin|finalement|bien|mal|tres|pas|jamais|aussi|encore|ainsi|alors))"
    r"{0,2}[ \t]+$")
_VERB_COMPLEMENT = re.compile(
    r"[ \t]+(?:a|au|aux|en|par|pour|avec|des|lors|sans|dimanche|samedi|lundi|mardi|mercredi|jeudi|vendredi"
    r"|hier|le\s+\d|l'an|la\s+semaine|il\s+y\s+a|depuis|president|presidente|maire|depute|deputee|senateur"
    r"|senatrice|secretaire|conseiller|conseillere|chef|cheffe|premier|premiere|membre|vice-president"
    r"|vice-presidente|gouverneur|bourgmestre|pape|roi|reine|juge|rapporteur|rapporteure)(?![\w'-])")


# (entities@76) after a copula, "élu(e)" is still the noun (an elected official, as "X est avocat")
# when what follows qualifies a noun and no verb takes it: an adjective of the level of office ("élue
# municipale", "élu régional", "élus locaux") or "de" and a capitalised place ("élu de Lyon", "élue
# de la Manche"; the capital is read on the body: "élu de justesse" is the verb); or when "depuis" and
# a time close the clause ("est élu depuis 2008."): a state that lasts, not an election.
_NOUN_ADJECTIVE = re.compile(
    r"[ \t]+(?:municipa(?:l|le|ux|les)|regiona(?:l|le|ux|les)|loca(?:l|le|ux|les)|departementa(?:l|le|ux|les)"
    r"|communa(?:l|le|ux|les)|communautaires?|metropolitaine?s?|nationa(?:l|le|ux|les)|territoria(?:l|le|ux|les)"
    r"|europeen(?:ne)?s?|provincia(?:l|le|ux|les)|cantona(?:l|le|ux|les)|consulaires?|rura(?:l|le|ux|les)"
    r"|d'opposition|de\s+l'opposition|de\s+la\s+majorite|d'arrondissement)(?![\w'-])")
_OF_CAPITAL = re.compile(r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|du[ \t]+|des[ \t]+|de[ \t]+|d['’][ \t]*)"
                         r"[A-ZÀ-Ý]")
_SINCE_CLOSES = re.compile(r"[ \t]+depuis[ \t]+(?:\d{4}|[a-z]+[ \t]+ans|longtemps|[a-z]+[ \t]+\d{4})"
                           r"[ \t]*(?:[.;,!?)]|$)")


def election_participle(folded: str, head_start: int, head_end: int, head: str, body: str | None = None) -> bool:
    """Whether the title word `head` ("élu", "élue", …) at `head_start` is élire's participle: after
    an auxiliary ("X est élu", "a été élue") or before a verb's complement ("élu président", "élue
    au Sénat", "élu dimanche"), not the noun ("un élu", "les élus locaux", "X, élu de Lyon", "X est
    élue municipale", "X est élu de Lyon depuis 2008": `body`, same length as `folded`, gives the
    capital of a place)."""
    if head not in _ELECTED:
        return False
    before = folded[max(0, head_start - 40):head_start]
    if re.search(r"(?:\b(?:un|une|des|les|le|la|l'|cet|cette|ces|ce|son|sa|ses|leur|leurs|nos|vos|notre|votre)"
                 r"[ \t]*)$", before):
        return False
    if _NOUN_ADJECTIVE.match(folded, head_end) or _SINCE_CLOSES.match(folded, head_end) \
            or (body is not None and _OF_CAPITAL.match(body, head_end)):
        return False  # the noun qualified (entities@76)
    return _AUXILIARY.search(before) is not None or _VERB_COMPLEMENT.match(folded, head_end) is not None

# A party between a French title and its place: an acronym ("LR", "PS", "RN", "MoDem") or an
# adjective of a party family (on the body: an acronym keeps its capitals).
_PARTY_WORD = re.compile(
    r"[ \t]+(?:(?![IVXLCDM]+\b)[A-Z][A-Za-z]{0,4}[A-Z](?![\w'’-])"
    r"|(?:socialiste|communiste|[ée]cologiste|insoumise?|r[ée]publicaine?|centriste|macroniste|lep[ée]niste"
    r"|frontiste|gaulliste|souverainiste|ind[ée]pendantiste|nationaliste|conservat(?:eur|rice)|travailliste"
    r"|lib[ée]ral|lib[ée]rale|d[ée]mocrate|chr[ée]tien-d[ée]mocrate|social-d[ée]mocrate|radicale?)(?![\w'’-]))")
_OF_PLACE = re.compile(r"[ \t]+(?:du|de la|de l['’]|d['’]|des|de)[ \t]*")


def party_before_place(body: str, end: int, by_start: dict[int, Candidate]) -> int | None:
    """The end of a party word right after a French title when "de/du" and a place the text found
    follow it ("le député LR de la Manche, X", "la sénatrice socialiste de Paris"), else None. The
    party qualifies the holder; the place is what the office is of."""
    word = _PARTY_WORD.match(body, end)
    tail = _OF_PLACE.match(body, word.end()) if word is not None else None
    place = by_start.get(tail.end()) if tail is not None else None
    return word.end() if word is not None and place is not None and place.type == "LOC" else None


# A European commissioner's portfolio after "à/au/aux", capitalised as the press writes it, with its
# lowercase adjectives and a second portfolio after "et": "à la Concurrence", "au Commerce", "aux
# Affaires économiques et monétaires", "à l'Économie et à la Fiscalité" (on the body).
_PORT = re.compile(r"[ \t]+(?:et[ \t]+)?(?:à la|à l['’]|au|aux|de la|de l['’]|du|des)[ \t]*"
                   r"[A-ZÉÈÊÀÂÎÔÛÇ][\w-]+(?![\w'’-])")
# An adjective of a portfolio, by its ending ("économiques", "intérieur", "sociale", "numérique"),
# not a verb ("estime", "a") after its subject: an adjective is followed by punctuation, a name,
# "et" or another adjective, which `commission_portfolio` checks.
_PORT_ADJ = re.compile(r"[ \t]+(?:et[ \t]+)?[a-zéèêàâîôûç][\w-]*(?:iques?|aires?|el|elle|els|elles|al|ale|aux|ales"
                       r"|iers?|i[eè]res?|ifs?|ives?|iens?|iennes?|ains?|aines?|eurs?|ée|ées|és|ennes?)(?![\w'’-])")
_PORT_END = re.compile(r"[ \t]*(?:[,.;:)(]|$)|[ \t]+(?:[A-Z]|et[ \t]|a[ \t]|est[ \t]|sera[ \t])")


def commission_portfolio(body: str, end: int, by_start: dict[int, Candidate]) -> int | None:
    """The end of a commissioner's portfolio after "à/au/aux" ("le commissaire européen à la
    Concurrence, X"), with its adjectives and a second portfolio coordinated with it, else None:
    a capitalised common noun, not a place or a person the text found ("le commissaire au Niger"
    is where the office is held)."""
    first = _PORT.match(body, end)
    if first is None or first.group().lstrip().startswith(("et", "de", "du", "des")):
        return None
    at, parts = first.end(), 1
    while parts < 5:
        nxt = _PORT.match(body, at) if body[at:].lstrip().startswith("et") else None
        adj = _PORT_ADJ.match(body, at)
        if nxt is not None and parts < 4:
            at, parts = nxt.end(), parts + 1
        elif adj is not None and (_PORT_END.match(body, adj.end()) or _PORT_ADJ.match(body, adj.end())):
            at, parts = adj.end(), parts + 1
        else:
            break
    word = re.search(r"[A-ZÉÈÊÀÂÎÔÛÇ]", body[end:first.end()])
    c = by_start.get(end + word.start()) if word is not None else None
    return None if c is not None and c.type in ("LOC", "PER") else at


# "de la", "du", "des", "de l'" (or "à la", "au", "aux") opening a minister's portfolio (on folded text).
_PORT_OF = re.compile(r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|a[ \t]+la|a[ \t]+l['’]|au|aux)[ \t]*(?=\w)")
_AND = re.compile(r"[ \t]+et(?=[ \t])")
_CAP_WORD = re.compile(r"[A-ZÉÈÊÀÂÎÔÛÇ][\w-]*")
_LOWER_WORD = re.compile(r"[ \t]+(?P<w>[a-zéèêàâîôûç][\w-]*)")
# Levels of government and bodies, which a minister is of, not in charge of ("le ministre-président
# de la Région wallonne", "ministre de la Communauté française", "ministre de l'État de Lagos").
_LEVELS = {"region", "province", "communaute", "federation", "republique", "etat", "canton", "land", "commune",
           "departement", "collectivite", "gouvernement", "union", "principaute", "royaume", "wilaya", "prefecture"}


def unlisted_portfolio(body: str, folded: str, end: int, nouns: frozenset[int], adjectives: frozenset[int],
                       by_start: dict[int, Candidate]) -> int | None:
    """The end of a minister's portfolio no lexicon lists, right after `end` ("de la Mobilité",
    "de la Transition numérique"): a capitalised word the parse reads as a common noun (a name is
    a proper noun: "ministre de Macron"), no level of government, no person and nothing the
    gazetteer knows, with the lowercase adjectives the parse gives it; else None."""
    opener = _PORT_OF.match(folded, end)
    word = _CAP_WORD.match(body, opener.end()) if opener is not None else None
    if word is None or word.start() not in nouns or fold(word.group()) in _LEVELS:
        return None
    cand = by_start.get(word.start())
    if cand is not None and (cand.type == "PER" or cand.entry is not None):
        return None
    at = word.end()
    while (adj := _LOWER_WORD.match(body, at)) is not None and adj.start("w") in adjectives:
        at = adj.end()
    return at


def joined_portfolio(folded: str, end: int) -> int | None:
    """Where "et" joining a second portfolio to a minister's first ends ("de la Santé| et des
    Affaires sociales"), the caller reading the portfolio after it; else None."""
    joined = _AND.match(folded, end)
    return joined.end() if joined is not None and _PORT_OF.match(folded, joined.end()) else None


# A portfolio's own lowercase complement (entities@99): "de la Santé| au travail", "de la Sécurité| du
# quotidien", "de l'Égalité| entre les femmes et les hommes". French writes a portfolio with one capital,
# so the words after its first noun are lowercase: prepositions and determiners (on folded text) and
# the nouns and adjectives the parse gives. The run is the portfolio's only where the title closes
# right after it (a comma, a sentence's or a line's end): "le ministre de la Santé a dit" has a verb,
# "ministre de la Santé depuis 2020," a preposition no portfolio uses, and both stay as they were.
_TAIL_LINK = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "au", "aux", "a", "et", "entre", "en"})
# Time words close no portfolio ("nommé ministre de l'Intérieur mercredi", "… de la Santé hier soir"):
# the days, the months and the deictic time nouns of French.
_TAIL_TIME = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
                        "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                        "novembre", "decembre", "hier", "demain", "aujourd'hui", "matin", "soir", "midi", "nuit",
                        "semaine", "mois", "an", "annee", "veille", "lendemain", "week-end", "dernier",
                        "derniere", "prochain", "prochaine"})
_TAIL_WORD = re.compile(r"(?P<sep>[ \t]*)(?P<w>[a-zéèêëàâîïôûùüç][\w-]*['’]?)")
_TAIL_CLOSE = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")


def portfolio_tail(body: str, end: int, nouns: frozenset[int], adjectives: frozenset[int]) -> int | None:
    """Where a portfolio's lowercase complement right after `end` ends ("de la Santé| au travail,"),
    when the title closes right after it and its last word is a noun or an adjective the parse
    gives; else None. At most six words; every word a link word or one the parse reads as a noun
    or an adjective (a verb, an adverb, a number, a capitalised word end it: no run), the first a
    link or an adjective, none a time word. "a" without its accent is avoir ("le ministre de la
    Santé a dit"), no link."""
    at, last_content, glued = end, None, False
    for _ in range(6):
        w = _TAIL_WORD.match(body, at)
        if w is None or (not w.group("sep") and not glued) or w.group("w") == "a":
            break
        word = fold(w.group("w")).replace("’", "'")
        if word in _TAIL_TIME or (word not in _TAIL_LINK and w.start("w") not in nouns
                                  and w.start("w") not in adjectives):
            return None
        if at == end and word not in _TAIL_LINK and w.start("w") not in adjectives:
            return None  # a noun right after the portfolio's is no complement of it: a link or an adjective opens one
        at, glued = w.end(), word.endswith("'")  # "d'", "l'": the next word is glued on
        if word not in _TAIL_LINK:
            last_content = at
    if last_content is None or last_content != at or _TAIL_CLOSE.match(body, at) is None:
        return None
    return at


# A caption's comma before a title (right after the person's name), and what ends a caption's title:
# a colon, a quotation, a dash, a parenthesis or the line's end.
_CAPTION_COMMA = re.compile(r",[ \t]+$")
_CAPTION_BODY = re.compile(r"[ \t]+(?P<run>[A-ZÉ][\w-]*(?:[ \t]+[A-ZÉ][\w-]*){0,3})(?=[ \t]*(?:[:«(–—]|$))",
                           re.MULTILINE)


def caption_body(body: str, start: int, end: int, by_start: dict[int, Candidate]) -> tuple[int, int] | None:
    """The span of the organisation a caption names right after a title with no article and no
    "de" ("Joseph X, entraîneur Aigle : « … »", "Paul Y, président Renault :"), the person named
    just before the comma; else None. A caption drops the preposition; the holder is already
    named, so the capitalised words after the title are what it is of, unless the gazetteer
    knows them as a person."""
    comma = _CAPTION_COMMA.search(body, max(0, start - 3), start)
    if comma is None or not any(c.end == comma.start() and c.type == "PER" for c in by_start.values()):
        return None
    run = _CAPTION_BODY.match(body, end)
    if run is None:
        return None
    cand = by_start.get(run.start("run"))
    if cand is not None and cand.type == "PER" and (
            (cand.entry is not None and cand.entry.type == "PER") or " " in body[cand.start:cand.end]):
        return None  # "X, entraîneur Jean Martin :": a person's full name is no organisation
    return run.span("run")


# One to three capitalised words (a hyphen joins a compound name: "Saint-Étienne", "Seine-Saint-Denis").
# Every Latin capital French and the names it cites open with (entities@54: Œ, Ø, À, Ê, Ô, Ç, Ü ...
# were missing, so "d'Œuvre Solidaire" or "de Ørsted" read no name): A-Z, the Latin-1 capitals
# (U+00C0-U+00DE less the multiplication sign) and the Latin Extended-A ones French uses.
_UPPER = "A-ZÀ-ÖØ-ÞŒŠŽŸ"
_CAPITALS = re.compile(rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[{_UPPER}][\w'’]*(?:-[\w'’]+)*){{0,2}}")
# Where a name ends: punctuation, a dash, the line's or the text's end, or a lowercase word after a
# space, read on the body itself (entities@54: a window of three characters took its own end for the
# text's, so "Vexora   2024" ended the name at the spaces).
_NAME_END = re.compile(rf"[ \t]*(?:[,;:.)–—-]|\n|\Z)|[ \t]+(?=[^\W\d_])(?![{_UPPER}])")


def known_after(body: str, start: int, by_start: dict[int, Candidate], gaz: Gazetteer,
                complements: set[str]) -> tuple[str, tuple[int, int]] | None:
    """The place or organisation the gazetteer knows, named at `start` right after a French title's
    "de" ("maire de Lille", "maire de Bordeaux") where the model found no name (it misses
    one-word places in appositions), with its span, the longest name first; a title's own
    complement ("président de la République") is none; else None."""
    if start in by_start or any(c.start < start < c.end for c in by_start.values()):
        return None
    run = _CAPITALS.match(body, start)
    words = list(re.finditer(r"\S+", run.group())) if run is not None else []
    for w in reversed(words):
        name = body[start:start + w.end()]
        if fold(name) in complements:
            continue
        entry = gaz.lookup(name)
        if entry is not None and entry.type in ("LOC", "ORG"):
            return entry.id, (start, start + w.end())
        kind = gaz.type_of(name)  # the unlisted files' type without an id, as the recogniser uses it
        if kind in ("LOC", "ORG"):
            return f"{kind.lower()}:{slug(name)}", (start, start + w.end())
    return None


def unknown_after(body: str, start: int, by_start: dict[int, Candidate], gaz: Gazetteer,
                  complements: set[str], nouns: frozenset[int]) -> tuple[str, tuple[int, int]] | None:
    """A name no model found and the gazetteer does not know, right after a French title's bare
    "de"/"d'" ("la directrice générale d'Orvalis - ", "le PDG de Vexora,"): French writes a body's
    complement without an article only before a proper name, so capitalised words the parse does
    not read as a common noun ("chef d'État"), no title complement ("président de la République")
    and no person's name ("le général de Gaulle"), ending where the name does (punctuation, a dash,
    a lowercase word), are the organisation the title is of; else None."""
    if start in by_start or any(c.start < start < c.end for c in by_start.values()):
        return None
    run = _CAPITALS.match(body, start)
    if run is None or len(run.group()) < 2 or any(i in nouns for i in range(run.start(), run.end())):
        return None
    if not _NAME_END.match(body, run.end()):
        return None  # the run goes on in a way no name does (digits, quotes)
    name = run.group()
    if fold(name) in complements or any(c.start < run.end() and run.start() < c.end for c in by_start.values()):
        return None
    if gaz.lookup(name) is not None or gaz.type_of(name) == "PER" or gaz.type_of(name.split()[0]) == "PER":
        return None  # a known name is `known_after`'s; a person's (a given name) is no organisation
    return f"org:{slug(name)}", run.span()
