"""The persistent navigation: the places a worker goes every day, always on screen.

A list, so that Tab reaches it as one stop, the arrow keys move within it and Enter opens
(as in Vorta or GNOME Settings). The page on screen is marked by a bar, bold text and the
accessible description, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..resources import resource

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
INK = QColor("#0b0c0c")
BLUE = QColor("#1d4f91")
FOCUS = QColor("#ffdd00")  # GOV.UK focus yellow, always with a dark outline (3:1 on white)


@dataclass(frozen=True)
class Place:
    name: str  # the page registry's name
    label: str
    icon: str  # resources/icons/nav/<icon>.svg
    shortcut: str
    description: str


PLACES = (
    Place("today", "Today", "today", "Ctrl+T", "Deadlines and things to do, most urgent first"),
    Place("caseload", "Caseload", "caseload", "Ctrl+1", "Every child on your caseload"),
    Place("overview", "EOTAS", "eotas", "Ctrl+2", "EOTAS hours across the caseload"),
    Place("providers", "Providers", "providers", "Ctrl+3", "Provider register and QA visits"),
    Place("sync", "Sync and conflicts", "sync", "Ctrl+4", "Send and receive changes; resolve conflicts"),
)


class PlaceDelegate(QStyledItemDelegate):
    """Draws the current page's bar and the keyboard focus, both visible without colour."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(CURRENT_ROLE):
            font = QFont(option.font)  # the option hands out a copy: set it back
            font.setWeight(QFont.Weight.Bold)
            option.font = font

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect: QRect = option.rect
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        if focused:
            painter.fillRect(rect, FOCUS)
        elif index.data(CURRENT_ROLE):
            painter.fillRect(rect, QColor("#e8eef7"))
        painter.restore()
        # The style draws text and icon; its own focus rectangle and selection are left out.
        plain = QStyleOptionViewItem(option)
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, plain, index)
        painter.save()
        if index.data(CURRENT_ROLE):  # a 5 px bar at the left: the page on screen
            painter.fillRect(QRect(rect.left(), rect.top() + 3, 5, rect.height() - 6), BLUE)
        if focused:  # a 2 px dark outline inside the yellow
            painter.setPen(QPen(INK, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


class Sidebar(QListWidget):
    """Emits `chosen(name)` on Enter, a click or a shortcut; arrows only move the focus."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName("Navigation")
        self.setAccessibleDescription("Arrow keys move, Enter opens the page")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(22, 22))
        self.setSpacing(2)
        self.setItemDelegate(PlaceDelegate(self))
        palette = self.palette()  # no placeholder is shown, but its colour must still pass
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#505a5f"))
        self.setPalette(palette)
        self.setStyleSheet(
            "QListWidget#sidebar { background: #f8f8f8; border: none;"
            " border-right: 1px solid #b1b4b6; padding: 6px 0; }"
            " QListWidget#sidebar::item { padding: 6px 10px 6px 12px;"
            " color: #0b0c0c; }"
        )
        for place in PLACES:
            item = QListWidgetItem(
                QIcon(str(resource("icons", "nav", f"{place.icon}.svg"))), place.label, self
            )
            item.setData(NAME_ROLE, place.name)
            item.setToolTip(f"{place.description} ({place.shortcut})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, place.description)
        self.clicked.connect(self._open)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens here rather than through `activated`, which some styles also send on
        # a single click (the click already opened the page).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        name = index.data(NAME_ROLE)
        if name:
            self.chosen.emit(str(name))

    def names(self) -> list[str]:
        return [str(self.item(r).data(NAME_ROLE)) for r in range(self.count())]

    def mark_current(self, name: str | None) -> None:
        """The page on screen (None: a page the sidebar does not list, such as a child)."""
        for r in range(self.count()):
            item = self.item(r)
            here = item.data(NAME_ROLE) == name
            item.setData(CURRENT_ROLE, here)
            place = PLACES[r]
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole,
                f"Current page. {place.description}" if here else place.description,
            )
            if here:
                self.setCurrentRow(r)  # Tab into the list lands on the page on screen

    def current_name(self) -> str | None:
        for r in range(self.count()):
            if self.item(r).data(CURRENT_ROLE):
                return str(self.item(r).data(NAME_ROLE))
        return None

    def sizeHint(self) -> QSize:
        width = max(self.sizeHintForColumn(0), 150) + 2 * self.frameWidth() + 8
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), 0)
