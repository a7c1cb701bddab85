"""A vault written by an older release opens in this one: backed up first (still
encrypted), then migrated forward, nothing lost."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from cnis_desktop.domain.model import Child, to_fields
from cnis_desktop.vault import Vault, VaultError
from cnis_desktop.vault.connection import open_encrypted
from cnis_desktop.vault.context import dumps
from cnis_desktop.vault.files import create_private_empty
from cnis_desktop.vault.ids import new_id
from cnis_desktop.vault.keyfile import KdfParams, key_path_for
from cnis_desktop.vault.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from cnis_desktop.vault.session import PreparedKey
from tests.conftest import FAST_KDF, PASSPHRASE


def old_vault(path: Path, version: int = 1, kdf: KdfParams = FAST_KDF) -> str:
    """A vault as release 0.1 (schema 1) left it, with one child. `kdf`: the bundle's smoke
    test, outside the tests' lowered floor, asks for the lightest key unlock accepts."""
    prepared = PreparedKey.make(PASSPHRASE, kdf)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private_empty(path)
    conn = open_encrypted(path, prepared.key)
    migrate(conn, MIGRATIONS[:version])
    for key, value in (
        ("user_name", "Alex"),
        ("role", "ehe_officer"),
        ("device_id", new_id()),
        ("vault_id", prepared.vault_id),
    ):
        conn.execute("INSERT INTO meta VALUES (?, ?)", (key, value))
    child_id = new_id()
    child = Child(legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2015, 1, 1))
    conn.execute(
        "INSERT INTO children (id, version, created_at, created_by, device_id, updated_at, data,"
        " display_name, upn, sort_name, search_text, date_of_birth, send_status)"
        " VALUES (?, 1, '2026-01-01', 'Alex', 'd', '2026-01-01', ?, 'Wren Oakhurst', '',"
        " 'oakhurst wren', 'wren oakhurst', '2015-01-01', 'none')",
        (child_id, dumps(to_fields(child))),
    )
    conn.close()
    prepared.keyfile.save(key_path_for(path))
    return child_id


def test_old_vault_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    child_id = old_vault(path)
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert schema_version(vault.conn) == SCHEMA_VERSION
        assert vault.children.get(child_id).record.legal_first_name == "Wren"
        vault.eotas.providers.where()  # tables of later releases are there
    finally:
        vault.close()
    [backup] = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert backup.name.startswith("old.vault.schema1-")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT * FROM sqlite_master").fetchall()
    key = Vault.unlock_key(backup, PASSPHRASE)  # the backup's own key file
    conn = open_encrypted(backup, key)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT display_name FROM children").fetchone()[0] == "Wren Oakhurst"
    conn.close()


def test_current_vault_makes_no_backup(vault: Vault, vault_path: Path) -> None:
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()
    assert not [p for p in vault_path.parent.iterdir() if p.name.endswith(".bak")]


def test_newer_vault_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "new.vault"
    old_vault(path, version=SCHEMA_VERSION)
    key = Vault.unlock_key(path, PASSPHRASE)
    conn = open_encrypted(path, key)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(VaultError, match="newer CNIS Desktop"):
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == before


def _schema8_blobs(path: Path, child_id: str) -> dict[str, tuple[bytes, bytes | None, str | None]]:
    """Four blobs as schema 8 kept them (thumbnail and uploaded_at in the blob's row): with
    both, a thumbnail only, an upload mark only, neither; each named by an image attachment
    in the outbox. By sha256: (data, thumbnail, uploaded_at)."""
    rng = random.Random(8)
    blobs: dict[str, tuple[bytes, bytes | None, str | None]] = {}
    for n, (thumbnail, uploaded_at) in enumerate(
        (
            (b"thumb-a", "2026-02-01T10:00:00Z"),
            (b"thumb-b", None),
            (None, "2026-02-03T12:30:00Z"),
            (None, None),
        )
    ):
        data = rng.randbytes(200_000 if n % 2 == 0 else 3_000)  # over and under a page
        blobs[hashlib.sha256(data).hexdigest()] = (data, thumbnail, uploaded_at)
    conn = open_encrypted(path, Vault.unlock_key(path, PASSPHRASE))
    for n, (sha256, (data, thumbnail, uploaded_at)) in enumerate(blobs.items()):
        conn.execute(
            "INSERT INTO attachment_blobs VALUES (?, ?, ?, ?)", (sha256, data, thumbnail, uploaded_at)
        )
        attachment_id = new_id()
        conn.execute(
            "INSERT INTO attachments (id, child_id, record_type, record_id, added_by, added_at,"
            " media_type, sha256, size) VALUES (?, ?, 'child', ?, 'Alex', ?, 'image/jpeg', ?, ?)",
            (attachment_id, child_id, child_id, f"2026-01-0{n + 1}T09:00:00Z", sha256, len(data)),
        )
        conn.execute(
            "INSERT INTO outbox (change_id, record_type, record_id, op, payload, created_at)"
            " VALUES (?, 'attachment', ?, 'upsert', '{}', '2026-01-01')",
            (new_id(), attachment_id),
        )
    conn.close()
    return blobs


def test_schema8_blobs_keep_their_thumbnails_and_upload_marks(tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    child_id = old_vault(path, version=8)
    blobs = _schema8_blobs(path, child_id)
    [with_both, thumb_only, mark_only, neither] = list(blobs)
    vault = Vault.open(path, PASSPHRASE)
    try:
        conn = vault.conn
        assert schema_version(conn) == SCHEMA_VERSION >= 9
        columns = [r[1] for r in conn.execute("PRAGMA table_info(attachment_blobs)")]
        assert columns == ["sha256", "data", "file_name", "file_key"]
        held = {r[0]: bytes(r[1]) for r in conn.execute("SELECT sha256, data FROM attachment_blobs")}
        assert held == {sha256: data for sha256, (data, _t, _u) in blobs.items()}
        # Bytes from before schema 10 stay in their rows, and are read from there.
        assert (
            conn.execute("SELECT count(*) FROM attachment_blobs WHERE file_name IS NOT NULL").fetchone()[0]
            == 0
        )
        assert all(vault.attachments.data(sha256) == data for sha256, (data, _t, _u) in blobs.items())
        thumbnails = {r[0]: bytes(r[1]) for r in conn.execute("SELECT * FROM attachment_thumbnails")}
        assert thumbnails == {with_both: b"thumb-a", thumb_only: b"thumb-b"}
        marks = dict(conn.execute("SELECT sha256, uploaded_at FROM blob_uploads").fetchall())
        assert marks == {with_both: "2026-02-01T10:00:00Z", mark_only: "2026-02-03T12:30:00Z"}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Read through the store: the kept thumbnail (random bytes make none), and what the
        # sync still has to do.
        assert vault.attachments.thumbnail(with_both) == b"thumb-a"
        assert vault.attachments.missing_thumbnails() == [mark_only, neither]
        assert vault.attachments.unuploaded_blobs() == sorted([thumb_only, neither])
        # A blob deleted takes its side rows with it.
        conn.execute("DELETE FROM attachment_blobs WHERE sha256 = ?", (with_both,))
        assert (
            conn.execute(
                "SELECT count(*) FROM attachment_thumbnails WHERE sha256 = ?", (with_both,)
            ).fetchone()[0]
            == 0
        )
        assert dict(conn.execute("SELECT sha256, uploaded_at FROM blob_uploads").fetchall()) == {
            mark_only: "2026-02-03T12:30:00Z"
        }
    finally:
        vault.close()
