"""stories@21 (the pool's pub26 pages): a page that states its own day and month without a year (a
yearless dateline "BOUAKÉ, 23 déc (AIP) -", a yearless date line) takes a story date only on that day,
a day's leeway: the story gives the day its year, never another day.  Near misses: the page's day
within the siblings' dates still takes them, and a page with no day of its own still takes the
siblings' date."""

from __future__ import annotations

from veille.model import Article

SIBLING = ("Un incendie a ravagé dans la nuit de jeudi à vendredi le marché central de Bouaké, sans faire de "
           "victime, selon les sapeurs-pompiers arrivés sur les lieux vers une heure du matin.")


def _placed(opening: str) -> Article:
    from veille.stages.stories.anchor import anchor_undated

    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=SIBLING, lang="fr", published=day,
                     published_how="url") for i, day in enumerate(["2020-07-17", "2020-07-17"])]
    body = (f"{opening}Le marché central de Bouaké a été ravagé par un incendie qui s'est déclaré dans "
            "la nuit, selon des témoins rencontrés sur les lieux, sans faire de victime.")
    undated = Article(id="u", source="u", raw=body, body=body, lang="fr")
    anchor_undated([*dated, undated], [])
    return undated


def test_another_day_than_the_pages_own_places_nothing() -> None:
    assert _placed("BOUAKÉ, 23 déc (AIP) - ").published is None


def test_the_pages_own_day_within_the_story_is_placed() -> None:
    undated = _placed("BOUAKÉ, 17 juil (AIP) - ")
    assert (undated.published, undated.published_how) == ("2020-07-17", "story")


def test_a_page_with_no_day_of_its_own_takes_the_siblings_date() -> None:
    assert _placed("").published == "2020-07-17"
