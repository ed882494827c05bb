"""`veille kb import FILE`: a user's knowledge base turned into a gazetteer file.

The entities stage reads gazetteers in JSON Lines (`data/gazetteer/README.md`); users list
their own in `entities.gazetteers`. This module writes such a file from what users have:

- a CSV with a header: `name` (required), `type` (PER, ORG, LOC or MISC; required),
  `wikidata`, `aliases` (separated by `|`), `kind`, `id`;
- a Wikidata JSON dump (`latest-all.json`, optionally `.gz` or `.bz2`): one entity per line
  inside a JSON array, read as a stream, never whole. An item is kept when one of its
  "instance of" (P31) classes is in `WIKIDATA_CLASSES` and its type is among those asked
  for; its French and English labels and aliases become its names.

Rows with no name, or of a type not asked for, are skipped and counted.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from veille.errors import ConfigError

TYPES = ("PER", "ORG", "LOC", "MISC")
# Wikidata classes (P31 values) and the type they give; general classes only, so that a dump
# filtered by them keeps people, states, places and organisations (Wikidata is CC0).
WIKIDATA_CLASSES = {
    "Q5": ("PER", "person"),  # human
    "Q6256": ("LOC", "country"),  # country
    "Q3624078": ("LOC", "country"),  # sovereign state
    "Q515": ("LOC", "city"),  # city
    "Q1549591": ("LOC", "city"),  # big city
    "Q5119": ("LOC", "city"),  # capital
    "Q43229": ("ORG", "org"),  # organization
    "Q484652": ("ORG", "org"),  # international organization
    "Q7278": ("ORG", "party"),  # political party
    "Q4830453": ("ORG", "company"),  # business
    "Q783794": ("ORG", "company"),  # company
    "Q192283": ("ORG", "agency"),  # news agency
}
LANGUAGES = ("fr", "en")


@dataclass
class ImportReport:
    read: int = 0
    written: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8", newline="")


def _entry(name: str, type_: str, wikidata: str | None, aliases: Iterable[str], kind: str | None,
           id_: str | None = None) -> dict[str, Any]:
    names = [name] + [a for a in dict.fromkeys(aliases) if a and a != name]
    return {"id": id_ or wikidata or f"{type_.lower()}:{_slug(name)}", "name": name, "type": type_,
            "kind": kind or {"PER": "person", "ORG": "org", "LOC": "place"}.get(type_, "other"),
            "wikidata": wikidata, "aliases": names}


def from_csv(lines: IO[str], types: frozenset[str], report: ImportReport) -> Iterator[dict[str, Any]]:
    reader = csv.DictReader(lines)
    if reader.fieldnames is None or not {"name", "type"} <= set(reader.fieldnames):
        raise ConfigError("the CSV needs a header with at least 'name' and 'type' columns",
                          hint="columns: id, name, type, wikidata, aliases (separated by |), kind")
    for row in reader:
        report.read += 1
        name, type_ = (row.get("name") or "").strip(), (row.get("type") or "").strip().upper()
        if not name:
            report.skip("no name")
            continue
        if type_ not in TYPES:
            report.skip(f"type {type_ or '(none)'} unknown")
            continue
        if type_ not in types:
            report.skip(f"type {type_} not asked for")
            continue
        qid = (row.get("wikidata") or "").strip() or None
        if qid is not None and not re.fullmatch(r"Q\d+", qid):
            report.skip("wikidata is not a Q-id")
            continue
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|")]
        yield _entry(name, type_, qid, aliases, (row.get("kind") or "").strip() or None,
                     (row.get("id") or "").strip() or None)


def _claims_of(item: dict[str, Any], prop: str) -> list[str]:
    out = []
    for claim in item.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            out.append(value["id"])
    return out


def from_wikidata(lines: IO[str], types: frozenset[str], report: ImportReport) -> Iterator[dict[str, Any]]:
    for line in lines:
        line = line.strip().rstrip(",")
        if line in ("", "[", "]"):
            continue
        report.read += 1
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            report.skip("not JSON")
            continue
        qid = item.get("id")
        if not isinstance(qid, str) or not re.fullmatch(r"Q\d+", qid):
            report.skip("not an item")
            continue
        classes = [WIKIDATA_CLASSES[c] for c in _claims_of(item, "P31") if c in WIKIDATA_CLASSES]
        if not classes:
            report.skip("class not kept")
            continue
        type_, kind = classes[0]
        if type_ not in types:
            report.skip(f"type {type_} not asked for")
            continue
        labels = [item.get("labels", {}).get(lang, {}).get("value", "") for lang in LANGUAGES]
        aliases = [a.get("value", "") for lang in LANGUAGES for a in item.get("aliases", {}).get(lang, [])]
        names = [n for n in labels + aliases if n]
        if not names:
            report.skip("no name")
            continue
        yield _entry(names[0], type_, qid, names[1:], kind)


def import_kb(source: Path, out: Path, types: Iterable[str] = TYPES) -> ImportReport:
    """Write `source` (CSV or Wikidata JSON dump) as a gazetteer JSON Lines file at `out`."""
    if not source.is_file():
        raise ConfigError(f"{source} is not a file")
    wanted = frozenset(t.upper() for t in types)
    if not wanted <= set(TYPES):
        raise ConfigError(f"unknown types {sorted(wanted - set(TYPES))}", hint="types are PER, ORG, LOC, MISC")
    suffixes = [s for s in source.suffixes if s not in (".gz", ".bz2")]
    report = ImportReport()
    with _open(source) as lines, out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"_source": f"veille kb import {source.name}",
                             "_licence": "as the source's (Wikidata: CC0)"}) + "\n")
        rows = from_csv(lines, wanted, report) if suffixes[-1:] == [".csv"] else from_wikidata(lines, wanted, report)
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            report.written += 1
    return report
