"""A zip a user can send to the support desk: the logs, the versions, the settings and the
vault's shape (schema version, file sizes, how many rows each table holds) - never a
record's content, which stays in the vault. No Qt here: the GUI passes its Qt version in.
"""

from __future__ import annotations

import io
import json
import platform
import sys
import zipfile
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, logs
from .settings import Settings
from .vault.files import write_private_atomically

if TYPE_CHECKING:
    from .vault import Vault

# Settings that hold text a person typed: left out of the zip, named as withheld.
_WITHHELD_SETTINGS = ("safeguarding_procedure",)


def versions(qt_version: str | None = None) -> dict[str, str]:
    found = {
        "cnis_desktop": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "sqlcipher": _sqlcipher_version(),
        "qt": qt_version or _package_version("PySide6"),
    }
    for package in ("sqlcipher3", "cryptography", "reportlab", "platformdirs", "httpx"):
        found[package] = _package_version(package)
    return found


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _sqlcipher_version() -> str:
    import sqlcipher3

    conn = sqlcipher3.dbapi2.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return f"{row[0] if row else 'unknown'} (SQLite {sqlite})"


def _file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def vault_facts(vault_path: Path, vault: Vault | None = None) -> dict[str, Any]:
    """Sizes of the vault's files, its key file's parameters (not secret), its backups; and,
    if it is open, its schema version and row counts."""
    from .vault.keyfile import KeyFile, key_path_for

    facts: dict[str, Any] = {
        "path": str(vault_path),
        "files": {
            suffix or "vault": _file_size(vault_path.with_name(vault_path.name + suffix))
            for suffix in ("", "-wal", "-shm", ".key", ".recovery")
        },
    }
    try:
        keyfile = KeyFile.load(key_path_for(vault_path))
        facts["key_file"] = {"vault_id": keyfile.vault_id, "kdf": asdict(keyfile.kdf)}
    except Exception as exc:  # a damaged or missing key file is itself a fact worth sending
        facts["key_file"] = {"problem": type(exc).__name__}
    facts["backups"] = [
        {"name": p.name, "bytes": _file_size(p)}
        for p in sorted(vault_path.parent.glob(f"{vault_path.name}.*.bak"))
        + sorted((vault_path.parent / "backups").glob("*.vault"))
    ]
    if vault is not None and vault.conn is not None:
        from .vault.migrations import schema_version

        facts["schema_version"] = schema_version(vault.conn)
        facts["vault_id"] = vault.profile.vault_id
        facts["device_id"] = vault.profile.device_id
        tables = [
            str(row[0])
            for row in vault.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        facts["rows"] = {
            t: int(vault.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables
        }
        facts["pending_outbox"] = vault.pending_outbox()
    else:
        facts["schema_version"] = "unknown (the vault was locked)"
    return facts


def settings_facts() -> dict[str, Any]:
    data = asdict(Settings.load())
    for name in _WITHHELD_SETTINGS:
        if name in data:
            data[name] = f"<{len(str(data[name]))} characters, withheld>"
    return data


def build_zip(vault_path: Path, vault: Vault | None = None, qt_version: str | None = None) -> bytes:
    """The diagnostics zip, built in memory (it is written once, whole, by `save`)."""
    buffer = io.BytesIO()
    made = datetime.now(UTC).isoformat(timespec="seconds")
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("about.json", _json({"made_at": made, "versions": versions(qt_version)}))
        archive.writestr("settings.json", _json(settings_facts()))
        archive.writestr("vault.json", _json(vault_facts(vault_path, vault)))
        for path in logs.log_files():
            archive.write(path, f"logs/{path.name}")
        archive.writestr(
            "README.txt",
            "CNIS Desktop diagnostics: logs (events, ids, timings, errors), versions, settings\n"
            "and the vault's shape. No record content: children's details stay in the vault.\n",
        )
    return buffer.getvalue()


def save(out: Path, vault_path: Path, vault: Vault | None = None, qt_version: str | None = None) -> int:
    """Write the zip whole or not at all; returns its size."""
    data = build_zip(vault_path, vault, qt_version)
    write_private_atomically(out, data)
    logs.event("diagnostics_saved", bytes=len(data))
    return len(data)


def _json(value: object) -> str:
    return json.dumps(value, indent=2, sort_keys=True, default=str)
