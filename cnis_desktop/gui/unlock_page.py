"""The unlock screen. Key derivation runs off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..vault import BackoffActive, VaultError, WrongPassphrase
from ..vault.keyfile import load_library
from ..vault.unlocking import unlock_key
from .forms.ui_unlock_page import Ui_UnlockPage
from .style import ERROR_STYLE
from .tasks import run_in_background

# The bar shows only for a wait longer than this: a quick unlock (a fast machine) would
# only flash it, and drawing it holds up the caseload's first paint.
PROGRESS_AFTER_MS = 150


class UnlockPage(QWidget):
    """Emits the database key when the passphrase is right; the window opens the vault."""

    # The key travels as a Python object: a bytes signal would copy it into a QByteArray
    # (one more copy of the key in memory, and PySide builds that type on first use).
    unlocked = Signal(object)
    unlocking = Signal()  # the key is being derived on a worker thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.progress.hide()
        self._progress_later = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)
        self._progress_later.timeout.connect(self.ui.progress.show)
        self.vault_path = Path()
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.passphrase.returnPressed.connect(self.try_unlock)

    def prepare(self, vault_path: Path, message: str = "") -> None:
        self.vault_path = vault_path
        self.ui.vaultLabel.setText(f"Vault: {vault_path}")
        self.ui.passphrase.clear()
        self.ui.message.setText(message)
        self.ui.passphrase.setFocus()

    def try_unlock(self) -> None:
        passphrase = self.ui.passphrase.text()
        if not passphrase:
            self.ui.message.setText("Enter your passphrase.")
            return
        self._busy(True)
        path = self.vault_path
        load_library()
        # The vault's pages are checked after, by the window, beside the first paint.
        run_in_background(lambda: unlock_key(path, passphrase, check=False), self._done, self._failed, self)
        self.unlocking.emit()

    def _busy(self, busy: bool) -> None:
        if busy:
            self._progress_later.start()
        else:
            self._progress_later.stop()
            self.ui.progress.hide()
        self.ui.unlockButton.setEnabled(not busy)
        self.ui.passphrase.setEnabled(not busy)

    def _done(self, key: bytes) -> None:
        self._busy(False)
        self.ui.passphrase.clear()
        self.ui.message.clear()
        self.unlocked.emit(key)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, WrongPassphrase | BackoffActive | VaultError):
            self.ui.message.setText(str(exc))
        else:
            self.ui.message.setText(f"The vault could not be unlocked: {exc}")
        self.ui.passphrase.selectAll()
        self.ui.passphrase.setFocus()
