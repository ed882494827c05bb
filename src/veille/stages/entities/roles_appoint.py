"""Offices given by a verb of appointment to its object ("Acme named X (as) its chief executive", "Le
conseil a nommé X directeur général"), and whose they are: the organisation that is the verb's subject
("Renault a nommé X directeur général" gives X the office of directeur général of Renault; entities@67).
Split out of `roles` (which reads the title patterns) when the owner reading was added."""

from __future__ import annotations

import re
from functools import cache

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import OWNER_POSSESSIVE
from veille.stages.entities.roles_inventory import heads, person_nouns
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles import TitlePatterns
from veille.stages.entities.roles_titles_en import entity_id
from veille.stages.entities.text import fold

# A verb that gives its object an office, the office right after the object: "Acme named X (as) its
# new chief executive", "The board appointed X chairman", "Le conseil a nommé X directeur général",
# "… a désigné X au poste de sélectionneur", "la nomination de X comme …" (on folded text). An active
# verb: its object, not its subject, takes the office (the passive "X a été nommé directeur" is `_APPOINTED`'s).
_APPOINTS_OBJECT = re.compile(
    r"\b(?:nomme|nommera|a\s+nomme|avait\s+nomme|designe|a\s+designe|choisit|a\s+choisi|elit|a\s+elu"
    r"|reconduit|a\s+reconduit|promeut|a\s+promu|installe|a\s+installe"
    # the infinitive after a verb of deciding: "le groupe a décidé de nommer X au poste de PDG"
    r"|nommer|designer|elire|reconduire|promouvoir|installer|choisir"
    r"|names?|named|naming|appoint(?:s|ed|ing)?|elect(?:s|ed|ing)?|chose|chooses|picked|picks|tapped|taps"
    r"|hired|hires|nominated|nominates|promoted|promotes|installed|installs|re-?appointed|re-?elected"
    r"|select(?:s|ed|ing)?|selectionne|a\s+selectionne"  # entities@99: "Acme selected X as chief executive"
    # ... or the verb's noun, its object after "de/of": "la nomination de X comme directrice générale",
    # "the appointment of X as chief executive"
    r"|(?:nomination|designation|election|reconduction|promotion|appointment|installation)\s+(?:de|of))"
    # an incise between the verb and its object: "de nommer, à l'unanimité, X au poste de PDG",
    # "named, on Monday, X as chief executive"
    r"(?:\s*,[^,.;:!?\n]{1,30},)?"
    r"\s+(?:(?:m|mme|mr|mrs|ms|dr)\.?\s+)?$")
_OBJECT_GAP = re.compile(
    # ", as" closes an apposition that names the object by its present office ("named current
    # chairman, X, as chief executive"; entities@105)
    r"(?:,[ \t]*as\s+|\s+)"
    r"(?:(?:as|to\s+be|to\s+the\s+post\s+of|to\s+the\s+position\s+of|comme|en\s+tant\s+que|au\s+poste\s+d['’e]"
    r"|a\s+la\s+fonction\s+d['’e]|a\s+la\s+tete\s+d['’eu])\s*)?"
    # an anaphoric owner before the post, "named X as the company's senior vice president": its
    # `of` is the organisation named before (`anaphoric_owner`, as "resigned as the company's …")
    rf"(?:{OWNER_POSSESSIVE}|(?:its|their|his|her|the|son|sa|leur|le|la|l['’])\s*)?"
    r"(?:(?:new|next|nouveau|nouvelle|nouvel)\s+)?$")


def appointed_object(body: str, folded: str, t: TitleMatch, people: list[Candidate]) -> Candidate | None:
    """The object of a verb that gives an office, the office right after it ("Acme named X as its
    chief executive", "Le conseil a nommé X directeur général"); `folded` is the body folded
    (`fold_same_length`), once per article."""
    owner = next((c for c in people if t.of_span == (c.start, c.end) and c.type == "PER"
                  and _APPOINTS_OBJECT.search(folded, max(0, c.start - 40), c.start)), None)
    if owner is not None and t.of_span is not None:
        # "appointed X chairman" read as an English title after its organisation ("Acme chairman"):
        # X is the verb's object, who takes the office
        t.of, t.of_span, t.start = None, None, t.core_start
        return owner
    person = next((c for c in reversed(people) if c.end <= t.start and c.type == "PER"
                   and _OBJECT_GAP.fullmatch(folded, c.end, t.start)), None)
    if person is None:
        return None
    start = person.start
    if (noun := _OBJECT_NOUN.search(folded, max(0, start - 50), start)) is not None \
            and noun.group("w").split("-")[-1] in person_nouns():
        # "a nommé le haut-fonctionnaire X au poste de Premier ministre": the object's own noun of
        # office, with its determiner, stands between the verb and the name (entities@90)
        start = noun.start()
    if _APPOINTS_OBJECT.search(folded, max(0, start - 40), start) is not None:
        return person
    for noun_start in _apposed_office(folded, start):
        # "has named current chairman, X, as chief executive": the object named first by the office it
        # holds, then by its name in a comma's apposition (entities@105)
        if _APPOINTS_OBJECT.search(folded, max(0, noun_start - 40), noun_start) is not None:
            return person
    return None


# The object's present office before its name, closed by a comma: a head of the inventory (English or
# French, one word, folded) and up to two words before it ("current chairman, ", "its finance chief, ").
_APPOSED_OFFICE = re.compile(r"(?P<w>[a-z-]+),[ \t]*$")
_WORD_BEFORE = re.compile(r"([a-z-]+)\s+$")


def _apposed_office(folded: str, start: int) -> list[int]:
    """Where the object's office may start, nearest first, when a head noun of office and a comma
    stand right before the name; none otherwise."""
    m = _APPOSED_OFFICE.search(folded, max(0, start - 40), start)
    if m is None or m.group("w").split("-")[-1] not in _office_heads():
        return []
    starts = [m.start()]
    for _ in range(2):
        if (w := _WORD_BEFORE.search(folded, max(0, starts[-1] - 30), starts[-1])) is None:
            break
        starts.append(w.start())
    return starts


@cache
def _office_heads() -> frozenset[str]:
    return person_nouns() | frozenset(fold(h) for h in heads("en") if " " not in h.strip())


# A determiner and a noun of office (the last of up to three words) right before the object's name
# ("le haut-fonctionnaire X", "l'ancien ministre X"); the noun must be a person's (`person_nouns`), so
# "le frère de X" is none.
_OBJECT_NOUN = re.compile(r"(?:\b(?:le|la|les|son|sa|its|his|her|the)\s+|\bl['’]\s*)"
                          r"(?:[a-z-]+\s+){0,2}(?P<w>[a-z-]+)\s+$")


# What kind of organisation a candidate is, by its gazetteer entry (the model's span looked up when it
# carries none, less a determiner: "The White House"): world.jsonl's kinds (entities@70).
_DETERMINER = re.compile(r"(?:the|le|la|les|l['’])\s*", re.IGNORECASE)


def _kind(c: Candidate, body: str, patterns: TitlePatterns) -> str:
    if c.entry is not None:
        return c.entry.kind
    return patterns.gaz.kind_of(_DETERMINER.sub("", body[c.start:c.end], count=1))


# Where a sentence starts: a full stop, "!" or "?" before a capital or a quote, a semicolon, a line break
# (not "N.Y.," nor "Dr. X").
_SENTENCE_END = re.compile(r"(?:[.!?]\s+(?=[A-Z\"«“‘'(])|;\s*|\n)")
# What may open a sentence before the organisation that is its subject (folded text): an opening
# phrase closed by a comma ("On Monday,", "Lundi,"), a determiner and up to two common nouns that
# describe the organisation ("the carmaker", "le constructeur automobile"), or the governing body
# that acts for it ("The board of", "Le conseil d'administration de").
_SUBJECT_OPENING = re.compile(
    r"\s*(?:[^,\n]{1,30},\s*)?(?:(?:the|le|la|les|l['’])\s*)?"
    r"(?:(?:board(?:\s+of\s+directors)?|conseil\s+d['’]administration|conseil\s+de\s+surveillance|directoire"
    r"|shareholders|actionnaires|assemblee\s+generale)\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|l['’])\s*)?)?"
    r"(?:[a-z]+\s+){0,2}")
# A clause between the subject and the verb that would give the verb another subject: a relative
# pronoun or a conjunction, unless it is the organisation's own report ("Acme said it named …",
# "Renault a annoncé qu'il a nommé …").
_OTHER_CLAUSE = re.compile(r"\b(?:who|which|whose|that|where|while|after|when|qui|que|dont|ou|lorsque|quand"
                           r"|apres|alors)\b(?!\s+(?:it|il|elle)\b)")


# A phrase of succession between the appointee and the predecessor (folded): "to succeed", "to replace",
# "pour succéder à", "pour remplacer" (entities@99) ...
_IN_SUCCESSION = re.compile(r"\b(?:to\s+(?:succeed|replace)|pour\s+(?:succeder\s+a|remplacer))\s+$")
# ... after the appointee's name and the letters of degrees it may carry ("X RN, MSN, to succeed").
_POST_NOMINAL_GAP = re.compile(r"(?:,?[ \t]+[A-Z][A-Za-z]{1,4}\.?)*,?[ \t]+")
# The same two read from the appointee forward, on the body: "X RN, MSN, to succeed |Y".
_SUCCESSION_AFTER = re.compile(r"(?:,?[ \t]+[A-Z][A-Za-z]{1,4}\.?)*,?[ \t]+(?:to[ \t]+(?:succeed|replace)"
                               r"|pour[ \t]+(?:succéder[ \t]+à|remplacer))[ \t]+")


def appointer_owner(body: str, folded: str, t: TitleMatch, person: Candidate, cands: list[Candidate],
                    patterns: TitlePatterns) -> None:
    """`t.of` for an office a verb of appointment gives its object, `person` (`appointed_object`),
    when no `of` was read: the organisation that is the verb's subject, named at the start of the
    sentence ("Acme Corp named X chief executive", "Renault a nommé X directeur général", "The board
    of Acme appointed X chairman"; entities@67). A person as the subject ("Trump named X …") gives
    no owner: the office is then not the subject's. Offices an organisation fills are its own, as
    the language states it: the verb's subject is who appoints to them. A seat of government that
    stands for the state ("L'Élysée a nommé X ambassadeur", "The White House named X …"; world.jsonl's
    kind `seat_of_power`) appoints to the state's offices, not its own: no owner (entities@70)."""
    if t.of is not None:
        return
    obj, gap_end = person, person.end
    if (succ := _IN_SUCCESSION.search(folded, max(0, person.start - 30), person.start)) is not None:
        # "Acme selected X to succeed Y as chief executive" (entities@99), the office read as Y's
        # (`roles_succession` gives it to X too): the verb's object is X, before the phrase
        obj = next((c for c in reversed(cands) if c.type == "PER" and c.end <= succ.start()
                    and _POST_NOMINAL_GAP.fullmatch(body, c.end, succ.start())), person)
    elif (succ := _SUCCESSION_AFTER.match(body, person.end)) is not None \
            and (pred := next((c for c in cands if c.start == succ.end() and c.type == "PER"), None)) is not None:
        # ... the office read as X's, the subject's: the predecessor Y stands between X and the office
        gap_end = pred.end
    verb = _APPOINTS_OBJECT.search(folded, max(0, obj.start - 40), obj.start)
    if verb is None or not _OBJECT_GAP.fullmatch(folded, gap_end, t.start):
        return
    start = max((m.end() for m in _SENTENCE_END.finditer(body, 0, verb.start())), default=0)
    clause = [c for c in cands if start <= c.start and c.end <= verb.start()]
    orgs = [c for c in clause if c.type == "ORG"]
    if len(orgs) != 1 or any(c.type == "PER" for c in clause):
        return  # a person acts, or two organisations: whose is the verb is not stated
    org = orgs[0]
    gap = folded[org.end:verb.start()]
    if not _SUBJECT_OPENING.fullmatch(folded, start, org.start) or len(gap) > 100 or _OTHER_CLAUSE.search(gap):
        return
    if _kind(org, body, patterns) == "seat_of_power":
        return  # the state appoints (entities@70)
    t.of, t.of_span = entity_id(org, body), (org.start, org.end)


# A company's governing body named alone, as a definite noun with no complement ("the Board", "the board
# of directors", "le conseil d'administration", "le conseil de surveillance", "le directoire"; folded).
_GOVERNING_BODY = (r"(?:(?:supervisory|executive)\s+board|board(?:\s+of\s+directors)?|conseil\s+d['’]\s*administration"
                   r"|conseil\s+de\s+surveillance|directoire)")
_BODY_NAME = re.compile(rf"(?:the\s+|le\s+|l['’]\s*)?{_GOVERNING_BODY}", re.IGNORECASE)
_BODY_TAIL = re.compile(rf"\s+(?:of\s+the|du|de\s+la)\s+{_GOVERNING_BODY}$", re.IGNORECASE)
# ... or right after the title read ("non-executive Chairman" before "of the Board").
_BODY_AFTER = re.compile(rf"\s+(?:of\s+the|du|de\s+la)\s+{_GOVERNING_BODY}\b", re.IGNORECASE)
# A source a text cites, not a company it is about (folded): "selon l'AFP", "according to Reuters",
# "d'après Le Monde", "Reuters reported", "a rapporté l'AFP" (entities@70).
_SOURCE_BEFORE = re.compile(r"\b(?:selon|d['’]apres|according\s+to|cited\s+by|reported\s+by|rapporte\s+par)"
                            r"\s+(?:(?:the|le|la|les|l['’])\s*)?$")
_SOURCE_AFTER = re.compile(r"\s*(?:,\s*)?(?:reported|reports|said\s+in\s+a\s+report|a\s+rapporte|rapporte)\b")
_SOURCE_REPORTED = re.compile(r"(?:a\s+rapporte|rapporte|reported)\s+(?:(?:the|le|la|les|l['’])\s*)?$")
# The press: a news agency or a newspaper or broadcaster (world.jsonl's kinds), which reports on a
# company and has no board the text means.
_PRESS = frozenset({"agency", "media"})


def board_owner(body: str, folded: str, t: TitleMatch, cands: list[Candidate], titles: list[TitleMatch],
                patterns: TitlePatterns) -> None:
    """`t.of` for an office of a company's governing body named with no complement ("Chairman of the
    Board", "président du conseil de surveillance"; entities@67): the body is the company's, and the
    definite noun refers to the company the text named last before the title (else first after it):
    an organisation a model found, or one another title named as what it is of ("Acme Chief Financial
    Officer X"), that is no governing body itself nor one letter ("I look forward" read as a title).
    A body with its company named ("président du conseil d'administration de Michelin") keeps the
    `of` read. The company is one named in the title's paragraph (none before in the whole text: the
    first after), and not the press nor a source cited ("selon l'AFP", "Reuters reported";
    entities@70)."""
    if t.of_span is not None:
        if not _BODY_NAME.fullmatch(folded, *t.of_span):
            return
    elif t.of is not None or not (_BODY_TAIL.search(folded, t.core_start, t.end) or _BODY_AFTER.match(folded, t.end)):
        return
    named = [(c.start, c.end, entity_id(c, body)) for c in cands
             if c.type == "ORG" and _kind(c, body, patterns) not in _PRESS]
    named += [(o.of_span[0], o.of_span[1], o.of) for o in titles
              if o.of_span is not None and o.of is not None and o.of.startswith("org:")]
    orgs = sorted((s, e, i) for s, e, i in named if not _BODY_NAME.fullmatch(folded, s, e) and e - s >= 2
                  and not _SOURCE_BEFORE.search(folded, max(0, s - 30), s) and not _SOURCE_AFTER.match(folded, e)
                  and not _SOURCE_REPORTED.search(folded, max(0, s - 30), s))
    before = [o for o in orgs if o[1] <= t.start]
    paragraph = body.rfind("\n", 0, t.start) + 1
    if before:
        # the company the paragraph named last; one named in another paragraph is not what "the Board" means
        owner = before[-1] if before[-1][0] >= paragraph else None
    else:
        # none named before (a press release's company in its removed headline): the first named after
        owner = next((o for o in orgs if o[0] >= t.end), None)
    if owner is not None:
        t.of, t.of_span = owner[2], (owner[0], owner[1])
    elif t.of_span is not None:
        t.of, t.of_span = None, None  # "the Board" alone is no owner: whose it is is not said (entities@70)
