"""A person given by office before being named (entities@83): an office that speaks, taken up by
the person the next sentence introduces speaking on, a sentence-initial pronoun that continues
the previous sentence's subject, and a title's head elided after a demonstrative ("Celui des
Sports, X"). Sentences invented for the tests, not taken from any evaluation
text; each beside a near miss (two people in the window, a title of an organisation, a person
with another title, a person named before, a gender the determiner or pronoun excludes, another
person who is a verb's object)."""

from __future__ import annotations

from typing import Any

from conftest import annotate_entities as annotate


def _titles(m: dict[str, Any], name: str) -> list[str]:
    return [r.title for r in m[name].roles or []] if name in m else []


def test_an_office_that_speaks_is_the_person_named_next_speaking(ctx: Any) -> None:
    m = annotate(ctx, "Le ministre de l'Intérieur a annoncé des renforts jeudi.\n\n"
                      "Gérald Morin a précisé que les policiers arriveraient lundi.")
    assert _titles(m, "Gérald Morin") == ["ministre de l'Intérieur"]
    m = annotate(ctx, "Recruitment has been paused, the prime minister said on Monday.\n\n"
                      "Tom Alder added that the decision followed the vote.", "en")
    assert _titles(m, "Tom Alder") == ["prime minister"]
    # near miss: another reporting verb may be someone else's answer
    m = annotate(ctx, "Recruitment has been paused, the prime minister said on Monday.\n\n"
                      "Tom Alder said the decision was wrong.", "en")
    assert _titles(m, "Tom Alder") == []


def test_no_office_for_two_people_or_someone_named_before(ctx: Any) -> None:
    # two people named next: either may hold it
    m = annotate(ctx, "Le ministre de l'Intérieur a annoncé des renforts jeudi.\n\n"
                      "Gérald Morin et Anne Roy ont précisé que les policiers arriveraient lundi.")
    assert _titles(m, "Gérald Morin") == [] and _titles(m, "Anne Roy") == []
    m = annotate(ctx, "Recruitment has been paused, the prime minister said on Monday. "
                      "Tom Alder and Mary Keane added that the decision followed the vote.", "en")
    assert _titles(m, "Tom Alder") == [] and _titles(m, "Mary Keane") == []
    # someone named in the sentence before the title: the one it would take up, not the next
    m = annotate(ctx, "Mary Keane visited the plant. Recruitment has been paused, the prime minister said.\n\n"
                      "Tom Alder added that the decision followed the vote.", "en")
    assert "prime minister" not in _titles(m, "Tom Alder")
    # the person was named earlier without that office: not introduced by it
    m = annotate(ctx, "Gérald Morin a visité Lyon mardi. La ville attend des policiers. "
                      "Le ministre de l'Intérieur a annoncé des renforts jeudi.\n\n"
                      "Gérald Morin a précisé que les policiers arriveraient lundi.")
    assert "ministre de l'Intérieur" not in _titles(m, "Gérald Morin")


def test_no_office_for_a_person_with_another_title_or_who_does_not_speak(ctx: Any) -> None:
    m = annotate(ctx, "Le ministre de l'Intérieur a annoncé des renforts jeudi.\n\n"
                      "Le maire de Lyon, Gérald Morin, a précisé que les policiers arriveraient lundi.")
    assert "ministre de l'Intérieur" not in _titles(m, "Gérald Morin")
    m = annotate(ctx, "Le ministre de l'Intérieur a annoncé des renforts jeudi.\n\n"
                      "Gérald Morin a été arrêté lundi à Lyon.")
    assert _titles(m, "Gérald Morin") == []
    # the determiner's gender is not the person's
    m = annotate(ctx, "La ministre de l'Intérieur a annoncé des renforts jeudi.\n\n"
                      "Gérald Morin a précisé que les policiers arriveraient lundi.")
    assert _titles(m, "Gérald Morin") == []


def test_an_organisations_office_is_not_taken_up(ctx: Any) -> None:
    m = annotate(ctx, "Le président de la Fédération française de football a annoncé des sanctions jeudi.\n\n"
                      "Paul Roy a précisé que les clubs seraient informés lundi.")
    assert _titles(m, "Paul Roy") == []


def test_a_pronoun_continues_the_previous_sentences_subject(ctx: Any) -> None:
    m = annotate(ctx, "Paul Girard, 56 ans, était l'un des derniers dirigeants de l'époque de Marc Abel.\n\n"
                      "Jusqu'ici directeur général délégué, il avait été nommé en janvier directeur général de Renault.")
    assert "directeur général" in _titles(m, "Paul Girard")
    assert _titles(m, "Marc Abel") == []
    m = annotate(ctx, "Paul Girard, 56 ans, était l'un des derniers dirigeants de l'époque de Marc Abel. "
                      "Il a été nommé directeur général de Renault en janvier.")
    assert "directeur général" in " ".join(_titles(m, "Paul Girard"))


def test_no_subject_continued_when_coordinated_or_of_the_other_sex(ctx: Any) -> None:
    m = annotate(ctx, "Paul Girard et Marc Abel ont visité l'usine.\n\n"
                      "Jusqu'ici directeur général délégué, il avait été nommé en janvier directeur général de Renault.")
    assert _titles(m, "Paul Girard") == [] and _titles(m, "Marc Abel") == []
    # the other man is the verb's object: either may be meant
    m = annotate(ctx, "Paul Girard a rencontré Marc Abel lundi à Lyon.\n\n"
                      "Jusqu'ici directeur général délégué, il avait été nommé en janvier directeur général de Renault.")
    assert _titles(m, "Paul Girard") == [] and _titles(m, "Marc Abel") == []
    # the subject is a woman, the pronoun "il": the other person named, a man
    m = annotate(ctx, "Mary Smith met Peter Brown on Monday. He is the chief executive of Acme.", "en")
    assert _titles(m, "Mary Smith") == []
    assert "chief executive" in _titles(m, "Peter Brown")


def test_an_elided_head_after_a_demonstrative_takes_the_last_titles(ctx: Any) -> None:
    m = annotate(ctx, "Le ministre de l'Intérieur, Paul Roux, a pris ses fonctions. Celui des Armées, Marc Abel, "
                      "a fait de même.")
    assert _titles(m, "Marc Abel") == ["ministre des Armées"]
    m = annotate(ctx, "La ministre de la Culture, Anne Roy, a pris ses fonctions. Celle du Travail, Marie Blanc, "
                      "a fait de même.")
    assert _titles(m, "Marie Blanc") == ["ministre du Travail"]


def test_no_elided_head_of_another_gender_far_away_or_inside_a_sentence(ctx: Any) -> None:
    # "la ministre … Celui des Armées": the masculine pronoun takes up another noun
    m = annotate(ctx, "La ministre de la Culture, Anne Roy, a pris ses fonctions. Celui des Armées, Marc Abel, "
                      "a fait de même.")
    assert _titles(m, "Marc Abel") == []
    # two sentences between the title and the pronoun
    m = annotate(ctx, "Le ministre de l'Intérieur, Paul Roux, a pris ses fonctions. Le dossier est lourd. "
                      "Les syndicats attendent. Celui des Armées, Marc Abel, a fait de même.")
    assert _titles(m, "Marc Abel") == []
    # inside a sentence the pronoun may take up any noun ("le cas")
    m = annotate(ctx, "Le ministre de l'Intérieur, Paul Roux, a pris ses fonctions. Le cas de Marc Abel, celui "
                      "de Lyon, reste ouvert.")
    assert _titles(m, "Marc Abel") == []
