"""Shared fixtures.

Tests that read `../shared` (the seed gold, French TimeBank) skip with a reason where it is
absent (a user's clone) and fail instead when VEILLE_REQUIRE_SHARED=1 (CI).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "seeds"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip (fail in CI) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{path} is absent: the shared gold data lives beside the repository, not in it"
        if os.environ.get("VEILLE_REQUIRE_SHARED") == "1":
            pytest.fail(reason + " (VEILLE_REQUIRE_SHARED=1)")
        pytest.skip(reason)
    return path


def write_and_link(store: Any, articles: list[Any], run: str) -> None:
    """Write a batch of articles to a store and run the corpus steps on it, as a user adding a
    batch does (the incremental tests run two or three such batches; the reference date fixed so
    that stories do not depend on today's date)."""
    from veille.config import Config
    from veille.corpus_steps import incremental
    from veille.pipeline import Context

    config = Config()
    config.time.reference_date = "2025-06-01"
    store.write_batch(articles, [], run)
    incremental(store, Context(config=config))


def load_script(relative: str) -> ModuleType:
    """A script of the repository (tools/, benchmarks/) imported as a module, to test it as run."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def ctx() -> Any:
    """One pipeline context for the session, so spaCy loads once."""
    from veille.pipeline import Context

    return Context()


@pytest.fixture(scope="session")
def grammar_ctx(ctx: Any) -> Any:
    """The session's context (its loaded models shared) with `entities.english_grammar_names` on:
    English places, named events and works, and world.jsonl-id organisations from the grammar."""
    from veille.config import Config, EntitiesConfig
    from veille.pipeline import Context

    return Context(Config(entities=EntitiesConfig(english_grammar_names=True)), resources=ctx.resources)


@pytest.fixture(scope="session")
def plain_ctx(ctx: Any) -> Any:
    """The session's context with `entities.english_grammar_names` off (the default; stated
    here so the tests keep meaning it if the default turns): English articles name people, gazetteer entries and acronyms only."""
    from veille.config import Config, EntitiesConfig
    from veille.pipeline import Context

    return Context(Config(entities=EntitiesConfig(english_grammar_names=False)), resources=ctx.resources)


@pytest.fixture(scope="session")
def recogniser_ctx(ctx: Any) -> Any:
    """`plain_ctx` with `entities.english_ner_agreed` off (on by default since entities@78): the
    English recogniser's spans a test hands in are taken as they are (people too), which is what
    the tests of the recogniser's own names read; with the agreement on, only its organisations and
    places the grammar bounds the same way stay."""
    from veille.config import Config, EntitiesConfig
    from veille.pipeline import Context

    return Context(Config(entities=EntitiesConfig(english_grammar_names=False, english_ner_agreed=False)),
                   resources=ctx.resources)


@pytest.fixture(scope="session")
def grammar_recogniser_ctx(ctx: Any) -> Any:
    """`grammar_ctx` with `entities.english_ner_agreed` off: the recogniser's spans as they are."""
    from veille.config import Config, EntitiesConfig
    from veille.pipeline import Context

    return Context(Config(entities=EntitiesConfig(english_grammar_names=True, english_ner_agreed=False)),
                   resources=ctx.resources)


@pytest.fixture(scope="session")
def unproven_ctx(ctx: Any) -> Any:
    """The session's context (its loaded models shared) with `quotes.unproven_incise_rules` on:
    quotes@28's three incise rules no unseen page has shown right yet (off by default)."""
    from veille.config import Config, QuotesConfig
    from veille.pipeline import Context

    return Context(Config(quotes=QuotesConfig(unproven_incise_rules=True)), resources=ctx.resources)


def with_cameo(ctx: Any) -> Any:
    """`ctx` (its config and loaded models) with `events.cameo_english` on: events@18's English
    CAMEO triggers, verdict sides, nationality adjectives and the attempt rule (off by default)."""
    import dataclasses

    from veille.pipeline import Context

    config = dataclasses.replace(ctx.config, events=dataclasses.replace(ctx.config.events, cameo_english=True))
    return Context(config, resources=ctx.resources)


def with_quotes(ctx: Any, **options: bool) -> Any:
    """`ctx` (its config and loaded models) with the named `quotes` options set, e.g.
    `with_quotes(ctx, roundup_labels=True)`: quotes@28's rules are off by default since quotes@31."""
    import dataclasses

    from veille.pipeline import Context

    config = dataclasses.replace(ctx.config, quotes=dataclasses.replace(ctx.config.quotes, **options))
    return Context(config, resources=ctx.resources)


def annotate_entities(ctx: Any, body: str, lang: str = "fr") -> dict[str, Any]:
    """One invented sentence through nlp and entities: its mentions by their text (the roles tests)."""
    from veille.model import Article
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch

    article = Article(id="t", source="t", raw=body, body=body, lang=lang, published="2025-06-06")
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    return {m.text: m for m in article.mentions}


def held_role(ctx: Any, name: str, body: str, lang: str = "fr") -> tuple[dict[str, Any], Any]:
    """`annotate_entities`, and the role of the mention `name`, which must hold one (the roles tests)."""
    mentions = annotate_entities(ctx, body, lang)
    role = mentions[name].role
    assert role is not None, (name, body)
    return mentions, role


def role_title(mentions: dict[str, Any], name: str) -> str | None:
    """The title of the mention `name`'s role, None where it holds none (the roles tests)."""
    role = mentions[name].role
    return role.title if role is not None else None


def check_titles(ctx: Any, body: str, lang: str, titles: dict[str, str | None]) -> None:
    """One row of a roles test table: each named mention's title in the annotated body (None: no role)."""
    mentions = annotate_entities(ctx, body, lang)
    assert {name: role_title(mentions, name) for name in titles} == titles


def article_naming(text: str, names: dict[str, tuple[str, str]], lang: str = "fr") -> Any:
    """An article whose mentions are the given names (text -> (type, entity id)) wherever they
    stand, longest first and never overlapping: an events test without the entities stage."""
    from veille.model import Article, Mention

    mentions, taken = [], []
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and start < e for s, e in taken):
                typ, ent = names[name]
                mentions.append(Mention(start, end, name, typ, ent))  # type: ignore[arg-type]
                taken.append((start, end))
            start = text.find(name, end)
    return Article(id="a1", source="t", raw=text, body=text, published="2025-04-03", lang=lang,
                   mentions=sorted(mentions, key=lambda m: m.start))


def clean_raw(raw: str, url: str | None = None) -> Any:
    """One raw text through the clean stage alone, with the shipped patterns and date-line parser."""
    from veille.model import Article
    from veille.stages.clean import clean_article
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.rules import load_patterns

    return clean_article(Article(id="x", source="x.txt", raw=raw, url=url), load_patterns(), DatelineParser())


def quotes_of(ctx: Any, body: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    """One invented article through nlp, entities and quotes: its quotes' texts and speakers (the quotes tests)."""
    return [(q.text, q.speaker) for q in quoted_article(ctx, body, lang).quotes]


def quoted_article(ctx: Any, body: str, lang: str = "fr") -> Any:
    """One invented article through nlp, entities and quotes: the article (the quotes tests)."""
    from veille.model import Article
    from veille.stages.entities import entities_batch
    from veille.stages.nlp import nlp_batch
    from veille.stages.quotes import quotes_batch

    article = Article(id="t", source="t", raw=body, body=body, lang=lang)
    nlp_batch([article], ctx)
    entities_batch([article], ctx)
    quotes_batch([article], ctx)
    return article


def clean_batch(pages: list[tuple[str, list[str]]]) -> list[Any]:
    """Plain-text pages (url, lines) cleaned as one batch, with the batch's repetition counts and
    the shipped line model (the clean stage's tests of a site's pages)."""
    from veille.model import Article
    from veille.stages import clean
    from veille.stages.cleaning import rules
    from veille.stages.cleaning.dateline import DatelineParser
    from veille.stages.cleaning.linemodel import load_line_model
    from veille.stages.cleaning.repetition import load_shapes
    from veille.stages.dedup import load_stop_words
    articles = [Article(id=f"p{n}", source=f"p{n}", url=url, raw="\n\n".join(lines))
                for n, (url, lines) in enumerate(pages)]
    stop_words = load_stop_words()
    counts = clean.batch_line_counts(articles, load_shapes(stop_words))
    patterns, datelines, model = rules.load_patterns(), DatelineParser(), load_line_model()
    for number, article in enumerate(articles):
        clean.clean_article(article, patterns, datelines, None, {}, model, stop_words,
                            clean.Corpus(counts, number))
    return articles


# Three paragraphs of an invented French news report, the body under the page furniture the clean
# stage's date and title tests build around it (shared so that each test file does not copy it).
FR_NEWS_BODY = ("Un homme armé d'un couteau a retenu deux personnes dans un commerce de la rue principale "
                "mardi matin avant de se rendre aux policiers venus sur place.\n\n"
                "Personne n'a été blessé, a indiqué un porte-parole de la police, et l'homme a été placé en garde à vue.\n\n"
                "La rue a été fermée pendant trois heures le temps des vérifications.")


def timexes_of(body: str, lang: str, published: str) -> list[Any]:
    """One invented article's timexes, published (metadata) on `published`, the reference date
    fixed so that nothing depends on today's date (the time tests)."""
    from veille.config import Config
    from veille.model import Article
    from veille.pipeline import Context
    from veille.stages.time import tag_article

    config = Config()
    config.time.reference_date = "2026-12-01"
    article = Article(id="a", source="a", raw=body, body=body, published=published, published_how="metadata",
                      lang=lang)
    return list(tag_article(article, Context(config=config)).timexes)


def timex_values(body: str, lang: str, published: str) -> dict[str, str]:
    """`timexes_of` as text -> value."""
    return {t.text: t.value for t in timexes_of(body, lang, published)}


def parsed_timex_values(ctx: Any, body: str, published: str, lang: str = "fr") -> dict[str, str]:
    """`timex_values` after the nlp stage has parsed the article (rules that read the parse: a
    weekday's governing verb and its tense), with the session's `ctx` and its loaded model."""
    from veille.model import Article
    from veille.stages.nlp import nlp_batch
    from veille.stages.time import tag_article

    article = Article(id="a", source="a", raw=body, body=body, published=published, published_how="metadata",
                      lang=lang)
    nlp_batch([article], ctx)
    return {t.text: t.value for t in tag_article(article, ctx).timexes}


def said(ctx: Any, body: str, lang: str = "fr") -> tuple[list[str], set[str | None]]:
    """`quotes_of` as its quotes' texts, in order, and the set of their speakers (a transcript's
    tests: every answer, and who gave them)."""
    got = quotes_of(ctx, body, lang)
    return [text for text, _ in got], {speaker for _, speaker in got}


def link_ids(*names: tuple[str, str] | tuple[str, str, str]) -> list[str | None]:
    """Link one mention per (text, type[, sentence before it]), each in its own article; their
    final ids.  The places of the sentence before it (countries, and places the unlisted
    world.jsonl knows) are mentions of the article too, as the entities stage finds them."""
    from veille.model import Article, Mention
    from veille.stages.entities.gazetteer import load
    from veille.stages.link import link_articles

    gaz = load()
    articles = []
    for k, (text, type_, *before) in enumerate(names):
        lead = (before[0] + " ") if before else ""
        a = Article(id=f"a{k}", source="s", raw="", body=lead + text)
        a.mentions = [Mention(len(lead), len(lead) + len(text), text, type_, f"{type_.lower()}:local-{k}")]  # type: ignore[arg-type]
        for mt in gaz.match(lead):
            if mt.entry.kind == "country":
                a.mentions.append(Mention(mt.start, mt.end, lead[mt.start:mt.end], "LOC", mt.entry.id))
        for word in lead.replace(",", " ").replace(".", " ").split():
            if word[:1].isupper() and gaz.type_of(word) == "LOC" and gaz.groups.get((word.lower(),)):
                start = lead.index(word)
                a.mentions.append(Mention(start, start + len(word), word, "LOC", f"loc:{word.lower()}"))
        articles.append(a)
    link_articles(articles, gaz)
    return [a.mentions[0].entity for a in articles]


def store_before_migration(db: Path, number: int, monkeypatch: pytest.MonkeyPatch, write: Any, table: str) -> None:
    """A store at `db` as the code before migration `number` left it: every earlier migration
    applied, filled by `write(store)`, without `table`.  Every monkeypatch is undone after it
    (the caller's too: those that stand for the older writer)."""
    from veille.store import migrations
    from veille.store.db import Store

    monkeypatch.setattr("veille.store.db.MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] < number])
    if number <= 23:  # the older writer kept no stored answers (migration 23)
        monkeypatch.setattr("veille.store.answers.refresh_articles", lambda con, ids: None)
        monkeypatch.setattr("veille.store.answers.refresh_stories", lambda con, ids: None)
    if number <= 24:  # ... nor the merged events' brief columns (migration 24)
        monkeypatch.setattr("veille.store.aggregates.event_briefs_sql", lambda ids: ("SELECT 1", []))
    if number <= 25:  # ... nor their brief document (migration 25)
        monkeypatch.setattr("veille.store.aggregates.event_brief_docs_sql", lambda ids: ("SELECT 1", []))
    if number <= 26:  # ... nor their record document (migration 26)
        monkeypatch.setattr("veille.store.list_docs.record_docs_sql", lambda ids: [])
        monkeypatch.setattr("veille.store.list_docs.story_docs_sql", lambda ids: [])
    if number <= 27:  # ... nor the articles page's rows in its order (migration 27)
        monkeypatch.setattr("veille.store.list_docs.article_list_sql", lambda ids: [])
    with Store.open(db) as old:
        write(old)
        assert old.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                               [table]).fetchone() == (0,)
    monkeypatch.undo()


def require_browser() -> str:
    """The Chromium to drive, or skip (fail when VEILLE_REQUIRE_BROWSER=1, as in CI) when it or
    Playwright is missing. Playwright never downloads a browser here: Debian's is used."""
    chromium = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
    reason = None
    if importlib.util.find_spec("playwright") is None:
        reason = "playwright (python) is not installed: pip install -r requirements.lock"
    elif not Path(chromium).exists():
        reason = f"{chromium} is absent: `make browser` installs Debian's chromium"
    if reason:
        if os.environ.get("VEILLE_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (VEILLE_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    return chromium


@pytest.fixture(scope="session")
def ui_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store over the example corpus plus a hostile article (markup and template syntax in its
    title, outlet, body, quotes and entity names) and a republication of one seed, for the UI tests."""
    from tests.ui_support import build_ui_store

    return build_ui_store(tmp_path_factory.mktemp("ui"))


def _left_open() -> list[str]:
    """What the session left running that could touch DuckDB at interpreter exit: server
    `Readers` not closed, stores whose connection is still open, threads still alive, and a
    Ray instance still up. Any of these can end the process with an abort after the last test
    (issue 14: a reader's thread closed its connection during interpreter teardown)."""
    import gc
    import sys
    import threading

    from veille.server.readers import Readers
    from veille.store.db import Store

    gc.collect()
    found = [f"a server Readers over {r.db} was never closed" for r in gc.get_objects()
             if isinstance(r, Readers) and not r.closed]
    found += [f"a store over {s.path} still has its connection open" for s in gc.get_objects()
              if isinstance(s, Store) and s._con is not None]
    found += [f"thread {t.name!r} is still running" for t in threading.enumerate()
              if t is not threading.main_thread() and t.is_alive()]
    ray = sys.modules.get("ray")
    if ray is not None and ray.is_initialized():
        found.append("a Ray instance is still up (ray.shutdown() was not called)")
    return found


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when tests left servers, readers, connections, threads or Ray behind."""
    if session.config.option.collectonly:
        return
    left = _left_open()
    if left:
        session.config.get_terminal_writer().line(
            "tests left these running (close them in the test or its fixture):\n  " + "\n  ".join(left), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
