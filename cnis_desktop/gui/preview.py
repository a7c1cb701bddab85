"""Preview a PDF held in memory, print it, or (asked first, audited) save it.

The document never touches the disk unless the user saves it: QtPdf reads it from a
QBuffer and printing paints its pages straight onto the printer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..vault.files import write_private_atomically

PRINT_DPI = 300
SAVE_WARNING = (
    "A saved PDF is not encrypted. Anyone with the file can read it. Save it only to an "
    "encrypted, authority-approved location and delete it when it is no longer needed. "
    "The save will be recorded in the audit log."
)


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
    def __init__(self, title: str, data: bytes, suggested_name: str,
                 audit: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(title)
        self.data = data
        self.suggested_name = suggested_name
        self.audit = audit
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName("Document preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(f"{self.document.pageCount()} page(s) · not saved to disk", self)
        self.print_button = QPushButton("&Print…", self)
        self.save_button = QPushButton("&Save as PDF…", self)
        close = QPushButton("&Close", self)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_with_warning)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_with_dialog)
        row = QHBoxLayout()
        row.addWidget(self.pages)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(860, 700)

    # These two are the seams tests replace: everything else is the real dialog.
    def choose_printer(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def confirm_and_choose_path(self) -> Path | None:
        answer = QMessageBox.warning(
            self, "Save an unencrypted copy?", SAVE_WARNING,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return None
        name, _ = QFileDialog.getSaveFileName(self, "Save PDF", self.suggested_name, "PDF (*.pdf)")
        return Path(name) if name else None

    def print_with_dialog(self) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not self.choose_printer(printer):
            return 0
        printed = print_document(self.document, printer)
        if printed:
            self.audit("print")
        return printed

    def save_with_warning(self) -> Path | None:
        path = self.confirm_and_choose_path()
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        write_private_atomically(path, self.data)
        self.audit("export")
        self.pages.setText(f"Saved to {path}")
        return path
