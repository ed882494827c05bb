"""Speaker resolution: from the phrase that names who spoke to an entity id (`quotes_of` feeds
it speaker phrases and sentence subjects in text order).

A person mention in the phrase is the speaker; a pronoun is the last person (or unnamed person,
or group) of its gender and number spoken of; a definite description ("the ministry", "le chef
du gouvernement", "the Spaniard") refers back; a body a nationality names speaks for its country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from veille.model import Mention
from veille.stages.quotes.gender import Affiliations, GenderMarkers
from veille.stages.quotes.gender import marks as _gender_marks
from veille.stages.quotes.lexicon import demonym_nouns
from veille.stages.quotes.speaker_words import (
    ANAPHOR,
    BARE_NAME,
    CAPITALISED,
    COMPLEMENT,
    DEFINITE,
    ELISION,
    EPITHET,
    FIRST_NAME,
    FOR,
    GROUP,
    INDEFINITE,
    LATTER,
    LONG_ANAPHOR,
    NAMES_OFFICE,
    NP_START,
    OBJECT_BEFORE,
    OFFICE,
    PARTY,
    PAST_OFFICE,
    PLURAL_PRONOUNS,
    POSSESSIVE,
    PRONOUNS,
    SOURCES,
    STRIP,
    TITLE_MODIFIERS,
    attributive,
)
from veille.stages.quotes.text import FUNCTION_WORDS


class Speakers:
    """Resolves speaker phrases to entity ids, remembering the last person for pronouns and
    the phrases already resolved for definite descriptions ("the ministry", "the statement")."""

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
        self.titles = titles  # person title nouns: "the UN chief", "la ministre", "the judge"
        self.demonym = demonym  # "Thai" -> Thailand's id
        self.gender = gender or {}  # entity id -> "f" / "m", where the text marks it
        self.history: list[Mention] = []  # people who spoke or were subjects, in text order
        self.said: list[tuple[str, str | None]] = []  # (phrase, casefolded; its id), in text order
        self.plural: tuple[int, str] | None = None  # the last group that spoke unnamed: (end, "Officials")
        self.name_spoke = ""  # the last speaker named by a bare name that no mention resolved ("Apple")
        # the organisation or state last a sentence's subject, where no person was ("The Commission …")
        self.body_subject: Mention | None = None
        self.quoted: list[tuple[int, int]] = []  # the quotes in marks: names there are no antecedents

    def inside(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def person_in(self, start: int, end: int, text: str) -> bool:
        return any(m.type == "PER" for m in self.inside(start, end)) or (
            text.strip().casefold() in PRONOUNS and self.last_person is not None)

    def resolve(self, start: int, end: int, text: str, adds: bool = False) -> tuple[str | None, str]:
        """(entity id, how the text names the speaker): a pronoun whose antecedent is a speaker
        the text does not name ("A Downing Street spokeswoman said … She added") is that phrase.
        `adds`: the verb says the speaker goes on ("», a ajouté le président de …")."""
        relative = self._relative_antecedent(start, text)
        if relative is not None:
            return self.resolve(*relative, self.body[relative[0]:relative[1]])
        found = self._resolve(start, end, text)
        phrase = text.strip(STRIP)
        words = phrase.casefold().split()
        if found is None and adds:
            found = self._goes_on(words, start, end)
        # the unnamed speaker is more recent than any person named: the pronoun is that speaker
        if words and words[0] in PRONOUNS and self.unnamed is not None:
            at, antecedent, gender = self.unnamed
            wanted = {"il": "m", "he": "m", "lui": "m", "elle": "f", "she": "f"}.get(words[0])
            between = any(m.type == "PER" and at <= m.start < start for m in self.mentions)
            if not between and (wanted is None or gender in (None, wanted)):
                found, phrase = None, antecedent
        # "L'avocat de l'un des prévenus a plaidé la relaxe. […] « … », a-t-il conclu": with no named
        # person who spoke or was a subject, a pronoun is the person a definite title described (a
        # person named only as an object, "des coups portés à Théo", is not its antecedent)
        if words and words[0] in PRONOUNS - PLURAL_PRONOUNS and self.titled is not None and \
                self.last_person is None and phrase.casefold() != self.titled[1].casefold() and \
                not any(m.type == "PER" and self.titled[0] <= m.start < start and not OBJECT_BEFORE.search(
                    self.body, max(0, m.start - 12), m.start) for m in self.mentions):
            wanted = {"il": "m", "he": "m", "lui": "m", "elle": "f", "she": "f"}.get(words[0])
            if self.titled[2] in (None, wanted):
                found, phrase = None, self.titled[1]
        elif found is None and self.last_person is None and self._definite_title(words):
            self.titled = (end, phrase, self.phrase_gender(words))
        # "Apple said … The company said": a body named by a noun refers back to the last name that
        # spoke, even one the entity stage left unmarked (the phrase then stays that name)
        anaphor = ANAPHOR.match(phrase) or LONG_ANAPHOR.match(phrase)
        # "A White House official, who …, said … "…," the official said": the same unnamed source
        if found is None and anaphor and self.unnamed is not None and \
                anaphor.group(1).casefold() in self.unnamed[1].casefold().replace(",", " ").split():
            phrase = self.unnamed[1]
        elif found is None and anaphor and anaphor.group(1).casefold() in self.bodies and self.name_spoke:
            phrase = self.name_spoke
        elif found is None and BARE_NAME.fullmatch(phrase) and (
                self._proper(phrase) or CAPITALISED.fullmatch(phrase)):
            self.name_spoke = phrase
        elif found is not None and not self._person(found):
            # a person who speaks in between ("Zoom said … chief executive Eric Yuan said … The
            # company said") leaves the organisation as it was (quotes@15)
            self.name_spoke = ""
        # "Officials said … "…," they said": a plural pronoun is the group that spoke last, when
        # no person was named since
        if words and words[0] in PLURAL_PRONOUNS and self.plural is not None:
            at, group = self.plural
            if not any(m.type == "PER" and at <= m.start < start for m in self.mentions):
                found, phrase = None, group
        elif found is None and not self.inside(start, end) and GROUP.fullmatch(phrase):
            self.plural = (end, phrase)
        self.said.append((phrase.casefold(), found))
        # an indefinite person ("a spokeswoman", "une source proche du dossier"); a definite title
        # the article may have named ("the senator") is left to the people seen before
        if found is None and self._unnamed_person(words) and words[0] not in PRONOUNS:
            self.unnamed = (end, phrase, self.phrase_gender(words))
        elif found is not None:
            self.unnamed = None
        return found, phrase

    def _goes_on(self, words: list[str], start: int, end: int) -> str | None:
        """'« … », a ajouté le président de l'Assemblée nationale': a verb of going on ("ajouter",
        "poursuivre", "conclure") says its subject spoke before; a definite description that names
        no one is the last person who spoke with an id, when no one else identified spoke since and
        the description's gender agrees with theirs (quotes@17)."""
        first = re.sub(r"^l['’]", "l'", words[0]) if words else ""
        if (first not in ("le", "la", "l'", "the") and not first.startswith("l'")) or \
                any(m.type == "PER" for m in self.inside(start, end)):
            return None
        last = next((sid for _, sid in reversed(self.said) if sid), None)
        if last is None or not self._person(last):
            return None
        wanted = {"le": "m", "la": "f"}.get(first) or self.phrase_gender(words)
        known = self.gender.get(last)
        return None if wanted and known and wanted != known else last

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

    def _first_name(self, phrase: str) -> str | None:
        """The sex of "Lydia, une cliente" / "Karim, a shopkeeper": a given name of one sex, then an
        apposition with an indefinite article (the vox pop's way of naming a passer-by)."""
        m = FIRST_NAME.match(phrase)
        if m is None or self.markers is None:
            return None
        return self.markers.given.sex(m.group(1))

    def _unnamed_person(self, words: list[str]) -> bool:
        """An indefinite person ("a spokeswoman", "une source proche du dossier"); a definite title
        the article may have named ("the senator") is left to the people seen before."""
        return bool(words) and ((words[0] in INDEFINITE and any(w.strip(".,") in self.titles for w in words))
                                or any(w.strip(".,") in SOURCES for w in words))

    def _person(self, entity: str) -> bool:
        return entity.startswith("name:") or any(m.entity == entity and m.type == "PER" for m in self.mentions)

    def _definite_title(self, words: list[str]) -> bool:
        """A short definite phrase whose head is a person title: "le procureur", "l'avocat de …"."""
        if not words or len(words) > 8:
            return False
        first = re.sub(r"^l['’]", "", words[0])
        return (words[0] in DEFINITE or first != words[0]) and \
            any(w.strip(".,") in self.titles for w in [first, *words[1:3]])

    def _proper(self, phrase: str) -> bool:
        """Whether the text writes `phrase` capitalised inside a sentence too: a name ("Apple"),
        not a common noun capitalised at a sentence's start ("Officials", "Police")."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", self.body):
            before = self.body[:m.start()].rstrip(" \t\"“”«»'‘’(")
            if before and before[-1] not in ".!?:\n":
                return True
        return False

    def phrase_gender(self, words: list[str]) -> str | None:
        if self.markers is None:
            return None
        marks = _gender_marks(words, self.markers)
        return marks.pop() if len(marks) == 1 else None

    def _resolve(self, start: int, end: int, text: str) -> str | None:
        words = text.strip(STRIP + "-").casefold().split()
        latter = self._latter(" ".join(words), start)
        if latter is not None:
            self._saw(latter)
            return latter.entity or _name_id(latter)
        # "he", "she further": a pronoun, with at most an adverb the incise left after it
        if words and words[0] in PRONOUNS and (len(words) == 1 or (len(words) == 2 and words[1].isalpha())):
            last = self._antecedent(words[0], start)
            if last is None and self.body_subject is not None and words[0] in ("il", "elle", "ils", "elles"):
                # no person to refer to: the organisation or state last a sentence's subject ("Le
                # Kremlin a rejeté la proposition. Il a estimé que …"; French pronouns have its gender)
                return self.body_subject.entity
            return (last.entity or _name_id(last)) if last else None
        if words[:1] == ["it"] and len(words) <= 2:  # "it said": the organisation or state that spoke last
            kinds = {m.entity: m.type for m in self.mentions if m.entity and m.start < start}
            spoke = next((sid for _, sid in reversed(self.said) if sid and kinds.get(sid) in ("ORG", "LOC")), None)
            # else the one that was last a sentence's subject ("The Commission proposed … It said …")
            return spoke or (self.body_subject.entity if self.body_subject is not None else None)
        inside = self.inside(start, end)
        people = [m for m in inside if m.type == "PER" and not self._attributive(text, start, m)]
        heads = [m for m in people if not COMPLEMENT.search(self._before(text, start, m))]
        if people and not heads:
            # "the office of Prime Minister X", "l'entourage de X" speak for X; "a person close to
            # Bayrou" is someone unnamed, the phrase stays text
            if OFFICE.match(text.strip(STRIP)):
                return people[0].entity or _name_id(people[0])
            return None
        # a name before a title and another name modifies that title: "senior Hamas official Basem
        # Naim" (the group typed as a person), "Trump adviser Stephen Miller"; the person is the later one
        while len(heads) > 1 and self._modifies(heads[0], heads[1]):
            heads = heads[1:]
        if heads:
            head = self._named(heads[0])
            self._saw(head)
            return head.entity or _name_id(head)
        # The phrase is a name itself ("la Russie a déclaré", "the ECB"): the mention covers it all.
        core = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", text.strip(STRIP), flags=re.IGNORECASE)
        for m in inside:
            if m.entity and len(m.text) >= len(core) - 4:
                return m.entity
        by_party = self._by_party(text, start, people)
        if by_party is not None:
            return by_party
        epithet = self._epithet(text.strip(STRIP), start)
        if epithet is not None:
            return epithet
        anaphor = ANAPHOR.match(text.strip(STRIP))
        if anaphor:  # "the ministry", "the statement"; else "le ministre" may be a title below
            referent = self._definite(anaphor.group(1).casefold(), start)
            if referent is not None or anaphor.group(1).casefold() not in self.titles:
                return referent
        # "the video conferencing software maker said": a longer definite description headed by a
        # body noun refers back as "the company" does, to a typed organisation too (quotes@18: with
        # English names typed, the organisation is a mention and no bare name that spoke is left)
        # (English puts the head last; one with a complement, "les registres de la compagnie", is headed
        # by its first noun, so no word of it may be a preposition or a determiner)
        described_body = LONG_ANAPHOR.match(text.strip(STRIP))
        if described_body and not inside and described_body.group(1).casefold() in self.bodies and \
                words[:1] == ["the"] and not FUNCTION_WORDS & set(words[1:]):
            referent = self._definite(described_body.group(1).casefold(), start)
            if referent is not None:
                return referent
        # A body speaking for a named state or organisation: "Cambodia's defence ministry",
        # "a spokesperson for the WHO". The phrase stays as speaker_text; the owner is the id.
        for m in inside:
            if m.entity and m.type in ("ORG", "LOC") and (
                    POSSESSIVE.match(text, m.end - start) or FOR.search(text, 0, m.start - start)):
                return m.entity
        described = self._described(words, inside, start) or self._title_alone(words, inside, start, text)
        if described is not None:
            return described
        # "Ishiba's office said": a person's office speaks for them, named as below
        office = NAMES_OFFICE.fullmatch(text.strip(STRIP))
        if office is not None:
            words = [office.group(1).casefold()]
        # A name the entity stage did not mark here ("Jasarevic said" after "Tarik Jasarevic"):
        # the capitalised last word of a short phrase is a person named earlier.
        if (1 <= len(words) <= 2 or office is not None) and text.strip(STRIP)[:1].isupper():
            surname = words[-1].strip(".,")
            for m in reversed(self.mentions):
                if m.start < start and m.type == "PER" and m.text.casefold().split()[-1:] == [surname]:
                    return m.entity or _name_id(m)
            # Many naming customs refer back by another word of the full name: the given name
            # (Thai, Ethiopian, Indonesian, Malay: "Paetongtarn", "Tedros", "Anwar"), the family
            # name written first (Chinese, Korean, Hungarian: "Xi", "Orban" after "Orban Viktor")
            if len(words) == 1 and surname not in self.titles:
                for m in reversed(self.mentions):
                    if m.start < start and m.type == "PER" and surname in m.text.casefold().split():
                        return m.entity or _name_id(m)
        # Any other body named in the phrase speaks for its owner ("the Office of the Attorney
        # General of Switzerland"); else a nationality ("the Thai army", "le gouvernement malien")
        # stands for its country. A person described by a title ("le ministre burkinabè") is
        # not the state: that phrase stays text.
        if any(w in self.titles for w in words):
            return None
        for m in inside:
            if m.entity and m.type in ("ORG", "LOC"):
                return m.entity
        if self.demonym is not None and len(words) <= 6:
            for w in words:
                country = self.demonym(w)
                if country:
                    return country
        return None

    def _epithet(self, phrase: str, start: int) -> str | None:
        """'the Spaniard said', 'the 54-year-old told reporters', 'a lancé le Néerlandais': news
        refers back to the person it has just spoken of by nationality or age. The last person
        who spoke or was a subject; None for any other phrase."""
        m = EPITHET.fullmatch(phrase)
        if m is None or not self.history or self.history[-1].start >= start:
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
        return last.entity or _name_id(last)

    def _modifies(self, first: Mention, second: Mention) -> bool:
        """Whether only lower-case title words stand between two names ("Hamas official Basem")."""
        words = self.body[first.end:second.start].split()
        return bool(words) and all(w.islower() and w not in FUNCTION_WORDS for w in words) \
            and any(w in self.titles for w in words)

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
        return (last.entity or _name_id(last)) if last else None

    def _relative_antecedent(self, start: int, text: str) -> tuple[int, int] | None:
        """'la dernière version de l'accusé, qui a persisté à prétendre que …': a relative pronoun as
        the speaker stands for the noun phrase right before its comma, the nearest one (from its
        last determiner), or the name there."""
        if text.strip(STRIP).casefold() not in ("qui", "who"):
            return None
        window = self.body[max(0, start - 80):start]
        comma = re.search(r",\s*$", window)
        if comma is None:
            return None
        before = window[:comma.start()]
        starts = [m.start() for m in NP_START.finditer(before)]
        chosen = None
        for k in range(len(starts) - 1, -1, -1):
            phrase = before[starts[k]:]
            if not phrase.strip() or len(phrase.split()) > 8 or re.search(r"[,;:.!?«»“”\"]", phrase):
                break
            chosen = starts[k]
            # "le ministre de la Justice, qui": the complement of a title belongs to its phrase;
            # "la version de l'accusé, qui": the nearest noun phrase is the antecedent
            previous = before[starts[k - 1]:starts[k]] if k else ""
            if not (re.search(r"\b(?:de|du|des|of)\s*$|d['’]$", previous)
                    and any(w.strip(".,") in self.titles for w in previous.casefold().split())):
                break
        if chosen is None:
            return None
        offset = start - len(window) + chosen
        return offset, offset + len(before[chosen:].rstrip())

    def _attributive(self, text: str, start: int, m: Mention) -> bool:
        return attributive(text[:max(0, m.start - start)], text[m.end - start:], self.titles)

    def _before(self, text: str, start: int, m: Mention) -> str:
        """The phrase's words before `m`, less the titles and names right before it ("du
        président Donald Trump" -> "du"); nothing after a comma (an apposition starts afresh)."""
        head = text[:max(0, m.start - start)]
        if head.rstrip().endswith(","):
            return ""
        words = head.split()
        while words and (words[-1][:1].isupper() or words[-1].casefold() in self.titles):
            words.pop()
        return " ".join(words)

    def _named(self, person: Mention) -> Mention:
        """A role-only mention ("le chef de la diplomatie congolaise") is the person the article
        names with the same office of the same country, when there is exactly one."""
        if not (person.entity or "").startswith("per:role:") or person.role is None:
            return person
        role = person.role
        named = {m.entity: m for m in self.mentions
                 if m.type == "PER" and m.entity and not m.entity.startswith("per:role:") and m.role is not None
                 and m.role.of == role.of and (m.role.office or m.role.title.casefold())
                 == (role.office or role.title.casefold())}
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
        offices = {(m.role.office or m.role.title.casefold(), m.role.of) for m in self.mentions
                   if m.entity == last.entity and m.role is not None}
        if offices - {(person.role.office or person.role.title.casefold(), person.role.of)}:
            return None
        words = self.body[max(0, person.start - 12):person.end].casefold().split()
        title_gender = self.phrase_gender(words[-6:]) if words else None
        known = self.gender.get(last.entity or "")
        return None if title_gender and known and title_gender != known else last

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
        return self.last_person

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
        # a word that makes the title another office must be in the role too: "le Premier
        # ministre" is not "le ministre de l'Économie", "the deputy minister" not "the minister"
        modifiers = {w for w in words[1:] if w in TITLE_MODIFIERS}
        # first a role of a body the phrase names ("the UN chief"), then the title word alone
        # ("le président sur son réseau Truth Social")
        for strict in (True, False):
            for m in reversed(self.mentions):
                if m.start >= start or m.type != "PER":
                    continue
                for r in self.mentions:
                    if r.entity != m.entity or r.role is None:
                        continue
                    title = set(re.findall(r"[^\W\d_]+", r.role.title.casefold()))
                    if not modifiers <= title:
                        continue
                    if (r.role.of in named) if strict else bool(title & nouns):
                        return m.entity or _name_id(m)
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
        last = self.history[-1]
        if last.start >= start or (last.entity or "").startswith("per:role:"):
            return None
        # a name inside a quote in marks is what was said, not someone the text speaks of
        if any(m.type == "PER" and m.entity != last.entity and last.end <= m.start < start
               and not (former and any(a <= m.start < b for a, b in self.quoted)) for m in self.mentions):
            return None
        if not former and any(m.role is not None for m in self.mentions if m.entity == last.entity):
            return None
        title_gender = self.phrase_gender(words)
        known = self.gender.get(last.entity or "")
        if title_gender and known and title_gender != known:
            return None
        return last.entity or _name_id(last)

    def _by_office(self, phrase: str, inside: list[Mention], start: int) -> str | None:
        """'le chef du gouvernement' after 'le Premier ministre X', 'le chef de l'État mauritanien'
        after the Mauritanian president: another name of the office a person named before holds
        (of the country the phrase names, when it names one); None when the text names no one
        or more than one person with that office."""
        phrase = phrase.replace("’", "'")
        office = next((o for head, o in sorted(self.offices.items(), key=lambda h: -len(h[0]))
                       if re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", phrase)), None)
        if office is None:
            return None
        country = next((m.entity for m in inside if m.type == "LOC" and m.entity), None)
        if country is None and self.demonym is not None:
            country = next((c for w in phrase.split() if (c := self.demonym(w))), None)
        holders: list[Mention] = []
        for m in self.mentions:
            if m.start >= start or m.type != "PER" or not m.entity or m.entity.startswith("per:role:"):
                continue
            for r in (r.role for r in self.mentions if r.entity == m.entity and r.role is not None):
                held = r.office or self.offices.get(r.title.casefold().replace("’", "'"))
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
        if noun in self.bodies:  # "Auchan … the company said": the organisation the article is about
            named = Counter(m.entity for m in self.mentions if m.start < start and m.entity and m.type == "ORG")
            if named:
                return named.most_common(1)[0][0]
        return None

    def saw_subject(self, start: int, end: int) -> None:
        """A person named as a subject becomes the referent of a later 'il'/'he'; not one named
        in a complement ("le conseiller du président Donald Trump, Massad Boulos": Boulos)."""
        people = [m for m in self.inside(start, end) if m.type == "PER"]
        heads = [m for m in people if not COMPLEMENT.search(self._before(self.body[start:end], start, m))]
        phrase = self.body[start:end].strip(STRIP)
        words = phrase.casefold().split()
        bodies = [m for m in self.inside(start, end) if m.type in ("ORG", "LOC") and m.entity]
        if heads or people:
            self._saw((heads or people)[0])
            self.body_subject = None
        elif bodies and bodies[0].start - start <= 4 and not COMPLEMENT.search(self.body[start:bodies[0].start]):
            self.body_subject = bodies[0]  # "La Commission européenne a proposé …" (its first words)
        elif words and words[0] in INDEFINITE and self._unnamed_person(words):
            # "Interrogé par l'AFP, un diplomate occidental juge … « … », confie-t-il"
            self.unnamed = (end, phrase, self.phrase_gender(words))
        elif (sex := self._first_name(phrase)) is not None:
            # "Lydia, une cliente régulière, a salué …" (a first name the entity stage did not
            # type as a person, then what she is): the phrase a later "elle" refers to
            self.unnamed = (end, phrase, sex)
        elif self.last_person is None and not self.inside(start, end) and self._definite_title(words) and \
                not any(m.type == "PER" and re.fullmatch(r",\s*", self.body[m.end:start]) for m in self.mentions):
            # (not an apposition to a name: "Marc Lenoir, l'avocat de la défense, a pris la parole")
            self.titled = (end, phrase, self.phrase_gender(words))
        elif not self.inside(start, end) and GROUP.fullmatch(phrase) and \
                words[0] not in PRONOUNS | PLURAL_PRONOUNS:
            # "Les pays du Sud ont exprimé leur frustration. Ils soulignent que …" (the pronoun
            # itself, "Ils", is no group: it refers to one)
            self.plural = (end, self.body[start:end].strip(STRIP))


def _name_id(m: Mention) -> str:
    return "name:" + m.text.casefold()
