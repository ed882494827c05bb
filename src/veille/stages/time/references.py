"""Reference words in the article convention: what TimeML marks beside a stated time, the article
gold (GUIDELINES: reference words are not annotated) and the events stage do not want as dates."""

from __future__ import annotations

import re
from dataclasses import replace

from veille.model import Timex
from veille.stages.time.lexicon import load_lexicon

_FROM_NOW = re.compile(r"^\s*(?:à\s+)?$", re.IGNORECASE)


def stated_only(body: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` less the "ici" of "d'ici 2035", with "désormais" as PRESENT_REF."""
    return [_present_ref(t) for t in timexes if not _from_now(body, t, timexes)]


def _present_ref(t: Timex) -> Timex:
    """"désormais", "dorénavant" (`refs` = DCT): TimeML values them as the article's date, but they
    name no date of their own; one stated time each, they are the reference word PRESENT_REF."""
    if t.type != "DATE" or load_lexicon("fr").lookup("refs", t.text) != "DCT":
        return t
    return replace(t, type="TIME", value="PRESENT_REF")


def _from_now(body: str, t: Timex, timexes: list[Timex]) -> bool:
    """"ici" of "d'ici 2035", "d'ici à la fin du mois": TimeML marks it as the interval's start (now);
    the deadline after it is the one time the text states."""
    if t.text.lower() != "ici" or t.type != "DATE":
        return False
    return any(0 <= u.start - t.end <= 12 and _FROM_NOW.match(body[t.end:u.start]) for u in timexes)
