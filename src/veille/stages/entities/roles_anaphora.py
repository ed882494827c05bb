"""A definite title that refers back to a person named just before it, as news style names a person
once and then by office: "Emmanuel Macron s'est rendu à Lyon. Le président de la République a
salué …", "Joe Biden met union leaders. The president-elect said …". The title gives that
person's role.

Read strictly, since the title alone does not say who holds it: the title is definite and
singular, opens its sentence (after at most a conjunction, a short phrase and a comma, with no
one named in it), stands outside quotation marks, is not a possessive ("the attorney general's
office") and is not the subject of a present or modal passive of appointment ("the president is
elected for five years": the office in general). The sentence before it and its own sentence up
to it (across at most one paragraph break) must name one person who may hold it, or several of
whom only the subject (the name opening its sentence) may, or the one the gazetteer says held
the office on the article's date. May hold: no other office stated for them nor in the
gazetteer, the gazetteer naming no other holder (of the title's country, else of a country the
article names), a gendered French determiner agreeing with the gender an honorific or the given
name marks. No one else in the article may be stated to hold a title with the same words or
office (another country's minister aside); what the title is of, when stated, is a country.
Occupations ("the victim", "le chanteur") and a bare generic head ("le chef", "the head") are
no offices that refer back.

News ledes also open on a quote its speaker's office is given for, naming the speaker after it
("« … », a déclaré le Premier ministre. [¶] Le gouvernement a tranché et X a détaillé les
mesures"): when no one at all is named before a title that is the inverted subject of a reporting
incise, it refers forward to the one person the next sentence names (outside quotation marks), who
must fit it as above; two people named there leave it unresolved. Elsewhere a title refers forward
only as a speaker taken up by the person introduced speaking next (entities@83, `roles_speaker`):
"Le ministre a annoncé … X a précisé …", not "Le ministre s'est exprimé. X a dit non".

Written from general knowledge of French and English news style; no rule comes from an
evaluation text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from veille.stages.entities.english import GivenNames
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_inventory import inventory
from veille.stages.entities.roles_speaker import name_speaks, title_speaks
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles import TitlePatterns
from veille.stages.entities.text import fold

# Where a sentence ends: its final punctuation (a closing quotation mark may follow) then space,
# or a line break.
_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]*\s+|\n+")
# What may open a sentence before the title: a conjunction, a short phrase and its comma ("De
# son côté, la cheffe de la diplomatie", "But on Monday, the president"), or nothing.
_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Mais|Et|Or|Pourtant|Puis|Ensuite|Alors)\s+)?"
                      r"(?:[^,.;:!?«»\"“”()]{1,60},\s*)?")
_MAX_OPENING_WORDS = 8
_OPENING_NAME = re.compile(r"\s*(?:[^,.;:!?«»\"“”()]{1,60},\s*)?(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Me)\.?\s+)?")
# Heads too generic to name an office alone: "le chef a dit" says nothing of which chief.
_GENERIC = {"chef", "cheffe", "head", "chief", "leader", "dirigeant", "dirigeante", "responsable", "official",
            "directeur", "directrice", "director", "patron", "patronne", "boss", "membre", "member", "officer",
            "agent", "numero un"}
# Words of a title that say nothing of which office it is (modifiers, function words).
_NOT_HEAD = {"le", "la", "les", "l", "de", "du", "des", "d", "a", "au", "aux", "the", "of", "for", "to", "in", "et",
             "and", "ancien", "ancienne", "ex", "futur", "future", "nouveau", "nouvelle", "actuel", "actuelle",
             "former", "new", "current", "then", "acting", "interim", "outgoing", "incoming", "top", "senior",
             "elu", "elue", "elect", "sortant", "sortante"}
# A passive of appointment in the present or with a modal after a title speaks of the office in
# general ("the president is elected by universal suffrage", "le Premier ministre est nommé par").
_GENERIC_OFFICE = re.compile(
    r"\s*(?:is|are|est|sont|will be|sera|must be|doit etre|can be|peut etre|may be)\s+(?:[a-z]+\s+)?"
    r"(?:elected|appointed|chosen|named|nominated|selected|designated|elue?s?|nommee?s?|designee?s?|choisie?s?)\b")
# A reporting incise right after a closing quotation mark, whose inverted subject is the title:
# "« … », a conclu le directeur général", "« … », a-t-elle dit, la ministre" is no incise (its
# subject is the pronoun); "\"…,\" said the president". The title is then the speaker, the
# sentence's subject, whatever the quote says before it.
_INCISE = re.compile(r"(?:[»”]|(?<=[,.!?])\")\s*,?\s*(?:(?:a|avait|aura|ont)\s+)?(?:[a-zàâçéèêëîïôûù]+)\s+$"
                     r"|[,.!?][\"”]\s+(?:said|says|added|adds|told\s+\w+|wrote|warned|insisted)\s+$")
# English puts the subject first after a quote: "\"…,\" the prime minister said".
_QUOTE_CLOSED = re.compile(r"[,.!?][\"”]\s*$")
_SAID = re.compile(r"\s+(?:said|says|added|adds|told|wrote|warned|insisted)\b")
# An honorific right before a mention marks the person's gender.
_HONORIFIC = re.compile(r"\b(?:(?P<m>M|Mr|MM)|(?P<f>Mme|Mrs|Ms|Mlle))\.?\s+$")


@cache
def _occupations() -> frozenset[str]:
    """The inventory's occupations ("journalist", "victime", "chanteur"): a person's trade, not
    an office a definite description refers back to."""
    kind = inventory()["kinds"]["occupations"]
    return frozenset(fold(h) for h in (*kind["fr"], *kind["en"]))


def _key_words(title: str) -> set[str]:
    """The words that say which office a title is ("ministre", "affaires", "etrangeres"; "etat" of
    "chef de l'État")."""
    words = {w for w in re.findall(r"[a-z]+", fold(title).replace("-", " ")) if w not in _NOT_HEAD}
    # a generic head says which office only with its complement: "chef de l'État", "chef du gouvernement"
    return words - _GENERIC if words - _GENERIC else words


def _group(body: str, c: Candidate) -> str:
    """One key per person: the gazetteer's id, else the surname ("Emmanuel Macron", "Macron")."""
    if c.entry is not None:
        return c.entry.id
    words = re.findall(r"[^\W\d_]+", fold(body[c.start:c.end]))
    return words[-1] if words else ""


def _sentence_starts(body: str, lo: int, hi: int) -> list[int]:
    return [lo] + [m.end() for m in _SENTENCE_END.finditer(body, lo, hi) if m.end() <= hi]


def _inside_quote(body: str, start: int, at: int) -> bool:
    """Whether `at` is inside quotation marks opened since `start` (a paragraph's start)."""
    text = body[start:at]
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _sex(body: str, people: Iterable[Candidate], given: GivenNames | None) -> str | None:
    """"m" or "f" where an honorific before a mention or the given name marks it, else None."""
    marks = set()
    for c in people:
        if (h := _HONORIFIC.search(body, max(0, c.start - 6), c.start)) is not None:
            marks.add("m" if h.group("m") else "f")
        words = body[c.start:c.end].split()
        if given is not None and len(words) >= 2 and (sex := given.sex(words[0])) is not None:
            marks.add(sex)
    return next(iter(marks)) if len(marks) == 1 else None


def person_sex(body: str, c: Candidate, given: GivenNames | None) -> str | None:
    """One person's sex as `_sex` reads it: "m", "f" or None."""
    return _sex(body, [c], given)


def referred_holders(body: str, titles: list[TitleMatch], people: list[Candidate], cands: list[Candidate],
                     links: list[RoleLink], patterns: TitlePatterns, given: GivenNames | None = None,
                     published: str | None = None, doc: Any = None,
                     lang: str | None = None) -> list[RoleLink]:
    """The person each nameless definite title refers back to, where only one person can be
    meant (see the module's docstring); `titles` are the titles no name was attached to, `links`
    the roles stated so far, `cands` every name found, `doc` the parse (`roles_speaker`)."""
    persons = [c for c in people if c.type == "PER"]
    country_ids = set(patterns.gaz.demonyms.values())
    # the countries the article names, by name or by a title's nationality ("le Premier ministre français")
    countries = {c.entry.id for c in cands if c.entry is not None and c.entry.id in country_ids}
    countries |= {lk.title.of for lk in links if lk.title.of in country_ids}
    stated: dict[str, list[TitleMatch]] = {}
    linked = set()
    for lk in links:
        if lk.candidate is not None:
            stated.setdefault(_group(body, lk.candidate), []).append(lk.title)
            linked.add((lk.candidate.start, lk.candidate.end))
    out: list[RoleLink] = []
    # where each title stands, stated with a name or not: a sentence holding one brings someone in
    others = [(o.start, o.end) for o in titles] + [(lk.title.start, lk.title.end) for lk in links]
    for t in titles:
        if not t.definite or t.plural or (t.of_span is not None and t.of is None):
            continue
        keys = _key_words(t.title)
        head = fold(body[t.core_start:t.core_end])
        entry = patterns.gaz.entries.get(t.of) if t.of is not None else None
        # (entities@100) an office of an organisation the article names again elsewhere, a topic of
        # the article: its holder is a person the article is about ("Carlos X a été arrêté. Le PDG
        # de Renault est soupçonné …" where Renault is named again), whatever the head ("le patron
        # de Renault" says which chief)
        topic = t.of is not None and (entry is None or entry.type != "LOC") and _named_again(body, t)
        if not keys or (head in _GENERIC and not topic) or (t.broad and head in _occupations()):
            continue
        if t.of is not None and (entry is None or entry.type != "LOC") and not topic:
            continue  # "le président de la FIFA": an organisation's office is not said of anyone named
        # a name the parse typed MISC may be a person's ("La Zimbabwéenne X" before her title)
        candidates = [c for c in people if c.type in ("PER", "MISC") or (c.start, c.end) in linked]
        window = _window(body, t, candidates)
        ahead = not window and not any(c.start < t.start for c in persons) and _speaks(body, t)
        # (entities@83) an office that speaks, no one named in its sentence nor the one before: the
        # person the next sentence introduces speaking on ("Le ministre a annoncé … [¶] X a précisé")
        relay = (not ahead and not window and title_speaks(body, doc, t, lang)
                 and not any(lo <= c.start < hi for c in candidates for lo, hi in [_around(body, t)]))
        eligible = window is not None and not ahead and not _speaks(body, t)
        if ahead or relay:
            # a quote the article opens with, said by an office no one named holds: the person named next
            window = _ahead(body, t, candidates, others)
        if not window and eligible and (len(keys) >= 2 or topic):
            # (entities@100) the sentence before names no one, nor does the one after: the last person
            # named before it, past sentences that bring in no one, by name or by office; only an
            # office the title names whole, its head with its portfolio or complement ("le ministre de
            # l'Intérieur", "the finance minister", "le patron de Renault" where Renault is a topic): a
            # bare head far from the name ("le président") may be any holder the scene has
            relay = False
            window = _reach_back(body, t, candidates, others)
        if not window:
            continue
        groups = list(dict.fromkeys(_group(body, c) for c in window))
        if (ahead or relay) and len(groups) > 1:
            continue  # two people named next: either may hold it
        if relay and (not any(name_speaks(body, doc, c, lang) for c in window)
                      or any(_group(body, c) == groups[0] and c.start < t.start for c in candidates)):
            continue  # the person named next does not speak, or was named before without that office
        det = fold(body[t.start:t.core_start]).strip()
        fits = [g for g in groups if _fits(body, t, keys, det, [c for c in people if _group(body, c) == g],
                                           stated.get(g, []), countries, patterns, given, published)]
        known = _known_holder(t, countries, patterns, published)
        named_holder = [_group(body, c) for c in window if known is not None and _person_id(body, c, patterns) == known]
        if named_holder and named_holder[0] in fits:
            group = named_holder[0]  # the gazetteer's holder of the office on that date is named there
        elif len(groups) > 1 and not _opens_sentence(body, window[0]):
            continue  # several people named, none the subject the title would take up
        elif fits != groups[:1]:
            continue  # the only person named, or the subject among others no other may be, must fit
        else:
            group = groups[0]
        if any((keys & _key_words(o.title) or (t.office is not None and o.office == t.office))
               and (o.of is None or t.of is None or o.of == t.of)
               for g, ts in stated.items() for o in ts if g != group):
            continue  # someone named elsewhere holds, or may hold, that office (not another country's)
        # the person's mention that states no role yet: the last before the title, else the first
        # after it (a mention holds one role; the person's roles are their mentions')
        free = [c for c in persons if _group(body, c) == group and (c.start, c.end) not in linked]
        before = [c for c in free if c.end <= t.start]
        holder = before[-1] if before else free[0] if free else None
        if holder is not None:
            # "Le directeur général de l'OMS appelle … « … », a conclu le directeur général": the
            # same title stated before with what it is of, and with no name beside it either, is
            # the same office (one `of` among them, else none)
            ofs = {o.of for o in titles if o.end <= t.start and o.of is not None and fold(o.title) == fold(t.title)}
            if t.of is None and len(ofs) == 1:
                t.of = ofs.pop()
            out.append(RoleLink(holder, t))
            linked.add((holder.start, holder.end))
            stated.setdefault(group, []).append(t)
    return out


def _named_again(body: str, t: TitleMatch) -> bool:
    """Whether what the title is of, named in it, is named elsewhere in the body too (a whole word)."""
    if t.of_span is None:
        return False
    name = fold(body[t.of_span[0]:t.of_span[1]])
    if len(name) < 2:
        return False
    folded = fold(body[:t.of_span[0]]) + " " + fold(body[t.of_span[1]:])
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", folded) is not None


def _fits(body: str, t: TitleMatch, keys: set[str], det: str, same: list[Candidate], own: list[TitleMatch],
          countries: set[str], patterns: TitlePatterns, given: GivenNames | None, published: str | None) -> bool:
    """Whether the person named by `same` (their mentions; `own`: the titles stated for them)
    may hold the title: no other office stated for them, no other holder in the gazetteer, no
    gender the determiner contradicts; `countries`: those the article names."""
    ids = {i for p in same if (i := _person_id(body, p, patterns)) is not None}
    entry = patterns.gaz.entries.get(next(iter(ids))) if len(ids) == 1 else None
    if own and not any(keys & _key_words(o.title) or (t.office is not None and o.office == t.office) for o in own):
        return False  # the person holds another office: "le ministre X … Le président a dit"
    if t.office is not None:
        # the gazetteer's holders of the office, of what the title says or of a country the article
        # names: "le chef de l'État" in an article that names France is its president
        known = {e.id for country in ({t.of} if t.of is not None else countries)
                 for e in patterns.gaz.holders(t.office, country, published)}
        if known and (entry is None or entry.id not in known):
            return False  # the gazetteer names the holder, someone else
    if entry is not None and any(_current(o.start, o.end, published) for o in entry.offices) and not any(
            _current(o.start, o.end, published) and fold(o.title) in (fold(t.office or ""), fold(t.title))
            for o in entry.offices):
        return False  # the gazetteer says the person holds another office
    sex = _sex(body, same, given)
    return not (sex is not None and det in ("le", "la") and {"le": "m", "la": "f"}[det] != sex)


def _person_id(body: str, c: Candidate, patterns: TitlePatterns) -> str | None:
    """The gazetteer's id for a person's name, whether or not the recogniser attached it."""
    if c.entry is not None:
        return c.entry.id
    entry = patterns.gaz.lookup(body[c.start:c.end])
    return entry.id if entry is not None and entry.type == "PER" else None


def _known_holder(t: TitleMatch, countries: set[str], patterns: TitlePatterns, published: str | None) -> str | None:
    """The one person the gazetteer says held the title's office on that date, of the title's
    country or else of a country the article names."""
    if t.office is None:
        return None
    known = {e.id for country in ({t.of} if t.of is not None else countries)
             for e in patterns.gaz.holders(t.office, country, published)}
    return known.pop() if len(known) == 1 else None


def _opens_sentence(body: str, c: Candidate) -> bool:
    """Whether the name opens its sentence, after at most a short phrase and its comma and an
    honorific ("Pour sa part, Mme X a remercié …"): the sentence's subject."""
    start = max([body.rfind("\n", 0, c.start) + 1, *(m.end() for m in _SENTENCE_END.finditer(body, 0, c.start))])
    opening = _OPENING_NAME.fullmatch(body, start, c.start)
    return opening is not None and len(body[start:c.start].split()) <= _MAX_OPENING_WORDS


def _current(start: str | None, end: str | None, on: str | None) -> bool:
    """Whether a term of office runs on date `on` (an open term when `on` is None)."""
    return end is None if on is None else (start or "") <= on and (end is None or on < end)


def _speaks(body: str, t: TitleMatch) -> bool:
    """Whether the title is the subject of a reporting incise after a quote ("« … », a déclaré le
    Premier ministre", "\"…,\" the prime minister said")."""
    paragraph = body.rfind("\n", 0, t.start) + 1
    return (_INCISE.search(body, max(paragraph, t.start - 40), t.start) is not None
            or (_QUOTE_CLOSED.search(body, max(paragraph, t.start - 6), t.start) is not None
                and _SAID.match(body, t.end) is not None))


def _ahead(body: str, t: TitleMatch, persons: list[Candidate],
           others: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """The people the sentence after the title's names outside quotation marks (across paragraph
    breaks), when no one is named before the title: "« … », a déclaré le Premier ministre. [¶] Le
    gouvernement a tranché et X a détaillé les mesures". Up to `_REACH` sentences that name no
    one and state no title (`others`: every title's span) may stand between (entities@100): they
    bring in no other person the name could be taken for."""
    at = t.end
    for _ in range(_REACH + 1):
        end = _SENTENCE_END.search(body, at)
        if end is None:
            return []
        nxt = _SENTENCE_END.search(body, end.end())
        hi = nxt.start() if nxt is not None else len(body)
        paragraph = body.rfind("\n", 0, end.end()) + 1
        named = [c for c in persons if end.end() <= c.start and c.end <= hi
                 and not _inside_quote(body, max(paragraph, body.rfind("\n", 0, c.start) + 1), c.start)]
        if named or any(c.start < hi and end.end() <= c.start for c in persons) \
                or any(end.end() <= s < hi for s, _ in others if s != t.start):
            return named  # someone is named there (outside quotation marks or not), or an office stated
        at = hi
    return []


# How many sentences that bring in no one a definite title reaches across to the person it takes
# up, before or after it (entities@100): news names a person, tells what they did in a few
# sentences, then goes on by their office, and the reverse in a lede.
_REACH = 3


def _reach_back(body: str, t: TitleMatch, persons: list[Candidate],
                others: Sequence[tuple[int, int]]) -> list[Candidate]:
    """The people named in the last sentence before the title's window (`_around`: the sentence
    before it and its own) that names anyone, up to `_REACH` sentences back (across paragraph
    breaks), when no title is stated between them and the title (`others`: every title's span):
    "Gérald X a présenté son projet. [¶] Le texte prévoit … Les associations dénoncent … [¶] Le
    ministre de l'Intérieur a défendu …". The window names no one; a title stated there or in a
    skipped sentence brings in another person, and the chain breaks."""
    hi = _around(body, t)[0]
    if any(hi <= s < t.start for s, _ in others):
        return []
    for _ in range(_REACH):
        text_end = len(body[:hi].rstrip())
        if text_end == 0:
            return []
        start = ([0] + [m.end() for m in _SENTENCE_END.finditer(body, 0, text_end) if m.end() <= text_end])[-1]
        named = [c for c in persons if start <= c.start and c.end <= hi]
        if named:
            return named
        if any(start <= s < hi for s, _ in others):
            return []
        hi = start
    return []


def _around(body: str, t: TitleMatch) -> tuple[int, int]:
    """From the start of the sentence before the title's (across one paragraph break) to the end
    of the title's sentence."""
    end = _SENTENCE_END.search(body, t.end)
    hi = end.start() if end is not None else len(body)
    paragraph = body.rfind("\n", 0, t.start) + 1
    starts = _sentence_starts(body, paragraph, t.start)
    if len(starts) >= 2:
        return starts[-2], hi
    prev_end = len(body[:paragraph].rstrip())
    if prev_end == 0:
        return starts[-1], hi
    prev_start = body.rfind("\n", 0, prev_end) + 1
    return _sentence_starts(body, prev_start, prev_end)[-1], hi


def _window(body: str, t: TitleMatch, persons: list[Candidate]) -> list[Candidate] | None:
    """The people the sentence before the title and its own sentence up to it name, when the
    title opens its sentence outside quotation marks; else None."""
    if re.match(r"['’]s\b", body[t.core_end:]):
        return None  # "the attorney general's office": the title qualifies a noun, no one acts
    if _GENERIC_OFFICE.match(fold(body[t.end:t.end + 60])):
        return None  # "the president is elected for five years": the office, not its holder
    paragraph = body.rfind("\n", 0, t.start) + 1
    if _inside_quote(body, paragraph, t.start):
        return None
    if _INCISE.search(body, max(paragraph, t.start - 40), t.start):
        # the speaker of the quote before it: the people named outside quotation marks in its
        # paragraph and the one before (a quote may run over paragraphs)
        lo = body.rfind("\n", 0, max(0, len(body[:paragraph].rstrip()))) + 1 if paragraph else 0
        return [c for c in persons if lo <= c.start and c.end <= t.start
                and not _inside_quote(body, body.rfind("\n", 0, c.start) + 1, c.start)]
    starts = _sentence_starts(body, paragraph, t.start)
    opening = _OPENING.fullmatch(body, starts[-1], t.start)
    if opening is None or len(body[starts[-1]:t.start].split()) > _MAX_OPENING_WORDS:
        return None  # not the subject: "X a critiqué le président"
    if any(starts[-1] <= c.start < t.start for c in persons):
        return None  # someone is named before it in its sentence: "Selon X, le président …"
    if len(starts) >= 2:
        lo = starts[-2]
    else:  # the title's sentence opens its paragraph: the last sentence of the paragraph before
        prev_end = len(body[:paragraph].rstrip())
        if prev_end == 0:
            return None
        prev_start = body.rfind("\n", 0, prev_end) + 1
        lo = _sentence_starts(body, prev_start, prev_end)[-1]
    return [c for c in persons if lo <= c.start and c.end <= t.start]
