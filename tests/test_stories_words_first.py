"""An article's own words choose its story before names alone do (`stories.cluster.Clusterer`),
and only events a report says happened or are planned pull an article into a story
(`stories.cluster.events_match`).

Invented corpus: a retailer announces store closures in November; months later a report and
its English translation tell how one of the stores closed.  All three list the same towns, so
on names and ids alone the announcement's second report looks like the closure story, whose
English member shares nothing with it but names; its words say it is the announcement's.
"""

from __future__ import annotations

import re

from veille.config import StoriesConfig
from veille.model import Article, Event, Mention, Modality
from veille.stages.stories.cluster import Clusterer, build_space, events_match, processing_order

TOWNS = {"Brimont": "loc:brimont", "Vessac": "loc:vessac", "Orlanges": "loc:orlanges",
         "Tavernay": "loc:tavernay", "Saint-Ombre": "loc:saint-ombre", "Marvel": "org:marvel"}

TEXTS = {
    "announce": ("fr", "2024-11-05",
                 "Le distributeur Marvel a annoncé mardi la suppression de 2 400 emplois et la "
                 "fermeture de dix hypermarchés, dont ceux de Brimont, Vessac, Orlanges, Tavernay et "
                 "Saint-Ombre. Les syndicats dénoncent un plan social brutal ; la direction promet des "
                 "reclassements et des indemnités de départ pour les salariés concernés."),
    "announce2": ("fr", None,
                  "Plan social chez Marvel : le distributeur supprime 2 400 emplois. Les hypermarchés "
                  "de Brimont, Vessac, Orlanges, Tavernay et Saint-Ombre fermeront. Les syndicats "
                  "dénoncent la suppression des emplois ; la direction promet des reclassements."),
    "closure-fr": ("fr", "2025-05-17",
                   "Reportage. Le rideau est tombé samedi sur l'hypermarché Marvel du quartier nord. "
                   "Comme à Brimont, Vessac, Orlanges, Tavernay et Saint-Ombre, les habitants âgés "
                   "devront prendre le bus pour faire leurs courses, raconte une retraitée du quartier."),
    "closure-en": ("en", "2025-05-17",
                   "Report. The shutters came down on Saturday on the Marvel superstore in the northern "
                   "district. As in Brimont, Vessac, Orlanges, Tavernay and Saint-Ombre, elderly residents "
                   "will have to take the bus to go shopping, a pensioner from the area says."),
}


def make(aid: str) -> Article:
    lang, day, body = TEXTS[aid]
    mentions = [Mention(m.start(), m.end(), name, "LOC", entity=entity)
                for name, entity in TOWNS.items() for m in re.finditer(re.escape(name), body)]
    return Article(id=aid, source=f"{aid}.txt", raw=body, body=body, lang=lang, published=day,
                   published_how="metadata" if day else "none", mentions=mentions)


def test_an_article_whose_words_place_it_joins_that_story_not_a_translation_sharing_its_names() -> None:
    articles = [make(aid) for aid in TEXTS]
    clusterer = Clusterer(build_space(articles), StoriesConfig())
    for article in processing_order(articles):
        clusterer.assign(article)
    story = clusterer.story_of
    assert story["closure-fr"] == story["closure-en"]  # the translation still joins through its names
    assert story["announce2"] == story["announce"]
    assert story["announce2"] != story["closure-fr"]


def event(modality: Modality, date: str = "2025-10-06") -> Event:
    return Event("e1", "RETREAT", None, ["per:someone"], ["org:cabinet"], date, None, modality, "withdraw")


def test_only_events_that_happened_or_are_planned_match_across_reports() -> None:
    """'If the opposition withdraws its support on Monday' is no occasion a later report of a
    withdrawal shares; an announced withdrawal is."""
    done = event("asserted", "2025-10-06")
    assert events_match(event("asserted"), done)
    assert events_match(event("planned"), done)
    assert not events_match(event("hypothetical"), done)
    assert not events_match(done, event("negated"))
