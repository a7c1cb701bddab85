"""The caseload's first paint after unlocking is the finished picture: nothing on screen
changes when the event loop settles (the status bar once showed cut-short labels for a
frame). The start-up benchmark stops at that paint, so this is what makes its figure true."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.app import apply_style
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.settings import Settings
from cnis_desktop.vault import Vault
from tests.conftest import PASSPHRASE, add_child_with_arrangement


class RowsPainted(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.caseload_page.model.rowCount():
            self.seen = True
        return False


def on_screen(window: MainWindow) -> QImage:
    """What the window system holds for the window (its backing store), not a fresh render."""
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(window.winId()).toImage()


def test_the_first_paint_after_unlocking_is_final(qtbot: QtBot, vault: Vault, settings: Settings) -> None:
    for n in range(3):
        add_child_with_arrangement(vault, legal_first_name=f"Rowan{n}")
    vault.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style_sheet, flash_time = app.styleSheet(), QApplication.cursorFlashTime()
    apply_style(app)  # as main() starts the app, before the window is made
    QApplication.setCursorFlashTime(0)  # a blinking cursor would change the picture
    try:
        win = MainWindow(vault.path, settings)
        qtbot.addWidget(win)
        win.resize(1280, 760)
        win.show()
        QApplication.processEvents()
        assert win.stack.currentWidget() is win.unlock_page
        win.unlock_page.ui.passphrase.setText(PASSPHRASE)
        win.unlock_page.ui.unlockButton.click()
        rows_painted = RowsPainted(win)
        win.caseload_page.ui.table.viewport().installEventFilter(rows_painted)
        while not rows_painted.seen:  # one pass of the event loop at a time, as the bench
            QApplication.processEvents()
            time.sleep(0.001)
        first = on_screen(win)
        qtbot.wait(150)  # every pending layout and repaint has run
        settled = on_screen(win)
        assert win.caseload_page.model.rowCount() == 3
        assert "Alex Officer" in win.who.text() and win.sync_status.text()
        assert first == settled
        win.lock()
    finally:
        QApplication.setCursorFlashTime(flash_time)
        app.setStyleSheet(style_sheet)
