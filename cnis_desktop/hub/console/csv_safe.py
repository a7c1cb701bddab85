"""CSV for spreadsheets: a cell a spreadsheet would read as a formula is made text, with
the same rule as the laptop's exports (domain/text_safety, OWASP's advice)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ...domain.text_safety import neutralise_formula_cell


def neutral(cell: object) -> str:
    return neutralise_formula_cell("" if cell is None else str(cell))


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutral(h) for h in header])
    for row in rows:
        writer.writerow([neutral(cell) for cell in row])
    return out.getvalue()
