"""Change ids: unique for ever (across sessions, threads and a vault restored from a copy),
and sharing a prefix within a session so that a sync's worth compresses well."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from cnis_desktop.vault import Vault
from cnis_desktop.vault.keyfile import key_path_for
from tests.conftest import PASSPHRASE, add_child_with_arrangement


def change_ids(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT change_id FROM outbox ORDER BY seq")]


def test_change_ids_never_repeat_even_after_restoring_a_copy(vault: Vault, vault_path: Path) -> None:
    add_child_with_arrangement(vault)
    before_copy = change_ids(vault)
    vault.close()
    copy = vault_path.parent / "copy"
    copy.mkdir()
    for path in (vault_path, key_path_for(vault_path)):
        shutil.copy2(path, copy / path.name)
    reopened = Vault.open(vault_path, PASSPHRASE)
    add_child_with_arrangement(reopened)
    first_session = before_copy[0].rsplit(".", 1)[0]

    def later(ids: list[str]) -> list[str]:
        return [c for c in ids if not c.startswith(first_session + ".")]

    made_later = later(change_ids(reopened))
    reopened.close()
    # Back to the copy, as after a restore from a backup: its new changes must not reuse
    # the ids of the changes made (and perhaps pushed) after the copy was taken.
    restored = Vault.open(copy / vault_path.name, PASSPHRASE)
    add_child_with_arrangement(restored)
    background = restored.for_this_thread()
    add_child_with_arrangement(background)
    background.release()
    made_after_restore = later(change_ids(restored))
    restored.close()
    assert made_later and len(made_after_restore) > len(made_later)
    assert not set(made_later) & set(made_after_restore)
    assert len(set(made_after_restore)) == len(made_after_restore)
    prefixes = {c.rsplit(".", 1)[0] for c in before_copy + made_later + made_after_restore}
    assert len(prefixes) == 4  # one for each session and connection
    assert all(len(c) <= 64 for c in before_copy + made_later + made_after_restore)


def test_a_sessions_change_ids_compress_to_a_few_bytes_each(vault: Vault) -> None:
    for _ in range(50):
        add_child_with_arrangement(vault)
    ids = change_ids(vault)
    assert len(set(ids)) == len(ids) >= 100  # two records a child, and audit events
    per_id = len(gzip.compress("\n".join(ids).encode())) / len(ids)
    assert per_id < 8, per_id  # a random UUID costs about 20
