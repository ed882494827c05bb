"""Accuracy of entities + linking on the seed articles, scored by the shared scorer.

Floors come from tests/accuracy_floors.json (section "entities"); the export is built by
tools/measure_entities.py until `veille run`/`veille export` cover it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ROOT, load_script, shared_path


def test_entities_and_roles_on_seeds_meet_floors(ctx: Any, tmp_path: Path) -> None:
    shared = shared_path("gold", "seeds.json").parents[1]
    floors = json.loads((ROOT / "tests" / "accuracy_floors.json").read_text(encoding="utf-8"))["entities"]
    result = load_script("tools/measure_entities.py").measure(shared, ctx, raw=False, out=tmp_path)
    ents, roles = result["entities"], result["roles"]
    assert ents["typed"]["f1"] >= floors["typed_f1"], ents
    assert ents["wikidata_acc"] >= floors["wikidata_acc"], ents
    assert ents["one_entity_per_referent"] >= floors["one_entity_per_referent"], ents["split_referents"]
    assert roles["recall"] >= floors["roles_recall"], roles["misses"]
