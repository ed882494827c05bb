"""English events: trigger forms and actors read from word order (no parser for English)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.model import Article, Mention, Timex
from veille.stages.events import events_batch
from veille.stages.events.english import inflections

NAMES = {"Jane Smith": ("PER", "Q_smith"), "Acme": ("ORG", "Q_acme"), "Freedonia": ("LOC", "Q_fr"),
         "Sylvania": ("LOC", "Q_sy"), "the court": ("ORG", "Q_court"), "Geneva": ("LOC", "Q_ge"),
         "Freedonia Rally": ("ORG", "Q_party")}


@pytest.fixture(scope="module")
def ctx(ctx: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The session's context (its models) with Freedonia and Sylvania in the gazetteer as
    countries: only states, not every place, act in events."""
    from veille.config import Config, EntitiesConfig, EventsConfig
    from veille.pipeline import Context

    extra = tmp_path_factory.mktemp("gaz") / "fictional.jsonl"
    extra.write_text("\n".join(json.dumps({"id": ent, "name": name, "type": "LOC", "kind": "country",
                                           "aliases": [name]})
                               for name, ent in (("Freedonia", "Q_fr"), ("Sylvania", "Q_sy"))) + "\n")
    # Every event the sentence holds: these cases test extraction, not which events are an
    # article's main ones (the filter, tests/test_events_filter.py).
    return Context(Config(entities=EntitiesConfig(gazetteers=[str(extra)]), events=EventsConfig(filter=False)),
                   resources=ctx.resources)


def article(text: str) -> Article:
    mentions = []
    for name, (typ, ent) in NAMES.items():
        start = text.find(name)
        if start >= 0:
            mentions.append(Mention(start, start + len(name), name, typ, ent))  # type: ignore[arg-type]
    timexes = []
    start = text.find("on Monday")
    if start >= 0:
        timexes.append(Timex(start + 3, start + 9, "Monday", "DATE", "2025-03-31"))
    return Article(id="e1", source="t", raw=text, body=text, lang="en", published="2025-04-01",
                   mentions=sorted(mentions, key=lambda m: m.start), timexes=timexes)


def events(text: str, ctx: Any) -> list[tuple[str, set[str], set[str], str | None, str]]:
    art = events_batch([article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target), e.date, e.modality) for e in art.events]


def test_inflections() -> None:
    assert {"resign", "resigns", "resigned", "resigning"} <= inflections("resign")
    assert {"cooperates", "cooperated", "cooperating"} <= inflections("cooperate")
    assert {"bodies", "bodied"} <= inflections("body")


@pytest.mark.parametrize(("text", "typ", "source", "target"), [
    ("Jane Smith resigned on Monday.", "RETREAT", {"Q_smith"}, set()),
    ("Freedonia and Sylvania signed a peace deal in Geneva on Monday.", "AGREE", {"Q_fr", "Q_sy"}, set()),
    ("Jane Smith was convicted by the court on Monday.", "SANCTION", {"Q_court"}, {"Q_smith"}),
    ("Freedonia accused Sylvania of shelling the border on Monday.", "DISAPPROVE", {"Q_fr"}, {"Q_sy"}),
    ("Acme will close three stores in Sylvania.", "RETREAT", {"Q_acme"}, set()),
    # events@6: the wider inventory (set phrases of news English, longest reading first)
    ("Freedonia sealed a trade pact with Sylvania on Monday.", "AGREE", {"Q_fr"}, {"Q_sy"}),
    ("Freedonia rounded up Sylvania's diplomats on Monday.", "COERCE", {"Q_fr"}, set()),
    ("Freedonia massed troops on the border with Sylvania on Monday.", "MOBILIZE", {"Q_fr"}, set()),
    # a passive with a floating quantifier, and "found not guilty": the subject is the one judged
    ("Jane Smith and Acme were each acquitted by the court on Monday.", "REJECT", {"Q_court"}, {"Q_smith", "Q_acme"}),
    ("Jane Smith was found not guilty by the court on Monday.", "REJECT", {"Q_court"}, {"Q_smith"}),
    # events@30: adverbs between the auxiliary and the participle keep it passive; "be" + "-ing" is
    # the progressive, active
    ("Jane Smith was once again acquitted by the court on Monday.", "REJECT", {"Q_court"}, {"Q_smith"}),
    ("Jane Smith was then convicted by the court on Monday.", "SANCTION", {"Q_court"}, {"Q_smith"}),
    ("Freedonia is imposing sanctions on Sylvania on Monday.", "SANCTION", {"Q_fr"}, {"Q_sy"}),
])
def test_english_event(ctx: Any, text: str, typ: str, source: set[str], target: set[str]) -> None:
    found = [e for e in events(text, ctx) if e[0] == typ]
    assert found, events(text, ctx)
    _, s, t, _, _ = found[0]
    assert source <= s and target <= t


def test_a_noun_trigger_is_not_inflected_as_a_verb(ctx: Any) -> None:
    # "deal" is an agreement as a noun only: "dealing with" is no deal
    assert not [e for e in events("Freedonia is dealing with Sylvania on Monday.", ctx) if e[0] == "AGREE"]
    assert [e for e in events("Freedonia struck a deal with Sylvania on Monday.", ctx) if e[0] == "AGREE"]


@pytest.mark.parametrize(("text", "typ", "modality"), [
    ("Freedonia called for talks with Sylvania on Monday.", "CONSULT", "planned"),
    ("Freedonia urged a ceasefire with Sylvania on Monday.", "AGREE", "planned"),
    ("Freedonia proposed a summit with Sylvania on Monday.", "CONSULT", "planned"),
    ("Freedonia threatened sanctions against Sylvania on Monday.", "SANCTION", "hypothetical"),
    ("Freedonia refused talks with Sylvania on Monday.", "CONSULT", "negated"),
    ("Freedonia declined to sign a deal with Sylvania on Monday.", "AGREE", "negated"),
    ("Freedonia denied attacking Sylvania on Monday.", "ASSAULT", "negated"),
    # the governor's phrase ends at a comma: what follows is told as happened
    ("Freedonia, which had called for calm, attacked Sylvania on Monday.", "ASSAULT", "asserted"),
    ("Jane Smith told the press Freedonia attacked Sylvania on Monday.", "ASSAULT", "asserted"),
    # events@19: a clause "whether" or "if" opens asks or supposes, further than the auxiliaries' four
    # words; it ends at its comma (events@46: the act inside it yields no event, below)
    ("Whether or not Sylvania agrees, Freedonia attacked Sylvania on Monday.", "ASSAULT", "asserted"),
])
def test_a_governing_verb_gives_the_modality(ctx: Any, text: str, typ: str, modality: str) -> None:
    assert (typ, modality) in {(e[0], e[4]) for e in events(text, ctx)}, events(text, ctx)


@pytest.mark.parametrize(("text", "absent", "present"), [
    # events@46: an act asked about or set as a condition is not told as having happened
    ("Jane Smith said on Monday an inquiry would examine whether it was all caused by an attack from Freedonia.",
     "ASSAULT", None),
    ("If Freedonia insists on raising tariffs even more, Sylvania will respond, the ministry said on Monday.",
     "DEMAND", None),
    ("Freedonia threatened sanctions against Sylvania on Monday if it attacked the port.", "ASSAULT", "SANCTION"),
    # near miss: the question's clause ends at its comma; the act after it is told
    ("Asked whether talks would resume, Freedonia attacked Sylvania on Monday.", None, "ASSAULT"),
])
def test_a_question_or_a_condition_yields_no_event(ctx: Any, text: str, absent: str | None,
                                                    present: str | None) -> None:
    types = {e[0] for e in events(text, ctx)}
    assert absent not in types, events(text, ctx)
    assert present is None or present in types, events(text, ctx)


@pytest.mark.parametrize(("text", "mode"), [
    ("Jane Smith won the Acme prize in Geneva on Monday.", "award"),  # the prize's giver: context.add_awarders
    ("Jane Smith won the election in Geneva on Monday.", "elect"),  # the voters are not named
])
def test_winning_a_prize_is_an_award(ctx: Any, text: str, mode: str) -> None:
    art = events_batch([article(text)], ctx)[0]
    assert [e.mode for e in art.events if e.type == "SUPPORT"] == [mode]


def test_english_modality_and_date(ctx: Any) -> None:
    (typ, _, _, date, modality), = events("Acme will close three stores in Sylvania on Monday.", ctx)
    assert (typ, date, modality) == ("RETREAT", "2025-03-31", "planned")


@pytest.mark.parametrize("text", [
    "Jane Smith signed autographs in Geneva.",  # "sign" is an agreement only with a deal near
    "Acme cut its prices in Sylvania.",  # a cut is a rate cut only with rates near
    "Acme expects growth.",  # no trigger
    "Jane Smith joined the Freedonia Rally in Geneva.",  # a trigger word inside a name is the name
    "Jane Smith starred in the film Freedonia Attacks Sylvania.",  # capitalised inside: a title
])
def test_english_no_event(ctx: Any, text: str) -> None:
    assert events(text, ctx) == []


def test_what_is_ended_is_no_new_event(ctx: Any) -> None:
    found = events("Freedonia and Sylvania agreed a plan to end fighting on Monday.", ctx)
    assert [e[0] for e in found] == ["AGREE"], found


def _locations(text: str, ctx: Any) -> dict[str, str | None]:
    art = events_batch([article(text)], ctx)[0]
    return {e.type: e.location for e in art.events}


def test_place_in_another_clause_is_not_the_events_place(ctx: Any) -> None:
    # "in Geneva" belongs to the clause that "after" opens: the attack did not happen there.
    assert _locations("Freedonia attacked Sylvania on Monday, after Jane Smith left the embassy in Geneva.",
                      ctx).get("ASSAULT") is None
    assert _locations("Freedonia attacked Sylvania after Jane Smith left the embassy in Geneva.",
                      ctx).get("ASSAULT") is None


def test_place_in_the_triggers_clause_or_opening_the_sentence(ctx: Any) -> None:
    assert _locations("Freedonia attacked Sylvania in Geneva on Monday.", ctx)["ASSAULT"] == "Q_ge"
    assert _locations("In Geneva, Freedonia attacked Sylvania on Monday.", ctx)["ASSAULT"] == "Q_ge"


def _recall_article(text: str) -> Article:
    """`article`, with every occurrence of the names (not the first only) and "2018" dated."""
    art = article(text)
    art.mentions = sorted((Mention(i, i + len(name), name, typ, ent)  # type: ignore[arg-type]
                           for name, (typ, ent) in NAMES.items()
                           for i in range(len(text)) if text.startswith(name, i)), key=lambda m: m.start)
    start = text.index("2018")
    art.timexes = [Timex(start, start + 4, "2018", "DATE", "2018")]
    return art


RECALL = "Freedonia attacked Sylvania. Freedonia had last attacked Sylvania in 2018."


def test_an_occasion_recalled_from_years_before_is_not_the_undated_news(ctx: Any) -> None:
    # Every event (filter off): the attack the article reports stays undated, the 2018 one apart.
    attacks = [e for e in events_batch([_recall_article(RECALL)], ctx)[0].events if e.type == "ASSAULT"]
    assert sorted((e.date or "", len(e.evidence)) for e in attacks) == [("", 1), ("2018", 1)]


def test_the_main_events_leave_out_one_dated_months_before_the_article(ctx: Any) -> None:
    from veille.config import Config, EntitiesConfig
    from veille.pipeline import Context

    main = Context(Config(entities=EntitiesConfig(gazetteers=ctx.config.entities.gazetteers)),
                   resources=ctx.resources)
    assert main.config.events.filter
    kept = events_batch([_recall_article(RECALL)], main)[0].events
    assert all(e.date != "2018" for e in kept)


def test_attacking_a_policy_or_an_economy_is_no_assault(ctx: Any) -> None:
    # criticism of a rival's policy, record or economy is no assault (an `unless_near` object) ...
    for text in ("Freedonia started attacking Sylvania's economy and threatening its sovereignty.",
                 "Jane Smith attacked the government's policy on Monday."):
        assert not [e for e in events(text, ctx) if e[0] == "ASSAULT"], events(text, ctx)
    # ... while an attack on a town or on troops still is
    found = [e for e in events("Freedonia attacked Sylvania's border towns on Monday.", ctx) if e[0] == "ASSAULT"]
    assert found and "Q_fr" in found[0][1]


# events@8: a trigger in a relative clause takes the pronoun's antecedent as its subject
@pytest.mark.parametrize(("text", "typ", "source", "target"), [
    ("Jane Smith, who resigned on Monday, left Geneva.", "RETREAT", {"Q_smith"}, set()),
    ("Acme said that Freedonia attacked Sylvania on Monday.", "ASSAULT", {"Q_fr"}, {"Q_sy"}),  # a complement
    ("Freedonia shelled the town that Sylvania attacked on Monday.", "ASSAULT", {"Q_sy"}, set()),
])
def test_a_relative_clause_takes_its_antecedent(ctx: Any, text: str, typ: str, source: set[str],
                                                target: set[str]) -> None:
    found = [e for e in events(text, ctx) if e[0] == typ]
    assert found and source <= found[0][1] and target <= found[0][2], events(text, ctx)


@pytest.mark.parametrize("text", [
    "Freedonia condemned the militia that attacked Geneva on Monday.",  # the militia attacked, not Freedonia
    "Freedonia mourned the soldiers who were attacked on Monday.",  # the soldiers, not Freedonia
])
def test_a_relative_clause_without_a_named_antecedent_has_no_subject(ctx: Any, text: str) -> None:
    assert all("Q_fr" not in s | t for typ, s, t, _, _ in events(text, ctx) if typ == "ASSAULT"), events(text, ctx)


# events@8: a verb that needs its object word near is no trigger before an infinitive
def test_an_object_verb_followed_by_an_infinitive_is_no_trigger(ctx: Any) -> None:
    # "close to 300 stores": nearly 300 stores, nothing closed
    assert "RETREAT" not in {e[0] for e in events("Acme, which runs close to 300 stores, hired Jane Smith.", ctx)}
    assert "RETREAT" in {e[0] for e in events("Acme will close 300 stores in Sylvania.", ctx)}
    # unless "to" is the word the trigger asks for: "a deal to ..." is still a deal
    found = events("Freedonia struck a deal to open trade with Sylvania on Monday.", ctx)
    assert "AGREE" in {e[0] for e in found}, found


# events@8: a departure told as a noun belongs to its "of" phrase, not to who speaks of it
def test_a_departure_noun_belongs_to_its_of_phrase(ctx: Any) -> None:
    found = events("Jane Smith said on Monday the answer would be the resignation of the president.", ctx)
    assert not [e for e in found if e[0] == "RETREAT"], found  # the president is not named: no actor
    found = events("Jane Smith called on Monday for the withdrawal of Freedonia from Sylvania.", ctx)
    retreat = [e for e in found if e[0] == "RETREAT"]
    assert retreat and retreat[0][1] == {"Q_fr"}, found
    # a verb keeps its subject: "Freedonia withdrew from Sylvania"
    assert next(e for e in events("Freedonia withdrew from Sylvania on Monday.", ctx) if e[0] == "RETREAT")[1] == {"Q_fr"}


@pytest.mark.parametrize(("text", "typ", "sides"), [
    # events@46: "according to" opens the attribution, past a determiner, titles and an apposition
    ("Freedonia attacked Sylvania on Monday, according to the spokesman of Acme, Jane Smith.", "ASSAULT",
     {"Q_fr", "Q_sy"}),
    ("Freedonia attacked Sylvania on Monday, according to Jane Smith.", "ASSAULT", {"Q_fr", "Q_sy"}),
    # near miss: a name after the trigger with no attribution before it stays a side
    ("Freedonia attacked Sylvania and Acme on Monday.", "ASSAULT", {"Q_fr", "Q_sy", "Q_acme"}),
    # events@46: a dateline's wire or outlet, in parentheses before the dash, is no side
    ("GENEVA (Acme) — Freedonia attacked Sylvania on Monday.", "ASSAULT", {"Q_fr", "Q_sy"}),
    ("GENEVA (Acme) - Freedonia attacked Sylvania on Monday.", "ASSAULT", {"Q_fr", "Q_sy"}),
    # near miss: a parenthesis with no dash after it is part of the sentence
    ("Jane Smith (Acme) attacked Sylvania on Monday.", "ASSAULT", {"Q_smith", "Q_acme", "Q_sy"}),
])
def test_who_reports_is_no_side(ctx: Any, text: str, typ: str, sides: set[str]) -> None:
    found = [e for e in events(text, ctx) if e[0] == typ]
    assert found and found[0][1] | found[0][2] == sides, events(text, ctx)


@pytest.mark.parametrize(("text", "consult"), [
    # events@46: one meets needs, targets and deadlines by satisfying them (WordNet meet.v.04)
    ("Freedonia is meeting the needs of Sylvania on Monday.", False),
    ("Freedonia met its targets with Sylvania on Monday.", False),
    ("Freedonia met demand from Sylvania on Monday.", False),
    # near misses: a meeting whose talk is about needs, a meeting with a delegation
    ("Freedonia met Sylvania on Monday to discuss the needs of refugees.", True),
    ("Freedonia met the Sylvania delegation on Monday.", True),
])
def test_meeting_a_need_is_no_meeting(ctx: Any, text: str, consult: bool) -> None:
    assert any(e[0] == "CONSULT" for e in events(text, ctx)) == consult, events(text, ctx)


@pytest.mark.parametrize(("text", "present"), [
    # events@46: what something would be is a possibility, not an act
    ("Jane Smith said on Monday the real answer would be the resignation of Acme's chief in Sylvania.", False),
    ("Jane Smith said on Monday the next step could be an attack on Sylvania by Freedonia.", False),
    # near misses: a plan told with "will", a reported future verb, a passive
    ("Jane Smith said on Monday her next trip will be a visit to Sylvania.", True),
    ("Freedonia said on Monday it would attack Sylvania.", True),
    ("Freedonia said on Monday Sylvania would be attacked by Freedonia.", True),
])
def test_what_would_be_is_no_event(ctx: Any, text: str, present: bool) -> None:
    assert bool(events(text, ctx)) == present, events(text, ctx)


@pytest.mark.parametrize(("text", "typ"), [
    # events@46: fire opened on protesters or civilians is an assault on the unarmed (PLOVER ASSAULT)
    ("Freedonia opened fire on protesters on Monday.", "ASSAULT"),
    ("Freedonia opened fire on a crowd of civilians on Monday.", "ASSAULT"),
    # near miss: fire exchanged with another state's forces is fighting
    ("Freedonia opened fire on Sylvania on Monday.", "FIGHT"),
])
def test_fire_on_protesters_is_an_assault(ctx: Any, text: str, typ: str) -> None:
    assert [e[0] for e in events(text, ctx)] == [typ], events(text, ctx)
