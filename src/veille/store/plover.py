"""Events with PLOVER's JSON field names (`veille export --format plover`).

PLOVER (openeventdata/PLOVER, manual 0.7b1, chapter "JSON Data Fields") names the fields of
an event record and recommends one record per line.  veille's merged events map onto it so:

- `id`: the event id.
- `date`, `enddate`: first and last day of the event's TIMEX3 value (`enddate` only when it
  spans days); the value itself is kept in `date_value`.
- `source`, `recipient`: actor objects `{identifier_id: Wikidata id or null, identifier_text:
  canonical name, actor_id: veille entity id}` from `actors.source` / `actors.target`.
- `event`: `[type]` (the PLOVER category); `mode`: `[mode]` when known.
- `context`: `["future"]` for planned events, `["hypothetical"]` for hypothetical ones
  (PLOVER's context values for them), else `[]`.
- `event_loc`: `{name, identifier_id, actor_id}` of the location entity.
- `event_text`: the evidence sentences, one per article; `text_info`: `[{article, start,
  end}]`, where each lies in its article's body.
- `quad_code`: PLOVER's quad category of the type (1 verbal cooperation ... 4 material conflict).
- `link`: the story id (records of one story share it).
- `cite_info`: `[{citation: article id, url, title, publication: outlet, language}]`.
- `coder`: `veille <version>`; `has_event`: true.

veille fields PLOVER has no name for are kept under their own names: `modality`
(`negated` events are exported with it, and no PLOVER context), `independent_sources`,
`conflicts`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from veille.store.dates import date_bounds
from veille.store.db import Store
from veille.version import __version__

QUAD = {**dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
        **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
        **dict.fromkeys(("DEMAND", "ACCUSE", "DISAPPROVE", "REJECT", "SANCTION", "THREATEN"), 3),
        **dict.fromkeys(("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"), 4)}
CONTEXT = {"planned": "future", "hypothetical": "hypothetical"}


def plover_rows(store: Store, events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """PLOVER records of `events` (the export contract's event records, `export.event_rows`)."""
    entities = {r["id"]: r for r in store.rows("SELECT id, name, wikidata FROM entities")}
    articles = {r["id"]: r for r in store.rows("SELECT id, url, title, outlet, lang FROM articles")}

    def actor(entity_id: str) -> dict[str, Any]:
        e = entities.get(entity_id, {})
        return {"identifier_id": e.get("wikidata"), "identifier_text": e.get("name", entity_id), "actor_id": entity_id}

    for e in events:
        start, end = date_bounds(e["date"]["value"])
        cited = [articles[a] for a in e["articles"] if a in articles]
        yield {"id": e["id"], "date": start, "enddate": end if end != start else None,
               "date_value": e["date"]["value"],
               "source": [actor(a) for a in e["actors"]["source"]],
               "recipient": [actor(a) for a in e["actors"]["target"]],
               "event": [e["type"]], "mode": [e["mode"]] if e["mode"] else [],
               "context": [CONTEXT[e["modality"]]] if e["modality"] in CONTEXT else [],
               "event_loc": ({"name": entities.get(e["location"], {}).get("name", e["location"]),
                              "identifier_id": entities.get(e["location"], {}).get("wikidata"),
                              "actor_id": e["location"]} if e["location"] else None),
               "event_text": [x["text"] for x in e["evidence"]],
               "quad_code": QUAD.get(e["type"]), "link": e["story"],
               "text_info": [{"article": x["article"], "start": x["start"], "end": x["end"]} for x in e["evidence"]],
               "cite_info": [{"citation": a["id"], "url": a["url"], "title": a["title"], "publication": a["outlet"],
                              "language": a["lang"]} for a in cited],
               "coder": f"veille {__version__}", "has_event": True,
               "modality": e["modality"], "independent_sources": e["independent_sources"],
               "conflicts": e["conflicts"]}
