"""English nationality adjectives that name a state's agent: "a Swiss court", "the Thai army",
"Pakistani airstrikes" (events@18).

English writes whose an institution or a force is with a capitalised nationality adjective
right before its noun, where French writes the adjective after it ("la justice suisse", read from
the parse in `actors.Places.adjective_states`). English has no parse here, so the adjective stands
for its state only right before a noun of a state's agent (`state_agents` in
`data/events/triggers_en.json`: government, army, court, ministry, police, troops, airstrikes ...),
one lowercase word at most between ("a Swiss appeals court"); "Swiss francs", "Thai food" or "an
Iranian-born novelist" name no agent, and an adjective inside a name ("the Saudi Arabian Monetary
Authority") is that name's. The adjective becomes a mention of the state (type LOC, the
gazetteer's country id), which the word-order reading then places as any other name.
"""

from __future__ import annotations

from typing import Any

from veille.model import Mention
from veille.stages.entities.text import fold

AGENT_REACH = 2  # the agent noun right after the adjective, or after one more lowercase word


def demonym_mentions(tokens: list[Any], mentions: list[Mention], demonyms: dict[str, str],
                     agents: frozenset[str]) -> list[Mention]:
    """Mentions of the states that nationality adjectives before an agent noun stand for."""
    out: list[Mention] = []
    for i, tok in enumerate(tokens):
        text = tok.text
        if not text[:1].isupper() or any(m.start <= tok.idx < m.end for m in mentions):
            continue
        state = demonyms.get(fold(text))
        if state is None:
            continue
        after = tokens[i + 1:i + 1 + AGENT_REACH]
        for nxt in after:
            if not nxt.text[:1].islower():
                break
            if nxt.lower_ in agents:
                out.append(Mention(tok.idx, tok.idx + len(text), text, "LOC", state))
                break
    return out
