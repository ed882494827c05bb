"""What a time expression states (`Spec`), and the small readers of a match every normaliser shares.

A `Spec` holds the calendar fields the text gives (year, month, day, weekday, season, part of
day, clock time), the relative parts (an offset in a unit, a direction cue, whether it refers
to the last mentioned date) and, for durations, sets and references, the final value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.stages.time.lexicon import Lexicon, fold


@dataclass
class Spec:
    type: str  # DATE, TIME, DURATION, SET
    kind: str
    value: str | None = None  # final value when it needs no anchor (durations, sets, references)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: Monday = 1
    season: str | None = None
    part: str | None = None  # MO, AF, EV, NI
    clock: str | None = None  # HH:MM
    decade: str | None = None  # "196"
    offset: int = 0  # relative days/units
    unit: str | None = None  # D, W, M, Y, WE, Q for relative units
    direction: int | None = None  # -1 past cue ("dernier"), +1 future cue ("prochain"), 0 "ce"
    anaphoric: bool = False  # relative to the last mentioned date ("le lendemain", "ce même jeudi")
    # "désormais", "dorénavant": "from the reference time on". They name the article's date only in a
    # present-tense clause; in a past clause the reference time is the narrative's ("il était désormais
    # seul"), in a future one they open a period rather than name a day ("il s'agira désormais de").
    present_only: bool = False
    # "Aujourd'hui, ..." / "Today, ..." opening a sentence: PRESENT_REF when it contrasts the
    # present with the past ("Aujourd'hui, la ville compte 5 000 habitants"), the article's day when
    # its clause tells an event in the past or the future ("Today, the Senate voted").
    opening_today: bool = False
    # "au lendemain de l'annonce": a day counted from an event named after it, not from a date.
    of_event: bool = False
    # "les élections de lundi", "Monday's vote": a weekday naming a noun's day, not the clause's.
    nominal: bool = False
    # "fiscal Q3", "the third fiscal quarter" with no year: a quarter of the fiscal year the article's
    # date names (TimeML `FY2024-Q3`), not of the calendar (`resolve`).
    fiscal: bool = False
    two_digit: bool = False  # the year was written with two digits ("mars 45"): its century is a guess
    mod: str | None = None
    quant: str | None = None


def _g(groups: dict[str, str | None], name: str) -> str | None:
    value = groups.get(name)
    return value if value else None


def _direction(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return None
    w = fold(word)
    if w in lex.wordset("future_words") or w in {"nouvelle", "this"}:
        return 1 if w not in {"nouvelle", "this"} else 0
    if w in lex.wordset("past_words"):
        return -1
    return None


def _number(lex: Lexicon, text: str) -> float | None:
    w = fold(text)
    if w in lex.table("numbers"):
        return float(lex.table("numbers")[w])
    try:
        return float(w.replace(",", "."))
    except ValueError:
        return None


def _duration_value(code: str, amount: float | None, time_unit: bool) -> str:
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return f"{prefix}X{code}"
    text = str(int(amount)) if float(amount).is_integer() else str(amount)
    return f"{prefix}{text}{code}"


def _unit(lex: Lexicon, word: str) -> tuple[str, int, bool] | None:
    w = fold(word)
    units = lex.table("units")
    for cand in (w, w[:-1] if w.endswith(("s", "x")) else w):
        if cand in units:
            code, size, t = units[cand]
            return (str(code), int(size), bool(t)) if code else None
    return None


def _prev_word(body: str, start: int) -> str:
    m = re.search(r"([\w'’-]+)[\s,]*$", body[max(0, start - 40):start])
    return fold(m.group(1)) if m else ""


def _mod(lex: Lexicon, groups: dict[str, str | None]) -> str | None:
    pos = _g(groups, "pos")
    if pos:
        return str(lex.lookup("positions", pos) or lex.lookup("positions", pos.rstrip("-")) or "") or None
    approx = _g(groups, "approx")
    return str(lex.lookup("approx", approx)) if approx and lex.lookup("approx", approx) else None
