"""Files made in the tests for attachments: a phone photo carrying everything a phone puts in
one (GPS position, camera serial, an embedded thumbnail, XMP, an orientation), a PDF with a
marker in its text, a decompression bomb and a renamed executable. All fictional."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import ExifTags, Image

SERIAL = "SN-FICTIONAL-ZX998877"
XMP_MARKER = "xmp-fictional-creator-Quillfeather"
GPS_LATITUDE = (51.0, 30.0, 12.5)
PDF_MARKER = "MARKER-LETTER-FROM-CAMHS-FICTIONAL-4471"


def thumbnail_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (250, 10, 200)).save(out, "JPEG", quality=90)
    return out.getvalue()


def _exif_with_thumbnail(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "FictionalCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update({1: "N", 2: GPS_LATITUDE, 3: "W", 4: (0.0, 7.0, 39.0)})
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = SERIAL
    raw = exif.tobytes()
    assert raw.startswith(b"Exif\x00\x00")
    tiff = bytearray(raw[6:])
    order = "<" if tiff[:2] == b"II" else ">"
    # Pillow does not write IFD1 (the embedded thumbnail): append one and link it from IFD0.
    (ifd0,) = struct.unpack_from(order + "I", tiff, 4)
    (count,) = struct.unpack_from(order + "H", tiff, ifd0)
    next_pointer = ifd0 + 2 + 12 * count
    ifd1 = len(tiff)
    thumb = thumbnail_jpeg()
    thumb_offset = ifd1 + 2 + 2 * 12 + 4
    tiff += struct.pack(order + "H", 2)
    tiff += struct.pack(order + "HHII", 0x0201, 4, 1, thumb_offset)
    tiff += struct.pack(order + "HHII", 0x0202, 4, 1, len(thumb))
    tiff += struct.pack(order + "I", 0)
    tiff += thumb
    struct.pack_into(order + "I", tiff, next_pointer, ifd1)
    return b"Exif\x00\x00" + bytes(tiff)


def phone_photo(width: int = 3000, height: int = 2000, orientation: int = 6) -> bytes:
    """A landscape-stored photo a phone held upright took (orientation 6: turn 90° clockwise
    to view), with a band of colour at the top of the stored image to check the turn by."""
    image = Image.new("RGB", (width, height), (40, 90, 160))
    image.paste((230, 200, 20), (0, 0, width, height // 8))  # yellow band along the stored top
    out = io.BytesIO()
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><creator>{XMP_MARKER}</creator></x:xmpmeta>'
    image.save(out, "JPEG", quality=90, exif=_exif_with_thumbnail(orientation), xmp=xmp.encode())
    return out.getvalue()


def drawing_png(width: int = 600, height: int = 400) -> bytes:
    image = Image.new("RGB", (width, height), (255, 255, 255))
    image.paste((200, 40, 40), (50, 200, 250, 380))  # a red house
    image.paste((40, 160, 40), (320, 250, 560, 380))  # a green house
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def marker_pdf(marker: str = PDF_MARKER) -> bytes:
    """A one-page PDF whose text says `marker` (built by hand: no file, no library)."""
    content = f"BT /F1 18 Tf 72 720 Td ({marker}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A small PNG that claims 900 megapixels: its compressed rows are tiny."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * width
    body = b"".join(compressor.compress(row) for _ in range(64)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def fake_executable() -> bytes:
    """An ELF header and some code-like bytes: what a renamed program starts with."""
    return b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x02\x00\x3e\x00" + bytes(range(256)) * 4


def windows_executable() -> bytes:
    return b"MZ\x90\x00\x03" + b"\x00" * 59 + b"PE\x00\x00" + bytes(range(200))
