"""A document as content, before any layout: headings, paragraphs, tables, a chart.

Each document (visit summary, review pack) is built once into this plain structure from
what documents.py gathered for its copy; the printable PDF (pdf_render.py) and the
accessible version (odt_render.py) are two renderings of the same blocks, so neither can
show something the other withholds. Text here is plain text (line breaks as "\\n"); a
renderer escapes it for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.audience import Copy
from ..domain.hours import Week


@dataclass(frozen=True)
class Span:
    """A run of text in one style inside a paragraph."""

    text: str
    bold: bool = False
    italic: bool = False


Text = str | tuple[Span, ...]


def plain(text: Text) -> str:
    return text if isinstance(text, str) else "".join(span.text for span in text)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 the document's title; 2 a section (listed in the contents); 3 within


@dataclass(frozen=True)
class Paragraph:
    text: Text
    style: str = "body"  # body | small | quote (the child's exact words) | label | notice


@dataclass(frozen=True)
class Table:
    """`header` None: a two-column table of facts (a label, then its value)."""

    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""  # what the table holds, for a screen reader


@dataclass(frozen=True)
class Chart:
    weeks: tuple[Week, ...]
    delivered: bool  # False: no sessions are logged, so no delivered bars at all
    planned_label: str  # "Planned", "Reported by the parent"…
    full_time: bool  # draw the full-time line (never for home education)
    description: str  # the text alternative, in words


@dataclass(frozen=True)
class Picture:
    """An attached image (already stripped of metadata): its caption is printed under it and
    is its text alternative in the accessible version."""

    data: bytes  # JPEG or PNG
    media_type: str
    caption: str


@dataclass(frozen=True)
class ContentsEntry:
    title: str
    left_out: str = ""  # the reason the worker gave, when the section is left out


@dataclass(frozen=True)
class Contents:
    entries: tuple[ContentsEntry, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Together:
    """Blocks kept on one page where they fit (a heading and its short section)."""

    blocks: tuple[Block, ...]


Block = Heading | Paragraph | Table | Chart | Picture | Contents | PageBreak | Together


@dataclass
class Document:
    title: str  # "Visit summary", "EHC annual review"…
    child_name: str  # on every page, so a loose page says whose it is
    case_reference: str  # in the file's metadata instead of the child's name
    document_date: date
    copy: Copy
    document_id: str
    author: str  # the worker, and their authority
    created_at: datetime | None = None  # None: now, when rendered
    draft: bool = False
    blocks: list[Block] = field(default_factory=list)
    language: str = "en-GB"

    @property
    def page_notice(self) -> str:
        """What every page's header says about this copy."""
        notice = self.copy.notice
        return f"DRAFT – not finalised · {notice}" if self.draft else notice

    @property
    def metadata_title(self) -> str:
        return f"{self.title} – case {self.case_reference}"

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
