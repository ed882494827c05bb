"""The sides of an English nominal trigger with its own "of" and "by" phrases (events@51, issue 19).

"the arrest of X by Y" names the undergoer in its "of" phrase and the doer in its "by" phrase; the
name before the noun phrase is the subject of another verb. Sentences written from the language,
not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.pipeline import Context
from veille.stages.events import events_batch

NAMES: dict[str, tuple[str, str]] = {
    "Jane Okafor": ("PER", "Q_okafor"), "France": ("LOC", "Q142"), "Germany": ("LOC", "Q183"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def arrests(text: str, ctx: Any) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in events_batch([article_naming(text, NAMES, "en")], ctx)[0].events
            if e.type == "COERCE"]


def test_of_by_phrases_of_a_nominal_arrest(nf_ctx: Any) -> None:
    assert arrests("Germany condemned the arrest of Jane Okafor by France.", nf_ctx) == [(["Q142"], ["Q_okafor"])]


@pytest.mark.parametrize("text", [
    # near misses: no "by" phrase of the noun's own (after a comma, in another clause): France is
    # not the one who arrests
    "Germany condemned the arrest of Jane Okafor, a critic of France.",
    "Germany condemned the arrest of Jane Okafor and was joined by France.",
])
def test_no_own_by_phrase_leaves_word_order(nf_ctx: Any, text: str) -> None:
    got = arrests(text, nf_ctx)
    assert got and all("Q142" not in src for src, _ in got), got
