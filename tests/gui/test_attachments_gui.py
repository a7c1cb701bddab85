"""Attachments in the GUI: attach by button, by folder and by drop; view an image and a PDF from
memory; caption and restricted mark saved; refusals named; the offer to delete the originals;
no plaintext copy anywhere but the vault and an explicit export."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.views import ViewsRecord
from cnis_desktop.gui.attachment_viewer import AttachmentViewer
from cnis_desktop.gui.attachments_panel import AttachmentsPanel
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault import Vault
from cnis_desktop.vault.blob_files import blob_folder_for
from tests.attachment_samples import PDF_MARKER, drawing_png, fake_executable, marker_pdf, phone_photo
from tests.conftest import add_child_with_arrangement, finalisable_visit
from tests.gui.conftest import click_box, message_box

Button = QMessageBox.StandardButton


@pytest.fixture
def child(vault: Vault) -> str:
    return add_child_with_arrangement(vault)


@pytest.fixture
def panel(qtbot: QtBot, vault: Vault, child: str) -> AttachmentsPanel:
    widget = AttachmentsPanel(vault, autosave_seconds=0.1)
    qtbot.addWidget(widget)
    widget.set_record("child", child, child)
    widget.resize(900, 600)
    widget.show()
    return widget


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def attach_by_button(
    qtbot: QtBot, panel: AttachmentsPanel, monkeypatch: pytest.MonkeyPatch, paths: list[Path]
) -> tuple[int, int]:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    with qtbot.waitSignal(panel.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    added, refused = finished.args  # type: ignore[misc]
    return int(added), int(refused)


def keep_originals(qtbot: QtBot) -> None:
    click_box(qtbot, "deleteSourcesBox", Button.No)


def test_attach_by_button_shows_a_thumbnail(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    child: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write(tmp_path, "drawing.png", drawing_png())
    assert attach_by_button(qtbot, panel, monkeypatch, [source]) == (1, 0)
    keep_originals(qtbot)
    stored = vault.attachments.list_for_record("child", child)
    assert [a.file_name for a in stored] == ["drawing.png"]
    assert panel.model.rowCount() == 1
    icon = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DecorationRole)
    assert not icon.pixmap(64, 64).isNull()
    assert panel.status.text() == "1 file attached."
    assert source.exists()  # kept: the user said No


def test_several_files_with_a_refusal_named_and_nothing_saved_for_it(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    child: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = write(tmp_path, "IMG_0001.jpg", phone_photo(800, 600))
    bad = write(tmp_path, "holiday.jpg", fake_executable())
    letter = write(tmp_path, "letter.pdf", marker_pdf())
    assert attach_by_button(qtbot, panel, monkeypatch, [good, bad, letter]) == (2, 1)
    keep_originals(qtbot)
    assert panel.refusals.isVisible()
    assert "holiday.jpg" in panel.refusals.text() and "Nothing was saved" in panel.refusals.text()
    names = sorted(a.file_name for a in vault.attachments.list_for_record("child", child))
    assert names == ["IMG_0001.jpg", "letter.pdf"]


def test_only_a_refused_file_saves_nothing_and_offers_no_deletion(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    child: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = write(tmp_path, "report.pdf", fake_executable())
    assert attach_by_button(qtbot, panel, monkeypatch, [bad]) == (0, 1)
    assert "report.pdf" in panel.refusals.text()
    assert vault.attachments.list_for_record("child", child) == []
    assert message_box("deleteSourcesBox") is None


def test_attach_by_drop(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str, tmp_path: Path
) -> None:
    source = write(tmp_path, "timetable.png", drawing_png())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.import_finished, timeout=20_000):
        QApplication.sendEvent(panel, drop)
    assert drop.isAccepted()
    keep_originals(qtbot)
    assert [a.file_name for a in vault.attachments.list_for_record("child", child)] == ["timetable.png"]


def test_a_drag_without_files_is_refused(panel: AttachmentsPanel) -> None:
    mime = QMimeData()
    mime.setText("just some text")
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_a_folder_of_photos_with_progress_and_deleting_the_originals(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    child: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "DCIM"
    folder.mkdir()
    photos = [write(folder, f"IMG_{n:04}.jpg", phone_photo(640, 480)) for n in range(3)]
    write(folder, "notes.txt", b"not a photo")  # not offered: not a kind an attachment may be
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    seen: list[int] = []
    panel.progress.valueChanged.connect(lambda v: seen.append(v))
    with qtbot.waitSignal(panel.import_finished, timeout=30_000) as finished:
        qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
        assert panel.progress.isVisible() and panel.progress.maximum() == 3
    assert finished.args == [3, 0]
    assert seen[-1] == 3
    box = message_box("deleteSourcesBox")
    assert box is not None and box.defaultButton() is box.button(Button.No)
    click_box(qtbot, "deleteSourcesBox", Button.Yes)
    assert not any(p.exists() for p in photos)
    assert (folder / "notes.txt").exists()
    assert len(vault.attachments.list_for_record("child", child)) == 3
    assert "3 original files deleted" in panel.status.text()


def test_caption_and_restricted_mark_are_saved(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    added = vault.attachments.add(child, "child", child, drawing_png(), "houses.png")
    panel.reload()
    assert panel.selected is not None and panel.selected.id == added.id
    panel.caption.setFocus()
    qtbot.keyClicks(panel.caption, "Three Houses drawing")
    qtbot.waitUntil(lambda: vault.attachments.get(added.id).caption == "Three Houses drawing", timeout=5000)
    panel.restricted.setFocus()
    qtbot.keyClick(panel.restricted, Qt.Key.Key_Space)
    assert vault.attachments.get(added.id).restricted
    label = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert label == "Restricted · Three Houses drawing"  # said in words, not by colour


def test_remove_with_undo_and_the_delete_key(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    vault.attachments.add(
        child, "child", child, drawing_png(), "houses.png", caption="Houses", restricted=True
    )
    panel.reload()
    panel.gallery.setFocus()
    qtbot.keyClick(panel.gallery, Qt.Key.Key_Delete)
    assert vault.attachments.list_for_record("child", child) == []
    assert panel.undo_button.isVisible()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    (back,) = vault.attachments.list_for_record("child", child)
    assert (back.file_name, back.caption, back.restricted) == ("houses.png", "Houses", True)
    assert vault.attachments.data(back.sha256) is not None
    assert not panel.undo_button.isVisible()


def test_a_final_record_cannot_be_changed_and_says_why(qtbot: QtBot, vault: Vault, child: str) -> None:
    draft = vault.visits.start(finalisable_visit(child))
    vault.attachments.add(child, "visit", draft.id, drawing_png(), "sample.png", caption="Work sample")
    vault.visits.finalise(draft.id, today=date(2026, 11, 1))
    panel = AttachmentsPanel(vault)
    qtbot.addWidget(panel)
    panel.set_record("visit", draft.id, child, final=True)
    panel.show()
    assert panel.selected is not None
    assert not panel.caption.isEnabled() and not panel.restricted.isEnabled()
    assert not panel.remove_button.isEnabled()
    assert panel.final_note.isVisible() and panel.final_note.text().startswith("Finalised")
    assert not panel.remove_selected()
    assert len(vault.attachments.list_for_record("visit", draft.id)) == 1
    assert panel.add_button.isEnabled()  # append-only: new files may still come


def test_enter_opens_the_image_viewer_and_zoom(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    vault.attachments.add(child, "child", child, drawing_png(600, 400), "houses.png", caption="Houses")
    panel.reload()
    panel.gallery.setFocus()
    qtbot.keyClick(panel.gallery, Qt.Key.Key_Return)
    viewer = panel.viewer
    assert isinstance(viewer, AttachmentViewer)
    qtbot.waitUntil(viewer.isVisible)
    assert viewer.image_label is not None
    shown = viewer.image_label.pixmap()
    assert shown.width() > 0 and shown.height() > 0
    before = viewer.zoom_by(0)
    viewer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom > before
    assert viewer.image_label.pixmap().width() > shown.width()
    viewer.close()


def test_a_pdf_is_shown_from_memory_with_its_pages(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    added = vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    viewer = AttachmentViewer(vault, added)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.pdf_view is not None and viewer.page_count == 1


def test_save_a_copy_is_warned_and_audited(
    qtbot: QtBot, vault: Vault, child: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    viewer = AttachmentViewer(vault, added)
    qtbot.addWidget(viewer)
    warned: list[str] = []

    def warning(_parent: object, title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        warned.append(text)
        return Button.Save

    out = tmp_path / "export" / "copy.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert viewer.save_with_warning() == out
    assert warned and "not encrypted" in warned[0]
    assert out.read_bytes() == vault.attachments.data(added.sha256)
    events = [e for e in vault.audit_events() if e.get("action") == "attachment_exported"]
    assert events and events[0].get("record_id") == added.id


def test_save_a_copy_declined_writes_nothing(
    qtbot: QtBot, vault: Vault, child: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = vault.attachments.add(child, "child", child, drawing_png(), "houses.png")
    viewer = AttachmentViewer(vault, added)
    qtbot.addWidget(viewer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: Button.Cancel)
    assert viewer.save_with_warning() is None
    assert not [e for e in vault.audit_events() if e.get("action") == "attachment_exported"]


def files_holding(roots: list[Path], needles: list[bytes], since: float, skip: list[Path]) -> list[Path]:
    """Files written since `since` under `roots` that hold any of `needles`; folders in `skip`
    (the test's own source files, other tests' folders) are not entered."""
    found = []
    for root in roots:
        for folder, subfolders, names in os.walk(root):
            here = Path(folder)
            subfolders[:] = [d for d in subfolders if here / d not in skip]
            for name in names:
                path = here / name
                try:
                    if path.stat().st_mtime < since or not path.is_file():
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue  # gone while scanning, or not ours to read
                if any(needle in data for needle in needles):
                    found.append(path)
    return found


def test_no_plaintext_copy_is_written(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    vault_path: Path,
    child: str,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = time.time() - 1
    sources = tmp_path / "sources"
    sources.mkdir()
    image = drawing_png(320, 200)  # PNG stays PNG: its re-encoded bytes are what the vault keeps
    source = write(sources, "houses.png", image)
    letter = write(sources, "letter.pdf", marker_pdf())
    assert attach_by_button(qtbot, panel, monkeypatch, [source, letter]) == (2, 0)
    keep_originals(qtbot)
    stored = {a.file_name: vault.attachments.data(a.sha256) for a in vault.attachments.list_for_child(child)}
    kept_image = stored["houses.png"]
    assert kept_image is not None
    rows = {a.file_name: row for row, a in enumerate(panel.model.items)}
    panel.gallery.setCurrentIndex(panel.model.index(rows["houses.png"]))
    viewer = panel.open_selected()
    assert isinstance(viewer, AttachmentViewer) and viewer.image_label is not None
    qtbot.waitUntil(viewer.isVisible)
    panel.gallery.setCurrentIndex(panel.model.index(rows["letter.pdf"]))
    pdf_viewer = panel.open_selected()
    assert isinstance(pdf_viewer, AttachmentViewer) and pdf_viewer.page_count == 1
    vault.conn.execute("PRAGMA wal_checkpoint(FULL)")
    needles = [kept_image[100:400], PDF_MARKER.encode()]
    # Every test's own folder is skipped but this one's (other tests write the same samples).
    others = tmp_path_factory.getbasetemp().parent
    roots = [Path(tempfile.gettempdir()), tmp_path, vault_path.parent]
    assert files_holding(roots, needles, started, [sources, others]) == []
    assert files_holding([tmp_path], needles, started, [sources]) == []
    assert files_holding([sources], needles, started, []) != []  # the scan finds what is there


def test_the_child_page_has_an_attachments_tab(qtbot: QtBot, open_window: MainWindow) -> None:
    vault = open_window.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    vault.attachments.add(child, "child", child, drawing_png(), "houses.png", caption="Houses")
    open_window.open_child(child)
    page = open_window.child_page
    assert page is not None
    tabs = page.ui.tabs
    index = tabs.indexOf(page.attachments_tab)
    assert index >= 0 and tabs.isTabEnabled(index)
    tabs.setCurrentIndex(index)
    assert page.attachments_tab.model.rowCount() == 1
    assert page.attachments_tab.record_type == "child"


def test_the_visit_and_views_pages_open_their_attachments(qtbot: QtBot, open_window: MainWindow) -> None:
    vault = open_window.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    visit = vault.visits.start(finalisable_visit(child))
    open_window.open_visit(visit.id)
    visit_page = open_window.visit_page
    assert visit_page is not None
    dialog = visit_page.open_attachments()
    assert dialog is not None and dialog.panel.record_type == "visit" and dialog.panel.record_id == visit.id
    assert not dialog.panel.final
    dialog.close()
    views = vault.ehc.views.start(ViewsRecord(child_id=child))
    open_window.open_views(views.id)
    views_page = open_window.views_page
    assert views_page is not None
    dialog = views_page.open_attachments()
    assert dialog is not None and dialog.panel.record_type == "views" and dialog.panel.record_id == views.id
    dialog.close()


@pytest.mark.parametrize("what", ["panel", "image viewer", "pdf viewer"])
def test_the_panel_and_the_viewer_meet_wcag(qtbot: QtBot, vault: Vault, child: str, what: str) -> None:
    from cnis_desktop.gui.attachments_panel import AttachmentsDialog
    from tests.gui import a11y_checks as checks

    image = vault.attachments.add(child, "child", child, drawing_png(), "houses.png", caption="Houses")
    letter = vault.attachments.add(child, "child", child, marker_pdf(), "letter.pdf")
    root: QWidget
    if what == "panel":
        root = AttachmentsDialog(vault, "child", child, child, False)
    else:
        root = AttachmentViewer(vault, image if what == "image viewer" else letter)
    qtbot.addWidget(root)
    checks.apply_app_style()
    try:
        root.show()
        root.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is root)
        found = checks.audit(root)
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
    problems = {kind: items for kind, items in found.items() if items}
    assert not problems, checks.report(what, problems)


def test_locking_saves_a_caption_typed_in_the_visit_dialog_and_clears_it(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    vault = open_window.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    visit = vault.visits.start(finalisable_visit(child))
    added = vault.attachments.add(child, "visit", visit.id, drawing_png(), "sample.png")
    open_window.open_visit(visit.id)
    assert open_window.visit_page is not None
    dialog = open_window.visit_page.open_attachments()
    assert dialog is not None and dialog.panel.selected is not None
    dialog.panel.caption.setText("Maths book, page 4")
    dialog.panel.caption.textEdited.emit("Maths book, page 4")  # as typing does: autosave pending
    assert dialog.panel.saver.pending
    open_window.lock()
    assert open_window.vault is None
    assert dialog.panel.model.rowCount() == 0
    from cnis_desktop.vault import Vault as OpenVault
    from tests.conftest import PASSPHRASE

    again = OpenVault.open(open_window.vault_path, PASSPHRASE)
    try:
        assert again.attachments.get(added.id).caption == "Maths book, page 4"
    finally:
        again.close()


def test_a_file_not_on_this_laptop_says_so_and_saves_or_restores_no_empty_copy(
    qtbot: QtBot, panel: AttachmentsPanel, vault: Vault, child: str
) -> None:
    """Bytes not come by sync yet, or damaged here: the viewer says so instead of offering
    an empty copy, and removing it offers no undo that would put back an empty file."""
    added = vault.attachments.add(child, "child", child, drawing_png(), "houses.png", caption="Houses")
    for name in os.listdir(blob_folder_for(vault.path)):
        os.unlink(blob_folder_for(vault.path) / name)
    viewer = AttachmentViewer(vault, added)
    qtbot.addWidget(viewer)
    viewer.show()
    note = viewer.findChild(QWidget, "attachmentNotShown")
    assert note is not None and "not on this laptop" in note.text()  # type: ignore[attr-defined]
    assert not viewer.save_button.isEnabled() and viewer.save_with_warning() is None
    viewer.grab().save("/tmp/viewer_not_held.png")
    panel.reload()
    assert panel.remove_selected()
    assert not panel.undo_button.isVisible() and panel.removed is None
    assert "cannot be undone here" in panel.status.text()
    assert vault.attachments.list_for_record("child", child) == []
