"""Importing a caseload from a spreadsheet (preview, map the values the app does not know,
decide differences, confirm, all or nothing) and exporting it in the Annex B or register
columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from ..domain.register import FORMATS, write_sheet
from ..domain.sheet_import import ORIGINS
from ..domain.value_mapping import MAPPED_FIELDS
from ..settings import Settings
from ..vault import Vault
from ..vault.files import write_private_atomically
from ..vault.registers import ImportPlan, ImportPlanner, apply_import, export_table
from . import prompts
from .forms.ui_import_dialog import Ui_ImportDialog
from .tables import fill_table, select_by_id
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
        self.planner: ImportPlanner | None = None
        self.plan: ImportPlan | None = None
        self.data = b""
        self.chosen: dict[tuple[str, str], str] = {}  # mappings set in this import
        self.choices: dict[tuple[int, str], int] = {}  # differences decided in this import
        self.outcome: dict[str, int] = {}
        self.importing = False
        self.closed_by_lock = False
        for code in FORMATS:
            self.ui.format.addItem(FORMAT_LABELS[code], code)
        self.ui.importButton.setEnabled(False)
        self.ui.formatLabel.setBuddy(self.ui.format)
        self.ui.chooseButton.clicked.connect(self._choose)
        self.ui.format.currentIndexChanged.connect(lambda _: self.reread())
        self.ui.importButton.clicked.connect(self.confirm)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.mappingTable.itemSelectionChanged.connect(self._value_selected)
        # Filled with their signals blocked: a change here is always the person's choice.
        self.ui.mapTo.currentIndexChanged.connect(lambda _: self.map_selected(self.ui.mapTo.currentData()))
        self.ui.differencesTable.itemSelectionChanged.connect(self._difference_selected)
        self.ui.keepFrom.currentIndexChanged.connect(
            lambda _: self.keep_selected(self.ui.keepFrom.currentData())
        )
        self.resize(960, 600)

    def choose_file(self) -> Path | None:
        """The seam tests replace: the system's file dialog."""
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose a spreadsheet (CSV)", "", "CSV (*.csv);;All files (*)"
        )
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
        self.reread()

    def reread(self) -> None:
        """The sheet read afresh (a new file or format): earlier choices no longer apply."""
        if not self.data:
            return
        self.planner = ImportPlanner(
            self.vault, self.data, self.ui.format.currentData(), titles=authority_titles(self.parent())
        )
        self.chosen.clear()
        self.choices.clear()
        self.preview()

    # --- the plan, and its three views ---------------------------------------------------------

    def preview(self) -> None:
        if self.planner is None:
            return
        same = self.confirmed_same()
        self.plan = self.planner.plan(self.chosen, self.choices)
        p = self.plan
        if p.missing_columns:
            for table in (self.ui.preview, self.ui.mappingTable, self.ui.differencesTable):
                table.setRowCount(0)
            self.ui.summary.setText(
                f"This file has no {', '.join(p.missing_columns)} column, so nothing can be imported from it."
            )
            self.ui.importButton.setEnabled(False)
            return
        self._show_rows(same)
        self._show_values()
        self._show_differences()
        unclear = sum(1 for v in p.values if v.origin == "unclear")
        self.ui.summary.setText(
            f"{p.count('create')} to create, {p.count('update')} to update, "
            f"{p.count('unchanged')} unchanged, {len(p.doubtful)} doubtful, "
            f"{len(p.rejected)} rejected. {len(p.values)} values to map"
            f"{f' ({unclear} not clear)' if unclear else ''}, {len(p.differences)} differences, "
            f"{p.flag_count} values flagged for tidy-up on the child. Nothing is written until "
            "you press Import; then everything is imported, or nothing."
        )
        self.ui.importButton.setEnabled(bool(p.count("create") + p.count("update") + len(p.doubtful)))

    def _show_rows(self, same: set[int]) -> None:
        assert self.plan is not None
        table = self.ui.preview
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Line", "Will", "Child", "Details"])
        rows: list[tuple[int, str, str, str]] = []
        for r in self.plan.rows:
            details = []
            if len(r.lines) > 1:
                details.append(
                    "also on line"
                    + ("s " if len(r.lines) > 2 else " ")
                    + ", ".join(str(n) for n in r.lines[1:])
                )
            if r.action == "doubtful":
                existing = self.vault.children.get(r.candidate).record
                born = f", born {existing.date_of_birth:%d/%m/%Y}" if existing.date_of_birth else ""
                details.append(f"may be {existing.display_name}{born}")
            elif r.changes:
                details.append(", ".join(r.changes))
            if r.flags:
                columns = ", ".join(dict.fromkeys(f.column or f.field for f in r.flags))
                details.append(f"{len(r.flags)} to tidy up ({columns})")
            rows.append((r.line, r.action, r.name, "; ".join(details)))
        rows += [(line, "rejected", "", reason) for line, reason in self.plan.rejected]
        rows.sort(key=lambda row: row[0])
        table.setRowCount(len(rows))
        for i, (line, action, name, detail) in enumerate(rows):
            cells = [
                QTableWidgetItem(str(line)),
                QTableWidgetItem(action),
                QTableWidgetItem(name),
                QTableWidgetItem(detail),
            ]
            if action == "doubtful":
                cells[1].setFlags(cells[1].flags() | Qt.ItemFlag.ItemIsUserCheckable)
                cells[1].setCheckState(Qt.CheckState.Checked if line in same else Qt.CheckState.Unchecked)
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

    def _show_values(self) -> None:
        assert self.plan is not None
        selected = self._selected_value()
        values = self.plan.values
        rows = [
            (v.column, v.text or "(blank)", _lines(v.lines), ORIGINS[v.origin], v.describe()) for v in values
        ]
        table = self.ui.mappingTable
        table.blockSignals(True)
        fill_table(
            table,
            ("Column", "In the sheet", "Rows", "How", "Recorded as"),
            rows,
            [_join(v.field, v.key) for v in values],
        )
        for r, v in enumerate(values):
            cell = table.item(r, 3)
            if v.origin == "unclear" and cell is not None:
                cell.setForeground(REJECTED)  # and said in words: "not clear: please choose"
        if values and not (selected and select_by_id(table, _join(*selected))):
            table.selectRow(0)
        table.blockSignals(False)
        unclear = sum(1 for v in values if v.origin == "unclear")
        self.ui.steps.setTabText(
            1, f"Values to &map ({len(values)}{f', {unclear} not clear' if unclear else ''})"
        )
        self._value_selected()

    def _selected_value(self) -> tuple[str, str] | None:
        items = self.ui.mappingTable.selectedItems()
        if not items:
            return None
        field, _, key = str(items[0].data(Qt.ItemDataRole.UserRole)).partition(SEPARATOR)
        return field, key

    def _value_selected(self) -> None:
        combo = self.ui.mapTo
        combo.blockSignals(True)
        combo.clear()
        key = self._selected_value()
        value = (
            next((v for v in self.plan.values if (v.field, v.key) == key), None)
            if self.plan and key
            else None
        )
        combo.setEnabled(value is not None)
        if value is not None:
            field = MAPPED_FIELDS[value.field]
            combo.addItem(field.unmapped, "")
            for target, label in field.choices:
                combo.addItem(label, target)
            combo.setCurrentIndex(max(combo.findData(value.target), 0))
        combo.blockSignals(False)

    def map_selected(self, target: str) -> None:
        """The selected wording is recorded as `target` ("" for: keep the sheet's words)."""
        key = self._selected_value()
        if key is None:
            return
        self.chosen[key] = target or ""
        self.preview()

    def _show_differences(self) -> None:
        assert self.plan is not None
        found = self.plan.differences
        table = self.ui.differencesTable
        selected = self._selected_difference()
        rows = []
        for row, d in found:
            said = " · ".join(f"line {line}: {text}" for line, text in d.values)
            used = (
                f"line {d.chosen} (chosen)"
                if d.chosen is not None
                else f"line {d.values[0][0]} (flagged for a person to decide)"
            )
            rows.append((row.name, d.title, said, used))
        table.blockSignals(True)
        fill_table(
            table,
            ("Child", "Column", "What the lines say", "Used"),
            rows,
            [_join(str(row.line), d.field) for row, d in found],
        )
        if found and not (selected and select_by_id(table, _join(str(selected[0]), selected[1]))):
            table.selectRow(0)
        table.blockSignals(False)
        self.ui.steps.setTabText(2, f"&Differences ({len(found)})")
        self._difference_selected()

    def _selected_difference(self) -> tuple[int, str] | None:
        items = self.ui.differencesTable.selectedItems()
        if not items:
            return None
        line, _, field = str(items[0].data(Qt.ItemDataRole.UserRole)).partition(SEPARATOR)
        return int(line), field

    def _difference_selected(self) -> None:
        combo = self.ui.keepFrom
        combo.blockSignals(True)
        combo.clear()
        key = self._selected_difference()
        found = (
            next((d for row, d in self.plan.differences if (row.line, d.field) == key), None)
            if self.plan and key
            else None
        )
        combo.setEnabled(found is not None)
        if found is not None:
            combo.addItem("The first line's (flagged for a person to decide)", 0)
            for line, text in found.values:
                combo.addItem(f"line {line}: {text}", line)
            combo.setCurrentIndex(max(combo.findData(found.chosen or 0), 0))
        combo.blockSignals(False)

    def keep_selected(self, line: int) -> None:
        """For the selected difference, use `line`'s value (0: the first line's, flagged)."""
        key = self._selected_difference()
        if key is None:
            return
        if line:
            self.choices[key] = int(line)
        else:
            self.choices.pop(key, None)
        self.preview()

    # --- importing ---------------------------------------------------------------------------

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
        run_in_background(
            lambda: _apply_in_worker(self.vault, plan, same), self._imported, self._failed, self
        )

    def _set_busy(self, busy: bool) -> None:
        self.importing = busy
        for widget in (
            self.ui.importButton,
            self.ui.cancelButton,
            self.ui.chooseButton,
            self.ui.format,
            self.ui.steps,
        ):
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
        for table in (self.ui.preview, self.ui.mappingTable, self.ui.differencesTable):
            table.setRowCount(0)
        self.ui.mapTo.clear()
        self.ui.keepFrom.clear()
        self.ui.summary.clear()
        self.plan = None
        self.planner = None
        self.closed_by_lock = True
        QDialog.done(self, QDialog.DialogCode.Rejected)
        if not self.importing:
            self.deleteLater()


SEPARATOR = "\x1f"  # between the parts of a row's key, kept on its cells


def _join(*parts: str) -> str:
    return SEPARATOR.join(parts)


def _lines(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:8])
    more = f" and {len(lines) - 8} more" if len(lines) > 8 else ""
    return f"{len(lines)}: line{'s' if len(lines) > 1 else ''} {shown}{more}"


def choose_export_path(parent: QWidget, format_name: str) -> Path | None:
    return prompts.ask_where_to_export(parent, "Export the caseload", f"caseload-{format_name}.csv")


def authority_titles(window: object = None) -> dict[str, str]:
    """The authority's own column titles (settings.json's register_columns): the window's
    settings when it has them, else the settings file."""
    settings = getattr(window, "settings", None)
    if not isinstance(settings, Settings):
        settings = Settings.load()
    return settings.register_columns


def export_register(vault: Vault, format_name: str, path: Path) -> Path:
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    # Not export_sheet, which audits the export before the file exists: the audit here
    # follows the write and says whether it failed.
    text = write_sheet(*export_table(vault, format_name, titles=authority_titles()))
    detail = f"{format_name} CSV"
    try:
        write_private_atomically(path, text.encode("utf-8-sig"))
    except OSError:
        vault.audit("export_failed", "register", "", detail=detail)
        raise
    vault.audit("export", "register", "", detail=detail)
    return path
