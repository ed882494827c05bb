"""Roles: the office a text gives a person ("le ministre malien des Affaires étrangères, X").

The titles themselves are found by `roles_titles.TitlePatterns` from the inventory
(`roles_inventory`); this module attaches each to its name. A title is attached to the name right
after it ("… étrangères, Abdoulaye Diop", "Foreign Minister Sergei Lavrov") or right before it
("Sergueï Lavrov, le ministre russe …", "X, the foreign minister"); a singular title with a known
office, a country and no name beside it is a role-only mention ("le ministre burkinabè des Affaires
étrangères"). Coordinated titles are one person's, a plural title names each listed person, a
possessive name is what the title is of, and an office stated without a country takes the one
country the article names for that office (`find_roles`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from veille.model import Role
from veille.stages.entities.english import GivenNames
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_anaphora import person_sex, referred_holders
from veille.stages.entities.roles_appoint import appointed_object, appointer_owner, board_owner
from veille.stages.entities.roles_bracketed import bracketed_holders
from veille.stages.entities.roles_class_noun import class_noun_owner
from veille.stages.entities.roles_clauses import apposed_to_before, later_subject, opening_apposition
from veille.stages.entities.roles_context import (
    COPULA,
    RANKS,
    SUBJECT_GAP,
    acting_owner,
    antecedent,
    demonstrative_holder,
    fronted_subject,
    incise_subject,
    parsed_holder,
    verb_read_as_title,
)
from veille.stages.entities.roles_ellipsis import elided_titles
from veille.stages.entities.roles_frames import (
    AFTER_NAME,
    OWNER_BEFORE,
    RoleLink,
    anaphoric_owner,
    joined_as,
    led_by,
    possessive_owner,
    possessor_state,
    relative_offices,
    taken_offices,
)
from veille.stages.entities.roles_government import state_of_government, state_of_head
from veille.stages.entities.roles_inner_state import inner_state
from veille.stages.entities.roles_lists import INCLUDING, OF_BOTH, listed, listed_for
from veille.stages.entities.roles_office_verbs import office_verb
from veille.stages.entities.roles_participle import verbal_participle
from veille.stages.entities.roles_predicate import gapped_item, predicate_of
from veille.stages.entities.roles_respective import coordinated, outermost, respective_roles
from veille.stages.entities.roles_succession import succession_holders
from veille.stages.entities.roles_surname import surname_title
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles import TitlePatterns
from veille.stages.entities.roles_titles_en import entity_id
from veille.stages.entities.roles_topic_org import topic_owner
from veille.stages.entities.text import fold, fold_same_length, slug

# A name inside the phrase that opens its sentence ("On Truth Social, the US President posted",
# "Selon Reuters, le ministre a dit") is no apposition's head when the title after the comma runs on
# into the sentence: it is the subject. A title the sentence closes with a comma is an apposition
# ("Selon Anne Roux, la présidente de l'institution, les taux baissent").
_OPENING_PHRASE = re.compile(
    r"(?:^|[.!?\n»\"”]\s*)(?:On|In|At|From|Via|Through|After|Before|According to|Sur|Dans|Depuis|Via|Selon|Après|"
    r"Avant|Pour|Chez|D'après|D’après)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?$")
__all__ = ["RoleLink", "TitleMatch", "TitlePatterns", "find_roles", "role_of"]


def _closed_apposition(body: str, end: int) -> bool:
    """Whether a comma closes the phrase from `end` before its sentence ends."""
    rest = re.match(r"[^,.!?\n]*", body[end:])
    after = end + (rest.end() if rest else 0)
    return body[after:after + 1] == ","

_BEFORE_NAME = re.compile(r"(?:\s+(?:depuis|since)\s+(?:[a-zéû]+\s+)?\d{4}\s*(?=,))?"  # "Président de X depuis 2020, Y"
                          r"\s*,?\s*(?:(?:le|la|the)\s+(?=[A-Z][a-z]*\.?\s))?(?:(?:M|Mme|MM|Mr|Mrs|Ms|Madam|Madame|Dr|Me|Pr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Cmdr"
                          r"|Sen|Rep|Gov|Prof|Rev)\.?\s+)?"
                          # an initial the recogniser left out of the name: "Minister S Jaishankar"
                          r"(?:[A-Z]\.?[ \t]+)?")
_BASED = re.compile(r"-based\s+(?:[a-z][a-z-]*\s+){0,3}")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.-]*[\w&](?:[ \t][A-Z][\w&.-]*[\w&])*")
# "X as the president" is X's post where the title ends its phrase (punctuation, a preposition);
# "X, as the president said, …" is a clause of someone else's, the title its subject.
_AS_GAP = re.compile(r"\bas\s")
_SUCCEEDED = re.compile(r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|follow(?:s|ed|ing)?)\s+$")
_AS_TITLE_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)|\s+(?:of|for|at|in|on|and|until|since|from|to|with|after|before)\b")
_AS_BEFORE = re.compile(r"\b(?:as|en\s+tant\s+que)\s+(?:(?:the|an?)\s+)?$")
_ACRONYM = re.compile(r"[A-Z][A-Z&.-]{1,7}")
# A name the model found that opens with a weekday is a date ("Lundi dernier, le directeur …"), no
# one a title can be attached to (on folded text).
_WEEKDAY = re.compile(r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
                      r"|friday|saturday|sunday)\b")
# Between two titles of one person: "le président de la Transition, le général X".
_TITLE_CHAIN = re.compile(r"\s*,?\s*")
# A country or an organisation after an English name: "Prime Minister Narendra Modi of India".
_OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?")
# One adjective between a title and a name ("le leader insoumis Jean-Luc Mélenchon"), when the parse says so.
_ADJ_GAP = re.compile(r"\s+(?P<adj>[^\W\d_][\w-]*)\s*,?\s*")
# A verb of taking office before a title, the name being the subject before it:
# "X a été investi président de …", "X was sworn in as Madagascar's new president".
_APPOINTED = re.compile(
    r"\b(?:(?:ré)?élue?s?|investie?|nommée?|désignée?|proclamée?|reconduite?|devenue?|intronisée?"
    r"|(?:re-?)?elected|named|appointed|sworn\s+in\s+as|installed\s+as|became|confirmed\s+as|chosen\s+as"
    # leaving or holding an office: "X steps down as IOC chief", "X quittera son poste de sélectionneur"
    # (each verb in every form, the progressive too: "X is retiring as the city's finance director")
    r"|(?:steps?|stepped|stepping)\s+down\s+as|resign(?:s|ed|ing)?\s+as|quit(?:s|ting)?\s+as"
    r"|retir(?:e|es|ed|ing)\s+as"
    # the post named before "as": "X has resigned his position as …", "X left her post as …", "X has
    # resigned from his positions as chief executive and board director" (two posts, the plural)
    r"|(?:resign(?:s|ed)?(?:\s+from)?|quit(?:s)?|le(?:aves|ft)|vacat(?:es|ed)|relinquish(?:es|ed)|(?:holds|held))"
    r"\s+(?:his|her|their)\s+(?:positions?|posts?|jobs?|roles?|seats?|offices?|duties)\s+as"
    # a post held for a while: "X will act as interim CEO", "X is acting as chairman"
    r"|(?:will|would|to|is|was)\s+act(?:ing)?(?:\s+[a-z]+ly)?\s+as|acts\s+as|acted(?:\s+[a-z]+ly)?\s+as"
    # taking over from someone: "X succeeded Y as CEO", "X succède à Y comme sélectionneur"
    r"|succeed(?:s|ed)?\s[^.!?;:\n]{1,40}?\sas|succ[eéè]d(?:e|é|era|ait)\s+(?:à|a)\s[^.!?;:\n]{1,40}?"
    r"\s(?:comme|en\s+tant\s+que|au\s+poste\s+de)"
    # (an adverb of manner or time may stand before "as": "served briefly as", "remains temporarily as")
    r"|(?:took|takes|take)\s+over\s+as|(?:serves|served|remains|remained|stays|stayed)(?:\s+[a-z]+ly)?\s+as"
    # ... or standing in for the holder (entities@97): "X will step in as treasurer", "X filled in as coach"
    r"|(?:step(?:s|ped|ping)?|fill(?:s|ed|ing)?|stand(?:s|ing)?|stood)\s+in\s+as"
    # taking up a post by its name: "until X assumes the position of regional minister"
    r"|assum(?:e|es|ed|ing)\s+(?:the\s+)?(?:position|post|role|office|duties)\s+of"
    # ... or given it by its name (entities@97): "X has been given the job of chief whip"
    r"|(?:given|handed|offered)\s+the\s+(?:job|post|role|position)\s+of"
    # a passive "made" is an appointment (entities@97): "X has been made Chief Secretary", "X was made
    # captain"; an active "made" is not ("X made history", "the minister made the case")
    r"|(?:been|be|was|were|is|are|being)\s+made"
    # an office as the goal of any verb of motion or promotion: "X is expected to move to the post of
    # Vice Mayor", "X was promoted to the position of chief of staff", "X rose to the rank of general",
    # "X moves to the role of Business Secretary" (role, job: entities@97);
    # the office a post names takes no determiner ("X objected to the position of the president" is
    # a stance, not a post)
    r"|(?P<goal>[a-z]+\s+to\s+the\s+(?:post|position|rank|role|job)\s+of)"
    r"|(?:quitte|quittera|quitter|a\s+quitté|démissionne|a\s+démissionné|abandonne)\s+(?:de\s+)?"
    r"(?:son|ses|sa)\s+(?:poste|postes|fonction|fonctions|mandat|mandats)\s+(?:de|d')"
    r"|(?:occupe|occupait|occupera|a\s+occupé|avait\s+occupé)\s+(?:le\s+poste|les\s+postes|la\s+fonction"
    r"|les\s+fonctions)\s+(?:de|d')"
    # holding two offices at once (entities@73): "X cumule les fonctions de maire de Lorient et de président de
    # la région", "X exerce par ailleurs le mandat de conseiller général"
    r"|(?:cumule|cumulait|cumulera|a\s+cumulé|cumulant|exerce|exerçait|exercera|exerçant)"
    r"(?:\s+(?:par\s+ailleurs|aussi|également|désormais|toujours))?\s+(?:les|des|le|la)\s+"
    r"(?:fonctions|fonction|mandats|mandat|postes|poste|charges|charge)\s+(?:de|d'))"
    r"(?:\s+(?:comme|en tant que|as))?[^.!?;:\n]{0,45}$")
# A comma closing an incise right before a verb of appointment, auxiliaries between ("…, has been
# appointed", "…, a été nommé"), and the incise itself after the name it qualifies (one clause, no comma).
_INCISE_CLOSED = re.compile(r",[ \t]*(?:[a-zé]+[ \t]+){0,3}$")
# The agent of a passive verb of appointment right before a title ("désigné par les militants", "named
# by the directors"): the title names the agent, not the post.
_AGENT = re.compile(r"\b(?:par|by)\s+(?:(?:le|la|les|the|its|his|her|their|son|sa|ses|leurs?)\s+|l['’]\s*)?$")
_INCISE_AFTER = re.compile(r"[ \t]*,[^,;:!?\n]{1,150}")
# A determiner opening a title: an office named as a post ("the post of Vice Mayor") has none.
_DETERMINED = re.compile(r"(?:the|a|an|his|her|its|their|our|my|your)\s", re.IGNORECASE)
# A government a nationality adjective qualifies, then the title of the one who heads it: "the Greek
# government of Prime Minister X", "le gouvernement grec du Premier ministre X" (on folded text):
# the head of that government holds the office of that country.
_GOVERNMENT_OF = re.compile(
    r"(?:\b(?P<en>[a-z][a-z-]+)\s+(?:government|administration|cabinet|regime)\s+of\s+(?:the\s+)?"
    r"|\b(?:gouvernement|administration|cabinet|regime)\s+(?P<fr>[a-z][a-z-]+)(?:\s+(?:du|de la|de l'))?)\s*$")
# A French title whose complement is a common noun for a company or a body ("le directeur général
# du groupe", "le patron du constructeur"): that noun refers back to the organisation the text named,
# with the same noun when it introduced it ("le constructeur Renault"), else the last one named
# before the title in its paragraph (on folded text).
_FR_OWNER_NOUN = re.compile(
    r"\b(?:du|de la|de l'|de l’)\s*(?P<noun>groupe|entreprise|societe|compagnie|firme|distributeur|constructeur"
    r"|assureur|operateur|fabricant|equipementier|laboratoire|editeur|banque|club|parti|syndicat|federation"
    r"|association|organisation|institution|enseigne|chaine|holding|geant|leader)$")
# Between two titles a verb of taking or holding office gives its subject ("X a occupé les postes de
# gouverneur de la BCEAO et de vice-président du FMI", "held the positions of A and the B"): the
# second is the same subject's.
_NEXT_TITLE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:(?:and|et|puis|then)\s+)?|\s+(?:and|et|puis|then)\s+)"
                         r"(?:(?:de|d['’]|du|des|the|as|of)\s*)?")
# Where a French title is held when it is an organisation's, not a place's: "chercheur au CNRS",
# "économiste chez BNP Paribas", "analyste au sein de la Banque de France" ("ambassadeur au Niger",
# a place, is `located`'s).
# ... or "pour" before an organisation (entities@97): "directeur général pour Médecins du monde",
# "correspondant pour Le Monde" (a place after "pour" is no organisation: "ministre pour l'Europe").
_AT_FR = re.compile(r"\s+(?:(?P<chez>chez)\s+|au\s+sein\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*)|(?:au|aux)\s+"
                    r"|(?:à|a)\s+(?:la\s+|l['’]\s*)|pour\s+(?:(?:le|la|les)\s+|l['’]\s*)?)")
# A title fronted before its sentence's pronoun subject: "Conseiller général de X, il …" (`find_roles`).
_FRONTED = re.compile(r"(?:\s+(?:depuis|since)\s+(?:[a-zéû]+\s+)?\d{4})?\s*,\s*(?:il|elle|he|she)\s+")
_RESPECTIVE = re.compile(r"\s+(?:et|and)\s+(?:du|de la|de l'|d'|des|de|of the|of)?\s*")
_POSSESSIVE = re.compile(r"['’]s?\s+$")
# Between two titles of one person whose `of` differ: "et" or "and" alone, no determiner.
# A date the first was held from may stand before "et/and": "X, directeur de Y depuis 2020 et président de Z".
# ... or a length of tenure: "X, maire de Lyon depuis 16 ans et président de la métropole", "for ten years".
# ... or an adverb after "et" that adds the second office to the first (entities@73): "X, maire de Lorient et
# surtout président de la région", "chairman of Acme and also chief executive of Beta".
_AND_TITLE = re.compile(r"(?:\s+(?:(?:depuis|since)\s+(?:[a-zéû]+\s+)?\d{4}|(?:depuis|pendant|for)\s+(?:\d{1,2}|[a-z]+)"
                        r"\s+(?:ans|années|mois|years|months)))?\s+(?:et|and)\s+"
                        r"(?:(?:surtout|aussi|également|notamment|désormais|depuis\s+\d{4}|also|now|since\s+\d{4})\s+)?")
# ... or with a determiner, inside an apposition to the name that a comma closes after the second
# title ("X, the mayor of Lyon and a former minister, said"): without the closing comma the second
# title may be another subject ("X, the mayor of Lyon and the prefect met").
_AND_DET_TITLE = re.compile(r"\s+(?:et|and)\s+(?:(?:a|an|the|un|une|le|la|l['’])\s*)?")
# ... or a later office after the earlier one's comma, marked by an adverb of time ("X, the former
# finance minister, now the central bank governor, said"; "X, ancien ministre, aujourd'hui sénateur
# de la Drôme, a dit"; entities@54; `TitlePatterns.later.apposed`, `roles_later`): the same
# apposition goes on, closed by a comma or the sentence's end.


def find_roles(body: str, cands: list[Candidate], patterns: TitlePatterns,
               lang: str | None = None, adjectives: frozenset[int] = frozenset(),
               given: GivenNames | None = None, published: str | None = None, doc: Any = None,
               nouns: frozenset[int] = frozenset()) -> list[RoleLink]:
    """Titles attached to names, and role-only titles, in one body (`adjectives`, `nouns`: where
    the parse has an adjective, a common noun, by character offset; `given`: given names by sex; `published`: the
    article's date, for the gazetteer's office holders; `doc`: the French parse, for the holder of
    a title no word pattern attached)."""
    people = [c for c in cands if (c.entry is None or c.entry.type == "PER")
              and not _WEEKDAY.match(fold(body[c.start:c.end]))]
    links: list[RoleLink] = []
    by_end = {c.end: c for c in cands}
    by_start = {c.start: c for c in cands}
    # a title word ending a person's name is the surname ("Bruno Le Maire, ministre …": entities@102)
    parts = [t for t in outermost(patterns.find(body, cands, lang, adjectives, nouns))
             if not surname_title(body, t, people, patterns.gaz.demonyms)]
    titles = coordinated(body, parts)
    for t in titles:
        # "CFO of San Jose-based tech company Xilinx": the place qualifies the company the title is of
        # (a name no model found there is the company's still: a capitalised run, as `joined_as` reads one)
        based = _BASED.match(body, t.of_span[1]) if t.of_span is not None else None
        if based is not None and (org := by_start.get(based.end())) is not None and org.type == "ORG":
            t.of, t.of_span = entity_id(org, body), (org.start, org.end)
        elif based is not None and org is None and (run := _CAPITALISED_RUN.match(body, based.end())) is not None:
            t.of, t.of_span = f"org:{slug(run.group())}", run.span()
        else:
            # "directeur de l'ONG Amnesty International", "chief executive of the charity Oxfam": the
            # name after the class noun is what the title is of (entities@81)
            class_noun_owner(body, t, by_start, nouns)
        if lang == "en":
            inner_state(body, t, patterns.gaz)  # "Acting U.S. Attorney X" (entities@99)
            verbal_participle(body, t)  # "X has been appointed | chief whip" (entities@100)
    complements = {t.of_span for t in titles if t.of_span is not None}
    # names a title's words hold ("le président de la République"): no possessive stands for them (entities@73)
    in_titles = frozenset((c.start, c.end) for c in cands for o in titles if o.core_start <= c.start and c.end <= o.end)
    folded_body = fold_same_length(body)  # once per article (entities@70)
    if lang == "en":
        # "X, who chairs Barclays": a verb after its subject, not a plural title before a name
        titles = [t for t in titles if not verb_read_as_title(body, folded_body, t, people)]
    named = people
    nameless: list[TitleMatch] = []  # titles no name is beside: some refer back to one named before
    subject_link: RoleLink | None = None  # the last title given to a verb's subject, for one coordinated after it
    named_link: RoleLink | None = None  # the last title given a name, for one joined to it by "et/and"
    apposed = False  # whether `named_link`'s title stands in apposition after its name
    for t in titles:
        # a head of the broad inventory ("champion", "host", "owner") attaches only to a name
        # already typed as a person: it does not make an organisation one
        people = [c for c in named if c.type == "PER"] if t.broad else named
        # a title after "as" is what the name before it holds ("X to act as Finance Minister, Y as
        # Minister of Trade"): the name after a comma is the next item of the list, not its holder
        predicate = _AS_BEFORE.search(body, max(0, t.start - 30), t.start) is not None \
            or predicate_of(folded_body, t, people)
        after = next((c for c in people if c.start >= t.end
                      and not (predicate and "," in body[t.end:c.start])
                      and (_BEFORE_NAME.fullmatch(body, t.end, c.start)
                           or ((g := _ADJ_GAP.fullmatch(body, t.end, c.start)) is not None
                               and g.start("adj") in adjectives and body[g.start("adj")].islower()))), None)
        if after is None and (closed := _PAREN_CLOSED.match(body, t.end)) is not None \
                and _PAREN_OPEN.search(body, max(0, t.start - 4), t.start):
            # "(U.S. Senate Majority Leader) Mitch McConnell": a title the parentheses hold before a name
            after = next((c for c in people if c.start == closed.end()), None)
        if (owner_span := _parenthesised(body, t, after, people)) is not None:
            # "X (professeur de sociologie, université de Lille)": a title that opens parentheses right
            # after a name is that name's, and the name after it inside them what it is of, no holder
            after = None
            if t.of is None and owner_span != (0, 0):
                own = by_start.get(owner_span[0])
                t.of = entity_id(own, body) if own is not None and own.end == owner_span[1] \
                    and own.type != "PER" else f"org:{slug(body[owner_span[0]:owner_span[1]])}"
                t.of_span = owner_span
        if after is None and t.plural:
            # a plural title, then the names it counts among its holders: "senators including X, Y and
            # Z", "several ministers, among them X", "plusieurs ministres, dont X et Y"
            after = next((c for c in people if c.start >= t.end and c.type == "PER"
                          and INCLUDING.fullmatch(body, t.end, c.start)), None)
        if after is not None and t.of is None and _ACRONYM.fullmatch(body, after.start, after.end) \
                and re.fullmatch(r"[ \t]+", body[t.end:after.start]):
            # "cheffe de file des députés RN": an acronym right after a title is what it is of, no
            # person; the person is the name right after it ("le député LFI Éric Coquerel")
            acronym = after
            t.of, t.of_span = entity_id(acronym, body), (acronym.start, acronym.end)
            after = next((c for c in people if c.start >= acronym.end and c.type == "PER"
                          and _BEFORE_NAME.fullmatch(body, acronym.end, c.start)), None)
        elif after is None:
            # a second title stands between this one and the name: the name is both titles'
            # a military rank ("…, le général X"), not another office: "le Premier ministre, le président
            # du Sénat X" lists two people
            nxt = next((o for o in titles if o.start >= t.end and o.of is None
                        and _TITLE_CHAIN.fullmatch(body, t.end, o.start) and fold(o.title) in RANKS), None)
            after = next((c for c in people if nxt is not None and c.start >= nxt.end
                          and _BEFORE_NAME.fullmatch(body, nxt.end, c.start)), None)
        elif t.of is None and lang == "en" and (tail := _OF_AFTER_NAME.match(body, after.end)) is not None \
                and (owner := by_start.get(tail.end())) is not None and owner.type in ("LOC", "ORG"):
            t.of, t.of_span = entity_id(owner, body), (owner.start, owner.end)
        before = next((c for c in people if c.end <= t.start
                       and AFTER_NAME.fullmatch(body, c.end, t.start)
                       and not (_AS_GAP.search(body, c.end, t.start) and (
                           not _AS_TITLE_END.match(body, t.end)
                           # "X succeeded Y as president": the post is the subject's, not the object's
                           or _SUCCEEDED.search(body, max(0, c.start - 30), c.start)
                           # "named its chairman, X, as chief executive": the verb's reading (`_object`,
                           # `_subject`) decides for a name a title before it already names
                           or any(lk.candidate is c and lk.title.end <= c.start for lk in links)))
                       and not (_OPENING_PHRASE.search(body[max(0, c.start - 40):c.start])
                                and not _closed_apposition(body, t.end))), None)
        if after is not None and before is not None and (apposed_to_before(body, t.start, t.end, before, after)
                                                         or opening_apposition(body, before, after, _OPENING_PHRASE)):
            after = None  # "X, ministre A, Y, ministre B" (entities@109), "Selon X, le ministre A, Y a dit" (@113)
        if before is not None and t.of is None:
            # "X, the country's foreign minister", "X, the company's chief executive": what the
            # text named last before X
            anaphoric_owner(body, body[before.end:t.start], before.start, t, cands, patterns)
        elif after is not None and t.of is None and (owner_at := OWNER_BEFORE.search(body, 0, t.start)) is not None:
            # "the company's chief executive, Tim Cook": what the text named before the title
            anaphoric_owner(body, owner_at.group(), owner_at.start(), t, cands, patterns)
        if before is None and after is None and t.of is None:
            # "David Humphrey, McLeod's defence lawyer": the possessive name is what the office is of.
            owner = _possessor(body, t.start, by_end)
            before = next((c for c in people if owner is not None and c.end <= owner.start
                           and AFTER_NAME.fullmatch(body, c.end, owner.start)), None)
            if before is not None and owner is not None:
                t.of, t.of_span = entity_id(owner, body), (owner.start, owner.end)
        if t.plural and t.of_span is not None:
            # "les ministres … de la RDC et du Rwanda, X et Y": respectively; the names come
            # after the second `of`, which the title ends before
            second = _RESPECTIVE.match(body, t.end)
            other = by_start.get(second.end()) if second is not None else None
            if other is not None:
                names = [c for c in people if c.start >= other.end
                         and _BEFORE_NAME.fullmatch(body, other.end, c.start)][:1]
                names += listed(body, names[0], people)[:1] if names else []
                ofs = [(t.of, t.of_span), (entity_id(other, body), (other.start, other.end))]
                for c, (o, span) in zip(names, ofs[:len(names)], strict=True):
                    links.append(RoleLink(c, TitleMatch(t.start, t.core_start, span[1], t.core_end, t.title, o,
                                                        False, t.office, span)))
                continue
        # the name a title is of ("maire de Lyon", "maire du Havre", which the model may take for a
        # person) is no subject of a verb of office after it: that is the apposition's head
        subjects = [c for c in people if (c.start, c.end) not in complements]
        name = after or before or gapped_item(folded_body, t, people, titles) \
            or appointed_object(body, folded_body, t, people) \
            or _subject(body, t, subjects, lambda c: person_sex(body, c, given), doc)
        if after is None and before is None and t.of is None and (joined := joined_as(body, t, people, by_start)):
            # "X joined Acme Corp as chief financial officer": the post is of the body joined
            person, span, org = joined
            name = name or person
            t.of = entity_id(org, body) if org is not None else f"org:{slug(body[span[0]:span[1]])}"
            t.of_span = span
        if name is None and not t.plural and (fronted := _FRONTED.match(body, t.end)) is not None \
                and not body[max(body.rfind(p, 0, t.start) for p in ".!?\n") + 1:t.start].strip(" «“\"\t"):
            # "Conseiller général du Morbihan, il est également vice-président …": a title fronted before
            # the pronoun subject of its sentence is the pronoun's antecedent's (entities@73)
            name = antecedent(body, fronted.end(), people, lambda c: person_sex(body, c, given), doc)
        if name is None and not t.plural \
                and not body[max(body.rfind(p, 0, t.start) for p in ".!?\n") + 1:t.start].strip(" «“\"\t"):
            name = fronted_subject(body, t.end, people, doc)  # "Maire de X, âgé de 55 ans, Y a …" (entities@90)
        if name is None and lang != "en" and not t.plural:  # "Ce haut fonctionnaire avait été …" (entities@90)
            name = demonstrative_holder(body, t.start, t.end, people, lambda c: person_sex(body, c, given), doc)
        if name is None and doc is not None and lang != "en" and not t.plural:
            name = parsed_holder(doc, body, t, people)
        if name is None and subject_link is not None and not t.plural \
                and _NEXT_TITLE.fullmatch(body, subject_link.title.end, t.start):
            name = subject_link.candidate
        if name is None and named_link is not None and not t.plural and ((
                t.start == t.core_start and _AND_TITLE.fullmatch(body, named_link.title.end, t.start))
                or (apposed and (_AND_DET_TITLE.fullmatch(body, named_link.title.end, t.start)
                                 or patterns.later.apposed.fullmatch(body, named_link.title.end, t.start))
                    and re.match(r"\s*(?:,|[.;]\s|[.;]?$)", body[t.end:]) is not None)):
            # "X, maire de Lyon et président de la métropole", "X, chairman of Acme and chief
            # executive of Beta": a second title joined by "et/and" with no determiner, which
            # `coordinated` kept apart for its other `of`, is the same person's
            name = named_link.candidate
        subject_link = named_link = None
        apposed = False
        if name is not None and t.of is None and lang != "en" \
                and (owner_noun := _FR_OWNER_NOUN.search(fold(body[t.core_start:t.end]))) is not None:
            _noun_owner(body, t, owner_noun.group("noun"), cands, patterns)
        if name is not None and t.of is None and lang != "en" and (at := _AT_FR.match(body, t.end)) is not None \
                and (org := by_start.get(at.end())) is not None \
                and (org.type == "ORG" or (at.group("chez") and org.type != "PER")):
            t.of, t.of_span = entity_id(org, body), (org.start, org.end)
        if after is not None and t.of is None \
                and (gov := _GOVERNMENT_OF.search(fold_same_length(body[max(0, t.start - 60):t.start]))) is not None:
            t.of = patterns._demonym(gov.group("en") or gov.group("fr"))
        if after is None and before is None and name is not None and t.of is None \
                and (owner_at := OWNER_BEFORE.search(body, 0, t.start)) is not None:
            # "X has resigned as the company's chief executive": what the text named before X
            anaphoric_owner(body, owner_at.group(), name.start, t, cands, patterns)
        if after is None and before is None and name is not None and t.of is None:
            # "its chairman X will act as interim chief executive": the same body's post
            acting_owner(body, t, name, links)
        if after is None and name is not None and (before is None or _AS_GAP.search(body, before.end, t.start)):
            # "Renault a nommé X directeur général" (entities@67); "Acme named X as chief executive", the
            # name read before its title by "as" (entities@99: the gap `appointer_owner` checks is the verb's)
            appointer_owner(body, folded_body, t, name, cands, patterns)
        possessive_owner(body, t, name, cands, patterns, in_titles, doc)
        possessor_state(t, by_start, links, patterns.gaz, body)
        # "Chairman of the Board": the company's (entities@67)
        board_owner(body, folded_body, t, cands, titles, patterns)
        if t.plural and after is None and t.of is None and (both := OF_BOTH.match(body, t.end)) is not None:
            # "les ministres des Affaires étrangères des deux pays, X pour le Rwanda et Y pour la RDC"
            after = next((c for c in people if c.start >= both.end()
                          and _BEFORE_NAME.fullmatch(body, both.end(), c.start)), None)
            name = name or after
        if name is not None and after is not None and t.plural and t.of is None \
                and (each := listed_for(body, after, people, by_start)):
            # "les ministres des Affaires étrangères, X pour le Rwanda et Y pour la RDC", "the foreign
            # ministers, X for Rwanda and Y for Congo": each holds the office of the place after them
            links += [RoleLink(c, TitleMatch(t.start, t.core_start, t.end, t.core_end, t.title,
                                             entity_id(place, body), False, t.office, (place.start, place.end)))
                      for c, place in each]
            continue
        if after is not None and (held := bracketed_holders(body, t, after, people, patterns.fr_port,
                                                              patterns.en_port, lang)):
            links += [RoleLink(c, own) for c, own in held]  # "les ministres X (Intérieur) et Y (Justice)"
            continue
        if name is not None:
            links.append(RoleLink(name, t))
            named_link = links[-1]
            apposed = before is not None  # the title stands in apposition after the name
            if after is None and before is None:
                subject_link = links[-1]
            if after is not None and t.plural:
                # "former NHL players Michael McLeod, Carter Hart and Cal Foote": each name listed
                links += [RoleLink(c, t) for c in listed(body, after, people)]
            continue
        if t.plural:
            continue
        nameless.append(t)
        if t.definite and t.of is not None and t.office is not None and t.of in patterns.gaz.entries:
            links.append(RoleLink(None, t))
    links += relative_offices(body, cands, named, patterns, {lk.candidate.start for lk in links if lk.candidate})
    links += led_by(body, cands, patterns, {lk.candidate.start for lk in links if lk.candidate})
    links += taken_offices(body, cands, named, patterns, {lk.candidate.start for lk in links if lk.candidate})
    # "Y succeeded X as chief executive", "X sera remplacé au poste de directeur par Y" (entities@81)
    links += succession_holders(folded_body, titles, named, links)
    links += referred_holders(body, nameless, named, cands, links, patterns, given, published, doc, lang)
    _same_office(titles, links, patterns.gaz)
    state_of_government(body, cands, titles, links, patterns.gaz)  # "Foreign Minister X": the one state's
    state_of_head(body, cands, titles, links, patterns.gaz, published)  # "le président X", one state's article
    topic_owner(body, cands, links, patterns.gaz)  # "Chief Executive X" in an article about one company
    # "son homologue malien Abdoulaye Diop": the office of the last title met, another country.
    folded = fold_same_length(body)
    for m in patterns.homologue.finditer(folded):
        previous = [lk.title for lk in links if lk.title.end <= m.start()]
        name = next((c for c in named if c.start >= m.end()
                     and _BEFORE_NAME.fullmatch(body, m.end(), c.start)), None)
        of = patterns._demonym(m.group("dem1") or m.group("dem2"))
        if previous and name is not None and of is not None:
            base = previous[-1]
            links.append(RoleLink(name, TitleMatch(m.start(), m.start(), m.end(), m.end(), base.title, of,
                                                   False, base.office)))
    if lang != "en":  # "Celui des Sports, X": the last title's head with that complement (entities@83)
        links += elided_titles(body, titles, named)
    # "X et Y, respectivement président et directrice générale de Renault" (entities@97)
    return respective_roles(body, parts, people, links)


def _noun_owner(body: str, t: TitleMatch, noun: str, cands: list[Candidate], patterns: TitlePatterns) -> None:
    """`t.of` for a French title whose complement is an organisation's common noun ("du groupe"):
    the organisation the text introduced with that noun ("le groupe Renault"), else the last
    organisation named before the title in its paragraph."""
    folded = fold_same_length(body[:t.start])
    by_start = {c.start: c for c in cands if c.type == "ORG"}
    introduced = [by_start[m.end()] for m in re.finditer(rf"\b(?:le|la|l'|l’)\s*{noun}\s+", folded)
                  if m.end() in by_start]
    if not introduced:
        paragraph = body.rfind("\n", 0, t.start) + 1
        introduced = [c for c in cands if c.type == "ORG" and paragraph <= c.start and c.end <= t.start]
    if introduced:
        org = introduced[-1]
        t.of, t.of_span = entity_id(org, body), (org.start, org.end)


def _same_office(titles: list[TitleMatch], links: list[RoleLink], gaz: Gazetteer) -> None:
    """An office stated without its country is, in one article, the one the article names for
    that office elsewhere ("investi président de Madagascar … l'ex-président Andry Rajoelina"),
    when it names only one: a definite title refers back, as news style does. Only countries:
    "le président de la FIFA" says nothing of "le président Macron"."""
    countries: dict[str, set[str]] = {}
    for t in titles:
        if t.office is not None and t.of is not None and (e := gaz.entries.get(t.of)) is not None and e.type == "LOC":
            countries.setdefault(t.office, set()).add(t.of)
    for lk in links:
        t = lk.title
        if t.of is None and t.office is not None and len(found := countries.get(t.office, set())) == 1:
            t.of = next(iter(found))


# A parenthesis opened right before a title; the title's end, then a comma, then a name closing it.
_PAREN_OPEN = re.compile(r"\(\s*$")
_PAREN_CLOSED = re.compile(r"\s*\)[ \t]+(?=[A-Z])")
# (a lowercase adjective may end the title's field before it: "(professeur de science politique, …)";
# the name may follow "au/à la/at" instead of a comma: "(chargé de recherches au CNRS)")
_PAREN_OWNER = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w-]*){0,2}(?:\s*,\s*|\s+(?:au|aux|à\s+la|à\s+l['’]|at|of)\s+"
                          r"(?:the\s+)?)(?P<name>[A-Z][^()\n,]{1,80}?)\s*\)")


def _parenthesised(body: str, t: TitleMatch, after: Candidate | None,
                   people: list[Candidate]) -> tuple[int, int] | None:
    """Where a title opens parentheses right after a person's name and the name found after the title
    lies inside them: the span of the name closing them after a comma ("(Professeur, Université de
    Lille)"), (0, 0) when none does; None when the title is not so placed."""
    if not _PAREN_OPEN.search(body, max(0, t.start - 4), t.start) \
            or (after is not None and ")" in body[t.end:after.start]):
        return None
    opening = body.rfind("(", 0, t.start)
    if not any(c.end <= opening and AFTER_NAME.fullmatch(body, c.end, t.start) for c in people):
        return None
    owner = _PAREN_OWNER.match(body, t.end)
    return owner.span("name") if owner is not None else (0, 0)


def _possessor(body: str, start: int, by_end: dict[int, Candidate]) -> Candidate | None:
    """The name in the possessive right before a title ("McLeod's defence lawyer")."""
    m = _POSSESSIVE.search(body, max(0, start - 4), start)
    return by_end.get(m.start()) if m is not None else None


# A name after a preposition is a complement (a passive's agent, a place), never a verb's subject.
_AGENT_BEFORE = re.compile(r"\b(?:par|by|à|au|aux|en|chez|pour|avec|sur|dans|at|in|for|with|to|from)\s+"
                           r"(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?$")


def _subject(body: str, t: TitleMatch, people: list[Candidate],
             sex: Callable[[Candidate], str | None] | None = None, doc: Any = None) -> Candidate | None:
    """The person who takes the office a verb of appointment gives ("X a été élue présidente"),
    or whom a copula gives it ("X est le ministre"; `sex`: a person's, for the pronoun opening
    the sentence of the verb)."""
    verb = _APPOINTED.search(body, max(0, t.start - 200), t.start) \
        or office_verb(body, max(0, t.start - 200), t.start)  # "X will serve as", "being reappointed as"
    goal = verb is not None and "goal" in verb.re.groupindex and verb.group("goal")
    if verb is not None and goal and (body[verb.end("goal"):t.start].strip() or _DETERMINED.match(body, t.start)):
        verb = None  # "to the position of the mayor": a stance, or the title is not the post's
    if verb is None:
        # "X est le ministre …", "X, 83, is a former prime minister": the subject of a copula
        # right before the title, with no other word between them
        verb = COPULA.search(fold_same_length(body[:t.start]), max(0, t.start - 60))
        if verb is None or re.match(r"['’]s\b", body[t.core_end:]):  # "X was the president's choice"
            return None
        before = [c for c in people if c.end <= verb.start() and re.fullmatch(SUBJECT_GAP, body[c.end:verb.start()])]
        return before[-1] if before else incise_subject(body, verb.start(), people) \
            or antecedent(body, verb.start(), people, sex, doc)
    if (later := later_subject(body, fold_same_length(body), verb.start(), t.start, people, _APPOINTED)) is not None:
        return later  # "X est nommée ministre A, Y est ministre B": a clause of its own (entities@109)
    if _AGENT.search(body, verb.start(), t.start):
        return None  # "X a été désigné par les militants": a title that is the passive's agent is no office
    before = [c for c in people if c.end <= verb.start() and t.start - c.end < 160
              and not re.search(r"[.!?;\n]", body[c.end:verb.start()])
              # a complement is no subject: "X, pressentie à Matignon avant d'être doublée par Y a été
              # nommée ministre" is X's post (entities@107)
              and not _AGENT_BEFORE.search(body, max(0, c.start - 12), c.start)]
    if (closing := _INCISE_CLOSED.search(body, max(0, verb.start() - 40), verb.start())) is not None:
        # "X, who ran Y's campaign, has been appointed as …": the verb's subject is the name the incise
        # follows, not one inside it (entities@97)
        head = [c for c in before if _INCISE_AFTER.fullmatch(body, c.end, closing.start())]
        before = head[-1:] or before
    # "X met reporters. She previously served as …": the pronoun's antecedent takes the office
    return before[-1] if before else antecedent(body, verb.start(), people, sex, doc)


def role_of(link: RoleLink) -> Role:
    return Role(link.title.title, link.title.of, link.title.office)
