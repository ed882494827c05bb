"""A shared event pulls a report into a story only when both dates place it on one occasion
(`stories.cluster.events_match`, `cluster.placed`).

Invented corpus: the parliament of an invented country brings down Prime Minister Dorsan on a
Monday in September; four weeks later his successor Tellier resigns on a Monday in October.  Both
are the same kind of event (a withdrawal, RETREAT) between the same actors (the parliament, the
country).  An undated report of the September fall says only "on Monday": that date contradicts no
Monday, so it used to earn the October story (whose reports' events were found, unlike September's)
the shared-event bonus, which outbid its words.
"""

from __future__ import annotations

import re

import pytest

from veille.config import StoriesConfig
from veille.model import Article, Event, Mention
from veille.stages.stories.cluster import (
    EVENT_BONUS,
    Clusterer,
    build_space,
    events_match,
    placed,
    processing_order,
    profile,
    similarity,
)

NAMES = {"Dorsan": "per:dorsan", "Tellier": "per:tellier", "Vélin": "per:velin",
         "Diète": "org:diete", "Ostrelie": "loc:ostrelie"}
ACTORS = ["org:diete", "loc:ostrelie"]

TEXTS = {
    # (day, event date, body)
    "fall-1": ("2025-09-08", "2025-09-08",
               "La Diète d'Ostrelie a renversé lundi le Premier ministre Dorsan en lui refusant sa "
               "confiance, par 364 voix contre 194. Le budget d'austérité de Dorsan, ses coupes dans "
               "les retraites et le gel des salaires des fonctionnaires ont uni l'opposition."),
    "fall-2": ("2025-09-08", "2025-09-08",
               "Dorsan renversé : la Diète refuse la confiance au gouvernement, 364 voix contre 194. "
               "Son plan d'austérité, les coupes dans les retraites et le gel des salaires ont eu "
               "raison de lui ; le président Vélin cherche un successeur."),
    "resign-1": ("2025-10-06", "2025-10-06",
                 "Coup de théâtre en Ostrelie : le Premier ministre Tellier a démissionné lundi, "
                 "quelques heures après avoir nommé son équipe. La Diète menace de censurer un "
                 "cabinet jugé trop proche du précédent ; le président Vélin a accepté sa démission."),
    "resign-2": ("2025-10-06", "2025-10-06",
                 "Démission surprise de Tellier, lâché par ses alliés à la Diète au lendemain de la "
                 "présentation de son cabinet. Le président Vélin accepte la démission et consulte "
                 "les partis d'Ostrelie."),
}

# Undated: "lundi" is all it says of the day; its words are the September fall's.
UNDATED = ("En Ostrelie, la Diète a fait tomber lundi le gouvernement Dorsan sur l'austérité. Vélin "
           "consulte les partis pour un successeur.")


def retreat(aid: str, date: str | None) -> Event:
    return Event(f"{aid}-e1", "RETREAT", None, ["org:diete"], ["loc:ostrelie"], date, None, "asserted",
                 "renversé")


def make(aid: str, day: str | None, date: str | None, body: str, duplicate_of: str | None = None) -> Article:
    mentions = [Mention(m.start(), m.end(), name, "ORG", entity=ent)
                for name, ent in NAMES.items() for m in re.finditer(re.escape(name), body)]
    return Article(id=aid, source=f"{aid}.txt", raw=body, body=body, lang="fr", published=day,
                   published_how="metadata" if day else "none", duplicate_of=duplicate_of,
                   mentions=sorted(mentions, key=lambda m: m.start), events=[retreat(aid, date)])


def corpus() -> list[Article]:
    """The September reports carry no event (none found or kept), the October ones their resignation."""
    articles = [make(aid, day, date, body) for aid, (day, date, body) in TEXTS.items()]
    for article in articles:
        if article.id.startswith("fall"):
            article.events = []
    return articles


def cluster(articles: list[Article]) -> dict[str, str]:
    clusterer = Clusterer(build_space(articles), StoriesConfig(language_join=0))
    for article in processing_order(articles):
        clusterer.assign(article)
    return clusterer.story_of


def test_a_date_with_no_place_of_its_own_or_a_wide_one_is_no_occasion() -> None:
    monday = retreat("x", "2025-10-06")
    assert events_match(retreat("y", "2025-10-06"), monday)
    assert events_match(retreat("y", "2025-W41"), monday)  # the same week: one occasion at most
    for vague in ("XXXX-WXX-1", "XXXX-10-06", "XXXX-10", "2025-10", "2025", None):
        assert not placed(vague)
        assert not events_match(retreat("y", vague), monday), vague
    assert placed("2025-10-06T01:30") and placed("2025-10-05/2025-10-06")


def test_a_recurring_event_told_without_its_date_does_not_glue_a_later_story() -> None:
    articles = [*corpus(), make("undated", None, "XXXX-WXX-1", UNDATED)]
    story = cluster(articles)
    assert story["fall-1"] == story["fall-2"] != story["resign-1"] == story["resign-2"]
    assert story["undated"] == story["fall-1"]


def test_the_same_occasion_dated_by_both_reports_still_earns_the_bonus() -> None:
    articles = corpus()
    clusterer = Clusterer(build_space(articles), StoriesConfig(language_join=0))
    for article in processing_order(articles):
        clusterer.assign(article)
    later = make("later", "2025-10-07", "2025-10-06", TEXTS["resign-2"][2])
    vague = make("vague", "2025-10-07", "XXXX-WXX-1", TEXTS["resign-2"][2])
    resign = clusterer.stories[clusterer.story_of["resign-1"]]
    sims = [similarity(a, profile(a, clusterer.space), resign, clusterer.config) for a in (later, vague)]
    assert sims[0] - sims[1] == pytest.approx(EVENT_BONUS)


def test_a_republication_still_joins_its_original() -> None:
    copy = make("copy", None, "XXXX-WXX-1", TEXTS["fall-2"][2], duplicate_of="fall-2")
    story = cluster([*corpus(), copy])
    assert story["copy"] == story["fall-2"] != story["resign-1"]


# Undated, and its words alone fall short of the bar: "lundi" is its only date.
SHORT = ("Analyse. La Diète a refusé lundi sa confiance, 364 voix contre 194. Les marchés restent calmes, "
         "les taux d'emprunt bougent à peine et les économistes maintiennent leurs prévisions de "
         "croissance pour l'hiver.")


def test_a_loosely_dated_shared_event_confirms_the_story_the_words_rank_first() -> None:
    """With both stories' events found, "lundi" fits either fall; the words rank September's
    first, below the bar, and the shared event confirms it.  Without the event, the words alone
    leave the report on its own."""
    articles = [make(aid, day, date, body) for aid, (day, date, body) in TEXTS.items()]
    story = cluster([*articles, make("short", None, "XXXX-WXX-1", SHORT)])
    assert story["short"] == story["fall-1"] != story["resign-1"]
    bare = make("short", None, None, SHORT)
    bare.events = []
    articles = [make(aid, day, date, body) for aid, (day, date, body) in TEXTS.items()]
    story = cluster([*articles, bare])
    assert story["short"] not in {story["fall-1"], story["resign-1"]}
