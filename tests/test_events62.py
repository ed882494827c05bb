"""events@62 (issue 19): the headline is read once, whether cleaning kept it on top of the body or took
it as the title (`stages/events/headline.py`); near misses: a first line that is a sentence, or another
line than the title, is still the body's."""

from __future__ import annotations

import dataclasses
from typing import Any

from tests.test_events import article

from veille.model import Article
from veille.stages.events import events_batch
from veille.stages.events.filter import feature_table
from veille.stages.events.headline import Headline, headline_of, headline_shaped, same_text

HEAD = "Sergueï Lavrov rencontre Abdoulaye Diop à Moscou"
LEDE = ("Le ministre russe Sergueï Lavrov a rencontré mardi son homologue malien Abdoulaye Diop à Moscou. "
        "Les deux ministres ont signé un accord de défense.\n\n"
        "La Russie et le Mali coopèrent depuis 2021.")


def _with(text: str, title: str | None, lang: str | None = None) -> Article:
    a = article(text)
    return dataclasses.replace(a, title=title, lang=lang)


def test_a_line_repeating_the_title_is_the_title() -> None:
    assert same_text(HEAD, HEAD)
    assert same_text("Sergueï Lavrov rencontre Abdoulaye Diop à Moscou - Le Monde", HEAD)  # a site's suffix
    assert same_text("SERGUEÏ LAVROV RENCONTRE ABDOULAYE DIOP À MOSCOU", HEAD)
    assert not same_text("Sergueï Lavrov à Moscou", HEAD)  # half of it
    assert not same_text(LEDE.split("\n")[0], HEAD)


def test_a_headline_is_a_short_line_with_no_stop() -> None:
    assert headline_shaped(HEAD)
    assert headline_shaped("« Tout le monde tombe, un jour »")
    assert not headline_shaped("Grave sortie de route.")  # a sentence
    assert not headline_shaped("Lire aussi :")  # opens what follows
    assert not headline_shaped("Politique")  # a section's label is no headline
    assert not headline_shaped(" ".join(["mot"] * 41))
    assert headline_shaped("François Fillon, condamné à deux ans ferme, ira-t-il en prison ?")


def test_where_the_body_proper_starts() -> None:
    body = HEAD + "\n\n" + LEDE
    assert headline_of(_with(body, HEAD)) == Headline(HEAD, len(HEAD) + 2)
    assert headline_of(_with(body, None)) == Headline(HEAD, len(HEAD) + 2)  # a headline cleaning did not find
    assert headline_of(_with(LEDE, HEAD)) == Headline(HEAD, 0)  # the title only
    # near misses: another first line than the title, a first line that is a sentence, English, one line
    assert headline_of(_with(body, "Moscou et Bamako renforcent leur coopération militaire")).end == 0
    assert headline_of(_with(LEDE, None)) == Headline(None, 0)
    assert headline_of(_with(body, HEAD, "en")) == Headline(HEAD, 0)
    assert headline_of(_with(HEAD, HEAD)).end == 0


def _read(a: Article, ctx: Any) -> list[tuple[Any, ...]]:
    return sorted((e.type, e.trigger, tuple(e.source), tuple(e.target), e.date, e.modality)
                  for e in events_batch([a], ctx)[0].events)


def test_the_same_events_whether_the_headline_is_in_the_body_or_the_title(ctx: Any) -> None:
    titled = _read(_with(LEDE, HEAD), ctx)
    assert titled
    assert _read(_with(HEAD + "\n\n" + LEDE, HEAD), ctx) == titled
    assert _read(_with(HEAD + "\n\n" + LEDE, None), ctx) == titled


def test_the_filter_reads_the_headline_once(ctx: Any) -> None:
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context
    plain = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    a, b = _with(LEDE, HEAD), _with(HEAD + "\n\n" + LEDE, HEAD)
    ea, eb = events_batch([a], plain)[0].events, events_batch([b], plain)[0].events
    assert [len(e.evidence) for e in ea] == [len(e.evidence) for e in eb]  # no second report
    starts_a = [0, LEDE.index("Les deux")]
    starts_b = [s + len(HEAD) + 2 for s in starts_a]
    for x, y in zip(ea, eb, strict=True):
        assert feature_table(x, a, starts_a, len(ea)) == feature_table(y, b, starts_b, len(eb))


def test_a_first_sentence_is_still_read(ctx: Any) -> None:
    # no title, a first line that ends with a stop: a sentence of the body, its event read
    text = "Sergueï Lavrov a rencontré Abdoulaye Diop mardi à Moscou.\n\nLa Russie et le Mali coopèrent."
    assert any(e.type == "CONSULT" for e in events_batch([_with(text, None)], ctx)[0].events)


def test_the_french_filter_weighs_no_title(ctx: Any) -> None:
    # events@62: the title features left the French model (a wrong title, "Temps de lecture : 24s", or
    # none moves no French decision); the English model keeps its own
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context
    from veille.stages.events.filter import load_filter
    model = load_filter()
    assert model is not None
    french = dict(model.languages).get("fr", model)
    assert not {"actor_in_title", "trigger_in_title"} & set(french.features)
    assert {"actor_in_title", "trigger_in_title"} <= set(dict(model.languages)["en"].features)
    plain = Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)
    a, b = _with(LEDE, HEAD), _with(LEDE, "Temps de lecture : 24s")
    ea, eb = events_batch([a], plain)[0].events, events_batch([b], plain)[0].events
    starts = [0, LEDE.index("Les deux")]
    assert [french.probability(french.row(e, a, starts, len(ea))) for e in ea] == \
        [french.probability(french.row(e, b, starts, len(eb))) for e in eb]
