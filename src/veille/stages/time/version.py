"""The time stage's versioned name and model (apart from `tagger`, so that `convention` may write them without
an import cycle)."""

from veille.pipeline import stage

STAGE = stage("time").key  # the version has one home: veille.pipeline's registry
MODEL = "veille-time-rules-1"
