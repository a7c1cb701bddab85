"""Importing a caseload from a spreadsheet (preview, confirm, all or nothing) and exporting
it in the Annex B or register columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from ..domain.register import FORMATS
from ..domain.validation import ValidationFailed
from ..vault import Vault, VaultError
from ..vault.files import write_private_atomically
from ..vault.registers import ImportPlan, apply_import, export_sheet, plan_import
from . import prompts
from .forms.ui_import_dialog import Ui_ImportDialog

FORMAT_LABELS = {"annex-b": "Ofsted Annex B tracking sheet", "register": "Children not in school register"}
REJECTED = QBrush(QColor("#b10e1e"))


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
        if self.plan is None:
            return
        try:
            self.outcome = apply_import(self.vault, self.plan, self.confirmed_same())
        except (ValidationFailed, VaultError) as exc:
            self.ui.summary.setText(f"Nothing was imported: {exc}")
            return
        self.accept()


def choose_export_path(parent: QWidget, format_name: str) -> Path | None:
    return prompts.ask_where_to_export(parent, "Export the caseload",
                                       f"caseload-{format_name}.csv")


def export_register(vault: Vault, format_name: str, path: Path) -> Path:
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    write_private_atomically(path, export_sheet(vault, format_name).encode("utf-8-sig"))
    return path
