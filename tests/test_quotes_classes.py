"""Quotes stage (issue 18, quotes@14): the classes of quotes missed and speakers lost on unseen
news, each with a near miss. The sentences are invented for these tests from the grammar of
French and English reporting; none comes from the evaluation corpus."""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_quotes_grammar import one, quotes

from veille.stages.quotes.lexicon import load_quote_lexicon

P = "PER"


# -- a semi-auxiliary or a light verb before the reporting verb's infinitive, in an incise

@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous sommes prêts à reprendre les discussions », a fait savoir le Kremlin dans un communiqué.", "le Kremlin"),
    ("« Aucun accord n'a été trouvé à ce stade », a tenu à préciser le porte-parole du gouvernement.",
     "le porte-parole du gouvernement"),
    ("« Nous n'avons rien à cacher à personne », a voulu rassurer la directrice de l'usine.",
     "la directrice de l'usine"),
    ("« La situation reste tendue dans le secteur », fait savoir la préfecture.", "la préfecture"),
    ("« Rien ne sera décidé sans les syndicats », tient-il à rappeler.", "il"),
    ("« Rien ne sera décidé sans les syndicats », fait-elle valoir.", "elle"),
    ("La situation est désormais sous contrôle, a fait savoir l'armée.", "l'armée"),
])
def test_a_semi_auxiliary_before_the_reporting_verb(ctx: Any, text: str, speaker: str) -> None:
    got = quotes(ctx, text, "fr")
    assert len(got) == 1 and got[0][2] == speaker, got


def test_a_semi_auxiliary_needs_a_reporting_verb_after_it() -> None:
    incise = load_quote_lexicon().fr_incise
    assert incise.match("a tenu à préciser le maire") is not None
    # near misses: the infinitive reports nothing, or the light verb pairs with no speech verb
    assert incise.match("a tenu à visiter l'école") is None
    assert incise.match("fait entendre sa voix") is None
    assert incise.match("veut la paix") is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("« Nous avons fait notre travail », se défend le ministre.", "le ministre"),
    ("« Personne ne nous écoute depuis des mois », se plaint une habitante.", "une habitante"),
])
def test_verbs_in_re_in_an_incise(ctx: Any, text: str, speaker: str) -> None:
    got = quotes(ctx, text, "fr")
    assert len(got) == 1 and got[0][2] == speaker, got


# -- "a-t-on appris de source …", "peut-on lire dans …": the impersonal incise names its source

def test_an_impersonal_incise_names_its_source(ctx: Any) -> None:
    got = quotes(ctx, "L'attaque a fait au moins dix morts, a-t-on appris de source sécuritaire.", "fr")
    assert one(got, "dix morts")[0] == "L'attaque a fait au moins dix morts"
    assert one(got, "dix morts")[2] == "source sécuritaire"
    got = quotes(ctx, "« Le gouvernement reste mobilisé pour protéger la population », peut-on lire dans "
                      "le communiqué du ministère.", "fr")
    assert one(got, "reste mobilisé")[2] == "le communiqué du ministère"
    got = quotes(ctx, "« Il faut que l'État prenne ses responsabilités », insiste-t-on à la mairie.", "fr")
    assert one(got, "prenne ses responsabilités")[2] == "la mairie"
    got = quotes(ctx, "« Nous attendons des actes concrets », explique-t-on dans l'entourage du ministre.", "fr")
    assert one(got, "actes concrets")[2] == "l'entourage du ministre"
    # near misses: an impersonal "on" that names no source; "à nouveau" is an adverb, no place
    assert quotes(ctx, "Le bilan est bien plus lourd que prévu, pense-t-on.", "fr") == []
    assert quotes(ctx, "Le bilan est bien plus lourd que prévu, souligne-t-on à nouveau.", "fr") == []


# -- English: the source the speaker cites after the incise

def test_citing_after_an_unmarked_incise(ctx: Any) -> None:
    got = quotes(ctx, "The attack killed at least 12 people, the state-run news agency reported, citing local "
                      "officials.", "en")
    assert one(got, "killed at least 12")[2] == "the state-run news agency"
    got = quotes(ctx, "The attack killed at least 12 people, state media said, quoting a police source.", "en")
    assert one(got, "killed at least 12")[2] == "state media"
    # near miss: what "quoting" introduces is no statement of the speaker's
    assert not any("quoting" in q for q, _, _ in got)


# -- a quote that goes on after its own incise

@pytest.mark.parametrize("text", [
    '"This is a great day," Starmer added, "and there will be more to come for the workers."',
    '"This is a great day," said Starmer, "and there will be more to come for the workers."',
])
def test_a_quote_resumed_after_its_incise(ctx: Any, text: str) -> None:
    got = quotes(ctx, text, "en", {"Starmer": (P, "ks")})
    assert one(got, "more to come")[1] == "ks"
    assert one(got, "great day")[1] == "ks"


def test_a_french_quote_resumed_after_its_incise(ctx: Any) -> None:
    got = quotes(ctx, "« C'est une étape importante », a déclaré le ministre, « mais le plus dur reste à faire ».",
                 "fr")
    assert one(got, "le plus dur")[2] == "le ministre"


# -- an adverbial after the inverted subject is no part of it

def test_an_adverbial_after_the_inverted_subject(ctx: Any) -> None:
    got = quotes(ctx, "Le groupe Renault a publié ses résultats. « Nous avons dépassé nos objectifs », a indiqué "
                      "le constructeur dans un communiqué.", "fr", {"Renault": ("ORG", "renault")})
    assert one(got, "dépassé nos objectifs")[1:] == ("renault", "le constructeur")
    got = quotes(ctx, "« Le gouvernement ne reculera pas », a affirmé le chef de l'État devant les préfets.", "fr")
    assert one(got, "ne reculera pas")[2] == "le chef de l'État"
    # near miss: "dans l'entourage de" says who the source is
    got = quotes(ctx, "« Le ministre ne démissionnera pas », a assuré une source dans l'entourage du ministre.", "fr")
    assert one(got, "ne démissionnera pas")[2] == "une source dans l'entourage du ministre"


# -- a title whose holder the text never states: the one person it has named

def test_a_title_refers_back_to_the_one_person_named(ctx: Any) -> None:
    names = {"Kaïs Saïed": (P, "ks")}
    got = quotes(ctx, "Kaïs Saïed a reçu son homologue. « La Tunisie ne sera jamais un garde-frontière », a lancé "
                      "le chef de l'État.", "fr", names)
    assert one(got, "garde-frontière")[1] == "ks"
    got = quotes(ctx, 'Paul Morel visited the plant. "We will not back down on this reform," the minister said.',
                 "en", {"Paul Morel": (P, "pm")})
    assert one(got, "not back down")[1] == "pm"


def test_a_title_with_another_person_or_sex_in_between(ctx: Any) -> None:
    # near misses: another person named since, who may hold the title; a title of the other sex
    got = quotes(ctx, "Rachida Dati a rencontré Grégory Doucet. « Ce projet est essentiel pour la ville », a déclaré "
                      "le maire.", "fr", {"Rachida Dati": (P, "rd"), "Grégory Doucet": (P, "gd")})
    assert one(got, "projet est essentiel")[1] is None
    got = quotes(ctx, "M. Paul Morel a visité l'usine. « Ce projet est essentiel pour la ville », a déclaré "
                      "la ministre.", "fr", {"Paul Morel": (P, "pm")})
    assert one(got, "projet est essentiel")[1] is None
    # a nationality may be someone else's: "le chancelier allemand" is not the Frenchman just named
    got = quotes(ctx, "Emmanuel Macron est arrivé à Berlin. « L'Europe doit se réarmer sans attendre », a déclaré "
                      "le chancelier allemand.", "fr", {"Emmanuel Macron": (P, "em")})
    assert one(got, "se réarmer")[1] is None


# -- English: prepositional phrases after an unmarked incise, "told reporters"

@pytest.mark.parametrize(("text", "speaker"), [
    ("Twelve people had died in the outbreak, the health ministry said in a statement on Sunday.",
     "the health ministry"),
    ("Twelve people had died in the outbreak, said the health ministry in a statement on Sunday.",
     "the health ministry"),
    ("Twelve people had died in the outbreak, the minister told reporters in Geneva on Monday.", "the minister"),
    ("The talks ended without any deal at all, the spokesman said in an interview with the BBC.", "the spokesman"),
])
def test_adverbials_after_an_english_incise(ctx: Any, text: str, speaker: str) -> None:
    got = quotes(ctx, text, "en")
    assert len(got) == 1 and got[0][2] == speaker, got


def test_a_clause_after_the_incise_verb_is_no_adverbial(ctx: Any) -> None:
    # near miss: what follows "said on Sunday" is a clause, what was said; the sentence before the
    # comma is no statement
    got = quotes(ctx, "As the fighting went on, officials said on Sunday the ceasefire had collapsed completely.", "en")
    assert not any(q.startswith("As the fighting") for q, _, _ in got)


# -- a sentence that a colon ends, with any verb in the past, before a sentence in marks

@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Sur son compte Telegram, le groupe a revendiqué l'attaque : « Nos combattants ont frappé la base ennemie. »",
     "fr", "le groupe"),
    ("La ministre a ensuite haussé le ton : « Ce n'est plus acceptable. »", "fr", "La ministre"),
    ('The group claimed the attack on Telegram: "Our fighters struck the enemy base."', "en", "The group"),
])
def test_a_colon_after_any_verb_introduces_a_sentence_in_marks(ctx: Any, text: str, lang: str, speaker: str) -> None:
    got = quotes(ctx, text, lang)
    assert len(got) == 1 and got[0][2] == speaker, got


def test_a_colon_before_a_phrase_or_after_a_description(ctx: Any) -> None:
    # near misses: a phrase in marks is a name for the object; "a une ambition" has no past verb;
    # "were simple" describes, it reports nothing
    assert quotes(ctx, "Le gouvernement a fixé un objectif : « zéro déficit ».", "fr") == []
    assert quotes(ctx, "Le texte a une ambition : « Redonner confiance aux Français. »", "fr") == []
    assert quotes(ctx, 'The rules were simple: "No phones at the table."', "en") == []


def test_a_subordinate_clause_before_the_subject(ctx: Any) -> None:
    got = quotes(ctx, "Marc Dubois a découvert les résultats. Quand il a vu les chiffres, il a lâché : « C'est une "
                      "catastrophe pour la région. »", "fr", {"Marc Dubois": (P, "md")})
    assert one(got, "catastrophe")[1:] == ("md", "il")


# -- statements listed one a line with no marks, under a line that reports speech

def test_listed_statements_under_a_reporting_line(ctx: Any) -> None:
    text = ("Emmanuel Macron a déclaré :\n- Nous allons construire 100 000 logements d'ici 2030.\n"
            "- Nous baisserons les impôts des petites entreprises.")
    got = quotes(ctx, text, "fr", {"Emmanuel Macron": (P, "em")})
    assert one(got, "100 000 logements")[1] == "em"
    assert one(got, "petites entreprises")[1] == "em"
    got = quotes(ctx, "The minister said:\n- We will build 100,000 new homes by 2030.\n"
                      "- We will cut taxes for small businesses next year.", "en")
    assert one(got, "new homes")[2] == "The minister"


def test_listed_measures_are_no_statements(ctx: Any) -> None:
    # near misses: noun phrases listed under a reporting line; statements under a line reporting nothing
    assert quotes(ctx, "Le ministre a détaillé les mesures :\n- Hausse du SMIC de 2 % au 1er janvier\n"
                       "- Gel des loyers dans les grandes villes", "fr") == []
    assert quotes(ctx, "Le programme de la journée :\n- Nous visiterons le musée le matin.\n"
                       "- Nous déjeunerons au port à midi.", "fr") == []


# -- a phrase in marks inside the clause a verb reports

def test_a_phrase_in_marks_inside_a_reported_clause(ctx: Any) -> None:
    got = quotes(ctx, "Si certains ont été déçus, plusieurs délégations ont reconnu que le « progrès réalisé à "
                      "Bakou » était un pas dans la bonne direction.", "fr")
    assert one(got, "bonne direction")[2] == "plusieurs délégations"
    assert one(got, "bonne direction")[0].startswith("le « progrès")


# -- "Pour X, « … »": a source a title describes, or a name with a title in apposition

def test_a_source_for_whom_the_quote_holds(ctx: Any) -> None:
    got = quotes(ctx, "Pour Jean Dupont, maire de la commune, « la décision est incompréhensible et injuste ».",
                 "fr", {"Jean Dupont": (P, "jd")})
    assert one(got, "incompréhensible")[1] == "jd"
    got = quotes(ctx, "Le parquet a requis cinq ans. Pour le procureur, « les faits sont d'une gravité "
                      "exceptionnelle ».", "fr")
    assert one(got, "gravité exceptionnelle")[2] == "le procureur"
    # near misses: "Pour l'heure", "Pour la première fois" name no one
    assert quotes(ctx, "Pour l'heure, « aucune décision n'a été prise par le gouvernement ».", "fr") == []
    assert quotes(ctx, "Pour la première fois, « le dialogue est rompu entre les deux pays ».", "fr") == []


# -- what stands after the subject and is no part of it

def test_a_relative_clause_or_an_adverbial_after_the_subject(ctx: Any) -> None:
    got = quotes(ctx, '"There is no further threat to the public," Lopez, who has led the department since 2020, '
                      "told reporters.", "en")
    assert one(got, "no further threat")[2] == "Lopez"
    got = quotes(ctx, "Zelensky, speaking to reporters in Kyiv, said Ukraine would never give up its territory.", "en",
                 {"Kyiv": ("LOC", "kyiv")})
    assert one(got, "never give up")[1:] == (None, "Zelensky")
    got = quotes(ctx, "« C'est un jour historique pour notre pays », s'est félicité le président sénégalais sur X.",
                 "fr")
    assert one(got, "jour historique")[2] == "le président sénégalais"
    # near miss: an apposition that says who the speaker is stays with them
    got = quotes(ctx, "Maria Lopez, a nurse at the hospital, said conditions were getting worse every day.", "en")
    assert one(got, "getting worse")[2] == "Maria Lopez, a nurse at the hospital"


# -- a second reporting verb of the same subject: two statements

@pytest.mark.parametrize(("text", "lang", "first", "second", "speaker"), [
    ("The palace said the king had taken note of the vote and said a new prime minister would be named within days.",
     "en", "taken note", "new prime minister", "The palace"),
    ("The minister said the economy was recovering, and added that unemployment would fall next year.",
     "en", "economy was recovering", "unemployment would fall", "The minister"),
    ("Le ministre a affirmé que l'économie se redressait et a ajouté que le chômage baisserait l'an prochain.",
     "fr", "économie se redressait", "chômage baisserait", "Le ministre"),
    ("Le ministre a affirmé que l'économie se redressait, avant d'ajouter que le chômage baisserait l'an prochain.",
     "fr", "économie se redressait", "chômage baisserait", "Le ministre"),
    # a second clause of the same verb set apart by a comma ("…, and that …", "…, et que …")
    ("The ministry said the jets dropped two bombs on a road, and that it condemned the brutal aggression.",
     "en", "dropped two bombs", "condemned the brutal", "The ministry"),
    ("Le ministère a affirmé que les avions avaient largué deux bombes, et qu'il condamnait cette agression brutale.",
     "fr", "largué deux bombes", "condamnait cette agression", "Le ministère"),
])
def test_a_second_reporting_verb_of_the_same_subject(ctx: Any, text: str, lang: str, first: str, second: str,
                                                     speaker: str) -> None:
    got = quotes(ctx, text, lang)
    assert second not in one(got, first)[0]
    assert one(got, second)[2] == speaker


def test_a_second_verb_that_reports_nothing(ctx: Any) -> None:
    # near misses: "killed" reports no speech; "and that" goes on with the same verb's statement
    got = quotes(ctx, "Officials said the storm had damaged hundreds of homes and killed three people in the north.",
                 "en")
    assert len(got) == 1 and "killed three people" in got[0][0]
    got = quotes(ctx, "The minister said the economy was recovering and that unemployment would fall next year.", "en")
    assert len(got) == 1


def test_a_finding_reports_what_was_found(ctx: Any) -> None:
    got = quotes(ctx, "Justice Mary Jones found the witness's testimony was not credible or reliable.", "en",
                 {"Mary Jones": (P, "mj")})
    assert one(got, "not credible")[1] == "mj"
    # near miss: what was found is a thing, not a clause
    assert quotes(ctx, "Police found the body of the missing hiker in the river on Sunday.", "en") == []


# -- an unmarked incise the parser reads as a verb with a subject before it and an object after

def test_an_unmarked_incise_after_a_clause(ctx: Any) -> None:
    got = quotes(ctx, "Ce sont les bureaux des grandes villes qui ont voté, a justifié le ministre Paul Martin.", "fr",
                 {"Paul Martin": (P, "pm")})
    assert one(got, "bureaux des grandes villes")[1] == "pm"
    got = quotes(ctx, "Il n'y aura pas de hausse d'impôts cette année, a promis le ministre de l'Économie.", "fr")
    assert one(got, "hausse d'impôts")[2] == "le ministre de l'Économie"


def test_a_subject_with_an_apposition_then_its_verb(ctx: Any) -> None:
    # near misses: the words before the comma are no clause (an apposition, a relative clause)
    assert quotes(ctx, "Le président américain, en visite à Paris, a salué le Premier ministre François Bayrou.", "fr",
                  {"François Bayrou": (P, "fb")}) == []
    assert quotes(ctx, "Les syndicats, dont la colère grandit depuis des mois, ont dénoncé le ministre du Travail.",
                  "fr") == []


# -- a participle after "while"/"and", or coordinated with one before it

@pytest.mark.parametrize(("text", "lang", "snippet", "speaker"), [
    ('"The ceasefire holds," Misri said while announcing that the truce had come into effect at noon.', "en",
     "truce had come into effect", "Misri"),
    ("The minister left the room, waving to reporters and adding that he would return next week for the vote.", "en",
     "return next week", "The minister"),
    ("Le ministre a quitté la salle, saluant les députés et rappelant qu'il reviendrait la semaine prochaine.", "fr",
     "reviendrait la semaine prochaine", "Le ministre"),
])
def test_a_participle_after_a_conjunction(ctx: Any, text: str, lang: str, snippet: str, speaker: str) -> None:
    assert one(quotes(ctx, text, lang), snippet)[2] == speaker


def test_a_participle_that_reports_nothing(ctx: Any) -> None:
    # near miss: "while waving" reports no speech
    assert quotes(ctx, "The minister left the room while waving at the reporters who had waited all day.", "en") == []


# -- a claim reported inside a relative clause

def test_a_claim_inside_a_relative_clause(ctx: Any) -> None:
    got = quotes(ctx, "Two soldiers were wounded by a landmine that Bangkok alleged had been laid recently in the "
                      "disputed area.", "en")
    assert one(got, "laid recently")[2] == "Bangkok"
    got = quotes(ctx, "Thailand said it would expel the envoy after a soldier lost a leg to a mine that Bangkok "
                      "alleged had been laid recently in the area.", "en")
    assert one(got, "would expel the envoy")[2] == "Thailand"
    assert [spk for q, _, spk in got if q.startswith("had been laid recently")] == ["Bangkok"]
    # near misses: the relative clause's verb has an object of its own; the verb reports nothing
    assert quotes(ctx, "The report that the minister said nothing about was published on Monday.", "en") == []
    assert quotes(ctx, "The company that Apple bought last year has been closed down.", "en") == []


# -- an organisation or a state as the speaker a pronoun refers to

def test_a_pronoun_for_the_organisation_last_the_subject(ctx: Any) -> None:
    ec = {"European Commission": ("ORG", "ec")}
    got = quotes(ctx, "The European Commission proposed new rules on Tuesday. It said the rules would protect "
                      "consumers across the bloc.", "en", ec)
    assert one(got, "protect consumers")[1] == "ec"
    got = quotes(ctx, "Le Kremlin a rejeté la proposition. Il a estimé qu'elle était inacceptable en l'état actuel "
                      "des choses.", "fr", {"Kremlin": ("ORG", "kr")})
    assert one(got, "inacceptable")[1] == "kr"


def test_a_pronoun_prefers_a_person(ctx: Any) -> None:
    # near misses: a person named before is the pronoun's referent; "It is said" names no one
    got = quotes(ctx, "Marie Dupont a quitté la réunion. Le Kremlin a rejeté la proposition. « Elle est inacceptable "
                      "en l'état », a-t-elle estimé.", "fr", {"Marie Dupont": (P, "md"), "Kremlin": ("ORG", "kr")})
    assert one(got, "inacceptable")[1] == "md"
    assert quotes(ctx, "The bank raised rates again. It is said that the governor will resign before the summer.",
                  "en", {"bank": ("ORG", "b")}) == []


# -- a short sentence whose verb reports speech, then a sentence in marks

def test_a_reporting_sentence_then_a_sentence_in_marks(ctx: Any) -> None:
    got = quotes(ctx, "Marie Dubois, directrice de l'office de tourisme, se réjouit. « La saison a été excellente. "
                      "Nous avons accueilli plus de visiteurs que jamais. »", "fr", {"Marie Dubois": (P, "md")})
    assert one(got, "visiteurs que jamais")[1:] == ("md", "Marie Dubois, directrice de l'office de tourisme")
    got = quotes(ctx, 'Jane Smith explained. "This plan will not work for the families who need it most."', "en",
                 {"Jane Smith": (P, "js")})
    assert one(got, "families who need it")[1] == "js"
    # near misses: a verb that reports nothing; one with a long complement of its own
    assert quotes(ctx, 'Jane Smith disagreed. "This plan will not work for the families who need it most."',
                  "en") == []
    assert quotes(ctx, "Le ministre a répondu aux questions des journalistes pendant une heure. « Nous ne reculerons "
                       "pas. »", "fr") == []
