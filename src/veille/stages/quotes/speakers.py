"""Speaker resolution: from the phrase that names who spoke to an entity id (`quotes_of` feeds
it speaker phrases and sentence subjects in text order).

A person mention in the phrase is the speaker; a pronoun is the last person (or unnamed person,
or group) of its gender and number spoken of; a definite description ("the ministry", "le chef
du gouvernement", "the Spaniard") refers back; a body a nationality names speaks for its country.
"""

from __future__ import annotations

import re

from veille.model import Mention
from veille.stages.quotes.acronyms import by_acronym, by_inversion, by_short_name
from veille.stages.quotes.antecedents import Antecedents, name_id
from veille.stages.quotes.speaker_words import (
    ANAPHOR,
    BARE_NAME,
    CAPITALISED,
    COMPLEMENT,
    DEFINITE,
    FIRST_NAME,
    FOR,
    GROUP,
    INDEFINITE,
    LONG_ANAPHOR,
    NAMES_OFFICE,
    NP_START,
    OBJECT_BEFORE,
    OFFICE,
    PLURAL_PRONOUNS,
    POSSESSIVE,
    PRONOUNS,
    SOURCES,
    STRIP,
    UNMARKED_NAME,
)
from veille.stages.quotes.text import FUNCTION_WORDS

# "'s lawyer, " between two names: the first owns the noun the second is in apposition to
_POSSESSED = re.compile(r"['’]s?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s*(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?")


# the possessive determiners of English and French (closed classes)
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "son", "sa", "ses", "leur", "leurs"})


class Speakers(Antecedents):
    """Resolves speaker phrases to entity ids, remembering the last person for pronouns and
    the phrases already resolved for definite descriptions ("the ministry", "the statement")."""

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
        possessor = self._possessor_pronoun(text.strip(STRIP).casefold().split(), start, end)
        if possessor is not None:  # (quotes@48) "a transcript of her statement": as "she" would be
            return self.resolve(start, end, possessor, adds)
        found = self._resolve(start, end, text)
        phrase = text.strip(STRIP)
        # (quotes@45) "the FDA" after "the U.S. Food and Drug Administration": the body named in full
        expanded = (by_acronym(self.body, start, phrase, self.mentions)
                    or by_inversion(self.body, start, phrase, self.mentions, self.bodies)
                    or by_short_name(self.body, start, phrase, self.mentions)
                    ) if found is None else None
        if expanded is not None:
            found, phrase = expanded
        words = phrase.casefold().split()
        # (quotes@45) "it said" right after a body that spoke with no id ("the FDA", "Apple"): that body,
        # not an older organisation or place that has one
        if words[:1] == ["it"] and len(words) <= 2 and self.said and self.said[-1][1] is None and \
                self.name_spoke and self.said[-1][0] == self.name_spoke.casefold():
            found, phrase = None, self.name_spoke
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
        # (quotes@47) also over a named person the title matched, when the unnamed source came after their
        # last mention ("Mr Johnson said … His spokesman later said … "…," the spokesman said")
        if anaphor and self.unnamed is not None and \
                anaphor.group(1).casefold() in self.unnamed[1].casefold().replace(",", " ").split() and \
                (found is None or not any(m.entity == found and self.unnamed[0] <= m.start < start
                                          for m in self.mentions)):
            found, phrase = None, self.unnamed[1]
        elif found is None and anaphor and anaphor.group(1).casefold() in self.bodies and self.name_spoke:
            phrase = self.name_spoke
        elif found is None and BARE_NAME.fullmatch(phrase) and (
                self._proper(phrase) or CAPITALISED.fullmatch(phrase)):
            self.name_spoke = phrase
        elif found is not None and not self._person(found):
            # a person who speaks in between ("Zoom said … chief executive Eric Yuan said … The
            # company said") leaves the organisation as it was (quotes@15)
            self.name_spoke = ""
        if expanded is not None and expanded[0] is None:
            self.name_spoke = phrase
        # "Officials said … "…," they said": a plural pronoun is the group that spoke last, when
        # no person was named since
        if words and words[0] in PLURAL_PRONOUNS and self.plural is not None:
            at, group = self.plural
            if not any(m.type == "PER" and at <= m.start < start for m in self.mentions):
                found, phrase = None, group
        elif found is None and not self.inside(start, end) and GROUP.fullmatch(phrase):
            self.plural = (end, phrase)
        self.said.append((phrase.casefold(), found))
        self.said_at.append(start)
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

    def _first_name(self, phrase: str) -> str | None:
        """The sex of "Lydia, une cliente" / "Karim, a shopkeeper": a given name of one sex, then an
        apposition with an indefinite article (the vox pop's way of naming a passer-by)."""
        m = FIRST_NAME.match(phrase)
        if m is None or self.markers is None:
            return None
        return self.markers.given.sex(m.group(1))

    def _unmarked_name(self, phrase: str) -> tuple[str, str] | None:
        """A full name the entity stage did not mark, in a subject ("Son homologue, Thérèse
        Wagner"): two to four capitalised words, the first a given name of one sex only."""
        if self.markers is None:
            return None
        for m in UNMARKED_NAME.finditer(phrase):
            words = m.group().split()
            # the name may follow capitalised title words ("Foreign Minister Therese Wagner")
            for i in range(len(words) - 1):
                sex = self.markers.given_name(" ".join(words[i:]))
                if sex is not None:
                    return " ".join(words[i:]), sex
        return None

    def _only_modifiers(self, start: int, end: int, name: str) -> bool:
        """Whether the mentions the entity stage marked in the subject body[start:end] all lie outside the
        unmarked `name`, none a person's: a place or a body that qualifies the title before the name or
        completes it after ("UK Prime Minister Theresa May", "Chancellor Jane Doe of the UK": quotes@47),
        or none (quotes@20)."""
        at = self.body.find(name, start, end)
        return at >= 0 and all(m.type != "PER" and (m.end <= at or m.start >= at + len(name))
                               for m in self.inside(start, end))

    def _stated_title(self, words: list[str], start: int) -> Mention | None:
        """The person a short definite title subject ("the chancellor", "la ministre") describes by the title
        stated for them (`_described`), at their last mention before `start`; None for anything else."""
        if not words or words[0] not in DEFINITE or len(words) > 4 or self.inside(start, start + len(" ".join(words))):
            return None
        eid = self._described(words, [], start)
        return next((m for m in reversed(self.mentions) if m.entity == eid and m.start < start), None) if eid else None

    def _relative(self, words: list[str]) -> str | None:
        """The sex of a relative named by a possessive and a kinship noun alone ("Her son", "sa fille",
        "their late mother"): a person the text does not name; None for anything else."""
        if self.markers is None or not 2 <= len(words) <= 3 or words[0] not in _POSSESSIVE_DETERMINERS:
            return None
        return self.markers.kin.get(words[-1].strip(".,;:"))

    def _unnamed_person(self, words: list[str]) -> bool:
        """An indefinite person ("a spokeswoman", "une source proche du dossier"); a definite title
        the article may have named ("the senator") is left to the people seen before."""
        return bool(words) and ((words[0] in INDEFINITE and any(w.strip(".,") in self.titles for w in words))
                                or any(w.strip(".,") in SOURCES for w in words))

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

    def _resolve(self, start: int, end: int, text: str) -> str | None:
        words = text.strip(STRIP + "-").casefold().split()
        latter = self._latter(" ".join(words), start)
        if latter is not None:
            self._saw(latter)
            return latter.entity or name_id(latter)
        # "he", "she further": a pronoun, with at most an adverb the incise left after it
        if words and words[0] in PRONOUNS and (len(words) == 1 or (len(words) == 2 and words[1].isalpha())):
            last = self._antecedent(words[0], start)
            if last is None and self.body_subject is not None and words[0] in ("il", "elle", "ils", "elles"):
                # no person to refer to: the organisation or state last a sentence's subject ("Le
                # Kremlin a rejeté la proposition. Il a estimé que …"; French pronouns have its gender)
                return self.body_subject.entity
            return (last.entity or name_id(last)) if last else None
        if words[:1] == ["it"] and len(words) <= 2:  # "it said": the organisation or state that spoke last
            kinds = {m.entity: m.type for m in self.mentions if m.entity and m.start < start}
            spoke = next((sid for _, sid in reversed(self.said) if sid and kinds.get(sid) in ("ORG", "LOC")), None)
            # else the one that was last a sentence's subject ("The Commission proposed … It said …")
            return spoke or (self.body_subject.entity if self.body_subject is not None else None)
        inside = self.inside(start, end)
        author = self._author(words, inside, start)
        if author is not None:
            return author
        people = [m for m in inside if m.type == "PER" and not self._attributive(text, start, m)]
        heads = [m for m in people if not COMPLEMENT.search(self._before(text, start, m))]
        if people and not heads:
            # "the office of Prime Minister X", "l'entourage de X" speak for X; "a person close to
            # Bayrou" is someone unnamed, the phrase stays text
            if OFFICE.match(text.strip(STRIP)):
                return people[0].entity or name_id(people[0])
            return None
        # a name before a title and another name modifies that title: "senior Hamas official Basem
        # Naim" (the group typed as a person), "Trump adviser Stephen Miller"; the person is the later one
        while len(heads) > 1 and (self._modifies(heads[0], heads[1]) or self._possessor(heads[0], heads[1])):
            heads = heads[1:]
        if heads:
            head = self._named(heads[0])
            self._saw(head)
            return head.entity or name_id(head)
        # The phrase is a name itself ("la Russie a déclaré", "the ECB"): the mention covers it all.
        core = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", text.strip(STRIP), flags=re.IGNORECASE)
        for m in inside:
            if m.entity and len(m.text) >= len(core) - 4:
                # (quotes@45) a first name the entity stage typed MISC ("regrette Lydia"), a given name of
                # one sex, speaks as a person: a later il/elle may refer to it
                sex = self.markers.given.sex(m.text.split()[0]) if self.markers is not None and \
                    m.type == "MISC" and m.text[:1].isupper() else None
                if sex is not None:
                    self.gender.setdefault(m.entity, sex)
                    self._saw(m)
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
            if referent is None and anaphor.group(1).casefold() not in self.titles:
                # (quotes@44) an epithet for the person the sentence before was about ("the fraudster")
                referent = self._topic_description(words, inside, start)
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
                    return m.entity or name_id(m)
            # Many naming customs refer back by another word of the full name: the given name
            # (Thai, Ethiopian, Indonesian, Malay: "Paetongtarn", "Tedros", "Anwar"), the family
            # name written first (Chinese, Korean, Hungarian: "Xi", "Orban" after "Orban Viktor")
            if len(words) == 1 and surname not in self.titles:
                for m in reversed(self.mentions):
                    if m.start < start and m.type == "PER" and surname in m.text.casefold().split():
                        return m.entity or name_id(m)
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

    def _possessor_pronoun(self, words: list[str], start: int, end: int) -> str | None:
        """(quotes@48) The English pronoun a statement phrase's possessive stands for ("her resignation
        statement": "she"), where the phrase names no person and no title stands between the possessive and
        the statement noun ("his lawyer's statement" is the lawyer's); None for anything else."""
        heads = [i for i, w in enumerate(words) if w.strip(".,;:") in self.statements]
        if not heads or any(m.type == "PER" for m in self.inside(start, end)):
            return None
        for k in heads:  # "a transcript of her statement": the possessive of either noun
            for i in range(k - 1, max(-1, k - 4), -1):
                if words[i] in ("his", "her"):
                    return {"his": "he", "her": "she"}[words[i]]
                if words[i] in self.titles or words[i] in self.bodies or words[i] in FUNCTION_WORDS or \
                        words[i].endswith(("'s", "’s")):
                    break
        return None

    def _author(self, words: list[str], inside: list[Mention], start: int) -> str | None:
        """(quotes@48) A statement named by its author speaks for them: "the full text of May's speech",
        "le discours d'Emmanuel Macron" (the person named after the statement noun), "le texte de son
        discours" (a French possessive before it, with no title between: "le communiqué de son avocat" is
        the lawyer's; French marks the noun's gender, not the possessor's, so it is the last person seen,
        else the last named;
        English "her statement" is read as "she", `_possessor_pronoun`). None where the phrase holds no
        statement noun."""
        heads = [i for i, w in enumerate(words) if w.strip(".,;:") in self.statements]
        if not heads:
            return None
        named = [m for m in inside if m.type == "PER"]
        if named:
            after = words[heads[0] + 1:]
            if any(w.strip(".,;:").removesuffix("'s").removesuffix("’s") in self.titles for w in after):
                return None  # "a statement from Trump's lawyer, John Smith": the title's holder, read below
            person = next((m for m in named if m.text.casefold().split()[-1] in
                           {w.strip(".,;:").removesuffix("'s").removesuffix("’s") for w in after}), None)
            return (person.entity or name_id(person)) if person is not None else None
        for k in heads:
            for i in range(k - 1, max(-1, k - 4), -1):
                if words[i] in ("son", "sa", "ses"):
                    named_before = [m for m in self.mentions if m.type == "PER" and m.end <= start]
                    last = self.last_person or (named_before[-1] if named_before else None)
                    return (last.entity or name_id(last)) if last is not None else None
                if words[i] in self.titles or words[i] in self.bodies or words[i] in FUNCTION_WORDS:
                    break
        return None

    def _modifies(self, first: Mention, second: Mention) -> bool:
        """Whether only lower-case title words stand between two names ("Hamas official Basem")."""
        words = self.body[first.end:second.start].split()
        return bool(words) and all(w.islower() and w not in FUNCTION_WORDS for w in words) \
            and any(w in self.titles for w in words)

    def _possessor(self, first: Mention, second: Mention) -> bool:
        """Whether the first name owns a noun the second stands in apposition to: "Tom Reed's
        lawyer, Anna Kim, said" is Anna Kim's statement (quotes@22). Lower-case words only between,
        and a title may open the apposition ("X's lawyer, the former senator Y"); "X's lawyer and Y" is
        left as it was."""
        m = _POSSESSED.fullmatch(self.body[first.end:second.start])
        return m is not None and all(w not in (FUNCTION_WORDS - {"of"}) | {"and", "or"} for w in m.group(1).split())

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
        # (quotes@46) a name right before the comma is the antecedent, alone or in apposition ("Anna
        # Kim, qui relève que …", "la présidente, Anna Kim, qui …"): the noun phrase search below
        # starts from a determiner and stops at the apposition's comma
        at = start - len(window) + len(before.rstrip())
        # not the complement of a noun ("la sœur d'Anna Kim, qui": the sister)
        named = [m for m in self.mentions if m.end == at and m.type in ("PER", "ORG") and not
                 re.search(r"(?:\b(?:de|du|des|of)\s+|\bd['’]\s*|['’]s\s+)$", self.body[max(0, m.start - 6):m.start],
                           re.IGNORECASE)]
        if named:
            return named[0].start, named[0].end
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
        elif (named := self._unmarked_name(phrase)) is not None and self._only_modifiers(start, end, named[0]):
            # "His counterpart, Therese Wagner, praised …" with the name unrecognised: the name, of
            # the sex its given name marks, is what a later pronoun of that sex refers to (quotes@20);
            # (quotes@47) a place or body before it qualifies the title ("UK Prime Minister Theresa
            # May"): the subject is the person, not the place
            self.unnamed = (end, *named)
        elif bodies and bodies[0].start - start <= 4 and not COMPLEMENT.search(self.body[start:bodies[0].start]):
            self.body_subject = bodies[0]  # "La Commission européenne a proposé …" (its first words)
        elif (titled := self._stated_title(words, start)) is not None:
            # (quotes@47) "The chancellor defended her choices. "…," she said": a definite title whose words
            # a person's stated title holds ("Chancellor Rachel Reeves", not the "Shadow chancellor" named
            # since) makes that person the subject a later pronoun refers to
            self._saw(titled)
            self.body_subject = None
        elif (kin := self._relative(words)) is not None:
            # (quotes@47) "Her son said … "…," he told Reuters": a relative the text does not name
            self.unnamed = (end, phrase, kin)
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
