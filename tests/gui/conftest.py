"""Real windows, offscreen, driven with qtbot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.attachments_panel import AttachmentsPanel
from cnis_desktop.gui.describe_file_dialog import DescribeFileDialog
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.settings import Settings
from tests.conftest import PASSPHRASE


@pytest.fixture
def settings() -> Settings:
    return Settings(auto_lock_minutes=30, autosave_seconds=0.2)


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path, settings: Settings, fast_kdf: object) -> Iterator[MainWindow]:
    win = MainWindow(vault_path, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.vault is not None:
        win.lock()


def create_vault_by_typing(qtbot: QtBot, win: MainWindow, name: str = "Alex Officer") -> None:
    page = win.setup_page
    assert win.stack.currentWidget() is page
    qtbot.keyClicks(page.ui.user_name, name)
    qtbot.keyClicks(page.ui.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.ui.confirm, PASSPHRASE)
    qtbot.mouseClick(page.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.vault is not None, timeout=10_000)


@pytest.fixture
def open_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    create_vault_by_typing(qtbot, window)
    window.activateWindow()  # keyboard focus follows, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    return window


def message_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def click_box(qtbot: QtBot, name: str, button: QMessageBox.StandardButton) -> None:
    qtbot.waitUntil(lambda: message_box(name) is not None, timeout=5000)
    box = message_box(name)
    assert box is not None
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def error_text(root: QWidget, field: str) -> str:
    label = root.findChild(QWidget, f"{field}_error")
    assert label is not None, field
    return label.text() if label.isVisible() else ""  # type: ignore[attr-defined]


def describe_file(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    caption: str = "",
    restricted: bool = False,
    taken_on: str | None = None,
    for_rest: bool = False,
    cancel: bool = False,
) -> DescribeFileDialog:
    """Answer the question a final record's panel asks before a file is attached, as a person
    would: type the caption (and the date, when given), tick what is asked, press the button."""
    qtbot.waitUntil(
        lambda: panel.describe_dialog is not None and panel.describe_dialog.isVisible(), timeout=20_000
    )
    dialog = panel.describe_dialog
    assert dialog is not None
    if caption:
        qtbot.keyClicks(dialog.caption, caption)
    if taken_on is not None:
        dialog.taken_on.clear()
        qtbot.keyClicks(dialog.taken_on, taken_on)
    if restricted:
        qtbot.mouseClick(
            dialog.restricted, Qt.MouseButton.LeftButton, pos=QPoint(4, dialog.restricted.height() // 2)
        )
    if for_rest:
        qtbot.mouseClick(
            dialog.for_rest, Qt.MouseButton.LeftButton, pos=QPoint(4, dialog.for_rest.height() // 2)
        )
    button = dialog.cancel_button if cancel else dialog.attach_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return dialog
