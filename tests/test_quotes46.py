"""Quotes stage, quotes@46 (issue 18, quo43): French and English incises, asides before que/that,
gerunds, relative and appositive antecedents and title speakers, from the grammar of reporting, each
beside a near miss. The sentences are invented for these tests; none comes from an evaluation corpus."""

from __future__ import annotations

from typing import Any

from tests.test_quotes_grammar import _article, one, quotes

from veille.model import Role
from veille.stages.quotes import quotes_batch

PEOPLE = {"Marc Lenoir": ("PER", "per:ml"), "Anna Kim": ("PER", "per:ak"), "Claire Dubois": ("PER", "per:cd"),
          "Paul Girard": ("PER", "per:pg")}


# -- a long adverbial after an incise's subject


def test_a_long_adverbial_after_the_incise_subject(ctx: Any) -> None:
    # the phrase after the verb runs past sixteen words only because of the adverbial after the subject
    got = quotes(ctx, "La réunion a duré trois heures. « Nous devons tout faire pour sauver le site. Le temps est "
                      "venu. », a lancé Marc Lenoir à l'occasion d'une réunion qu'organisent la mairie et la "
                      "région sur l'avenir du site industriel de la vallée.", "fr", PEOPLE)
    assert one(got, "Nous devons tout faire")[1] == "per:ml"


def test_an_adverbial_before_the_subject_is_still_skipped(ctx: Any) -> None:
    # near miss: an adverbial between the verb and the subject is no end of the subject
    got = quotes(ctx, "La réunion a duré trois heures. « Rien n'est encore décidé pour le site », a déclaré lundi "
                      "soir devant les salariés réunis dans la grande salle de la mairie la directrice du site.", "fr")
    assert one(got, "Rien n'est")[2] == "la directrice du site"


# -- a relative "qui" after a name as the speaker of a reporting verb


def test_a_name_before_qui_is_the_antecedent(ctx: Any) -> None:
    got = quotes(ctx, "Le procès a repris lundi. Le tribunal a entendu la présidente, Anna Kim, qui relève qu'en plus, "
                      "le prévenu a un casier judiciaire vierge.", "fr", PEOPLE)
    assert one(got, "casier judiciaire vierge")[1] == "per:ak"
    got = quotes(ctx, "Le procès a repris lundi. Le tribunal a entendu Anna Kim, qui relève qu'en plus, le prévenu a "
                      "un casier judiciaire vierge.", "fr", PEOPLE)
    assert one(got, "casier judiciaire vierge")[1] == "per:ak"


def test_a_name_complement_before_qui_is_no_antecedent(ctx: Any) -> None:
    # near miss: the name completes the noun that heads the antecedent ("la sœur d'Anna Kim")
    got = quotes(ctx, "Le procès a repris lundi. Le tribunal a entendu la sœur d'Anna Kim, qui relève qu'en plus, le "
                      "prévenu a un casier judiciaire vierge.", "fr", PEOPLE)
    assert one(got, "casier judiciaire vierge")[1] != "per:ak"


# -- an aside between commas before "que" / "that", and a French gerund with no comma


def test_an_aside_before_que_after_a_gerund(ctx: Any) -> None:
    got = quotes(ctx, "La séance a commencé lundi. Marc Lenoir a ouvert la séance en rappelant, non sans ironie, que "
                      "le budget était voté depuis trois semaines déjà.", "fr", PEOPLE)
    assert one(got, "le budget était voté")[1] == "per:ml"
    got = quotes(ctx, "La séance a commencé lundi. Marc Lenoir a ouvert la séance, rappelant, non sans ironie, que le "
                      "budget était voté depuis trois semaines déjà.", "fr", PEOPLE)
    assert one(got, "le budget était voté")[1] == "per:ml"


def test_a_gerund_before_que_takes_the_whole_quote_in_marks(ctx: Any) -> None:
    # the quote in marks after "que" runs to its closing mark, over its sentences
    got = quotes(ctx, "La séance a commencé lundi. Marc Lenoir a ouvert la séance en affirmant que « Le budget est "
                      "voté. Le budget est voté depuis trois semaines déjà. »", "fr", PEOPLE)
    assert one(got, "depuis trois semaines")[0].startswith("Le budget est voté.")


def test_a_gerund_with_no_statement_is_none(ctx: Any) -> None:
    # near misses: a gerund with an object and no clause, an aside that opens a clause of its own
    assert quotes(ctx, "La séance a commencé lundi. Marc Lenoir a quitté la salle en expliquant son vote aux "
                       "journalistes présents.", "fr", PEOPLE) == []
    got = quotes(ctx, "La séance a commencé lundi. Marc Lenoir a ouvert la séance, rappelant, et c'est nouveau, que le "
                      "budget était voté depuis trois semaines déjà.", "fr", PEOPLE)
    assert not any("budget" in q[0] and q[1] == "per:ml" for q in got)


def test_an_english_aside_before_that(ctx: Any) -> None:
    got = quotes(ctx, "The session opened on Monday. Marc Lenoir said, in a statement on Tuesday, that the budget had "
                      "been passed three weeks earlier.", "en", PEOPLE)
    assert one(got, "the budget had been passed")[1] == "per:ml"
    got = quotes(ctx, "The session opened on Monday. State media said, quoting a police source, that the suspect had "
                      "fled the city.", "en", PEOPLE)
    assert one(got, "the suspect had fled")[2] == "State media"


def test_an_english_aside_with_no_that_is_none(ctx: Any) -> None:
    # near miss: with no "that" after the aside, the comma closes the verb's clause (as before)
    assert quotes(ctx, "The session opened on Monday. State media said, quoting a police source, the suspect had fled.",
                  "en", PEOPLE) == []


# -- a bare title is the person whose stated title has the same modifiers, before one with more


def _with_roles(ctx: Any, text: str, lang: str, roles: dict[str, str],
                more: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str | None, str]]:
    """Quotes of `text` with PEOPLE (and `more`) as mentions and the given titles stated for them (as
    the entity stage states a title before a name or in apposition)."""
    _article.ctx = ctx  # type: ignore[attr-defined]
    art = _article(text, lang, PEOPLE | (more or {}))
    for m in art.mentions:
        if m.text in roles:
            m.role = Role(roles[m.text])
    return [(q.text, q.speaker, q.speaker_text) for q in quotes_batch([art], ctx)[0].quotes]


def test_a_bare_title_is_not_the_prime_minister(ctx: Any) -> None:
    text = ("Prime Minister Marc Lenoir defended the budget on Tuesday. Finance Minister Anna Kim backed him. "
            '"This budget is about fairness," Marc Lenoir said. "It is responsible," the minister said.')
    got = _with_roles(ctx, text, "en", {"Marc Lenoir": "Prime Minister", "Anna Kim": "Finance Minister"})
    assert one(got, "It is responsible")[1] == "per:ak"
    text = ("Le Premier ministre Marc Lenoir a défendu le budget mardi. La ministre des Finances, Anna Kim, l'a "
            "soutenu. « Ce budget est juste », a déclaré Marc Lenoir. « Il est responsable », a ajouté la ministre.")
    got = _with_roles(ctx, text, "fr", {"Marc Lenoir": "Premier ministre", "Anna Kim": "ministre des Finances"})
    assert one(got, "Il est responsable")[1] == "per:ak"


def test_a_title_with_its_modifier_still_finds_its_holder(ctx: Any) -> None:
    # near misses: "the prime minister" is the Prime Minister; with no other minister named, "the
    # minister" is still the one whose title has a modifier ("Foreign Minister")
    text = ("Finance Minister Anna Kim presented the budget on Tuesday. Prime Minister Marc Lenoir backed her. "
            '"It is responsible," the prime minister said.')
    got = _with_roles(ctx, text, "en", {"Marc Lenoir": "Prime Minister", "Anna Kim": "Finance Minister"})
    assert one(got, "It is responsible")[1] == "per:ml"
    text = 'Foreign Minister Anna Kim met her counterpart in Oslo on Tuesday. "We discussed trade," the minister said.'
    got = _with_roles(ctx, text, "en", {"Anna Kim": "Foreign Minister"})
    assert one(got, "We discussed trade")[1] == "per:ak"


# -- the one-word offices of the entity stage's inventory of titles are title nouns


def test_an_inventory_office_is_a_title(ctx: Any) -> None:
    text = ("Prime Minister Marc Lenoir defended the budget on Tuesday. Treasurer Anna Kim backed him. "
            '"This budget is about fairness," Marc Lenoir said. "It is responsible," the treasurer said.')
    got = _with_roles(ctx, text, "en", {"Marc Lenoir": "Prime Minister", "Anna Kim": "Treasurer"})
    assert one(got, "It is responsible")[1] == "per:ak"


def test_an_inventory_office_nobody_holds_is_not_the_last_speaker(ctx: Any) -> None:
    # near miss: no treasurer named, and the last speaker's stated office is another: the phrase stays text
    text = ('Prime Minister Marc Lenoir defended the budget on Tuesday. "This budget is about fairness," '
            'Marc Lenoir said. "It is responsible," the treasurer said.')
    got = _with_roles(ctx, text, "en", {"Marc Lenoir": "Prime Minister"})
    assert one(got, "It is responsible")[1:] == (None, "the treasurer")


# -- a subject's apposition that the parser hangs on the verb as a second subject


def test_a_name_in_apposition_to_a_subject_is_the_pronouns_antecedent(ctx: Any) -> None:
    # the parser makes "Jean Martin" a second subject of "a plaidé" beside "L'avocat du prévenu"
    text = ("Le procureur de Paris, Anna Kim, a requis mardi cinq ans de prison contre le prévenu. L'avocat du "
            "prévenu, Jean Martin, a plaidé la relaxe. « Mon client est innocent », a-t-il lancé.")
    got = _with_roles(ctx, text, "fr", {"Anna Kim": "procureur"}, {"Jean Martin": ("PER", "per:jm")})
    assert one(got, "Mon client est innocent")[1] == "per:jm"


def test_a_subject_with_no_name_after_it_is_unchanged(ctx: Any) -> None:
    # near miss: no apposition, the subject is a title only; "il" keeps the last named man
    text = ("Le procureur de Paris, Marc Lenoir, a requis mardi cinq ans de prison contre le prévenu. L'avocat du "
            "prévenu a plaidé la relaxe. « Les faits sont établis », a-t-il maintenu.")
    got = _with_roles(ctx, text, "fr", {"Marc Lenoir": "procureur"})
    assert one(got, "Les faits sont établis")[1] == "per:ml"


# -- the initials of a title before a name


def test_a_titles_initials_are_the_person_it_stood_before(ctx: Any) -> None:
    # the title is stated for her (as the entity stage states it), so no rule took her as the last speaker
    text = ('Shares fell on Tuesday. Chief financial officer Anna Kim said costs would be cut. "We are acting '
            'decisively," the CFO said.')
    got = _with_roles(ctx, text, "en", {"Anna Kim": "Chief financial officer"})
    assert one(got, "acting decisively")[1:] == ("per:ak", "the CFO")


def test_a_typed_body_keeps_its_initials(ctx: Any) -> None:
    # near miss: the body's typed name comes first, whoever is named after it
    text = ('Doctors were warned by the Food and Drug Administration Anna Kim heads. "Patients must be '
            'monitored," the FDA said.')
    got = _with_roles(ctx, text, "en", {"Anna Kim": "commissioner"},
                      {"Food and Drug Administration": ("ORG", "org:fda")})
    assert one(got, "Patients must be monitored")[1] == "org:fda"
