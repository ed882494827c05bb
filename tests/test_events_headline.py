"""events@66 (issue 19, `stages/events/headline.py`): the headline is read as a text of its own,
whether cleaning took it out of the body as the title or left it as the body's first line, so
that where cleaning cuts it does not change the article's events. Sentences written from the
language, not from any eval set; each case beside a near miss."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import article_naming
from veille.config import Config, EventsConfig
from veille.model import Article, Event, Evidence
from veille.pipeline import Context
from veille.stages.events import events_batch
from veille.stages.events.filter import feature_table
from veille.stages.events.headline import body_line

NAMES: dict[str, tuple[str, str]] = {
    "Abdoulaye Diop": ("PER", "Q_diop"), "Tribunal de Dakar": ("ORG", "Q_court"),
    "Sénégal": ("LOC", "Q1041"), "Mali": ("LOC", "Q912"), "Bamako": ("LOC", "Q3703"),
}

HEAD = "Abdoulaye Diop condamné à deux ans de prison ferme"
LEDE = "Le verdict du Tribunal de Dakar contre Abdoulaye Diop a surpris ses partisans au Sénégal."


@pytest.fixture(scope="module")
def nf_ctx(ctx: Any) -> Any:
    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def _article(body: str, title: str | None = None) -> Article:
    a = article_naming(body, NAMES, "fr")
    a.title = title
    return a  # type: ignore[no-any-return]


def _events(a: Article, ctx: Any) -> list[Event]:
    return events_batch([a], ctx)[0].events  # type: ignore[no-any-return]


def _shapes(events: list[Event]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.type, tuple(sorted(e.source)), tuple(sorted(e.target))) for e in events}


def test_body_line_the_title_printed_again() -> None:
    a = _article(f"{HEAD}\n{LEDE}", title=HEAD)
    assert body_line(a) == (0, len(HEAD))


def test_body_line_with_no_title_a_headline_shaped_line() -> None:
    assert body_line(_article(f"{HEAD}\n{LEDE}")) == (0, len(HEAD))


def test_body_line_near_misses() -> None:
    # a finished sentence is the lede, not a headline; another title means the body opens with text
    assert body_line(_article(f"{LEDE}\nLe Mali a réagi.")) is None
    assert body_line(_article(f"{HEAD}\n{LEDE}", title="Un autre titre sur le Mali")) is None
    assert body_line(_article(HEAD)) is None  # nothing under it: the body is that line


def test_a_headline_event_whichever_way_cleaning_cut_the_headline(nf_ctx: Any) -> None:
    in_body = _events(_article(f"{HEAD}\n{LEDE}"), nf_ctx)
    as_title = _events(_article(LEDE, title=HEAD), nf_ctx)
    assert any(e.type == "SANCTION" and "Q_diop" in e.target for e in as_title), as_title
    assert _shapes(in_body) == _shapes(as_title)


def test_an_event_told_only_in_the_title_is_cited_by_the_body(nf_ctx: Any) -> None:
    a = _article(LEDE, title=HEAD)
    sanction = [e for e in _events(a, nf_ctx) if e.type == "SANCTION"]
    assert sanction and all(a.body[v.start:v.end] == v.text for e in sanction for v in e.evidence)
    assert sanction[0].evidence[0].text == LEDE  # the body sentence naming its side


def test_a_headline_telling_a_body_event_adds_no_event(nf_ctx: Any) -> None:
    body = "Abdoulaye Diop a été condamné à deux ans de prison par le Tribunal de Dakar."
    plain = _events(_article(body), nf_ctx)
    titled = _events(_article(body, title=HEAD), nf_ctx)
    assert _shapes(titled) == _shapes(plain)
    assert len(titled) == len(plain)


def test_the_headline_line_is_no_report_for_the_filter() -> None:
    # near miss of the old reading: the body's copy of the headline counted as one report more
    body = f"{HEAD}\n{LEDE}"
    a = _article(body)
    ev = Event("a1:ev0", "SANCTION", None, ["Q_court"], ["Q_diop"], None, None, "asserted", "condamné",
               [Evidence("a1", 0, len(HEAD), HEAD), Evidence("a1", len(HEAD) + 1, len(body), LEDE)])
    line = (0, len(HEAD))
    read = feature_table(ev, a, [len(HEAD) + 1], 1, (HEAD, line))
    as_title = _article(LEDE, title=HEAD)
    ev2 = Event("a1:ev0", "SANCTION", None, ["Q_court"], ["Q_diop"], None, None, "asserted", "condamné",
                [Evidence("a1", 0, len(LEDE), LEDE)])
    plain = feature_table(ev2, as_title, [0], 1, (HEAD, None))
    for name in ("reports", "first_position", "in_lede", "sentence_rank", "actor_in_title", "trigger_in_title"):
        assert read[name] == pytest.approx(plain[name]), name


def test_a_headline_telling_the_bodys_act_with_other_sides_joins_it(nf_ctx: Any) -> None:
    # the body tells the sentence without naming the one sentenced: the headline's act is the
    # body's first of its type, not a second sentencing
    body = "Le Tribunal de Dakar a condamné l'opposant à deux ans de prison ferme mardi."
    plain = _events(_article(body), nf_ctx)
    titled = _events(_article(body, title=HEAD), nf_ctx)
    assert [e.type for e in titled].count("SANCTION") == [e.type for e in plain].count("SANCTION") == 1
    assert _shapes(titled) == _shapes(plain)


def test_a_headline_that_asks_makes_no_event_of_its_own(nf_ctx: Any) -> None:
    asked = _events(_article(LEDE, title=f"{HEAD} ?"), nf_ctx)
    told = _events(_article(LEDE, title=HEAD), nf_ctx)
    assert not any(e.type == "SANCTION" and "Q_diop" in e.target for e in asked), asked
    assert any(e.type == "SANCTION" and "Q_diop" in e.target for e in told), told  # near miss


class _KeepAll:
    """A filter that keeps every event: what the stage does after it is what is tested."""

    def keep(self, events: list[Event], article: Any, starts: Any, headline: Any = None) -> list[Event]:
        return events


def _filtered_events(a: Article, ctx: Any) -> list[Event]:
    from veille.stages.events import events_of, load_lexicon
    from veille.stages.events.headline import read
    from veille.stages.nlp import parsed

    lex = load_lexicon()
    lex.filter = _KeepAll()  # type: ignore[assignment]
    return events_of(a, parsed(a, ctx), lex, head=read(a, ctx))


def test_the_headlines_own_act_stands_only_where_the_body_keeps_none(ctx: Any) -> None:
    # the body keeps a meeting of its own: the headline's sentencing, told nowhere in the body, is
    # no event of the article's; over a body with no event of its own it is (near miss)
    meeting = "Le président du Sénégal a reçu le président du Mali à Dakar mardi."
    busy = _filtered_events(_article(meeting, title=HEAD), ctx)
    assert busy and not any(e.type == "SANCTION" for e in busy), busy
    quiet = _filtered_events(_article(LEDE, title=HEAD), ctx)
    assert any(e.type == "SANCTION" and "Q_diop" in e.target for e in quiet), quiet
