"""WCAG 2.2 AA checks a test can run on any real window or dialog, on screen offscreen:
names, keyboard traps, contrast of palettes and style sheets, minimum size, mnemonics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QTableWidget,
    QWidget,
)

from cnis_desktop.gui.style import contrast_ratio

QSS = Path(__file__).parents[2] / "resources" / "styles" / "app.qss"
MAX_MINIMUM = (1093, 614)  # 1366x768 at 125%, 1920x1080 at 200%, less the panel and title bar
TEXT = 4.5


def apply_app_style() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(QSS.read_text(encoding="utf-8"))


def shown(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.window() is root.window()]


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in shown(root)
        if w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} '{widget.objectName()}'"


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in focusable(root) if not accessible_name(w)]


def traps(root: QWidget) -> list[str]:
    """Focusable widgets that Tab or Shift+Tab does not leave."""
    found = []
    stops = focusable(root)
    for widget in stops:
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            if not widget.hasFocus():
                break  # cannot take the focus here (e.g. inside a closed popup)
            QTest.keyClick(widget, key)
            now = QApplication.focusWidget()
            # Moving into a focusable child (a scroll area's fields) is moving on; staying,
            # or inside a part that is not a stop of its own (a cell editor), is a trap.
            inside = now is not None and widget.isAncestorOf(now) and now not in stops
            if now is widget or inside:
                found.append(f"{describe(widget)} keeps the focus on {key.name}")
    return found


def _pairs(palette: QPalette) -> Iterable[tuple[str, str, str]]:
    group = QPalette.ColorGroup.Active
    role = QPalette.ColorRole
    for name, fg, bg in (
        ("text", role.Text, role.Base),
        ("placeholder", role.PlaceholderText, role.Base),
        ("selection", role.HighlightedText, role.Highlight),
        ("window text", role.WindowText, role.Window),
        ("button text", role.ButtonText, role.Button),
    ):
        foreground = palette.color(group, fg)
        background = palette.color(group, bg)
        if foreground.alpha() < 255:  # blended on its background, as it is drawn
            a = foreground.alphaF()
            foreground.setRgbF(
                *(
                    a * f + (1 - a) * b
                    for f, b in zip(foreground.getRgbF()[:3], background.getRgbF()[:3], strict=True)
                ),
                1.0,
            )
        yield name, foreground.name(), background.name()


def palette_failures(root: QWidget) -> list[str]:
    found = []
    for widget in shown(root):
        if not widget.isEnabled():
            continue  # inactive controls are exempt (WCAG 1.4.3)
        for name, fg, bg in _pairs(widget.palette()):
            if name in ("text", "placeholder", "selection") and not _shows_text(widget):
                continue
            ratio = contrast_ratio(fg, bg)
            if ratio < TEXT:
                found.append(f"{describe(widget)}: {name} {fg} on {bg} is {ratio:.1f}:1")
    return sorted(set(found))


def _shows_text(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractItemView)


COLOUR = re.compile(r"(?<![-\w])(color|background(?:-color)?)\s*:\s*(#[0-9a-fA-F]{3,6})")


def sheet_failures(sheet: str, where: str, default_background: str = "#ffffff") -> list[str]:
    """Each rule's text colour against its own background (or the default)."""
    found = []
    for rule in re.findall(r"\{([^}]*)\}", sheet) or [sheet]:
        colours = dict((k.split("-")[0], v) for k, v in COLOUR.findall(rule))
        if "color" in colours:
            bg = colours.get("background", default_background)
            ratio = contrast_ratio(colours["color"], bg)
            if ratio < TEXT:
                found.append(f"{where}: {colours['color']} on {bg} is {ratio:.1f}:1")
    return found


def widget_sheet_failures(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *shown(root)]:
        if widget.styleSheet():
            window = widget.palette().color(QPalette.ColorRole.Window).name()
            found += sheet_failures(widget.styleSheet(), describe(widget), window)
        if isinstance(widget, QTableWidget):
            base = widget.palette().color(QPalette.ColorRole.Base).name()
            for r in range(widget.rowCount()):
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    if item is None or item.foreground().style() == Qt.BrushStyle.NoBrush:
                        continue
                    bg = (
                        item.background().color().name()
                        if item.background().style() != Qt.BrushStyle.NoBrush
                        else base
                    )
                    ratio = contrast_ratio(item.foreground().color().name(), bg)
                    if ratio < TEXT:
                        found.append(f"{describe(widget)} cell {r},{c}: {ratio:.1f}:1")
    return found


def too_big(root: QWidget) -> str:
    hint = root.minimumSizeHint().expandedTo(root.minimumSize())
    if hint.width() > MAX_MINIMUM[0] or hint.height() > MAX_MINIMUM[1]:
        return f"{describe(root)} needs at least {hint.width()}x{hint.height()}"
    return ""


def _mnemonic(text: str) -> str:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def mnemonic_clashes(root: QWidget) -> list[str]:
    """On the screen as shown, and with each tab of each tab widget shown in turn."""
    from PySide6.QtWidgets import QTabWidget

    found = set(_mnemonic_clashes(root))
    for tabs in [t for t in root.window().findChildren(QTabWidget) if t.isVisible()]:
        was = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            found.update(f"{clash} (tab {tabs.tabText(i)!r})" for clash in _mnemonic_clashes(root))
        tabs.setCurrentIndex(was)
    return sorted(found)


def _mnemonic_clashes(root: QWidget) -> list[str]:
    owners: dict[str, list[str]] = {}

    def add(text: str, who: str) -> None:
        letter = _mnemonic(text)
        if letter:
            owners.setdefault(letter, []).append(who)

    window = root.window()
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), f"menu {action.text()!r}")
    for widget in shown(window):
        if isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            add(widget.text(), f"label {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.isEnabled():
            add(widget.text(), f"button {widget.text()!r}")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), f"group {widget.title()!r}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), f"tab {widget.tabText(i)!r}")
    return [
        f"Alt+{letter.upper()}: {', '.join(who)}" for letter, who in sorted(owners.items()) if len(who) > 1
    ]


def audit(root: QWidget) -> dict[str, list[str]]:
    QApplication.processEvents()
    size = too_big(root.window())
    return {
        "unnamed": unnamed(root),
        "traps": traps(root),
        "contrast": palette_failures(root) + widget_sheet_failures(root),
        "size": [size] if size else [],
        "mnemonics": mnemonic_clashes(root),
    }


def report(name: str, found: dict[str, list[str]]) -> str:
    lines = [f"{name}:"]
    for kind, problems in found.items():
        for problem in problems:
            lines.append(f"  {kind}: {problem}")
    return "\n".join(lines)
