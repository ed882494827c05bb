"""tools/cv_outlets.py: the leave-outlets-out protocol deals every outlet into exactly one group."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))


def test_every_outlet_is_held_out_once_and_the_draw_is_seeded() -> None:
    import cv_outlets

    outlets = [f"site{i}.example" for i in range(23)] + ["site3.example"]  # a site in dev and the pool
    dealt = cv_outlets.groups(outlets, 5, 29)
    assert len(dealt) == 5
    assert sorted(o for g in dealt for o in g) == sorted(set(outlets))  # each once, the shared site too
    assert max(map(len, dealt)) - min(map(len, dealt)) <= 1
    assert dealt == cv_outlets.groups(list(reversed(outlets)), 5, 29)  # input order does not matter
    assert dealt != cv_outlets.groups(outlets, 5, 1)  # another repeat reshuffles
