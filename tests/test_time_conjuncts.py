"""time@25: a verb of the expression's own conjunct gives it its side of the article's day.

Two clauses joined by "and"/"but"/"et"/"mais" often tell a past and a coming day in one sentence
("reported earnings on Wednesday and will hold a call Friday"); the nearest cue word had been the
next conjunct's when it stood closer than the expression's own verb.  Invented sentences only,
each class with a near miss that keeps its reading.  The article is of Thursday 10 April 2025: a
bare Wednesday is the 9th behind or the 16th ahead, a bare Friday the 11th ahead or the 4th behind.
"""

from __future__ import annotations

import pytest

from veille.config import Config
from veille.model import Article
from veille.pipeline import Context
from veille.stages.time import tag_article


def values(body: str, lang: str) -> dict[str, str]:
    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, published="2025-04-10", published_how="metadata",
                      lang=lang)
    return {t.text: t.value for t in tag_article(article, Context(config=config)).timexes}


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # the past verb before the weekday governs it; the future after "and" is the next clause's
    ("The company reported earnings on Wednesday and will hold a call Friday.", "en",
     {"Wednesday": "2025-04-09", "Friday": "2025-04-11"}),
    ("The company reported earnings Wednesday and will hold a call with analysts on Friday.", "en",
     {"Wednesday": "2025-04-09", "Friday": "2025-04-11"}),
    # the other order: the future verb before the weekday, a past one after "and"
    ("The company will hold a call Friday and reported earnings on Wednesday.", "en",
     {"Friday": "2025-04-11", "Wednesday": "2025-04-09"}),
    ("L'entreprise a publié ses résultats mercredi et tiendra une conférence vendredi.", "fr",
     {"mercredi": "2025-04-09", "vendredi": "2025-04-11"}),
    ("L'entreprise tiendra une conférence vendredi et a publié ses résultats mercredi.", "fr",
     {"vendredi": "2025-04-11", "mercredi": "2025-04-09"}),
    ("Le ministre a reçu ses homologues mercredi mais les reverra vendredi.", "fr",
     {"mercredi": "2025-04-09", "vendredi": "2025-04-11"}),
])
def test_the_own_conjuncts_verb_places_a_weekday(body: str, lang: str, expected: dict[str, str]) -> None:
    assert values(body, lang) == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # near misses: no verb before the weekday, so the only verb, past the "and", still places it
    # (time@37: and the days of a coordination run forward, Friday after that Wednesday, not tomorrow)
    ("On Wednesday and Friday, officials will meet in Geneva.", "en",
     {"Wednesday": "2025-04-16", "Friday": "2025-04-18"}),
    ("Mercredi et vendredi, les ministres se réuniront à Genève.", "fr",
     {"Mercredi": "2025-04-16", "vendredi": "2025-04-18"}),
    # two weekdays joined by "and" after one verb share it
    ("Officials met Wednesday and Friday in Geneva.", "en", {"Wednesday": "2025-04-09", "Friday": "2025-04-04"}),
    # no coordinator: the nearest verb still wins
    ("Officials who met Wednesday will report Friday.", "en", {"Wednesday": "2025-04-09", "Friday": "2025-04-11"}),
])
def test_without_a_verb_of_its_own_a_weekday_takes_the_nearest(body: str, lang: str,
                                                                expected: dict[str, str]) -> None:
    assert values(body, lang) == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a relative clause set off by commas keeps its own verb's tense over the main clause's
    ("The talks, which began on Tuesday, will continue on Friday.", "en",
     {"Tuesday": "2025-04-08", "Friday": "2025-04-11"}),
    ("The company, which reported earnings Tuesday, will hold a call.", "en", {"Tuesday": "2025-04-08"}),
    ("The president, who will speak Tuesday, met unions.", "en", {"Tuesday": "2025-04-15"}),
    # a later conjunct with its own subject and verb takes no tense from the one before
    ("Les électeurs ont voté dimanche et le résultat est attendu lundi.", "fr",
     {"dimanche": "2025-04-06", "lundi": "2025-04-14"}),
    ("He has been held since Monday and faces a hearing on Friday.", "en",
     {"Monday": "2025-04-07", "Friday": "2025-04-11"}),
])
def test_a_clause_of_its_own_keeps_its_tense(body: str, lang: str, expected: dict[str, str]) -> None:
    assert values(body, lang) == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # near misses: a weekday right after the coordinator shares the verb before it
    ("Officials met Wednesday and again on Friday.", "en", {"Wednesday": "2025-04-09", "Friday": "2025-04-04"}),
    # an "and" between numbers joins no clauses: the future before it still places the weekday
    ("The region will see between three and seven inches of rain from Wednesday.", "en",
     {"Wednesday": "2025-04-16"}),
    # a comma-closed opening time with no verb before it takes the main clause's
    ("Friday, the talks will resume.", "en", {"Friday": "2025-04-11"}),
])
def test_a_shared_or_later_verb_still_places_it(body: str, lang: str, expected: dict[str, str]) -> None:
    assert values(body, lang) == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # a relative clause after a comma holds the weekday: its present schedules, the main past does not
    ("Shares of the firm, which reports results on Tuesday, fell 3%.", "en", {"Tuesday": "2025-04-15"}),
    ("The man, whose trial opens Monday, was arrested in May.", "en", {"Monday": "2025-04-14", "May": "2024-05"}),
    ("Le président, qui se rend lundi à Berlin, a déclaré vouloir un accord.", "fr", {"lundi": "2025-04-14"}),
])
def test_a_relative_clause_keeps_its_own_tense(body: str, lang: str, expected: dict[str, str]) -> None:
    assert values(body, lang) == expected


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # near misses: a past in the relative clause stays past; a relative clause closed before the
    # weekday leaves it to the main verb
    ("Shares fell for the firm, which reported results on Tuesday.", "en", {"Tuesday": "2025-04-08"}),
    ("The senator, who chairs the committee, said Monday the bill would pass.", "en", {"Monday": "2025-04-07"}),
    ("L'homme, dont le procès s'est ouvert lundi, sera jugé en mai.", "fr", {"lundi": "2025-04-07", "mai": "2025-05"}),
])
def test_a_relative_clause_with_a_past_or_closed_before(body: str, lang: str, expected: dict[str, str]) -> None:
    assert values(body, lang) == expected
