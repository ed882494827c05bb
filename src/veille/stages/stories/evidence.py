"""Whether an undated article is shown to report the same occasion as a story's dated reports.

An article with no date of its own cannot be kept out of a story by time (`cluster._parts`): its
words alone place it, and reports of a routine genre share their words every day (market closes:
"the Dow Jones Industrial Average closed", "the Nasdaq Composite"; weather forecasts: "highs near
normal", "rain chance"; fixtures lists).  Once in the story it takes the story's date
(`anchor.sibling_span`), and that date anchors every relative expression it holds: a market close
of May 2021 told "Friday" becomes a Friday of March 2024.  A wrong date is worse than none, so the
date needs evidence of the occasion beyond the genre's vocabulary (the story still places the
article by its words: keeping it out of the story as well lowered the held-out news split's stories
B-cubed F1, an aggregate read when it was trialled, so clustering is unchanged).  Two such kinds of
evidence, both in the texts themselves, in any language:

- **particulars in common**: reports of one occasion name its people, places and bodies, and
  repeat its figures; an article that names nothing its siblings name (capitalised words inside
  sentences, entity ids: the language-neutral terms of `vectors.name_terms`) and repeats none of
  their figures shares only their vocabulary.  A report and its translation share names where
  their words differ, so this holds across languages.  On eval/nodate_stress (eval/news dev with
  its date cues taken out) every article the story dated right shares a name with its siblings.
- **figures repeated**: reports rich in figures (index levels, scores, temperatures, tallies,
  amounts) that tell one occasion repeat at least one of them; two that each give several and
  share none tell two occasions of the same kind.  A number that belongs to a name ("S&P 500",
  "CAC 40", "Airbus A320") is part of the name, not a particular, and years are background.
  On eval/news dev and eval/stories (gold stories), every article with `DENSE` figures or more
  whose story's other reports all have as many shares one with at least one of them.

Sharing nothing is no evidence: an article and siblings that name nothing at all (a forecast of
"Tonight: clear, low 28") are not shown to tell one occasion, so the story dates nothing.

(stories@30) **The days they report.** A sibling's date transfers to the article only if the two report
the same event day, when both say which days they report: the days the dated siblings' expressions
resolve to against their own dates ("Saturday night" in a report of Sunday 1 June is 31 May), against
the days the article's own expressions resolve to against the date the story would give it ("on Friday
evening … arrested on Sunday … Monday morning", against 2 June: 30 May, 1 June, 2 June; "the weekend"
its two days).  Reports of one occasion tell its day, whatever day each was written; two reports of the
same genre years apart (a Wednesday night's shooting and a Saturday night's, a storm told "lundi … mardi"
and one of a Thursday) name days that do not meet once placed.  An article or siblings that name no day
are no evidence either way (`same_event_day` is None): the other checks decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from veille.model import Article, Timex
from veille.stages.stories.cluster import article_entities, entity_term
from veille.stages.stories.vectors import name_terms, stop_words

# A figure: digits with thousands or decimal separators inside ("34,207.84", "42 114,4").
_FIGURE = re.compile(r"\d(?:[\d,.\u202f\u00a0 ]*\d)?")
# A number right after a capitalised word or "&" belongs to a name ("S&P 500", "Ligue 1").
_NAME_BEFORE = re.compile(r"[A-Z&][\w&]*[ \u00a0-]$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# At least three digits: "3" or "12" recur in any text (days, counts), a level or a tally does not.
MIN_DIGITS = 3
# How many particular figures each side must give before sharing none counts against the occasion.
DENSE = 3


def figures(text: str) -> frozenset[str]:
    """The text's particular figures, as digit strings (separators dropped, so "34,207.84" and
    "34 207,84" are one), less years and numbers that are part of a name."""
    out = set()
    for match in _FIGURE.finditer(text):
        raw = match.group().rstrip(",. \u202f\u00a0")
        digits = re.sub(r"\D", "", raw)
        if len(digits) < MIN_DIGITS or _YEAR.fullmatch(raw):
            continue
        if _NAME_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            continue
        out.add(digits)
    return frozenset(out)


def names(article: Article) -> frozenset[str]:
    """The article's language-neutral terms: names inside sentences and entity ids."""
    found = set(name_terms(article.body, stop_words()))
    found.update(entity_term(e) for e in article_entities(article))
    return frozenset(found)


def shares_particulars(names_mine: frozenset[str], figures_mine: frozenset[str],
                       names_theirs: Iterable[frozenset[str]], figures_theirs: Iterable[frozenset[str]]) -> bool:
    """Whether the article names something one of the siblings names, or repeats one of their
    figures: the least a report of the same occasion shares beyond the genre's words."""
    return any(names_mine & n for n in names_theirs) or any(figures_mine & f for f in figures_theirs)


def figures_apart(mine: frozenset[str], theirs: Iterable[frozenset[str]]) -> bool:
    """Whether the article and every sibling give `DENSE` figures or more and the article shares
    none with any of them."""
    others = list(theirs)
    return len(mine) >= DENSE and bool(others) and all(len(t) >= DENSE for t in others) \
        and not any(mine & t for t in others)


Particulars = dict[str, tuple[frozenset[str], frozenset[str]]]  # article id -> (names, figures)


def particulars(article: Article, known: Particulars) -> tuple[frozenset[str], frozenset[str]]:
    """The article's names and figures, read once per `known` (a story's undated articles are
    each compared with the same dated siblings: reading them again per article is quadratic)."""
    if article.id not in known:
        known[article.id] = (names(article), figures(article.body))
    return known[article.id]


def other_occasion(article: Article, siblings: list[Article], known: Particulars | None = None) -> bool:
    """Whether the texts fail to show the undated article tells the occasion its dated siblings
    tell: no name nor figure in common, or figures in plenty and none in common."""
    if not siblings:
        return False
    known = {} if known is None else known
    names_mine, mine = particulars(article, known)
    theirs = [particulars(s, known) for s in siblings]
    return not shares_particulars(names_mine, mine, [n for n, _ in theirs], [f for _, f in theirs]) \
        or figures_apart(mine, [f for _, f in theirs])


_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T[^/]*)?(?:/(\d{4}-\d\d-\d\d)(?:T.*)?)?$")
# A day either way: an evening's event is the next morning's in another time zone, and a report of the
# occasion's next day ("today" the evacuation goes on) names the day after the first report's "Monday".
SAME_DAY_LEEWAY = 1
# The longest span read as the days it covers ("the weekend", "du 3 au 5 juin"): a week.
SPAN_DAYS = 7


def timex_days(timexes: Iterable[Timex]) -> set[str]:
    """(stories@30) The days expressions name: a day ("2014-05-31", "2014-05-31TNI"), or each day of a span
    of a week at most ("2024-12-14/2024-12-15")."""
    days: set[str] = set()
    for timex in timexes:
        found = _DAY.match(timex.value)
        if found is None:
            continue
        first = date.fromisoformat(found[1])
        last = date.fromisoformat(found[2]) if found[2] else first
        if 0 <= (last - first).days <= SPAN_DAYS:
            days.update((first + timedelta(days=k)).isoformat() for k in range((last - first).days + 1))
    return days


_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")


def stamped_days(article: Article) -> set[str]:
    """(stories@30) The page's own date as its stamp writes it, year and all ("GRAND RAPIDS, Mich. (June 1,
    2014)-", "Published June 1, 2014"): the day it was written, not a day it reports.  Prose telling the
    day's events names the weekday or "today"; only a stamp writes the page's own date with its year."""
    own = (article.published or "")[:10]
    return {own for t in article.timexes if t.value[:10] == own and _YEAR_WRITTEN.search(t.text)}


def same_event_day(mine: set[str], siblings: list[Article]) -> bool | None:
    """(stories@30) Whether the undated article reports (`mine`: the days of its expressions resolved
    against the date the story would give it) a day one of its dated siblings reports, a day either way
    (see the module's docstring); None when either side names no day."""
    theirs: set[str] = set()
    for sibling in siblings:
        theirs |= timex_days(sibling.timexes) - stamped_days(sibling)
    if not mine or not theirs:
        return None
    return any(abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= SAME_DAY_LEEWAY
               for a in mine for b in theirs)
