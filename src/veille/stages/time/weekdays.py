"""The order of weekdays in a text: a bare weekday listed after another, coordinated with the one
before it, in a week the text has set by a stated day, or running on "into"/"through" a day said before
(moved out of `tagger` for its size, time@37)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from veille.stages.time.recognise import Found
from veille.stages.time.spec import Spec

_SENTENCE_END = re.compile(r"[.!?\n]")


def bare_weekday(spec: Spec) -> bool:
    """A weekday said with no day of the month, no cue word and not counted from another day."""
    return (spec.kind == "weekday" and spec.weekday is not None and spec.day is None and spec.direction is None
            and not spec.anaphoric and not spec.nominal)


def next_in_list(body: str, f: Found, tense: int, listed: tuple[date, int] | None, last: date | None) -> bool:
    """Whether the bare weekday `f`, in a clause with no tense, follows another bare weekday of the
    same sentence with no other day between ("une petite perturbation vendredi après-midi, une autre
    lundi", "24 à 28 °C mardi puis un pic de mercredi à vendredi"): days listed in a sentence run
    forward, so it is the first such day after the one before it, not the nearest to the article's
    date (the nearest Monday of a Thursday is the one gone).  A tense still decides ("arrêté
    vendredi, il avait été repéré lundi": a past form reads back)."""
    return (tense == 0 and bare_weekday(f.spec) and listed is not None and last == listed[0]
            and listed[1] <= f.start and _SENTENCE_END.search(body, listed[1], f.start) is None)


# Between two weekdays of one coordination: a comma or a conjunction, nothing else (time@37); or the
# word that ends a span ("du lundi au mercredi", "from Monday to Wednesday", "Monday-Wednesday": time@49).
_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:(?:et|ou|puis|and|or|then)\s+)?$", re.IGNORECASE)
_SPAN_TO = re.compile(r"^\s*(?:au|à|jusqu['’]\s*(?:au|à)|to|through|thru|until|till|-|–)\s*$", re.IGNORECASE)


def span_start_back(body: str, f: Found, paired: tuple[date, int] | None, last: date | None, tense: int,
                    dct: date | None) -> date | None:
    """(time@49) The day a span's first weekday moves to when the span is told in the past and its
    end, the first such day after its start, would lie after the article ("du lundi au mercredi, les
    manifestants ont bloqué le port" told on Tuesday): the span that has gone, a week back, not a
    Monday gone and a Wednesday the week before it.  None when nothing moves."""
    if not (tense < 0 and dct is not None and bare_weekday(f.spec) and f.spec.weekday is not None
            and paired is not None and last == paired[0] and paired[1] <= f.start
            and _SPAN_TO.match(body[paired[1]:f.start]) is not None):
        return None
    after = paired[0] + timedelta(days=(f.spec.weekday - paired[0].isoweekday() - 1) % 7 + 1)
    return paired[0] - timedelta(days=7) if after > dct else None


def coordinated_day(body: str, f: Found, paired: tuple[date, int] | None, last: date | None,
                     tense: int, dct: date | None, plans: frozenset[str]) -> bool:
    """Whether the bare weekday `f` is coordinated with the weekday tagged right before it ("ce lundi
    après-midi et mardi matin", "on Monday and Tuesday", "jeudi, vendredi"): one verb governs both
    and the days are told in their order, so it is the first such day after the one before it, whatever
    the tense (time@37: a past "devait continuer ce lundi après-midi et mardi matin" told on Monday
    had sent Tuesday to the week before, against the order the coordination gives).  A past puts no
    day after the article's, unless it tells a plan (`plans`, "devait", "comptait"): "ont eu lieu mardi
    et lundi" keeps the Monday gone."""
    if not (bare_weekday(f.spec) and f.spec.weekday is not None and paired is not None and last == paired[0]
            and paired[1] <= f.start and (_COORDINATION.match(body[paired[1]:f.start]) is not None
                                          or _SPAN_TO.match(body[paired[1]:f.start]) is not None)):
        return False
    after = paired[0] + timedelta(days=(f.spec.weekday - paired[0].isoweekday() - 1) % 7 + 1)
    if tense > 0 and dct is not None and after < dct:
        return False  # a future puts none before it ("arrêté lundi, mercredi il sera jugé" told on Thursday)
    if tense >= 0 or dct is None or after <= dct:
        return True
    clause = body[max(0, body.rfind(".", 0, paired[1]) + 1):paired[1]].lower()
    return any(word in plans for word in re.findall(r"\w+", clause))


def in_dated_week(spec: Spec, week_of: date | None, last: date | None) -> bool:
    """Whether the bare weekday `spec`, in a clause with no tense, falls in the week the text has set
    by a day stated with its weekday ("Sunday, May 1 ... 8 p.m. Sunday ... 3 a.m. Monday ... Noon
    Tuesday, May 3 ... 2 p.m. Tuesday" in an article of May 28): a weekday repeated after the day it
    was stated with is that day, and the day after it in a timeline runs on from it, while the text
    has said no day outside that week; the nearest such day to the article's date is a week the text
    is not telling. Only the same day or the next: a listing's other weekdays are other events,
    read from the article's date ("le jeudi 23 mai, à 20 h 30 ... rendez-vous dimanche matin" in an
    article of Saturday 11 May is the next day, the French TimeBank's 2002-05-11-0410). A tense still
    decides ("was arrested on Sunday")."""
    if not bare_weekday(spec) or week_of is None or last is None or spec.weekday is None:
        return False
    into, ahead = (last - week_of).days, (spec.weekday - last.isoweekday()) % 7
    return into >= 0 and ahead <= 1 and into + ahead < 7


def past_after_its_year(body: str, f: Found, tense: int, week_of: date | None, stated: tuple[date, int] | None,
                        dct: date | None) -> bool:
    """(time@51) Whether the bare weekday `f`, told in the past, follows in its own or the next sentence
    a day stated with its weekday in another year than the article's ("The shooting happened on Friday,
    March 15, 2019. On Saturday, police arrested a suspect"): the past no longer tells the two readings
    apart (the article's last Saturday is past too), and the text has set its own week, so `in_dated_week`
    decides as with no tense. In the article's year a past weekday may be the news the background led to
    ("He was convicted on Friday, March 15. On Saturday, he was released"), and the tense keeps it."""
    if tense >= 0 or dct is None or week_of is None or stated is None or stated[0] != week_of:
        return False
    gap = body[stated[1]:f.start]
    return (week_of.year != dct.year and "\n" not in gap
            and len(re.findall(r"[.!?](?=\s)", gap)) <= 1)


# "into", "through", "thru" right before a weekday: the span runs on from a day said before it.
_RUNS_ON = re.compile(r"(?<!\w)(?:into|through|thru)\s+(?:early\s+|late\s+)?$", re.IGNORECASE)


def runs_on(body: str, f: Found, tense: int, last: date | None, last_end: int | None) -> bool:
    """Whether the bare weekday `f`, after English "into" or "through" in a clause with no tense,
    continues a day stated before it in the same paragraph ("More rain Thursday into Friday", "Rain
    arrives Thursday. It looks likely in the afternoon, perhaps lingering into Friday morning"): it is
    the first such day after that day, as a forecast or a span runs forward, not the nearest to the
    article's date (with no tense a bare weekday is read back). A tense still decides ("the talks
    dragged on into Friday")."""
    return (tense == 0 and bare_weekday(f.spec) and last is not None and last_end is not None
            and last_end <= f.start and "\n" not in body[last_end:f.start]
            and _RUNS_ON.search(body[max(0, f.start - 20):f.start]) is not None)
