"""French event candidates from the dependency parse: one sentence's triggers and their sides.

The subject of the trigger's clause is the source, the objects and the trigger noun's own complements
the target, "à <place>" the location; a passive's agent ("par ...") acts on its subject. Actors are
the mentions inside those phrases (a person also brings the state named by its role). Moved out of
`events/__init__.py` (events@57) with no change of behaviour; the stage's flow stays there.
"""

from __future__ import annotations

from typing import Any

from veille.model import Mention, Timex
from veille.stages.events import background_fr, implicit, pronouns, senses
from veille.stages.events.attempts import attempted_fr
from veille.stages.events.context import in_relative_clause, is_bound, not_its_day, shifted
from veille.stages.events.forces import Setting, force_side, where
from veille.stages.events.found import Found as _Found
from veille.stages.events.lexicon import Lexicon
from veille.stages.events.merge import unique
from veille.stages.events.modality import modality, realised

# Subordinate structures that start another clause: an actor inside them is not an argument
# of a trigger outside them.
_CLAUSE_DEPS = ("advcl", "acl:relcl", "ccomp", "parataxis", "csubj", "xcomp", "acl")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
# Categories whose events often have one known side (an attack by unknown gunmen).
_ONE_SIDED = ("ASSAULT", "FIGHT", "CRIME", "COERCE", "PROTEST", "MOBILIZE")
# Categories where "à <place>" is where it happened, not a recipient.
_PLACE_TYPES = ("CONSULT", "PROTEST", "ASSAULT", "FIGHT", "CRIME", "COERCE", "MOBILIZE", "INVESTIGATE")


def actor_ids(mention: Mention) -> list[str]:
    """The ids an actor mention stands for: itself, and the state its role names."""
    ids = [mention.entity or "name:" + mention.text.casefold()]
    if mention.role is not None and mention.role.of and mention.role.of not in ids:
        ids.append(mention.role.of)
    return ids


class Sentence:
    """One sentence's parse with the mentions and timexes inside it."""

    def __init__(self, span: Any, mentions: list[Mention], timexes: list[Timex]) -> None:
        self.span = span
        self.mentions = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char]
        self.timexes = [t for t in timexes if span.start_char <= t.start and t.end <= span.end_char]

    def in_name(self, token: Any) -> bool:
        """Whether the token is part of a name longer than itself (an organisation's name)."""
        return any(m.start <= token.idx < m.end and m.end - m.start > len(token.text)
                   for m in self.mentions)

    def mentions_in(self, tokens: list[Any], exclude: set[int] | None = None) -> list[Mention]:
        """Actor mentions whose first token lies among `tokens` (token indices not in exclude)."""
        ids = {t.i for t in tokens} - (exclude or set())
        doc = self.span.doc
        out = []
        for m in self.mentions:
            tok = doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is not None and len(tok) and tok[0].i in ids:
                out.append(m)
        return out


def _subtree(token: Any, stop: set[int]) -> list[Any]:
    """The token's subtree without the subtrees rooted at `stop` tokens."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.i not in stop)
    return out


def _clause_stops(head: Any) -> set[int]:
    return {c.i for c in head.children if c.dep_ in _CLAUSE_DEPS or
            (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))}


def _is_reflexive(token: Any) -> bool:
    return any(c.dep_.startswith("expl") or (c.lower_ in ("se", "s'", "s’", "me", "nous", "vous")
                                             and c.pos_ == "PRON") for c in token.children)


def _governor(token: Any) -> Any:
    """The verb whose clause holds the token (the token itself when it is a verb)."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _subject(verb: Any) -> Any | None:
    """The subject of a verb, inherited through coordination, infinitives and participles."""
    t = verb
    for _ in range(6):
        for c in t.children:
            if c.dep_ in _SUBJECT_DEPS:
                if c.lemma_ == "qui" and t.dep_ == "acl:relcl":
                    return t.head
                return c
        if t.dep_ in ("conj", "xcomp", "advcl", "acl") and t.head.i != t.i:
            t = t.head
            continue
        break
    return None


def _co_subjects(subj: Any) -> list[Any]:
    """(events@48) The other subjects the parser hung on the subject's verb. A French clause has one
    subject; a second `nsubj` of the same verb is the parser's split of one subject phrase, most
    often a long title and its name ("Le dirigeant suprême de la RPDC Kim Jong Un et le président
    américain Donald Trump ont signé": "dirigeant" and "Kim" both nsubj, Trump a conjunct of Kim).
    Those subjects, with their conjuncts, are the same subject phrase's. A subject of another verb
    (a relative clause, a coordinated clause) is no co-subject: only the same head counts."""
    if subj.dep_ not in _SUBJECT_DEPS or subj.head.i == subj.i:
        return []
    return [c for c in subj.head.children if c.i != subj.i and c.dep_ in _SUBJECT_DEPS
            and c.lemma_ not in ("qui", "que") and c.pos_ != "PRON"]


def _ended(noun: Any) -> bool:
    """Whether the noun lies in what "mettre fin / un terme à" ends: "un cessez-le-feu mettant un
    terme à quatre jours d'escalade, marquée par des frappes", "mettre fin au conflit", "a mis fin
    à sa coopération". What
    ends is told as past or as the object of another act, not as an event of the article's day
    (and ending a cooperation is no cooperation)."""
    t = noun
    while t.head.i != t.i:
        h = t.head
        if h.pos_ in ("VERB", "AUX"):
            if h.lemma_.casefold() == "mettre" and (t.dep_.startswith("obl") or _participle(t)) and any(
                    c.dep_ == "obj" and c.lemma_.casefold() in ("fin", "terme") for c in h.children):
                return True
            if not _participle(h):
                return False  # a clause of its own
        t = h
    return False


def _participle(token: Any) -> bool:
    """A bare participle modifying a phrase ("une escalade marquée par des frappes"): no auxiliary,
    no subject of its own (parsers hang it on the noun or on the clause's verb)."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in token.children)


def _preposition(token: Any) -> str:
    for c in token.children:
        if c.dep_ == "case":
            return str(c.lower_)
    return ""


def match_triggers(sent: Any, lex: Lexicon) -> list[tuple[dict[str, Any], list[Any]]]:
    tokens = list(sent)
    lemmas = [t.lemma_.casefold() for t in tokens]
    taken: set[int] = set()
    found = []
    for i in range(len(tokens)):
        if i in taken:
            continue
        for trig in lex.by_first.get(lemmas[i], ()):
            seq = trig["lemmas"]
            if lemmas[i:i + len(seq)] != seq:
                continue
            head = tokens[i]
            refl = trig.get("reflexive")
            if refl is not None and _is_reflexive(head) != refl:
                continue
            found.append((trig, tokens[i:i + len(seq)]))
            taken.update(range(i, i + len(seq)))
            break
    return found


def _group_actors(subject: Any, groups: list[list[str]], lex: Lexicon) -> list[str]:
    """'les trois pays' stands for the last group of states named before with that size."""
    # "pays" is the same in both numbers: its determiner or a numeral says it is plural.
    plural = subject.morph.get("Number") == ["Plur"] or any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.morph.get("Number") == ["Plur"]) for c in subject.children)
    if subject.lemma_.casefold() not in lex.group_nouns or not plural:
        return []
    size = None
    for c in subject.children:
        if c.dep_ == "nummod" and c.lemma_.isalpha():
            size = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}.get(c.lemma_.casefold())
    for group in reversed(groups):
        if size is None or len(group) == size:
            return list(group)
    return []


def find(sent: Sentence, lex: Lexicon, groups: list[list[str]],
          antecedent: list[Mention] | None = None, setting: Setting | None = None,
          titled: dict[str, list[Mention]] | None = None) -> list[_Found]:
    out = []
    places = lex.places

    def here(location: str | None) -> list[str]:
        at = next((m for m in sent.mentions if m.type == "LOC" and actor_ids(m)[0] == location), None)
        state = places.country_of(at) if at is not None else None
        return [] if location is None else [location] + ([state] if state and state != location else [])

    def forces(tokens: list[Any], location: str | None) -> list[str]:
        # (events@41) "les forces de l'ordre", "la police": the state (or place) whose forces
        if setting is None:
            return []
        return force_side(tokens, sent.mentions_in, lex.forces, setting, here(location), places)

    doc_mentions_loc = {m.start for m in sent.mentions if m.type == "LOC"}
    matched = match_triggers(sent.span, lex)
    heads = [toks[0] for _, toks in matched]
    judging = _judging_verbs(matched, sent)
    for trig, toks in matched:
        head = toks[0]
        if head.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ", "AUX") or sent.in_name(head):
            continue  # "l'Alliance des États du Sahel" names an organisation, not an alliance
        sense = senses.choose(trig, head, {t.i for t in toks}, sent.mentions_in)
        if sense is None:
            continue  # "signer une victoire": not the sense that makes this trigger an event
        typ, mode, one_sided = sense.type, sense.mode, sense.one_sided or sense.type in _ONE_SIDED
        if head.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "en" for c in head.children):
            continue  # a gerund ("en recevant ...") sets the scene of the main event
        is_verb = head.pos_ in ("VERB", "AUX")
        if is_verb and background_fr.imperfect(head, lex.speech):
            continue  # (events@69) "Il était accusé de ...": a state of the setting, not the news
        if not is_verb and _ended(head):
            continue  # "mettant un terme à quatre jours de frappes": what ends is no new event
        if trig.get("relational") and not realised(head, lex):
            continue
        if lex.attempts and attempted_fr(head, lex.attempts, lex.speech):
            continue  # "a tenté de renverser X", "afin de soutenir X": a goal, not a told event
        anaphoric = not is_verb and any(c.dep_ == "det" and c.lemma_.casefold() in lex.anaphoric
                                        for c in head.children)
        verb = _governor(head)
        stops = _clause_stops(verb) - {t.i for t in head.subtree}
        clause = _subtree(verb, stops)
        subj = _subject(verb)
        # The trigger noun's own complements ("réunion avec X", "retrait de X").
        own = [t for t in head.subtree if t.i not in {x.i for x in toks}] if not is_verb else []
        subj_tokens = list(subj.subtree) if subj is not None else []
        co_subjects = _co_subjects(subj) if subj is not None and subj.head.i == verb.i else []
        subj_tokens += [t for c in co_subjects for t in c.subtree]  # (events@48) one subject, split
        if subj is not None and subj.i in {t.i for t in head.subtree} and not is_verb:
            subj_tokens = []
        subj_ids = {t.i for t in subj_tokens}
        # "Il doit rencontrer X": the person the sentence before told as its subject.
        pron = (antecedent or []) if (subj is None or subj_tokens) and pronouns.pronoun_subject(verb) else []
        if pronouns.pronoun_subject(verb) is not None and (subj is None or subj_tokens):
            # (events@48) "Trump a vanté le sommet au cours duquel il a rencontré Kim": in a clause
            # below the sentence's main verb, "il" is that verb's one person, before the last sentence's
            pron = pronouns.clause_antecedent(verb, sent.span, sent.mentions_in) or pron
        if not pron and titled and subj is not None and subj_tokens and not sent.mentions_in(subj_tokens):
            pron = pronouns.described(subj, titled)  # (events@48) "L'opposant a été condamné"
        # Location: "à/dans <place>" attached to the trigger or its verb.
        location: str | None = None
        named_here = False
        loc_tokens: set[int] = set()
        for t in clause:
            if t.dep_.startswith(("obl", "nmod")) and _preposition(t) in ("à", "dans", "au"):
                ms = sent.mentions_in(list(t.subtree))
                locs = [m for m in ms if m.type == "LOC" and m.start in doc_mentions_loc]
                if locs and location is None:
                    location = actor_ids(locs[0])[0]
                    named_here = locs[0].start <= t.idx < locs[0].end  # "au Cambodge", not "près de ..."
                    # "livrer des armes au Mali": for a transfer the place is the recipient.
                    if typ in _PLACE_TYPES or mode in implicit.REDUCED_MODES:  # "condamné à Bamako"
                        loc_tokens |= {x.i for x in t.subtree}
        source = [i for m in lex.places.acting(sent.mentions_in(subj_tokens, loc_tokens), subj) or pron
                  for i in actor_ids(m)]
        judged = not is_verb and verb.i in judging
        if judged:
            # (events@59) "Macron avait dénoncé un attentat", "X a salué l'accord": who judges an
            # act told as a noun is not who did it; the noun's own words may still say whose it is
            source = []
        if not source and subj is not None and not judged:
            source = _group_actors(subj, groups, lex) or lex.places.adjective_states(subj_tokens) \
                or forces(subj_tokens, location)
        if not source and not is_verb:
            # "les frappes cambodgiennes", "l'agression russe": whose act the noun names.
            source = lex.places.adjective_states([head, *[c for c in head.children if c.dep_ == "amod"]])
        pre_target: list[str] = []
        if is_verb:
            # the direct object, or the one a parser hung on a time word ("a suspendu jeudi X")
            objs = [c for c in head.children if c.dep_ == "obj"] + senses.behind_time_word(head)
            args = [t for c in head.children if c.dep_ in ("obj", "iobj") or c.dep_.startswith("obl")
                    for t in c.subtree] + [t for c in objs if c.dep_ != "obj" for t in c.subtree]
            target_m = lex.places.acting(sent.mentions_in(args, loc_tokens | subj_ids), *objs)
            noun = implicit.reduced_noun(head) if mode in implicit.REDUCED_MODES and subj is None else None
            if noun is not None:  # (events@43) "X condamné à deux ans": a reduced passive of X
                subj, subj_tokens = noun, implicit.noun_phrase(noun, head)
            if noun is not None or (senses.is_passive(head) and subj is not None and subj.head.i == head.i):
                # "X a été condamné par le tribunal": the subject undergoes the act, the agent
                # ("par ...") does it.
                # Parsers often hang "par ..." on the last noun ("à deux ans de prison par le
                # tribunal"): any "par" phrase inside the clause is the agent.
                agent = [t for c in _subtree(head, stops) if c.dep_ == "obl:agent" or (
                    c.dep_.startswith(("obl", "nmod")) and _preposition(c) == "par") for t in c.subtree]
                passive_target = [i for m in lex.places.acting(sent.mentions_in(subj_tokens, loc_tokens), subj)
                                  or pron for i in actor_ids(m)] or lex.places.adjective_states(subj_tokens)
                source = [i for m in lex.places.acting(sent.mentions_in(agent, loc_tokens)) for i in actor_ids(m)] \
                    or lex.places.adjective_states(agent) or forces(agent, location)
                if not source and not agent and mode == "arrest" and setting is not None:
                    # (events@41) "X a été arrêté" with no agent: the police of the place did it,
                    # the detention's side is their state (or place), eval/events_pool's convention
                    source = where(setting, here(location), places.states)
                target_m = [m for m in target_m if m not in sent.mentions_in(agent)]
                subj_ids = set()
                pre_target = passive_target
            elif not target_m:
                # "ont frappé des cibles militaires cambodgiennes": the object's nationality.
                rest = [t for t in args if t.i not in loc_tokens | subj_ids]
                pre_target = lex.places.adjective_states(rest) or forces(rest, location)
            checks = {} if sense.chosen else trig
            # 'former le personnel': the object is not an actor; keep the event only when
            # its object is a thing that this trigger accepts without an actor.
            if checks.get("needs_object") and not target_m and not pre_target and (
                    not objs or checks.get("object_org_only") or checks.get("object_actor_only")
                    or typ == "SUPPORT"):
                continue
            if checks.get("object_org_only") and not any(m.type == "ORG" for m in target_m):
                continue
            org_obj = checks.get("if_object_org")
            if org_obj and any(m.type == "ORG" for m in sent.mentions_in(
                    [t for c in head.children if c.dep_ == "obj" for t in c.subtree])):
                typ, mode = org_obj["type"], org_obj.get("mode")
        else:
            target_m = lex.places.acting(sent.mentions_in(own, loc_tokens | subj_ids))
            if not target_m and trig.get("relational") and head.head.pos_ == "NOUN":
                # "l'intensification de la coopération avec le Mali": the complement may hang
                # on the realising noun; another trigger's phrase is not ours.
                others = {t.i for h in heads if h.i != head.i for t in h.subtree}
                up = [t for t in head.head.subtree if t.i not in others]
                target_m = lex.places.acting(sent.mentions_in(up, loc_tokens | subj_ids))
            if not target_m and trig.get("relational") and verb.i != head.i:
                withs = [t for c in verb.children if c.dep_.startswith("obl") and c.i > head.i
                         and _preposition(c) == "avec" for t in c.subtree]
                target_m = lex.places.acting(sent.mentions_in(withs, loc_tokens | subj_ids))
            if not target_m and verb.i != head.i:
                target_m = lex.places.acting(sent.mentions_in(_between_of(head, verb, heads), loc_tokens | subj_ids))
        target = pre_target + [i for m in target_m for i in actor_ids(m)] if is_verb else \
            [i for m in target_m for i in actor_ids(m)]
        if not source and len(target) >= 2 and not is_verb:
            pass  # "consultations entre l'AES et la Russie": both sides are in the target
        if trig.get("place_is_target") and location and location in lex.places.states and location not in target:
            target.append(location)
        if trig.get("subject_undergoes"):
            source, target = target, source  # "X a écopé de trois ans de prison": X undergoes it
        source = unique(source)
        target = [t for t in unique(target) if t not in source]
        if typ in ("ASSAULT", "FIGHT") and source and not target and location and named_here:
            # (events@69) "la Thaïlande a bombardé des cibles au Cambodge": a strike on a place
            # named as a state of its own (the phrase's head, not "près de la frontière avec X")
            # is an act against that state, the one the source is not
            struck = [i for i in here(location) if i in lex.places.states][:1]
            if struck and struck[0] not in source:
                target = struck
        if source and not target and subj is not None:
            source, target = _split_conjuncts(sent, subj, source, lex, co_subjects)
        known = _referents(source, sent) + _referents(target, sent) + (1 if one_sided and location else 0)
        if known < (1 if one_sided else 2) and not anaphoric:
            continue  # who did what to whom: one lone actor is background, not an event
        date = _date(sent, head, clause)
        out.append(_Found(typ, mode, source, target, date, location, modality(head, lex),
                          " ".join(t.text for t in toks), (sent.span.start_char, sent.span.end_char),
                          anaphoric=anaphoric))
    return out


# (events@59) The types of a verb that judges an act rather than doing it ("condamner
# l'attaque", "saluer l'accord", "rejeter l'accord"): its subject is no side of the act it names.
_JUDGING = ("DISAPPROVE", "SUPPORT", "REJECT", "ACCUSE")


def _judging_verbs(matched: list[tuple[dict[str, Any], list[Any]]], sent: Sentence) -> set[int]:
    """The verbs of the sentence that are triggers judging an act, in the sense their arguments
    select ("condamné à cinq ans" passes a sentence, it judges no act told as a noun)."""
    out = set()
    for trig, toks in matched:
        head = toks[0]
        if head.pos_ != "VERB":
            continue
        sense = senses.choose(trig, head, {t.i for t in toks}, sent.mentions_in)
        if sense is not None and sense.type in _JUDGING:
            out.add(head.i)
    return out


def _referents(ids: list[str], sent: Sentence) -> int:
    """(events@59) How many actors a side's ids stand for: a person and the state their role names
    are one actor (GUIDELINES.md: a side lists "a person, their state, their capital"), so "Emmanuel
    Macron s'est rendu sur les lieux" (Macron, France) is one side, not the two an act between
    two parties needs. A state the sentence also names by itself counts."""
    named = {m.entity or "name:" + m.text.casefold() for m in sent.mentions}
    by_role = {m.role.of for m in sent.mentions if m.role is not None and m.role.of}
    return sum(1 for i in ids if i in named or i not in by_role)


def _between_of(noun: Any, verb: Any, heads: list[Any]) -> list[Any]:
    """(events@30) "a annoncé un cessez-le-feu entre l'Inde et le Pakistan": the parser often hangs
    the "entre X et Y" that follows an act told as a noun on the noun's verb, as a second object or
    complement; between whom is the noun's (a verb's own "entre" is a choice, "hésiter entre", not
    a side). The phrase must follow the noun with no other trigger between; a relative clause
    inside it ("le Pakistan qui se livrent ...") says something else."""
    out: list[Any] = []
    for c in verb.children:
        if c.i <= noun.i or _preposition(c) != "entre" or any(noun.i < h.i < c.i for h in heads):
            continue
        out += _subtree(c, {t.i for t in c.subtree if t.dep_ in _CLAUSE_DEPS})
    return out


def _split_conjuncts(sent: Sentence, subj: Any, source: list[str],
                     lex: Lexicon, co_subjects: list[Any] | None = None) -> tuple[list[str], list[str]]:
    """'Le Mali et la Russie renforcent ...': the first conjunct is the source, the rest the target.
    (events@48) A subject the parser split in two (`_co_subjects`) is one phrase: the conjuncts of
    either part follow the first conjunct."""
    parts = [subj, *(co_subjects or [])]
    conj = [c for p in parts for c in p.children if c.dep_ == "conj"]
    if not conj:
        return source, []
    rest = {t.i for c in conj for t in c.subtree}
    first = [i for m in lex.places.acting(sent.mentions_in([t for p in parts for t in p.subtree], rest), subj)
             for i in actor_ids(m)]
    second = [i for m in lex.places.acting(sent.mentions_in([t for c in conj for t in c.subtree]), subj)
              for i in actor_ids(m)]
    if not first or not second:
        return source, []
    return unique(first), [i for i in unique(second) if i not in first]


def _governed_by(doc: Any, timex: Timex, head: Any) -> bool:
    """Whether the timex modifies the trigger itself, or the verb the trigger is coordinated with
    ("En janvier, ils se sont retirés de la CEDEAO et ont formé l'AES"), rather than a noun
    inside one of its arguments ("l'AES, un pacte désormais destiné à ...")."""
    verbs = {head.i}
    t = head
    # Up through coordination and participial clauses ("..., alléguant ..., et ont formé"):
    # parsers often hang the second conjunct on the participle rather than on the main verb.
    while t.dep_ in ("conj", "advcl") and t.head.i != t.i:
        t = t.head
        verbs.add(t.i)
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in verbs:
            return True
        if tok.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def _date(sent: Sentence, head: Any, clause: list[Any]) -> str | None:
    """The timex that modifies the trigger (or the verb it is coordinated with), else the one in
    its clause nearest to it, else the sentence's nearest, else None."""
    text = sent.span.doc.text
    dated = [t for t in sent.timexes if t.type in ("DATE", "TIME")]
    if not dated:
        return None
    lo, hi = min(t.idx for t in clause), max(t.idx + len(t) for t in clause)
    inside = [t for t in dated if lo <= t.start and t.end <= hi]
    if any(is_bound(text, t, head.idx) for t in inside):
        return None  # "quittera son poste après la Coupe du monde 2026": when is not told
    dated = [t for t in dated if not in_relative_clause(text, t, head.idx)
             and not not_its_day(text, sent.span.start_char, t, head.idx)]
    if not dated:
        return None
    governing = [t for t in dated if _governed_by(sent.span.doc, t, head)]
    inside = [t for t in inside if t in dated]
    pool = governing or inside or dated
    best = min(pool, key=lambda t: abs(t.start - head.idx))
    # "Trois jours après la prise de pouvoir, X a été investi le 17 octobre": three days earlier.
    return shifted(text, sent.span.start_char, best, head.idx) or best.value
