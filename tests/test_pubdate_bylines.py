"""Byline and dateline kinds the hand-gold pool's pub23 pages showed (clean@30, issue 16), from
invented lines and pages, each with near misses:

- a byline stamp that ends on the reading time ("Marie DURAND (CLP) - 12 mars 2024 à 09:30 -
  Temps de lecture :", "Reading time: 4 minutes") is a date line: the reading time is part of the
  stamp, not a sentence's words; a sentence that ends the same way is not;
- a full date in brackets before a wire dateline ("[January 07, 2011]  LONDON (AP) -- …") is the
  dateline's date; a revision's stamp in brackets, a date in brackets before a plain sentence, or
  one that the dateline's own full date contradicts date nothing;
- lines that end on the headline (a breadcrumb "Site > News > Headline", a reading bar "Reading:
  Headline") are no paragraphs of the article, so they do not use up the top where the byline's
  stamp is looked for; three real paragraphs above a stamp still end the top."""

from __future__ import annotations

import pytest

from conftest import clean_raw
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.lines import split_units
from veille.stages.cleaning.pagedates import headline_echoes

FR_BODY = ("« Vous entrez désormais dans la cour des grands », a rappelé le président au jeune homme "
           "de dix-huit ans, jugé pour avoir percuté deux policiers avec sa moto dans un square.\n\n"
           "Son avocat a expliqué au tribunal que son client avait paniqué en voyant les agents.\n\n"
           "Le tribunal l'a condamné à huit mois de prison avec sursis.")


@pytest.mark.parametrize("line, day", [
    ("Marie DURAND (CLP) - 12 mars 2024 à 09:30 - Temps de lecture :", "2024-03-12"),
    ("Paul Martin - 3 avril 2023 à 18:05 - Durée de lecture : 3 min", "2023-04-03"),
    ("Jane Doe, March 3, 2024 Reading time: 4 minutes", "2024-03-03"),
    ("Jane DOE and John ROE - 4 March 2025 - 3 min read", "2025-03-04"),
    ("Jean Dupont - 3 mars 2025 - 4 min de lecture", "2025-03-03"),
])
def test_a_byline_stamp_ending_on_its_reading_time_is_a_date_line(line: str, day: str) -> None:
    found = DatelineParser().finder.date_line(line)
    assert found is not None and (found.date, found.how) == (day, "date_line")


@pytest.mark.parametrize("line", [
    "Le maire (PS) a signé le 12 mars 2024 à 09:30 - Temps de lecture :",
    "The council approved the plan on March 3, 2024, reading time aside",
    "Jean Dupont, 3 mars 2025, lecture du jugement",
    "Jane Doe, March 4, 2025, read the full ruling",
])
def test_a_sentence_ending_on_a_reading_time_stays_a_sentence(line: str) -> None:
    assert DatelineParser().finder.date_line(line) is None


def test_a_byline_stamp_with_its_reading_time_dates_a_page() -> None:
    article = clean_raw("Dijon : il percute deux policiers avec sa moto, huit mois avec sursis\n\n"
                        "Début mai, un jeune homme avait roulé à moto dans un square et percuté deux policiers.\n"
                        "Marie DURAND (CLP) - 22 mai 2023 à 12:00 - Temps de lecture :\n\n" + FR_BODY)
    assert (article.published, article.published_how) == ("2023-05-22", "date_line")
    assert "Temps de lecture" not in article.body


@pytest.mark.parametrize("paragraph, place, day", [
    ("[January 07, 2011]  LONDON (AP) -- Police fanned out across transport hubs on Friday.", "LONDON",
     "2011-01-07"),
    ("(3 mars 2021) PARIS (AFP) - Le gouvernement a annoncé mercredi de nouvelles mesures.", "PARIS",
     "2021-03-03"),
    ("[January 07, 2011] WASHINGTON, Jan. 6 (Reuters) - Lawmakers voted on Thursday.", "WASHINGTON",
     "2011-01-07"),
])
def test_a_bracketed_date_before_a_dateline_is_its_date(paragraph: str, place: str, day: str) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is not None and (found.place, found.date) == (place, day)


@pytest.mark.parametrize("paragraph", [
    "(Updated January 07, 2011) LONDON (AP) -- Police fanned out across transport hubs on Friday.",
    "[January 07, 2011] Police fanned out across transport hubs in London on Friday.",
    "[January 07, 2011] WASHINGTON, January 6, 2011 (Reuters) - Lawmakers voted on Thursday.",
    "[January 07] LONDON (AP) -- Police fanned out across transport hubs on Friday.",
])
def test_a_bracketed_date_without_its_dateline_dates_nothing(paragraph: str) -> None:
    found = DatelineParser().parse(paragraph)
    assert found is None or found.date is None


def test_a_bracketed_date_before_a_wire_dateline_dates_the_page() -> None:
    article = clean_raw("Reports: Police increase presence in London\n\n"
                        "[January 07, 2011]  LONDON (AP) -- Police fanned out across transport hubs in London "
                        "on Friday amid continuing fears of a terrorist attack.\n\n"
                        "Police were on patrol at major hubs like St. Pancras and King's Cross train stations.")
    assert (article.published, article.published_how, article.dateline_place) == ("2011-01-07", "dateline", "LONDON")


HEADLINE = "Storm Leaves Thousands Without Power. How Long Will Outages Last?"
PARAGRAPHS = ("As many as 800,000 people across ten states were still without power on Monday morning "
              "after a powerful winter storm swept the region over the weekend.\n\n"
              "Utilities said crews from neighbouring states had arrived to help restore the lines.\n\n"
              "Officials urged residents to check on elderly neighbours during the cold.")


def _page(above: str) -> str:
    return (f"By using this site, you agree to the Privacy Policy and Terms of Use.\n\n{above}"
            f"{HEADLINE}\n\nNews Room\nLast updated: January 27, 2026 7:50 am\n\n{PARAGRAPHS}")


def test_headline_echoes_do_not_end_the_top() -> None:
    article = clean_raw(_page(f"Reading: {HEADLINE}\n\nMy Site > News > {HEADLINE}\n\n"))
    assert (article.published, article.published_how) == ("2026-01-27", "updated_line")


def test_three_other_sentences_above_the_stamp_still_end_the_top() -> None:
    article = clean_raw(_page("Subscribers can read every story on the app, whatever their plan.\n\n"
                              "Our newsroom is funded by readers like you, every single month.\n\n"))
    assert article.published is None


def test_an_echo_must_end_on_a_whole_line_of_some_words() -> None:
    units = split_units(f"Reading: {HEADLINE}\n\nSite > News > {HEADLINE}\n\n{HEADLINE}\n\n"
                        "Police said: The driver was taken to hospital.\n\nThe driver was taken to hospital.\n\n"
                        "Taken to hospital.\n\nThey lost power. How Long Will Outages Last?")
    assert headline_echoes(units) == {0, 1, 3}
