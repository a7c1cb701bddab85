"""The hub against its own OpenAPI description (schemathesis): whatever the generated
requests, no server error, and every response matches the schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from cnis_desktop.hub.app import create_app
from cnis_desktop.hub.storage import HubStore

_STORE = HubStore(Path(tempfile.mkdtemp()) / "schema.sqlite3")
_USER = _STORE.add_user("schema", "ehe_officer")
_, TOKEN = _STORE.enrol(_STORE.new_code(_USER), "schemathesis")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_STORE, failure_delay=0.0))


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_hub_api(case: schemathesis.Case) -> None:
    for headers in ({"Authorization": f"Bearer {TOKEN}"}, {}):
        case.call_and_validate(headers=headers,
                               checks=[not_a_server_error, response_schema_conformance])
