"""One child: details, not-in-school arrangements, and visits."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTableWidgetItem, QWidget

from ..domain import codes
from ..domain.model import Arrangement, Child, Stored, TidyUp
from ..domain.oversight import SaoCase, absence_measure
from ..domain.record_deadlines import sao_deadlines
from ..domain.schoolage import school_age_summary
from ..domain.timeline import Rules
from ..domain.validation import ValidationFailed, validate_arrangement, validate_child, validate_sao
from ..vault import Vault, VaultError
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .forms.ui_child_page import Ui_ChildPage
from .notification_dialog import NotificationDialog
from .tables import fill_table

OK_STYLE = "color: #505a5f;"
# The SEND statuses for which an EHC plan, a request for its assessment or the child's views
# apply: every one where a need is suspected or known.
EHC_RELEVANT = frozenset({"suspected", "sen_support", "ehc_assessment", "ehc_plan"})


class ChildPage(QWidget):
    back = Signal()
    start_visit = Signal(str)
    open_visit = Signal(str)
    open_eotas = Signal(str)  # child id
    open_ehc = Signal(str)  # child id
    saved = Signal()

    def __init__(
        self, vault: Vault, autosave_seconds: float, parent: QWidget | None = None, rules: Rules | None = None
    ) -> None:
        super().__init__(parent)
        self.rules = rules or Rules()  # the authority's timescales, as Today uses them
        self.ui = Ui_ChildPage()
        self.ui.setupUi(self)
        self.ui.childName.setObjectName("pageTitle")
        self._fit_header()
        self.vault = vault
        self.child_id: str | None = None
        self.base_version = 0
        self.base_child = Child()
        self.arrangement: Stored[Arrangement] | None = None
        self.new_arrangement = Arrangement()
        self._leave_warned = False

        fill_combo(self.ui.gender, codes.GENDER)
        fill_combo(self.ui.send_status, codes.SEND_STATUS)
        fill_combo(self.ui.primary_need, codes.PRIMARY_NEED, blank="Not recorded")
        fill_combo(self.ui.social_care_status, codes.SOCIAL_CARE)
        fill_combo(self.ui.type, codes.ARRANGEMENT_TYPE)
        fill_checklist(self.ui.reasons, codes.EHE_REASON)

        self.details = FormBinder(self.ui.detailsBody, Child)
        self.episode = FormBinder(self.ui.arrangementEditor, Arrangement, skip=("child_id",))
        self.details_saver = Autosaver(self.save_details, autosave_seconds, self)
        self.episode_saver = Autosaver(self.save_episode, autosave_seconds, self)
        self.details.changed.connect(self._details_changed)
        self.episode.changed.connect(self.episode_saver.touch)

        self.ui.backButton.clicked.connect(self.leave)
        self.ui.eotasButton.clicked.connect(lambda: self.open_eotas.emit(self.child_id or ""))
        self.ui.ehcButton.clicked.connect(lambda: self.open_ehc.emit(self.child_id or ""))
        self.ui.type.currentIndexChanged.connect(lambda _: self._show_fields_that_apply())
        self.ui.newArrangementButton.clicked.connect(self.new_episode)
        self.ui.saveArrangementButton.clicked.connect(self.save_episode)
        self.ui.arrangementsTable.itemSelectionChanged.connect(self._episode_selected)
        self.ui.newVisitButton.clicked.connect(self._start_visit)
        self.ui.openVisitButton.clicked.connect(self._open_selected_visit)
        self.ui.visitsTable.itemActivated.connect(lambda item: self._open_visit_item(item))
        fill_combo(self.ui.outcome, codes.SAO_OUTCOME)
        self.sao_form = FormBinder(self.ui.saoGroup, SaoCase, skip=("child_id",))
        self.sao: Stored[SaoCase] | None = None
        self.notification_dialog: NotificationDialog | None = None
        self.ui.notifyButton.clicked.connect(self.record_notification)
        self.ui.acknowledgeButton.clicked.connect(self.acknowledge_selected)
        self.ui.saveSaoButton.clicked.connect(self.save_sao)
        self._add_statutory_tabs(autosave_seconds)
        self._add_attachments_tab(autosave_seconds)

    def _add_attachments_tab(self, autosave_seconds: float) -> None:
        from .attachments_panel import AttachmentsPanel

        self.attachments_tab = AttachmentsPanel(self.vault, autosave_seconds, self)
        self.ui.tabs.addTab(self.attachments_tab, "Attachments")  # every letter of it is taken here
        self.attachments_tab.setEnabled(False)  # a new child has nowhere to keep files yet

    def _show_attachments(self) -> None:
        assert self.child_id is not None
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.attachments_tab), True)
        self.attachments_tab.setEnabled(True)
        self.attachments_tab.set_record("child", self.child_id, self.child_id)

    def _fit_header(self) -> None:
        """The window's child header names the child: the page's own title shows only for a
        new child. The school-age line and the save status wrap below the buttons, so that
        the row never sets the page's width."""
        from PySide6.QtWidgets import QSizePolicy

        self.ui.header.removeWidget(self.ui.schoolAge)
        self.ui.outer.insertWidget(1, self.ui.schoolAge)
        self.ui.header.removeWidget(self.ui.saveStatus)
        self.ui.outer.insertWidget(2, self.ui.saveStatus)
        for label in (self.ui.schoolAge, self.ui.saveStatus):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.childName.hide()
        self.ui.detailsScroll.setAccessibleName("The child's details")
        self.ui.detailsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- loading --------------------------------------------------------------------------

    def show_new(self) -> None:
        self.child_id = None
        self.base_version = 0
        self.base_child = Child()
        self.details.load(self.base_child)
        self.ui.childName.setText("New child")
        self.ui.childName.show()
        self.ui.schoolAge.setText("")
        self.ui.tabs.setCurrentIndex(0)
        self.ui.tabs.setTabEnabled(1, False)
        self.ui.tabs.setTabEnabled(2, False)
        self._show_statutory(None)
        self.attachments_tab.clear()
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.attachments_tab), False)
        self._show_buttons_that_apply()
        self._status(
            "Fill in the details; the record saves itself once the name and date of birth are valid."
        )
        self.ui.legal_first_name.setFocus()

    def show_child(self, child_id: str) -> None:
        stored = self.vault.children.view(child_id)
        self.child_id = child_id
        self.base_version = stored.meta.version
        self.base_child = stored.record
        self.details.load(stored.record)
        self.ui.childName.setText(stored.record.display_name)
        self.ui.childName.hide()
        self._show_school_age(stored.record)
        self.ui.tabs.setTabEnabled(1, True)
        self.ui.tabs.setTabEnabled(2, True)
        self._load_arrangements()
        self._load_visits()
        self._load_sharing()
        self._load_sao()
        self._show_statutory(stored.record)
        self._show_attachments()
        self._show_buttons_that_apply()
        updated = stored.meta.updated_at.astimezone()
        self._status(f"Last changed {updated:%d/%m/%Y at %H:%M}")

    def _load_arrangements(self, select: str | None = None) -> None:
        assert self.child_id
        episodes = self.vault.arrangements.for_child(self.child_id)
        rows = [
            (
                codes.ARRANGEMENT_TYPE.label(a.record.type),
                f"{a.record.start_date:%d/%m/%Y}" if a.record.start_date else "",
                f"{a.record.end_date:%d/%m/%Y}" if a.record.end_date else "open",
                "" if a.record.hours_per_week is None else f"{a.record.hours_per_week:g}",
                a.record.provider,
            )
            for a in episodes
        ]
        table = self.ui.arrangementsTable
        table.blockSignals(True)
        fill_table(
            table, ("Type", "Start", "End", "Hours a week", "Provider"), rows, [a.id for a in episodes]
        )
        table.blockSignals(False)
        target = select or (episodes[0].id if episodes else None)
        if target:
            for r in range(table.rowCount()):
                cell = table.item(r, 0)
                if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == target:
                    table.selectRow(r)
        else:
            self.new_episode()

    def _load_visits(self) -> None:
        assert self.child_id
        visits = self.vault.visits.for_child(self.child_id)
        rows = []
        for v in visits:
            record = v.effective()
            day = record.actual_date or record.planned_date
            status = "Finalised" if v.is_final else "Draft"
            if v.amendments:
                status += f" (amended ×{len(v.amendments)})"
            rows.append(
                (
                    f"{day:%d/%m/%Y}" if day else "",
                    codes.VISIT_TYPE.label(record.visit_type),
                    status,
                    codes.JUDGEMENT.label(record.judgement),
                )
            )
        fill_table(self.ui.visitsTable, ("Date", "Type", "Status", "Judgement"), rows, [v.id for v in visits])

    # --- details ----------------------------------------------------------------------------

    def _details_changed(self) -> None:
        self._status("Editing…")
        self.details_saver.touch()

    def save_details(self) -> bool:
        child, problems = self.details.read(self.base_child)
        check_age = self.child_id is None or child.date_of_birth != self.base_child.date_of_birth
        errors = {**validate_child(child, date.today(), check_age), **problems}
        self.details.show_errors(errors)
        if errors:
            self._status("Not saved yet: correct the fields marked in red.", error=True)
            return False
        try:
            if self.child_id is None:
                stored = self.vault.children.add(child)
                self.child_id = stored.id
                self.ui.tabs.setTabEnabled(1, True)
                self.ui.tabs.setTabEnabled(2, True)
                self._load_arrangements()
                self._load_visits()
                self._show_statutory(stored.record)
                self._show_attachments()
            else:
                stored = self.vault.children.update(self.child_id, self.base_version, child)
        except ValidationFailed as exc:
            self.details.show_errors(exc.errors)
            self._status("Not saved: correct the fields marked in red.", error=True)
            return False
        except VaultError as exc:
            self._status(str(exc), error=True)
            return False
        self.base_version = stored.meta.version
        self.base_child = stored.record
        self.ui.childName.setText(stored.record.display_name)
        self.ui.childName.hide()  # the window's child header names them now
        self._show_school_age(stored.record)
        self._show_buttons_that_apply()
        self._status(f"Saved at {datetime.now():%H:%M:%S}")
        self.saved.emit()
        return True

    def _show_school_age(self, child: Child) -> None:
        dob = child.date_of_birth
        self.ui.schoolAge.setText(school_age_summary(dob, date.today()) if dob else "")

    # --- arrangements -------------------------------------------------------------------------

    def new_episode(self) -> None:
        self.episode_saver.flush()
        self.arrangement = None
        self.new_arrangement = Arrangement(start_date=date.today())
        self.episode.load(self.new_arrangement)
        self.ui.arrangementsTable.clearSelection()
        self.ui.arrangementStatus.setText("New arrangement: saved once it is complete.")
        self._show_fields_that_apply()

    def _episode_selected(self) -> None:
        self.episode_saver.flush()
        items = self.ui.arrangementsTable.selectedItems()
        if not items:
            return
        self.arrangement = self.vault.arrangements.get(items[0].data(Qt.ItemDataRole.UserRole))
        self.episode.load(self.arrangement.record)
        self.ui.arrangementStatus.setText(self._episode_line(self.arrangement))
        self._show_fields_that_apply()

    @staticmethod
    def _episode_line(stored: Stored[Arrangement]) -> str:
        """When the arrangement last changed and, where sessions are recorded, its absence."""
        record = stored.record
        measure = absence_measure(record.sessions_possible, record.sessions_missed)
        changed = f"Last changed {stored.meta.updated_at.astimezone():%d/%m/%Y at %H:%M}"
        return changed + (f" · Absence: {measure}" if measure else "")

    def save_episode(self) -> bool:
        self.episode_saver.cancel()
        if self.child_id is None:
            return False
        base = self.arrangement.record if self.arrangement else self.new_arrangement
        edited, problems = self.episode.read(base)
        edited.child_id = self.child_id
        errors = {**validate_arrangement(edited), **problems}
        self.episode.show_errors(errors)
        if errors:
            self.ui.arrangementStatus.setText("Not saved yet: correct the fields marked in red.")
            self.ui.arrangementStatus.setStyleSheet(ERROR_STYLE)
            return False
        try:
            if self.arrangement is None:
                stored = self.vault.arrangements.add(edited)
            else:
                stored = self.vault.arrangements.update(
                    self.arrangement.id, self.arrangement.meta.version, edited
                )
        except (ValidationFailed, VaultError) as exc:
            self.ui.arrangementStatus.setText(str(exc))
            return False
        self.arrangement = stored
        self._load_arrangements(select=stored.id)
        self._show_buttons_that_apply()
        self.ui.arrangementStatus.setStyleSheet(OK_STYLE)
        self.ui.arrangementStatus.setText(
            f"Saved at {datetime.now():%H:%M:%S} – " + self._episode_line(stored)
        )
        self.saved.emit()
        return True

    # --- visits -------------------------------------------------------------------------------

    def _start_visit(self) -> None:
        if self.child_id and self.flush():
            self.start_visit.emit(self.child_id)

    def request_visit(self) -> None:
        """New visit (Ctrl+Shift+N) from anywhere on the child's page."""
        self._start_visit()

    # --- what applies to this child -------------------------------------------------------------

    def _show_fields_that_apply(self) -> None:
        """Reasons for home education only on a home-education arrangement."""
        ehe = self.ui.type.currentData() == "ehe"
        self.ui.reasons.setVisible(ehe)
        self.ui.reasons_label.setVisible(ehe)

    def _show_buttons_that_apply(self) -> None:
        """EOTAS for a child with an EOTAS arrangement or package; EHC plan and views once a
        special educational need is suspected or known."""
        child = self.base_child
        child_id = self.child_id or ""
        eotas = bool(child_id) and (
            any(a.record.type == "eotas" for a in self.vault.arrangements.for_child(child_id))
            or self.vault.eotas.package_for(child_id) is not None
        )
        self.ui.eotasButton.setVisible(eotas)
        self.ui.ehcButton.setVisible(bool(self.child_id) and child.send_status in EHC_RELEVANT)

    def _open_selected_visit(self) -> None:
        items = self.ui.visitsTable.selectedItems()
        if items:
            self._open_visit_item(items[0])

    def _open_visit_item(self, item: QTableWidgetItem) -> None:
        self.open_visit.emit(item.data(Qt.ItemDataRole.UserRole))

    def refresh_visits(self) -> None:
        if self.child_id:
            self._load_visits()

    # --- information sharing and attendance orders ---------------------------------------------

    def show_place(self, place: str, arrangement_id: str = "") -> None:
        """Open the tab a dashboard item points at."""
        tabs = {
            "details": self.ui.detailsTab,
            "arrangements": self.ui.arrangementsTab,
            "visits": self.ui.visitsTab,
            "sharing": self.ui.sharingTab,
            "sao": self.ui.saoTab,
            "register": self.register_tab,
            "consent": self.consent_tab,
            "tidy": self.tidy_tab,
        }
        self.ui.tabs.setCurrentWidget(tabs.get(place, self.ui.detailsTab))
        if place == "arrangements" and arrangement_id:
            self._load_arrangements(select=arrangement_id)

    def _current_arrangement_id(self) -> str:
        current = self.vault.arrangements.current(self.child_id) if self.child_id else None
        return current.id if current else ""

    def _load_sharing(self) -> None:
        assert self.child_id
        arrangement_id = self._current_arrangement_id()
        found = [
            n
            for n in self.vault.oversight.notifications_for(self.child_id)
            if n.record.arrangement_id == arrangement_id
        ]
        rows = [
            (
                codes.PARTNER.label(n.record.partner),
                f"{n.record.shared_on:%d/%m/%Y}" if n.record.shared_on else "",
                codes.SHARE_METHOD.label(n.record.method),
                n.record.shared_by,
                "Yes" if n.record.acknowledged else "Not yet",
            )
            for n in found
        ]
        fill_table(
            self.ui.sharingTable,
            ("Partner", "Told on", "How", "By", "Acknowledged"),
            rows,
            [n.id for n in found],
        )
        told = {n.record.partner for n in found}
        self.ui.notifyButton.setEnabled(bool(arrangement_id))
        if not arrangement_id:
            self.ui.sharingStatus.setText("No open arrangement.")
        elif not told & codes.HEALTH_PARTNERS:
            self.ui.sharingStatus.setText("Health has not been told of this arrangement.")
            self.ui.sharingStatus.setStyleSheet(ERROR_STYLE)
        else:
            self.ui.sharingStatus.setText("")

    def record_notification(self) -> NotificationDialog | None:
        arrangement_id = self._current_arrangement_id()
        if not (self.child_id and arrangement_id):
            return None
        told = {n.record.partner for n in self.vault.oversight.notifications_for(self.child_id)}
        partner = "school_nursing" if not told & codes.HEALTH_PARTNERS else "original_school"
        dialog = NotificationDialog(self.vault, self.child_id, arrangement_id, partner, self)
        dialog.accepted.connect(self._load_sharing)
        self.notification_dialog = dialog
        dialog.open()
        return dialog

    def acknowledge_selected(self) -> None:
        items = self.ui.sharingTable.selectedItems()
        if not items:
            return
        stored = self.vault.oversight.notifications.get(items[0].data(Qt.ItemDataRole.UserRole))
        edited = dataclasses.replace(
            stored.record, acknowledged=True, acknowledged_on=stored.record.acknowledged_on or date.today()
        )
        self.vault.oversight.notifications.update(stored.id, stored.meta.version, edited)
        self._load_sharing()

    def _load_sao(self) -> None:
        assert self.child_id
        self.sao = self.vault.oversight.sao_for(self.child_id)
        case = self.sao.record if self.sao else SaoCase(child_id=self.child_id)
        self.sao_form.load(case)
        steps = sao_deadlines(case, self.rules, date.today())
        self.ui.saoDue.setText(
            "\n".join(
                f"{d.name}: {d.due:%d/%m/%Y}"
                + (f" – done {d.done:%d/%m/%Y}" if d.done else "")
                + f" ({d.rule})"
                for d in steps
            )
        )

    def save_sao(self) -> bool:
        if not self.child_id:
            return False
        base = self.sao.record if self.sao else SaoCase(child_id=self.child_id)
        edited, problems = self.sao_form.read(base)
        edited.child_id = self.child_id
        errors = {**validate_sao(edited), **problems}
        self.sao_form.show_errors(errors)
        if errors:
            self.ui.saoStatus.setText("Not saved: correct the fields marked in red.")
            self.ui.saoStatus.setStyleSheet(ERROR_STYLE)
            return False
        if self.sao is None:
            self.sao = self.vault.oversight.sao.add(edited)
        else:
            self.sao = self.vault.oversight.sao.update(self.sao.id, self.sao.meta.version, edited)
        self._load_sao()
        self.ui.saoStatus.setStyleSheet(OK_STYLE)
        self.ui.saoStatus.setText(f"Saved at {datetime.now():%H:%M:%S}")
        return True

    # --- leaving ------------------------------------------------------------------------------

    def flush(self) -> bool:
        """Save what is pending now (before leaving or locking). False if something could not be."""
        ok = True
        if self.details_saver.pending:
            self.details_saver.cancel()
            ok = self.save_details()
        if self.episode_saver.pending:
            ok = self.save_episode() and ok
        ok = self.register_tab.flush() and ok
        self.attachments_tab.flush()
        return self.consent_tab.flush() and ok

    def can_leave(self) -> bool:
        """Esc leaves only once everything typed is saved; otherwise it says why it stays."""
        if self.flush():
            return True
        self._status(
            "Some changes are not saved (marked in red): correct them, or use Back to leave without them.",
            error=True,
        )
        return False

    def leave(self) -> None:
        """Back to the caseload. Invalid edits are never dropped silently: the first Back
        says what is unsaved, a second Back leaves without it."""
        if self.flush() or self._leave_warned:
            self._leave_warned = False
            self.back.emit()
            return
        self._leave_warned = True
        self._status(
            "Some changes are not saved (marked in red). Correct them, or press "
            "Back again to leave without them.",
            error=True,
        )

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.saveStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.saveStatus.setText(text)

    # --- the register, consent to home educate, imported values to check ----------------------

    def _add_statutory_tabs(self, autosave_seconds: float) -> None:
        from .consent_tab import ConsentTab
        from .register_tab import RegisterTab
        from .tidy_up_tab import TidyUpTab

        self.register_tab = RegisterTab(self.vault, autosave_seconds, self.rules, self)
        self.consent_tab = ConsentTab(self.vault, autosave_seconds, self.rules, self)
        self.tidy_tab = TidyUpTab(self)
        # Letters the menus, the header and the other tabs leave free.
        self.ui.tabs.addTab(self.register_tab, "Re&gister")
        self.ui.tabs.addTab(self.consent_tab, "Consent to &withdraw")
        self.ui.tabs.addTab(self.tidy_tab, "To chec&k")
        for tab in (self.register_tab, self.consent_tab):
            tab.saved.connect(self.saved)
        self.tidy_tab.checked.connect(self.mark_checked)
        # Every tab but the details (which scroll already) scrolls on a short screen.
        from .fit import scroll_contents

        tabs: list[QWidget] = [
            self.ui.arrangementsTab,
            self.ui.visitsTab,
            self.ui.sharingTab,
            self.ui.saoTab,
            self.register_tab,
            self.consent_tab,
            self.tidy_tab,
        ]
        for page in tabs:
            scroll_contents(page)
        # Said in the header too, so that values to check are seen from any tab.
        self.tidy_banner = QPushButton(self)
        self.tidy_banner.setObjectName("tidyBanner")
        self.tidy_banner.setFlat(True)
        self.tidy_banner.clicked.connect(lambda: self.show_place("tidy"))
        self.ui.header.insertWidget(2, self.tidy_banner)

    def _show_statutory(self, child: Child | None) -> None:
        tabs = self.ui.tabs
        for tab in (self.register_tab, self.consent_tab):
            tabs.setTabEnabled(tabs.indexOf(tab), child is not None)
        if child is not None and self.child_id:
            self.register_tab.show_child(self.child_id)
            self.consent_tab.show_child(self.child_id, child.social_care_status)
        self._show_tidy(child.tidy_up if child else [])

    def _show_tidy(self, flags: list[TidyUp]) -> None:
        self.tidy_tab.show_flags(flags)
        index = self.ui.tabs.indexOf(self.tidy_tab)
        self.ui.tabs.setTabVisible(index, bool(flags))
        self.ui.tabs.setTabText(index, f"To chec&k ({len(flags)})")
        count = len(flags)
        self.tidy_banner.setText(f"{count} imported value{'s' if count != 1 else ''} to check…")
        self.tidy_banner.setVisible(bool(flags))

    def mark_checked(self, index: int) -> bool:
        """A person has checked one imported value: it leaves the list (its history stays in
        the child's versions)."""
        if not self.child_id or not self.flush():
            self.tidy_tab.ui.tidyStatus.setText("Save the child's details first.")
            return False
        flags = list(self.base_child.tidy_up)
        if not 0 <= index < len(flags):
            return False
        del flags[index]
        edited = dataclasses.replace(self.base_child, tidy_up=flags)
        try:
            stored = self.vault.children.update(self.child_id, self.base_version, edited)
        except (ValidationFailed, VaultError) as exc:
            self.tidy_tab.ui.tidyStatus.setText(str(exc))
            return False
        self.base_version, self.base_child = stored.meta.version, stored.record
        self._show_tidy(stored.record.tidy_up)
        if not flags:
            self.ui.tabs.setCurrentWidget(self.ui.detailsTab)
        self.saved.emit()
        return True
