"""The hours chart says "below plan" by a pattern as well as by colour (WCAG 1.4.1)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.hours import Week
from cnis_desktop.gui.hours_chart import BELOW_PLAN, DELIVERED, STRIPE, HoursChart

MONDAY = date(2026, 9, 7)


def colours_in(image: QImage, left: int, right: int, top: int, bottom: int) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for x in range(left, right) for y in range(top, bottom)}


def test_a_week_below_plan_is_striped_not_only_red(qtbot: QtBot) -> None:
    chart = HoursChart()
    qtbot.addWidget(chart)
    chart.resize(700, 240)
    # Week 1 delivered as planned, week 2 below plan; both 20 hours high, so alike in height.
    chart.set_weeks(
        [
            Week(MONDAY, planned_minutes=1200, delivered_minutes=1200, threshold_minutes=0),
            Week(MONDAY + timedelta(weeks=1), planned_minutes=1500, delivered_minutes=1200),
        ]
    )
    image = chart.grab().toImage()
    middle = image.height() // 2 + 20  # inside both bars, below the planned steps
    half = image.width() // 2
    on_plan = colours_in(image, 0, half, middle, middle + 15)
    below = colours_in(image, half, image.width(), middle, middle + 15)
    assert DELIVERED.name() in on_plan and BELOW_PLAN.name() not in on_plan
    assert BELOW_PLAN.name() in below and STRIPE.name() in below  # red with white stripes
    assert "below plan" in chart.accessibleDescription()


def test_the_key_shows_the_stripes_too(qtbot: QtBot) -> None:
    chart = HoursChart()
    qtbot.addWidget(chart)
    chart.resize(900, 240)
    chart.set_weeks([Week(MONDAY, planned_minutes=600, delivered_minutes=600)])
    image = chart.grab().toImage()
    key = colours_in(image, 0, image.width(), 4, 15)
    assert {DELIVERED.name(), BELOW_PLAN.name(), STRIPE.name()} <= key
