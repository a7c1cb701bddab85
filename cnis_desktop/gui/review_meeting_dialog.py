"""The annual review meeting, recorded so the pack can print it: who was invited and who
came, the advice received and when it was circulated, and what the meeting recommended.

The deadlines shown are review_deadlines() from domain/record_deadlines.py, the ones the
EHC page and Today use; nothing is counted here. Saved as fields of the review cycle's own
record (the annual_review kind), so it syncs as any edit to the review does.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..domain import codes
from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..domain.ehc import AdviceReceived, AnnualReview, Invitee
from ..domain.record_deadlines import review_deadlines
from ..domain.timeline import Rules
from ..domain.validation import ValidationFailed, validate_review
from ..vault import Vault
from .binder import ERROR_STYLE, FormBinder, fill_combo
from .forms.ui_review_meeting_dialog import Ui_ReviewMeetingDialog

INVITEE_COLUMNS = ("Name", "Role and organisation", "Invited on (dd/mm/yyyy)", "Attended")
ADVICE_COLUMNS = ("From (who, and their role)", "Asked for", "Received", "Circulated")


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _set_up(table: QTableWidget, columns: tuple[str, ...]) -> None:
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


class ReviewMeetingDialog(QDialog):
    def __init__(
        self, vault: Vault, review_id: str, rules: Rules | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewMeeting")
        self.setWindowTitle("Review meeting")
        self.ui = Ui_ReviewMeetingDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.rules = rules or Rules()
        self.stored = vault.ehc.reviews.get(review_id)
        fill_combo(self.ui.recommendation, codes.REVIEW_DECISION, blank="Not yet recommended")
        _set_up(self.ui.invitees, INVITEE_COLUMNS)
        _set_up(self.ui.advice, ADVICE_COLUMNS)
        self.form = FormBinder(
            self.ui.scrollBody, AnnualReview, skip=("child_id", "plan_id", "invitees", "advice")
        )
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.addInviteeButton.clicked.connect(lambda: self.add_invitee(Invitee()))
        self.ui.removeInviteeButton.clicked.connect(lambda: self._remove(self.ui.invitees))
        self.ui.addAdviceButton.clicked.connect(lambda: self.add_advice(AdviceReceived()))
        self.ui.removeAdviceButton.clicked.connect(lambda: self._remove(self.ui.advice))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._load(self.stored.record)

    def _load(self, review: AnnualReview) -> None:
        self.form.load(review)
        self.ui.invitees.setRowCount(0)
        for person in review.invitees:
            self.add_invitee(person)
        self.ui.advice.setRowCount(0)
        for advice in review.advice:
            self.add_advice(advice)
        self._show_deadlines(review)

    def _show_deadlines(self, review: AnnualReview) -> None:
        plan = self.vault.ehc.plans.get(review.plan_id).record
        child = self.vault.children.get(review.child_id).record
        today = date.today()
        wanted = ("invitations", "advice_circulated", "meeting", "report", "decision")
        lines = [
            f"{d.name}: {d.due:%d/%m/%Y} – {d.describe(today)}"
            for d in review_deadlines(plan, review, self.rules, today, child.date_of_birth)
            if d.key in wanted
        ]
        self.ui.deadlines.setText(
            "\n".join(lines) or "No review deadlines: the plan has no issue or review date yet."
        )

    # --- the two tables ----------------------------------------------------------------------

    def add_invitee(self, person: Invitee) -> int:
        table = self.ui.invitees
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate((person.name, person.role, format_user_date(person.invited_on))):
            table.setItem(row, column, QTableWidgetItem(value))
        came = QTableWidgetItem("came")
        came.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        came.setCheckState(Qt.CheckState.Checked if person.attended else Qt.CheckState.Unchecked)
        came.setData(Qt.ItemDataRole.UserRole, person.family)
        table.setItem(row, 3, came)
        return row

    def add_advice(self, advice: AdviceReceived) -> int:
        table = self.ui.advice
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(
            (
                advice.source,
                format_user_date(advice.requested_on),
                format_user_date(advice.received_on),
                format_user_date(advice.circulated_on),
            )
        ):
            table.setItem(row, column, QTableWidgetItem(value))
        return row

    def _remove(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def _read_tables(self) -> tuple[list[Invitee], list[AdviceReceived], list[str]]:
        problems: list[str] = []

        def day(table: QTableWidget, row: int, column: int, what: str) -> date | None:
            try:
                return parse_user_date(_text(table, row, column))
            except DateProblem as exc:
                problems.append(f"{what}, row {row + 1}: {exc}")
                return None

        invitees = []
        for row in range(self.ui.invitees.rowCount()):
            name, role = _text(self.ui.invitees, row, 0), _text(self.ui.invitees, row, 1)
            invited_on = day(self.ui.invitees, row, 2, "Invitees")
            mark = self.ui.invitees.item(row, 3)
            if not (name or role or invited_on):
                continue
            attended = mark is not None and mark.checkState() == Qt.CheckState.Checked
            family = bool(mark.data(Qt.ItemDataRole.UserRole)) if mark is not None else False
            invitees.append(Invitee(name, role, invited_on, attended, family))
        advice = []
        for row in range(self.ui.advice.rowCount()):
            source = _text(self.ui.advice, row, 0)
            dates = [day(self.ui.advice, row, c, "Advice") for c in (1, 2, 3)]
            if source or any(dates):
                advice.append(AdviceReceived(source, *dates))
        return invitees, advice, problems

    # --- saving ---------------------------------------------------------------------------------

    def read(self) -> tuple[AnnualReview, dict[str, str]]:
        edited, problems = self.form.read(self.stored.record)
        invitees, advice, table_problems = self._read_tables()
        edited = dataclasses.replace(edited, invitees=invitees, advice=advice)
        if table_problems:
            problems["tables"] = " ".join(table_problems)
        return edited, problems

    def save(self) -> bool:
        edited, problems = self.read()
        errors = {**validate_review(edited), **problems}
        self.form.show_errors(errors)
        if errors:
            self.ui.message.setText("Not saved: " + " ".join(errors.values()))
            return False
        try:
            self.vault.ehc.save_review(self.stored.id, self.stored.meta.version, edited)
        except ValidationFailed as exc:
            self.ui.message.setText("Not saved: " + " ".join(exc.errors.values()))
            return False
        self.accept()
        return True
