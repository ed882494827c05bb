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

from veille.model import Article, Event, Mention
from veille.pipeline import Context, stage
from veille.stages.entities.text import fold
from veille.stages.events import english, english_parse, french, implicit, pronouns, state_agents_en
from veille.stages.events.context import add_awarders, add_judges
from veille.stages.events.forces import Setting, english_force_mentions, record_owners, setting_of
from veille.stages.events.found import Found as _Found
from veille.stages.events.groups import coordinated_groups
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
              parse: Callable[[str], Any] | None = None, gate: Callable[[str], Any] | None = None) -> list[Event]:
    """The article's events; `parse` parses one English sentence (`english_parser`), None:
    English actors from word order; `gate` (`english_gate`, events@63) parses one to tell a trigger
    word that only modifies a noun."""
    # A range is stored one TIMEX per endpoint (the TimeML convention); an event told "du 3 au
    # 5 mai" is dated by the whole range.
    timexes = merge_ranges(article.body, sorted(article.timexes, key=lambda t: t.start))
    mentions = sorted(article.mentions, key=lambda m: m.start)
    # A year inside a name ("la Coupe du monde 2026", "le Goncourt 2024") names the thing, it
    # does not date the event.
    timexes = [t for t in timexes if not (_YEAR.fullmatch(t.value or "") and any(
        m.start < t.start and t.end <= m.end for m in mentions))]
    found: list[_Found] = []
    groups: list[list[str]] = []
    english_lex = lex.english if article.lang == "en" else None
    setting = setting_of(mentions, lex.places)  # events@41
    states = state_agents_en.ArticleStates()
    if english_lex is None:
        record_owners(setting, doc, lex.forces, lex.places.demonyms, fold)
    else:  # (events@58) whose an unnamed agent is, from the article as a whole
        states = state_agents_en.article_states(list(doc), lex.places, lex.forces, lex.agents_en)
    starts: list[int] = []
    antecedent: list[Mention] = []  # the previous sentence's subject, for "il" / "elle"
    titled = pronouns.titled_people(mentions)  # (events@48) for "l'opposant", "le ministre"
    for span in segments(doc):
        starts.append(span.start_char)
        sent = french.Sentence(span, mentions, timexes)
        # (events@41) "police in Nairobi": the noun stands for the place's state; (events@49) with
        # no place after it, the state of the sentence's one place "in"
        ms = sent.mentions
        if english_lex:
            extra = english_force_mentions(list(span), sent.mentions, lex.forces, lex.places)
            ms = sorted(ms + extra, key=lambda m: m.start)
            # (events@58) the agents it leaves, and the governing nouns ("the authorities")
            agents = state_agents_en.agent_mentions(list(span), ms, lex.forces, lex.agents_en, lex.places, states,
                                                    english_lex.by_form)
            ms, extra = sorted(ms + agents, key=lambda m: m.start), extra + agents
        items = english.find(span, ms, sent.timexes, english_lex,
                             lex.places.is_state, parse, antecedent, lex.places.demonyms, gate) if english_lex \
            else french.find(sent, lex, groups, antecedent, setting, titled)
        if english_lex:
            items = state_agents_en.drop_protesting_forces(items, extra, ms)
        antecedent = pronouns.english_sentence_subject(span, sent.mentions, antecedent) if english_lex \
            else pronouns.sentence_subject(span, sent.mentions_in, antecedent)
        # An anaphoric trigger in the sentence ("lors de cette visite") dates its events.
        for f in items:
            if f.date is None:
                f.date = next((g.date for g in items if g.anaphoric and g.date), None)
        found += items
        groups += coordinated_groups(sent.span, sent.mentions, lex.places.is_state)
    events = merge(found, article, STAGE, MODEL)
    if english_lex is None:
        events = joined(events, article)  # (events@59) one attack told twice is one event
    date_from_anaphora(events, found)
    # The filter weighs what the event's own sentences tell (it was fitted on that); the court
    # and the award's giver, taken from the rest of the article, come after it.
    kept = _filtered(events, article, starts, lex, setting) if lex.filter is not None else events
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
    implicit.add_agents(kept, article.body, mentions, lex.bench, lex.places, setting)  # events@43
    add_awarders(kept, mentions, article.body, lex.works)
    return kept


_TOLD_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|W(?:\d{2}|XX)-\d)")


def _filtered(events: list[Event], article: Article, starts: list[int], lex: Lexicon,
              setting: Setting) -> list[Event]:
    """The events the filter keeps. (events@50) In English the filter weighs a judgment or a
    charge told in the passive with no agent ("X was sentenced to five years", "Y has been charged
    with fraud") with the side its class implies (`implicit.add_agents`: the court, the state), as
    it will have after the filter: told one-sided, a main event was weighed as a background one.
    The events themselves are left as they are (the court and the trial's day come after)."""
    assert lex.filter is not None
    if article.lang != "en":
        return lex.filter.keep(events, article, starts)
    # those told by their day only (a date, a weekday: "sentenced on Saturday"): an undated
    # judgment is not tied to the trial the article reports (`context.add_judges`), one dated by a
    # year or a month is an earlier occasion's or its offence's
    probes = [copy.copy(e) if _TOLD_DAY.match(e.date or "") else e for e in events]
    mentions = sorted(article.mentions, key=lambda m: m.start)
    implicit.add_agents([p for p, e in zip(probes, events, strict=True) if p is not e], article.body, mentions,
                        lex.bench, lex.places, setting)
    kept = {id(p) for p in lex.filter.keep(probes, article, starts)}
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
    for article in batch:
        parse = english_parser(ctx) if article.lang == "en" else None
        gate = english_gate(ctx) if article.lang == "en" else None
        article.events = events_of(article, parsed(article, ctx), lex, parse, gate)
    return batch
