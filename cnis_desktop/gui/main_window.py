"""The main window: one stack of pages over one open vault, and the lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from ..domain import codes
from ..domain.codes import ROLE_DEFAULT_VISIT_TYPE
from ..settings import Settings
from ..vault.unlocking import vault_exists
from .unlock_page import UnlockPage

if TYPE_CHECKING:
    from ..reports.document import Document
    from ..vault import Vault
    from ..vault.keyfile import KdfParams
    from .caseload_page import CaseloadPage
    from .child_page import ChildPage
    from .dashboard_page import DashboardPage
    from .ehc_page import EhcPage
    from .eotas_overview_page import EotasOverviewPage
    from .eotas_page import EotasPage
    from .providers_page import ProvidersPage
    from .register_io import ImportDialog
    from .setup_page import SetupPage
    from .sync_ui import SyncController
    from .timeline_dialog import TimelineDialog
    from .views_page import ViewsPage
    from .visit_page import VisitPage
from .idle import IdleWatcher
from .tasks import run_in_background

WARM_UP_AFTER_MS = 400  # after the caseload is on screen and its rest is read


class MainWindow(QMainWindow):
    def __init__(self, vault_path: Path, settings: Settings, demo: bool = False,
                 kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.vault_path = vault_path
        self.settings = settings
        self.demo = demo
        self.vault: Vault | None = None
        self.child_page: ChildPage | None = None
        self.visit_page: VisitPage | None = None
        self.eotas_page: EotasPage | None = None
        self.providers_page: ProvidersPage | None = None
        self.overview_page: EotasOverviewPage | None = None
        self.ehc_page: EhcPage | None = None
        self.views_page: ViewsPage | None = None
        self.dashboard_page: DashboardPage | None = None
        self.import_dialog: ImportDialog | None = None
        self.enrol_dialog: QDialog | None = None
        self.conflicts_dialog: QDialog | None = None
        self.preview_dialog: QDialog | None = None
        self.timeline_dialog: TimelineDialog | None = None
        self.setWindowTitle("CNIS Desktop" + (" – DEMO (fictional children)" if demo else ""))

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.kdf = kdf
        self.setup_page: SetupPage | None = None  # made only on a first run
        self.unlock_page = UnlockPage(self)
        self.stack.addWidget(self.unlock_page)
        self.unlock_page.unlocked.connect(self._unlocked)
        # What only an open vault needs is built while the key is derived (the derivation
        # leaves this thread free), or on first use.
        self._caseload_page: CaseloadPage | None = None
        self._sync: SyncController | None = None
        self.unlock_page.unlocking.connect(self._prepare_for_vault)

        self.idle = IdleWatcher(settings.auto_lock_minutes, self)
        self.idle.idle.connect(lambda: self.lock("Locked after a period of inactivity."))
        self.who = QLabel(self)
        self.sync_status = QLabel(self)
        self.sync_status.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.who)
        self._build_menus()
        self.show_start()

    @property
    def caseload_page(self) -> CaseloadPage:
        if self._caseload_page is None:
            from .caseload_page import CaseloadPage

            self._caseload_page = CaseloadPage(self)
            self.stack.addWidget(self._caseload_page)
            self._caseload_page.open_child.connect(self.open_child)
            self._caseload_page.add_child.connect(self.new_child)
        return self._caseload_page

    @property
    def sync(self) -> SyncController:
        if self._sync is None:
            from .sync_ui import SyncController

            self._sync = SyncController(self.sync_status, self)
            self._sync.synced.connect(self._synced)
            self._sync.wiped.connect(self._wiped)
        return self._sync

    def _prepare_for_vault(self) -> None:
        from ..vault import Vault  # noqa: F401  SQLCipher and the records: not needed before

        _ = self.caseload_page, self.sync

    # --- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(menu_name: str, text: str,
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                   slot: object, name: str) -> QAction:
            # QAction(self) and setText rather than QAction(text, self): PySide matches the
            # text against the QIcon overload and builds QIcon's 151-name ThemeIcon enum (2 ms).
            act = QAction(self)
            act.setText(text)
            act.setObjectName(name)
            # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through
            # the Qt namespace, whose first use builds 94 enums (14 ms of the start).
            if isinstance(shortcut, QKeySequence.StandardKey):
                act.setShortcuts(shortcut)  # with the platform's alternatives
            elif shortcut is not None:
                act.setShortcuts([QKeySequence(shortcut)])
            act.triggered.connect(slot)
            menus[menu_name].addAction(act)
            return act

        bar = self.menuBar()
        menus = {name: bar.addMenu(name)
                 for name in ("&File", "&Child", "&Visit", "&EOTAS", "&Tools")}
        self.lock_action = action("&File", "&Lock", "Ctrl+L", lambda: self.lock(), "lockAction")
        self.import_action = action("&File", "&Import a caseload…", "Ctrl+Shift+I",
                                    self.import_register, "importAction")
        self.export_annex_action = action("&File", "Export as Annex &B…", None,
                                          lambda: self.export_register("annex-b"),
                                          "exportAnnexAction")
        self.export_register_action = action("&File", "Export as &register…", None,
                                             lambda: self.export_register("register"),
                                             "exportRegisterAction")
        self.sync_action = action("&File", "&Sync now", "Ctrl+Shift+S",
                                  lambda: self.sync.sync_now(), "syncAction")
        self.enrol_action = action("&File", "&Enrol this laptop with the hub…", None,
                                   self.enrol_laptop, "enrolAction")
        self.conflicts_action = action("&File", "Resolve sync &conflicts…", None,
                                       self.show_conflicts, "conflictsAction")
        action("&File", "&Quit", QKeySequence.StandardKey.Quit, self.close, "quitAction")
        self.today_action = action("&Child", "&Today", "Ctrl+T", self.show_today, "todayAction")
        self.caseload_action = action("&Child", "&Caseload", "Ctrl+1", self.show_caseload,
                                      "caseloadAction")
        self.new_child_action = action("&Child", "&New child", QKeySequence.StandardKey.New,
                                       self.new_child, "newChildAction")
        self.find_action = action("&Child", "&Find", QKeySequence.StandardKey.Find,
                                  self._focus_search, "findAction")
        self.preview_action = action("&Visit", "&Preview / print", QKeySequence.StandardKey.Print,
                                     self._preview_current, "previewAction")
        self.save_action = action("&Visit", "&Save now", QKeySequence.StandardKey.Save,
                                  self.flush, "saveAction")
        self.overview_action = action("&EOTAS", "EOTAS &hours across the caseload", "Ctrl+2",
                                      self.show_overview, "overviewAction")
        self.providers_action = action("&EOTAS", "&Providers and QA visits", "Ctrl+3",
                                       self.show_providers, "providersAction")
        # Reads no records, so it works locked as well: the rules are the authority's settings.
        self.timeline_action = action("&Tools", "Statutory &timeline…", "Ctrl+Shift+T",
                                      self.show_timeline, "timelineAction")
        self._vault_actions = [self.lock_action, self.caseload_action, self.new_child_action,
                               self.find_action, self.preview_action, self.save_action,
                               self.overview_action, self.providers_action, self.today_action,
                               self.import_action, self.export_annex_action,
                               self.export_register_action, self.sync_action,
                               self.enrol_action, self.conflicts_action]

    def _set_vault_actions(self, enabled: bool) -> None:
        for act in self._vault_actions:
            act.setEnabled(enabled)

    # --- opening and locking ----------------------------------------------------------------

    def show_start(self, message: str = "") -> None:
        self._set_vault_actions(False)
        self.who.clear()
        if vault_exists(self.vault_path):
            self.unlock_page.prepare(self.vault_path, message)
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            if self.setup_page is None:
                from .setup_page import SetupPage

                self.setup_page = SetupPage(self, kdf=self.kdf)
                self.setup_page.created.connect(self._opened)
                self.stack.addWidget(self.setup_page)
            self.setup_page.prepare(self.vault_path)
            self.stack.setCurrentWidget(self.setup_page)

    def _unlocked(self, key: bytes) -> None:
        from ..vault import Vault

        self._opened(Vault.open_with_key(self.vault_path, key))

    def open_vault(self, vault: Vault) -> None:
        self._opened(vault)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.settings.last_vault = str(self.vault_path)
        self._set_vault_actions(True)
        profile = vault.profile
        self.who.setText(f"{profile.user_name} · {codes.ROLE.label(profile.role)}"
                         + (" · DEMO VAULT" if self.demo else ""))
        self.caseload_page.set_vault(vault)
        self.sync.attach(vault)
        # The status bar's labels take their new widths now, not one pass of the event loop
        # after the first paint (which showed them cut short for a frame).
        status_layout = self.statusBar().layout()
        if status_layout is not None:
            status_layout.activate()
        if profile.role == "virtual_school":  # their work starts from the EOTAS picture
            self.show_overview()
        elif profile.role == "team_manager":  # oversight first
            self.show_today()
        else:
            self.show_caseload()
        self.idle.start()
        QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)

    def _warm_up(self) -> None:
        """Build the child page (hidden) while the user reads the caseload: the first screen
        is shown without it and without PySide's Qt namespace, and a child opened cold took
        95 ms (40 ms of it building the page)."""
        if self.vault is not None:
            self._child_page()

    def _record_pages(self) -> list[QWidget]:
        pages: list[QWidget | None] = [self.child_page, self.visit_page, self.eotas_page,
                                       self.providers_page, self.overview_page, self.ehc_page,
                                       self.views_page, self.dashboard_page]
        return [p for p in pages if p is not None]

    def flush(self) -> None:
        for page in self._record_pages():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()

    def lock(self, message: str = "Locked.") -> None:
        """Save what is typed, close the vault (dropping its key), clear every page."""
        if self.vault is None:
            return
        self.flush()
        self._close_dialogs()
        self._drop_pages()
        self.idle.stop()
        self.vault.close()
        self.vault = None
        self.show_start(message)

    def _close_dialogs(self) -> None:
        """No record stays on screen once locked: every open dialog goes (previews, imports,
        conflicts, questions), whichever page opened it."""
        for dialog in self.findChildren(QDialog):
            close_for_lock = getattr(dialog, "close_for_lock", None)
            if close_for_lock is not None:  # it has work in flight to finish first
                close_for_lock()
            else:
                dialog.blockSignals(True)  # its answer must not reach a page that is going
                dialog.done(QDialog.DialogCode.Rejected)
                dialog.deleteLater()
        self.preview_dialog = self.enrol_dialog = self.conflicts_dialog = None
        self.import_dialog = None
        self.timeline_dialog = None

    def _drop_pages(self) -> None:
        """Every page that shows records is destroyed, and the caseload emptied."""
        for page in self._record_pages():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.child_page = self.visit_page = None
        self.eotas_page = self.providers_page = self.overview_page = None
        self.ehc_page = self.views_page = self.dashboard_page = None
        if self._caseload_page is not None:
            self._caseload_page.set_vault(None)
        if self._sync is not None:
            self._sync.attach(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault is not None:
            self.lock()
        self.settings.save()
        super().closeEvent(event)

    # --- navigation ---------------------------------------------------------------------------

    def show_caseload(self) -> None:
        if self.vault is None:
            return
        self.flush()
        self.caseload_page.refresh()
        self.stack.setCurrentWidget(self.caseload_page)
        self.caseload_page.ui.search.setFocus()

    def _focus_search(self) -> None:
        self.show_caseload()
        self.caseload_page.ui.search.selectAll()

    def _child_page(self) -> ChildPage:
        assert self.vault is not None
        if self.child_page is None:
            from .child_page import ChildPage  # first use: keeps start-up short

            page = ChildPage(self.vault, self.settings.autosave_seconds, self,
                             self.settings.timeline_rules())
            page.back.connect(self.show_caseload)
            page.start_visit.connect(self.start_visit)
            page.open_visit.connect(self.open_visit)
            page.ui.eotasButton.clicked.connect(lambda: self.open_eotas(page.child_id or ""))
            page.ui.ehcButton.clicked.connect(lambda: self.open_ehc(page.child_id or ""))
            page.saved.connect(self.sync.changed)
            self.stack.addWidget(page)
            self.child_page = page
        return self.child_page

    def open_child(self, child_id: str) -> None:
        self.flush()
        page = self._child_page()
        page.show_child(child_id)
        self.stack.setCurrentWidget(page)

    def new_child(self) -> None:
        if self.vault is None:
            return
        self.flush()
        page = self._child_page()
        page.show_new()
        self.stack.setCurrentWidget(page)

    def _visit_page(self) -> VisitPage:
        assert self.vault is not None
        if self.visit_page is None:
            from .visit_page import VisitPage  # first use: keeps start-up short

            page = VisitPage(self.vault, self.settings.autosave_seconds,
                             self.settings.safeguarding_procedure, self,
                             self.settings.timeline_rules().period("ehe_contact"))
            page.back.connect(self.open_child)
            page.preview.connect(self.preview_visit)
            page.changed_record.connect(self._records_changed)
            page.changed_record.connect(self.sync.changed)
            self.stack.addWidget(page)
            self.visit_page = page
        return self.visit_page

    def start_visit(self, child_id: str) -> None:
        from ..domain.model import Visit

        assert self.vault is not None
        role = self.vault.profile.role
        today = date.today()
        stored = self.vault.visits.start(Visit(
            child_id=child_id, visit_type=ROLE_DEFAULT_VISIT_TYPE.get(role, "ehe_annual"),
            planned_date=today, actual_date=today))
        self.open_visit(stored.id)

    def open_visit(self, visit_id: str) -> None:
        page = self._visit_page()
        page.show_visit(visit_id)
        self.stack.setCurrentWidget(page)
        page.ui.present.setFocus()

    def open_eotas(self, child_id: str) -> None:
        if self.vault is None or not child_id:
            return
        self.flush()
        if self.eotas_page is None:
            from .eotas_page import EotasPage  # first use: keeps start-up short

            self.eotas_page = EotasPage(self.vault, self.settings.autosave_seconds, self)
            self.eotas_page.back.connect(self.open_child)
            self.stack.addWidget(self.eotas_page)
        self.eotas_page.show_child(child_id)
        self.stack.setCurrentWidget(self.eotas_page)
        self.eotas_page.ui.grid.setFocus()

    def open_ehc(self, child_id: str) -> None:
        if self.vault is None or not child_id:
            return
        self.flush()
        if self.ehc_page is None:
            from .ehc_page import EhcPage

            self.ehc_page = EhcPage(self.vault, self, self.settings.timeline_rules())
            self.ehc_page.back.connect(self.open_child)
            self.ehc_page.open_views.connect(self.open_views)
            self.ehc_page.pack_requested.connect(self.preview_review_pack)
            self.stack.addWidget(self.ehc_page)
        self.ehc_page.show_child(child_id)
        self.stack.setCurrentWidget(self.ehc_page)

    def open_views(self, record_id: str) -> None:
        if self.vault is None:
            return
        if self.views_page is None:
            from .views_page import ViewsPage

            self.views_page = ViewsPage(self.vault, self.settings.autosave_seconds,
                                        self.settings.safeguarding_procedure, self)
            self.views_page.back.connect(self.open_ehc)
            self.stack.addWidget(self.views_page)
        self.views_page.show_record(record_id)
        self.stack.setCurrentWidget(self.views_page)

    def preview_review_pack(self, child_id: str, options: object) -> None:
        import dataclasses

        from ..documents import review_pack
        from ..reports.pack_options import PackOptions

        assert self.vault is not None and isinstance(options, PackOptions)
        vault, rules = self.vault, self.settings.timeline_rules()
        child = vault.children.get(child_id).record
        name = child.preferred_name or child.legal_first_name

        def gather(audience: str) -> Document:  # on the vault's thread
            chosen = dataclasses.replace(options, audience=audience)
            return review_pack(vault, child_id, chosen, rules,
                               authority=self.settings.authority_name)

        self.show_document(gather, f"Review pack – {name} {child.legal_last_name}",
                           f"review-pack-{name}.pdf", "child", child_id, "review pack",
                           options.audience)

    def show_today(self) -> None:
        if self.vault is None:
            return
        self.flush()
        if self.dashboard_page is None:
            from .dashboard_page import DashboardPage

            self.dashboard_page = DashboardPage(self.vault, self.settings, self)
            self.dashboard_page.open_item.connect(self.open_dashboard_item)
            self.stack.addWidget(self.dashboard_page)
        self.dashboard_page.refresh()
        self.stack.setCurrentWidget(self.dashboard_page)
        self.dashboard_page.ui.items.setFocus()

    def open_dashboard_item(self, item: object) -> None:
        from ..domain.oversight import DashboardItem

        assert isinstance(item, DashboardItem)
        if item.place in ("ehc", "ehc_plan"):
            self.open_ehc(item.child_id)
            if self.ehc_page is not None:
                ui = self.ehc_page.ui
                if item.place == "ehc_plan":  # a phase transfer: the plan's transfer fields
                    ui.tabs.setCurrentWidget(ui.planTab)
                    ui.transfer_plan_amended.setFocus()
                else:
                    ui.tabs.setCurrentWidget(ui.reviewTab)
        elif item.place == "eotas":
            self.open_eotas(item.child_id)
        else:
            self.open_child(item.child_id)
            if self.child_page is not None:
                self.child_page.show_place(item.place, item.arrangement_id)

    def enrol_laptop(self) -> None:
        from .sync_ui import EnrolDialog

        if self.vault is None:
            return
        dialog = EnrolDialog(self.vault, self)
        dialog.accepted.connect(lambda: self.sync.attach(self.vault))
        self.enrol_dialog = dialog
        dialog.open()

    def show_conflicts(self) -> None:
        from .sync_ui import ConflictsDialog

        if self.vault is None:
            return
        dialog = ConflictsDialog(self.vault, self)
        dialog.accepted.connect(self.sync.show_status)
        self.conflicts_dialog = dialog
        dialog.open()

    def _synced(self, report: object) -> None:
        """What arrived may be on screen: refresh the caseload (the pages read on show)."""
        self.caseload_page.refresh()

    def _wiped(self) -> None:
        """The hub revoked this laptop: the vault is gone; forget it and start afresh."""
        if self.vault is not None:
            self.vault.release()
            self.vault = None
        self._drop_pages()
        self.show_start()
        self.statusBar().showMessage("This laptop was revoked by the hub; its vault was wiped.")

    def show_timeline(self) -> None:
        from .timeline_dialog import TimelineDialog

        if self.timeline_dialog is None:
            self.timeline_dialog = TimelineDialog(self.settings.timeline_rules(), self)
        self.timeline_dialog.show()
        self.timeline_dialog.raise_()
        self.timeline_dialog.activateWindow()
        self.timeline_dialog.process.setFocus()

    def import_register(self) -> None:
        from .register_io import ImportDialog

        if self.vault is None:
            return
        self.flush()
        dialog = ImportDialog(self.vault, self)
        dialog.accepted.connect(lambda: self._imported(dialog.outcome))
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, result: dict[str, int]) -> None:
        if self.vault is None:  # locked while it was writing; the caseload shows it later
            return
        self.caseload_page.refresh()
        self.statusBar().showMessage("Imported: " + ", ".join(f"{n} {k}" for k, n in
                                                               result.items()), 10_000)

    def choose_export_path(self, format_name: str) -> Path | None:
        """The seam tests replace: a warning, then the save dialog."""
        from .register_io import choose_export_path

        return choose_export_path(self, format_name)

    def export_register(self, format_name: str) -> Path | None:
        from .register_io import export_register

        if self.vault is None:
            return None
        path = self.choose_export_path(format_name)
        if path is None:
            return None
        written = export_register(self.vault, format_name, path)
        self.statusBar().showMessage(f"Exported to {written}", 10_000)
        return written

    def show_providers(self) -> None:
        if self.vault is None:
            return
        self.flush()
        if self.providers_page is None:
            from .providers_page import ProvidersPage

            self.providers_page = ProvidersPage(self.vault, self.settings.autosave_seconds, self)
            self.providers_page.back.connect(self.show_caseload)
            self.stack.addWidget(self.providers_page)
        self.providers_page.refresh()
        self.stack.setCurrentWidget(self.providers_page)

    def show_overview(self) -> None:
        if self.vault is None:
            return
        self.flush()
        if self.overview_page is None:
            from .eotas_overview_page import EotasOverviewPage

            self.overview_page = EotasOverviewPage(self.vault, self)
            self.overview_page.back.connect(self.show_caseload)
            self.overview_page.open_child.connect(self.open_eotas)
            self.stack.addWidget(self.overview_page)
        self.overview_page.refresh()
        self.stack.setCurrentWidget(self.overview_page)

    def _records_changed(self) -> None:
        if self.child_page is not None:
            self.child_page.refresh_visits()

    # --- documents ----------------------------------------------------------------------------

    def _preview_current(self) -> None:
        if self.visit_page is not None and self.stack.currentWidget() is self.visit_page:
            self.visit_page._preview_clicked()

    def preview_visit(self, visit_id: str) -> None:
        # Imported on first use: ReportLab and QtPdf are a third of start-up time otherwise.
        from ..documents import visit_summary
        from ..domain.audience import copy_for

        assert self.vault is not None
        vault = self.vault
        stored = vault.visits.get(visit_id)
        child = vault.children.get(stored.record.child_id).record
        name = f"visit-summary-{child.display_name.replace(' ', '-')}.pdf"

        def gather(audience: str) -> Document:  # on the vault's thread
            return visit_summary(vault, visit_id, copy_for(audience),
                                 authority=self.settings.authority_name)

        self.show_document(gather, f"Visit summary – {child.display_name}", name, "visit",
                           visit_id, "visit summary")

    def show_document(self, gather: Callable[[str], Document], title: str, file_name: str,
                      record_type: str, record_id: str, what: str,
                      audience: str = "family") -> None:
        """Gather for the safest copy (or the one asked for), render in the background, then
        preview from memory; the dialog asks which copy and version, and print or save is
        audited with the copy and version it was."""
        from ..documents import audit_detail, renderer
        from ..reports.html_render import render_html
        from .preview import PreviewDialog, Rendition

        assert self.vault is not None
        vault = self.vault
        self.statusBar().showMessage(f"Preparing the {what}…")

        def rendition(chosen: str, format_name: str) -> Rendition:
            document = gather(chosen)
            return Rendition(renderer(format_name)(document), format_name,
                             render_html(document) if format_name == "odt" else "",
                             audit_detail(what, document.copy, format_name))

        first = gather(audience)
        detail = audit_detail(what, first.copy, "pdf")

        def show(pdf: bytes) -> None:
            self.statusBar().clearMessage()
            if self.vault is not vault:  # locked while rendering: show nothing
                return

            def audit(action: str) -> None:
                vault.audit(action, record_type, record_id, detail=dialog.rendition.detail)

            dialog = PreviewDialog(title, pdf, file_name, audit, self, render=rendition,
                                   audience=first.copy.audience, detail=detail)
            self.preview_dialog = dialog
            vault.audit("preview", record_type, record_id, detail=detail)
            dialog.show()

        def failed(exc: BaseException) -> None:
            from PySide6.QtWidgets import QMessageBox

            self.statusBar().clearMessage()
            QMessageBox.critical(self, "Could not prepare the document", str(exc))

        run_in_background(lambda: renderer("pdf")(first), show, failed, self)

