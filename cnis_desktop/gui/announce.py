"""Saying something to assistive technology: a refusal, a saved record, a status change.

Qt 6.8 sends an announcement event that screen readers (Orca, NVDA, Narrator, VoiceOver)
read out at once; the same words go into the widget's accessible description so that a
reader arriving at the widget later hears them too, and tests can read them back."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, assertive: bool = True) -> None:
    widget.setAccessibleDescription(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
