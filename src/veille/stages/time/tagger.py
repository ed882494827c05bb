"""The temporal tagger: recognise, then resolve each expression in text order.

`tag(body, lang, dct, reference)` returns `Timex` records.  The last day-precise date seen is
carried along as the anchor of anaphoric expressions ("le lendemain", "22 h", "ce même
jeudi").  With ``intervals=True`` two dates joined as a range or a list ("du 3 au 5 mai",
"entre 2020 et 2023", "les 3 et 4 avril") become one TIMEX with the value ``A/B``; with False
each endpoint is its own TIMEX, as the TimeBank annotates them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from veille.model import Timex
from veille.stages.time.convention import article_convention
from veille.stages.time.frames import fronted_frame_end, period_told_over
from veille.stages.time.futurate import futurate_present
from veille.stages.time.habitual import calendar_rule, reported_after
from veille.stages.time.lexicon import Lexicon, load_lexicon
from veille.stages.time.names import names, same_company
from veille.stages.time.nights import _listed_nights, _overnight_ranges, _small_hours
from veille.stages.time.occasion import occasion_tense, postponed_to, scheduled
from veille.stages.time.passes import (
    _FULL_DAY,
    _clock_days,
    _clock_with_part,
    _day,
    _day_spans,
    _days_next_to_dates,
    _days_restated,
    _range_ends,
    _range_years,
    _set_clocks,
    _that_moment,
    _until_after_start,
    _weekdays_of_weeks,
    _weekend_of_day,
    _weeks_of_days,
    _whole_report_year,
)
from veille.stages.time.recognise import Found, recognise
from veille.stages.time.resolve import NEAR_DAYS, Anchors, after_midnight, resolve
from veille.stages.time.spec import Spec
from veille.stages.time.tense import (
    REPORTING,
    english_present,
    french_present_schedule,
    in_present_clause,
    parsed_past_governor,
    parsed_present_before,
    tense_at,
)
from veille.stages.time.version import MODEL, STAGE
from veille.stages.time.weekdays import (
    bare_weekday,
    coordinated_day,
    in_dated_week,
    next_in_list,
    past_after_its_year,
    runs_on,
    span_start_back,
)

# How far after the article a year written with two digits may be ("en 30": 2030; "mars 45": 1945).
FUTURE_YEARS = 10
# How far back a year stated in digits still sets the year of a month named without one.
TEXT_YEAR_CHARS = 300
_YEAR_VALUE = re.compile(r"^(\d{4})(?![\dX])")
_MONTH_VALUE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")  # a month of a year ("2019-03"), no day, no range
# What may be "of" a year: a month, a day of one, a season ("au printemps de l'an 2000").
_OF_YEAR_HEAD = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI)")
_OF_YEAR = re.compile(r"^\s*(?:de|d['’]|of)\s*(?:l['’]\s*an(?:née)?\s+)?$", re.IGNORECASE)
# What may stand between a date and a phrase in apposition to it ("hier, au lendemain de").
# "le 28 juin, soit la veille de la date retenue": "soit", "c'est-à-dire" restate the date (English
# has no day placed by an event, `normalise._before_event`: "the day before the vote" counts from it).
_APPOSITION = re.compile(r"[\s,]*(?:(?:dans|en)\s+(?:la\s+)?(?:matinée|journée|soirée)[\s,]*)?"
                         r"(?:(?:soit|c['’]est-à-dire|autrement\s+dit)[\s,]+)?"
                         r"(?:au|à\s+la|à\s+l['’]|on\s+the|the)?\s*", re.IGNORECASE)
# Direct speech is told from the speaker's day, which the narrative names ("a déclaré mercredi") and
# which a report written the next day is not: a speaker's "today" more than a week before the
# article is no longer the day of the narrative.
SPEECH_DAYS = 7
_CALENDAR_AMOUNT = re.compile(r"^P(\d+)([DWMY])$")
# "au lendemain de la présentation", "à la veille des élections": the locutions say "just after",
# "just before" an event, and date the clause's own day, the narrative's, not the day after it.
_LOCUTION_BEFORE = re.compile(r"(?<![\w'’])(?:au|à)\s+$", re.IGNORECASE)
_LE_BEFORE = re.compile(r"(?<![\w'’])le\s+$", re.IGNORECASE)
# "les vendredi, samedi et dimanche": "les" before bare weekdays in a list is every such day (with
# their dates, "les mardi 4 et mercredi 5 décembre", they are days: the weekday's spec has a day).
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_LES_BEFORE = re.compile(rf"(?<![\w'’])les\s+(?:{_WEEKDAY}\s*(?:,|et|ou)\s*)*$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?<!\w)in\s+$", re.IGNORECASE)
# What sets a stated year as the scene of what follows: "en 2019", "in 2019", "during 2019", and the
# year named as such after them or after "au cours de", "tout au long de", "throughout" ("au cours
# de l'année 2010", "en l'an 2000", "pendant l'année 2023", "throughout the year 2010").
_FRAME_BEFORE = re.compile(r"(?<!\w)(?:en|in|during|durant|pendant|au\s+cours\s+de|tout\s+au\s+long\s+de|"
                           r"throughout)\s+(?:l['’]\s*(?:année|an)\s+|the\s+year\s+)?$", re.IGNORECASE)


def in_direct_speech(body: str, start: int) -> bool:
    """Whether `start` lies inside a quotation opened on its own line and not yet closed («…»,
    “…”, "…"; not ‘…’, whose closing mark is also the apostrophe)."""
    before = body[body.rfind("\n", 0, start) + 1:start]
    return (before.count("«") > before.count("»") or before.count("“") > before.count("”")
            or before.count('"') % 2 == 1)


def _speaker_day(spec: Any, body: str, start: int, dct: date | None, last: date | None) -> bool:
    """"Aujourd'hui", "hier", "today" inside direct speech count from the speaker's day, the last
    day the narrative named, when that day is the article's or within `SPEECH_DAYS` before it
    («Aujourd'hui est une victoire», a déclaré mercredi l'avocat: Wednesday, in Thursday's report)."""
    return (spec.kind == "relday" and not spec.anaphoric and dct is not None and last is not None
            and 0 <= (dct - last).days <= SPEECH_DAYS and in_direct_speech(body, start))


# A verb of saying, which opens the content said on the day the sentence states ("On March 3, the
# minister said the bill would be voted on Friday", "Le 3 mars, le ministre a annoncé que ...").
_REPORTED_REACH = 200  # characters from the stated day to the weekday
_SPOKEN_UNITS = frozenset({"W", "WE", "M", "Y"})
# A relative pronoun or a participle set off by a comma before the day: the day is that clause's.
_CLAUSE_BEFORE_DAY = re.compile(r",\s*(?:which|who|whose|where|qui|dont|où|\w+(?:ed|é|ée|és|ées|né|née|nés|nées))\b",
                                re.IGNORECASE)


# A fiscal year the text names, alone or with its quarter ("fiscal 2025", "FY2025-Q3").
_FISCAL_YEAR = re.compile(r"FY(\d{4})(?:-[QH][1-4])?$")
_RESTATED = re.compile(r",\s*|\s*\(\s*")  # "Monday (Oct 17)", "The following day, Oct. 23"
# "open through Christmas", "runs through Jan. 5": a yearless day ending a span ("through" says
# nothing of its side, unlike "until", `tense.future_before`).
_THROUGH_BEFORE = re.compile(r"(?<!\w)(?:through|thru)\s+$", re.IGNORECASE)
_PERIOD = re.compile(r"^(FY)?(\d{4})-(Q[1-4]|H[12])$")
# "un viol survenu deux ans plus tôt", "a crime committed two years earlier": a count after a participle
# dates that past event (`story_year`); opening a sentence, it counts from the time last told.
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w'’])\w{2,}(?:é|ée|és|ées|i|ie|is|u|ue|us|ed|en)\s+$", re.IGNORECASE)
_PERIOD_END = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}


def _later_period(seen: str | None, value: str) -> str | None:
    """Of the quarter or half a report has named so far and `value`, the later one (by its year and
    its last month): the period the report is about, which "the prior-year period" is compared to."""
    m = _PERIOD.match(value)
    if m is None:
        return seen
    if seen is None:
        return value
    s = _PERIOD.match(seen)
    assert s is not None
    return value if (int(m.group(2)), _PERIOD_END[m.group(3)]) > (int(s.group(2)), _PERIOD_END[s.group(3)]) else seen


def _just_reported(reported: str | None, dct: date | None) -> bool:
    """Whether the latest calendar quarter the text has named is the one before the article's (time@37)."""
    m = _PERIOD.match(reported or "")
    if m is None or dct is None or m.group(1) or not m.group(3).startswith("Q"):
        return False
    current = (dct.month - 1) // 3 + 1
    year, quarter = (dct.year, current - 1) if current > 1 else (dct.year - 1, 4)
    return (int(m.group(2)), int(m.group(3)[1])) == (year, quarter)


def _year_back(period: str) -> str:
    m = _PERIOD.match(period)
    assert m is not None
    return f"{m.group(1) or ''}{int(m.group(2)) - 1:04d}-{m.group(3)}"


def _bare_quarter(spec: Spec) -> bool:
    """A quarter or half said with no year and no word of its own ("in the third quarter", "the
    fourth quarter", "au premier semestre").  A company that names a fiscal year after the article's
    calendar one ("cut its fiscal 2025 forecast" told in November 2024) keeps an offset year, and
    its bare quarters are that fiscal year's (Guess?'s third quarter of fiscal 2025 ends in October
    2024): TimeML `FY2025-Q3`, not the calendar's `2024-Q3`.  A fiscal year equal to or before the
    calendar one says nothing of the offset (a calendar-year company has its "fiscal 2024" too), nor
    does French "l'exercice 2026", the word for any company's year (a calendar-year group's guidance
    "pour l'exercice 2026" in its third-quarter report)."""
    return (spec.kind == "yearpart" and spec.year is None and not spec.fiscal and spec.direction is None
            and spec.season is not None and spec.season[0] in "QH")


def _told_on_a_stated_day(body: str, f: Found, stated: tuple[date, int] | None, dct: date | None) -> bool:
    """Whether the bare weekday `f` is in what was said on a day the same sentence states, more than
    a week before the article ("On March 3, police said the man was arrested on Saturday": the
    Saturday before 3 March, not the article's last one): it is counted from that day, as "le
    lendemain" is.  Only after a verb of saying between the two: "He was elected on Feb. 3 and
    resigned on Monday" tells two events, the second of the article's week."""
    spec = f.spec
    weekday = spec.kind == "weekday" and spec.day is None and spec.direction is None
    # (time@51) "this/next/last week", "la semaine prochaine", "ce mois-ci", "next year" said on that day
    # count from it too ("On March 7, the minister said the vote would take place next week": the week
    # after 7 March, not the article's next one)
    unit = spec.kind == "relunit" and spec.unit in _SPOKEN_UNITS and abs(spec.offset) <= 1
    if stated is None or dct is None or not (weekday or unit) or spec.anaphoric:
        return False
    day, end = stated
    gap = body[end:f.start]
    if not ((dct - day).days > SPEECH_DAYS and len(gap) <= _REPORTED_REACH and not re.search(r"[.!?;\n]", gap)
            and REPORTING.search(gap) is not None):
        return False
    # (time@51) Not from a day set in a relative clause or a participle's apposition ("The company, which
    # was founded on March 7, 1990, said on Monday ...", "L'entreprise, fondée le 7 mars 1990, a annoncé
    # cette semaine"), which dates that clause, not the saying. (A dateline's day, "MINSK (... 23rd
    # November, 2020) ... said on Sunday", is the saying's frame: the Sunday before it.)
    opening = body[max(body.rfind(".", 0, end), body.rfind("\n", 0, end)) + 1:end]
    return _CLAUSE_BEFORE_DAY.search(opening) is None


def _event_told(lex: Lexicon, body: str, f: Found, doc: Any) -> int:
    """The tense of the sentence `f` opens, 0 when its future is only a present modal of ability,
    wish or intent ("Aujourd'hui, elle peut compter sur 500 salariés", "Today, it can ...")."""
    told = tense_at(lex, body, f.start, f.end, doc)
    if told > 0:
        end = re.search(r"[.!?\n]", body[f.end:])
        words = {w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", body[f.end:f.end + end.start()
                                                                              if end else len(body)])}
        if words & lex.wordset("tense.present_modals"):
            return 0
    return told


def parse_date(text: str | None) -> date | None:
    """A YYYY-MM-DD (or ISO datetime) string as a date, None if absent or not one."""
    return _day(text or "")


def tag(body: str, lang: str | None, dct: date | None, reference: date, *, doc: Any = None,
        parse: Any = None, intervals: bool = True, moments: bool = False,
        approximate: bool = False) -> tuple[list[Timex], list[tuple[Found, int]]]:
    """The TIMEXes of `body` resolved against `dct`, with what was found and its tense.

    `doc` is the parse the tense fallback may ask (config `time.use_parse`); `parse` is the parse,
    when there is one, for what only syntax can tell (the verb "désormais" modifies).
    `approximate`: `dct` is an estimate, not the known publication date (`Anchors.approximate`)."""
    lex = load_lexicon(lang or "fr")
    past_forms = lex.wordset("tense.past_forms")
    found = recognise(body, lex)
    years = [f.spec.year for f in found if f.spec.kind in ("year", "date") and f.spec.year is not None]
    min_year = max(years) if years else None
    last: date | None = None
    last_end: int | None = None
    stated_day: tuple[date, int] | None = None  # the last day stated by its month and day, where it ends
    last_year: int | None = None
    stated: tuple[int, int] | None = None  # (year stated in digits, where its expression ends)
    frame_end: int | None = None  # (time@50) where the sentence a fronted stated year frames ends
    listed: tuple[date, int] | None = None  # the last bare weekday's day and end (`weekdays.next_in_list`)
    paired: tuple[date, int] | None = None  # the day and end of a weekday just tagged (`weekdays.coordinated_day`)
    week_of: date | None = None  # a day stated with its weekday, away from the article's (`weekdays.in_dated_week`)
    reported: str | None = None  # the latest quarter or half named (`_later_period`)
    offset_fy: int | None = None  # a fiscal year named after the article's calendar year (`_bare_quarter`)
    fy_names: set[str] = set()  # the names of the paragraph that stated it (`names.same_company`)
    story_year: int | None = None  # the year a count ("Quatre ans plus tard") left to reach the present
    last_month: date | None = None  # (time@44) a month named after the last day (`Anchors.last_month`)
    timexes: list[Timex] = []
    details: list[tuple[Found, int]] = []
    for f in found:
        tense = tense_at(lex, body, f.start, f.end, doc) if f.spec.value is None else 0
        if (f.spec.kind in ("date", "easter") and f.spec.year is None and f.spec.direction is None
                and _THROUGH_BEFORE.search(body[max(0, f.start - 10):f.start])) \
                or (tense < 0 and reported_after(body, f)):  # (time@41) "opens on March 4, the court said"
            # The span it ends is told by the verb before it ("Prices are frozen through Christmas,
            # the company said"; "The show ran through Christmas"): a reporting verb after it says
            # when it was said, not which Christmas.  A present span is the coming one.
            tense = tense_at(lex, body[:f.end], f.start, f.end, None)
        if f.spec.opening_today and (told := _event_told(lex, body, f, doc)) != 0:
            # The contrast of "Aujourd'hui, ..." with the past is told in the present; an event told
            # in the past or the future ("Aujourd'hui, le Sénat a voté le texte", "Today, the Senate
            # voted", "Aujourd'hui, les ministres se réuniront") happens on the article's day.
            f, tense = replace(f, spec=Spec("DATE", "relday", offset=0)), told
        if f.spec.nominal and tense == 0 and parsed_past_governor(parse, f.start, f.end, lex.sets["reporting"]):
            tense = -1  # (time@39) the noun's clause told in the past beyond the cue words' reach
        if f.spec.nominal:
            # "au terme des élections de lundi": a future main clause does not move the noun's day
            # ahead (its consequences come later); a past one does put it behind; with no tense,
            # "après", "avant", "ahead of" before the noun say (`occasion_tense`).
            tense = occasion_tense(body, f.start, tense)
        if (tense == 0 and lex.lang == "en" and f.spec.kind == "weekday" and f.spec.day is None
                and f.spec.direction is None and not f.spec.anaphoric and not f.spec.nominal
                and english_present(body, f.start, past_forms)):
            # English news tells what is done with a past form, which the cue words catch; a bare
            # weekday in a clause with none near it but a present ("The council meets Monday", "He
            # appears in court on Monday", "Unions are calling for a strike on Monday") is a day to
            # come, unless a past form further on in the sentence still governs it ("became ... on
            # Thursday").  A clause with no verb at all ("Rallies on Thursday") keeps the nearest.
            tense = 1 if tense_at(lex, body, f.start, f.end, doc, window=len(body)) >= 0 else -1
        if (tense == 0 and lex.lang == "fr" and f.spec.kind == "weekday" and f.spec.day is None
                and f.spec.direction is None and not f.spec.anaphoric and not f.spec.nominal
                and not _habitual_weekday(body, f)
                and (french_present_schedule(body, f.start, lex.wordset("tense.etre_participles"))
                     or parsed_present_before(parse, f.start, lex.wordset("tense.schedule_verbs")))):
            # French: a pronominal verb or a passive in the present just before the weekday ("le
            # conseil se réunit lundi", "il est attendu lundi à Paris") schedules it; other presents
            # are left to the nearest day, for the press's historical present ("Lundi, la police
            # interpelle deux suspects").
            tense = 1
        if (tense == 0 and f.spec.kind == "date" and f.spec.month is not None and f.spec.day is not None
                and f.spec.year is None and f.spec.weekday is None and f.spec.direction is None
                and not f.spec.anaphoric and not f.spec.nominal
                and futurate_present(lex, body, f, parse)):
            # (time@52) A day of a month governed by a present said before it is a day to come, as a
            # bare weekday is: "The trial begins on January 10", "Voting ends on November 5", "Le
            # procès s'ouvre le 10 décembre" told in April are next January's and this December's,
            # not the nearest (a day gone, for January; last December, more than half a year back).
            # English, an agenda verb's third person before the day (`futurate.futurate_present`); French,
            # the weekday's forms: a pronominal, passive or plural present, or an agenda verb's
            # present in the parse.  A date said before its verb ("Le 10 décembre, il entre au
            # gouvernement") is the historical present of a narrative, left to the nearest.
            tense = 1
        if (tense < 0 and f.spec.kind == "weekday" and f.spec.day is None and f.spec.direction is None
                and not f.spec.anaphoric and _called_event(body, f.start)):
            # "a appelé à la grève mardi", "called for a strike on Thursday": the weekday dates the
            # event called for, which comes after the call; the call's past does not put it behind,
            # so the nearest such day is taken ("a appelé mardi à la grève" dates the call: past).
            tense = 0
        if (tense < 0 and ((f.spec.kind == "date" and f.spec.month is not None and f.spec.year is None
                            and scheduled(body, f.start))
                           or (bare_weekday(f.spec) and postponed_to(body, f.start)))):
            # "The hearing was set for Feb. 12", "a été reportée au 12 février": the past tells when
            # the date was fixed, not which side of the article it lies on; the nearest such day;
            # (time@44) a weekday a thing was put off to ("L'audience a été reportée à vendredi").
            tense = 0
        elif (tense == 0 and f.spec.kind == "date" and f.spec.month is not None and f.spec.day is not None
              and f.spec.year is None and f.spec.weekday is None and scheduled(body, f.start)):
            # (time@44) With no tense, a day the clause schedules ("The law takes effect on Jan. 1", "La
            # réforme, prévue le 1er janvier") is a day to come, not the nearest (a day gone).
            tense = 1
        if f.spec.present_only and not in_present_clause(lex, body, f.start, f.end, parse):
            continue  # no date rather than a wrong one: the clause is not about the article's present
        if f.spec.two_digit and f.spec.year is not None and dct is not None and f.spec.year > dct.year + FUTURE_YEARS:
            # "né en mars 45" in 2025: a two-digit year far after the article is the 1900s one.
            f.spec = replace(f.spec, year=f.spec.year - 100)
        if f.spec.of_event and (last_end is None or _APPOSITION.fullmatch(body[last_end:f.start])
                                or _LOCUTION_BEFORE.search(body[max(0, f.start - 6):f.start])):
            # "hier, au lendemain de la réunion", "lundi 6 octobre, au lendemain de l'annonce": the
            # day after an event, said beside a date, is another name for that date; with no date
            # before it ("Au lendemain de l'élection, les partis négocient") it is the article's.
            # The locutions "au lendemain de", "à la veille de" ("Cette décision intervient au
            # lendemain de la présentation") date the clause's day, the narrative's, wherever they
            # stand; "le lendemain de son arrivée" is still the day after.
            f.spec = replace(f.spec, offset=0)
        if _speaker_day(f.spec, body, f.start, dct, last) or _told_on_a_stated_day(body, f, stated_day, dct):
            f.spec = replace(f.spec, anaphoric=True)
        if tense == 0 and lex.lang == "fr" and _habitual_weekday(body, f):
            f = replace(f, spec=Spec("SET", "set", value=f"XXXX-WXX-{f.spec.weekday}"))
        if (month := calendar_rule(lex, body, f, tense, parse, found)) is not None:
            # (time@39, time@41) "chaque année, les soldes débutent le deuxième mercredi de janvier"
            f = replace(f, spec=Spec("SET", "set", value=f"XXXX-{month:02d}"))
        if lex.lang == "en" and (point := _in_time(body, f)) is not None \
                and tense_at(lex, body, f.start, f.end, doc) > 0:
            f, tense = replace(f, spec=point), 1
        if f.spec.kind == "prior_period":
            # "the prior-year period", "la même période de l'an dernier": the period the report
            # is about, a year back; with no quarter or half named before it, the year before.
            f = replace(f, spec=Spec("DATE", "fiscal", value=_year_back(reported)) if reported is not None
                        else Spec("DATE", "relunit", unit="Y", offset=-1))
        if (f.spec.kind == "relunit" and f.spec.unit == "Q" and f.spec.offset == 0 and not f.spec.anaphoric
                and tense <= 0 and _just_reported(reported, dct)):
            # (time@37) "ce trimestre", "this quarter" in a report on the quarter just ended ("le
            # chiffre d'affaires a progressé au troisième trimestre ... elles ne sont pas en cause ce
            # trimestre" in October): the quarter the report speaks in, not the article's, unless a
            # future looks ahead ("ce trimestre, le groupe vise ...").
            assert reported is not None
            f = replace(f, spec=Spec("DATE", "fiscal", value=reported))
        if (tense == 0 or past_after_its_year(body, f, tense, week_of, stated_day, dct)) \
                and in_dated_week(f.spec, week_of, last):
            assert last is not None and f.spec.weekday is not None
            ahead = (f.spec.weekday - last.isoweekday()) % 7
            f = replace(f, spec=replace(f.spec, anaphoric=True, direction=1 if ahead else None))
        if (back := span_start_back(body, f, paired, last, tense, dct)) is not None and timexes:
            # (time@49) a span of weekdays told in the past whose end would be to come: the span gone
            timexes[-1] = replace(timexes[-1], value=back.isoformat() + timexes[-1].value[10:])
            last = back
            paired = (back, paired[1]) if paired is not None else None
        chained = next_in_list(body, f, tense, listed, last) or coordinated_day(
            body, f, paired, last, tense, dct, lex.wordset("tense.past_plan")) or (
            lex.lang == "en" and runs_on(body, f, tense, last, last_end))
        if chained:
            f = replace(f, spec=replace(f.spec, anaphoric=True, direction=1))
        if offset_fy is not None and not same_company(body, lex, f.start, fy_names):
            offset_fy = None  # a paragraph on another company: its quarters are not that fiscal year's
        if offset_fy is not None and _bare_quarter(f.spec):
            f = replace(f, spec=Spec("DATE", "fiscal", value=f"FY{offset_fy:04d}-{f.spec.season}"))
        if offset_fy is not None and _whole_report_year(f):
            # "the current fiscal year", "full-year guidance" of that company: its fiscal year
            f = replace(f, spec=Spec("DATE", "fiscal", value=f"FY{offset_fy:04d}"))
        text_year = stated[0] if stated is not None and f.start - stated[1] <= TEXT_YEAR_CHARS else None
        counted = f.spec.kind == "relunit" and f.spec.anaphoric and f.spec.unit == "Y"
        # "En 2020, ... Quatre ans plus tard, le procès s'ouvre ... un viol survenu deux ans plus
        # tôt": "plus tôt"/"earlier" after a participle dates that event back from the story's year
        # before the count that brought it to the present; "Deux ans plus tôt, ..." counts from then.
        back_from = story_year if (counted and f.spec.offset < 0 and story_year is not None and
                                   _PARTICIPLE_BEFORE.search(body[max(0, f.start - 30):f.start])) else last_year
        value, anchor = resolve(f.spec, Anchors(dct, last, tense, reference, min_year, approximate,
                                                back_from, text_year, last_month,
                                                framed=text_year is not None and frame_end is not None
                                                and f.start < frame_end,
                                                ended=tense < 0 and period_told_over(lex, body, f)))
        before_count = last_year
        value = after_midnight(body, f.start, value, tense)
        if f.spec.year is None and timexes and _RESTATED.fullmatch(body[timexes[-1].end:f.start]) \
                and _FULL_DAY.match(value) and _FULL_DAY.match(timexes[-1].value) \
                and timexes[-1].value[4:10] == value[4:10]:
            # "The following day, Oct. 23": a yearless date set beside a day valued with the same month
            # and day restates it (its own tense, "highlighted by", put it a year back); its year too.
            value = timexes[-1].value[:4] + value[4:]
        if (fy := _FISCAL_YEAR.match(value)) and lex.lang == "en" and (dct is None or int(fy.group(1)) > dct.year):
            # (an undated text's own fiscal year is its frame too: its bare quarters and "the current
            # fiscal year" are that year's rather than underspecified)
            offset_fy, fy_names = int(fy.group(1)), names(body, lex, f.start, openings=True)
        day = _day(value)
        if day is not None and f.spec.type in ("DATE", "TIME"):
            last, last_end, last_month = day, f.end, None
            if f.spec.kind == "date" and f.spec.month is not None and f.spec.day is not None:
                stated_day = (day, f.end)
                # "Sunday, May 1" in an article of May 28: the text sets its own week (a timeline,
                # a schedule); near the article's date, the article's week is the same reading.
                week_of = day if (f.spec.weekday is not None and dct is not None
                                  and abs((day - dct).days) > NEAR_DAYS) else None
        elif f.spec.type == "DATE" and (mo := _MONTH_VALUE.match(value)):
            last_month = date(int(mo.group(1)), int(mo.group(2)), 1)
        if day is not None and (chained or bare_weekday(f.spec)):
            listed = (day, f.end)
        paired = (day, f.end) if day is not None and f.spec.kind == "weekday" and f.spec.day is None else None
        if f.spec.type == "DATE":
            reported = _later_period(reported, value)
        if f.spec.type in ("DATE", "TIME") and (y := _YEAR_VALUE.match(value)) and not (
                f.spec.kind == "date" and f.spec.year is None):
            # A month or day said without a year has a guessed one: it does not move the narrative.
            last_year = int(y.group(1))
            if dct is None or last_year != dct.year:
                story_year = None  # the story has moved to another year
            elif counted and f.spec.offset > 0 and before_count is not None and before_count < dct.year:
                story_year = before_count  # (the present's own days after it leave it as it was)
        if f.spec.year is not None and _frames(body, f) and not (day is not None and day == dct and not approximate):
            # (the article's known date, its date line "November 7, 2019 11:50 am" or "Paris, le 7
            # novembre 2019", sets no scene: a month-day after it is read from that date and the
            # tense, as without it; "scheduled the trial for March 4" is the next March.  A date
            # inferred from the text is that very date: it still frames what follows it)
            stated = (f.spec.year, f.end)
            frame_end = fronted_frame_end(body, f.start, f.end)
        timexes.append(Timex(f.start, f.end, body[f.start:f.end], f.spec.type,  # type: ignore[arg-type]
                             value, anchor=anchor, mod=f.spec.mod, quant=f.spec.quant,
                             stage=STAGE, model=MODEL))
        details.append((f, tense))
    timexes, details = _month_of_year(body, timexes, details)
    month_names = frozenset(lex.table("months"))
    timexes = _weeks_of_days(body, _day_spans(body, _range_years(body, timexes, month_names)))
    timexes = _until_after_start(body, timexes)
    timexes = _days_restated(body, _days_next_to_dates(body, timexes))
    timexes = _weekdays_of_weeks(body, timexes)
    # A night valued the article's own day and told in the past ("Dans la nuit, vers 2 h, un
    # incendie a éclaté", "cette nuit, des voitures ont brûlé") is the night that ended that
    # morning: its small hours are the article's day, not the next one.
    ended = {t.start for t, (_, tense) in zip(timexes, details, strict=True)
             if tense < 0 and dct is not None and t.value == f"{dct.isoformat()}TNI"}
    timexes = _overnight_ranges(body, _small_hours(body, _clock_days(body, _range_ends(body, timexes)), ended))
    timexes, details = _that_moment(_set_clocks(body, timexes), details)
    timexes, details = _clock_with_part(body, timexes, details)
    timexes, details = _listed_nights(body, timexes, details)
    timexes, details = _weekend_of_day(body, timexes, details)
    if intervals:
        timexes = article_convention(body, timexes, moments)
    return timexes, details


# A verb of calling and its object, up to the weekday: "a appelé à une participation massive à la
# grève", "called for a general strike on", "called on workers to strike".  The weekday must follow
# the object, not the verb ("a appelé mardi à la grève" dates the call).  Not "convoquer" ("a
# convoqué la presse jeudi" is as often the day it was done).
_CALLED_EVENT = re.compile(r"(?<!\w)(?:appel(?:le|lent|é|ée|és|ées|ait|aient|er)?|call(?:s|ed|ing)?)"
                           r"\s+(?:à|for|on\s+\w+\s+to)\s+[^.;:!?]{3,60}?"
                           r"(?:\s+(?:on|le|ce|this))?\s*$", re.IGNORECASE)


def _called_event(body: str, start: int) -> bool:
    """Whether the weekday at `start` follows the object of a verb of calling (see `_CALLED_EVENT`)."""
    return _CALLED_EVENT.search(body[max(0, start - 90):start]) is not None


def _habitual_weekday(body: str, f: Found) -> bool:
    """French "le" and a bare weekday in a clause with neither past nor future ("le musée est fermé
    le lundi", "le conseil se réunit le mercredi") is every such day, a SET; told in the past or
    future ("il est arrivé le mardi") it is one day, and "lundi" alone is always one day."""
    spec = f.spec
    return (spec.kind == "weekday" and spec.weekday is not None and spec.day is None and spec.part is None
            and spec.direction is None and not spec.anaphoric and not spec.nominal
            and (_LE_BEFORE.search(body[max(0, f.start - 4):f.start]) is not None
                 or _LES_BEFORE.search(body[max(0, f.start - 60):f.start]) is not None))


def _in_time(body: str, f: Found) -> Spec | None:
    """English "in" and an amount of days, weeks, months or years in a future clause ("will return
    in two weeks", "elections due in three months") is the point that far after the article, as
    French "dans deux semaines" is; elsewhere ("built in two weeks") it stays a duration."""
    m = _CALENDAR_AMOUNT.match(f.spec.value or "") if f.spec.type == "DURATION" else None
    if m is None or not _IN_BEFORE.search(body[max(0, f.start - 4):f.start]):
        return None
    return Spec("DATE", "ago", unit=m.group(2), offset=int(m.group(1)), mod=f.spec.mod)


def _frames(body: str, f: Found) -> bool:
    """Whether a stated year sets the scene of what follows: a full date ("le 12 septembre 2024")
    or a year after "en"/"in"/"during" ("crises in 2025").  A month with its year ("en mai 2021")
    frames nothing: tried at time@20, it lowered held-out values.  A starting point ("depuis
    2018", "since mid-2022") or a year used as a modifier ("the 2026 World Cup", "the May 2021 vote") does not."""
    if f.spec.kind == "date" and f.spec.day is not None:
        return True
    return f.spec.kind == "year" and _FRAME_BEFORE.search(body[max(0, f.start - 32):f.start]) is not None


def _month_of_year(body: str, timexes: list[Timex], details: list[tuple[Found, int]]
                   ) -> tuple[list[Timex], list[tuple[Found, int]]]:
    """"en janvier de la même année", "September of last year", "au printemps de l'an 2000": a month
    (or a season), and the year it is of,
    are one date (the month's own year was only a guess from the article's date).  The details
    stay aligned with the TIMEXes: the joined one keeps the month's."""
    out: list[Timex] = []
    kept: list[tuple[Found, int]] = []
    for t, detail in zip(timexes, details, strict=True):
        prev = out[-1] if out else None
        if (prev is not None and t.type == "DATE" and re.fullmatch(r"\d{4}", t.value)
                and prev.type == "DATE" and _OF_YEAR_HEAD.fullmatch(prev.value)
                and not re.search(r"\d{4}", prev.text) and _OF_YEAR.match(body[prev.end:t.start])):
            out[-1] = Timex(prev.start, t.end, body[prev.start:t.end], "DATE", t.value + prev.value[4:],
                            anchor=t.anchor, mod=prev.mod, stage=STAGE, model=MODEL)
            continue
        out.append(t)
        kept.append(detail)
    return out, kept
