"""Amounts of time: durations ("trois ans", "une demi-heure"), sets ("chaque lundi", "deux fois par
an") and dates counted by an amount from now or from the last date ("il y a deux ans", "three days
earlier"); with the ages that look like durations ("il a 45 ans") ruled out."""

from __future__ import annotations

import re

from veille.stages.time.lexicon import Lexicon, fold
from veille.stages.time.spec import Spec, _duration_value, _g, _mod, _number, _prev_word, _unit

# English "the past week", "the last month": one unit counted back (or on) from now.
_THE_LAST = {"the past", "the last", "the next"}
# The words before "the next year" that make it a length of time ("over the next year").
_OVER_BEFORE = re.compile(r"(?<!\w)(?:over|in|within|during|for|throughout|across|through|of|into|after)\s+$",
                          re.IGNORECASE)
# French "huit jours" and "quinze jours" are one and two weeks, counted as days.
_WEEKS_OF_DAYS = {8.0: 7.0, 15.0: 14.0}


# "les jeunes de 18 à 25 ans": a range of ages after a noun for people.
_AGE_SPAN = re.compile(r"(?<![\w'’])de\s+\d{1,2}\s+(?:à|et)\s+$", re.IGNORECASE)
_AGE_GROUP = re.compile(r"(?<![\w'’])les\s+\d{1,2}\s*[-–]\s*$", re.IGNORECASE)
# "ses 45 ans": a possessive before the count makes it the person's age ...
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?:ses|leurs|mes|tes|nos|vos)\s+$", re.IGNORECASE)
# ... unless the years are of something or spent somewhere ("ses 20 ans de carrière", "ses 10 ans
# à la tête du club", "ses 30 ans passés au Sénat").
_SPAN_AFTER = re.compile(r"\s*(?:de|d['’]|du|des|à|au|aux|passé|passés|passées|comme|sous|dans|chez|auprès|"
                         r"au\s+service|en\s+tant)\b", re.IGNORECASE)

def _later(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    """"deux ans plus tard", "three days earlier": a date counted from the last one spoken of."""
    unit = _unit(lex, str(g["unit"]))
    amount = _number(lex, str(g["num"]))
    if unit is None or amount is None or unit[2]:
        return None
    code, size, _ = unit
    sign = -1 if fold(str(g["later"])) in {"plus tôt", "auparavant", "avant", "earlier"} else 1
    return Spec("DATE", "relunit", unit=code, offset=sign * int(amount * size), anaphoric=True)


def _ago(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    unit = _unit(lex, str(g["unit"]))
    anum = _g(g, "anum")  # "il y a une dizaine de jours": about ten days ago
    amount = float(lex.lookup("approx_numbers", anum) or 0) or None if anum else _number(lex, str(g["num"]))
    if unit is None:
        return None
    code, size, time_unit = unit
    word = fold(str(g["ago"]))
    sign = 1 if word == "dans" else -1
    if amount is None:
        return Spec("DATE", "ref", value="FUTURE_REF" if sign > 0 else "PAST_REF")
    mod = _mod(lex, g) or ("APPROX" if anum else None)
    if lex.lang == "fr" and code == "D" and amount in _WEEKS_OF_DAYS and not anum:
        # "il y a quinze jours", "dans huit jours": French counts a week as eight days and two
        # as fifteen, both ends included ("lundi en huit" is the Monday a week on).
        amount = _WEEKS_OF_DAYS[amount]
    if time_unit:
        # "il y a deux heures", "30 minutes ago": a time of the article's day (of the day before it
        # after 24 hours), never a half-year or a month (H and M are also calendar units).
        hours = amount * size * {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}.get(code, 0.0)
        return Spec("DATE", "ago", unit="D", offset=sign * int(hours // 24), mod=mod)
    return Spec("DATE", "ago", unit=code, offset=sign * int(amount * size), mod=mod)


def _duration(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if _g(g, "frac"):
        unit = _unit(lex, str(g["fracunit"]))
        amount: float | None = float(lex.lookup("fractions", str(g["frac"]).strip()) or 0)
    elif _g(g, "anum"):  # "une dizaine de jours": about ten days
        unit = _unit(lex, str(g["unit"]))
        amount = float(lex.lookup("approx_numbers", str(g["anum"])) or 0) or None
    else:
        unit = _unit(lex, str(g["unit"]))
        num = _g(g, "num")
        amount = _number(lex, num) if num else 1.0
        if _g(g, "bare") is not None or g.get("bare") == "":
            amount = None  # "for decades", "in years": a vague amount of the unit (TimeML PXY)
        if amount is None and fold(num or "") in _THE_LAST and not fold(str(g["unit"])).endswith("s"):
            amount = 1.0  # "the past week", "the last year": one unit (TimeML P1W), not a vague amount
    if _g(g, "ordinal"):
        amount = 1.0  # "sa première année": one year of a period counted from its start (TimeML DURATION)
    if unit is None:
        return None
    if fold(_g(g, "approx") or "") == "vers":
        return None  # "vers 2 heures", "vers 5 ans": "vers" leads to a point in time, not an amount
    code, size, time_unit = unit
    if amount is not None:
        amount *= size
        if code == "H" and not float(amount).is_integer():
            amount, code = amount * 60, "M"  # "un quart d'heure": PT15M, not PT0.25H
        if code == "M" and not time_unit and amount >= 12 and amount % 12 == 0 and size > 1:
            amount, code = amount / 12, "Y"
    if (fold(_g(g, "num") or "") == "the next" and code in {"W", "M", "Y"} and size == 1
            and not _OVER_BEFORE.search(body[max(0, start - 24):start])
            and re.match(r"\s*[,.;]", body[start + len(str(g.get("_text") or "")):][:3])):
        # "In 2019, he was elected. The next year, he resigned", "He resigned the next month.": with
        # "the", "next" counts from the time the text spoke of, as "the following year" and "the next
        # day" do; "over / in / within the next year" is the length of time still to come (P1Y).
        return Spec("DATE", "relunit", unit=code, offset=1, anaphoric=True)
    if (fold(_g(g, "num") or "") in {"the last", "the next"} and not fold(str(g["unit"])).endswith("s")
            and re.match(r"\s+of\s", body[start + len(str(g.get("_text") or "")):][:4])):
        # "the last day of the month", "the last week of March": "last" is "final" there, the
        # phrase names one unit of a period, a point the tagger does not value; no duration.
        return None
    ages = lex.wordset("age_cues")
    # the words before the number, "moins de" included when the match starts with it ("les moins
    # de 17 ans": an age group)
    lead = fold(body[max(0, start - 16):start] + " " + (_g(g, "approx") or "")).rstrip()
    before = fold(body[max(0, start - 16):start]).rstrip()
    end = start + len(str(g.get("_text") or ""))
    # "un mandat de cinq ans.", "une peine de dix ans,": a noun of a span of time takes its length,
    # never an age, wherever the phrase ends.
    spans = before.endswith(" de") and _prev_word(body, start - 3) in lex.wordset("duration_nouns")
    if code == "Y" and (any(lead.endswith(a) for a in ages) or before.endswith(",")
                        or (before.endswith(" de") and not spans and re.match(r"\s*[,.;)]", body[end:end + 2]))):
        return None  # "Boris, 87 ans, ...", "âgé de 87 ans", "un électricien de 37 ans,": an age
    if code == "Y" and lex.lang == "fr" and (_prev_word(body, start) in lex.wordset("age_verbs") or (
            before.endswith(" de") and _prev_word(body, start - 3) in lex.wordset("age_nouns"))):
        return None  # "il a 45 ans", "un homme de 45 ans": an age (avoir N ans, a person's N ans)
    if code == "Y" and lex.lang == "fr" and not _g(g, "approx") and (
            re.search(r"(?:^|[.!?»\n]\s*)[àÀ]\s*$", body[max(0, start - 4):start])
            or (_prev_word(body, start) == "à" and _prev_word(body, start - 2) in lex.wordset("age_at_verbs"))):
        return None  # "À 45 ans, il...", "mort à 80 ans": an age (at N years old), not an amount
    if code == "Y" and lex.lang == "en" and re.match(r"(?:-|\s+)old\b", body[end:end + 5]):
        return None  # "a 45-year-old man", "he is 45 years old": an age, as in French
    span = _AGE_SPAN.search(body[max(0, start - 24):start])
    if (code == "Y" and lex.lang == "fr" and span is not None
            and _prev_word(body, max(0, start - 24) + span.start()) in lex.wordset("age_nouns")):
        return None  # "les jeunes de 18 à 25 ans": an age group, as "un homme de 45 ans" is an age
    if code == "Y" and lex.lang == "fr" and _AGE_GROUP.search(body[max(0, start - 12):start]):
        return None  # "les 18-25 ans": an age group named by its ages
    if (code == "Y" and lex.lang == "fr" and _POSSESSIVE_BEFORE.search(body[max(0, start - 8):start])
            and not _SPAN_AFTER.match(body[end:end + 16])):
        return None  # "il fête ses 45 ans", "dès ses 18 ans": an age; "ses 20 ans de carrière" is not
    if before.endswith(("de", "d'")) and _g(g, "anum") and _prev_word(body, start - 3) in lex.wordset("age_nouns"):
        return None  # "une femme d'une trentaine d'années": an age
    value = _duration_value(code, amount, time_unit)
    if _g(g, "half") and amount is not None and float(amount).is_integer() and code in {"H", "Y"}:
        value += "30M" if code == "H" else "6M"  # "une heure et demie" PT1H30M, "deux ans et demi" P2Y6M
    return Spec("DURATION", "duration", value=value, mod=_mod(lex, g) or ("APPROX" if _g(g, "anum") else None))


def _set(lex: Lexicon, g: dict[str, str | None], body: str, start: int) -> Spec | None:
    if _g(g, "setadj"):
        return Spec("SET", "set", value=str(lex.lookup("set_adjectives", str(g["setadj"]))), quant="EVERY")
    if _g(g, "weekday"):
        wd = int(lex.lookup("weekdays", str(g["weekday"]).rstrip("sS")))
        return Spec("SET", "set", value=f"XXXX-WXX-{wd}", quant="EVERY")
    if _g(g, "part"):
        part = str(lex.lookup("parts_of_day", str(g["part"]).rstrip("sS")))
        return Spec("SET", "set", value="T" + part, quant="EVERY")
    unit = _unit(lex, str(g["unit"]))
    if unit is None:
        return None
    code, size, time_unit = unit
    num = _g(g, "num")
    amount = (_number(lex, num) or 1.0) if num else 1.0
    quant = "EVERY" if _g(g, "setw") else None
    return Spec("SET", "set", value=_duration_value(code, amount * size, time_unit), quant=quant)
