"""Normalisers for the spans of a year and beyond: quarters and halves, centuries, seasons, feasts,
decades and fiscal years, and the n-th weekday of a month (moved out of `normalise` to keep it under the module
size limit)."""

from __future__ import annotations

import re

from veille.stages.time.lexicon import Lexicon, fold
from veille.stages.time.spec import Spec, _direction, _g, _mod, _prev_word

_FALL_CUES = frozenset({"in", "the", "this", "that", "last", "next", "by", "until", "till", "since", "during",
                        "early", "late", "mid", "of", "each", "every", "before", "after", "through",
                        "throughout", "from", "and", "or", "spring", "summer", "autumn", "winter", "'s"})
_ETE_CUES = frozenset({"en", "cet", "l'", "d'", "de", "pendant", "durant", "comme", "cette", "tout", "chaque",
                       "l", "d"})


_ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3,
             "quatrième": 4, "4e": 4, "first": 1, "third": 3, "fourth": 4}
# "les six premiers mois", "the last three months" of a year: its first/last half or quarter.
_MONTH_COUNTS = {"six": "H", "6": "H", "trois": "Q", "three": "Q", "3": "Q"}
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _yearpart(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    """"le premier trimestre (1999)", "au second semestre", "the first quarter", "les six premiers
    mois de 2024": a quarter or half of a year."""
    if _g(g, "abbr"):
        return _yearpart_abbreviated(str(g["abbr"]), _g(g, "year"), body, start)
    ord_word = fold(str(g["ord"]))
    end = start + len(str(g.get("_text") or ""))
    if _g(g, "adj") and not _REPORTED.match(body[end:end + 40]):
        return None  # "a first-half goal", "a fourth-quarter touchdown": a match's half or quarter
    if _g(g, "count"):
        unit = _MONTH_COUNTS[fold(str(g["count"]))]
        first = ord_word in {"premiers", "first"}
        n = 1 if first else (2 if unit == "H" else 4)
    elif ord_word == "last":
        unit = "Q" if fold(str(g["unit"])) == "quarter" else "H"
        n = 4 if unit == "Q" else 2
    else:
        n = _ORDINALS[ord_word]
        unit = "Q" if fold(str(g["unit"])).startswith(("trimestre", "quarter")) else "H"
    if unit == "H" and n > 2:
        return None
    # "the third quarter of fiscal 2025", "the fiscal third quarter 2025", "le troisième trimestre de
    # l'exercice 2025": a quarter of a fiscal year, TimeML `FY2025-Q3` (not the calendar's Q3, as the
    # fiscal year itself is not valued as a calendar year: `_fiscal`).
    fiscal_year = _g(g, "fyear") or (_g(g, "year2") if _g(g, "fisc") or _g(g, "fisc2") else None)
    if fiscal_year is not None:
        return Spec("DATE", "fiscal", value=f"FY{fiscal_year}-{unit}{n}")
    year = _g(g, "year") or _g(g, "year2")
    if year is None and (_g(g, "dir") or _g(g, "ythis")):
        # (time@49) "the third quarter of next year", "au premier semestre de l'an dernier", "au premier
        # trimestre de cette année": the part of the year the deictic year names (one TIMEX3, 2025-Q3
        # told in 2024), not the quarter the tense picks beside a second timex "next year".
        return Spec("DATE", "yearpart", season=f"{unit}{n}", direction=_direction(lex, _g(g, "dir")) or 0)
    if year is None and _OF_SOMETHING.match(body, end):
        return None  # "the second half of next week", "la première moitié du match": a part of that
    if year is None and not (_g(g, "fisc") or _g(g, "fisc2")) and _in_a_match(lex, body, start, end):
        return None  # (time@50) "They got their two goals early in the first half": a match's half
    if (year is None and not _g(g, "det") and not _g(g, "adj") and _prev_word(body, start) not in _DEFINITE
            and not _judged_report(body, start)):
        return None  # "un premier trimestre": no particular one
    return Spec("DATE", "yearpart", year=int(year) if year else None, season=f"{unit}{n}",
                fiscal=year is None and bool(_g(g, "fisc") or _g(g, "fisc2")))


# (time@50) Where a sentence ends, for the words of a match around a half or a quarter.
_SENTENCE_BOUND = re.compile(r"[.!?](?=\s)|\n")


def _in_a_match(lex: Lexicon, body: str, start: int, end: int) -> bool:
    """Whether the sentence of a bare half or quarter ("in the first half", "in the fourth quarter")
    tells a match: a word of play (`match_words`: "goals", "scored", "shot", "the visitors"), which a
    report's half of the year does not have ("Revenue rose 5% in the first half")."""
    words = lex.wordset("match_words")
    if not words:
        return False
    before = [m.end() for m in _SENTENCE_BOUND.finditer(body, 0, start)]
    after = _SENTENCE_BOUND.search(body, end)
    sentence = fold(body[before[-1] if before else 0:after.start() if after else len(body)])
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sentence) for w in words)


# Words before a quarter without its article that still make it a particular one: the contracted
# article and the possessives ("au premier trimestre", "a loss in its third quarter", "son troisième
# trimestre": the company's, of the year it reports on).
_DEFINITE = frozenset({"au", "du", "its", "their", "our", "son", "leur", "notre"})
# A part named with what it is part of, when that is not a year ("of next week", "of the match", "du mois").
_OF_SOMETHING = re.compile(r"\s+(?:(?:of|de|du|des|de\s+la)\s+|(?:de\s+l|d)['’])(?!(?:19|20)\d\d)"
                           r"(?!l['’](?:année|an|exercice))(?!(?:the|this|last|next|that|cette)\s+(?:year|année))"
                           r"(?!(?:the\s+)?(?:current|same|fiscal|financial)\s+year)(?!année|exercice|FY)",
                           re.IGNORECASE)
# What a company or a state reports for a quarter or half ("third-quarter profit", "first-half
# results"); a match's quarters and halves are followed by goals, touchdowns, substitutes.
_REPORTED = re.compile(r"\s+(?:[\w-]+\s+)?(?:results?|earnings|profits?|revenues?|sales|loss(?:es)?|growth|gdp|"
                       r"output|figures|deliveries|income|margins?|reports?|dividends?|forecasts?|guidance|"
                       r"numbers|update|performance)\b", re.IGNORECASE)
# "delivered a strong second quarter", "un solide troisième trimestre": an indefinite article and a
# judgement before the quarter name the one a company reports, in a sentence on its business (a
# match's "strong fourth quarter" has none of these words).
_JUDGED = re.compile(r"(?<![\w'’])(?:a|an|un|une)\s+(?:[^\W\d_]+\s+){1,2}$", re.IGNORECASE)
_BUSINESS = re.compile(r"\b(?:revenues?|earnings|sales|profits?|results?|demand|guidance|outlook|shares?|stock|"
                       r"margins?|chiffre d['’]affaires|résultats?|bénéfices?|ventes|action|titre)\b", re.IGNORECASE)


def _judged_report(body: str, start: int) -> bool:
    if not _JUDGED.search(body[max(0, start - 40):start]):
        return False
    s = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
    e = [i for i in (body.find(". ", start), body.find("\n", start)) if i >= 0]
    return bool(_BUSINESS.search(body[s:min(e) if e else len(body)]))


# Before "Q2" without a year, a word that introduces a time; "the Audi Q3" is a car.
_ABBR_CUES = frozenset({"in", "during", "for", "of", "the", "its", "their", "since", "by", "until", "from", "to",
                        "and", "through", "over", "each"})


def _yearpart_abbreviated(abbr: str, year: str | None, body: str, start: int) -> Spec | None:
    """"Q3 2024", "in Q2", "H1 2024": a quarter or half as companies write it (uppercase only)."""
    unit, n = abbr[0], int(abbr[1])
    if unit == "H" and (n > 2 or year is None):
        return None  # "H2" alone is as often hydrogen or a heading
    opens = re.search(r"(?:^|[.!?:\n]\s*)$", body[max(0, start - 3):start]) is not None
    fiscal = year is None and _prev_word(body, start) == "fiscal"  # "guidance for fiscal Q1"
    if year is None and not opens and not fiscal and _prev_word(body, start) not in _ABBR_CUES:
        return None
    return Spec("DATE", "yearpart", year=int(year) if year else None, season=f"{unit}{n}", fiscal=fiscal)


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _century(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    """"le XXe siècle", "le 20e siècle", "the 20th century" = 19 (the TIMEX3 value of the 1900s)."""
    total, prev = 0, 0
    if _g(g, "cent"):
        total = int(str(g["cent"]))
    elif _g(g, "centw"):
        total = _CENTURY_WORDS[fold(str(g["centw"]))]
    for ch in reversed(str(g.get("roman") or "").upper()):
        v = _ROMAN[ch]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    if not 1 <= total <= 21:
        return None
    return Spec("DATE", "century", value=f"{total - 1:02d}", mod=_mod(lex, g))


# The nouns after which "de" + a season is still the season: a part of it ("début d'été", "fin d'hiver",
# "en plein hiver") or a span it is made of ("les mois d'été").
_SEASON_SPAN_HEADS = {"début", "fin", "milieu", "mi", "cœur", "coeur", "cours", "plein", "sortie", "entrée",
                      "veille", "lendemain", "approche", "arrivée", "retour",
                      # and the spans of time that a season is made of ("les mois d'été", the French
                      # TimeBank's XXXX-SU; "la saison d'hiver")
                      "mois", "semaine", "semaines", "période", "saison"}


def _season(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    word = str(g["season"])
    if (fold(word) in {"été", "ete"} and not _g(g, "det") and not word[0].isupper()
            and _prev_word(body, start) not in _ETE_CUES):
        return None  # "a été": the past participle of être
    if (word == "fall" and not _g(g, "det") and not _g(g, "dir") and not _g(g, "year") and not _g(g, "year2")
            and _prev_word(body, start) not in _FALL_CUES):
        # English "fall" is the season only after a word that introduces a time ("in the fall",
        # "this fall", "by fall", "fall 2024"); elsewhere it is the verb ("prices will fall",
        # "sales could fall sharply", "leaves fall").
        return None
    if (lex.lang == "fr" and not _g(g, "det") and not _g(g, "dir")
            and (kind := re.search(r"([^\W\d]+)\s+(?:d['’]\s*|de\s+)$", body[max(0, start - 30):start]))
            and fold(kind.group(1)) not in _SEASON_SPAN_HEADS):
        # "les soldes d'hiver 2018", "l'heure d'été", "les sports d'hiver": a season after "de" with no
        # article makes a kind of the noun before it (winter sales, summer time), not a time; its year
        # goes with the noun (its year alone is the timex).  "début d'été", "au cœur de l'hiver",
        # "l'hiver 2018" are the season.
        return Spec("DATE", "year", year=int(str(g["year"]))) if _g(g, "year") else None
    end = start + len(str(g.get("_text") or ""))
    if word.lower() == "fall" and not _g(g, "year") and re.match(r"\s+of\s+(?!(?:the\s+)?(?:year\s+)?\d)",
                                                                 body[end:end + 20]):
        return None  # "the fall of Kabul", "the fall of the government": the noun of collapse
    if word[0].isupper() and not word.isupper() and not _g(g, "year"):
        # Seasons are written in lowercase in French and English: a capitalised one inside a
        # sentence, or one opening it with a complement, is a name ("le Printemps arabe", "Anatomy
        # of a Fall", "Printemps de l'environnement"); "Eté" opening a sentence is the season.
        at = body.find(word, start)
        end = at + len(word)
        opening = re.search(r"(?:^|[.!?:»\n]\s*|[«\"“]\s*)$", body[max(0, at - 3):at]) is not None
        if not opening or re.match(r"\s+(?:de|du|des|d['’]|of)\s*(?!\d)[^\W\d]", body[end:end + 8]):
            return None
    spec = Spec("DATE", "season", season=str(lex.lookup("seasons", word)), mod=_mod(lex, g))
    spec.direction = _direction(lex, _g(g, "dir"))
    if _g(g, "year"):
        spec.year = int(str(g["year"]))
    elif _g(g, "year2"):  # "l'été 98", "the summer of '98"
        short = int(str(g["year2"]))
        spec.year, spec.two_digit = short + (2000 if short < 50 else 1900), True
    return spec


def _holiday(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    # Feasts named the same every year: a fixed day ("Noël", "la Toussaint") or a day counted from
    # Easter ("la Pentecôte" = Easter + 49). TimeML marks them as the DATE they fall on.
    word = str(g["holiday"])
    end = start + len(str(g.get("_text") or ""))
    after, before = body[end:end + 24], body[max(0, start - 12):start]
    # "le 14-Juillet", "le défilé du 11-Novembre": a day and month joined by a hyphen name the
    # feast of that day, whatever the case and after "du" (they are no other name's part).
    numbered = word[:1].isdigit()
    if word.islower() and not numbered and not any(
            w in fold(word) for w in ("jour de", "nouvel an", "gras", "saint", "paques")):
        return None  # a feast's proper name is capitalised: "l'ascension", "l'assomption" are nouns
    if not numbered and (re.match(r"\s+[A-ZÀ-Ý][a-zà-ÿ]", after) or re.search(r"(?:île\s+de|\bdu)\s+$", before)
            or (re.match(r"\s*(?:de|du|d['’])\s", after) and fold(word) == "l'ascension")):
        # "Noël Mamère", "Toussaint Louverture", "l'île de Pâques", "l'accord du Vendredi saint" (a
        # name: TimeML leaves dates inside names unmarked), "l'ascension du col"
        return None
    code = str(lex.lookup("holidays", word))
    year = int(str(g["year"])) if _g(g, "year") else None
    direction = _direction(lex, _g(g, "dir"))
    if code.startswith("E"):
        return Spec("DATE", "easter", offset=int(code[1:]), year=year, direction=direction)
    month, day = (int(x) for x in code.split("-"))
    return Spec("DATE", "date", month=month, day=day, year=year, direction=direction)


# A two-digit plural is a range of numbers before it is a decade: English says where in a decade with
# "early", "mid", "late", and where in a range of readings with "upper", "lower", "low", "high" ("lows in
# the upper 20s"); a possessive makes it an age ("in his 40s"); a sentence on the weather's readings
# (highs, lows, temperatures, degrees, wind chills) speaks of degrees ("Highs will stay in the 40s").
_RANGE_WORD = re.compile(r"(?<![\w'’])(?:upper|lower|low|high)[\s-]*(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<![\w'’])(?:his|her|their|my|your|our)\s+$", re.IGNORECASE)
_READINGS = re.compile(r"(?<![\w'’])(?:highs?|lows?|temperatures?|temps|degrees?|wind\s+chills?|"
                       r"thermometers?|mercury|readings?)(?![\w'’])|°", re.IGNORECASE)


def _two_digit_decade(body: str, start: int) -> bool:
    """Whether "40s"/"the 40s" at `start` names a decade: not after a word of a range of readings or a
    possessive, nor, written without its apostrophe, in a sentence about the weather's readings."""
    before = body[max(0, start - 24):start]
    if _RANGE_WORD.search(before) or _POSSESSIVE.search(before):
        return False
    span = re.search(r"(['’]?)\d0s", body[start:start + 40])
    if (span is not None and span.group(1)) or body[max(0, start - 1):start] in ("'", "’"):
        return True  # "the '40s": the apostrophe marks the century left out
    left = max(body.rfind(c, 0, start) for c in ".!?\n")
    right = min((i for i in (body.find(c, start) for c in ".!?\n") if i >= 0), default=len(body))
    return _READINGS.search(body, left + 1, right) is None


def _decade(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if _g(g, "decword"):  # "les années soixante": the decade spelt out, always the 1900s
        return Spec("DATE", "decade", value=f"19{lex.lookup('decade_words', str(g['decword']))}X",
                    mod=_mod(lex, g))
    d = str(g["decade"])
    if len(d) == 2 and not _two_digit_decade(body, start):
        return None
    prefix = d[:3] if len(d) == 4 else ("19" + d[0] if int(d) >= 30 else "20" + d[0])
    return Spec("DATE", "decade", value=prefix + "X", mod=_mod(lex, g))


def _fiscal(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    """"FY 2019", "FY19", "fiscal 2020", "the 2018 fiscal year", "l'exercice 2019": a company's or a
    state's fiscal year, TimeML `FY2019`.  It need not match the calendar year (it often runs from
    April or July), so it is not valued as one."""
    year = _g(g, "year") or _g(g, "year2") or _g(g, "year3")
    short = _g(g, "short")
    if year is None and short is None:
        if _g(g, "fiscnow") is None:
            return None
        # "the current fiscal year", "our fiscal year", "last fiscal year", "l'exercice en cours":
        # the fiscal year the report speaks in, named by the article's year (or by the later
        # fiscal year its company named: `tagger._bare_quarter`), as "fiscal Q3" is; the text
        # says "fiscal", so TimeML's `FY` prefix, never the calendar year.
        return Spec("DATE", "yearpart", fiscal=True, direction=_direction(lex, _g(g, "dir")) or 0)
    value = int(year) if year is not None else 2000 + int(str(short))
    if (end := _g(g, "end") or _g(g, "end3")) is not None:
        # "fiscal 2022-23", "l'exercice 2022/2023": one fiscal year across two calendar ones, named
        # by the year it ends in (India's and Britain's "FY23", a US government's "FY2023"), not the
        # two calendar years `2022/2023` would claim; two years apart it is no fiscal year.
        last = int(end) + (value // 100 * 100 if len(end) == 2 else 0)
        if last != value + 1 or re.match(r"exercices\b", str(g.get("_text") or ""), re.IGNORECASE):
            return None  # ("les exercices 2022-2023": two fiscal years, no one FY)
        value = last
    return Spec("DATE", "fiscal", value=f"FY{value}")


# "le deuxième mercredi de janvier", "the first Sunday in November": the n-th such weekday of the month
# (-1 the last), a day once the year is known (`resolve`).
_NTH_ORDINALS = {"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "dernier": -1,
             "first": 1, "third": 3, "fourth": 4, "last": -1}


def _nthday(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    month = int(lex.lookup("months", str(g["month"])) or 0)
    # (time@49) "le dernier week-end d'avril", "the first weekend of May": the weekend of that Saturday
    weekend = bool(_g(g, "weekend"))
    weekday = 6 if weekend else int(lex.lookup("weekdays", str(g["weekday"])) or 0)
    nth = _NTH_ORDINALS.get(fold(str(g["ord"])))
    if not month or not weekday or nth is None:
        return None
    year = int(str(g["year"])) if _g(g, "year") else None
    return Spec("DATE", "nthday", month=month, weekday=weekday, offset=nth, year=year, unit="WE" if weekend else None)
