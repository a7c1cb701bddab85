"""Fitting pages to small screens (1366×768 at 125%, 1920×1080 at 200%: 960×540 logical)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget


def scroll_contents(page: QWidget) -> QScrollArea:
    """Put what `page` lays out into a scroll area inside it, so that its height no longer
    sets the window's minimum: on a short screen it scrolls. `page` itself stays the same
    widget (a tab stays the tab that code and tests know)."""
    old = page.layout()
    assert old is not None, "the page lays nothing out"
    body = QWidget()
    body.setObjectName(f"{page.objectName() or 'page'}Body")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(old.contentsMargins())
    inner.setSpacing(old.spacing())
    while old.count():
        item = old.takeAt(0)
        if item is None:
            break
        stretch = 0
        widget, layout = item.widget(), item.layout()
        if widget is not None:
            inner.addWidget(widget, stretch)  # reparented to the body
        elif layout is not None:
            layout.setParent(None)  # free to be adopted
            inner.addLayout(layout, stretch)  # its widgets are reparented with it
        else:
            inner.addItem(item)  # a spacer
    _forget(old)
    scroll = QScrollArea(page)
    scroll.setObjectName(f"{page.objectName() or 'page'}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
    scroll.setAccessibleName(page.accessibleName() or "Tab contents")
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def _forget(layout: QLayout) -> None:
    """An emptied layout is deleted now (not later), so that its widget can take a new one."""
    from shiboken6 import Shiboken

    Shiboken.delete(layout)
