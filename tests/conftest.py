"""Shared fixtures.

Tests that read `../shared` (the seed gold, French TimeBank) skip with a reason where it is
absent (a user's clone) and fail instead when VEILLE_REQUIRE_SHARED=1 (CI).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "seeds"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip (fail in CI) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        reason = f"{path} is absent: the shared gold data lives beside the repository, not in it"
        if os.environ.get("VEILLE_REQUIRE_SHARED") == "1":
            pytest.fail(reason + " (VEILLE_REQUIRE_SHARED=1)")
        pytest.skip(reason)
    return path


def load_script(relative: str) -> ModuleType:
    """A script of the repository (tools/, benchmarks/) imported as a module, to test it as run."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def ctx() -> Any:
    """One pipeline context for the session, so spaCy loads once."""
    from veille.pipeline import Context

    return Context()


def require_browser() -> str:
    """The Chromium to drive, or skip (fail when VEILLE_REQUIRE_BROWSER=1, as in CI) when it or
    Playwright is missing. Playwright never downloads a browser here: Debian's is used."""
    chromium = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
    reason = None
    if importlib.util.find_spec("playwright") is None:
        reason = "playwright (python) is not installed: pip install -r requirements.lock"
    elif not Path(chromium).exists():
        reason = f"{chromium} is absent: `make browser` installs Debian's chromium"
    if reason:
        if os.environ.get("VEILLE_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (VEILLE_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    return chromium


@pytest.fixture(scope="session")
def ui_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store over the example corpus plus a hostile article (markup and template syntax in its
    title, outlet, body, quotes and entity names) and a republication of one seed, for the UI tests."""
    from tests.ui_support import build_ui_store

    return build_ui_store(tmp_path_factory.mktemp("ui"))
