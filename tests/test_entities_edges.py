"""A name's right edge (entities@31): spaCy's span sometimes runs past a name into the clause or the
count after it. Invented sentences, each with a near miss that must keep its span."""

from __future__ import annotations

from typing import Any

from veille.stages.entities.gazetteer import load, load_lexicon
from veille.stages.entities.recognize import Edges, clause_end, recognise


def _found(body: str, spans: list[tuple[str, str]], english: bool = False) -> set[str]:
    raw: list[tuple[int, int, Any]] = []
    for text, type_ in spans:
        start = body.index(text)
        raw.append((start, start + len(text), type_))
    return {body[c.start:c.end] for c in recognise(body, raw, load(), Edges(load_lexicon()), None, english=english)}


def test_a_name_ends_before_a_clause_the_span_ran_into() -> None:
    body = "Nous avons payé l'Agence régionale des eaux lorsque j'étais maire, puis la Ligue bretonne qui a refusé."
    found = _found(body, [("Agence régionale des eaux lorsque j'étais", "ORG"),
                          ("Ligue bretonne qui", "ORG")])
    assert found == {"Agence régionale des eaux", "Ligue bretonne"}


def test_an_english_name_ends_before_a_relative_clause_but_keeps_its_on() -> None:
    body = "Funds went to the Harbour Trust which later closed, said the Panel on Coastal Erosion."
    found = _found(body, [("Harbour Trust which", "ORG"), ("Panel on Coastal Erosion", "ORG")], english=True)
    assert found == {"Harbour Trust", "Panel on Coastal Erosion"}


def test_a_works_title_keeps_its_clause() -> None:
    body = "Le film Quand Paul rencontre Marie sort en salle."
    assert _found(body, [("Quand Paul rencontre Marie", "MISC")]) == {"Quand Paul rencontre Marie"}
    # a clause word opening the name is no cut: only words after the first are read
    assert clause_end("Qui Vive", 0, 8) == 8


def test_a_count_and_its_plural_noun_end_a_name() -> None:
    body = "Le Parti radical 37 sièges, le Mouvement du 12 avril et la chaîne Canal 9 diffuse le débat."
    found = _found(body, [("Parti radical 37 sièges", "ORG"), ("Mouvement du 12 avril", "ORG"),
                          ("Canal 9 diffuse", "ORG")])
    # the count goes; a date after "du" is the name's own; a number before a singular word stays
    assert "Parti radical" in found and "Mouvement du 12 avril" in found
    assert "Parti radical 37 sièges" not in found
    assert clause_end(body, body.index("Canal"), body.index(" le débat")) == body.index(" le débat")


def test_a_day_and_when_in_the_week_it_falls_is_a_date_not_a_name() -> None:
    body = "Mardi prochain, la Banque du Nord publiera ses comptes. Vendredi saint, Jeudi soir."
    found = _found(body, [("Mardi prochain", "MISC"), ("Banque du Nord", "ORG"), ("Vendredi saint", "MISC"),
                          ("Jeudi soir", "MISC")])
    assert found == {"Banque du Nord", "Vendredi saint"}  # a feast's name stays



def test_a_firm_or_a_newspaper_the_text_marks_like_a_person_is_an_organisation() -> None:
    """A venture firm or a masthead ends in its kind ("... Capital", "... Gazette", "... Tribune"),
    which a given name before it makes look like a person's name."""
    from veille.stages.entities.english import english_people

    text = ("Laura Capital said it would invest. Maria Tribune said so. Peter Okafor said yes. "
            "Laura Capitano said nothing.")
    got = {text[s:e]: t for s, e, t in english_people(text, load_lexicon())}
    assert got.get("Laura Capital") == "ORG" and got.get("Maria Tribune") == "ORG"
    assert got.get("Peter Okafor") == "PER" and got.get("Laura Capitano") == "PER"  # near miss: no kind word


def test_a_persons_name_ends_before_a_preposition_of_place() -> None:
    body = ("Après le discours de Jeanne Morvan à Bercy, Paul Durand chez Valmoro a parlé ; "
            "la Maison à Colombages et Jean de La Tour restent.")
    found = _found(body, [("Jeanne Morvan à Bercy", "PER"), ("Paul Durand chez Valmoro", "PER"),
                          ("Maison à Colombages", "ORG"), ("Jean de La Tour", "PER")])
    # near misses: an organisation's name may hold "à"; a person's particle "de" stays
    assert {"Jeanne Morvan", "Paul Durand", "Maison à Colombages", "Jean de La Tour"} <= found
    assert "Jeanne Morvan à Bercy" not in found and "Paul Durand chez Valmoro" not in found


def test_an_english_place_before_a_head_noun_modifies_a_longer_name() -> None:
    body = ("Work on the Gambia Bridge and the Senegal River stopped, Kenya Airways said, and the Jordan Times wrote that "
            "Kenya and Jordan agreed. Officials in Kenya Monday said so.")
    found = [body[c.start:c.end] for c in recognise(body, [], load(), Edges(load_lexicon()), None, english=True)]
    # the places inside longer names go; the same places standing alone stay (near miss: a
    # capitalised word after a place that is no head noun, "Kenya Monday")
    assert found.count("Kenya") == 2 and found.count("Jordan") == 1
    assert "Senegal" not in found and "Gambia" not in found


def test_a_people_named_by_its_demonym_is_no_place() -> None:
    body = ("Les élus ont remercié les Gaspésiens, et beaucoup de Lorrains ont voté ; "
            "la foule de Valmorois a voté à Valmorois, puis aux Hébrides.")
    found = _found(body, [("Gaspésiens", "LOC"), ("Lorrains", "LOC"), ("Valmorois", "LOC"), ("Hébrides", "LOC")])
    # near misses: a place after "de" without a quantity, or after "à"; a plural place with no
    # demonym's ending
    assert found == {"Valmorois", "Hébrides"}
