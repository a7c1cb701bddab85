"""Sync and conflicts as a place in the navigation: where this laptop stands with the hub,
and the three things a worker can do about it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..vault import Vault


class SyncPage(QWidget):
    sync_now = Signal()
    resolve = Signal()
    enrol = Signal()
    title = "Sync and conflicts"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        heading = QLabel(self.title, self)
        heading.setObjectName("pageTitle")
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("syncCounts")
        self.counts.setWordWrap(True)
        self.about = QLabel(
            "Everything is kept on this laptop and works with no network. When a connection"
            " is back, changes are sent to the authority's hub every few minutes and soon after"
            " each save. Two people changing the same field of the same record make a conflict"
            " that a person resolves here.",
            self,
        )
        self.about.setWordWrap(True)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton("S&ync now", self)
        self.resolve_button = QPushButton("&Resolve conflicts…", self)
        self.enrol_button = QPushButton("E&nrol this laptop…", self)
        for button in (self.sync_button, self.resolve_button, self.enrol_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.sync_button.clicked.connect(self.sync_now)
        self.resolve_button.clicked.connect(self.resolve)
        self.enrol_button.clicked.connect(self.enrol)
        for widget in (heading, self.state, self.counts, self.about):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def refresh(self, status_text: str = "") -> None:
        from .sync_ui import enrolled  # the sync modules load on first use

        is_enrolled = enrolled(self.vault)
        self.state.setText(
            status_text
            or ("Enrolled with the hub." if is_enrolled else "Not enrolled with a hub: working offline.")
        )
        conflicts, problems = self._counts()
        self.counts.setText(
            f"Conflicts to resolve: {conflicts}. "
            f"Changes the hub refused or set aside: {problems}. "
            f"Changes waiting to be sent: {self.vault.pending_outbox()}."
        )
        self.sync_button.setEnabled(is_enrolled)
        self.enrol_button.setEnabled(not is_enrolled)
        self.resolve_button.setEnabled(bool(conflicts or problems))

    def _counts(self) -> tuple[int, int]:
        from .sync_ui import _conflicts, _problems

        return len(_conflicts(self.vault)), len(_problems(self.vault))

    def flush(self) -> None:
        """Nothing typed here: the protocol's flush does nothing."""
