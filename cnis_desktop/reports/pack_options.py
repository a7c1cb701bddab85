"""What a review pack holds: its period, the sections chosen (and why any were left out),
which copy it is and whether third-party information is in. Apart from the document so
that choosing (the CLI's options, the dialog) needs no ReportLab."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.audience import SAFEST_AUDIENCE, Copy, copy_for

SECTIONS = (
    "views",
    "parent_views",
    "meeting",
    "outcomes",
    "adulthood",
    "health_care",
    "visits",
    "hours",
    "eotas",
    "actions",
    "recommendation",
)
SECTION_TITLES = {
    "views": "The child's views",
    "parent_views": "Parent and carer views",
    "meeting": "The review meeting",
    "outcomes": "Outcomes and progress",
    "adulthood": "Preparing for adulthood",
    "health_care": "Health and social care",
    "visits": "Visits in the period",
    "hours": "Hours of education",
    "eotas": "EOTAS delivery",
    "actions": "Actions",
    "recommendation": "Recommendations",
}
# Only an annual review of an EHC plan has these (SEND Regulations 2014, regs 20–21).
REVIEW_ONLY_SECTIONS = frozenset({"meeting", "adulthood", "health_care", "recommendation"})


@dataclass
class PackOptions:
    start: date
    end: date
    sections: frozenset[str] = frozenset(SECTIONS)
    # None: the copy's own default (withheld from a family copy, in the others); True puts
    # it into a family copy, False keeps it out of any copy.
    third_party: bool | None = None
    audience: str = SAFEST_AUDIENCE
    # Why a section was left out, by section: the contents page says so.
    left_out_reasons: dict[str, str] = field(default_factory=dict)

    @property
    def copy(self) -> Copy:
        return copy_for(self.audience, self.third_party)

    def left_out(self, key: str) -> str:
        return self.left_out_reasons.get(key, "").strip() or "no reason was given"
