"""Schedule lines: a date the page announces or reports as a fact, not the day it was published.

Event listings, sports previews, court calendars and death notices print their facts in short
field lines that look like date lines: "When: Saturday, March 30, 2024, 10 a.m.", "Quand : samedi
30 mars 2024 à 21h", "Deadline: March 30, 2024", "Coup d'envoi : 30 mars 2024", "Hearing: April 2,
2024", "Died: March 10, 2024"; or the date closes a range or a limit: "Jusqu'au 30 mars 2024",
"Du 12 au 30 mars 2024", "Until March 30, 2024", "Inscriptions avant le 30 mars 2024".  Such a
line is page furniture (a fact box) and cleaning cuts it as it cuts a date line, but its day is
the event's, a deadline's or a death's: it dates nothing (`SCHEDULE`, skipped by
`pagedates.find_date_lines` as the "today" widget is).  A labelled publication stamp ("Publié le
12 mars 2024, valable jusqu'au 30 avril") stays a stamp: `DateFinder.date_line` reads labels
first.

The field names are those of event and notice boxes (schema.org's Event: start, end, door time;
sports fixtures' kickoff; court calendars' hearing, trial, sentencing; death notices' died,
funeral, visitation), French and English; the limits are the prepositions that bound a period
("jusqu'au", "until", "avant le", "from … to").

A meeting named before its day is an event's date too, though the line may be a headline: "Conseil
municipal du lundi 29 juin 2020", "Séance du conseil communal du 15 décembre 2014", "Réunion
publique du 12 mars", "City Council Meeting - March 3, 2024", "Board meeting of March 3, 2024".  A
council's or a board's minutes, and a blog's or a local paper's report of its sitting, are written
on the day or days after it (one filed in the next month's archive), so its day is no publication's
(issue 16).  The meeting nouns are those of deliberative bodies' sittings in French and English
local news (conseil, séance, réunion, assemblée, commission, session, sitting, meeting), with the
preposition that makes the date theirs ("du", "de", "of") or a dash; a paper's own name or edition
before its date ("Le Figaro du 12 mars 2024", "Édition du 12 mars") stays a date line."""

from __future__ import annotations

import re

SCHEDULE = "schedule_line"
# A meeting's day named in a line that may be the headline ("Conseil municipal du 29 juin 2020"):
# it dates nothing, as a schedule line does, but the headline finder may still take the line.
MEETING = "meeting_line"

# A field label ending right before the date: "When:", "Quand :", "Date et heure :", "Event date:",
# "Deadline –", "Kickoff:", "Hearing:", "Obsèques :".  A colon or a dash after the field, or the
# field alone before the date ("Ends March 30, 2024", "Concert le 30 mars 2024").
_FIELD = re.compile(
    r"^\s*(?:[\W_]\s*)?(?:when|quand|date\s*(?:and|&|et)\s*(?:time|heure|lieu|place)|"
    r"dates?\s+(?:de\s+l['’]|of\s+the\s+)?(?:événement|evenement|event)|event\s+date|"
    r"deadline|date\s+limite|échéance|starts?|begins?|opens?|ouverture|débute?|ends?|closes?|clôture|"
    r"doors?(?:\s+open)?|kick-?off|tip-?off|first\s+pitch|coup\s+d['’]envoi|"
    r"hearing|trial|sentencing|audience|procès|jugement|"
    r"died|passed\s+away|décès|décédée?|obsèques|funérailles|funeral|services?|visitation|memorial|"
    r"(?:game|match|election|polling|opening|closing|race)\s+(?:day|night)|"
    r"match|game|concert|show|spectacle|vernissage|festival|exposition|exhibition|"
    r"registration|inscriptions?|rendez-vous|rdv|sale\s+ends|offer\s+ends|valid(?:\s+until)?|expires?)"
    r"(?:\s+(?:le|on|the|du|de|:))?\s*[:–—-]?\s*$", re.IGNORECASE)
# A limit or the end of a range right before the date: "jusqu'au", "avant le", "à partir du",
# "until", "through", "from", "starting", "du 12 au", "March 12 to", "12-".
_LIMIT = re.compile(
    r"(?:(?<!\w)(?:jusqu['’](?:au|à|a)|avant(?:\s+le)?|après(?:\s+le)?|à\s+partir\s+du|dès(?:\s+le)?|"
    r"until|till|through|thru|before|after|from|starting|beginning)|"
    r"\d{1,2}(?:er|st|nd|rd|th)?\s*(?:au|to|[-–]|et|and))\s*(?:le\s+|the\s+|on\s+)?$", re.IGNORECASE)


# A meeting's name right before its date: a deliberative body's sitting, its qualifiers (up to
# three words: "conseil municipal", "séance publique extraordinaire", "regular city council"), then
# "du"/"de"/"of"/"on"/"le" or a dash.  "Compte rendu du", "Procès-verbal de la", "Minutes of the"
# may open it.
_MEETING = re.compile(
    r"^\s*(?:[\W_]\s*)?(?:(?:compte[-\s]rendu|procès[-\s]verbal|ordre\s+du\s+jour|minutes|agenda|recap)"
    r"\s+(?:du|de\s+la|de\s+l['’]|des|of\s+the|of|for\s+the|for)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:conseils?|séances?|réunions?|assemblées?|commissions?|sessions?|sittings?|meetings?)"
    r"(?:\s+[\w'’-]+){0,3}?"
    r"\s*(?:(?:du|de|of|on|le|held\s+on)\s*|[:–—-]\s*)$", re.IGNORECASE)


def is_schedule(before: str) -> bool:
    """Whether the words before a line's date make it a schedule line (see the module docstring):
    a fact box's field, or a limit or a range's end."""
    return bool(_FIELD.match(before) or _LIMIT.search(before))


def is_meeting(before: str) -> bool:
    """Whether the words before a line's date name a meeting whose day it is (see the module
    docstring)."""
    return bool(_MEETING.match(before))
