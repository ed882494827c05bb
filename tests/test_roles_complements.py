"""What a title is of when its complement is more than one name (entities@34, issue 18): an English
body whose name ends with "of" and a place the model found ("the governor of the Bank of Japan"),
and a French adjective no lexicon lists between a title's head and its named complement
("directeur régional de l'OMS"); and an office held, named by its noun after a verb of holding it
("X occupe la présidence de la Commission européenne"); English loan titles of French business
news ("le CEO de Proximus"); a capitalised body's head that opens its name, not an apposition ("la
Banque mondiale X"). Sentences invented for the tests, not taken from any evaluation text; each rule
has its near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_an_english_body_named_of_a_place_is_what_the_title_is_of(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale", "Tom Hale, deputy governor of the Bank of Japan, said rates would rise.", lang="en")
    assert role.title == "deputy governor"
    assert role.of == m["Bank of Japan"].entity and m["Bank of Japan"].type == "ORG"
    assert "Japan" not in m
    m, role = held(ctx, "Tom Hale", "Tom Hale, a professor at the University of Chicago, said prices rise.", lang="en")
    assert role.of == m["University of Chicago"].entity
    # near misses: the place itself after "of" is what the office is of, and so is a state's long form
    m, role = held(ctx, "Tom Hale", "Tom Hale, the prime minister of Japan, said rates would rise.", lang="en")
    assert role.of == m["Japan"].entity == "Q17"
    m = annotate(ctx, "Tom Hale, the ambassador of the State of Israel, spoke.", lang="en")
    role = m["Tom Hale"].role
    # since entities@95 the ISO 3166-1 official name is one mention, "State of Israel" (before, "Israel")
    assert role is not None and role.of == "Q801"
    assert any(mention.entity == "Q801" for mention in m.values())


def test_a_french_adjective_between_a_head_and_its_named_complement(ctx: Any) -> None:
    m, role = held(ctx, "Luc Martin", "Luc Martin, directeur régional de l'OMS pour l'Afrique, a averti.")
    assert role.title == "directeur régional" and role.of == m["OMS"].entity
    m, role = held(ctx, "Luc Martin", "Le secrétaire perpétuel de l'Académie française, Luc Martin, a averti.")
    assert role.of == m["Académie française"].entity
    m, role = held(ctx, "Luc Martin", "Luc Martin, procureur fédéral de Belgique, a averti.")
    assert role.of == "Q31"
    # near miss: a complement that names a person is no body the office is of
    m, role = held(ctx, "Luc Martin", "Luc Martin, président proche de Paul Durand, a averti.")
    assert role.of is None


def test_an_office_held_named_by_its_noun(ctx: Any) -> None:
    m, role = held(ctx, "Luc Martin", "Luc Martin occupe la présidence de la Commission européenne depuis 2019.")
    assert role.title == "président" and role.of == m["Commission européenne"].entity
    m, role = held(ctx, "Luc Martin", "Luc Martin, qui exerçait la direction du Comité olympique belge, a démissionné.")
    assert role.title == "directeur" and role.of == m["Comité olympique belge"].entity
    # near misses: a post held over no named body ("la présidence de la séance") is no office, and
    # a noun phrase between the person and the verb is the verb's subject
    m = annotate(ctx, "Luc Martin a assuré la présidence de la séance.")
    assert m["Luc Martin"].role is None
    m = annotate(ctx, "Selon Luc Martin, la France assure la présidence du Conseil de l'Union européenne.")
    assert m["Luc Martin"].role is None


def test_english_loan_titles_of_french_business_news(ctx: Any) -> None:
    # French news, Belgian and Swiss above all, writes a company's chief executive "CEO"
    m, role = held(ctx, "Luc Martin", "Le CEO de Proximus, Luc Martin, a démissionné.")
    assert role.title == "CEO" and role.of == m["Proximus"].entity
    m, role = held(ctx, "Luc Martin", "Luc Martin, CFO de Proximus, a démissionné.")
    assert role.title == "CFO" and role.of == m["Proximus"].entity
    # near miss: the title with no name beside it is no one's named here
    m = annotate(ctx, "Luc Martin a rencontré le CEO de Proximus.")
    assert m["Luc Martin"].role is None and m["Proximus"].type == "ORG"


def test_a_title_before_a_body_then_a_name_without_a_comma(ctx: Any) -> None:
    # the body's head, capitalised, opens its name ("la Banque mondiale"): the name after it is
    # the title's holder, a person, not a bank an apposition names
    m = annotate(ctx, "Le directeur de la Banque mondiale Luc Martin a averti.")
    assert m["Luc Martin"].type == "PER"
    role = m["Luc Martin"].role
    assert role is not None and role.title == "directeur" and role.of == m["Banque mondiale"].entity
    # near miss: the common noun in lowercase introduces a bank's name
    m = annotate(ctx, "Selon la banque Lazard Frères, les taux baissent.")
    assert m["Lazard Frères"].type == "ORG"


def test_the_field_an_office_covers_after_what_it_is_of(ctx: Any) -> None:
    m, role = held(ctx, "Anne Roux",
                   "La haute représentante de l'UE pour les affaires étrangères, Anne Roux, a averti.")
    assert role.title == "haute représentante pour les affaires étrangères"
    assert role.of == m["UE"].entity
    m, role = held(ctx, "Luc Martin", "Le coordonnateur de l'ONU pour l'aide humanitaire, Luc Martin, a averti.")
    assert role.of == m["ONU"].entity
    # near miss: a time after what the office is of is no field
    m = annotate(ctx, "Le maire de Lyon pour encore deux ans, Luc Martin, a averti.")
    assert m["Luc Martin"].role is None


def test_the_court_a_prosecutor_sits_at_after_the_legal_pres(ctx: Any) -> None:
    m, role = held(ctx, "Luc Martin", "Le procureur général près la Cour de cassation, Luc Martin, a requis.")
    assert role.title == "procureur général" and role.of == m["Cour de cassation"].entity
    # near miss: a court in lowercase names no body the office is of
    m = annotate(ctx, "Le procureur général près la cour, Luc Martin, a requis.")
    role = m["Luc Martin"].role
    assert role is None or role.of is None


def test_a_prepositional_locution_after_what_an_office_is_of_is_no_field(ctx: Any) -> None:
    m, role = held(ctx, "Anne Roux", "Anne Roux, présidente de l'Assemblée nationale à l'issue du vote, a parlé.")
    assert role.title == "présidente" and role.of == m["Assemblée nationale"].entity


def test_a_post_taken_on_joining_an_organisation(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale", "Tom Hale, 54, joined Zorblax Labs as chief financial officer in 2019.", lang="en")
    assert role.title == "chief financial officer"
    assert role.of == m["Zorblax Labs"].entity and m["Zorblax Labs"].type == "ORG"
    m, role = held(ctx, "Luc Martin", "Luc Martin a rejoint la Banque mondiale en tant qu'économiste en 2019.")
    assert role.title == "économiste" and role.of == m["Banque mondiale"].entity
    # near misses: what one joins as a member of a crowd is no organisation's post, and another
    # name before the verb is its subject
    m = annotate(ctx, "Tom Hale joined the protest as a student.", lang="en")
    assert m["Tom Hale"].role is None
    m = annotate(ctx, "Selon Luc Martin, la Suède a rejoint l'Otan en tant que conseiller.")
    assert m["Luc Martin"].role is None


def test_an_acronym_in_capitals_is_no_honorific(ctx: Any) -> None:
    # "MR" (the Belgian Mouvement réformateur) spells the English honorific "Mr"
    m, role = held(ctx, "Anne Roux", "Anne Roux, députée MR, a réagi.")
    assert role.title == "députée" and role.of == m["MR"].entity
    assert m["MR"].type == "ORG"
    # near miss: the honorific before a name is still cut off it
    m = annotate(ctx, "MM. Dupont et Durand ont réagi.")
    assert "Dupont" in m and "MM. Dupont" not in m


def test_the_first_part_of_a_compound_given_name_opening_a_sentence(ctx: Any) -> None:
    m = annotate(ctx, "Georges-Louis Bouchez, président du MR, a réagi.")
    assert "Georges-Louis Bouchez" in m and m["Georges-Louis Bouchez"].type == "PER"
    assert m["Georges-Louis Bouchez"].role is not None
    # near miss: a hyphenated word that is no given name stays out of the name
    m = annotate(ctx, "Le franco-Louis Bouchez a réagi.")
    assert "franco-Louis Bouchez" not in m
