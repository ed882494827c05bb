"""entities@60: a name is a listed company's only when a ticker stands beside the stock exchange
("Acme (NYSE: ACM)", "Acme ACM (NASDAQ)"); an exchange's code alone in brackets after a person's
name is an agency's or a school's credit ("Jonas Pettersen (EPA)", the European Pressphoto
Agency's photographer; "Martha Kowalczyk (LSE)", the London School of Economics' academic) and
leaves the person a person. Sentences invented, not taken from eval/news."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities
from veille.stages.entities.recognize import _LISTED


def types(ctx: Any, body: str, lang: str = "en") -> dict[str, str]:
    return {text: m.type for text, m in annotate_entities(ctx, body, lang).items()}


@pytest.mark.parametrize(("body", "lang"), [
    ("The economist Martha Kowalczyk (LSE) said the bank would cut rates in March.", "en"),
    ("Protesters gathered outside parliament on Friday.\n\nPhoto: Jonas Pettersen (EPA)", "en"),
    ("Walter Grayson (NYSE) said on Tuesday he would cut 300 jobs.", "en"),
])
def test_an_exchange_code_alone_after_a_person_leaves_a_person(ctx: Any, body: str, lang: str) -> None:
    got = annotate_entities(ctx, body, lang)
    name = next(text for text in got if " " in text)
    assert got[name].type == "PER"
    # nor is the exchange's code taken for the person's acronym (it was linked to the person's id)
    assert [text for text, m in got.items() if m.entity == got[name].entity] == [name]


@pytest.mark.parametrize("body", [
    "Walter Grayson (NYSE: WGR) said on Tuesday it would cut 300 jobs.",
    "Shares of Gordon Baxter (NASDAQ: GBX) rose 4% on Tuesday.",
])
def test_a_name_before_an_exchange_and_its_ticker_is_a_company(ctx: Any, body: str) -> None:
    got = types(ctx, body)
    name = body.split(" (")[0].removeprefix("Shares of ")
    assert got[name] == "ORG"
    # near miss: the same name with no listing is the person the grammar takes it for
    assert types(ctx, f"{name} said on Tuesday he would cut 300 jobs.")[name] == "PER"


def test_the_ticker_may_come_before_the_exchange_or_after_its_colon() -> None:
    # the two ways financial news writes a listing, the exchange's place named or not
    for after in (" CRUS (NASDAQ)", " (NYSE: ACM)", " (Euronext Paris : ACM)", " (NYSE:BRK.B)"):
        assert _LISTED.match(after), after
    # near misses: an exchange's code alone, or a ticker-like word with no exchange
    for after in (" (LSE)", " (EPA)", " (NASDAQ) said", " (AFP)", " CEO (Reuters)"):
        assert not _LISTED.match(after), after
