"""Imported values to check on a child: each mapped, unusable or disputed spreadsheet value,
in the sheet's own words, until a person marks it checked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from ..domain.model import TidyUp
from .forms.ui_tidy_up_tab import Ui_TidyUpTab
from .tables import fill_table

KINDS = {"mapped": "Mapped", "kept": "Not used", "difference": "Lines differ", "missing": "Not in the sheet"}


def describe(flag: TidyUp) -> tuple[str, str, str, str, str]:
    return (
        flag.column or flag.field,
        KINDS.get(flag.kind, flag.kind),
        flag.original or "(blank)",
        flag.note,
        flag.source,
    )


class TidyUpTab(QWidget):
    checked = Signal(int)  # the index, in the child's list, of a value a person has checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TidyUpTab()
        self.ui.setupUi(self)
        self.flags: list[TidyUp] = []
        self.ui.checkedButton.clicked.connect(self._checked)
        self.ui.tidyTable.itemSelectionChanged.connect(self._selection_changed)

    def show_flags(self, flags: list[TidyUp]) -> None:
        self.flags = list(flags)
        fill_table(
            self.ui.tidyTable,
            ("Column", "What", "The sheet said", "What the import did", "From"),
            [describe(f) for f in self.flags],
            list(range(len(self.flags))),
        )
        if self.flags:
            self.ui.tidyTable.selectRow(0)
        self._selection_changed()
        self.ui.tidyStatus.setText(f"{len(self.flags)} to check." if self.flags else "Nothing left to check.")

    def _selection_changed(self) -> None:
        self.ui.checkedButton.setEnabled(bool(self.ui.tidyTable.selectedItems()))

    def _checked(self) -> None:
        items = self.ui.tidyTable.selectedItems()
        if items:
            self.checked.emit(int(items[0].data(Qt.ItemDataRole.UserRole)))
