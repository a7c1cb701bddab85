"""Small shared pieces of look and behaviour, cheap to import at start-up.

Every colour the app draws text in is named here, with the WCAG 2.2 contrast arithmetic
that tests (and anyone choosing a new colour) check it with."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ..domain.codes import CodeList

ERROR_COLOUR = "#b10e1e"  # 7.1:1 on white
QUIET_COLOUR = "#505a5f"  # 7.0:1 on white: secondary text (saved at…, hints)
AMBER_TEXT = "#8a4b00"  # 6.8:1 on white: "due soon" (the old #b36b00 was 4.2:1)
LINK_BLUE = "#1d4f91"  # 8.1:1 on white
FOCUS_COLOUR = "#1d4f91"  # the focus ring: 8.1:1 against white, 3:1 or more on light greys

ERROR_STYLE = f"color: {ERROR_COLOUR}; font-weight: 600;"
OK_STYLE = f"color: {QUIET_COLOUR};"
FINALISED_STYLE = f"background: #eef3fa; color: #0b0c0c; border-left: 4px solid {LINK_BLUE}; padding: 6px;"


def fill_combo(combo: QComboBox, codes: CodeList, blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in codes:
        combo.addItem(label, code)


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of a #rrggbb colour."""
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1 to 21) of two #rrggbb colours."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
