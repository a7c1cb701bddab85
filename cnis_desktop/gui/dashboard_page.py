"""Today: what needs doing across the caseload, grouped, with counts, one step from the child."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from ..domain.oversight import DashboardItem
from ..settings import Settings
from ..vault import Vault
from .forms.ui_dashboard_page import Ui_DashboardPage
from .notification_dialog import NotificationDialog

SECTIONS = {
    "deadlines": "Deadlines overdue or due in the next 14 days",
    "consent": "Consent to home educate not yet decided",
    "absence": "Persistent or severe absence (sessions missed)",
    "health": "Not notified to health (school nursing, GP or health visitor)",
    "partners": "Not notified to any partner",
    "hours": "Below full time for their key stage",
    "lead": "No lead professional",
}
OVERDUE = QBrush(QColor("#b10e1e"))
ITEM_ROLE = Qt.ItemDataRole.UserRole


class DashboardPage(QWidget):
    open_item = Signal(object)  # DashboardItem

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("pageTitle")
        self.vault = vault
        self.settings = settings
        self.items: list[DashboardItem] = []
        self.dialog: NotificationDialog | None = None
        tree = self.ui.items
        tree.setColumnCount(4)
        tree.setHeaderLabels(["Child", "What", "When", "About"])
        tree.setColumnWidth(0, 260)
        tree.setColumnWidth(1, 420)
        tree.setColumnWidth(2, 230)
        tree.itemActivated.connect(lambda item, _col: self._open(item))
        tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.ui.openButton.clicked.connect(lambda: self._open(tree.currentItem()))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.notifyButton.clicked.connect(self.record_notification)
        self._selection_changed()

    def refresh(self) -> None:
        today = date.today()
        self.items = self.vault.oversight.dashboard(
            today, self.settings.timeline_rules(), self.settings.thresholds())
        tree = self.ui.items
        tree.clear()
        for key, title in SECTIONS.items():
            found = [i for i in self.items if i.section == key]
            top = QTreeWidgetItem([f"{title} ({len(found)})"])
            top.setData(0, ITEM_ROLE, None)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for item in found:
                when = f"{item.due:%d/%m/%Y} – {item.state(today)}" if item.due else ""
                row = QTreeWidgetItem([item.child_name, item.title, when, item.detail])
                row.setData(0, ITEM_ROLE, item)
                if item.due and item.due < today:
                    row.setForeground(2, OVERDUE)
                top.addChild(row)
            top.setExpanded(bool(found) and len(found) <= 200)
        counts = {k: sum(1 for i in self.items if i.section == k) for k in SECTIONS}
        overdue = sum(1 for i in self.items if i.due and i.due < today)
        self.ui.summary.setText(f"{overdue} overdue · {counts['consent']} consent undecided · "
                                f"{counts['health']} not told to health · "
                                f"{counts['hours']} below full time")

    def _selected(self) -> DashboardItem | None:
        current = self.ui.items.currentItem()
        found = current.data(0, ITEM_ROLE) if current is not None else None
        return found if isinstance(found, DashboardItem) else None

    def _selection_changed(self) -> None:
        item = self._selected()
        self.ui.openButton.setEnabled(item is not None)
        self.ui.notifyButton.setEnabled(item is not None and item.section in ("health",
                                                                              "partners"))

    def _open(self, tree_item: QTreeWidgetItem | None) -> None:
        found = tree_item.data(0, ITEM_ROLE) if tree_item is not None else None
        if isinstance(found, DashboardItem):
            self.open_item.emit(found)

    def record_notification(self) -> NotificationDialog | None:
        item = self._selected()
        if item is None or not item.arrangement_id:
            return None
        partner = "school_nursing" if item.section == "health" else "original_school"
        dialog = NotificationDialog(self.vault, item.child_id, item.arrangement_id, partner, self)
        dialog.accepted.connect(self._recorded)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self) -> None:
        self.refresh()
        self.ui.status.setText("Notification recorded.")
