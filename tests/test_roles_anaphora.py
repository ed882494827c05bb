"""Roles stated away from the name: a definite title that refers back to the one person named
before it, an organisation named before an English title at a sentence's start, an English
company a possessive stands for, and the office a title serves. Sentences invented for the
tests, not taken from any evaluation text; each beside a near miss."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate
from conftest import held_role as held


def _title(m: dict[str, Any], name: str) -> str | None:
    role = m[name].role
    return role.title if role is not None else None


def test_a_definite_title_refers_back_to_the_person_named_before(ctx: Any) -> None:
    m = annotate(ctx, "Paul Girard s'est rendu à Lyon jeudi. Le président de la République a salué les bénévoles.")
    assert _title(m, "Paul Girard") == "président de la République"
    m = annotate(ctx, "Mark Jones met union leaders on Monday. The president-elect said he would act fast.", "en")
    assert _title(m, "Mark Jones") == "president-elect"
    m = annotate(ctx, "Claire Martin est arrivée à Lyon. La présidente a salué les élus.")
    assert _title(m, "Claire Martin") == "présidente"
    m = annotate(ctx, "Mark Jones lost the vote on Monday. But the prime minister said he would stay.", "en")
    assert _title(m, "Mark Jones") == "prime minister"
    # after a short opening phrase, in the next paragraph
    m = annotate(ctx, "Claire Martin est arrivée à Lyon.\n\nDe son côté, la présidente a salué les élus.")
    assert _title(m, "Claire Martin") == "présidente"


def test_the_subject_among_people_no_other_of_whom_may_hold_the_title(ctx: Any) -> None:
    # the others hold another office, or the determiner's gender is not theirs
    m = annotate(ctx, "Pour sa part, Mme Claire Martin a remercié le président Marc Abel et Félix Dupont. "
                      "La cheffe de la diplomatie a rendu hommage aux deux hommes.")
    assert _title(m, "Claire Martin") == "cheffe de la diplomatie"
    # the one who may hold it is not the subject
    m = annotate(ctx, "Pour sa part, Félix Dupont a remercié Mme Claire Martin. "
                      "La cheffe de la diplomatie a rendu hommage aux deux hommes.")
    assert _title(m, "Claire Martin") is None
    # another country's minister holds no title of this country; the same country's does
    m = annotate(ctx, "Le ministre rwandais des Affaires étrangères, Jean Habimana, est arrivé. Mme Claire Martin "
                      "l'a reçu. La cheffe de la diplomatie burundaise a salué l'accord.")
    assert _title(m, "Claire Martin") == "cheffe de la diplomatie"
    m = annotate(ctx, "Le ministre burundais des Affaires étrangères, Jean Habimana, est arrivé. Mme Claire Martin "
                      "l'a reçu. La cheffe de la diplomatie burundaise a salué l'accord.")
    assert _title(m, "Claire Martin") is None


def test_the_office_holder_the_gazetteer_names_among_several_people(ctx: Any) -> None:
    # the gazetteer's president of France on the article's date is named in the sentence before
    m = annotate(ctx, "Le Premier ministre français Paul Girard a présenté sa démission à Emmanuel Macron. "
                      "Le chef de l'État a accepté son départ.")
    assert _title(m, "Emmanuel Macron") == "chef de l'État"
    assert _title(m, "Paul Girard") == "Premier ministre"
    # no one named there holds it: the subject is a prime minister, the other not the holder
    m = annotate(ctx, "Le Premier ministre français Paul Girard a présenté sa démission à Marc Abel. "
                      "Le chef de l'État a accepté son départ.")
    assert _title(m, "Marc Abel") is None and _title(m, "Paul Girard") == "Premier ministre"


def test_a_definite_title_that_may_be_someone_elses(ctx: Any) -> None:
    # not the sentence's subject
    assert _title(annotate(ctx, "Claire Martin a critiqué la présidente de la région lundi."), "Claire Martin") is None
    # two people it could refer to
    m = annotate(ctx, "Paul Girard et Jean Dupuis se sont rencontrés. Le président a salué l'accord.")
    assert _title(m, "Paul Girard") is None and _title(m, "Jean Dupuis") is None
    # the person holds another office
    m = annotate(ctx, "Le ministre Paul Girard est arrivé. Le président a salué l'accord.")
    assert _title(m, "Paul Girard") == "ministre"
    # someone else is stated to hold it
    m = annotate(ctx, "Le président Marc Abel a parlé. Paul Girard est arrivé. Le président a salué les élus.")
    assert _title(m, "Paul Girard") is None
    # the determiner's gender is not the given name's
    assert _title(annotate(ctx, "Marie Dupuis est arrivée à Lyon. Le président a salué les élus."),
                  "Marie Dupuis") is None
    # an organisation's office, and an office the gazetteer says another person holds
    assert _title(annotate(ctx, "Paul Girard est arrivé à Lyon. Le président de la FIFA a salué les élus."),
                  "Paul Girard") is None
    assert _title(annotate(ctx, "Paul Girard est arrivé à Lyon. Le président malien a salué les élus."),
                  "Paul Girard") is None
    # inside a quotation, two paragraphs away, an occupation, a possessive
    assert _title(annotate(ctx, "Paul Girard est arrivé à Lyon. « Le président a menti », a-t-il dit."),
                  "Paul Girard") is None
    assert _title(annotate(ctx, "Paul Girard est arrivé à Lyon.\n\nLa séance a repris.\n\nLe président a salué les élus."),
                  "Paul Girard") is None
    assert _title(annotate(ctx, "John Smith spoke on Monday. The victim said he was fine.", "en"), "John Smith") is None
    m = annotate(ctx, "John Smith was charged on Monday. The attorney general's office said it would appeal.", "en")
    assert _title(m, "John Smith") is None
    # the office in general, not its holder
    m = annotate(ctx, "John Smith was re-elected in 2020. Under the constitution, the president is elected for "
                      "five years.", "en")
    assert _title(m, "John Smith") is None
    m = annotate(ctx, "Paul Girard a été réélu en 2020. Selon la Constitution, le président est élu pour cinq ans.")
    assert _title(m, "Paul Girard") is None


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


def test_the_office_a_title_serves(ctx: Any) -> None:
    m = annotate(ctx, "John Smith, a senior adviser to the prime minister, said the vote would go ahead.", "en")
    assert _title(m, "John Smith") == "senior adviser to the prime minister"
    m = annotate(ctx, "Paul Girard, conseiller du Premier ministre, a démenti.")
    assert _title(m, "Paul Girard") == "conseiller du Premier ministre"
    # a name after the inner title: it is that person's
    m = annotate(ctx, "John Smith, an aide to the president Paul Green, said nothing.", "en")
    assert _title(m, "John Smith") == "aide" and _title(m, "Paul Green") == "president"


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


def test_a_title_the_article_opens_with_names_the_person_named_next(ctx: Any) -> None:
    # no one is named before the title: the one person the next sentence names holds it (issue 18)
    m = annotate(ctx, "« C'est une page qui se tourne », a déclaré le Premier ministre dans la foulée de l'annonce."
                      "\n\nLe gouvernement a tranché et Paul Lemaire a détaillé les mesures.")
    assert _title(m, "Paul Lemaire") == "Premier ministre"
    m = annotate(ctx, "« Le calendrier sera tenu », a affirmé la ministre de la Santé. Claire Morel a précisé "
                      "que les mesures entreraient en vigueur lundi.")
    assert _title(m, "Claire Morel") == "ministre de la Santé"
    m = annotate(ctx, '"We have turned a page," the prime minister said.\n\nTom Alder detailed the measures.', "en")
    assert _title(m, "Tom Alder") == "prime minister"
    m = annotate(ctx, '"We have turned a page," the prime minister said. Tom Alder and Mary Keane detailed the '
                      'measures.', "en")
    assert _title(m, "Tom Alder") is None and _title(m, "Mary Keane") is None
    # near misses: someone named before the title, two people named next, a determiner of the
    # other gender, a person the next sentence gives another title, a title that is no speaker
    # (entities@83) a title opening its sentence as a speaker, with no one named there or before:
    # the person the next sentence introduces speaking on (was a near miss until entities@81;
    # tests/test_roles_speaker37.py holds its own near misses)
    m = annotate(ctx, "Le ministre de la Santé a annoncé de nouvelles mesures jeudi. Paul Lemaire a précisé "
                      "qu'elles entreraient en vigueur lundi.")
    assert _title(m, "Paul Lemaire") == "ministre de la Santé"
    m = annotate(ctx, "Le ministre de la Santé a annoncé de nouvelles mesures jeudi. Paul Lemaire a été "
                      "arrêté lundi.")
    assert _title(m, "Paul Lemaire") is None
    m = annotate(ctx, "Marie Roux a critiqué la réforme. « C'est une page qui se tourne », a déclaré le Premier "
                      "ministre. Paul Lemaire a détaillé les mesures.")
    assert _title(m, "Paul Lemaire") is None
    m = annotate(ctx, "« C'est une page qui se tourne », a déclaré le Premier ministre. Paul Lemaire et Marie Roux "
                      "ont détaillé les mesures.")
    assert _title(m, "Paul Lemaire") is None and _title(m, "Marie Roux") is None
    m = annotate(ctx, "« Le calendrier sera tenu », a affirmé la ministre de la Santé. Paul Lemaire a précisé "
                      "que les mesures entreraient en vigueur lundi.")
    assert _title(m, "Paul Lemaire") is None
    m = annotate(ctx, "« Le calendrier sera tenu », a affirmé le ministre de la Santé. Le virologue Marc Dubois a "
                      "salué la décision.")
    assert _title(m, "Marc Dubois") == "virologue"
