"""One child: details, not-in-school arrangements, and visits."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..domain import codes
from ..domain.model import Arrangement, Child, Stored
from ..domain.oversight import SaoCase
from ..domain.record_deadlines import sao_deadlines
from ..domain.timeline import Rules
from ..domain.validation import ValidationFailed, validate_arrangement, validate_child, validate_sao
from ..vault import Vault, VaultError
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .forms.ui_child_page import Ui_ChildPage
from .notification_dialog import NotificationDialog

OK_STYLE = "color: #505a5f;"


def _fill_table(table: QTableWidget, headers: tuple[str, ...], rows: Sequence[Sequence[str]],
                ids: list[str]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, (values, record_id) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class ChildPage(QWidget):
    back = Signal()
    start_visit = Signal(str)
    open_visit = Signal(str)
    saved = Signal()

    def __init__(self, vault: Vault, autosave_seconds: float, parent: QWidget | None = None,
                 rules: Rules | None = None) -> None:
        super().__init__(parent)
        self.rules = rules or Rules()  # the authority's timescales, as Today uses them
        self.ui = Ui_ChildPage()
        self.ui.setupUi(self)
        self.ui.childName.setObjectName("pageTitle")
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

    # --- loading --------------------------------------------------------------------------

    def show_new(self) -> None:
        self.child_id = None
        self.base_version = 0
        self.base_child = Child()
        self.details.load(self.base_child)
        self.ui.childName.setText("New child")
        self.ui.tabs.setCurrentIndex(0)
        self.ui.tabs.setTabEnabled(1, False)
        self.ui.tabs.setTabEnabled(2, False)
        self._status("Fill in the details; the record saves itself once the name and date of "
                     "birth are valid.")
        self.ui.legal_first_name.setFocus()

    def show_child(self, child_id: str) -> None:
        stored = self.vault.children.view(child_id)
        self.child_id = child_id
        self.base_version = stored.meta.version
        self.base_child = stored.record
        self.details.load(stored.record)
        self.ui.childName.setText(stored.record.display_name)
        self.ui.tabs.setTabEnabled(1, True)
        self.ui.tabs.setTabEnabled(2, True)
        self._load_arrangements()
        self._load_visits()
        self._load_sharing()
        self._load_sao()
        updated = stored.meta.updated_at.astimezone()
        self._status(f"Version {stored.meta.version}, updated {updated:%d/%m/%Y %H:%M}")

    def _load_arrangements(self, select: str | None = None) -> None:
        assert self.child_id
        episodes = self.vault.arrangements.for_child(self.child_id)
        rows = [(
            codes.ARRANGEMENT_TYPE.label(a.record.type),
            f"{a.record.start_date:%d/%m/%Y}" if a.record.start_date else "",
            f"{a.record.end_date:%d/%m/%Y}" if a.record.end_date else "open",
            "" if a.record.hours_per_week is None else f"{a.record.hours_per_week:g}",
            a.record.provider,
        ) for a in episodes]
        table = self.ui.arrangementsTable
        table.blockSignals(True)
        _fill_table(table, ("Type", "Start", "End", "Hours a week", "Provider"), rows,
                    [a.id for a in episodes])
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
            rows.append((
                f"{day:%d/%m/%Y}" if day else "",
                codes.VISIT_TYPE.label(record.visit_type),
                status,
                codes.JUDGEMENT.label(record.judgement),
            ))
        _fill_table(self.ui.visitsTable, ("Date", "Type", "Status", "Judgement"), rows,
                    [v.id for v in visits])

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
        self._status(f"Saved at {datetime.now():%H:%M:%S}")
        self.saved.emit()
        return True

    # --- arrangements -------------------------------------------------------------------------

    def new_episode(self) -> None:
        self.episode_saver.flush()
        self.arrangement = None
        self.new_arrangement = Arrangement(start_date=date.today())
        self.episode.load(self.new_arrangement)
        self.ui.arrangementsTable.clearSelection()
        self.ui.arrangementStatus.setText("New episode: saved once it is complete.")

    def _episode_selected(self) -> None:
        self.episode_saver.flush()
        items = self.ui.arrangementsTable.selectedItems()
        if not items:
            return
        self.arrangement = self.vault.arrangements.get(items[0].data(Qt.ItemDataRole.UserRole))
        self.episode.load(self.arrangement.record)
        self.ui.arrangementStatus.setText(f"Version {self.arrangement.meta.version}")

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
                    self.arrangement.id, self.arrangement.meta.version, edited)
        except (ValidationFailed, VaultError) as exc:
            self.ui.arrangementStatus.setText(str(exc))
            return False
        self.arrangement = stored
        self._load_arrangements(select=stored.id)
        self.ui.arrangementStatus.setStyleSheet(OK_STYLE)
        self.ui.arrangementStatus.setText(
            f"Saved at {datetime.now():%H:%M:%S} (version {stored.meta.version})")
        self.saved.emit()
        return True

    # --- visits -------------------------------------------------------------------------------

    def _start_visit(self) -> None:
        if self.child_id and self.flush():
            self.start_visit.emit(self.child_id)

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
        tabs = {"details": self.ui.detailsTab, "arrangements": self.ui.arrangementsTab,
                "visits": self.ui.visitsTab, "sharing": self.ui.sharingTab,
                "sao": self.ui.saoTab}
        self.ui.tabs.setCurrentWidget(tabs.get(place, self.ui.detailsTab))
        if place == "arrangements" and arrangement_id:
            self._load_arrangements(select=arrangement_id)

    def _current_arrangement_id(self) -> str:
        current = self.vault.arrangements.current(self.child_id) if self.child_id else None
        return current.id if current else ""

    def _load_sharing(self) -> None:
        assert self.child_id
        arrangement_id = self._current_arrangement_id()
        found = [n for n in self.vault.oversight.notifications_for(self.child_id)
                 if n.record.arrangement_id == arrangement_id]
        rows = [(codes.PARTNER.label(n.record.partner),
                 f"{n.record.shared_on:%d/%m/%Y}" if n.record.shared_on else "",
                 codes.SHARE_METHOD.label(n.record.method), n.record.shared_by,
                 "Yes" if n.record.acknowledged else "Not yet") for n in found]
        _fill_table(self.ui.sharingTable, ("Partner", "Told on", "How", "By", "Acknowledged"),
                    rows, [n.id for n in found])
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
        edited = dataclasses.replace(stored.record, acknowledged=True,
                                     acknowledged_on=stored.record.acknowledged_on or date.today())
        self.vault.oversight.notifications.update(stored.id, stored.meta.version, edited)
        self._load_sharing()

    def _load_sao(self) -> None:
        assert self.child_id
        self.sao = self.vault.oversight.sao_for(self.child_id)
        case = self.sao.record if self.sao else SaoCase(child_id=self.child_id)
        self.sao_form.load(case)
        steps = sao_deadlines(case, self.rules, date.today())
        self.ui.saoDue.setText("\n".join(
            f"{d.name}: {d.due:%d/%m/%Y}" + (f" – done {d.done:%d/%m/%Y}" if d.done else "")
            + f" ({d.rule})" for d in steps))

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
        return ok

    def leave(self) -> None:
        """Back to the caseload. Invalid edits are never dropped silently: the first Back
        says what is unsaved, a second Back leaves without it."""
        if self.flush() or self._leave_warned:
            self._leave_warned = False
            self.back.emit()
            return
        self._leave_warned = True
        self._status("Some changes are not saved (marked in red). Correct them, or press "
                     "Back again to leave without them.", error=True)

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.saveStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.saveStatus.setText(text)
