"""French events@48: a subject the parser split in two is one subject. A long title before a name
("Le dirigeant suprême de la République populaire démocratique de Corée (RPDC) Kim Jong Un et le
président sud-coréen Moon Jae-in ont signé ...") is parsed with two `nsubj` of the one verb, the
title's head and the name, the second leader a conjunct of the name: both leaders are the act's
sides. Near miss: the subject of another verb (an adverbial clause's) is no co-subject.
Found on eval/events_pool's working part (evb35 S3), written here on an invented sentence
(mentions from test_events' helper)."""

from __future__ import annotations

from typing import Any

from tests.test_events import ENTITIES
from tests.test_events_senses import events_of

ENTITIES.update({
    "Kim Jong Un": ("PER", "Q_kim", None), "Moon Jae-in": ("PER", "Q_moon", None),
})


def test_both_leaders_of_a_split_subject_are_sides(ctx: Any) -> None:
    found = events_of("Le dirigeant suprême de la République populaire démocratique de Corée (RPDC) Kim Jong Un "
                      "et le président sud-coréen Moon Jae-in ont signé vendredi une déclaration commune.", ctx)
    assert any(t == "AGREE" and {"Q_kim", "Q_moon"} <= s | g for t, s, g in found), found


def test_the_subject_of_another_clause_is_no_co_subject(ctx: Any) -> None:
    found = events_of("Le Sénégal et la Turquie ont signé vendredi un accord, tandis que Moon Jae-in a démissionné.",
                      ctx)
    assert ("AGREE", {"Q1041"}, {"Q43"}) in found, found
    assert not any(t == "AGREE" and "Q_moon" in s | g for t, s, g in found), found


# (events@48) A subject pronoun in a clause below the sentence's main verb stands for that verb's one
# person; a quotation closed before the pronoun does not put it in quoted speech.
def test_a_pronoun_in_a_relative_clause_is_the_main_subjects_person(ctx: Any) -> None:
    found = events_of("« Une rencontre fantastique » : mardi, Moon Jae-in a salué le sommet au cours duquel "
                      "il a rencontré Kim Jong Un.", ctx)
    assert ("CONSULT", {"Q_moon"}, {"Q_kim"}) in found, found


def test_a_pronoun_in_a_completive_clause_is_the_main_subjects_person(ctx: Any) -> None:
    found = events_of("Moon Jae-in a annoncé mardi qu'il rencontrerait Kim Jong Un en juin.", ctx)
    assert ("CONSULT", {"Q_moon"}, {"Q_kim"}) in found, found


def test_a_pronoun_inside_an_open_quotation_stands_for_no_one(ctx: Any) -> None:
    found = events_of("« Moon Jae-in a salué le sommet au cours duquel il a rencontré Kim Jong Un.", ctx)
    assert not any("Q_moon" in s | g for _, s, g in found), found


def test_a_pronoun_under_two_main_subjects_stands_for_no_one(ctx: Any) -> None:
    found = events_of("Moon Jae-in et Emmanuel Macron ont salué le sommet au cours duquel il a rencontré "
                      "Kim Jong Un.", ctx)
    assert not any(t == "CONSULT" and (s | g) & {"Q_moon", "Q3052772"} for t, s, g in found), found


# (events@48) A singular definite description ("le ministre") stands for the one person of the article
# whose role title it is; two people of that title, or a plural, stand for no one.
def test_a_definite_description_is_the_one_person_of_that_title(ctx: Any) -> None:
    found = events_of("Abdoulaye Diop est arrivé lundi à Lyon. Le ministre a été condamné mardi à deux ans de "
                      "prison par le tribunal de Lyon.", ctx)
    assert any(t == "SANCTION" and "Q_tlyon" in s and "Q_diop" in g for t, s, g in found), found


def test_a_description_of_two_people_stands_for_no_one(ctx: Any) -> None:
    found = events_of("Abdoulaye Diop et Sergueï Lavrov sont arrivés lundi à Lyon. Le ministre a été condamné "
                      "mardi à deux ans de prison par le tribunal de Lyon.", ctx)
    assert not any(t == "SANCTION" and (s | g) & {"Q_diop", "Q39522"} for t, s, g in found), found


def test_a_plural_description_stands_for_no_one(ctx: Any) -> None:
    found = events_of("Abdoulaye Diop est arrivé lundi à Lyon. Les ministres ont été condamnés mardi à deux ans "
                      "de prison par le tribunal de Lyon.", ctx)
    assert not any(t == "SANCTION" and "Q_diop" in s | g for t, s, g in found), found
