"""The page furniture every document shares, and building a story to PDF bytes.

Every page carries the child's name, the document date, "Page X of Y", the protective
marking, which copy it is (and what that copy withholds) and the document's id, so a page
separated from its pack still says whose it is, what is missing and how to handle it.
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
from reportlab.lib.utils import simpleSplit
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
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)


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
    # No orphans or widows: a page never starts or ends with one stray line of a paragraph.
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
        allowOrphans=0,
        allowWidows=0,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=23, spaceAfter=6, textColor=ACCENT
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        body=body,
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            spaceAfter=0,
            keepWithNext=1,
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        quote=ParagraphStyle(
            "quote",
            parent=body,
            fontName=FONT_ITALIC,
            fontSize=11,
            leading=15,
            leftIndent=6 * mm,
            borderColor=ACCENT,
            borderWidth=0,
            borderPadding=(2, 2, 2, 4),
            spaceBefore=2,
            spaceAfter=6,
            backColor=colors.HexColor("#eef3fa"),
        ),
        section=ParagraphStyle(
            SECTION_STYLE,
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=4,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,
        ),
    )


@dataclass(frozen=True)
class PageFurniture:
    child_name: str
    document_title: str
    document_date: date
    notice: str = ""  # which copy, and what it withholds ("DRAFT" first for a draft)
    document_id: str = ""


@dataclass(frozen=True)
class FileInfo:
    """The PDF's own metadata: no child's name in it (a file list shows the title)."""

    title: str
    author: str
    subject: str
    keywords: str = ""
    language: str = "en-GB"


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

        def _draw_contents(
            self, x: float, top: float, width: float, entries: list[tuple[str, list[str]]]
        ) -> None:
            self.saveState()
            line = 0
            for title, note_lines in entries:
                line += 1
                y = top - line * CONTENTS_LEADING + 5
                self.setFillColor(INK)
                self.setFont(FONT, 11)
                self.drawString(x, y, title)
                if note_lines:  # left out: the reason in place of a page number
                    self.setFillColor(MUTED)
                    self.setFont(FONT_ITALIC, 10)
                    for note in note_lines:
                        line += 1
                        self.drawString(x + CONTENTS_NOTE_INDENT, top - line * CONTENTS_LEADING + 9, note)
                    continue
                page = self.contents["pages"].get(title)
                number = str(page) if page else ""
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
            self.drawCentredString(width / 2, height - 9 * mm, MARKING)
            self.drawCentredString(width / 2, 7 * mm, MARKING)
            if furniture.notice:
                self.setFillColor(INK)
                self.drawCentredString(width / 2, height - 13 * mm, furniture.notice)
                self.setFillColor(MUTED)
            self.setFont(FONT, 8.5)
            self.drawString(MARGIN, height - 17.5 * mm, furniture.child_name)
            self.drawRightString(
                width - MARGIN,
                height - 17.5 * mm,
                f"{furniture.document_title} · {long_date(furniture.document_date)}",
            )
            self.setStrokeColor(RULE)
            self.line(MARGIN, height - 19 * mm, width - MARGIN, height - 19 * mm)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.drawString(MARGIN, 10.5 * mm, furniture.child_name)
            if furniture.document_id:
                self.drawCentredString(width / 2, 10.5 * mm, f"Document {furniture.document_id}")
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
        return float(max(self._content[index - 1].getSpaceAfter(), self._content[index].getSpaceBefore()))

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
CONTENTS_NOTE_INDENT = 6 * mm


class Contents(Flowable):  # type: ignore[misc]
    """Reserves room for the contents; the canvas fills in the page numbers at the end. A
    section left out is listed too, with the reason it was left out in place of a page."""

    def __init__(self, entries: Sequence[tuple[str, str] | str]) -> None:
        super().__init__()
        self.entries = [(e, "") if isinstance(e, str) else e for e in entries]
        self._laid: list[tuple[str, list[str]]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._laid = [
            (
                title,
                simpleSplit(
                    f"Left out of this copy: {note}", FONT_ITALIC, 10, available_width - CONTENTS_NOTE_INDENT
                )
                if note
                else [],
            )
            for title, note in self.entries
        ]
        lines = sum(1 + len(notes) for _, notes in self._laid)
        self.height = lines * CONTENTS_LEADING
        return self.width, self.height

    def draw(self) -> None:
        x, top = self.canv.absolutePosition(0, self.height)
        self.canv.contents["anchor"] = (self.canv.getPageNumber(), x, top, self.width, self._laid)


def long_date(day: date) -> str:
    """ "1 October 2026", held together by no-break spaces (a date never splits a line)."""
    return f"{day.day}\u00a0{day:%B}\u00a0{day.year}"


def build_pdf(
    story: Sequence[Flowable], furniture: PageFurniture, subject: str, info: FileInfo | None = None
) -> bytes:
    """One pass: page X of Y and the contents' page numbers are drawn as the file is saved.
    The file carries its real creation date (not ReportLab's fixed "invariant" one)."""
    buffer = io.BytesIO()
    info = info or FileInfo(furniture.document_title, "CNIS Desktop", subject)
    doc = _ContentsDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=24 * mm,
        bottomMargin=20 * mm,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator="CNIS Desktop",
        lang=info.language,
        invariant=False,
        # Start in the embedded font so no unembedded base-14 font enters the PDF.
        initialFontName=FONT,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas_class(furniture))
    return buffer.getvalue()
