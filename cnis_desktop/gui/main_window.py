"""The main window: a sidebar, a child header and one stack of pages over one open vault,
and the lock.

Pages come from a table of factories (`_page_factories`), each made on first use; locking
walks that table. Pages speak to the window through their own signals and the registry's
one `records_changed`; the window asks them only what `shell_pages.Page` says.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import codes
from ..domain.codes import ROLE_DEFAULT_VISIT_TYPE
from ..settings import Settings
from ..vault.errors import VaultError
from ..vault.unlocking import vault_exists
from .child_header import ChildHeader
from .idle import IdleWatcher
from .shell_pages import LeavablePage, PageRegistry, can_leave_safely, child_id_of
from .sidebar import Sidebar
from .tasks import run_in_background
from .unlock_page import UnlockPage

if TYPE_CHECKING:
    from ..reports.document import Document
    from ..vault import Vault
    from ..vault.backup import Backup
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
    from .shell_sync_page import SyncPage
    from .sync_ui import SyncController
    from .timeline_dialog import TimelineDialog
    from .views_page import ViewsPage
    from .visit_page import VisitPage

WARM_UP_AFTER_MS = 400  # after the caseload is on screen and its rest is read
BACKUP_AFTER_MS = 60_000  # the daily backup starts a minute after unlocking
BACKUP_EVERY_MS = 3_600_000
# Pages about one child: the child header is shown above them.
CHILD_PAGES = frozenset({"child", "visit", "eotas", "ehc", "views"})


class PageScroll(QScrollArea):
    """Scrolls the pages when the window is smaller than a page needs, and otherwise gives
    them the whole viewport. Sized here, on the window's resize and on a change of page,
    rather than by widgetResizable: that one re-laid the page out whenever anything in it
    asked, which took an open table cell's editor away before it could commit."""

    def fit_page(self) -> None:
        page = self.widget()
        if page is None:
            return
        need = page.minimumSizeHint()
        page.resize(max(self.viewport().width(), need.width()), max(self.viewport().height(), need.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_page()


class MainWindow(QMainWindow):
    def __init__(
        self, vault_path: Path, settings: Settings, demo: bool = False, kdf: KdfParams | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.vault_path = vault_path
        self.settings = settings
        self.demo = demo
        self.vault: Vault | None = None
        self.import_dialog: ImportDialog | None = None
        self.enrol_dialog: QDialog | None = None
        self.conflicts_dialog: QDialog | None = None
        self.preview_dialog: QDialog | None = None
        self.timeline_dialog: TimelineDialog | None = None
        self.setWindowTitle("CNIS Desktop" + (" – DEMO (fictional children)" if demo else ""))

        self.stack = QStackedWidget(self)
        self.sidebar = Sidebar(self)
        self.sidebar.chosen.connect(self.go)
        self.child_header = ChildHeader(self)
        self._build_body()
        self.pages = PageRegistry(self.stack, self)
        for name, factory in self._page_factories().items():
            self.pages.register(name, factory)
        self.pages.records_changed.connect(self._records_changed)

        self.kdf = kdf
        self.setup_page: SetupPage | None = None  # made only on a first run
        self._resume: tuple[str, str] | None = None  # the record page to return to on unlock
        self.unlock_page = UnlockPage(self)
        self.stack.addWidget(self.unlock_page)
        self.unlock_page.unlocked.connect(self._unlocked)
        # The caseload and sync are made while the key is derived (the derivation leaves
        # this thread free), or on first use.
        self._sync: SyncController | None = None
        self.unlock_page.unlocking.connect(self._prepare_for_vault)

        # The daily backup: a while after unlocking (not while the caseload loads), then
        # checked every hour for a laptop that stays unlocked past midnight.
        self.backup_running = False
        self.backup_after_ms = BACKUP_AFTER_MS
        self.backup_timer = QTimer(self)
        self.backup_timer.setSingleShot(True)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.idle = IdleWatcher(settings.auto_lock_minutes, self)
        self.idle.idle.connect(lambda: self.lock("Locked after a period of inactivity."))
        self.who = QLabel(self)
        self.sync_status = QLabel(self)
        self.sync_status.setObjectName("syncStatus")
        for label in (self.sync_status, self.who):
            # Long texts shrink (full text in the tooltip) rather than widen the window.
            # (a minimum width set here wins over the label's text width).
            label.setMinimumWidth(60)
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        self._build_shortcuts()
        self.stack.currentChanged.connect(lambda _: self._page_shown())
        self.show_start()

    def _build_body(self) -> None:
        """Sidebar | header over the pages. The pages sit in a scroll area: a page taller
        or wider than a small screen scrolls instead of pushing the window off it."""
        scroll = self.page_scroll = PageScroll(self)
        scroll.setObjectName("pageScroll")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("Page")
        scroll.setWidget(self.stack)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.child_header)
        right.addWidget(scroll, 1)
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addLayout(right, 1)
        self.setCentralWidget(body)
        self.child_header.hide()
        self.sidebar.hide()

    # --- the page table -----------------------------------------------------------------------

    def _page_factories(self) -> dict[str, Callable[[], QWidget]]:
        """Every page the window can show once a vault is open, by name."""
        return {
            "caseload": self._make_caseload,
            "child": self._make_child,
            "visit": self._make_visit,
            "eotas": self._make_eotas,
            "ehc": self._make_ehc,
            "views": self._make_views,
            "today": self._make_today,
            "providers": self._make_providers,
            "overview": self._make_overview,
            "sync": self._make_sync,
        }

    def _open_vault(self) -> Vault:
        assert self.vault is not None, "a record page needs an open vault"
        return self.vault

    def _make_caseload(self) -> QWidget:
        from .caseload_page import CaseloadPage

        page = CaseloadPage(self)
        page.open_child.connect(self.open_child)
        page.add_child.connect(self.new_child)
        return page

    def _make_child(self) -> QWidget:
        from .child_page import ChildPage

        page = ChildPage(
            self._open_vault(), self.settings.autosave_seconds, self, self.settings.timeline_rules()
        )
        page.back.connect(self.show_caseload)
        page.start_visit.connect(self.start_visit)
        page.open_visit.connect(self.open_visit)
        page.open_eotas.connect(self.open_eotas)
        page.open_ehc.connect(self.open_ehc)
        return page

    def _make_visit(self) -> QWidget:
        from .visit_page import VisitPage

        page = VisitPage(
            self._open_vault(),
            self.settings.autosave_seconds,
            self.settings.safeguarding_procedure,
            self,
            self.settings.timeline_rules().period("ehe_contact"),
        )
        page.back.connect(self.open_child)
        page.preview.connect(self.preview_visit)
        return page

    def _make_eotas(self) -> QWidget:
        from .eotas_page import EotasPage

        page = EotasPage(self._open_vault(), self.settings.autosave_seconds, self)
        page.back.connect(self.open_child)
        return page

    def _make_ehc(self) -> QWidget:
        from .ehc_page import EhcPage

        page = EhcPage(self._open_vault(), self, self.settings.timeline_rules())
        page.back.connect(self.open_child)
        page.open_views.connect(self.open_views)
        page.pack_requested.connect(self.preview_review_pack)
        return page

    def _make_views(self) -> QWidget:
        from .views_page import ViewsPage

        page = ViewsPage(
            self._open_vault(), self.settings.autosave_seconds, self.settings.safeguarding_procedure, self
        )
        page.back.connect(self.open_ehc)
        return page

    def _make_today(self) -> QWidget:
        from .dashboard_page import DashboardPage

        page = DashboardPage(self._open_vault(), self.settings, self)
        page.open_item.connect(self.open_dashboard_item)
        return page

    def _make_providers(self) -> QWidget:
        from .providers_page import ProvidersPage

        page = ProvidersPage(self._open_vault(), self.settings.autosave_seconds, self)
        page.back.connect(self.show_caseload)
        return page

    def _make_overview(self) -> QWidget:
        from .eotas_overview_page import EotasOverviewPage

        page = EotasOverviewPage(self._open_vault(), self)
        page.back.connect(self.show_caseload)
        page.open_child.connect(self.open_eotas)
        return page

    def _make_sync(self) -> QWidget:
        from .shell_sync_page import SyncPage

        page = SyncPage(self._open_vault(), self)
        page.sync_now.connect(lambda: self.sync.sync_now())
        page.resolve.connect(self.show_conflicts)
        page.enrol.connect(self.enrol_laptop)
        return page

    # The pages by name, for the code and tests that reach one: None until first used.
    @property
    def caseload_page(self) -> CaseloadPage:
        return cast("CaseloadPage", self.pages.page("caseload"))

    @property
    def child_page(self) -> ChildPage | None:
        return cast("ChildPage | None", self.pages.built("child"))

    @property
    def visit_page(self) -> VisitPage | None:
        return cast("VisitPage | None", self.pages.built("visit"))

    @property
    def eotas_page(self) -> EotasPage | None:
        return cast("EotasPage | None", self.pages.built("eotas"))

    @property
    def ehc_page(self) -> EhcPage | None:
        return cast("EhcPage | None", self.pages.built("ehc"))

    @property
    def views_page(self) -> ViewsPage | None:
        return cast("ViewsPage | None", self.pages.built("views"))

    @property
    def dashboard_page(self) -> DashboardPage | None:
        return cast("DashboardPage | None", self.pages.built("today"))

    @property
    def providers_page(self) -> ProvidersPage | None:
        return cast("ProvidersPage | None", self.pages.built("providers"))

    @property
    def overview_page(self) -> EotasOverviewPage | None:
        return cast("EotasOverviewPage | None", self.pages.built("overview"))

    @property
    def sync_page(self) -> SyncPage | None:
        return cast("SyncPage | None", self.pages.built("sync"))

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

        _ = self.sync
        # Styled and laid out now, while the key is derived on the worker: on its first
        # show it then only paints.
        page = self.caseload_page
        page.ensurePolished()
        layout = page.layout()
        if layout is not None:
            layout.activate()

    # --- menus and keys --------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(
            menu_name: str,
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
            slot: Callable[[], object],
            name: str,
        ) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if isinstance(shortcut, QKeySequence.StandardKey):
                act.setShortcuts(shortcut)  # with the platform's alternatives
            elif shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menus[menu_name].addAction(act)
            return act

        bar = self.menuBar()
        # The menu titles carry no Alt letter: every Alt+letter stays free for the page's own
        # fields and buttons (a menu's would shadow them). F10 or Alt alone opens the menus.
        titles = {
            "&File": "File",
            "&Child": "Child",
            "&Visit": "Visit",
            "&EOTAS": "EOTAS",
            "&Tools": "Tools",
            "&Help": "Help",
        }
        menus = {key: bar.addMenu(title) for key, title in titles.items()}
        self.lock_action = action("&File", "&Lock", "Ctrl+L", lambda: self.lock(), "lockAction")
        self.import_action = action(
            "&File", "&Import a caseload…", "Ctrl+Shift+I", self.import_register, "importAction"
        )
        self.export_annex_action = action(
            "&File", "Export as Annex &B…", None, lambda: self.export_register("annex-b"), "exportAnnexAction"
        )
        self.export_register_action = action(
            "&File",
            "Export as &register…",
            None,
            lambda: self.export_register("register"),
            "exportRegisterAction",
        )
        self.sync_action = action(
            "&File", "&Sync now", "Ctrl+Shift+S", lambda: self.sync.sync_now(), "syncAction"
        )
        self.enrol_action = action(
            "&File", "&Enrol this laptop with the hub…", None, self.enrol_laptop, "enrolAction"
        )
        self.conflicts_action = action(
            "&File", "Resolve sync &conflicts…", None, self.show_conflicts, "conflictsAction"
        )
        self.restore_action = action(
            "&File", "&Restore from backup…", None, self.restore_from_backup, "restoreAction"
        )
        action("&File", "&Quit", QKeySequence.StandardKey.Quit, self.close, "quitAction")
        self.back_action = action("&Child", "&Back", "Alt+Left", self.back, "backAction")
        self.today_action = action("&Child", "&Today", "Ctrl+T", self.show_today, "todayAction")
        self.caseload_action = action("&Child", "&Caseload", "Ctrl+1", self.show_caseload, "caseloadAction")
        self.sync_page_action = action(
            "&Child", "S&ync and conflicts", "Ctrl+4", self.show_sync, "syncPageAction"
        )
        self.new_child_action = action(
            "&Child", "&New child", QKeySequence.StandardKey.New, self.new_child, "newChildAction"
        )
        self.find_action = action(
            "&Child", "&Find", QKeySequence.StandardKey.Find, self._focus_search, "findAction"
        )
        self.new_visit_action = action(
            "&Visit", "&New visit", "Ctrl+Shift+N", self.new_visit_here, "newVisitAction"
        )
        self.preview_action = action(
            "&Visit",
            "&Preview / print",
            QKeySequence.StandardKey.Print,
            self._preview_current,
            "previewAction",
        )
        self.save_action = action(
            "&Visit", "&Save now", QKeySequence.StandardKey.Save, self.flush, "saveAction"
        )
        self.overview_action = action(
            "&EOTAS", "EOTAS &hours across the caseload", "Ctrl+2", self.show_overview, "overviewAction"
        )
        self.providers_action = action(
            "&EOTAS", "&Providers and QA visits", "Ctrl+3", self.show_providers, "providersAction"
        )
        # Reads no records, so it works locked as well: the rules are the authority's settings.
        self.timeline_action = action(
            "&Tools", "Statutory &timeline…", "Ctrl+Shift+T", self.show_timeline, "timelineAction"
        )
        # For the support desk: works locked too (a vault that will not open is when it is
        # most needed), and holds no record content.
        self.diagnostics_action = action(
            "&Help", "Save &diagnostics…", None, self.save_diagnostics, "diagnosticsAction"
        )
        # Every action but these needs an open vault.
        always = ("", "quitAction", "timelineAction", "diagnosticsAction")
        self._vault_actions = [act for act in self.findChildren(QAction) if act.objectName() not in always]

    def _build_shortcuts(self) -> None:
        menu_key = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
        menu_key.activated.connect(self._open_menus)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self._escape)
        self._escape_shortcut = escape
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.next_tab(step))

    def _open_menus(self) -> None:
        bar = self.menuBar()
        first = bar.actions()[0] if bar.actions() else None
        if first is not None:
            bar.setFocus()
            bar.setActiveAction(first)

    def _set_vault_actions(self, enabled: bool) -> None:
        for act in self._vault_actions:
            act.setEnabled(enabled)

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
        """The passphrase was right. The vault's pages are checked on a worker thread while
        the caseload is read and painted: on a large vault the check reads every page, and
        the vault holds its writes until it passes."""
        from ..vault import Vault
        from ..vault.integrity import PageCheck

        pages = PageCheck(self.vault_path, key)
        try:
            vault = Vault.open_with_key(self.vault_path, key, pages=pages)
            self._opened(vault)
            # Begun once the caseload's first paint is out of the way: on a large vault it
            # reads every page, and the paint need not share the machine with it. (A write
            # meanwhile runs the check itself, see PageCheck.wait.)
            QTimer.singleShot(
                0,
                self,
                lambda: run_in_background(
                    pages.run, lambda _seconds: self._pages_passed(pages), self._pages_failed, self
                ),
            )
        except VaultError as exc:  # damaged since the key was checked: say what to do
            self._damaged(str(exc))
        except Exception:
            # A damaged page met while reading: the check names the damage and what to do.
            # Nothing was written: the vault holds its writes until the check passes.
            try:
                pages.wait()
            except VaultError as damage:
                self._damaged(str(damage))
                return
            raise

    def _pages_passed(self, pages: object) -> None:
        if self.vault is not None and self.vault.pages_check is pages:
            self.vault.pages_checked()  # writes what opening held back

    def _pages_failed(self, exc: BaseException) -> None:
        if (self.vault is not None and self.vault.check_failed) or (
            self.vault is None and self.stack.currentWidget() is self.unlock_page
        ):
            self._damaged(str(exc))

    def _damaged(self, message: str) -> None:
        """The vault is damaged: close it without writing a byte, and say what to do."""
        if self.vault is not None:
            self._close_vault(message, keep_work=False)
        else:
            self.unlock_page.prepare(self.vault_path, message)

    def open_vault(self, vault: Vault) -> None:
        self._opened(vault)

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.settings.last_vault = str(self.vault_path)
        self._set_vault_actions(True)
        profile = vault.profile
        who = f"{profile.user_name} · {codes.ROLE.label(profile.role)}" + (
            " · DEMO VAULT" if self.demo else ""
        )
        self.who.setText(who)
        self.who.setToolTip(who)
        self.caseload_page.set_vault(vault)
        self.sync.attach(vault)
        self.sync_status.setToolTip(self.sync_status.text())
        # The status bar's labels take their new widths now, not one pass of the event loop
        # after the first paint (which showed them cut short for a frame).
        status_layout = self.statusBar().layout()
        if status_layout is not None:
            status_layout.activate()
        resume, self._resume = self._resume, None
        if profile.role == "virtual_school":  # their work starts from the EOTAS picture
            self.show_overview()
        elif profile.role == "team_manager":  # oversight first
            self.show_today()
        else:
            self.show_caseload()
        if resume is not None:
            self._go_back_to(*resume)
        self.idle.start()
        QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)
        self.backup_timer.start(self.backup_after_ms)

    def _warm_up(self) -> None:
        """Build the child page (hidden) while the user reads the caseload: a child opened
        cold took 95 ms, 40 of them building the page."""
        if self.vault is not None:
            self.pages.page("child")

    def flush(self) -> None:
        self.pages.flush_all()

    def lock(self, message: str = "Locked.") -> None:
        """Save what is typed, close the vault (dropping its key), clear every page."""
        self._close_vault(message)

    def _close_vault(self, message: str, keep_work: bool = True) -> None:
        """Lock; or, with `keep_work` off (the vault failed its check), close it without
        saving or writing anything to it."""
        if self.vault is None:
            return
        if keep_work:
            self.flush()
            self._resume = self._where_we_are()
        self._close_dialogs()
        self._drop_pages()
        self.idle.stop()
        self.backup_timer.stop()
        self.vault.close()
        self.vault = None
        self.show_start(message)

    def _where_we_are(self) -> tuple[str, str] | None:
        """The record page on screen as the vault locks, to return to once unlocked: a draft
        the worker (or a child in child mode) was writing when the screen locked."""
        current = self.stack.currentWidget()
        name = self.pages.name_of(current)
        stored = getattr(current, "stored", None)
        if name in ("views", "visit") and stored is not None:
            return name, str(stored.id)
        child_id = child_id_of(current) if current is not None else ""
        if name in ("child", "ehc", "eotas") and child_id:
            return name, child_id
        return None

    def _go_back_to(self, name: str, record_id: str) -> None:
        opener = {
            "views": self.open_views,
            "visit": self.open_visit,
            "child": self.open_child,
            "ehc": self.open_ehc,
            "eotas": self.open_eotas,
        }[name]
        try:
            opener(record_id)
        except VaultError:  # gone meanwhile (a sync purged it): the first page will do
            self.show_caseload()

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
        """Every page that shows records is destroyed; the header forgets the child."""
        caseload = self.pages.built("caseload")
        if caseload is not None:
            cast("CaseloadPage", caseload).set_vault(None)  # no pending read of the rest
        self.pages.drop_all()
        self.child_header.show_facts_cleared()
        if self._sync is not None:
            self._sync.attach(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault is not None:
            self.lock()
        self.settings.save()
        super().closeEvent(event)

    # --- navigation ---------------------------------------------------------------------------

    def go(self, name: str) -> None:
        """Open a page of the sidebar by its name."""
        {
            "today": self.show_today,
            "caseload": self.show_caseload,
            "overview": self.show_overview,
            "providers": self.show_providers,
            "sync": self.show_sync,
        }[name]()

    def _show_page(self, name: str) -> QWidget | None:
        """Save what is typed, then bring the page (made if new, refreshed) on screen."""
        if self.vault is None:
            return None
        self.flush()
        page = self.pages.page(name)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.stack.setCurrentWidget(page)
        return page

    def _page_shown(self) -> None:
        """The sidebar marks where you are; the header shows the child a page is about."""
        current = self.stack.currentWidget()
        name = self.pages.name_of(current)
        open_vault = self.vault is not None and name is not None
        self.sidebar.setVisible(open_vault)
        self.sidebar.mark_current(name)
        self.back_action.setEnabled(open_vault and isinstance(current, LeavablePage))
        self._show_child_header()
        self.page_scroll.fit_page()

    def _show_child_header(self) -> None:
        current = self.stack.currentWidget()
        name = self.pages.name_of(current)
        child_id = child_id_of(current) if current is not None and name in CHILD_PAGES else ""
        if self.vault is None or not child_id:
            self.child_header.hide()
            return
        self.child_header.show_child(self.vault, child_id)
        self.child_header.show()

    def show_caseload(self) -> None:
        page = self._show_page("caseload")
        if page is not None:
            self.caseload_page.ui.search.setFocus()

    def _focus_search(self) -> None:
        self.show_caseload()
        self.caseload_page.ui.search.selectAll()

    def show_sync(self) -> None:
        page = self._show_page("sync")
        if page is not None:
            cast("SyncPage", page).refresh(self.sync_status.text())

    def back(self) -> None:
        """Back (Alt+Left): the page's own Back, which saves or says what is unsaved."""
        current = self.stack.currentWidget()
        if self.vault is not None and isinstance(current, LeavablePage):
            current.leave()

    def _escape(self) -> None:
        """Esc goes back only where nothing would be lost; in a table cell being edited it
        cancels the edit, as it would without this shortcut."""
        focus = QApplication.focusWidget()
        widget = focus
        while focus is not None and widget is not None:
            if (
                isinstance(widget, QAbstractItemView)
                and widget.state() == QAbstractItemView.State.EditingState
            ):
                self._escape_shortcut.setEnabled(False)
                try:
                    QApplication.sendEvent(
                        focus,
                        QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                    )
                finally:
                    self._escape_shortcut.setEnabled(True)
                return
            widget = widget.parentWidget()
        current = self.stack.currentWidget()
        if self.vault is not None and isinstance(current, LeavablePage) and can_leave_safely(current):
            current.leave()

    def next_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the next or previous tab of the tab widget around the
        focus (or the page's first), skipping tabs that are hidden or disabled."""
        tabs: QTabWidget | None = None
        widget = QApplication.focusWidget()
        while widget is not None and tabs is None:
            if isinstance(widget, QTabWidget) and self.isAncestorOf(widget):
                tabs = widget
            widget = widget.parentWidget()
        if tabs is None:
            current = self.stack.currentWidget()
            found = (
                [t for t in current.findChildren(QTabWidget) if t.isVisible()] if current is not None else []
            )
            tabs = found[0] if found else None
        if tabs is None or tabs.count() < 2:
            return
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                tabs.tabBar().setFocus()
                return

    def new_visit_here(self) -> None:
        """Ctrl+Shift+N: a new visit for the child on screen (after saving their details)."""
        current = self.stack.currentWidget()
        child_id = child_id_of(current) if current is not None else ""
        if self.vault is None or not child_id:
            self.statusBar().showMessage("Open a child first to start a visit.", 5000)
            return
        if current is self.child_page and self.child_page is not None:
            self.child_page.request_visit()
            return
        self.flush()
        self.start_visit(child_id)

    def _child_page(self) -> ChildPage:
        return cast("ChildPage", self.pages.page("child"))

    def open_child(self, child_id: str) -> None:
        self.flush()
        page = self._child_page()
        page.show_child(child_id)
        self.stack.setCurrentWidget(page)
        self._show_child_header()  # already current: currentChanged did not say so

    def new_child(self) -> None:
        if self.vault is None:
            return
        self.flush()
        page = self._child_page()
        page.show_new()
        self.stack.setCurrentWidget(page)
        self._show_child_header()

    def start_visit(self, child_id: str) -> None:
        from ..domain.model import Visit

        assert self.vault is not None
        role = self.vault.profile.role
        today = date.today()
        stored = self.vault.visits.start(
            Visit(
                child_id=child_id,
                visit_type=ROLE_DEFAULT_VISIT_TYPE.get(role, "ehe_annual"),
                planned_date=today,
                actual_date=today,
            )
        )
        self.pages.records_changed.emit()
        self.open_visit(stored.id)

    def open_visit(self, visit_id: str) -> None:
        page = cast("VisitPage", self.pages.page("visit"))
        page.show_visit(visit_id)
        self.stack.setCurrentWidget(page)
        self._show_child_header()
        page.ui.present.setFocus()

    def open_eotas(self, child_id: str) -> None:
        if self.vault is None or not child_id:
            return
        self.flush()
        page = cast("EotasPage", self.pages.page("eotas"))
        page.show_child(child_id)
        self.stack.setCurrentWidget(page)
        self._show_child_header()
        page.ui.grid.setFocus()

    def open_ehc(self, child_id: str) -> None:
        if self.vault is None or not child_id:
            return
        self.flush()
        page = cast("EhcPage", self.pages.page("ehc"))
        page.show_child(child_id)
        self.stack.setCurrentWidget(page)
        self._show_child_header()

    def open_views(self, record_id: str) -> None:
        if self.vault is None:
            return
        page = cast("ViewsPage", self.pages.page("views"))
        page.show_record(record_id)
        self.stack.setCurrentWidget(page)
        self._show_child_header()

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
            return review_pack(vault, child_id, chosen, rules, authority=self.settings.authority_name)

        self.show_document(
            gather,
            f"Review pack – {name} {child.legal_last_name}",
            f"review-pack-{name}.pdf",
            "child",
            child_id,
            "review pack",
            options.audience,
        )

    def show_today(self) -> None:
        page = self._show_page("today")
        if page is not None:
            cast("DashboardPage", page).ui.items.setFocus()

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
        self.statusBar().showMessage("Imported: " + ", ".join(f"{n} {k}" for k, n in result.items()), 10_000)

    def choose_export_path(self, format_name: str) -> Path | None:
        """The seam tests replace: a warning, then the save dialog."""
        from .register_io import choose_export_path

        return choose_export_path(self, format_name)

    # --- backups ------------------------------------------------------------------------------

    def backup_if_due(self) -> bool:
        """Start the daily backup in the background if none was made today."""
        from .operations import start_backup_if_due

        if self.vault is None or not self.isVisible():  # a closed window makes none
            return False
        self.backup_timer.start(BACKUP_EVERY_MS)
        return start_backup_if_due(self)

    def backup_finished(self, path: Path) -> None:
        self.statusBar().showMessage("The daily encrypted backup was made.", 10_000)

    def backup_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(f"The daily backup was not made: {exc}", 30_000)

    def choose_backup(self, backups: list[Backup]) -> Backup | None:
        """The seam tests replace: a list of this vault's backups."""
        from .operations import choose_backup

        return choose_backup(self, backups)

    def confirm_restore(self, backup: Backup) -> bool:
        """The seam tests replace: what is lost and what is kept, then Yes or No."""
        from .operations import confirm_restore

        return confirm_restore(self, backup)

    def restore_from_backup(self) -> Path | None:
        """File -> Restore from backup…: the current vault kept aside, the backup opened in
        its place with the same key, audited. Returns where the previous vault was kept."""
        from PySide6.QtWidgets import QMessageBox

        from ..vault.backup import list_backups
        from ..vault.errors import VaultError
        from .announce import announce

        if self.vault is None:
            return None
        backups = list_backups(self.vault_path)
        if not backups:
            QMessageBox.information(
                self, "No backups yet", "There is no backup of this vault yet: one is made each day."
            )
            return None
        chosen = self.choose_backup(backups)
        if chosen is None or not self.confirm_restore(chosen):
            return None
        vault = self.vault
        self.flush()
        self._close_dialogs()
        self._drop_pages()
        self.idle.stop()
        self.backup_timer.stop()
        try:
            # Checks the backup against the key first: a damaged one leaves the vault open.
            restored, aside = vault.restore_backup(chosen.path)
        except (VaultError, OSError) as exc:
            if vault.is_open:
                self._opened(vault)
                QMessageBox.warning(self, "Not restored", f"The backup was not restored: {exc}")
            else:  # failed after the vault was locked: its files are as they were, or aside
                self.vault = None
                self.show_start(f"The backup was not restored: {exc}")
            return None
        self.vault = None
        self._opened(restored)
        message = (
            f"Restored the backup of {chosen.made_at:%d/%m/%Y %H:%M}. The previous vault is kept as {aside}."
        )
        self.statusBar().showMessage(message, 30_000)
        announce(self, message)
        return aside

    def choose_diagnostics_path(self) -> Path | None:
        """The seam tests replace: the save dialog."""
        from .operations import choose_diagnostics_path

        return choose_diagnostics_path(self)

    def save_diagnostics(self) -> str | None:
        from .operations import save_diagnostics

        out = self.choose_diagnostics_path()
        if out is None:
            return None
        message = save_diagnostics(self, out, self.vault_path, self.vault)
        self.statusBar().showMessage(message, 15_000)
        return message

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
        self._show_page("providers")

    def show_overview(self) -> None:
        self._show_page("overview")

    def _records_changed(self) -> None:
        """A page wrote a record: sync soon; what other pages show is read again."""
        self.sync.changed()
        current = self.stack.currentWidget()
        child = self.child_page
        if child is not None and current is not child:
            child.refresh_visits()
        if self.pages.name_of(current) in CHILD_PAGES:  # a name or status may have changed
            self._show_child_header()

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
            return visit_summary(vault, visit_id, copy_for(audience), authority=self.settings.authority_name)

        self.show_document(
            gather, f"Visit summary – {child.display_name}", name, "visit", visit_id, "visit summary"
        )

    def show_document(
        self,
        gather: Callable[[str], Document],
        title: str,
        file_name: str,
        record_type: str,
        record_id: str,
        what: str,
        audience: str = "family",
    ) -> None:
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
            return Rendition(
                renderer(format_name)(document),
                format_name,
                render_html(document) if format_name == "odt" else "",
                audit_detail(what, document.copy, format_name),
            )

        first = gather(audience)
        detail = audit_detail(what, first.copy, "pdf")

        def show(pdf: bytes) -> None:
            self.statusBar().clearMessage()
            if self.vault is not vault:  # locked while rendering: show nothing
                return

            def audit(action: str) -> None:
                vault.audit(action, record_type, record_id, detail=dialog.rendition.detail)

            dialog = PreviewDialog(
                title,
                pdf,
                file_name,
                audit,
                self,
                render=rendition,
                audience=first.copy.audience,
                detail=detail,
            )
            self.preview_dialog = dialog
            vault.audit("preview", record_type, record_id, detail=detail)
            dialog.show()

        def failed(exc: BaseException) -> None:
            from PySide6.QtWidgets import QMessageBox

            self.statusBar().clearMessage()
            QMessageBox.critical(self, "Could not prepare the document", str(exc))

        run_in_background(lambda: renderer("pdf")(first), show, failed, self)
