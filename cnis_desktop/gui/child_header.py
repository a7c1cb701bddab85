"""The facts a worker checks before knocking on a door, above every page about one child."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..domain import codes
from ..domain.schoolage import age_on, key_stage, nc_year, nc_year_label

if TYPE_CHECKING:  # the records and SQLCipher load while the key is derived, not before
    from ..domain.model import Arrangement, Child
    from ..vault import Vault

HEADER_STYLE = """
QFrame#childHeader { background: #f3f6fa; border-bottom: 1px solid #b1b4b6; }
QLabel#childHeaderName { font-size: 13pt; font-weight: 600; color: #0b0c0c; }
QLabel#childHeaderFacts { color: #0b0c0c; }
QLabel#safeguardingMarker { color: #ffffff; background: #b10e1e; font-weight: 600;
                            padding: 2px 8px; border-radius: 3px; }
"""


@dataclass(frozen=True)
class ChildFacts:
    name: str
    facts: list[str]  # "Age 11", "Year 6 (KS2)", the arrangement, SEND, the worker
    safeguarding: bool


def child_facts(child: Child, arrangement: Arrangement | None, today: date) -> ChildFacts:
    """Plain words, each fact labelled so that it reads alone (to a screen reader too)."""
    first = child.preferred_name or child.legal_first_name
    name = f"{first} {child.legal_last_name}".strip() or "New child"
    if child.preferred_name and child.preferred_name != child.legal_first_name:
        name += f" (legal first name {child.legal_first_name})"
    facts: list[str] = []
    if child.date_of_birth is not None:
        year = nc_year(child.date_of_birth, today)
        facts.append(f"Age {age_on(child.date_of_birth, today)}")
        facts.append(f"{nc_year_label(year)} ({key_stage(year)})")
    facts.append(codes.ARRANGEMENT_TYPE.label(arrangement.type) if arrangement else "No open arrangement")
    facts.append(f"SEND: {codes.SEND_STATUS.label(child.send_status)}")
    facts.append(f"Worker: {child.lead_professional or 'not allocated'}")
    return ChildFacts(name, facts, child.safeguarding_flag)


class ChildHeader(QFrame):
    """One line: name, then the facts, then a safeguarding marker said in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childHeader")
        self.setStyleSheet(HEADER_STYLE)
        self.child_id = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(12)
        self.name = QLabel(self)
        self.name.setObjectName("childHeaderName")
        self.facts = QLabel(self)
        self.facts.setObjectName("childHeaderFacts")
        self.facts.setWordWrap(True)  # at 200% the facts take a second line, not the width
        self.facts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.marker = QLabel("Safeguarding concern", self)
        self.marker.setObjectName("safeguardingMarker")
        self.marker.setAccessibleName("Safeguarding concern recorded for this child")
        for label in (self.name, self.facts, self.marker):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name)
        layout.addWidget(self.facts, 1)
        layout.addWidget(self.marker)

    def show_facts(self, facts: ChildFacts, child_id: str = "") -> None:
        self.child_id = child_id
        self.name.setText(facts.name)
        self.facts.setText(" · ".join(facts.facts))
        self.facts.setAccessibleName("About the child: " + ", ".join(facts.facts))
        self.marker.setVisible(facts.safeguarding)

    def show_facts_cleared(self) -> None:
        """Nothing of a child stays on screen (a lock)."""
        self.child_id = ""
        for label in (self.name, self.facts):
            label.clear()
        self.marker.hide()
        self.hide()

    def show_child(self, vault: Vault, child_id: str, today: date | None = None) -> None:
        day = today or date.today()
        child = vault.children.get(child_id).record
        current = vault.arrangements.current(child_id, day)
        self.show_facts(child_facts(child, current.record if current else None, day), child_id)

    def text(self) -> str:
        """What the header says, as one line (for tests and for the window title)."""
        marker = " · Safeguarding concern" if self.marker.isVisibleTo(self) else ""
        return f"{self.name.text()} · {self.facts.text()}{marker}"
