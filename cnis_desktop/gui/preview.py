"""Preview a document held in memory, print it, or (asked first, audited) save it.

The document never touches the disk unless the user saves it: QtPdf reads it from a
QBuffer and printing paints its pages straight onto the printer. Where the document can be
made again for another copy (family, professional, record) or as the accessible version,
the dialog asks which, shows that one, and prints or saves exactly what it shows; the
accessible version is previewed and printed from its HTML rendering and saved as ODT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.audience import AUDIENCE, SAFEST_AUDIENCE
from ..vault.files import write_private_atomically

PRINT_DPI = 300
VERSIONS = (("pdf", "Printable (PDF)"), ("odt", "Accessible, for a screen reader (ODT)"))


@dataclass(frozen=True)
class Rendition:
    """One copy of a document in one version: what is saved, and what the preview shows."""

    data: bytes  # the PDF, or the ODT
    format: str = "pdf"
    html: str = ""  # the accessible version, as shown and printed here
    detail: str = ""  # for the audit event: the document, its copy and version


Render = Callable[[str, str], Rendition]  # (audience, format) -> the document
SAVE_WARNING = (
    "A saved {what} is not encrypted. Anyone with the file can read it. Save it only to an "
    "encrypted, authority-approved location and delete it when it is no longer needed. "
    "The save will be recorded in the audit log."
)


def ask_where_to_save_a_copy(
    parent: QWidget, what: str, suggested: str, file_filter: str = ""
) -> Path | None:
    """Every unencrypted copy a person saves (a document, an attachment) is warned about
    first, in the same words; then the system's save dialog. None when they stop."""
    answer = QMessageBox.warning(
        parent,
        "Save an unencrypted copy?",
        SAVE_WARNING.format(what=what),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Save:
        return None
    name, _ = QFileDialog.getSaveFileName(parent, "Save a copy", suggested, file_filter)
    return Path(name) if name else None


def load_pdf(data: bytes, parent: QObject) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page at the printer's resolution; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        pages = document.pageCount()
        for index in range(pages):
            if index:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            placed = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            # 300 dpi is sharp on paper; the printer's full resolution only adds bulk.
            dpi = min(printer.resolution(), PRINT_DPI)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            painter.drawImage(placed, document.render(index, size))
    finally:
        painter.end()
    return document.pageCount()


class PreviewDialog(QDialog):
    def __init__(
        self,
        title: str,
        data: bytes,
        suggested_name: str,
        audit: Callable[[str], None],
        parent: QWidget | None = None,
        render: Render | None = None,
        audience: str = SAFEST_AUDIENCE,
        detail: str = "",
    ) -> None:
        """`render`: makes the document again for another copy or version; without it the
        dialog shows the one PDF it was given."""
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(title)
        self.rendition = Rendition(data, "pdf", detail=detail)
        self.suggested_name = suggested_name
        self.audit = audit
        self.make = render
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName("Document preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text_view = QTextBrowser(self)
        self.text_view.setAccessibleName("Accessible version preview")
        self.views = QStackedWidget(self)
        self.views.addWidget(self.view)
        self.views.addWidget(self.text_view)
        self.copy_choice = QComboBox(self)
        self.copy_choice.setObjectName("copyChoice")
        self.copy_choice.setAccessibleName("Which copy")
        for code, label in AUDIENCE:
            self.copy_choice.addItem(label, code)
        self.copy_choice.setCurrentIndex(max(self.copy_choice.findData(audience), 0))
        self.version_choice = QComboBox(self)
        self.version_choice.setObjectName("versionChoice")
        self.version_choice.setAccessibleName("Which version")
        for code, label in VERSIONS:
            self.version_choice.addItem(label, code)
        self.copy_label = QLabel("&Copy:", self)
        self.copy_label.setBuddy(self.copy_choice)
        self.version_label = QLabel("&Version:", self)
        self.version_label.setBuddy(self.version_choice)
        self.pages = QLabel(f"{self.document.pageCount()} page(s) · not saved to disk", self)
        self.print_button = QPushButton("&Print…", self)
        self.save_button = QPushButton("&Save as PDF…", self)
        close = QPushButton("C&lose", self)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_warning)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_with_dialog)
        choose = QHBoxLayout()
        for widget in (self.copy_label, self.copy_choice, self.version_label, self.version_choice):
            choose.addWidget(widget)
            widget.setVisible(render is not None)
        choose.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.views, 1)
        layout.addLayout(row)
        self.copy_choice.currentIndexChanged.connect(self._choice_changed)
        self.version_choice.currentIndexChanged.connect(self._choice_changed)
        self.resize(860, 700)

    @property
    def data(self) -> bytes:
        return self.rendition.data

    @property
    def audience(self) -> str:
        return str(self.copy_choice.currentData())

    @property
    def format(self) -> str:
        return self.rendition.format

    def choose(self, audience: str, format_name: str = "pdf") -> None:
        """Show another copy or version (what the two lists do)."""
        self.copy_choice.blockSignals(True)
        self.version_choice.blockSignals(True)
        self.copy_choice.setCurrentIndex(max(self.copy_choice.findData(audience), 0))
        self.version_choice.setCurrentIndex(max(self.version_choice.findData(format_name), 0))
        self.copy_choice.blockSignals(False)
        self.version_choice.blockSignals(False)
        self._choice_changed()

    def _choice_changed(self, *_: object) -> None:
        if self.make is None:
            return
        self.show_rendition(self.make(self.audience, str(self.version_choice.currentData())))

    def show_rendition(self, rendition: Rendition) -> None:
        self.rendition = rendition
        if rendition.format == "pdf":
            self.document, self._buffer = load_pdf(rendition.data, self)
            self.view.setDocument(self.document)
            self.views.setCurrentWidget(self.view)
            self.pages.setText(f"{self.document.pageCount()} page(s) · not saved to disk")
            self.save_button.setText("&Save as PDF…")
        else:
            self.text_view.setHtml(rendition.html)
            self.views.setCurrentWidget(self.text_view)
            self.pages.setText("Accessible version · not saved to disk")
            self.save_button.setText("&Save accessible version…")

    # These two are the seams tests replace: everything else is the real dialog.
    def choose_printer(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def confirm_and_choose_path(self) -> Path | None:
        pdf = self.format == "pdf"
        return ask_where_to_save_a_copy(
            self,
            "PDF" if pdf else "document",
            str(Path(self.suggested_name).with_suffix(f".{self.format}")),
            "PDF (*.pdf)" if pdf else "OpenDocument text (*.odt)",
        )

    def print_with_dialog(self) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not self.choose_printer(printer):
            return 0
        if self.format == "pdf":
            printed = print_document(self.document, printer)
        else:
            self.text_view.document().print_(printer)
            printed = max(self.text_view.document().pageCount(), 1)
        if printed:
            self.audit("print")
        return printed

    def save_with_warning(self) -> Path | None:
        path = self.confirm_and_choose_path()
        if path is None:
            return None
        if path.suffix.lower() != f".{self.format}":
            path = path.with_suffix(f".{self.format}")
        write_private_atomically(path, self.data)
        self.audit("export")
        self.pages.setText(f"Saved to {path}")
        return path
