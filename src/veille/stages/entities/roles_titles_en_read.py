"""The English side of `roles_titles.TitlePatterns.find`: `_english` reads an English title found by
the pattern `en` (modifiers, a nationality or a possessive name before the head, a portfolio after
"of/for", how long the office has been held, "of/at/with" and the body the title is of, a complement
that is the title's own). Its helpers are `roles_titles_en.EnglishTitles`'; `TitlePatterns` sets the
patterns declared here in its `__init__`. Split off `roles_titles.py` without a change of output
(eighteenth session) when that module neared the size limit.
"""

from __future__ import annotations

import re

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_context import EN_COMPLEMENT, HELD_EN, REPUBLIC, located, one_word_of
from veille.stages.entities.roles_title_match import TitleMatch, acronym_after, sentence_part, stated
from veille.stages.entities.roles_titles_en import ACRONYM_IN_PARENS, CAPITAL_BEFORE, EN_FUNCTION, EnglishTitles
from veille.stages.entities.text import fold, slug

_OF_EN = re.compile(r"\s+(?:of the|of|for the|for)\s+")
_AT_EN = re.compile(r"(?:\s+of(?:\s+[a-z][\w-]*){1,4})?\s+at\s+(?:the\s+)?(?=[A-Z])")
# How long an office has been held, after an English title ("minister of 10 years", "president for
# three decades", "coach of more than a decade"): a time, never what the office is of.
_TENURE_EN = re.compile(
    r"\s+(?:of|for)\s+(?:(?:more\s+than|nearly|almost|about|around|some|over|just|under|less\s+than|the\s+past"
    r"|the\s+last|a\s+few|several|many)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half\s+a|a\s+quarter(?:\s+of\s+a)?)?[\s-]*"
    r"(?:years?|decades?|months?|weeks?|century|terms?)(?:['’]\s+standing)?(?![\w-])"
    # then punctuation or a lowercase word: "the chief of Ten Years Foundation" names a body
    r"(?=\s*[,;:.)!?]|\s+[a-z]|\s*$)")
# "an analyst with Northwind Capital", "a senior fellow with the Brookings Institution": "with" names
# the employer of a staff or research post, not of an office ("the president with his wife").
# The heads whose complement after "of"/"for" is a portfolio even in lower case, as the British press
# writes a Secretary of State's ("the secretary of state for work and pensions", "minister for
# health"; entities@97): any other head's lower-case complement may be a company's field ("chief
# executive of energy group X"), read by the title's "of" instead.
_MINISTERIAL = re.compile(r"(?:minister|secretary)(?:\s+of\s+state)?", re.IGNORECASE)
_WITH_EN = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")
_EMPLOYED_WITH = {"analyst", "economist", "strategist", "researcher", "research fellow", "fellow", "senior fellow",
                  "scientist", "consultant", "lawyer", "attorney", "official", "spokesperson", "spokesman",
                  "spokeswoman", "adviser", "advisor", "expert", "specialist", "engineer", "partner", "associate",
                  "trader", "investigator", "organizer", "organiser", "correspondent", "reporter", "journalist",
                  "editor", "lecturer", "professor", "officer", "campaigner", "activist",
                  "portfolio manager", "fund manager", "negotiator", "coordinator"}
# A country's body named in lowercase after its possessive: "Ghana's electoral commission".
_OWNED_BODY = re.compile(r"['’]s(?:\s+[a-z][\w-]*){1,3}(?=\s*,)")
# ... or qualified by it: "the head of the UN nuclear watchdog, X".
_NAMED_BODY = re.compile(r"(?:\s+[a-z][\w-]*){1,3}(?=\s*,)")
# A body's name that ends with "of (the)" and another name: "Bank of Japan", "University of Chicago";
# not a state's or a territory's long form ("the State of Israel", "the Kingdom of Saudi Arabia",
# "the City of London"): the place itself is what the office is of.
_BODY_OF_NAME = re.compile(r"(?:[A-Z][\w&'-]*[ \t]+){0,2}(?!(?:State|States|Kingdom|Republic|Principality|Emirate"
                           r"|Emirates|Sultanate|Federation|Commonwealth|Union|Duchy|Territory|Territories|Province"
                           r"|Region|Island|Islands|Isle|City|County|District|Government|Realm|Confederation)[ \t])"
                           r"[A-Z][\w&'-]*[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z].*")
# An English name that follows "of the" (not already found): "the International Olympic Committee".
_EN_ORG = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?P<org>[A-Z][\w'&.-]*(?:\s+(?:of|for|and|de|the)?\s*[A-Z][\w'&.-]*)*)")


class EnglishReading(EnglishTitles):
    """`_english`, mixed into `TitlePatterns`, which sets these attributes in its `__init__`."""

    core_heads: set[str]  # the lexicon's own heads (folded); any other is the broad inventory's
    lowercase_heads: set[str]  # the general source's heads, read in lowercase only
    en_port: re.Pattern[str]  # an English portfolio after its head: "Minister of Health"
    en_mods_before: re.Pattern[str]  # modifiers ending right before a position ("former")
    en_dem_complement: re.Pattern[str]  # "for the Thai army": a demonym then a lowercase body

    def _english(self, m: re.Match[str], body: str, folded: str, by_start: dict[int, Candidate],
                 by_end: dict[int, Candidate], lang: str | None) -> TitleMatch | None:
        start = m.start()
        if m.group("head") in self.lowercase_heads and not body[m.start("head"):m.end("head")].islower():
            return None  # "Carpenter", "Cook": a capitalised noun of the general source is a name
        capital = any(body[i].isupper() for i in (m.start("head"), m.start("core"), m.start("pre")) if i < len(body))
        of = self._demonym(m.group("dem1"))
        of_span: tuple[int, int] | None = None
        of_whole = False
        if of is not None and not m.group("pre") and not m.group("det") and (
                (w := CAPITAL_BEFORE.search(body, max(0, start - 30), start)) is not None
                and fold(w.group("w")) not in EN_FUNCTION | self.en_words):
            # "Credit Suisse ex-CEO": a demonym that ends a longer name is no nationality
            of, start = None, m.start("core")
        pieces = [(m.start("pre"), m.end("pre")), (m.start("core"), m.end())]
        if of is None and not m.group("det") and (eu := self._commissioner(body, start, m.group("head"))) is not None:
            # "European Commissioner for Trade X", "the European competition commissioner, X"
            of, field, start = eu
            pieces.insert(0, field)
        if of is None and not m.group("det"):
            # A name before the title: "Mali's foreign minister", "IOC president", "Former FIFA president".
            found = self._prefix(body, start, by_end)
            if found is not None and re.fullmatch(r"[ \t]+", body[found[1][1]:m.start("head")]) \
                    and self._portfolio_before(body, found, m.group("head"), by_end):
                # "Railway Minister X", "Sanitation Minister X": a minister is a state's, so one
                # capitalised word before the head that names no place and no body the gazetteer
                # or the model knows is the portfolio, the title's (the state stays implicit); not
                # across a modifier: "Volta Regional Minister" is the Volta region's minister
                pieces.insert(0, found[1])
                start, found = found[1][0], None
            if found is not None:
                of, of_span = found
                of_whole = all((c.start, c.end) != of_span for c in by_end.values())
                start = of_span[0]
                mods = self.en_mods_before.search(folded, 0, start)
                if mods is not None and ACRONYM_IN_PARENS.search(body, max(0, m.start() - 16), m.start()):
                    # "National Farmers Federation (NFF) Chairman X" (entities@54): the acronym
                    # English gives a body stands for its whole name, so a capitalised word before
                    # the name the model found opens that name; it is no modifier of the title
                    # ("National Chairman" spliced across the name): the name is read whole
                    if body[mods.start()].isupper() and re.fullmatch(r"[ \t]+", body[mods.end() - 1:start] or " "):
                        of_span = (mods.start(), of_span[1])
                        whole = sentence_part(body[of_span[0]:of_span[1]])
                        entry = self.gaz.lookup(whole)
                        of = entry.id if entry is not None else f"org:{slug(whole)}"
                        of_whole, start = True, of_span[0]
                    mods = None
                if mods is not None:
                    pieces.insert(0, (mods.start(), mods.end()))
                    start = mods.start()
        if lang is None and not capital and of is None and m.group("det") is None:
            return None  # "president" in running French text is read as French
        end = stated_end = m.end()
        port_spans: list[tuple[int, int]] = []
        if (port := self.en_port.match(folded, end)) is not None and (
                body[port.start("port")].isupper() or _MINISTERIAL.fullmatch(m.group("head")) is not None):
            # "Minister of Health", "Secretary of State for Foreign Affairs": the portfolio is the title's
            end = stated_end = port.end()
            pieces.append((m.end(), end))
            port_spans.append((port.start("port"), port.end()))
            if (joined := self._joined_port_en(body, end, by_start)) is not None:
                # "Minister of Health and Social Affairs, X": a second portfolio joined to the first
                end = stated_end = joined[1]
                pieces[-1] = (m.end(), end)
                port_spans.append(joined)
        if (tenure := _TENURE_EN.match(body, end)) is not None:
            # "Chad's foreign minister of 10 years, X", "the president for three decades": how long
            # the office has been held, no body it is of; the name after it is the title's
            end = tenure.end()
        if of is None and (holder := self._titled_name_en(folded, end, by_start)) is not None:
            # "an adviser to President X, Y", "the lawyer for singer X, Y": the person another
            # title names is what this one is of; the name after is this title's
            of, end, of_span = self._id(holder, body), holder.end, (holder.start, holder.end)
        if of is None and (inner_end := self._titled_office_en(body, folded, end)) is not None:
            # "a senior adviser to the prime minister", "an aide to the president": the office
            # served, which no name follows, belongs to the title
            pieces.append((end, inner_end))
            end = stated_end = inner_end
        tail = _OF_EN.match(folded, end)
        if of is None and (tail is None or (tail.end() not in by_start and body[tail.end():tail.end() + 1].islower())):
            # "a professor (of global health) at Georgetown University": a field in lowercase, then
            # the institution after "at"
            tail = _AT_EN.match(body, end) or (_WITH_EN.match(body, end) if m.group("head") in _EMPLOYED_WITH
                                               else None) or tail
        if of is None and tail is not None:
            if tail.end() in by_start:
                c = by_start[tail.end()]
                of, end, of_span = self._id(c, body), c.end, (c.start, c.end)
                if (body_of := _OWNED_BODY.match(body, end)) is not None and c.type == "LOC":
                    # "the head of Ghana's electoral commission, X": the country's body, in lowercase,
                    # is the title's; the name after it is the title holder's
                    end = body_of.end()
                elif "the" in tail.group().split() and c.type in ("ORG", "LOC") \
                        and (body_of := _NAMED_BODY.match(body, end)) is not None:
                    # "the head of the UN nuclear watchdog, X": a body the name qualifies, in lowercase
                    end = body_of.end()
            elif (org := _EN_ORG.match(body, tail.end())) is not None and (len(
                    (name := self._before_person(sentence_part(org.group("org")), org.start("org"), by_start)
                     ).split()) >= 2 or one_word_of(body, org, name, EN_FUNCTION)):
                # the name ends with its sentence ("at Westbrook University. Northgate …") or where a
                # person's name begins ("Interim President of the Republic of Guinea Mamadi Doumbouya")
                org_end = org.start("org") + len(name)
                of_span, end = (org.start("org"), org_end), org_end
                of = f"org:{slug(body[org.start('org'):org_end])}"
                republic = REPUBLIC.fullmatch(folded, org.start("org"), org_end)
                state = by_start.get(republic.start("country")) if republic is not None else None
                if state is not None and state.end == org_end and state.type == "LOC":
                    # "the Republic of Guinea" is the country Guinea
                    of, of_span = self._id(state, body), (state.start, state.end)
                elif _BODY_OF_NAME.fullmatch(body, org.start("org"), org_end) is not None and any(
                        c.type != "PER" and org.start("org") < c.start and c.end == org_end for c in by_start.values()):
                    # "the governor of the Bank of Japan", "a professor at the University of Chicago":
                    # a body's name ends with the place the model found ("Japan"); the whole name is
                    # what the title is of, not the place
                    of_whole = True
        comp = EN_COMPLEMENT.match(body, end) if of is None else None
        if comp is not None and not set(comp.group("w").split()) & EN_FUNCTION:
            # "the head of the junta, Gen. X", "leader of the opposition X": the complement is the title's
            pieces.append((end, comp.end()))
            end = comp.end()
        elif of is None and (dc := self.en_dem_complement.match(folded, end)) is not None \
                and body[dc.start("w")].islower() and not set(dc.group("w").split()) & EN_FUNCTION:
            # "a spokesman for the Thai army, X", "the head of the Russian presidency": the
            # nationality gives `of`, the body in lowercase is the title's
            of = self._demonym(body[dc.start("dem"):dc.end("dem")])
            pieces.append((end, dc.start("dem")))
            pieces.append((dc.start("w"), dc.end()))
            end = dc.end()
        end = located(folded, end, by_start, HELD_EN)
        end = acronym_after(body, end) if of_span is not None else end
        title = re.sub(r"-\s+", "-", " ".join(stated(body, a, b) for a, b in pieces if b > a))
        return TitleMatch(start, pieces[0][0] if pieces[0][1] > pieces[0][0] else m.start("core"), end, stated_end,
                          title, of, m.group("det") is not None, self._en_office(folded, m), of_span,
                          m.group("pl") is not None, m.group("head") not in self.core_heads, tuple(port_spans),
                          of_whole)

    def _portfolio_before(self, body: str, found: tuple[str, tuple[int, int]], head: str,
                          by_end: dict[int, Candidate]) -> bool:
        """Whether the name `_prefix` found before a minister's head is the portfolio: one capitalised
        word, no gazetteer entry (a country, a known body), no demonym, no place or person the model
        found there, and no acronym ("EU Minister" names a body)."""
        of, (a, b) = found
        word = body[a:b]
        if not head.startswith("minister") or not of.startswith("org:") or not re.fullmatch(r"[A-Z][a-z]{3,}", word):
            return False
        c = by_end.get(b)
        if c is not None and c.start == a and (c.type in ("LOC", "PER") or c.entry is not None):
            return False
        return self.gaz.lookup(word) is None and self._demonym(word) is None and not self._named_body(word)

    @staticmethod
    def _before_person(name: str, start: int, by_start: dict[int, Candidate]) -> str:
        """`name` up to the first person's name inside it, trailing spaces and joiners cut."""
        for c in sorted(by_start.values(), key=lambda c: c.start):
            if c.type == "PER" and start < c.start < start + len(name):
                return re.sub(r"(?:\s+(?:of|for|and|de|the))*\s*$", "", name[:c.start - start])
        return name
