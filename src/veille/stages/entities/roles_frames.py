"""Frames that tie an office to a name without a title right beside it, or that say what a title
placed after a name is of, in French and English news grammar:

- a title after the name, in an apposition: "X, ministre de …", "X, 52 ans, ancienne juge",
  "X, 45, the chief executive", "X (ministre de …)", "X, who is the party's leader";
- an anaphoric possessive in that apposition: "X, the country's foreign minister" (the country the
  text named last before X), "X, the company's chief executive" (the organisation named last);
- a relative clause or a phrase that states an office by its verb or its head: "X, qui dirige la
  FIFA", "X, who chairs the Fed", "X, à la tête de la FIFA", "X, at the helm of Airbus", "X, who
  founded SpaceX" (the title is the verb's agent noun).

Written from general knowledge of French and English news style; no frame comes from an evaluation
text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.stages.entities.english_names import english_names, place_kinds
from veille.stages.entities.gazetteer import Gazetteer
from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_context import last_country
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.roles_titles import TitlePatterns
from veille.stages.entities.roles_titles_en import entity_id
from veille.stages.entities.text import fold_same_length, slug


@dataclass
class RoleLink:
    candidate: Candidate | None  # the name the title is attached to; None for a role-only mention
    title: TitleMatch


# What may stand between a name and the title after it: a comma (an age between two commas: "X,
# 52 ans, …", "X, 45, …") or an opening parenthesis, then a relative "who is" or an article, then
# an anaphoric possessive ("the country's", "the company's") whose owner the text named before.
_OWNERS = ("country|nation|state|government|kingdom|party|company|firm|group|bank|club|team|league|army"
           "|court|city|town|county|province|region|village|municipality|borough|union|agency|organisation|organization|carmaker|automaker|retailer|airline|lender"
           "|insurer|broadcaster|network|newspaper|charity|university|school|hospital|ministry|federation"
           # the maker or trader a business story calls the company by ("the computer maker's", "the chipmaker's")
           "|maker|chipmaker|manufacturer|producer|supplier|operator|developer|publisher|conglomerate|giant"
           # (entities@93) more kinds of organisation, after WordNet 3.0's hyponyms of organization.n.01
           # and institution.n.01 and the nouns news uses for a young company ("the startup's chief
           # technology officer", "the movement's political chief", "the foundation's president"); not a
           # body of another organisation ("committee", "board", "council"), which is its own owner
           "|startup|start-up|business|movement|foundation|institute|nonprofit|association|coalition|alliance"
           "|fund|lab|laboratory")
AFTER_NAME = re.compile(
    # a party or a place in parentheses may stand between the name and its apposition: "X (PS), ministre"
    r"(?:\s*\([^()\n]{1,30}\))?"
    # ... and so may the party and state of a US legislator, as AP style writes them: "Sen. X, D-Mass., the …"
    r"(?:\s*,\s*[DRI]-[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?(?=\s*,))?"
    # ... and so may post-nominal letters, each between commas: a degree or a licence written as
    # capitals ("X, MD, PhD, president of Y", "X, M.D., the chief medical officer"), a generational
    # suffix ("X, Jr., the mayor") (entities@81)
    r"(?:\s*,\s*(?:(?:[A-Z][a-z]?\.?){2,4}|Jr\.?|Sr\.?|Esq\.?)(?=\s*,))*"
    r"\s*(?:,\s*(?:\d{1,3}(?:\s+ans)?\s*,\s*)?|\(\s*"
    # ... or "as" (a post held, taken or acted in: "X as Minister of Trade", "X, acting as Minister of
    # the Interior", "X en tant que ministre"): the predicate of the name before it
    r"|,?\s+(?:(?:is\s+|was\s+)?acting\s+as|as|en\s+tant\s+que)\s+)"
    # a relative clause whose copula (any tense: "qui restera", "who will remain") gives the title, a
    # French incise "quant à lui/elle" after it ("X, qui restera quant à lui administrateur")
    r"(?:(?:qui|who)\s+(?:est|était|etait|fut|a\s+été|avait\s+été|sera|serait|reste|restera|restait|demeure"
    r"|demeurera|devient|deviendra|devenait|is|was|has\s+been|had\s+been|will\s+be|would\s+be|remains|remained"
    r"|will\s+remain|becomes|became|will\s+become|serves\s+as|served\s+as|will\s+serve\s+as)\s+"
    r"(?:quant\s+[àa]\s+(?:lui|elle|eux|elles)\s+)?)?"
    # (or an English possessive determiner, entities@97: "Acme said X, its chief executive, would leave",
    # "X, their coach", "X, her lawyer"; `possessive_owner` reads what it stands for, as before a name)
    r"(?:(?:en tant que|en sa qualité de|the|a|an|its|their|his|her)\s+)?"
    # a count of terms or an age before the title: "X, a two-time central banker", "a 45-year-old teacher"
    r"(?:(?:\d{1,3}|[a-z]+)-(?:time|term|year-old)\s+)?"
    # an adverb of time before the title: "X, désormais ministre", "X, now the party's leader"
    r"(?:(?:désormais|aujourd['’]hui|actuellement|alors|jusqu['’]ici|jusqu['’]alors|encore|now|currently|then|still)\s+)?"
    # one of a plural title's holders: "X, l'un des vice-présidents de Y", "X, one of the founders of Y"
    r"(?:(?:l['’]\s*une?|une?|one)\s+(?:des|of\s+(?:the|its|their)|of)\s+)?"
    # (one word may qualify the owner noun: "the computer maker's", "the state-owned bank's")
    # (entities@93: the qualifier may be an acronym or a product's name, "the AI startup's", "the ChatGPT maker's")
    rf"(?:(?:the\s+)?(?:[A-Za-z][\w-]*\s+)?(?:{_OWNERS})['’]s\s+(?:[a-z]+-[a-z]+\s+)?)?")
# (a compound adjective may qualify the title: "the computer maker's long-serving chief financial officer")
_COUNTRY_OWNER = re.compile(r"(?:country|nation|state|kingdom)['’]s\s+(?:[a-z]+-[a-z]+\s+)?$")
# The nouns of places below a country's level: "the city's finance director" is the office of the
# city the text named before ("the city of Lake Charles"), a place, never an organisation's (a
# "City Council" is the city's body, not the city: `noun_as_modifier`).
# A place's name: capitalised words, one "de/du/la/of" inside ("Lake Charles", "Bay St. Louis").
_PLACE_NAME = r"[A-Z][\w'’.-]*[\w](?:[ \t]+(?:(?:de|du|la|of)[ \t]+)?[A-Z][\w'’.-]*[\w])*"
_PLACE_OWNER = re.compile(r"(?P<noun>city|town|county|province|region|village|municipality|borough)['’]s\s+"
                          r"(?:[a-z]+-[a-z]+\s+)?$")
_ORG_OWNER = re.compile(rf"(?P<noun>{_OWNERS})['’]s\s+(?:[a-z]+-[a-z]+\s+)?$")


# Nouns of one kind of place, a settlement: a text calls the same one "the city" and "the town".
_SETTLEMENT = frozenset({"city", "town", "village", "municipality", "borough", "commune", "suburb", "capital", "port"})


def _other_kind(kinds: set[str], noun: str) -> bool:
    """Whether the place nouns that present a name (`english_names.place_kinds`) say it is a place
    of another kind than the possessive's noun ("county" for "the town's"); none says nothing."""
    same = _SETTLEMENT if noun in _SETTLEMENT else {noun}
    return bool(kinds) and not kinds & same


def noun_as_modifier(name: str, noun: str) -> bool:
    """Whether an organisation's name holds the possessive's noun only as a modifier of another head
    ("City Council" for "the city's", "Team Sky" aside): English compounds put the head last, so a
    noun another word follows without "of" is not what the name names, and "the city's finance
    director" is not the council's (entities@57). "Bank of Canada" keeps "bank" as its head."""
    words = name.lower().split()
    return any(w == noun and words[i + 1] not in ("of", "for", "de", "du", "des") for i, w in enumerate(words[:-1]))


# The same possessive right before a title that a name follows: "the company's chief executive, X".
OWNER_BEFORE = re.compile(rf"\b[Tt]he\s+(?:[A-Za-z][\w-]*\s+)?(?:{_OWNERS})['’]s\s+$")  # qualifier: entities@93
# The same possessive as a pattern to embed (lowercase, as on folded text): "named X as the company's …".
OWNER_POSSESSIVE = rf"the\s+(?:{_OWNERS})['’]s\s+"


def anaphoric_owner(body: str, between: str, before: int, t: TitleMatch, cands: list[Candidate],
                    patterns: TitlePatterns) -> None:
    """`t.of` for "X, the country's foreign minister" (the country named last before X) and "X,
    the company's chief executive" (the organisation named last before X, not across a
    paragraph); `between` holds the possessive, `before` is where the phrase starts."""
    if _COUNTRY_OWNER.search(between):
        t.of = last_country(cands, before, patterns.gaz)
        return
    if place_owner := _PLACE_OWNER.search(between):
        # the place named last before, in the same paragraph, that is no country (a country is no
        # city: "Smith said France … the city's mayor" names another place the text leaves implicit);
        # with none, an organisation named as the place is ("the city's" after "Lake City" typed ORG)
        start = body.rfind("\n", 0, before) + 1
        countries = set(patterns.gaz.demonyms.values())
        # entities@78: nor one the text presents as a place of another kind ("the county of
        # Fenwick" is not what "the town's" points to; "the city of X" may be, one settlement)
        noun = place_owner.group("noun")
        places = [c for c in cands if start <= c.start and c.end <= before and c.type == "LOC"
                  and (c.entry is None or c.entry.id not in countries)
                  and not _other_kind(place_kinds(body, body[c.start:c.end]), noun)]
        if places:
            t.of, t.of_span = entity_id(places[-1], body), (places[-1].start, places[-1].end)
            return
        # a place no model found, introduced by its noun: "the city of Lake Charles" (the same noun)
        introduced = rf"\b{place_owner.group('noun')}\s+of\s+(?P<name>{_PLACE_NAME})"
        named = list(re.finditer(introduced, body[start:before]))
        if named:
            at = start + named[-1].start("name")
            span = (at, at + len(named[-1].group("name")))
            t.of, t.of_span = f"loc:{slug(body[span[0]:span[1]])}", span
            return
    if owner := _ORG_OWNER.search(between):
        start = body.rfind("\n", 0, before) + 1
        noun = owner.group("noun").lower()
        orgs = [c for c in cands if start <= c.start and c.end <= before and c.type == "ORG"
                and not noun_as_modifier(body[c.start:c.end], noun)]
        found = [(s, e) for s, e in _english_orgs(body, start, before, cands)
                 if not noun_as_modifier(body[s:e], noun)]
        # (entities@104) an organisation whose own name has the possessive's noun as its head is
        # the one the noun refers back to ("the International Criminal Court (ICC) … seeks warrants for
        # … Hamas leader X …, the court's chief prosecutor"): the noun names its class, so the last
        # organisation named is only the fallback
        headed = [c for c in orgs if noun in re.findall(r"[a-z]+", body[c.start:c.end].lower())]
        if headed or orgs:
            last = (headed or orgs)[-1]
            t.of, t.of_span = entity_id(last, body), (last.start, last.end)
        elif found:
            # an English company no model found, its name typed by its head ("Acme Corp")
            t.of, t.of_span = f"org:{slug(body[found[-1][0]:found[-1][1]])}", found[-1]


# "X, qui dirige la FIFA", "X, who heads the IMF", "X, à la tête de la FIFA", "X, who founded
# SpaceX": a relative clause or a phrase after a name that states an office (on folded text).
_HEADS = re.compile(
    r"\s*,\s*(?:(?:desormais|aujourd'hui|actuellement|toujours|now|currently|still)\s+)?"
    r"(?:qui\s+(?:(?:a|avait)\s+)?(?P<fr>dirigeait|dirige|presidait|preside|commandait|commande|entrainait|entraine"
    r"|fonde|possedait|possede)(?![\w-])"
    r"|(?P<fr_at>a la tete)\s+(?:de|du|des)|(?P<en_at>at the (?:helm|head))\s+of"
    r"|who\s+(?:(?:now|currently|still|has|had|once|previously|formerly)\s+)?(?P<en>heads|headed|leads|led|chairs"
    r"|chaired|runs|ran|commands|commanded|coaches|coached|manages|managed|owns|owned|founded|co-founded|directs"
    r"|directed|oversees|oversaw|supervises|supervised)(?![\w-]))"
    r"\s*(?:(?:le|la|les|l'|the)\s*)?")
# The same verbs right after their subject, with no relative pronoun ("X chairs Northwind", "X dirige
# la FIFA depuis 2016"), in the present (a past "X led the team to victory" tells of a deed) or
# "founded"; what follows must be an organisation (`relative_offices`).
_HEADS_BARE = re.compile(
    # (an age between commas may part the verb from its subject, as news style writes it: "X, 57 ans, préside …")
    r"(?:\s*,\s*\d{1,3}(?:\s+ans)?\s*,)?"
    r"[ \t]+(?:(?:now|currently|also|still|desormais|toujours|aussi|actuellement)\s+)?"
    r"(?:(?P<fr>dirige|preside|commande|entraine|possede)|(?P<en>heads|leads|chairs|runs|commands|coaches|manages"
    r"|owns|directs|oversees|supervises|founded|co-founded))(?![\w-])\s*(?:(?:le|la|les|l'|the)\s*)?")
# The agent noun of each verb, whatever its tense: a past office counts as a role.
_AGENT = {"dirige": "dirigeant", "preside": "président", "commande": "commandant", "entraine": "entraîneur",
          "fonde": "fondateur", "possede": "propriétaire", "a la tete": "chef",
          "heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "commands": "commander",
          "coaches": "coach", "manages": "manager", "owns": "owner", "founded": "founder",
          "co-founded": "co-founder", "directs": "director", "at the helm": "head", "at the head": "head",
          "headed": "head", "led": "leader", "chaired": "chair", "ran": "head", "commanded": "commander",
          "coached": "coach", "managed": "manager", "owned": "owner", "directed": "director",
          # overseeing a body is heading it ("X, who oversees the agency's work" names no body: its
          # possessive is no organisation's name, `relative_offices`)
          "oversees": "head", "oversaw": "head", "supervises": "head", "supervised": "head"}
# One lowercase modifier may stand between the article and the name: "who leads the opposition
# Labour Party", "qui dirige le puissant syndicat CGT" (the name must follow it).
_MODIFIER = re.compile(r"([a-zà-ÿ][\w-]*)\s+")
_FUNCTION_WORDS = {"de", "du", "des", "la", "le", "les", "et", "en", "a", "au", "aux", "sur", "dans", "avec",
                   "pour", "par", "depuis", "un", "une", "of", "the", "and", "in", "at", "for", "with", "to", "on",
                   "by", "from", "an", "since", "until", "as", "its", "their", "his", "her", "son", "sa", "ses",
                   "leur"}


def _agent(verb: str) -> str:
    """The agent noun of a French verb in the present or the imperfect ("dirigeait" -> "dirige")."""
    return _AGENT.get(verb) or _AGENT[re.sub(r"e?ait$", "e", verb)]


def relative_offices(body: str, cands: list[Candidate], people: list[Candidate], patterns: TitlePatterns,
                     titled: set[int]) -> list[RoleLink]:
    """Offices stated by a relative clause or "à la tête de" after a name ("X, qui dirige le
    Niger depuis 2023"), for names no title was attached to; what follows must be a name the
    text found, not a person's."""
    folded = fold_same_length(body)
    by_start = {c.start: c for c in cands}
    out: list[RoleLink] = []
    for person in people:
        m = _HEADS.match(folded, person.end)
        bare = m is None and (m := _HEADS_BARE.match(folded, person.end)) is not None
        if m is None or person.start in titled or person.type != "PER":
            continue
        what = by_start.get(m.end())
        at = m.end()
        for _ in range(2):  # one or two modifiers in lowercase in the text, then the name
            mod = _MODIFIER.match(body, at)
            if what is not None or mod is None or fold_same_length(mod.group(1)) in _FUNCTION_WORDS:
                break
            at = mod.end()
            what = by_start.get(at)
        group = next(g for g in ("fr", "fr_at", "en", "en_at") if g in m.re.groupindex and m.group(g))
        if what is None and group in ("en", "en_at") \
                and (found := [f for f in _english_orgs(body, m.end(), m.end() + 80, cands) if f[0] == m.end()]):
            # "X, who leads the Labour Party": an English body no model found, typed by its head noun
            s, e = found[0]
            out.append(RoleLink(person, TitleMatch(m.start(), m.start(group), e, m.end(group),
                                                   _agent(m.group(group)), f"org:{slug(body[s:e])}", False,
                                                   None, (s, e))))
            continue
        if what is None or what.type == "PER" or (bare and what.type != "ORG") \
                or re.match(r"['’]s?\s", body[what.end:]):
            # "X, who heads the IMF's Africa department": the office is of the body the possessive
            # names, which is no name; a verb after its subject names an organisation's office only
            continue
        office = "président" if m.group(group) in ("preside", "presidait") and what.type == "LOC" else None
        title = TitleMatch(m.start(), m.start(group), what.end, m.end(group), _agent(m.group(group)),
                           entity_id(what, body), False, office, (what.start, what.end))
        out.append(RoleLink(person, title))
    return out


# An office named by its noun after a verb of taking it: "X a pris la tête de la FIFA", "X, nommé en
# mars à la tête de la DGSE", "X a succédé à Y à la présidence du CIO", "X took the helm of Acme",
# or of holding it: "X occupe la présidence de la FIFA" (on folded text). The verb's subject is the
# person who takes it.
_TAKEN = re.compile(
    r"\b(?:(?:a|avait|ont|va)\s+)?(?:(?:pris|prend|prendra|prendre|prenait|repris|reprend|reprendra)\s+"
    r"|(?:accede|accedera|accedait|accede)\s+"
    # holding it: "X occupe la présidence de la FIFA depuis 2016", "X assurera la direction du CIO"
    r"|(?P<hold>occup|assur|assum|exerc)(?:e|es|ent|ait|aient|era|eront|er)\s+"
    r"|(?:nommee?|elue?|designee?|installee?|propulsee?|portee?"
    r"|reconduite?|maintenue?|confirmee?|arrive|arrivee?|succede|succedera)(?:\s[^.!?;:,\n]{1,40}?)?\s+(?=a\s)"
    r"|(?:took|takes|take|taking|taken)\s+(?:over\s+)?(?:the\s+)?(?=helm|reins|leadership|charge))"
    r"(?:a\s+)?(?:la\s+)?(?P<noun>tete|presidence|direction|helm|reins|leadership|charge)\s+"
    r"(?:du\s+|des\s+|de\s+la\s+|de\s+l'\s*|d'\s*|de\s+|of\s+(?:the\s+)?|at\s+(?:the\s+)?)")
# The predecessor inside `_TAKEN`'s gap: "succède à Y", "a succédé à M. Y" (on folded text).
_SUCCEEDS_TO = re.compile(r"\bsucced(?:e|era|ait)\s+a\s+(?:(?:m|mme|mr|dr)\.?\s+)?")
_NOUN_PHRASE = re.compile(r"\b(?:le|la|les|l'|un|une|des|du|son|sa|ses|leur|ce|cette)\b")
_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:de|du|des|of|par|by|with|avec|a|au|to|pour|for)\s+|\bd'\s*)$")
_TAKEN_AGENT = {"tete": "chef", "presidence": "président", "direction": "directeur", "helm": "head",
                "reins": "head", "leadership": "leader", "charge": "head"}


def taken_offices(body: str, cands: list[Candidate], people: list[Candidate], patterns: TitlePatterns,
                  titled: set[int]) -> list[RoleLink]:
    """Offices named by their noun after a verb of taking them ("X a pris la tête de la FIFA"),
    given to the verb's subject: the last person named before the verb in its sentence."""
    folded = fold_same_length(body)
    by_start = {c.start: c for c in cands}
    out: list[RoleLink] = []
    for m in _TAKEN.finditer(folded):
        what = by_start.get(m.end())
        if what is None or what.type == "PER":
            continue
        sentence = max(body.rfind(".", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        before = [c for c in people if sentence <= c.start and c.end <= m.start() and c.type == "PER"]
        if not before or before[-1].start in titled \
                or _COMPLEMENT_BEFORE.search(folded, max(0, before[-1].start - 12), before[-1].start):
            # "Le PSG de X a pris la tête de la Ligue 1": X is a complement, not the subject
            continue
        if m.group("hold") and _NOUN_PHRASE.search(folded, before[-1].end, m.start()):
            # "Selon X, la France assure la présidence du Conseil": a noun phrase between the
            # person and the verb of holding is its subject (a country, a body hold a presidency too)
            continue
        noun = m.group("noun")
        title = TitleMatch(m.start("noun"), m.start("noun"), what.end, m.end("noun"), _TAKEN_AGENT[noun],
                           entity_id(what, body), False, None, (what.start, what.end))
        out.append(RoleLink(before[-1], title))
        if (handed := _SUCCEEDS_TO.search(folded, m.start(), m.start("noun"))) is not None \
                and (predecessor := next((c for c in people if c.type == "PER" and c.start == handed.end()
                                          and c.end <= m.start("noun")), None)) is not None:
            # "X succède à Y à la tête de la FIFA": an office handed over is the predecessor's too (a
            # past office counts: GUIDELINES), as `roles_succession` reads "succède à Y comme …" (entities@107)
            out.append(RoleLink(predecessor, title))
    return out


# "le CIO, présidé par Thomas Bach", "Acme, founded by Sarah Cole": a participle after an
# organisation's name gives its office to the person after "par"/"by" (on folded text).
_LED_BY = re.compile(
    r"\s*,?\s*(?:(?P<fr>presidee?s?|dirigee?s?|fondee?s?|creee?s?|entrainee?s?|detenue?s?|possedee?s?)"
    r"(?:\s+\w+){0,3}?\s+par"
    r"|(?P<en>led|chaired|headed|founded|co-founded|run|owned|coached|managed)(?:\s+[a-z]+){0,2}?\s+by)"
    r"\s+(?:(?:m|mme|mr|mrs|ms|dr)\.?\s+)?")
_LED_AGENT = {"preside": "président", "dirige": "dirigeant", "fonde": "fondateur", "cree": "fondateur",
              "entraine": "entraîneur", "detenu": "propriétaire", "possede": "propriétaire",
              "led": "leader", "chaired": "chair", "headed": "head", "founded": "founder", "co-founded": "co-founder",
              "run": "head", "owned": "owner", "coached": "coach", "managed": "manager"}


def led_by(body: str, cands: list[Candidate], patterns: TitlePatterns, titled: set[int]) -> list[RoleLink]:
    """Offices stated by a participle after an organisation's name ("la FIFA, présidée par X",
    "Acme, founded by Sarah Cole"), for people no title was attached to."""
    folded = fold_same_length(body)
    by_start = {c.start: c for c in cands}
    out: list[RoleLink] = []
    for org in cands:
        if org.type != "ORG" or (m := _LED_BY.match(folded, org.end)) is None:
            continue
        person = by_start.get(m.end())
        if person is None or person.type != "PER" or person.start in titled:
            continue
        group = "fr" if m.group("fr") else "en"
        verb = m.group(group)
        agent = _LED_AGENT.get(verb) or _LED_AGENT.get(re.sub(r"e?s?$", "", verb), "")
        if not agent:
            continue
        title = TitleMatch(m.start(group), m.start(group), m.end(), m.end(group), agent,
                           entity_id(org, body), False, None, (org.start, org.end))
        out.append(RoleLink(person, title))
    return out


# A possessive determiner right before a title (on folded text): "son avocat", "ses avocats", "its
# chief executive", "his lawyer". French does not say the possessor's gender; English "his/her"
# say a person, "its" a thing.
_POSSESSIVE_DET = re.compile(r"\b(?:(?P<fr>son|sa|ses|leur|leurs)|(?P<person>his|her)|(?P<thing>its|their))\s+$")
_SENTENCE_END = re.compile(r"[.!?…»\"”]*[.!?]\s+|\n+")
# The coordination right before a possessive: "X and his …", "X et son …" (it ends where the possessive starts).
_CONJUNCT_BEFORE = re.compile(r"[ \t]+(?:and|et)[ \t]+$")
# English's auxiliaries and modals (a closed class of the grammar) and a regular past: what may follow a
# coordination that is its clause's subject, where the English pipeline gives no tags.
_ENGLISH_FINITE = re.compile(r"(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must"
                             r"|do|does|did|[a-z]+ed)")
# What may stand before the subject of a sentence or of a clause (on folded text, up to the name):
# the sentence's start, a short opening phrase and its comma, or a conjunction, then at most a
# determiner (entities@76).
_CLAUSE_SUBJECT = re.compile(r"(?:^|^[^,.;:!?\n]{1,40},[ \t]*"
                             r"|\b(?:que|quand|lorsque|puisque|tandis que|mais|car|et)[ \t]+|\bqu')"
                             r"(?:(?:le|la|les)[ \t]+|l')?$")
# A sentence whose subject is an organisation's common noun: "The San Jose-based firm said …", "Le
# groupe a annoncé …" (at most a few modifiers between the determiner and the noun).
_NOUN_SUBJECT = re.compile(
    rf"\s*(?:The|Le|La|L['’])\s*(?:\S+\s+){{0,5}}?(?:{_OWNERS}|groupe|entreprise|société|constructeur"
    r"|distributeur|banque|compagnie|firme|club|parti|fédération|assureur|opérateur)\b")


def possessive_owner(body: str, t: TitleMatch, holder: Candidate | None, cands: list[Candidate],
                     patterns: TitlePatterns, complements: frozenset[tuple[int, int]] = frozenset(),
                     doc: Any = None) -> None:
    """`t.of` for a title after a possessive ("Sean Combs est jugé. Son avocat, X, a plaidé"):
    the person, organisation or place the possessive stands for, read as news writes it: the
    subject, the first name of the sentence that holds the title, or when the title opens its
    sentence, of the sentence before. Not across a paragraph. A name that is another title's
    complement ("le président de la République", typed PER or not) is that title's, no one a
    possessive stands for (`complements`, entities@73)."""
    window = max(0, t.start - 8)
    m = _POSSESSIVE_DET.search(fold_same_length(body[window:t.core_start]))
    if m is None or t.of is not None:
        return
    at = window + m.start()  # where the possessive is
    kinds = ("PER",) if m.group("person") else ("ORG", "LOC") if m.group("thing") else ("PER", "ORG", "LOC")
    paragraph = body.rfind("\n", 0, t.start) + 1
    starts = [paragraph] + [e.end() for e in _SENTENCE_END.finditer(body, paragraph, at)]
    sentence = starts[-1]
    # the possessive opens its sentence, after at most an opening quotation mark: a sentence that
    # opens with a quote and reaches the possessive later ("« … pour X », a déclaré l'un de ses
    # avocats") has the possessive inside it, not at its start
    opening = body[sentence:at].strip() in ("", "«", "\"", "“")
    lo, hi = (starts[-2], sentence) if opening and len(starts) > 1 else (sentence, at)
    if opening and len(starts) == 1:
        return  # the paragraph opens with the possessive: what it stands for is further back
    named = [c for c in cands if lo <= c.start and c.end <= hi and c.type in kinds
             and (holder is None or (c.start, c.end) != (holder.start, holder.end))
             and (c.start, c.end) not in complements]
    # (entities@104) a possessive in the second conjunct of a coordination that is a clause's subject
    # stands for the first conjunct, when that is a name: "X said Netanyahu and his defence minister Y are
    # responsible", "Macron et son ministre Y ont agi" (a verb follows the holder), not for the
    # sentence's first name; a coordination in object position keeps the subject's reading ("X a reçu Y
    # et son avocat Z": X's lawyer, as before)
    if not opening and (joined := _CONJUNCT_BEFORE.search(body, lo, at)) is not None:
        first = [c for c in named if c.end == joined.start()] if _verb_after(doc, holder) else []
        named = first + [c for c in named if c not in first]
    # a French sentence whose subject is a company's common noun ("Le groupe (…) a annoncé avoir nommé
    # son directeur financier X"): "son" stands for that company, not for a place or a person the
    # sentence names on the way ("dont le cours de Bourse a baissé"); an organisation it names may be it
    company_subject = bool(m.group("fr")) and _NOUN_SUBJECT.match(body, sentence) is not None \
        and not any(c.type == "ORG" for c in named)
    if named and not company_subject and not (m.group("thing") and _NOUN_SUBJECT.match(body, sentence)):
        t.of, t.of_span = entity_id(named[0], body), (named[0].start, named[0].end)
    elif m.group("thing") and (found := _english_orgs(body, lo, hi, cands)):
        # "Acme Corp reported a loss. Its chief executive, X, …": no English model finds the
        # company; its name says it is one ("Corp", "Bank", "Airlines")
        t.of, t.of_span = f"org:{slug(body[found[0][0]:found[0][1]])}", found[0]
    elif not m.group("person") and _NOUN_SUBJECT.match(body, sentence):
        # "The San Jose-based firm said its chairman, X, …": the possessive stands for the subject,
        # a company named by its common noun, which news names once before (wire copy puts each
        # sentence in a paragraph): the last organisation named before the sentence
        orgs = [(c.start, c.end) for c in cands if c.type == "ORG" and c.end <= sentence]
        orgs += _english_orgs(body, 0, sentence, cands) if m.group("thing") else []
        if not orgs and not body[:sentence].strip():
            # the body opens with the subject noun ("Le constructeur automobile a nommé son directeur
            # financier X …"): it refers to the company the headline named, which the body names
            # later in that paragraph ("… PSA a connu un semestre difficile"; entities@73). Only as
            # the subject of a later sentence or clause: an organisation in the title's own sentence
            # ("… après la défaite face à l'OM", "qui vient de chez Renault") or after a preposition
            # or a verb is another one (entities@76)
            end = body.find("\n", at)
            close = _SENTENCE_END.search(body, t.end, end if end >= 0 else len(body))
            orgs = [] if close is None else [
                (c.start, c.end) for c in cands if c.type == "ORG" and c.start >= close.end()
                and (end < 0 or c.end <= end) and _CLAUSE_SUBJECT.search(
                    fold_same_length(body[close.end():c.start]))][:1]
        if orgs:
            span = max(orgs, key=lambda o: o[1])
            owner = next((c for c in cands if (c.start, c.end) == span), None)
            t.of = entity_id(owner, body) if owner is not None else f"org:{slug(body[span[0]:span[1]])}"
            t.of_span = span


def _verb_after(doc: Any, holder: Candidate | None) -> bool:
    """Whether the coordination that ends with `holder` is a clause's subject: the parse's tagger
    reads the first word after the holder's name (past an apposition's comma) as a verb or an
    auxiliary ("X and his minister Y are responsible", "X et son ministre Y ont agi"); no tags or no
    holder, no reading. (The English pipeline tags but does not parse: the subject is read by position.)"""
    if doc is None or holder is None:
        return False
    words = [tok for tok in doc if tok.idx >= holder.end and not tok.is_space]
    while words and words[0].text == ",":
        words = words[1:]
    if not words:
        return False
    if words[0].pos_:
        return str(words[0].pos_) in ("AUX", "VERB")
    # untagged (English): an auxiliary or a modal, English's closed class, or a regular past
    return _ENGLISH_FINITE.fullmatch(words[0].lower_) is not None


def possessor_state(t: TitleMatch, by_start: dict[int, Candidate], links: list[RoleLink],
                    gaz: Gazetteer, body: str | None = None) -> None:
    """An office of state a possessive gives from its holder's superior ("le président de la
    République, X, et son Premier ministre, Y", "President X and his foreign minister Y") is the
    office of the state the superior's own office is of, not of the superior as a person: `t.of`
    becomes that country when the possessor holds a role of one in the text (entities@73). A
    relation to a person ("son avocat", "her deputy": no office) stays the person's."""
    owner = by_start.get(t.of_span[0]) if t.of_span is not None else None
    if t.office is None or owner is None or owner.type != "PER" or owner.end != t.of_span[1]:  # type: ignore[index]
        return
    for lk in reversed(links):
        held = lk.title.of
        if lk.candidate is owner and held is not None and (e := gaz.entries.get(held)) is not None and e.type == "LOC":
            t.of, t.of_span = held, lk.title.of_span
            return
    # the superior's office as the gazetteer knows it, still held ("Emmanuel Macron": président of France);
    # (entities@76) a known person the text's linking has not yet given an entry ("Donald Trump et son
    # ministre de la Défense") is looked up by name, and where no office is marked still held, the
    # most recent one is the superior's (a gazetteer's end dates lag the news)
    entry = owner.entry or (gaz.identify(body[owner.start:owner.end], "PER") if body is not None else None)
    offices = [o for o in (entry.offices if entry is not None else []) if o.of is not None
               and (e := gaz.entries.get(o.of)) is not None and e.type == "LOC"]
    states = {o.of for o in offices if o.end is None}
    if not states and offices:
        latest = max(o.start or "" for o in offices)
        states = {o.of for o in offices if (o.start or "") == latest}
    if len(states) == 1:
        t.of, t.of_span = next(iter(states)), None


def _english_orgs(body: str, lo: int, hi: int, cands: list[Candidate]) -> list[tuple[int, int]]:
    """The organisations English news grammar types by their head noun ("Acme Corp", "Bank of
    Canada") between `lo` and `hi`, away from the names already found."""
    taken = [(c.start, c.end) for c in cands]
    # the whole line: cut at `hi`, a line ending "… Inc. on Monday said" reads as a heading of capitals
    line_end = body.find("\n", hi)
    text = body if line_end < 0 else body[:line_end]
    return [(s, e) for s, e, kind in english_names(text, None, taken) if kind == "ORG" and s >= lo and e <= hi]


# Joining an organisation in a post: "X joined Acme Corp as chief financial officer", "X a rejoint
# Stellantis en tant que directeur financier" (on folded text): the verb's subject holds the post,
# of the organisation it joined, the name right after the verb.
_JOINED = re.compile(r"\b(?:join(?:s|ed|ing)?|(?:re)?joint|rejoindra|rejoignait|rejoignent)\s+"
                     r"(?:the\s+|le\s+|la\s+|les\s+|l'\s*)?")
_JOINED_AS = re.compile(r"\s+(?:as\s+|comme\s+|en\s+tant\s+qu(?:e\s+|'\s*))"
                        r"(?:(?:its|their|the|a|an|son|sa|le|la|un|une|l')\s*)?(?:(?:new|nouveau|nouvelle|nouvel)\s+)?")


# A capitalised run no model found (English text names few organisations): "Acme Corp".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.'-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w&.'-]*)*")


def joined_as(body: str, t: TitleMatch, people: list[Candidate],
              by_start: dict[int, Candidate]) -> tuple[Candidate, tuple[int, int], Candidate | None] | None:
    """The person who joined an organisation in the post `t` names, where the organisation's name
    is, and its candidate when the text found one."""
    folded = fold_same_length(body)
    for m in _JOINED.finditer(folded, max(0, t.start - 120), t.start):
        org = by_start.get(m.end())
        run = _CAPITALISED_RUN.match(body, m.end()) if org is None else None
        span = (org.start, org.end) if org is not None else run.span() if run is not None else None
        if span is None or (org is not None and org.type != "ORG") or not any(
                _JOINED_AS.fullmatch(folded, span[1], at) for at in (t.start, t.core_start)):
            continue
        sentence = max(body.rfind(".", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        before = [c for c in people if sentence <= c.start and c.end <= m.start() and c.type == "PER"]
        if before and not _COMPLEMENT_BEFORE.search(folded, max(0, before[-1].start - 12), before[-1].start) \
                and not _NOUN_PHRASE.search(folded, before[-1].end, m.start()) \
                and not (m.group().startswith("join")  # English "a" (French "a" is the auxiliary)
                         and re.search(r"\b(?:the|a|an)\b", folded[before[-1].end:m.start()])) \
                and not any(before[-1].end <= c.start and c.end <= m.start() for c in by_start.values()):
            # the person is the verb's subject: no noun phrase, no other name between them
            # ("According to X, Sweden joined NATO as …")
            return before[-1], span, org
    return None
