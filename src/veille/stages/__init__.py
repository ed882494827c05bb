"""One module per stage; the registry that orders them is `veille.pipeline.STAGES`."""
