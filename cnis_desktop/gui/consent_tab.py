"""The child's requests for consent to home educate (s434A): each request, its decision,
the reasons and dates, with the decision's deadline. Saved a moment after typing, once the
request is complete; a field that is wrong says so beside it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ..domain import codes
from ..domain.consent import ConsentRequest, needs_consent, validate_consent
from ..domain.ehc import Deadline
from ..domain.model import Stored
from ..domain.timeline import Rules
from ..domain.validation import ValidationFailed
from ..vault import Vault, VaultError
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .forms.ui_consent_tab import Ui_ConsentTab
from .style import OK_STYLE
from .tables import fill_table, select_by_id


def due_text(request: ConsentRequest, rules: Rules, today: date, short: bool = False) -> str:
    if request.decision:
        decided = f"{request.decided_on:%d/%m/%Y}" if request.decided_on else "no date"
        return f"{codes.CONSENT_DECISION.label(request.decision)} on {decided}."
    due = request.decision_due(dict(rules.overrides))
    if due is None:
        return "The decision's deadline follows from the date the request was received."
    when = Deadline("decision", due).describe(today)
    if short:
        return f"Decision due {due:%d/%m/%Y} – {when}"
    period = rules.period("consent_decision").describe()
    return (
        f"Decision due by {due:%d/%m/%Y} – {when} ({period} from the request: the "
        "authority's practice until regulations set the period)."
    )


class ConsentTab(QWidget):
    saved = Signal()

    def __init__(
        self, vault: Vault, autosave_seconds: float, rules: Rules, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentTab()
        self.ui.setupUi(self)
        self.vault = vault
        self.rules = rules
        self.child_id = ""
        self.social_care = "none"
        self.current: Stored[ConsentRequest] | None = None
        self.draft = ConsentRequest()
        self.dirty = False  # typed and not saved yet (kept until it can be)
        fill_checklist(self.ui.grounds, codes.CONSENT_GROUNDS)
        fill_combo(self.ui.decision, codes.CONSENT_DECISION)
        self.form = FormBinder(self.ui.consentGroup, ConsentRequest, skip=("child_id",))
        self.saver = Autosaver(self.save, autosave_seconds, self)
        self.form.changed.connect(self._edited)
        self.ui.consentTable.itemSelectionChanged.connect(self._selected)
        self.ui.newConsentButton.clicked.connect(self.new_request)
        self.ui.saveConsentButton.clicked.connect(self.save)

    def show_child(self, child_id: str, social_care_status: str) -> None:
        self.saver.cancel()
        self.child_id, self.social_care = child_id, social_care_status
        self.current = None
        self.dirty = False
        self._load()

    def _load(self, select: str | None = None) -> None:
        requests = self.vault.register.consent_for(self.child_id)
        rows = [
            (
                f"{r.record.requested_on:%d/%m/%Y}" if r.record.requested_on else "",
                ", ".join(codes.CONSENT_GROUNDS.label(g) for g in r.record.grounds),
                codes.CONSENT_DECISION.label(r.record.decision) or "Not yet decided",
                due_text(r.record, self.rules, date.today(), short=True),
            )
            for r in requests
        ]
        table = self.ui.consentTable
        table.blockSignals(True)
        fill_table(
            table,
            ("Received", "Why consent is needed", "Decision", "Deadline"),
            rows,
            [r.id for r in requests],
        )
        target = select or (requests[0].id if requests else None)
        if target is not None:
            select_by_id(table, target)
        table.blockSignals(False)
        if target is None:
            self.new_request()
        elif self.current is None or self.current.id != target:
            self._show(target)
        else:  # just saved: the form already shows it (reloading would move the cursor)
            self.ui.consentDue.setText(due_text(self.current.record, self.rules, date.today()))

    def _selected(self) -> None:
        items = self.ui.consentTable.selectedItems()
        if not items:
            return
        target = items[0].data(Qt.ItemDataRole.UserRole)
        if self.dirty and not self.save():
            # What was typed is not valid yet: stay on it rather than drop it.
            table = self.ui.consentTable
            table.blockSignals(True)
            if self.current is not None:
                select_by_id(table, self.current.id)
            else:
                table.clearSelection()
            table.blockSignals(False)
            return
        self._show(target)

    def _show(self, request_id: str) -> None:
        table = self.ui.consentTable
        table.blockSignals(True)
        select_by_id(table, request_id)
        table.blockSignals(False)
        self.current = self.vault.register.consent.get(request_id)
        self.form.load(self.current.record)
        self.ui.consentDue.setText(due_text(self.current.record, self.rules, date.today()))
        self._status(f"Version {self.current.meta.version}")

    def new_request(self) -> None:
        if self.dirty and not self.save():
            return  # the request being typed is not valid yet: it stays on screen
        self.current = None
        self.draft = ConsentRequest(child_id=self.child_id, grounds=needs_consent(self.social_care))
        self.form.load(self.draft)
        self.ui.consentTable.clearSelection()
        self.ui.consentDue.setText("")
        self._status("New request: saved once the grounds and the date it was received are in.")

    def _edited(self) -> None:
        self.dirty = True
        self._status("Editing…")
        self.saver.touch()

    def save(self) -> bool:
        self.saver.cancel()
        if not self.child_id:
            return False
        base = self.current.record if self.current else self.draft
        edited, problems = self.form.read(base)
        edited.child_id = self.child_id
        errors = {**validate_consent(edited, date.today()), **problems}
        self.form.show_errors(errors)
        if errors:
            self._status("Not saved yet: correct the fields marked in red.", error=True)
            return False
        try:
            if self.current is None:
                stored = self.vault.register.consent.add(edited)
            else:
                stored = self.vault.register.consent.update(
                    self.current.id, self.current.meta.version, edited
                )
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self._status("Not saved: correct the fields marked in red.", error=True)
            return False
        except VaultError as exc:
            self._status(str(exc), error=True)
            return False
        self.current = stored
        self.dirty = False
        self._load(select=stored.id)
        self._status(f"Saved at {datetime.now():%H:%M:%S}")
        self.saved.emit()
        return True

    def flush(self) -> bool:
        """Save what is typed now (leaving, locking); False if it cannot be saved yet."""
        if self.dirty:
            return self.save()
        return True

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.consentStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.consentStatus.setText(text)
