"""Ingest: turn files, folders and stdin into `Article` records, lazily.

`read_inputs(paths, config)` walks its inputs in order and yields, item by item, either an
`Article` (with `raw`, `fmt` and whatever metadata the input gave) or a `Quarantined` record
saying why an item could not be read.  Nothing here stops a run: an unreadable file is one
quarantined item.  Formats: .txt, .html/.htm, .jsonl (the input contract in the gold README),
RSS/Atom (.rss, .atom, .xml), .warc/.warc.gz; stdin is sniffed.
"""

from veille.ingest.readers import FORMATS, read_inputs

__all__ = ["FORMATS", "read_inputs"]
