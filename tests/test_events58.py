"""events@58 (issue 19, `stages/events/state_agents_en.py`, `data/events/agents_en.json`): an unnamed
English state agent ("police", "the authorities", "the Federal Government", "troops") stands for
the state a nationality adjective, its sentence's one place or the same noun's adjective elsewhere in
the article gives it; a noun that modifies another ("police station"), that a name owns ("the
Tutsi army") or that begins a name ("the Ministry of Foreign Affairs") is none, and nothing else
places it (not the dateline, not the article's one state: tried and left out). Sentences written
from the language, not from any eval set."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Mention
from veille.pipeline import Context
from veille.stages.events import events_batch, state_agents_en
from veille.stages.events.found import Found
from veille.stages.events.lexicon import lexicon

NAMES: dict[str, tuple[str, str]] = {
    "Abdoulaye Diop": ("PER", "Q_diop"), "Mali": ("LOC", "Q912"), "Bamako": ("LOC", "Q3703"),
    "Nairobi": ("LOC", "loc:nairobi"), "Kenya": ("LOC", "Q114"), "BAMAKO": ("LOC", "Q3703"),
}


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def sides(text: str, ctx: Any, kind: str = "COERCE") -> list[set[str]]:
    article = article_naming(text, NAMES, "en")
    return [set(e.source + e.target) for e in events_batch([article], ctx)[0].events if e.type == kind]


def agents(text: str, ctx: Any) -> list[tuple[str, str | None]]:
    """The agent mentions of a one-sentence text (the article is the sentence)."""
    lex = lexicon(ctx)
    article = article_naming(text, NAMES, "en")
    tokens = list(spacy.blank("en")(text))
    states = state_agents_en.article_states(tokens, lex.places, lex.forces, lex.agents_en)
    got = state_agents_en.agent_mentions(tokens, article.mentions, lex.forces, lex.agents_en, lex.places, states,
                                         lex.english.by_form)
    return [(m.text, m.entity) for m in got]


@pytest.mark.parametrize(("text", "state"), [
    ("Malian authorities arrested Abdoulaye Diop on Tuesday.", "Q912"),  # the adjective's state
    ("The Malian riot police arrested Abdoulaye Diop on Tuesday.", "Q912"),
    ("The authorities arrested Abdoulaye Diop on Tuesday at a rally in Bamako.", "Q912"),  # the sentence's place
    # the same noun given an adjective elsewhere in the article
    ("Malian authorities questioned a journalist. Authorities arrested Abdoulaye Diop on Tuesday.", "Q912"),
])
def test_unnamed_agent_takes_its_state(nf_ctx: Any, text: str, state: str) -> None:
    got = sides(text, nf_ctx)
    assert any(state in s and "Q_diop" in s for s in got), got


@pytest.mark.parametrize("text", [
    # near misses: nothing in the sentence places it; a dateline does not; the article's one state
    # does not; the adjective of another noun does not
    "Police arrested Abdoulaye Diop on Tuesday.",
    "BAMAKO — Police arrested Abdoulaye Diop on Tuesday.",
    "Abdoulaye Diop flew back to Bamako on Monday. The Federal Government arrested Abdoulaye Diop on Tuesday.",
    "Malian officials spoke on Monday. The authorities arrested Abdoulaye Diop on Tuesday.",
])
def test_unplaced_agent_stays_open(nf_ctx: Any, text: str) -> None:
    got = sides(text, nf_ctx)
    assert all(not {"Q912", "Q3703", "Q114"} & s for s in got), got


@pytest.mark.parametrize(("text", "nouns"), [
    ("In Bamako, police fired tear gas and troops arrested dozens.", ["police", "troops"]),
    ("In Bamako the government has ordered the army to withdraw.", ["government", "army"]),
    ("In Bamako the Federal Government also announced a curfew.", ["Government"]),
    # near misses: a modifier of another noun, a compound, a possessive, a name that owns it, the
    # start of a name, "military" as an adjective, a local force
    ("In Bamako gunmen attacked a police station and two government hospitals.", []),
    ("In Bamako the anti-government rally and a police-approved march went ahead.", []),
    ("In Bamako the rebels said their government would resign.", []),
    ("In Bamako a deal ended years of war between the Tutsi army and Hutu rebels.", []),
    ("In Bamako he met the Ministry of Foreign Affairs of Mali on Monday.", []),
    ("In Bamako he was drawn into military and political life.", []),
    ("In Bamako city police arrested him.", []),
    ("Bamako police arrested him in Bamako.", []),  # the name's own: word order reads "Bamako"
])
def test_which_nouns_are_agents(nf_ctx: Any, text: str, nouns: list[str]) -> None:
    got = agents(text, nf_ctx)
    assert [t for t, _ in got] == nouns, got
    assert all(e == "Q912" for _, e in got), got


def test_a_police_force_holds_no_protest(nf_ctx: Any) -> None:
    text = "Riot police dispersed a rally on Tuesday in Bamako."
    assert all("Q912" not in s for s in sides(text, nf_ctx, "PROTEST"))
    police, mali = Mention(9, 15, "police", "LOC", "Q912"), Mention(30, 34, "Mali", "LOC", "Q912")

    def rally() -> Found:
        return Found("PROTEST", None, ["Q912"], [], None, None, "asserted", "rally", (0, 40))
    assert state_agents_en.drop_protesting_forces([rally()], [police], [police]) == []
    # near misses: a named state in the sentence keeps its side; an arrest keeps the police's
    assert len(state_agents_en.drop_protesting_forces([rally()], [police], [police, mali])) == 1
    arrest = Found("COERCE", None, ["Q912"], [], None, None, "asserted", "arrested", (0, 40))
    assert state_agents_en.drop_protesting_forces([arrest], [police], [police]) == [arrest]
