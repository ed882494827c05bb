"""A weekday that dates a noun ("le scrutin de samedi", "Sunday's election") and the words around
it that place the occasion before or after the clause's now: a word of sequence ("après",
"depuis", "following") puts it behind, a scheduling word ("avant", "en vue de", "ahead of") ahead.
Shared by the dating of an undated article (`dct`) and the resolution of the weekday (`tagger`)."""

from __future__ import annotations

import re

# A French noun's complement: "le scrutin de samedi", "l'élection du dimanche" (not "d'ici"),
# not after "avant" ("avant la réunion de lundi" may be ahead).
_NOUN_COMPLEMENT = re.compile(r"(?<![\w'’])\w{3,}[ \t\u00a0]+(?:de|du)[ \t\u00a0]+$", re.IGNORECASE)
_BEFORE = re.compile(r"(?<![\w'’])avant(?![\w'’])[^.;!?\n]*$", re.IGNORECASE)
# Words of sequence that put the occasion behind the clause's now: "après", "depuis", "au
# lendemain de", "à l'issue de", "à la suite de".
_AFTER = re.compile(r"(?<![\w'’])(?:après|depuis|lendemain|issue|suite)(?![\w'’])[^.;!?\n]*$", re.IGNORECASE)


def named_occasion(body: str, start: int) -> bool | None:
    """Whether the bare weekday starting at `start` is a noun's complement ("le scrutin de
    samedi", "la manifestation de jeudi", "datant de lundi") with no "avant" before it: None
    when it is not, else whether a word of sequence stands before the noun ("après le scrutin
    de samedi")."""
    window = body[max(0, start - 40):start] if body else ""
    if _NOUN_COMPLEMENT.search(window) is None or _BEFORE.search(window) is not None:
        return None
    return _AFTER.search(window) is not None


# Words that put the date right after them on a calendar, not in the past: "prévu le", "fixée
# au", "date limite", "à compter du", "à l'approche du", "scheduled for", "set for", "due on",
# "deadline", "ahead of", "takes effect", "postponed to"; "schedule" in every form ("agreed to
# schedule elections for February 23": the verb, not only its participle, sets a date to come).
# (time@48) A date a verb of fixing sets ("a été fixé sur la période du 15 au 30 novembre", "has fixed
# Monday, February 6, as the record date") is the plan's, after the fixing even when that is told in the past.
# Written from how news announces what is to come; a present-tense clause ("The tariffs take effect
# April 1") shows no future verb form.
_SCHEDULED = re.compile(
    r"(?<![\w'’])(?:prévue?s?|programmée?s?|fixée?s?\s+(?:au|à|pour|sur)|date\s+limite|échéance|"
    r"reportée?s?\s+(?:au|à)|repoussée?s?\s+(?:au|à)|à\s+compter\s+d(?:u|es?)|à\s+partir\s+d(?:u|es?)|"
    r"à\s+l['’]approche\s+d(?:u|es?)|en\s+vue\s+d(?:u|es?)|en\s+prévision\s+d(?:u|es?)|entrera|entreront|"
    r"(?:re)?schedul(?:ed|es?|ing)(?:\s+(?:an?|the|his|her|its|their)\s+[^.;!?\n]{0,30}?\s+for)?|slated|set\s+(?:for|to)|due\s+(?:on|to|by)|deadline|ahead\s+of|in\s+the\s+run-up\s+to|"
    r"upcoming|(?:ha[sd]|have|was|were|been|is|are)\s+fixed|takes?\s+effect|comes?\s+into\s+force|postponed\s+(?:to|until)|pushed\s+back\s+to)"
    r"(?!\w)[^.;!?\n]{0,40}$", re.IGNORECASE)


def scheduled(body: str, start: int) -> bool:
    """Whether the date starting at `start` is one the clause schedules ("Le vote est prévu le 18
    mars", "Sentencing is set for March 18", "ahead of the October 12 election"): a date to come,
    which bounds the article from above if at all, never from below."""
    return bool(body) and _SCHEDULED.search(body[max(0, start - 80):start]) is not None


# (time@44) A weekday right after a verb of postponing ("L'audience a été reportée à vendredi", "The vote
# was postponed until Friday") is the new day, set after the postponement: the past of the verb does not
# put the day behind.  A plan told in the past ("final adoption was scheduled for Monday, but ...") does:
# the day planned may be gone, so words of scheduling are not enough for a weekday.
_POSTPONED = re.compile(
    r"(?<![\w'’])(?:report|repouss|ajourn|décal)ée?s?\s+(?:au|à|jusqu['’]à)\s+$|"
    r"(?<![\w'’])(?:postponed|delayed|adjourned|pushed\s+back|put\s+off)\s+(?:to|until|till)\s+$",
    re.IGNORECASE)


def postponed_to(body: str, start: int) -> bool:
    """Whether the expression starting at `start` is the day something was postponed to."""
    return _POSTPONED.search(body[max(0, start - 40):start]) is not None


# English puts the day before the noun ("Sunday's election"): the word of sequence or of
# scheduling stands right before the weekday ("after Sunday's vote", "ahead of Monday's talks").
_EN_AFTER = re.compile(r"(?<![\w'’])(?:after|following|since|in\s+the\s+(?:wake|aftermath)\s+of)\s+$", re.IGNORECASE)
_EN_BEFORE = re.compile(r"(?<![\w'’])(?:before|ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|on\s+the\s+eve\s+of)\s+$",
                        re.IGNORECASE)


def occasion_tense(body: str, start: int, tense: int) -> int:
    """The tense that places a weekday dating a noun, from the clause's `tense`.  The noun's event
    has no tense of its own: a future main verb does not move it ahead ("X formera le gouvernement
    au terme des élections de lundi": its consequences come later), a past one puts it behind.  In
    a clause with no tense, the word before the noun does say which side the occasion is on: a
    word of sequence ("Après le scrutin de dimanche, les partis négocient", "After Sunday's
    election, parties negotiate") puts it behind; "avant", a scheduling word ("en vue du scrutin de
    dimanche", "ahead of Sunday's vote") puts it ahead, in a future clause too."""
    # ("Following Sunday's election": the recogniser keeps the preposition in the expression)
    lead = re.match(r"following\s+", body[start:start + 12], re.IGNORECASE)
    before = body[max(0, start - 40):start] + (lead.group() if lead else "")
    ahead = (_BEFORE.search(before) is not None and _NOUN_COMPLEMENT.search(before) is not None) \
        or _EN_BEFORE.search(before) is not None or scheduled(body, start)
    if tense >= 0 and ahead:
        return 1
    if tense == 0 and (named_occasion(body, start) or _EN_AFTER.search(before) is not None):
        return -1
    return min(tense, 0)
