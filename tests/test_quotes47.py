"""Quotes stage, quotes@47 (issue 18, quo44): the French narrative infinitive ("Et X de rappeler que …"), a
source between commas inside a relative clause ("qui, selon lui, …"), and an English subject whose name the
entity stage missed after a title a place qualifies ("UK Prime Minister Jane Hollis"), each beside a near
miss. The sentences are invented for these tests; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.quotes_support import Said, check
from tests.test_quotes_grammar import _article, one, quotes

from veille.model import Role
from veille.stages.quotes import quotes_batch
from veille.stages.quotes.narrative_infinitive import frames, narrative_intro

LENOIR = {"Marc Lenoir": ("PER", "per:ml")}
VERBS = frozenset({"ajouter", "rappeler", "conclure", "lancer"})

# -- the narrative infinitive: "Et" + subject + "de" + a reporting verb's infinitive

NARRATIVE = [
    # a colon before a quote in marks
    Said("Le maire a présenté son budget lundi. Et Marc Lenoir de conclure : « La ville tiendra ses engagements "
         "jusqu'au bout. »", "fr", LENOIR, speakers={"La ville tiendra": "per:ml"}),
    # a title as the subject
    Said("Le conseil s'est réuni lundi. Et le maire d'ajouter : « Nous ne lâcherons rien sur les écoles. »", "fr",
         phrases={"Nous ne lâcherons rien": "le maire"}),
    # a clause after "que", no mark: up to the sentence's end
    Said("Le maire a présenté son budget lundi. Et Marc Lenoir de rappeler que la ville avait déjà réduit sa dette de "
         "moitié en cinq ans.", "fr", LENOIR,
         found=(("la ville avait déjà réduit sa dette de moitié en cinq ans", "per:ml", "Marc Lenoir"),)),
    # a body as the subject, an aside between commas before "que"
    Said("Le rapport a été publié lundi. Et la ministre de rappeler, dans un communiqué, que l'État a déjà versé trois "
         "millions d'euros à la commune.", "fr", phrases={"trois millions": "la ministre"}),
    # a quote in marks right after "que"
    Said("Le maire a présenté son budget lundi. Et Marc Lenoir de lancer que « la ville ne cèdera jamais devant les "
         "promoteurs ».", "fr", LENOIR, speakers={"ne cèdera jamais": "per:ml"}),
    # near misses: an infinitive that reports nothing, an adverb after "Et", "Et de deux"
    Said("Le maire a présenté son budget lundi. Et le maire de partir sans un mot pour les journalistes présents dans "
         "la salle.", "fr", nothing=True),
    Said("Le maire a présenté son budget lundi. Et pourtant de nombreux élus ont critiqué ce projet jugé trop coûteux "
         "pour la ville.", "fr", nothing=True),
    Said("Le maire a présenté son budget lundi. Et de deux pour le maire, qui a déjà fait voter trois budgets en "
         "hausse.", "fr", nothing=True),
]


@pytest.mark.parametrize("case", NARRATIVE)
def test_the_narrative_infinitive(ctx: Any, case: Said) -> None:
    check(ctx, case)


def test_the_frame_opens_its_sentence() -> None:
    # near miss: "et" inside a sentence, a pronoun subject, a verb outside the lexicon
    body = "Le maire a parlé lundi et le préfet de rappeler que rien n'est fait."
    assert list(frames(body, 0, len(body), VERBS)) == []
    body = "Le maire a parlé. Et il de rappeler que rien n'est fait."
    assert list(frames(body, 0, len(body), VERBS)) == []
    body = "Le maire a parlé. Et le préfet de répondre que rien n'est fait."
    assert list(frames(body, 0, len(body), VERBS)) == []
    assert [f.speaker for f in frames(body, 0, len(body), VERBS | {"répondre"})] == [(21, 30)]
    body = "Le maire a parlé.\nEt le préfet d'ajouter : « Rien n'est fait. »"
    mark = body.index("«")
    assert narrative_intro(body, mark, body.index("Et"), VERBS) == ((21, 30), body.index("ajouter"))


# -- a source between commas inside a relative clause


RELATIVES = [
    Said("Le procès a repris lundi. Marc Lenoir a dénoncé une réforme qui, selon lui, ne permettra pas de réduire les "
         "inégalités entre les territoires.", "fr", LENOIR, speakers={"réduire les inégalités": "per:ml"}),
    # the source inside the clause, after its verb
    Said("Le procès a repris lundi. Marc Lenoir a évoqué une « culture du mensonge », qui ne permettra pas, selon lui, "
         "de savoir ce qui s'est passé cette nuit-là.", "fr", LENOIR,
         speakers={"de savoir ce qui": "per:ml"}),
    # a named body
    Said("Le gouvernement a présenté une réforme qui, selon la CGT, supprimera des milliers d'emplois dans le secteur "
         "public.", "fr", {"CGT": ("ORG", "org:cgt")}, speakers={"supprimera des milliers": "org:cgt"}),
    # near misses: a text as the source (sourcing, no speaker), a source with no comma before it
    Said("Le procès a repris lundi. Marc Lenoir a dénoncé la réforme, qui, selon le rapport de la Cour des comptes, "
         "coûtera trois milliards d'euros à l'État.", "fr", LENOIR, absent=("trois milliards",)),
    Said("Le procès a repris lundi. Le prévenu, qui selon les enquêteurs, était ivre au moment des faits, a été "
         "condamné à deux ans de prison.", "fr", absent=("ivre au moment",)),
]


@pytest.mark.parametrize("case", RELATIVES)
def test_a_source_inside_a_relative_clause(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- an English subject: a name the entity stage missed, after a title a place qualifies


@pytest.mark.parametrize("text", [
    "UK Prime Minister Jane Hollis has announced her resignation. Her voice cracks as she says it has been an honour "
    "to serve the country.",
    # a place completing the name after it
    "Chancellor Jane Hollis of the UK has announced her resignation. Her voice cracks as she says it has been an "
    "honour to serve the country.",
])
def test_a_place_beside_an_unmarked_name_leaves_the_name_the_subject(ctx: Any, text: str) -> None:
    got = quotes(ctx, text, "en", {"UK": ("LOC", "Q145")})
    assert [q[2] for q in got if "an honour" in q[0]] == ["Jane Hollis"]


def test_a_typed_person_or_a_body_subject_keeps_the_old_reading(ctx: Any) -> None:
    # near misses: a typed person in the subject is the subject; a body at the subject's head ("The UK
    # Treasury") is the subject a later "it" refers to, no title's modifier
    got = quotes(ctx, "UK Prime Minister Jane Hollis has announced her resignation. Her voice cracks as she says it "
                      "has been an honour to serve the country.", "en",
                 {"UK": ("LOC", "Q145"), "Jane Hollis": ("PER", "per:jh")})
    assert [q[1] for q in got if "an honour" in q[0]] == ["per:jh"]
    got = quotes(ctx, "The UK Treasury has announced new rules. It says the rules will apply from next year to every "
                      "bank in the country.", "en", {"UK Treasury": ("ORG", "org:hmt")})
    assert [q[1] for q in got if "every bank" in q[0]] == ["org:hmt"]


# -- a series of quotes that opens its sentence, the incise after the last with no comma


SERIES = [
    Said("Le président a parlé lundi. « Dans cette affaire, l'État n'a rien à se reprocher », « Paul Dumas devient "
         "souvent amnésique » a tonné le président.", "fr", phrases={"souvent amnésique": "le président"}),
    Said("Le président a parlé lundi. « Dans cette affaire, l'État n'a rien à se reprocher » « Paul Dumas devient "
         "souvent amnésique » a tonné le président.", "fr", phrases={"souvent amnésique": "le président"}),
    # near misses: titles in marks heading a clause, a series after words that open the sentence
    Said("Le président a parlé lundi. « Le Monde », « Libération » ont révélé que le dossier était vide depuis des "
         "mois.", "fr", absent=("Libération »",), not_whole=("Libération",)),
    Said("Le président a parlé lundi. Il a lu « la fin de l'impunité », « une justice pour tous » a tonné le "
         "président.", "fr", absent=("une justice pour tous",)),
]


@pytest.mark.parametrize("case", SERIES)
def test_a_series_that_opens_the_sentence(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- one office by another of its names: the chief executive (data/quotes/offices.json)


def _with_roles(ctx: Any, text: str, lang: str, roles: dict[str, str]) -> list[tuple[str, str | None, str]]:
    _article.ctx = ctx  # type: ignore[attr-defined]
    art = _article(text, lang, {"Laura Chen": ("PER", "per:lc"), "Mark Davis": ("PER", "per:md"),
                                "Davis": ("PER", "per:md")})
    for m in art.mentions:
        if m.text in roles:
            m.role = Role(roles[m.text])
    return [(q.text, q.speaker, q.speaker_text) for q in quotes_batch([art], ctx)[0].quotes]


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("en", 'Chief executive Laura Chen said profits rose. Analyst Mark Davis was more cautious. "The outlook is '
           'uncertain," Davis said. "We expect growth next year," the CEO said.', "chief executive"),
    ("fr", "Laura Chen, présidente-directrice générale d'Acme, a annoncé une hausse des bénéfices. L'analyste Mark "
           "Davis reste prudent. « Les perspectives sont incertaines », a dit Davis. « Nous prévoyons une croissance "
           "l'an prochain », a ajouté la PDG.", "présidente-directrice générale"),
])
def test_the_ceo_is_the_chief_executive_named_before(ctx: Any, lang: str, text: str, title: str) -> None:
    got = _with_roles(ctx, text, lang, {"Laura Chen": title, "Mark Davis": "analyst"})
    assert one(got, "croissance" if lang == "fr" else "growth next year")[1] == "per:lc"


def test_another_office_is_not_the_chief_executive(ctx: Any) -> None:
    # near miss: the chief financial officer is no chief executive
    text = ('Chief financial officer Laura Chen said profits rose. Analyst Mark Davis was more cautious. "The '
            'outlook is uncertain," Davis said. "We expect growth next year," the CEO said.')
    got = _with_roles(ctx, text, "en", {"Laura Chen": "chief financial officer", "Mark Davis": "analyst"})
    assert one(got, "growth next year")[1] != "per:lc"


# -- a nationality for the body a title is of: the one person named with an office of that country


def _souza(ctx: Any, text: str, lang: str, roles: dict[str, Role]) -> list[tuple[str, str | None, str]]:
    _article.ctx = ctx  # type: ignore[attr-defined]
    art = _article(text, lang, {"Paulo Souza": ("PER", "per:ps"), "Ana Lima": ("PER", "per:al"),
                                "Brazil": ("LOC", "Q155")})
    for m in art.mentions:
        if m.text in roles:
            m.role = roles[m.text]
    return [(q.text, q.speaker, q.speaker_text) for q in quotes_batch([art], ctx)[0].quotes]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Brazil's president, Paulo Souza, arrived in Paris on Monday. The Brazilian leader said the summit "
           "would be decisive for the climate."),
    ("fr", "Le président du Brésil, Paulo Souza, est arrivé à Paris lundi. « Nous avons besoin d'engagements "
           "concrets », a déclaré le dirigeant brésilien."),
])
def test_a_nationality_names_the_one_office_holder_of_that_country(ctx: Any, lang: str, text: str) -> None:
    got = _souza(ctx, text, lang, {"Paulo Souza": Role("president", "Q155")})
    assert [q[1] for q in got if q[2].casefold().startswith(("the brazilian", "le dirigeant"))] == ["per:ps"]


def test_two_office_holders_of_that_country_make_none(ctx: Any) -> None:
    # near miss: the president and the foreign minister of Brazil; "the Brazilian leader" is not the last one
    text = ("Brazil's president, Paulo Souza, arrived in Paris on Monday with Brazil's foreign minister, Ana Lima. "
            "The Brazilian leader said the summit would be decisive for the climate.")
    got = _souza(ctx, text, "en", {"Paulo Souza": Role("president", "Q155"), "Ana Lima": Role("foreign minister",
                                                                                               "Q155")})
    assert [q[1] for q in got if "decisive" in q[0]] != ["per:al"]


# -- an unnamed source's title over the named person it serves


UNNAMED = [
    Said('Paul Brown told the BBC that he would not resign. His spokesman later said the minister had full confidence '
         'in his team. "He is doing a great job," the spokesman said.', "en", {"Paul Brown": ("PER", "per:pb")},
         phrases={"a great job": "His spokesman"}, not_by=(("per:pb", "a great job"),)),
    Said("Marc Lenoir a annoncé sa démission lundi. Son porte-parole a précisé que la décision était définitive. « Il a "
         "pris le temps de réfléchir », a ajouté le porte-parole.", "fr", LENOIR,
         phrases={"le temps de réfléchir": "Son porte-parole"}, not_by=(("per:ml", "le temps de réfléchir"),)),
    # near miss: the named person is named again after the unnamed source: the title may be theirs
    Said('His spokesman said the minister had full confidence in his team. Spokesman Paul Brown then met the press. '
         '"He is doing a great job," the spokesman said.', "en", {"Paul Brown": ("PER", "per:pb")},
         speakers={"a great job": "per:pb"}),
]


@pytest.mark.parametrize("case", UNNAMED)
def test_the_unnamed_source_a_title_repeats(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a relative named by a possessive and a kinship noun (data/quotes/kinship.json)


RELATIVES_SPEAK = [
    Said('Sara Hasan, the former prime minister, was sentenced in absentia. Her son said the verdict was politically '
         'motivated. "This is a sham trial," he told Reuters.', "en", {"Sara Hasan": ("PER", "per:sh")},
         phrases={"sham trial": "Her son"}, not_by=(("per:sh", "sham trial"),)),
    Said("Marc Lenoir est mort lundi dans un accident de la route. Sa fille a dénoncé l'état de la chaussée. « Cette "
         "route tue depuis des années », a-t-elle déclaré.", "fr", LENOIR, phrases={"Cette route tue": "Sa fille"}),
    # near miss: a relative of the other sex, not the speaker, is no antecedent
    Said('Anna Kim defended the plan. Her son was arrested last year. "I support the police," she said.', "en",
         {"Anna Kim": ("PER", "per:ak")}, speakers={"I support the police": "per:ak"}),
]


@pytest.mark.parametrize("case", RELATIVES_SPEAK)
def test_a_relative_is_a_later_pronouns_antecedent(ctx: Any, case: Said) -> None:
    check(ctx, case)


# -- a definite title as a subject: the person whose stated title it is, for a later pronoun


def _chancellors(ctx: Any, text: str, roles: dict[str, str]) -> list[tuple[str, str | None, str]]:
    _article.ctx = ctx  # type: ignore[attr-defined]
    art = _article(text, "en", {"Rachel Reeves": ("PER", "per:rr"), "Mel Stride": ("PER", "per:ms")})
    for m in art.mentions:
        if m.text in roles:
            m.role = Role(roles[m.text])
    return [(q.text, q.speaker, q.speaker_text) for q in quotes_batch([art], ctx)[0].quotes]


def test_a_title_subject_is_the_person_who_holds_it(ctx: Any) -> None:
    text = ('Chancellor Rachel Reeves delivered her budget on Wednesday. Shadow chancellor Mel Stride attacked the '
            'plan. "This is a budget for the few," he said. The chancellor defended her choices. "We are fixing the '
            'foundations," she said.')
    got = _chancellors(ctx, text, {"Rachel Reeves": "Chancellor", "Mel Stride": "Shadow chancellor"})
    assert one(got, "fixing the foundations")[1] == "per:rr"
    assert one(got, "for the few")[1] == "per:ms"


def test_a_shadow_title_is_another_office(ctx: Any) -> None:
    # near miss: "the chancellor" is not the shadow chancellor, who spoke last
    text = ('Chancellor Rachel Reeves delivered her budget on Wednesday. Shadow chancellor Mel Stride attacked the '
            'plan. "This is a budget for the few," he said. "We are fixing the foundations," the chancellor said.')
    got = _chancellors(ctx, text, {"Rachel Reeves": "Chancellor", "Mel Stride": "Shadow chancellor"})
    assert one(got, "fixing the foundations")[1] == "per:rr"
