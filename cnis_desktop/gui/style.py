"""Small shared pieces of look and behaviour, cheap to import at start-up."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ..domain.codes import CodeList

ERROR_STYLE = "color: #b10e1e; font-weight: 600;"
OK_STYLE = "color: #505a5f;"


def fill_combo(combo: QComboBox, codes: CodeList, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in codes:
        combo.addItem(label, code)
