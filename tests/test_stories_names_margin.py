"""Among stories names alone score alike, the article's words choose (`stories.cluster.NAMES_MARGIN`).

Invented corpus: two French stories of one country's politics a month apart, both naming its
president, his palace and its parties; one is the fall of Prime Minister Dorsan, the other the
resignation of his successor Tellier.  An undated English report shares no words with either,
only names: when it names both prime ministers as much as each other, names cannot tell the two
stories apart, and the one word it shares with one story decides; when it names one, it joins that one.
"""

from __future__ import annotations

import re

from veille.config import StoriesConfig
from veille.model import Article, Mention
from veille.stages.stories.cluster import Clusterer, build_space, processing_order

NAMES = {"Vélin": "per:velin", "Brion": "org:brion", "Dorsan": "per:dorsan", "Tellier": "per:tellier",
         "Ralliement": "org:ralliement", "Essor": "org:essor"}

FR = {
    "fall-1": ("2025-09-08", "Le Premier ministre Dorsan est tombé lundi : l'Assemblée lui a refusé sa "
               "confiance. Le président Vélin recevra au palais Brion les chefs du Ralliement et de "
               "l'Essor, qui ont voté contre le gouvernement de Dorsan."),
    "fall-2": ("2025-09-08", "Chute du gouvernement : les députés ont renversé Dorsan lundi soir. Au palais "
               "Brion, le président Vélin consulte le Ralliement et l'Essor pour nommer un successeur."),
    "resign-1": ("2025-10-06", "Coup de théâtre : le Premier ministre Tellier a présenté sa démission au "
                 "président Vélin, au palais Brion, quelques heures après avoir formé son équipe. Le "
                 "Ralliement et l'Essor réclament une dissolution."),
    "resign-2": ("2025-10-06", "Démission surprise de Tellier : reçu au palais Brion, il a remis sa lettre à "
                 "Vélin. L'Essor et le Ralliement exigent des élections anticipées."),
}


def make(aid: str, lang: str, day: str | None, body: str) -> Article:
    mentions = [Mention(m.start(), m.end(), name, "PER" if ent.startswith("per:") else "ORG", entity=ent)
                for name, ent in NAMES.items() for m in re.finditer(re.escape(name), body)]
    return Article(id=aid, source=f"{aid}.txt", raw=body, body=body, lang=lang, published=day,
                   published_how="metadata" if day else "none",
                   mentions=sorted(mentions, key=lambda m: m.start))


def cluster(english: str) -> dict[str, str]:
    articles = [make(aid, "fr", day, body) for aid, (day, body) in FR.items()]
    articles.append(make("en", "en", None, english))
    clusterer = Clusterer(build_space(articles), StoriesConfig(language_join=0))
    for article in processing_order(articles):
        clusterer.assign(article)
    return clusterer.story_of


TIED = ("Analysis. Quoting Vélin, Brion insiders said Dorsan and Tellier, Ralliement and Essor leaders, "
        "were Vélin's choices. Markets shrugged; bond yields barely moved and economists expect growth "
        "forecasts to hold through winter. {}")


def test_among_stories_names_score_alike_the_articles_words_choose() -> None:
    """The same names for both stories; one word the report shares with one story's reports
    ("dissolution", "vote": the same in both languages) says which."""
    dissolution = cluster(TIED.format("Calls for a dissolution grow."))
    assert dissolution["fall-1"] == dissolution["fall-2"] != dissolution["resign-1"] == dissolution["resign-2"]
    assert dissolution["en"] == dissolution["resign-1"]
    vote = cluster(TIED.format("All eyes are on the vote."))
    assert vote["en"] == vote["fall-1"]


def test_names_that_point_to_one_story_place_the_article_there() -> None:
    story = cluster("Analysis. Lawmakers toppled Dorsan, whose fall Dorsan blamed on Ralliement and Essor; "
                    "Dorsan will meet Vélin at Brion. Markets shrugged; bond yields barely moved and "
                    "economists expect growth forecasts to hold through winter.")
    assert story["en"] == story["fall-1"]
