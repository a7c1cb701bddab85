"""A child's EHC plan: sections, outcomes with progress, the annual review and its
deadlines, the child's views records, and the review pack."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QWidget

from ..domain import codes
from ..domain.dates import format_user_date
from ..domain.ehc import AnnualReview, EhcPlan, Outcome, ProgressEntry
from ..domain.model import Stored
from ..domain.record_deadlines import (
    NO_TRANSFER,
    assessment_deadlines,
    phase_transfer_deadline,
    review_concluded_by,
    review_deadlines,
)
from ..domain.timeline import Rules
from ..domain.timeline_school import POST16_MOVE, TRANSFER_CHOICES
from ..domain.validation import (
    ValidationFailed,
    validate_outcome,
    validate_plan,
    validate_progress,
    validate_review,
)
from ..domain.views import ViewsRecord
from ..vault import Vault
from .announce import announce
from .binder import ERROR_STYLE, FormBinder, fill_combo
from .forms.ui_ehc_page import Ui_EhcPage
from .pack_options_dialog import PackOptionsDialog
from .style import AMBER_TEXT, ERROR_COLOUR, OK_STYLE
from .tables import fill_table

# The status is said in words in its cell ("overdue by 3 days", "due soon"); the colour
# only repeats it, at 4.5:1 or more on white.
STATUS_COLOURS = {"overdue": ERROR_COLOUR, "due soon": AMBER_TEXT, "done late": ERROR_COLOUR}


def _fill(
    table: QTableWidget, headers: list[str], rows: list[list[str]], ids: list[str] | None = None
) -> None:
    fill_table(table, headers, rows, ids if ids is not None else [""] * len(rows))


class EhcPage(QWidget):
    back = Signal(str)
    open_views = Signal(str)  # views record id
    pack_requested = Signal(str, object)  # child id, PackOptions

    def __init__(self, vault: Vault, parent: QWidget | None = None, rules: Rules | None = None) -> None:
        super().__init__(parent)
        self.rules = rules or Rules()  # the authority's timescales, as Today uses them
        self.ui = Ui_EhcPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.child_id = ""
        self.plan: Stored[EhcPlan] | None = None
        self.outcome: Stored[Outcome] | None = None
        self.review: Stored[AnnualReview] | None = None
        fill_combo(self.ui.rating, codes.PROGRESS_RATING)
        fill_combo(self.ui.review_decision, codes.REVIEW_DECISION, blank="Not decided yet")
        for code, label in (("", "Not decided yet"), ("yes", "Yes"), ("no", "No: refused")):
            self.ui.agreed_to_assess.addItem(label, code)
        for code, label in TRANSFER_CHOICES:
            if code != POST16_MOVE:  # a move at another time is worked out in the calculator
                self.ui.transfer.addItem(label, code)
        self.ui.transfer.addItem("No phase transfer for this child", NO_TRANSFER)
        fill_combo(self.ui.newViewsMethod, codes.VIEWS_METHOD)
        self.plan_form = FormBinder(self.ui.planBody, EhcPlan, skip=("child_id",))
        self.outcome_form = FormBinder(self.ui.outcomeGroup, Outcome, skip=("plan_id", "child_id"))
        self.progress_form = FormBinder(self.ui.progressGroup, ProgressEntry, skip=("outcome_id", "child_id"))
        self.review_form = FormBinder(
            self.ui.reviewGroup, AnnualReview, skip=("child_id", "plan_id"), prefix="review_"
        )
        self.ui.backButton.clicked.connect(lambda: self.back.emit(self.child_id))
        self.ui.savePlanButton.clicked.connect(self.save_plan)
        self.ui.newOutcomeButton.clicked.connect(self.new_outcome)
        self.ui.saveOutcomeButton.clicked.connect(self.save_outcome)
        self.ui.outcomesTable.itemSelectionChanged.connect(self._outcome_selected)
        self.ui.addProgressButton.clicked.connect(self.add_progress)
        self.ui.saveReviewButton.clicked.connect(self.save_review)
        self.ui.newReviewButton.clicked.connect(self.new_review)
        self.ui.newViewsButton.clicked.connect(self.new_views)
        self.ui.openViewsButton.clicked.connect(self._open_selected_views)
        self.ui.viewsTable.itemActivated.connect(
            lambda item: self.open_views.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.ui.packButton.clicked.connect(self.ask_pack_options)
        self.ui.meetingButton.clicked.connect(self.record_meeting)
        # Wrapped steps take the height their column's width gives them, as it changes.
        self.ui.deadlinesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_child(self, child_id: str) -> None:
        self._clear_statuses()  # messages about another child, or an earlier visit here
        self.child_id = child_id
        child = self.vault.children.get(child_id).record
        self.ui.title.setText(f"EHC plan and views – {child.display_name}")
        self.refresh()

    def refresh(self) -> None:
        self.plan = self.vault.ehc.plan_for(self.child_id)
        self.plan_form.load(self.plan.record if self.plan else EhcPlan(child_id=self.child_id))
        self._load_views()
        self._load_outcomes()
        self._load_review()

    # --- views --------------------------------------------------------------------------------

    def _load_views(self) -> None:
        records = self.vault.ehc.views.for_child(self.child_id)
        rows = []
        for v in records:
            exact = sum(1 for s in v.record.statements if s.exact_words)
            rows.append(
                [
                    format_user_date(v.record.gathered_on),
                    codes.VIEWS_METHOD.label(v.record.method),
                    codes.VIEWS_PURPOSE.label(v.record.purpose),
                    "Finalised" if v.is_final else "Draft",
                    f"{exact} in the child's words",
                ]
            )
        _fill(
            self.ui.viewsTable,
            ["Date", "Method", "For", "Status", "Statements"],
            rows,
            [v.id for v in records],
        )

    def new_views(self) -> str:
        method = self.ui.newViewsMethod.currentData() or "conversation"
        stored = self.vault.ehc.views.start(
            ViewsRecord(
                child_id=self.child_id,
                method=method,
                gathered_on=date.today(),
                gathered_by=self.vault.profile.user_name,
                purpose="annual_review" if self.plan and self.plan.record.final_date else "ehc_assessment",
            )
        )
        self.open_views.emit(stored.id)
        return stored.id

    def _open_selected_views(self) -> None:
        items = self.ui.viewsTable.selectedItems()
        if items:
            self.open_views.emit(items[0].data(Qt.ItemDataRole.UserRole))

    # --- plan ---------------------------------------------------------------------------------

    def save_plan(self) -> bool:
        edited, problems = self.plan_form.read(
            self.plan.record if self.plan else EhcPlan(child_id=self.child_id)
        )
        edited.child_id = self.child_id
        errors = {**validate_plan(edited), **problems}
        self.plan_form.show_errors(errors)
        if errors:
            self._say(self.ui.planStatus, "Not saved: correct the fields marked in red.", True)
            return False
        if self.plan is None:
            self.plan = self.vault.ehc.plans.add(edited)
        else:
            self.plan = self.vault.ehc.plans.update(self.plan.id, self.plan.meta.version, edited)
        self._say(self.ui.planStatus, f"Saved at {datetime.now():%H:%M:%S}")
        self._load_review()
        return True

    # --- outcomes -----------------------------------------------------------------------------

    def _load_outcomes(self) -> None:
        outcomes = self.vault.ehc.outcomes_for(self.child_id)
        rows = []
        for o in outcomes:
            progress = self.vault.ehc.progress(o.id)
            latest = codes.PROGRESS_RATING.label(progress[-1].rating) if progress else "–"
            rows.append([o.record.text, latest, format_user_date(o.record.target_date)])
        _fill(self.ui.outcomesTable, ["Outcome", "Latest progress", "Target"], rows, [o.id for o in outcomes])
        self.new_outcome()

    def new_outcome(self) -> None:
        self.outcome = None
        self.outcome_form.load(Outcome())
        self.ui.progressTable.setRowCount(0)
        self.progress_form.load(ProgressEntry(recorded_on=date.today()))
        self.ui.addProgressButton.setEnabled(False)

    def _outcome_selected(self) -> None:
        items = self.ui.outcomesTable.selectedItems()
        if not items:
            return
        self.outcome = self.vault.ehc.outcomes.get(items[0].data(Qt.ItemDataRole.UserRole))
        self.outcome_form.load(self.outcome.record)
        progress = self.vault.ehc.progress(self.outcome.id)
        _fill(
            self.ui.progressTable,
            ["Date", "Progress", "What was seen"],
            [
                [format_user_date(p.recorded_on), codes.PROGRESS_RATING.label(p.rating), p.note]
                for p in progress
            ],
        )
        self.ui.addProgressButton.setEnabled(True)

    def save_outcome(self) -> bool:
        if self.plan is None:
            self._say(self.ui.outcomeStatus, "Save the plan first.", True)
            return False
        edited, problems = self.outcome_form.read(self.outcome.record if self.outcome else Outcome())
        edited.plan_id, edited.child_id = self.plan.id, self.child_id
        errors = {**validate_outcome(edited), **problems}
        self.outcome_form.show_errors(errors)
        if errors:
            return False
        if self.outcome is None:
            self.vault.ehc.add_outcome(edited)
        else:
            self.vault.ehc.outcomes.update(self.outcome.id, self.outcome.meta.version, edited)
        self._load_outcomes()
        self._say(self.ui.outcomeStatus, "Saved.")
        return True

    def add_progress(self) -> bool:
        if self.outcome is None:
            return False
        entry, problems = self.progress_form.read(ProgressEntry())
        entry.outcome_id = self.outcome.id
        errors = {**validate_progress(entry, date.today()), **problems}
        self.progress_form.show_errors(errors)
        if errors:
            self._say(self.ui.progressStatus, "Not saved: correct the fields marked in red.", True)
            return False
        try:
            self.vault.ehc.record_progress(entry)
        except ValidationFailed as exc:
            self.progress_form.show_errors(exc.errors)
            return False
        outcome_id = self.outcome.id
        self._load_outcomes()
        for r in range(self.ui.outcomesTable.rowCount()):
            cell = self.ui.outcomesTable.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == outcome_id:
                self.ui.outcomesTable.selectRow(r)
        self._say(self.ui.progressStatus, "Progress recorded.")
        return True

    # --- annual review -------------------------------------------------------------------------

    def _load_review(self) -> None:
        self.review = self.vault.ehc.current_review(self.child_id)
        self.review_form.load(self.review.record if self.review else AnnualReview())
        enabled = self.review is not None
        self.ui.reviewGroup.setEnabled(enabled)
        self.ui.saveReviewButton.setEnabled(enabled)
        today = date.today()
        if self.plan is None:
            self.ui.reviewDue.setText("No EHC plan is recorded yet.")
            _fill(self.ui.deadlinesTable, ["Step", "Due", "Status"], [])
            return
        plan = self.plan.record
        due = review_concluded_by(plan, self.rules, today)
        since = "last review decision" if plan.last_review_date else "final plan"
        summary = (
            f"This review is to be concluded – the decision notified – by {format_user_date(due)}"
            f" (12 months starting with the {since}; CFA 2014 s.44(1)). Recording the decision"
            " starts the next cycle."
            if due
            else "The review dates follow from the date the final plan was issued."
        )
        dob = self.vault.children.get(self.child_id).record.date_of_birth
        concluded = self.vault.ehc.concluded_review(self.child_id)
        deadlines = assessment_deadlines(plan, self.rules, today)
        deadlines += review_deadlines(
            plan,
            self.review.record if self.review else None,
            self.rules,
            today,
            dob,
            concluded.record if concluded else None,
        )
        transfer = phase_transfer_deadline(plan, dob, self.rules, today)
        if transfer is not None:
            deadlines.append(transfer)
        # A warning (a meeting too late for the decision) is said above the table, in words;
        # its step points to it.
        warnings = [f"Warning: {d.warning}" for d in deadlines if d.warning]
        self.ui.reviewDue.setText("\n".join([summary, *warnings]))
        self.ui.reviewDue.setStyleSheet(ERROR_STYLE if warnings else "")
        table = self.ui.deadlinesTable
        # Each step with its rule on the line below; the steps are long sentences, so they
        # wrap in the one stretching column and the date and status stay in view at 200%.
        _fill(
            table,
            ["Step and rule", "Due", "Status"],
            [
                [
                    d.name
                    + (" (see the warning above)" if d.warning else "")
                    + (f"\n{d.rule}" if d.rule else ""),
                    format_user_date(d.due),
                    d.describe(today),
                ]
                for d in deadlines
            ],
        )
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        for r, d in enumerate(deadlines):
            colour = STATUS_COLOURS.get(d.status(today))
            cell = self.ui.deadlinesTable.item(r, 2)
            if colour and cell is not None:
                cell.setForeground(QBrush(QColor(colour)))
        self.plan_deadline_text = "; ".join(f"{d.name}: {d.describe(today)}" for d in deadlines)
        self.ui.planDeadlines.setText(self.plan_deadline_text)

    def new_review(self) -> None:
        if self.plan is None or self.plan.record.final_date is None:
            self._say(
                self.ui.reviewStatus,
                "No review cycle started: an annual review is of an "
                "issued EHC plan. Record the date the final plan was issued, and save the "
                "plan, first.",
                True,
            )
            self.ui.final_date.setFocus()
            return
        try:
            self.vault.ehc.start_review(self.child_id)
        except ValidationFailed as exc:
            self._say(self.ui.reviewStatus, " ".join(exc.errors.values()), True)
            return
        self._load_review()
        self._say(self.ui.reviewStatus, "A new review cycle has started.")

    def save_review(self) -> bool:
        if self.review is None:
            return False
        edited, problems = self.review_form.read(self.review.record)
        errors = {**validate_review(edited), **problems}
        self.review_form.show_errors(errors)
        if errors:
            self._say(self.ui.reviewStatus, "Not saved: correct the fields marked in red.", True)
            return False
        before = self.review.id
        self.vault.ehc.save_review(self.review.id, self.review.meta.version, edited)
        self.refresh()  # the plan's last review and the next cycle may have changed
        if self.review is not None and self.review.id != before:
            self._say(
                self.ui.reviewStatus,
                "Decision recorded: this review is concluded and the next cycle has started.",
            )
        else:
            self._say(self.ui.reviewStatus, f"Saved at {datetime.now():%H:%M:%S}")
        return True

    # --- pack ------------------------------------------------------------------------------------

    def record_meeting(self) -> QDialog | None:
        """Who was invited and came, advice, recommendation: for the review pack."""
        from .review_meeting_dialog import ReviewMeetingDialog

        if self.review is None:
            self._say(self.ui.reviewStatus, "Start a review cycle first.", True)
            return None
        dialog = ReviewMeetingDialog(self.vault, self.review.id, self.rules, self)
        dialog.accepted.connect(self._load_review)
        dialog.open()
        return dialog

    def ask_pack_options(self) -> PackOptionsDialog:
        dialog = PackOptionsDialog(self)
        dialog.accepted.connect(lambda: self.pack_requested.emit(self.child_id, dialog.options))
        dialog.open()
        return dialog

    def _status_labels(self) -> tuple[QLabel, ...]:
        return (self.ui.planStatus, self.ui.outcomeStatus, self.ui.progressStatus, self.ui.reviewStatus)

    def _clear_statuses(self) -> None:
        for label in self._status_labels():
            label.setText("")

    def _say(self, label: QLabel, text: str, error: bool = False) -> None:
        """One message at a time: the newest describes the page as it is now; an older one
        (\"Save the plan first\" once the plan is saved) would be stale."""
        self._clear_statuses()
        label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        label.setText(text)
        label.setAccessibleName(text)
        announce(label, text, assertive=error)
