"""entities@115 (issue 18): an officer's bare title takes the one body the article's officers' titles
state (`roles_topic_org.stated_owner`), beside the near misses that must not change. Invented texts."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import annotate_entities as annotate
from veille.stages.entities.roles_topic_org import stated_owner


def _of(ctx: Any, body: str, name: str) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in annotate(ctx, body, "en")[name].roles]


_ONE = ("Peter Lund, chief financial officer of Zorvex, said on Monday that results would be late. "
        "Zorvex shares fell. Analysts expect Zorvex to cut jobs. "
        "Anna Kowalski, the chief executive, declined to comment.")


def test_a_bare_officer_title_takes_the_one_body_stated(ctx: Any) -> None:
    assert _of(ctx, _ONE, "Anna Kowalski") == [("chief executive", "org:zorvex")]


@pytest.mark.parametrize("body", [
    # two bodies stated by officers' titles: whose chief executive she is is not plain
    _ONE.replace("Analysts expect", "Tom Hale, chairman of Brentwick, expects"),
    # the body named twice only: no article about it
    _ONE.replace("Zorvex shares fell. ", ""),
    # the title's sentence names another organisation
    _ONE.replace("the chief executive, declined", "the chief executive, said the World Bank had asked her and declined"),
])
def test_near_misses_keep_the_title_bare(ctx: Any, body: str) -> None:
    assert _of(ctx, body, "Anna Kowalski") == [("chief executive", None)]


@pytest.mark.parametrize("state", [True, False])
def test_a_state_stated_is_no_company(ctx: Any, state: bool) -> None:
    """A state an officer's title states ("chairman of France") gives no company; a body does."""
    from veille.stages.entities.gazetteer import gazetteer
    from veille.stages.entities.recognize import Candidate
    from veille.stages.entities.roles_frames import RoleLink
    from veille.stages.entities.roles_title_match import TitleMatch

    gaz = gazetteer(ctx)
    body = "France France France. The chairman of France met Jo Li, the chief executive."
    of = next(k for k, e in gaz.entries.items() if e.type == "LOC" and e.kind == "country") if state else "org:france"
    links = [RoleLink(None, TitleMatch(22, 26, 44, 34, "chairman", of, True, None, (38, 44))),
             RoleLink(Candidate(49, 54, "PER"), TitleMatch(56, 60, 75, 75, "chief executive", None, True))]
    stated_owner(body, [], links, gaz)
    assert links[1].title.of == (None if state else "org:france")
