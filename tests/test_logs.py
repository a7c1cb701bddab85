"""The desktop's and the hub's logs: ids, codes, numbers and error classes; nothing typed."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from cnis_desktop import logs
from cnis_desktop.hub.logs import WithholdQuery, setup_hub_logging


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = logs.setup_logging(tmp_path / "logs")
    yield path
    logs.stop_logging()


def test_values_that_are_not_ids_or_codes_are_withheld() -> None:
    assert logs.safe_value("0b7c1e52-3f9e-4c1a-9d65-2f9f5b0a1c33") == "0b7c1e52-3f9e-4c1a-9d65-2f9f5b0a1c33"
    assert logs.safe_value("ehe_officer") == "ehe_officer"
    assert logs.safe_value(12) == "12" and logs.safe_value(0.25) == "0.250"
    assert logs.safe_value(KeyError) == "KeyError"
    for typed in ("Mirabel", "Mirabel Ashdown", "counts the hens", "née", "x" * 65, "a\nb"):
        assert logs.safe_value(typed) == logs.REDACTED, typed


def test_events_go_to_a_private_file_in_a_private_folder(log_file: Path) -> None:
    logs.event("vault_opened", vault="abc123", ms=42, child="Mirabel")
    text = log_file.read_text()
    assert "vault_opened vault=abc123 ms=42 child=<withheld>" in text
    assert "Mirabel" not in text
    assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(log_file.parent).st_mode) == 0o700


def test_an_error_is_logged_by_class_and_place_never_its_message_or_locals(log_file: Path) -> None:
    def parse(name: str) -> None:
        secret_local = "Tobias Wrenfield"  # noqa: F841 - a local a traceback must not show
        raise ValueError(f"{name} is not a date")

    try:
        try:
            parse("Amani Okafor")
        except ValueError as exc:
            raise RuntimeError("while saving Amani") from exc
    except RuntimeError as exc:
        logs.error("save_failed", exc, id="c-1")
    text = log_file.read_text()
    assert "save_failed error=RuntimeError id=c-1" in text
    assert "builtins.ValueError (message withheld)" in text and "in parse" in text
    assert "Amani" not in text and "Tobias" not in text


def test_timed_logs_the_duration_and_fields_added_at_the_end(log_file: Path) -> None:
    with logs.timed("sync", vault="v1") as fields:
        fields["pushed"] = 3
    with pytest.raises(OSError), logs.timed("backup", vault="v1"):
        raise OSError(28, "No space left for Mirabel")
    lines = log_file.read_text().splitlines()
    assert any("INFO" in line and "sync vault=v1 pushed=3 ms=" in line for line in lines)
    assert any("ERROR" in line and "backup error=OSError" in line for line in lines)
    assert "Mirabel" not in "\n".join(lines)


def test_the_files_rotate_and_stay_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(tmp_path / "rot")
    try:
        for n in range(200):
            logs.event("audit", action="view", kind="child", id=f"id-{n}")
    finally:
        logs.stop_logging()
    files = logs.log_files(path.parent)
    assert len(files) == 1 + logs.BACKUP_COUNT
    assert all(stat.S_IMODE(os.stat(f).st_mode) == 0o600 for f in files)
    assert all(f.stat().st_size <= 2100 for f in files)


def test_the_hubs_access_log_keeps_the_path_and_withholds_the_query(tmp_path: Path) -> None:
    target = tmp_path / "hub" / "hub.log"
    handler = setup_hub_logging(str(target))
    try:
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "10.0.0.2:5000", "GET", "/console/children?q=Mirabel", "1.1", 200
        )
        logging.getLogger("uvicorn.error").error("boom", exc_info=ValueError("Mirabel Ashdown"))
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger("uvicorn.access").filters.clear()
        handler.close()
    text = target.read_text()
    assert '"GET /console/children?<withheld> HTTP/1.1" 200' in text
    assert "builtins.ValueError (message withheld)" in text
    assert "Mirabel" not in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert isinstance(WithholdQuery(), logging.Filter)
