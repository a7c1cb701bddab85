"""The files kept with one record: a gallery of thumbnails, adding by button, folder or drop,
the caption, date and restricted mark of the chosen file, removing (with undo while not final).
A record already final takes new files only: each is described (DescribeFileDialog) before
any of them is attached, since its caption, date and mark cannot change afterwards.

The slow part of an import (sniff, strip, re-encode, thumbnail) runs on a worker; the write
runs here, on the UI thread that owns the vault's connection. Thumbnails are decoded from the
vault's bytes once and kept in memory only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..domain.attachment import RECORD_TYPE_LABELS, Attachment
from ..domain.dates import format_user_date
from ..vault import Vault, VaultError
from ..vault.attachment_import import ACCEPTED_EXTENSIONS, AttachmentRefused, ImportedFile
from .autosave import Autosaver
from .binder import ERROR_STYLE
from .describe_file_dialog import DescribeFileDialog, FileDescription, file_date
from .tasks import run_in_background

ICON_SIDE = 128
LABEL_LINES = 3  # under a thumbnail: the date, then the caption on up to two lines
FINALISED_REASON = (
    "Finalised: this record is final, so the caption, the date, the restricted mark and the files "
    "already attached no longer change. New files can still be added."
)
Index = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    if size >= 1048576:
        return f"{size / 1048576:.1f} MB"
    return f"{max(size / 1024, 0.1):.1f} KB"


def short_date(day: date) -> str:
    """A date to read at a glance, with the month in words: 2 Mar 2026."""
    return f"{day.day} {day:%b %Y}"


def added_on(attachment: Attachment) -> str:
    """The day a file was added, as the app writes dates (its stored time is ISO)."""
    try:
        return format_user_date(date.fromisoformat(attachment.added_at[:10]))
    except ValueError:
        return attachment.added_at[:10]


def item_label(attachment: Attachment) -> str:
    """What the gallery shows under a thumbnail: the restricted mark said in words, not colour;
    the file's date, when it has one, on the first line (a long caption is cut short below it,
    never the date)."""
    text = attachment.caption or attachment.file_name
    text = f"Restricted · {text}" if attachment.restricted else text
    return f"{short_date(attachment.taken_on)}\n{text}" if attachment.taken_on else text


class AttachmentModel(QAbstractListModel):
    """The attachments of one record; each thumbnail decoded on first display, then cached."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.items: list[Attachment] = []
        self._icons: dict[str, QIcon] = {}  # by sha256; memory only, dropped with the model
        self._file_icon = QIcon()
        self.item_size = QSize()  # every item's, whatever its label: set by the panel

    def set_items(self, items: list[Attachment]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def forget_icons(self) -> None:
        self._icons.clear()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        attachment = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(attachment)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon_for(attachment)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            restricted = " Restricted." if attachment.restricted else ""
            about = f"{attachment.kind_label}, {size_text(attachment.size)}"
            dated = f" Dated {short_date(attachment.taken_on)}." if attachment.taken_on else ""
            added = f" Added by {attachment.added_by or 'someone unknown'} on {added_on(attachment)}."
            return f"{attachment.text_alternative}. {about}.{dated}{added}{restricted}"
        if role == Qt.ItemDataRole.UserRole:
            return attachment
        if role == Qt.ItemDataRole.SizeHintRole and self.item_size.isValid():
            return self.item_size
        return None

    def icon_for(self, attachment: Attachment) -> QIcon:
        icon = self._icons.get(attachment.sha256)
        if icon is not None:
            return icon
        pixmap = QPixmap()
        thumb = self.vault.attachments.thumbnail(attachment.sha256) if attachment.is_image else None
        if thumb is not None and pixmap.loadFromData(thumb):
            icon = QIcon(square_thumbnail(pixmap))
        else:
            if self._file_icon.isNull():
                parent = self.parent()
                style = parent.style() if isinstance(parent, QWidget) else None
                if style is not None:
                    self._file_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            icon = self._file_icon
        self._icons[attachment.sha256] = icon
        return icon


def square_thumbnail(pixmap: QPixmap) -> QPixmap:
    """Scaled into a square of ICON_SIDE, centred: every item the same size, so the gallery
    lays out without asking each one (and captions line up under portrait and landscape)."""
    scaled = pixmap.scaled(
        ICON_SIDE, ICON_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    square = QPixmap(ICON_SIDE, ICON_SIDE)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawPixmap((ICON_SIDE - scaled.width()) // 2, (ICON_SIDE - scaled.height()) // 2, scaled)
    painter.end()
    return square


Target = tuple[str, str, str]  # (child id, record type, record id) a file is attached to


@dataclass
class _Waiting:
    """A file made ready for a final record, kept in memory until it is described."""

    path: Path
    target: Target
    prepared: ImportedFile
    description: FileDescription | None = None


@dataclass
class _Removed:
    """What Remove took away, kept in memory so that Undo can put it back."""

    attachment: Attachment
    prepared: ImportedFile


class AttachmentsPanel(QWidget):
    changed = Signal()
    import_finished = Signal(int, int)  # added, refused

    def __init__(self, vault: Vault, autosave_seconds: float = 1.5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.vault = vault
        self.record_type = ""
        self.record_id = ""
        self.child_id = ""
        self.final = False
        self.default_date: date | None = None  # a new file's date: the record's day, else today
        self.selected: Attachment | None = None
        self.removed: _Removed | None = None
        self.viewer: QDialog | None = None
        self.delete_box: QMessageBox | None = None
        self._queue: list[Path] = []
        self._done: list[Path] = []
        self._refusals: list[str] = []
        self._total = 0
        self._last_added: str | None = None
        self._batch = 0  # raised when the panel is cleared: a late worker result is dropped
        self._in_flight = False  # a file is being made ready on the worker
        # A final record's files are described before any is attached (see DescribeFileDialog).
        self._asking = False
        self._waiting: list[_Waiting] = []  # ready, described or not, none attached yet
        self._for_rest: FileDescription | None = None  # "use for all the remaining files"
        self.describe_dialog: DescribeFileDialog | None = None
        self.setAcceptDrops(True)

        self.title = QLabel("Attachments", self)
        self.title.setObjectName("attachmentsTitle")
        self.title.setWordWrap(True)
        self.add_button = QPushButton("Add files…", self)
        self.add_button.setObjectName("addFilesButton")
        self.add_button.setAccessibleName("Add files")
        self.add_button.setAccessibleDescription(
            "Photos, PDFs and office documents; you can also drop files here"
        )
        self.folder_button = QPushButton("Add a folder of photos…", self)
        self.folder_button.setObjectName("addFolderButton")
        self.folder_button.setAccessibleName("Add a folder of photos")
        self.view_button = QPushButton("View…", self)
        self.view_button.setObjectName("viewAttachmentButton")
        self.view_button.setAccessibleName("View the chosen file")
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setObjectName("removeAttachmentButton")
        self.remove_button.setAccessibleName("Remove the chosen file")
        self.undo_button = QPushButton("Undo remove", self)
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.setAccessibleName("Undo remove")
        self.undo_button.hide()

        self.model = AttachmentModel(vault, self)
        self.gallery = QListView(self)
        self.gallery.setObjectName("attachmentGallery")
        self.gallery.setAccessibleName("Attached files")
        self.gallery.setAccessibleDescription(
            "Arrow keys move between files; Enter opens one; Delete removes it"
        )
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        # Room for LABEL_LINES lines under every thumbnail, the same for all (the gallery
        # sizes its items by the first one's: a label without a date must not set it).
        text_height = LABEL_LINES * self.gallery.fontMetrics().lineSpacing()
        self.model.item_size = QSize(ICON_SIDE + 40, ICON_SIDE + 8 + text_height)
        self.gallery.setGridSize(QSize(ICON_SIDE + 48, ICON_SIDE + 16 + text_height))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setWordWrap(True)
        self.gallery.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.gallery.setSpacing(4)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gallery.setTabKeyNavigation(False)  # Tab leaves the gallery; arrows move inside it
        self.gallery.setModel(self.model)
        self.empty_note = QLabel("No files attached yet. Add files, or drop them here.", self)
        self.empty_note.setWordWrap(True)

        self.caption = QLineEdit(self)
        self.caption.setObjectName("attachmentCaption")
        self.caption.setAccessibleName("Caption")
        self.caption.setPlaceholderText("What it shows, in words (read aloud to those who cannot see it)")
        self.taken_on = QLineEdit(self)
        self.taken_on.setObjectName("attachmentTakenOn")
        self.taken_on.setAccessibleName("Date of the photo or document")
        self.taken_on.setAccessibleDescription(
            "The day the photo was taken or the document written, as dd/mm/yyyy"
        )
        self.taken_on.setPlaceholderText("dd/mm/yyyy")
        self.taken_on.setMaximumWidth(140)
        self.date_error = QLabel("", self)
        self.date_error.setObjectName("attachmentTakenOn_error")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()
        self.restricted = QCheckBox("Restricted (only in record copies)", self)
        self.restricted.setObjectName("attachmentRestricted")
        self.restricted.setAccessibleName("Restricted: only in record copies")
        self.info = QLabel("", self)
        self.info.setObjectName("attachmentInfo")
        self.info.setWordWrap(True)
        self.final_note = QLabel(FINALISED_REASON, self)
        self.final_note.setObjectName("attachmentFinalNote")
        self.final_note.setWordWrap(True)
        self.final_note.hide()
        self.status = QLabel("", self)
        self.status.setObjectName("attachmentStatus")
        self.status.setWordWrap(True)
        self.refusals = QLabel("", self)
        self.refusals.setObjectName("attachmentRefusals")
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet(ERROR_STYLE)
        self.refusals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusals.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("attachmentProgress")
        self.progress.setAccessibleName("Files being attached")
        self.progress.setFormat("%v of %m files")
        self.progress.hide()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.view_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        details = QFormLayout()
        caption_label = QLabel("Caption", self)
        caption_label.setBuddy(self.caption)
        details.addRow(caption_label, self.caption)
        date_label = QLabel("Date", self)
        date_label.setBuddy(self.taken_on)
        date_row = QHBoxLayout()
        date_row.addWidget(self.taken_on)
        date_row.addWidget(self.date_error, 1)
        details.addRow(date_label, date_row)
        details.addRow("", self.restricted)
        details.addRow("", self.info)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.refusals)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.final_note)
        layout.addLayout(details)
        layout.addWidget(self.status)

        self.saver = Autosaver(self.save_details, autosave_seconds, self)
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.view_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.gallery.activated.connect(lambda _index: self.open_selected())
        self.gallery.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.caption.textEdited.connect(lambda _text: self.saver.touch())
        self.taken_on.textEdited.connect(lambda _text: self.saver.touch())
        self.taken_on.editingFinished.connect(self.saver.flush)  # a date is done when left
        self.restricted.toggled.connect(self._restricted_toggled)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.gallery, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._show_selected(None)

    # --- the record -----------------------------------------------------------------------

    def set_record(
        self,
        record_type: str,
        record_id: str,
        child_id: str,
        final: bool = False,
        default_date: date | None = None,
    ) -> None:
        """Show a record's files. `default_date` is the day a new file is dated with (a
        session's or a QA visit's own day); without one, the day it is added."""
        self.saver.flush()
        self.record_type, self.record_id, self.child_id, self.final = record_type, record_id, child_id, final
        self.default_date = default_date
        self.removed = None
        self.undo_button.hide()
        self.refusals.hide()
        self.status.setText("")
        self.model.forget_icons()  # another record: its thumbnails only
        self.title.setText(f"Files attached to {RECORD_TYPE_LABELS.get(record_type, 'this record')}")
        self.final_note.setVisible(final)
        self.reload()

    def close_for_lock(self) -> None:
        """The vault is locking: what was typed is saved, files still waiting are not
        attached, and nothing of the record stays on screen."""
        self.saver.flush()
        self.clear()

    def clear(self) -> None:
        """Nothing shown (the window locked or another page opened)."""
        self.saver.cancel()
        self._drop_batch()
        self.record_type = self.record_id = self.child_id = ""
        self.removed = None
        self.model.forget_icons()
        self.model.set_items([])
        self._show_selected(None)

    def reload(self, select: str | None = None) -> None:
        items = (
            self.vault.attachments.list_for_record(self.record_type, self.record_id) if self.record_id else []
        )
        self.model.set_items(items)
        self.empty_note.setVisible(not items)
        row = next((i for i, a in enumerate(items) if a.id == select), 0 if items else -1)
        if row >= 0:
            self.gallery.setCurrentIndex(self.model.index(row))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.saver.flush()  # a caption typed for the file before is saved to that file
        index = self.gallery.currentIndex()
        self._show_selected(self.model.items[index.row()] if index.isValid() else None)

    def _show_selected(self, attachment: Attachment | None) -> None:
        self.selected = attachment
        editable = attachment is not None and not self.final
        self.caption.blockSignals(True)
        self.restricted.blockSignals(True)
        self.caption.setText(attachment.caption if attachment else "")
        self.taken_on.setText(format_user_date(attachment.taken_on) if attachment else "")
        self.restricted.setChecked(attachment.restricted if attachment else False)
        self.caption.blockSignals(False)
        self.restricted.blockSignals(False)
        self.date_error.hide()
        for control in (self.caption, self.taken_on, self.restricted, self.remove_button):
            control.setEnabled(editable)
        self.view_button.setEnabled(attachment is not None)
        for control in (self.add_button, self.folder_button):
            control.setEnabled(bool(self.record_id))
        reason = " (finalised)" if self.final else ""
        self.remove_button.setToolTip("The record is finalised: its files stay." if self.final else "")
        self.caption.setToolTip(FINALISED_REASON if self.final else "")
        self.taken_on.setToolTip(FINALISED_REASON if self.final else "")
        if attachment is None:
            self.info.setText("Choose a file to see its details." if self.model.items else "")
        else:
            self.info.setText(
                f"{attachment.file_name} · {attachment.kind_label} · {size_text(attachment.size)}"
                f" · added by {attachment.added_by or 'someone unknown'} on {added_on(attachment)}{reason}"
            )

    # --- caption, date and restricted mark, autosaved -----------------------------------

    def _restricted_toggled(self, _checked: bool) -> None:
        self.saver.touch()
        self.saver.flush()  # a mark is one decision: saved at once

    def typed_date(self) -> tuple[date | None, str]:
        """The date in the field (None when blank), or the reason it cannot be kept."""
        return file_date(self.taken_on.text())

    def save_details(self) -> bool:
        current = self.selected
        if current is None or self.final:
            return False
        caption, restricted = self.caption.text().strip(), self.restricted.isChecked()
        taken_on, problem = self.typed_date()
        self.date_error.setText(problem)
        self.date_error.setVisible(bool(problem))
        try:
            updated = current
            if caption != current.caption:
                updated = self.vault.attachments.set_caption(current.id, caption)
            if restricted != current.restricted:
                updated = self.vault.attachments.set_restricted(current.id, restricted)
            if not problem and taken_on != current.taken_on:
                updated = self.vault.attachments.set_taken_on(current.id, taken_on)
        except VaultError as exc:
            self.status.setText(f"Not saved: {exc}")
            return False
        if not problem and not self.taken_on.hasFocus():
            self.taken_on.setText(format_user_date(taken_on))  # "today" or 2/3/26 as it is kept
        if updated is not current:
            self._replace(updated)
            self.status.setText("Saved.")
            self.changed.emit()
        if problem:
            self.status.setText(f"The date was not saved: {problem}")
            return False
        return True

    def _replace(self, updated: Attachment) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == updated.id:
                self.model.items[row] = updated
                index = self.model.index(row)
                self.model.dataChanged.emit(index, index)
        if self.selected is not None and self.selected.id == updated.id:
            self.selected = updated

    def flush(self) -> None:
        self.saver.flush()

    # --- adding -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in ACCEPTED_EXTENSIONS)
        names, _ = QFileDialog.getOpenFileNames(
            self, "Attach files", "", f"Photos, PDFs and documents ({patterns});;All files (*)"
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Attach a folder of photos")
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.record_id and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not self.record_id or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    def new_file_date(self) -> date:
        """The date a new file is given: the record's own day (a session's, a visit's, a QA
        visit's), else today; never a day after today, which a file's date cannot be."""
        today = date.today()
        return min(self.default_date or today, today)

    def import_paths(self, paths: list[Path]) -> None:
        """Attach each file (a folder: the files in it an attachment may be), one at a time.
        To a record that is already final, each is described first (its caption, date and
        restricted mark cannot change once added), and none is attached until all are."""
        if not self.record_id:
            return
        files = expand_folders(paths)
        busy = bool(self._queue) or self._in_flight or self._asking or self.progress.isVisible()
        self._queue.extend(files)
        self._total += len(files)
        if busy:
            self.progress.setMaximum(self._total)
            return
        self._done, self._refusals = [], []
        self._waiting, self._for_rest = [], None
        self._asking = self.final
        self.refusals.hide()
        if not files:
            self._refusals.append("That folder has no photos, PDFs or documents to attach.")
            self._finish_batch()
            return
        self._total = len(files)
        self.progress.setRange(0, self._total)
        self.progress.setValue(0)
        self.progress.setVisible(self._total > 1)
        many = f"{self._total} file{'s' if self._total != 1 else ''}"
        self.status.setText(
            f"Describe {'each of the' if self._total != 1 else 'the'} {many}: nothing is attached "
            "until all are described."
            if self._asking
            else f"Attaching {many}…"
        )
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._maybe_finish()
            return
        path = self._queue.pop(0)
        attachments = self.vault.attachments

        def prepare() -> ImportedFile:
            # Read and re-encoded in memory: the original is never copied anywhere.
            return attachments.prepare(path.read_bytes(), path.name)

        target = (self.child_id, self.record_type, self.record_id)
        batch = self._batch
        self._in_flight = True
        run_in_background(
            prepare,
            lambda prepared: self._prepared(path, target, prepared) if batch == self._batch else None,
            lambda exc: self._refused(path, exc) if batch == self._batch else None,
            self,
        )

    def _prepared(self, path: Path, target: Target, prepared: ImportedFile) -> None:
        self._in_flight = False
        if target != (self.child_id, self.record_type, self.record_id):
            self._refusals.append(f"{path.name}: another record was opened; it was not attached.")
        elif self._asking:
            self._waiting.append(_Waiting(path, target, prepared, self._for_rest))
            self._ask_next()
        else:
            self._attach(path, target, prepared, FileDescription(taken_on=self.new_file_date()))
        self._step()

    def _attach(self, path: Path, target: Target, prepared: ImportedFile, about: FileDescription) -> None:
        if target != (self.child_id, self.record_type, self.record_id):
            self._refusals.append(f"{path.name}: another record was opened; it was not attached.")
            return
        try:
            added = self.vault.attachments.add_prepared(
                *target, prepared, about.caption, about.taken_on, about.restricted
            )
        except VaultError as exc:
            self._refusals.append(refusal_text(path, exc))
            return
        self._done.append(path)
        self._last_added = added.id

    def _refused(self, path: Path, exc: BaseException) -> None:
        self._in_flight = False
        self._refusals.append(refusal_text(path, exc))
        self._step()

    def _step(self) -> None:
        self.progress.setValue(len(self._done) + len(self._refusals) + len(self._waiting))
        self._next()

    # --- describing the files for a final record -----------------------------------------

    def _ask_next(self) -> None:
        """Ask about the first file not yet described, unless a question is open already."""
        if self.describe_dialog is not None:
            return
        undescribed = [w for w in self._waiting if w.description is None]
        if not undescribed:
            return
        item = undescribed[0]
        position = len(self._waiting) - len(undescribed) + 1
        remaining = len(undescribed) - 1 + len(self._queue) + int(self._in_flight)
        dialog = DescribeFileDialog(item.prepared, self.new_file_date(), position, remaining, self)
        batch = self._batch
        dialog.finished.connect(
            lambda result: self._described(dialog, item, result) if batch == self._batch else None
        )
        self.describe_dialog = dialog
        dialog.open()

    def _described(self, dialog: DescribeFileDialog, item: _Waiting, result: int) -> None:
        self.describe_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.description is None:
            self._cancel_batch()
            return
        item.description = dialog.description
        if dialog.use_for_rest():
            self._for_rest = dialog.description
            for waiting in self._waiting:
                waiting.description = waiting.description or dialog.description
        self._ask_next()
        self._maybe_finish()

    def _cancel_batch(self) -> None:
        """Cancel while describing: none of the batch is attached (the clean copies made so
        far are dropped from memory) and the rest are not asked about."""
        refused = len(self._refusals)
        self._drop_batch()
        self.status.setText("Nothing was attached: adding the files was cancelled.")
        self.import_finished.emit(0, refused)

    def _drop_batch(self) -> None:
        """Forget the files being attached: a worker's late result is dropped, a question
        open about one is closed, and none of those waiting is attached."""
        self._batch += 1
        self._queue.clear()
        self._total = 0
        self._in_flight = False
        self._asking = False
        self._waiting, self._for_rest = [], None
        self.progress.hide()
        dialog, self.describe_dialog = self.describe_dialog, None
        if dialog is not None:
            dialog.done(QDialog.DialogCode.Rejected)  # its answer is ignored: another batch now
            dialog.deleteLater()

    def _maybe_finish(self) -> None:
        """The batch ends once no file is left to make ready or to describe; then a final
        record's files are attached, all together, as described."""
        if self._queue or self._in_flight or self.describe_dialog is not None:
            return
        if any(w.description is None for w in self._waiting):
            return
        waiting, self._waiting = self._waiting, []
        for item in waiting:
            assert item.description is not None
            self._attach(item.path, item.target, item.prepared, item.description)
        self._finish_batch()

    def _finish_batch(self) -> None:
        added, refused = len(self._done), len(self._refusals)
        self.progress.hide()
        self._total = 0
        self._asking, self._for_rest = False, None
        if self._refusals:
            heading = f"{refused} file{'s were' if refused != 1 else ' was'} not attached:"
            self.refusals.setText("\n".join([heading, *self._refusals]))
            self.refusals.show()
        self.status.setText(f"{added} file{'s' if added != 1 else ''} attached." if added else "")
        if added:
            self.reload(select=self._last_added)
            self.changed.emit()
            self.offer_to_delete_sources(list(self._done))
        self.import_finished.emit(added, refused)

    def offer_to_delete_sources(self, paths: list[Path]) -> QMessageBox:
        """The originals (with the family's location in them) are better not left in a
        downloads folder; deleting them is offered, never done by default."""
        names = ", ".join(p.name for p in paths[:5]) + (
            f" and {len(paths) - 5} more" if len(paths) > 5 else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete the original files?",
            f"A clean copy of {names} is now kept, encrypted, in the vault. The original "
            f"file{'s' if len(paths) != 1 else ''} may still carry the family's location and other "
            "details. Delete the original from this computer?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("deleteSourcesBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("Delete the originals")
        box.button(QMessageBox.StandardButton.No).setText("Keep them")
        box.accepted.connect(lambda: self.delete_sources(paths))
        self.delete_box = box
        box.open()
        return box

    def delete_sources(self, paths: list[Path]) -> list[Path]:
        deleted, failed = [], []
        for path in paths:
            try:
                os.unlink(path)
            except OSError:
                failed.append(path.name)
            else:
                deleted.append(path)
        text = f"{len(deleted)} original file{'s' if len(deleted) != 1 else ''} deleted."
        if failed:
            text += f" Could not delete: {', '.join(failed)}."
        self.status.setText(text)
        return deleted

    # --- viewing and removing -------------------------------------------------------------

    def open_selected(self) -> QDialog | None:
        if self.selected is None:
            return None
        from .attachment_viewer import AttachmentViewer

        self.viewer = AttachmentViewer(self.vault, self.selected, self)
        self.viewer.open()
        return self.viewer

    def remove_selected(self) -> bool:
        current = self.selected
        if current is None or self.final:
            if self.final:
                self.status.setText(FINALISED_REASON)
            return False
        self.saver.cancel()
        data = self.vault.attachments.data(current.sha256)
        thumbnail = self.vault.attachments.thumbnail(current.sha256)
        try:
            self.vault.attachments.remove(current.id)
        except VaultError as exc:
            self.status.setText(f"Not removed: {exc}")
            return False
        if data is None:
            # Its bytes are not on this laptop: an undo could only put back an empty file.
            self.removed = None
            self.undo_button.hide()
            self.status.setText(
                f"{current.file_name} removed. It cannot be undone here: the file itself was not"
                " on this laptop."
            )
        else:
            self.removed = _Removed(
                current, ImportedFile(data, current.media_type, current.file_name, thumbnail)
            )
            self.undo_button.show()
            self.status.setText(f"{current.file_name} removed. Undo remove puts it back.")
        self.reload()
        self.changed.emit()
        return True

    def undo_remove(self) -> bool:
        removed = self.removed
        if removed is None:
            return False
        a = removed.attachment
        try:
            restored = self.vault.attachments.add_prepared(
                a.child_id, a.record_type, a.record_id, removed.prepared, a.caption, a.taken_on, a.restricted
            )
        except VaultError as exc:
            self.status.setText(f"Not put back: {exc}")
            return False
        self.removed = None
        self.undo_button.hide()
        self.status.setText(f"{a.file_name} put back.")
        self.reload(select=restored.id)
        self.gallery.setFocus()
        self.changed.emit()
        return True


def refusal_text(path: Path, exc: BaseException) -> str:
    """Why a file was not attached, naming it."""
    if isinstance(exc, AttachmentRefused | VaultError):
        text = str(exc)
    elif isinstance(exc, OSError):
        text = f"could not be read ({exc.strerror or exc}). Nothing was saved."
    else:
        text = "could not be attached. Nothing was saved."
    return text if path.name in text else f"{path.name}: {text}"


def expand_folders(paths: list[Path]) -> list[Path]:
    """Files as given; a folder's own files (not its subfolders) that an attachment may be,
    in name order, as a phone's photos were copied."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ACCEPTED_EXTENSIONS
            )
        else:
            files.append(path)
    return files


class AttachmentsDialog(QDialog):
    """The panel on its own, for a visit, a views record, an EOTAS session or a QA visit."""

    def __init__(
        self,
        vault: Vault,
        record_type: str,
        record_id: str,
        child_id: str,
        final: bool,
        autosave_seconds: float = 1.5,
        parent: QWidget | None = None,
        default_date: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsDialog")
        self.setWindowTitle("Attachments")
        self.panel = AttachmentsPanel(vault, autosave_seconds, self)
        self.panel.set_record(record_type, record_id, child_id, final, default_date)
        close = QPushButton("Close", self)
        close.setObjectName("closeAttachmentsButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(row)
        self.finished.connect(lambda _result: self.panel.flush())
        self.resize(820, 560)

    def close_for_lock(self) -> None:
        self.panel.close_for_lock()
        self.blockSignals(True)
        self.done(QDialog.DialogCode.Rejected)
        self.deleteLater()


def add_attachments_button(page: QWidget, footer: QBoxLayout, position: int) -> QPushButton:
    """The "Attachments…" button a record page puts in its footer (added in code, not in its
    .ui): the page connects it to its own `open_attachments`."""
    button = QPushButton("Attachments…", page)
    button.setObjectName("attachmentsButton")
    button.setAccessibleDescription("Photos, work samples and letters kept with this record")
    footer.insertWidget(position, button)
    return button


def show_entry_state(button: QAbstractButton, files: int | None, why_not: str = "") -> None:
    """The "Attachments…" entry for the record chosen in a list or grid: with its number of
    files once the record is saved; disabled, saying why (tooltip and description), while
    there is no saved record to keep files with."""
    base = button.text().split(" (")[0].removesuffix("…")
    if files is None:
        button.setText(f"{base}…")
        button.setEnabled(False)
        button.setToolTip(why_not)
        button.setAccessibleDescription(why_not)
        return
    said = f"{files} file{'s' if files != 1 else ''} attached" if files else "No files attached yet"
    button.setText(f"{base} ({files})…" if files else f"{base}…")
    button.setEnabled(True)
    button.setToolTip(f"{said}. Photos, PDFs and documents kept with it.")
    button.setAccessibleDescription(said)


def open_attachments_for(
    page: QWidget,
    vault: Vault,
    record_type: str,
    stored: Any,
    autosave_seconds: float,
    default_date: date | None = None,
) -> AttachmentsDialog:
    """The attachments of a record page's record (a visit or a views record), in a dialog.
    The page saves its draft first: a draft's files wait with it. `default_date` is the
    record's own day, a new file's date (without one, the day it is added)."""
    dialog = AttachmentsDialog(
        vault,
        record_type,
        stored.id,
        stored.record.child_id,
        stored.is_final,
        autosave_seconds,
        page,
        default_date=default_date,
    )
    dialog.open()
    return dialog
