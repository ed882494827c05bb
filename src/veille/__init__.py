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

__all__ = ["Config", "Dossier", "VeilleError", "open", "recluster", "relink", "run"]
__version__ = "0.1.0"
