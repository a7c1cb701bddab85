"""One attached file shown from memory: an image scaled to fit (zoom with Ctrl+ and Ctrl-), a
PDF in QtPdf read from a QBuffer, anything else by its name, type and size. Nothing is written
to disk unless the user saves a copy, which is warned about and audited like a saved PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.attachment import Attachment
from ..vault import Vault, VaultError
from ..vault.files import write_private_atomically
from .attachments_panel import size_text
from .preview import ask_where_to_save_a_copy, load_pdf

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)


class AttachmentViewer(QDialog):
    def __init__(self, vault: Vault, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(attachment.caption or attachment.file_name)
        self.vault = vault
        self.attachment = attachment
        held = vault.attachments.data(attachment.sha256)
        self.held = held is not None
        self.data = held or b""
        self.pixmap = QPixmap()
        self.zoom = 0.0  # 0: fit the window
        self.image_label: QLabel | None = None
        self.image_scroll: QScrollArea | None = None
        self.pdf_view: QPdfView | None = None
        self.page_count = 0

        restricted = " · Restricted: only in record copies" if attachment.restricted else ""
        self.about = QLabel(
            f"{attachment.file_name} · {attachment.kind_label} · {size_text(attachment.size)}{restricted}",
            self,
        )
        self.about.setObjectName("attachmentAbout")
        self.about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        body = self._body()
        layout.addWidget(body, 1)

        self.status = QLabel(
            "Shown from memory · not saved to disk" if self.held else "Not on this laptop yet", self
        )
        self.status.setObjectName("viewerStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton("Save a copy…", self)
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setAccessibleName("Save an unencrypted copy")
        self.save_button.setAutoDefault(False)
        close = QPushButton("Close", self)
        close.setObjectName("closeViewerButton")
        close.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        if self.image_label is not None:
            for text, name, step in (("Zoom out", "zoomOutButton", -1), ("Zoom in", "zoomInButton", 1)):
                button = QPushButton(text, self)
                button.setObjectName(name)
                button.setAutoDefault(False)
                button.setToolTip("Ctrl+-" if step < 0 else "Ctrl++")
                button.clicked.connect(lambda _=False, s=step: self.zoom_by(s))
                row.addWidget(button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save_with_warning)
        # No bytes here: nothing to save (an empty file would pass for the letter or photo).
        self.save_button.setEnabled(self.held)
        close.clicked.connect(self.accept)
        if self.image_label is not None:
            for keys, step in (
                (QKeySequence.StandardKey.ZoomIn, 1),
                (QKeySequence("Ctrl+="), 1),
                (QKeySequence.StandardKey.ZoomOut, -1),
                (QKeySequence("Ctrl+0"), 0),
            ):
                QShortcut(keys, self, lambda s=step: self.zoom_by(s))
        self.resize(900, 680)

    def _body(self) -> QWidget:
        a = self.attachment
        if not self.held:
            return self._note(
                f"{a.text_alternative}\n\nThis file is not on this laptop: it has not come by sync"
                " yet, or it was damaged here. The next sync fetches it from the hub."
            )
        if a.is_image and self.pixmap.loadFromData(self.data):
            self.image_label = QLabel(self)
            self.image_label.setObjectName("attachmentImage")
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image_label.setAccessibleName(a.text_alternative)
            self.image_scroll = QScrollArea(self)
            self.image_scroll.setObjectName("imageScroll")
            self.image_scroll.setAccessibleName(f"Image: {a.text_alternative}")
            self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image_scroll.setWidget(self.image_label)
            self.image_scroll.setWidgetResizable(False)
            return self.image_scroll
        if a.media_type == "application/pdf":
            self.document, self._buffer = load_pdf(self.data, self)
            self.page_count = self.document.pageCount()
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("attachmentPdf")
            self.pdf_view.setAccessibleName(f"PDF: {a.text_alternative}, {self.page_count} page(s)")
            self.pdf_view.setDocument(self.document)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            return self.pdf_view
        return self._note(
            f"{a.text_alternative}\n\n{a.kind_label} cannot be shown here. Use Save a copy… to open it "
            "in another program (the copy is not encrypted)."
        )

    def _note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setObjectName("attachmentNotShown")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return note

    # --- zoom ---------------------------------------------------------------------------------

    def _fit_scale(self) -> float:
        if self.image_scroll is None or self.pixmap.isNull():
            return 1.0
        area = self.image_scroll.viewport().size()
        return min(1.0, (area.width() - 4) / self.pixmap.width(), (area.height() - 4) / self.pixmap.height())

    def zoom_by(self, step: int) -> float:
        """step 1 zooms in, -1 out, 0 back to fit; returns the scale now shown."""
        if self.image_label is None:
            return 1.0
        current = self.zoom or self._fit_scale()
        if step == 0:
            self.zoom = 0.0
        else:
            self.zoom = min(
                max(current * (ZOOM_STEP if step > 0 else 1 / ZOOM_STEP), ZOOM_RANGE[0]), ZOOM_RANGE[1]
            )
        self._show_image()
        return self.zoom or self._fit_scale()

    def _show_image(self) -> None:
        if self.image_label is None:
            return
        scale = max(self.zoom or self._fit_scale(), 0.01)
        shown = self.pixmap.scaled(
            max(int(self.pixmap.width() * scale), 1),
            max(int(self.pixmap.height() * scale), 1),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image_label.setPixmap(shown)
        self.image_label.resize(shown.size())
        self.status.setText(f"{scale * 100:.0f}% · shown from memory · not saved to disk")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_image()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.zoom:
            self._show_image()

    # --- saving a copy --------------------------------------------------------------------------

    def confirm_and_choose_path(self) -> Path | None:
        """The seam tests replace: the warning, then the OS's save dialog."""
        return ask_where_to_save_a_copy(self, "copy", self.attachment.file_name)

    def save_with_warning(self) -> Path | None:
        if not self.held:
            return None
        path = self.confirm_and_choose_path()
        if path is None:
            return None
        try:
            write_private_atomically(path, self.data)
        except VaultError as exc:
            self.status.setText(str(exc))
            return None
        self.vault.audit(
            "attachment_exported", "attachment", self.attachment.id, detail=self.attachment.media_type
        )
        self.status.setText(f"Saved to {path}")
        return path
