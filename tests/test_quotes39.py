"""Quotes stage, quotes@39 (issue 18, French): four behaviours, each beside a near miss. The sentences
are invented for these tests from French quoting syntax; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

KOUASSI = {"Jean Kouassi": ("PER", "per:jk")}
DUPONT = {"Marie Dupont": ("PER", "per:md")}
MARTIN = {"Julie Martin": ("PER", "per:jm")}


# -- (a) a quote a colon introduces takes an incise with no comma after it

def test_a_quote_after_a_colon_takes_an_incise_without_comma(ctx: Any) -> None:
    got = quotes(ctx, "Une arrestation aurait eu lieu à Lyon : «Deux patrouilles ont bloqué une voiture "
                      "grise à un feu rouge» raconte un témoin. Le suspect a été interpellé.", "fr")
    assert one(got, "Deux patrouilles ont bloqué")[2] == "un témoin"
    # near miss: a title in marks after the colon is the subject of the verb after it, not a quote
    # with an incise whose subject would be "la vie du quartier"
    got = quotes(ctx, "Le journal le rappelle : « La Voix du Nord » raconte la vie du quartier depuis "
                      "trente ans.", "fr")
    assert not [q for q in got if "vie du quartier" in q[2]]


# -- (b) "à en croire X", "aux dires de X", and a connective before the source

def test_a_source_after_a_connective_or_by_a_locution_of_hearsay(ctx: Any) -> None:
    got = quotes(ctx, "Le procureur a parlé lundi. Mais pour le moment, à en croire Jean Kouassi, aucune pièce "
                      "d'identité n'a été trouvée sur les corps des assaillants.", "fr", KOUASSI)
    assert one(got, "aucune pièce d'identité")[1] == "per:jk"
    got = quotes(ctx, "Aux dires de Marie Dupont, la réunion s'est tenue dans le calme jusqu'au bout.", "fr", DUPONT)
    assert one(got, "la réunion s'est tenue")[1] == "per:md"
    # near miss: a noun phrase before "selon X" is the sentence's subject, not a connective
    got = quotes(ctx, "Le gouvernement, selon Marie Dupont, prépare une réforme complète des retraites.", "fr",
                 DUPONT)
    assert got == []


# -- (c) a lead quote, then a sentence whose subject is a named person

def test_a_lead_quote_is_the_next_sentences_subjects(ctx: Any) -> None:
    got = quotes(ctx, "Le collège manque de professeurs.\n« Ils ont déjà huit semaines de retard. C'est terrible "
                      "pour nos enfants. » Julie Martin, mère d'un élève, est désespérée.", "fr", MARTIN)
    assert one(got, "huit semaines de retard")[1] == "per:jm"
    # near miss: the next sentence opens with no person; nobody is named as the speaker
    got = quotes(ctx, "Le collège manque de professeurs.\n« Ils ont déjà huit semaines de retard. C'est terrible "
                      "pour nos enfants. » La réunion avec le rectorat a duré trois heures.", "fr", MARTIN)
    assert not [q for q in got if q[1] == "per:jm"]


# -- (d) an indirect statement by a relative pronoun no one stands behind

def test_a_generic_relative_subject_quotes_no_one(ctx: Any) -> None:
    got = quotes(ctx, "Le ministre a parlé mardi. Il a visé ceux qui disent que la réforme est injuste pour "
                      "les salariés.", "fr")
    assert not [q for q in got if q[2].strip().casefold() == "qui"]
    got = quotes(ctx, "Il n'existe aucune preuve qui atteste que le maire a menti aux électeurs de la commune.", "fr")
    assert got == []
    # near miss: the same statement with a person as the verb's subject is that person's
    got = quotes(ctx, "Le ministre a parlé mardi. Marie Dupont dit que la réforme est injuste pour les "
                      "salariés.", "fr", DUPONT)
    assert one(got, "la réforme est injuste")[1] == "per:md"
