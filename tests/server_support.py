"""Stores for the server tests, built once per test session (cached under pytest's base temp)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
TOKEN = "test-token-0123456789abcdef"


def seed_store(factory: pytest.TempPathFactory) -> Path:
    """The example corpus plus a republication of its first article (so that an article has a
    duplicate), through the whole pipeline; built once per session."""
    import veille

    folder = factory.getbasetemp() / "api-seeds"
    db = folder / "v.duckdb"
    if db.exists():
        return db
    inputs = folder / "inputs"
    shutil.copytree(SEEDS, inputs)
    first = sorted(SEEDS.glob("0*.txt"))[0]
    (inputs / "zz_republished.txt").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    veille.run([str(inputs)], db=db)
    return db


def copy_of(db: Path, target: Path) -> Path:
    shutil.copy(db, target)
    return target
