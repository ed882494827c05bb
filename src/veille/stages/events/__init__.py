"""Events stage: PLOVER-coded events with actors, date, place, modality and evidence.

Triggers (verbs and nominalisations) come from a data lexicon (`veille/data/events/`). French
candidates come from the dependency parse (`french.py`: the subject of the clause is the source,
objects and the trigger noun's own complements the target, "à <place>" the location); English ones
from the English parser or word order (`english.py`, `word_order_en.py`). Actors are the mentions
found inside those phrases (a person also brings the state named by its role). Relational nouns
("coopération", "partenariat") are events only when a realising word governs them ("ont officialisé
un partenariat"), so that an article's background is not counted. Reports of one event within an
article are merged into one record with several evidence spans; this module runs the flow: candidates
per sentence, the merge, the fitted filter, then the dates and sides taken from the whole article.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from veille.model import Article, Event, Evidence, Mention
from veille.pipeline import Context, stage
from veille.stages.entities.text import fold
from veille.stages.events import (
    anaphora_en,
    capitals_en,
    english,
    english_parse,
    french,
    headline,
    implicit,
    pronouns,
    state_agents_en,
)
from veille.stages.events.context import add_awarders, add_judges
from veille.stages.events.forces import Setting, english_force_mentions, record_owners, setting_of
from veille.stages.events.found import Found as _Found
from veille.stages.events.groups import coordinated_groups
from veille.stages.events.headline import Headline, asks
from veille.stages.events.lexicon import Lexicon, lexicon
from veille.stages.events.lexicon import load_lexicon as load_lexicon  # the tools' entry point
from veille.stages.events.merge import date_from_anaphora, joined, merge, recalled
from veille.stages.events.occasion import date_by_occasion, date_by_report
from veille.stages.nlp import parsed, segments
from veille.stages.time.convention import merge_ranges

STAGE = stage("events").key  # the version has one home: veille.pipeline's registry
MODEL = "veille-lexicon-dep@4"

_YEAR = re.compile(r"\d{4}")


def events_of(article: Article, doc: Any, lex: Lexicon,
              parse: Callable[[str], Any] | None = None, gate: Callable[[str], Any] | None = None,
              head: Headline | None = None) -> list[Event]:
    """The article's events; `parse` parses one English sentence (`english_parser`), None:
    English actors from word order; `gate` (`english_gate`, events@63) parses one to tell a trigger
    word that only modifies a noun; `head` (events@66, `headline.read`): the headline read alone."""
    # A range is stored one TIMEX per endpoint (the TimeML convention); an event told "du 3 au
    # 5 mai" is dated by the whole range.
    timexes = merge_ranges(article.body, sorted(article.timexes, key=lambda t: t.start))
    mentions = sorted(article.mentions, key=lambda m: m.start)
    # A year inside a name ("la Coupe du monde 2026", "le Goncourt 2024") names the thing, it
    # does not date the event.
    timexes = [t for t in timexes if not (_YEAR.fullmatch(t.value or "") and any(
        m.start < t.start and t.end <= m.end for m in mentions))]
    found: list[_Found] = []
    english_lex = lex.english if article.lang == "en" else None
    setting = setting_of(mentions, lex.places)  # events@41
    states = state_agents_en.ArticleStates()
    if english_lex is None:
        record_owners(setting, doc, lex.forces, lex.places.demonyms, fold)
    else:  # (events@58) whose an unnamed agent is, from the article as a whole
        states = state_agents_en.article_states(list(doc), lex.places, lex.forces, lex.agents_en)
    titled = pronouns.titled_people(mentions)  # (events@48) for "l'opposant", "le ministre"
    reader = _Reader(lex, english_lex, setting, states, titled, parse, gate, article.body)
    skip = head.span if head is not None else None
    starts: list[int] = []
    for span in segments(doc):
        if skip is not None and skip[0] <= span.start_char < skip[1]:
            continue  # (events@66) the headline is read alone, below
        starts.append(span.start_char)
        found += reader.sentence(span, mentions, timexes)
    events = merge(found, article, STAGE, MODEL)
    if english_lex is None:
        events = joined(events, article)  # (events@59) one attack told twice is one event
    headline_only: set[str] = set()
    if head is not None:  # (events@66) the headline's own candidates, after the body's
        told = {e.id for e in events}
        events = _with_headline(events, head, reader, article, segments(doc))
        headline_only = {e.id for e in events} - told
    date_from_anaphora(events, found)
    # The filter weighs what the event's own sentences tell (it was fitted on that); the court
    # and the award's giver, taken from the rest of the article, come after it.
    kept = _filtered(events, article, starts, lex, setting, head) if lex.filter is not None else events
    if lex.filter is not None and any(e.id not in headline_only for e in kept):
        # (events@66) the article's news is what its body tells: the headline's own act stands only
        # where the filter keeps none of the body's
        kept = [e for e in kept if e.id not in headline_only]
    if lex.filter is not None:
        # An event the text tells as not having happened ("did not attack", "talks ended without
        # a deal") is none of the article's real-world events (GUIDELINES.md, events); the fitted
        # model cannot learn it: eval/news dev, its training data, has no negated candidate it
        # keeps (weight 0), events@20.
        kept = [e for e in kept if e.modality != "negated"]
        if english_lex is None:
            # (events@59) Nor is one the French text tells as a possibility ("pourrait
            # sanctionner", "envisagent d'intensifier leurs frappes", "une possible suppression",
            # `modality.possible`) or in the conditional outside reported speech ("l'armée aurait
            # tué des civils": unconfirmed; "a annoncé qu'il se rendrait" is a plan, `planned`):
            # GUIDELINES.md's events are those the article reports as done or decided. Read
            # without the filter, it is `hypothetical`. Neither eval/news dev nor events_pool's
            # working part has a French main event told so (none kept before).
            kept = [e for e in kept if e.modality != "hypothetical"]
        # The main events are the article's news: beside an event of its own days, one dated more
        # than a month before the article is recalled as background ("the second cut since June"),
        # whatever else speaks for it. An article all of whose events are older tells of them.
        recent = [e for e in kept if not recalled(e.date, article.published)]
        kept = recent or kept
    if english_lex is not None:
        # after the filter, which was fitted on the dates the event's own sentences give
        date_by_occasion(kept, article.body, timexes, english_lex.by_form)
    # after the filter too: a statement with no day of its own is the report's news
    date_by_report(kept, article.published)
    add_judges(kept, article.body, mentions, lex.bench, events)
    implicit.add_agents(kept, article.body, mentions, lex.bench, lex.places, setting,  # events@43
                        english=english_lex is not None)  # (events@67) English passive arrests too
    add_awarders(kept, mentions, article.body, lex.works)
    return kept


class _Reader:
    """Reads an article's sentences one after another: the state the per-sentence candidate
    finders carry (the previous sentence's subject, the coordinated groups seen so far) and what they
    share across the article (the setting, its states and its titled people)."""

    def __init__(self, lex: Lexicon, english_lex: Any, setting: Setting, states: Any,
                 titled: dict[str, list[Mention]], parse: Callable[[str], Any] | None,
                 gate: Callable[[str], Any] | None, body: str | None = None) -> None:
        self.lex, self.english_lex, self.setting, self.states, self.titled = lex, english_lex, setting, states, titled
        self.parse, self.gate = parse, gate
        self.antecedent: list[Mention] = []  # the previous sentence's subject, for "il" / "elle"
        self.groups: list[list[str]] = []
        # (events@65) an English anaphor's window: the body (None: another text, the headline, read
        # alone, whose anaphors bind nothing), the previous sentence's start, the state agents before
        self.body = body
        self.previous = 0
        self.agent_mentions: list[Mention] = []

    def fresh(self) -> _Reader:
        """A reader for another text of the article (its headline): no antecedent, the groups so far."""
        other = _Reader(self.lex, self.english_lex, self.setting, self.states, self.titled, self.parse, self.gate)
        other.groups = list(self.groups)
        return other

    def sentence(self, span: Any, mentions: list[Mention], timexes: list[Any]) -> list[_Found]:
        lex, english_lex = self.lex, self.english_lex
        earlier = anaphora_en.window_of(self.body, sorted(mentions + self.agent_mentions, key=lambda m: m.start),
                                        self.previous, span.start_char) if english_lex and self.body is not None else []
        self.previous, previous_start = span.start_char, self.previous
        sent = french.Sentence(span, mentions, timexes)
        # (events@41) "police in Nairobi": the noun stands for the place's state; (events@49) with
        # no place after it, the state of the sentence's one place "in"
        ms = sent.mentions
        extra: list[Mention] = []
        if english_lex:
            extra = english_force_mentions(list(span), sent.mentions, lex.forces, lex.places)
            ms = sorted(ms + extra, key=lambda m: m.start)
            # (events@58) the agents it leaves, and the governing nouns ("the authorities")
            agents = state_agents_en.agent_mentions(list(span), ms, lex.forces, lex.agents_en, lex.places,
                                                    self.states, english_lex.by_form)
            ms, extra = sorted(ms + agents, key=lambda m: m.start), extra + agents
            # (events@68) "Washington imposed ...", "Minsk will slap ...", "the Russians said": a
            # capital or a people as its clause's subject stands for its state
            capitals, replaced = capitals_en.capital_mentions(list(span), ms, lex.capitals, english_lex.by_form,
                                                              lex.places.states, lex.places.demonyms)
            ms = sorted([m for m in ms if m not in replaced] + capitals, key=lambda m: m.start)
            self.agent_mentions += extra + capitals
        items = english.find(span, ms, sent.timexes, english_lex, lex.places.is_state, self.parse, self.antecedent,
                             lex.places.demonyms, self.gate, earlier, lex.anaphora, previous_start,
                             self.setting.place) if english_lex \
            else french.find(sent, lex, self.groups, self.antecedent, self.setting, self.titled)
        if english_lex:
            items = state_agents_en.drop_protesting_forces(items, extra, ms)
        self.antecedent = pronouns.english_sentence_subject(span, sent.mentions, self.antecedent) if english_lex \
            else pronouns.sentence_subject(span, sent.mentions_in, self.antecedent)
        # An anaphoric trigger in the sentence ("lors de cette visite") dates its events.
        for f in items:
            if f.date is None:
                f.date = next((g.date for g in items if g.anaphoric and g.date), None)
        self.groups += coordinated_groups(sent.span, sent.mentions, lex.places.is_state)
        return items


def _tells(head: Event, body: Event) -> bool:
    """(events@66) Whether a headline candidate tells a body event's act: the same type and a side in
    common. Not the merge's other conditions: a headline is undated (its words are no timex of the
    body) and its telegraphic forms give the weakest reading of the mode and the modality. With no
    such event, the headline's act is the body's first of its type: a headline tells the article's
    news, which the body tells first, and its sides may be others ("Palme d'or décernée à X", an
    award to X, over the body's "a remporté la Palme d'or" told of a pronoun: a win of the prize)."""
    sides = set(head.source) | set(head.target)
    return head.type == body.type and bool(sides & (set(body.source) | set(body.target)))


def _with_headline(events: list[Event], head: Headline, reader: _Reader, article: Article,
                   spans: list[Any]) -> list[Event]:
    """(events@66) The body's events and the headline's (`headline.py`): a headline candidate
    telling an act a body event tells (`_tells`) adds that event its line (where the body prints it)
    and no side; one the body does not tell is an event of its own, cited by the first body sentence naming
    one of its sides (else the body's first) and by the headline's line where the body prints it."""
    own = reader.fresh()
    found = [f for span in segments(head.doc) for f in own.sentence(span, head.mentions, [])]
    found = [f for f in found if not f.anaphoric and (f.source or f.target)]
    if not found:
        return events
    line = head.span
    body = [(s.start_char, s.end_char) for s in spans if line is None or not line[0] <= s.start_char < line[1]]
    body = body or ([line] if line is not None else [])
    if not body:
        return events
    mentions = [m for m in article.mentions if m.entity]
    for f in found:
        sides = set(f.source) | set(f.target)
        f.sentence = next((s for s in body if any(s[0] <= m.start < s[1] and m.entity in sides for m in mentions)),
                          body[0])
    used = {e.id for e in events}
    out = list(events)
    for ev in merge(found, article, STAGE, MODEL):
        cite = [Evidence(article.id, line[0], line[1], article.body[line[0]:line[1]])] if line is not None else []
        into = next((e for e in events if _tells(ev, e)), None) or next((e for e in events if e.type == ev.type), None)
        if into is None and asks(head.text):
            continue  # a question asserts no act ("X va-t-il démissionner ?")
        if into is None:
            n = len(out)
            while f"{article.id}:ev{n}" in used:
                n += 1
            ev.id = f"{article.id}:ev{n}"
            used.add(ev.id)
            out.append(ev)
            into = ev
        into.evidence = sorted(into.evidence + [c for c in cite if all(x.start != c.start for x in into.evidence)],
                               key=lambda e: e.start)
    return out


_TOLD_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|W(?:\d{2}|XX)-\d)")


def _filtered(events: list[Event], article: Article, starts: list[int], lex: Lexicon,
              setting: Setting, head: Headline | None = None) -> list[Event]:
    """The events the filter keeps. (events@50) In English the filter weighs a judgment or a
    charge told in the passive with no agent ("X was sentenced to five years", "Y has been charged
    with fraud") with the side its class implies (`implicit.add_agents`: the court, the state), as
    it will have after the filter: told one-sided, a main event was weighed as a background one.
    The events themselves are left as they are (the court and the trial's day come after)."""
    assert lex.filter is not None
    seen = (head.text, head.span) if head is not None else None
    if article.lang != "en":
        return lex.filter.keep(events, article, starts, headline=seen)
    # those told by their day only (a date, a weekday: "sentenced on Saturday"): an undated
    # judgment is not tied to the trial the article reports (`context.add_judges`), one dated by a
    # year or a month is an earlier occasion's or its offence's
    probes = [copy.copy(e) if _TOLD_DAY.match(e.date or "") else e for e in events]
    mentions = sorted(article.mentions, key=lambda m: m.start)
    implicit.add_agents([p for p, e in zip(probes, events, strict=True) if p is not e], article.body, mentions,
                        lex.bench, lex.places, setting, english=True)
    kept = {id(p) for p in lex.filter.keep(probes, article, starts, headline=seen)}
    return [e for e, p in zip(events, probes, strict=True) if id(p) in kept]


def _english_parse(ctx: Context, name: str) -> Callable[[str], Any] | None:
    """The English pipeline `name` without its recogniser, once per context: made of the package the
    nlp stage loaded whole where its recogniser comes from the same one (`nlp.shared_english`,
    chore43), else loaded apart; None where not installed."""
    from veille.stages import nlp

    def load() -> Callable[[str], Any] | None:
        if nlp.shared_english(ctx) == name:
            return english_parse.parser_of(nlp.english_whole(ctx, name))
        return english_parse.load_parser(name)
    return ctx.resource(f"spacy:en-parse:{name}", load)  # type: ignore[no-any-return]


def english_parser(ctx: Context) -> Callable[[str], Any] | None:
    """The English parser for trigger sentences (`events.english_parser`), loaded once per
    context; None where unset or not installed (word order then gives English actors)."""
    name = ctx.config.events.english_parser
    return _english_parse(ctx, name) if name else None


def english_gate(ctx: Context) -> Callable[[str], Any] | None:
    """The English parser that tells a trigger word modifying a noun (`events.english_attribute_parser`,
    events@63), loaded once per context; None where unset or not installed (no such check)."""
    name = ctx.config.events.english_attribute_parser
    return _english_parse(ctx, name) if name else None


def events_batch(batch: list[Article], ctx: Context) -> list[Article]:
    lex = lexicon(ctx)
    heads = headline.read_batch(batch, ctx)
    for article, head in zip(batch, heads, strict=True):
        parse = english_parser(ctx) if article.lang == "en" else None
        gate = english_gate(ctx) if article.lang == "en" else None
        doc = parsed(article, ctx)
        article.events = events_of(article, doc, lex, parse, gate, head)
    return batch
