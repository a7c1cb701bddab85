"""Importing a caseload from a spreadsheet (preview, confirm, all or nothing) and exporting
it in the Annex B or register columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from ..domain.register import FORMATS
from ..vault import Vault
from ..vault.files import write_private_atomically
from ..vault.registers import ImportPlan, apply_import, export_sheet, plan_import
from . import prompts
from .forms.ui_import_dialog import Ui_ImportDialog
from .tasks import run_in_background

FORMAT_LABELS = {"annex-b": "Ofsted Annex B tracking sheet", "register": "Children not in school register"}
REJECTED = QBrush(QColor("#b10e1e"))


def _apply_in_worker(vault: Vault, plan: ImportPlan, same_child: set[int]) -> dict[str, int]:
    # Thousands of rows take seconds: written on a connection of the worker's own so the
    # window keeps painting, in one transaction as before (all or nothing).
    worker = vault.for_this_thread()
    try:
        return apply_import(worker, plan, same_child)
    finally:
        worker.release()


class ImportDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Import a caseload from a spreadsheet")
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.plan: ImportPlan | None = None
        self.data = b""
        self.outcome: dict[str, int] = {}
        self.importing = False
        self.closed_by_lock = False
        for code in FORMATS:
            self.ui.format.addItem(FORMAT_LABELS[code], code)
        self.ui.importButton.setEnabled(False)
        self.ui.formatLabel.setBuddy(self.ui.format)
        self.ui.chooseButton.clicked.connect(self._choose)
        self.ui.format.currentIndexChanged.connect(lambda _: self.preview())
        self.ui.importButton.clicked.connect(self.confirm)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.resize(960, 600)

    def choose_file(self) -> Path | None:
        """The seam tests replace: the system's file dialog."""
        name, _ = QFileDialog.getOpenFileName(self, "Choose a spreadsheet (CSV)", "",
                                              "CSV (*.csv);;All files (*)")
        return Path(name) if name else None

    def _choose(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        try:
            self.data = path.read_bytes()
        except OSError as exc:
            self.ui.summary.setText(f"Cannot read {path.name}: {exc.strerror}")
            return
        self.ui.filePath.setText(str(path))
        self.preview()

    def preview(self) -> None:
        if not self.data:
            return
        self.plan = plan_import(self.vault, self.data, self.ui.format.currentData())
        table = self.ui.preview
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Line", "Will", "Child", "Details"])
        if self.plan.missing_columns:
            table.setRowCount(0)
            self.ui.summary.setText(f"This file has no {', '.join(self.plan.missing_columns)} "
                                    "column, so nothing can be imported from it.")
            self.ui.importButton.setEnabled(False)
            return
        rows: list[tuple[int, str, str, str]] = []
        for r in self.plan.rows:
            detail = ", ".join(r.changes)
            if r.action == "doubtful":
                existing = self.vault.children.get(r.candidate).record
                detail = (f"may be {existing.display_name}, born "
                          f"{existing.date_of_birth:%d/%m/%Y}" if existing.date_of_birth else "")
            rows.append((r.line, r.action, r.name, detail))
        rows += [(line, "rejected", "", reason) for line, reason in self.plan.rejected]
        rows.sort(key=lambda row: row[0])
        table.setRowCount(len(rows))
        for i, (line, action, name, detail) in enumerate(rows):
            cells = [QTableWidgetItem(str(line)), QTableWidgetItem(action),
                     QTableWidgetItem(name), QTableWidgetItem(detail)]
            if action == "doubtful":
                cells[1].setFlags(cells[1].flags() | Qt.ItemFlag.ItemIsUserCheckable)
                cells[1].setCheckState(Qt.CheckState.Unchecked)
                cells[1].setText("doubtful – same child?")
                cells[1].setData(Qt.ItemDataRole.UserRole, line)
            if action == "rejected":
                for cell in cells:
                    cell.setForeground(REJECTED)
            for c, cell in enumerate(cells):
                table.setItem(i, c, cell)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        p = self.plan
        self.ui.summary.setText(
            f"{p.count('create')} to create, {p.count('update')} to update, "
            f"{p.count('unchanged')} unchanged, {len(p.doubtful)} doubtful, "
            f"{len(p.rejected)} rejected. Nothing is written until you press Import; then "
            "everything is imported, or nothing.")
        self.ui.importButton.setEnabled(bool(p.count("create") + p.count("update")
                                             + len(p.doubtful)))

    def confirmed_same(self) -> set[int]:
        same = set()
        for i in range(self.ui.preview.rowCount()):
            cell = self.ui.preview.item(i, 1)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                same.add(int(cell.data(Qt.ItemDataRole.UserRole)))
        return same

    def confirm(self) -> None:
        if self.plan is None or self.importing:
            return
        self._set_busy(True)
        self.ui.summary.setText(f"Importing {len(self.plan.rows):,} rows…")
        plan, same = self.plan, self.confirmed_same()
        run_in_background(lambda: _apply_in_worker(self.vault, plan, same), self._imported,
                          self._failed, self)

    def _set_busy(self, busy: bool) -> None:
        self.importing = busy
        for widget in (self.ui.importButton, self.ui.cancelButton, self.ui.chooseButton,
                       self.ui.format, self.ui.preview):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _imported(self, outcome: dict[str, int]) -> None:
        self.importing = False
        self.outcome = outcome
        self.accept()
        if self.closed_by_lock:
            self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.closed_by_lock:
            self.deleteLater()
            return
        # One transaction: whatever went wrong, nothing was written.
        self.ui.summary.setText(f"Nothing was imported: {exc}")

    def reject(self) -> None:
        if not self.importing:  # Escape while writing would leave the result unannounced
            super().reject()

    def close_for_lock(self) -> None:
        """The vault is locking: no child's name may stay on screen. An import already
        writing finishes on its own connection, all or nothing, and reports when done."""
        self.ui.preview.setRowCount(0)
        self.ui.summary.clear()
        self.plan = None
        self.closed_by_lock = True
        QDialog.done(self, QDialog.DialogCode.Rejected)
        if not self.importing:
            self.deleteLater()


def choose_export_path(parent: QWidget, format_name: str) -> Path | None:
    return prompts.ask_where_to_export(parent, "Export the caseload",
                                       f"caseload-{format_name}.csv")


def export_register(vault: Vault, format_name: str, path: Path) -> Path:
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    write_private_atomically(path, export_sheet(vault, format_name).encode("utf-8-sig"))
    return path
