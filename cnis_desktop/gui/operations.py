"""Help -> Save diagnostics… and File -> Restore from backup…: the window's menu actions for
the support desk, kept out of main_window.py. Each asks through a seam (a file dialog, a
confirmation) that the tests replace."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from .. import logs
from .announce import announce
from .tasks import run_in_background

if TYPE_CHECKING:
    from ..vault import Vault
    from ..vault.backup import Backup
    from .main_window import MainWindow


def choose_diagnostics_path(parent: QWidget) -> Path | None:
    suggested = Path.home() / f"cnis-diagnostics-{date.today():%Y%m%d}.zip"
    chosen, _ = QFileDialog.getSaveFileName(parent, "Save diagnostics", str(suggested), "Zip files (*.zip)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")


def save_diagnostics(parent: QWidget, out: Path, vault_path: Path, vault: Vault | None) -> str:
    """Write the zip; returns the message shown (and announced) either way."""
    from .. import diagnostics
    from ..vault.errors import VaultError

    try:
        size = diagnostics.save(out, vault_path, vault, qt_version=qVersion())
    except (OSError, VaultError) as exc:
        logs.error("diagnostics_failed", exc)
        message = f"The diagnostics were not saved: {exc}"
        QMessageBox.warning(parent, "Diagnostics not saved", message)
        return message
    message = (
        f"Saved diagnostics to {out} ({size:,} bytes): logs, versions and settings, no record content. "
        "Send it to your support desk."
    )
    announce(parent, message, assertive=False)
    return message


# --- backups ---------------------------------------------------------------------------------


def start_backup_if_due(window: MainWindow) -> bool:
    """The daily backup, on a worker thread (its own connection: the UI carries on). The
    audit event is written back on the UI thread, if the vault is still open."""
    from ..vault.backup import backup_due

    vault = window.vault
    if vault is None or window.backup_running or not backup_due(vault.path):
        return False
    job = vault.backup_job()
    window.backup_running = True

    def done(path: Path) -> None:
        if not shiboken6.isValid(window):  # the window went while the copy ran
            return
        window.backup_running = False
        if window.vault is vault and vault.is_open:
            vault.audit("backup", "vault", vault.profile.vault_id, detail=path.name)
        window.backup_finished(path)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(window):
            window.backup_running = False
            window.backup_failed(exc)

    # Not parented to the window: a window closed while the copy runs must not take the
    # relay the worker reports through with it.
    run_in_background(job, done, failed)
    return True


def choose_backup(parent: QWidget, backups: list[Backup]) -> Backup | None:
    from ..vault.backup import describe

    labels = [describe(b) for b in backups]
    chosen, ok = QInputDialog.getItem(
        parent, "Restore from backup", "Choose the backup to restore (newest first):", labels, 0, False
    )
    return backups[labels.index(chosen)] if ok and chosen in labels else None


def confirm_restore(parent: QWidget, backup: Backup) -> bool:
    from ..vault.backup import describe

    box = QMessageBox(parent)
    box.setObjectName("confirmRestore")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Restore from backup")
    box.setText(f"Restore the backup of {describe(backup)}?")
    box.setInformativeText(
        "Changes made since then that were not synced will not be in the restored vault. "
        "The current vault is kept aside, not deleted. Records already on the hub come back "
        "at the next sync."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
