"""From a pattern match to a `Spec`: what an expression says, before any anchoring.

A `Spec` holds the calendar fields the text gives (year, month, day, weekday, season, part of
day, clock time), the relative parts (an offset in a unit, a direction cue, whether it refers
to the last mentioned date) and, for durations, sets and references, the final value.  The
resolver (`resolve.py`) turns it into a TIMEX3 value once the anchor is known.  A function
returns None where the context shows the match is not a time expression (an age, "a été").
"""

from __future__ import annotations

import functools
import re
from calendar import monthrange
from collections.abc import Callable

from veille.stages.time.amounts import _ago, _duration, _later, _set
from veille.stages.time.clock import _time
from veille.stages.time.lexicon import Lexicon, fold
from veille.stages.time.periods import _century, _decade, _fiscal, _holiday, _nthday, _season, _yearpart
from veille.stages.time.spec import Spec, _direction, _g, _mod, _prev_word

__all__ = ["Spec", "normalise"]

# Count nouns after a four-digit number that make it a quantity, not a year.
_YEAR_CUES = frozenset({"en", "de", "depuis", "dès", "avant", "après", "jusqu'en", "entre", "et", "à", "au",
                        "in", "since", "by", "from", "until", "of", "and", "to", "l'an", "année", "année,",
                        "fin", "début", "mi", "vers", "ou", "le", "la", "d'ici", "pour", "hiver", "été",
                        "automne", "printemps", "juin", "mai", "mars", "avril", "janvier", "février",
                        "juillet", "août", "septembre", "octobre", "novembre", "décembre", "during"})
_EN_S_WORDS = frozenset({"was", "has", "is", "this", "does", "its", "his", "sees", "saw", "as", "marks", "gives"})
# After a capitalised "May" at a sentence start, a subject pronoun (or "God") says the modal ("May
# I ask", "May they rest in peace"); the month is followed by a verb or a preposition.
_MODAL_MAY = re.compile(r"\s+(?:I|we|you|he|she|it|they|God|this|that|the\s+\w+\s+(?:be|bring|rest))\b(?!['’]s)")


def _date(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    spec = Spec("DATE", "date", mod=_mod(lex, g))
    if _g(g, "year2c"):  # "Mai 68 reste": a capitalised month names its two-digit year whatever follows
        if lex.lookup("numbers", str(g["month"])) is not None:
            return None  # "Sept 20 ans plus tard": a number word and a count
        g = {**g, "year2": g["year2c"]}
    if _g(g, "month1"):  # "la nuit du 31 mai au 1er juin": the night is named by its first evening
        g = {**g, "month": g["month1"]}
    if _g(g, "month"):
        spec.month = int(lex.lookup("months", str(g["month"])) or 0) or None
        if lex.lang == "en" and str(g["month"]).islower() and not _g(g, "day") and not _g(g, "year"):
            return None  # "may", "march" as words
        if (lex.lang == "en" and fold(str(g["month"])) == "may" and not _g(g, "day") and not _g(g, "year")
                and _MODAL_MAY.match(body, start + 3)
                and re.search(r"(?:^|[.!?:\n]\s*|[«\"“‘']\s*)$", body[max(0, start - 3):start])):
            return None  # "May I ask", "May God bless": the modal, first in its sentence, before its subject
        if spec.month is None:
            return None
        word = str(g["month"])
        if (lex.lang == "fr" and word[0].isupper() and not word.isupper() and not _g(g, "day")
                and not (_g(g, "year") or _g(g, "year2")) and not _g(g, "pos")
                and not re.search(r"(?:^|[.!?:»\n]\s*|[«\"]\s*)$", body[max(0, start - 3):start])):
            return None  # French writes months in lowercase: "sur Mars" mid-sentence is a name
        if lex.lookup("numbers", str(g["month"])) is not None and not _g(g, "day") and not (
                _g(g, "year") or _g(g, "year2")):
            return None  # "sept" is seven before it is September: a month only with a day or a year
        at = body.find(word, start)
        if (not (_g(g, "day") or _g(g, "year") or _g(g, "year2") or _g(g, "pos")) and _abbreviated(lex, word)
                and body[at + len(word):at + len(word) + 1] != "."):
            return None  # "Jan Kowalski": an abbreviation is a month with its point ("in Sept.") or in a date
    elif _g(g, "monthnum"):
        spec.month = int(str(g["monthnum"]))
    elif _g(g, "day"):
        # The second day of a span "January 9-10", "July 3 to 5", "March 3 and 4": the month is the
        # first day's, and the span runs forward; after anything else ("2023-24", a score "3-2")
        # a bare number is no date.
        head = re.search(r"([A-Za-z]+)\.?\s+([0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]|\s+(?:to|through|thru|until|and)\s+)$",
                         body[max(0, start - 24):start])
        spec.month = int(lex.lookup("months", head.group(1)) or 0) or None if head else None
        if spec.month is None or head is None or int(str(g["day"])) <= int(head.group(2)):
            return None
    new_year_eve = False
    if _g(g, "day"):
        d = fold(str(g["day"]))
        if not d.isdigit() and d not in {"1er", "premier"} and not (_g(g, "det") or _g(g, "weekday")):
            # A day in words is one with its article or weekday ("le dix sept septembre", the style
            # of minutes and deeds); bare, "deux mai et juin" counts months, not a day.
            return None
        spec.day = 1 if d in {"1er", "premier"} else int(d) if d.isdigit() else int(lex.lookup("day_numbers", d) or 0)
    elif _g(g, "morning") and spec.month is not None:
        # "la nuit de jeudi à vendredi 4 avril": the date is the morning the night ends on; the
        # night is named by its first evening, the day before (the month's last, after a 1st).
        d = fold(str(g["morning"]))
        spec.day = (1 if d in {"1er", "premier"} else int(d)) - 1
        if spec.day == 0:
            spec.month = spec.month - 1 or 12
            year = int(str(g["year"])) if _g(g, "year") else None
            new_year_eve = spec.month == 12   # "la nuit de mardi à mercredi 1er janvier 2025": 2024's
            spec.day = monthrange((year or 2001) - new_year_eve, spec.month)[1]  # 28 February, year unknown
    if _g(g, "year"):
        y = int(str(g["year"]))
        spec.year = y + (2000 if y < 50 else 1900) if y < 100 else y
    elif _g(g, "year2"):
        y = int(str(g["year2"]))
        spec.year = y + (2000 if y < 50 else 1900)
    spec.two_digit = bool(_g(g, "year2") or (_g(g, "year") and len(str(g["year"])) == 2))
    if spec.year is not None and new_year_eve:
        spec.year -= 1  # the night before 1 January is the year before's
    if _g(g, "weekday"):
        spec.weekday = int(lex.lookup("weekdays", str(g["weekday"])))
    if spec.month is not None and not 1 <= spec.month <= 12:
        return None
    if spec.day is not None and not 1 <= spec.day <= 31:
        return None
    if spec.day is not None and spec.month is not None and spec.day > monthrange(2000, spec.month)[1]:
        # "le trente février", "April 31": a day no year has; no date rather than an impossible value
        # (`XXXX-02-30`).  "le 29 février 2025" is a day of leap years, kept underspecified (`resolve`).
        return None
    if spec.day is None and spec.month is None:
        return None
    spec.direction = _direction(lex, _g(g, "dir"))
    det = fold(_g(g, "det") or "")
    if det in {"ce", "cet", "cette"} and spec.direction is None:
        spec.direction = 0
    spec.anaphoric = bool(_g(g, "same"))
    _set_part(lex, g, spec)
    return spec


def _abbreviated(lex: Lexicon, word: str) -> bool:
    """Whether `word` is a month's abbreviation ("Jan", "sept", "févr"): the start of a longer
    name of the same month.  Dates write them ("Jan. 20", "3 févr. 2024"); prose writes names."""
    key = fold(word).rstrip(".")
    month = lex.lookup("months", key)
    return month is not None and any(len(other) > len(key) and other.startswith(key) and value == month
                                     for other, value in lex.table("months").items())


def _set_part(lex: Lexicon, g: dict[str, str | None], spec: Spec) -> None:
    """A part of the day after a date ("lundi 6 octobre au matin", "mardi en fin de soirée"): one
    TIME expression, as TimeML marks "dimanche matin"; "début"/"fin" give its mod. "lundi midi",
    "hier minuit": the day and its clock time."""
    if _g(g, "clockw"):
        spec.type, spec.clock = "TIME", str(lex.lookup("clock_words", str(g["clockw"])))
        return
    if not _g(g, "part"):
        return
    spec.part = str(lex.lookup("parts_of_day", str(g["part"])))
    spec.type = "TIME"
    ppos = _g(g, "ppos")
    if ppos:
        spec.mod = str(lex.lookup("positions", ppos) or "") or spec.mod


def _year(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if _g(g, "short"):
        # "en 98", "depuis 95,", "fin 02": two digits after a preposition of time, where nothing
        # follows them (a noun after them would make them a count: "en 98 pages"); as after a month.
        short = int(str(g["short"]))
        year = short + (2000 if short < 50 else 1900)
        end = re.match(r"\d\d\s+(?:à|et)\s+(\d{4})", body[start:start + 16])
        if end is not None and not 0 < int(end.group(1)) - year <= 60:
            return None  # "de 98 à 2003" opens a span forward; "de 10 à 2000 mètres" is a count
        return Spec("DATE", "year", year=year, two_digit=True)
    pos = _g(g, "pos")
    prev = _prev_word(body, start)
    end_of_year = start + len(str(g.get("_text") or ""))
    after = body[end_of_year:end_of_year + 20]
    followed_by_noun = re.match(r"\s+[a-zà-ÿ]{3,}", after) is not None and not re.match(
        r"\s+(?:et|à|au|aux|en|ou|dans|sur|par|pour|avec|qui|où|a|avait|est|était|sont|and|to|in|or|when)\b",
        after)
    if lex.lang == "en":
        # English puts a year before the noun it dates ("the 2018 ruling", "his 2007 conviction");
        # a count comes before a plural ("2000 troops").
        word = re.match(r"\s+([a-z]{3,})\b", after)
        if word is not None and ((word.group(1).endswith("s") and word.group(1) not in _EN_S_WORDS)
                                 or word.group(1) in {"people", "men", "women", "children"}):
            return None
        followed_by_noun = False
    span_end = re.search(r"\d{4}\s?[-–]\s?$", body[max(0, start - 7):start]) is not None  # "2024-2025"
    if not pos and prev not in _YEAR_CUES and followed_by_noun and not span_end:
        return None
    year = int(str(g["year"]))
    if year < 100:
        # "la saison 1998-99", "2023-24": the second year of a span, in the first one's century.
        head = re.search(r"(\d{4})[-–]$", body[max(0, start - 5):start])
        if head is None:
            return None
        first = int(head.group(1))
        year += first - first % 100
        if year <= first:
            year += 100
        if year - first > 5:
            return None  # "1998-12": a month or a code, not a span of years
    return Spec("DATE", "year", year=year, mod=_mod(lex, g))


def _weekday(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    end = start + len(str(g.get("_text") or ""))
    if re.match(r"\s+(?:Saint|Gras|Noir)\b", body[end:end + 7]):
        return None  # "Vendredi Saint", "Mardi Gras": names of days, not dates
    spec = Spec("DATE", "weekday", weekday=int(lex.lookup("weekdays", str(g["weekday"]))))
    if _g(g, "day"):
        # "mardi 3", "le lundi 2 à 10 heures": a weekday and its day of a month near the anchor.
        day = fold(str(g["day"]))
        spec.day = 1 if day == "1er" else int(day)
        if not 1 <= spec.day <= 31:
            return None
    dir_word = _g(g, "dir")
    if fold(dir_word or "") == "following" and not _g(g, "det") and re.match(r"['’]s\b", body[end:end + 3]):
        dir_word = None  # "Following Sunday's election": the preposition, not "the following Sunday"
    spec.direction = _direction(lex, dir_word)
    if fold(_g(g, "det") or "") in {"ce", "cette"} and spec.direction is None:
        spec.direction = 0
    # "le vendredi suivant", "the following Monday", "le mardi précédent": counted from the day the
    # text last spoke of, as "l'année suivante" is, where "vendredi prochain" counts from the article's.
    spec.anaphoric = bool(_g(g, "same")) or fold(dir_word or "") in lex.wordset("anaphoric_words")
    end = start + len(str(g.get("_text") or ""))
    # "les élections de lundi", "la réunion de jeudi", "Monday's vote": the weekday dates a noun,
    # whose event the clause's tense does not place ("X formera le gouvernement au terme des
    # élections de lundi"): the nearest such day.
    spec.nominal = spec.direction is None and spec.day is None and not spec.anaphoric and _dates_a_noun(
        body, start, end)
    _set_part(lex, g, spec)
    return spec


def _dates_a_noun(body: str, start: int, end: int) -> bool:
    """Whether the weekday at [start, end) follows "de"/"du"/"des" after a noun, or takes "'s";
    "à partir de lundi", "de lundi à vendredi" (a span) are not that."""
    if re.match(r"['’]s\b", body[end:end + 3]):
        return True
    prep = re.search(r"(?<![\w'’])(?:de|du|des)\s+$", body[max(0, start - 5):start])
    if prep is None or re.match(r"\s*(?:au|à|-)\s", body[end:end + 4]):
        return False
    return _prev_word(body, max(0, start - 5) + prep.start()) not in {"partir", "compter", "près", "lors"}


def _relday(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    word = fold(str(g["relday"]))
    if lex.lang == "en" and word in {"last", "to"}:
        offset = -1 if word == "last" else 0
    elif word == "ce jour":
        offset = 0  # administrative French for "today" ("cesseraient à compter de 17h00 ce jour")
    else:
        offset = int(lex.lookup("relative_days", word))
    spec = Spec("DATE", "relday", offset=offset)
    if _g(g, "hour"):
        spec.type, spec.clock = "TIME", f"{int(str(g['hour'])):02d}:{int(g.get('minute') or 0):02d}"
    if offset == 0 and not _g(g, "weekday") and not _g(g, "part") and not _g(g, "hour"):
        # "Aujourd'hui(,) ..." opening a sentence contrasts the present with the past: TimeML
        # marks it PRESENT_REF, not the article's date.
        before = body[max(0, start - 4):start]
        if start == 0 or re.search(r"[.!?\n»]\s*$", before):
            return Spec("TIME", "ref", value="PRESENT_REF", opening_today=True)
    if _g(g, "part"):
        spec.part = str(lex.lookup("parts_of_day", str(g["part"])))
        spec.type = "TIME"
        spec.mod = _mod(lex, g)  # "hier en début d'après-midi": START
    if _g(g, "clockw"):  # "hier midi"
        spec.type, spec.clock = "TIME", str(lex.lookup("clock_words", str(g["clockw"])))
    return spec


# "au lendemain de l'annonce", "à la veille du sommet", "on the eve of the vote": the day is placed
# by the event named after it, not by the last date; a date after "de" ("la veille de Noël", "au
# lendemain du 6 octobre") is another matter.


def _before_event(lex: Lexicon, body: str, end: int) -> bool:
    """Whether "de"/"of" and a noun phrase that is not a date follow (an event: "de l'annonce");
    a number, a capitalised name ("la veille de Noël") or a calendar word is no event."""
    m = re.match(r"\s+(?:de|du|des|d['’]|of(?:\s+the)?)\s*([\w'’-]+)", body[end:end + 40])
    if m is None or m.group(1)[0].isdigit() or m.group(1)[0].isupper():
        return False
    word = fold(m.group(1))
    return not any(word in lex.table(name) for name in ("months", "weekdays", "numbers"))


def _anaday(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    word = str(g["anaday"])
    # (time@44) English says the narrative's next or same day with a determiner before a part of the
    # day ("the next morning", "that evening") or alone ("the day after.", "that day"): `anaphoric_day_words`.
    offset = lex.lookup("anaphoric_days", word)
    spec = Spec("DATE", "anaday", offset=int(offset if offset is not None else lex.lookup("anaphoric_day_words", word)),
                anaphoric=True)
    end = start + len(str(g.get("_text") or ""))
    # "hier, au lendemain de la réunion": before an event, the day is placed by that event; the
    # tagger reads it as the date it stands beside, when one does (`Spec.of_event`).
    spec.of_event = bool(spec.offset) and not _g(g, "part") and _before_event(lex, body, end)
    _set_part(lex, g, spec)  # "le lendemain matin", "la veille au soir"
    return spec


def _relunit(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if g.get("same") is not None or _g(g, "la"):
        # "la même année", "cette année-là", "that year": the one the text last spoke of.
        unit_word = fold(str(g.get("unit") or g.get("unit2")))
        unit = {"an": "Y", "année": "Y", "year": "Y", "semaine": "W", "week": "W", "mois": "M",
                "month": "M"}.get(unit_word)
        return Spec("DATE", "relunit", unit=unit, offset=0, anaphoric=True) if unit else None
    det = fold(_g(g, "det") or "")
    direction = _direction(lex, _g(g, "dir"))
    if direction is None and _g(g, "pos") and det in {"l'", "la", "le", "du", "", "the"}:
        direction = 0  # "la fin de l'année", "au début du mois", "the end of the year": the current one
    if direction is None and _g(g, "current"):
        direction = 0  # "le mois en cours", "l'année en cours": the current one, as "ce mois-ci"
    if direction is None and g.get("over") is not None:
        direction = 0  # "pendant le week-end", "au cours du week-end": as "ce week-end"
    if direction is None:
        if det not in {"ce", "cette", "cet", "this"} and not (det == "the" and fold(str(g["unit"])) == "weekend"):
            return None
        direction = 0
    unit_word = fold(str(g["unit"]))
    unit = {"an": "Y", "année": "Y", "year": "Y", "semaine": "W", "week": "W", "mois": "M", "month": "M",
            "trimestre": "Q", "quarter": "Q", "week-end": "WE", "weekend": "WE", "siècle": "C",
            "century": "C", "semestre": "H"}.get(unit_word)
    if unit is None:
        return None
    # "l'année suivante", "the previous month": counted from the time the text last spoke of,
    # where "l'année prochaine", "last month" count from the article's date.
    anaphoric = fold(_g(g, "dir") or "") in lex.wordset("anaphoric_words")
    return Spec("DATE", "relunit", unit=unit, offset=direction, mod=_mod(lex, g), anaphoric=anaphoric)


def _part(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    det = fold(_g(g, "det") or "")
    part = str(lex.lookup("parts_of_day", str(g["part"])))
    if _g(g, "dir") and det in {"la", ""} and part == "NI":
        return Spec("TIME", "relday", offset=-1, part=part)  # "la nuit dernière", "last night"
    end = start + len(str(g.get("_text") or ""))
    named = re.match(r"\s+(?:des|du|de\s+la|de\s+l['’])\s*([^\W\d][\w-]*)", body[end:end + 24])
    if named is not None and fold(named.group(1)) not in lex.table("weekdays"):
        return None  # "la nuit des Césars", "la nuit du Bac": a named night, not the night spoken of
    same = bool(_g(g, "same") or _g(g, "same2") or _g(g, "la"))  # "ce soir-là": that evening
    if det in {"ce", "cet", "cette", "this"}:  # "cet après-midi": "cet" before a vowel
        return Spec("TIME", "part", part=part, direction=0, anaphoric=same)
    if same or (det == "la" and part == "NI") or (det == "that"):
        return Spec("TIME", "part", part=part, anaphoric=True)
    if det == "le" and part in ("MO", "EV") and _day_said_before(lex, body, start):
        # (time@37) "Jeudi après-midi, ... jusqu'au Midi toulousain le soir": "le soir", "le matin" after
        # a day named in its sentence is that day's; without one ("Le soir, il lit") it is a habit.
        return Spec("TIME", "part", part=part, anaphoric=True)
    return None


# Words of a habit or a set in a sentence: its parts of the day are every day's, not one day's.
_HABIT = re.compile(r"(?<!\w)(?:chaque|tous|toutes|souvent|parfois|every|each|usually|often|always)(?!\w)",
                    re.IGNORECASE)


# A conjunction that opens a completive clause (French "que", English "that").
_COMPLETIVE = re.compile(r"(?<![\w'’])(?:que|qu['’]|that)(?!\w)", re.IGNORECASE)


def _day_said_before(lex: Lexicon, body: str, start: int) -> bool:
    """Whether a weekday or a day counted from today ("hier", "Tuesday", "tomorrow") stands before
    `start` in its sentence, and no word of habit does (time@37)."""
    begin = max(body.rfind(c, 0, start) for c in ".!?\n") + 1
    sentence = body[begin:start]
    if _HABIT.search(sentence):
        return False
    # (time@38) Only a day of the same clause: a completive opens another one ("Hier, le ministre a
    # rappelé que les commerces ferment le soir": a habit reported on that day, not that day's evening);
    # and no day of offset 0: "today", "aujourd'hui" are as often nowadays ("Today, many young people
    # work at night") as the article's day.
    clause = _COMPLETIVE.split(sentence)[-1]
    words = {fold(w) for w in re.findall(r"[\w'’-]+", clause)}
    days = {w for w, offset in lex.table("relative_days").items() if offset != 0}
    return bool(words & (set(lex.table("weekdays")) | days))


def _inpart(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    # "en soirée", "dans l'après-midi", "en fin de matinée", "au petit matin", "à l'aube", "en
    # pleine nuit": a part of the day last spoken of.
    if str(g["part"])[:1].isupper():
        return None  # "dans l'Aube": a name (the département), parts of the day are lowercase
    part = str(lex.lookup("parts_of_day", str(g["part"])))
    if fold(str(g["part"])) == "night" and not _day_said_before(lex, body, start):
        return None  # (time@37) "at night" of one day only after a day named in its sentence ("He reads at night")
    return Spec("TIME", "part", part=part, anaphoric=True, mod=_mod(lex, g))


def _ref(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    code = str(lex.lookup("refs", str(g["ref"])))
    if fold(str(g["ref"])).startswith("à l") and re.search(r"(?:ant|er|ir|pens\w*|song\w*)$", _prev_word(body, start)):
        return None  # "en pensant à l'avenir": the noun a verb governs, not the adverb "from now on"
    if code == "DCT":
        return Spec("DATE", "relday", offset=0, present_only=True)
    if code.startswith("T"):
        return Spec("TIME", "ref", value=code)
    return Spec("TIME", "ref", value=code)


def _futref(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if _g(g, "unit") or _g(g, "unit2"):
        # "dans les semaines à venir", "in the coming weeks": as "dans les prochaines semaines"
        return Spec("DATE", "ref", value="FUTURE_REF")
    return Spec("TIME", "ref", value="FUTURE_REF")


def _inday(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    # "dans la journée", "en fin de journée": the day last spoken of (else the article's), as
    # "en soirée" is its evening; "début"/"fin" give the mod.
    return Spec("DATE", "anaday", offset=0, anaphoric=True, mod=_mod(lex, g))


# The auxiliaries a "jusqu'ici" stands after when it means "so far" ("il a jusqu'ici refusé").
_AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient", "ai", "avons",
                "avez", "sommes", "êtes"}


def _ici(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    # "d'ici le 30 juin" / "d'ici à dix ans": TimeBank marks "ici" as the interval's start, now.
    after = body[start + 3:start + 30]
    if re.search(r"jusqu['’]$", body[max(0, start - 7):start], re.IGNORECASE):
        # "Jusqu'ici, rien n'a changé", "il avait jusqu'ici refusé": so far, the present (TimeBank
        # marks "ici"); "il est venu jusqu'ici" is a place.
        opens = re.search(r"(?:^|[.!?»:\n]\s*)$", body[max(0, start - 10):start - 6]) and re.match(r"\s*,", after)
        auxiliary = _prev_word(body, start - 6) in _AUXILIARIES
        return Spec("TIME", "ref", value="PRESENT_REF") if opens or auxiliary else None
    if re.match(r"\s+(?:à\s+)?(?:\d+|[a-zé]+)\s+(?:ans?|mois|jours?|semaines?|années?)\b", after):
        return Spec("TIME", "ref", value="PRESENT_REF")
    return Spec("DATE", "relday", offset=0)


# French "le 25" is a day only after a day with its month in the same paragraph, shortly before
# ("le 18 avril, ... le 25"), never a number one dials ("composer le 15", "appeler le 17").
_DAYONLY_REACH = 300
_DIALLED = re.compile(r"(?:compos|appel|joindr|contact|num[ée]ro)\w*\s+(?:\w+\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _day_and_month(months: tuple[str, ...]) -> re.Pattern[str]:
    """A day with its month ("18 avril", "1er mai") among a lexicon's month names: compiled once per
    lexicon (the key its names; a `Lexicon` holds dicts and cannot be hashed), not at every "le 25"."""
    month = r"(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")"
    return re.compile(r"(?<!\d)(?:[0-3]?\d|1er)\s+" + month + r"(?!\w)", re.IGNORECASE)


# (time@51) The verb right before a French "le 25" said with no date before it: the words that
# place what it governs in time to come. A future form ("s'ouvrira le 25", "se réunira le 25"), "lieu"
# after a future or an infinitive ("aura lieu le 25", "doit avoir lieu le 25"), a participle after a
# future of "être" or its infinitive ("sera rendu le 25", "doit être jugé le 25"), an infinitive after
# a verb of what is to come ("va commencer le 25") or a participle that schedules ("prévue le 25").
_AHEAD_BE = frozenset({"sera", "seront", "serait", "seraient", "être", "d'être"})
_AHEAD_HAVE = frozenset({"aura", "auront", "aurait", "auraient", "avoir"})
_AHEAD_MODALS = frozenset({"va", "vont", "doit", "doivent", "devrait", "devraient", "devra", "devront", "pourra",
                           "pourront", "pourrait", "pourraient", "compte", "comptent", "prévoit", "prévoient"})
_SCHEDULES = re.compile(r"^(?:prévu|programm|report|repouss|fix|planifi|décal|ajourn|attendu)\w*$")
_PARTICIPLE = re.compile(r"^\w{2,}(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites)$")
_INFINITIVE = re.compile(r"^\w{2,}(?:er|ir|re|oir)$")
# What may follow the day when no date stands before it: the clause's end, a list, or its clock time
# ("le 25 à 14 heures"); "prendront le 25 pour aller" is a bus line, an object of the verb.
_AHEAD_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:et|ou|puis)\b|\s+à\s+\d")
_LISTED_BEFORE = re.compile(r"\ble\s+[0-3]?\d(?=\s*(?:,|et|ou)\s+le\s*$)", re.IGNORECASE)


def _told_ahead(lex: Lexicon, body: str, start: int, end: int) -> bool:
    """Whether the French "le N" at `start` (the number) follows a verb that places it ahead (see
    above), directly or as the next day of a list ("se réunira le 12 et le 14"). A past ("a été rendu
    le 25", "est arrivé le 25") or a noun before "le" ("le bus le 25") says nothing of a date."""
    if not _AHEAD_AFTER.match(body, end):
        return False
    window = body[max(0, start - 80):start]
    if (listed := _LISTED_BEFORE.search(window)) is not None:
        start = start - len(window) + listed.start() + 3
        window = body[max(0, start - 80):start]
    words = [fold(w) for w in re.findall(r"[\w'’]+", window)]
    if len(words) < 2 or words[-1] != "le":
        return False
    verb, rest = words[-2], [w for w in words[:-2] if w not in ("se", "s'")][-1:]
    before = rest[0] if rest else ""  # "doit se réunir le 25": the modal before the reflexive
    suffixes = tuple(lex.table("tense").get("future_suffixes", []))

    def future(w: str) -> bool:
        w = w.split("'")[-1]
        return len(w) >= 4 and w.endswith(suffixes) and w not in lex.wordset("tense.not_future")

    if verb == "lieu":
        return future(before) or before in _AHEAD_HAVE
    if _SCHEDULES.match(verb):
        return True
    if _PARTICIPLE.match(verb) and before in _AHEAD_BE:
        return True
    if _INFINITIVE.match(verb.split("'")[-1]) and before in _AHEAD_MODALS:
        return True
    return future(verb)


def _dayonly(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    """English "on the 3rd", "by the 28th", French "le 25" after a date of the paragraph: a day of a
    month the text does not name, the month of the date it last spoke of or the article's (`resolve`);
    (time@51) with no date before it, a French "le 25" that a verb places ahead (`_told_ahead`)."""
    if lex.lang == "fr":
        before = re.split(r"\n\s*\n", body[max(0, start - _DAYONLY_REACH):start])[-1]
        if _DIALLED.search(before):
            return None
        ahead = _told_ahead(lex, body, start, start + len(str(g["day"])))
        if not _day_and_month(tuple(lex.table("months"))).search(before):
            if not ahead:
                return None
            # the next such day after the article's: what the verb places ahead is to come
            return Spec("DATE", "dayonly", day=int(str(g["day"])), direction=1)
        if ahead:  # "Le 3 mars, ... Ils reviendront le 25": the next such day after the date told
            return Spec("DATE", "dayonly", day=int(str(g["day"])), direction=1, anaphoric=True)
    return Spec("DATE", "dayonly", day=int(str(g["day"])))


def _prior_period(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    """"the prior-year period", "the same quarter a year ago", "la même période de l'an dernier": the
    period a results report compares with, the one it reports a year back; which period that is the
    tagger knows from the text before it (`tagger.tag`), so it is valued there."""
    return Spec("DATE", "prior_period")


NORMALISERS: dict[str, Callable[[Lexicon, dict[str, str | None], str, int], Spec | None]] = {
    "date": _date, "year": _year, "weekday": _weekday, "relday": _relday, "anaday": _anaday,
    "relunit": _relunit, "later": _later, "ago": _ago, "time": _time, "duration": _duration, "part": _part,
    "inpart": _inpart, "yearpart": _yearpart, "century": _century,
    "nthday": _nthday, "season": _season, "decade": _decade, "holiday": _holiday, "set": _set, "ref": _ref,
    "futref": _futref,
    "inday": _inday, "ici": _ici, "fiscal": _fiscal, "dayonly": _dayonly, "prior_period": _prior_period,
}


def normalise(lex: Lexicon, kind: str, groups: dict[str, str | None], body: str, start: int) -> Spec | None:
    """The `Spec` a match of a rule of `kind` states, or None when the context rules it out."""
    return NORMALISERS[kind](lex, groups, body, start)
