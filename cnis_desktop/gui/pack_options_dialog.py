"""Choosing a review pack: its period, its sections (and why any are left out), which copy,
and whether a family copy takes third-party information."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.audience import AUDIENCE, SAFEST_AUDIENCE
from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..reports.pack_options import SECTION_TITLES, SECTIONS, PackOptions
from .binder import ERROR_STYLE, fill_combo
from .forms.ui_pack_options_dialog import Ui_PackOptionsDialog


class PackOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packOptions")
        self.setWindowTitle("Review pack")
        self.ui = Ui_PackOptionsDialog()
        self.ui.setupUi(self)
        today = date.today()
        self.ui.periodFrom.setText(format_user_date(today - timedelta(days=365)))
        self.ui.periodTo.setText(format_user_date(today))
        for key in SECTIONS:
            self.ui.sections.addItem(SECTION_TITLES[key])
            item = self.ui.sections.item(self.ui.sections.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        fill_combo(self.ui.copy, AUDIENCE)
        self.ui.copy.setCurrentIndex(max(self.ui.copy.findData(SAFEST_AUDIENCE), 0))
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.okButton.clicked.connect(self._ok)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.options: PackOptions | None = None

    def read(self) -> PackOptions | None:
        try:
            start = parse_user_date(self.ui.periodFrom.text())
            end = parse_user_date(self.ui.periodTo.text())
        except DateProblem as exc:
            self.ui.message.setText(str(exc))
            return None
        if start is None or end is None or end < start:
            self.ui.message.setText("Enter a from date on or before the to date.")
            return None
        items = [self.ui.sections.item(i) for i in range(self.ui.sections.count())]
        chosen = frozenset(
            i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
        )
        reason = self.ui.leftOutReason.text().strip()
        left_out = {key: reason for key in SECTIONS if key not in chosen}
        # Unticked, the copy keeps its own default: out of a family copy, in the others.
        third_party = True if self.ui.thirdParty.isChecked() else None
        return PackOptions(start, end, chosen, third_party, str(self.ui.copy.currentData()), left_out)

    def _ok(self) -> None:
        self.options = self.read()
        if self.options is not None:
            self.accept()
