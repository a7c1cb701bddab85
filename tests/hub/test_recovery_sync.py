"""A recovery with the authority's key is reported to the hub at the next sync."""

from __future__ import annotations

import json

import pytest

from cnis_desktop.vault import Vault, WrongPassphrase
from cnis_desktop.vault.recovery import new_keypair, recover
from tests.conftest import CHILD_FIRST, FAST_KDF, add_child_with_arrangement
from tests.hub.conftest import RunningHub

NEW_PASSPHRASE = "heron-cobalt-meadow-2027"


def test_a_recovery_reaches_the_hub_at_the_next_sync(vault: Vault, hub: RunningHub) -> None:
    from cnis_desktop.sync.engine import enrol, sync_once

    running = hub
    user = running.store.add_user("Alex Officer", "ehe_officer")
    enrol(vault, running.url, running.store.new_code(user))
    child_id = add_child_with_arrangement(vault)
    private_pem, public_pem = new_keypair()
    vault.set_recovery_key(public_pem)
    sync_once(vault)
    path = vault.path
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "what-was-it-again-now")
    recovered = recover(path, private_pem, NEW_PASSPHRASE, kdf=FAST_KDF)
    try:
        assert recovered.children.get(child_id).record.legal_first_name == CHILD_FIRST
        report = sync_once(recovered)
        assert report.pushed >= 1
    finally:
        recovered.close()
    with running.store.db() as conn:
        actions = [
            json.loads(row["payload"])["action"]
            for row in conn.execute("SELECT payload FROM changes WHERE record_type = 'audit'")
        ]
    assert "set_recovery_key" in actions and "recover_passphrase" in actions
    assert actions.index("recover_passphrase") > actions.index("set_recovery_key")
