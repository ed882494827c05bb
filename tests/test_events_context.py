"""What the wider text adds to an event (stages/events/context.py): the court behind a judgment
told without its judge, the giver of an award, and dates that bound an event instead of dating it."""

from __future__ import annotations

from typing import Any

import pytest

from veille.model import Article, Mention, Timex
from veille.stages.events import events_batch
from veille.stages.events.context import Bench, awarders, in_relative_clause, is_bound, not_its_day, shifted


@pytest.fixture(scope="module")
def ctx(ctx: Any) -> Any:
    """Every event the sentences hold: these cases test extraction, not the main-event filter."""
    from veille.config import Config, EventsConfig
    from veille.pipeline import Context

    return Context(Config(events=EventsConfig(filter=False)), resources=ctx.resources)


def _article(text: str, names: dict[str, tuple[str, str]], dates: dict[str, str], lang: str = "fr") -> Article:
    mentions = []
    for name, (typ, ent) in names.items():
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, typ, ent))  # type: ignore[arg-type]
            start = text.find(name, start + len(name))
    timexes = []
    for expr, value in dates.items():
        start = text.find(expr)
        timexes.append(Timex(start, start + len(expr), expr, "DATE", value))
    return Article(id="a1", source="t", raw=text, body=text, published="2025-01-08", lang=lang,
                   mentions=sorted(mentions, key=lambda m: m.start), timexes=timexes)


def _timex(body: str, expr: str, value: str = "2026") -> Timex:
    start = body.index(expr)
    return Timex(start, start + len(expr), expr, "DATE", value)


def _of_type(art: Article, ctx: Any, typ: str) -> list[Any]:
    """The article's events of one type, in the order the stage gives them."""
    return [e for e in events_batch([art], ctx)[0].events if e.type == typ]


# a judge and the one judged (the English judgment tests)
_BENCH = {"Maria Carroccia": ("PER", "judge"), "Michael McLeod": ("PER", "mcleod")}


@pytest.mark.parametrize(("body", "expr", "trigger", "bound"), [
    ("Il quittera son poste après la Coupe du monde 2026.", "2026", "quittera", True),
    ("He will step down after next year's tournament.", "next year", "step", True),
    ("The deal must be signed by Friday.", "Friday", "signed", True),
    ("Le sommet aura lieu avant la fin de 2026.", "2026", "sommet", True),
    ("He was convicted by a Paris court on Thursday.", "Thursday", "convicted", False),
    ("Il a démissionné mardi.", "mardi", "démissionné", False),
    ("Talks stalled after Friday's summit.", "Friday", "summit", False),
    ("Il est parti avant de rencontrer Poutine vendredi.", "vendredi", "rencontrer", False),
    ("Un accord crucial : ils fourniront 300 milliards d'ici 2035.", "2035", "accord", False),
    # a clause of its own after the bound word: its day is that clause's event's, not the trigger's
    ("The clashes came after Freedonia recalled its ambassador to Sylvania late on Wednesday.", "Wednesday",
     "clashes", True),
    ("Les combats ont éclaté après que la Freedonie a rappelé son ambassadeur mercredi.",
     "mercredi", "combats", True),
    ("The clashes began on Wednesday, after Freedonia recalled its ambassador.", "Wednesday", "clashes", False),
])
def test_bounds_do_not_date(body: str, expr: str, trigger: str, bound: bool) -> None:
    assert is_bound(body, _timex(body, expr), body.index(trigger)) is bound


@pytest.mark.parametrize(("body", "expr", "trigger", "inside"), [
    ("Blanchett presented the award to Panahi, who three years ago was imprisoned.", "three years ago",
     "presented", True),
    ("Le prix a été remis à Daoud, dont le roman est paru en 2024.", "2024", "remis", True),
    ("Panahi, who was jailed in 2022, won the award.", "2022", "won", True),
    ("The award went to Panahi on Saturday, who thanked the jury.", "Saturday", "award", False),
    ("Il a démissionné mardi, a-t-il dit.", "mardi", "démissionné", False),
    ("In 2022, the court, which had heard him, convicted Panahi.", "2022", "convicted", False),
])
def test_a_relative_clause_dates_its_antecedent_not_the_trigger(body: str, expr: str, trigger: str,
                                                                 inside: bool) -> None:
    assert in_relative_clause(body, _timex(body, expr), body.index(trigger)) is inside


def test_bench_finds_courts_and_titled_judges() -> None:
    body = "Superior Court Justice Maria Carroccia ruled. Le président Emmanuel Macron a réagi."
    mentions = [Mention(0, 14, "Superior Court", "ORG", "court"), Mention(23, 38, "Maria Carroccia", "PER", "judge"),
                Mention(59, 74, "Emmanuel Macron", "PER", "macron")]
    found = Bench(["court", "tribunal"], ["justice", "juge"]).of(body, mentions)
    assert [m.entity for m in found] == ["court", "judge"]


def test_awarders_are_organisations_and_named_events() -> None:
    mentions = [Mention(0, 5, "Panahi", "PER", "panahi"), Mention(10, 20, "Palme d'or", "MISC", "palme"),
                Mention(30, 48, "Festival de Cannes", "MISC", "cannes"), Mention(50, 55, "Iran", "LOC", "iran")]
    assert awarders(mentions) == ["palme", "cannes"]


def test_a_judgment_without_its_judge_is_the_courts(ctx: Any) -> None:
    text = ("Le tribunal correctionnel de Paris a ouvert l'audience. "
            "Nicolas Sarkozy a été condamné à cinq ans de prison jeudi.")
    art = _article(text, {"tribunal correctionnel de Paris": ("ORG", "court"),
                          "Nicolas Sarkozy": ("PER", "sarkozy")}, {"jeudi": "2025-09-25"})
    sanction = _of_type(art, ctx, "SANCTION")
    assert sanction and sanction[0].source == ["court"], [(e.type, e.source, e.target) for e in sanction]
    assert "sarkozy" in sanction[0].target


def test_an_english_acquittal_takes_the_titled_judge(ctx: Any) -> None:
    text = "Justice Maria Carroccia read the verdict. Michael McLeod was acquitted of all charges on Thursday."
    art = _article(text, _BENCH, {"Thursday": "2025-07-24"}, lang="en")
    rejected = _of_type(art, ctx, "REJECT")
    assert rejected and rejected[0].source == ["judge"] and rejected[0].target == ["mcleod"]


def test_an_undated_judgment_takes_the_article_judge(ctx: Any) -> None:
    # (events@43, `implicit.add_agents`) no day of its own and no dated judgment in the article:
    # the article's bench still passed it (events@42 and before left it without a side)
    text = "Justice Maria Carroccia read the verdict. Michael McLeod was acquitted of all charges."
    art = _article(text, _BENCH, {}, lang="en")
    rejected = _of_type(art, ctx, "REJECT")
    assert rejected and rejected[0].source == ["judge"] and rejected[0].date is None


def test_an_undated_pluperfect_judgment_keeps_its_own_actors(ctx: Any) -> None:
    # near miss: "had been acquitted" tells an earlier trial's judgment, not this bench's
    text = "Justice Maria Carroccia read the verdict. Michael McLeod had been acquitted of similar charges."
    art = _article(text, _BENCH, {}, lang="en")
    rejected = _of_type(art, ctx, "REJECT")
    assert rejected and all(e.source == [] for e in rejected), rejected


def test_judgments_of_one_trial_share_its_day(ctx: Any) -> None:
    text = ("Nicolas Sarkozy a été condamné jeudi à cinq ans de prison par le tribunal correctionnel de Paris. "
            "Nicolas Sarkozy a été acquitté des autres accusations.")
    art = _article(text, {"tribunal correctionnel de Paris": ("ORG", "court"),
                          "Nicolas Sarkozy": ("PER", "sarkozy")}, {"jeudi": "2025-09-25"})
    acquittal = [e for e in events_batch([art], ctx)[0].events if e.mode == "acquit"]
    assert acquittal and acquittal[0].date == "2025-09-25" and acquittal[0].source == ["court"], acquittal


def test_a_departure_after_a_tournament_is_not_dated_by_it(ctx: Any) -> None:
    # The day it was announced is not the day of the departure either: the story stage would
    # read a planned event dated that day as still ahead of the article.
    text = "Didier Deschamps quittera son poste après la Coupe du monde 2026, a-t-il annoncé mercredi."
    art = _article(text, {"Didier Deschamps": ("PER", "deschamps")}, {"mercredi": "2025-01-08", "2026": "2026"})
    retreat = _of_type(art, ctx, "RETREAT")
    assert retreat and retreat[0].date is None, [(e.type, e.date) for e in retreat]


def test_an_award_names_its_giver(ctx: Any) -> None:
    text = "La Palme d'or a été décernée samedi à Jafar Panahi lors du Festival de Cannes."
    art = _article(text, {"Jafar Panahi": ("PER", "panahi"), "Palme d'or": ("MISC", "palme"),
                          "Festival de Cannes": ("MISC", "cannes")}, {"samedi": "2025-05-24"})
    support = _of_type(art, ctx, "SUPPORT")
    assert support, [(e.type, e.trigger) for e in events_batch([art], ctx)[0].events]
    assert "cannes" in set(support[0].source) | set(support[0].target)
    assert "panahi" in set(support[0].source) | set(support[0].target)


@pytest.mark.parametrize(("body", "trigger", "expr", "value", "expected"), [
    # an event inside a fronted span "N days after/before ...": the clause's day moved by the span
    ("Trois jours seulement après le putsch, le colonel a été investi le vendredi 17 octobre.",
     "putsch", "vendredi 17 octobre", "2025-10-17", "2025-10-14"),
    ("Three days after the coup, the colonel was sworn in on Friday.", "coup", "Friday", "2025-10-17",
     "2025-10-14"),
    ("The colonel was sworn in on Friday, two days after the coup.", "coup", "Friday", "2025-10-17",
     "2025-10-15"),
    ("Two weeks before the vote, the party said on Sunday it would boycott it.", "vote", "Sunday",
     "2025-03-02", "2025-03-16"),
    ("Au lendemain du scrutin, le président a démissionné lundi.", "scrutin", "lundi", "2025-03-03",
     "2025-03-02"),
    ("À la veille du sommet, le ministre a déclaré dimanche ...", "sommet", "dimanche", "2025-03-02",
     "2025-03-03"),
    ("Six months after the ceasefire, talks resumed on 3 May 2025.", "ceasefire", "3 May 2025", "2025-05-03",
     "2024-11"),
    # near misses: the span's own day, the clause's own trigger, no span, a timex that is no day
    ("Three days after the coup on Tuesday, the colonel was sworn in.", "coup", "Tuesday", "2025-10-14", None),
    ("The colonel was sworn in on Friday, three days after the coup.", "sworn", "Friday", "2025-10-17", None),
    ("After the coup, the colonel was sworn in on Friday.", "coup", "Friday", "2025-10-17", None),
    ("Three days of clashes, the army said on Friday.", "clashes", "Friday", "2025-10-17", None),
    ("Three days after the coup, the colonel was sworn in in October.", "coup", "October", "2025-10", None),
    ("A Hawaii after the summit, he said on Friday.", "summit", "Friday", "2025-10-17", None),
])
def test_a_span_after_an_event_moves_its_day(body: str, trigger: str, expr: str, value: str,
                                             expected: str | None) -> None:
    assert shifted(body, 0, _timex(body, expr, value), body.index(trigger)) == expected


def test_a_coup_three_days_before_the_swearing_in_is_dated_three_days_earlier(ctx: Any) -> None:
    text = ("Trois jours seulement après le coup d'État de l'armée contre Andry Rajoelina, "
            "le colonel Michaël Randrianirina a été investi le vendredi 17 octobre 2025.")
    art = _article(text, {"Andry Rajoelina": ("PER", "rajoelina"), "Michaël Randrianirina": ("PER", "colonel")},
                   {"vendredi 17 octobre 2025": "2025-10-17"})
    found = [(e.type, e.date) for e in events_batch([art], ctx)[0].events]
    coups = [d for t, d in found if t == "COERCE"]
    assert coups and coups[0] == "2025-10-14", found


@pytest.mark.parametrize(("body", "trigger", "expr", "other"), [
    # the trigger in a relative clause, the timex in the main clause beyond it
    ("An army colonel who seized power in a military coup was sworn in as leader on Friday.", "coup", "Friday",
     True),
    ("The colonel, who seized power in a coup, was sworn in on Friday.", "coup", "Friday", True),
    ("Le colonel qui a pris le pouvoir lors du putsch a été investi vendredi.", "putsch", "vendredi", True),
    # a relative clause opened after the timex holds the trigger
    ("The colonel was sworn in on Friday in a power grab that ousted the president.", "ousted", "Friday", True),
    ("Police on Sunday arrested men who attacked officers.", "attacked", "Sunday", True),
    # the trigger in an uncounted span "a few days after ..."
    ("Le colonel a été investi vendredi, quelques jours après la prise de pouvoir par les militaires.",
     "prise", "vendredi", True),
    # near misses: the timex inside the relative clause, the relative's antecedent, no relative,
    # the span's own day, "that" (a complementiser as often as a pronoun)
    ("Police who fired tear gas on Sunday arrested ten people.", "fired", "Sunday", False),
    ("The colonel who was sworn in on Friday seized power in a coup.", "sworn", "Friday", False),
    ("Freedonia attacked Sylvania on Friday.", "attacked", "Friday", False),
    ("A few days after the vote on Friday, he resigned.", "vote", "Friday", False),
    ("The militia that attacked the town was shelled on Friday.", "attacked", "Friday", False),
    ("Freedonia said on Friday that Sylvania attacked the town.", "attacked", "Friday", False),
    ("On Sunday, police arrested ten men.", "arrested", "Sunday", False),
])
def test_a_timex_of_another_clause_does_not_date_the_trigger(body: str, trigger: str, expr: str,
                                                             other: bool) -> None:
    assert not_its_day(body, 0, _timex(body, expr, "2025-10-17"), body.index(trigger)) is other


def test_a_coup_told_in_a_relative_clause_is_not_dated_by_the_swearing_in(ctx: Any) -> None:
    text = "Michael Randrian, who seized power in a military coup against Andry Rajoelina, was sworn in on Friday."
    art = _article(text, {"Andry Rajoelina": ("PER", "rajoelina"), "Michael Randrian": ("PER", "colonel")},
                   {"Friday": "2025-10-17"}, lang="en")
    found = [(e.type, e.date) for e in events_batch([art], ctx)[0].events]
    coups = [d for t, d in found if t == "COERCE"]
    assert coups and coups[0] is None, found
