"""events@56 (issue 18): the place a dateline opens the report with ("ISTANBUL —", "SEOUL, Dec. 3
(UPI) —") is where the report was filed, no side of what it tells. Sentences invented for the tests."""

from __future__ import annotations

from typing import Any

from test_events_english import article, ctx, events  # noqa: F401  (the module's fixture)
from veille.model import Mention
from veille.stages.events.reporting import dateline


def _at(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "LOC", "loc:x")


def test_a_dateline_s_place_is_read_as_one() -> None:
    for text in ("ISTANBUL — Police detained the editor.", "SEOUL, Dec. 3 (UPI) — Lawmakers voted.",
                 "Headline\nSAN FRANCISCO, May 20 (Xinhua) -- Teachers went on strike."):
        name = next(n for n in ("ISTANBUL", "SEOUL", "SAN FRANCISCO") if n in text)
        assert dateline(text, _at(text, name)), text
    # near misses: a place inside the sentence, or one a dash does not follow, is no dateline
    assert not dateline("Police in Geneva - the city - detained him.", _at("Police in Geneva - the city", "Geneva"))
    assert not dateline("Geneva police detained him.", _at("Geneva police", "Geneva"))


def test_a_dateline_s_place_takes_no_side(ctx: Any) -> None:  # noqa: F811
    got = events("Geneva — Police arrested Jane Smith on Monday.", ctx)
    assert not any("Q_ge" in s | t for _, s, t, _, _ in got), got

# Its near miss, the same place as a sentence's subject keeping its side ("Geneva condemned Acme on
# Monday."), is test_events52.py's test_place_subject_still_acts, word for word: not written twice.
