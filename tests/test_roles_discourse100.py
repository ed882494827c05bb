"""entities@100: an office told once applies to the person through the article. A definite title
reaches back to the last person named before it past sentences that bring in no one (by name or
by office), and a government office stated without its state is the state whose government the
article speaks of, when it names that one state only. Sentences invented for the tests, not taken
from any evaluation text; each beside near misses (what must not change)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate
from conftest import check_titles
from veille.stages.entities.roles_government import government_office


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # the title two sentences and a paragraph after the name, the sentences between naming no one
    ("Paul Girard a présenté lundi son projet de loi sur l'immigration.\n\n"
     "Le texte prévoit un durcissement des conditions de séjour. Les associations dénoncent une dérive.\n\n"
     "Le ministre de l'Intérieur a défendu mardi un texte équilibré devant les sénateurs.",
     "fr", {"Paul Girard": "ministre de l'Intérieur"}),
    ("Mark Jones was sacked on Friday after a turbulent few weeks.\n\n"
     "Markets had reacted badly to his plans. The finance minister said he had no regrets.",
     "en", {"Mark Jones": "finance minister"}),
    # an organisation's office, the organisation named again elsewhere (a topic of the article)
    ("Paul Girard a été arrêté lundi à Tokyo. Le PDG de Zorblax est soupçonné d'avoir minoré ses revenus. "
     "Zorblax a convoqué son conseil.", "fr", {"Paul Girard": "PDG"}),
    ("Paul Girard a été arrêté lundi à Tokyo.\n\nSelon le parquet, il aurait minoré ses revenus. "
     "Les enquêteurs ont perquisitionné son domicile.\n\nLe patron de Zorblax devrait être entendu mardi. "
     "L'action Zorblax a chuté.", "fr", {"Paul Girard": "patron"}),
])
def test_a_definite_title_reaches_back_past_sentences_naming_no_one(ctx: Any, text: str, lang: str,
                                                                    titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


@pytest.mark.parametrize(("text", "lang", "titles"), [
    # an office stated in a sentence between brings in its holder: the chain breaks
    ("Paul Girard a présenté lundi son projet de loi.\n\n"
     "Le président du Sénat a critiqué le texte. Les associations dénoncent une dérive.\n\n"
     "Le ministre de l'Intérieur a défendu mardi un texte équilibré.",
     "fr", {"Paul Girard": None}),
    # more sentences naming no one than the reach
    ("Paul Girard a présenté lundi son projet de loi. Le texte est long. Il compte cent articles. "
     "Les associations dénoncent une dérive. Les syndicats aussi. Le ministre de l'Intérieur a défendu le texte.",
     "fr", {"Paul Girard": None}),
    # the person named holds another office: the title is someone else's
    ("Claire Martin, maire de Lyon, a présenté lundi son plan.\n\n"
     "Le texte prévoit de nouvelles pistes cyclables.\n\n"
     "Le ministre de l'Intérieur a salué mardi un plan équilibré.",
     "fr", {"Claire Martin": "maire"}),
    # an organisation named only in the title: its office may be anyone's (test_roles_anaphora's FIFA)
    ("Paul Girard a été arrêté lundi à Tokyo. Le PDG de Zorblax est soupçonné d'avoir minoré ses revenus.",
     "fr", {"Paul Girard": None}),
    # the person holds another office
    ("Le ministre Paul Girard a été arrêté lundi. Le PDG de Zorblax est soupçonné d'avoir menti. Zorblax a réagi.",
     "fr", {"Paul Girard": "ministre"}),
    # two ministers named with their offices: neither takes the other's
    ("Paul Girard, ministre de l'Intérieur, et Claire Martin, ministre de la Culture, ont visité le musée.\n\n"
     "Le bâtiment a été rénové. Les travaux ont duré deux ans.\n\n"
     "La ministre de la Culture a salué le travail des artisans.",
     "fr", {"Paul Girard": "ministre de l'Intérieur", "Claire Martin": "ministre de la Culture"}),
])
def test_the_reach_back_stops_where_someone_else_may_be_meant(ctx: Any, text: str, lang: str,
                                                              titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)
    # and no mention holds the far title besides its own
    mentions = annotate(ctx, text, lang)
    held = {name: [r.title for r in mentions[name].roles] for name in titles}
    assert held == {name: [t] if t else [] for name, t in titles.items()}


@pytest.mark.parametrize(("text", "lang", "titles"), [
    ("Paul Girard est nommé ministre de l'Intérieur. Il remplace Marc Abel.", "fr",
     {"Paul Girard": "ministre de l'Intérieur", "Marc Abel": "ministre de l'Intérieur"}),
    # the successor's qualifier is not the predecessor's
    ("Paul Girard, nouveau ministre de l'Intérieur, remplace Marc Abel.", "fr",
     {"Paul Girard": "nouveau ministre de l'Intérieur", "Marc Abel": "ministre de l'Intérieur"}),
    ("Mark Jones has been appointed chief whip. Jones replaces Peter Brown, who held the post since May.", "en",
     {"Mark Jones": "chief whip", "Peter Brown": "chief whip"}),
    # the predecessor an object pronoun, the person the sentence before names
    ("Marc Abel quitte le gouvernement. Paul Girard le remplace comme ministre de l'Intérieur.", "fr",
     {"Marc Abel": "ministre de l'Intérieur", "Paul Girard": "ministre de l'Intérieur"}),
    # near misses: replaced in a duty (his own office beside the name), two offices given, two people
    # the pronoun may stand for
    ("Paul Girard, ministre de l'Intérieur, remplacera le Premier ministre Marc Abel à la cérémonie.", "fr",
     {"Paul Girard": "ministre de l'Intérieur", "Marc Abel": "Premier ministre"}),
    ("Paul Girard est nommé ministre de l'Intérieur et porte-parole du gouvernement. Il remplace Marc Abel.", "fr",
     {"Marc Abel": None}),
    ("Paul Girard a été nommé ministre de l'Intérieur par Claire Martin. Il remplace Marc Abel.", "fr",
     {"Marc Abel": None}),
])
def test_an_office_handed_over_is_the_one_the_successor_was_just_given(ctx: Any, text: str, lang: str,
                                                                       titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, lang, titles)


def _of(ctx: Any, body: str, lang: str, name: str) -> str | None:
    role = annotate(ctx, body, lang)[name].role
    assert role is not None, (name, body)
    return role.of  # type: ignore[no-any-return]


def test_a_minister_is_of_the_one_state_whose_government_the_article_speaks_of(ctx: Any) -> None:
    body = ("Japanese Prime Minister Shigeru Ishiba met business leaders in Osaka on Monday. "
            "Foreign Minister Kenji Tanaka joined him.")
    assert _of(ctx, body, "en", "Kenji Tanaka") == _of(ctx, body, "en", "Shigeru Ishiba") is not None
    body = ("Le gouvernement malien a annoncé lundi de nouvelles mesures. "
            "Le ministre de l'Intérieur, Paul Girard, a précisé leur calendrier.")
    assert _of(ctx, body, "fr", "Paul Girard") == annotate(ctx, "Le Mali a voté.", "fr")["Mali"].entity


@pytest.mark.parametrize(("body", "lang", "name"), [
    # one state named, but no government of it: the minister's own state goes unsaid
    ("Le ministre de l'Intérieur Paul Girard a annoncé des expulsions vers l'Algérie.", "fr", "Paul Girard"),
    # two states named
    ("Le Premier ministre japonais Shigeru Ishiba a reçu le président chinois. "
     "Le ministre des Affaires étrangères, Paul Girard, était présent.", "fr", "Paul Girard"),
    # a counterpart: two states' ministers
    ("Japanese Prime Minister Shigeru Ishiba hosted the talks. Foreign Minister Kenji Tanaka met his "
     "counterpart on Monday.", "en", "Kenji Tanaka"),
])
def test_no_state_where_the_article_does_not_tie_one(ctx: Any, body: str, lang: str, name: str) -> None:
    assert _of(ctx, body, lang, name) is None


@pytest.mark.parametrize(("title", "office"), [
    ("ministre de l'Intérieur", True), ("Foreign Minister", True), ("Premier ministre", True),
    ("secrétaire d'État aux Transports", True), ("Health Secretary", True), ("garde des Sceaux", True),
    # part of a state, a party's, a company's
    ("First Minister", False), ("chief minister", False), ("ministre-président", False),
    ("shadow minister", False), ("secretary", False), ("président", False), ("chief executive", False),
])
def test_government_offices(title: str, office: bool) -> None:
    assert government_office(title) is office


@pytest.mark.parametrize(("text", "titles"), [
    # after an auxiliary the participle is the verb, not the title's modifier
    ("Mark Jones has been appointed chief whip.", {"Mark Jones": "chief whip"}),
    ("Mark Jones was elected new chief executive on Monday.", {"Mark Jones": "new chief executive"}),
    # with no auxiliary before it, a participle qualifies the title
    ("Ousted president Mark Jones fled the capital on Monday.", {"Mark Jones": "Ousted president"}),
])
def test_a_participle_after_an_auxiliary_is_no_part_of_the_title(ctx: Any, text: str,
                                                                 titles: dict[str, str | None]) -> None:
    check_titles(ctx, text, "en", titles)


def test_an_active_perfect_keeps_its_object_apart(ctx: Any) -> None:
    """"X has appointed caretaker ministers": the subject appoints, the title is the object's."""
    mentions = annotate(ctx, "President Mark Jones has appointed caretaker ministers to hold the fort.", "en")
    assert [r.title for r in mentions["Mark Jones"].roles] == ["President"]


@pytest.mark.parametrize(("body", "lang", "name", "topic"), [
    # an article about one company: its officers' bare titles are its
    ("Michelin a annoncé lundi un plan social. Michelin va fermer deux usines, a précisé le groupe. "
     "Le directeur financier Paul Girard a détaillé les chiffres. Les syndicats de Michelin dénoncent le plan.",
     "fr", "Paul Girard", True),
    # near misses: a trade, not a post; another organisation in the sentence; the topic named twice only
    ("Michelin a annoncé lundi un plan social. Michelin va fermer deux usines, a précisé le groupe. "
     "L'analyste Paul Girard a détaillé les chiffres. Les syndicats de Michelin dénoncent le plan.",
     "fr", "Paul Girard", False),
    ("Michelin a annoncé lundi un plan social. Michelin va fermer deux usines, a précisé le groupe. "
     "Le directeur financier Paul Girard a rencontré la CGT. Les syndicats de Michelin dénoncent le plan.",
     "fr", "Paul Girard", False),
    ("Michelin a annoncé lundi un plan social. Le directeur financier Paul Girard a détaillé les chiffres. "
     "Les syndicats de Michelin dénoncent le plan.", "fr", "Paul Girard", False),
])
def test_an_officer_is_of_the_one_organisation_the_article_is_about(ctx: Any, body: str, lang: str, name: str,
                                                                    topic: bool) -> None:
    mentions = annotate(ctx, body, lang)
    ofs = {r.of for r in mentions[name].roles}
    assert (ofs == {mentions["Michelin"].entity}) is topic, ofs
