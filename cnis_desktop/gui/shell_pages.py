"""The window's pages: a table of factories, each page made on first use.

The window knows a page by its name. What it asks of a page is the small `Page` protocol
below, found by duck typing so that a page need not inherit anything: `flush()` to save
what is typed, `leave()` for Back, and optionally `can_leave()`. Locking walks the table,
so a new page is dropped with the others without anyone keeping a list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

Factory = Callable[[], QWidget]

# A page's signals that say it wrote a record; the registry joins them into one.
CHANGE_SIGNALS = ("saved", "changed_record", "entry_saved")


@runtime_checkable
class Page(Protocol):
    def flush(self) -> object: ...


@runtime_checkable
class LeavablePage(Protocol):
    def leave(self) -> None: ...


def can_leave_safely(page: QWidget) -> bool:
    """Whether leaving now loses nothing (Esc leaves only then; Back always may, since a page's
    own leave() saves or warns first)."""
    asks = getattr(page, "can_leave", None)
    if callable(asks):
        return bool(asks())
    # The visit page mid-amendment holds an unsaved reason: leaving would drop it.
    return not getattr(page, "amending", False)


def child_id_of(page: QWidget) -> str:
    """The child a page is about ('' for a page about many children)."""
    for path in (("child_id",), ("stored", "record", "child_id"), ("record", "child_id")):
        value: object = page
        for name in path:
            value = getattr(value, name, None)
        if isinstance(value, str) and value:
            return value
    return ""


class PageRegistry(QObject):
    """Pages by name, made by their factory on first use and kept in the window's stack."""

    records_changed = Signal()  # any page wrote a record

    def __init__(self, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self._factories: dict[str, Factory] = {}
        self._built: dict[str, QWidget] = {}

    def register(self, name: str, factory: Factory) -> None:
        self._factories[name] = factory

    def names(self) -> list[str]:
        return list(self._factories)

    def page(self, name: str) -> QWidget:
        """The page, made now if this is its first use."""
        page = self._built.get(name)
        if page is None:
            page = self._factories[name]()
            page.setObjectName(page.objectName() or f"{name}Page")
            for signal_name in CHANGE_SIGNALS:
                signal = getattr(page, signal_name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(self.records_changed)
            self.stack.addWidget(page)
            self._built[name] = page
        return page

    def built(self, name: str) -> QWidget | None:
        return self._built.get(name)

    def name_of(self, widget: QWidget | None) -> str | None:
        for name, page in self._built.items():
            if page is widget:
                return name
        return None

    def flush_all(self) -> None:
        for page in self._built.values():
            if isinstance(page, Page):
                page.flush()

    def drop_all(self) -> None:
        """Every page goes (a lock): the next use makes a fresh one."""
        for page in self._built.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
