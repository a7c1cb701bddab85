"""Describing a file before it is attached to a record that is already final.

Once a record is final its files are append-only: the caption (the photo's text alternative),
the date and the restricted mark cannot be changed after adding. So they are asked for first,
for each file, with the clean thumbnail the import made; a batch may take one description
for all its remaining files. Nothing is written here: the panel attaches the files once every
one is described, and Cancel attaches none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..domain.attachment import MEDIA_TYPE_LABELS
from ..domain.dates import DateProblem, format_user_date, parse_user_date
from ..vault.attachment_import import ImportedFile
from .announce import announce
from .binder import ERROR_STYLE

PREVIEW_SIDE = 160
MIN_WIDTH = 560
CAPTION_HINT = "What it shows, in words (read aloud to those who cannot see it)"
RESTRICTED_TEXT = "Restricted (only in record copies)"
RESTRICTED_NAME = "Restricted: only in record copies"
DATE_NAME = "Date of the photo or document"
DATE_HINT = "The day the photo was taken or the document written, as dd/mm/yyyy"


@dataclass(frozen=True)
class FileDescription:
    caption: str = ""
    taken_on: date | None = None
    restricted: bool = False


def file_date(text: str, today: date | None = None) -> tuple[date | None, str]:
    """The date typed for a file (None when blank), or why it cannot be kept."""
    today = today or date.today()
    try:
        day = parse_user_date(text, today)
    except DateProblem as exc:
        return None, str(exc)
    if day is not None and day > today:
        return None, "A file cannot be dated after today."
    return day, ""


def size_words(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(size / 1024, 0.1):.1f} KB"


class DescribeFileDialog(QDialog):
    """One file's caption, date and restricted mark, asked before it is attached.

    `position` is the file's place in the batch (from 1) and `remaining` how many files come
    after it; with some remaining, "Use for all the remaining files" is offered."""

    def __init__(
        self,
        prepared: ImportedFile,
        default_date: date | None,
        position: int = 1,
        remaining: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("describeFileDialog")
        self.setWindowTitle("Describe the file before it is attached")
        self.remaining = remaining
        total = position + remaining
        self.description: FileDescription | None = None

        kind = MEDIA_TYPE_LABELS.get(prepared.media_type, prepared.media_type)
        self.heading = QLabel(
            f"File {position} of {total}: {prepared.file_name}" if total > 1 else prepared.file_name, self
        )
        self.heading.setObjectName("describeFileHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.about = QLabel(f"{kind} · {size_words(len(prepared.data))}", self)
        self.about.setObjectName("describeFileAbout")
        self.about.setWordWrap(True)
        self.note = QLabel(
            "This record is final: once the file is attached, its caption, date and restricted "
            "mark cannot be changed. Describe it now. Cancel attaches none of the files.",
            self,
        )
        self.note.setObjectName("describeFileNote")
        self.note.setWordWrap(True)

        self.preview = QLabel(self)
        self.preview.setObjectName("describeFilePreview")
        self.preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(f"Preview of {prepared.file_name}")
        pixmap = QPixmap()
        if prepared.thumbnail and pixmap.loadFromData(prepared.thumbnail):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_SIDE,
                    PREVIEW_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            self.preview.setPixmap(icon.pixmap(64, 64))

        self.caption = QLineEdit(self)
        self.caption.setObjectName("describeCaption")
        self.caption.setAccessibleName("Caption")
        self.caption.setPlaceholderText("What it shows, in words")
        self.caption.setToolTip(CAPTION_HINT)
        self.caption.setAccessibleDescription(CAPTION_HINT)
        self.taken_on = QLineEdit(format_user_date(default_date), self)
        self.taken_on.setObjectName("describeTakenOn")
        self.taken_on.setAccessibleName(DATE_NAME)
        self.taken_on.setAccessibleDescription(DATE_HINT)
        self.taken_on.setPlaceholderText("dd/mm/yyyy")
        self.taken_on.setMaximumWidth(140)
        self.date_error = QLabel("", self)
        self.date_error.setObjectName("describeTakenOn_error")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.hide()
        self.restricted = QCheckBox(RESTRICTED_TEXT.replace("Restricted", "&Restricted", 1), self)
        self.restricted.setObjectName("describeRestricted")
        self.restricted.setAccessibleName(RESTRICTED_NAME)
        self.for_rest = QCheckBox(
            f"&Use for all the remaining files ({remaining} more)" if remaining else "", self
        )
        self.for_rest.setObjectName("describeForRest")
        self.for_rest.setAccessibleName("Use for all the remaining files")
        self.for_rest.setAccessibleDescription(
            f"The {remaining} file{'s' if remaining != 1 else ''} after this one take the same "
            "caption, date and restricted mark, without asking"
        )
        self.for_rest.setVisible(remaining > 0)

        self.buttons = QDialogButtonBox(self)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("describeAttachButton")
        self.attach_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("describeCancelButton")
        self.cancel_button.setAccessibleName("Cancel: attach none of the files")
        self.buttons.addButton(self.attach_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self._name_attach_button()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        caption_label = QLabel("&Caption", self)
        caption_label.setBuddy(self.caption)
        form.addRow(caption_label, self.caption)
        date_label = QLabel("&Date", self)
        date_label.setBuddy(self.taken_on)
        date_row = QHBoxLayout()
        date_row.addWidget(self.taken_on)
        date_row.addWidget(self.date_error, 1)
        form.addRow(date_label, date_row)
        form.addRow("", self.restricted)
        form.addRow("", self.for_rest)
        fields = QVBoxLayout()
        fields.setSpacing(8)
        fields.addWidget(self.about)
        fields.addWidget(self.note)
        fields.addSpacing(4)
        fields.addLayout(form)
        fields.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(fields, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._attach)
        self.buttons.rejected.connect(self.reject)
        self.for_rest.toggled.connect(lambda _checked: self._name_attach_button())
        self.taken_on.textEdited.connect(lambda _text: self._show_date_problem(""))
        self.caption.setFocus()
        # The wrapped lines need more height on a narrow dialog: its least size allows for
        # them (a dialog's own minimum does not follow the width).
        self.setMinimumSize(MIN_WIDTH, layout.totalHeightForWidth(MIN_WIDTH))
        self.resize(680, layout.totalHeightForWidth(680))

    def _name_attach_button(self) -> None:
        if not self.remaining:
            text, name = "&Attach", "Attach the file"
        elif self.for_rest.isChecked():
            text, name = "&Attach all", f"Attach this file and the {self.remaining} remaining"
        else:
            text, name = "&Next file", "Keep this description and describe the next file"
        self.attach_button.setText(text)
        self.attach_button.setAccessibleName(name)

    def _show_date_problem(self, problem: str) -> None:
        self.date_error.setText(problem)
        self.date_error.setVisible(bool(problem))
        self.taken_on.setAccessibleDescription(f"{problem} {DATE_HINT}" if problem else DATE_HINT)
        if problem:
            announce(self.date_error, problem)

    def read(self) -> FileDescription | None:
        """What was entered, or None (the reason shown beside the date) when the date cannot
        be kept."""
        taken_on, problem = file_date(self.taken_on.text())
        self._show_date_problem(problem)
        if problem:
            return None
        return FileDescription(self.caption.text().strip(), taken_on, self.restricted.isChecked())

    def use_for_rest(self) -> bool:
        return self.remaining > 0 and self.for_rest.isChecked()

    def _attach(self) -> None:
        self.description = self.read()
        if self.description is None:
            self.taken_on.setFocus()
            self.taken_on.selectAll()
            return
        self.accept()
