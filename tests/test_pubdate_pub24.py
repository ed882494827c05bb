"""Date kinds the hand-gold pool's pub24 pages showed (clean@32), from invented lines and pages,
each with near misses:

- an English CMS field label ("Publish Date:", "Publication date:", "Date published:", "Post
  date:") makes a publication stamp, which wins over a bare date line above it (a site's "today"
  line: "Thursday 24 January 2019" over "Publish Date: 12 June 2018"); "Release date:" (a film's, a
  product's) and a sentence about publishing are no such label;
- a grid of other stories' captioned photos, each caption followed by its story's headline, above
  the article, gives neither the headline nor the caption date; one caption and the headline under
  it (the article's own photo) still do;
- a date later than the crawl is no publication's: the next way is tried."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.navigation import photo_grid
from veille.stages.cleaning.rules import load_patterns

EN_BODY = ("Police said a man armed with a knife took two people hostage in a shop on the main street "
           "on Tuesday morning before officers talked him into giving himself up.\n\n"
           "Nobody was hurt, a police spokesman said, and the man was taken into custody.\n\n"
           "The street was closed for three hours while officers searched the building.")


@pytest.mark.parametrize("label", ["Publish Date:", "Publication date:", "Date published:", "Post date:",
                                   "Posting date:", "Published date:"])
def test_an_english_field_label_makes_a_publication_stamp(label: str) -> None:
    finder = DatelineParser().finder
    line = f"{label} 12 June 2018 - 21:41"
    found = finder.date_line(line)
    assert found is not None and found.date == "2018-06-12" and finder.is_publication_stamp(line)


@pytest.mark.parametrize("line", [
    "Release date: 12 March 2024",
    "We publish data on 12 March 2024 every year according to the plan.",
    "Thursday 24 January 2019",
])
def test_other_lines_are_no_publication_stamp(line: str) -> None:
    assert not DatelineParser().finder.is_publication_stamp(line)


def test_a_labelled_stamp_wins_over_a_bare_today_line_above_it() -> None:
    art = clean_raw(f"Thursday 24 January 2019\nNews ID: 53940\nPublish Date: 12 June 2018 - 21:41\n{EN_BODY}")
    assert (art.published, art.published_how) == ("2018-06-12", "date_line")


def test_a_bare_line_above_an_unlabelled_one_is_still_the_first() -> None:
    # Near miss: without a label the second line is no more the publication's than the first.
    art = clean_raw(f"Thursday 24 January 2019\nNews ID: 53940\n12 June 2018 - 21:41\n{EN_BODY}")
    assert art.published == "2019-01-24"


GRID = ("Firefighters work at the scene of a warehouse fire, Thursday, July 27, 2023, in Dayton, Ohio. "
        "(AP Photo/Jane Doe)\n"
        "Warehouse fire forces evacuations in Dayton\n"
        "A farmer checks his dry field, Wednesday, July 26, 2023, near Ames, Iowa. (AP Photo/John Roe)\n"
        "Drought worries grow for Iowa corn growers\n"
        "Voters wait in line, Wednesday, July 26, 2023, in Atlanta. (AP Photo/Ann Poe)\n"
        "Election officials\n")
HEADLINE = "Man arrested after hostage standoff in shop"


def test_a_grid_of_other_stories_photos_gives_no_headline_and_no_caption_date() -> None:
    art = clean_raw(f"{GRID}\n{HEADLINE}\n\n{EN_BODY}")
    assert art.title == HEADLINE
    assert art.published is None


def test_one_caption_over_the_headline_is_the_articles_own_photo() -> None:
    caption = ("Officers stand outside the shop, Tuesday, March 25, 2025, in Springfield. (AP Photo/Jane Doe)")
    texts = [caption, HEADLINE, EN_BODY]
    assert photo_grid(texts, [True, False, False]) == set()
    art = clean_raw(f"{caption}\n{HEADLINE}\n\n{EN_BODY}")
    assert art.title == HEADLINE and art.published == "2025-03-25"


def test_captions_between_paragraphs_are_no_grid() -> None:
    texts = ["A caption, Tuesday, March 25, 2025. (AP Photo/Jane Doe)", "A sub-heading here",
             "A paragraph of the article, which is written in sentences and goes on for a while.",
             "Another caption, Tuesday, March 25, 2025. (AP Photo/Jane Doe)", "Another sub-heading"]
    assert photo_grid(texts, [True, False, False, True, False]) == set()


def _clean_crawled(raw: str, crawled: str, url: str | None = None) -> Article:
    return clean_article(Article(id="c", source="c", raw=raw, url=url, meta={"crawled": crawled}),
                         load_patterns(), DatelineParser())


def test_a_date_line_later_than_the_crawl_is_refused() -> None:
    raw = f"{HEADLINE}\nPublished: March 12, 2030\n{EN_BODY}"
    assert _clean_crawled(raw, "2030-03-12T08:00:00Z").published == "2030-03-12"
    assert _clean_crawled(raw, "2030-03-11T23:00:00Z").published == "2030-03-12"  # a time zone ahead
    assert _clean_crawled(raw, "2025-01-02T08:00:00Z").published is None


def test_a_later_date_line_gives_way_to_the_url() -> None:
    raw = f"{HEADLINE}\nPublished: March 12, 2030\n{EN_BODY}"
    art = _clean_crawled(raw, "2025-01-02T08:00:00Z", url="https://example.org/2024/12/30/standoff")
    assert (art.published, art.published_how) == ("2024-12-30", "url")
    later_url = _clean_crawled(raw, "2025-01-02T08:00:00Z", url="https://example.org/2026/12/30/standoff")
    assert later_url.published is None


@pytest.mark.parametrize("line", [
    "This article was added by the user . TheWorldNews is not responsible for the content of the platform.",
    "This story was submitted by a reader.",
    "NewsHub is not responsible for the content of this page.",
    "Cet article a été ajouté par un utilisateur.",
    "Le site n'est pas responsable du contenu de cette plateforme.",
])
def test_an_aggregators_notice_on_user_content_is_no_paragraph(line: str) -> None:
    headline = "Man arrested after hostage standoff in shop"
    art = clean_raw(f"{line}\n\n{headline}\n\n{EN_BODY}")
    assert art.title == headline and line not in art.body


@pytest.mark.parametrize("line", [
    "Meta is not responsible for content on the platform, its lawyer argued in court on Monday morning.",
    "The platform said it was not responsible for the content that users had posted before the ban.",
])
def test_a_sentence_about_responsibility_for_content_stays(line: str) -> None:
    assert line in clean_raw(f"Man arrested after hostage standoff in shop\n\n{line}\n\n{EN_BODY}").body
