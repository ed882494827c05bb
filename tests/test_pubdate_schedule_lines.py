"""Schedule lines (clean@21, issue 16): an event box's, a fixture's, a court calendar's or a death
notice's date ("When: March 30, 2024", "Quand : samedi 30 mars 2024 à 21h", "Jusqu'au 30 mars
2024", "Du 12 au 30 mars 2024", "Deadline: …", "Hearing: …", "Died: …") looks like a date line but
is the event's day: it is cut as furniture and dates nothing.  Invented pages and lines, with near
misses (a bare date, "Date :", a labelled stamp that names a limit after its date)."""

from __future__ import annotations

import pytest

from veille.model import Article
from veille.stages.clean import clean_article
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.rules import load_patterns
from veille.stages.cleaning.schedule import SCHEDULE

FR_HEAD = "Le festival de jazz revient au parc de la Tête d'Or"
FR_BODY = ("Après deux ans d'absence, le festival de jazz revient dans le parc avec une vingtaine de concerts "
           "gratuits sur trois scènes.\n\n"
           "Les organisateurs attendent plus de dix mille spectateurs sur le week-end, selon la mairie.\n\n"
           "Les bénévoles peuvent encore s'inscrire auprès de l'association qui organise la manifestation.")
EN_HEAD = "County fair returns with new rides and a rodeo"
EN_BODY = ("The county fair returns this spring with new rides, a rodeo and a livestock show, the organisers said.\n\n"
           "About twenty thousand visitors are expected over the weekend, according to the fair board.\n\n"
           "Tickets can be bought online or at the gate, and children under six get in for free.")


def _clean(raw: str) -> Article:
    return clean_article(Article(id="x", source="x.txt", raw=raw), load_patterns(), DatelineParser())


@pytest.mark.parametrize("line", [
    "When: Saturday, March 30, 2024, 10 a.m.", "Quand : samedi 30 mars 2024 à 21h", "Jusqu'au 30 mars 2024",
    "Du 12 au 30 mars 2024", "Until March 30, 2024", "Deadline: March 30, 2024", "Coup d'envoi : 30 mars 2024",
    "Kickoff: March 30, 2024, 7 p.m.", "Hearing: March 30, 2024", "Died: March 10, 2024",
    "Inscriptions avant le 30 mars 2024", "Game day: Saturday, March 30, 2024"])
def test_a_schedule_line_is_furniture_that_dates_nothing(line: str) -> None:
    assert DatelineParser().finder.date_line(line).how == SCHEDULE  # type: ignore[union-attr]
    head, body = (FR_HEAD, FR_BODY) if any(w in line for w in ("mars", "Jusqu")) else (EN_HEAD, EN_BODY)
    article = _clean(f"{head}\n\n{line}\n\n{body}")
    assert article.published is None
    assert line in [cut.text for cut in article.removed]


def test_the_publication_line_under_a_schedule_line_dates_the_page() -> None:
    assert _clean(f"{EN_HEAD}\n\nWhen: March 30, 2024\n\nMarch 12, 2024\n\n{EN_BODY}").published == "2024-03-12"
    assert _clean(f"{FR_HEAD}\n\nDu 12 au 14 juillet 2024\n\n12 mars 2024\n\n{FR_BODY}").published == "2024-03-12"


def test_near_misses_stay_date_lines() -> None:
    finder = DatelineParser().finder
    for line in ("Date : 30 mars 2024", "Le 30 mars 2024", "Tuesday, March 30, 2024", "Posted: March 30, 2024",
                 "Date: 12.18.2023 9:00AM EST"):
        assert finder.date_line(line).how == "date_line", line  # type: ignore[union-attr]
    # a labelled stamp naming a limit after its date is still the publication's
    assert _clean(f"{FR_HEAD}\n\nPublié le 12 mars 2024, valable jusqu'au 30 avril 2024\n\n{FR_BODY}").published \
        == "2024-03-12"
    assert _clean(f"{EN_HEAD}\n\nMarch 12, 2024\n\n{EN_BODY}").published == "2024-03-12"
