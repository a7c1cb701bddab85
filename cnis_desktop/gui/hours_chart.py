"""Hours a week as a chart: delivered (bars), planned (steps) and full time (dashed line).

Each series differs in shape as well as colour (WCAG 1.4.1): a week delivered below plan is a
striped bar, not only a red one, and the key draws each series as it is drawn in the chart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.hours import Week

DELIVERED = QColor("#1d70b8")
BELOW_PLAN = QColor("#d4351c")
PLANNED = QColor("#0b0c0c")
FULL_TIME = QColor("#b58840")
GRID = QColor("#d9dcde")
STRIPE = QColor("#ffffff")
STRIPE_GAP = 6  # pixels between the stripes of a week below plan


class HoursChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursChart")
        self.weeks: list[Week] = []
        self.setAccessibleName("Chart of hours a week: delivered, planned and full time")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(700, 240)

    def set_weeks(self, weeks: list[Week]) -> None:
        self.weeks = weeks
        delivered = sum(w.delivered_minutes for w in weeks) / 60
        planned = sum(w.planned_minutes for w in weeks) / 60
        below = sum(1 for w in weeks if w.below_plan)
        self.setAccessibleDescription(
            f"{len(weeks)} weeks: {delivered:.1f} hours delivered of {planned:.1f} planned; "
            f"{below} weeks below plan."
        )
        self.setToolTip(self.accessibleDescription())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        if not self.weeks:
            painter.setPen(PLANNED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No weeks to show.")
            return
        left, right = metrics.horizontalAdvance("40 h") + 10, 12
        top, bottom = 22, metrics.height() + 10
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        peak = max(
            max(max(w.planned_minutes, w.delivered_minutes, w.threshold_minutes) for w in self.weeks) / 60,
            5.0,
        )
        scale_top = (int(peak / 5) + 1) * 5

        def y(hours: float) -> float:
            return plot.bottom() - hours / scale_top * plot.height()

        painter.setPen(QPen(GRID, 1))
        for hours in range(0, scale_top + 1, 5):
            painter.drawLine(QPointF(plot.left(), y(hours)), QPointF(plot.right(), y(hours)))
            painter.setPen(PLANNED)
            painter.drawText(
                QRectF(0, y(hours) - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hours} h",
            )
            painter.setPen(QPen(GRID, 1))
        slot = plot.width() / len(self.weeks)
        bar = max(2.0, slot * 0.6)
        label_every = max(1, int(metrics.horizontalAdvance("00/00") * 1.4 / slot) + 1)
        for i, week in enumerate(self.weeks):
            x = plot.left() + i * slot
            delivered = week.delivered_minutes / 60
            _bar(
                painter,
                QRectF(x + (slot - bar) / 2, y(delivered), bar, plot.bottom() - y(delivered)),
                week.below_plan,
            )
            painter.setPen(QPen(PLANNED, 2))
            planned_y = y(week.planned_minutes / 60)
            painter.drawLine(QPointF(x, planned_y), QPointF(x + slot, planned_y))
            painter.setPen(QPen(FULL_TIME, 2, Qt.PenStyle.DashLine))
            threshold_y = y(week.threshold_minutes / 60)
            painter.drawLine(QPointF(x, threshold_y), QPointF(x + slot, threshold_y))
            if i % label_every == 0:
                painter.setPen(PLANNED)
                painter.drawText(
                    QRectF(x - 20, plot.bottom() + 3, slot + 40, bottom),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    f"{week.start:%d/%m}",
                )
        self._legend(painter, plot)

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        x = plot.left()
        for kind, text in (
            ("delivered", "delivered"),
            ("below", "delivered, below plan (striped)"),
            ("planned", "planned"),
            ("full_time", "full time"),
        ):
            if kind in ("delivered", "below"):
                _bar(painter, QRectF(x, 3, 18, 13), kind == "below")
            else:
                dashed = kind == "full_time"
                colour = FULL_TIME if dashed else PLANNED
                painter.setPen(QPen(colour, 3, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
                painter.drawLine(QPointF(x, 10), QPointF(x + 18, 10))
            painter.setPen(PLANNED)
            painter.drawText(QPointF(x + 22, 14), text)
            x += 30 + painter.fontMetrics().horizontalAdvance(text)


def _bar(painter: QPainter, rect: QRectF, below_plan: bool) -> None:
    """A week's delivered hours: solid blue, or red with white diagonal stripes when below
    plan, so that the difference survives greyscale and colour blindness."""
    painter.fillRect(rect, BELOW_PLAN if below_plan else DELIVERED)
    if not below_plan:
        return
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(QPen(STRIPE, 2))
    height = rect.height()
    start = rect.left() - height
    while start < rect.right():
        painter.drawLine(QPointF(start, rect.bottom()), QPointF(start + height, rect.bottom() - height))
        start += STRIPE_GAP
    painter.restore()
