"""EOTAS across the caseload: hours planned and delivered, gaps by cause, provider checks,
and the same as CSV."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..domain.hours import week_start
from ..reports.csv_export import eotas_hours_csv
from ..vault import Vault
from ..vault.eotas import ChildHours
from ..vault.files import write_private_atomically
from . import prompts
from .binder import ERROR_STYLE
from .forms.ui_eotas_overview_page import Ui_EotasOverviewPage
from .hours_chart import HoursChart

ALERT = QBrush(QColor("#b10e1e"))
# A cell that needs action says so with a sign and words, not by its red alone (WCAG 1.4.1).
WARNING_SIGN = "\u26a0"
COLUMNS = (
    "Child",
    "Planned h",
    "Delivered h",
    "% of plan",
    "Weeks below plan",
    "Cancelled by provider",
    "Cancelled by family",
    "Did not attend",
    "Rescheduled",
)


class EotasOverviewPage(QWidget):
    back = Signal()
    open_child = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EotasOverviewPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.rows: list[ChildHours] = []
        self.chart = HoursChart(self.ui.chartHost)
        host = QVBoxLayout(self.ui.chartHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.chart)
        today = date.today()
        self.ui.periodFrom.setText(format_user_date(week_start(today) - timedelta(weeks=11)))
        self.ui.periodTo.setText(format_user_date(today))
        self.ui.periodMessage.setStyleSheet(ERROR_STYLE)
        self.ui.fromLabel.setBuddy(self.ui.periodFrom)
        self.ui.toLabel.setBuddy(self.ui.periodTo)
        self.ui.backButton.clicked.connect(self.back.emit)
        self.ui.applyButton.clicked.connect(self.refresh)
        self.ui.periodTo.returnPressed.connect(self.refresh)
        self.ui.exportButton.clicked.connect(self.export_with_warning)
        self.ui.childrenTable.itemSelectionChanged.connect(self._selected)
        self.ui.childrenTable.itemActivated.connect(
            lambda item: self.open_child.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def period(self) -> tuple[date, date] | None:
        try:
            start = parse_user_date(self.ui.periodFrom.text())
            end = parse_user_date(self.ui.periodTo.text())
        except DateProblem as exc:
            self.ui.periodMessage.setText(str(exc))
            return None
        if start is None or end is None or end < start:
            self.ui.periodMessage.setText("Enter a from date on or before the to date.")
            return None
        self.ui.periodMessage.setText("")
        return start, end

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        self.rows = self.vault.eotas.caseload_hours(*period)
        table = self.ui.childrenTable
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.setRowCount(len(self.rows))
        for r, child in enumerate(self.rows):
            planned, delivered = child.planned_minutes / 60, child.delivered_minutes / 60
            causes = child.cancellations
            values = (
                child.name,
                f"{planned:.1f}",
                f"{delivered:.1f}",
                f"{100 * delivered / planned:.0f}%" if planned else "",
                str(child.weeks_below_plan),
                str(causes["cancelled_provider"]),
                str(causes["cancelled_family"]),
                str(causes["dna"]),
                str(causes["rescheduled"]),
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, child.child_id)
                if c == 4 and child.weeks_below_plan:
                    weeks = child.weeks_below_plan
                    item.setText(f"{WARNING_SIGN} {weeks}")
                    words = f"{weeks} week{'' if weeks == 1 else 's'} below plan"
                    item.setToolTip(words)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
                    item.setForeground(ALERT)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.blockSignals(False)
        if self.rows:
            table.selectRow(0)
        else:
            self.chart.set_weeks([])
        alerts = self.vault.eotas.provider_alerts()
        at = self.ui.alertsTable
        at.clear()
        at.setColumnCount(2)
        at.setHorizontalHeaderLabels(["Provider", "Checks to chase"])
        at.setRowCount(len(alerts))
        for r, (provider, problems) in enumerate(alerts):
            at.setItem(r, 0, QTableWidgetItem(provider.record.name))
            item = QTableWidgetItem(f"{WARNING_SIGN} " + "; ".join(problems))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, "To chase: " + "; ".join(problems))
            item.setForeground(ALERT)
            at.setItem(r, 1, item)
        at.verticalHeader().hide()
        at.horizontalHeader().setStretchLastSection(True)
        at.resizeColumnToContents(0)

    def _selected(self) -> None:
        rows = self.ui.childrenTable.selectionModel().selectedRows()
        if rows:
            self.chart.set_weeks(self.rows[rows[0].row()].weeks)

    def choose_export_path(self) -> Path | None:
        """The seam tests replace: a warning, then the save dialog."""
        return prompts.ask_where_to_export(self, "Export EOTAS hours", "eotas-hours.csv")

    def export_with_warning(self) -> Path | None:
        period = self.period()
        if period is None:
            return None
        path = self.choose_export_path()
        if path is None:
            return None
        rows = self.vault.eotas.caseload_hours(*period)
        write_private_atomically(path, eotas_hours_csv(rows).encode("utf-8-sig"))
        self.vault.audit("export", "eotas_hours", "", detail=f"{len(rows)} children, CSV")
        self.ui.periodMessage.setStyleSheet("color: #505a5f;")
        self.ui.periodMessage.setText(f"Exported {len(rows)} children to {path.name}")
        return path
