"""Child mode for picture cards: one large card at a time, and three piles drawn as places
to put it (drag the card there, or tap the pile). A card in a pile can be tapped to take it
back. Child mode carries on from the sorts already recorded and never overwrites them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import codes
from ..domain.views import CardSort
from .child_mode_parts import CARD, INK, LINE, Activity, big, draw_focus
from .views_widgets import card_icon

CARD_MIME = "application/x-cnis-card"
PILE_SYMBOLS = {"like": "☺", "not_sure": "?", "dont_like": "☹"}
THUMB = 52


class BigCard(QLabel):
    """The card to sort, large, with its words; it can be dragged onto a pile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.setObjectName("currentCard")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pressed_at: QPoint | None = None
        # The picture is sized to the screen by the activity, never the other way round.
        self.setMinimumSize(80, 80)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._pressed_at is None
            or not self.code
            or (event.position().toPoint() - self._pressed_at).manhattanLength() < 12
        ):
            return
        self._pressed_at = None
        mime = QMimeData()
        mime.setData(CARD_MIME, self.code.encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(card_icon(self.code).pixmap(120, 120))
        drag.exec(Qt.DropAction.MoveAction)


class Pile(QAbstractButton):
    """A tray drawn with its name and symbol; holds small pictures of the cards put in it."""

    def __init__(self, pile: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pile = pile
        self.label = label
        self.setObjectName(f"pile_{pile}")
        self.setAccessibleName(f"Put the card in: {label}")
        # Shrinks with the screen (down to its minimum), grows to share the row.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.dropped: Callable[[str, str], None] = lambda card, pile: None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(14, 64, 14, 12)
        self.grid.setSpacing(6)
        self.thumbs: dict[str, QToolButton] = {}

    def sizeHint(self) -> QSize:
        return QSize(360, 230)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 130)

    def set_cards(self, cards: list[str], take_back: Callable[[str], None]) -> None:
        for thumb in self.thumbs.values():
            thumb.deleteLater()
        self.thumbs = {}
        columns = max(1, (self.width() - 28) // (THUMB + 8))
        for i, code in enumerate(cards):
            thumb = QToolButton(self)
            thumb.setObjectName(f"inpile_{code}")
            thumb.setIcon(card_icon(code))
            thumb.setIconSize(QSize(THUMB, THUMB))
            words = codes.SORT_CARDS.label(code)
            thumb.setToolTip(f"{words} – tap to take it back")
            thumb.setAccessibleName(f"{words}, in {self.label}: tap to take it back")
            thumb.clicked.connect(lambda _=False, c=code: take_back(c))
            self.grid.addWidget(thumb, i // columns, i % columns)
            thumb.show()
            self.thumbs[code] = thumb
        self.setAccessibleDescription(f"{len(cards)} card(s)")
        self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData().data(CARD_MIME)
        card = bytes(data.data()).decode()
        if card in codes.SORT_CARDS:
            event.acceptProposedAction()
            self.dropped(card, self.pile)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tray = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        painter.setPen(QPen(QColor(LINE), 3, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(CARD))
        painter.drawRoundedRect(tray, 18, 18)
        painter.setPen(QColor(INK))
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRectF(tray.left(), tray.top() + 6, tray.width(), 48),
            Qt.AlignmentFlag.AlignCenter,
            f"{PILE_SYMBOLS.get(self.pile, '')}  {self.label}",
        )
        if self.hasFocus():
            draw_focus(painter, QRectF(self.rect()), 18)
        painter.end()


class CardsActivity(Activity):
    def __init__(
        self, cards: list[CardSort], changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(changed, parent)
        self.cards = cards  # the record's sorts: carried on from, never reset
        self.order = list(codes.SORT_CARDS.codes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        card_column = QVBoxLayout()
        self.card = BigCard(self)
        self.words = QLabel(self)
        self.words.setObjectName("cardWords")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big(self.words, 24, bold=True)
        self.hint = QLabel("Drag the card to a pile, or tap a pile.", self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big(self.hint, 16)
        card_column.addWidget(self.card, 1)
        card_column.addWidget(self.words)
        card_column.addWidget(self.hint)
        top.addLayout(card_column)
        top.addStretch(1)
        layout.addLayout(top, 1)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.piles: dict[str, Pile] = {}
        for pile, label in codes.SORT_PILE:
            widget = Pile(pile, label, self)
            big(widget, 20)
            widget.clicked.connect(lambda _=False, p=pile: self.put(p))
            widget.dropped = self.sort
            self.piles[pile] = widget
            row.addWidget(widget, 1)
        layout.addLayout(row, 1)
        self.current = self._next_unsorted()
        self._show()

    def pile_of(self, card: str) -> str:
        return next((c.pile for c in self.cards if c.card == card), "")

    def _next_unsorted(self) -> str:
        return next((code for code in self.order if not self.pile_of(code)), "")

    def put(self, pile: str) -> None:
        if self.current:
            self.sort(self.current, pile)

    def sort(self, card: str, pile: str) -> None:
        before, shown = self.pile_of(card), self.current
        self._set(card, pile)
        self.current = self._next_unsorted()

        def undo() -> None:
            self._set(card, before)
            self.current = shown
            self._show()

        self._show()
        self.record_change(undo)

    def take_back(self, card: str) -> None:
        """A card in a pile goes back to be sorted again, and is the one shown."""
        self.sort(card, "")
        self.current = card
        self._show()
        self.moved.emit()

    def _set(self, card: str, pile: str) -> None:
        for c in self.cards:
            if c.card == card:
                c.pile = pile
                return
        self.cards.append(CardSort(card, pile))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        side = max(72, min(240, self.card.height() - 8, self.card.width() - 8))
        if self.current:
            self.card.code = self.current
            self.card.setPixmap(card_icon(self.current).pixmap(side, side))
            self.card.setAccessibleName(f"Card: {codes.SORT_CARDS.label(self.current)}")
            self.words.setText(codes.SORT_CARDS.label(self.current))
            self.hint.setVisible(True)
        else:
            self.card.code = ""
            self.card.clear()
            self.card.setText("★")
            big(self.card, 48)
            self.words.setText("All done – thank you!")
            self.hint.setVisible(False)
        for pile, widget in self.piles.items():
            widget.set_cards([c for c in self.order if self.pile_of(c) == pile], self.take_back)
            widget.setEnabled(True)

    def progress(self) -> str:
        done = sum(1 for code in self.order if self.pile_of(code))
        if not self.current:
            return f"All {len(self.order)} cards sorted"
        position = self.order.index(self.current) + 1
        return f"Card {position} of {len(self.order)} · {done} sorted"

    def here(self) -> str:
        if not self.current:
            return "You are here: the end"
        return f"You are here: {codes.SORT_CARDS.label(self.current)}"
