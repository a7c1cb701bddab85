"""The way in for an attached file: what it really is, whether it may come in, and (for an
image) a clean re-encoded copy with every metadata block gone.

Everything happens in memory (BytesIO): the original bytes are never written anywhere, and
only the result is kept, encrypted, in the vault. Phones put the family's home position
(EXIF GPS), the camera's serial number, a thumbnail of the original and XMP in every photo;
re-encoding from the pixels alone drops all of it.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image, ImageCms, ImageOps

DEFAULT_MAX_MB = 25.0
DEFAULT_LONG_SIDE = 2000
DEFAULT_MAX_MEGAPIXELS = 100.0  # a 200-megapixel phone photo is refused; 108 MP are rare
THUMBNAIL_SIDE = 256
JPEG_QUALITY = 85

_ZIP_TYPES = {
    "application/vnd.oasis.opendocument.text": (".odt",),
    "application/vnd.oasis.opendocument.spreadsheet": (".ods",),
}
_OOXML_TYPES = {
    "word/document.xml": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "xl/workbook.xml": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
}
EXTENSIONS = {
    "image/jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "image/png": (".png",),
    "image/heic": (".heic", ".heif"),
    "application/pdf": (".pdf",),
    **dict(_ZIP_TYPES.items()),
    **{media: (ext,) for media, ext in _OOXML_TYPES.values()},
}
ACCEPTED_EXTENSIONS = tuple(sorted({ext for exts in EXTENSIONS.values() for ext in exts}))


class AttachmentRefused(ValueError):
    """A file that may not come in, with the reason in words fit to show as it is."""


@dataclass(frozen=True)
class ImportLimits:
    """The authority's limits (settings: attachment_max_mb, attachment_long_side_px)."""

    max_bytes: int = int(DEFAULT_MAX_MB * 1024 * 1024)
    long_side: int = DEFAULT_LONG_SIDE
    max_pixels: int = int(DEFAULT_MAX_MEGAPIXELS * 1_000_000)


@dataclass(frozen=True)
class ImportedFile:
    data: bytes
    media_type: str
    file_name: str
    thumbnail: bytes | None
    width: int = 0
    height: int = 0


def _heif_available() -> bool:
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return False
    register_heif_opener()
    return True


def sniff(data: bytes) -> str | None:
    """The media type the bytes themselves say, whatever the file is called."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"):
        return "image/heic"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    return None


def _sniff_zip(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                return declared if declared in _ZIP_TYPES else None
            if "[Content_Types].xml" in names:
                for part, (media, _ext) in _OOXML_TYPES.items():
                    if part in names:
                        return media
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return None


def check_file(data: bytes, file_name: str, limits: ImportLimits) -> str:
    """The real media type of an acceptable file; AttachmentRefused otherwise."""
    name = PurePath(file_name).name or "the file"
    if len(data) > limits.max_bytes:
        raise AttachmentRefused(
            f"{name} is {len(data) / 1048576:.1f} MB; the largest file your authority allows "
            f"is {limits.max_bytes / 1048576:.0f} MB. Nothing was saved."
        )
    if not data:
        raise AttachmentRefused(f"{name} is empty. Nothing was saved.")
    media = sniff(data)
    extension = PurePath(file_name).suffix.lower()
    if media is None:
        raise AttachmentRefused(
            f"{name} is not a photo, PDF or office document that can be attached (its contents "
            "are of another kind, whatever its name says). Nothing was saved."
        )
    if extension not in EXTENSIONS[media]:
        raise AttachmentRefused(
            f"{name} is not what its name says: its contents are a {media} file, not "
            f"'{extension or 'no extension'}'. Nothing was saved."
        )
    if media == "image/heic" and not _heif_available():
        raise AttachmentRefused(
            f"{name} is a HEIC photo, which this computer cannot read. Share it from the phone "
            "as JPEG (most phones call this 'Most compatible') and attach that. Nothing was saved."
        )
    return media


def _to_srgb(image: Image.Image) -> Image.Image:
    """Pixels in sRGB, so that no colour profile needs to be kept (a profile can name the
    device it came from)."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # an unreadable profile: the pixels are kept as they are
    return converted if converted is not None else image


def _open_image(data: bytes, name: str, limits: ImportLimits) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow warns (and past twice its cap, raises) on a decompression bomb: both
            # become a refusal, before any pixel is decoded.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > limits.max_pixels:
                raise AttachmentRefused(_bomb_message(name, width, height, limits))
            return image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise AttachmentRefused(_bomb_message(name, 0, 0, limits)) from exc
    except AttachmentRefused:
        raise
    except (OSError, ValueError, SyntaxError) as exc:
        raise AttachmentRefused(
            f"{name} looks like an image but cannot be read ({exc}). Nothing was saved."
        ) from exc


def _bomb_message(name: str, width: int, height: int, limits: ImportLimits) -> str:
    size = f" ({width} x {height} pixels)" if width else ""
    return (
        f"{name} is too large an image{size}: more than {limits.max_pixels / 1e6:.0f} megapixels. "
        "A file like this can be made to exhaust the computer's memory, so it was refused. "
        "Nothing was saved."
    )


def _scaled(image: Image.Image, long_side: int) -> Image.Image:
    width, height = image.size
    if max(width, height) <= long_side:
        return image
    ratio = long_side / max(width, height)
    target = (max(1, round(width * ratio)), max(1, round(height * ratio)))
    return image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _encode(image: Image.Image, as_png: bool, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    image.info = {}  # nothing the source carried is written back (EXIF, XMP, ICC, text)
    if as_png:
        image.save(out, "PNG", optimize=False, compress_level=6)
    else:
        image.save(out, "JPEG", quality=quality, optimize=False, progressive=False)
    return out.getvalue()


def reencode_image(data: bytes, name: str, media: str, limits: ImportLimits) -> ImportedFile:
    image = _open_image(data, name, limits)
    try:
        as_png = media == "image/png"
        if media == "image/jpeg":
            # Decode at a half, quarter or eighth of full size when that is still larger
            # than needed: a 12-megapixel photo decodes four times faster.
            width, height = image.size
            scale = limits.long_side / max(width, height)
            if scale < 1:
                image.draft("RGB", (max(1, int(width * scale)), max(1, int(height * scale))))
        image.load()
        # Orientation first (it is itself EXIF, about to be dropped), then the colour profile.
        upright = ImageOps.exif_transpose(image) or image
        has_alpha = upright.mode in ("RGBA", "LA") or (upright.mode == "P" and "transparency" in upright.info)
        pixels = upright.convert("RGBA" if as_png and has_alpha else "RGB")
        pixels.info = (
            {"icc_profile": upright.info.get("icc_profile")} if upright.info.get("icc_profile") else {}
        )
        pixels = _to_srgb(pixels)
        pixels = _scaled(pixels, limits.long_side)
        clean = _encode(pixels.copy(), as_png)
        thumb_source = pixels.copy()
        thumb_source.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.BILINEAR)
        thumbnail = _encode(thumb_source, as_png and has_alpha, quality=80)
    except AttachmentRefused:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise AttachmentRefused(
            f"{name} looks like an image but cannot be read ({exc}). Nothing was saved."
        ) from exc
    finally:
        image.close()
    stem = PurePath(name).stem or "image"
    out_name = f"{stem}.png" if as_png else f"{stem}.jpg"
    return ImportedFile(
        clean, "image/png" if as_png else "image/jpeg", out_name, thumbnail, pixels.width, pixels.height
    )


def make_thumbnail(data: bytes) -> bytes | None:
    """A thumbnail of stored (already clean) image bytes, e.g. downloaded by sync."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            has_alpha = image.mode in ("RGBA", "LA")
            small = image.convert("RGBA" if has_alpha else "RGB")
            small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.BILINEAR)
            return _encode(small, has_alpha, quality=80)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def import_file(data: bytes, file_name: str, limits: ImportLimits | None = None) -> ImportedFile:
    """The bytes to keep for `data` (named `file_name` where it came from)."""
    limits = limits or ImportLimits()
    media = check_file(data, file_name, limits)
    name = PurePath(file_name).name
    if media.startswith("image/"):
        return reencode_image(data, name, media, limits)
    return ImportedFile(data, media, name, None)
