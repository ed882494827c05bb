"""The `veille` command line: a thin layer over `veille.api`."""
