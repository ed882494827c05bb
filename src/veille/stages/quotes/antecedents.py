"""What a speaker phrase may refer back to (`speakers.Speakers` reads the phrase): the people who
spoke or were sentence subjects, in text order, and the searches over them: a pronoun's antecedent
(of its gender where the text marks one), "ce dernier" / "the latter", a definite description by
title, office, party or nationality ("la ministre", "le chef du gouvernement", "le républicain",
"the Spaniard"), and a body noun ("the ministry", "the statement") to the speaker that phrase names.
Split out of `speakers.py` when it passed 600 lines; the state lives here because every search
reads it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from veille.model import Mention
from veille.stages.entities.english_institutions import institution_heads
from veille.stages.quotes.gender import Affiliations, GenderMarkers
from veille.stages.quotes.gender import marks as _gender_marks
from veille.stages.quotes.lexicon import demonym_nouns
from veille.stages.quotes.speaker_words import (
    DEFINITE,
    ELISION,
    EPITHET,
    LATTER,
    PARTY,
    PAST_OFFICE,
    SEAT,
    STRIP,
    TITLE_MODIFIERS,
    attributive,
)
from veille.stages.quotes.text import sentence_start


class Antecedents:
    """The memory of who spoke or was spoken of, and the searches that refer back to them."""

    def __init__(self, mentions: list[Mention], statements: frozenset[str] = frozenset(),
                 bodies: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset(), demonym: Callable[[str], str | None] | None = None,
                 gender: dict[str, str] | None = None, body: str = "", markers: GenderMarkers | None = None,
                 affiliations: Affiliations | None = None, offices: dict[str, str] | None = None) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.offices = offices or {}  # a head noun phrase -> the office it names ("chef du gouvernement")
        self.affiliations = affiliations or Affiliations()
        self.body = body
        self.markers = markers
        # the last speaker phrase that describes a person it does not name: (end, phrase, gender)
        self.unnamed: tuple[int, str, str | None] | None = None
        # a person a definite title describes ("l'avocat de l'un des prévenus", "the head coach")
        # before anyone named has spoken or been a subject: (end, phrase, gender) (quotes@15)
        self.titled: tuple[int, str, str | None] | None = None
        self.last_person: Mention | None = None
        self.statements = statements
        self.bodies = bodies
        self.documents: frozenset[str] = frozenset()  # "the report": a text, no person (quotes@44)
        self.titles = titles  # person title nouns: "the UN chief", "la ministre", "the judge"
        self.demonym = demonym  # "Thai" -> Thailand's id
        self.gender = gender or {}  # entity id -> "f" / "m", where the text marks it
        self.history: list[Mention] = []  # people who spoke or were subjects, in text order
        self.said: list[tuple[str, str | None]] = []  # (phrase, casefolded; its id), in text order
        self.said_at: list[int] = []  # where each phrase of `said` starts (quotes@44)
        self.plural: tuple[int, str] | None = None  # the last group that spoke unnamed: (end, "Officials")
        self.name_spoke = ""  # the last speaker named by a bare name that no mention resolved ("Apple")
        # the organisation or state last a sentence's subject, where no person was ("The Commission …")
        self.body_subject: Mention | None = None
        self.quoted: list[tuple[int, int]] = []  # the quotes in marks: names there are no antecedents

    def inside(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def _person(self, entity: str) -> bool:
        return entity.startswith("name:") or any(m.entity == entity and m.type == "PER" for m in self.mentions)

    def phrase_gender(self, words: list[str]) -> str | None:
        if self.markers is None:
            return None
        marks = _gender_marks(words, self.markers)
        return marks.pop() if len(marks) == 1 else None

    def _saw(self, person: Mention) -> None:
        person = self._named(person)  # "la cheffe de la diplomatie congolaise" is the minister named
        self.last_person = person
        self.history.append(person)

    def _antecedent(self, pronoun: str, start: int) -> Mention | None:
        """The last person who spoke or was a subject, skipping people the text marks with the
        other gender ("she" after "Mr X" and "Mrs Y" is Mrs Y); the last person when none fits;
        when no one has spoken or been a subject yet, the last person named before the pronoun."""
        wanted = {"il": "m", "he": "m", "lui": "m", "ils": "m", "elle": "f", "she": "f", "elles": "f"}.get(pronoun)
        if wanted is not None:
            for person in reversed(self.history[-6:]):
                if self.gender.get(person.entity or "", wanted) == wanted:
                    return person
            # none of them fits: the last person named before whom the text marks with that
            # gender ("Pour la présidente du groupe, X, « … » prévient-elle" after a man spoke)
            marked = [m for m in self.mentions if m.type == "PER" and m.end <= start
                      and self.gender.get(m.entity or "") == wanted]
            if marked:
                return marked[-1]
            # "Marie Dupont a rencontré Jean Martin. « … », a-t-il déclaré": no one marked a man, and
            # the last person spoken of is a woman; the last person named not marked a woman
            other = {"m": "f", "f": "m"}[wanted]
            if self.last_person is not None and self.gender.get(self.last_person.entity or "") == other:
                unmarked = [m for m in self.mentions if m.type == "PER" and m.end <= start
                            and self.gender.get(m.entity or "") != other]
                if unmarked:
                    return unmarked[-1]
        if self.last_person is None and pronoun not in ("ils", "elles", "they"):
            named = [m for m in self.mentions if m.type == "PER" and m.end <= start
                     and self.gender.get(m.entity or "", wanted) == wanted]
            return named[-1] if named else None
        # quotes@20: never a person the text marks with the other gender ("she" after "Olivier
        # Dupuis" alone, when the recogniser missed the woman who speaks): no speaker beats a wrong one
        if wanted is not None and self.last_person is not None and \
                self.gender.get(self.last_person.entity or "", wanted) != wanted:
            return None
        return self.last_person

    def _latter(self, phrase: str, start: int) -> Mention | None:
        """"ce dernier", "cette dernière", "celui-ci", "the latter": the last person named before
        (subject or not, outside quotes), of the pronoun's gender where the text marks theirs."""
        if phrase not in LATTER:
            return None
        wanted = LATTER[phrase]
        for m in reversed(self.mentions):
            if m.type != "PER" or m.end > start or any(a <= m.start < b for a, b in self.quoted):
                continue
            if wanted is None or self.gender.get(m.entity or "", wanted) == wanted:
                return m
        return None

    def _named(self, person: Mention) -> Mention:
        """A role-only mention ("le chef de la diplomatie congolaise") is the person the article
        names with the same office of the same country, when there is exactly one."""
        if not (person.entity or "").startswith("per:role:") or person.role is None:
            return person
        role = person.role
        # quotes@29: any office the mention states, not only its first
        named = {m.entity: m for m in self.mentions
                 if m.type == "PER" and m.entity and not m.entity.startswith("per:role:")
                 and any(r.of == role.of and (r.office or r.title.casefold()) == (role.office or role.title.casefold())
                         for r in m.roles)}
        if len(named) == 1:
            return next(iter(named.values()))
        return self._title_of_last(person) or person

    def _title_of_last(self, person: Mention) -> Mention | None:
        """A title with no name right after a person ("Christine Lagarde a confirmé … « … », a
        expliqué la présidente de la BCE"): news prose names someone, then refers back to them by
        their office. The last person seen, when the text gives them no other office and no other
        gender than the title's."""
        if not self.history or person.role is None:
            return None
        last = self.history[-1]
        if (last.entity or "").startswith("per:role:") or last.start > person.start:
            return None
        # any office stated for them, or the same office of another country, is someone else's
        offices = {(r.office or r.title.casefold(), r.of) for m in self.mentions
                   if m.entity == last.entity for r in m.roles}
        if offices - {(person.role.office or person.role.title.casefold(), person.role.of)}:
            return None
        words = self.body[max(0, person.start - 12):person.end].casefold().split()
        title_gender = self.phrase_gender(words[-6:]) if words else None
        known = self.gender.get(last.entity or "")
        return None if title_gender and known and title_gender != known else last

    def _described(self, words: list[str], inside: list[Mention], start: int) -> str | None:
        """'the UN chief', 'the foreign minister', 'la ministre': the last person before the quote
        whose stated role has that title word, or is an office of a body the phrase names."""
        words = [w.strip(".,;:") for w in words]  # "the senator, who chairs …"
        if not words or words[0] not in DEFINITE or not any(w in self.titles for w in words[1:]):
            return None
        named = {m.entity for m in inside if m.entity}
        nouns = {w for w in words[1:] if w in self.titles}
        by_office = self._by_office(" ".join(words), inside, start)
        if by_office is not None:
            return by_office
        # (quotes@47) a nationality for the body: "the Brazilian leader" after "Brazil's president, X" is
        # the one person named before with an office of that country (two such make none)
        countries = {c for w in words[1:] if self.demonym is not None and (c := self.demonym(w))}
        holders = {m.entity for m in self.mentions if m.start < start and m.type == "PER" and m.entity
                   and not m.entity.startswith("per:role:")
                   and any(r.of in countries for o in self.mentions if o.entity == m.entity for r in o.roles)}
        if countries and not named and len(holders) == 1:
            return holders.pop()
        # a word that makes the title another office must be in the role too: "le Premier
        # ministre" is not "le ministre de l'Économie", "the deputy minister" not "the minister"
        modifiers = {w for w in words[1:] if w in TITLE_MODIFIERS}
        # first a role of a body the phrase names ("the UN chief"), then the title word alone
        # ("le président sur son réseau Truth Social")
        # (quotes@46) and a title that holds the same modifiers before one that holds more: "the minister"
        # is the Finance Minister named before, not the Prime Minister who spoke last
        for strict, exact in ((True, True), (True, False), (False, True), (False, False)):
            for m in reversed(self.mentions):
                if m.start >= start or m.type != "PER":
                    continue
                for held in (r for o in self.mentions if o.entity == m.entity for r in o.roles):
                    title = set(re.findall(r"[^\W\d_]+", held.title.casefold()))
                    if not modifiers <= title or (exact and not (title & TITLE_MODIFIERS) <= modifiers):
                        continue
                    if (held.of in named) if strict else bool(title & nouns):
                        return m.entity or name_id(m)
        return None

    def _title_alone(self, words: list[str], inside: list[Mention], start: int, text: str = "") -> str | None:
        """'Kaïs Saïed a reçu son homologue. Le chef de l'État a affirmé …', 'X visited the plant.
        "…," the minister said': news names someone, then refers back to them by an office the text
        never states. The last person who spoke or was a subject, when the text states no office for
        them (a stated one is `_described`'s to match), names no other person since, and the phrase
        names no body or nationality (which may be someone else's: "le chancelier allemand")."""
        words = [w.strip(".,;:") for w in words]
        # "the former Nurnberg coach": a past office (quotes@18) is news's epithet for the person it
        # speaks of; the office they hold now may be stated ("Wolfsburg manager X") and differ, and a
        # name that only modifies the title (the old club, typed as a person or not) is no one else
        former = any(w in PAST_OFFICE for w in words[1:3])
        if former:
            inside = [m for m in inside if not self._attributive(text, start, m)]
        if not words or words[0] not in DEFINITE or not any(w in self.titles for w in words[1:]) \
                or inside or not self.history:
            return None
        if self.demonym is not None and any(self.demonym(w) for w in words[1:]):
            return None
        if not former and not _bare_title(words, self.titles):
            return None
        last = self.history[-1]
        if last.start >= start or (last.entity or "").startswith("per:role:"):
            return None
        # a name inside a quote in marks is what was said, not someone the text speaks of
        if any(m.type == "PER" and m.entity != last.entity and last.end <= m.start < start
               and not (former and any(a <= m.start < b for a, b in self.quoted)) for m in self.mentions):
            return None
        if not former and any(m.role is not None for m in self.mentions if m.entity == last.entity):
            return None
        return self._agreeing(words, last)

    def _agreeing(self, words: list[str], last: Mention) -> str | None:
        """The person `last` names, unless the phrase's gender ("the chairwoman", "la ministre") differs
        from the one the text gives them; `_title_alone` and `_topic_description` end so."""
        wanted = self.phrase_gender(words)
        known = self.gender.get(last.entity or "")
        if wanted and known and wanted != known:
            return None
        return last.entity or name_id(last)

    def _topic_description(self, words: list[str], inside: list[Mention], start: int) -> str | None:
        """(quotes@44, quo41) 'He said he made a "series of bad decisions" … The fraudster said his
        customers …': English refers back to the person the sentence before was about by a definite
        description the text never stated as a title (an epithet: "the fraudster", "the tycoon"). The
        person who spoke or was the subject of the sentence right before the speaker's own sentence,
        with no other person named since; not a plural (a group), not a body, a statement or a
        document ("the company", "the statement", "the report" refer back by `_definite`), not a
        title noun (`_described`, `_title_alone`), not where the phrase's gender differs."""
        words = [w.strip(".,;:") for w in words]
        if not 2 <= len(words) <= 3 or words[0] != "the" or inside or not self.history:
            return None
        noun = words[-1]
        if not noun.isalpha() or noun in self.titles or noun in self.bodies or noun in self.statements \
                or noun in self.documents or (noun.endswith("s") and not noun.endswith("ss")):
            return None
        last = self.history[-1]
        here = sentence_start(self.body, start)
        before = sentence_start(self.body, max(0, here - 2)) if here > 0 else 0
        # the person was that sentence's subject, or spoke there, named or as a pronoun ("He said …")
        spoke = bool(self.said_at) and before <= self.said_at[-1] < here \
            and self.said[-1][1] == (last.entity or name_id(last))
        if not (before <= last.start < here or spoke):
            return None
        if any(m.type == "PER" and m.entity != last.entity and last.end <= m.start < start for m in self.mentions):
            return None
        return self._agreeing(words, last)

    def _office_in(self, phrase: str) -> str | None:
        """The office whose longest name the phrase holds, as a word."""
        return next((o for head, o in sorted(self.offices.items(), key=lambda h: -len(h[0]))
                     if re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", phrase)), None)

    def _by_office(self, phrase: str, inside: list[Mention], start: int) -> str | None:
        """'le chef du gouvernement' after 'le Premier ministre X', 'le chef de l'État mauritanien'
        after the Mauritanian president: another name of the office a person named before holds
        (of the country the phrase names, when it names one); None when the text names no one
        or more than one person with that office."""
        phrase = phrase.replace("’", "'")
        office = self._office_in(phrase)
        if office is None:
            return None
        country = next((m.entity for m in inside if m.type == "LOC" and m.entity), None)
        if country is None and self.demonym is not None:
            country = next((c for w in phrase.split() if (c := self.demonym(w))), None)
        holders: list[Mention] = []
        for m in self.mentions:
            if m.start >= start or m.type != "PER" or not m.entity or m.entity.startswith("per:role:"):
                continue
            for r in (r for o in self.mentions if o.entity == m.entity for r in o.roles):
                # (quotes@25) a stated title that holds an office's name ("army spokesman",
                # "porte-parole du gouvernement") is that office, as the phrase's is
                held = r.office or self.offices.get(r.title.casefold().replace("’", "'")) or \
                    self._office_in(r.title.casefold().replace("’", "'"))
                if held == office and (country is None or r.of == country):
                    holders.append(m)
        ids = {m.entity for m in holders}
        return holders[-1].entity if len(ids) == 1 else None

    def _definite(self, noun: str, start: int) -> str | None:
        """'the ministry', 'the bank', 'the statement': the speaker that phrase refers back to."""
        if noun in self.statements:  # what was issued speaks for whoever issued it
            return next((sid for _, sid in reversed(self.said) if sid), None)
        for phrase, sid in reversed(self.said):  # "Thailand's foreign ministry" ... "the ministry"
            if sid and phrase.split()[-1:] == [noun]:
                return sid
        for m in reversed(self.mentions):  # "the European Central Bank" ... "the bank"
            if m.start < start and m.entity and m.type == "ORG" and noun in m.text.casefold().split():
                return m.entity
        if noun in self.bodies and noun.capitalize() in institution_heads():
            # (quotes@50) "the agency", "the commission", "the court": a public body's noun refers back to
            # the last organisation named as one (its name ends in such a head, "the U.S. Food and Drug
            # Administration"), not to the company the article is most about
            public = next((m.entity for m in reversed(self.mentions) if m.start < start and m.entity and
                           m.type == "ORG" and m.text.rstrip(".").split()[-1:] and
                           m.text.rstrip(".").split()[-1] in institution_heads()), None)
            if public is not None:
                return public
        if noun in self.bodies:  # "Auchan … the company said": the organisation the article is about
            named = Counter(m.entity for m in self.mentions if m.start < start and m.entity and m.type == "ORG")
            if named:
                return named.most_common(1)[0][0]
        return None

    def _epithet(self, phrase: str, start: int) -> str | None:
        """'the Spaniard said', 'the 54-year-old told reporters', 'a lancé le Néerlandais': news
        refers back to the person it has just spoken of by nationality or age. The last person
        who spoke or was a subject; None for any other phrase."""
        if not self.history or self.history[-1].start >= start:
            return None
        seat = SEAT.match(phrase)
        if seat is not None and len(phrase) - seat.end() <= 40:
            # a seat of office for the person just spoken of (the writer's way of not repeating a
            # name): the last person who spoke or was a subject, as "the Spaniard" (quotes@20)
            last = self.history[-1]
            return last.entity or name_id(last)
        m = EPITHET.fullmatch(phrase)
        if m is None:
            return None
        noun = m.group("noun")
        if m.group("age") is None:
            english = m.group("det").casefold() == "the"
            # "the French", "the Chinese": a people, not one person
            collective = english and noun.casefold().endswith(("sh", "ch", "ese", "ss"))
            if not noun[:1].isupper() or collective or not (
                    noun.casefold() in demonym_nouns() or (self.demonym is not None and self.demonym(noun))):
                return None
        last = self.history[-1]
        return last.entity or name_id(last)

    def _by_party(self, text: str, start: int, people: list[Mention]) -> str | None:
        """'a lancé le républicain', 'the Democrat said': news refers back to the politician it has
        just named by party, as it does by title: the last person seen, of the phrase's gender
        ("la républicaine": a woman). None when the phrase is no such reference."""
        m = PARTY.match(ELISION.sub(r"\1 ", text.strip(STRIP).casefold()))
        if m is None or people:
            return None
        gender = self.affiliations.gender(m.group(2), m.group(1))
        if gender is None:
            return None
        last = self._antecedent({"m": "il", "f": "elle"}.get(gender, ""), start)
        return (last.entity or name_id(last)) if last else None

    def _attributive(self, text: str, start: int, m: Mention) -> bool:
        return attributive(text[:max(0, m.start - start)], text[m.end - start:], self.titles)


# the complements of a title that name the state itself, not one body of it: "le chef de l'État",
# "le président de la République", "the head of government" (quotes@20, `_bare_title`)
_STATE_WORDS = frozenset({"état", "république", "gouvernement", "pays", "nation", "diplomatie", "state",
                          "republic", "government", "country", "diplomacy"})

# the holder's standing in the office, not which office: "le président sortant", "the incumbent president"
_STATUS = frozenset({"sortant", "sortante", "élu", "élue", "réélu", "réélue", "outgoing", "incumbent",
                     "re-elected", "reelected", "elected", "new", "nouveau", "nouvelle", "nouvel"})


def _bare_title(words: list[str], titles: frozenset[str]) -> bool:
    """Whether a definite title names no more than an office of the state: title words and their
    rank modifiers ("the minister", "le Premier ministre", "le chef de l'État"). A word that says
    which body or field ("the opposition leader", "the health minister", "le chef de la police",
    "le président sortant") describes someone the text would have given that office when it named
    them: a title the text never states for the last person is then not theirs (quotes@20)."""
    head: list[str] = []
    rest: list[str] = []
    for w in words[1:]:
        if rest or w in ("de", "du", "des", "of") or w.startswith(("d'", "d’")):
            rest.append(re.sub(r"^(?:l|d)['’]", "", w))
        else:
            head.append(w)
    if any(w not in titles and w not in TITLE_MODIFIERS and w not in _STATUS for w in head):
        return False
    return all(w in _STATE_WORDS or w in ("de", "du", "des", "of", "the", "la", "le", "l'", "") for w in rest)


def name_id(m: Mention) -> str:
    return "name:" + m.text.casefold()
