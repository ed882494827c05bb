"""An office handed from one person to another (entities@81): "Y succeeded X as chief executive",
"Y remplace X au poste de directeur financier" give X the office too (the one who held it: a past
office counts); the passive "X sera remplacé au poste de directeur financier par Y", "X was replaced
as coach by Y", "X was replaced by Y as coach" gives it to both. The verb's subject already takes
the office by the title patterns' "as"/"au poste de" reading; only the other person is added here.
Read on folded text (`fold_same_length`), over the titles `TitlePatterns.find` read.

entities@93 (rol40): an apposition or a relative clause may stand between the predecessor and "as"
("Raab replaces Thérèse Coffey, one of Truss's closest allies, as deputy prime minister"), a second
predecessor may follow ("… as deputy prime minister and Brandon Lewis as justice secretary"), and the
predecessor may close the clause that gives the successor the office ("Y est nommée ministre du
Travail, en remplacement d'Olivier Dussopt", "Y devient porte-parole du gouvernement à la place de X",
"Y was appointed chief executive, replacing X"): the one named after the phrase of replacement held
the title that the clause gives its subject."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from veille.stages.entities.recognize import Candidate
from veille.stages.entities.roles_frames import RoleLink
from veille.stages.entities.roles_inventory import heads
from veille.stages.entities.roles_title_match import TitleMatch
from veille.stages.entities.text import fold

# A verb of succession before its object, the predecessor: "succeeded X", "replaces X", "succède à X",
# "a remplacé X", "remplacer X".
_SUCCEEDS = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|succede(?:ra|rait)?|a\s+succede|succeder|succedant"
    r"|remplace(?:ra|rait)?|a\s+remplace|remplacer|remplacant)\s+(?:a\s+)?$")
# A passive of replacement after its subject, the predecessor: "X was replaced", "X sera remplacé(e)".
_REPLACED = re.compile(
    r"\s+(?:(?:will|would|is\s+to|was\s+to)\s+be|was|were|has\s+been|had\s+been|is|is\s+being|sera|serait"
    r"|a\s+ete|est|etait|avait\s+ete|va\s+etre|vient\s+d['’]etre|doit\s+etre)\s+(?:replaced|remplace(?:e|s|es)?)")
# Between a name and the office it holds or leaves: "X as chief executive", "X au poste de directeur",
# "X comme sélectionneur" (an article or a possessive may open the title).
_AS_POST = re.compile(
    r"\s+(?:as|au\s+poste\s+d['’e]|a\s+la\s+fonction\s+d['’e]|comme|en\s+tant\s+que)\s*"
    r"(?:(?:the|its|their|his|her|le|la|les|son|sa|leur)\s+|l['’]\s*)?")
# Between a verb's subject and the verb: a space, maybe an auxiliary ("Y will succeed", "Y va remplacer").
_SUBJECT_GAP = re.compile(r"\s+(?:(?:will|would|has|had|is\s+to|va|doit|devrait)\s+)?")
_BY = re.compile(r"\s+(?:by|par)\s+")
# An incise between the predecessor and "as" (entities@93): ", one of Truss's closest allies,".
_INCISE = re.compile(r",[^,.;:!?\n]{1,80},")
# "… and Brandon Lewis as justice secretary": a second predecessor and its office (entities@93).
_AND = re.compile(r"\s*,?\s+(?:and|et)\s+")
# A phrase of replacement after the office a clause gives its subject, its object the predecessor
# (entities@93): "en remplacement de X", "à la place de X", "replacing X", "in place of X".
_IN_PLACE = re.compile(
    r"(?:en\s+remplacement|a\s+la\s+place|in\s+place|in\s+succession|en\s+succession)\s+(?:d['’]\s*|de\s+|of\s+|to\s+)"
    r"|(?:replacing|succeeding|taking\s+over\s+from|who\s+(?:replaces|replaced|succeeds|succeeded)"
    r"|qui\s+(?:remplace|succede\s+a)|remplacant|succedant\s+a)\s+")
_HONORIFIC = re.compile(r"(?:(?:m|mme|mr|mrs|ms|dr)\.?\s+)?")
# What may stand between that office and the phrase: the rest of a joined portfolio (", santé et
# solidarités,"), a comma; no sentence end, no quote, no parenthesis.
_IN_PLACE_GAP = re.compile(r"[^.;:!?\n«»\"“”()]{0,50}")
# A verb or a particle that makes the office the clause's predicate, between its subject and the
# office: "X est nommée …", "X devient …", "X was appointed …", "X, chargée de …" (entities@93).
_PREDICATE = re.compile(
    r"\b(?:est|sont|sera|seront|etait|devient|deviennent|deviendra|nommee?s?|designee?s?|chargee?s?"
    r"|reconduite?s?|promue?s?|elue?s?|is|was|will\s+be|becomes|became|appointed|named|made|elected"
    r"|promoted|as|au\s+poste\s+d|comme)\b")


def _person_at(people: list[Candidate], start: int) -> Candidate | None:
    return next((c for c in people if c.start == start and c.type == "PER"), None)


def _title_at(titles: list[TitleMatch], folded: str, at: int) -> TitleMatch | None:
    """The title that opens right after "as/au poste de" at `at`."""
    gap = _AS_POST.match(folded, at)
    if gap is None:
        return None
    return next((t for t in titles if t.start <= gap.end() <= t.core_start
                 and _AS_POST.fullmatch(folded, at, t.core_start) is not None), None)


def succession_holders(folded: str, titles: list[TitleMatch], people: list[Candidate],
                       links: list[RoleLink]) -> list[RoleLink]:
    """The predecessor (and, in the passive, the successor) of an office handed over (entities@81)."""
    held = {(id(lk.title), lk.candidate.start) for lk in links if lk.candidate is not None}
    out: list[RoleLink] = []

    def give(c: Candidate | None, t: TitleMatch | None) -> None:
        if c is not None and t is not None and (id(t), c.start) not in held:
            held.add((id(t), c.start))
            out.append(RoleLink(c, t))

    for x in people:
        if x.type != "PER":
            continue
        if (verb := _SUCCEEDS.search(folded, max(0, x.start - 30), x.start)) is not None:
            # "Y succeeded X as chief executive": X held it, and Y, the verb's subject right before it,
            # holds it now ("Y remplace X comme sélectionneur")
            t = _title_at(titles, folded, x.end)
            if t is None and (incise := _INCISE.match(folded, x.end)) is not None:
                t = _title_at(titles, folded, incise.end())  # "replaces X, one of …, as T" (entities@93)
            y = next((y for y in people if y.type == "PER" and y.end <= verb.start()
                      and _SUBJECT_GAP.fullmatch(folded, y.end, verb.start())), None)
            give(x, t)
            give(y, t)
            if t is not None and (conj := _AND.match(folded, t.end)) is not None \
                    and (z := _person_at(people, conj.end())) is not None:
                # "… as deputy prime minister and Brandon Lewis as justice secretary" (entities@93)
                t2 = _title_at(titles, folded, z.end)
                give(z, t2)
                give(y, t2)
            continue
        passive = _REPLACED.match(folded, x.end)
        if passive is None:
            continue
        t = _title_at(titles, folded, passive.end())
        if t is not None and (by := _BY.match(folded, t.end)) is not None:
            # "X sera remplacé au poste de directeur financier par Y": both
            give(x, t)
            give(_person_at(people, by.end()), t)
        elif (by := _BY.match(folded, passive.end())) is not None and (y := _person_at(people, by.end())) is not None:
            # "X was replaced by Y as coach": both
            t = _title_at(titles, folded, y.end)
            give(x, t)
            give(y, t)
    for m in _IN_PLACE.finditer(folded):
        # "Y est nommée ministre du Travail, en remplacement d'Olivier Dussopt" (entities@93)
        honorific = _HONORIFIC.match(folded, m.end())
        pred = _person_at(people, honorific.end() if honorific is not None else m.end())
        if pred is None:
            continue
        before = [t for t in titles if t.end <= m.start() and not t.plural
                  and _IN_PLACE_GAP.fullmatch(folded, t.end, m.start()) is not None]
        t = max(before, key=lambda t: t.end, default=None)
        if t is None or any(t.end <= c.start < m.start() for c in people):
            continue
        sentence = max(folded.rfind(p, 0, t.start) for p in (". ", "\n", "! ", "? ", "; "))
        subjects = [c for c in people if c.type == "PER" and sentence < c.start and c.end <= t.start]
        if subjects and _PREDICATE.search(folded, subjects[-1].end, t.start) is not None:
            give(pred, t)
    for x, t in [*handed_over(folded, people, [*links, *out]), *pronoun_replaced(folded, titles, people)]:
        give(x, t)
    return out


# A verb of succession whose object, the predecessor, is a pronoun, then the office: "Y le remplace
# comme Premier ministre", "Y lui succède au poste de …", "Y replaces him as chief whip" (folded).
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:(?:va|doit|will|would)\s+)?(?:(?:le|la|l['’]|lui)\s*(?:remplace(?:ra|rait)?|succede(?:ra|rait)?)"
    r"|(?:replac(?:es|ed)|succeed(?:s|ed)?)\s+(?:him|her))(?=\s)")


def pronoun_replaced(folded: str, titles: list[TitleMatch],
                     people: list[Candidate]) -> list[tuple[Candidate, TitleMatch]]:
    """Both holders of an office handed over where the predecessor is an object pronoun (entities@100):
    "X quitte Matignon. Y le remplace comme Premier ministre" gives Y the office and X, the one person
    the sentence before names, held it (two people named there: either may be meant)."""
    out: list[tuple[Candidate, TitleMatch]] = []
    persons = [c for c in people if c.type == "PER"]
    for y in persons:
        m = _PRONOUN_OBJECT.match(folded, y.end)
        if m is None or (t := _title_at(titles, folded, m.end())) is None:
            continue
        out.append((y, t))
        start = _sentence_start(folded, y.start)
        if start < 2:
            continue
        prev = _sentence_start(folded, start - 2)
        named = [c for c in persons if prev <= c.start and c.end <= start]
        if len({_key(folded, c) for c in named}) == 1:
            out.append((named[-1], t))
    return out


# A subject pronoun opening a sentence right before the verb of succession, maybe after an auxiliary
# or an adverb ("Il remplace X", "She will succeed X", "Elle succède ainsi à X"; folded).
_PRONOUN_SUBJECT = re.compile(r"\s*(?:il|elle|he|she)\s+(?:[a-z]+\s+){0,2}$")
# A qualifier that tells the office is newly taken: the successor's, not the predecessor's ("the new
# health secretary", "le nouveau ministre de l'Intérieur"; folded).
_NEWLY = re.compile(r"(?:(?:new|newly\s+appointed|nouvel(?:le)?|nouveau|incoming|entrant|entrante)\s+)+")


def _two_offices(title: str) -> bool:
    """Whether a title joins two offices: "et/and" then a head of office ("ministre de l'Intérieur et
    porte-parole du gouvernement", "chairman and chief executive"), not a joined portfolio
    ("ministre de l'Europe et des Affaires étrangères")."""
    for part in re.split(r"\s+(?:et|and)\s+", fold(title))[1:]:
        words = re.findall(r"[a-z'-]+", part)
        if any(" ".join(words[:n]) in _heads() for n in (1, 2, 3)):
            return True
    return False


@cache
def _heads() -> frozenset[str]:
    """The inventory's heads of office in both languages, folded."""
    return frozenset(fold(h) for lang in ("fr", "en") for h in heads(lang))


def _sentence_start(folded: str, at: int) -> int:
    return max(folded.rfind(p, 0, at) for p in (". ", "\n", "! ", "? ", "; ")) + 1


def _key(folded: str, c: Candidate) -> str:
    """A person's key across mentions: the gazetteer's id, else the last word of the name."""
    if c.entry is not None:
        return c.entry.id
    words = re.findall(r"[a-z]+", folded[c.start:c.end])
    return words[-1] if words else ""


def handed_over(folded: str, people: list[Candidate], links: list[RoleLink]) -> list[tuple[Candidate, TitleMatch]]:
    """The office a successor was just given, for the predecessor a verb of succession names with
    no office after it (entities@100): "Y est nommé ministre de l'Intérieur. Il remplace X", "Y,
    nouveau ministre de l'Intérieur, remplace X", "Simon Y has been appointed chief whip. Y replaces
    X". The office handed over is the successor's: the one title stated for the verb's subject in
    its sentence or the one before (the subject a name, the one person named before the verb in its
    sentence, or a pronoun opening the sentence for the one person the sentence before names). Two
    titles stated for the successor there leave which office unsaid; a predecessor with an office
    stated beside the name in that sentence ("Y remplacera le Premier ministre X à la cérémonie") is
    replaced in a duty, not in an office. A qualifier of the new holder ("new", "nouveau") is left
    out of the predecessor's title."""
    out: list[tuple[Candidate, TitleMatch]] = []
    persons = [c for c in people if c.type == "PER"]
    for x in persons:
        verb = _SUCCEEDS.search(folded, max(0, x.start - 30), x.start)
        incise = _INCISE.match(folded, x.end)
        if verb is None or _AS_POST.match(folded, x.end) \
                or (incise is not None and _AS_POST.match(folded, incise.end())):
            continue  # "replaces X as T", "replaces X, …, as T": `succession_holders` reads it
        start = _sentence_start(folded, verb.start())
        before = [c for c in persons if start <= c.start and c.end <= verb.start()]
        if before:
            keys = {_key(folded, c) for c in before}
        elif _PRONOUN_SUBJECT.fullmatch(folded, start, verb.start()) and start > 1:
            prev = _sentence_start(folded, start - 2)
            keys = {_key(folded, c) for c in persons if prev <= c.start and c.end <= start}
        else:
            continue
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        lo = _sentence_start(folded, start - 2) if start > 1 else start
        own = [lk.title for lk in links if lk.candidate is not None and lk.candidate.type == "PER"
               and _key(folded, lk.candidate) == key and lo <= lk.title.start < verb.start() and not lk.title.plural]
        titles = {_NEWLY.sub("", t.title.lower()): t for t in own}
        if len(titles) != 1 or any(_two_offices(t.title) for t in own):
            continue  # which office is handed over is not said
        if any(lk.candidate is not None and _key(folded, lk.candidate) == _key(folded, x)
               and start <= lk.title.start < verb.end() + 80 and abs(lk.title.start - x.start) < 60 for lk in links):
            continue  # the predecessor's own office is stated beside the name: a duty, not the office
        t = next(iter(titles.values()))
        lead = _NEWLY.match(t.title.lower())
        if lead is not None and lead.end() < len(t.title):
            t = replace(t, title=t.title[lead.end():], start=t.core_start)
        out.append((x, t))
    return out

