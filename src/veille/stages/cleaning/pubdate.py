"""Where an article's publication date is written: its URL and the page's own date lines.

Scraped text rarely has metadata, but the page usually says when it was published, in one
of two places:

- the **URL**: "/2024/05/17/", "/2024-05-17/", "-20240517_", "/2025/May/10/", "/17-05-2024/", "/202405/17/", a Unix time
  at the end of a slug ("-1753440104-"), the time a version 1 or 7 UUID naming the article was
  made ("article_dd5edd20-e64d-11ea-…": `url_id`); a year and month alone ("/2025/09/") is no
  day and is not used (`cleaning.urldates`);
- a **date line** near the top: a line that is a date and little else ("Publié le 12
  septembre 2024 à 10h05", "Mis à jour le …", "Updated Sept. 12, 2024 3:05 p.m.",
  "24-07-2025 | 04:31", "11/24/2024 7:10:21 AM", "Reuters24-07-2025", "Published: 12-Mar-24",
  "Published 1 year ago on March 12, 2023").  Such a line is page
  furniture, so cleaning also removes it.  A line that is a relative time ("il y a 48
  minutes", "3 hours ago") is furniture too, but with no crawl date it fixes no day.  A numeric
  date whose day and month could swap ("03/12/2024") reads in the page's order
  (`cleaning.dayorder`, through `DateFinder.for_page`).

`published_how` says which one gave the date: `date_line` (a "published" line or a bare
date), `updated_line` (only an "updated" line: a bound, the article is at most that old),
`end_line` (the signature's date line after the body, `pagedates.end_date`), `comment_line` (the
first reader comment's day at the page's foot, an upper bound: `pagedates.comment_date`),
`relative_line` ("il y a 3 heures" counted back from the crawl time the input gives, JSONL
`crawled` or a WARC record's date; "Publié à 10h05", the crawl's day), `day_line` (a date line or
dateline without its year, `cleaning.yearless`), `url`, `url_id` (a ten-digit id opening with YYMMDD,
a time-based UUID); a dateline opening the first paragraph stays `dateline` (`cleaning.dateline`); failing all of
these, the day a photo caption dates its picture ("…, Tuesday, March 25, 2025. (AP Photo/…)",
not an archive picture), `caption`: the photo is of the story's day, a lower bound.  How sure each
way is: `published_confidence`, measured on eval/news dev and, for the page's own lines, on the
unseen pages of eval/pubdate_pool.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from veille.stages.cleaning.confidence import PUBLISHED_CONFIDENCE as PUBLISHED_CONFIDENCE
from veille.stages.cleaning.confidence import published_confidence as published_confidence
from veille.stages.cleaning.dayorder import DayOrder, afternoon_24h, line_month_first, page_order
from veille.stages.cleaning.lines import fold
from veille.stages.cleaning.printnotes import is_masthead, is_print_note
from veille.stages.cleaning.relstamps import _RELATIVE, _WEEKDAY_INDEX, _relative_part, relative_day
from veille.stages.cleaning.schedule import MEETING, SCHEDULE, is_meeting, is_schedule
from veille.stages.cleaning.stampforms import (
    _ADJECTIVE_END,
    _AGE,
    _ARCHIVE,
    _CLOCK_TAIL,
    _GLUE_GAP,
    _GLUE_SENTENCE,
    _GLUE_TIME,
    _ISSUER_LINK,
    _LAST_WORD,
    _LEAD_CLOCK,
    _OPENING,
    _OPENING_DATE,
    _READING,
    _SEGMENTS,
    _SENTENCE_MARKS,
    _SHORT_STAMP,
    _SHORT_YEAR,
    _TODAY,
    GLUED_HEAD,
    GLUED_SENTENCE_WORDS,
    ISSUER_WORDS,
    TODAY,
    _numeric_day,
    _short_year,
    _skip,
)
from veille.stages.cleaning.stamplabels import (
    _BYLINE,
    _BYLINE_AFTER,
    _CMS_BYLINE,
    _COMMENTS,
    _FILED_UNDER,
    _HANDLE_AFTER,
    _LABEL_BEFORE_DATE,
    _LABELS,
    _NAME_LINKS,
    _PUBLISHED,
    _TIME,
    _UPDATED,
    _WORDS,
    BYLINE_NAMES,
    LABELLED_WORDS,
)
from veille.stages.cleaning.urldates import EARLIEST as EARLIEST
from veille.stages.cleaning.urldates import LATEST_YEAR as LATEST_YEAR
from veille.stages.cleaning.urldates import plausible_day as _day
from veille.stages.cleaning.urldates import url_day


@dataclass(frozen=True)
class FoundDate:
    date: str  # YYYY-MM-DD
    how: str  # date_line, updated_line, url


def _alternatives(names: Iterable[str]) -> str:
    """A regex alternation of `names`, longest first so that "sept" wins over "sep"."""
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


class DateFinder:
    """URL dates and date lines; month and weekday names come from data/clean/dates.json."""

    def __init__(self, months: dict[str, int], weekdays: list[str], order: DayOrder | None = None,
                 issuers: frozenset[str] = frozenset()) -> None:
        self.months = months
        self.weekdays = weekdays
        # The page's order for numeric dates whose line does not say it (`cleaning.dayorder`).
        self.order = order
        # The head words of the bodies that print their name beside a notice's date (`_issuer`).
        self.issuers = issuers
        # (clean@66) The page's order for a URL's day with a two-digit year (`for_page`; None: not known).
        self.url_order: DayOrder | None = order

    def for_page(self, texts: Iterable[str], lang: str | None = None, url: str | None = None) -> DateFinder:
        """This finder for one page: its ambiguous numeric dates ("03/12/2024") read in the
        order the page's other dates, clocks, language or site give (`dayorder.page_order`)."""
        lines = list(texts)
        order = page_order(lines, lang, url)
        finder = DateFinder(self.months, self.weekdays, order, self.issuers)
        # (clean@66) the order a URL's date with a two-digit year reads in, when the page has none of its own
        finder.url_order = order or page_order(lines, lang, url, always=True)
        return finder

    def _month_first(self, text: str, lang_hint: str | None) -> bool:
        """Whether a numeric date in `text` has its month first: the line's own clock or zone,
        else the page's order, else the language hint."""
        line = line_month_first(text)
        if line is not None:
            return line
        if self.order is not None and self.order.from_dates:
            return self.order.month_first
        if afternoon_24h(text):
            return False
        return self.order.month_first if self.order is not None else lang_hint == "en"

    # -- URL
    def from_url(self, url: str | None) -> FoundDate | None:
        """The day a URL's path states, if it states one (`cleaning.urldates`)."""
        month_first = self.url_order.month_first if self.url_order is not None else None
        found = url_day(url, self._url_month_name, self.months, self._url_slug_day, month_first)
        return FoundDate(*found) if found else None

    @cached_property
    def _url_slug_day(self) -> re.Pattern[str]:
        # "-28-may-2013", "_may-28th-2013": a day, a month's name and a year in a slug (`urldates.slug_day`).
        names = _alternatives(self.months)
        return re.compile(rf"(?<![a-z0-9])(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?[-_](?P<month>{names})"
                          rf"|(?P<month2>{names})[-_](?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)[-_](?P<year>(?:19|20)\d\d)(?![0-9])",
                          re.IGNORECASE)

    @cached_property
    def _url_month_name(self) -> re.Pattern[str]:
        return re.compile(rf"/(?P<year>(?:19|20)\d\d)/(?P<month>{_alternatives(self.months)})/(?P<day>\d{{1,2}})/",
                          re.IGNORECASE)

    # -- date lines
    @cached_property
    def _line_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        month = "(?P<month>" + _alternatives(self.months) + r")\.?"
        weekday = "(?:(?:" + _alternatives(self.weekdays) + r")\.?,?\s+)?"
        # 12 septembre 2024 / 1er août 2024 / 12 Sept. 2024 / 12-Sep-2024
        dmy = rf"{weekday}(?:le\s+)?(?P<day>\d{{1,2}})(?:er|e|st|nd|rd|th)?(?:\s+|-){month}(?:,?\s+|-)(?P<year>\d{{4}})"
        # September 12, 2024 / Sept. 12 2024
        mdy = rf"{weekday}{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
        # 24-07-2025 / 24/07/2025 / 11/24/2024 / 2025-07-24
        numeric = r"(?P<a>\d{1,4})[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{2,4})"
        return (re.compile(dmy, re.IGNORECASE), re.compile(mdy, re.IGNORECASE), re.compile(numeric))

    @cached_property
    def _numeric_weekday(self) -> re.Pattern[str]:
        # "Tue, 03/05/2024", "mar. 05/03/2024": a weekday's name right before a numeric date.
        return re.compile(rf"(?<!\w)(?:{_alternatives(self.weekdays)})\.?,?\s+(?=\d{{1,4}}[-/.]\d)", re.IGNORECASE)

    @cached_property
    def _short_named(self) -> re.Pattern[str]:
        # "12-Mar-24": the day, the month's abbreviation and a two-digit year joined by hyphens,
        # the DD-MON-YY stamp of database-driven sites; read only where a two-digit numeric year
        # is (after a label, or with its clock time as the whole line: `_short_named_day`).
        return re.compile(rf"(?<![\w-])(?P<day>\d{{1,2}})-(?P<month>{_alternatives(self.months)})\.?-"
                          rf"(?P<year>\d{{2}})(?![\w-])", re.IGNORECASE)

    def _short_named_day(self, text: str, clock: bool = False) -> dt.date | None:
        """The day of a "12-Mar-24" stamp opening `text` (with `clock`: the whole of `text`, with
        its clock time after it, "12-Mar-24 09:30")."""
        found = self._short_named.match(text.lstrip(" :"))
        if found is None or (clock and not _CLOCK_TAIL.fullmatch(text.lstrip(" :")[found.end():])):
            return None
        return _day(2000 + int(found["year"]), self.months.get(found["month"].lower().rstrip("."), 0),
                    int(found["day"]))

    def parse_date(self, text: str, lang_hint: str | None = None) -> dt.date | None:
        """The first full date written in `text`."""
        best: tuple[int, dt.date] | None = None
        dmy, mdy, numeric = self._line_patterns
        for pattern in (dmy, mdy):
            found = pattern.search(text)
            if found:
                month = self.months.get(found["month"].lower().rstrip("."))
                day = _day(int(found["year"]), month or 0, int(found["day"]))
                if day and (best is None or found.start() < best[0]):
                    best = (found.start(), day)
        found = numeric.search(text)
        if found and (best is None or found.start() < best[0]):
            english = self._month_first(text, lang_hint)
            day = _numeric_day(found["a"], found["b"], found["c"], english=english)
            # "Mon, 03/04/2024", "lundi 04/03/2024": the weekday the line names settles a day and
            # month that could swap, whatever order the page or the language would give.
            named = self._weekday_before(text[:found.start()])
            other = _numeric_day(found["a"], found["b"], found["c"], english=not english) if named is not None else None
            if day and other and named is not None and day.weekday() != named and other.weekday() == named:
                day = other
            if day:
                best = (found.start(), day)
        return best[1] if best else None

    def date_at(self, text: str) -> tuple[dt.date, int] | None:
        """The full date with its month's name opening `text` ("Monday, March 8, 2021", "3 mars
        2021"), and where it ends; figures are not read (their order is the page's)."""
        for pattern in self._line_patterns[:2]:
            found = pattern.match(text)
            if found:
                day = _day(int(found["year"]), self.months.get(found["month"].lower().rstrip(".")) or 0,
                           int(found["day"]))
                if day:
                    return day, found.end()
        return None

    def _weekday_before(self, head: str) -> int | None:
        """The weekday (Monday 0) a line names right before its date ("Mon, ", "lundi ", "Tue. ")."""
        found = _LAST_WORD.search(head)
        if found is None or found["word"].lower() not in self.weekdays:
            return None
        return _WEEKDAY_INDEX.get(found["word"][:3].lower())

    def date_line(self, line: str) -> FoundDate | None:
        """The date of a line that is a date line (see the module docstring), else None."""
        text = line.strip()
        today = _TODAY.match(text)
        if today is not None:  # "View Date: 2024-12-24 09:24", "Aujourd'hui : jeudi 17 mai 2024"
            # Nothing but the day and a clock time after the label: "Today, May 17, 2024, the Senate
            # voted" is a sentence.
            shown = text[today.end():]
            day = self.parse_date(shown)
            stamp_only = day is not None and not _WORDS.findall(self._leftover(shown))
            return FoundDate(day.isoformat(), TODAY) if stamp_only and day is not None else None
        if self._glued_stamp(text) is not None:
            return None  # a stamp glued to a sentence: the paragraph is body (`opening_stamp` dates it)
        labelled = self._labelled(text)
        if labelled is not None:
            return labelled
        if is_print_note(text):  # "Article paru dans l'édition du 12 mars 2024": the paper's day
            # "Paru dans Le Monde du 18/08/21": a two-digit year after the note's words, day first.
            short = _SHORT_YEAR.search(text)
            printed = self.parse_date(text) or (_day(2000 + int(short[3]), int(short[2]), int(short[1]))
                                                if short else None)
            return FoundDate(printed.isoformat(), "date_line") if printed else None
        if is_masthead(text, self.weekdays):  # "No 16827 – … MERCREDI 3 MARS 1999": the edition's day
            edition = self.parse_date(text)
            return FoundDate(edition.isoformat(), "date_line") if edition else None
        if len(text) > 90 or len(_WORDS.findall(text)) > 14:
            return None
        parts = [p for p in _SEGMENTS.split(text) if p.strip()]
        if len(parts) > 1:  # "12 mars 2024 | Politique | Par la rédaction": one segment is the date
            found = [self.date_line(p) for p in parts]
            dated = [f for f in found if f is not None]
            first = next((i for i, f in enumerate(found) if f is not None), len(parts))
            if dated and all(f is not None or len(_WORDS.findall(p)) <= 4 or (i > first and self._issuer(p))
                             for i, (f, p) in enumerate(zip(found, parts, strict=True))):
                return dated[0]
        short = _SHORT_STAMP.fullmatch(text)
        if short is not None:  # "12/03/25 à 14h05", "03/12/25 5:04 PM": a short date with its clock time
            day = _numeric_day(short[1], short[2], str(2000 + int(short[3])), english=self._month_first(text, None))
            return FoundDate(day.isoformat(), "date_line") if day else None
        if (named := self._short_named_day(text, clock=True)) is not None:  # "12-Mar-24 09:30"
            return FoundDate(named.isoformat(), "date_line")
        day = self.parse_date(text)
        if day is None:
            return None
        rest = _WORDS.findall(self._leftover(text))
        # Besides the date, a date line holds at most a name (an outlet, a place): more words,
        # or words in lower case, make it a sentence that mentions a date.  The authors' names
        # before it are a byline ("Sophie Martin, Paul Durand le 14 juillet 2017", "Jane Doe and
        # John Roe, May 17, 2024"), however many.
        if (len(rest) > 3 or sum(w[0].islower() for w in rest) > 1) and not self._names_then_date(text):
            return None
        # "Par X Le 12 mars 2024 - Mis à jour le 13 mars": the date before the "updated" label
        # is the publication's; only a date after it makes the line an "updated" one.
        updated = _UPDATED.search(text)
        first = min((m.start() for m in (p.search(text) for p in self._line_patterns) if m), default=0)
        if is_schedule(text[:first]):  # "When: March 30, 2024", "Jusqu'au 30 mars 2024": an event's day
            return FoundDate(day.isoformat(), SCHEDULE)
        if is_meeting(text[:first]):  # "Conseil municipal du 29 juin 2020": the sitting's day, reported later
            return FoundDate(day.isoformat(), MEETING)
        how = "updated_line" if updated and updated.start() < first and not _PUBLISHED.search(text) else "date_line"
        return FoundDate(day.isoformat(), how)

    def _issuer(self, segment: str) -> bool:
        """Whether a field after a stamp names the body that issued the page: "19/02/2016 |
        Département de la formation et de la sécurité", "March 3, 2024 | Office of the Governor".
        A press office or a ministry's unit prints its full name there, longer than the four words
        a section label has: a phrase opened by a body's head word (`issuer_heads` in
        data/clean/dates.json), with no figure and no sentence punctuation, which a sentence or a
        headline after a date would have (clean@42).  A body's name has a body's shape: its head
        word, at most one adjective, then the link to what it serves ("Direction départementale
        des …", "Office of …", "Department for …"); a headline puts its verb after the head word
        ("Police arrest two men …", "Conseil constitutionnel censure la loi …") (clean@43)."""
        words = segment.split()
        if not (0 < len(words) <= ISSUER_WORDS and fold(words[0]) in self.issuers
                and words[0][:1].isupper() and not _SENTENCE_MARKS.search(segment)):
            return False
        if len(words) > 1 and _ISSUER_LINK.match(words[1]):
            return True  # "Département de …", "Office of …"
        # "Direction départementale des …": one adjective, by its ending; a verb between the head
        # and the link is a headline's ("Gouvernement annonce des mesures …").
        return (len(words) > 2 and _ADJECTIVE_END.search(words[1]) is not None
                and _ISSUER_LINK.match(words[2]) is not None)

    def is_publication_stamp(self, text: str) -> bool:
        """Whether a date line names its date the publication's ("Publié le …", "Posted: …")."""
        return is_print_note(text) or is_masthead(text, self.weekdays) or any(not _UPDATED.search(found["label"])
                                          for found in _LABEL_BEFORE_DATE.finditer(text))

    def _names_then_date(self, text: str) -> bool:
        """Whether `text` is names, then a date and at most a clock time: a byline without its
        "Par"/"By" ("Sophie Martin, Paul Durand le 14 juillet 2017")."""
        found = [m for m in (p.search(text) for p in self._line_patterns) if m]
        # A photo caption names its people and its day too, but as a sentence: "Emmanuel Macron
        # et Olaf Scholz, le 14 juillet 2017." ends with its period, a byline does not.
        if not found or text.rstrip().endswith((".", ")")):
            return False
        first = min(found, key=lambda m: m.start())
        # "Jane DOE and John ROE - 4 March 2025 - 3 min read": the reading time ends the stamp.
        if _WORDS.findall(_TIME.sub(" ", _READING.sub(" ", text[first.end():]))):
            return False
        names = [w for w in _WORDS.findall(text[:first.start()]) if w.lower() not in _NAME_LINKS]
        return 2 <= len(names) <= BYLINE_NAMES and all(w[0].isupper() for w in names)

    def _labelled(self, text: str) -> FoundDate | None:
        """A "published"/"updated" label with the date right after it, in a byline-and-date
        line ("Par X Publié le 12/03/2024 à 10h05, mis à jour …", "By X, Reuters Published 12
        March 2024"): the label makes it a date line whatever else the line holds."""
        count = len(_WORDS.findall(text))
        # "Le texte, publié le 3 mars 2024, prévoit …": a sentence about a publication.
        if count > LABELLED_WORDS or (text.rstrip().endswith((".", "!", "?")) and count >= 6):
            return None
        # "Mis à jour le 4 avril …, publié le 3 avril …", "Updated April 2 | First published April
        # 1": pages print the two stamps in either order, and the publication's wins wherever it stands.
        updated: FoundDate | None = None
        for found in _LABEL_BEFORE_DATE.finditer(text):
            after = text[found.end():]
            day = self.parse_date(after[:60]) or _short_year(after) or self._short_named_day(after)
            start = min((m.start() for m in (p.search(after) for p in (*self._line_patterns, _SHORT_YEAR,
                                                                      self._short_named)) if m), default=99)
            # The clock time may come first: "Published 5:04 p.m. ET March 12, 2024", "Updated
            # 5:04 PM EDT, Tue March 12, 2024" (US chains print the time before the day).
            # An age may come first too: "Published 1 year ago on March 12, 2023" (blog themes).
            lead = _skip(_GLUE_GAP, after, _skip(_LEAD_CLOCK, after, _skip(_AGE, after, 0)))
            if day is None or (start > 12 and start > lead):
                continue
            if not _UPDATED.search(found["label"]):
                return FoundDate(day.isoformat(), "date_line")
            if updated is None:
                # "Wed 12 Mar 2025 17.04 GMT Last modified on Thu 13 Mar 2025", "12 March 2025,
                # 17:04 GMT Updated 13 March 2025", "Par X, le 12 mars 2025 - Mis à jour le 13
                # mars 2025": a date before the revision's label, with no label of its own, is the
                # publication's (pages print the first stamp bare and label only the revision).
                first = self.parse_date(text[:found.start()])
                if first is not None and first <= day:
                    return FoundDate(first.isoformat(), "date_line")
            updated = updated or FoundDate(day.isoformat(), "updated_line")
        return updated

    def opening_stamp(self, paragraph: str) -> FoundDate | None:
        """The page's stamp in brackets opening a paragraph ("[Mis à jour le 27 septembre 2022 à
        14h50] Jeudi …", "(Updated March 3, 2024) The …"), as live pages and rewritten articles
        print it: the bracket is the page's furniture, whatever the paragraph says after it."""
        found = _OPENING.match(paragraph)
        if found is None:
            return self._glued_stamp(paragraph)
        if not _LABEL_BEFORE_DATE.match(found["inner"].strip()):
            return None
        return self._labelled(found["inner"].strip())

    def _glued_stamp(self, paragraph: str) -> FoundDate | None:
        """A labelled stamp glued to the paragraph's first sentence, as scrapers that flatten a
        page's blocks hand it over: "Publié le 12/03/2025 à 14h05 Les pompiers …", "Par Jean
        Dupont Publié le 12 mars 2025 à 14h05, mis à jour à 18h20 Les pompiers …", "By Jane Doe
        Published March 12, 2025 5:04 PM ET The storm …".  Only a label opening the paragraph
        (after a byline at most), its full date and clock times, then a capital: a comma or a
        lower-case word after the date makes it a sentence about a publication ("Publié le 3
        mars 2024, le rapport pointe …")."""
        text = paragraph.lstrip()
        first = _LABEL_BEFORE_DATE.search(text[:GLUED_HEAD])
        head = text[:first.start()].strip(" ,;|•·–—-") if first else ""
        if first is None or (head and not _BYLINE.fullmatch(head)):
            return None
        at, end = first.start(), None
        while (label := _LABEL_BEFORE_DATE.match(text, at)) is not None:
            # "Published 5:04 PM ET March 12, 2024 The …": the date may follow a clock time.
            after_clock = _skip(_GLUE_GAP, text, _skip(_LEAD_CLOCK, text, label.end()))
            dated = [m for m in (p.match(text, start) for p in self._line_patterns
                                 for start in {label.end(), after_clock}) if m]
            clock = _skip(_GLUE_TIME, text, label.end())
            if dated:
                end = _skip(_GLUE_TIME, text, max(m.end() for m in dated))
            elif end is not None and clock > label.end():  # ", mis à jour à 18h20": a time only
                end = clock
            else:
                break
            at = _skip(_GLUE_GAP, text, end)
        if end is None:
            return None
        rest = text[end:]
        if not _GLUE_SENTENCE.match(rest) or len(_WORDS.findall(rest)) < GLUED_SENTENCE_WORDS:
            return None
        return self._labelled(text[:end])

    def opening_date(self, paragraph: str) -> FoundDate | None:
        """A full date opening a paragraph and set off by a dash, a dateline without its place:
        "May 17, 2024 -- ACME Corp. today announced …" (press releases), "17/05/2024 - Le conseil
        municipal a voté …", "Le 17 mai 2024 à 10h05 – Les pompiers …".  A two-digit year is not
        read ("10-28-05 - …" may be a score or a reference)."""
        head = paragraph.lstrip()[:60]
        found = _OPENING_DATE.match(head)
        if found is None:
            return None
        day = self.parse_date(found["date"])
        first = min((m.start() for m in (p.search(found["date"]) for p in self._line_patterns) if m), default=99)
        if day is None or first > 3 or _WORDS.findall(self._leftover(found["date"])):
            return None
        return FoundDate(day.isoformat(), "dateline")

    def caption_date(self, line: str) -> FoundDate | None:
        """The day a photo caption says its picture was taken ("… in Muttenz, Switzerland,
        Tuesday, March 25, 2025.", "Photo prise le 23 juillet 2025 et diffusée le 24 juillet
        2025"): agency captions date the picture, and a news photo is taken on the story's day
        or the day before the report, so the caption's latest date is a lower bound of the
        article's.  An archive picture says so ("FILE -", "Photo d'archives", "file photo")
        and dates nothing."""
        if _ARCHIVE.search(line):
            return None
        days = [day for pattern in self._line_patterns for found in pattern.finditer(line)
                if (day := self.parse_date(found.group(0))) is not None]
        return FoundDate(max(days).isoformat(), "caption") if days else None

    def is_relative_time_line(self, line: str) -> bool:
        """"il y a 48 minutes", "3 hours ago", "Updated 2h ago", "Publié à 10h05", "Par Jean
        Dupont | il y a 3 heures": a time stamp with no day (`cleaning.relstamps`)."""
        return _relative_part(line) is not None

    def relative_line(self, line: str, crawled: dt.datetime | None) -> FoundDate | None:
        """The day a relative time line names, counted back from the crawl (`cleaning.relstamps`)."""
        day = relative_day(line, crawled)
        return FoundDate(day.isoformat(), "relative_line") if day is not None else None

    def _leftover(self, text: str) -> str:
        """What a date line says besides dates, times and the usual labels."""
        dmy, mdy, numeric = self._line_patterns
        # A relative stamp beside the date ("Mar 12, 2025 5:04 PM EDT Updated 1 hour ago") is one
        # more stamp, not a sentence's words; so are a CMS's signature and section (`_CMS_BYLINE`,
        # `_FILED_UNDER`) and the weekday a numeric date follows ("Tue, 03/05/2024") (clean@44).
        for pattern in (_COMMENTS, _READING, _CMS_BYLINE, _BYLINE, _BYLINE_AFTER, _HANDLE_AFTER, _FILED_UNDER,
                        self._numeric_weekday, dmy, mdy, numeric, _AGE, _RELATIVE, _TIME, _LABELS):
            text = pattern.sub(" ", text)
        return text
