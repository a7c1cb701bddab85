"""The unlock's page check runs beside the first paint: the vault can be read at once, and
every write waits for the check, lands after it passes and never reaches a damaged file."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from cnis_desktop.vault import Vault, VaultError, integrity
from cnis_desktop.vault.integrity import PageCheck
from cnis_desktop.vault.unlocking import unlock_key
from tests.conftest import PASSPHRASE, make_child


def _closed_vault_with_children(vault: Vault, count: int = 60) -> Path:
    for n in range(count):
        vault.children.add(make_child(legal_first_name=f"Testchild{n:02d}"))
    vault.close()
    return vault.path


def _root_page(vault: Vault, table: str) -> int:
    return int(
        vault.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    )


def _damage(path: Path, page: int) -> bytes:
    """Flip bytes inside one page (numbered from 1, as SQLite does) of the closed file."""
    data = bytearray(path.read_bytes())
    start = (page - 1) * 4096 + 1000
    for i in range(start, start + 64):
        data[i] ^= 0xA5
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_write_waits_for_a_running_check_then_lands_after_the_opening(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed_vault_with_children(vault, 3)
    key = unlock_key(path, PASSPHRASE, check=False)
    real_check = integrity.check_after_unlock

    def slow_check(*args: object, **kwargs: object) -> float:
        time.sleep(0.3)  # a large vault's check, still running when the write comes
        return real_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "check_after_unlock", slow_check)
    pages = PageCheck(path, key)
    opened = Vault.open_with_key(path, key, pages=pages)
    assert opened.children.count() == 3  # reading needs no check
    started = time.perf_counter()
    threading.Thread(target=pages.run).start()
    time.sleep(0.05)  # the check has begun on its thread
    child = opened.children.add(make_child(legal_first_name="Afterwards"))
    assert time.perf_counter() - started >= 0.25  # the write waited for it
    assert pages.passed
    assert opened.children.get(child.id).record.legal_first_name == "Afterwards"
    actions = [e["action"] for e in reversed(opened.audit_events())]
    assert actions.count("open") == 1 and actions.index("open") < len(actions) - 1
    opened.close()
    again = Vault.open(path, PASSPHRASE)
    assert again.children.get(child.id).record.legal_first_name == "Afterwards"
    again.close()


def test_a_write_before_the_check_has_begun_runs_it_first(vault: Vault) -> None:
    """Nothing waits for a check no thread has begun (the window begins it after the first
    paint): the first write runs it, and lands once it passes."""
    path = _closed_vault_with_children(vault, 2)
    key = unlock_key(path, PASSPHRASE, check=False)
    pages = PageCheck(path, key)
    opened = Vault.open_with_key(path, key, pages=pages)
    assert not pages.finished
    opened.children.add(make_child(legal_first_name="Straightaway"))
    assert pages.passed
    assert pages.run() == pages.seconds  # a later start only waits for the one that ran
    opened.close()


def test_held_vault_refuses_a_write_outside_a_transaction(vault: Vault) -> None:
    path = _closed_vault_with_children(vault, 1)
    key = unlock_key(path, PASSPHRASE, check=False)
    pages = PageCheck(path, key)
    opened = Vault.open_with_key(path, key, pages=pages)
    with pytest.raises(Exception, match="readonly"):
        opened.conn.execute("INSERT INTO meta (key, value) VALUES ('stray', 'write')")
    pages.run()
    opened.pages_checked()
    opened.conn.execute("INSERT INTO meta (key, value) VALUES ('later', 'write')")  # allowed now
    opened.close()


@pytest.mark.parametrize("table", ["children", "audit_log"])
def test_a_damaged_vault_is_read_but_never_written(vault: Vault, table: str) -> None:
    """Damage in a page the opening does not read (a table's, not the schema's or meta's)."""
    page = _root_page(vault, table)
    path = _closed_vault_with_children(vault)
    damaged = _damage(path, page)
    key = unlock_key(path, PASSPHRASE, check=False)
    pages = PageCheck(path, key)
    opened = Vault.open_with_key(path, key, pages=pages)
    background = opened.for_this_thread()
    with pytest.raises(VaultError, match="damaged"):
        pages.run()
    assert opened.check_failed
    for held in (opened, background):
        with pytest.raises(VaultError, match="damaged"):
            held.children.add(make_child(legal_first_name="Never"))
    with pytest.raises(VaultError, match="damaged"):
        opened.pages_checked()
    background.release()
    opened.close()  # no lock event, no checkpoint
    assert path.read_bytes() == damaged


def test_a_check_that_passed_before_opening_holds_nothing(vault: Vault) -> None:
    path = _closed_vault_with_children(vault, 1)
    key = unlock_key(path, PASSPHRASE, check=False)
    pages = PageCheck(path, key)
    pages.run()
    opened = Vault.open_with_key(path, key, pages=pages)
    assert opened.pages_check is None and not opened.check_failed
    opened.conn.execute("INSERT INTO meta (key, value) VALUES ('direct', 'write')")
    assert opened.audit_events(1)[0]["action"] == "open"
    opened.close()
