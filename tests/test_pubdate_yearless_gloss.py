"""clean@68 (pub40, issue 16): a top paragraph's deictic word glossed with a day and month and no year
("closed yesterday (May 7) and … today (May 8)", "a annoncé hier (mercredi 23 août)") gives the
writing day's month and day; its year comes only from what else the page says of its time: the crawl,
the URL's year (and month) folders, or the days a six-figure file name could write ("/120508.html").
The day is taken only when exactly one agrees (with the weekday the gloss names too); a gloss alone,
or readings that disagree, date nothing.  From invented texts and addresses, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import clean_raw
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.urldates import six_digit_days
from veille.stages.cleaning.writtendays import Gloss, place_gloss, yearless_gloss
from veille.stages.cleaning.yearless import MonthDay

FINDER = DatelineParser().finder


@pytest.mark.parametrize(("url", "days"), [
    ("http://example.org/120508.html", ["2008-05-12", "2008-12-05", "2012-05-08"]),
    ("https://example.org/Calls/Fire%20071311.htm", ["2011-07-13"]),  # 07/13/11: one reading is a day
    ("https://example.org/archive/120508/", ["2008-05-12", "2008-12-05", "2012-05-08"]),
    ("https://example.org/notes/report_120508.pdf", ["2008-05-12", "2008-12-05", "2012-05-08"]),
])
def test_six_figure_file_names_give_their_readings(url: str, days: list[str]) -> None:
    assert [d.isoformat() for d in six_digit_days(url)] == days


@pytest.mark.parametrize("url", [
    "https://example.org/story/1234567.html",  # seven figures: an id
    "https://example.org/story/12345.html",  # five
    "https://example.org/p120508.html",  # glued to a letter
    "https://example.org/120508-road-closure.html",  # a slug's opening number, not the name's last word
    "https://example.org/news.php?id=120508",  # a query's id
    "https://example.org/999999.html",  # no reading is a day
    None,
])
def test_other_numbers_give_no_reading(url: str | None) -> None:
    assert six_digit_days(url) == []


@pytest.mark.parametrize(("paragraph", "month", "day", "weekday", "offset"), [
    ("Part of the road was closed yesterday (May 7) and continues to be closed today (May 8).", 5, 7, None, -1),
    ("Le maire a annoncé hier (mercredi 23 août) la fermeture de la piscine municipale.", 8, 23, 3, -1),
    ("The council today, Thursday 11 July, voted to close the pool for the summer season.", 7, 11, 4, 0),
    ("Les pompiers sont intervenus ce matin (12 avril) pour un feu de broussailles.", 4, 12, None, 0),
])
def test_yearless_glosses(paragraph: str, month: int, day: int, weekday: int | None, offset: int) -> None:
    assert yearless_gloss(paragraph, FINDER) == Gloss(MonthDay(month, day, weekday), offset)


@pytest.mark.parametrize("paragraph", [
    "The road closed on May 7 and has stayed closed since.",  # a day with no deictic word: an event's
    "The road was closed yesterday (May 7, 2012) and is still closed.",  # a full date: `written_day`'s
    "The road was closed yesterday (May 7 and is still closed.",  # the gloss never closes
    "The road was closed yesterday (see the May 7 notice) and is still closed.",  # no day right after
    "Closed yesterday, 7/5, the road reopens today.",  # figures are not read
])
def test_no_yearless_gloss(paragraph: str) -> None:
    assert yearless_gloss(paragraph, FINDER) is None


TODAY_MAY_8 = Gloss(MonthDay(5, 8), 0)
YESTERDAY_MAY_7 = Gloss(MonthDay(5, 7), -1)
HIER_MERCREDI_23_AOUT = Gloss(MonthDay(8, 23, 3), -1)


@pytest.mark.parametrize(("gloss", "url", "crawled", "day"), [
    (YESTERDAY_MAY_7, "http://example.org/120508.html", None, "2012-05-08"),  # one reading agrees
    (YESTERDAY_MAY_7, "http://example.org/990508.html", None, "1999-05-08"),  # its one reading agrees
    (TODAY_MAY_8, "https://example.org/2012/05/road-closure/", None, "2012-05-08"),
    (TODAY_MAY_8, "https://example.org/2012/road-closure/", None, "2012-05-08"),
    (HIER_MERCREDI_23_AOUT, "https://example.org/2017/08/piscine/", None, "2017-08-24"),
    (Gloss(MonthDay(12, 31), -1), "https://example.org/2013/01/new-year/", None, "2013-01-01"),  # across the year
    (TODAY_MAY_8, None, dt.datetime(2024, 5, 10, 9, 0), "2024-05-08"),
    (TODAY_MAY_8, None, dt.datetime(2024, 5, 1, 9, 0), "2023-05-08"),  # the latest on or before the crawl
])
def test_a_gloss_placed_by_the_page(gloss: Gloss, url: str | None, crawled: dt.datetime | None, day: str) -> None:
    found = place_gloss(gloss, url, crawled)
    assert found is not None and (found.date, found.how) == (day, "written_day")


@pytest.mark.parametrize(("gloss", "url"), [
    (TODAY_MAY_8, None),  # nothing tells the year
    (TODAY_MAY_8, "https://example.org/road-closure-notice.html"),
    (TODAY_MAY_8, "https://example.org/Calls/Fire%20071311.htm"),  # the file name's one day is not May 8
    (TODAY_MAY_8, "https://example.org/2012/06/road-closure/"),  # filed in June: another month
    (HIER_MERCREDI_23_AOUT, "https://example.org/2018/08/piscine/"),  # 23 August 2018 is a Thursday
])
def test_a_gloss_the_page_does_not_place(gloss: Gloss, url: str | None) -> None:
    assert place_gloss(gloss, url, None) is None


BODY = ("Part of Fellowship Road was closed yesterday (May 7) and continues to be closed today (May 8). "
        "The township has not said when the works will end.\n\n"
        "Drivers are asked to use Main Street and Church Road instead while the crews replace the culvert.\n\n"
        "Residents who need access to their homes may pass the barriers on foot.")


def test_a_page_dated_by_its_gloss_and_file_name() -> None:
    article = clean_raw("Road Closure on Fellowship Road\n\n" + BODY, url="http://example.org/120508.html")
    assert (article.published, article.published_how) == ("2012-05-08", "written_day")


def test_near_misses_on_whole_pages() -> None:
    # No URL, no crawl: the gloss's year is unknown, the page stays undated.
    assert clean_raw("Road Closure on Fellowship Road\n\n" + BODY).published is None
    # A date line the page prints wins over the gloss.
    stamped = clean_raw("Road Closure on Fellowship Road\n\nPublished March 3, 2012\n\n" + BODY,
                        url="http://example.org/120508.html")
    assert (stamped.published, stamped.published_how) == ("2012-03-03", "date_line")
    # A full-day URL wins too.
    dated = clean_raw("Road Closure on Fellowship Road\n\n" + BODY, url="https://example.org/2012/05/09/closure/")
    assert (dated.published, dated.published_how) == ("2012-05-09", "url")
