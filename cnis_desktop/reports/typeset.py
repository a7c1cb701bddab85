"""Small typesetting rules every document follows.

Dates and short codes are held together with no-break spaces, which ReportLab honours, so
"Year 9" or "15 h" never splits across lines; labels are lower-cased only where that
does not break an acronym ("EHC needs assessment" stays as it is); and table columns are
sized from ReportLab's own measurement of the text they hold, never from an estimate of a
character's width.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth

NBSP = "\u00a0"
_BREAKS = re.compile(r"[ \t\n]+")  # where a line may break (a no-break space is not one)


def keep(text: str) -> str:
    """Text that must stay on one line (a date, a code with its number)."""
    return text.replace(" ", NBSP)


_UNITS = re.compile(r"(\d+(?:\.\d+)?) (h|hours?|days?|weeks?|months?|working days?)\b")
_CODES = re.compile(r"\b(Year|KS|Key stage|r\.|s\.|reg) (\d+)")


def tidy(text: str) -> str:
    """No-break spaces inside "23 days", "15 h", "Year 9": a number stays with its unit."""
    return _CODES.sub(f"\\1{NBSP}\\2", _UNITS.sub(f"\\1{NBSP}\\2", text))


def day(value: date | None, missing: str = "–") -> str:
    return f"{value:%d/%m/%Y}" if value else missing


def lower_first(label: str) -> str:
    """A label inside a sentence: "Annual review" → "annual review", but an acronym at the
    start keeps its case ("EHC needs assessment", "SEND needs")."""
    if not label:
        return label
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first[:2].isupper():
        return label
    return label[0].lower() + label[1:]


def hours(value: float) -> str:
    return keep(f"{value:.1f} h")


# --- table columns ---------------------------------------------------------------------


def _widest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for word in _BREAKS.split(text) if word), default=0.0)


def _widest_line(text: str, font: str, size: float) -> float:
    return max((stringWidth(line, font, size) for line in text.split("\n")), default=0.0)


def column_widths(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    available: float,
    font: str,
    bold_font: str,
    size: float,
    padding: float,
    first_column_bold: bool = False,
    stretch: int | None = None,
) -> list[float]:
    """Widths that fit every column's longest word (so no word is split and no heading runs
    into its neighbour) and share the rest of the line by how much each column would like.

    Much as a browser lays out an automatic table: each column needs at least its widest
    word and would like its widest line. When all the liked widths fit, the spare room goes
    to the `stretch` column (by default the one that would like most: the free text);
    otherwise the room above the minimums is shared in proportion to what each would like.
    """
    count = len(header) if header is not None else len(rows[0]) if rows else 0
    needed = [0.0] * count
    liked = [0.0] * count
    sources = [(header, bold_font)] if header is not None else []
    sources += [(row, font) for row in rows]
    for row, row_font in sources:
        for column, text in enumerate(row):
            cell_font = bold_font if first_column_bold and column == 0 else row_font
            needed[column] = max(needed[column], _widest_word(text, cell_font, size))
            liked[column] = max(liked[column], _widest_line(text, cell_font, size))
    needed = [w + 2 * padding + 0.5 for w in needed]
    liked = [max(w + 2 * padding + 0.5, n) for w, n in zip(liked, needed, strict=True)]
    if sum(liked) <= available:
        widest = stretch if stretch is not None else liked.index(max(liked))
        liked[widest] += available - sum(liked)
        return liked
    if sum(needed) >= available:
        # Even the longest words do not fit side by side: shrink in proportion (only a word
        # longer than its whole share of the line can then be split).
        scale = available / sum(needed)
        return [w * scale for w in needed]
    room = available - sum(needed)
    wants = [w - n for w, n in zip(liked, needed, strict=True)]
    total_wants = sum(wants) or 1.0
    return [n + room * want / total_wants for n, want in zip(needed, wants, strict=True)]


def fits_on_one_line(text: str, font: str, size: float, width: float) -> bool:
    return "\n" not in text and stringWidth(text, font, size) <= width
