"""The day a report's lede tells its occasion on, and whether an undated report's day can be a story's.

Reports of a recurring kind of event (a second earthquake in one province a week after the first, the
second leg of a tie, another vote on one bill) share their words, places and people; an undated
report of one occasion joined, on words alone, a story of the other, and took its date (eval/stories
C13: the undated reports of the 7 October 2023 Herat earthquake, "on Saturday", joined the dated
reports of the 15 October one, "on Sunday", and were dated the 15th). What tells the occasions
apart is the day each report's lede gives its event: news tells what happened in its first
sentences, and with the day ("on Saturday", "samedi matin", "mardi 3 avril").

So a story keeps the lede days of its dated reports (`lede_days`), and an undated report whose lede
names its days by weekday or as yearless days (`lede_clues`) cannot join a story whose reports' lede
days, and the `FOLLOW_DAYS` after the last of them, hold none of them (`refutes`): a report of the
same occasion tells it on the same day, a follow-up on a day after. Only what both texts state is
compared; a lede that recalls an earlier day first ("a week after the 7 October quake, another
struck on Sunday") widens the story's days and so vetoes less, never more.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from veille.model import Article

LEAD_CHARS = 400  # as `cluster.LEAD_CHARS`: the who/what/when of a news report
# A follow-up report (the toll the next days, the arrests) tells a later day than the occasion's;
# within this many days after a story's last lede day, any weekday is one of them.
FOLLOW_DAYS = 3

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?:T.*)?$")
_NO_YEAR_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})(?:T.*)?$")

Clue = tuple[str, int, int]  # ("weekday", ISO weekday, 0) or ("day", month, day)


def _lede_values(article: Article) -> list[str]:
    return [t.value for t in sorted(article.timexes, key=lambda t: t.start)
            if t.start < LEAD_CHARS and t.type in ("DATE", "TIME") and t.value]


def lede_days(article: Article) -> list[date]:
    """Every full day the lede of a dated report names: its occasion's, and its dateline's or an
    earlier day it recalls ("MANCHESTER, Nov 27 — ... drew 3-3 yesterday"): each widens the story's
    days, so a dateline of the day after cannot refute the occasion's weekday."""
    days = []
    for value in _lede_values(article):
        if m := _DAY.match(value):
            try:
                days.append(date(int(m[1]), int(m[2]), int(m[3])))
            except ValueError:
                continue
    return days


def lede_clues(article: Article) -> list[Clue]:
    """The weekdays and yearless days the lede of an undated report names."""
    clues: list[Clue] = []
    for value in _lede_values(article):
        if m := _WEEKDAY.match(value):
            clues.append(("weekday", int(m[1]), 0))
        elif m := _NO_YEAR_DAY.match(value):
            clues.append(("day", int(m[1]), int(m[2])))
    return clues


def refutes(clues: list[Clue], days: list[date]) -> bool:
    """Whether none of the undated report's lede weekdays and yearless days is a day from the
    story's first lede day to `FOLLOW_DAYS` after its last.  Any one that is keeps the report: a
    lede that tells the night of the event ("late on Friday") and the day after ("on Sunday, rescuers")
    fits a story whose dated reports tell only the days after (eval/news dev, the Morocco earthquake
    of Friday 8 September 2023, its French reports dated from Sunday)."""
    if not clues or not days:
        return False
    first, last = min(days), max(days)
    candidates = [first + timedelta(days=k) for k in range((last - first).days + FOLLOW_DAYS + 1)]
    weekdays = {d.isoweekday() for d in candidates}
    month_days = {(d.month, d.day) for d in candidates}
    return not any(a in weekdays if kind == "weekday" else (a, b) in month_days for kind, a, b in clues)
