"""The list of problems above a form when saving or finalising is refused: each problem a
link that takes the focus to its field (the GOV.UK error summary pattern)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from .style import ERROR_COLOUR

SUMMARY_STYLE = (
    f"QLabel#errorSummary {{ background: #ffffff; color: #0b0c0c;"
    f" border: 2px solid {ERROR_COLOUR}; border-left-width: 6px; padding: 6px; }}"
)


class ErrorSummary(QLabel):
    field_chosen = Signal(str)  # the key of the problem whose link was followed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setStyleSheet(SUMMARY_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        # Links reachable by Tab and followed with Enter, as well as by mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setAccessibleName("Problems to correct")
        self.linkActivated.connect(self.field_chosen.emit)
        self.errors: dict[str, str] = {}
        self.hide()

    def show_problems(self, errors: dict[str, str], order: list[str]) -> None:
        """`order`: the keys of `errors` as a reader meets their fields."""
        self.errors = dict(errors)
        if not errors:
            self.clear()
            self.setAccessibleDescription("")
            self.hide()
            return
        items = "".join(
            f'<li><a href="{html.escape(key)}" style="color: {ERROR_COLOUR};">'
            f"{html.escape(errors[key])}</a></li>"
            for key in order
        )
        count = len(errors)
        self.setText(
            f"<b>There {'is a problem' if count == 1 else f'are {count} problems'}"
            f" to correct</b><ul style='margin: 0'>{items}</ul>"
        )
        self.setAccessibleDescription(" ".join(errors[key] for key in order))
        self.show()

    def messages(self) -> list[str]:
        return list(self.errors.values())
