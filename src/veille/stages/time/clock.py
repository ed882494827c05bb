"""Clock times: from a matched hour to the `Spec` of a TIME, or None where the hours are an amount.

`normalise.py` hands the `time` rule's matches here. What a clock time needs that no other kind does:
telling "de 9 à 19 heures" (the clock) from "dormi entre 6 et 8 heures" (an amount of time), the
fraction of the hour said after it ("et demie", "a quarter to"), and the half of the day an English
narrative stops repeating ("at 5:49 p.m. ... At 6:22"). Moved out of normalise.py unchanged (time@50).
"""

from __future__ import annotations

import re

from veille.stages.time.lexicon import Lexicon, fold
from veille.stages.time.spec import Spec, _g

_HOURS_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?<!h\s)\d{1,2}\s+à\s+$")
# (and not a day of the month before its clock time: "le lundi 16 à 10 heures", "le 16 à 10 heures")
_CLOCK_RANGE_BEFORE = re.compile(r"(?<!\w)(?:de|d['’]|entre|dès|from|le|du|au|ce|lundi|mardi|mercredi|jeudi|vendredi"
                                 r"|samedi|dimanche)\s+\d{1,2}\s+à\s+$", re.IGNORECASE)
# "entre 8 et 10 heures": the second hour of a range said with "entre" (without it, "6 et 8 heures"
# joins two amounts).
_AND_HOUR_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}\s+et\s+$")
_BETWEEN_HOURS_BEFORE = re.compile(r"(?<!\w)entre\s+\d{1,2}\s+et\s+$", re.IGNORECASE)
# "Entre 6 et 8 heures" governed by a verb or noun of lasting is an amount of time, not a span of the
# clock: "il a dormi entre 6 et 8 heures", "il faut compter entre 3 et 4 heures d'attente" (not verbs of
# being or coming, "ouvert entre 6 et 8 heures", "passé entre 6 et 8 heures", whose hours are the
# clock's).  "De X à Y" names its two ends, the clock's whatever the verb ("la séance a duré de 9 heures
# à 17 heures", "ont patienté de 9 à 11 heures"); a noun measuring time before "de" ("un retard de 2 à
# 3 heures") is the patterns' matter.
_LASTING_BEFORE = re.compile(r"(?<!\w)(?:dor[mt]\w*|dur(?:e|é|ée|er|ent|era|eront|ait|aient|erait)|attend\w*|"
                             r"patient\w*|sommeil|attente|compter|jeûn\w*)"
                             r"(?:\s+[\w'’]+){0,2}?\s+entre\s+(?:\d{1,2}\s+et\s+)?$", re.IGNORECASE)
# "entre 6 et 8 heures par jour": hours counted per day or week are an amount (the bare first hour's
# pattern already stops before "par").
_PER_AFTER = re.compile(r"\s+par\s", re.IGNORECASE)
# "à 19 heures, voire 20 heures", "à 19 heures ou 20 heures": an hour joined by "voire"/"ou" to a
# clock time is one too; joined to an amount ("attendre 3 heures, voire 4 heures") it is an amount.
_JOINED_HOUR = re.compile(r"heures?,?\s+(?:voire|ou)\s+$", re.IGNORECASE)
_JOINED_TO_CLOCK = re.compile(r"(?:(?<!\w)(?:à|vers|dès|partir\s+de)|(?<![\w'’])(?-i:A))\s+"
                              r"(?:[0-2]?\d|\w+)\s+heures?,?\s+(?:voire|ou)\s+$", re.IGNORECASE)


# (time@42) The last clock time said with its half of the day before a bare one, in the same paragraph (line).
_MERIDIEM_CLOCK = re.compile(r"(?<![\w,.:])(1[0-2]|0?[1-9])(?::[0-5]\d)?\s*([ap])\.?m\.?(?!\w)|\b(noon|midnight)\b",
                             re.IGNORECASE)


def _carried_meridiem(body: str, start: int, hour: int) -> str:
    """(time@42) The half of the day an English bare clock time "6:22" (no a.m./p.m., not zero-padded as
    a 24-hour one is) takes from the text before it: English news writes the 12-hour clock and drops
    "p.m." once a narrative has said it ("at 5:49 p.m. the package was missing ... At 6:22, he posted
    the clip"); a later hour of the same half follows it.  "pm" when the last clock time of the
    paragraph said "p.m." (or "noon") at an hour no later than this one; "" (the digits as written)
    otherwise, and always after "a.m." or "midnight"."""
    para = body.rfind("\n", 0, start)
    said = list(_MERIDIEM_CLOCK.finditer(body, para + 1 if para >= 0 else 0, start))
    if not said:
        return ""
    last = said[-1]
    if last.group(3):
        return "pm" if last.group(3).lower() == "noon" else ""
    before = int(last.group(1)) % 12
    return "pm" if last.group(2).lower() == "p" and hour >= before else ""


def _fraction(clock: str, g: dict[str, str | None]) -> str:
    """(time@42) The clock reading "HH:MM" with the fraction of the hour said after it: "8 heures et demie"
    08:30, "9 heures et quart" 09:15, "10 heures moins le quart" 09:45, "midi et demi" 12:30, "minuit et
    quart" 00:15 (midnight's "24:00" is the day's end, its quarter the next day's start); (time@43) English
    "half past eight" 08:30, "a quarter to ten" 09:45, "quarter past midnight" 00:15 (`clock_fraction`)."""
    hour, minute = (int(x) for x in clock.split(":"))
    if _g(g, "frac"):
        hour = 0 if hour == 24 else hour
        minute += 30 if fold(str(g["frac"])).startswith(("demi", "half")) else 15
    elif _g(g, "less"):
        hour, minute = (hour - 1) % 24, minute + 45
    return f"{hour:02d}:{minute:02d}"


def _time(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if _g(g, "clock"):
        word = str(g["clock"])
        at = body.find(word, start)
        if word[:1].isupper() and at > 0 and not re.search(r"(?:^|[.!?:»\n]\s*|[«\"“]\s*)$", body[max(0, at - 3):at]):
            # Clock words are written in lowercase; a capitalised one inside a sentence is a name:
            # "le Midi" (the south of France), "Midi-Pyrénées", "le canal du Midi".
            return None
        clock = _fraction(str(lex.lookup("clock_words", word)), g)
    else:
        if ("heure" in str(g.get("_text") or "") and _HOURS_RANGE_BEFORE.search(body[max(0, start - 30):start])
                and not _CLOCK_RANGE_BEFORE.search(body[max(0, start - 30):start])):
            # "au moins 6 à 7 heures", "durer 2 à 3 heures": the "à" joins two amounts, a duration;
            # "de 9 à 19 heures", "entre 8 et 10 heures" are clock times.
            return None
        window = body[max(0, start - 40):start]
        if _JOINED_HOUR.search(window) and not _JOINED_TO_CLOCK.search(window):
            return None
        # (hours written "heures", or the bare first number of "de 6 à 8 heures": "4 h", "4:00" are the
        # clock's whatever stands before them, "entre 0 h 30 et 4 h mardi")
        spelled = "heure" in str(g.get("_text") or "") or str(g.get("_text") or "").isdigit()
        if spelled and _AND_HOUR_BEFORE.search(window) and not _BETWEEN_HOURS_BEFORE.search(window):
            return None
        if (spelled and (_AND_HOUR_BEFORE.search(window) or _HOURS_RANGE_BEFORE.search(window))
                and _PER_AFTER.match(body, start + len(str(g.get("_text") or "")))):
            return None
        if spelled and _LASTING_BEFORE.search(body[max(0, start - 60):start]):
            return None
        # "à 20 heures", "vers dix heures", "dès huit heures du matin": the hour in digits or words
        hour = int(str(g["hour"])) if _g(g, "hour") else int(lex.lookup("hour_words", str(g["hourw"])) or 99)
        minute = int(g.get("minute") or 0)
        ampm = fold(_g(g, "ampm") or "").replace(".", "")
        half = fold(_g(g, "dayhalf") or "")
        # (time@42) "10:15 in the morning", "8:30 in the evening", "11:30 at night" (from 6 on: "2:30 at
        # night" is the small hours)
        evening = any(w in half for w in ("soir", "après-midi", "afternoon", "evening")) or (
            "night" in half and hour >= 6)
        if lex.lang == "en" and not ampm and not half and _g(g, "minute") and 0 < hour < 12 \
                and not str(g.get("_text") or "").startswith("0"):
            ampm = _carried_meridiem(body, start, hour)
        if ampm == "pm" and _g(g, "hour2") and 12 > hour > int(str(g["hour2"])):
            ampm = "am"  # "from 10 to 2 p.m.": the range crosses noon, its start is the morning's
        if (ampm == "pm" or evening) and hour < 12:
            hour += 12  # "3 p.m.", "8 heures du soir", "4 h de l'après-midi", "8 h dans la soirée"
        if ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        clock = _fraction(f"{hour:02d}:{minute:02d}", g)
    spec = Spec("TIME", "time", clock=clock)
    if _g(g, "weekday"):
        spec.weekday = int(lex.lookup("weekdays", str(g["weekday"])))
    return spec
