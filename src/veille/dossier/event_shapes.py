"""What an event answer holds: the columns a page reads, the whole record (`record`, the export
contract's shape, `veille.store.export.event_rows`), an event in brief (`brief_of`, `brief_row`) and
the orders `dossier.events` sorts by in Python. Split from `veille.dossier.events` (api43): shapes
and no statements.
"""

from __future__ import annotations

from typing import Any

from veille.store.list_docs import RawBytes

# The columns `record` reads (also a story's statement's, `records._STORY_SQL`).
RECORD_COLUMNS = ("id, type, mode, source, target, date, location, modality, evidence, story, articles, "
                   "independent_sources, conflicts, same_as")
# What `brief_row` reads (an entity page's events, issue 20): the first evidence sentence, how many
# there are, and the attributes contested, stored with each merged event (migration 24), in place
# of every sentence and every conflict's claims with their own evidence (the busiest entity's 50
# events were 1.5 MB of JSON at 100k: 0.66 MB of evidence, 0.79 MB of conflicts; parsing them in
# the statement instead cost more than reading them whole: 4.3 against 3.8 ms).
# Since migration 25 (perf38) those fields come packed in one document (`aggregates.BRIEF_DOC_SQL`):
# the dozen columns read by row id were 1.9-2.1 ms for a page of 50 at 100k, the one 1.1-1.2.
BRIEF_COLUMNS = "id, brief, same_as"
# What a page of whole events read from their stored documents reads (migration 26, api40).
# The document as its UTF-8 bytes (api42: `list_docs.RawBytes`), the page joins them as they are.
DOC_COLUMNS = "id, encode(record_doc) AS record_doc, same_as"
RawRecord = RawBytes  # a whole event's record as its stored document with its `same_as` (`veille.store.list_docs`)
# An excerpt's most characters (cut at the last space past two thirds of it, else there).
EXCERPT = 240


def _text_key(value: Any) -> tuple[bool, str]:
    """A VARCHAR's place in DuckDB's NULLS LAST ascending order (bytes of UTF-8: code points)."""
    return (value is None, value or "")


# `_query`'s orders as Python sort keys over the rows it reads, for the lists it sorts itself.
_SORT_KEYS: dict[str, Any] = {
    "date NULLS LAST, id": lambda e: (_text_key(e["date"]), e["id"]),
    "article, id": lambda e: (_text_key(e["article"]), e["id"]),
    "coalesce(date_start, '9999'), id": lambda e: ("9999" if e["date_start"] is None else e["date_start"], e["id"]),
}
NATURAL_ORDER = _SORT_KEYS["date NULLS LAST, id"]  # the merged events' order as a sort key


def record(e: dict[str, Any]) -> dict[str, Any]:
    return {"id": e["id"], "type": e["type"], "mode": e["mode"],
            "actors": {"source": e["source"] or [], "target": e["target"] or []},
            "date": {"value": e["date"]}, "location": e["location"], "modality": e["modality"],
            "evidence": e["evidence"] or [], "story": e["story"], "articles": e["articles"] or [],
            "independent_sources": e["independent_sources"], "conflicts": e["conflicts"] or [],
            # An event a later story recalls: the earlier story's event it is (stories.recall).
            "same_as": e.get("same_as")}


def excerpt(evidence: dict[str, Any]) -> dict[str, Any]:
    """An evidence sentence cut to at most `EXCERPT` characters (at the last space past two thirds
    of it, else at the bound), its `end` moved with it: `text` stays the body's [start, end)."""
    text = str(evidence["text"])
    if len(text) <= EXCERPT:
        return dict(evidence)
    cut = text[:EXCERPT]
    space = cut.rfind(" ")
    if space >= EXCERPT * 2 // 3:
        cut = cut[:space]
    cut = cut.rstrip()
    return {**evidence, "end": int(evidence["start"]) + len(cut), "text": cut}


def _brief(e: dict[str, Any], first: dict[str, Any] | None, count: int, contested: list[Any]) -> dict[str, Any]:
    return {"id": e["id"], "type": e["type"], "mode": e["mode"],
            "actors": {"source": e["source"] or [], "target": e["target"] or []},
            "date": {"value": e["date"]}, "location": e["location"], "modality": e["modality"],
            "evidence": [excerpt(first)] if first else [], "evidence_count": count, "story": e["story"],
            "articles": e["articles"] or [], "independent_sources": e["independent_sources"],
            "contested": list(contested), "same_as": e.get("same_as")}


def brief_of(full: dict[str, Any]) -> dict[str, Any]:
    """An event in brief, from its full `record` (the definition `brief_row` is tested against): its
    first evidence sentence as an excerpt with its offsets, how many sentences it has
    (`evidence_count`), the attributes its sources contest (`contested`, each conflict's), and
    the rest of the record but the conflicts' claims; the whole record is `GET /api/events/{id}`."""
    evidence = full["evidence"] or []
    return _brief({**full, **full["actors"], "date": full["date"]["value"]}, evidence[0] if evidence else None,
                  len(evidence), [c.get("attribute") for c in full["conflicts"] or []])


def brief_row(e: dict[str, Any]) -> dict[str, Any]:
    """An event in brief from a row of `BRIEF_COLUMNS` (its brief document: the first sentence, the
    counts read in SQL; the other sentences and the conflicts' claims are neither decoded nor
    validated)."""
    doc = e["brief"]
    return _brief({**doc, "same_as": e["same_as"]}, doc["evidence"], int(doc["evidence_count"]), doc["contested"] or [])
