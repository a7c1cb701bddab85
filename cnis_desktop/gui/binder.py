"""Binds a dataclass record to the widgets named after its fields.

Widgets in the .ui files carry the record's field names as object names, so one binder
reads and writes any form: text, dates (dd/mm/yyyy), hours, code lists, checkboxes and
checklists. Each field gets an error label beneath it for messages next to the field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ..domain.codes import CodeList
from ..domain.dates import DateProblem, format_user_date, parse_user_date
from .style import ERROR_STYLE, fill_combo

__all__ = ["ERROR_STYLE", "FormBinder", "fill_checklist", "fill_combo"]


def fill_checklist(widget: QListWidget, codes: CodeList) -> None:
    widget.clear()
    for code, label in codes:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)


class FormBinder(QObject):
    changed = Signal()

    def __init__(
        self, root: QWidget, record_type: type, skip: tuple[str, ...] = (), prefix: str = ""
    ) -> None:
        """`prefix`: where two forms on one page share field names, the widgets of one are
        named with a prefix (e.g. review_decision_date)."""
        super().__init__(root)
        self.record_type = record_type
        self.types: dict[str, str] = {}
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._loading = False
        self._rows: dict[str, tuple[QFormLayout, QLabel]] = {}
        self._hints: dict[str, str] = {}  # each field's own description, kept under its errors
        self._guard = _ReadOnlyGuard(self)
        for f in dataclasses.fields(record_type):
            if f.name in skip:
                continue
            widget = root.findChild(QWidget, prefix + f.name)
            if widget is None:
                continue
            self.widgets[f.name] = widget
            self.types[f.name] = str(f.type)
            self._hints[f.name] = widget.accessibleDescription()
            self._connect(widget)
            self._attach_error_label(f.name, widget)

    # --- wiring ---------------------------------------------------------------------------

    def _connect(self, widget: QWidget) -> None:
        emit: Callable[..., None] = self._emit
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(emit)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(emit)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(emit)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(emit)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(emit)

    def _emit(self, *_: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _attach_error_label(self, name: str, widget: QWidget) -> None:
        parent = widget.parentWidget()
        layout = parent.layout() if parent else None
        form = _find_form_layout(layout, widget) if layout else None
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"{widget.objectName()}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setAccessibleName(f"Problem with {name.replace('_', ' ')}")
        self.error_labels[name] = label
        if form is not None:
            row = _form_row(form, widget)
            form.insertRow(row + 1, "", label)
            title = form.labelForField(widget)
            if isinstance(title, QLabel) and not widget.accessibleName():
                widget.setAccessibleName(title.text().replace("&", ""))
            form.setRowVisible(row + 1, False)
            self._rows[name] = (form, label)
        else:
            label.hide()

    @property
    def loading(self) -> bool:
        """True while `load` fills the widgets (their change signals are not edits)."""
        return self._loading

    # --- values ---------------------------------------------------------------------------

    def load(self, record: Any) -> None:
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                _set_value(widget, self.types[name], getattr(record, name))
        finally:
            self._loading = False
        self.show_errors({})

    def read(self, base: Any) -> tuple[Any, dict[str, str]]:
        """The record as the form shows it, on top of `base`, and fields that did not parse."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, widget in self.widgets.items():
            try:
                values[name] = _get_value(widget, self.types[name])
            except ValueError as exc:
                problems[name] = str(exc)
        return dataclasses.replace(base, **values), problems

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field, and in the field's accessible description, so a
        screen reader says it when the field takes the focus (the error linked to its field)."""
        for name, label in self.error_labels.items():
            message = errors.get(name, "")
            label.setText(message)
            widget = self.widgets[name]
            hint = self._hints.get(name, "")
            widget.setAccessibleDescription(
                " ".join(part for part in (f"Problem: {message}" if message else "", hint) if part)
            )
            if message:
                label.setBuddy(widget)
            if name in self._rows:
                form, lbl = self._rows[name]
                row = _form_row(form, lbl)
                if row >= 0:
                    form.setRowVisible(row, bool(message))
            else:
                label.setVisible(bool(message))

    def first_with_error(self, errors: dict[str, str]) -> QWidget | None:
        """The first field, in form order, that has a message: where the user should look."""
        for name, widget in self.widgets.items():
            if name in errors:
                return widget
        return None

    def set_read_only(self, read_only: bool) -> None:
        """Read-only, never disabled: a finalised record reads as normal text (a disabled
        widget is drawn in grey at 1.5:1), stays in the Tab order for a screen reader, and
        refuses changes."""
        self._loading = True  # a change of mode is not an edit of the record
        try:
            self._set_read_only(read_only)
        finally:
            self._loading = False

    def _set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            if widget.property("readOnly") != read_only:
                widget.setProperty("readOnly", read_only)  # the style sheet's [readOnly="true"]
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QListWidget):
                for i in range(widget.count()):
                    item = widget.item(i)
                    flags = item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable
                    item.setFlags(flags if read_only else flags | Qt.ItemFlag.ItemIsUserCheckable)
            else:
                widget.setEnabled(True)
                self._guard.guard(widget, read_only)


class _ReadOnlyGuard(QObject):
    """Makes a combo box or check box read-only, which Qt has no property for: clicks, the
    wheel and keys that would change it are swallowed; Tab and Shift+Tab still move on."""

    BLOCKED = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    )
    PASSED_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.guarded: set[QWidget] = set()

    def guard(self, widget: QWidget, on: bool) -> None:
        if on and widget not in self.guarded:
            widget.installEventFilter(self)
            self.guarded.add(widget)
        elif not on and widget in self.guarded:
            widget.removeEventFilter(self)
            self.guarded.discard(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self.BLOCKED:
            return False
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = event.key()  # type: ignore[attr-defined]
            return key not in self.PASSED_KEYS
        return True


def _form_row(form: QFormLayout, widget: QWidget) -> int:
    position = form.getWidgetPosition(widget)  # (row, role); typed loosely in the stubs
    return int(position[0])  # type: ignore[index]


def _find_form_layout(layout: Any, widget: QWidget) -> QFormLayout | None:
    if isinstance(layout, QFormLayout) and layout.indexOf(widget) >= 0:
        return layout
    if layout is None:
        return None
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            found = _find_form_layout(child, widget)
            if found is not None:
                return found
    return None


def _set_value(widget: QWidget, annotation: str, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        if annotation.startswith("date"):
            widget.setText(format_user_date(value))
        elif annotation.startswith("float"):
            widget.setText("" if value is None else f"{value:g}")
        elif annotation.startswith("int"):
            widget.setText("" if value is None else str(value))
        else:
            widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        index = widget.findData(value or "")
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QListWidget):
        chosen = set(value or [])
        for i in range(widget.count()):
            item = widget.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _get_value(widget: QWidget, annotation: str) -> Any:
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if annotation.startswith("date"):
            try:
                return parse_user_date(text)
            except DateProblem as exc:
                raise ValueError(str(exc)) from exc
        if annotation.startswith("float"):
            if not text.strip():
                return None
            try:
                return float(text.strip().replace(",", "."))
            except ValueError:
                raise ValueError("Enter a number, for example 12.5.") from None
        if annotation.startswith("int"):
            if not text.strip():
                return None
            if not text.strip().isdigit():
                raise ValueError("Enter a whole number, for example 12.")
            return int(text.strip())
        return text.strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData() or ""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]
    raise TypeError(f"no binding for {type(widget).__name__}")
