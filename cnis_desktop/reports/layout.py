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
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import UseUpSpace
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

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


@cache
def _plain_fragment(style: ParagraphStyle) -> ParaFrag:
    """What the parser makes of plain text in `style` (styles are cached objects)."""
    _, frags, _ = ParaParser().parse("x", style)
    return frags[0]


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that keeps its line breaks while it is offered the same width.

    Tables, KeepTogether and page splits ask each paragraph for its size several times at
    one width, and breaking lines is most of what ReportLab spends on a long document; the
    result depends only on the width, so it is worked out once per width.
    """

    _wrapped_at: float | None = None

    def __init__(self, text: str | None, style: ParagraphStyle, **kwargs: Any) -> None:
        # Text without markup skips the XML parser (about half of making a paragraph): its
        # one fragment is the style's plain fragment with this text, as the parser would
        # have produced it. (split() builds the two halves from fragments it passes in.)
        if text is None or kwargs or "<" in text or "&" in text:
            super().__init__(text, style, **kwargs)
        else:
            text = cleanBlockQuotedText(text)
            super().__init__(text, style, frags=[_plain_fragment(style).clone(text=text)])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # split() drops blPara when it gives up on a page; then the lines are broken again.
        if self._wrapped_at == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped_at = available_width
        return size


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
                # One string of leaders with spacing: a drawString per dot was most of the cost
                # of saving a pack (each string is mapped through the embedded font's subsets).
                count = int((dots_to - dots_from) // 6) + 1 if dots_to > dots_from else 0
                if count:
                    leaders = self.beginText(dots_from, y)
                    leaders.setFont(FONT, 11)
                    leaders.setCharSpace(6 - self.stringWidth(".", FONT, 11))
                    leaders.textOut("." * count)
                    leaders.setCharSpace(0)  # character spacing outlives the text object
                    self.drawText(leaders)
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


class KeepWithNext(Flowable):  # type: ignore[misc]
    """Headings kept with the start of what follows them.

    Used where a style says keepWithNext, in place of ReportLab's KeepTogether, which lays
    its contents out on a copy of the frame and keeps all of them together; here the headings
    only need the first lines of the next flowable on the same page.
    """

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self._content = list(flowables)  # the name the document template uses
        self._placed: list[tuple[Flowable, float, float, float]] = []  # flowable, x, top, height

    def _gap(self, index: int) -> float:
        if index == 0:
            return 0.0
        return float(max(self._content[index - 1].getSpaceAfter(),
                         self._content[index].getSpaceBefore()))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        canvas = getattr(self, "canv", None)
        top = 0.0
        self._placed = []
        for index, flowable in enumerate(self._content):
            top += self._gap(index)
            width, height = flowable.wrapOn(canvas, available_width, 0x7FFFFFFF)
            # Where the frame would have put it across the column, by its own alignment.
            spare = max(available_width - width, 0.0)
            align = str(getattr(flowable, "hAlign", "LEFT")).upper()
            x = spare / 2 if align in ("CENTER", "CENTRE") else spare if align == "RIGHT" else 0.0
            self._placed.append((flowable, x, top, height))
            top += height
        self.width, self.height = available_width, top
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self._content[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self._content[-1].getSpaceAfter())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if len(self._placed) != len(self._content) or self.width != available_width:
            self.wrap(available_width, available_height)
        *heads, last = self._content
        room = available_height - self._placed[-1][2]  # below the headings and their gap
        parts = last.splitOn(self.canv, available_width, room) if room > 0 else []
        moves_on = bool(parts) and isinstance(parts[0], type(FrameBreak) | UseUpSpace)
        frame = getattr(self, "_frame", None)
        if moves_on and frame is not None and getattr(frame, "_atTop", False):
            # Already at the top of a page: a new page would not hold it better.
            return [*heads, *parts[1:]]
        if not parts or moves_on:
            # Nothing of what follows fits here (a KeepTogether answers with a page break
            # first): the headings go over to the next page with it.
            return []
        return [*heads, *parts]

    def draw(self) -> None:
        for flowable, x, top, height in self._placed:
            flowable.drawOn(self.canv, x, self.height - top - height)


class _ContentsDocTemplate(SimpleDocTemplate):  # type: ignore[misc]
    """Keeps headings with what follows (a block kept together included, which ReportLab's
    own keepWithNext leaves out), and tells the canvas the page each section heading lands
    on, as it is placed."""

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:
        count = 0
        while count < len(flowables) and flowables[count].getKeepWithNext():
            count += 1
        if count:
            count = min(count + 1, len(flowables))
            group = KeepWithNext(flowables[:count])
            for heading in group._content[:-1]:
                heading.__dict__["keepWithNext"] = 0  # kept once, by the group
            flowables[:count] = [group]

    def afterFlowable(self, flowable: Flowable) -> None:
        placed = flowable._content if isinstance(flowable, KeepWithNext) else [flowable]
        for item in placed:
            if isinstance(item, Paragraph) and item.style.name == SECTION_STYLE:
                self.canv.contents["pages"].setdefault(item.getPlainText(), self.page)


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
