"""A child's EOTAS package: the weekly activity log (keyboard first) with each session's
details and attached files, hours, and set-up."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import codes
from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..domain.eotas import ActivityEntry, CellProblem, Component, EotasPackage, parse_cell
from ..domain.hours import planned_minutes_on, week_start
from ..domain.model import Stored
from ..domain.validation import ValidationFailed, validate_component, validate_package
from ..vault import Vault, VaultError
from ..vault.eotas import StoredEntry
from . import prompts
from .attachments_panel import AttachmentsDialog, show_entry_state
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .forms.ui_eotas_page import Ui_EotasPage
from .hours_chart import HoursChart

OK_STYLE = "color: #505a5f;"
# Not by colour alone: a day with nothing planned is hatched, a day outside the package
# dotted, each also said in the cell's accessible description and tooltip, and in the legend.
NOT_PLANNED = QBrush(QColor("#b1b4b6"), Qt.BrushStyle.BDiagPattern)
OUTSIDE = QBrush(QColor("#8e9396"), Qt.BrushStyle.Dense6Pattern)
LEGEND = " Hatched cells: no session planned; dotted: outside the package's dates."
SHORT_STATUS = {
    "cancelled_provider": "✗ provider",
    "cancelled_family": "✗ family",
    "dna": "✗ did not attend",
    "rescheduled": "↻ rescheduled",
}
DEFAULT_WEEKS_SHOWN = 12
NO_SESSION_FOR_FILES = (
    "No session is recorded in this cell yet, so there is nowhere to keep files: type minutes "
    "or a status letter in the grid first."
)


def cell_text(entries: list[StoredEntry]) -> str:
    if not entries:
        return ""
    parts = []
    for stored in entries:
        e = stored.entry
        parts.append(f"{e.actual_minutes}" if e.status == "delivered" else SHORT_STATUS[e.status])
    text = " + ".join(parts)
    return text + (" (amended)" if any(s.amended for s in entries) else "")


class EotasPage(QWidget):
    back = Signal(str)  # child id
    entry_saved = Signal()

    def __init__(self, vault: Vault, autosave_seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EotasPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.child_id = ""
        self.dob: date | None = None
        self.package: Stored[EotasPackage] | None = None
        self.components: list[Stored[Component]] = []
        self.component: Stored[Component] | None = None
        self.monday = week_start(date.today())
        self.cells: dict[tuple[int, int], list[StoredEntry]] = {}
        # What a cell says besides its text: (tooltip, accessible description).
        self.cell_about: dict[tuple[int, int], tuple[str, str]] = {}
        self.file_counts: Counter[str] = Counter()  # files attached, by session id (this week)
        self._loading = False
        self.amending_details = False
        self.autosave_seconds = autosave_seconds
        self.attachments_dialog: AttachmentsDialog | None = None

        self.chart = HoursChart(self.ui.chartHost)
        host = QVBoxLayout(self.ui.chartHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.chart)

        grid = self.ui.grid
        grid.setColumnCount(7)
        grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.itemChanged.connect(self._cell_edited)
        grid.currentCellChanged.connect(lambda r, c, *_: self._show_details(r, c))
        grid.installEventFilter(self)
        self.ui.legend.setText(self.ui.legend.text() + LEGEND)
        grid.setAccessibleDescription(self.ui.legend.text())
        self._add_attachments_entry()

        self.details = FormBinder(
            self.ui.detailGroup,
            ActivityEntry,
            skip=("child_id", "component_id", "entry_date", "status", "planned_minutes", "actual_minutes"),
        )
        self.details_saver = Autosaver(self._save_details, autosave_seconds, self)
        self.details.changed.connect(self._details_changed)

        fill_combo(self.ui.activity_type, codes.ACTIVITY_TYPE)
        fill_combo(self.ui.funding_route, codes.FUNDING_ROUTE)
        fill_checklist(self.ui.days, codes.WEEKDAY)
        self.package_form = FormBinder(self.ui.packageGroup, EotasPackage, skip=("child_id",))
        self.component_form = FormBinder(self.ui.componentGroup, Component, skip=("package_id", "child_id"))

        self.ui.backButton.clicked.connect(self.leave)
        self.ui.prevWeekButton.clicked.connect(lambda: self.show_week(self.monday - timedelta(7)))
        self.ui.nextWeekButton.clicked.connect(lambda: self.show_week(self.monday + timedelta(7)))
        self.ui.thisWeekButton.clicked.connect(lambda: self.show_week(date.today()))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.show_week(self.monday - timedelta(7)))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.show_week(self.monday + timedelta(7)))
        self.ui.closeWeekButton.clicked.connect(self._confirm_close_week)
        self.ui.amendEntryButton.clicked.connect(self._amend_clicked)
        self.ui.savePackageButton.clicked.connect(self.save_package)
        self.ui.newComponentButton.clicked.connect(self.new_component)
        self.ui.saveComponentButton.clicked.connect(self.save_component)
        self.ui.componentsTable.itemSelectionChanged.connect(self._component_selected)
        self.ui.hoursApplyButton.clicked.connect(self.show_hours)

    def _add_attachments_entry(self) -> None:
        """Files for the chosen session: a button on its title line (Alt+T), and the same in
        the grid's context menu (right click, the Menu key or Shift+F10 on a cell)."""
        button = QPushButton("A&ttachments…", self.ui.detailGroup)
        button.setObjectName("sessionAttachmentsButton")
        button.setAccessibleName("Attachments of the chosen session")
        button.setAutoDefault(False)
        title_row = QHBoxLayout()  # on the session's own title line, in view without scrolling
        self.ui.detailLayout.removeWidget(self.ui.detailTitle)
        title_row.addWidget(self.ui.detailTitle, 1)
        title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.ui.detailLayout.insertLayout(0, title_row)
        button.clicked.connect(self.open_attachments)
        self.attachments_button = button
        grid = self.ui.grid
        self.session_menu = QMenu(grid)
        self.session_menu.setObjectName("sessionMenu")
        self.session_menu.setToolTipsVisible(True)  # a disabled item says why
        self.attachments_action = self.session_menu.addAction("A&ttachments…")
        self.attachments_action.setObjectName("sessionAttachmentsAction")
        self.attachments_action.triggered.connect(self.open_attachments)
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        grid.customContextMenuRequested.connect(self.show_session_menu)
        menu_key = QShortcut(QKeySequence("Shift+F10"), grid, lambda: self.show_session_menu(None))
        menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)

    # --- loading ---------------------------------------------------------------------------------

    def show_child(self, child_id: str) -> None:
        self.child_id = child_id
        child = self.vault.children.get(child_id).record
        self.dob = child.date_of_birth
        self.ui.title.setText(f"EOTAS package – {child.display_name}")
        self._reload_package()
        today = date.today()
        self.ui.hoursFrom.setText(
            format_user_date(week_start(today) - timedelta(weeks=DEFAULT_WEEKS_SHOWN - 1))
        )
        self.ui.hoursTo.setText(format_user_date(today))
        if self.package is None:
            self.ui.tabs.setCurrentWidget(self.ui.packageTab)
            self.ui.packageStatus.setText("No package yet: enter its start date and save.")
        else:
            self.ui.tabs.setCurrentWidget(self.ui.logTab)
        self.show_week(today)
        self.show_hours()

    def _reload_package(self) -> None:
        self.package = self.vault.eotas.package_for(self.child_id)
        self.package_form.load(
            self.package.record
            if self.package
            else EotasPackage(child_id=self.child_id, start_date=date.today())
        )
        self.components = self.vault.eotas.components_for(self.child_id)
        providers = self.vault.eotas.providers.where(order="name")
        self.ui.provider_id.blockSignals(True)
        self.ui.provider_id.clear()
        self.ui.provider_id.addItem("Not chosen", "")
        for p in providers:
            self.ui.provider_id.addItem(p.record.name, p.id)
        self.ui.provider_id.blockSignals(False)
        table = self.ui.componentsTable
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(["Component", "Activity", "Hours a week", "Days"])
        table.setRowCount(len(self.components))
        for r, c in enumerate(self.components):
            days = ", ".join(codes.WEEKDAY.label(d)[:3] for d in c.record.days)
            for col, text in enumerate(
                (
                    c.record.name,
                    codes.ACTIVITY_TYPE.label(c.record.activity_type),
                    f"{c.record.planned_hours_per_week:g}",
                    days,
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                table.setItem(r, col, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.blockSignals(False)
        self.new_component()

    # --- the weekly grid -------------------------------------------------------------------------

    def show_week(self, day: date) -> None:
        self.details_saver.flush()
        self.monday = week_start(day)
        days = [self.monday + timedelta(days=i) for i in range(7)]
        closed = self.vault.eotas.is_closed(self.child_id, self.monday)
        self.ui.weekLabel.setText(f"Week of {self.monday:%d %B %Y}")
        self.ui.weekState.setText("Closed: corrections are amendments" if closed else "Open")
        self.ui.closeWeekButton.setEnabled(not closed and self.package is not None)
        entries = self.vault.eotas.entries(self.child_id, days[0], days[-1])
        ids = {stored.id for stored in entries}
        self.file_counts = Counter(
            a.record_id
            for a in self.vault.attachments.list_for_child(self.child_id)
            if a.record_type == "activity_entry" and a.record_id in ids
        )
        by_cell: dict[tuple[str, date], list[StoredEntry]] = {}
        for stored in entries:
            assert stored.entry.entry_date is not None
            by_cell.setdefault((stored.entry.component_id, stored.entry.entry_date), []).append(stored)
        grid = self.ui.grid
        self._loading = True
        grid.clearContents()
        grid.setRowCount(len(self.components))
        grid.setHorizontalHeaderLabels([f"{d:%a %d/%m}" for d in days])
        grid.setVerticalHeaderLabels([c.record.name for c in self.components])
        self.cells = {}
        self.cell_about = {}
        for r, component in enumerate(self.components):
            for col, day in enumerate(days):
                cell_entries = by_cell.get((component.id, day), [])
                self.cells[(r, col)] = cell_entries
                item = QTableWidgetItem(cell_text(cell_entries))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                planned = (
                    planned_minutes_on(component.record, self.package.record, day) if self.package else 0
                )
                in_package = self.package is not None and self.package.record.covers(day)
                if not in_package:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setBackground(OUTSIDE)
                    self.cell_about[(r, col)] = ("Outside the package's dates",) * 2
                elif not planned:
                    item.setBackground(NOT_PLANNED)
                    self.cell_about[(r, col)] = (
                        "No session planned (not a scheduled day, or a bank holiday)",
                        "No session planned",
                    )
                else:
                    self.cell_about[(r, col)] = (f"Planned {planned} minutes",) * 2
                grid.setItem(r, col, item)
                self._describe_cell(r, col)
        self._loading = False
        self._show_totals()
        self._show_details(grid.currentRow(), grid.currentColumn())

    def _describe_cell(self, row: int, col: int) -> None:
        """What a cell says besides its text (tooltip and screen reader alike): planned or not,
        and how many files its session has."""
        item = self.ui.grid.item(row, col)
        if item is None:
            return
        tip, about = self.cell_about.get((row, col), ("", ""))
        files = sum(self.file_counts[s.id] for s in self.cells.get((row, col), []))
        note = f" · {files} file{'s' if files != 1 else ''} attached" if files else ""
        item.setToolTip(tip + note)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, about + note)

    def _show_totals(self) -> None:
        weeks = self.vault.eotas.weekly(self.child_id, self.monday, self.monday + timedelta(6))
        if not weeks:
            self.ui.weekTotals.setText("")
            return
        w = weeks[0]
        state = "below plan" if w.below_plan else "on plan"
        self.ui.weekTotals.setText(
            f"Planned {w.planned_minutes / 60:.1f} h · delivered {w.delivered_minutes / 60:.1f} h "
            f"({state}) · full time for this child {w.threshold_minutes / 60:.1f} h"
        )

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self.package is None:
            return
        row, col = item.row(), item.column()
        component = self.components[row]
        day = self.monday + timedelta(days=col)
        existing = self.cells.get((row, col), [])
        planned = planned_minutes_on(component.record, self.package.record, day) or (
            existing[0].entry.planned_minutes if existing else 0
        )
        try:
            parsed = parse_cell(item.text(), planned)
        except CellProblem as exc:
            self._grid_error(str(exc))
            return
        closed = self.vault.eotas.is_closed(self.child_id, self.monday)
        try:
            if closed:
                if not existing or parsed is None:
                    raise VaultError(
                        "This week is closed: only an existing entry can be corrected, by an amendment."
                    )
                self._ask_cell_amendment(existing[0], parsed)
                return
            if parsed is None:
                files = sum(self.file_counts[stored.id] for stored in existing)
                if files:  # its files would be left with no session to belong to
                    raise VaultError(
                        f"This session has {files} file{'s' if files != 1 else ''} attached: remove "
                        "them first (Attachments…), then clear the cell."
                    )
                for stored in existing:
                    self.vault.eotas.remove_entry(stored.id)
            else:
                status, minutes = parsed
                entry = ActivityEntry(
                    child_id=self.child_id,
                    component_id=component.id,
                    entry_date=day,
                    planned_minutes=planned,
                    actual_minutes=minutes,
                    status=status,
                )
                if existing:
                    entry.what_done = existing[0].entry.what_done
                    entry.outcome_progress = existing[0].entry.outcome_progress
                    entry.evidence = existing[0].entry.evidence
                    entry.child_words = existing[0].entry.child_words
                    self.vault.eotas.update_entry(existing[0].id, entry)
                else:
                    self.vault.eotas.log(entry)
        except ValidationFailed as exc:
            self._grid_error(" ".join(exc.errors.values()))
            return
        except VaultError as exc:
            self._grid_error(str(exc))
            return
        self.ui.gridMessage.setStyleSheet(OK_STYLE)
        self.ui.gridMessage.setText(f"Saved at {datetime.now():%H:%M:%S}")
        self._refresh_cell_state()
        self.entry_saved.emit()

    def _grid_error(self, message: str) -> None:
        """Say what is wrong beside the grid and put the cell back: nothing was saved."""
        self.ui.gridMessage.setStyleSheet(ERROR_STYLE)
        self.ui.gridMessage.setText(f"Not saved: {message}")
        self._refresh_cell_state()

    def _refresh_cell_state(self) -> None:
        """Redraw the week once the cell editor has finished committing (rebuilding items
        inside the commit would pull the editor from under the view)."""
        current = (self.ui.grid.currentRow(), self.ui.grid.currentColumn())
        message = self.ui.gridMessage.text()

        def redraw() -> None:
            self.show_week(self.monday)
            self.ui.gridMessage.setText(message)
            if current[0] >= 0:
                self.ui.grid.setCurrentCell(*current)

        QTimer.singleShot(0, redraw)

    def _ask_cell_amendment(self, stored: StoredEntry, parsed: tuple[str, int]) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("cellAmendmentReason")
        dialog.setWindowTitle("Amend a closed week")
        dialog.setLabelText("This week is closed. Why is the entry being corrected?")

        def amend(reason: str) -> None:
            entry = ActivityEntry(**{**stored.entry.__dict__})
            entry.status, entry.actual_minutes = parsed
            try:
                self.vault.eotas.amend_entry(stored.id, reason, entry)
            except (ValidationFailed, VaultError) as exc:
                text = " ".join(exc.errors.values()) if isinstance(exc, ValidationFailed) else str(exc)
                self._grid_error(text)
                return
            self.ui.gridMessage.setStyleSheet(OK_STYLE)
            self.ui.gridMessage.setText("Amendment saved.")
            self._refresh_cell_state()
            self.entry_saved.emit()

        dialog.textValueSelected.connect(amend)
        dialog.rejected.connect(lambda: self._refresh_cell_state())
        dialog.open()

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QContextMenuEvent, QKeyEvent

        if (
            watched is self.ui.grid
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self.show_session_menu(None)  # the Menu key: for the current cell, wherever it is
            return True
        if (
            watched is self.ui.grid
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.ui.grid.state() != QAbstractItemView.State.EditingState
        ):
            item = self.ui.grid.currentItem()
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable and item.text():
                item.setText("")  # goes through _cell_edited: clears an open week's entry
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- session details ------------------------------------------------------------------------

    def _show_details(self, row: int, col: int) -> None:
        self.details_saver.flush()
        self.amending_details = False
        entries = self.cells.get((row, col), [])
        if not entries:
            self.details.load(ActivityEntry())
            self.details.set_read_only(True)
            self.ui.detailTitle.setText(
                "No session recorded in this cell: type minutes or a status letter in the grid first."
            )
            self.ui.amendEntryButton.hide()
            self._show_attachments_entry(None)
            return
        stored = entries[0]
        self._show_attachments_entry(stored)
        e = stored.entry
        closed = self.vault.eotas.is_closed(self.child_id, self.monday)
        self.details.load(e)
        self.details.set_read_only(closed)
        self.ui.amendEntryButton.setVisible(closed)
        self.ui.amendEntryButton.setText("&Amend entry…")
        assert e.entry_date is not None
        self.ui.detailTitle.setText(
            f"{self.components[row].record.name}, {e.entry_date:%A %d/%m/%Y}: "
            f"{codes.ACTIVITY_STATUS.label(e.status).lower()}"
            + (f", {e.actual_minutes} of {e.planned_minutes} minutes" if e.status == "delivered" else "")
        )

    # --- the session's files ---------------------------------------------------------------------

    def _show_attachments_entry(self, stored: StoredEntry | None) -> None:
        files = None if stored is None else self.file_counts[stored.id]
        show_entry_state(self.attachments_button, files, NO_SESSION_FOR_FILES)
        self.attachments_action.setEnabled(stored is not None)
        self.attachments_action.setText(self.attachments_button.text())
        self.attachments_action.setToolTip(self.attachments_button.toolTip())

    def show_session_menu(self, pos: QPoint | None) -> QMenu:
        """The grid's context menu, for the cell clicked (or, from the keyboard, the current one)."""
        grid = self.ui.grid
        index = grid.indexAt(pos) if pos is not None else grid.currentIndex()
        if index.isValid() and index != grid.currentIndex():
            grid.setCurrentCell(index.row(), index.column())
        if pos is None or not index.isValid():
            pos = grid.visualRect(grid.currentIndex()).center()
        self._show_attachments_entry(self._current_entry())
        self.session_menu.popup(grid.viewport().mapToGlobal(pos))
        return self.session_menu

    def open_attachments(self) -> AttachmentsDialog | None:
        """The chosen session's files, in a dialog; a closed week's are append-only."""
        stored = self._current_entry()
        if stored is None:
            return None
        self.details_saver.flush()
        e = stored.entry
        row = self.ui.grid.currentRow()
        dialog = AttachmentsDialog(
            self.vault,
            "activity_entry",
            stored.id,
            self.child_id,
            self.vault.eotas.is_closed(self.child_id, self.monday),
            self.autosave_seconds,
            self,
            default_date=e.entry_date,
        )
        when = f", {e.entry_date:%A %d/%m/%Y}" if e.entry_date else ""
        dialog.setWindowTitle(f"Attachments – {self.components[row].record.name}{when}")
        dialog.panel.changed.connect(lambda: self._files_changed(stored.id))
        self.attachments_dialog = dialog
        dialog.open()
        return dialog

    def _files_changed(self, entry_id: str) -> None:
        self.file_counts[entry_id] = len(self.vault.attachments.list_for_record("activity_entry", entry_id))
        for (row, col), entries in self.cells.items():
            if any(s.id == entry_id for s in entries):
                self._describe_cell(row, col)
        current = self._current_entry()
        if current is not None and current.id == entry_id:
            self._show_attachments_entry(current)

    def _current_entry(self) -> StoredEntry | None:
        entries = self.cells.get((self.ui.grid.currentRow(), self.ui.grid.currentColumn()), [])
        return entries[0] if entries else None

    def _details_changed(self) -> None:
        if not self.amending_details:
            self.ui.detailStatus.setText("Editing…")
            self.details_saver.touch()

    def _save_details(self) -> None:
        stored = self._current_entry()
        if stored is None or self.amending_details:
            return
        edited, _ = self.details.read(stored.entry)
        try:
            self.vault.eotas.update_entry(stored.id, edited)
        except (ValidationFailed, VaultError) as exc:
            self.ui.detailStatus.setText(str(exc))
            return
        self.ui.detailStatus.setText(f"Saved at {datetime.now():%H:%M:%S}")
        row, col = self.ui.grid.currentRow(), self.ui.grid.currentColumn()
        self.cells[(row, col)] = [self.vault.eotas.entry(stored.id)]

    def _amend_clicked(self) -> None:
        stored = self._current_entry()
        if stored is None:
            return
        if not self.amending_details:
            self.amending_details = True
            self.details.set_read_only(False)
            self.ui.amendEntryButton.setText("Save &amendment…")
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("detailAmendmentReason")
        dialog.setLabelText("Why is the entry being corrected?")

        def amend(reason: str) -> None:
            edited, _ = self.details.read(stored.entry)
            try:
                self.vault.eotas.amend_entry(stored.id, reason, edited)
            except ValidationFailed as exc:
                self.ui.detailStatus.setText(" ".join(exc.errors.values()))
                return
            self.ui.detailStatus.setText("Amendment saved.")
            self._refresh_cell_state()

        dialog.textValueSelected.connect(amend)
        dialog.open()

    # --- closing a week --------------------------------------------------------------------------

    def _confirm_close_week(self) -> None:
        prompts.ask(
            self,
            "confirmCloseWeek",
            "Close week",
            f"Close the week of {self.monday:%d/%m/%Y}? Its entries then become "
            "a permanent record; later corrections are amendments with a reason.",
            self.close_week,
        )

    def close_week(self) -> None:
        self.details_saver.flush()
        self.vault.eotas.close_week(self.child_id, self.monday)
        self.show_week(self.monday)

    # --- hours ------------------------------------------------------------------------------------

    def show_hours(self) -> None:
        try:
            start = parse_user_date(self.ui.hoursFrom.text())
            end = parse_user_date(self.ui.hoursTo.text())
        except DateProblem as exc:
            self.ui.hoursSummary.setText(str(exc))
            return
        if start is None or end is None or end < start:
            self.ui.hoursSummary.setText("Enter a from date on or before the to date.")
            return
        weeks = self.vault.eotas.weekly(self.child_id, start, end)
        self.chart.set_weeks(weeks)
        table = self.ui.hoursTable
        table.clear()
        headers = ["Week (Mon)", "Planned h", "Delivered h", "Full time h", "Below plan", "Not delivered"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(weeks))
        for r, w in enumerate(weeks):
            causes = ", ".join(
                f"{codes.ACTIVITY_STATUS.label(k).lower()}: {n}" for k, n in sorted(w.not_delivered.items())
            )
            values = (
                f"{w.start:%d/%m/%Y}",
                f"{w.planned_minutes / 60:.1f}",
                f"{w.delivered_minutes / 60:.1f}",
                f"{w.threshold_minutes / 60:.1f}",
                "yes" if w.below_plan else "",
                causes,
            )
            for c, v in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(v))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        delivered = sum(w.delivered_minutes for w in weeks) / 60
        planned = sum(w.planned_minutes for w in weeks) / 60
        self.ui.hoursSummary.setText(f"{delivered:.1f} h delivered of {planned:.1f} h planned")

    # --- package and components -------------------------------------------------------------------

    def save_package(self) -> bool:
        base = self.package.record if self.package else EotasPackage(child_id=self.child_id)
        edited, problems = self.package_form.read(base)
        edited.child_id = self.child_id
        errors = {**validate_package(edited), **problems}
        self.package_form.show_errors(errors)
        if errors:
            self._status(self.ui.packageStatus, "Not saved: correct the fields marked in red.", True)
            return False
        if self.package is None:
            self.package = self.vault.eotas.packages.add(edited)
        else:
            self.package = self.vault.eotas.packages.update(
                self.package.id, self.package.meta.version, edited
            )
        self._status(self.ui.packageStatus, f"Saved at {datetime.now():%H:%M:%S}")
        self.show_week(self.monday)
        return True

    def new_component(self) -> None:
        self.component = None
        self.component_form.load(Component(planned_hours_per_week=0.0))
        self.ui.componentsTable.clearSelection()
        self.ui.componentStatus.setText("")

    def _component_selected(self) -> None:
        items = self.ui.componentsTable.selectedItems()
        if items:
            self.component = self.vault.eotas.components.get(items[0].data(Qt.ItemDataRole.UserRole))
            self.component_form.load(self.component.record)

    def save_component(self) -> bool:
        if self.package is None:
            self._status(self.ui.componentStatus, "Save the package first.", True)
            return False
        base = self.component.record if self.component else Component()
        edited, problems = self.component_form.read(base)
        edited.package_id, edited.child_id = self.package.id, self.child_id
        errors = {**validate_component(edited), **problems}
        self.component_form.show_errors(errors)
        if errors:
            self._status(self.ui.componentStatus, "Not saved: correct the fields marked in red.", True)
            return False
        if self.component is None:
            stored = self.vault.eotas.add_component(edited)
        else:
            stored = self.vault.eotas.components.update(
                self.component.id, self.component.meta.version, edited
            )
        self._reload_package()
        self.show_week(self.monday)
        self._status(self.ui.componentStatus, f"Saved {stored.record.name}")
        return True

    def _status(self, label: QWidget, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        label.setText(text)  # type: ignore[attr-defined]

    def flush(self) -> None:
        self.details_saver.flush()

    def leave(self) -> None:
        self.flush()
        self.back.emit(self.child_id)
