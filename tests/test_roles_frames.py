"""Roles: the inventory of titles by kind, and the frames that attach a title to a name in French
and English news ("chargé de", an age or a parenthesis in an apposition,
"à la tête de", "who founded", "the company's"), beside near misses that must give no role.

Every sentence is invented from general knowledge of news style, none taken from an evaluation text."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate
from conftest import held_role as held
from veille.stages.entities.gazetteer import gazetteer, load_lexicon
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles import TitlePatterns, find_roles
from veille.stages.entities.roles_inventory import heads, inventory


def test_the_inventory_is_organised_by_kind_in_both_languages() -> None:
    kinds = inventory()["kinds"]
    for kind in ("heads_of_state_and_government", "ministers", "parliament", "parties_and_campaigns",
                 "local_and_regional", "judiciary_and_law", "military", "diplomats", "police_and_security",
                 "international_organisations", "companies", "unions_and_civil_society", "religious", "sports",
                 "spokespeople_and_staff"):
        assert kinds[kind]["fr"] and kinds[kind]["en"], kind
    fr, en = set(heads("fr")), set(heads("en"))
    # French offices come with their feminine forms
    for masculine, feminine in (("sénateur", "sénatrice"), ("ambassadeur", "ambassadrice"), ("procureur", "procureure"),
                                ("sélectionneur", "sélectionneuse"), ("préfet", "préfète"), ("consul", "consule")):
        assert masculine in fr or masculine in load_lexicon()["fr_heads"]
        assert feminine in fr or feminine in load_lexicon()["fr_heads"]
    assert {"rear admiral", "detective inspector", "chief rabbi", "head coach", "press secretary"} <= en


@pytest.mark.parametrize(("body", "name", "title"), [
    ("La ministre de la Culture, Claire Dubois, a présenté le plan.", "Claire Dubois", "ministre de la Culture"),
    ("Le ministre délégué chargé des Transports, Paul Girard, a répondu aux questions.", "Paul Girard",
     "ministre délégué chargé des Transports"),
    ("Marc Lefèvre, 52 ans, ancien juge d'instruction, a témoigné jeudi.", "Marc Lefèvre",
     "ancien juge d'instruction"),
    ("Le commissaire divisionnaire Éric Rousseau dirige l'enquête.", "Éric Rousseau", "commissaire divisionnaire"),
    ("La procureure générale Anne Vidal a requis dix ans de prison.", "Anne Vidal", "procureure générale"),
    ("« Nous allons gagner », a assuré l'entraîneuse Julie Lambert après le match.", "Julie Lambert",
     "entraîneuse"),
])
def test_french_titles_of_every_kind(ctx: Any, body: str, name: str, title: str) -> None:
    role = annotate(ctx, body)[name].role
    assert role is not None and role.title == title


def test_a_portfolio_is_no_name(ctx: Any) -> None:
    m = annotate(ctx, "La ministre de la Santé, Claire Dubois, a présenté le plan.")
    assert "Santé" not in m
    role = m["Claire Dubois"].role
    assert role is not None and role.title == "ministre de la Santé"


def test_a_parenthesis_and_an_office_held_at_the_head_of(ctx: Any) -> None:
    m, role = held(ctx, "Sophie Martin", "Sophie Martin (sénatrice de la Drôme) a voté contre le texte.")
    assert role.title == "sénatrice" and role.of == m["Drôme"].entity
    m, role = held(ctx, "Jean Moreau",
                   "Jean Moreau, à la tête de la Fédération française de rugby depuis 2017, a démissionné.")
    assert role.of == m["Fédération française de rugby"].entity


def test_near_misses_give_no_role(ctx: Any) -> None:
    # an age, then no title: nothing
    assert annotate(ctx, "Marc Lefèvre, 52 ans, a rencontré le juge lundi.")["Marc Lefèvre"].role is None
    # a party in parentheses is no title
    assert annotate(ctx, "Sophie Martin (Renaissance) a voté contre le texte.")["Sophie Martin"].role is None
    # "à la tête de" a common noun, no name: no office
    assert annotate(ctx, "Jean Moreau, à la tête du cortège, a marché.")["Jean Moreau"].role is None


@pytest.mark.parametrize(("body", "name", "title"), [
    ("The Minister of Health, Jane Mwangi, announced the campaign on Monday.", "Jane Mwangi", "Minister of Health"),
    ("The Secretary of State for Foreign Affairs, Peter Hale, flew to Oslo.", "Peter Hale",
     "Secretary of State for Foreign Affairs"),
    ("John Miller, 45, a former police officer, was charged on Tuesday.", "John Miller", "former police officer"),
    ("Rear Admiral Susan Clark took command of the fleet.", "Susan Clark", "Rear Admiral"),
    ("Head coach Tom Reeves praised his players after the game.", "Tom Reeves", "Head coach"),
])
def test_english_titles_of_every_kind(ctx: Any, body: str, name: str, title: str) -> None:
    role = annotate(ctx, body, lang="en")[name].role
    assert role is not None and role.title == title


def _roles(ctx: Any, body: str, cands: list[Candidate]) -> dict[str, Any]:
    patterns = TitlePatterns(load_lexicon(), gazetteer(ctx))
    return {body[lk.candidate.start:lk.candidate.end]: lk.title
            for lk in find_roles(body, cands, patterns, "en") if lk.candidate is not None}


def _cand(body: str, name: str, type_: Any) -> Candidate:
    start = body.index(name)
    return Candidate(start, start + len(name), type_)


def test_the_companys_title_is_of_the_organisation_named_before(ctx: Any) -> None:
    body = "Acme Corp reported losses. Tom Baker, the company's chief financial officer, said sales fell."
    found = _roles(ctx, body, [_cand(body, "Acme Corp", "ORG"), _cand(body, "Tom Baker", "PER")])
    assert found["Tom Baker"].title == "chief financial officer" and found["Tom Baker"].of == "org:acme-corp"
    # no organisation named before: no `of`
    body = "Tom Baker, the company's chief financial officer, said sales fell."
    found = _roles(ctx, body, [_cand(body, "Tom Baker", "PER")])
    assert found["Tom Baker"].of is None


def test_who_founded_states_an_office(ctx: Any) -> None:
    body = "Sarah Cole, who founded Brightwave Labs in 2015, said the deal was fair."
    found = _roles(ctx, body, [_cand(body, "Sarah Cole", "PER"), _cand(body, "Brightwave Labs", "ORG")])
    assert found["Sarah Cole"].title == "founder" and found["Sarah Cole"].of == "org:brightwave-labs"
    # a person after the verb is no office
    body = "Sarah Cole, who leads Tom Baker in the polls, said the race was close."
    found = _roles(ctx, body, [_cand(body, "Sarah Cole", "PER"), _cand(body, "Tom Baker", "PER")])
    assert "Sarah Cole" not in found


def test_a_place_that_ends_a_longer_name_before_a_title(ctx: Any) -> None:
    """"Credit Suisse ex-CEO X": "Suisse" ends the bank's name; it is no nationality, nor the country."""
    m, role = held(ctx, "Tidiane Kone", "Rivals include Credit Suisse ex-CEO Tidiane Kone and others.", lang="en")
    assert role.of == m["Credit Suisse"].entity and m["Credit Suisse"].type == "ORG"
    assert "Suisse" not in m
    # a demonym after a function word is a nationality
    m, role = held(ctx, "Anna Keller", "On Monday the Swiss president Anna Keller spoke.", lang="en")
    assert role.of == "Q39"


@pytest.mark.parametrize(("lang", "body", "name", "title"), [
    ("en", "Maria Lopez, who steps down as chief executive of Acme Bank in May, declined to comment.", "Maria Lopez",
     "chief executive"),
    ("en", "Mark Evans resigned as chief executive of Acme Bank on Friday.", "Mark Evans", "chief executive"),
    ("fr", "Paul Girard a annoncé mercredi qu'il quittera son poste de sélectionneur après le Mondial.",
     "Paul Girard", "sélectionneur"),
    ("fr", "Paul Girard a reçu Anne Roux, qui occupe le poste de directrice depuis mars.", "Anne Roux", "directrice"),
])
def test_leaving_or_holding_an_office(ctx: Any, lang: str, body: str, name: str, title: str) -> None:
    role = annotate(ctx, body, lang=lang)[name].role
    assert role is not None and role.title == title


def test_an_office_given_by_a_participle_after_an_organisation(ctx: Any) -> None:
    m, role = held(ctx, "Paul Girard",
                   "La Fédération française de judo, présidée depuis 2020 par Paul Girard, a réagi.")
    assert role.title == "président" and role.of == m["Fédération française de judo"].entity
    # a participle that states no office
    m = annotate(ctx, "L'ONU, critiquée par Paul Girard, a répondu.")
    assert m["Paul Girard"].role is None


def test_possessives_that_refer_back_before_a_title(ctx: Any) -> None:
    m, role = held(ctx, "Abdoulaye Keita",
                   "Talks began in Mali on Monday. The country's foreign minister, Abdoulaye Keita, said they "
                   "went well.", lang="en")
    assert role.of == m["Mali"].entity
    body = "Acme Corp reported losses. The company's chief executive, Tom Baker, said sales fell."
    found = _roles(ctx, body, [_cand(body, "Acme Corp", "ORG"), _cand(body, "Tom Baker", "PER")])
    assert found["Tom Baker"].of == "org:acme-corp"


def test_a_portfolio_after_minister_of_is_no_part_of_the_name(ctx: Any) -> None:
    m, role = held(ctx, "Jane Mwangi", "Minister of Health Jane Mwangi announced the campaign on Monday.", lang="en")
    assert role.title == "Minister of Health"
    # a portfolio alone is no person
    m = annotate(ctx, "The Minister of Health said on Monday the campaign would start.", lang="en")
    assert not any(x.type == "PER" and x.text == "Health" for x in m.values())


def test_en_tant_que_in_an_apposition(ctx: Any) -> None:
    m, role = held(ctx, "Marie Dupont",
                   "Marie Dupont, en tant que présidente de la Fédération française de judo, a signé.")
    assert role.title == "présidente" and role.of == m["Fédération française de judo"].entity
    # English "as" is left out: "X, as the president said" quotes someone else
    m = annotate(ctx, "Peter Hale, as the president said, signed the deal.", lang="en")
    assert m["Peter Hale"].role is None


def test_complements_of_a_french_title(ctx: Any) -> None:
    # "de l’" with a typographic apostrophe opens a complement; "depuis" is no "de"
    m, role = held(ctx, "Anne Roux", "Selon Anne Roux, la présidente de l’institution de Francfort, les taux baissent.")
    assert role.title == "présidente de l’institution"
    # "à" before a common noun belongs to the verb: no title "président aux journalistes"
    m = annotate(ctx, "« Oui », a dit le président aux journalistes.")
    assert not any("journalistes" in (x.role.title if x.role else "") for x in m.values())


def test_the_gazetteer_says_what_a_known_holder_holds_the_office_of(ctx: Any) -> None:
    m = annotate(ctx, "Foreign Minister Sergei Lavrov replied on Monday.", lang="en")
    role = m["Sergei Lavrov"].role
    # "Foreign Minister" is the office the gazetteer lists Lavrov under, and Russia what it is of
    assert role is not None and role.office == "ministre des Affaires étrangères" and role.of == "Q159"
    # an unknown person keeps no `of`
    role = annotate(ctx, "Defence Minister John Doe replied on Monday.", lang="en")["John Doe"].role
    assert role is not None and role.office == "ministre de la Défense" and role.of is None


def test_hyphenated_compound_titles_and_a_complement_with_for(ctx: Any) -> None:
    role = annotate(ctx, "Jean Roux, président-fondateur de l'association, a parlé.")["Jean Roux"].role
    assert role is not None and role.title.startswith("président-fondateur")
    _, role = held(ctx, "Ahmed Saleh", "A spokesman for the ministry, Ahmed Saleh, denied the report.", lang="en")
    assert role.title == "spokesman for the ministry"
