"""The child's own copy of their views: one picture page, in their format – their houses
(or boxes) with their words, their cards in the piles they chose, their answers on the
scale. Only the child's own words and choices: never the worker's summaries, judgements,
the safeguarding part or the parents' views.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ..domain import codes
from ..domain.views import ViewsRecord
from .card_pictures import draw_card
from .layout import FONT, FONT_BOLD, MARKING, register_fonts

INK = colors.HexColor("#0b0c0c")
LINE = colors.HexColor("#505a5f")
CHOSEN = colors.HexColor("#fff2b3")
HOUSES = {
    "good_things": ("#dcefe2", "#1d6b3a"),
    "worries": ("#e1e8f2", "#2c4a78"),
    "dreams": ("#ece4f6", "#5b3f8c"),
}
BOX = ("#fdf1e2", "#8a4b08")
CHILD_TITLES = {
    "good_things": "Good things",
    "worries": "Worries",
    "dreams": "Dreams",
    "like_about_me": "What people like about me",
    "important_to_me": "What is important to me",
    "support_me": "How best to support me",
    "said": "What I said",
}
PILE_SYMBOLS = {"like": "☺", "not_sure": "?", "dont_like": "☹"}
MARGIN = 14 * mm
GAP = 8 * mm

Part = Callable[[Canvas, float, float, float, float], None]  # (canvas, x, y, width, height)


def _words(record: ViewsRecord, section: str) -> list[str]:
    return [
        s.text.strip() for s in record.statements if s.section == section and s.exact_words and s.text.strip()
    ]


def _fit_text(
    canvas: Canvas,
    lines: list[str],
    x: float,
    top: float,
    width: float,
    height: float,
    largest: float = 14,
    smallest: float = 7,
) -> None:
    """Write the lines in the largest size (down to `smallest`) that fits the space."""
    size = largest
    while True:
        wrapped = [part for line in lines for part in simpleSplit(line, FONT, size, width) or [""]]
        if len(wrapped) * size * 1.3 <= height or size <= smallest:
            break
        size -= 0.5
    canvas.setFont(FONT, size)
    canvas.setFillColor(INK)
    y = top - size
    for line in wrapped:
        if y < top - height:
            break
        canvas.drawString(x, y, line)
        y -= size * 1.3


def _title(canvas: Canvas, text: str, x: float, top: float, width: float, size: float = 15) -> float:
    canvas.setFont(FONT_BOLD, size)
    canvas.setFillColor(INK)
    lines = simpleSplit(text, FONT_BOLD, size, width)
    for i, line in enumerate(lines):
        canvas.drawCentredString(x + width / 2, top - size * (i + 1) * 1.2, line)
    return size * 1.2 * len(lines) + 4


def _places(record: ViewsRecord, sections: tuple[tuple[str, str], ...], houses: bool) -> Part:
    def draw(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        each = (width - GAP * (len(sections) - 1)) / len(sections)
        for i, (key, _) in enumerate(sections):
            left = x + i * (each + GAP)
            fill, edge = HOUSES.get(key, BOX) if houses else BOX
            canvas.setFillColor(colors.HexColor(fill))
            canvas.setStrokeColor(colors.HexColor(edge))
            canvas.setLineWidth(2.5)
            body_top = y + height * (0.72 if houses else 1)
            if houses:
                roof = canvas.beginPath()
                roof.moveTo(left - 3, body_top)
                roof.lineTo(left + each / 2, y + height)
                roof.lineTo(left + each + 3, body_top)
                roof.close()
                canvas.drawPath(roof, stroke=1, fill=1)
                canvas.rect(left, y, each, body_top - y, stroke=1, fill=1)
            else:
                canvas.roundRect(left, y, each, height, 10, stroke=1, fill=1)
            used = _title(canvas, CHILD_TITLES.get(key, key), left + 6, body_top - 6, each - 12)
            words = [f"“{w}”" for w in _words(record, key)] or ["–"]
            _fit_text(canvas, words, left + 10, body_top - 8 - used, each - 20, body_top - y - used - 16)

    return draw


def _cards(record: ViewsRecord) -> Part:
    def draw(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        each = (width - GAP * 2) / 3
        for i, (pile, label) in enumerate(codes.SORT_PILE):
            left = x + i * (each + GAP)
            canvas.setStrokeColor(LINE)
            canvas.setFillColor(colors.white)
            canvas.setLineWidth(1.5)
            canvas.setDash(4, 3)
            canvas.roundRect(left, y, each, height, 10, stroke=1, fill=1)
            canvas.setDash()
            used = _title(canvas, f"{PILE_SYMBOLS[pile]}  {label}", left, y + height - 4, each, 14)
            chosen = [c.card for c in record.cards if c.pile == pile]
            space_top = y + height - 4 - used
            picture = min(46.0, (space_top - y - 14) * 0.7)
            per_row = max(1, int((each - 12) // (picture + 26)))
            step_x = (each - 12) / per_row
            for n, card in enumerate(chosen):
                row, column = divmod(n, per_row)
                cell_top = space_top - row * (picture + 16)
                if cell_top - picture - 12 < y:
                    break
                cx = left + 6 + column * step_x + (step_x - picture) / 2
                draw_card(canvas, card, cx, cell_top - picture, picture)
                canvas.setFont(FONT, 7)
                canvas.setFillColor(INK)
                name = simpleSplit(codes.SORT_CARDS.label(card), FONT, 7, step_x - 2)[0]
                canvas.drawCentredString(cx + picture / 2, cell_top - picture - 9, name)
            if not chosen:
                canvas.setFont(FONT, 10)
                canvas.drawCentredString(left + each / 2, y + height / 2 - 10, "No cards here")

    return draw


def _scales(record: ViewsRecord) -> Part:
    def draw(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        answers = record.scales[:4]
        row_height = height / len(answers)
        for n, answer in enumerate(answers):
            top = y + height - n * row_height
            canvas.setFont(FONT_BOLD, 11)
            canvas.setFillColor(INK)
            canvas.drawString(x, top - 12, simpleSplit(answer.question, FONT_BOLD, 11, width)[0])
            radius = max(7.0, min(12.0, (row_height - 40) / 2, width / 40))
            step = (width * 0.62) / 11
            centre_y = top - 22 - radius
            for value in range(11):
                cx = x + step * (value + 0.5)
                chosen = value == answer.value
                canvas.setFillColor(CHOSEN if chosen else colors.white)
                canvas.setStrokeColor(INK if chosen else LINE)
                canvas.setLineWidth(3 if chosen else 1)
                canvas.circle(cx, centre_y, radius, stroke=1, fill=1)
                canvas.setFillColor(INK)
                canvas.setFont(FONT_BOLD if chosen else FONT, 9)
                canvas.drawCentredString(cx, centre_y - 3, str(value))
            canvas.setFont(FONT, 8)
            canvas.drawString(x, centre_y - radius - 10, f"0 = {answer.low_label}")
            canvas.drawRightString(x + step * 11, centre_y - radius - 10, f"10 = {answer.high_label}")
            canvas.setFont(FONT_BOLD, 12)
            said = ("✓ I chose " + str(answer.value)) if answer.value is not None else "Not answered"
            canvas.drawString(x + step * 11 + 16, centre_y - 4, said)

    return draw


def child_sheet_pdf(record: ViewsRecord, child_name: str, on: date) -> bytes:
    """One A4 landscape page, built in memory."""
    register_fonts()
    parts: list[tuple[float, Part]] = []
    sections = codes.VIEWS_SECTIONS.get(record.method, ())
    if record.method in ("three_houses", "one_page_profile"):
        parts.append((3, _places(record, sections, record.method == "three_houses")))
    elif any(_words(record, "said")):
        parts.append((1.4, _places(record, (("said", "What I said"),), False)))
    if any(c.pile for c in record.cards):
        parts.append((2.2, _cards(record)))
    if record.scales:
        parts.append((1.0 * min(len(record.scales), 4), _scales(record)))
    buffer = io.BytesIO()
    width, height = landscape(A4)
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(f"My views – {child_name}")
    canvas.setAuthor("CNIS Desktop")
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 24)
    canvas.drawString(MARGIN, height - MARGIN - 20, "My views")
    canvas.setFont(FONT, 13)
    canvas.drawString(MARGIN, height - MARGIN - 40, f"{child_name}'s own copy · {on:%d/%m/%Y}")
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawRightString(width - MARGIN, height - MARGIN - 8, MARKING)
    footer = f"{child_name} · {on:%d/%m/%Y} · Page 1 of 1 · {MARKING}"
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(width / 2, MARGIN - 20, footer)
    top, bottom = height - MARGIN - 56, MARGIN
    if not parts:
        canvas.setFont(FONT, 14)
        canvas.drawString(MARGIN, top - 30, "Nothing has been recorded yet.")
    total = sum(weight for weight, _ in parts)
    space = top - bottom - GAP * (len(parts) - 1)
    for weight, draw in parts:
        part_height = space * weight / total
        draw(canvas, MARGIN, top - part_height, width - 2 * MARGIN, part_height)
        top -= part_height + GAP
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
