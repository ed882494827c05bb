"""The English side of `roles_titles.TitlePatterns`: what stands before and after an English title
that says what the title is of or belongs to it. `EnglishTitles` is mixed into `TitlePatterns`,
whose `_english` reads a title with these helpers:

- a name before the title (`_prefix`): "Mali's foreign minister", "IOC president", "Bank of England
  Governor" (`_body_of_place`), "McGill University political science professor", "France's World
  Cup-winning manager";
- another title and its holder after "to/for/of" (`_titled_name_en`: "an adviser to President X"), or
  an office served that names no one (`_titled_office_en`: "an adviser to the prime minister,");
- the canonical office of a head with its modifier (`_en_office`: "Foreign Minister").

`_id` and `_demonym` name what a title is of, on both sides. Written from general knowledge of
English news grammar; matching runs on the same-length folded copy of the body (see `roles_titles`).
"""

from __future__ import annotations

import re

from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_context import MID_SENTENCE, NO_NAME_AFTER, named_mid_sentence, party_named
from veille.stages.entities.text import fold, slug

_TITLED_EN = re.compile(r"\s+(?:to|for|of)\s+")  # before another title and its holder
_SERVED_EN = re.compile(r"\s+(?:to|for|of)\s+the\s+")  # before the title of an office served
_EN_FIELD = re.compile(r"\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+$")
# A capitalised name ending right before an English title ("Conservative Party leader").
_EN_WORD = r"[A-Z][\w&]*(?:\.[A-Z]\.?|\.(?=\s)(?<=\b[A-Z]\.))*(?:-[A-Z][\w&]*)*"
# "ex-" fused to the name ("Ex-Acme CEO", "the ex-Chelsea manager") says the title is a past one, of
# the name after it, and marks that name as one whatever its place in the sentence.
_EN_PREFIX = re.compile(rf"(?<![\w'’])(?P<ex>[Ee]x-)?(?P<name>{_EN_WORD}(?:[ \t]+{_EN_WORD})*)"
                        r"(?:['’]s|(?<=s)['’])?[ \t]+$")
# English closed-class words and calendar words: a capitalised one opens a sentence or a date.
EN_FUNCTION = {"the", "a", "an", "on", "in", "at", "as", "and", "but", "or", "so", "if", "when", "while",
                "after", "before", "since", "then", "for", "with", "by", "from", "to", "of", "his", "her",
                "their", "its", "our", "this", "that", "these", "those", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
                "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
                "dr", "said", "says", "told"}
# A day word closing a name ("OMS lundi", "WHO Monday", "l'ONU hier"): the weekdays and the deictic
# days of both languages (closed classes), with the time of day they may take; no name ends with one.
DATE_TAIL = re.compile(r"[ \t]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|demain"
                       r"|avant-hier|après-demain|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                       r"|yesterday|today|tomorrow|tonight)(?:[ \t]+(?:matin|soir|après-midi|morning|evening"
                       r"|afternoon|night))?)$")
# Capitalised words, then "of (the)", right before a place's name: "Bank of England", "University of Chicago".
_NAME_OF_PLACE = re.compile(r"(?<![\w'’.-])(?P<words>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+of[ \t]+"
                            r"(?:the[ \t]+)?$")
# Where a sentence, a line or a quotation opens, right before a word.
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n«“\"(])[ \t]*$")
# A capitalised word right before a name, in the same run of words ("Credit" before "Suisse").
CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])(?P<w>[A-Z][\w&-]*)[ \t]+$")
# A compound modifier that qualifies a title, its first part a name ("World Cup-winning manager",
# "Oscar-winning actor", "Paris-based lawyer"): what the title is of is named before it.
# An acronym in parentheses right before a title ("(RNC) Chairman").
ACRONYM_IN_PARENS = re.compile(r"(?<=[ \t])\([A-Z][A-Za-z&.]{1,9}\)[ \t]+$")
_COMPOUND_MODIFIER = re.compile(r"(?<![\w'’-])(?:[A-Z][\w]*[ \t]+){0,3}[A-Z][\w]*-(?:winning|born|based|led|backed"
                                r"|owned|run|trained|funded|bound|elected)[ \t]+$")


# Abbreviated titles before a name, as AP style and the English press write them ("Sen. X, D-Mass.",
# "Gov. X", "Lt. Gen. X", "Atty. Gen. X"), with the words they stand for: gold and users read the
# title in full ("Col." is a colonel). Two-word forms first. From the AP Stylebook's list of titles
# abbreviated before a full name (military ranks, legislators, governors) and the British press's ("Supt.");
# "Sens.", "Reps.", "Govs." are plurals, which list their holders.
ABBREVIATED = {
    "Lt. Gen.": "lieutenant general", "Maj. Gen.": "major general", "Brig. Gen.": "brigadier general",
    "Lt. Col.": "lieutenant colonel", "Rear Adm.": "rear admiral", "Vice Adm.": "vice admiral",
    "Lt. Gov.": "lieutenant governor", "Atty. Gen.": "attorney general", "Staff Sgt.": "staff sergeant",
    "Sgt. Maj.": "sergeant major", "Det. Sgt.": "detective sergeant", "Det. Supt.": "detective superintendent",
    "Sen.": "senator", "Sens.": "senator", "Rep.": "representative", "Reps.": "representative",
    "Gov.": "governor", "Govs.": "governor", "Gen.": "general", "Col.": "colonel", "Lt.": "lieutenant",
    "Maj.": "major", "Capt.": "captain", "Cmdr.": "commander", "Adm.": "admiral", "Brig.": "brigadier",
    "Sgt.": "sergeant", "Cpl.": "corporal", "Pvt.": "private", "Spc.": "specialist", "Det.": "detective",
    "Supt.": "superintendent", "Insp.": "inspector", "Atty.": "attorney",
}
_ABBREVIATED = re.compile(
    r"(?<![\w.'’-])(?P<abbr>" + "|".join(re.escape(a).replace(r"\ ", r"[ \t]+")
                                         for a in sorted(ABBREVIATED, key=len, reverse=True))
    + r")[ \t]+(?=[A-Z])")


# "European" right before an English title, with at most two lowercase words of its field between them.
_EUROPEAN = re.compile(r"(?<![\w'’-])European[ \t]+(?P<field>(?:[a-z][\w-]*[ \t]+){0,2})$")
# "and (the)" and capitalised words after an English portfolio: a second one ("of Health and Social Affairs").
_AND_PORT_EN = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?(?P<words>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})")
# What follows a title's last word: punctuation, the end, or a space before a name.
NAME_OR_END = re.compile(r"[ \t]*(?:[,;:(]|\.(?:\s|$)|$)|[ \t]+(?=[A-Z])")
# Adjectives of continents and regions: one of them before a title is no organisation's name ("a
# European envoy", "an African diplomat"); "European" before a commissioner is `_commissioner`'s.
# Words whose "'s" is a verb's ("It's", "That's", "Here's") or that own no office ("Today's"): the
# English pronouns, demonstratives, wh-words and deictic time nouns (closed classes of the grammar).
_NOT_OWNERS = {"it", "that", "this", "there", "here", "what", "who", "where", "when", "how", "why", "let",
               "he", "she", "everyone", "everybody", "someone", "somebody", "nobody", "one", "today",
               "yesterday", "tomorrow", "tonight", "year", "week", "month", "season", "last", "next"}
_REGION_ADJECTIVES = {"european", "african", "asian", "arab", "nordic", "baltic", "scandinavian", "caribbean",
                      "latin", "western", "eastern", "northern", "southern", "central", "international", "regional",
                      "federal", "national", "global"}


def entity_id(cand: Candidate, body: str) -> str:
    """What a title is of, named by an id: the gazetteer entry's, else a provisional one from the name
    (the public form of `TitlePatterns._id`, for the modules that read owners; entities@70)."""
    if cand.entry is not None:
        return cand.entry.id
    return f"{cand.type.lower()}:{slug(body[cand.start:cand.end])}"  # its provisional id


class EnglishTitles:
    """English helpers of `TitlePatterns`, which sets these attributes in its `__init__`."""

    gaz: Gazetteer
    en: re.Pattern[str]  # an English title: determiner, modifiers, nationality, head
    en_heads: dict[str, str | None]  # folded head -> canonical office
    en_words: set[str]  # words of titles and their modifiers: no organisation's name
    name_openers: set[str]  # those of them that open names the gazetteer lists ("New")
    org_heads: set[str]  # "Department", "Ministry": a run ending with one is a body
    en_modifiers: set[str]  # words before a head that may also open a body's name ("State", "Justice")

    def _abbreviated(self, body: str, by_start: dict[int, Candidate]) -> list[tuple[re.Match[str], str]]:
        """Abbreviated titles right before a person's name ("Sen. X", "Lt. Gen. X"), each with the
        title in full; a plural ("Sens. X and Y") lists its holders. Only before a name: "Gen Z",
        "the Rep. of Korea" and a sentence's last word are none."""
        out = []
        for m in _ABBREVIATED.finditer(body):
            holder = by_start.get(m.end())
            if holder is not None and holder.type == "PER":
                out.append((m, ABBREVIATED[re.sub(r"[ \t]+", " ", m.group("abbr"))]))
        return out

    def _commissioner(self, body: str, start: int, head: str) -> tuple[str, tuple[int, int], int] | None:
        """The European Commission, what "European" before a commissioner names ("European
        Commissioner for Trade", "the European competition commissioner"), with the field in
        lowercase between them and where "European" starts; else None."""
        eu = _EUROPEAN.search(body, max(0, start - 40), start) if head.startswith("commissioner") else None
        commission = self.gaz.lookup("European Commission") if eu is not None else None
        if eu is None or commission is None:
            return None
        return commission.id, eu.span("field"), eu.start()

    def _en_office(self, folded: str, m: re.Match[str]) -> str | None:
        """The canonical office of an English title: its head's, else that of the head with the
        modifier right before it ("Foreign Minister": the modifiers read "foreign" apart)."""
        office: str | None = self.en_heads[m.group("head")]
        word = re.search(r"([a-z]+)[\s-]+$", folded[m.start("pre"):m.start("head")])
        if office is None and word is not None:
            office = self.en_heads.get(f"{word.group(1)} {m.group('head')}")
        return office

    def _opens_name(self, tokens: list[tuple[int, str]], i: int, body: str, at: int) -> bool:
        """Whether the i-th word (at `at` in `body`), a title's modifier, opens the name it stands in
        ("New" before "York"). A sentence's first word is capitalised whatever it is: there the word
        stays the title's tenure ("New Bundesbank President X"), as it was."""
        if _SENTENCE_START.search(body, 0, at) is not None:
            return False
        w = tokens[i][1]
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if not (w[:1].isupper() and fold(w) in self.name_openers and nxt[:1].isupper()
                and fold(nxt) not in EN_FUNCTION | self.en_words):
            return False
        # a name the text also writes without the word is its own, the word its tenure ("New
        # Bundesbank President X" … "the Bundesbank"); "York" never stands alone in "New York"
        alone = re.compile(rf"(?<!{re.escape(w)}[ \t])(?<![\w-]){re.escape(nxt)}(?![\w-])")
        if alone.search(body) is not None:
            return False
        # an organisation the gazetteer knows after it keeps its own name; a place it knows may be a
        # longer one's end ("New Jersey")
        rest = self.gaz.lookup(" ".join(t for _, t in tokens[i + 1:]))
        return rest is None or rest.type != "ORG"

    def _prefix(self, body: str, start: int, by_end: dict[int, Candidate], through_field: bool = True
                ) -> tuple[str, tuple[int, int]] | None:
        """The organisation or country named right before an English title, with its span."""
        paren = ACRONYM_IN_PARENS.search(body, max(0, start - 16), start)
        if paren is not None and (found := self._prefix(body, paren.start(), by_end, through_field)) is not None:
            # "Republican National Committee (RNC) Chairman X": the acronym English gives a body after
            # its name's first mention stands between that name and the title
            return found
        mod = _COMPOUND_MODIFIER.search(body, max(0, start - 60), start) if through_field else None
        if mod is not None and (found := self._prefix(body, mod.start(), by_end, through_field=False)) is not None:
            # "France's World Cup-winning manager": a compound modifier stands between the owner and the title
            return found
        for gap in (1, 3, 4):
            c = by_end.get(start - gap)
            if c is None:
                continue
            between = body[c.end:start]
            word = CAPITAL_BEFORE.search(body, max(0, c.start - 30), c.start)
            if word is not None and fold(word.group("w")) not in EN_FUNCTION | self.en_words:
                # "Credit Suisse ex-CEO": the place the gazetteer knows ends a longer name, read whole below
                break
            if word is not None and re.fullmatch(r"(?:['’]s)?\s+", between) \
                    and self._opens_name([(0, word.group("w")), (0, body[c.start:c.end])], 0, body, word.start("w")):
                # "New Jersey Governor X": the known "Jersey" ends a longer name a modifier opens
                name = body[word.start("w"):c.end]
                entry = self.gaz.lookup(name)
                return (entry.id if entry is not None else f"org:{slug(name)}"), (word.start("w"), c.end)
            whole = self._body_of_place(body, c.start) if c.type != "PER" else None
            if whole is not None and re.fullmatch(r"(?:['’]s)?\s+", between):
                # "Bank of Japan Governor X", "The Bank of England's governor" (a place the gazetteer does
                # not know is typed ORG): the place after "of" ends a body's name, which the title is of
                name = body[whole:c.end]
                entry = self.gaz.lookup(name)
                return (entry.id if entry is not None else f"org:{slug(name)}"), (whole, c.end)
            if re.fullmatch(r"['’]s\s+", between) or (c.type != "PER" and re.fullmatch(r"\s+", between)):
                return self._id(c, body), (c.start, c.end)
        # an organisation, then the field in lowercase: "McGill University political science professor"
        field = _EN_FIELD.search(body, max(0, start - 60), start) if through_field else None
        if field is not None and not set(field.group("words").split()) & EN_FUNCTION:
            found = self._prefix(body, field.start() + 1, by_end, through_field=False)
            entry = self.gaz.entries.get(found[0]) if found is not None else None
            # an organisation's, not a place's: "Russia met President X" names no field
            if found is not None and not found[0].startswith(("per:", "loc:")) \
                    and (entry is None or entry.type == "ORG"):
                return found
        seq = _EN_PREFIX.search(body, 0, start)
        if seq is None:
            return None
        tokens = [(t.start(), t.group()) for t in re.finditer(r"\S+", seq.group("name"))]
        # The name starts after the last title or function word ("Former FIFA" -> "FIFA"), but a
        # modifier that opens names, capitalised before a word no title list has, is the name's
        # first word ("New York Governor X"; "new" stays a modifier in "the new FIFA president")
        cut = max((i + 1 for i, (_, w) in enumerate(tokens)
                   if fold(w) in EN_FUNCTION
                   or (fold(w) in self.en_words
                       and not self._opens_name(tokens, i, body, seq.start("name") + tokens[i][0]))),
                  default=0)
        if cut < len(tokens) and len(tokens) - cut == 1 and tokens[-1][1] in self.org_heads:
            # "State Department", "Justice Ministry": a body's name keeps the word before its head
            cut = max((i + 1 for i, (_, w) in enumerate(tokens[:-1])
                       if fold(w) in EN_FUNCTION or fold(w) in self.en_words - self.en_modifiers), default=0)
        words = [w for _, w in tokens[cut:]]
        # "Apple's chief executive X", "Zorblax's new CEO X": one capitalised word with the possessive
        # "'s" owns the title even where it opens the sentence (a common noun there takes an article:
        # "The company's chief executive"), unless "'s" is a verb's ("It's") or the word a time's
        owner = (len(words) == 1 and cut == 0 and seq.group().rstrip()[len(seq.group("name")):] in ("'s", "’s")
                 and fold(words[0]) not in _NOT_OWNERS)
        if not words or (len(words) < 2 and not owner and not (words[0].isupper() and len(words[0]) >= 2) and cut == 0
                         and not seq.group("ex")
                         and not MID_SENTENCE.search(body, 0, seq.start("name") + tokens[cut][0])
                         and not self._named_body(words[0])
                         and not (named_mid_sentence(body, words[0]) and self._demonym(words[0]) is None)):
            # one capitalised word may open the sentence; an acronym, a word after a comma or
            # after a lowercase word, a word after a function word or a title's modifier that
            # opens the sentence itself ("The Bundesbank president", "New Bundesbank President"),
            # a place or body the gazetteer knows ("Kremlin spokesman X") or a word the text
            # capitalises alone inside a sentence, no nationality ("Arsenal manager X … lifted Arsenal") may not
            return None
        if len(words) == 1 and fold(words[0]) in _REGION_ADJECTIVES:
            return None  # "a European envoy", "the African diplomat": an adjective, no name
        span = (seq.start("name") + tokens[cut][0], seq.end("name"))
        whole = self._body_of_place(body, span[0]) if cut == 0 else None
        if whole is not None:
            # "Bank of England Governor X", "University of Chicago professor X": capitalised words and
            # "of" before the name make it a longer one, a body's, which the title is of (not the place)
            span, words = (whole, span[1]), [*body[whole:span[0]].split(), *words]
        name = body[span[0]:span[1]]
        if not through_field and any(c.type == "PER" and c.start <= span[0] and span[1] <= c.end
                                     for c in by_end.values()):
            # a person, then lowercase words, then the title: "X was elected president", "X became
            # chairman", "X was named head coach": the words are a verb whose subject is X, not the
            # field of an organisation called X
            return None
        # a surname standing alone ("Platini's lawyer"): the person the text named in full
        person = next((c for c in by_end.values() if c.type == "PER" and c.end < span[0]
                       and fold(body[c.start:c.end]).split()[-1] == fold(name)), None)
        if person is not None and len(words) == 1:
            return self._id(person, body), span
        entry = self.gaz.lookup(name) or self.gaz.lookup(name.replace(".", ""))  # "U.N." is "UN"
        party = party_named(name, by_end.values(), body) if entry is None and len(words) == 1 else None
        if party is not None:  # "Liberal candidate X" in an article that names the Liberal Party
            return self._id(party, body), span
        return (entry.id if entry is not None else f"org:{slug(name)}"), span

    def _body_of_place(self, body: str, start: int) -> int | None:
        """Where a body's name starts whose "of" a place's name at `start` completes ("Bank of" before
        "England"), when its capitalised words are no title's and no function words."""
        whole = _NAME_OF_PLACE.search(body, max(0, start - 40), start)
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", whole.group("words"))] if whole else []
        while words and fold(words[0][1]) in EN_FUNCTION:  # "The Bank of England's governor"
            words = words[1:]
        if whole is None or not words or any(fold(w) in EN_FUNCTION | self.en_words for _, w in words):
            return None
        return whole.start() + words[0][0]

    def _joined_port_en(self, body: str, end: int, by_start: dict[int, Candidate]) -> tuple[int, int] | None:
        """The span of a second portfolio joined by "and" to an English minister's first ("Minister of
        Health| and Social Affairs, X"): one to three capitalised words, up to the person named after
        them, none a person's, a place's or a name the gazetteer knows (a portfolio the lexicon lacks
        is written as portfolios are); else None."""
        joined = _AND_PORT_EN.match(body, end)
        if joined is None:
            return None
        at, stop = joined.start("words"), joined.start("words")
        for w in re.finditer(r"\S+", joined.group("words")):
            c = by_start.get(at + w.start())
            if c is not None and (c.type in ("PER", "LOC") or c.entry is not None) \
                    and not self._lone_capital(body, c, by_start):
                break
            stop = at + w.end()
        return (at, stop) if stop > at and (NAME_OR_END.match(body, stop) or stop in by_start) else None

    @staticmethod
    def _lone_capital(body: str, c: Candidate, by_start: dict[int, Candidate]) -> bool:
        """Whether a one-word person's name inside a portfolio is no one's: a capitalised common
        noun the recogniser took for a name ("Minister of Trade and Industry"). A surname stands
        alone for a person the text names in full; a word no other name holds, no gazetteer entry
        and no place is the portfolio's."""
        word = body[c.start:c.end]
        if c.type != "PER" or c.entry is not None or not word.isalpha() or " " in word:
            return False
        return not any(o is not c and o.type == "PER" and word in body[o.start:o.end].split()
                       for o in by_start.values())

    def _titled_office_en(self, body: str, folded: str, end: int) -> int | None:
        """The end of "to/for/of the <title>" after an English title, when the inner title is in
        lowercase, no name follows it and it says nothing of what it is of ("an adviser to the
        prime minister,"); else None."""
        prep = _SERVED_EN.match(folded, end)
        inner = self.en.match(folded, prep.end()) if prep is not None else None
        if inner is None or inner.group("pl") or inner.group("dem1") or not body[inner.start():inner.end()].islower():
            return None
        return inner.end() if NO_NAME_AFTER.match(body, inner.end()) else None

    def _named_body(self, word: str) -> bool:
        """Whether the gazetteer (or its type-only names) knows `word` as a place or an organisation."""
        entry = self.gaz.lookup(word)
        return (entry.type if entry is not None else self.gaz.type_of(word)) in ("ORG", "LOC")

    def _titled_name_en(self, folded: str, end: int, by_start: dict[int, Candidate]) -> Candidate | None:
        """The person named right after "to/for/of" and another English title ("to President X")."""
        prep = _TITLED_EN.match(folded, end)
        inner = self.en.match(folded, prep.end()) if prep is not None else None
        if inner is None or inner.group("pl") or inner.group("det"):
            return None
        gap = re.compile(r"[ \t]+(?:(?:mr|mrs|ms|dr)\.?[ \t]+)?").match(folded, inner.end())
        holder = by_start.get(gap.end()) if gap is not None else None
        return holder if holder is not None and holder.type == "PER" else None

    # what a title is of, named by an id: the French side uses these too
    def _demonym(self, word: str | None) -> str | None:
        return self.gaz.country_of_demonym(word) if word else None

    def _id(self, cand: Candidate, body: str) -> str:
        cut = DATE_TAIL.search(body, cand.start, cand.end) if cand.entry is None else None
        if cut is not None and cut.start() > cand.start:
            # "le directeur général de l'OMS lundi", "the head of the WHO Monday": a day word the
            # recogniser ran into the organisation's name dates the sentence; the title is of the
            # name before it (the gazetteer's, else one named from that part)
            name = body[cand.start:cut.start()]
            entry = self.gaz.lookup(name)
            return entry.id if entry is not None and entry.type != "PER" else f"{cand.type.lower()}:{slug(name)}"
        return entity_id(cand, body)
