"""CSV exports that open cleanly in a spreadsheet: UTF-8 with BOM (added by the writer),
CRLF line ends, dd/mm/yyyy dates, one header row. Text cells a spreadsheet would run as a
formula (a child named "=1+2") are neutralised (domain/text_safety.py)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Protocol

from ..domain.hours import Week
from ..domain.text_safety import neutralise_formula_cell


class HoursRow(Protocol):
    @property
    def child_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def weeks(self) -> list[Week]: ...


def eotas_hours_csv(rows: Sequence[HoursRow]) -> str:
    """One line per child per week: planned, delivered, full time, and what was not delivered."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "Child",
            "Child id",
            "Week starting",
            "Planned hours",
            "Delivered hours",
            "Full-time hours",
            "Below plan",
            "Cancelled by provider",
            "Cancelled by family",
            "Did not attend",
            "Rescheduled",
        ]
    )
    for row in rows:
        for w in row.weeks:
            writer.writerow(
                [
                    neutralise_formula_cell(row.name),
                    neutralise_formula_cell(row.child_id),
                    f"{w.start:%d/%m/%Y}",
                    f"{w.planned_minutes / 60:.2f}",
                    f"{w.delivered_minutes / 60:.2f}",
                    f"{w.threshold_minutes / 60:.2f}",
                    "yes" if w.below_plan else "no",
                    w.not_delivered["cancelled_provider"],
                    w.not_delivered["cancelled_family"],
                    w.not_delivered["dna"],
                    w.not_delivered["rescheduled"],
                ]
            )
    return out.getvalue()
