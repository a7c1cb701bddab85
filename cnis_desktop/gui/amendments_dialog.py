"""What was amended on a finalised visit: each amendment with every changed field, the value
before and after, the reason, who made it and when."""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..domain import codes
from ..domain.dates import format_user_date
from ..domain.model import StoredVisit, apply_changes
from ..domain.visit_content import FIELD_LABELS

CODED = {
    "visit_type": codes.VISIT_TYPE,
    "basis": codes.VISIT_BASIS,
    "format_offered": codes.VISIT_FORMAT,
    "format_used": codes.VISIT_FORMAT,
    "judgement": codes.JUDGEMENT,
}


def describe_value(value: Any, name: str = "") -> str:
    """A stored value as the form shows it: a code list's words, a date as dd/mm/yyyy."""
    if name in CODED and isinstance(value, str) and value in CODED[name]:
        return CODED[name].label(value)
    if value in (None, "", [], ()):
        return "(blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return format_user_date(value)
    if isinstance(value, list | tuple):
        return "; ".join(describe_value(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_user_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def amendment_lines(stored: StoredVisit) -> list[str]:
    """Plain lines, oldest amendment first: readable by eye, by a screen reader, and in tests."""
    lines: list[str] = []
    current = stored.record
    for number, amendment in enumerate(stored.amendments, start=1):
        when = amendment.created_at
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        lines.append(f"Amendment {number}: {when.astimezone():%d/%m/%Y %H:%M} by {amendment.created_by}")
        lines.append(f"  Reason: {amendment.reason}")
        after = apply_changes(current, amendment.changes)
        for name in amendment.changes:
            before_value = getattr(current, name, None)
            after_value = getattr(after, name, None)
            lines.append(
                f"  {field_label(name)}: {describe_value(before_value, name)} → "
                f"{describe_value(after_value, name)}"
            )
        current = after
        lines.append("")
    return lines


class AmendmentsDialog(QDialog):
    def __init__(self, stored: StoredVisit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amendmentsDialog")
        self.setWindowTitle("What was amended")
        layout = QVBoxLayout(self)
        count = len(stored.amendments)
        intro = QLabel(
            f"This finalised visit was amended {'once' if count == 1 else f'{count} times'}."
            " Each change shows the value before → after.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Read-only text, not a table: long values wrap whole and a screen reader reads it
        # line by line; it can be selected and copied.
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("amendmentDetails")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName("Amendments")
        self.details.setPlainText("\n".join(amendment_lines(stored)).rstrip())
        intro.setBuddy(self.details)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)
