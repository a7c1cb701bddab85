"""The hub against its own OpenAPI description (schemathesis, every check it has): with a real
device token and without one, whatever the generated requests, no server error, every
status documented, every response as described, schema-valid requests accepted and
schema-violating ones refused. On SQLite, and on PostgreSQL when CNIS_TEST_PG_URL is set."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from cnis_desktop.hub.app import create_app
from cnis_desktop.hub.storage import HubStore
from tests.hub.conftest import hub_location

_STORE = HubStore(hub_location(Path(tempfile.mkdtemp())))
_USER = _STORE.add_user("schema", "ehe_officer")
_, TOKEN = _STORE.enrol(_STORE.new_code(_USER), "schemathesis")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_STORE, failure_delay=0.0))


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_hub_api(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_hub_api_without_a_token(case: schemathesis.Case) -> None:
    case.call_and_validate()
