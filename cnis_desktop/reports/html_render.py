"""A Document as simple HTML: how the app previews and prints the accessible version (the
ODT is what is saved). Headings, tables with header cells, the chart's text alternative."""

from __future__ import annotations

from html import escape

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


def _inline(text: Text) -> str:
    spans = [(text, False, False)] if isinstance(text, str) else [(s.text, s.bold, s.italic) for s in text]
    out = []
    for value, bold, italic in spans:
        part = escape(value).replace("\n", "<br>")
        if bold:
            part = f"<strong>{part}</strong>"
        if italic:
            part = f"<em>{part}</em>"
        out.append(part)
    return "".join(out)


def _block(block: Block, out: list[str]) -> None:
    if isinstance(block, Heading):
        out.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
    elif isinstance(block, Paragraph):
        inner = _inline(block.text)
        if block.style == "quote":
            out.append(f"<blockquote><p>{inner}</p></blockquote>")
        elif block.style in ("label", "notice"):
            out.append(f"<p><strong>{inner}</strong></p>")
        else:
            out.append(f"<p>{inner}</p>")
    elif isinstance(block, Table):
        header = block.header or ("Item", "Recorded")
        rows = "".join(
            "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row) + "</tr>" for row in block.rows
        )
        caption = f"<caption>{escape(block.caption)}</caption>" if block.caption else ""
        out.append(
            f'<table border="1" cellpadding="4" cellspacing="0">{caption}<thead><tr>'
            + "".join(f"<th>{escape(h)}</th>" for h in header)
            + f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    elif isinstance(block, Chart):
        out.append(f"<p><em>Chart of hours a week (described): {escape(block.description)}</em></p>")
    elif isinstance(block, Picture):
        out.append(f"<p><em>Picture: {escape(block.caption)}</em></p>")
    elif isinstance(block, Contents):
        items = "".join(
            f"<li>{escape(e.title)}"
            + (f" – left out of this copy: {escape(e.left_out)}" if e.left_out else "")
            + "</li>"
            for e in block.entries
        )
        out.append(f"<ul>{items}</ul>")
    elif isinstance(block, PageBreak):
        out.append("<hr>")
    elif isinstance(block, Together):
        for part in block.blocks:
            _block(part, out)


def render_html(document: Document) -> str:
    out: list[str] = [
        f'<html lang="{escape(document.language)}"><head><meta charset="utf-8">'
        f"<title>{escape(document.metadata_title)}</title></head><body>",
        f"<p><strong>OFFICIAL-SENSITIVE · {escape(document.page_notice)}</strong></p>",
    ]
    for block in document.blocks:
        _block(block, out)
    out.append(f"<p>Document {escape(document.document_id)}</p></body></html>")
    return "".join(out)
