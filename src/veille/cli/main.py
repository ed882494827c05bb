"""`veille` commands.  Exit status: 0 all good, 2 partial failure (items quarantined), 1 usage or fatal."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from veille import api
from veille.config import Config, IngestConfig
from veille.errors import VeilleError
from veille.executor import resolve_workers
from veille.runner import RunSummary

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="veille: turn a pile of news articles into a cited, structured dossier.")
out = Console()
err = Console(stderr=True)

DB = Annotated[Path, typer.Option("--db", help="The DuckDB store.")]
DEFAULT_DB = Path("veille.duckdb")


def _fail(exc: VeilleError) -> typer.Exit:
    err.print(f"[bold red]error[/] {exc}")
    return typer.Exit(1)


T = TypeVar("T")


def _query(db: Path, read: Callable[[api.Dossier], T]) -> T:
    """Run `read` over the store opened read-only; a store error ends the command with status 1."""
    try:
        with api.open(db) as dossier:
            return read(dossier)
    except VeilleError as exc:
        raise _fail(exc) from exc


def _config(path: Path | None, reference_date: str | None = None) -> Config:
    config = Config.from_toml(path) if path else Config()
    if reference_date:
        config.time.reference_date = reference_date
    return config


def _count_inputs(inputs: list[str], config: IngestConfig | None = None) -> int | None:
    """Items to read, for the progress bar: one per text or HTML file; None (a spinner) when an
    input holds an unknown number of items (stdin, JSON Lines, feeds, WARC)."""
    from veille.config import IngestConfig
    from veille.ingest.readers import _walk, format_of

    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        # the reader's own walk: it never follows a link out of the folder or round a loop
        files = [f for f, _, _ in _walk(path, config or IngestConfig())] if path.is_dir() else [path]
        if any(format_of(f.name) in ("jsonl", "feed", "warc") for f in files):
            return None
        total += len(files)
    return total


@app.command()
def run(inputs: Annotated[list[str] | None, typer.Argument(
            help="Files, folders (read recursively) or - for stdin.")] = None,
        db: DB = DEFAULT_DB,
        config: Annotated[Path | None, typer.Option(help="A TOML configuration file.")] = None,
        reference_date: Annotated[str | None, typer.Option(
            help="Pin 'today' (YYYY-MM-DD) for date resolution, for reproducible results.")] = None,
        workers: Annotated[int | None, typer.Option(
            help="Processes for the article stages: 0 = one per available core (the default, "
                 "or `workers` in --config), 1 = this process only.")] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
        engine: Annotated[str, typer.Option(help="local (this process) or ray (Ray tasks and actors).")] = "local",
        shards: Annotated[Path | None, typer.Option(
            help="ray: the Parquet shards folder (default: <db>.shards).")] = None,
        ray_address: Annotated[str | None, typer.Option(
            help="ray: a cluster to join (or set RAY_ADDRESS); default: a local instance.")] = None,
        ray_workers: Annotated[int, typer.Option(help="ray: actors running the stages.")] = 2,
        retry_quarantined: Annotated[bool, typer.Option(
            "--retry-quarantined", help="Also read again the items in quarantine: those that pass now leave it, "
                                        "the others stay with their new reason.")] = False) -> None:
    """Ingest and analyse articles into the store; already stored articles are skipped."""
    inputs = inputs or []
    if not inputs and not retry_quarantined:
        err.print("[bold red]error[/] [V400] nothing to read — give files, folders or -, or --retry-quarantined")
        raise typer.Exit(1)
    try:
        cfg = _config(config, reference_date)
        if workers is not None:
            cfg.workers = workers
        resolve_workers(cfg.workers)  # a bad value is a usage error before the store is opened
        total = _count_inputs(inputs, cfg.ingest) if not retry_quarantined else None
        columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[added]} new"), TimeElapsedColumn()]
        with Progress(*columns, console=err, disable=quiet, transient=True) as bar:
            task = bar.add_task("analysing", total=total, added=0)
            summary = api.run(inputs, db=db, config=cfg, retry_quarantined=retry_quarantined,
                              progress=lambda n, added: bar.update(task, advance=n, added=added),
                              engine=engine, shards=shards, ray_address=ray_address, ray_workers=ray_workers)
    except VeilleError as exc:
        raise _fail(exc) from exc
    _print_summary(summary, db)


kb_app = typer.Typer(no_args_is_help=True, help="Knowledge bases for the entity stage.")
app.add_typer(kb_app, name="kb")


@kb_app.command("import")
def kb_import(source: Annotated[Path, typer.Argument(help="A CSV (name,type,wikidata,aliases,kind,id) or a "
                                                          "Wikidata JSON dump (.json, .json.gz, .json.bz2).")],
              out: Annotated[Path, typer.Option("--out", help="The gazetteer file to write (JSON Lines).")
                             ] = Path("kb.jsonl"),
              types: Annotated[str, typer.Option("--types", help="Types to keep, comma-separated.")
                               ] = "PER,ORG,LOC,MISC") -> None:
    """Turn a knowledge base into a gazetteer file; list it in `entities.gazetteers` to use it."""
    from veille.kb import import_kb

    try:
        report = import_kb(source, out, [t.strip() for t in types.split(",") if t.strip()])
    except VeilleError as exc:
        raise _fail(exc) from exc
    out_msg = f"{report.written} entries written to {out} ({report.read} read)"
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items()))
    err.print(out_msg + (f"; skipped: {skipped}" if skipped else ""))
    err.print(f'use it: entities.gazetteers = ["{out}"] in the configuration file')


@app.command("import-parquet")
def import_parquet(shards: Annotated[Path, typer.Argument(help="The shards folder of a `--engine ray` run.")],
                   db: DB = DEFAULT_DB,
                   config: Annotated[Path | None, typer.Option(help="A TOML configuration file.")] = None) -> None:
    """Load Parquet shards into the store (what it holds is skipped), then link entities and stories."""
    try:
        summary = api.import_parquet(shards, db=db, config=_config(config))
    except VeilleError as exc:
        raise _fail(exc) from exc
    _print_summary(summary, db)


@app.command()
def relink(db: DB = DEFAULT_DB,
           config: Annotated[Path | None, typer.Option(help="A TOML configuration file.")] = None) -> None:
    """Link every stored entity name again (runs use the incremental linking; this is the full one)."""
    counts = _full_corpus_step(api.relink, db, config)
    out.print(f"relinked {counts.get('names', 0)} names; {counts.get('moved', 0)} changed entity")


@app.command()
def recluster(db: DB = DEFAULT_DB,
              config: Annotated[Path | None, typer.Option(help="A TOML configuration file.")] = None) -> None:
    """Cluster every stored article into stories again (story ids that go are redirected)."""
    counts = _full_corpus_step(api.recluster, db, config)
    out.print(f"reclustered {counts.get('read', 0)} articles into {counts.get('stories', 0)} stories")


def _full_corpus_step(step: Callable[..., dict[str, int]], db: Path, config: Path | None) -> dict[str, int]:
    """`veille relink` / `veille recluster`: the full corpus step over the store, errors as exit codes."""
    try:
        return step(db, config=_config(config))
    except VeilleError as exc:
        raise _fail(exc) from exc


def _print_summary(summary: RunSummary, db: Path) -> None:
    table = Table(title=f"veille run {summary.run_id}", show_header=False)
    for key, value in summary.as_dict().items():
        if key != "run_id":
            table.add_row(key, str(value))
    out.print(table)
    if summary.quarantined:
        q = Table(title="quarantined", show_lines=False)
        for col in ("item", "stage", "code", "reason"):
            q.add_column(col, overflow="fold")
        for item in summary.quarantined[:50]:
            q.add_row(item.source, item.stage, item.code, item.message)
        out.print(q)
        if len(summary.quarantined) > 50:
            out.print(f"… and {len(summary.quarantined) - 50} more: `veille quarantine --db {db}`")
        raise typer.Exit(2)


@app.command()
def export(db: DB = DEFAULT_DB,
           fmt: Annotated[str, typer.Option(
               "--format", help="jsonl, parquet, csv, or plover (events with PLOVER's JSON field names).")] = "jsonl",
           out_dir: Annotated[Path, typer.Option("--out", help="Folder to write into.")] = Path("export")) -> None:
    """Write the dossier as files (articles, entities, timexes, events, quotes, stories)."""
    written = _query(db, lambda d: d.export(out_dir, fmt))
    for table, path in written.items():
        out.print(f"{table:<10} {path}")


def _actors(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(i, i) for i in ids)


@app.command()
def stories(db: DB = DEFAULT_DB) -> None:
    """Stories with their date range, sources and events."""
    rows = _query(db, lambda d: d.stories())
    table = Table(title="stories")
    for col in ("id", "title", "dates", "articles", "independent", "events"):
        table.add_column(col, overflow="fold")
    for s in rows:
        dates = f"{s['start'] or '?'} → {s['end'] or '?'}" if s["start"] != s["end"] else str(s["start"])
        table.add_row(s["id"], s["title"] or "", dates, str(len(s["articles"])), str(s.get("sources", "")),
                      str(s.get("events", 0)))
    out.print(table)


@app.command()
def story(story_id: Annotated[str, typer.Argument(help="A story id (or its first characters).")],
          db: DB = DEFAULT_DB) -> None:
    """One story: cited summary, timeline, sources and their independence."""
    s, names = _query(db, lambda d: (d.story(story_id), d.names()))
    if s is None:
        err.print(f"no story {story_id!r}: see `veille stories --db {db}`")
        raise typer.Exit(1)
    out.print(f"[bold]{s['title']}[/]  ({s['start']} → {s['end']})")
    for i, line in enumerate(s["summary"], 1):
        out.print(f"  {line['text']} [dim][{', '.join(a[:8] for a in line['articles'])}][/]")
        if i >= 8:
            break
    _print_events(s["events"], names, "timeline")
    src = Table(title="sources")
    for col in ("article", "outlet", "published", "how", "republishes"):
        src.add_column(col)
    for a in s["sources"]:
        if a:
            src.add_row(a["id"], a.get("outlet") or a["source"], str(a.get("published") or "?"),
                        a.get("published_how") or "", a.get("duplicate_of") or "")
    out.print(src)


# Below this width the table keeps the columns a reader scans (date, type, who, evidence) and
# drops the rest; `--json` has every field.
_WIDE = 120


# A page of events, as the API's `limit` and `offset` (an offset alone: the API's default limit).
Limit = Annotated[int | None, typer.Option(min=1, max=500, help="Events per page (default: all).")]
Offset = Annotated[int, typer.Option(min=0, help="Events to skip (with no --limit: pages of 50).")]
PAGE = 50


def _limit(limit: int | None) -> int:
    return PAGE if limit is None else limit


def _span(page: dict[str, Any]) -> str:
    """Where a page lies: "51-100 of 16500" (or "none of 12" past the end)."""
    shown = len(page["items"])
    where = f"{page['offset'] + 1}-{page['offset'] + shown}" if shown else "none"
    return f"({where} of {page['total']})"


def events_table(events: list[dict[str, Any]], names: dict[str, str], title: str, width: int) -> Table:
    """The events table for a terminal `width` columns wide.

    Each row stays one line: actors and evidence are cut with an ellipsis rather than folded,
    since a fold in a narrow column turns a sentence into a tower five characters wide."""
    wide = width >= _WIDE
    table = Table(title=title, show_lines=wide, expand=True)
    # Narrow: a day, or an interval's first day and an ellipsis; the full value is in --json.
    table.add_column("date", no_wrap=True, overflow="ellipsis", max_width=21 if wide else 11)
    table.add_column("type", no_wrap=True)
    if wide:
        table.add_column("mode", no_wrap=True, overflow="ellipsis", max_width=14)
    for side in ("source", "target"):
        table.add_column(side, no_wrap=True, overflow="ellipsis", max_width=24 if wide else 11)
    if wide:
        table.add_column("where", no_wrap=True, overflow="ellipsis", max_width=16)
        table.add_column("modality", no_wrap=True)
        table.add_column("sources", no_wrap=True, justify="right")
    table.add_column("evidence", no_wrap=True, overflow="ellipsis", ratio=1, min_width=16)
    for e in events:
        evidence = " ".join(e["evidence"][0]["text"].split()) if e["evidence"] else ""
        row = [e["date"]["value"] or "?", e["type"]]
        if wide:
            row.append(e["mode"] or "")
        row += [_actors(e["actors"]["source"], names), _actors(e["actors"]["target"], names)]
        if wide:
            row += [names.get(e["location"] or "", e["location"] or ""), e["modality"],
                    str(e.get("independent_sources", 1))]
        table.add_row(*row, evidence)
    return table


def _print_events(events: list[dict[str, Any]], names: dict[str, str], title: str) -> None:
    out.print(events_table(events, names, title, out.width))


@app.command()
def events(db: DB = DEFAULT_DB,
           type: Annotated[str | None, typer.Option("--type", help="PLOVER category, e.g. CONSULT.")] = None,
           actor: Annotated[str | None, typer.Option(help="An entity name or id.")] = None,
           since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
           until: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
           as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
           limit: Limit = None, offset: Offset = 0) -> None:
    """Events with their evidence and sources (all, or a page with --limit/--offset, as the API)."""
    def read(d: api.Dossier) -> tuple[list[dict[str, Any]] | dict[str, Any], dict[str, str]]:
        if limit is None and not offset:
            return d.events(type=type, actor=actor, since=since, until=until), d.names()
        return d.events_page(type=type, actor=actor, since=since, until=until, limit=_limit(limit),
                             offset=offset, full=True), d.names()
    found, names = _query(db, read)
    rows, title = (found, f"events ({len(found)})") if isinstance(found, list) else (found["items"],
                                                                                     f"events {_span(found)}")
    if as_json:
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    _print_events(rows, names, title)


@app.command()
def search(q: Annotated[str, typer.Argument(help="Words to find (accents and case ignored).")],
           db: DB = DEFAULT_DB,
           limit: Annotated[int, typer.Option(min=1, max=200, help="Hits to show.")] = 20,
           offset: Annotated[int, typer.Option(min=0, help="Hits to skip.")] = 0) -> None:
    """Entities whose name holds every word, then articles by BM25, with a snippet each."""
    found = _query(db, lambda d: d.search(q, limit=limit, offset=offset))
    table = Table(title=f"search {q!r}: {found['total']} result(s)")
    for col in ("kind", "id", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for hit in found["items"]:
        table.add_row(hit["kind"], hit["id"], hit["title"] or "", hit["snippet"])
    out.print(table)


@app.command()
def timeline(db: DB = DEFAULT_DB,
             entity: Annotated[str | None, typer.Option(help="Only events with this actor.")] = None,
             since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
             until: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
             limit: Limit = None, offset: Offset = 0) -> None:
    """Dated events in order (all, or a page with --limit/--offset, as the API)."""
    def read(d: api.Dossier) -> tuple[list[dict[str, Any]] | dict[str, Any], dict[str, str]]:
        if limit is None and not offset:
            return d.timeline(entity=entity, since=since, until=until), d.names()
        return d.timeline_page(entity=entity, since=since, until=until, limit=_limit(limit), offset=offset), d.names()
    found, names = _query(db, read)
    rows, title = (found, "timeline") if isinstance(found, list) else (found["items"], f"timeline {_span(found)}")
    _print_events(rows, names, title)


@app.command()
def entities(db: DB = DEFAULT_DB,
             name: Annotated[str | None, typer.Option(help="Show entities matching this name in full.")] = None,
             type: Annotated[str | None, typer.Option("--type", help="PER, ORG, LOC or MISC.")] = None,
             limit: Annotated[int, typer.Option(help="Rows in the table.")] = 40) -> None:
    """Entities by mentions; with --name, an entity page (aliases, roles, mentions, co-occurring)."""
    def read(d: api.Dossier) -> tuple[list[dict[str, Any]], dict[str, str], list[Any]]:
        found = d.entities(name=name, type=type)
        return found, d.names(), [(e, d.cooccurring(e["id"])) for e in found[:5]] if name else []
    rows, names, pages = _query(db, read)
    if name:
        if not pages:
            err.print(f"no entity matches {name!r}")
            raise typer.Exit(1)
        for e, co in pages:
            out.print(f"[bold]{e['name']}[/] ({e['type']}) id={e['id']} wikidata={e['wikidata'] or '-'}")
            out.print(f"  aliases: {', '.join(e['aliases'])}")
            for r in e["roles"]:
                out.print(f"  role: {r['title']} ({names.get(r.get('of') or '', r.get('of') or '?')})")
            by_article: dict[str, list[str]] = {}
            for m in e["mentions"]:
                by_article.setdefault(m["article"], []).append(m["text"])
            for art, texts in by_article.items():
                out.print(f"  {art}: {len(texts)} mention(s): {', '.join(sorted(set(texts)))}")
            out.print("  with: " + ", ".join(f"{names.get(o, o)} ({n})" for o, n in co))
        return
    table = Table(title=f"entities ({len(rows)})")
    for col in ("id", "name", "type", "wikidata", "mentions", "articles", "roles"):
        table.add_column(col, overflow="fold")
    for e in rows[:limit]:
        table.add_row(e["id"], e["name"], e["type"], e["wikidata"] or "", str(len(e["mentions"])),
                      str(len({m["article"] for m in e["mentions"]})),
                      "; ".join(f"{r['title']} ({names.get(r.get('of') or '', '?')})" for r in e["roles"]))
    out.print(table)


@app.command()
def graph(db: DB = DEFAULT_DB,
          fmt: Annotated[str, typer.Option("--format", help="graphml or json.")] = "graphml",
          out_file: Annotated[Path, typer.Option("--out", help="File to write.")] = Path("actors.graphml")) -> None:
    """The actor graph (entities; edges from events and roles, each with its events and sources)."""
    from veille.stages.stories.outputs import graph_json, write_graphml

    if fmt not in ("graphml", "json"):
        err.print(f"unknown graph format {fmt!r}: use graphml or json")
        raise typer.Exit(1)
    data = _query(db, lambda d: d.graph())
    (write_graphml if fmt == "graphml" else graph_json)(data, out_file)
    out.print(f"{len(data['nodes'])} nodes, {len(data['edges'])} edges written to {out_file}")


@app.command()
def quarantine(db: DB = DEFAULT_DB) -> None:
    """What was set aside, and why."""
    rows = _query(db, lambda d: d.quarantine())
    table = Table(title=f"quarantine ({len(rows)})")
    for col in ("item", "stage", "code", "reason", "when"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["source"], r["stage"], r["code"], r["message"], str(r["quarantined_at"])[:19])
    out.print(table)


@app.command()
def report(db: DB = DEFAULT_DB,
           out_file: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("report.html"),
           story_id: Annotated[str | None, typer.Option("--story", help="Only this story.")] = None) -> None:
    """A single self-contained HTML dossier to read offline or send."""
    from veille.report import write_report

    _query(db, lambda d: write_report(d, out_file, story=story_id))
    out.print(f"report written to {out_file}")


@app.command()
def serve(db: DB = DEFAULT_DB,
          host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
          allow_ingest: Annotated[bool, typer.Option("--allow-ingest",
                                                     help="Enable POST /api/ingest (needs a token).")] = False,
          token_env: Annotated[str, typer.Option(help="Environment variable holding the bearer token for write "
                                                      "endpoints (never pass a secret on the command line).")
                               ] = "VEILLE_TOKEN",
          read_workers: Annotated[int | None, typer.Option(
              min=1, help="Store reads served at once, the others queued in turn (default: one per core).")
          ] = None,
          answer_cache_mb: Annotated[int, typer.Option(
              min=0, help="MiB of GET answers kept while the store is unchanged (0: none kept).")
          ] = 64,
          server_timing: Annotated[bool, typer.Option(
              "--server-timing", help="Send `Server-Timing: app;dur=MS` with every answer (for load tests).")
          ] = False,
          search_pages: Annotated[bool, typer.Option(
              help="Keep search's page (titles, dates, compressed bodies) in memory: faster search, about "
                   "1.9 KB an article of memory.")
          ] = True) -> None:
    """The REST API (/api, OpenAPI at /openapi.json) and the web UI (/) over one store."""
    import os

    import uvicorn

    from veille.server import ServerSettings, create_app

    token = os.environ.get(token_env) or None
    if allow_ingest and not token:
        raise _fail(VeilleError(f"--allow-ingest needs a token in ${token_env}", code="V401",
                                hint=f"export {token_env}=<a long random string> and start again"))
    if not db.exists():
        raise _fail(VeilleError(f"no store at {db}", code="V300", hint="run `veille run INPUT --db FILE` first"))
    settings = ServerSettings(db=db, host=host, port=port, allow_ingest=allow_ingest, token=token,
                              answer_cache_bytes=answer_cache_mb * 1024 * 1024, server_timing=server_timing,
                              search_pages=search_pages,
                              **({"read_workers": read_workers} if read_workers else {}))
    out.print(f"serving {db} on http://{host}:{port}/ (web UI at /, API under /api, schema at /openapi.json)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
