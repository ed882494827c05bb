"""Where a story id leads after a recluster merged or split its story (`story_redirects`).

`veille recluster` records, for each story id that no longer exists, the story holding most of
its articles; a bookmark of the old id resolves through them (chains followed).  The Dossier
and the REST API call `resolve_story_id` before looking a story up.
"""

from __future__ import annotations

import duckdb


def resolve_story_id(con: duckdb.DuckDBPyConnection, story_id: str) -> str | None:
    """The story an id names now: itself if it exists, else where a recluster's redirects lead
    (merges and splits chain); None if neither."""
    seen = set()
    current = story_id
    while current not in seen:
        seen.add(current)
        if con.execute("SELECT 1 FROM stories WHERE id = ?", [current]).fetchone():
            return current
        try:
            row = con.execute("SELECT new FROM story_redirects WHERE old = ?", [current]).fetchone()
        except duckdb.Error:  # a store older than the redirects (read-only, not migrated)
            return None
        if row is None:
            return None
        current = str(row[0])
    return None
