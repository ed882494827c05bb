"""Near misses of clean@48's one-line comment header and three-line date badge (rev29b, fix29p,
clean@49), on invented pages:

- a related story's teaser or a sentence under the article, a title and a surname with a verb of
  speech and a day ("Governor Abbott said on March 3, 2024", "Marine Le Pen a répondu le 6 mars
  2024"), is no reader comment's header: a commenter's name opens on no title, and a thread that
  prints a verb of speech stamps the comment's time of day as well;
- a day, a month and a year on three lines at the foot of the page, or under a label line (a
  table's "Year", "Population"), are no date badge of the article's."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from test_pubdate_pub30 import EN_BODY, EN_HEAD, FR_BODY, FR_HEAD


@pytest.mark.parametrize("foot", [
    "Related\n\nGovernor Abbott said on March 3, 2024",
    "President Biden said on January 6, 2021",
    "Marine Le Pen a répondu le 6 mars 2024",
    "Président Macron a dit le 6 mars 2024 à 9h15",
    "Related\n\nGovernor Abbott said on March 3, 2024 at 10:30 am",  # a title, though the time is given
])
def test_a_titled_name_or_a_teaser_with_a_verb_of_speech_is_no_comment_header(foot: str) -> None:
    head, body = (FR_HEAD, FR_BODY) if " le " in foot else (EN_HEAD, EN_BODY)
    article = clean_raw(f"{head}\n\n{body}\n\n{foot}")
    assert article.published_how != "comment_line"
    if foot.startswith("Related"):  # a teaser under a related-stories heading dates nothing
        assert article.published is None


def test_a_commenters_header_with_a_verb_of_writing_still_bounds_the_page() -> None:
    article = clean_raw(f"{EN_HEAD}\n\n{EN_BODY}\n\nmaplefan22 wrote on March 6, 2024\n\nSo sad.")
    assert (article.published, article.published_how) == ("2024-03-06", "comment_line")


@pytest.mark.parametrize("foot", ["Cours\n\n12\nmars\n2024", "12\nmars\n2024"])
def test_three_date_lines_at_the_foot_are_no_badge(foot: str) -> None:
    article = clean_raw(f"{FR_HEAD}\n\n{FR_BODY}\n\n{foot}")
    assert article.published is None


@pytest.mark.parametrize("table", ["Year\n\n2\nMay\n2024", "Population\n\n12\nmar\n2024"])
def test_a_badge_under_a_label_line_is_a_table_cell(table: str) -> None:
    article = clean_raw(f"{EN_HEAD}\n\n{table}\n\n{EN_BODY}")
    assert article.published is None
