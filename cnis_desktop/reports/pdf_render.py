"""A Document (document.py) laid out as a printable PDF with ReportLab."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from .document import (
    Block,
    Chart,
    Contents,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Table,
    Text,
    Together,
)
from .hours_chart import HoursChartFlowable
from .layout import (
    FONT,
    FONT_BOLD,
    MARGIN,
    RULE,
    FileInfo,
    PageFurniture,
    Para,
    build_pdf,
    styles,
)
from .layout import Contents as ContentsFlowable
from .typeset import column_widths, fits_on_one_line, tidy

CELL_PADDING = 3.0
CELL_SIZE = 10.0
TEXT_WIDTH = 210 * mm - 2 * MARGIN
HEADER_BACKGROUND = colors.HexColor("#eef3fa")


def markup(text: Text) -> str:
    """ReportLab's paragraph markup for plain text or styled spans, line breaks kept."""
    if isinstance(text, str):
        return escape(tidy(text)).replace("\n", "<br/>")
    out = []
    for span in text:
        part = escape(tidy(span.text)).replace("\n", "<br/>")
        if span.bold:
            part = f"<b>{part}</b>"
        if span.italic:
            part = f"<i>{part}</i>"
        out.append(part)
    return "".join(out)


def _paragraph(block: Paragraph) -> Flowable:
    s = styles()
    style = {"body": s.body, "small": s.small, "quote": s.quote, "label": s.label, "notice": s.heading}[
        block.style
    ]
    return Para(markup(block.text), style)


def _heading(block: Heading) -> Flowable:
    s = styles()
    style = {1: s.title, 2: s.section, 3: s.heading}.get(block.level, s.heading)
    return Para(escape(block.text), style)


def _cell(text: str, width: float, bold: bool) -> str | Para:
    """A cell that fits on one line, by ReportLab's own measure, is drawn as plain text (a
    paragraph per cell is most of a long table's cost); anything longer wraps."""
    font = FONT_BOLD if bold else FONT
    text = tidy(text)
    if fits_on_one_line(text, font, CELL_SIZE, width - 2 * CELL_PADDING):
        return text
    s = styles()
    return Para(("<b>%s</b>" if bold else "%s") % markup(text), s.body)


def _table(block: Table, available: float = TEXT_WIDTH) -> Flowable:
    facts = block.header is None
    rows = [[tidy(text) for text in r] for r in block.rows]
    header = [tidy(text) for text in block.header] if block.header is not None else None
    # A facts table's labels take no more than they need; the values have the rest.
    widths = column_widths(
        header,
        rows,
        available,
        FONT,
        FONT_BOLD,
        CELL_SIZE,
        CELL_PADDING,
        first_column_bold=facts,
        stretch=1 if facts else None,
    )
    data: list[list[str | Para]] = []
    if header is not None:
        data.append([_cell(h, w, True) for h, w in zip(header, widths, strict=True)])
    for row in rows:
        data.append(
            [_cell(text, w, facts and c == 0) for c, (text, w) in enumerate(zip(row, widths, strict=True))]
        )
    table = RLTable(data, colWidths=widths, repeatRows=0 if facts else 1, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 14),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if facts:
        commands.append(("FONTNAME", (0, 0), (0, -1), FONT_BOLD))
    else:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ]
    table.setStyle(TableStyle(commands))
    return table


PICTURE_MAX_HEIGHT = 110 * mm


def _picture(block: Picture) -> Flowable:
    """The image at its own proportions, at most the text's width and a third of the page
    high, with its caption under it (kept together)."""
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image as RLImage

    width, height = ImageReader(io.BytesIO(block.data)).getSize()
    scale = min(TEXT_WIDTH / width, PICTURE_MAX_HEIGHT / height, 0.75)  # 0.75: 96 pixels an inch
    image = RLImage(io.BytesIO(block.data), width=width * scale, height=height * scale, hAlign="LEFT")
    caption = _paragraph(Paragraph(f"Picture: {block.caption}", "small"))
    return KeepTogether([image, Spacer(1, 1 * mm), caption, Spacer(1, 2 * mm)])


def flowables(blocks: list[Block]) -> list[Flowable]:
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            story.append(_heading(block))
        elif isinstance(block, Paragraph):
            story.append(_paragraph(block))
        elif isinstance(block, Table):
            story.append(_table(block))
        elif isinstance(block, Chart):
            story += [HoursChartFlowable(block), Spacer(1, 2 * mm)]
        elif isinstance(block, Picture):
            story.append(_picture(block))
        elif isinstance(block, Contents):
            story.append(ContentsFlowable([(e.title, e.left_out) for e in block.entries]))
        elif isinstance(block, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(block, Together):
            story.append(KeepTogether(flowables(list(block.blocks))))
    return story


def render_pdf(document: Document) -> bytes:
    furniture = PageFurniture(
        document.child_name,
        document.title,
        document.document_date,
        document.page_notice,
        document.document_id,
    )
    info = FileInfo(
        title=document.metadata_title,
        author=document.author,
        subject=f"{document.title} · {document.copy.label} · document {document.document_id}",
        keywords=f"document-id:{document.document_id}, {document.copy.audience} copy",
        language=document.language,
    )
    return build_pdf(flowables(document.blocks), furniture, info.subject, info)
