"""English sides from word order: who acts before the trigger, who undergoes it after.

Where the English parser gives no side (or is off), the subject stands before the verb and the
object after it; a passive ("was convicted by the court") turns them round; a relative pronoun
("Jane Smith, who resigned") points back to its antecedent; a departure noun ("the resignation of
X") belongs to its "of" phrase. Moved out of `english.py` (events@57) with no change of behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from veille.model import Mention
from veille.stages.events.clauses_en import FROM_BODY, finding_of, from_body, fronted_end, governed
from veille.stages.events.english_modality import PUNCTUATION as _PUNCTUATION
from veille.stages.events.nominal_en import of_by_sides
from veille.stages.events.reporting import reporter

PLACE_WORDS = frozenset({"in", "at"})
SUBJECT_GAP = 2  # words between a subject and its verb: auxiliaries, an adverb ("has now agreed")
VERDICTS = frozenset({"acquit", "convict"})
# What starts another clause in English: punctuation that closes a phrase, subordinators and
# relative pronouns ("after", "while", "which", "where"). Not "and", which joins phrases inside one
# clause as often ("fighting between troops and rebels in Goma").
CLAUSE_PUNCTUATION = frozenset(",;:()–—\"“”")
_BE = frozenset({"was", "were", "been", "is", "are", "be", "being", "got", "get", "gets"})
_FLOATING = frozenset({"each", "all", "both"})  # quantifiers that float after an auxiliary
# Adverbs of time, repetition, focus and negation that stand between an auxiliary and its
# participle ("was then arrested", "were once again acquitted", "was also sentenced", "was not
# charged"), events@30; with the "-ly" adverbs and the floating quantifiers, up to `_AUX_GAP` of them.
_AUX_ADVERBS = frozenset({"not", "never", "also", "then", "again", "once", "later", "now", "still", "already",
                          "just", "soon", "since", "even", "twice", "first", "further", "too", "thus", "n't"})
_AUX_GAP = 3


def ids(mentions: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        for i in [m.entity or "name:" + m.text.casefold()] + ([m.role.of] if m.role and m.role.of else []):
            if i not in out:
                out.append(i)
    return out


def is_passive(words: list[str], i: int) -> bool:
    """Whether the trigger at `i` is a passive participle: "be" before it, with up to `_AUX_GAP`
    adverbs or floating quantifiers between ("was quickly arrested", "were each acquitted", "were
    once again acquitted", events@30). "Be" + "-ing" is the progressive, active ("is imposing
    sanctions on X": its subject acts, events@30)."""
    if words[i].endswith("ing"):
        return False
    for j in range(i - 1, max(-1, i - 2 - _AUX_GAP), -1):
        if words[j] in _BE:
            return True
        if not (words[j].endswith("ly") or words[j] in _FLOATING or words[j] in _AUX_ADVERBS):
            return False
    return False


_RELATIVES = frozenset({"that", "which", "who", "whom"})
# "that" opens a complement, not a relative clause, after a verb of saying or knowing or a name
# ("told AFP that the premier would resign", "said that ..."): there the trigger's subject is
# unnamed but often the speaker's topic, and the plain reading is kept.
_COMPLEMENT_TAKERS = frozenset({
    "said", "say", "says", "saying", "told", "tell", "tells", "announced", "announce", "announces", "announcing",
    "stated", "added", "noted", "claimed", "argued", "insisted", "warned", "reported", "confirmed", "denied",
    "believe", "believes", "believed", "think", "thinks", "thought", "know", "knew", "known", "hope", "hoped",
    "hopes", "ensure", "ensured", "showed", "shows", "found", "clear", "fact", "so", "such", "now", "agreed",
    "decided", "ruled", "accepted", "acknowledged", "admitted", "indicated", "suggested", "explained"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})  # events@14: a relative clause's own subject
_RELATIVE_REACH = 6  # words back from the trigger to a relative pronoun: "who three years ago was jailed"


def _relative(tokens: list[Any], words: list[str], i: int, before: list[Mention]) -> list[Mention] | None:
    """The subject of a trigger in a relative clause, which English opens with "that", "which" or
    "who" and no name after it: the antecedent right before the pronoun ("Jane Smith, who
    resigned": Jane Smith; "fighting that has killed thousands": fighting, no actor). None when no
    such pronoun stands between the trigger and the names before it, or when "that" opens a
    complement ("said that ...", "told AFP that ..."): the plain subject is kept."""
    last = before[-1].end if before else -1
    for j in range(i - 1, max(-1, i - 1 - _RELATIVE_REACH), -1):
        if tokens[j].idx < last or words[j] in _PUNCTUATION - {","}:
            return None
        if words[j] in _RELATIVES:
            if words[j] == "that" and j > 0 and (words[j - 1] in _COMPLEMENT_TAKERS
                                                 or tokens[j - 1].text[:1].isupper()):
                return None
            if _SUBJECT_PRONOUNS & set(words[j + 1:i]):
                # the clause has a subject of its own, a pronoun for the names before it ("X and
                # Y issued a statement in which they agreed to ..."), not the relative's antecedent
                return None
            k = j - 1 if j > 0 and words[j - 1] != "," else j - 2
            prev = tokens[k] if k >= 0 else None
            return [m for m in before if prev is not None and m.start <= prev.idx < m.end]
    return None


# A departure told as a noun belongs to its "of" phrase: "the resignation of the president", "the
# withdrawal of Freedonian troops", "the closure of the Acme plant". The sentence's subject is who
# speaks of it or asks for it ("Le Pen said the real reset would be the resignation of the
# president"), not who leaves. Nouns only: a determiner before the trigger and "of" right after it.
_DEPARTURES = frozenset({"resign", "withdraw", "close", "cut jobs"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "any", "immediate",
                          "full", "swift", "planned", "announced", "total", "complete", "gradual"})
_OF_REACH = 4  # words from "of" to the name: "the withdrawal of all Freedonian troops"


def _departure_of(words: list[str], i: int, end: int, trig: dict[str, Any], behind: list[Mention],
                  text: str, after: int) -> list[Mention] | None:
    """The mentions of a departure noun's "of" phrase (empty when it names nobody), or None when
    the trigger is no departure noun followed by "of"."""
    if trig.get("mode") not in _DEPARTURES or words[end:end + 1] != ["of"] or i == 0 \
            or words[i - 1] not in _DETERMINERS:
        return None
    of_at = text.casefold().find(" of", after)
    return [m for m in behind[:1] if of_at >= 0 and len(text[of_at + 3:m.start].split()) <= _OF_REACH]


def word_order(span: Any, tokens: list[Any], words: list[str], i: int, end: int, trig: dict[str, Any],
                actors: list[Mention], is_state: Callable[[Mention], bool]) -> tuple[list[str], list[str]]:
    """The sides from word order, where the parse gives none (before events@10, always)."""
    at, after = tokens[i].idx, tokens[end - 1].idx + len(tokens[end - 1])
    passive = is_passive(words, i)
    # A place that is no state (a city, a region) is where something happens; it acts only as
    # a core argument: the subject right before the trigger ("Kharkiv responded", "Kharkiv was
    # shelled") or the object right after an active one ("shelled Kharkiv"), as the French side
    # reads from the parse.
    text = span.doc.text
    # events@17: the word between an object and its verb may be a determiner ("shelled the town"),
    # not "in"/"at", which makes the place where ("their meeting in Alaska")
    # events@52: a place governed by a preposition ("traveled to Istanbul to meet X", "in Geneva
    # agreed") is where or whither, the object of that preposition, never the verb's subject
    core = [m for m in actors if m.end <= at and len(text[m.end:at].split()) <= SUBJECT_GAP
            and not governed(text, m)][-1:] + \
        [m for m in actors if m.start >= after and not passive and len(between := text[after:m.start].split()) <= 1
         and not PLACE_WORDS & {w.casefold() for w in between}][:1]
    actors = [m for m in actors if m.type != "LOC" or is_state(m) or m in core]
    actors = [m for m in actors if not reporter(text, m, at, after, actors)]
    before = [m for m in actors if m.end <= at][-2:]
    relative = _relative(tokens, words, i, before)
    if relative is not None:
        before = relative
    behind = [m for m in actors if m.start >= after]
    main = fronted_end(text, span.start_char, at, after, span.end_char)
    if main is not None:
        # (events@52) "Despite calling his act a coup, the Assembly failed to ...", "After meeting
        # X, Y said": the trigger is in a fronted adverbial clause; the main clause's subject past
        # its comma controls a participle (its source) and is no target of anything in it
        behind, subject = [m for m in behind if m.start < main], [m for m in behind if m.start >= main][:1]
        if not before and words[i].endswith("ing") and not passive:
            before = subject
    behind = behind[:2]
    of_phrase = _departure_of(words, i, end, trig, behind, text, after)
    if of_phrase is not None:
        before, behind = of_phrase, []  # "the resignation of X": X's, whoever speaks of it
    finding = finding_of(words, i) if trig.get("_verdict_sides") and trig.get("mode") in VERDICTS else None
    if finding is not None and not passive:
        # "The judge found A, B and C not guilty": the names between "found" and the verdict
        # are the ones judged, a name before "found" the judge (events@18)
        found_at = tokens[finding].idx
        judged = [m for m in actors if found_at < m.start and m.end <= at]
        if judged:
            judge = [m for m in actors if m.end <= found_at
                     and not CLAUSE_PUNCTUATION & set(text[m.end:found_at])][-1:]
            return ids(judge), [t for t in ids(judged) if t not in ids(judge)]
    nominal = of_by_sides(tokens, words, i, end, actors)
    if nominal is not None:  # (events@51) "condemned the arrest of X by Y": Y arrests X
        return ids(nominal[0]), [t for t in ids(nominal[1]) if t not in ids(nominal[0])]
    if passive:
        by = span.doc.text[after:span.end_char].casefold().find(" by ")
        agents = [m for m in behind if by >= 0 and m.start >= after + by]
        if not agents and trig.get("mode") in FROM_BODY:
            agents = from_body(text, after, behind)
        source, target = ids(agents), ids(before)
    else:
        source, target = ids(before), ids(behind)
    return source, [t for t in target if t not in source]
