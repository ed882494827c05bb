"""The tense a spaCy parse gives a time expression: the present of an agenda verb before a weekday
(`parsed_present_before`) and the past of the first verb above an expression that shows a tense
(`parsed_past_governor`).  Split from `tense.py` (the cue-word readings), which re-exports them.
"""

from __future__ import annotations

from typing import Any

from veille.stages.time.lexicon import fold


def parsed_present_before(parse: Any, start: int, agenda: frozenset[str]) -> bool:
    """(time@37) Whether the parse makes the weekday at `start` a modifier of a finite present
    indicative verb said before it in its clause ("Le président reçoit jeudi les syndicats", "le
    marché ouvre dimanche"): the French press's present of a day to come, the sense the scheduling
    forms of `french_present_schedule` have too.  Not a weekday said before its verb ("Lundi, la
    police interpelle deux suspects": the historical present of a narrative), not a compound tense
    (the head is then the participle), not an infinitive's complement.  (time@38) Only a verb of an
    agenda (`agenda`, lemmas of `tense.schedule_verbs`): other presents before a weekday are the press's
    narrative present as often as not ("Selon le parquet, le suspect reconnaît lundi les faits", "La
    police interpelle lundi deux suspects"), left to the nearest day."""
    if parse is None:
        return False
    span = parse.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span[0].head
    return bool(head.pos_ in ("VERB", "AUX") and head.i < span[0].i and fold(head.lemma_) in agenda
                and "Fin" in head.morph.get("VerbForm") and "Pres" in head.morph.get("Tense")
                and "Ind" in head.morph.get("Mood")
                and not any(c.dep_ in ("aux", "aux:tense", "aux:pass") for c in head.children))


# How many heads up from a weekday the verb whose tense dates it may stand ("la réunion pour discuter du
# non-match de dimanche": dimanche -> non-match -> groupe/discuter -> organisé).
_GOVERNOR_STEPS = 6


def _for_an_occasion(tok: Any) -> bool:
    """(time@41) Whether the noun `tok` is introduced by "pour" or "en vue de", or by "à" as the complement
    of another noun ("sa présence à la cérémonie", "son invitation au sommet")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cases = {fold(w.text) for c in tok.children if c.dep_ == "case" for w in (c, *c.children)}
    return bool("pour" in cases or {"en", "vue"} <= cases
                or (cases & {"à", "au", "aux"} and tok.head.pos_ in ("NOUN", "PROPN")))


def expression_root(parse: Any, start: int, end: int) -> Any | None:
    """The parse's root token of the characters [start, end) (a time expression), or None without a
    parse or a token there; the start of every climb from an expression to the verb that governs it."""
    if parse is None:
        return None
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def parsed_past_governor(parse: Any, start: int, end: int, reporting: frozenset[str]) -> bool:
    """(time@39) Whether the first verb above the expression at [start, end) in the parse that shows a
    tense tells a past: a finite past or imperfect, or a participle with a finite auxiliary of the
    present, imperfect or conditional (the passé composé, the pluperfect, the past conditional: "Nous
    avons organisé une réunion mardi pour discuter du match de dimanche").  An infinitive shows none
    and passes its time up to the verb it completes; a present passive ("est organisée") is no past.
    (time@41) The climb stops at a noun an occasion is for ("ses billets pour le match de dimanche", "en vue
    du sommet de lundi", "sa présence à la cérémonie de dimanche"): what is bought, prepared or promised for
    an occasion tells nothing of its side; and a verb of saying or announcing (`reporting`, the lemmas of
    the quotes stage's lexicon: "a dévoilé jeudi sa tenue pour le match", "a confirmé sa présence") dates
    the telling, not what is told."""
    tok = expression_root(parse, start, end)
    if tok is None:
        return False
    for _ in range(_GOVERNOR_STEPS):
        if tok.head is tok or _for_an_occasion(tok):
            return False
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or "Inf" in tok.morph.get("VerbForm"):
            continue
        if fold(tok.lemma_) in reporting:
            return False
        if "Fin" in tok.morph.get("VerbForm"):
            return bool({"Past", "Imp"} & set(tok.morph.get("Tense")))
        auxes = [c for c in tok.children if c.dep_ in ("aux", "aux:tense") and "Fin" in c.morph.get("VerbForm")]
        return bool(auxes) and all("Fut" not in a.morph.get("Tense") for a in auxes)
    return False
