"""First run: create the vault with a name, a role and a passphrase (strength shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..domain.codes import ROLE
from ..domain.passphrase import assess
from ..domain.validation import ValidationFailed
from ..vault import Vault, VaultError
from ..vault.keyfile import KdfParams
from ..vault.session import PreparedKey
from .binder import ERROR_STYLE, fill_combo
from .forms.ui_setup_page import Ui_SetupPage
from .tasks import run_in_background

NO_RECOVERY_NOTE = (
    "If you forget your passphrase, nobody can open this vault - not you, not the support desk: "
    "any work not yet synced to the hub is lost. Your authority has not set up a recovery key "
    "on this laptop."
)
RECOVERY_NOTE = (
    "If you forget your passphrase, your authority can set a new one with its recovery key "
    "(fingerprint {fingerprint}); the recovery is recorded."
)
STRENGTH_COLOURS = ("#b10e1e", "#b10e1e", "#b36b00", "#1d70b8", "#00703c")


class SetupPage(QWidget):
    """Create the vault: name, role, passphrase (strength shown, weak refused with reasons)."""

    created = Signal(object)  # the open Vault

    def __init__(self, parent: QWidget | None = None, kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.kdf = kdf
        self.vault_path = Path()
        self.recovery_key: bytes | None = None
        self.recovery_problem = ""
        fill_combo(self.ui.role, ROLE)
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.progress.hide()
        self.ui.passphrase.textChanged.connect(self._show_strength)
        self.ui.createButton.clicked.connect(self.create_vault)
        self._show_strength("")

    def prepare(self, vault_path: Path) -> None:
        from ..vault.recovery import authority_public_key, public_fingerprint

        self.vault_path = vault_path
        self.recovery_key = authority_public_key()
        if self.recovery_key is None:
            # Said plainly, before the passphrase is chosen: nothing can get the work back.
            self.ui.recoveryNote.setText(NO_RECOVERY_NOTE)
        else:
            self.ui.recoveryNote.setText(
                RECOVERY_NOTE.format(fingerprint=public_fingerprint(self.recovery_key))
            )
        self.ui.user_name.setFocus()

    def _show_strength(self, text: str) -> None:
        strength = assess(text)
        self.ui.strength.setValue(strength.score if text else 0)
        colour = STRENGTH_COLOURS[strength.score]
        self.ui.strength.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.ui.strengthText.setText(strength.label if text else "")
        self.ui.strength.setToolTip("\n".join(strength.problems))

    def create_vault(self) -> None:
        passphrase = self.ui.passphrase.text()
        problems = list(assess(passphrase).problems)
        if not self.ui.user_name.text().strip():
            problems.insert(0, "Enter your name as it should appear on records.")
        if passphrase != self.ui.confirm.text():
            problems.append("The two passphrases differ.")
        if problems:
            self.ui.message.setText("\n".join(problems))
            return
        name, role = self.ui.user_name.text(), self.ui.role.currentData()
        path, kdf = self.vault_path, self.kdf
        self._busy(True)

        def finish(prepared: PreparedKey) -> None:
            # The database is made on the UI thread: a connection belongs to its thread.
            try:
                vault = Vault.create(path, passphrase, name, role, prepared=prepared)
            except ValidationFailed as exc:
                self.ui.message.setText("\n".join(exc.errors.values()))
            except (VaultError, OSError) as exc:
                self.ui.message.setText(str(exc))
            else:
                if self.recovery_key is not None:
                    self._wrap_to_recovery_key(vault)
                self.ui.passphrase.clear()
                self.ui.confirm.clear()
                self.ui.message.clear()
                self.created.emit(vault)
            finally:
                self._busy(False)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.ui.message.setText(f"The vault could not be created: {exc}")

        run_in_background(lambda: PreparedKey.make(passphrase, kdf), finish, failed, self)

    def _wrap_to_recovery_key(self, vault: Vault) -> None:
        assert self.recovery_key is not None
        try:
            vault.set_recovery_key(self.recovery_key)
        except (VaultError, OSError) as exc:  # the vault is made; say the recovery is not
            self.recovery_problem = f"The authority's recovery key could not be set: {exc}"

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.ui.createButton.setEnabled(not busy)
