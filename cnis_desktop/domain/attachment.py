"""Attachments: a photo, drawing, letter or report kept with a child's record.

The metadata is an ordinary synced record (kind "attachment"); the bytes, already stripped
of metadata and re-encoded on the way in, are kept apart and named by their sha256.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

# The records a file may be attached to; for "child", record_id is the child's own id.
RECORD_TYPES = ("child", "visit", "views", "activity_entry", "qa_visit")
RECORD_TYPE_LABELS = {
    "child": "the child",
    "visit": "a visit",
    "views": "a views record",
    "activity_entry": "an EOTAS session",
    "qa_visit": "a QA visit",
}

IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})
MEDIA_TYPE_LABELS = {
    "image/jpeg": "Photo (JPEG)",
    "image/png": "Image (PNG)",
    "application/pdf": "PDF document",
    "application/vnd.oasis.opendocument.text": "Document (ODT)",
    "application/vnd.oasis.opendocument.spreadsheet": "Spreadsheet (ODS)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Document (DOCX)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Spreadsheet (XLSX)",
}


@dataclass(frozen=True)
class Attachment:
    id: str
    child_id: str
    record_type: str
    record_id: str
    caption: str
    taken_on: date | None
    added_by: str
    added_at: str
    restricted: bool
    media_type: str
    file_name: str
    sha256: str
    size: int
    version: int = 1
    deleted_at: str | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @property
    def kind_label(self) -> str:
        return MEDIA_TYPE_LABELS.get(self.media_type, self.media_type)

    @property
    def text_alternative(self) -> str:
        """What a reader who cannot see the image is told: the caption, or what it is."""
        return self.caption.strip() or f"{self.kind_label} without a caption"

    def payload(self) -> dict[str, Any]:
        """The synced metadata (never the bytes): the whole state, so that applying the
        newest version is all a laptop has to do."""
        return {
            "child_id": self.child_id,
            "record_type": self.record_type,
            "record_id": self.record_id,
            "caption": self.caption,
            "taken_on": self.taken_on.isoformat() if self.taken_on else None,
            "added_by": self.added_by,
            "added_at": self.added_at,
            "restricted": self.restricted,
            "media_type": self.media_type,
            "file_name": self.file_name,
            "sha256": self.sha256,
            "size": self.size,
            "version": self.version,
            "deleted_at": self.deleted_at,
        }


def attachment_from_payload(record_id: str, payload: dict[str, Any]) -> Attachment:
    taken = payload.get("taken_on")
    return Attachment(
        id=record_id,
        child_id=str(payload["child_id"]),
        record_type=str(payload["record_type"]),
        record_id=str(payload["record_id"]),
        caption=str(payload.get("caption") or ""),
        taken_on=date.fromisoformat(taken) if taken else None,
        added_by=str(payload.get("added_by") or ""),
        added_at=str(payload.get("added_at") or ""),
        restricted=bool(payload.get("restricted")),
        media_type=str(payload["media_type"]),
        file_name=str(payload.get("file_name") or ""),
        sha256=str(payload["sha256"]),
        size=int(payload["size"]),
        version=int(payload.get("version") or 1),
        deleted_at=payload.get("deleted_at") or None,
    )
