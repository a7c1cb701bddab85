"""Message boxes that never block: opened window-modal, answered by signal, each with an
object name so tests (and screen readers' logs) can find it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget, name: str, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Yes / No; Yes (the default) runs `on_yes`."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, parent)
    box.setObjectName(name)
    box.setDefaultButton(Button.Yes)
    box.accepted.connect(on_yes)
    box.open()
    return box


def ask_to_discard(parent: QWidget, name: str, text: str, on_discard: Callable[[], object]) -> QMessageBox:
    """Discard / Cancel, with Cancel the default: a slip of the Enter key loses nothing."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Discard draft", text, Button.Discard | Button.Cancel, parent)
    box.setObjectName(name)
    box.setDefaultButton(Button.Cancel)
    box.buttonClicked.connect(
        lambda button: (
            on_discard() if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole else None
        )
    )
    box.open()
    return box


def tell(parent: QWidget, name: str, title: str, text: str) -> QMessageBox:
    """A warning to read now (a safeguarding procedure), without stopping the form."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, Button.Ok, parent)
    box.setObjectName(name)
    box.open()
    return box


CSV_WARNING = (
    "The CSV file will not be encrypted and holds children's names and details. Save it only "
    "to an encrypted, authority-approved location. The export is recorded in the audit log."
)


def ask_where_to_export(
    parent: QWidget, title: str, suggested: str, file_filter: str = "CSV (*.csv)", warning: str = CSV_WARNING
) -> Path | None:
    """Warn that the copy leaves the vault unencrypted, then ask where; None if declined."""
    from PySide6.QtWidgets import QFileDialog

    answer = QMessageBox.warning(
        parent, "Export an unencrypted file?", warning, Button.Save | Button.Cancel, Button.Cancel
    )
    if answer != Button.Save:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(name) if name else None
