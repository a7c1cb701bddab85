"""Child mode for the methods made of words: Three Houses (three drawn houses), the one-page
profile (three boxes) and conversation (one box). The child chooses where to start; what
they say appears in that place as it is typed, and is in the draft as it is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import codes
from ..domain.views import Statement, ViewsRecord
from .child_mode_parts import (
    BOX_COLOURS,
    CHOSEN,
    HOUSE_COLOURS,
    INK,
    Activity,
    big,
    draw_focus,
)

CHILD_TITLES = {
    "good_things": "Good things",
    "worries": "Worries",
    "dreams": "Dreams",
    "like_about_me": "What people like about me",
    "important_to_me": "What is important to me",
    "support_me": "How best to support me",
    "said": "What I said",
}


class Place(QAbstractButton):
    """A house (or a box) the child taps to put their words in; drawn, with its words
    inside. The place the child is in has a thick outline and says "You are here"."""

    def __init__(self, key: str, title: str, house: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.house = house
        self.words: list[str] = []
        # Shrinks with the screen (down to its minimum), grows to share the row.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCheckable(True)
        self.setObjectName(f"start_{key}")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fill, self.edge = HOUSE_COLOURS.get(key, BOX_COLOURS) if house else BOX_COLOURS

    def sizeHint(self) -> QSize:
        return QSize(320, 380)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 190)

    def set_words(self, words: list[str]) -> None:
        self.words = words
        said = "; ".join(words) if words else "nothing yet"
        here = "You are here. " if self.isChecked() else ""
        self.setAccessibleDescription(f"{here}{len(words)} thing(s) said: {said}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        chosen = self.isChecked()
        top = area.top() + 34  # room above for "You are here"
        body = QRectF(
            area.left(), top + area.height() * 0.22, area.width(), area.bottom() - top - area.height() * 0.22
        )
        outline = QPen(QColor(INK if chosen else self.edge), 7 if chosen else 3)
        painter.setPen(outline)
        painter.setBrush(QColor(CHOSEN if chosen else self.fill))
        if self.house:
            roof = QPainterPath()
            roof.moveTo(QPointF(area.left() - 2, body.top()))
            roof.lineTo(QPointF(area.center().x(), top))
            roof.lineTo(QPointF(area.right() + 2, body.top()))
            roof.closeSubpath()
            painter.drawPath(roof)
            painter.drawRect(body)
            # A door and a chimney: it is a house, whatever the words inside.
            painter.setBrush(QColor(self.fill))
            painter.setPen(QPen(QColor(self.edge), 3))
            if body.height() > 260:  # on a small screen the words need the room more
                door_h = min(70.0, body.height() * 0.2)
                painter.drawRect(
                    QRectF(body.center().x() - door_h * 0.3, body.bottom() - door_h, door_h * 0.6, door_h)
                )
                body = body.adjusted(0, 0, 0, -door_h - 4)  # the words stay above the door
            painter.drawRect(
                QRectF(
                    area.right() - area.width() * 0.22,
                    top + (body.top() - top) * 0.25,
                    18,
                    (body.top() - top) * 0.45,
                )
            )
        else:
            body = QRectF(area.left(), top, area.width(), area.bottom() - top)
            painter.drawRoundedRect(body, 18, 18)
        painter.setPen(QColor(INK))
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(14.0, self.font().pointSizeF() * 1.1))
        title_font.setBold(True)
        painter.setFont(title_font)
        title_rect = QRectF(
            body.left() + 12, body.top() + 6, body.width() - 24, min(64.0, body.height() * 0.3)
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.title)
        words_font = QFont(self.font())
        words_font.setPointSizeF(max(13.0, self.font().pointSizeF() * 0.95))
        painter.setFont(words_font)
        words_rect = QRectF(
            body.left() + 14,
            title_rect.bottom() + 4,
            body.width() - 28,
            body.bottom() - title_rect.bottom() - 16,
        )
        painter.save()
        painter.setClipRect(words_rect)
        painter.drawText(
            words_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self._fitting(painter, words_rect),
        )
        painter.restore()
        if chosen:
            marker = QFont(self.font())
            marker.setPointSizeF(max(13.0, self.font().pointSizeF() * 0.9))
            marker.setBold(True)
            painter.setFont(marker)
            painter.drawText(
                QRectF(area.left(), area.top() - 4, area.width(), 30),
                Qt.AlignmentFlag.AlignCenter,
                "▼ You are here",
            )
        if self.hasFocus():
            draw_focus(painter, QRectF(self.rect()))
        painter.end()

    def _fitting(self, painter: QPainter, rect: QRectF) -> str:
        """The newest words that fit, so the last thing said is always seen."""
        metrics = painter.fontMetrics()
        shown: list[str] = []
        for words in reversed(self.words):
            trial = "\n".join([f"“{words}”", *shown])
            height = metrics.boundingRect(rect.toRect(), int(Qt.TextFlag.TextWordWrap), trial).height()
            if height > rect.height():
                return "…\n" + "\n".join(shown) if shown else f"“{words}”"
            shown.insert(0, f"“{words}”")
        return "\n".join(shown)


class WordsActivity(Activity):
    def __init__(
        self, record: ViewsRecord, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(changed, parent)
        self.record = record
        self.sections = codes.VIEWS_SECTIONS.get(record.method, (("said", "What I said"),))
        self.typing: Statement | None = None  # the statement being typed, already recorded
        houses = record.method == "three_houses"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("childPrompt")
        self.prompt.setWordWrap(True)
        big(self.prompt, 18)
        layout.addWidget(self.prompt)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.places: dict[str, Place] = {}
        for key, title in self.sections:
            place = Place(key, CHILD_TITLES.get(key, title), houses, self)
            big(place, 17)
            place.clicked.connect(lambda _=False, k=key: self.choose(k))
            self.places[key] = place
            row.addWidget(place, 1)
        layout.addLayout(row, 1)
        entry_row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setObjectName("childEntry")
        self.entry.setAccessibleName("Type your words")
        big(self.entry, 22)
        self.entry.setMinimumHeight(56)
        self.entry.textEdited.connect(self._typed)
        self.entry.returnPressed.connect(self.finish_typing)
        self.put = QPushButton("Put it in ✓", self)
        self.put.setObjectName("putWords")
        self.put.setMinimumSize(150, 56)
        big(self.put, 18)
        self.put.clicked.connect(self.finish_typing)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.put)
        layout.addLayout(entry_row)
        only = len(self.sections) == 1
        self.current = record.started_with or (self.sections[0][0] if only else "")
        self._show()

    def choose(self, key: str) -> None:
        """The child taps a place: the first one chosen is where they chose to start."""
        self._close_typing()
        was_current, was_start = self.current, self.record.started_with
        self.current = key
        if not self.record.started_with and len(self.sections) > 1:
            self.record.started_with = key

            def undo() -> None:
                self.record.started_with = was_start
                self.current = was_current
                self._show()

            self.record_change(undo)
        self._show()
        self.entry.setFocus()

    def _typed(self, text: str) -> None:
        """Each key is in the record at once: the words show as typed and are in the draft
        if child mode closes for any reason."""
        if not self.current:
            return
        if self.typing is None:
            if not text.strip():
                return
            if not self.record.started_with and len(self.sections) > 1:
                self.record.started_with = self.current
            self.typing = Statement(self.current, text.strip(), True)
            self.record.statements.append(self.typing)
            added = self.typing

            def undo() -> None:
                if added in self.record.statements:
                    self.record.statements.remove(added)
                if self.typing is added:
                    self.typing = None
                    self.entry.clear()
                self._show()

            self.record_change(undo)
        elif text.strip():
            self.typing.text = text.strip()
            self.changed()
        else:  # typed and rubbed out again: nothing was said
            self.record.statements.remove(self.typing)
            self.typing = None
            if self.undo_steps:
                self.undo_steps.pop()
            self.changed()
            self.moved.emit()
        self._show()

    def _close_typing(self) -> None:
        self.typing = None
        self.entry.clear()

    def finish_typing(self) -> None:
        self._close_typing()
        self._show()

    def _show(self) -> None:
        for key, place in self.places.items():
            place.setChecked(key == self.current)
            place.set_words([s.text for s in self.record.statements if s.section == key and s.exact_words])
        chosen = bool(self.current)
        self.entry.setEnabled(chosen)
        self.put.setEnabled(chosen)
        if not chosen:
            what = "house" if self.record.method == "three_houses" else "box"
            self.prompt.setText(f"Which {what} would you like to start with? Tap it.")
            self.entry.setPlaceholderText("Tap a house first" if what == "house" else "Tap a box first")
        else:
            self.prompt.setText(
                "Say or type your words. They go in the place you are in. Tap another one whenever you like."
            )
            self.entry.setPlaceholderText("Type here – your words appear as you type")

    def progress(self) -> str:
        said = {s.section for s in self.record.statements if s.exact_words and s.text.strip()}
        if len(self.sections) == 1:
            count = sum(1 for s in self.record.statements if s.exact_words and s.text.strip())
            return f"{count} thing{'s' if count != 1 else ''} said"
        what = "houses" if self.record.method == "three_houses" else "boxes"
        done = sum(1 for key, _ in self.sections if key in said)
        return f"{done} of {len(self.sections)} {what} have words"

    def here(self) -> str:
        if not self.current:
            return "You are here: choosing where to start"
        return f"You are here: {CHILD_TITLES.get(self.current, self.current)}"
