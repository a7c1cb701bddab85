"""Files added to a record that is already final are described first: a QA visit, a closed
EOTAS week's session, a finalised visit. Once added, their caption (the text alternative),
date and restricted mark cannot change, so each file is asked about before any is attached;
a batch may take one description for the rest; Cancel attaches none. A draft is not asked
(its files are described in the panel after adding). A new file's date is its record's own
day: a visit's, a views record's; today without one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.eotas import QaVisit
from cnis_desktop.domain.views import ViewsRecord
from cnis_desktop.gui.attachments_panel import AttachmentsDialog, AttachmentsPanel
from cnis_desktop.gui.describe_file_dialog import DescribeFileDialog
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.vault import Vault
from tests.attachment_samples import drawing_png, marker_pdf
from tests.conftest import add_child_with_arrangement, add_eotas_child, finalisable_visit
from tests.gui.conftest import click_box, describe_file, message_box
from tests.gui.test_record_attachments_gui import LAST_MONDAY, choose_files, eotas_week, sample, type_session

Button = QMessageBox.StandardButton
TODAY = date.today()


def add_and_wait(qtbot: QtBot, panel: AttachmentsPanel, answer: object = None) -> tuple[int, int]:
    """Press "Add files…"; `answer` (a function of no arguments) answers the questions asked
    before the batch ends."""
    with qtbot.waitSignal(panel.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        if callable(answer):
            answer()
    added, refused = finished.args  # type: ignore[misc]
    return int(added), int(refused)


def asked(qtbot: QtBot, panel: AttachmentsPanel) -> DescribeFileDialog:
    """The question the panel asks about the next file, once it is on screen."""
    qtbot.waitUntil(
        lambda: panel.describe_dialog is not None and panel.describe_dialog.isVisible(), timeout=20_000
    )
    assert panel.describe_dialog is not None
    return panel.describe_dialog


def qa_visit_panel(qtbot: QtBot, win: MainWindow, visit_day: date) -> tuple[str, str, AttachmentsPanel]:
    vault = win.vault
    assert vault is not None
    child, _ = add_eotas_child(vault)
    [provider] = vault.eotas.providers.where(order="name")
    visit_id = vault.eotas.record_qa(
        QaVisit(provider_id=provider.id, child_id=child, visit_date=visit_day, rating="good")
    )
    win.show_providers()
    page = win.providers_page
    assert page is not None
    page.ui.qaTable.selectRow(0)
    qtbot.mouseClick(page.attachments_button, Qt.MouseButton.LeftButton)
    dialog = page.attachments_dialog
    assert isinstance(dialog, AttachmentsDialog) and dialog.panel.final
    return child, visit_id, dialog.panel


def final_visit_panel(qtbot: QtBot, win: MainWindow, actual: date) -> tuple[str, AttachmentsPanel]:
    vault = win.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    visit = vault.visits.start(finalisable_visit(child, actual_date=actual))
    vault.visits.finalise(visit.id)
    win.open_visit(visit.id)
    assert win.visit_page is not None
    dialog = win.visit_page.open_attachments()
    assert dialog is not None and dialog.panel.final
    return visit.id, dialog.panel


# --- a final record: described first ---------------------------------------------------------


def test_a_qa_visit_file_is_described_before_it_is_added(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_window.vault
    assert vault is not None
    visit_day = TODAY - timedelta(days=3)
    _, visit_id, panel = qa_visit_panel(qtbot, open_window, visit_day)
    choose_files(monkeypatch, [sample(tmp_path, "room.png")])
    questions: list[DescribeFileDialog] = []

    def answer() -> None:
        dialog = asked(qtbot, panel)
        assert dialog.windowModality() != Qt.WindowModality.NonModal
        questions.append(dialog)
        assert dialog.heading.text() == "room.png"  # one file: no "1 of 1"
        assert dialog.taken_on.text() == f"{visit_day:%d/%m/%Y}"  # the visit's own day
        assert not dialog.for_rest.isVisible()  # nothing remains to use it for
        assert dialog.attach_button.text() == "&Attach"
        assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
        assert vault.attachments.list_for_record("qa_visit", visit_id) == []  # asked first
        assert QApplication.focusWidget() is dialog.caption  # ready to type
        describe_file(qtbot, panel, "The learning room, tidy and bright", restricted=True)

    assert add_and_wait(qtbot, panel, answer) == (1, 0)
    assert len(questions) == 1
    [stored] = vault.attachments.list_for_record("qa_visit", visit_id)
    assert stored.caption == "The learning room, tidy and bright"
    assert stored.restricted and stored.taken_on == visit_day
    assert stored.text_alternative == "The learning room, tidy and bright"
    label = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert label.endswith("Restricted · The learning room, tidy and bright")
    click_box(qtbot, "deleteSourcesBox", Button.No)


def test_a_folder_for_a_closed_week_takes_one_description_for_the_rest(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = open_window
    child, _ = eotas_week(qtbot, win)
    page = win.eotas_page
    assert page is not None and win.vault is not None
    vault = win.vault
    type_session(qtbot, win, "90")
    [session] = vault.eotas.entries(child, LAST_MONDAY, LAST_MONDAY)
    page.close_week()
    page.ui.grid.setCurrentCell(0, 0)
    dialog = page.open_attachments()
    assert dialog is not None and dialog.panel.final
    panel = dialog.panel
    folder = tmp_path / "phone"
    folder.mkdir()
    for name in ("a.png", "b.png", "c.png"):
        (folder / name).write_bytes(drawing_png())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    tuesday = LAST_MONDAY + timedelta(days=1)

    with qtbot.waitSignal(panel.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(panel.folder_button, Qt.MouseButton.LeftButton)
        first = asked(qtbot, panel)
        assert first.heading.text() == "File 1 of 3: a.png"
        assert first.for_rest.text() == "&Use for all the remaining files (2 more)"
        assert first.attach_button.text() == "&Next file"
        assert first.taken_on.text() == f"{LAST_MONDAY:%d/%m/%Y}"  # the session's day
        describe_file(qtbot, panel, "Fractions, first go")
        assert vault.attachments.list_for_record("activity_entry", session.id) == []  # not yet
        second = asked(qtbot, panel)
        assert second is not first
        assert second.heading.text() == "File 2 of 3: b.png"
        assert second.for_rest.text() == "&Use for all the remaining files (1 more)"
        qtbot.mouseClick(second.for_rest, Qt.MouseButton.LeftButton, pos=QPoint(4, 8))
        assert second.for_rest.isChecked() and second.attach_button.text() == "&Attach all"
        describe_file(qtbot, panel, "Fractions worksheet", restricted=True, taken_on=f"{tuesday:%d/%m/%Y}")
    assert finished.args == [3, 0]
    assert panel.describe_dialog is None  # c.png was not asked about
    files = sorted(vault.attachments.list_for_record("activity_entry", session.id), key=lambda a: a.file_name)
    assert [(f.file_name, f.caption, f.taken_on, f.restricted) for f in files] == [
        ("a.png", "Fractions, first go", LAST_MONDAY, False),
        ("b.png", "Fractions worksheet", tuesday, True),
        ("c.png", "Fractions worksheet", tuesday, True),
    ]
    click_box(qtbot, "deleteSourcesBox", Button.No)


def test_cancel_attaches_none_of_the_files(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_window.vault
    assert vault is not None
    actual = TODAY - timedelta(days=10)
    visit_id, panel = final_visit_panel(qtbot, open_window, actual)
    choose_files(monkeypatch, [sample(tmp_path, "one.png"), sample(tmp_path, "two.png")])

    def answer() -> None:
        assert asked(qtbot, panel).taken_on.text() == f"{actual:%d/%m/%Y}"  # the visit's own day
        describe_file(qtbot, panel, "Reading book")
        assert asked(qtbot, panel).heading.text() == "File 2 of 2: two.png"
        describe_file(qtbot, panel, cancel=True)

    assert add_and_wait(qtbot, panel, answer) == (0, 0)
    assert vault.attachments.list_for_record("visit", visit_id) == []
    assert panel.describe_dialog is None
    assert "Nothing was attached" in panel.status.text()
    assert not panel.progress.isVisible()
    qtbot.wait(50)  # a box that should not come would have been opened at once
    assert message_box("deleteSourcesBox") is None  # nothing kept, so nothing to delete
    # The panel is ready for the next try: asked again, and this time kept.
    choose_files(monkeypatch, [sample(tmp_path, "three.png")])
    assert add_and_wait(qtbot, panel, lambda: describe_file(qtbot, panel, "Handwriting")) == (1, 0)
    [stored] = vault.attachments.list_for_record("visit", visit_id)
    assert (stored.file_name, stored.caption, stored.taken_on) == ("three.png", "Handwriting", actual)
    click_box(qtbot, "deleteSourcesBox", Button.No)


@pytest.fixture
def child(vault: Vault) -> str:
    return add_child_with_arrangement(vault)


@pytest.fixture
def final_panel(qtbot: QtBot, vault: Vault, child: str) -> tuple[str, AttachmentsPanel]:
    visit = vault.visits.start(finalisable_visit(child, actual_date=TODAY - timedelta(days=5)))
    vault.visits.finalise(visit.id)
    panel = AttachmentsPanel(vault, autosave_seconds=0.1)
    qtbot.addWidget(panel)
    panel.set_record("visit", visit.id, child, final=True, default_date=TODAY - timedelta(days=5))
    panel.resize(900, 600)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return visit.id, panel


def test_a_date_that_cannot_be_kept_is_said_beside_it(
    qtbot: QtBot,
    vault: Vault,
    final_panel: tuple[str, AttachmentsPanel],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visit_id, panel = final_panel
    choose_files(monkeypatch, [sample(tmp_path)])
    with qtbot.waitSignal(panel.import_finished, timeout=20_000) as finished:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        dialog = asked(qtbot, panel)
        dialog.taken_on.clear()
        qtbot.keyClicks(dialog.taken_on, "31/02/2026")
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and panel.describe_dialog is dialog  # still asking
        assert dialog.date_error.isVisible() and "not a real date" in dialog.date_error.text()
        assert "not a real date" in dialog.taken_on.accessibleDescription()
        assert dialog.taken_on.hasFocus()
        tomorrow = TODAY + timedelta(days=1)
        dialog.taken_on.clear()
        qtbot.keyClicks(dialog.taken_on, f"{tomorrow:%d/%m/%Y}")
        assert not dialog.date_error.isVisible()  # typing again clears the message
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "after today" in dialog.date_error.text()
        assert vault.attachments.list_for_record("visit", visit_id) == []
        dialog.taken_on.clear()  # blank: no date
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    assert finished.args == [1, 0]
    [stored] = vault.attachments.list_for_record("visit", visit_id)
    assert stored.taken_on is None and stored.caption == ""
    click_box(qtbot, "deleteSourcesBox", Button.No)


def test_described_by_keyboard_alone_and_escape_cancels(
    qtbot: QtBot,
    vault: Vault,
    final_panel: tuple[str, AttachmentsPanel],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visit_id, panel = final_panel
    choose_files(monkeypatch, [sample(tmp_path, "map.png")])

    def by_keys() -> None:
        dialog = asked(qtbot, panel)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.caption)
        qtbot.keyClicks(dialog.caption, "Map of the walk to the library")
        qtbot.keyClick(dialog.caption, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.taken_on
        qtbot.keyClick(dialog.taken_on, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.restricted
        qtbot.keyClick(dialog.restricted, Qt.Key.Key_Space)
        assert dialog.restricted.isChecked()
        qtbot.keyClick(dialog.restricted, Qt.Key.Key_Return)  # the default button: Attach

    assert add_and_wait(qtbot, panel, by_keys) == (1, 0)
    [stored] = vault.attachments.list_for_record("visit", visit_id)
    assert (stored.caption, stored.restricted) == ("Map of the walk to the library", True)
    assert stored.taken_on == TODAY - timedelta(days=5)
    click_box(qtbot, "deleteSourcesBox", Button.No)

    choose_files(monkeypatch, [sample(tmp_path, "other.png")])

    def escape() -> None:
        dialog = asked(qtbot, panel)
        qtbot.keyClicks(dialog.caption, "Not this one")
        qtbot.keyClick(dialog.caption, Qt.Key.Key_Escape)

    assert add_and_wait(qtbot, panel, escape) == (0, 0)
    assert [a.file_name for a in vault.attachments.list_for_record("visit", visit_id)] == ["map.png"]


def test_locking_while_asked_attaches_nothing(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_window.vault
    assert vault is not None
    visit_id, panel = final_visit_panel(qtbot, open_window, TODAY - timedelta(days=2))
    choose_files(monkeypatch, [sample(tmp_path, "one.png")])
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = asked(qtbot, panel)
    qtbot.keyClicks(dialog.caption, "Half typed")
    path = open_window.vault_path
    open_window.lock()
    assert open_window.vault is None and not dialog.isVisible()
    from cnis_desktop.vault import Vault as OpenVault
    from tests.conftest import PASSPHRASE

    again = OpenVault.open(path, PASSPHRASE)
    try:
        assert again.attachments.list_for_record("visit", visit_id) == []
    finally:
        again.close()


# --- a draft: added at once, dated with its record's day ------------------------------------


def test_a_draft_visit_is_not_asked_and_its_files_take_its_date(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_window.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    actual = TODAY - timedelta(days=4)
    visit = vault.visits.start(finalisable_visit(child, actual_date=actual))
    open_window.open_visit(visit.id)
    page = open_window.visit_page
    assert page is not None
    dialog = page.open_attachments()
    assert dialog is not None and not dialog.panel.final
    panel = dialog.panel
    assert panel.default_date == actual
    choose_files(monkeypatch, [sample(tmp_path)])
    assert add_and_wait(qtbot, panel) == (1, 0)  # nothing asked: the batch ends by itself
    assert panel.describe_dialog is None
    [stored] = vault.attachments.list_for_record("visit", visit.id)
    assert stored.taken_on == actual and stored.caption == ""
    assert panel.caption.isEnabled()  # described in the panel, as before
    click_box(qtbot, "deleteSourcesBox", Button.No)
    dialog.close()
    # The date typed on the page (saved as the dialog opens) is the one used.
    page.ui.actual_date.selectAll()
    qtbot.keyClicks(page.ui.actual_date, f"{TODAY - timedelta(days=6):%d/%m/%Y}")
    dialog = page.open_attachments()
    assert dialog is not None and dialog.panel.default_date == TODAY - timedelta(days=6)
    dialog.close()
    # Without a date of its own, a file is dated the day it is added.
    page.ui.actual_date.selectAll()
    qtbot.keyClick(page.ui.actual_date, Qt.Key.Key_Delete)
    dialog = page.open_attachments()
    assert dialog is not None and dialog.panel.default_date is None
    assert dialog.panel.new_file_date() == TODAY
    dialog.close()


def test_a_views_records_files_take_its_date(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = open_window.vault
    assert vault is not None
    child = add_child_with_arrangement(vault)
    gathered = TODAY - timedelta(days=8)
    views = vault.ehc.views.start(ViewsRecord(child_id=child, gathered_on=gathered))
    open_window.open_views(views.id)
    page = open_window.views_page
    assert page is not None
    dialog = page.open_attachments()
    assert dialog is not None and dialog.panel.default_date == gathered
    choose_files(monkeypatch, [sample(tmp_path, "three-houses.png")])
    assert add_and_wait(qtbot, dialog.panel) == (1, 0)
    [stored] = vault.attachments.list_for_record("views", views.id)
    assert stored.taken_on == gathered
    click_box(qtbot, "deleteSourcesBox", Button.No)
    dialog.close()
    undated = vault.ehc.views.start(ViewsRecord(child_id=child))
    open_window.open_views(undated.id)
    dialog = page.open_attachments()
    assert dialog is not None and dialog.panel.default_date is None
    assert dialog.panel.new_file_date() == TODAY
    dialog.close()


def test_a_day_after_today_is_never_a_new_files_date(
    qtbot: QtBot, vault: Vault, child: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session planned for later this week: its file is dated today, a date the panel can
    then keep when the caption is edited (a later day would be refused there)."""
    panel = AttachmentsPanel(vault, autosave_seconds=0.1)
    qtbot.addWidget(panel)
    panel.set_record("child", child, child, default_date=TODAY + timedelta(days=3))
    panel.show()
    choose_files(monkeypatch, [sample(tmp_path)])
    assert add_and_wait(qtbot, panel) == (1, 0)
    [stored] = vault.attachments.list_for_record("child", child)
    assert stored.taken_on == TODAY
    panel.caption.setText("Drawing")
    assert panel.save_details()
    assert vault.attachments.get(stored.id).caption == "Drawing"
    click_box(qtbot, "deleteSourcesBox", Button.No)


# --- accessibility ----------------------------------------------------------------------------


def test_the_question_meets_wcag(
    qtbot: QtBot,
    vault: Vault,
    final_panel: tuple[str, AttachmentsPanel],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.gui import a11y_checks as checks

    _, panel = final_panel
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(marker_pdf())
    choose_files(monkeypatch, [sample(tmp_path), letter])
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = asked(qtbot, panel)
    assert dialog.for_rest.isVisible()
    checks.apply_app_style()
    try:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        found = checks.audit(dialog)
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
        dialog.reject()
    problems = {kind: items for kind, items in found.items() if items}
    assert not problems, checks.report("describe file dialog", problems)
