"""stories@19 (issue 16, the pool's pub25 pages): a story date must agree with the month a page's URL
files it under when the URL names that month by a folder ("/nachrichten-2018-06/", "/archives_2019-11/")
rather than by year and month folders ("/2018/06/"): a wire report filed in June 2018 takes no
story date of April 2025.  Near misses: a slug's closing figures are no filing, a month out of
range is none, and the page filed in the story's own month still takes its date."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.cleaning.yearless import url_filing, url_year

BODY = ("Les marchés européens ont reculé lundi, la Bourse de Londres perdant près de 1 %, après les "
        "nouvelles menaces commerciales de Washington contre ses partenaires. Old Mutual a suspendu sa "
        "cotation après avoir fixé le prix de l'introduction de Quilter à 145 pence par action.")


@pytest.mark.parametrize(("url", "filed"), [
    ("https://www.example-finance.de/nachrichten-2018-06/44127594-ftse-100-sinks.htm", (2018, 6)),
    ("https://example.org/archives_2019-11/conseil-municipal", (2019, 11)),
    ("https://example.org/2018-06/storm", (2018, 6)),
    ("https://example.org/2021/05/storm", (2021, 5)),            # year folders, as before
])
def test_a_month_folder_files_the_page(url: str, filed: tuple[int, int]) -> None:
    assert url_filing(url) == filed


@pytest.mark.parametrize("url", [
    "https://example.org/news/top-10-2018-06",          # a slug's closing figures, not a folder
    "https://example.org/a/report-2018-13/x",           # no thirteenth month
    "https://example.org/news/storm-damage",
    None,
])
def test_other_paths_file_nothing(url: str | None) -> None:
    assert url_filing(url) is None


def test_the_time_stage_reading_is_unchanged() -> None:
    # url_year, which the time stage reads, still takes year folders only.
    assert url_year("https://www.example-finance.de/nachrichten-2018-06/44127594.htm") is None


def _story(url: str) -> Article:
    from veille.stages.stories.anchor import anchor_undated

    dated = [Article(id=f"s{i}", source=f"s{i}", raw="", body=BODY, published=day, published_how="url")
             for i, day in enumerate(["2025-04-28", "2025-04-28"])]
    undated = Article(id="u", source="u", raw="", body=BODY, url=url)
    anchor_undated([*dated, undated], [])
    return undated


def test_a_story_date_outside_the_month_folder_places_nothing() -> None:
    undated = _story("https://www.example-finance.de/nachrichten-2018-06/44127594-ftse-100-sinks.htm")
    assert undated.published is None


def test_a_story_date_inside_the_month_folder_places_the_page() -> None:
    undated = _story("https://www.example-finance.de/nachrichten-2025-04/44127594-ftse-100-sinks.htm")
    assert (undated.published, undated.published_how) == ("2025-04-28", "story")
