"""schemathesis against /openapi.json, in process: generated requests never get a 5xx, and
every answer (errors included) conforms to the documented schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from tests.server_support import seed_store

from veille.server import ServerSettings, create_app
from veille.server.readers import Readers

pytestmark = pytest.mark.slow  # the store is built by the whole pipeline

# The schema does not depend on the store, so the app is made here for schemathesis to read
# it; the fixture below points it at the example store before any request is made.
APP = create_app(ServerSettings(db=Path("not-built-yet.duckdb")))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    db = seed_store(tmp_path_factory)
    APP.state.settings = ServerSettings(db=db)
    APP.state.readers.close()  # the one create_app made for the placeholder path
    APP.state.readers = Readers(db)
    yield
    # schemathesis keeps one event-loop thread (and the app's lifespan) for the whole process and
    # stops it only at exit; stop it here, with the lifespan that closes the app's Readers, so the
    # session ends with no thread left that could be inside DuckDB (tests/conftest.py checks).
    from schemathesis.python import asgi

    asgi._shutdown()
    APP.state.readers.close()


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: Any) -> None:
    case.call_and_validate()
