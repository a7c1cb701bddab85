"""Importing a 12-megapixel phone photo into the vault (sniff, strip, turn, scale to 2000 px,
re-encode, thumbnail, encrypt and commit) against Pillow opening and saving the same photo
in the same run. Target: under 1 s.

A gallery of 200 thumbnails on screen (the attachments panel read from the encrypted vault,
shown and painted at 1366x768) against a bare QListWidget given 200 icons decoded from the same
thumbnail bytes, in the same run. Target: under 300 ms.
`python tests/bench/bench_attachments.py gallery` runs the gallery part alone."""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from PIL import Image

from tests.attachment_samples import _exif_with_thumbnail
from tests.bench.common import encrypted_vault
from tests.conftest import make_child


def camera_photo(seed: int, orientation: int) -> bytes:
    """4000x3000 of sensor-like noise (a flat test card would decode unrealistically fast),
    with the EXIF a phone writes (GPS, serial, thumbnail, orientation)."""
    channels = [
        Image.effect_noise((4000, 3000), 40 + seed + band).point(lambda v: v // 2 + 60) for band in range(3)
    ]
    image = Image.merge("RGB", channels)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=_exif_with_thumbnail(orientation))
    return out.getvalue()


def pillow_open_save(data: bytes) -> bytes:
    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        image.save(out, "JPEG", quality=85)
    return out.getvalue()


def main() -> None:
    photos = [camera_photo(n, 6 if n % 2 else 1) for n in range(7)]  # each one different
    with tempfile.TemporaryDirectory() as folder:
        vault = encrypted_vault(Path(folder) / "bench.vault")
        child = vault.children.add(make_child())
        ours, base = [], []
        for round_, varied in enumerate(photos):
            t0 = time.perf_counter()
            pillow_open_save(varied)
            t1 = time.perf_counter()
            vault.attachments.add(child.id, "child", child.id, varied, f"IMG_{round_}.JPG")
            t2 = time.perf_counter()
            base.append(t1 - t0)
            ours.append(t2 - t1)
        vault.close()
    o, b = statistics.median(ours), statistics.median(base)
    print(f"12-megapixel photos, {statistics.median(len(p) for p in photos) / 1048576:.1f} MB each")
    print(f"Pillow open + save (baseline): median {b * 1000:.0f} ms")
    print(f"import into the vault: median {o * 1000:.0f} ms (target < 1000 ms), ratio {o / b:.2f}x")


GALLERY_SIZE = 200


def drawing(seed: int) -> bytes:
    """A child's drawing, each one different (content-addressed: the same bytes are kept once)."""
    image = Image.new("RGB", (640, 480), (255, 255, 255))
    image.paste(((seed * 37) % 256, 60, 90), (40 + seed % 200, 200, 300 + seed % 200, 440))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def gallery_main() -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QListView, QListWidget, QListWidgetItem

    from cnis_desktop.gui.attachments_panel import ICON_SIDE, AttachmentsPanel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        vault = encrypted_vault(Path(folder) / "bench.vault")
        child = vault.children.add(make_child()).id
        for n in range(GALLERY_SIZE):
            vault.attachments.add(
                child, "child", child, drawing(n), f"drawing_{n}.png", caption=f"Drawing {n}"
            )
        thumbs = [
            vault.attachments.thumbnail(a.sha256) or b"" for a in vault.attachments.list_for_child(child)
        ]

        def bare() -> None:
            widget = QListWidget()
            widget.setViewMode(QListView.ViewMode.IconMode)
            widget.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
            for n, data in enumerate(thumbs):
                pixmap = QPixmap()
                pixmap.loadFromData(data)
                QListWidgetItem(QIcon(pixmap), f"Drawing {n}", widget)
            widget.resize(1366, 768)
            widget.show()
            app.processEvents()
            widget.viewport().repaint()
            widget.close()
            widget.deleteLater()

        def panel() -> None:
            widget = AttachmentsPanel(vault)
            widget.set_record("child", child, child)
            widget.resize(1366, 768)
            widget.show()
            app.processEvents()
            widget.gallery.viewport().repaint()
            widget.close()
            widget.deleteLater()

        def panel_scrolled() -> None:
            """Every thumbnail decoded: the panel scrolled to its last row."""
            widget = AttachmentsPanel(vault)
            widget.set_record("child", child, child)
            widget.resize(1366, 768)
            widget.show()
            app.processEvents()
            widget.gallery.scrollToBottom()
            widget.gallery.viewport().repaint()
            for row in range(GALLERY_SIZE):
                widget.model.data(widget.model.index(row), Qt.ItemDataRole.DecorationRole)
            widget.close()
            widget.deleteLater()

        bare(), panel(), panel_scrolled()  # warm up: Qt's image plugins load once
        rounds = 7
        base, ours, scrolled = [], [], []
        for _ in range(rounds):
            for fn, into in ((bare, base), (panel, ours), (panel_scrolled, scrolled)):
                t0 = time.perf_counter()
                fn()
                into.append(time.perf_counter() - t0)
            app.processEvents()
        vault.close()
    b, o, s = statistics.median(base), statistics.median(ours), statistics.median(scrolled)
    print(f"gallery of {GALLERY_SIZE} thumbnails at 1366x768, medians of {rounds}")
    print(f"bare QListWidget, 200 icons decoded (baseline): {b * 1000:.0f} ms")
    print(f"attachments panel from the vault, on screen: {o * 1000:.0f} ms (target < 300 ms)", end="")
    print(f", ratio {o / b:.2f}x")
    print(f"attachments panel, every thumbnail decoded: {s * 1000:.0f} ms, ratio {s / b:.2f}x")


if __name__ == "__main__":
    if sys.argv[1:] != ["gallery"]:
        main()
    gallery_main()
