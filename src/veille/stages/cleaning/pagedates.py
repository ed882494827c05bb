"""The page's own publication date, from the date lines cleaning found (`clean.lay_out`): the
first near the top, the signature's after the body, the first reader comment's, the dateline
opening the text, relative and yearless stamps, and failing all the photo captions' day.  The
order in which they count is `apply_page_dates`'s (see `cleaning.pubdate` for each form)."""

from __future__ import annotations

import re
from datetime import datetime

from veille.model import Article, Removed
from veille.stages.cleaning.commentstamps import comment_header_date, is_comment_stamp
from veille.stages.cleaning.dateline import DatelineParser
from veille.stages.cleaning.layout import Layout
from veille.stages.cleaning.lines import Unit, is_sentence_like, is_title_like
from veille.stages.cleaning.pubdate import EARLIEST, LATEST_YEAR, DateFinder, FoundDate
from veille.stages.cleaning.schedule import MEETING, SCHEDULE
from veille.stages.cleaning.stampforms import TODAY
from veille.stages.cleaning.stamplabels import _UPDATED
from veille.stages.cleaning.urldates import plausible_day
from veille.stages.cleaning.writtendays import place_gloss, written_day, yearless_gloss
from veille.stages.cleaning.yearless import DayLines, MonthDay, from_url_year


def find_date_lines(units: list[Unit], layout: Layout, finder: DateFinder,
                    furniture: list[bool] | None = None, related: list[bool] | None = None) -> None:
    """Date lines are cut wherever they stand; the first one near the top dates the article
    (lower down, a date line belongs to a related story or a comment, except the signature's
    after the body's last paragraph: `end_date`).  A stamp in brackets opening one of the top
    paragraphs ("[Mis à jour le …] Jeudi …") dates it too, and stays in the body.  The top ends
    at the third sentence-like paragraph, not counting those a boilerplate pattern names
    (`furniture`): a cookie notice, a newsletter prompt or a photo caption above the headline is
    written in sentences, but it is no paragraph of the article.  Nor does the top reach past a
    related-stories heading ("À lire aussi", "Related stories": `related`, the units a boilerplate
    pattern names so) below the article's first paragraph: a short article has fewer than three
    paragraphs, and the other stories' stamps under the heading ("Publié le 31.10.22") would be
    taken for its own."""
    cut = furniture or [False] * len(units)
    echoes = headline_echoes(units)
    sentences = [i for i, u in enumerate(units) if is_sentence_like(u.text) and not cut[i] and i not in echoes]
    top = sentences[min(2, len(sentences) - 1)] if sentences else len(units)
    lede = next((i for i in sentences if len(units[i].text.split()) >= LEDE_WORDS), len(units))
    headings = [i for i, heading in enumerate(related or []) if heading and not _CONTINUE.match(units[i].text)]
    top = min([top, *(i for i in headings if i > lede)])
    teasers = layout.teasers = _teaser_stamps(units, finder, cut, headings, lede)
    # A blog's yearless date header ("Saturday, February 27", clean@26) stands above the post's
    # first paragraph; lower down, a weekday and a day are a programme's or a live page's heading.
    first_paragraph = sentences[0] if sentences else len(units)
    day_lines = DayLines(finder)
    for i, unit in enumerate(units):
        if layout.kinds[i] is not None:
            continue
        found = finder.date_line(unit.text)
        if found is None and i <= top and i < lede and (found := badge_date(units, i, finder)) is not None:
            if layout.kinds[i + 1] is not None or layout.kinds[i + 2] is not None or _label_above(units, i):
                found = None  # a table's column under its label ("Year / 2 / May / 2024"), clean@49
            else:
                layout.kinds[i + 1] = layout.kinds[i + 2] = "date"  # the badge's month and year lines
        opening = finder.opening_stamp(unit.text) if found is None and i <= top else None
        if opening is not None and (layout.published is None
                                    or (layout.published.how == "updated_line" and opening.how == "date_line")):
            layout.published, layout.published_bare = opening, False
        if found is not None:
            layout.kinds[i] = "date"
            if found.how in (TODAY, SCHEDULE):  # the day the page was shown, an event's: no date of the article
                continue
            if found.how == MEETING:  # a sitting's day, perhaps in the headline ("Conseil municipal du 29 juin")
                layout.meetings.add(i)
                continue
            if i in teasers:  # another story's stamp in a block of teasers above the article
                continue
            below_two = len(sentences) > 1 and i > sentences[1]  # under two of the article's paragraphs
            if found.how == "date_line" and (is_comment_stamp(units, i)  # a reader's, after the article
                                             or (below_two and comment_header_date(unit.text, finder))):
                layout.comment_stamps.append(found)
                continue
            # A labelled publication stamp ("Posted: Mar 12, 2024") wins over a bare date above it
            # ("March 13, 2024" over the headline: the site's day, an aggregator's copy date).
            labelled = found.how == "date_line" and finder.is_publication_stamp(unit.text)
            if i <= top and i < lede and found.how == "date_line" and not labelled:
                layout.top_bare.append((i, found))  # above the lede: the headline's block (`headline_day`)
            if i <= top and (layout.published is None or (layout.published_bare and labelled)
                             or (layout.published.how == "updated_line" and found.how == "date_line")):
                layout.published = found
                layout.published_bare = found.how == "date_line" and not labelled
            elif i > top:
                layout.late.append((i, found))
        elif (day := day_lines.day_line(unit.text)) is not None \
                or (i < first_paragraph and (day := day_lines.bare_day(unit.text)) is not None):
            layout.kinds[i] = "date"
            if i <= top and layout.day is None:
                layout.day = day
        elif finder.is_relative_time_line(unit.text):
            layout.kinds[i] = "date"
            if i <= top:
                layout.relative.append(unit.text)
        elif len(sentences) > 1 and i > sentences[1] and (said := comment_header_date(unit.text, finder)):
            # A commenter's "Name wrote on March 3, 2024, 4:37 PM" below two of the article's
            # paragraphs: a reader comment's day, an upper bound only (clean@47).
            layout.kinds[i] = "date"
            layout.comment_stamps.append(FoundDate(said, "date_line"))
    # A top paragraph's own word for its day ("The mayor yesterday (March 3, 2021) opened …").
    layout.written_day = next((found for i in sentences if i <= top and layout.kinds[i] is None
                           if (found := written_day(units[i].text, finder)) is not None), None)
    if layout.written_day is None:  # (clean@68) the same gloss without its year ("today (May 8)")
        layout.written_gloss = next((gloss for i in sentences if i <= top and layout.kinds[i] is None
                                     if (gloss := yearless_gloss(units[i].text, finder)) is not None), None)


def badge_date(units: list[Unit], i: int, finder: DateFinder) -> FoundDate | None:
    """A date printed as a calendar badge, its day, month and year each on a line of its own once
    the page is flattened ("14 / fév. / 2023", "Feb / 14 / 2023"): no line of it is a date, so none
    was read (clean@47).  The month must be named, the year four figures.  `find_date_lines` reads
    one only near the top and above the lede (the first paragraph of `LEDE_WORDS` words), where a
    byline's badge stands (at the foot, three such lines are a list's or a table's), and not under a
    label line (clean@49)."""
    if i + 2 >= len(units):
        return None
    first, second, year = (units[j].text.strip() for j in (i, i + 1, i + 2))
    if not re.fullmatch(r"\d{4}", year):
        return None
    for day, month in ((first, second), (second, first)):
        number = finder.months.get(month.lower().rstrip("."))
        if number and re.fullmatch(r"\d{1,2}", day):
            found = plausible_day(int(year), number, int(day))
            return FoundDate(found.isoformat(), "date_line") if found else None
    return None


def _label_above(units: list[Unit], i: int) -> bool:
    """Whether the line above `units[i]` is a label of one word ("Year", "Cours", "Population:"): a
    table's header, whose cells the lines below are (clean@49)."""
    return i > 0 and re.fullmatch(r"[^\W\d_][\w'’-]*\s*:?", units[i - 1].text.strip()) is not None


def headline_day(layout: Layout) -> None:
    """Between two bare date lines near the top (no "published" label on either) that disagree,
    the one under the headline is the article's, the one above it the site's (clean@37): a theme
    prints the day the page is shown over its name and menu ("samedi, mars 2, 2024" above the
    masthead), and the article's day under the headline, where a byline's stamp stands.  A date
    line above the headline with none under it still dates the page (a kicker's day, a blog's day
    header); a labelled stamp wins over both as before.  Both lines stand above the lede (the first
    paragraph of `LEDE_WORDS` words): below it, a date line heads a blog's next post or another story."""
    title_at = next((i for i, kind in enumerate(layout.kinds) if kind == "title"), None)
    if title_at is None or not layout.published_bare or layout.published is None:
        return
    above = [found for i, found in layout.top_bare if i < title_at]
    below = [found for i, found in layout.top_bare if i > title_at]
    if above and below and layout.published == above[0] and below[0].date != above[0].date:
        layout.published = below[0]
    elif not below and len(above) > 1 and layout.published == above[0] and above[-1].date != above[0].date:
        # clean@70: both above the headline (found by the URL's slug under the article's stamp,
        # `cleaning.slughead`): the page's day over the site's masthead or menu, the article's stamp
        # right above its headline; two date lines with nothing between them say nothing of which is which.
        first, last = layout.top_bare[0][0], max(i for i, _ in layout.top_bare if i < title_at)
        if last == title_at - 1 and last - first > 1:
            layout.published = above[-1]


# How many words a line must hold for another line ending on it to be its echo, not a phrase both share.
ECHO_WORDS = 5


def headline_echoes(units: list[Unit]) -> set[int]:
    """The lines that end on another whole line of the page, as themes print the headline again in
    a breadcrumb ("Site > News > Brutal Winter Storm Leaves …") and a reading bar ("Reading: Brutal
    Winter Storm Leaves …", clean@30): the headline written in sentences ("… Without Power. How Long
    Will Outages Last?") makes them sentence-like, but they are no paragraphs of the article, and
    counted among the top's three they would end it above the byline's stamp.  The shorter line
    must have `ECHO_WORDS` words, so that a line ending on a common phrase is no echo."""
    texts = [u.text.strip() for u in units]
    lines = {t for t in texts if len(t.split()) >= ECHO_WORDS}
    return {i for i, t in enumerate(texts)
            if any(len(other) < len(t) and t.endswith(other) and not t[-len(other) - 1].isalnum()
                   for other in lines)}


# A year-first numeric date closing the headline, after a space or a separator: "Power restored
# after storm 2013.11.20", "Bulletin météo - 2024-03-12".
_TITLE_STAMP = re.compile(r"\S\s+(?:[-–—|:]\s*)?\(?((?:19|20)\d\d)([.\-/])(\d\d)\2(\d\d)\)?\s*$")


def title_stamp(layout: Layout) -> None:
    """The day a site's software writes at the end of the headline, year first in figures
    ("Power restore after storm 2013.11.20", clean@25, issue 16), when no date line near the top
    dates the page: a headline names an event's day in words with its preposition ("storm of Nov.
    20", "Conseil municipal du 29 juin"), never as a bare year-first stamp.  A bare date, as one
    above the headline would be: the URL's day overrules it (`url_refutes`)."""
    found = _TITLE_STAMP.search(layout.title or "")
    if layout.published is not None or found is None:
        return
    try:
        day = datetime(int(found[1]), int(found[3]), int(found[4])).date()
    except ValueError:
        return
    if day < EARLIEST or day.year > LATEST_YEAR:
        return
    layout.published, layout.published_bare = FoundDate(day.isoformat(), "date_line"), True


def _teaser_stamps(units: list[Unit], finder: DateFinder, cut: list[bool], headings: list[int],
                   lede: int) -> set[int]:
    """The date lines of a block of other stories above the article ("Les plus lus", "Trending":
    a related-stories heading above its lede, then teasers, each a headline and its stamp):
    every date line between the heading and the lede but the article's own, the one the lede
    follows with nothing between them but other date lines, boilerplate (a byline, a reading
    time), names or sentences (a standfirst, a photo's caption): no headline, which would make it
    a teaser's stamp above the article's headline.  A page with no lede (no paragraph of
    `LEDE_WORDS` words) keeps its lines.  With no heading, two headlines or more above the lede,
    each with its stamp under it, are such a block (clean@44)."""
    if lede >= len(units):
        return set()
    start = min((i for i in headings if i < lede), default=lede)
    # With no heading, a run of teasers shows itself: `TEASER_PAIRS` headlines or more above the
    # lede, each with its date line right under it (a stamp over a second stamp, "Posted … / and
    # last updated …", is no headline) (clean@44); the article's own is the one above the lede.
    # A stamp labelled the publication's or the update's ("Publié le …", "Mis à jour le …") is the
    # page's own, so no teaser's: headline / "Publié le" / standfirst / "Mis à jour le" is one
    # article (clean@47).
    pairs = [i for i in range(1, lede) if not cut[i - 1] and len(units[i - 1].text.split()) >= TEASER_TITLE_WORDS
             and is_title_like(units[i - 1].text) and finder.date_line(units[i - 1].text) is None
             and finder.date_line(units[i].text) is not None and not _own_stamp(units[i].text, finder)]
    if start == lede and len(pairs) >= TEASER_PAIRS:
        start = -1
    stamps = [i for i in range(start + 1, lede) if finder.date_line(units[i].text) is not None]

    def between(j: int) -> bool:
        text = units[j].text
        return j in stamps or cut[j] or _names_only(text) or (is_sentence_like(text) and not is_title_like(text))

    own = [i for i in stamps if all(between(j) for j in range(i + 1, lede))]
    return set(stamps) - set(own[:1])


def _own_stamp(text: str, finder: DateFinder) -> bool:
    """Whether a date line labels its date the page's publication or update (clean@47)."""
    return finder.is_publication_stamp(text) or bool(_UPDATED.search(text))


# How many headlines, each with its date line under it, make a run of teasers with no heading,
# and how many words such a headline has (a section label or a site's name has fewer).
TEASER_PAIRS = 2
TEASER_TITLE_WORDS = 4

# A link that continues the same article ("Read more", "Lire la suite") is no other stories' heading.
_CONTINUE = re.compile(r"^\W*(?:read\s+more|read\s+the\s+full\s+(?:story|article)|continue\s+reading|"
                       r"lire\s+la\s+suite|lire\s+plus|voir\s+la\s+suite)\W*$", re.IGNORECASE)

# How many words make a paragraph the article's own (a lede), not a promotion's line or a teaser's.
LEDE_WORDS = 25

# How near the end of the text a signature's date line stands, in units.
END_UNITS = 3


def end_date(units: list[Unit], layout: Layout, finder: DateFinder | None = None) -> FoundDate | None:
    """The date of the signature block after the body ("Deborah Shelton / Chicago Tribune / March
    3, 2009", "Publié le 12 mars 2024 à 10h05" at the foot of a regional page): a date line after
    the body's last paragraph, among the last `END_UNITS` units, with only names between them
    (authors, the outlet: "À lire aussi" or a headline would make it another story's date, a
    comment thread's heading a comment's), when
    the date lines there agree on one day (related stories or comments would give several).  A
    page whose foot lists other stories (a related block the rules found above the date, not one
    the layout guessed from position) dates nothing there: a teaser kept as a paragraph would look
    like the body's last.  A "published" line only.  One that says so ("Publié le 12 mars 2024",
    "Posted March 3, 2009") right after the body stands however many stories' dates follow it."""
    kinds = layout.kinds
    paragraphs = [i for i, u in enumerate(units) if kinds[i] is None and is_sentence_like(u.text)]
    last_paragraph = paragraphs[-1] if paragraphs else -1
    # A date line between the last two paragraphs makes the last an entry of a dated list (a post
    # navigation's "« Title / March 1, 2024 / Title » / March 7, 2024"), not the article's (clean@44).
    if len(paragraphs) > 1 and any(paragraphs[-2] < i < last_paragraph for i, _ in layout.late):
        return None
    tail = [(i, found) for i, found in layout.late if i > last_paragraph and i >= len(units) - END_UNITS]
    after = [(i, found) for i, found in layout.late if i > last_paragraph][:1]
    if finder is not None and after and after[0][1].how == "date_line" \
            and finder.is_publication_stamp(units[after[0][0]].text):
        tail = after
    if len({found.date for _, found in tail}) != 1 or any(found.how != "date_line" for _, found in tail):
        return None
    first = tail[0][0]
    cut_by_position = layout.layout_cut or [False] * len(units)
    if any(kinds[j] == "related" and not cut_by_position[j] for j in range(first)):
        return None
    # A comment thread's heading ("3 Comments", "Commentaires") between the body and the date
    # line makes the names under it commenters and the date a comment's: the signature comes
    # before the thread, so its day is `comment_date`'s upper bound, not the article's (clean@44).
    if any(kinds[j] == "comments" for j in range(last_paragraph + 1, first)):
        return None
    between = [u.text for u in units[last_paragraph + 1:first]]
    if not all(_names_only(text) for text in between):
        return None
    return FoundDate(tail[0][1].date, "end_line")


def comment_date(layout: Layout) -> FoundDate | None:
    """The day of the first reader comment, when the page's foot keeps its comment thread: the
    date lines after a comment count ("3 Comments", "12 commentaires", after two of the article's
    paragraphs at least: a counter by the headline heads no thread) give each comment's day, the
    earliest the first comment's.  A comment follows the article, so this is an upper bound (`comment_line`), like an
    "updated" line: the last resort of `apply_page_dates`, most comments being of the day or the
    next.  A date line before the heading, or with no heading, is no comment's."""
    kept = [i for i, kind in enumerate(layout.kinds) if kind is None]
    heads = [i for i, kind in enumerate(layout.kinds) if kind == "comments" and sum(j < i for j in kept) >= 2]
    days = [found.date for found in layout.comment_stamps]  # stamps the thread's words mark (`commentstamps`)
    if heads:
        days += [found.date for i, found in layout.late if i > heads[0] and found.how == "date_line"]
    return FoundDate(min(days), "comment_line") if days else None


# The words that join names in a signature ("Deborah Shelton and Andrew Wang", "Marie Dupont
# et Paul Martin", "Jean de La Tour"), and how many words such a line may hold.
_NAME_LINKS = frozenset({"and", "et", "de", "du", "des", "la", "le", "van", "von", "of", "with", "avec"})
SIGNATURE_WORDS = 8


def _names_only(text: str) -> bool:
    """A line of names: authors, an outlet ("Chicago Tribune"), capitalised words only."""
    found = re.findall(r"[^\W\d_][\w'’.\-]*", text)
    names = [w for w in found if w.lower() not in _NAME_LINKS]
    return 0 < len(found) <= SIGNATURE_WORDS and bool(names) and all(w[0].isupper() for w in names) \


def apply_dateline(article: Article, units: list[Unit], kinds: list[str | None],
                   datelines: DatelineParser, finder: DateFinder | None = None) -> MonthDay | None:
    """Place and date from the dateline opening one of the first body paragraphs; the day and
    month of a yearless dateline ("PARIS, 3 avril (AFP) -") are returned for `apply_page_dates`."""
    body_units = [u for i, u in enumerate(units) if i >= len(kinds) or kinds[i] is None][:3]
    for unit in body_units:
        found = datelines.parse(unit.text, finder)
        if found is None:
            opening = (finder or datelines.finder).opening_date(unit.text)
            if opening is not None and not article.published:
                article.published, article.published_how = opening.date, opening.how
                return None
            continue
        article.dateline_place = found.place or None  # "Sept. 10 (UPI) --" names no place
        if found.date and not (article.published and article.published_how == "metadata"):
            article.published, article.published_how = found.date, "dateline"
        return found.month_day
    return None


CRAWL_KEYS = ("crawled", "crawl_date", "crawled_at", "date_crawled", "fetched", "fetched_at", "retrieved",
              "retrieved_at", "scraped_at", "date_download", "download_date")


def crawled_time(meta: dict[str, object]) -> datetime | None:
    """When the page was fetched, if the input says so (a WARC record's date, a JSONL field under
    one of the names scrapers give it: news-please's `date_download`, `crawled_at`, `scraped_at`...)."""
    for key in CRAWL_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            try:
                return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                continue
    return None


def apply_page_dates(article: Article, layout: Layout, finder: DateFinder,
                     crawled: datetime | None = None, printed_url: str | None = None) -> None:
    """The page's own date: metadata, then a "published" date line, then the URL, then the
    dateline opening the text, then the writing day a top paragraph states (`written_day`, clean@37:
    "yesterday (March 3, 2021)"), then a relative time line counted back from the crawl time,
    then a yearless date line in the year the page gives, then a top paragraph's writing day glossed
    without its year in the one year the crawl or the URL allows (clean@68, `writtendays.place_gloss`),
    then the signature's date line after
    the body (`end_line`), then an "updated" line (the article is at most that old), then the first
    reader comment's day (`comment_line`, an upper bound too).  A ten-digit URL id opening
    with YYMMDD (`url_id`) ranks after the dateline.  A bare date line (no "published" label)
    that the URL's day contradicts gives way to the URL (`url_refutes`).  A day later than the
    crawl is no publication's (`after_crawl`): the next way is tried.  (clean@63) A day a slug writes
    with a month's name and no folders (`url_slug`, `urldates.worded_day`) comes after the signature's.
    A page given without its URL that prints it (`printedurl.own_address`: `printed_url`) is dated by
    that address as by its URL."""
    url = article.url or printed_url
    if article.published and article.published_how == "metadata":
        return
    line = _by_crawl(layout.published, crawled)
    from_url = _by_crawl(finder.from_url(url), crawled)
    if article.published_how == "dateline" and after_crawl(article.published, crawled):
        article.published, article.published_how = None, "none"
    layout.end, layout.comment = _by_crawl(layout.end, crawled), _by_crawl(layout.comment, crawled)
    if line is not None and line.how == "date_line" and not url_refutes(line, layout.published_bare, from_url):
        article.published, article.published_how = line.date, line.how
        return
    # (clean@63) a day the slug writes in words (`url_slug`) is weaker than every stamp the page prints
    worded, from_url = (from_url, None) if from_url is not None and from_url.how == "url_slug" else (None, from_url)
    if from_url is not None and not (from_url.how == "url_id" and article.published_how == "dateline"):
        article.published, article.published_how = from_url.date, from_url.how
        return
    if article.published_how == "dateline":
        return
    own = _by_crawl(layout.written_day, crawled)
    if own is not None:
        article.published, article.published_how = own.date, own.how
        return
    relative = next(filter(None, (finder.relative_line(text, crawled) for text in layout.relative)), None)
    if relative is not None:
        article.published, article.published_how = relative.date, relative.how
        return
    yearless = _yearless_day(layout.day, url, crawled, line)
    if yearless is not None:
        article.published, article.published_how = yearless, "day_line"
        return
    glossed = place_gloss(layout.written_gloss, url, crawled) if layout.written_gloss is not None else None
    if glossed is not None:  # (clean@68) "today (May 8)" in the one year the crawl or the URL allows
        article.published, article.published_how = glossed.date, glossed.how
        return
    if layout.end is not None:
        article.published, article.published_how = layout.end.date, layout.end.how
        return
    if worded is not None:
        article.published, article.published_how = worded.date, worded.how
        return
    if line is not None:
        article.published, article.published_how = line.date, line.how
    elif layout.comment is not None:
        article.published, article.published_how = layout.comment.date, layout.comment.how


# How far past the crawl's day a page's date may lie: the page's time zone ahead of the crawler's.
CRAWL_LEEWAY_DAYS = 1


def after_crawl(date: str | None, crawled: datetime | None) -> bool:
    """Whether a date lies after the page was fetched (clean@32): a page cannot have been
    published after it was read, so such a day is another's (an event announced, a "today" widget
    of a later visit, a related story's stamp, a URL id that is no date)."""
    if not date or crawled is None:
        return False
    gap = datetime.fromisoformat(date[:10]).date() - crawled.date()
    return gap.days > CRAWL_LEEWAY_DAYS


def _by_crawl(found: FoundDate | None, crawled: datetime | None) -> FoundDate | None:
    return None if found is not None and after_crawl(found.date, crawled) else found


# How far apart, in days, a date line and the URL's day may be and still agree (time zones, a
# page filed at midnight, a print edition's date the day after).
URL_AGREES_DAYS = 1


def url_refutes(line: FoundDate, bare: bool, from_url: FoundDate | None) -> bool:
    """Whether the URL's day overrules the top's date line: the line is a bare date, with no
    "published" label (a site's header prints the day it is shown, "17 November 2025" above the
    headline; an aggregator prints the day it copied the story), and the URL, which the site's
    software writes from the publication's day ("/2022/08/12/"), states a day more than
    `URL_AGREES_DAYS` away.  A labelled stamp ("Publié le …", "Posted …") is the page's own word and
    stands; so does a line the URL agrees with, and a URL id (`url_id`: the record's creation, a
    bound only)."""
    if not bare or from_url is None or from_url.how != "url":
        return False
    gap = datetime.fromisoformat(line.date) - datetime.fromisoformat(from_url.date)
    return abs(gap.days) > URL_AGREES_DAYS


def _yearless_day(day: MonthDay | None, url: str | None, crawled: datetime | None,
                  updated: FoundDate | None) -> str | None:
    """A yearless date line's or dateline's day in the year the page itself gives (`cleaning.
    yearless`): the latest such day on or before the crawl, the URL's year, the year nearest an
    "updated" line's date; None when only the text or the story can tell the year (time stage,
    stories stage)."""
    if day is None:
        return None
    found = day.on_or_before(crawled.date()) if crawled is not None else None
    found = found or from_url_year(day, url)
    if found is None and updated is not None:
        found = day.near(datetime.fromisoformat(updated.date).date())
    return found.isoformat() if found is not None else None


def caption_date(removed: list[Removed], finder: DateFinder) -> str | None:
    """The latest day the article's photo captions give their pictures (`DateFinder.caption_date`),
    from what cleaning removed as captions: the same whenever it is asked again."""
    days = [found.date for cut in removed if cut.kind == "caption"
            if (found := finder.caption_date(cut.text)) is not None]
    return max(days) if days else None


def apply_caption_date(article: Article, finder: DateFinder, crawled: datetime | None = None) -> None:
    """Failing every date the page states, its photo captions' day (`caption_date`): scraped
    agency copy often keeps only its captions' dates ("…, Friday, Aug. 15, 2025."), and the
    story is of that day or a little later (the time stage may move it a day: `dct.caption_day`)."""
    day = caption_date(article.removed, finder)
    if day is not None and not after_crawl(day, crawled):
        article.published, article.published_how = day, "caption"
