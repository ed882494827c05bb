"""Finding time expressions: every rule's matches, read by the normaliser, overlaps settled.

Longer matches win over shorter ones they overlap (so "il y a deux ans" beats "deux ans",
"le samedi 5 juin" beats "samedi"); between equal spans the rule listed first wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.stages.time.lexicon import Lexicon
from veille.stages.time.normalise import Spec, normalise

# "3 p.m.", "10 a.m.": the last point belongs to the abbreviation (a sentence ending on it has
# none of its own), so it stays in the extent, and the clock time is next to what follows it
# ("at 3 p.m. on Wednesday").
_ABBREVIATION_END = re.compile(r"(?<![\w.])[ap]\.m\.$", re.IGNORECASE)


@dataclass
class Found:
    start: int
    end: int
    rule: str
    spec: Spec


def recognise(body: str, lex: Lexicon) -> list[Found]:
    """Non-overlapping time expressions of `body`, in text order."""
    candidates: list[tuple[int, int, int, Found]] = []
    low = body.lower()
    for order, rule in enumerate(lex.rules):
        if rule.needs and not any(word in low for word in rule.needs):
            continue
        for m in rule.regex.finditer(body):
            start, end = m.span()
            if "\n" in body[start:end].rstrip():
                # A line break ends a paragraph, a heading or a forecast's line: no time expression
                # runs across it ("Thursday into Friday\n\nTonight: Dry" is two days and a night,
                # not "Friday Tonight"). The rule is tried again on the line alone.
                cut = rule.regex.match(body, start, body.find("\n", start))
                if cut is None:
                    continue
                m, (start, end) = cut, cut.span()
            while end > start and body[end - 1] in " \t\n,." and not _ABBREVIATION_END.search(body, start, end):
                end -= 1
            if end <= start:
                continue
            groups: dict[str, str | None] = dict(m.groupdict())
            groups["_text"] = body[start:end]
            spec = normalise(lex, rule.kind, groups, body, start)
            if spec is not None:
                candidates.append((start, end, order, Found(start, end, rule.name, spec)))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[Found] = []
    for start, end, _, found in candidates:
        if all(end <= t.start or start >= t.end for t in taken):
            taken.append(found)
    return sorted(taken, key=lambda f: f.start)
