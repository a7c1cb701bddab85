"""The accessible version of a Document: an OpenDocument text file (ODT, ISO/IEC 26300).

A screen reader gets what the printed page shows by its look: headings are real headings
(outline levels), tables have header rows, the chart has a text alternative (its SVG title
and description, and the figures as a table), the reading order is the order of the
content, and the language is declared. Word, LibreOffice and Google Docs open it, and a
family can change its size and colours. Written with the standard library: the format is
a zip of a few XML files.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

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
from .hours_chart import chart_svg

MIMETYPE = "application/vnd.oasis.opendocument.text"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.3"'
)
PARAGRAPH_STYLES = {
    "body": "Text_20_body",
    "small": "Small",
    "quote": "Quotations",
    "label": "Label",
    "notice": "Notice",
}


def _inline(text: Text) -> str:
    """Text with its line breaks and bold or italic runs."""
    spans = [(text, False, False)] if isinstance(text, str) else [(s.text, s.bold, s.italic) for s in text]
    out = []
    for value, bold, italic in spans:
        part = "<text:line-break/>".join(escape(line) for line in value.split("\n"))
        if bold or italic:
            style = "Strong" if bold else "Emphasis"
            part = f'<text:span text:style-name="{style}">{part}</text:span>'
        out.append(part)
    return "".join(out)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pictures: dict[str, str | bytes] = {}  # path in the package -> SVG text or image
        self.tables = 0
        self.page_break_next = False

    def para(self, style: str, inner: str) -> None:
        if self.page_break_next:
            style, self.page_break_next = f"{style}_Break", False
        self.parts.append(f'<text:p text:style-name="{style}">{inner}</text:p>')

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            level = max(1, min(block.level, 3))
            style = f"Heading_20_{level}"
            break_ = "_Break" if self.page_break_next else ""
            self.page_break_next = False
            self.parts.append(
                f'<text:h text:style-name="{style}{break_}" '
                f'text:outline-level="{level}">{escape(block.text)}</text:h>'
            )
        elif isinstance(block, Paragraph):
            self.para(PARAGRAPH_STYLES.get(block.style, "Text_20_body"), _inline(block.text))
        elif isinstance(block, Table):
            self.table(block.header or ("Item", "Recorded"), block.rows, block.caption)
        elif isinstance(block, Chart):
            self.chart(block)
        elif isinstance(block, Picture):
            self.picture(block)
        elif isinstance(block, Contents):
            items = []
            for entry in block.entries:
                text = escape(entry.title)
                if entry.left_out:
                    text += escape(f" – left out of this copy: {entry.left_out}")
                items.append(
                    f'<text:list-item><text:p text:style-name="Text_20_body">{text}</text:p></text:list-item>'
                )
            self.parts.append(f"<text:list>{''.join(items)}</text:list>")
        elif isinstance(block, PageBreak):
            self.page_break_next = True
        elif isinstance(block, Together):
            for inner in block.blocks:
                self.block(inner)

    def table(self, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], caption: str) -> None:
        self.tables += 1
        name = quoteattr(caption or f"Table {self.tables}")
        if caption:
            self.para("Table_20_Caption", escape(caption))

        def row(cells: tuple[str, ...], style: str) -> str:
            return (
                "<table:table-row>"
                + "".join(
                    f'<table:table-cell office:value-type="string"><text:p text:style-name="{style}">'
                    f"{_inline(c)}</text:p></table:table-cell>"
                    for c in cells
                )
                + "</table:table-row>"
            )

        self.parts.append(
            f'<table:table table:name={name} table:style-name="Table">'
            f'<table:table-column table:number-columns-repeated="{len(header)}"/>'
            f"<table:table-header-rows>{row(header, 'Table_20_Heading')}</table:table-header-rows>"
            + "".join(row(r, "Table_20_Contents") for r in rows)
            + "</table:table>"
        )

    def picture(self, picture: Picture) -> None:
        """The image with its caption as its title and description (what a screen reader
        says), then the caption as text."""
        from PIL import Image

        number = len(self.pictures) + 1
        extension = "png" if picture.media_type == "image/png" else "jpg"
        path = f"Pictures/attachment{number}.{extension}"
        self.pictures[path] = picture.data
        with Image.open(io.BytesIO(picture.data)) as image:
            width, height = image.size
        scale = min(12.0 / width, 9.0 / height)  # centimetres, like the PDF's
        caption = escape(picture.caption)
        self.para(
            "Text_20_body",
            f'<draw:frame draw:name="Picture {number}" text:anchor-type="as-char" '
            f'svg:width="{width * scale:.2f}cm" svg:height="{height * scale:.2f}cm">'
            f'<draw:image xlink:href="{path}" xlink:type="simple" xlink:show="embed" '
            f'xlink:actuate="onLoad" draw:mime-type="{picture.media_type}"/>'
            f"<svg:title>{caption}</svg:title><svg:desc>{caption}</svg:desc></draw:frame>",
        )
        self.para("Text_20_body", f"Picture: {caption}")

    def chart(self, chart: Chart) -> None:
        number = len(self.pictures) + 1
        path = f"Pictures/chart{number}.svg"
        self.pictures[path] = chart_svg(chart)
        self.para(
            "Text_20_body",
            f'<draw:frame draw:name="Hours chart {number}" text:anchor-type="as-char" '
            f'svg:width="17cm" svg:height="7.2cm"><draw:image xlink:href="{path}" '
            f'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" '
            f'draw:mime-type="image/svg+xml"/><svg:title>Hours of education, week by '
            f"week</svg:title><svg:desc>{escape(chart.description)}</svg:desc>"
            f"</draw:frame>",
        )
        header = ["Week beginning", chart.planned_label]
        if chart.delivered:
            header.append("Delivered")
        if chart.full_time:
            header.append("Full time")
        rows = []
        for week in chart.weeks:
            row = [f"{week.start:%d/%m/%Y}", f"{week.planned_minutes / 60:.1f} h"]
            if chart.delivered:
                row.append(f"{week.delivered_minutes / 60:.1f} h")
            if chart.full_time:
                row.append(f"{week.threshold_minutes / 60:.1f} h")
            rows.append(tuple(row))
        self.table(tuple(header), tuple(rows), "The hours in the chart, week by week")


def _styles(document: Document) -> str:
    language, _, country = document.language.partition("-")
    lang = f'fo:language="{language}" fo:country="{country or "GB"}"'

    def paragraph(
        name: str,
        size: str,
        bold: bool = False,
        italic: bool = False,
        extra: str = "",
        parent: str = "Standard",
        outline: int = 0,
    ) -> str:
        weight = ' fo:font-weight="bold"' if bold else ""
        slant = ' fo:font-style="italic"' if italic else ""
        level = f' style:default-outline-level="{outline}"' if outline else ""
        parent_attr = f' style:parent-style-name="{parent}"' if parent else ""
        base = (
            f'<style:style style:name="{name}" style:family="paragraph"{parent_attr}{level}>'
            f'<style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.15cm"'
            f'{extra}/><style:text-properties fo:font-size="{size}"{weight}{slant}/>'
            f"</style:style>"
        )
        broken = base.replace(f'style:name="{name}"', f'style:name="{name}_Break"').replace(
            "<style:paragraph-properties", '<style:paragraph-properties fo:break-before="page"'
        )
        return base + broken

    styles = "".join(
        (
            paragraph("Standard", "12pt", parent=""),
            paragraph("Text_20_body", "12pt"),
            paragraph("Heading_20_1", "20pt", bold=True, outline=1, extra=' fo:keep-with-next="always"'),
            paragraph("Heading_20_2", "16pt", bold=True, outline=2, extra=' fo:keep-with-next="always"'),
            paragraph("Heading_20_3", "14pt", bold=True, outline=3, extra=' fo:keep-with-next="always"'),
            paragraph("Small", "11pt"),
            paragraph("Label", "12pt", bold=True, extra=' fo:keep-with-next="always"'),
            paragraph("Notice", "12pt", bold=True),
            paragraph("Quotations", "13pt", italic=True, extra=' fo:margin-left="0.8cm"'),
            paragraph("Table_20_Heading", "12pt", bold=True),
            paragraph("Table_20_Contents", "12pt"),
            paragraph("Table_20_Caption", "11pt", italic=True),
            paragraph("Header", "10pt"),
            paragraph("Footer", "10pt"),
        )
    )
    header = (
        f'<text:p text:style-name="Header">OFFICIAL-SENSITIVE · '
        f"{escape(document.page_notice)}</text:p>"
        f'<text:p text:style-name="Header">{escape(document.child_name)} · '
        f"{escape(document.title)} · {document.document_date:%d/%m/%Y}</text:p>"
    )
    footer = (
        f'<text:p text:style-name="Footer">Page <text:page-number text:select-page="current"/>'
        f" of <text:page-count/> · Document {escape(document.document_id)} · "
        f"OFFICIAL-SENSITIVE</text:p>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}>'
        f"<office:font-face-decls/><office:styles>"
        f'<style:default-style style:family="paragraph"><style:text-properties '
        f'style:font-name="DejaVu Sans" fo:font-family="\'DejaVu Sans\', Arial, sans-serif" '
        f'fo:font-size="12pt" {lang}/></style:default-style>'
        f'<style:style style:name="Strong" style:family="text"><style:text-properties '
        f'fo:font-weight="bold"/></style:style>'
        f'<style:style style:name="Emphasis" style:family="text"><style:text-properties '
        f'fo:font-style="italic"/></style:style>'
        f"{styles}</office:styles>"
        f'<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties '
        f'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" '
        f'fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
        f"</style:page-layout></office:automatic-styles>"
        f'<office:master-styles><style:master-page style:name="Standard" '
        f'style:page-layout-name="A4"><style:header>{header}</style:header>'
        f"<style:footer>{footer}</style:footer></style:master-page></office:master-styles>"
        f"</office:document-styles>"
    )


def _meta(document: Document, created: datetime) -> str:
    stamp = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NAMESPACES}>'
        f"<office:meta><meta:generator>CNIS Desktop</meta:generator>"
        f"<dc:title>{escape(document.metadata_title)}</dc:title>"
        f"<dc:subject>{escape(document.title)} · {escape(document.copy.label)}</dc:subject>"
        f"<meta:initial-creator>{escape(document.author)}</meta:initial-creator>"
        f"<dc:creator>{escape(document.author)}</dc:creator>"
        f"<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
        f"<dc:language>{escape(document.language)}</dc:language>"
        f'<meta:user-defined meta:name="Document ID">{escape(document.document_id)}'
        f"</meta:user-defined></office:meta></office:document-meta>"
    )


def _media_type(path: str) -> str:
    return {"svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg"}[path.rsplit(".", 1)[1]]


def _manifest(pictures: list[str]) -> str:
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="{_media_type(p)}"/>'
        for p in pictures
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{MIMETYPE}" manifest:version="1.3"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        f"{entries}</manifest:manifest>"
    )


def render_odt(document: Document) -> bytes:
    writer = _Writer()
    if document.draft:
        writer.para("Notice", "DRAFT – not finalised; content may change.")
    writer.para("Notice", escape(document.page_notice))
    for block in document.blocks:
        writer.block(block)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>'
        f'<office:automatic-styles><style:style style:name="Table" style:family="table">'
        f'<style:table-properties style:width="17cm" table:align="left"/></style:style>'
        f"</office:automatic-styles><office:body><office:text>"
        f"{''.join(writer.parts)}</office:text></office:body></office:document-content>"
    )
    created = document.created_at or datetime.now(UTC)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        # The mimetype comes first and uncompressed, so a reader can tell the type by its bytes.
        package.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("styles.xml", _styles(document))
        package.writestr("meta.xml", _meta(document, created))
        for path, picture in writer.pictures.items():
            package.writestr(path, picture)
        package.writestr("META-INF/manifest.xml", _manifest(list(writer.pictures)))
    return buffer.getvalue()
