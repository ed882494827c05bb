"""chore43: the words an acronym leaves out are one folded list (`text.ACRONYM_SKIPPED`) for the entity
stage's acronyms (`recognize`) and the quote stage's acronym speakers (`quotes.acronyms`), which kept
one each ("to" was the quotes' alone, "à" as "a" the entities' alone). Names invented for the tests;
near misses: what the two lists already agreed on reads as before."""

from __future__ import annotations

from veille.stages.entities import recognize
from veille.stages.entities.recognize import Candidate, _spellings
from veille.stages.entities.text import ACRONYM_SKIPPED
from veille.stages.quotes import acronyms
from veille.stages.quotes.acronyms import expansion


def test_one_list() -> None:
    assert recognize._SKIPPABLE is ACRONYM_SKIPPED and acronyms._SKIPPED is ACRONYM_SKIPPED
    assert {"to", "a", "de", "the", "of"} <= ACRONYM_SKIPPED and "à" not in ACRONYM_SKIPPED  # folded


def _found(body: str, letters: str) -> str | None:
    span = expansion(body, len(body), letters)
    return body[span[0]:span[2]] if span else None


def test_the_quote_stage_folds_accents_and_keeps_its_to() -> None:
    assert _found("Selon L'Agence pour la sécurité à domicile, rien ne change.", "ASD") \
        == "L'Agence pour la sécurité à domicile"
    assert _found("The Commission to Investigate Piracy met.", "CIP") == "Commission to Investigate Piracy"
    # near misses: names the two lists read alike
    assert _found("the U.S. Food and Drug Administration said", "FDA") == "U.S. Food and Drug Administration"
    assert _found("selon L'Organisation mondiale de la santé, a indiqué", "OMS") \
        == "L'Organisation mondiale de la santé"


def test_the_entity_stage_spells_a_name_without_to() -> None:
    body = "The Commission to Investigate Piracy met on Monday."
    start = body.index("Commission")
    forms = _spellings(body, Candidate(start, start + len("Commission to Investigate Piracy"), "ORG"))
    assert "CIP" in forms and "CTIP" in forms  # with and without its function words, as "of" always was
    body = "La Banque centrale des États de l'Afrique de l'Ouest a relevé son taux."
    start = body.index("Banque")
    forms = _spellings(body, Candidate(start, body.index(" a relevé"), "ORG"))
    assert "BCEAO" in forms
