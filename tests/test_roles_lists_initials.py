"""entities@40 (helper rol22, from eval/roles_pool's new tuning texts; sentences invented for the
tests, not taken from any evaluation text; each rule has its near miss): an English name with a
middle initial ("David L. Calhoun") is one person's name; a title in the plural before the names
it is each one's, with a legislator's party and state or "of" a state after each listed name, or
"including/dont" before them; a post left in the plural ("resigned from his positions as")."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def test_a_middle_initial_is_a_word_of_the_name(ctx: Any) -> None:
    m = annotate(ctx, "The board named its chairman, Peter R. Hollis, as chief executive officer.", lang="en")
    assert "Peter R. Hollis" in m and m["Peter R. Hollis"].type == "PER"
    # entities@105: the mention holds both the office its apposition states and the post the verb
    # gives after ", as" (the longer title first, as `entities_batch` orders a mention's roles)
    titles = [r.title for r in m["Peter R. Hollis"].roles]
    assert any("chairman" in t for t in titles) and any("chief executive" in t for t in titles), titles
    m = annotate(ctx, "Board member Laura W. Kemp will become chairman.", lang="en")
    assert "Laura W. Kemp" in m and m["Laura W. Kemp"].type == "PER"
    # near misses: "U.S." and "D.C." hold no initial of a name (no space after the first stop), and
    # a capital that ends a sentence is none either
    m = annotate(ctx, "U.S. President Tom Hale spoke in Washington, D.C. on Monday.", lang="en")
    assert "Tom Hale" in m and not any(k.startswith(("S. ", "C. ")) for k in m)
    m = annotate(ctx, "They chose Plan B. Then Tom Hale said no.", lang="en")
    assert "Tom Hale" in m and not any("B." in k for k in m)


def test_a_plural_title_before_listed_legislators(ctx: Any) -> None:
    m = annotate(ctx, "Representatives Jane Roe, D-Calif., and Paul Vance, R-Ohio, have asked for help.", lang="en")
    for name in ("Jane Roe", "Paul Vance"):
        role = m[name].role
        assert role is not None and role.title.casefold().startswith("representative")
    m = annotate(ctx, "Senators Jane Roe of Nebraska and Paul Vance of Texas have asked for help.", lang="en")
    for name in ("Jane Roe", "Paul Vance"):
        role = m[name].role
        assert role is not None and "senator" in role.title.casefold()
    # near miss: a surname that is a title in the plural stays the name's last word
    m = annotate(ctx, "Republican Blake Masters said the race was close.", lang="en")
    assert "Blake Masters" in m and m["Blake Masters"].type == "PER"


def test_names_a_plural_title_counts_among_its_holders(ctx: Any) -> None:
    m = annotate(ctx, "Some senators, including Jane Roe and Paul Vance, have sought distance.", lang="en")
    for name in ("Jane Roe", "Paul Vance"):
        role = m[name].role
        assert role is not None and "senator" in role.title
    m = annotate(ctx, "Plusieurs ministres, dont Jean Dupuis et Marie Lenoir, ont critiqué la réforme.")
    for name in ("Jean Dupuis", "Marie Lenoir"):
        role = m[name].role
        assert role is not None and "ministre" in role.title
    # near miss: "including" after a singular title and a verb lists no holder of it
    m = annotate(ctx, "The senators met an ambassador including Paul Vance.", lang="en")
    assert m["Paul Vance"].role is None


def test_posts_left_in_the_plural(ctx: Any) -> None:
    m, role = held(ctx, "Tom Hale",
                   "Acme Corp said Tom Hale has resigned from his positions as chief executive.", lang="en")
    assert "chief executive" in role.title
    # near miss: positions held as something that is no post
    m = annotate(ctx, "Tom Hale has resigned from his positions as a protest.", lang="en")
    assert m["Tom Hale"].role is None


def test_a_french_possessive_after_a_company_noun_subject(ctx: Any) -> None:
    body = ("Le PDG du groupe Vantex, Luc Morel, a démissionné. Le groupe de services, dont le cours de Bourse "
            "a baissé, a annoncé avoir nommé son directeur financier Paul Girard au poste de directeur général.")
    m, role = held(ctx, "Paul Girard", body)
    assert role.of == m["Vantex"].entity
    # near misses: a person as the subject keeps "son" for the first name of the sentence, and a
    # possessive opening its sentence still reads the one before
    m, role = held(ctx, "Paul Girard",
                   "Le PDG du groupe Vantex, Luc Morel, a démissionné. Le ministre Jean Dupuis a salué "
                   "son directeur financier Paul Girard.")
    assert role.of == m["Jean Dupuis"].entity
    m, role = held(ctx, "Marc Agnifilo", "Sean Combs est jugé à New York. Son avocat, Marc Agnifilo, a plaidé.")
    assert role.of == m["Sean Combs"].entity


def test_the_noun_of_a_verb_of_appointment_gives_its_object_the_office(ctx: Any) -> None:
    m, role = held(ctx, "Claire Morel",
                   "Le président de Vantex a parlé après la nomination de Claire Morel comme directrice générale.")
    assert role.title.startswith("directrice générale")
    m, role = held(ctx, "Claire Morel",
                   "The board confirmed the appointment of Claire Morel as chief executive.", lang="en")
    assert role.title == "chief executive"
    # near miss: the title after the appointed name is another person's, the office no complement
    m = annotate(ctx, "Le président de Vantex a parlé après la nomination de Claire Morel, saluée par le directeur général.")
    assert m["Claire Morel"].role is None
