"""The turns of French minutes (quo32): a council's or an assembly's record gives each speech a
paragraph opening with the speaker's civility and name, a full stop and a dash ("M. DUPONT. - Mesdames,
Messieurs …", "Mme la présidente. – …"), the convention of the Journal officiel's debates that
municipal and departmental records follow. The speech runs on over its paragraphs up to the next
such label; each paragraph of six words or more is one quote of the person the label names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.stages.quotes.direct import Found
from veille.stages.quotes.incises import words

# a civility (M., Mme, Mlle, MM., Me for a lawyer), then the name or the title it takes ("M. le
# maire"), a full stop and a dash, at a line's start
_MINUTES_LABEL = re.compile(r"^[ \t]*(?P<label>(?:M|MM|Mme|Mmes|Mlle|Me)\.?[ \t]+[^\n.:;!?«»\"“”]{2,60}?)"
                            r"[ \t]*\.[ \t]*[-–—][ \t]+(?=\S)", re.MULTILINE)


def minutes_turns(body: str, people: Sequence[tuple[int, int]], taken: list[tuple[int, int]]) -> list[Found]:
    """Each paragraph of a turn after a minutes label, by the person the text types inside the label
    (else the label itself)."""
    labels = list(_MINUTES_LABEL.finditer(body))
    out: list[Found] = []
    for i, m in enumerate(labels):
        a, b = m.span("label")
        speaker = next(((s, e) for s, e in people if a <= s < e <= b), (a, b))
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(body)
        for para in re.finditer(r"[^\n]+", body[m.end():stop]):
            s = m.end() + para.start()
            text = para.group().rstrip()
            e = s + len(text)
            if words(text) >= 6 and not any(x < e and s < y for x, y in taken):
                out.append(Found(s, e, True, speaker, m.start("label")))
    return out
