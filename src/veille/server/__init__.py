"""`veille serve`: the REST API (`/api/...`) and the web UI (`/`) in one FastAPI process.

Both are thin layers over `veille.api.Dossier`; neither holds state of its own beyond the
settings and the store connection (see `readers.py`).
"""

from veille.server.app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
