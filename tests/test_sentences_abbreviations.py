"""Sentence boundaries at news abbreviations (nlp@3, `stages/abbreviations.py`), on invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from veille.stages.nlp import english_model, french_model, segments


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize("text", [
    # A province or state followed by a comma, a lowercase word or a digit continues the clause.
    "A man appeared in a Kingston, Ont., courtroom Friday on fraud charges.",
    "The plant in Dayton, Ohio, and the one in Fresno, Calif., were closed in Sept. 2021 by Acme Corp.",
    # Ranks and titles before a name, a number after "No.".
    "Insp. Mary Chen and Sgt. Paul Roy of Lt. Col. Smith's unit spoke to Supt. Jones on Tuesday.",
    "The bill, No. 42, was signed by Gov. Tom Reed at 9 a.m. on the steps of the capitol.",
])
def test_english_abbreviation_does_not_end_a_sentence(ctx: Any, text: str) -> None:
    assert _sentences(english_model(ctx), text) == [text]


def test_english_abbreviation_before_a_sentence_opener_ends_it(ctx: Any) -> None:
    # Near misses: a sentence that really ends with the abbreviation, the next opening with "The".
    nlp = english_model(ctx)
    assert _sentences(nlp, "The summit was held in Washington, D.C. The leaders left Friday.") == [
        "The summit was held in Washington, D.C.", "The leaders left Friday."]
    assert _sentences(nlp, "The fire started at 14 Elm St. The owner was not home.") == [
        "The fire started at 14 Elm St.", "The owner was not home."]
    # "no." is a word here, not the abbreviation "No.": the sentence ends before the digit.
    assert _sentences(nlp, "She said no. 3 members voted against it.") == [
        "She said no.", "3 members voted against it."]


def test_english_abbreviation_never_crosses_a_line_break(ctx: Any) -> None:
    doc = english_model(ctx)("Sources: Acme Inc.\nshares fell on Monday.")
    assert [s.text.strip() for s in segments(doc)] == ["Sources: Acme Inc.", "shares fell on Monday."]


def test_french_abbreviation_does_not_end_a_sentence(ctx: Any) -> None:
    nlp = french_model(ctx)
    text = "Le texte cite l'art. 3 du code, selon env. 300 élus du boul. Saint-Laurent à Montréal."
    assert _sentences(nlp, text) == [text]
    # The parser may still detach a final period, but never cuts after the abbreviations.
    starts = [s.split()[0] for s in _sentences(nlp, "La rue est citée à l'art. 3 du règlement, qui vise "
                                                     "le boul. Saint-Laurent depuis mars.")]
    assert "3" not in starts and "Saint-Laurent" not in starts


def test_french_sentence_after_an_abbreviation_still_ends(ctx: Any) -> None:
    # Near miss: "J.-C." ends the sentence, the next one opens with an article.
    nlp = french_model(ctx)
    sentences = _sentences(nlp, "La ville fut fondée en 52 av. J.-C. Les fouilles ont repris en mai.")
    assert sentences[-1] == "Les fouilles ont repris en mai."
