"""The page furniture every document shares, and building a story to PDF bytes.

Every page carries the child's name, the document date, "Page X of Y" and the protective
marking, so a page separated from its pack still says whose it is and how to handle it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from ..resources import resource

MARKING = "OFFICIAL-SENSITIVE"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
MARGIN = 18 * mm
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#505a5f")
RULE = colors.HexColor("#b1b4b6")
ACCENT = colors.HexColor("#1d4f91")
SECTION_STYLE = "section"  # headings in this style are listed in the contents


@cache
def register_fonts() -> None:
    """Embed the accessible sans shipped with the app (subset into each PDF)."""
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    section: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=23,
                             spaceAfter=6, textColor=ACCENT),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=12.5,
                               leading=16, spaceBefore=10, spaceAfter=4, textColor=ACCENT,
                               keepWithNext=1),
        body=body,
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                             textColor=MUTED, spaceAfter=0, keepWithNext=1),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        quote=ParagraphStyle("quote", parent=body, fontName=FONT_ITALIC, fontSize=11, leading=15,
                             leftIndent=6 * mm, borderColor=ACCENT, borderWidth=0,
                             borderPadding=(2, 2, 2, 4), spaceBefore=2, spaceAfter=6,
                             backColor=colors.HexColor("#eef3fa")),
        section=ParagraphStyle(SECTION_STYLE, parent=body, fontName=FONT_BOLD, fontSize=15,
                               leading=19, spaceBefore=4, spaceAfter=8, textColor=ACCENT,
                               keepWithNext=1),
    )


@dataclass(frozen=True)
class PageFurniture:
    child_name: str
    document_title: str
    document_date: date


def _numbered_canvas_class(furniture: PageFurniture) -> type[rl_canvas.Canvas]:
    """A canvas that holds each page until the end so it can print 'Page X of Y'."""

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # Filled while the story is laid out: where the contents go, and the page each
            # section starts on; drawn at the end, so the contents need no second pass.
            self.contents: dict[str, Any] = {"anchor": None, "pages": {}}

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                anchor = self.contents["anchor"]
                if anchor is not None and anchor[0] == number:
                    self._draw_contents(*anchor[1:])
                super().showPage()
            super().save()

        def _draw_contents(self, x: float, top: float, width: float, titles: list[str]) -> None:
            self.saveState()
            self.setFont(FONT, 11)
            for i, title in enumerate(titles):
                y = top - (i + 1) * CONTENTS_LEADING + 5
                page = self.contents["pages"].get(title)
                number = str(page) if page else ""
                self.setFillColor(INK)
                self.drawString(x, y, title)
                self.drawRightString(x + width, y, number)
                dots_from = x + self.stringWidth(title, FONT, 11) + 6
                dots_to = x + width - self.stringWidth(number, FONT, 11) - 6
                self.setFillColor(MUTED)
                dot = dots_from
                while dot < dots_to:
                    self.drawString(dot, y, ".")
                    dot += 6
            self.restoreState()

        def _furniture(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(MUTED)
            self.setFont(FONT_BOLD, 8.5)
            self.drawCentredString(width / 2, height - 10 * mm, MARKING)
            self.drawCentredString(width / 2, 7 * mm, MARKING)
            self.setFont(FONT, 8.5)
            self.drawString(MARGIN, height - 14.5 * mm, furniture.child_name)
            self.drawRightString(
                width - MARGIN, height - 14.5 * mm,
                f"{furniture.document_title} · {furniture.document_date:%d %B %Y}",
            )
            self.setStrokeColor(RULE)
            self.line(MARGIN, height - 16 * mm, width - MARGIN, height - 16 * mm)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.drawString(MARGIN, 10.5 * mm, furniture.child_name)
            self.drawRightString(width - MARGIN, 10.5 * mm, f"Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas


class _ContentsDocTemplate(SimpleDocTemplate):  # type: ignore[misc]
    """Tells the canvas the page each section heading lands on, as it is placed."""

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == SECTION_STYLE:
            self.canv.contents["pages"].setdefault(flowable.getPlainText(), self.page)


CONTENTS_LEADING = 20


class Contents(Flowable):  # type: ignore[misc]
    """Reserves room for the contents; the canvas fills in the page numbers at the end."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.titles = titles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.titles) * CONTENTS_LEADING
        return self.width, self.height

    def draw(self) -> None:
        x, top = self.canv.absolutePosition(0, self.height)
        self.canv.contents["anchor"] = (self.canv.getPageNumber(), x, top, self.width,
                                        self.titles)


def build_pdf(story: Sequence[Flowable], furniture: PageFurniture, subject: str) -> bytes:
    """One pass: page X of Y and the contents' page numbers are drawn as the file is saved."""
    buffer = io.BytesIO()
    doc = _ContentsDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=f"{furniture.document_title} – {furniture.child_name}",
        author="CNIS Desktop",
        subject=subject,
        creator="CNIS Desktop",
        invariant=True,
        # Start in the embedded font so no unembedded base-14 font enters the PDF.
        initialFontName=FONT,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas_class(furniture))
    return buffer.getvalue()
