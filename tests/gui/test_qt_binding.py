"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 took one off None's reference count on
every Qt call that returns nothing, so a long session aborted with "deallocating None"
(pyproject pins below it). This fails on such a binding before a practitioner's session does."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")  # returns None
        label.setObjectName("y")
    assert abs(sys.getrefcount(None) - before) < 100
