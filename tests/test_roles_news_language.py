"""Roles (entities@27): abbreviated titles, a tenure after "of", a party between a French title and
its place, "with" an employer, a French title word used as a verb, the European Commission's
portfolios and an office stated by a verb right after its subject. Sentences invented for the
tests, not taken from any evaluation text; each rule beside a near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def _role(m: dict[str, Any], name: str) -> tuple[str, str | None] | None:
    role = m[name].role
    return (role.title, role.of) if role is not None else None


def test_abbreviated_titles_before_a_name(ctx: Any) -> None:
    for body, name, title in (("Sen. Tom Alder, D-Mass., said the bill would pass.", "Tom Alder", "senator"),
                              ("Gov. Mary Keane signed the budget.", "Mary Keane", "governor"),
                              ("Rep. Ben Rusk, R-N.Y., voted against it.", "Ben Rusk", "representative"),
                              ("Lt. Gen. Paul Dorn commanded the division.", "Paul Dorn", "lieutenant general"),
                              ("Atty. Gen. Laura Finch announced charges.", "Laura Finch", "attorney general"),
                              ("Adm. Grace Holt retired.", "Grace Holt", "admiral"),
                              ("Sgt. Carl Moss was injured.", "Carl Moss", "sergeant")):
        assert _role(annotate(ctx, body, lang="en"), name) == (title, None), body
    m = annotate(ctx, "Sens. Tom Alder and Mary Keane wrote to the agency.", lang="en")
    assert _role(m, "Tom Alder") == _role(m, "Mary Keane") == ("senator", None)
    # the party and state after the name leave the apposition after them the name's
    m = annotate(ctx, "Sen. Tom Alder, D-Mass., the chairman of the Senate Banking Committee, said no.", lang="en")
    assert _role(m, "Tom Alder") == ("chairman", m["Senate Banking Committee"].entity)
    # near misses: no name after the abbreviation, or a rank after a comma that is the name's own
    m = annotate(ctx, "Gen Z voters turned out for Tom Alder.", lang="en")
    assert m["Tom Alder"].role is None
    m = annotate(ctx, "The head of the junta, Gen. Paul Dorn, spoke on television.", lang="en")
    assert _role(m, "Paul Dorn") == ("head of the junta", None)


def test_a_tenure_after_of_is_no_body(ctx: Any) -> None:
    m = annotate(ctx, "Chad's foreign minister of 10 years, Tom Alder, resigned.", lang="en")
    assert _role(m, "Tom Alder") == ("foreign minister", m["Chad"].entity)
    m = annotate(ctx, "Chad's coach for more than a decade, Tom Alder, resigned.", lang="en")
    assert _role(m, "Tom Alder") == ("coach", m["Chad"].entity)
    # near miss: a body's name that opens with a number word is what the title is of
    m = annotate(ctx, "Tom Alder, chief executive of Ten Years Capital, resigned.", lang="en")
    assert m["Tom Alder"].role is not None and m["Tom Alder"].role.of is not None


def test_a_party_between_a_french_title_and_its_place(ctx: Any) -> None:
    m = annotate(ctx, "Le député LR de Savoie, Jean Durand, a voté contre.")
    assert _role(m, "Jean Durand") == ("député", m["Savoie"].entity)
    m = annotate(ctx, "La sénatrice socialiste de Paris, Marie Lefort, a déposé un amendement.")
    assert _role(m, "Marie Lefort") == ("sénatrice", m["Paris"].entity)
    # near miss: a party with no place after it is what the title is of
    m = annotate(ctx, "Le député LR Jean Durand a voté contre.")
    assert _role(m, "Jean Durand") == ("député", m["LR"].entity)


def test_an_employer_after_with(ctx: Any) -> None:
    m = annotate(ctx, "Tom Alder, an analyst with Northwind Capital, said prices would rise.", lang="en")
    assert _role(m, "Tom Alder") == ("analyst", m["Northwind Capital"].entity)
    # near miss: an office is not held "with" someone's help
    m = annotate(ctx, "Tom Alder, the mayor with Northwind Capital backing him, won.", lang="en")
    assert _role(m, "Tom Alder") == ("mayor", None)


def test_a_french_title_word_used_as_a_verb(ctx: Any) -> None:
    m = annotate(ctx, "Paul Mercier, directeur de l'institut, juge la mesure insuffisante.")
    assert _role(m, "Paul Mercier") == ("directeur de l'institut", None)
    m = annotate(ctx, "Marie Lefort et Paul Mercier président la séance.")
    assert m["Marie Lefort"].role is None and m["Paul Mercier"].role is None
    m = annotate(ctx, "Le gouvernement a chargé Paul Mercier de conseiller le ministre.")
    assert m["Paul Mercier"].role is None
    # near misses: a determiner before the word, or a time after it, keeps it a title
    m = annotate(ctx, "Paul Mercier, élu président l'an dernier, a répondu.")
    assert m["Paul Mercier"].role is not None and m["Paul Mercier"].role.title == "président"
    m = annotate(ctx, "Paul Mercier, arbitre international, a sifflé la fin.")
    assert m["Paul Mercier"].role is not None and m["Paul Mercier"].role.title.startswith("arbitre")


def test_the_european_commissions_portfolios(ctx: Any) -> None:
    m = annotate(ctx, "Le commissaire européen à la Concurrence, Henrik Jansen, a ouvert une enquête.")
    assert _role(m, "Henrik Jansen") == ("commissaire européen à la Concurrence", "Q8880")
    m = annotate(ctx, "Henrik Jansen, commissaire aux Affaires économiques et monétaires, a parlé.")
    assert _role(m, "Henrik Jansen") == ("commissaire aux Affaires économiques et monétaires", None)
    m = annotate(ctx, "Le commissaire européen au Commerce Henrik Jansen estime que l'accord est bon.")
    assert _role(m, "Henrik Jansen") == ("commissaire européen au Commerce", "Q8880")
    m = annotate(ctx, "The European competition commissioner, Henrik Jansen, opened an inquiry.", lang="en")
    assert _role(m, "Henrik Jansen") == ("competition commissioner", "Q8880") and "European" not in m
    m = annotate(ctx, "Henrik Jansen, the European Commissioner for Competition, opened an inquiry.", lang="en")
    assert _role(m, "Henrik Jansen") == ("Commissioner for Competition", "Q8880")
    # near miss: a place after "au" is where the office is held, no portfolio
    m = annotate(ctx, "Le commissaire au Niger, Paul Mercier, a répondu.")
    assert m["Paul Mercier"].role is not None and "Niger" not in m["Paul Mercier"].role.title


def test_an_office_stated_by_a_verb_after_its_subject(ctx: Any) -> None:
    m = annotate(ctx, "Tom Alder chairs the Northwind Group board.", lang="en")
    assert _role(m, "Tom Alder") == ("chair", m["Northwind Group"].entity)
    m = annotate(ctx, "Tom Alder, who oversees the Federal Reserve Bank of Ruritania, said rates would fall.",
                 lang="en")
    assert _role(m, "Tom Alder") == ("head", m["Federal Reserve Bank of Ruritania"].entity)
    m = annotate(ctx, "Paul Mercier dirige la FIFA depuis 2016.")
    assert _role(m, "Paul Mercier") == ("dirigeant", m["FIFA"].entity)
    # near misses: a deed in the past, a place, and a body's possessive name no office
    m = annotate(ctx, "Tom Alder led France to victory in the final.", lang="en")
    assert m["Tom Alder"].role is None
    m = annotate(ctx, "Tom Alder, who heads the IMF's Africa department, said growth would slow.", lang="en")
    assert m["Tom Alder"].role is None


def test_listed_holders_each_of_the_place_after_them(ctx: Any) -> None:
    m = annotate(ctx, "Les ministres des Affaires étrangères, Jean Durand pour le Rwanda et Paul Mercier "
                 "pour la Zambie, ont signé.")
    assert _role(m, "Jean Durand") == ("ministres des Affaires étrangères", m["Rwanda"].entity)
    assert _role(m, "Paul Mercier") == ("ministres des Affaires étrangères", m["Zambie"].entity)
    m = annotate(ctx, "The foreign ministers, Tom Alder for Rwanda and Ben Rusk for Kenya, signed the deal.", lang="en")
    assert _role(m, "Ben Rusk") == ("foreign ministers", m["Kenya"].entity)
    m = annotate(ctx, "The foreign ministers of the two countries, Tom Alder for Rwanda and Ben Rusk for Kenya, "
                 "signed the deal.", lang="en")
    assert m["Tom Alder"].role is not None and m["Tom Alder"].role.of == m["Rwanda"].entity
    assert m["Ben Rusk"].role is not None and m["Ben Rusk"].role.of == m["Kenya"].entity
    m = annotate(ctx, "Les ministres des Affaires étrangères des deux pays, Jean Durand pour le Rwanda et Paul "
                 "Mercier pour la Zambie, ont signé.")
    assert _role(m, "Paul Mercier") == ("ministres des Affaires étrangères", m["Zambie"].entity)
    # near miss: a list with no place after its names keeps the title without one
    m = annotate(ctx, "The foreign ministers, Tom Alder and Ben Rusk, signed the deal.", lang="en")
    assert _role(m, "Ben Rusk") == ("foreign ministers", None)


def test_two_titles_of_one_person_with_two_bodies(ctx: Any) -> None:
    m = annotate(ctx, "Jean Durand, maire de Lyon et président de la FIFA, a répondu. Durand a ensuite quitté la salle.")
    roles = {(r.title, r.of) for k in ("Jean Durand", "Durand") for r in m[k].roles}
    assert roles == {("président", m["FIFA"].entity), ("maire", m["Lyon"].entity)}
    m = annotate(ctx, "Tom Alder, chairman of Acme Corp and chief executive of Beta Inc, said profits rose. "
                 "Alder later left.", lang="en")
    roles = {(r.title, r.of) for k in ("Tom Alder", "Alder") for r in m[k].roles}
    assert roles == {("chairman", m["Acme Corp"].entity), ("chief executive", m["Beta Inc"].entity)}
    # near miss: a determiner before the second title makes it another person's
    m = annotate(ctx, "Le maire de Lyon et le président de la FIFA, Jean Durand, ont répondu.")
    assert _role(m, "Jean Durand") == ("président", m["FIFA"].entity)


def test_a_korean_given_name_with_its_lowercase_syllable(ctx: Any) -> None:
    m = annotate(ctx, "Talks were held with Foreign Minister Yun Byung-se in Seoul.", lang="en")
    assert "Yun Byung-se" in m and m["Yun Byung-se"].role is not None
    # near miss: an English compound after a name is no syllable of it
    m = annotate(ctx, "Talks were held under the Tom Alder-led commission.", lang="en")
    assert not any("-led" in k for k in m)
