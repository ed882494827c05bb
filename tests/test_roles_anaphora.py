"""Roles stated away from the name: a definite title that refers back to the one person named
before it, an organisation named before an English title at a sentence's start, an English
company a possessive stands for, and the office a title serves. Sentences invented for the
tests, not taken from any evaluation text; each beside a near miss."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate
from conftest import check_titles
from conftest import held_role as held
from conftest import role_title as _title


@pytest.mark.parametrize(("text", "lang", "titles"), [
    ("Paul Girard s'est rendu à Lyon jeudi. Le président de la République a salué les bénévoles.",
     "fr", {"Paul Girard": "président de la République"}),
    ("Mark Jones met union leaders on Monday. The president-elect said he would act fast.",
     "en", {"Mark Jones": "president-elect"}),
    ("Claire Martin est arrivée à Lyon. La présidente a salué les élus.", "fr", {"Claire Martin": "présidente"}),
    ("Mark Jones lost the vote on Monday. But the prime minister said he would stay.",
     "en", {"Mark Jones": "prime minister"}),
    # after a short opening phrase, in the next paragraph
    ("Claire Martin est arrivée à Lyon.\n\nDe son côté, la présidente a salué les élus.",
     "fr", {"Claire Martin": "présidente"}),
])
def test_a_definite_title_refers_back_to_the_person_named_before(ctx: Any, text: str, lang: str,
                                                                 titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # the others hold another office, or the determiner's gender is not theirs
    ("Pour sa part, Mme Claire Martin a remercié le président Marc Abel et Félix Dupont. "
     "La cheffe de la diplomatie a rendu hommage aux deux hommes.", "fr", {"Claire Martin": "cheffe de la diplomatie"}),
    # the one who may hold it is not the subject
    ("Pour sa part, Félix Dupont a remercié Mme Claire Martin. "
     "La cheffe de la diplomatie a rendu hommage aux deux hommes.", "fr", {"Claire Martin": None}),
    # another country's minister holds no title of this country; the same country's does
    ("Le ministre rwandais des Affaires étrangères, Jean Habimana, est arrivé. Mme Claire Martin "
     "l'a reçu. La cheffe de la diplomatie burundaise a salué l'accord.",
     "fr", {"Claire Martin": "cheffe de la diplomatie"}),
    ("Le ministre burundais des Affaires étrangères, Jean Habimana, est arrivé. Mme Claire Martin "
     "l'a reçu. La cheffe de la diplomatie burundaise a salué l'accord.", "fr", {"Claire Martin": None}),
])
def test_the_subject_among_people_no_other_of_whom_may_hold_the_title(ctx: Any, text: str, lang: str,
                                                                      titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # the gazetteer's president of France on the article's date is named in the sentence before
    ("Le Premier ministre français Paul Girard a présenté sa démission à Emmanuel Macron. "
     "Le chef de l'État a accepté son départ.",
     "fr", {"Emmanuel Macron": "chef de l'État", "Paul Girard": "Premier ministre"}),
    # no one named there holds it: the subject is a prime minister, the other not the holder
    ("Le Premier ministre français Paul Girard a présenté sa démission à Marc Abel. "
     "Le chef de l'État a accepté son départ.", "fr", {"Marc Abel": None, "Paul Girard": "Premier ministre"}),
])
def test_the_office_holder_the_gazetteer_names_among_several_people(ctx: Any, text: str, lang: str,
                                                                    titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # not the sentence's subject
    ("Claire Martin a critiqué la présidente de la région lundi.", "fr", {"Claire Martin": None}),
    # two people it could refer to
    ("Paul Girard et Jean Dupuis se sont rencontrés. Le président a salué l'accord.",
     "fr", {"Paul Girard": None, "Jean Dupuis": None}),
    # the person holds another office
    ("Le ministre Paul Girard est arrivé. Le président a salué l'accord.", "fr", {"Paul Girard": "ministre"}),
    # someone else is stated to hold it
    ("Le président Marc Abel a parlé. Paul Girard est arrivé. Le président a salué les élus.",
     "fr", {"Paul Girard": None}),
    # the determiner's gender is not the given name's
    ("Marie Dupuis est arrivée à Lyon. Le président a salué les élus.", "fr", {"Marie Dupuis": None}),
    # an organisation's office, and an office the gazetteer says another person holds
    ("Paul Girard est arrivé à Lyon. Le président de la FIFA a salué les élus.", "fr", {"Paul Girard": None}),
    ("Paul Girard est arrivé à Lyon. Le président malien a salué les élus.", "fr", {"Paul Girard": None}),
    # inside a quotation, two paragraphs away, an occupation, a possessive
    ("Paul Girard est arrivé à Lyon. « Le président a menti », a-t-il dit.", "fr", {"Paul Girard": None}),
    ("Paul Girard est arrivé à Lyon.\n\nLa séance a repris.\n\nLe président a salué les élus.",
     "fr", {"Paul Girard": None}),
    ("John Smith spoke on Monday. The victim said he was fine.", "en", {"John Smith": None}),
    ("John Smith was charged on Monday. The attorney general's office said it would appeal.",
     "en", {"John Smith": None}),
    # the office in general, not its holder
    ("John Smith was re-elected in 2020. Under the constitution, the president is elected for "
     "five years.", "en", {"John Smith": None}),
    ("Paul Girard a été réélu en 2020. Selon la Constitution, le président est élu pour cinq ans.",
     "fr", {"Paul Girard": None}),
])
def test_a_definite_title_that_may_be_someone_elses(ctx: Any, text: str, lang: str,
                                                    titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


def test_a_known_organisation_opens_the_sentence_before_an_english_title(ctx: Any) -> None:
    m, role = held(ctx, "Ivan Petrov", "Kremlin spokesman Ivan Petrov said talks were stalled.", "en")
    assert role.title == "spokesman" and role.of == m["Kremlin"].entity
    # a word the gazetteer does not know may just open the sentence
    for body in ("Spokesman Ivan Petrov said talks were stalled.", "Meanwhile spokesman Ivan Petrov said it."):
        role = annotate(ctx, body, "en")["Ivan Petrov"].role
        assert role is not None and role.of is None, body


def test_an_english_company_a_possessive_stands_for(ctx: Any) -> None:
    m, role = held(ctx, "Jane Doe",
                   "Northwind Airlines cancelled flights. Its chief executive, Jane Doe, apologised.", "en")
    assert role.title == "chief executive" and role.of == m["Northwind Airlines"].entity
    m, role = held(ctx, "Jane Doe",
                   "Acme Corp reported a loss. Jane Doe, the company's founder, declined to comment.", "en")
    assert role.title == "founder" and role.of == m["Acme Corp"].entity
    # no company named: nothing it is of
    m, role = held(ctx, "Jane Doe",
                   "The company reported a loss. Its chief executive, Jane Doe, said costs rose.", "en")
    assert role.of is None


@pytest.mark.parametrize(("text", "lang", "titles"), [
    ("John Smith, a senior adviser to the prime minister, said the vote would go ahead.",
     "en", {"John Smith": "senior adviser to the prime minister"}),
    ("Paul Girard, conseiller du Premier ministre, a démenti.",
     "fr", {"Paul Girard": "conseiller du Premier ministre"}),
    # a name after the inner title: it is that person's
    ("John Smith, an aide to the president Paul Green, said nothing.",
     "en", {"John Smith": "aide", "Paul Green": "president"}),
])
def test_the_office_a_title_serves(ctx: Any, text: str, lang: str, titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


def test_an_english_bodys_name_before_or_after_a_title(ctx: Any) -> None:
    # a body's name keeps the portfolio word before its head noun
    for body, org in (("State Department spokesman Paul Green said the talks would resume.", "State Department"),
                      ("Former Defence Ministry spokesman Paul Green said it.", "Defence Ministry"),
                      ("Northwind Airlines' chief executive, Paul Green, said it.", "Northwind Airlines")):
        m, role = held(ctx, "Paul Green", body, "en")
        assert role.title.endswith(("spokesman", "chief executive")), body
        assert role.of == m[org].entity, body
    # a head noun alone may just open the sentence
    role = annotate(ctx, "Department spokesman Paul Green said it.", "en")["Paul Green"].role
    assert role is not None and role.of is None
    # "the head of the UN nuclear watchdog, X": the body the name qualifies is the title's
    m, role = held(ctx, "Paul Green",
                   "The head of the UN nuclear watchdog, Paul Green, said the talks would resume.", "en")
    assert role.title == "head" and role.of == m["UN"].entity
    # without the comma the words run on: no name is the title's
    m = annotate(ctx, "The head of the UN nuclear watchdog met Paul Green on Monday.", "en")
    assert m["Paul Green"].role is None


def test_a_second_role_goes_on_the_mention_after_its_first(ctx: Any) -> None:
    body = ("Mark Jones, a two-time central banker, became the Liberal Party's leader. Anna Smith and Jones "
            "spoke on Monday.")
    m = annotate(ctx, body, "en")
    assert _title(m, "Mark Jones") == "leader"
    # entities@54: a mention holds every role it states (before, the second went on "Jones")
    assert [r.title for r in m["Mark Jones"].roles] == ["leader", "central banker"]
    assert _title(m, "Anna Smith") is None  # not another person's


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # no one is named before the title: the one person the next sentence names holds it (issue 18)
    ("« C'est une page qui se tourne », a déclaré le Premier ministre dans la foulée de l'annonce."
     "\n\nLe gouvernement a tranché et Paul Lemaire a détaillé les mesures.",
     "fr", {"Paul Lemaire": "Premier ministre"}),
    ("« Le calendrier sera tenu », a affirmé la ministre de la Santé. Claire Morel a précisé "
     "que les mesures entreraient en vigueur lundi.", "fr", {"Claire Morel": "ministre de la Santé"}),
    ('"We have turned a page," the prime minister said.\n\nTom Alder detailed the measures.',
     "en", {"Tom Alder": "prime minister"}),
    ('"We have turned a page," the prime minister said. Tom Alder and Mary Keane detailed the '
     'measures.', "en", {"Tom Alder": None, "Mary Keane": None}),
    # near misses: someone named before the title, two people named next, a determiner of the
    # other gender, a person the next sentence gives another title, a title that is no speaker
    # (entities@83) a title opening its sentence as a speaker, with no one named there or before:
    # the person the next sentence introduces speaking on (was a near miss until entities@81;
    # tests/test_roles_speaker37.py holds its own near misses)
    ("Le ministre de la Santé a annoncé de nouvelles mesures jeudi. Paul Lemaire a précisé "
     "qu'elles entreraient en vigueur lundi.", "fr", {"Paul Lemaire": "ministre de la Santé"}),
    ("Le ministre de la Santé a annoncé de nouvelles mesures jeudi. Paul Lemaire a été "
     "arrêté lundi.", "fr", {"Paul Lemaire": None}),
    ("Marie Roux a critiqué la réforme. « C'est une page qui se tourne », a déclaré le Premier "
     "ministre. Paul Lemaire a détaillé les mesures.", "fr", {"Paul Lemaire": None}),
    ("« C'est une page qui se tourne », a déclaré le Premier ministre. Paul Lemaire et Marie Roux "
     "ont détaillé les mesures.", "fr", {"Paul Lemaire": None, "Marie Roux": None}),
    ("« Le calendrier sera tenu », a affirmé la ministre de la Santé. Paul Lemaire a précisé "
     "que les mesures entreraient en vigueur lundi.", "fr", {"Paul Lemaire": None}),
    ("« Le calendrier sera tenu », a affirmé le ministre de la Santé. Le virologue Marc Dubois a "
     "salué la décision.", "fr", {"Marc Dubois": "virologue"}),
])
def test_a_title_the_article_opens_with_names_the_person_named_next(ctx: Any, text: str, lang: str,
                                                                    titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)
