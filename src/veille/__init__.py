"""veille: news intelligence, French first.

The public Python API::

    import veille
    veille.run(["articles/"], db="veille.duckdb")      # ingest and analyse
    with veille.open("veille.duckdb") as dossier:       # query
        dossier.stories(); dossier.events(type="CONSULT"); dossier.timeline(entity="Lavrov")
"""

from veille.api import Dossier, open, recluster, relink, run
from veille.config import Config
from veille.errors import VeilleError
from veille.version import __version__

__all__ = ["Config", "Dossier", "VeilleError", "__version__", "open", "recluster", "relink", "run"]
