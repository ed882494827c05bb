"""Engines: how a run applies the article stages.

- `local` (`veille.runner`): batches in this process, each written to the store as it is done.
- `ray` (`veille.engines.ray_engine`): the same stage functions as a Ray Data map over actor
  pools, Parquet shards in the store's schema, imported into the store; the corpus steps run
  on the driver.  Imported on first use, so `import veille` does not import Ray.

Both return a `veille.runner.RunSummary` and give the same store for the same inputs.
"""

from __future__ import annotations

ENGINES = ("local", "ray")
