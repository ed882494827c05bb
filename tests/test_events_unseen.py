"""events@9: classes found on unseen news (eval/events_pool), tested on invented sentences.

French: a bare day or time word between a verb and its object no longer hides the object from
the trigger's sense checks and its target ("a abaissé jeudi ses taux"); "reconnaître sa défaite"
is a concession. English: one fights a disease or a social ill without arms; a name after a word
of position ("bordering", "near") tells where, not who.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_events import article as fr_article
from test_events_english import article as en_article
from veille.stages.events import events_batch


@pytest.fixture(scope="module")
def en_ctx(ctx: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """As tests/test_events_english.py: Freedonia and Sylvania are states, every event kept."""
    import json

    from veille.config import Config, EntitiesConfig, EventsConfig
    from veille.pipeline import Context

    extra = tmp_path_factory.mktemp("gaz") / "fictional.jsonl"
    extra.write_text("\n".join(json.dumps({"id": ent, "name": name, "type": "LOC", "kind": "country",
                                           "aliases": [name]})
                               for name, ent in (("Freedonia", "Q_fr"), ("Sylvania", "Q_sy"))) + "\n")
    return Context(Config(entities=EntitiesConfig(gazetteers=[str(extra)]), events=EventsConfig(filter=False)),
                   resources=ctx.resources)


def types(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    art = events_batch([fr_article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target)) for e in art.events]


@pytest.mark.parametrize(("text", "typ", "source", "target"), [
    # the object after a day word: the parser hangs it on "mardi"
    ("La Russie a abaissé jeudi ses taux directeurs.", "AID", {"Q159"}, set()),
    ("La Turquie a abaissé ce jeudi ses taux de 0,75 point.", "AID", {"Q43"}, set()),
    ("Le Niger a signé lundi un accord de défense avec la Russie.", "AGREE", {"Q1032"}, {"Q159"}),
    # a concession told as acknowledging one's defeat or the winner's victory
    ("Olaf Scholz a reconnu sa défaite lundi face à Emmanuel Macron.", "CONCEDE", {"Q61053"}, set()),
    ("Olaf Scholz a reconnu mardi la victoire d'Emmanuel Macron.", "CONCEDE", {"Q61053"}, {"Q3052772"}),
])
def test_french_event(en_ctx: Any, text: str, typ: str, source: set[str], target: set[str]) -> None:
    found = [e for e in types(text, en_ctx) if e[0] == typ]
    assert found, types(text, en_ctx)
    assert source <= found[0][1] and target <= found[0][2], found


@pytest.mark.parametrize("text", [
    # near misses: a time phrase with its own preposition is no bare time word, and the object
    # it carries stays its own; recognising a state is no concession
    "Le Mali a discuté depuis mardi des taux de la Russie.",
    "La France a reconnu l'Ukraine lundi.",
])
def test_french_near_miss(en_ctx: Any, text: str) -> None:
    assert not [e for e in types(text, en_ctx) if e[0] in ("AID", "CONCEDE")], types(text, en_ctx)


def en_events(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    art = events_batch([en_article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target)) for e in art.events]


@pytest.mark.parametrize("text", [
    "Freedonia and Sylvania will fight against the pandemic together on Monday.",
    "Freedonia vowed to fight inflation with Sylvania on Monday.",
    "Freedonia battled with Sylvania against wildfires on Monday.",
])
def test_figurative_fight_is_no_fight(en_ctx: Any, text: str) -> None:
    assert not [e for e in en_events(text, en_ctx) if e[0] == "FIGHT"], en_events(text, en_ctx)


def test_armed_fight_stays(en_ctx: Any) -> None:
    found = [e for e in en_events("Freedonia fought Sylvania on Monday.", en_ctx) if e[0] == "FIGHT"]
    assert found and found[0][1] == {"Q_fr"} and found[0][2] == {"Q_sy"}


def test_place_of_position_is_no_actor(en_ctx: Any) -> None:
    found = en_events("Jane Smith's troops attacked a village bordering Sylvania on Monday.", en_ctx)
    assert all("Q_sy" not in s | t for _, s, t in found), found
    # a person "close to" someone is of their circle: the rule is for places only
    found = en_events("A person close to Jane Smith said that she would submit her resignation on Monday.", en_ctx)
    assert any(typ == "RETREAT" and "Q_smith" in s | t for typ, s, t in found), found
    found = en_events("Freedonia attacked Sylvania on Monday.", en_ctx)
    assert any("Q_sy" in t for _, _, t in found), found


@pytest.mark.parametrize("text", [
    "Jane Smith conceded defeat on Monday.",
    "Jane Smith acknowledged defeat on Monday.",
    "Jane Smith admitted defeat on Monday.",
])
def test_english_concession(en_ctx: Any, text: str) -> None:
    assert any(e[0] == "CONCEDE" and "Q_smith" in e[1] for e in en_events(text, en_ctx)), en_events(text, en_ctx)


@pytest.mark.parametrize(("text", "gone"), [
    # what "mettre fin / un terme à" ends is no new event, nor is what an English ending word ends
    ("La Russie a annoncé un cessez-le-feu samedi, mettant un terme à quatre jours de frappes contre l'Ukraine.",
     {"FIGHT", "ASSAULT"}),
    ("La France a mis fin à sa coopération militaire avec le Mali lundi.", {"COOPERATE"}),
    ("La Russie a annoncé une trêve samedi, mettant un terme à une escalade marquée par des attaques contre "
     "l'Ukraine.", {"ASSAULT"}),
])
def test_french_what_ends_is_no_event(en_ctx: Any, text: str, gone: set[str]) -> None:
    assert not [e for e in types(text, en_ctx) if e[0] in gone], types(text, en_ctx)


def test_french_strikes_stay(en_ctx: Any) -> None:
    assert any(e[0] == "FIGHT" for e in types("La Russie a mené des frappes contre l'Ukraine samedi.", en_ctx))


@pytest.mark.parametrize("text", [
    "Freedonia and Sylvania agreed to a truce on Monday, ending four days of clashes.",
    "Freedonia called on Monday for an end to the fighting with Sylvania.",
])
def test_english_what_ends_is_no_event(en_ctx: Any, text: str) -> None:
    assert not [e for e in en_events(text, en_ctx) if e[0] == "FIGHT"], en_events(text, en_ctx)


def test_english_clash_stays(en_ctx: Any) -> None:
    assert any(e[0] == "FIGHT" for e in en_events("Freedonia clashed with Sylvania on Monday.", en_ctx))


@pytest.mark.parametrize("text", [
    # who reports an act is none of its sides
    "Freedonia attacked Sylvania on Monday, Jane Smith said.",
    "Freedonia attacked Sylvania on Monday, according to Jane Smith.",
    "Jane Smith said Freedonia attacked Sylvania on Monday.",
])
def test_reporter_is_no_side(en_ctx: Any, text: str) -> None:
    found = [e for e in en_events(text, en_ctx) if e[0] == "ASSAULT"]
    assert found and found[0][1] == {"Q_fr"} and found[0][2] == {"Q_sy"}, found


def test_speaker_of_an_unnamed_clause_stays(en_ctx: Any) -> None:
    # "Misri said the ceasefire had come into effect": the clause names no one, and the speaker's
    # side may be the one acting, so the speaker stays (a known cost: "X said the suspect was
    # arrested" still reads X as arrested)
    found = en_events("Jane Smith said the ceasefire with Sylvania had come into effect on Monday.", en_ctx)
    assert any("Q_smith" in e[1] | e[2] for e in found), found


@pytest.mark.parametrize("text", [
    # near misses: a pronoun in the reported clause may be its speaker, and "close to" is no report
    "Jane Smith said on Monday that she would resign.",
    "A person close to Jane Smith told Acme that she would resign on Monday.",
])
def test_speaker_who_acts_stays(en_ctx: Any, text: str) -> None:
    found = en_events(text, en_ctx)
    assert any(e[0] == "RETREAT" and "Q_smith" in e[1] for e in found), found
    assert all("Q_acme" not in e[1] | e[2] for e in found), found


@pytest.mark.parametrize("text", [
    # a word right before the trigger that gives it another sense
    "Jane Smith, a former Acme radio host, wrote a book about Freedonia on Monday.",
    "Freedonia stocks rallied on Monday after Sylvania cut its rates.",
])
def test_other_sense_before(en_ctx: Any, text: str) -> None:
    found = en_events(text, en_ctx)
    assert not [e for e in found if e[0] in ("PROTEST", "CONSULT")], found


@pytest.mark.parametrize(("text", "typ"), [
    ("Freedonia hosted Jane Smith on Monday.", "CONSULT"),
    ("Thousands rallied in Freedonia against Jane Smith on Monday.", "PROTEST"),
])
def test_verb_sense_stays(en_ctx: Any, text: str, typ: str) -> None:
    assert any(e[0] == typ for e in en_events(text, en_ctx)), en_events(text, en_ctx)


@pytest.mark.parametrize(("text", "meeting"), [
    # receiving congratulations or a letter is no meeting; receiving a minister who brings a
    # message is (the thing received is the object's head, not a word in its complements)
    ("Olaf Scholz a reçu des félicitations d'Emmanuel Macron lundi.", False),
    ("Le Mali a reçu une lettre de la Russie lundi.", False),
    ("Emmanuel Macron a reçu lundi Sergueï Lavrov, porteur d'un message de la Russie.", True),
])
def test_french_what_is_received(en_ctx: Any, text: str, meeting: bool) -> None:
    assert any(e[0] == "CONSULT" for e in types(text, en_ctx)) is meeting, types(text, en_ctx)


def test_elect_title_is_no_election(en_ctx: Any) -> None:
    assert not [e for e in en_events("President-elect Jane Smith visited Acme on Monday.", en_ctx) if e[0] == "SUPPORT"]
    assert any(e[0] == "SUPPORT" for e in en_events("Freedonia elected Jane Smith on Monday.", en_ctx))


def test_names_in_what_is_said_after_the_trigger(en_ctx: Any) -> None:
    found = en_events("Jane Smith agreed, saying that she finds Acme competent on Monday.", en_ctx)
    assert not [e for e in found if e[0] == "AGREE"], found
    found = en_events("Freedonia attacked Sylvania on Monday, saying Acme had armed the rebels.", en_ctx)
    assert any(e[0] == "ASSAULT" and e[2] == {"Q_sy"} for e in found), found


@pytest.mark.parametrize("text", [
    # events@15: "alleging" and "stating" open what is alleged or stated, whose names are no side
    "Freedonia accused Sylvania on Monday, alleging that it had forced Jane Smith to flee.",
    "Freedonia condemned Sylvania on Monday, stating that it had harmed Jane Smith.",
])
def test_who_an_allegation_names_is_no_side(en_ctx: Any, text: str) -> None:
    found = en_events(text, en_ctx)
    assert found and all("Q_smith" not in e[1] | e[2] for e in found), found
    assert any("Q_sy" in e[2] for e in found), found


def test_near_miss_of_an_allegation_a_second_target_stays(en_ctx: Any) -> None:
    found = en_events("Freedonia accused Sylvania and Jane Smith on Monday of alleging fraud.", en_ctx)
    assert any({"Q_sy", "Q_smith"} <= e[2] for e in found), found
    # a participle with another sense as common is no report: what follows it may be a side
    found = en_events("Freedonia attacked Sylvania on Monday, maintaining pressure on Jane Smith.", en_ctx)
    assert any("Q_smith" in e[2] for e in found), found
