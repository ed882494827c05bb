"""entities@95 (ent44b, from ent42/ent43's entities@89): states named by their official forms, CLDR's
short forms and the abbreviations CLDR gives (ISO 3166-1 via Debian's iso-codes, CLDR's alt forms;
`tools/build_gazetteer.py`), and the Wikidata aliases "Britain" and "DR Congo". Each beside a near miss."""

from __future__ import annotations

import pytest

from veille.stages.entities.gazetteer import Gazetteer, load


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load()


def _id(gaz: Gazetteer, name: str) -> str | None:
    entry = gaz.lookup(name)
    return entry.id if entry is not None else None


def test_a_states_official_form_is_the_state(gaz: Gazetteer) -> None:
    assert _id(gaz, "République populaire démocratique de Corée") == "Q423"
    assert _id(gaz, "Democratic People's Republic of Korea") == "Q423"
    assert _id(gaz, "République démocratique du Congo") == "Q974"
    # English writes the article inside the name or leaves it out
    assert _id(gaz, "Democratic Republic of the Congo") == "Q974"
    assert _id(gaz, "Democratic Republic of Congo") == "Q974"
    assert _id(gaz, "République islamique d'Iran") == "Q794"
    assert _id(gaz, "Republic of Korea") == "Q884"
    # near miss: the other Congo's official form is the other state
    assert _id(gaz, "République du Congo") == "Q971"
    assert _id(gaz, "Republic of the Congo") == "Q971"


def test_cldr_short_forms_and_abbreviations_name_the_state(gaz: Gazetteer) -> None:
    assert _id(gaz, "É.-U.") == "Q30"
    assert _id(gaz, "R.-U.") == "Q145"
    assert _id(gaz, "RDC") == "Q974" and _id(gaz, "DRC") == "Q974"
    assert _id(gaz, "Britain") == "Q145"
    assert _id(gaz, "DR Congo") == "Q974" and _id(gaz, "RD Congo") == "Q974"


def test_a_word_two_states_names_share_names_neither(gaz: Gazetteer) -> None:
    # "Congo" alone may be either Congo, "Korea" either Korea: no state takes it
    assert _id(gaz, "Congo") is None
    assert _id(gaz, "Korea") is None
    assert _id(gaz, "Corée") is None
