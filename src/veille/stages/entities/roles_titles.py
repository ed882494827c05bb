"""Titles in a body: a head word from the inventory ("président", "ministre", "juge", "foreign
minister", "chief executive") with what news grammar puts around it (`TitlePatterns.find`):

- French: modifiers before and after ("ancien", "ex-", "sortant", "par intérim", "adjoint"), a
  nationality adjective ("le chef de la diplomatie malienne"), a portfolio or a complement
  ("des Affaires étrangères", "de la Transition", "du jury"), and last "de/du/des + a name",
  which is `of` ("présidente de la Banque centrale européenne");
- English: modifiers and portfolio words before the head ("former", "acting", "external affairs
  minister"), a nationality adjective or a possessive name before them ("the French president",
  "Mali's foreign minister", "IOC president"), "of (the) + a name" after ("president of the
  International Olympic Committee").

`title` is the title as the text states it, without the determiner and the `of` name ("cheffe
de la diplomatie", "ancien président"); `office` is the canonical office when the lexicon knows
one ("ministre des Affaires étrangères"), which the gazetteer's office holders use. Matching runs
on a same-length folded copy of the body, so case and accents do not matter and offsets stay
those of the body. Which name a title belongs to is `roles.find_roles`'s business.

The English side is read by `roles_titles_en_read.EnglishReading._english`, whose helpers (the name
before a title, another title after "to/for/of", the canonical English office) are
`roles_titles_en.EnglishTitles`; `TitlePatterns` mixes both in. `TitleMatch` and the text helpers
both sides share are `roles_title_match`'s.
"""

from __future__ import annotations

import re
from typing import Any

from veille.stages.entities.english_names import load_words
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_context import (
    HELD_FR,
    JOINED_PORT,
    NO_NAME_AFTER,
    PARTY_TAG,
    REPUBLIC_FR,
    WORD,
    located,
    party_named,
    party_run,
    qualified_body,
    word_end,
)
from veille.stages.entities.roles_inventory import heads, with_titles, wordnet_extra
from veille.stages.entities.roles_later import later_office
from veille.stages.entities.roles_title_match import TitleMatch, acronym_after, alt, stated
from veille.stages.entities.roles_titles_en import DATE_TAIL
from veille.stages.entities.roles_titles_en_read import EnglishReading
from veille.stages.entities.roles_words import (
    caption_body,
    commission_portfolio,
    election_participle,
    joined_portfolio,
    known_after,
    party_before_place,
    portfolio_tail,
    unknown_after,
    unlisted_portfolio,
    verb_homograph,
)
from veille.stages.entities.text import fold, fold_same_length, slug

# An acronym after "de" in a French title: capitals, not a Roman numeral ("Louis XIV", "du XXe siècle").
_FR_ACRONYM = re.compile(r"(?![IVXLCDM]+\b)[A-Z][A-Z&]{1,6}(?![\w'’-])")
# The heads a portfolio follows (folded): "la ministre déléguée à l'Autonomie".
_MINISTERS = {"ministre", "ministre delegue", "ministre deleguee", "ministre d'etat"}
_OF_FR = re.compile(r"\s*(?:du|de la|de l'|d'|des|de)\s*")
# The legal French "près" that ties a prosecutor or a court official to the court they sit at,
# with the court's article and no "de" ("procureur général près la Cour de cassation"; "près de",
# near, is none) (on folded text).
_AT_COURT = re.compile(r"\s+pres\s+(?:le\s+|la\s+|les\s+|l'\s*)")
# The field of an office after what it is of, in lowercase, up to the comma before the holder's
# name: "la haute représentante de l'UE pour les affaires étrangères, X", "le Haut-Commissaire
# des Nations unies aux droits de l'homme, X" (on folded text; a capitalised word is a place
# or a portfolio, read elsewhere; its first word a noun by the parse: "pour encore deux ans" is a
# time, no field; nor is a noun of a prepositional locution, "à l'issue du vote", "au cours de").
_LOCUTIONS = {"issue", "suite", "fin", "debut", "moment", "cours", "terme", "lendemain", "veille", "cote", "cotes",
              "occasion", "tete", "place", "lieu", "heure", "approche", "sortie", "demande", "initiative",
              "invitation", "exception", "image", "instar", "egard", "encontre", "origine", "nom",
              "sein", "titre", "niveau", "profit", "merci", "mesure", "faveur", "detriment", "lumiere"}
_FIELD_AFTER = re.compile(r"\s+(?:pour|aux|au|a la|a l')\s*(?:(?:les|la|le|l')\s*)?(?P<noun>[a-z][\w'-]*)"
                          r"(?:\s+(?:d'|l')?[a-z][\w'-]*){0,5}(?=\s*,)")
# A French complement that belongs to the title: "de la Transition", "des investissements".
_COMPLEMENT = re.compile(r"\s*(?:de l'\s*|d'\s*|a l'\s*|(?:du|de la|des|de|a la|au|aux)\s+)(?P<word>[^\W\d_][\w-]*)")
# A lowercase word right after a title's lowercase complement: an adjective of its field, where the parse says so.
_FIELD_ADJECTIVE = re.compile(r"[ \t]+(?P<adj>[a-zà-ÿ][\w-]*)")
# "à", "au", "aux" opening a complement.
# "de", "des", "du", "de la": the complement a field's adjective may follow (on folded text).
_FIELD_OF = ("de", "d'", "des", "du", "de la", "de l'")
# An election after "à" takes its adjective too: "candidat à l'élection présidentielle" (entities@113).
_ELECTIONS = {"election", "elections"}
_TO_COMPLEMENT = re.compile(r"\s*(?:a la|a l'|au|aux)\b")
# "chargé de", "chargée des": what a minister or a delegate is in charge of (on folded text).
_CHARGED = re.compile(r"\s*,?\s+(?P<w>chargee?s?)\s(?=d|a)")
_FR_FUNCTION = {"la", "le", "les", "l", "son", "sa", "ses", "ce", "cette", "leur", "un", "une"}


class TitlePatterns(EnglishReading):
    def __init__(self, lexicon: dict[str, Any], gaz: Gazetteer) -> None:
        base, lexicon = lexicon, with_titles(lexicon)
        self.core_heads = {fold(k) for k in [*base["fr_heads"], *base["en_heads"]]}
        self.fr_heads = {fold(k): v for k, v in lexicon["fr_heads"].items()}
        self.fr_ports = {fold(k): v for k, v in lexicon["fr_portfolios"].items()}
        self.en_heads: dict[str, str | None] = {fold(k): v for k, v in lexicon["en_heads"].items()}
        # the general source's nouns no hand-written list has ("ecologist", "prosecutor"): read in
        # lowercase only, as news writes an occupation; a capitalised one is a surname ("Carpenter")
        self.lowercase_heads = {fold(w) for w in wordnet_extra([*heads("en"), *base["en_heads"]])}
        self.fr_complements = {fold(w) for w in lexicon["fr_title_complements"]}
        # heads whose last letter is "é" ("délégué", "député"): any other head read with a final
        # "é" is a past participle the folding made look like it ("jugé" is not "juge")
        self.fr_acute_heads = {fold(k) for k in lexicon["fr_heads"] if k.lower().endswith("é")}
        self.gaz = gaz
        # the adverbs of time that open a later office, for the readers of coordinated titles
        self.later = later_office(base["later_office_adverbs"])
        dem = alt(list(gaz.demonyms))
        before = alt(lexicon["fr_title_before"])
        after = alt(lexicon["fr_title_after"])
        self.fr = re.compile(
            rf"(?P<det>\b(?:le|la|l'|au|du|son|sa|leur)\s*)?(?P<core>(?:\b(?:{before})\s+|\bex-?\s*|\bvice-)*)"
            rf"\b(?P<head>{alt(list(self.fr_heads))})(?P<pl>s|x)?(?![\w-])")
        self.fr_after = re.compile(rf"\s+(?:(?P<dem>{dem})|(?P<mod>{after}))(?![\w-])")
        self.fr_port = re.compile(rf"\s+(?P<port>{alt(list(self.fr_ports))})(?![\w-])")
        # an English portfolio after its head: "Minister of Health", "Secretary of State for Foreign Affairs"
        self.en_port = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?P<port>{alt(lexicon['en_portfolios'])})(?![\w-])")
        mods = rf"(?:\b(?:{alt(lexicon['en_title_before'])})(?:\s+|-)|\bex-)*"
        self.en = re.compile(
            rf"(?P<det>\bthe\s+)?(?P<pre>{mods})(?:\b(?P<dem1>{dem})\s+)?(?P<core>{mods})"
            rf"\b(?P<head>{alt(list(self.en_heads))})(?P<pl>s)?(?![\w-])")
        self.en_mods_before = re.compile(rf"(?<![\w-])(?:(?:{alt(lexicon['en_title_before'])})(?:\s+|-)|ex-)+$")
        # Words that cannot be an organisation's name before a title ("Prime", "Former").
        # (the broad inventory's words are left out: "House", "Board", "State" end organisations' names)
        self.en_words = ({fold(w) for w in base["en_title_before"]} | {fold(w) for w in base["en_person_titles"]}
                         | {fold(w) for h in base["en_heads"] for w in h.split()})
        # The modifiers that also open names the gazetteer lists ("New" in "New Zealand", "New
        # Caledonia"): before a capitalised word no title list has, such a word opens a name ("New
        # York Governor X", "New Jersey's attorney general"), it qualifies no title
        self.name_openers = {fold(ws[0]) for e in gaz.entries.values() for n in (e.name, *e.aliases)
                             if len(ws := n.split()) > 1 and ws[0][:1].isupper() and ws[1][:1].isupper()
                             and fold(ws[0]) in self.en_words and fold(ws[1]) not in self.en_words}
        # English organisation head nouns ("Department", "Ministry"): a run ending with one is a body
        self.org_heads = set(load_words()["org_heads"])
        # words that stand before a head or name a portfolio ("State", "Justice", "Foreign"), which
        # may also open a body's name ("State Department", "Justice Ministry")
        self.en_modifiers = {"state", "home", "war", "treasury", "foreign", "external", "defence", "defense",
                             "interior", "justice", "health", "finance", "economy", "trade", "energy", "environment",
                             "agriculture", "culture", "labour", "labor", "transport", "education", "security",
                             "military", "national", "sports"}
        # "for the Thai army": a demonym, then one or two lowercase words, before a comma, a name or the end
        self.en_dem_complement = re.compile(
            rf"\s+(?:of|for)\s+the\s+(?P<dem>{dem})\s+(?P<w>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?![\w-])"
            r"(?=\s*(?:[,;:(]|\.(?:\s|$)|$|\s+[A-Z]))")
        # (English puts the demonym first, entities@97: "his Japanese counterpart, X")
        self.homologue = re.compile(rf"\bhomologues?(?:\s+(?P<dem1>{dem}))?\b"
                                    rf"|(?:\b(?P<dem2>{dem})\s+)?\bcounterparts?\b")

    def find(self, body: str, cands: list[Candidate], lang: str | None = None,
             adjectives: frozenset[int] = frozenset(), nouns: frozenset[int] = frozenset()) -> list[TitleMatch]:
        """The titles in `body` (`adjectives`, `nouns`: where the parse has an adjective, a common
        noun, by character offset)."""
        folded = fold_same_length(body)
        by_start = {c.start: c for c in cands}
        by_end = {c.end: c for c in cands}
        out: list[TitleMatch] = []
        if lang != "en":
            out += [t for m in self.fr.finditer(folded)
                    if (t := self._french(m, body, folded, by_start, adjectives, nouns))]
        if lang != "fr":
            out += [t for m in self.en.finditer(folded)
                    if (t := self._english(m, body, folded, by_start, by_end, lang))]
            # "Sen. X, D-Mass.", "Lt. Gen. X": the abbreviation, read in full, is the title
            out += [TitleMatch(m.start(), m.start(), m.end("abbr"), m.end("abbr"), title, None, False,
                               self.en_heads.get(title), plural=m.group("abbr") in ("Sens.", "Reps.", "Govs."),
                               abbreviated=True)
                    for m, title in self._abbreviated(body, by_start)]
        return out

    # -- French
    def _french(self, m: re.Match[str], body: str, folded: str, by_start: dict[int, Candidate],
                adjectives: frozenset[int] = frozenset(), nouns: frozenset[int] = frozenset()) -> TitleMatch | None:
        head = m.group("head")
        # a minister's portfolio may be one the lexicon lacks, or two joined by "et"
        minister = head in _MINISTERS or head.startswith("secretaire d'etat")
        if body[m.end("head") - 1] in "éÉ" and head not in self.fr_acute_heads:
            return None  # "X, jugé pour fraude", "gardé à vue": a participle, no title
        if not m.group("det") and not m.group("core").strip() and not m.group("pl") \
                and verb_homograph(folded, m.start("head"), m.end(), head):
            return None  # "X, directeur de l'institut, juge la mesure insuffisante": a verb, no title
        if election_participle(folded, m.start("head"), m.end("head"), head, body):
            return None  # "X est élu président", "élue au Sénat": élire's participle, no title (entities@73)
        office = self.fr_heads[head]
        of: str | None = None
        end = stated_end = m.end()
        port_seen = complement_seen = party_seen = port_tail_seen = False
        port_spans: list[tuple[int, int]] = []
        of_span: tuple[int, int] | None = None
        of_whole = False  # `of_span` is a name no candidate is, which becomes the organisation's mention
        pieces = [(m.start("core"), m.end())]  # the stated title, without a nationality adjective
        cap = caption_body(body, m.start(), m.end(), by_start) if not m.group("det") and not m.group("pl") else None
        if cap is not None:
            # "Joseph X, entraîneur Aigle : « … »": a caption's title, then the organisation it is of
            found = by_start.get(cap[0])
            of = self._id(found, body) if found is not None and found.end == cap[1] \
                else f"org:{slug(body[cap[0]:cap[1]])}"
            of_span, end = cap, cap[1]
        while cap is None:  # extend the title word by word, as long as news grammar allows
            if (party_tag := PARTY_TAG.match(body, end)) is not None:
                # "le maire (LR) de Nice, X", "la députée (LFI) de la Somme": the party the French
                # press puts in parentheses after a title stands between the head and its complement
                end = party_tag.end()
                continue
            if of is None and not party_seen and (party_end := party_before_place(body, end, by_start)) is not None:
                # "le député LR de la Manche, X", "la sénatrice socialiste de Paris": the party
                # qualifies the holder; the place after it is what the office is of
                end, party_seen = party_end, True
                continue
            if not port_seen and head.startswith("commissaire") \
                    and (port_end := commission_portfolio(body, end, by_start)) is not None:
                # "le commissaire européen à la Concurrence", "commissaire aux Affaires économiques
                # et monétaires": the portfolio, capitalised after "à/au/aux", is the title's
                pieces.append((end, port_end))
                port_spans.append((end, port_end))
                end = stated_end = port_end
                port_seen = True
                continue
            if (a := self.fr_after.match(folded, end)) is not None:
                if a.group("dem"):
                    if of is not None:
                        break
                    of = self._demonym(a.group("dem"))
                else:
                    pieces.append((a.start(), a.end()))
                end = stated_end = a.end()
                continue
            if ((complement_seen or " " in head) and not port_seen and of is None
                    and (adjs := qualified_body(body, folded, end, by_start))):
                # "le président du conseil départemental du Nord, X", "la présidente du tribunal
                # correctionnel de Paris": lowercase adjectives of the body the complement (or the
                # head's own, "président du conseil") names
                pieces.append((end, adjs))
                end = stated_end = adjs
                continue
            if (not port_seen and of is None and (adj := WORD.match(folded, end)) is not None
                    and adj.start("w") in adjectives and body[adj.start("w")].islower()
                    and _CHARGED.match(folded, end) is None  # "chargé des Transports" is read below
                    and (((p := self.fr_port.match(folded, adj.end())) is not None
                          and any(ch.isupper() for ch in body[p.start("port"):p.end()]))
                         or (minister and unlisted_portfolio(body, folded, adj.end(), nouns, adjectives, by_start)))):
                # "la ministre fédérale de l'Intérieur", "le ministre wallon de l'Économie": an
                # adjective no lexicon lists (a level of government, a region) between the head and
                # a capitalised portfolio (listed, or a minister's one no lexicon lists: "ministre fédéral de
                # la Mobilité") qualifies the office; the title reads on to the portfolio
                # (an adjective by the parse: "le ministre parle de la Santé" has a verb there)
                end = adj.end()
                continue
            if (not port_seen and of is None and (adj := WORD.match(folded, end)) is not None
                    and adj.start("w") in adjectives and body[adj.start("w")].islower()
                    and _CHARGED.match(folded, end) is None
                    and (after_adj := _OF_FR.match(folded, adj.end())) is not None
                    and (complement := by_start.get(after_adj.end())) is not None
                    and complement.type in ("ORG", "LOC")):
                # "directeur régional de l'OMS", "secrétaire perpétuel de l'Académie française",
                # "procureur fédéral de Belgique": an adjective no lexicon lists, after the head and
                # before the named body or place the office is of (French puts adjectives after the
                # noun), belongs to the title, and the title reads on to its complement
                pieces.append((end, adj.end()))
                end = stated_end = adj.end()
                continue
            if not port_seen and (p := self.fr_port.match(folded, end)) is not None:
                port = self.fr_ports[p.group("port")]
                if office == "ministre" and port is not None:
                    office = f"ministre {port}"
                end = stated_end = p.end()
                pieces.append((p.start(), p.end()))
                port_spans.append((p.start("port"), p.end()))
                port_seen = True
                continue
            at = joined_portfolio(folded, end) if port_seen else end
            if minister and at is not None:
                # "ministre de la Mobilité", "de la Transition numérique": a portfolio no lexicon
                # lists; "de la Santé et des Affaires sociales": a second portfolio joined to the
                # first, capitalised as portfolios are ("et de la ville de Paris" is none)
                p = self.fr_port.match(folded, at) if port_seen else None
                port_end = p.end() if p is not None and any(ch.isupper() for ch in body[p.start("port"):p.end()]) \
                    else unlisted_portfolio(body, folded, at, nouns, adjectives, by_start)
                if port_end is not None:
                    pieces.append((end, port_end))
                    port_spans.append((at, port_end))
                    end = stated_end = port_end
                    port_seen = True
                    continue
            if not port_seen and (ch := _CHARGED.match(folded, end)) is not None:
                # "ministre délégué chargé des Transports", "secrétaire d'État chargée du numérique":
                # what the office is in charge of, a portfolio or a lowercase complement
                p = self.fr_port.match(folded, ch.end() - 1)
                comp = _COMPLEMENT.match(folded, ch.end() - 1) if p is None else None
                if p is not None or (comp is not None and comp.group("word") not in _FR_FUNCTION
                                     and (body[comp.start("word")].islower()
                                          # "ministre délégué chargé de l'Europe": a name the text found
                                          or (comp.start("word") in by_start
                                              and by_start[comp.start("word")].type != "PER"))):
                    span_end = p.end() if p is not None else comp.end() if comp is not None else end
                    pieces.append((ch.start("w"), span_end))
                    port_spans += [(p.start("port"), p.end())] if p is not None else []
                    end = stated_end = span_end
                    port_seen = True
                    continue
            if port_seen and not port_tail_seen and (tail_end := portfolio_tail(body, end, nouns, adjectives)):
                # "chargé des Retraites et de la Santé au travail, X", "X, ministre de la Sécurité du
                # quotidien,": the portfolio's lowercase complement, up to where the title closes
                # (entities@99; before, the title stopped at "Santé" and no name stood after it)
                pieces.append((end, tail_end))
                end = stated_end = tail_end
                port_tail_seen = True
                continue
            tail = _OF_FR.match(folded, end) or _AT_COURT.match(folded, end)
            joint = self._joint_portfolio(folded, tail.end()) if tail is not None and not port_seen else None
            if joint is not None:
                # "ministre de l'Europe et des Affaires étrangères": a place coordinated with a
                # portfolio is a portfolio too, not what the office is of
                port, port_end = joint
                if office == "ministre" and port is not None:
                    office = f"ministre {port}"
                pieces.append((end, port_end))
                end = stated_end = port_end
                port_seen = True
                continue
            if (tail is not None and tail.end() in by_start and of_span is None and not body[tail.end()].isdigit()
                    and fold(body[(c := by_start[tail.end()]).start:c.end]) not in self.fr_complements):
                # "l'ex-président suisse de la FIFA": the adjective is the person's nationality,
                # the name is what the office is of.
                state = self._republic(c, body, folded)
                # the state itself, not the mention of its long name, which the gazetteer does not know
                of, end = state or self._id(c, body), c.end
                of_span = (c.start, c.end) if state is None else None
                if of_span is not None and c.entry is None and (day := DATE_TAIL.search(body, c.start, c.end)):
                    of_span = (c.start, day.start())  # "de l'OMS lundi": the day is no part of the name (@113)
                break
            if tail is not None and of is None and of_span is None \
                    and (known := known_after(body, tail.end(), by_start, self.gaz, self.fr_complements)):
                # "maire de Lille depuis 2014": a place the gazetteer knows, which the model missed
                of, of_span = known
                end = of_span[1]
                break
            if (tail is not None and of is None and of_span is None
                    and folded[tail.start():tail.end()].strip() in ("de", "d'")
                    and (unknown := unknown_after(body, tail.end(), by_start, self.gaz, self.fr_complements, nouns))):
                # "la directrice générale d'Orvalis - …": a name no model found after a bare "de"
                of, of_span = unknown
                end, of_whole = of_span[1], True
                break
            if of is None and (party := self._party(folded, end, by_start, body)) is not None:
                # "le leader insoumis X", "la sénatrice écologiste X": the party the article names
                of, end, party_span = party
                if party_span is not None:
                    of_span, of_whole = party_span, True
                continue
            if (tail is not None and of is None and tail.end() not in by_start
                    and (acro := _FR_ACRONYM.match(body, tail.end())) is not None
                    and not any(c.start < tail.end() < c.end for c in by_start.values())):
                # "le président du MR, X": an acronym no model found is a name, the organisation's
                entry = self.gaz.lookup(acro.group())
                of, of_span = (entry.id if entry is not None else f"org:{slug(acro.group())}"), acro.span()
                end = acro.end()
                break
            if tail is not None and of is None and (within := self._named_within(body, tail.end(), by_start)):
                # "procureur de la République de Paris": the name the parse ran into the title
                of, end = within, word_end(body, tail.end())
                break
            comp = _COMPLEMENT.match(folded, end)
            if of is None and comp is not None and (holder := self._titled_name(folded, comp, by_start)) is not None:
                # "le conseiller principal du président X, Y", "l'avocat du chanteur X, Y": the
                # complement is another title with its holder's name; that person is what this
                # title is of, and the name after is this title's
                of, end, of_span = self._id(holder, body), holder.end, (holder.start, holder.end)
                break
            if (of is None and comp is not None and not complement_seen and not port_seen
                    and (inner := self.fr.match(folded, comp.start("word"))) is not None and not inner.group("pl")
                    and NO_NAME_AFTER.match(body, inner.end())):
                # "conseiller du Premier ministre", "l'avocat du président,": the office served, no
                # name after it, belongs to the title
                end = stated_end = inner.end()
                pieces.append((comp.start(), inner.end()))
                complement_seen = True
                continue
            if (comp is not None and not complement_seen and not port_seen
                    and comp.group("word") not in _FR_FUNCTION
                    # "a dit le président aux journalistes": "à" before a common noun is the verb's
                    and (not _TO_COMPLEMENT.match(folded, end) or comp.group("word") in self.fr_complements)
                    and (body[comp.start("word")].islower() or comp.group("word") in self.fr_complements)):
                end = stated_end = comp.end()
                pieces.append((comp.start(), comp.end()))
                if comp.group("word") in self.fr_complements:
                    # "président de la République": the complement is the title's, no name (the
                    # model reads a capitalised "République" as a person)
                    port_spans.append((comp.start("word"), comp.end()))
                complement_seen = True
                field_adj = _FIELD_ADJECTIVE.match(body, comp.end())
                if field_adj is not None and body[comp.start("word")].islower() \
                        and (folded[comp.start():comp.start("word")].strip() in _FIELD_OF
                             or comp.group("word") in _ELECTIONS) \
                        and field_adj.start("adj") in adjectives \
                        and fold(field_adj.group("adj")) not in self.gaz.demonyms \
                        and self._party(folded, comp.end(), by_start, body) is None:
                    # "professeur de science politique", "directrice des ressources humaines": a
                    # field takes the adjective the parse gives its noun, French putting adjectives
                    # after the noun ("chef de la transition gabonaise" names with its demonym what
                    # the office is of; "des députés insoumis", a party's adjective, names its party)
                    end = stated_end = field_adj.end()
                    pieces.append((comp.end(), end))
                named = re.compile(r"[ \t]+").match(body, end)
                if (of is None and named is not None and body[comp.start("word")].islower()
                        and (what := by_start.get(named.end())) is not None and what.type != "PER"):
                    # "présidente de la région Occitanie", "président du groupe Les Républicains":
                    # a common noun, then the name of what it is: the title is of that name
                    of, of_span, end = self._id(what, body), (what.start, what.end), what.end
                    break
                continue
            break
        if of is None and (run := next((c for c in by_start.values() if m.start("head") < c.start < end < c.end
                                        and c.type != "PER"), None)) is not None \
                and (rest := _OF_FR.match(folded, end)) is not None and rest.end() < run.end:
            # "procureur de la République de Lyon": the model ran the title's complement and the place
            # after it into one name; the title reaches that name's end, the place is its `of` when known
            entry = self.gaz.lookup(body[rest.end():run.end])
            of = entry.id if entry is not None and entry.type != "PER" else None
            end = run.end
        if of is None and head.startswith("commissaire europ") \
                and (commission := self.gaz.lookup("Commission européenne")) is not None:
            of = commission.id  # a European commissioner is the European Commission's
        end = located(folded, end, by_start, HELD_FR)
        end = acronym_after(body, end) if of_span is not None else end
        if of is not None and (field := _FIELD_AFTER.match(folded, end)) is not None \
                and field.start("noun") in nouns and field.group("noun") not in _LOCUTIONS \
                and body[field.start():field.end()].islower():
            # the field the office covers is the title's; the holder's name follows the comma
            pieces.append((field.start(), field.end()))
            end = field.end()
        det = (m.group("det") or "").strip()
        title = " ".join(stated(body, a, b) for a, b in pieces)
        if office == "ministre" or "vice" in m.group("core"):
            office = None  # a minister of a portfolio the lexicon does not know; a vice-Premier ministre is not one
        return TitleMatch(m.start(), m.start("core"), end, stated_end, title, of,
                          det in ("le", "la", "l'"), office, of_span, m.group("pl") is not None,
                          head not in self.core_heads, tuple(port_spans), of_whole)

    def _titled_name(self, folded: str, comp: re.Match[str], by_start: dict[int, Candidate]) -> Candidate | None:
        """The person named right after a French title that opens the complement `comp` ("du
        président X"), or None."""
        inner = self.fr.match(folded, comp.start("word"))
        if inner is None or inner.group("pl"):
            return None
        gap = re.compile(r"[ \t]+(?:(?:m|mme)\.?[ \t]+)?").match(folded, inner.end())
        holder = by_start.get(gap.end()) if gap is not None else None
        return holder if holder is not None and holder.type == "PER" else None

    def _republic(self, c: Candidate, body: str, folded: str) -> str | None:
        """The country "la République du Niger" names, when the gazetteer does not know the
        whole name but knows the country ("président de la République du Niger")."""
        m = REPUBLIC_FR.fullmatch(folded, c.start, c.end) if c.entry is None else None
        entry = self.gaz.lookup(body[m.start("country"):m.end()]) if m is not None else None
        return entry.id if entry is not None and entry.type == "LOC" else None

    def _joint_portfolio(self, folded: str, start: int) -> tuple[str | None, int] | None:
        """The portfolio ("des Affaires étrangères") after "X et" at `start`, with where it ends."""
        m = JOINED_PORT.match(folded, start)
        p = self.fr_port.match(folded, m.end() - 1) if m is not None else None
        return (self.fr_ports[p.group("port")], p.end()) if p is not None else None

    def _party(self, folded: str, end: int, by_start: dict[int, Candidate], body: str
               ) -> tuple[str, int, tuple[int, int] | None] | None:
        """The organisation an adjective right after a French title names by its stem, when the
        article names it ("le leader insoumis" and "La France insoumise", "la députée
        socialiste" and "le Parti socialiste"), with where the adjective ends and, for a name the
        recogniser did not find as an organisation, where the text names it (`party_run`)."""
        word = WORD.match(folded, end)
        if word is None or not body[word.start("w")].islower():
            return None
        found = party_named(word.group("w"), by_start.values(), body)
        if found is not None:
            return self._id(found, body), word.end(), None
        run = party_run(word.group("w"), body, by_start.values())
        if run is None or run[0] <= word.start("w") < run[1]:
            # entities@72: the word itself closing the title's own capitals ("le président de la
            # République reçoit X": a verb) names no party
            return None
        # a name no candidate is ("La France insoumise", where the recogniser read "France"): the
        # gazetteer's organisation, else one named from the text; `of_span` makes it a mention. A
        # capitalised determiner before it is the name's own where a gazetteer file knows the name
        # with it ("La France insoumise"), so link joins it to the name's other forms ("LFI")
        det = re.search(r"(?<![\w'’-])(?:Les?|La|L['’])[ \t]*$", body[max(0, run[0] - 4):run[0]])
        if det is not None and self.gaz.type_of(body[run[0] - len(det.group()):run[1]]) == "ORG":
            run = (run[0] - len(det.group()), run[1])
        entry = self.gaz.lookup(body[run[0]:run[1]])
        org = entry.id if entry is not None and entry.type == "ORG" else f"org:{slug(body[run[0]:run[1]])}"
        return org, word.end(), run

    def _named_within(self, body: str, start: int, by_start: dict[int, Candidate]) -> str | None:
        """The gazetteer's place or organisation whose one-word name starts at `start` inside a
        longer name the parse found ("République de Paris"), or None."""
        inside = any(c.start < start < c.end for c in by_start.values())
        word = body[start:word_end(body, start)]
        entry = self.gaz.lookup(word) if inside and word[:1].isupper() else None
        return entry.id if entry is not None and entry.type != "PER" else None
