"""From a `Spec` and its anchors to a TIMEX3 value.

Anchors: the article's date (DCT), the last day-precise date mentioned before the expression
(for "le lendemain", "22 h", "la nuit"), the tense of the clause (-1 past, +1 future, 0 not
known) and a reference date that pins "today" (never resolve a year after it).  Whatever the
anchors cannot settle stays underspecified with X's ("XXXX-04-03", "XXXX-WXX-3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from veille.stages.time.normalise import Spec


@dataclass(frozen=True)
class Anchors:
    dct: date | None
    last: date | None  # last day-precise date mentioned before the expression
    tense: int  # -1 past, +1 future, 0 unknown
    reference: date  # "today": no year is resolved after it
    min_year: int | None = None  # the latest year the article states explicitly
    # The DCT is an estimate (inferred from the text or the story), not the known publication
    # date: a bare weekday is then the nearest one, whatever the tense (see `_resolve`).
    approximate: bool = False
    last_year: int | None = None  # the year of the last date mentioned (any precision)
    # The year the text last stated in digits, when it did so shortly before the expression: the
    # year a month without one belongs to ("La crise de 2025 ... le déficit de mars").
    text_year: int | None = None
    # (time@44) The first day of the month the text last spoke of, when it named a month after its
    # last day ("arrêté en mars 2019 ... le mois suivant"): what a count in months starts from.
    last_month: date | None = None
    # (time@50) `text_year` opens the expression's sentence as a frame ("En 2019, ... en mars"):
    # the month is that year's, whatever the article's date (`frames.fronted_frame_end`).
    framed: bool = False
    # (time@50) a quarter or half told in the past as the time of its clause, not as a modifier
    # ("Au premier semestre, le chiffre d'affaires a progressé"; not "issued a fourth-quarter outlook"):
    # a period that has ended (`frames.period_told_over`).
    ended: bool = False


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _iso(d: date) -> str:
    return d.isoformat()


def _shift_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_near(base: date, weekday: int, direction: int | None, tense: int) -> date:
    """The date of `weekday` (ISO) around `base` as the cue words and the tense say."""
    back = (base.isoweekday() - weekday) % 7  # days back to the latest such day <= base
    fwd = (weekday - base.isoweekday()) % 7  # days on to the next such day >= base
    if direction == -1:
        return base - timedelta(days=back or 7)
    if direction == 1:
        return base + timedelta(days=fwd or 7)
    if tense < 0:
        return base - timedelta(days=back)
    if tense > 0:
        return base + timedelta(days=fwd)
    return base - timedelta(days=back) if back <= fwd else base + timedelta(days=fwd)


NEAR_DAYS = 7
# How many months before the article a bare month may lie and still be read as recent news
# rather than as a month of the year the passage is set in (`_year_for`).
_RECENT_MONTHS = 3
_HALF_YEAR = 183
# (time@44) How far after the day a narrative has dated a yearless day goes on in its year.
_NARRATIVE_DAYS = 31
# How many months across the turn of the year a month said with no tense may lie and be that
# year's: "décembre" or "novembre" in a January article, "janvier" in a November one.  Three
# would take "an October election" told in January for last October's, where an event to come
# is as common (eval/news dev: three such, all ahead).
_ACROSS_MONTHS = 2
# The months a season (TIMEX3 SP/SU/FA) or a quarter/half covers, for the tense to place it; winter
# spans two years and is left to the article's.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9),
                  "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def _year_for(spec: Spec, a: Anchors) -> int | None:
    """The year of a day/month without one: from the DCT and the tense, or the weekday."""
    assert spec.month is not None
    direction = spec.direction if spec.direction not in (None, 0) else a.tense
    if a.text_year is not None and spec.direction is None and (spec.weekday is None or spec.day is None):
        if a.dct is None or a.framed:
            return a.text_year
        if (spec.day is not None and spec.weekday is None and direction <= 0 and a.last is not None
                and a.last.year == a.text_year < a.dct.year):
            told = _safe_date(a.text_year, spec.month, spec.day)
            if told is not None and 0 < (told - a.last).days <= _NARRATIVE_DAYS:
                # (time@44) "He was arrested on March 3, 2019. On March 5, he was charged": a day told
                # in the past (or with no tense) a few weeks after the day the narrative has just
                # dated in another year goes on in that year (the reference time of TimeML and
                # HeidelTime's narratives), though the same day this year is near the article's date.
                return a.text_year
        y = _year_from_dct(spec, a, direction)
        first = _safe_date(y, spec.month, spec.day or 1) if y is not None else None
        if a.text_year <= a.dct.year and first is not None and first > a.dct:
            # A month said without a year, in a passage the text has just set in a year ("crises
            # in 2025 ... a deficit in March"), is that year's rather than a month after the
            # article (the reading from the article's date alone).
            return a.text_year
        if (a.text_year < a.dct.year and first is not None
                and (a.dct.year - first.year) * 12 + a.dct.month - first.month > _RECENT_MONTHS):
            # Nor is it a month of the article's last year when that reading puts it months
            # back: news names a bare month of the last weeks, so "élu en 1998, il a démissionné
            # en septembre" told in April is 1998's September, while "en 2022 ... début mars"
            # in a March article stays this March.
            return a.text_year
    return _year_from_dct(spec, a, direction) if a.dct is not None else _year_undated(spec, a)


def _year_from_dct(spec: Spec, a: Anchors, direction: int) -> int | None:
    """The year from the article's date and the tense (a weekday with its day fixes it)."""
    assert spec.month is not None and a.dct is not None
    y = a.dct.year
    if spec.weekday is not None and spec.day is not None:
        told = a.text_year if a.text_year is not None else a.last_year
        for years in ((y, y - 1, y + 1), (told, told + 1, told - 1) if told is not None else ()):
            # "le samedi 18 mai" in a 2022 article, after "janvier 2024": no year around the
            # article's has a Saturday 18 May, the year the text is speaking of has.
            fits = [yy for yy in years if (_safe_date(yy, spec.month, spec.day) or date.min)
                    .isoweekday() == spec.weekday]
            if fits:
                return fits[0]
    if spec.day is not None:
        cand = _safe_date(y, spec.month, spec.day)
        if cand is None and (spec.month, spec.day) == (2, 29):
            # "le 29 février" without a year names a leap year: the nearest on the tense's side.
            step = 1 if direction > 0 else -1
            while _safe_date(y, 2, 29) is None:
                y += step
            return y
        if cand is None:
            return None
        # The tense moves a day a year away only when it is more than a week on the wrong
        # side: news tells of days near its date, and a past tense a few days after the
        # article date says more of an approximate article date than of last year.
        if direction < 0 and (cand - a.dct).days > NEAR_DAYS:
            return y - 1
        if direction > 0 and (a.dct - cand).days > NEAR_DAYS:
            return y + 1
        if direction == 0 and abs((cand - a.dct).days) > _HALF_YEAR:
            # No tense: the nearest such day ("le 5 janvier" in a late-December article is next
            # month's), as a bare weekday is the nearest one.
            return y + (1 if cand < a.dct else -1)
        return y
    if spec.direction in (-1, 1) and spec.month == a.dct.month:
        # "avril dernier", "last April", "next April" in an April article: the word names another
        # April than the current month ("ce mois-ci", "this month"), the year before or after.
        return y + spec.direction
    if direction < 0 and spec.month > a.dct.month:
        return y - 1
    if direction > 0 and spec.month < a.dct.month:
        return y + 1
    if direction == 0 and abs(spec.month - a.dct.month) >= 12 - _ACROSS_MONTHS:
        # No tense: a month a few weeks across the year's turn is that one ("décembre" in a January
        # article, "début janvier" in a December one), not the same-year month most of a year away;
        # further from the turn the article's year stays (both readings are common there).
        return y - 1 if spec.month > a.dct.month else y + 1
    return y


def _year_undated(spec: Spec, a: Anchors) -> int | None:
    assert spec.month is not None
    if spec.weekday is not None and spec.day is not None:
        # No article date: the year the text speaks in, when the day falls on this weekday there
        # ("les soldes d'hiver 2018 ... se termineront le mardi 20 février": 2018, though 20 February
        # 2024 is a Tuesday too); else the latest year, not after "today" nor before the years the
        # text states, in which this day falls on this weekday.
        for told in dict.fromkeys(y for y in (a.text_year, a.last_year, a.min_year) if y is not None):
            cand = _safe_date(told, spec.month, spec.day)
            if cand is not None and cand <= a.reference and cand.isoweekday() == spec.weekday:
                return told
        floor = a.min_year if a.min_year is not None else a.reference.year - 28
        for yy in range(a.reference.year, floor - 1, -1):
            cand = _safe_date(yy, spec.month, spec.day)
            if cand is not None and cand <= a.reference and cand.isoweekday() == spec.weekday:
                return yy
    return None


def _nth_weekday(spec: Spec, a: Anchors) -> tuple[str, str | None]:
    """"le deuxième mercredi de janvier": that day of the month's year (stated, else the month's
    own reading from the article's date and the tense); with no year, the month alone."""
    assert spec.month is not None and spec.weekday is not None
    year = spec.year if spec.year is not None else _year_for(replace(spec, weekday=None, day=None), a)
    if year is None:
        return f"XXXX-{spec.month:02d}", None
    if spec.offset > 0:
        first = date(year, spec.month, 1)
        day = first + timedelta(days=(spec.weekday - first.isoweekday()) % 7 + 7 * (spec.offset - 1))
    else:
        y, m = _shift_months(year, spec.month, 1)
        end = date(y, m, 1) - timedelta(days=1)
        day = end - timedelta(days=(end.isoweekday() - spec.weekday) % 7)
    if day.month != spec.month:
        return f"{year:04d}-{spec.month:02d}", None
    if spec.unit == "WE":  # (time@49) the n-th weekend of a month: its Saturday's weekend, TimeML's week -WE
        iso = day.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE", (_iso(a.dct) if a.dct else None)
    return _iso(day), (_iso(a.dct) if a.dct else None)


def _weekday_with_day(base: date, weekday: int, day: int) -> date | None:
    """The date nearest `base` (within about a month) that is day `day` of its month and falls
    on `weekday`."""
    found = []
    for k in (-1, 0, 1):
        y, m = _shift_months(base.year, base.month, k)
        cand = _safe_date(y, m, day)
        if cand is not None and cand.isoweekday() == weekday and abs((cand - base).days) <= 31:
            found.append(cand)
    return min(found, key=lambda d: abs((d - base).days)) if found else None


def _with_part(value: str, spec: Spec) -> str:
    if spec.clock:
        return f"{value}T{spec.clock}"
    if spec.part:
        return f"{value}T{spec.part}"
    return value


def _day_base(spec: Spec, a: Anchors) -> date | None:
    if spec.anaphoric and a.last is not None:
        # (time@46) the day itself ("that day"), not a day counted from it nor a weekday said on it
        return _told_day(a) if spec.offset == 0 and spec.weekday is None else a.last
    return a.dct


def _told_day(a: Anchors) -> date | None:
    """(time@46) The day a same-day reference ("that day", "plus tôt dans la journée", "ce soir-là")
    stands on: the narrative's last day, unless the tense says it cannot be that one: what is told in
    the past happened on or before the article's date ("Il sera exposé jusqu'à dimanche. Plus tôt dans
    la journée, la famille avait précisé": the article's day, not Sunday).  Not the converse for a
    future: a speaker quoted on the narrative's day speaks of that day ("late on Monday night ... “tonight
    we will come together”", eval/news dev a23).  Against an estimated date (`approximate`) the tense
    says nothing of the sides of it."""
    if a.last is None or a.dct is None or a.approximate:
        return a.last
    return a.dct if a.tense < 0 and a.last > a.dct else a.last


def resolve(spec: Spec, a: Anchors) -> tuple[str, str | None]:
    """The value of `spec` and the anchor it was resolved against (None: not anchored).

    A date moved past the calendar's ends (year 1 or 9999, e.g. "mardi prochain" in an article
    dated 9999-12-31: found by fuzzing) cannot be written: it stays underspecified."""
    try:
        return _resolve(spec, a)
    except OverflowError:
        return _with_part("XXXX-XX-XX", spec), None


def _resolve(spec: Spec, a: Anchors) -> tuple[str, str | None]:
    """(TIMEX3 value, the anchor it was resolved against as YYYY-MM-DD or None)."""
    if spec.value is not None:
        return spec.value, None
    dct_s = _iso(a.dct) if a.dct else None
    kind = spec.kind
    if kind == "date":
        if spec.anaphoric and a.last is not None and spec.month is None:
            return _iso(a.last), _iso(a.last)
        year = spec.year
        anchor = None
        if year is None and spec.month is not None:
            year = _year_for(spec, a)
            anchor = dct_s
        ys = f"{year:04d}" if year is not None else "XXXX"
        if spec.month is None:
            return f"{ys}-XX-{spec.day:02d}", anchor
        if spec.day is None:
            return f"{ys}-{spec.month:02d}", anchor
        if year is not None and _safe_date(year, spec.month, spec.day) is None:
            return f"XXXX-{spec.month:02d}-{spec.day:02d}", anchor
        return _with_part(f"{ys}-{spec.month:02d}-{spec.day:02d}", spec), anchor
    if kind == "year":
        return f"{spec.year:04d}", None
    if kind == "nthday":
        return _nth_weekday(spec, a)
    if kind == "dayonly":
        return _day_of_month(spec, a)
    if kind == "easter":  # a feast counted from Easter, in the stated year, else the article's
        year = spec.year if spec.year is not None else (a.dct.year + (spec.direction or 0) if a.dct else None)
        if year is None:
            return "XXXX-XX-XX", None
        day = easter(year) + timedelta(days=spec.offset)
        if (spec.year is None and spec.direction is None and a.dct is not None and a.tense
                and (day - a.dct).days * a.tense < -7):  # told in the future, already past: next year's
            day = easter(year + a.tense) + timedelta(days=spec.offset)
        return _iso(day), dct_s
    if kind == "yearpart" and spec.fiscal:
        # A fiscal quarter without its year: the fiscal year named by the article's year (FedEx's
        # "fiscal Q3" reported in March 2024 is FY2024-Q3). Its months are the company's, unknown
        # here, so the calendar's reading by month and tense below does not apply.
        part = f"-{spec.season}" if spec.season else ""  # no season: the whole fiscal year
        if a.dct is None:
            return f"XXXX{part}" if part else "XXXX", None
        return f"FY{a.dct.year + (spec.direction or 0):04d}{part}", dct_s
    if kind in ("season", "yearpart"):
        year = spec.year
        if year is None and a.dct is not None:
            year = a.dct.year + (spec.direction or 0)
            if spec.direction in (-1, 1) and spec.season in ("SP", "SU", "FA"):
                # "l'été dernier" is the last summer that has ended (this year's, told in October),
                # "l'été prochain" the next one to begin (this year's, told in January): the
                # season is a recurring span, not a unit of the year as "l'an dernier" is.
                first, last = _SEASON_MONTHS[spec.season]
                if spec.direction < 0:
                    year = a.dct.year if last < a.dct.month else a.dct.year - 1
                else:
                    year = a.dct.year if first > a.dct.month else a.dct.year + 1
            if spec.direction is None and spec.season in _SEASON_MONTHS:
                # As for a month: a season told in the past that begins after the article is last
                # year's ("in the fall, he left" in June), one told in the future that has ended
                # before it is next year's.
                first, last = _SEASON_MONTHS[spec.season]
                if a.tense < 0 and (first > a.dct.month or (a.ended and last > a.dct.month)):
                    # (time@50) a quarter or half the past tells of is one that has ended: "Au premier
                    # semestre, le chiffre d'affaires a progressé" in a March report is last year's
                    year -= 1
                elif a.tense > 0 and last < a.dct.month:
                    year += 1
                elif a.tense == 0 and last - a.dct.month >= 12 - _ACROSS_MONTHS:
                    year -= 1  # no tense: "the fourth quarter" in a January article is the one just ended
                elif a.tense == 0 and a.dct.month - first >= 12 - _ACROSS_MONTHS:
                    year += 1  # "au premier trimestre" in a December article: the one about to begin
        return f"{year:04d}-{spec.season}" if year is not None else f"XXXX-{spec.season}", dct_s
    if kind == "weekday" and spec.day is not None:
        base = a.last if a.last is not None else a.dct
        if base is None:
            return _with_part(f"XXXX-XX-{spec.day:02d}", spec), None
        near = _weekday_with_day(base, spec.weekday or 0, spec.day)
        if near is not None:
            return _with_part(_iso(near), spec), _iso(base)
    if kind in ("weekday", "time") and spec.weekday is not None:
        base = _day_base(spec, a) if spec.anaphoric else a.dct
        if base is None:
            return _with_part(f"XXXX-WXX-{spec.weekday}", spec), None
        if spec.anaphoric and base.isoweekday() == spec.weekday and spec.direction in (None, 0):
            return _with_part(_iso(base), spec), _iso(base)
        # Against an estimated date (the latest date the text fixes, or the story's first report)
        # the tense cannot say which side the day is on: the article may be a day or two later,
        # so "vendredi" told in the past is as likely the day after as the week before.  (time@44)
        # A future still can: the estimate is a bound from below, and what is to come after an
        # article later than it is after it too ("her body will lie in state starting Wednesday").
        tense = 0 if a.approximate and not spec.anaphoric and a.tense < 0 else a.tense
        d = _weekday_near(base, spec.weekday, spec.direction, tense)
        return _with_part(_iso(d), spec), _iso(base)
    if kind in ("relday", "anaday"):
        base = _day_base(spec, a)
        if base is None:
            return _with_part("XXXX-XX-XX", spec), None
        return _with_part(_iso(base + timedelta(days=spec.offset)), spec), _iso(base)
    if kind in ("time", "part"):
        # (time@46) A bare clock time stays on the narrative's day whatever its clause's tense: the cue
        # words' tense of a schedule line ("open on Christmas Eve (until 6 p.m.) and closed on Christmas
        # Day") is too often another clause's to move it.
        base = (_told_day(a) if spec.anaphoric else a.last) if (kind == "time" or spec.anaphoric) \
            and a.last is not None else a.dct
        if base is None:
            return _with_part("XXXX-XX-XX", spec), None
        return _with_part(_iso(base), spec), _iso(base)
    if kind == "relunit" and spec.anaphoric:
        return _anaphoric_unit(spec, a)
    if kind in ("relunit", "ago"):
        if a.dct is None:
            return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(spec.unit or "", "XXXX-XX-XX"), None
        offset = spec.offset
        if spec.unit == "WE" and offset == 0 and kind == "relunit" and a.tense < 0 and a.dct.isoweekday() < 6:
            # "ce week-end" / "over the weekend" told in the past on a weekday: the one just gone.
            offset = -1
        return _unit_value(a.dct, spec.unit or "D", offset), dct_s
    return "XXXX-XX-XX", None


def _day_of_month(spec: Spec, a: Anchors) -> tuple[str, str | None]:
    """"on the 28th": the day of that number nearest the date the text last spoke of, in its
    month or the one before or after ("On March 30 ... on the 2nd" is 2 April); with none, nearest
    the article's date on the side its tense gives ("was arrested on the 3rd" told on the 20th is
    this month's 3rd, "opens on the 3rd" next month's)."""
    assert spec.day is not None
    # (time@51) a French "le 25" a verb places ahead with no date before it (`normalise._told_ahead`):
    # the next such day from the article's, not from a date of another paragraph
    # ("Le 3 mars, ... Ils reviendront le 25": the next from the date told, `anaphoric`)
    base = a.last if a.last is not None and (spec.anaphoric or spec.direction != 1 or a.dct is None) else a.dct
    if spec.direction == 1 and base is not None:
        ahead = [d for k in (0, 1) if (d := _safe_date(*_shift_months(base.year, base.month, k), spec.day))
                 is not None and d >= base]
        if ahead:
            return _iso(ahead[0]), _iso(base)
    if base is None:
        return f"XXXX-XX-{spec.day:02d}", None
    found = [_safe_date(*_shift_months(base.year, base.month, k), spec.day) for k in (-1, 0, 1)]
    days = [d for d in found if d is not None]
    if a.last is None and a.tense:
        days = [d for d in days if (d - base).days * a.tense >= 0] or days
    if not days:
        return f"XXXX-XX-{spec.day:02d}", None
    # A tie ("le 14 ... le 28": 14 days either way) keeps the month the text spoke of, which the
    # writer leaves out because it is the same.
    return _iso(min(days, key=lambda d: (abs((d - base).days), d.month != base.month))), _iso(base)


def _anaphoric_unit(spec: Spec, a: Anchors) -> tuple[str, str | None]:
    """"l'année suivante", "deux ans plus tard", "la même année": counted from the last date the
    text spoke of (its day for days, weeks and months; its year for years), else from the DCT."""
    unit = spec.unit or "D"
    if unit == "Y" and a.last_year is not None:
        return f"{a.last_year + spec.offset:04d}", None
    if unit == "M" and a.last_month is not None:
        # (time@44) "He was arrested in March 2019. The following month, ...", "en mars ... un mois
        # plus tard": the narrative's reference time is the month it last named, not the article's
        # date (a month carries no day, so `last` stays where it was; TimeML's reference time moves).
        return _unit_value(a.last_month, unit, spec.offset), None
    base = a.last if a.last is not None else a.dct
    if base is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX"), None
    return _unit_value(base, unit, spec.offset), _iso(base)


def _unit_value(dct: date, unit: str, k: int) -> str:
    if unit == "Y":
        return f"{dct.year + k:04d}"
    if unit == "M":
        y, m = _shift_months(dct.year, dct.month, k)
        return f"{y:04d}-{m:02d}"
    if unit in ("W", "WE"):
        iso = (dct + timedelta(weeks=k)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "Q":
        y, m = _shift_months(dct.year, dct.month, 3 * k)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "H":
        y, m = _shift_months(dct.year, dct.month, 6 * k)
        return f"{y:04d}-H{(m - 1) // 6 + 1}"
    if unit == "C":
        return f"{(dct.year // 100) + k:02d}"
    if unit == "D":
        return _iso(dct + timedelta(days=k))
    return _iso(dct)


# "peu après minuit", "shortly after midnight", "passé minuit": midnight (TimeML's T24:00, the end of
# its day) seen from after it is the start of the day it names, the small hours of that day.
_AFTER_MIDNIGHT = re.compile(r"(?<!\w)(?:après|passé|after|past)\s+$", re.IGNORECASE)


def after_midnight(body: str, start: int, value: str, tense: int) -> str:
    """The value of a midnight said from after it: `D`T24:00 (the end of D) becomes `D`T00:00 (the
    start of D), so that "samedi peu après minuit" is Saturday's small hours, not Sunday's.  Told
    in the future ("le couvre-feu commencera après minuit") it is the coming midnight: kept."""
    if value.endswith("T24:00") and tense <= 0 and _AFTER_MIDNIGHT.search(body[max(0, start - 12):start]):
        return value[:-5] + "00:00"
    return value
