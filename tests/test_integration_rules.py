"""Rules found by running the merged pipeline: sentence ends at line breaks, lists of states,
dates of coordinated verbs, story dates that are undone before a rerun, conflicting dates."""

from __future__ import annotations

from typing import Any

from veille.model import Article, Event, Mention
from veille.stages.events import events_batch
from veille.stages.nlp import nlp_batch
from veille.stages.stories.cluster import article_span, events_clash
from veille.stages.stories.dates import best_supported

STATES = (("Mali", "Q912"), ("Niger", "Q1032"), ("Burkina Faso", "Q965"), ("CEDEAO", "org:cedeao"),
          ("AES", "org:aes"), ("Russie", "Q159"))


def parsed(ctx: Any, text: str, timexes: list[tuple[str, str]] = ()) -> Article:  # type: ignore[assignment]
    from veille.model import Timex

    art = Article(id="t", source="t.txt", raw=text, body=text, lang="fr")
    nlp_batch([art], ctx)
    art.mentions = []
    for name, qid in STATES:
        start = text.find(name)
        while start >= 0:
            art.mentions.append(Mention(start, start + len(name), name, "ORG" if qid.startswith("org") else "LOC", qid))
            start = text.find(name, start + len(name))
    art.mentions.sort(key=lambda m: m.start)
    for phrase, value in timexes:
        i = text.find(phrase)
        art.timexes.append(Timex(i, i + len(phrase), phrase, "DATE", value))
    return art


def test_a_heading_line_is_its_own_sentence(ctx: Any) -> None:
    text = "Une alliance de défense collective\nLors de cette visite, les ministres ont signé un accord."
    art = parsed(ctx, text)
    starts = [s.start for s in art.sentences]
    assert text.index("Lors") in starts


def test_the_three_countries_are_the_states_listed_before(ctx: Any) -> None:
    text = ("Les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso sont arrivés à Bamako.\n"
            "Les trois pays ont annoncé la création d’une alliance de défense collective.")
    art = parsed(ctx, text)
    events_batch([art], ctx)
    coop = [e for e in art.events if e.type == "COOPERATE"]
    assert coop and {"Q912", "Q1032", "Q965"} <= set(coop[0].source) | set(coop[0].target)


def test_a_coordinated_verb_takes_the_date_of_its_clause_not_of_a_nested_adverb(ctx: Any) -> None:
    text = ("En janvier, le Mali, le Niger et le Burkina Faso se sont retirés de la CEDEAO, dénonçant son "
            "influence, et ont formé l'AES, un pacte désormais destiné à une intégration plus large.")
    art = parsed(ctx, text, [("janvier", "2025-01"), ("désormais", "2025-04-03")])
    events_batch([art], ctx)
    dates = {e.type: e.date for e in art.events}
    assert dates.get("RETREAT") == "2025-01"
    assert dates.get("COOPERATE") == "2025-01"


def ev(type_: str, date: str | None, modality: str = "asserted") -> Event:
    return Event("e", type_, None, ["Q159"], ["Q912"], date, None, modality, "t")  # type: ignore[arg-type]


def test_only_asserted_fully_dated_events_veto_a_story() -> None:
    assert events_clash(ev("CONSULT", "2024-08-01"), ev("CONSULT", "2025-04-03"), 21)
    assert not events_clash(ev("CONSULT", "XXXX-06", "planned"), ev("CONSULT", "2025-04-03"), 21)
    assert not events_clash(ev("CONSULT", "2025-06", "planned"), ev("CONSULT", "2025-04-03"), 21)
    assert not events_clash(ev("CONSULT", "XXXX-06"), ev("CONSULT", "2025-04-03"), 21)


def test_background_years_do_not_place_an_undated_article_in_time() -> None:
    art = Article(id="a", source="a.txt", raw="x", body="x")
    art.events = [ev("COERCE", "2020/2023"), ev("RETREAT", "2025-01")]
    assert article_span(art) is None
    art.events.append(ev("CONSULT", "2025-04-03"))
    span = article_span(art)
    assert span is not None and span.start.isoformat() == "2025-04-03"


def test_conflicting_dates_merge_to_the_one_most_sources_support() -> None:
    assert best_supported(["2025-04-02", "2025-04-03", "2025-04-03/2025-04-04"]) == "2025-04-03"
    assert best_supported(["2024-08-01"]) == "2024-08-01"
    assert best_supported(["XXXX-WXX-3"]) is None


def test_numbers_of_a_date_are_not_conflicting_figures() -> None:
    from veille.model import Evidence, Timex
    from veille.stages.stories.merge import Group, Reported, _figure_conflicts

    def reported(aid: str, text: str, timex: str | None, count: str) -> Reported:
        art = Article(id=aid, source=f"{aid}.txt", raw=text, body=text)
        if timex:
            i = text.index(timex)
            art.timexes = [Timex(i, i + len(timex), timex, "DATE", "2025-04-03/2025-04-04")]
        event = Event("e", "CONSULT", None, ["Q159"], ["Q912"], None, None, "asserted", "t",
                      [Evidence(aid, 0, len(text), text)])
        return Reported(art, event)

    dates = Group([reported("a", "Moscou accueillera les 3 et 4 avril la session.", "les 3 et 4 avril", ""),
                   reported("b", "La session a réuni 4 ministres le 3 avril.", "le 3 avril", "")])
    assert not [c for c in _figure_conflicts(dates) if c.attribute == "figure:avril"]
    counts = Group([reported("a", "Les combats ont fait 12 morts à Ménaka.", None, ""),
                    reported("b", "Les combats ont fait 15 morts à Ménaka.", None, "")])
    assert [c.attribute for c in _figure_conflicts(counts)] == ["figure:morts"]
