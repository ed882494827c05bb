"""The time stage's versioned name and model (apart from `tagger`, so that `convention` may write them without
an import cycle)."""

STAGE = "time@50"
MODEL = "veille-time-rules-1"
