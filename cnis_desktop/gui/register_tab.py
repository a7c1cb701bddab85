"""The child's entry in the children not in school register: parents (who educates, for how
long), other providers, previous addresses, and the parent's duty to report a change within
15 days as a dated prompt. Saved a moment after typing; a cell that is wrong is named beside
the table and nothing is saved until it is corrected."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..domain.ehc import Deadline
from ..domain.model import Stored
from ..domain.register_entry import (
    RegisterEntry,
    RegisterParent,
    RegisterProvider,
    validate_register_entry,
)
from ..domain.timeline import Rules
from ..domain.validation import MAX_HOURS_PER_WEEK, ValidationFailed
from ..vault import Vault, VaultError
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder
from .forms.ui_register_tab import Ui_RegisterTab
from .style import OK_STYLE

PARENT_COLUMNS = ("Name", "Address", "Previous address", "Provides education", "Hours a week")
PROVIDER_COLUMNS = (
    "Name",
    "Address",
    "Type",
    "Place, website or email",
    "Hours a week",
    "Hours without a parent",
)
PROVIDES = 3  # the parents table's tick-box column


def _hours_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class RegisterTab(QWidget):
    saved = Signal()

    def __init__(
        self, vault: Vault, autosave_seconds: float, rules: Rules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RegisterTab()
        self.ui.setupUi(self)
        self.vault = vault
        self.rules = rules
        self.child_id = ""
        self.stored: Stored[RegisterEntry] | None = None
        self.dirty = False
        self._filling = False
        self.form = FormBinder(self, RegisterEntry, skip=("child_id", "parents", "providers"))
        self.saver = Autosaver(self.save, autosave_seconds, self)
        self.form.changed.connect(self._edited)
        for table, headers in (
            (self.ui.parentsTable, PARENT_COLUMNS),
            (self.ui.providersTable, PROVIDER_COLUMNS),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(list(headers))
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.itemChanged.connect(self._cell_changed)
        self.ui.registerProblems.setStyleSheet(ERROR_STYLE)
        self.ui.registerProblems.setAccessibleName("Problems with the parents or providers")
        self.ui.addParentButton.clicked.connect(lambda: self._add_row(self.ui.parentsTable))
        self.ui.addProviderButton.clicked.connect(lambda: self._add_row(self.ui.providersTable))
        self.ui.removeParentButton.clicked.connect(lambda: self._remove_row(self.ui.parentsTable))
        self.ui.removeProviderButton.clicked.connect(lambda: self._remove_row(self.ui.providersTable))
        self.ui.saveRegisterButton.clicked.connect(self.save)

    # --- loading ----------------------------------------------------------------------------

    def show_child(self, child_id: str) -> None:
        self.saver.cancel()
        self.child_id = child_id
        self.dirty = False
        self.stored = self.vault.register.entry_for(child_id)
        entry = self.stored.record if self.stored else RegisterEntry(child_id=child_id)
        self.form.load(entry)
        self._fill(entry)
        self.ui.registerProblems.setText("")
        self._show_due(entry)
        self._status(
            f"Version {self.stored.meta.version}"
            if self.stored
            else "No register details yet: saved once something is entered."
        )

    def _fill(self, entry: RegisterEntry) -> None:
        self._filling = True
        try:
            parents = self.ui.parentsTable
            parents.setRowCount(0)
            for p in entry.parents:
                self._add_row(
                    parents,
                    [p.name, p.address, p.previous_address, "", _hours_text(p.hours_per_week)],
                    p.provides_education,
                )
            providers = self.ui.providersTable
            providers.setRowCount(0)
            for v in entry.providers:
                self._add_row(
                    providers,
                    [
                        v.name,
                        v.address,
                        v.type,
                        v.place,
                        _hours_text(v.hours_per_week),
                        _hours_text(v.hours_without_parent),
                    ],
                )
        finally:
            self._filling = False

    def _add_row(self, table: QTableWidget, values: list[str] | None = None, provides: bool = False) -> None:
        row = table.rowCount()
        filling, self._filling = self._filling, True
        try:
            table.insertRow(row)
            for column in range(table.columnCount()):
                item = QTableWidgetItem((values or [])[column] if values else "")
                if table is self.ui.parentsTable and column == PROVIDES:
                    item.setFlags(
                        (item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
                    )
                    item.setCheckState(Qt.CheckState.Checked if provides else Qt.CheckState.Unchecked)
                    item.setText("Yes" if provides else "No")
                table.setItem(row, column, item)
        finally:
            self._filling = filling
        if values is None:  # added by the user: ready to type the name
            table.setCurrentCell(row, 0)
            table.setFocus()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._edited()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.tableWidget() is self.ui.parentsTable and item.column() == PROVIDES:
            text = "Yes" if item.checkState() == Qt.CheckState.Checked else "No"
            if item.text() != text:
                self._filling = True
                item.setText(text)  # said in words, not by the tick alone
                self._filling = False
        self._edited()

    # --- saving -------------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self._status("Editing…")
        self.saver.touch()

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _hours(
        self, table: QTableWidget, row: int, column: int, what: str, problems: list[str]
    ) -> float | None:
        text = self._cell(table, row, column).replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            value = -1.0
        if not 0 <= value <= MAX_HOURS_PER_WEEK:
            header = table.horizontalHeaderItem(column)
            title = header.text().lower() if header is not None else "hours"
            problems.append(
                f"{what} {row + 1}, {title}: enter a number of hours from 0 to {MAX_HOURS_PER_WEEK:g}."
            )
            return None
        return value

    def read(self) -> tuple[RegisterEntry, dict[str, str], list[str]]:
        base = self.stored.record if self.stored else RegisterEntry(child_id=self.child_id)
        entry, errors = self.form.read(base)
        problems: list[str] = []
        parents = []
        table = self.ui.parentsTable
        for r in range(table.rowCount()):
            provides = table.item(r, PROVIDES)
            parent = RegisterParent(
                self._cell(table, r, 0),
                self._cell(table, r, 1),
                self._cell(table, r, 2),
                provides is not None and provides.checkState() == Qt.CheckState.Checked,
                self._hours(table, r, 4, "Parent", problems),
            )
            if not parent.is_blank:
                parents.append(parent)
        providers = []
        table = self.ui.providersTable
        for r in range(table.rowCount()):
            provider = RegisterProvider(
                self._cell(table, r, 0),
                self._cell(table, r, 1),
                self._cell(table, r, 2),
                self._cell(table, r, 3),
                self._hours(table, r, 4, "Provider", problems),
                self._hours(table, r, 5, "Provider", problems),
            )
            if not provider.is_blank:
                providers.append(provider)
        entry = dataclasses.replace(entry, child_id=self.child_id, parents=parents, providers=providers)
        return entry, errors, problems

    def save(self) -> bool:
        self.saver.cancel()
        if not self.child_id:
            return False
        entry, errors, problems = self.read()
        errors = {**validate_register_entry(entry, date.today()), **errors}
        for name in ("parents", "providers"):
            if name in errors:
                problems.append(errors.pop(name))
        self.form.show_errors(errors)
        self.ui.registerProblems.setText("\n".join(problems))
        if errors or problems:
            self._status("Not saved yet: correct what is marked in red.", error=True)
            return False
        try:
            if self.stored is None:
                if entry == RegisterEntry(child_id=self.child_id):
                    self.dirty = False
                    return True  # nothing entered: no empty entry is made
                self.stored = self.vault.register.entries.add(entry)
            else:
                self.stored = self.vault.register.entries.update(
                    self.stored.id, self.stored.meta.version, entry
                )
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self._status("Not saved: correct what is marked in red.", error=True)
            return False
        except VaultError as exc:
            self._status(str(exc), error=True)
            return False
        self.dirty = False
        self._show_due(self.stored.record)
        self._status(f"Saved at {datetime.now():%H:%M:%S}")
        self.saved.emit()
        return True

    def flush(self) -> bool:
        """Save what is typed now (leaving, locking); False if it cannot be saved yet."""
        if self.dirty:
            return self.save()
        return True

    def _show_due(self, entry: RegisterEntry) -> None:
        overrides = dict(self.rules.overrides)
        due = entry.change_report_due(overrides)
        if entry.change_on is None:
            text = ""
        elif due is None:
            text = (
                f"The parent reported the change of {entry.change_on:%d/%m/%Y} on "
                f"{entry.change_reported_on:%d/%m/%Y}."
                if entry.change_reported_on
                else ""
            )
        else:
            when = Deadline("report", due).describe(date.today())
            period = self.rules.period("register_change_report").describe()
            text = (
                f"The parent's report of this change is due by {due:%d/%m/%Y} – {when} "
                f"(within {period} of the change, s436D)."
            )
        self.ui.changeDue.setText(text)

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.registerStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.registerStatus.setText(text)
