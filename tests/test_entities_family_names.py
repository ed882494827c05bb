"""entities@64: four constraints (and company heads) of English names, found on eval/entities_pool's second batch's
tuning part (business and conflict news). Sentences are invented, not taken from an evaluation
file; each rule beside a near miss it must leave alone."""

from __future__ import annotations

from veille.stages.entities.english import english_people, load_given_names
from veille.stages.entities.gazetteer import load, load_lexicon
from veille.stages.entities.recognize import Candidate, _outside_longer_names


def people(text: str) -> dict[str, str]:
    return {text[s:e]: t for s, e, t in english_people(text, load_lexicon(), load(), load_given_names())}


def test_a_name_opening_on_another_persons_surname_is_no_person() -> None:
    got = people("Ramon Zelko left Zelko Steel on Monday. Zelko Steel shares fell while Zelko Power rose.")
    assert got.get("Ramon Zelko") == "PER"
    assert "Zelko Steel" not in got and "Zelko Power" not in got
    # the bare surname inside the company's name is no mention of the person either
    assert all(k != "Zelko" for k in got)
    # near misses: the surname alone, before a verb, is the person again; one name alone opening on
    # it may be a person whose given name is another's surname
    got = people("Ramon Zelko left the firm on Monday. Zelko said he was tired.")
    assert got.get("Zelko") == "PER"
    got = people("Matthew Orrin scored. Orrin Bekavu said he was proud. Bekavu left.")
    assert got.get("Orrin Bekavu") == "PER"


def test_a_company_s_head_noun_ends_no_persons_name() -> None:
    # "Kandor Properties" comes back whole (the people rules' "again"): its head says a company
    assert people("Shares of Kandor Properties rose. Analysts expect Kandor Properties to grow.") \
        == {"Kandor Properties": "ORG"}
    # near miss: a surname coming back alone is a person's
    assert people("Mirek Kandorsky arrived. Kandorsky left.").get("Mirek Kandorsky") == "PER"


def test_the_complement_of_a_capitalised_noun_after_for_is_no_person() -> None:
    assert "Civil Liberties" not in people("A report by the Zembla Observatory for Civil Liberties said so.")
    # near misses: a title's complement ("Minister of Health") and a sentence's first noun
    assert people("Minister of Health Jane Mwangi said so.").get("Jane Mwangi") == "PER"
    assert people("Lawyers for Jane Mwangi said so.").get("Jane Mwangi") == "PER"


def test_a_place_hyphened_to_a_capitalised_word_is_part_of_a_compound_name() -> None:
    gaz = load()
    text = "Agence France-Presse said. US-China talks went on. A UK-based firm."
    cands = [Candidate(m.start, m.end, m.entry.type, m.entry, "gazetteer") for m in gaz.match(text)]
    kept = {text[c.start:c.end] for c in _outside_longer_names(text, cands, gaz)}
    assert "France" not in kept
    # near misses: two places joined are both named, and a lowercase word after makes an adjective
    assert {"US", "China", "UK"} <= kept


def test_an_acronym_right_after_a_title_word_is_the_titles() -> None:
    assert people("A bench led by Deputy CJ Philomena Kariuki declined.").get("Philomena Kariuki") == "PER"
    # near miss: an acronym with no title before it makes the sequence no person's name
    assert "Philomena Kariuki" not in people("The NTSB Philomena Kariuki report was late.")
