#!/usr/bin/env python3
"""Check an article gold file against its texts, the way ../shared/tools/score.py will read it.

Usage:
  check_gold.py --gold GOLD.json --articles DIR [--meta index.tsv|meta.tsv] [--input input.jsonl]

Every snippet the scorer looks for must be in the text (title, removed lines, timex texts,
quote snippets), timexes and quotes must lie in the body (not in a removed line), every name
must be a KB entry, values must parse as TIMEX3 dates and intervals must be intervals. Prints one
line per problem and exits 1 if there is any. Standard library only.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "DEMAND",
          "DISAPPROVE", "INVESTIGATE"}
TYPES = {"PER", "ORG", "LOC", "MISC"}
TOPICS = {"politics", "economy", "justice", "diplomacy", "conflict", "africa", "health", "environment",
          "sport", "business", "culture"}
DATE_VALUE = re.compile(r"\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI|\d{2}(?::\d{2})?))?)?|W\d{2}|Q[1-4]|H[12]"
                        r"|SP|SU|FA|WI))?")
INTERVAL = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"', "“": '"', "”": '"',
                         "\u00a0": " ", "\u202f": " ", "–": "-", "—": "-"})


def norm(text: str) -> str:
    """score.py's normalisation: NFKC, quotes and dashes folded, casefolded, accents and spacing folded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip()


def loose(snippet: str) -> re.Pattern[str]:
    """score.py's word-bounded search pattern for a timex text."""
    parts: list[str] = []
    for ch in snippet:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in "'’‘`":
            parts.append("['’‘`]")
        elif ch in "-–—":
            parts.append("[-–—]")
        else:
            parts.append(re.escape(ch))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)", re.IGNORECASE)


def value_ok(value: str) -> bool:
    return all(DATE_VALUE.fullmatch(part.strip().upper()) for part in value.split("/")) and value.count("/") <= 1


def check(gold: dict, articles: Path, meta_rows: list[dict[str, str]] | None) -> list[str]:
    problems: list[str] = []
    kb = gold.get("kb", {})
    for name, info in kb.items():
        if info.get("type") not in TYPES:
            problems.append(f"kb {name!r}: type {info.get('type')!r} not in {sorted(TYPES)}")
        if not isinstance(info.get("aliases", []), list):
            problems.append(f"kb {name!r}: aliases must be a list")
        qid = info.get("wikidata")
        if qid is not None and not re.fullmatch(r"Q\d+", str(qid)):
            problems.append(f"kb {name!r}: wikidata {qid!r} is not a Q-id")

    def known(doc: str, where: str, name: str | None) -> None:
        if name is not None and name not in kb:
            problems.append(f"{doc}: {where} {name!r} is not a KB name")

    for doc, g in gold.get("docs", {}).items():
        path = articles / doc
        if not path.is_file():
            problems.append(f"{doc}: no such file in {articles}")
            continue
        text = path.read_text(encoding="utf-8")
        lines = {norm(ln) for ln in text.splitlines() if ln.strip()}
        removed = [norm(r) for r in g.get("removed", [])]
        for r, raw in zip(removed, g.get("removed", []), strict=True):
            if r not in lines:
                problems.append(f"{doc}: removed line not a line of the text: {raw[:70]!r}")
        body = "\n".join(ln for ln in text.splitlines() if norm(ln) not in set(removed))
        if g.get("title") is not None:
            if norm(g["title"]) not in lines:
                problems.append(f"{doc}: title is not a line of the text: {g['title'][:70]!r}")
            if norm(g["title"]) not in removed:
                problems.append(f"{doc}: the title line must also be in removed")
        pub = g.get("published")
        if not (isinstance(pub, str) and INTERVAL.fullmatch(pub) and pub[:10] <= pub[11:]):
            problems.append(f"{doc}: published {pub!r} is not an interval YYYY-MM-DD/YYYY-MM-DD")
        if not g.get("story"):
            problems.append(f"{doc}: no story")
        for key in ("entities", "entities_optional"):
            for name in g.get(key, []):
                known(doc, key, name)
        for role in g.get("roles", []):
            known(doc, "role person", role.get("person"))
            known(doc, "role of", role.get("of"))
            if not role.get("title") or any(k != norm(k) for k in role["title"]):
                problems.append(f"{doc}: role title keywords must be lowercase and accent-free: {role.get('title')}")
        for tx in g.get("timexes", []):
            matches = list(loose(tx["text"]).finditer(body))
            if not matches:
                problems.append(f"{doc}: timex {tx['text']!r} not found (word-bounded) in the body")
            elif len(matches) > 1:
                problems.append(f"{doc}: timex {tx['text']!r} occurs {len(matches)} times: add context")
            if not value_ok(str(tx.get("value", ""))):
                problems.append(f"{doc}: timex {tx['text']!r} value {tx.get('value')!r} is not a TIMEX3 date")
        for q in g.get("quotes", []):
            n_words = len(q.get("contains", "").split())
            if norm(q.get("contains", "")) not in norm(body):
                problems.append(f"{doc}: quote snippet not in the body: {q.get('contains', '')[:70]!r}")
            if not q.get("optional") and not 4 <= n_words <= 20:
                problems.append(f"{doc}: quote snippet of {n_words} words (6 to 15 wanted)")
            if not q.get("speaker"):
                problems.append(f"{doc}: quote without speaker alternatives")
        for ev in g.get("events", []):
            if not ev.get("types") or set(ev["types"]) - PLOVER:
                problems.append(f"{doc}: event types {ev.get('types')} not all PLOVER")
            if not 1 <= len(ev.get("actors", [])) <= 2:
                problems.append(f"{doc}: event needs one or two actor sides")
            for side in ev.get("actors", []):
                for name in side:
                    known(doc, "event actor", name)
            if ev.get("date") and not value_ok(ev["date"]):
                problems.append(f"{doc}: event date {ev['date']!r} is not a TIMEX3 date or interval")
    for key in ("duplicates", "translations"):
        for pair in gold.get(key, []):
            if len(pair) != 2 or any(p not in gold.get("docs", {}) for p in pair):
                problems.append(f"{key}: pair {pair} must name two gold docs")
    if meta_rows is not None:
        listed = {row["file"] for row in meta_rows}
        for doc in set(gold.get("docs", {})) ^ listed:
            problems.append(f"{doc}: in only one of gold docs and the meta/index table")
        for row in meta_rows:
            if row.get("language") not in ("fr", "en"):
                problems.append(f"{row['file']}: language {row.get('language')!r}")
            if row.get("topic") not in TOPICS:
                problems.append(f"{row['file']}: topic {row.get('topic')!r} not in {sorted(TOPICS)}")
            g = gold.get("docs", {}).get(row["file"])
            if g and g.get("story") != row.get("story"):
                problems.append(f"{row['file']}: story differs between gold and the table")
            if not row.get("url", "").startswith("http"):
                problems.append(f"{row['file']}: no url")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--articles", type=Path, required=True)
    ap.add_argument("--meta", type=Path, help="meta.tsv or index.tsv (only rows of this gold's files are read)")
    ap.add_argument("--input", type=Path, help="input.jsonl: each record must carry its file's text")
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    rows = None
    if args.meta:
        with args.meta.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh, delimiter="\t")
                    if "split" not in r or (args.articles / r["file"]).exists()]
    problems = check(gold, args.articles, rows)
    if args.input:
        records = {}
        for line in args.input.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            records[rec["id"]] = rec
        for doc in gold.get("docs", {}):
            rec = records.get(doc)
            if rec is None or rec.get("text") != (args.articles / doc).read_text(encoding="utf-8"):
                problems.append(f"{doc}: input.jsonl lacks it or its text differs from the file")
    for p in problems:
        print(p)
    n = len(gold.get("docs", {}))
    print(f"{n} docs, {len(gold.get('kb', {}))} KB entries, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
