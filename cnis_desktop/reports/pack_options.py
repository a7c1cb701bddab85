"""What a review pack holds: its period, the sections chosen and whether third-party
information is in. Apart from the document so that choosing (the CLI's options, the
dialog) needs no ReportLab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SECTIONS = ("views", "parent_views", "outcomes", "visits", "hours", "eotas", "actions")
SECTION_TITLES = {
    "views": "The child's views", "parent_views": "Parent and carer views",
    "outcomes": "Outcomes and progress", "visits": "Visits in the period",
    "hours": "Hours of education", "eotas": "EOTAS delivery", "actions": "Actions",
}


@dataclass
class PackOptions:
    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    third_party: bool = True
