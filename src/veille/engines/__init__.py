"""Engines: how a run applies the article stages.

- `local` (`veille.runner`): batches in this process, each written to the store as it is done.
- `ray` (`veille.engines.ray_engine`): input files read by Ray tasks, the same stage functions
  on Ray actors, Parquet shards in the store's schema, imported into the store; the corpus
  steps run on the driver.  Imported on first use, so `import veille` does not import Ray.

Both return a `veille.runner.RunSummary` and give the same store for the same inputs.
"""

from __future__ import annotations

ENGINES = ("local", "ray")
