"""Quotes stage, quotes@45 (issue 18, quo42): French sourcing and incises from the grammar of
reporting, each beside a near miss. The sentences are invented for these tests from French
reporting grammar; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import one, quotes

PEOPLE = {"Marc Lenoir": ("PER", "per:ml"), "Anna Kim": ("PER", "per:ak"), "Claire Dubois": ("PER", "per:cd"),
          "Paul Girard": ("PER", "per:pg")}


# -- "à en croire X", "aux dires de X": synonyms of "selon" for a source


def test_a_en_croire_and_aux_dires_de_name_a_source(ctx: Any) -> None:
    got = quotes(ctx, "Le bilan reste lourd. À en croire Marc Lenoir, les travaux reprendront dès le mois prochain.",
                 "fr", PEOPLE)
    assert one(got, "les travaux reprendront")[1] == "per:ml"
    got = quotes(ctx, "Le bilan reste lourd. Aux dires de Claire Dubois, les travaux reprendront dès le mois "
                      "prochain sur le chantier.", "fr", PEOPLE)
    assert one(got, "les travaux reprendront")[1] == "per:cd"


def test_croire_with_no_source_is_no_sourcing(ctx: Any) -> None:
    # near miss: "croire" as a verb of its own, with no "à en" before it, reports no one's words
    got = quotes(ctx, "Le bilan reste lourd. Il faut croire Marc Lenoir, les travaux reprendront bientôt sur le site.",
                 "fr", PEOPLE)
    assert not any("travaux" in q[0] and q[1] == "per:ml" for q in got)


# -- a short adverbial before the source at the sentence's start


def test_an_adverbial_before_the_source(ctx: Any) -> None:
    got = quotes(ctx, "Le bilan reste lourd. Mais pour le moment, à en croire Marc Lenoir, aucune pièce d'identité "
                      "n'a été trouvée sur les lieux.", "fr", PEOPLE)
    assert one(got, "aucune pièce d'identité")[1] == "per:ml"
    got = quotes(ctx, "Le bilan reste lourd. Dans l'immédiat, selon Anna Kim, la mairie ne rouvrira pas le gymnase "
                      "avant l'été.", "fr", PEOPLE)
    assert one(got, "la mairie ne rouvrira pas")[1] == "per:ak"


def test_an_adverbial_before_a_described_source_with_a_name(ctx: Any) -> None:
    # the name in apposition to the description is the speaker, with the adverbial as without it
    got = quotes(ctx, "Le bilan reste lourd. Pour l'instant, selon la porte-parole du gouvernement, Claire Dubois, "
                      "aucune décision n'a été prise sur ce dossier.", "fr", PEOPLE)
    assert one(got, "aucune décision n'a été prise")[1] == "per:cd"


def test_a_subject_or_a_clause_before_the_source_is_no_adverbial(ctx: Any) -> None:
    # near misses: a subject ("Le ministre") or a clause ("Il a démissionné") before "selon X": the
    # words after the source are no statement of their own; since quotes@51 the whole sentence is the
    # source's statement (`sourced_relatives.sourced_clauses`: the source inside the main clause)
    for text in ("Le ministre, selon Anna Kim, a menti aux députés pendant toute la séance",
                 "Il a démissionné, selon Anna Kim, après une longue dispute avec le maire"):
        got = quotes(ctx, f"Le bilan reste lourd. {text}.", "fr", PEOPLE)
        assert got == [(text, "per:ak", "Anna Kim")], got


def test_a_document_after_an_adverbial_is_no_speaker(ctx: Any) -> None:
    # near miss: a text as the source ("les chiffres de l'Insee") stays no speaker after an adverbial
    assert quotes(ctx, "Le bilan reste lourd. En 2020, selon les chiffres de l'Insee, le chômage a reculé de deux "
                       "points dans la région.", "fr") == []


# -- "dixit X" as an incise verb


def test_dixit_is_an_incise_verb(ctx: Any) -> None:
    got = quotes(ctx, "« Il faut garder un peu la foi dans ce que nous faisons », dixit Paul Girard.", "fr", PEOPLE)
    assert one(got, "Il faut garder un peu la foi")[1] == "per:pg"
    got = quotes(ctx, "L'équipe devait gagner pour « garder un peu la foi dans ce qu'elle fait », dixit Paul Girard.",
                 "fr", PEOPLE)
    assert one(got, "garder un peu la foi")[1] == "per:pg"


def test_a_latin_word_that_is_no_incise(ctx: Any) -> None:
    # near miss: another Latin phrase after a quote ("ad vitam") says nothing of who spoke
    got = quotes(ctx, "« Il faut garder un peu la foi dans ce que nous faisons », ad vitam Paul Girard.", "fr", PEOPLE)
    assert not any(q[1] == "per:pg" for q in got)


# -- a French reporting incise with no comma before it (the parse)


def test_an_incise_with_no_comma(ctx: Any) -> None:
    got = quotes(ctx, "Le conseil siège depuis lundi. Les députés ont voté le texte lundi soir explique Claire Dubois.",
                 "fr", PEOPLE)
    assert one(got, "Les députés ont voté le texte")[1] == "per:cd"
    got = quotes(ctx, "Le conseil siège depuis lundi. La réforme entrera en vigueur dès janvier prochain indique "
                      "Marc Lenoir dans un communiqué.", "fr", PEOPLE)
    assert one(got, "La réforme entrera en vigueur")[1] == "per:ml"


def test_an_incise_with_no_comma_before_a_coordinated_clause(ctx: Any) -> None:
    got = quotes(ctx, "Le conseil siège depuis lundi. Le dossier devait être examiné en début d'audience explique "
                      "le président, mais l'escorte en a décidé autrement.", "fr")
    assert one(got, "Le dossier devait être examiné")[2] == "le président"


def test_an_incise_by_a_body_with_no_comma(ctx: Any) -> None:
    got = quotes(ctx, "Le conseil siège depuis lundi. Le match qui devait avoir lieu samedi est reporté annonce la "
                      "Ligue de football professionnel.", "fr",
                 {"Ligue de football professionnel": ("ORG", "org:lfp")})
    assert one(got, "Le match qui devait avoir lieu")[1] == "org:lfp"


def test_an_inverted_subject_after_a_relative_or_que_is_no_incise(ctx: Any) -> None:
    # near misses: French inverts a subject after a relative pronoun or "que" too
    for text in ("Le conseil siège depuis lundi. C'est le texte que présente le ministre devant les députés mardi.",
                 "Le conseil siège depuis lundi. Voilà ce qu'explique le président aux salariés de l'usine mardi.",
                 "Le conseil siège depuis lundi. Les familles attendent le verdict que rendra le président du "
                 "tribunal.",
                 "Le conseil siège depuis lundi. Les députés ont voté le texte lundi soir avant que ne réagisse "
                 "Claire Dubois."):
        assert quotes(ctx, text, "fr", PEOPLE) == [], text


def test_a_subject_verb_object_sentence_is_no_incise(ctx: Any) -> None:
    # near misses: the verb's subject stands before it ("Le gouvernement annonce …"), or a noun with
    # its determiner right before the verb, however the parse attached it ("le message a offusqué X")
    assert quotes(ctx, "Le conseil siège depuis lundi. Le gouvernement annonce la fermeture de trois usines dans la "
                       "région.", "fr", PEOPLE) == []
    got = quotes(ctx, "Il a parlé. La séance a dû être suspendue tant le message a offusqué Claire Dubois. Le calme "
                      "est revenu.", "fr", PEOPLE)
    assert not any(q[1] == "per:cd" for q in got)


def test_a_thing_after_the_verb_is_no_speaker(ctx: Any) -> None:
    # near miss: what follows the verb is its object, no person, title or body
    assert quotes(ctx, "Le conseil siège depuis lundi. Les députés ont longuement débattu lundi soir et souligne "
                       "la nécessité d'un accord.", "fr", PEOPLE) == []


# -- an acronym speaker: the body the text named in full before it; "it" right after it


def test_an_acronym_is_the_body_named_in_full(ctx: Any) -> None:
    got = quotes(ctx, 'The World Health Organization met in Geneva on Monday. "The outbreak is not yet under control '
                      'in the region," the WHO said.', "en")
    assert one(got, "The outbreak is not yet")[2] == "World Health Organization"
    got = quotes(ctx, "L'Organisation mondiale de la santé s'est réunie lundi à Genève. « L'épidémie n'est pas encore "
                      "maîtrisée dans la région », a indiqué l'OMS.", "fr")
    assert "Organisation mondiale de la santé" in one(got, "L'épidémie n'est pas")[2]


def test_an_acronym_takes_the_id_of_the_whole_name_only(ctx: Any) -> None:
    text = ('Nine patients died after taking the drug, the U.S. Food and Drug Administration said on Monday. The '
            'drug "is being incorrectly dosed in some patients with liver disease," the FDA said in its warning. '
            'But it also said that the medication may be associated with liver damage in some patients.')
    # a place inside the name ("U.S.") and a part of it ("Drug Administration") are not the body
    got = quotes(ctx, text, "en", {"U.S.": ("LOC", "Q30"), "Drug Administration": ("ORG", "org:part")})
    fda = one(got, "incorrectly dosed")
    assert fda[1] is None and fda[2] == "U.S. Food and Drug Administration"
    # "it" right after the body that spoke is that body, not the place named before
    it = one(got, "may be associated with liver damage")
    assert it[1] is None and it[2] == "U.S. Food and Drug Administration"
    got = quotes(ctx, text, "en", {"U.S. Food and Drug Administration": ("ORG", "org:fda")})
    assert one(got, "incorrectly dosed")[1] == "org:fda"


def test_an_acronym_with_no_name_before_it_stays_text(ctx: Any) -> None:
    # near miss: initials that no earlier name has ("the FBI" after "the World Health Organization")
    got = quotes(ctx, 'The World Health Organization met in Geneva on Monday. "The outbreak is not yet under control '
                      'in the region," the FBI said.', "en")
    assert one(got, "The outbreak is not yet")[2] == "the FBI"


# -- words in marks inside a French sentence that a person subject reports


def test_a_fragment_after_a_reporting_verb_is_the_subjects(ctx: Any) -> None:
    got = quotes(ctx, "Le sommet s'est tenu lundi. Marc Lenoir a promis l'ouverture d'une ambassade « quand les otages "
                      "seront libérés et la paix revenue ».", "fr", PEOPLE)
    assert one(got, "quand les otages seront libérés")[1] == "per:ml"
    got = quotes(ctx, "Marc Lenoir est arrivé lundi. Il justifie cette décision par la nécessité de faire face aux "
                      "« défis sécuritaires, économiques et monétaires sans précédent ».", "fr", PEOPLE)
    assert one(got, "défis sécuritaires")[1] == "per:ml"


def test_a_fragment_with_no_verb_of_saying_or_no_person_is_none(ctx: Any) -> None:
    # near misses: a verb that reports nothing ("a visité"), a short label ("plan social"), a work's
    # title after its noun, and a charge's legal wording after "pour"
    for text in ("Le sommet s'est tenu lundi. Marc Lenoir a visité le « plus grand centre commercial de toute "
                 "l'Europe » avec sa femme.",
                 "Le sommet s'est tenu lundi. Marc Lenoir a dénoncé le « plan social » des dirigeants.",
                 "Le sommet s'est tenu lundi. Marc Lenoir a présenté son livre « Les Choses de la vie et du monde » "
                 "devant les lecteurs.",
                 "Le procès s'est ouvert lundi. Il l'a de nouveau répété, Marc Lenoir, 24 ans, jugé depuis mercredi "
                 "pour des « violences ayant entraîné la mort sans intention »."):
        assert not any(q[1] == "per:ml" for q in quotes(ctx, text, "fr", PEOPLE)), text


def test_an_english_fragment_after_a_reporting_verb(ctx: Any) -> None:
    got = quotes(ctx, 'The summit ended on Monday. Anna Kim promised to open an embassy "when the hostages are released '
                      'and peace returns."', "en", PEOPLE)
    assert one(got, "when the hostages are released")[1] == "per:ak"
    # near miss: a verb that reports nothing before a long phrase in marks
    got = quotes(ctx, 'The summit ended on Monday. Anna Kim visited the "largest shopping centre in all of Europe" '
                      'with her husband.', "en", PEOPLE)
    assert not any(q[1] == "per:ak" for q in got)


# -- a first name typed MISC that speaks is a person a later pronoun refers to


def test_a_first_name_typed_misc_is_a_pronouns_antecedent(ctx: Any) -> None:
    names = {"Paul Girard": ("PER", "per:pg"), "Lydia": ("MISC", "misc:lydia")}
    text = ("Le magasin sera repris par Paul Girard. « Il n'y a plus rien dans les rayons », regrette Lydia. « Je "
            "reviendrai quand même le voir une dernière fois », a-t-elle ajouté.")
    got = quotes(ctx, text, "fr", names)
    assert one(got, "Je reviendrai quand même")[1] == "misc:lydia"


def test_a_misc_name_that_is_no_given_name_is_no_person(ctx: Any) -> None:
    # near miss: a work or product typed MISC ("Windows") is no given name: the pronoun keeps the person
    names = {"Paul Girard": ("PER", "per:pg"), "Windows": ("MISC", "misc:windows")}
    text = ("Paul Girard a présenté le logiciel. « Il n'y a plus rien à corriger », indique Windows. « Je "
            "reviendrai sur ce point lundi prochain », a-t-il ajouté.")
    got = quotes(ctx, text, "fr", names)
    assert one(got, "Je reviendrai sur ce point")[1] == "per:pg"
