"""The tagger's word lists and patterns, read from ``veille/data/time/*.json`` and compiled once.

`load_lexicon(lang)` returns a `Lexicon` for "fr" or "en": the word lists (with case- and
apostrophe-folded keys) and the compiled recognition patterns.  Patterns are templates whose
``{PLACEHOLDER}``s expand to alternations of lexicon words, so adding a word to the JSON file
is enough for every pattern using that list to recognise it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

LANGS = ("fr", "en")
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"


def fold(word: str) -> str:
    """Lowercase with typographic apostrophes and spaces made plain, for lexicon look-ups."""
    return re.sub(r"\s+", " ", word.lower().replace("’", "'").replace("\u00a0", " ")).strip()


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    # Lowercase strings one of which the text must contain for the rule to match at all: tested
    # with `in` before the regular expression runs (most texts have no "siècle" or "trimestre").
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    lang: str
    words: dict[str, Any]
    rules: tuple[Rule, ...] = field(default=())
    # Folded word lists, built once here: the tagger asks for them at every match.
    sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def table(self, name: str) -> dict[str, Any]:
        value = self.words.get(name, {})
        return value if isinstance(value, dict) else {}

    def wordset(self, name: str) -> frozenset[str]:
        found = self.sets.get(name)
        if found is not None:
            return found
        value = self.words.get(name, [])
        return frozenset(fold(w) for w in value)

    def lookup(self, name: str, word: str) -> Any:
        return self.table(name).get(fold(word))


def _read(name: str) -> dict[str, Any]:
    text = resources.files("veille").joinpath("data", "time", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _alternation(words: list[str], suffix: str = "") -> str:
    """A regex matching any of `words` (longest first), each ending on a word boundary."""
    # Grouped by first letter ("a(?:vril|oût)|..."): only words sharing it can match at one place,
    # so the order (longest first) is kept where it matters, and the engine tries one group per
    # position instead of every word: the rules' cost grows with the lexicon far less.
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        pat = re.escape(word[1:]).replace("'", "['’]").replace(r"\ ", r"\s+")
        end = r"(?!\w)" if word[-1].isalnum() else ""
        head = word[0].lower() if word[0].isalpha() else re.escape(word[0]).replace("'", "['’]")
        groups.setdefault(head, []).append(pat + suffix + end)
    parts = [head + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")") for head, alts in groups.items()]
    return "(?:" + "|".join(parts) + ")"


def _placeholders(words: dict[str, Any]) -> dict[str, str]:
    def keys(name: str) -> list[str]:
        value = words.get(name, {})
        return list(value) if isinstance(value, dict | list) else []

    number = r"(?:\d+(?:[.,]\d+)?(?!\w)|" + _alternation(keys("numbers"))[3:]
    return {
        "MONTH": _alternation(keys("months")),
        "WEEKDAY": _alternation(keys("weekdays")),
        "WEEKDAYS": _alternation(keys("weekdays"), suffix="s?"),
        "PARTS": _alternation(keys("parts_of_day"), suffix="s?"),
        "RELDAY": _alternation(keys("relative_days")),
        "ANADAY": _alternation(keys("anaphoric_days")),
        "PART": _alternation(keys("parts_of_day")),
        "CLOCK": _alternation(keys("clock_words")),
        "HOURW": _alternation(keys("hour_words")) if keys("hour_words") else "(?!x)x",
        "SEASON": _alternation(keys("seasons")),
        "FUT": _alternation(keys("future_words")),
        "PAST": _alternation(keys("past_words")),
        "POS": _alternation(keys("positions")),
        "APPROX": _alternation(keys("approx")),
        "REF": _alternation(keys("refs")),
        "SETADJ": _alternation(keys("set_adjectives")),
        "VAGUE": _alternation(keys("vague_numbers")),
        "FRAC": _alternation(keys("fractions")),
        "TERM": _alternation(keys("term_units"), suffix="s?") if keys("term_units") else "(?!x)x",
        "UNIT": _alternation(keys("units"), suffix="(?:s|x)?"),
        "NUM": number,
        # Days of the month in words ("le dix sept septembre", the style of minutes and deeds)
        "DAYW": _alternation(keys("day_numbers")) if keys("day_numbers") else "(?!x)x",
        "YEAR": YEAR_RE,
        "HOLIDAY": _alternation(keys("holidays")) if keys("holidays") else "(?!x)x",
        "ANUM": _alternation(keys("approx_numbers")) if keys("approx_numbers") else "(?!x)x",
        "DECADES": _alternation(keys("decade_words")) if keys("decade_words") else "(?!x)x",
    }


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon for `lang` ("fr" or "en"); other languages get the French one."""
    lang = lang if lang in LANGS else "fr"
    words = _read("lexicon.json")[lang]
    folded: dict[str, Any] = {}
    for name, value in words.items():
        if isinstance(value, dict) and name != "tense":
            folded[name] = {fold(k): v for k, v in value.items()}
        else:
            folded[name] = value
    subs = _placeholders(words)
    rules = []
    for spec in _read("patterns.json")[lang]:
        template = spec["re"]
        source = re.sub(r"\{([A-Z]+)\}", lambda m: subs[m.group(1)], template)
        regex = re.compile(r"(?<![\w^])" + source, re.IGNORECASE)
        rules.append(Rule(spec["name"], spec["kind"], regex, tuple(spec.get("needs", ()))))
    sets = {name: frozenset(fold(w) for w in value) for name, value in words.items() if isinstance(value, list)}
    tense = words.get("tense", {})
    sets.update({f"tense.{name}": frozenset(fold(w) for w in value)
                 for name, value in tense.items() if isinstance(value, list)})
    # (time@41) The lemmas of verbs of saying and announcing, the quotes stage's data (its source and
    # licence there): a past of telling does not date what is told (`tense.parsed_past_governor`).
    quoting = json.loads(resources.files("veille").joinpath("data", "quotes", "reporting_verbs.json")
                         .read_text(encoding="utf-8"))
    sets["reporting"] = frozenset(fold(w).removeprefix("se ").removeprefix("s'") for w in quoting[lang]["verbs"])
    return Lexicon(lang, folded, tuple(rules), sets)
