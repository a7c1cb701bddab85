"""Gathering a child's views, in their own words, with the method that suits the child."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QVBoxLayout, QWidget

from ..domain import codes
from ..domain.validation import ValidationFailed, validate_views_draft, validate_views_final
from ..domain.views import CHILD_MODE_METHODS, ViewsRecord
from ..settings import Settings
from ..vault import Vault, VaultError
from ..vault.ehc import StoredViews
from . import prompts
from .attachments_panel import AttachmentsDialog, add_attachments_button, open_attachments_for
from .autosave import Autosaver
from .binder import ERROR_STYLE, FormBinder, fill_checklist, fill_combo
from .child_mode import ChildMode
from .forms.ui_views_page import Ui_ViewsPage
from .views_widgets import ObservationPanel, ScalePanel, SortPanel, StatementSection

OK_STYLE = "color: #505a5f;"
METHOD_HINTS = {
    "conversation": "Write down what the child says, in their words. Untick 'exact words' "
    "for your own summary.",
    "three_houses": "Good things, worries, dreams: let the child choose which house to start with.",
    "one_page_profile": "What people like about me, what is important to me, how best to support me.",
    "scaling": "Add the questions you want to ask and word the two ends for this child; in "
    "child mode the child answers with numbered faces, 0 (a sad face) to 10 (a "
    "happy one).",
    "sorting": "Show each picture card; the child puts it in like, not sure or don't like.",
    "observation": "For a child who does not use words: your own account of what you saw, "
    "where, and how the child communicated. There is no child mode here.",
}


class ViewsPage(QWidget):
    back = Signal(str)  # child id
    changed_record = Signal()
    draft_saved = Signal(str)

    def __init__(
        self,
        vault: Vault,
        autosave_seconds: float,
        safeguarding_procedure: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ViewsPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.procedure_text = safeguarding_procedure
        self.stored: StoredViews | None = None
        self.record = ViewsRecord()
        self.child_mode: ChildMode | None = None
        self.procedure_box: QMessageBox | None = None
        self.sheet_dialog: QWidget | None = None
        fill_combo(self.ui.purpose, codes.VIEWS_PURPOSE)
        fill_combo(self.ui.method, codes.VIEWS_METHOD)
        fill_checklist(self.ui.communication_support, codes.COMMUNICATION_SUPPORT)
        self.binder = FormBinder(
            self.ui.scrollBody,
            ViewsRecord,
            skip=("child_id", "statements", "scales", "cards", "unsafe_raised_at"),
        )
        self.passphrase_after_minutes = Settings().child_mode_passphrase_minutes
        self.saver = Autosaver(self.save_draft, autosave_seconds, self)
        self.binder.changed.connect(self._edited)
        self.ui.method.currentIndexChanged.connect(
            lambda _: None if self.binder.loading else self._method_changed()
        )
        self.method_layout = QVBoxLayout(self.ui.methodHost)
        self.method_layout.setContentsMargins(0, 0, 0, 0)
        self.ui.contentError.setStyleSheet(ERROR_STYLE)
        self.ui.unsafeState.setStyleSheet(ERROR_STYLE)
        self.ui.unsafeButton.setStyleSheet(
            "QPushButton { background: #b10e1e; color: white; font-weight: 600; padding: 8px 16px; }"
        )
        self.ui.backButton.clicked.connect(self.leave)
        self.ui.finaliseButton.clicked.connect(self._finalise_clicked)
        self.ui.discardButton.clicked.connect(self._discard_clicked)
        self.ui.unsafeButton.clicked.connect(self.child_says_unsafe)
        self.ui.childModeButton.clicked.connect(self.enter_child_mode)
        self.ui.sheetButton.clicked.connect(self.preview_child_sheet)
        self.ui.unsafeProcedureText.setStyleSheet(
            "QLabel { border: 2px solid #b10e1e; padding: 8px; background: #ffffff; color: #0b0c0c; }"
        )
        self.ui.unsafeProcedureText.hide()
        QShortcut(QKeySequence("F11"), self, self.enter_child_mode)
        self.attachmentsButton = add_attachments_button(self, self.ui.footer, 2)
        self.attachmentsButton.clicked.connect(self.open_attachments)
        self.attachments_dialog: AttachmentsDialog | None = None
        self.autosave_seconds = autosave_seconds

    def open_attachments(self) -> AttachmentsDialog | None:
        if self.stored is None:
            return None
        self.flush()
        stored = self.vault.ehc.views.get(self.stored.id)  # as just saved
        self.attachments_dialog = open_attachments_for(
            self, self.vault, "views", stored, self.autosave_seconds, stored.record.gathered_on
        )
        return self.attachments_dialog

    # --- loading ------------------------------------------------------------------------------

    STACK_BELOW = 1100  # logical pixels of the page's width (the form's columns need ~1040)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side on a wide window; one above the other on a narrow one (1920x1080 at
        200% is 960 logical pixels: two columns there cut the statements off)."""
        super().resizeEvent(event)
        narrow = self.width() < self.STACK_BELOW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.ui.columns.direction() != direction:
            self.ui.columns.setDirection(direction)

    def show_record(self, record_id: str) -> None:
        self.saver.cancel()
        self.stored = self.vault.ehc.views.get(record_id)
        self.record = self.stored.record
        child = self.vault.children.get(self.record.child_id).record
        self.ui.title.setText(
            f"Views – {child.preferred_name or child.legal_first_name} {child.legal_last_name}"
        )
        self.binder.load(self.record)
        self._method_changed(load=True)
        final = self.stored.is_final
        self.binder.set_read_only(final)
        self.ui.methodHost.setEnabled(not final)
        self.ui.unsafeButton.setEnabled(not final)
        self.ui.finaliseButton.setVisible(not final)
        self.ui.discardButton.setVisible(not final)
        self._show_child_mode_button()
        self._show_unsafe_state()
        if final and self.stored.finalised_at:
            self.ui.banner.setText(
                f"Finalised {self.stored.finalised_at:%d/%m/%Y %H:%M} UTC by "
                f"{self.stored.finalised_by}. The child's words are kept as recorded."
            )
        else:
            self.ui.banner.setText(
                "Draft: saved automatically. Read the record back to the child before finalising."
            )
        self._status("")

    def _method_changed(self, load: bool = False) -> None:
        method = self.ui.method.currentData() or "conversation"
        self.record.method = method
        self.ui.methodHint.setText(METHOD_HINTS.get(method, ""))
        sections = codes.VIEWS_SECTIONS.get(method, ())
        self.ui.started_with.blockSignals(True)
        self.ui.started_with.clear()
        self.ui.started_with.addItem("Not chosen yet" if len(sections) > 1 else "–", "")
        for key, title in sections if len(sections) > 1 else ():
            self.ui.started_with.addItem(title, key)
        index = self.ui.started_with.findData(self.record.started_with)
        self.ui.started_with.setCurrentIndex(max(index, 0))
        self.ui.started_with.blockSignals(False)
        observation = method == "observation"
        # Observation is the worker's account: nothing to read back to a child without words.
        self.ui.read_back.setVisible(not observation)
        self._show_child_mode_button()
        while self.method_layout.count():
            item = self.method_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.sections: list[StatementSection] = []
        if method == "scaling" or self.record.scales:
            self.method_layout.addWidget(ScalePanel(self.record.scales, self._edited, self))
        # Cards sorted for a profile (or any other method) are shown with it, never hidden.
        if method == "sorting" or self.record.cards:
            self.method_layout.addWidget(SortPanel(self.record.cards, self._edited, self))
        if observation:
            self.method_layout.addWidget(ObservationPanel(self.record.statements, self._edited, self))
            sections = ()
        for key, title in sections:
            section = StatementSection(key, title, self.record.statements, self._edited, self)
            self.sections.append(section)
            self.method_layout.addWidget(section)
        if not load:
            self._edited()

    # --- saving ---------------------------------------------------------------------------------

    def current(self) -> tuple[ViewsRecord, dict[str, str]]:
        if self.child_mode is not None:
            # In child mode the child's screen edits the record itself; the hidden form
            # behind it is stale until child mode ends.
            return self.record, {}
        record, problems = self.binder.read(self.record)
        return record, problems

    def _edited(self) -> None:
        if self.stored is None or self.stored.is_final:
            return
        self._status("Editing…")
        self.saver.touch()

    def save_draft(self) -> None:
        if self.stored is None or self.stored.is_final:
            return
        record, problems = self.current()
        errors = {**validate_views_draft(record), **problems}
        self.binder.show_errors(errors)
        try:
            self.vault.ehc.views.save_draft(self.stored.id, record)
        except VaultError as exc:
            self._status(str(exc), error=True)
            return
        self.record = record
        self._status(
            f"Draft saved at {datetime.now():%H:%M:%S}" + (" – some fields need attention" if errors else ""),
            error=bool(errors),
        )
        self.draft_saved.emit(self.stored.id)

    def flush(self) -> None:
        self.saver.flush()

    # --- safety ---------------------------------------------------------------------------------

    def child_says_unsafe(self) -> None:
        """Immediately: the procedure on screen, the moment recorded and audited."""
        if self.stored is None:
            return
        self.record.unsafe_raised_at = datetime.now(UTC).replace(microsecond=0)
        self.vault.ehc.views.note_unsafe(self.stored.id)
        self._show_unsafe_state()
        self.save_draft()
        self.procedure_box = prompts.tell(
            self, "unsafeProcedure", "The child says they feel unsafe", self.procedure_text
        )
        # Once read, the procedure stays beside the form and the worker goes straight to
        # recording what they did.
        self.procedure_box.finished.connect(self._to_unsafe_actions)

    def _to_unsafe_actions(self) -> None:
        self.procedure_box = None
        self.ui.scroll.ensureWidgetVisible(self.ui.unsafe_actions)
        self.ui.unsafe_actions.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_unsafe_state(self) -> None:
        when = self.record.unsafe_raised_at
        self.ui.unsafeState.setText(
            f"Raised {when.astimezone():%d/%m/%Y %H:%M}; the safeguarding procedure was shown. "
            "Record what the child said and what you did below."
            if when
            else ""
        )
        self.ui.unsafeProcedureText.setText(self.procedure_text if when else "")
        self.ui.unsafeProcedureText.setVisible(bool(when))

    def _show_child_mode_button(self) -> None:
        usable = (
            self.stored is not None and not self.stored.is_final and self.record.method in CHILD_MODE_METHODS
        )
        self.ui.childModeButton.setEnabled(usable)
        self.ui.childModeButton.setVisible(self.record.method in CHILD_MODE_METHODS)
        self.ui.sheetButton.setVisible(self.record.method in CHILD_MODE_METHODS)

    # --- child mode -------------------------------------------------------------------------------

    def enter_child_mode(self) -> ChildMode | None:
        if (
            self.stored is None
            or self.stored.is_final
            or self.child_mode is not None
            or self.record.method not in CHILD_MODE_METHODS
        ):
            return None
        self.flush()
        record, _ = self.current()
        self.record = record
        vault = self.vault
        settings = getattr(self.window(), "settings", None)
        minutes = (
            settings.child_mode_passphrase_minutes
            if isinstance(settings, Settings)
            else self.passphrase_after_minutes
        )
        mode = ChildMode(
            self.record,
            self._child_changed,
            verify=lambda passphrase: Vault.unlock_key(vault.path, passphrase),
            passphrase_after_minutes=minutes,
        )
        mode.closed.connect(self._child_mode_closed)
        # If this page goes (the app locks or quits), child mode goes with it; the draft
        # was saved first by the page's flush.
        self.destroyed.connect(mode.owner_gone)
        self.child_mode = mode
        self.vault.audit("child_mode", "views", self.stored.id, detail="entered")
        mode.enter()
        return mode

    def _child_changed(self) -> None:
        self.saver.touch()

    def _child_mode_closed(self) -> None:
        """However child mode ended, the child's words are saved and the worker is back on
        the same draft, with the form showing everything the child said or chose."""
        mode = self.child_mode
        if mode is None:
            return
        self.child_mode = None
        self.destroyed.disconnect(mode.owner_gone)
        if self.stored is None:
            return
        self.binder.load(self.record)
        self._method_changed(load=True)
        self.save_draft()
        self.vault.audit("child_mode", "views", self.stored.id, detail="left")
        window = self.window()
        window.raise_()
        window.activateWindow()
        self.ui.childModeButton.setFocus()

    # --- the child's own copy ------------------------------------------------------------------

    def child_sheet(self) -> tuple[bytes, str, str]:
        """The child's one-page picture sheet as PDF bytes, with its title and file name."""
        from ..reports.child_sheet import child_sheet_pdf

        record, _ = self.current()
        child = self.vault.children.get(record.child_id).record
        name = child.preferred_name or child.legal_first_name
        pdf = child_sheet_pdf(record, name, record.gathered_on or date.today())
        return pdf, f"My views – {name}", f"my-views-{name}.pdf"

    def preview_child_sheet(self) -> None:
        """Preview, print or (warned, audited) save the child's sheet – the same dialog and
        audit as every other document; nothing is written unless the worker saves."""
        from .preview import PreviewDialog

        if self.stored is None:
            return
        self.flush()
        record_id, vault = self.stored.id, self.vault
        pdf, title, file_name = self.child_sheet()
        detail = "child's own sheet; copy=child; format=pdf"

        def audit(action: str) -> None:
            vault.audit(action, "views", record_id, detail=detail)

        self.sheet_dialog = PreviewDialog(title, pdf, file_name, audit, self, detail=detail)
        audit("preview")
        self.sheet_dialog.show()

    # --- finalising -------------------------------------------------------------------------------

    def _finalise_clicked(self) -> None:
        self.flush()
        record, problems = self.current()
        errors = {**validate_views_final(record, date.today()), **problems}
        self.binder.show_errors(errors)
        self.ui.contentError.setText(errors.get("statements", ""))
        if errors:
            self._status(f"Cannot finalise yet: {len(errors)} thing(s) need attention.", True)
            return
        prompts.ask(
            self,
            "confirmFinaliseViews",
            "Finalise the child's views",
            "Once finalised, the child's words are kept exactly as recorded. Finalise now?",
            self.finalise,
        )

    def finalise(self) -> bool:
        assert self.stored is not None
        self.save_draft()
        try:
            self.vault.ehc.views.finalise(self.stored.id)
        except ValidationFailed as exc:
            self.binder.show_errors(exc.errors)
            self._status(" ".join(exc.errors.values()), True)
            return False
        self.show_record(self.stored.id)
        self._status(f"Finalised at {datetime.now():%H:%M:%S}")
        self.changed_record.emit()
        return True

    def _discard_clicked(self) -> None:
        prompts.ask_to_discard(
            self, "confirmDiscardViews", "Delete this draft? This cannot be undone.", self.discard
        )

    def discard(self) -> None:
        if self.stored is None or self.stored.is_final:
            return
        self.saver.cancel()
        child_id = self.record.child_id
        self.vault.ehc.views.discard(self.stored.id)
        self.stored = None
        self.changed_record.emit()
        self.back.emit(child_id)

    def leave(self) -> None:
        self.flush()
        self.back.emit(self.record.child_id)

    def _status(self, text: str, error: bool = False) -> None:
        self.ui.saveStatus.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.ui.saveStatus.setText(text)
