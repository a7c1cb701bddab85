"""A home visit: a draft autosaved as it is typed, finalised once, amended with a reason."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..domain import codes
from ..domain.model import Action, StoredVisit, Visit
from ..domain.timescales import Timescale
from ..domain.validation import ValidationFailed, validate_visit_draft, validate_visit_final
from ..domain.visit_content import (
    FIELD_LABELS,
    RESTRICTABLE_FIELDS,
    judges_suitability,
    sections_for,
)
from ..vault import Vault, VaultError
from . import actions_table, prompts
from .announce import announce
from .attachments_panel import AttachmentsDialog, add_attachments_button, open_attachments_for
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .error_summary import ErrorSummary
from .forms.ui_visit_page import Ui_VisitPage
from .style import FINALISED_STYLE, OK_STYLE


class VisitPage(QWidget):
    back = Signal(str)  # child id
    preview = Signal(str)  # visit id
    changed_record = Signal()
    draft_saved = Signal(str)  # visit id; tests and the status line listen

    def __init__(
        self,
        vault: Vault,
        autosave_seconds: float,
        safeguarding_procedure: str,
        parent: QWidget | None = None,
        contact_interval: Timescale | None = None,
    ) -> None:
        super().__init__(parent)
        self.contact_interval = contact_interval  # the authority's, between EHE contacts
        self.ui = Ui_VisitPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.procedure_text = safeguarding_procedure
        self.stored: StoredVisit | None = None
        self.amending = False
        self.procedure_box: QMessageBox | None = None
        self.last_saved: Visit | None = None
        self._shown_at: datetime | None = None

        for combo, code_list in (
            (self.ui.visit_type, codes.VISIT_TYPE),
            (self.ui.basis, codes.VISIT_BASIS),
            (self.ui.format_offered, codes.VISIT_FORMAT),
            (self.ui.format_used, codes.VISIT_FORMAT),
        ):
            fill_combo(combo, code_list)
        fill_combo(self.ui.judgement, codes.JUDGEMENT, blank="Not yet decided")
        fill_checklist(
            self.ui.restricted_fields,
            codes.CodeList("restrictable", tuple((name, FIELD_LABELS[name]) for name in RESTRICTABLE_FIELDS)),
        )
        table = self.ui.actions
        actions_table.set_up(table)
        # Every refusal lists its problems here, above the form, each beside its field too.
        self.error_summary = ErrorSummary(self)
        self.ui.outer.insertWidget(2, self.error_summary)
        self.amendmentsButton = QPushButton("What was amended…", self)
        self.amendmentsButton.setObjectName("amendmentsButton")
        self.amendmentsButton.setAccessibleDescription(
            "Each amendment: the value before and after, the reason, who and when"
        )
        self.ui.footer.insertWidget(2, self.amendmentsButton)
        self.amendmentsButton.clicked.connect(self.show_amendments)
        self.ui.banner.setStyleSheet(FINALISED_STYLE)
        # Each group as tall as its fields: the shorter column's groups no longer spread
        # their rows apart to match the taller column.
        for group in self.ui.scrollBody.findChildren(QGroupBox):
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.binder = FormBinder(
            self.ui.scrollBody, Visit, skip=("child_id", "actions", "safeguarding_procedure_shown_at")
        )
        self.saver = Autosaver(self.save_draft, autosave_seconds, self)
        self.error_summary.field_chosen.connect(self._focus_problem)
        self.binder.changed.connect(self._edited)
        self.ui.visit_type.currentIndexChanged.connect(self._show_type_fields)
        self.ui.basis.currentIndexChanged.connect(self._show_type_fields)
        table.itemChanged.connect(lambda _: self._edited())
        self.ui.safeguarding_concern.toggled.connect(self._safeguarding_toggled)
        self.ui.addActionButton.clicked.connect(self.add_action_row)
        self.ui.removeActionButton.clicked.connect(self._remove_action_row)
        self.ui.backButton.clicked.connect(self.leave)
        self.ui.finaliseButton.clicked.connect(self._finalise_clicked)
        self.ui.amendButton.clicked.connect(self.start_amending)
        self.ui.previewButton.clicked.connect(self._preview_clicked)
        self.ui.discardButton.clicked.connect(self._discard_clicked)
        self.attachmentsButton = add_attachments_button(self, self.ui.footer, 2)
        self.attachmentsButton.clicked.connect(self.open_attachments)
        self.attachments_dialog: AttachmentsDialog | None = None
        self.autosave_seconds = autosave_seconds

    def open_attachments(self) -> AttachmentsDialog | None:
        if self.stored is None:
            return None
        self.flush()
        stored = self.vault.visits.get(self.stored.id)  # as just saved, amendments applied
        self.attachments_dialog = open_attachments_for(
            self, self.vault, "visit", stored, self.autosave_seconds, stored.effective().actual_date
        )
        return self.attachments_dialog

    # --- loading ----------------------------------------------------------------------------

    def show_visit(self, visit_id: str) -> None:
        self.saver.cancel()
        self.stored = self.vault.visits.get(visit_id)
        self.amending = False
        self._status("")  # a message about another visit, or an earlier state, is stale
        self.error_summary.show_problems({}, [])
        visit = self.stored.effective()
        self._load(visit)
        child = self.vault.children.get(visit.child_id).record
        self.ui.title.setText(f"Visit – {child.display_name}")
        self._apply_mode()

    def _load(self, visit: Visit) -> None:
        self.binder.load(visit)
        self._shown_at = visit.safeguarding_procedure_shown_at
        table = self.ui.actions
        table.blockSignals(True)
        table.setRowCount(0)
        for action in visit.actions:
            actions_table.append(table, action, visit.safeguarding_concern)
        table.blockSignals(False)
        self._show_procedure_state()
        self._show_type_fields()
        self.last_saved = visit

    def _show_type_fields(self, *_: object) -> None:
        """Only what this type of visit records: the suitability judgement on home-education
        visits, the provision on an EOTAS QA visit, the family on a social-worker visit, and
        who raised the concern only on a visit made because of one (a name typed before the
        basis changed is kept, hidden, not lost)."""
        concern = self.ui.basis.currentData() == "concern"
        self.ui.visitForm.setRowVisible(self.ui.concern_raised_by, concern)
        visit_type = str(self.ui.visit_type.currentData() or "")
        extra = sections_for(visit_type)
        shown = {
            "provision_observed": "provision" in extra,
            "provider_findings": "provision" in extra,
            "family_circumstances": "family" in extra,
            "plan_progress": "family" in extra,
            "enquiries_made": "enquiries" in extra,
        }
        for name, visible in shown.items():
            self.ui.typeForm.setRowVisible(getattr(self.ui, name), visible)
        self.ui.typeGroup.setVisible(any(shown.values()))
        judged = judges_suitability(visit_type)
        for name in ("judgement", "judgement_reasons"):
            self.ui.outcomeForm.setRowVisible(getattr(self.ui, name), judged)
        self.ui.outcomeGroup.setTitle("Judgement and next steps" if judged else "Next steps")

    def _apply_mode(self) -> None:
        assert self.stored is not None
        final = self.stored.is_final
        editable = not final or self.amending
        self.binder.set_read_only(not editable)
        actions_table.set_read_only(self.ui.actions, not editable)
        # Hidden rather than greyed out: a disabled button says nothing a reader can use.
        self.ui.addActionButton.setVisible(editable)
        self.ui.removeActionButton.setVisible(editable)
        self.ui.discardButton.setVisible(not final)
        self.ui.amendButton.setVisible(final and not self.amending)
        self.ui.finaliseButton.setVisible(not final or self.amending)
        self.ui.finaliseButton.setText("Save a&mendment…" if self.amending else "F&inalise")
        self.amendmentsButton.setVisible(bool(self.stored.amendments))
        count = len(self.stored.amendments)
        self.amendmentsButton.setText(f"What was amended ({count})…")
        if final and not self.amending:
            self.ui.banner.setText(finalised_note(self.stored) + " To correct it, use Amend.")
            self._status("")
        elif self.amending:
            self.ui.banner.setText(
                "Amending a finalised visit: change what needs correcting, then "
                "Save amendment and give the reason."
            )
        else:
            self.ui.banner.setText("Draft: saved automatically as you type.")
        self.ui.banner.setAccessibleName(self.ui.banner.text())

    # --- actions table ------------------------------------------------------------------------

    def add_action_row(self) -> None:
        # Raised while a safeguarding concern is recorded: restricted unless the worker unticks.
        row = actions_table.append(self.ui.actions, Action(), self.ui.safeguarding_concern.isChecked())
        self.ui.actions.setCurrentCell(row, 0)
        first = self.ui.actions.item(row, 0)
        if first is not None:
            self.ui.actions.editItem(first)

    def _remove_action_row(self) -> None:
        row = self.ui.actions.currentRow()
        if row >= 0:
            self.ui.actions.removeRow(row)
            self._edited()

    # --- reading and saving --------------------------------------------------------------------

    def current_visit(self) -> tuple[Visit, dict[str, str]]:
        assert self.stored is not None
        visit, problems = self.binder.read(self.stored.effective())
        visit.actions, action_problems = actions_table.read(self.ui.actions)
        visit.safeguarding_procedure_shown_at = self._shown_at
        return visit, {**problems, **action_problems}

    def _edited(self) -> None:
        if self.stored is None or (self.stored.is_final and not self.amending):
            return
        if not self.stored.is_final:
            self._status("Editing…")
            self.saver.touch()

    def save_draft(self) -> None:
        if self.stored is None or self.stored.is_final:
            return
        visit, problems = self.current_visit()
        errors = {**validate_visit_draft(visit), **problems}
        self._show_errors(errors)
        try:
            self.vault.visits.save_draft(self.stored.id, visit)
        except VaultError as exc:
            self._status(str(exc), error=True)
            return
        self.last_saved = visit
        note = f"Draft saved at {datetime.now():%H:%M:%S}"
        if errors:
            note += " – some fields need attention"
        self._status(note, error=bool(errors))
        self.draft_saved.emit(self.stored.id)

    def flush(self) -> None:
        self.saver.flush()

    # --- safeguarding -------------------------------------------------------------------------

    def _safeguarding_toggled(self, checked: bool) -> None:
        if not checked or self.stored is None:
            return
        if self.stored.is_final and not self.amending:
            return
        self.show_procedure()

    def show_procedure(self) -> None:
        """Show the authority's procedure now (not blocking the form) and record that it was."""
        assert self.stored is not None
        self.procedure_box = prompts.tell(
            self, "safeguardingProcedure", "Safeguarding procedure", self.procedure_text
        )
        self._shown_at = datetime.now(UTC).replace(microsecond=0)
        self.vault.audit("safeguarding_procedure_shown", "visit", self.stored.id)
        self._show_procedure_state()
        self._edited()

    def _show_procedure_state(self) -> None:
        if self._shown_at:
            local = self._shown_at.astimezone()
            self.ui.safeguardingShown.setText(f"Safeguarding procedure shown {local:%d/%m/%Y %H:%M}.")
        else:
            self.ui.safeguardingShown.setText("")

    # --- finalising and amending ------------------------------------------------------------------

    def _finalise_clicked(self) -> None:
        if self.amending:
            self._ask_amendment_reason()
            return
        self.flush()
        visit, problems = self.current_visit()
        errors = {**validate_visit_final(visit, date.today(), self.contact_interval), **problems}
        if errors:
            self._refuse(errors)
            return
        self._show_errors({})
        prompts.ask(
            self,
            "confirmFinalise",
            "Finalise visit",
            "Once finalised the visit cannot be edited, only amended with a reason. Finalise it now?",
            self.finalise,
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field, the actions' in their rows."""
        self.binder.show_errors(errors)
        actions_table.show_problems(self.ui.actions, errors)

    def _refuse(self, errors: dict[str, str]) -> None:
        """A refusal a person can act on: every problem named beside its field and listed
        above the form, the first field scrolled to and focused, and all of it said to
        assistive technology."""
        self._show_errors(errors)
        ordered = self._in_form_order(errors)
        self.error_summary.show_problems(errors, ordered)
        count = len(errors)
        summary = (
            f"Cannot finalise yet: {count} problem{'s' if count != 1 else ''} to "
            "correct, listed above the form."
        )
        self._status(summary, error=True)
        if ordered:
            self._focus_problem(ordered[0])
        announce(self.error_summary, summary + " " + " ".join(errors[key] for key in ordered))

    def _in_form_order(self, errors: dict[str, str]) -> list[str]:
        """The keys of `errors` in the order a reader meets their fields: down the left
        column, then down the right; anything without a field last."""
        body = self.ui.scrollBody
        middle = body.width() // 2

        def place(key: str) -> tuple[int, int, int]:
            widget = self.ui.actions if key.startswith("actions") else self.binder.widgets.get(key)
            if widget is None:
                return (2, 0, 0)
            at = widget.mapTo(body, QPoint(0, 0))
            row = int(key[8:]) if key[8:].isdigit() else 0
            return (0 if at.x() < middle else 1, at.y(), row)

        return sorted(errors, key=place)

    def _focus_problem(self, key: str) -> None:
        target: QWidget | None = self.binder.widgets.get(key)
        if key.startswith("actions"):
            target = self.ui.actions
            row = actions_table.show_problems(self.ui.actions, self._current_errors())
            if row is not None:
                self.ui.actions.setCurrentCell(row, 0)
        if target is not None:
            self.ui.scroll.ensureWidgetVisible(target)
            target.setFocus()

    def _current_errors(self) -> dict[str, str]:
        return self.error_summary.errors

    def show_amendments(self) -> QWidget | None:
        """Each amendment, oldest first: every changed field, before and after, the reason,
        who made it and when."""
        from .amendments_dialog import AmendmentsDialog

        if self.stored is None or not self.stored.amendments:
            return None
        dialog = AmendmentsDialog(self.stored, self)
        dialog.open()
        return dialog

    def finalise(self) -> bool:
        assert self.stored is not None
        self.save_draft()
        try:
            self.stored = self.vault.visits.finalise(self.stored.id, contact_interval=self.contact_interval)
        except ValidationFailed as exc:
            self._refuse(exc.errors)
            return False
        except VaultError as exc:
            self._status(str(exc), error=True)
            return False
        self.error_summary.show_problems({}, [])
        self._apply_mode()
        self._status(f"Finalised at {datetime.now():%H:%M:%S}")
        self.changed_record.emit()
        return True

    def start_amending(self) -> None:
        self.amending = True
        self._apply_mode()

    def _ask_amendment_reason(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("amendmentReason")
        dialog.setWindowTitle("Reason for the amendment")
        dialog.setLabelText("Why is the finalised record being corrected?")
        dialog.textValueSelected.connect(self.save_amendment)
        dialog.open()

    def save_amendment(self, reason: str) -> bool:
        assert self.stored is not None
        visit, problems = self.current_visit()
        if problems:
            self._refuse(problems)
            return False
        try:
            self.vault.visits.amend(self.stored.id, reason, visit)
        except ValidationFailed as exc:
            self._refuse(exc.errors)
            return False
        self.show_visit(self.stored.id)
        self._status(f"Amendment saved at {datetime.now():%H:%M:%S}")
        self.changed_record.emit()
        return True

    # --- other actions ----------------------------------------------------------------------------

    def _preview_clicked(self) -> None:
        if self.stored is not None:
            self.flush()
            self.preview.emit(self.stored.id)

    def _discard_clicked(self) -> None:
        prompts.ask_to_discard(
            self, "confirmDiscard", "Delete this draft visit? This cannot be undone.", self.discard
        )

    def discard(self) -> None:
        if self.stored is None or self.stored.is_final:
            return
        self.saver.cancel()
        child_id = self.stored.record.child_id
        self.vault.visits.discard_draft(self.stored.id)
        self.stored = None
        self.changed_record.emit()
        self.back.emit(child_id)

    def leave(self) -> None:
        if self.stored is None:
            return
        self.flush()
        self.back.emit(self.stored.record.child_id)

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.saveStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.saveStatus.setText(text)
        self.ui.saveStatus.setAccessibleName(text or "Save status")


def finalised_note(stored: StoredVisit) -> str:
    """Who finalised the visit and when, in local time as everywhere else in the app."""
    when = stored.finalised_at
    note = "Finalised (read-only)"
    note += f" on {local_time(when)} by {stored.finalised_by}." if when else "."
    count = len(stored.amendments)
    if count:
        note += f" Amended {'once' if count == 1 else f'{count} times'}: see What was amended."
    return note


def local_time(moment: datetime) -> str:
    """A stored moment (UTC, or naive meaning UTC) as this laptop's local date and time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%d/%m/%Y %H:%M}"


__all__ = ["VisitPage"]
