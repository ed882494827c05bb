"""The SQL behind `veille.api.Dossier`: filtering, ordering and pagination run in DuckDB.

`Dossier` (in `veille.api`) stays the one public query object; these modules hold its
queries so that the REST API, the CLI and the report page through a 10k-article store
without reading whole tables into Python.
"""
