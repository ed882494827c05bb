"""Stand-in pipeline to measure the events and quotes stages on the seeds before main has
`veille run` / `veille export`: nlp_batch, crude stand-ins for cleaning (drop the gold's
`removed` lines), entities (spaCy ents -> ids by casefolded text, roles by "ministre <adj>")
and time (a small regex resolver), then events_batch and quotes_batch, written in the
export contract to a folder for tools/score.py.

    PYTHONPATH=src python scripts/events_harness.py ../shared/seeds ../shared/gold/seeds.json /tmp/ev-export
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from veille.model import Article, Role, Timex
from veille.pipeline import Context
from veille.stages.events import events_batch
from veille.stages.nlp import nlp_batch
from veille.stages.quotes import quotes_batch

MONTHS = {m: i + 1 for i, m in enumerate(
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"])}
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NATIONAL = {"russe": "russie", "malien": "mali", "nigérien": "niger", "burkinabè": "burkina faso"}


def timexes(body: str, published: str) -> list[Timex]:
    pub = dt.date.fromisoformat(published)
    out: list[Timex] = []
    mo = "|".join(MONTHS)
    pat = re.compile(
        rf"(?:(?:le|les|ce|ce même)\s+)?(?:(?:{'|'.join(DAYS)})\s+)?(\d{{1,2}})(?:er)?(?:\s+et\s+(\d{{1,2}}))?\s+({mo})(?:\s+(\d{{4}}))?"
        rf"|\b(?:[Ee]n|[Dd]epuis)\s+({mo})\b|\b(20\d\d)\s+et\s+(20\d\d)\b|\b[Cc]e (?:même )?({'|'.join(DAYS)})\b")
    for m in pat.finditer(body):
        if m.group(3):
            y = int(m.group(4) or pub.year)
            a = dt.date(y, MONTHS[m.group(3)], int(m.group(1)))
            value = a.isoformat()
            if m.group(2):
                value += "/" + dt.date(y, MONTHS[m.group(3)], int(m.group(2))).isoformat()
        elif m.group(5):
            n = MONTHS[m.group(5)]
            value = f"{pub.year}-{n:02d}"
        elif m.group(6):
            value = f"{m.group(6)}/{m.group(7)}"
        else:
            wd = DAYS.index(m.group(8))
            delta = (pub.weekday() - wd) % 7
            value = (pub - dt.timedelta(days=delta)).isoformat()
        out.append(Timex(m.start(), m.end(), m.group(0), "DATE", value, stage="harness"))
    return out


def entities(article: Article) -> None:
    kept = []
    for m in article.mentions:
        if "affaires" in m.text.casefold() or m.text.casefold().startswith("ministre"):
            continue
        m.entity = "e:" + re.sub(r"^(?:la|le|les|l'|l’)\s*", "", m.text.casefold())
        before = article.body[max(0, m.start - 80):m.start]
        role = re.search(r"ministre (\w+) des Affaires étrangères,?\s*(?:Sergueï |Abdoulaye )?$", before)
        if m.type == "PER" and role and role.group(1) in NATIONAL:
            m.role = Role("ministre des Affaires étrangères", "e:" + NATIONAL[role.group(1)])
        kept.append(m)
    article.mentions = kept


def main() -> int:
    seeds, gold_path, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    arts = []
    for path in sorted(seeds.glob("*.txt")):
        g = gold["docs"][path.name]
        raw = path.read_text(encoding="utf-8")
        removed = {r.strip() for r in g.get("removed", [])}
        body = "\n".join(line for line in raw.splitlines() if line.strip() not in removed).strip()
        published = g["published"].split("/")[0]
        arts.append(Article(id=path.stem, source=path.name, raw=raw, body=body, published=published))
    ctx = Context()
    nlp_batch(arts, ctx)
    for a in arts:
        entities(a)
        a.timexes = timexes(a.body, a.published or "2025-01-01")
    events_batch(arts, ctx)
    quotes_batch(arts, ctx)
    out.mkdir(parents=True, exist_ok=True)
    ents: dict[str, dict] = {}
    with (out / "articles.jsonl").open("w") as fa, (out / "events.jsonl").open("w") as fe, \
            (out / "quotes.jsonl").open("w") as fq:
        for a in arts:
            fa.write(json.dumps({"id": a.id, "source": a.source, "title": None, "published": a.published,
                                 "body": a.body, "removed": [], "duplicate_of": None, "story": None}) + "\n")
            for m in a.mentions:
                e = ents.setdefault(m.entity or "", {"id": m.entity, "name": m.text, "type": m.type,
                                                     "aliases": [], "mentions": []})
                e["mentions"].append({"article": a.id, "start": m.start, "end": m.end, "text": m.text})
            for ev in a.events:
                fe.write(json.dumps({"id": ev.id, "type": ev.type, "mode": ev.mode,
                                     "actors": {"source": ev.source, "target": ev.target},
                                     "date": {"value": ev.date}, "location": ev.location,
                                     "modality": ev.modality, "trigger": ev.trigger,
                                     "evidence": [vars(x) for x in ev.evidence], "story": None},
                                    ensure_ascii=False) + "\n")
            for q in a.quotes:
                fq.write(json.dumps({"article": a.id, "start": q.start, "end": q.end, "text": q.text,
                                     "direct": q.direct, "speaker": q.speaker,
                                     "speaker_text": q.speaker_text}, ensure_ascii=False) + "\n")
    with (out / "entities.jsonl").open("w") as fn:
        for e in ents.values():
            fn.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
