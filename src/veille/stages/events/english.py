"""English events from the surface of the sentence: trigger word forms, actors around them.

English articles have no parser here (the nlp stage gives them a tokenizer and sentences
only), so what the French side reads from the parse is read from word order, the way English
marks it: the subject stands before the verb and the object after it; a passive ("was
convicted by the court") turns them round; auxiliaries before the verb give modality ("will",
"could", "did not"). Triggers are English verb and noun lemmas from `triggers_en.json`, grouped
under PLOVER categories after the CAMEO/PLOVER verb dictionaries; their inflected forms are made
here by the regular rules, irregular ones listed in the data. A trigger may require a word
near it (`near`: "cut" is an event with "rates", "sign" with "deal"), and no object that gives the
verb another sense right after it (`unless_near`: "attack" a rival's policy is criticism) or right
before it (`unless_before`: "a former Fox News host" is a person).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from veille.model import Mention, Timex
from veille.stages.entities.text import fold
from veille.stages.events import anaphora_en, english_parse
from veille.stages.events.attempts import attempted_en
from veille.stages.events.clauses_en import CLAUSE_WORDS as _CLAUSE_WORDS
from veille.stages.events.clauses_en import finding_of
from veille.stages.events.context import (
    JUDGED_MODES,
    attributive_year,
    in_relative_clause,
    is_bound,
    not_its_day,
    offence_time,
    shifted,
)
from veille.stages.events.demonyms_en import demonym_mentions
from veille.stages.events.english_modality import modality as _modality
from veille.stages.events.english_modality import open_question, supposed
from veille.stages.events.found import Found
from veille.stages.events.implicit import POLICE_MODES, agentless_at, pluperfect_before
from veille.stages.events.modifiers_en import modifies_noun
from veille.stages.events.pronouns import english_opening_pronoun
from veille.stages.events.reporting import byline, dateline
from veille.stages.events.word_order_en import CLAUSE_PUNCTUATION as _CLAUSE_PUNCTUATION
from veille.stages.events.word_order_en import PLACE_WORDS as _PLACE_WORDS
from veille.stages.events.word_order_en import SUBJECT_GAP
from veille.stages.events.word_order_en import VERDICTS as _VERDICTS
from veille.stages.events.word_order_en import ids as _ids
from veille.stages.events.word_order_en import word_order as _word_order

# Words that close the phrase before a trigger (the search for an "end to" stops there).
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "after", "before", "while", "as"})
# A place named after a word of position tells where the act happened, not who took part in it
# ("struck the tribal area bordering Afghanistan", "clashes near Sylvania's border"); general
# English prepositions and participles of location, events@9.
_POSITION_WORDS = frozenset({"bordering", "near", "nearby", "neighbouring", "neighboring", "along", "beside"})
# "a deal to end fighting", "calls to halt the strikes": what is ended is not a new event.
_ENDING = frozenset({"end", "ends", "ended", "ending", "halt", "halting", "stop", "stopping", "cease", "curb"})
NEAR_WINDOW = 6  # tokens after the trigger in which a required `near` word must appear
UNLESS_WINDOW = 4  # tokens after the trigger in which an `unless_near` object gives it another sense
UNLESS_BEFORE = 1  # the word right before the trigger: an `unless_before` word there gives it another sense


@dataclass
class EnglishLexicon:
    by_form: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    agents: frozenset[str] = frozenset()  # nouns of a state's agents, after a nationality adjective
    attempts: frozenset[str] = frozenset()  # words of an attempt before a trigger's "to" (`attempts.py`)


def inflections(lemma: str) -> set[str]:
    """Regular English forms of a verb or noun: -s/-es, -ed/-d, -ing (final e dropped)."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif not lemma.endswith("y") or lemma[-2:-1] in "aeiou":
        forms |= {lemma + "ed", lemma + "ing"}
    else:
        forms.add(lemma + "ing")
    return forms


def load(data: dict[str, Any], attempts: frozenset[str] = frozenset(), cameo: bool = False) -> EnglishLexicon:
    """The English triggers; `cameo` (`events.cameo_english`, events@18): the CAMEO-category
    triggers and their `senses` (entries marked `"cameo_english": true`, in place of those marked
    false), "found X guilty" sides, nationality adjectives before a state's agent (`state_agents`)
    and the attempt words (`attempts`); off, the lexicon is that of events@17."""
    lex = EnglishLexicon(agents=frozenset(data.get("state_agents", ())) if cameo else frozenset(),
                         attempts=attempts if cameo else frozenset())
    for trig in data["triggers"]:
        if trig.get("cameo_english", cameo) != cameo:
            continue  # an entry of the other setting
        if cameo:
            # "found A and B guilty" names the judged (`_finding`); an unnamed crowd or force acts
            # for the place it acts in (`_PLACE_SIDE`, events@19)
            trig = {**trig, "_verdict_sides": True, "_place_side": True}
        words = trig["lemma"].split()
        # `inflect: false` keeps only the listed forms: "deal" the noun, not "dealing with".
        made = inflections(words[0]) if trig.get("inflect", True) else {words[0]}
        for form in made | set(trig.get("forms", ())):
            lex.by_form.setdefault(form, []).append({**trig, "_rest": words[1:]})
    # The longest reading first: "rounded up" is an arrest before "rounded" is anything else.
    for entries in lex.by_form.values():
        entries.sort(key=lambda trig: -len(trig["_rest"]))
    return lex


# Determiners and possessives that may stand between a verb and its object's noun.
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these",
                                 "those", "all"})


def _object_word(words: list[str], end: int) -> str | None:
    """The noun right after the trigger, past one determiner or possessive ("meeting the needs")."""
    k = end + 1 if words[end:end + 1] and words[end] in _OBJECT_DETERMINERS else end
    return words[k] if k < len(words) else None


ATTRIBUTE_REACH = 2  # title words between a nationality adjective and the person it describes


def _attribute_of_person(m: Mention, mentions: list[Mention], text: str, demonyms: dict[str, str]) -> bool:
    """A nationality adjective right before a person's title and name ("his Bangladeshi
    counterpart Sheikh Hasina", "Saudi Foreign Minister Faisal bin Farhan") describes that person,
    who is the one acting: it is no side of its own beside them, whatever type the entity stage
    gave it (events@20). Only title words between (at most two, no punctuation), so "Russia
    accused ..." before a name stays Russia's."""
    if m.type == "PER" or fold(m.text) not in demonyms:
        return False
    nxt = next((n for n in mentions if n.start >= m.end), None)
    if nxt is None or nxt.type != "PER":
        return False
    between = text[m.end:nxt.start].split()
    return len(between) <= ATTRIBUTE_REACH and all(w.isalpha() and w.casefold() != "and" for w in between)


def _capitalised_inside(tokens: list[Any], i: int) -> bool:
    """English capitalises a common noun or verb inside a sentence only as part of a name or a
    title ("his debut novel The Meursault Investigation", "Operation Rising Lion"): such a trigger
    tells no event. The first word of a sentence or of a quotation is capitalised anyway."""
    return i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].text[:1].isalnum()


def find(span: Any, mentions: list[Mention], timexes: list[Timex],
         lex: EnglishLexicon, is_state: Callable[[Mention], bool] = lambda m: True,
         parse: Callable[[str], Any] | None = None, antecedent: list[Mention] | None = None,
         demonyms: dict[str, str] | None = None, gate: Callable[[str], Any] | None = None,
         earlier: list[Mention] | None = None, classes: anaphora_en.Classes | None = None,
         previous_start: int = 0, setting_place: list[str] | None = None) -> list[Found]:
    """Event candidates in one English sentence; `parse` (the English parser, events@10) is run
    on the sentence once it holds a trigger candidate, and its arcs give the actors; `antecedent`:
    whom an opening "He" / "She" stands for (`pronouns.english_sentence_subject`); `demonyms`: the
    states of nationality adjectives, which stand for them before an agent noun ("a Swiss court",
    `demonyms_en.py`); `gate` (events@63): a parser whose parse only says whether a trigger word
    modifies a noun (`modifiers_en.py`), where `parse` is unset; `earlier` and `classes` (events@65):
    the mentions an anaphor subject ("it", "the ministry", "the two leaders") may stand for and
    the nouns of its classes (`anaphora_en.py`), the previous sentence opening at `previous_start`;
    `setting_place` (events@67): the article's setting (its first place and state), whose police
    make an arrest told in the agentless passive of no one named ("two people were detained")."""
    tokens = list(span)
    if demonyms and lex.agents:
        mentions = sorted([*mentions, *demonym_mentions(tokens, mentions, demonyms, lex.agents)],
                          key=lambda m: m.start)
    if demonyms:
        mentions = [m for m in mentions if not _attribute_of_person(m, mentions, span.doc.text, demonyms)]
    words = [t.lower_ for t in tokens]
    out: list[Found] = []
    taken: set[int] = set()
    parsed: list[Any] = []  # the sentence's parse, made on its first trigger candidate
    for i, word in enumerate(words):
        if i in taken:
            continue
        for trig in lex.by_form.get(word, ()):
            rest = trig["_rest"]
            if words[i + 1:i + 1 + len(rest)] != rest:
                continue
            end = i + 1 + len(rest)
            reader = parse or gate
            if reader is not None and not parsed:
                parsed.append(reader(span.text))
            head = english_parse.token_at(parsed[0], span.start_char, tokens[i].idx) \
                if parsed and parse is not None else None
            near = trig.get("near")
            # With a parse, the word the trigger needs must be in its own phrase (its object, a
            # complement, the noun it modifies, a passive subject: "rates were cut"); else in the
            # words after it.
            after_words = [w for w in words[end:end + NEAR_WINDOW] if near and (w.rstrip("s") in near or w in near)]
            if near and not (english_parse.near_in_phrase(head, near)
                             or english_parse.NEAR_PREPOSITIONS & set(after_words)
                             if head is not None else after_words):
                continue
            # an object that gives the verb another sense: one attacks a rival's policy or record
            # with words, a town with arms ("attacking Canada's economy" is criticism, not an assault)
            unless = trig.get("unless_near")
            if unless and any(w in unless for w in words[end:end + UNLESS_WINDOW]):
                continue
            # (events@46) an object that gives the verb another sense, right after it or after its
            # determiner: one meets needs, targets and deadlines by satisfying them, not by talks
            unless = trig.get("unless_object")
            if unless and _object_word(words, end) in unless:
                continue
            # a word before it that gives the word another sense: "a former Fox News host" is a
            # person, "stocks rallied" a market (`unless_before`, events@9)
            unless = trig.get("unless_before")
            if unless and any(w in unless for w in words[max(0, i - UNLESS_BEFORE):i]):
                continue
            # A verb that needs its object word near is followed by that object, not by an
            # infinitive: "pledged aid", not "pledged to pull back support"; "close stores", not
            # "close to 300 stores". Unless "to" is itself the word it asks for ("a deal to ...").
            if near and "to" not in near and words[end:end + 1] == ["to"]:
                continue
            if _ended(words, i):
                continue  # "a truce ending four days of clashes": what ends is no new event
            if trig.get("after_find") and finding_of(words, i) is None:
                continue  # "guilty" is a verdict only as "found X guilty", not "felt guilty"
            taken.update(range(i, end))
            if attempted_en(words, i, lex.attempts):
                # "in his bid to unseat X": the goal of an effort, not a told event (events@18);
                # the object the trigger needs goes with it ("seeking to reach a deal": no deal)
                taken.update(j for j in range(end, min(len(words), end + NEAR_WINDOW))
                             if near and (words[j].rstrip("s") in near or words[j] in near))
                break
            if open_question(words, i) or supposed(words, i):
                # (events@46) "an investigation would examine whether it was caused by a bomb", "if the
                # United States insists on raising tariffs": a question or a condition tells no act;
                # nor does what something would be ("the real reset would be the resignation of X")
                break
            trig = _sense(trig, words, i, end)
            # an abbreviation ("MoUs", "MOU") is written with capitals wherever it stands (`acronym`,
            # events@20); one capital only ("Mou") is a word of a name again
            abbreviation = trig.get("acronym") and sum(c.isupper() for c in tokens[i].text) >= 2
            if parsed and modifies_noun(_parsed_tokens(parsed[0], span.start_char, tokens[i:end])):
                break  # (events@63) "the Assembly meeting building", "the elected government": a kind, no act
            if _in_name(tokens[i], mentions) or _ENDING & set(words[max(0, i - 2):i]) \
                    or (_capitalised_inside(tokens, i) and not abbreviation):
                break  # "the National Rally", "Rally of Houphouetists for ...": a name, not a rally
            own = mentions
            if not any(m.end <= tokens[i].idx for m in mentions):
                if antecedent and english_opening_pronoun(words, i, SUBJECT_GAP):
                    own = [*antecedent, *mentions]  # "He was sentenced ...": the person before
                elif classes is not None and earlier and \
                        (ana := anaphora_en.anaphor(tokens, words, i, SUBJECT_GAP, classes)) is not None:
                    # (events@65) "It denied ...", "The ministry denied ...": the side named before
                    own = [*anaphora_en.bind(span.doc.text, ana[0], tokens[ana[1]].idx, span.start_char,
                                             earlier, is_state, previous_start), *mentions]
            found = _arguments(span, tokens, words, i, end, trig, own, timexes, is_state, head, setting_place)
            if found is not None:
                out.append(found)
            break
    return out


SENSE_BEFORE = 5  # words back from the trigger, within its clause, where a `senses` word may stand
SENSE_AFTER = 6  # words after it, within its clause


def _sense(trig: dict[str, Any], words: list[str], i: int, end: int) -> dict[str, Any]:
    """The reading that a word of the trigger's own clause selects (`senses`, events@18): "the
    parliament ousted the government" or "ousted in a confidence vote" is an assembly's vote
    (REJECT), where "the army ousted the president" stays a coup (COERCE). The words looked at
    stop at a clause break on either side, so a vote told in the next clause selects nothing."""
    senses = trig.get("senses")
    if not senses:
        return trig
    before: list[str] = []
    for w in reversed(words[max(0, i - SENSE_BEFORE):i]):
        if w in _CLAUSE_BREAKS:
            break
        before.append(w)
    after: list[str] = []
    for w in words[end:end + SENSE_AFTER]:
        if w in _CLAUSE_BREAKS:
            break
        after.append(w)
    seen = set(before) | set(after)
    for sense in senses:
        if seen & set(sense["near"]):
            return {**trig, **{k: v for k, v in sense.items() if k != "near"}}
    return trig


def _in_clause(span: Any, place: Mention, at: int, after: int) -> bool:
    """Whether the "in/at <place>" phrase belongs to the trigger's clause: nothing that starts
    another clause stands between them, or it opens the sentence ("In Goma, rebels ...": the
    scene of the whole sentence)."""
    text = span.doc.text
    if place.end <= at:
        opening = text[span.start_char:place.start].strip().casefold()
        if opening in _PLACE_WORDS:
            return True
        between = text[place.end:at]
    else:
        between = text[after:place.start]
    words = between.casefold().replace(",", " , ").split()
    return not any(ch in _CLAUSE_PUNCTUATION for ch in between) and not _CLAUSE_WORDS & set(words)


def _parsed_tokens(doc: Any, offset: int, tokens: list[Any]) -> list[Any]:
    """The parse's tokens at the trigger's words (the parser's tokenizer may cut them otherwise)."""
    return [t for t in (english_parse.token_at(doc, offset, w.idx) for w in tokens) if t is not None]


def _in_name(token: Any, mentions: list[Mention]) -> bool:
    """Whether the token is part of a name longer than itself (the French side's `in_name`)."""
    return any(m.start <= token.idx < m.end and m.end - m.start > len(token.text) for m in mentions)


def _ended(words: list[str], i: int) -> bool:
    """Whether the trigger at `i` names what a word of ending before it ends, within five words
    and no clause break ("put an end to the fighting", "ending four days of clashes"; the check
    at the trigger's name looks two words back only): as the French "mettre fin à" (`_ended` in
    __init__.py), events@9."""
    before = []
    for w in reversed(words[max(0, i - 5):i]):
        if w in _CLAUSE_BREAKS:
            break
        before.append(w)
    return bool(_ENDING & set(before))


def _arguments(span: Any, tokens: list[Any], words: list[str], i: int, end: int,
               trig: dict[str, Any], mentions: list[Mention], timexes: list[Timex],
               is_state: Callable[[Mention], bool], head: Any = None,
               setting_place: list[str] | None = None) -> Found | None:
    at, after = tokens[i].idx, tokens[end - 1].idx + len(tokens[end - 1])
    location = None
    actors = []
    for m in mentions:
        if m.type == "MISC":
            # events@17: a named event or a work ("the 2018 World Cup", "his novel Houris") is what
            # the news is about or where it happens, never a side (an award's giver comes after the
            # filter: `context.add_awarders`)
            continue
        if byline(span.doc.text, m):
            continue  # (events@46) "TAIPEI (Taiwan News) —": the report's wire or outlet, no side
        if m.type == "LOC" and dateline(span.doc.text, m):
            continue  # (events@56) "TAIPEI (Taiwan News) —": the report's place, no side either
        prev = span.doc.text[max(span.start_char, m.start - 4):m.start].strip().casefold()
        if m.type == "LOC" and prev in _PLACE_WORDS and trig["type"] not in ("CONSULT",):
            # A place phrase in another clause is where something else is ("... after X expelled
            # the envoy in Bangkok"): it is not this event's place, nor an actor of it.
            if location is None and _in_clause(span, m, at, after):
                location = m.entity or "name:" + m.text.casefold()
            continue
        before_words = span.doc.text[max(span.start_char, m.start - 20):m.start].casefold().split()
        if m.type == "LOC" and ((before_words[-1:] and before_words[-1] in _POSITION_WORDS)
                                or before_words[-2:] == ["close", "to"]):
            continue  # a place only: "a person close to Bayrou" is one of his circle
        actors.append(m)
    got = english_parse.sides(head, span.start_char, actors, trig.get("mode")) if head is not None else None
    if got is not None:
        # The parse's sides; a place that is no state acts only as a core argument (a subject,
        # an object, an agent), as below and on the French side.
        def acts(m: Mention) -> bool:
            return m.type != "LOC" or is_state(m) or m in got.core
        source = _ids([m for m in got.source if acts(m)])
        target = [t for t in _ids([m for m in got.target if acts(m)]) if t not in source]
        if (got.open_source and not source) or (got.open_target and not target):
            # a side the parse leaves unnamed ("they agreed to ...", "conceded defeat"): word
            # order names it, within the trigger's clause
            lo, hi = got.clause
            ws, wt = _word_order(span, tokens, words, i, end, trig,
                                 [m for m in actors if lo <= m.start and m.end <= hi], is_state)
            if got.open_source and not source:
                # a name word order puts before an active verb is no object of it, whatever the
                # parse hung on the verb ("it condemns the aggression of X against the
                # sovereignty of Y", Y's ministry speaking): it leaves the target
                source = ws
                target = [t for t in target if t not in source]
            if got.open_target and not target:
                target = [t for t in wt if t not in source]
    else:
        source, target = _word_order(span, tokens, words, i, end, trig, actors, is_state)
    return _found(span, tokens, words, i, end, trig, timexes, source, target, location, setting_place)


# Who protests or represses a protest is often left unnamed in English news ("riot police fired
# tear gas at demonstrators in Beirut", "a protest in Tunis"): the place of the act, in its own
# clause ("in/at <place>", `_in_clause`), then stands for the side, as the events gold of
# eval/events_pool writes it (the city of a march, "Hong Kong" for its police). Only one-sided
# triggers of these categories (and a `repress` mode: "opened fire on protesters") and only where
# the sentence names no actor at all (events@19, with `events.cameo_english`). Not an assault or a
# fight: "a jet bombed targets in Cambodia" is struck there, by another state.
_PLACE_SIDE = frozenset({"PROTEST", "COERCE"})
def _found(span: Any, tokens: list[Any], words: list[str], i: int, end: int, trig: dict[str, Any],
           timexes: list[Timex], source: list[str], target: list[str], location: str | None,
           setting_place: list[str] | None = None) -> Found | None:
    at, text = tokens[i].idx, span.doc.text
    one_sided = bool(trig.get("one_sided"))
    if one_sided and not source and not target and setting_place and trig.get("mode") in POLICE_MODES \
            and agentless_at(words, i) and not pluperfect_before(text[span.start_char:at]):
        # (events@67) "At least two people were detained": the one arrested is unnamed, and who
        # arrests is the police of the clause's place, else of the article's setting (the pool's
        # convention: an arrest is from the police's place or state)
        source = [location] if location is not None else list(setting_place)
    # `place_side` (events@40): an entry whose actors are unnamed as a rule (striking workers) takes
    # the place of its clause whatever the `cameo_english` setting
    if one_sided and not source and not target and location is not None \
            and (trig.get("_place_side") or trig.get("place_side")) \
            and (trig["type"] in _PLACE_SIDE or trig.get("mode") == "repress"):
        source = [location]  # "riot police fired tear gas at demonstrators in Beirut": Beirut's
    if len(source) + len(target) < (1 if one_sided else 2):
        return None
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and not in_relative_clause(text, t, at)
             and not not_its_day(text, span.start_char, t, at)]
    if any(is_bound(text, t, at) for t in dated):
        dated = []  # "will step down after next year's tournament": when is not told
    # "Five members of Canada's 2018 team were acquitted Thursday": the year names the team; it
    # dates the act only when the sentence gives no other day
    dated = [t for t in dated if not attributive_year(text, t)] or dated
    if trig.get("_verdict_sides") and trig.get("mode") in _VERDICTS:
        # "found Sarkozy guilty of conspiracy between 2005 and 2007": a span of years after a
        # verdict is when the offence ran, not the day of the verdict (events@19)
        dated = [t for t in dated if "/" not in (t.value or "")]
    if trig.get("mode") in JUDGED_MODES:
        # (events@50) "acquitted on charges of ... in 2011": the offence's year, not the judgment's
        end_at = tokens[end - 1].idx + len(tokens[end - 1])
        dated = [t for t in dated if not offence_time(text, t, end_at)]
    best = min(dated, key=lambda t: abs(t.start - at)) if dated else None
    # "Three days after the coup, X was sworn in on Friday": the coup was three days earlier.
    date = (shifted(text, span.start_char, best, at) or best.value) if best else None
    return Found(trig["type"], trig.get("mode"), source, target, date, location,
                 _modality(words, i), " ".join(t.text for t in tokens[i:end]),
                 (span.start_char, span.end_char))
