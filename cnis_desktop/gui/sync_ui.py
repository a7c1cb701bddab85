"""Sync in the app: a status in the status bar, Sync now, syncing in the background after
saves and every few minutes, enrolling this laptop, and resolving conflicts.

Sync runs on its own connection in a worker thread, so the form being typed in never waits
for the network.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..vault import Vault
from ..vault.connection import transaction
from .style import ERROR_STYLE
from .tasks import run_in_background

if TYPE_CHECKING:
    from ..sync.engine import SyncReport

EVERY_MS = 5 * 60_000  # a regular sync while the app is open
AFTER_SAVE_MS = 15_000  # soon after something was saved, once typing has paused
RETRY_MS = 60_000  # when the hub could not be reached


# The sync modules (and httpx, TLS) load on first use: start-up does not need them.


def _conflicts(vault: Vault) -> list[dict[str, Any]]:
    from ..sync.merge import conflicts

    return conflicts(vault)


def _problems(vault: Vault) -> list[dict[str, Any]]:
    """Changes the hub refused, and pulled changes set aside or waiting: newest first."""
    rows = vault.conn.execute(
        "SELECT record_type, record_id, reason, at FROM sync_problems ORDER BY at DESC"
    ).fetchall()
    return [dict(r) for r in rows]


def _sync_in_worker(vault: Vault) -> SyncReport:
    from ..sync.engine import sync_once

    worker = vault.for_this_thread()
    try:
        return sync_once(worker)
    finally:
        worker.release()


def _thumbnails_in_worker(vault: Vault) -> int:
    """Thumbnails of the photos a sync brought (the sync leaves them to be made), made and
    kept on this thread's own connection, so that a gallery of new photos opens at once."""
    worker = vault.for_this_thread()
    try:
        return worker.attachments.make_missing_thumbnails()
    finally:
        worker.release()


def _when(moment: datetime | None, before: str) -> str:
    """A stored moment as local time, as everywhere else in the app."""
    return f"{before}{moment.astimezone():%d/%m/%Y %H:%M}" if moment else ""


def enrolled(vault: Vault) -> bool:
    return vault.conn.execute("SELECT 1 FROM meta WHERE key = 'hub_token'").fetchone() is not None


class SyncController(QObject):
    synced = Signal(object)  # SyncReport
    wiped = Signal()

    def __init__(self, status: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.vault: Vault | None = None
        self.running = False
        self.thumbnailing = False
        self.last: datetime | None = None
        self.error = ""
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self, singleShot=True, interval=AFTER_SAVE_MS)
        self.soon.timeout.connect(self.sync_now)

    def attach(self, vault: Vault | None) -> None:
        self.vault = vault
        self.timer.stop()
        self.soon.stop()
        if vault is not None and enrolled(vault):
            self.timer.start()
            self.soon.start(1000)  # catch up just after unlocking
        self.show_status()

    def changed(self) -> None:
        """Something was saved: sync a little later (once the typing has settled)."""
        if self.vault is not None and enrolled(self.vault):
            self.soon.start(AFTER_SAVE_MS)
            self.show_status()

    def show_status(self) -> None:
        vault = self.vault
        if vault is None or not vault.is_open:
            self.status.setText("")
            return
        if not enrolled(vault):
            self.status.setText("Not enrolled with a hub · working offline")
            return
        pending = vault.pending_outbox()
        when = f"synced {self.last:%H:%M}" if self.last else "not synced yet"
        text = "Syncing…" if self.running else f"{when} · {pending} to send"
        problems = _conflicts(vault)
        if problems:
            text += f" · {len(problems)} conflict(s) to resolve"
        refused = len(_problems(vault))
        if refused:
            text += f" · {refused} sync problem(s): File → Resolve sync conflicts"
        if self.error:
            text += f" · {self.error}"
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if self.error or problems else "")

    def sync_now(self) -> None:
        if self.vault is None or self.running or not enrolled(self.vault):
            return
        self.running = True
        self.show_status()
        vault = self.vault
        run_in_background(lambda: _sync_in_worker(vault), self._done, self._failed, self)

    def _done(self, report: SyncReport) -> None:
        self.running = False
        if report.wiped:
            self.wiped.emit()
            return
        self.last = datetime.now()
        self.error = ""
        self.show_status()
        self.synced.emit(report)
        if not self.thumbnailing and self.vault is not None:
            # After the sync has said it is done (and after every sync: photos may have come by
            # the command line's); a gallery shown meanwhile makes its own.
            self.thumbnailing = True
            vault = self.vault
            run_in_background(
                lambda: _thumbnails_in_worker(vault), self._thumbnails_done, self._thumbnails_done, self
            )

    def _thumbnails_done(self, _result: object) -> None:
        self.thumbnailing = False  # a failure is logged by the task; a gallery makes them later

    def _failed(self, exc: BaseException) -> None:
        from ..sync.client import HubRefused, HubUnavailable

        self.running = False
        if isinstance(exc, HubUnavailable):
            self.error = "offline: will retry"
            self.soon.start(RETRY_MS)
        elif isinstance(exc, HubRefused):
            self.error = f"hub refused: {exc}"
        else:
            self.error = f"sync failed: {exc}"
        self.show_status()


class EnrolDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle("Enrol this laptop")
        from .forms.ui_enrol_dialog import Ui_EnrolDialog  # only when the dialog opens

        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.ui.progress.hide()
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.enrolButton.setDefault(True)
        self.ui.enrolButton.clicked.connect(self.enrol)
        self.ui.cancelButton.clicked.connect(self.reject)

    def enrol(self) -> None:
        from ..sync.client import hub_address_problem

        url, code = self.ui.hubUrl.text().strip(), self.ui.code.text().strip()
        if problem := hub_address_problem(url):
            self.ui.message.setText(problem)
            self.ui.hubUrl.setFocus()
            return
        if len(code) < 4:
            self.ui.message.setText("Enter the one-time code your administrator gave you.")
            return
        self.ui.progress.show()
        self.ui.enrolButton.setEnabled(False)
        name = f"{self.vault.profile.user_name}'s laptop"

        def call() -> tuple[str, str]:
            from ..sync.client import HubClient

            client = HubClient(url)
            try:
                return client.enrol(code, name)
            finally:
                client.close()

        run_in_background(call, lambda result: self._enrolled(url, *result), self._failed, self)

    def _enrolled(self, url: str, device_id: str, token: str) -> None:
        with transaction(self.vault.conn):
            for key, value in (
                ("hub_url", url),
                ("hub_device_id", device_id),
                ("hub_token", token),
                ("pull_seq", "0"),
            ):
                self.vault.conn.execute(
                    "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            self.vault.ctx.audit("enrol", "vault", self.vault.profile.vault_id, detail=url)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.progress.hide()
        self.ui.enrolButton.setEnabled(True)
        self.ui.message.setText(f"Enrolment failed: {exc}")


class ConflictsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle("Conflicts to resolve")
        from .forms.ui_conflicts_dialog import Ui_ConflictsDialog  # only when it opens

        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.ui.keepMineButton.clicked.connect(lambda: self.choose("local"))
        self.ui.useTheirsButton.clicked.connect(lambda: self.choose("remote"))
        self.ui.closeButton.clicked.connect(self.accept)
        # Wrapped values take the height their column's width gives them, as it changes.
        self.ui.conflicts.horizontalHeader().sectionResized.connect(
            lambda *_: self.ui.conflicts.resizeRowsToContents()
        )
        # Below the conflicts: what the hub refused and what this laptop set aside, for the
        # worker to see and pass to the administrator (ids and reasons only).
        self.problems_label = QLabel("Sync problems (not sent, or not applied here):", self)
        self.problems = QTableWidget(self)
        self.problems.setObjectName("syncProblems")
        self.problems.setAccessibleName("Sync problems")
        self.problems.setTabKeyNavigation(False)
        self.problems_label.setBuddy(self.problems)
        self.ui.outer.insertWidget(2, self.problems_label)
        self.ui.outer.insertWidget(3, self.problems)
        self.refresh()

    def refresh(self) -> None:
        from ..sync.resolve import describe

        found = [describe(self.vault, row) for row in _conflicts(self.vault)]
        table = self.ui.conflicts
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Child", "Record and field", "This laptop", "Other device"])
        table.setRowCount(len(found))
        for r, c in enumerate(found):
            cells = (
                c.child,
                f"{c.record}: {c.field}",
                f"{c.mine}\n– changed by {c.mine_by}{_when(c.mine_at, ' on ')}",
                f"{c.theirs}\n– changed on {c.theirs_by}{_when(c.theirs_at, ', received here on ')}",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(256, c.id)
                table.setItem(r, col, item)
        table.verticalHeader().hide()
        # Both values in full: the value columns share the width and their rows wrap.
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(col, mode)
        table.resizeRowsToContents()
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        if found:
            table.selectRow(0)
        for button in (self.ui.keepMineButton, self.ui.useTheirsButton):
            button.setEnabled(bool(found))
        self.ui.message.setText(f"{len(found)} to resolve." if found else "Nothing to resolve.")
        problems = _problems(self.vault)
        self.problems.clear()
        self.problems.setColumnCount(4)
        self.problems.setHorizontalHeaderLabels(["Kind", "Record", "What happened", "When"])
        self.problems.setRowCount(len(problems))
        for r, p in enumerate(problems):
            when = datetime.fromisoformat(p["at"]).astimezone().strftime("%d/%m/%Y %H:%M")
            for col, text in enumerate(
                (p["record_type"].replace("_", " "), p["record_id"], p["reason"], when)
            ):
                self.problems.setItem(r, col, QTableWidgetItem(text))
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.resizeColumnsToContents()
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))

    def choose(self, keep: str) -> None:
        items = self.ui.conflicts.selectedItems()
        if not items:
            return
        from ..sync.resolve import resolve

        resolve(self.vault, int(items[0].data(256)), keep)
        self.refresh()
