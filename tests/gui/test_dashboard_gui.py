"""Today in the real window: one ranked line per child, keyboard (Enter, Right/Left, Tab
out), filters, a manager's worker filter, recording a notification in two clicks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.model import Arrangement, Child
from cnis_desktop.domain.oversight import DashboardItem
from cnis_desktop.gui.dashboard_page import DashboardPage
from cnis_desktop.gui.main_window import MainWindow

TODAY = date.today()


def seed(win: MainWindow) -> str:
    child = win.vault.children.add(
        Child(legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2015, 1, 1)),
        today=TODAY,
    )
    win.vault.arrangements.add(
        Arrangement(
            child_id=child.id,
            type="part_time",
            start_date=TODAY - timedelta(days=30),
            end_date=TODAY + timedelta(days=30),
            review_date=TODAY - timedelta(days=2),
            hours_per_week=9,
        )
    )
    return child.id


def text(index: QModelIndex, column: int) -> str:
    """The words a row of Today shows in a column."""
    return str(index.siblingAtColumn(column).data() or "")


def names(page: DashboardPage | None) -> list[str]:
    assert page is not None
    return [text(found, 0) for found in page.lines()]


def line(win: MainWindow, name: str) -> QModelIndex:
    """The child's (or provider's) one line on Today."""
    page = win.dashboard_page
    assert page is not None
    for found in page.lines():
        if text(found, 0) == name:
            return found
    raise AssertionError(name)


def rows(win: MainWindow, name: str) -> list[QModelIndex]:
    """Every item of a line, as the list shows them once the line is expanded."""
    page = win.dashboard_page
    assert page is not None
    return page.rows_of(line(win, name))


def test_one_line_per_child_ranked_and_opening_the_child_at_the_right_place(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    win = open_window
    seed(win)
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    page = win.dashboard_page
    assert win.stack.currentWidget() is page
    tree = page.ui.items
    assert names(page) == ["Wren Oakhurst"]  # one line for Wren, however many items
    wren = line(win, "Wren Oakhurst")
    # statutory first: the part-time review, though the next contact is later still
    assert text(wren, 1) == "Part-time timetable review"
    assert text(wren, 2).startswith("2 days overdue") and text(wren, 3) == "Statutory"
    assert text(wren, 4).startswith("5 items")
    assert "overdue" in page.ui.summary.text()
    tree.setCurrentIndex(wren)
    assert not tree.isExpanded(wren)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # Right shows every item
    assert tree.isExpanded(wren)
    under = [page.model.index(j, 0, wren) for j in range(page.model.rowCount(wren))]
    titles = [text(row, 1) for row in under]
    assert titles[0] == "Part-time timetable review" and text(under[0], 0) == "Overdue"
    assert "9 of 24 hours a week" in titles and "No lead professional" in titles
    assert "Next contact" in titles
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not tree.isExpanded(wren)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter opens the most urgent item
    assert win.stack.currentWidget() is win.child_page
    assert win.child_page.ui.tabs.currentWidget() is win.child_page.ui.arrangementsTab


def test_tab_leaves_the_list_both_ways(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    seed(win)
    win.show_today()
    page = win.dashboard_page
    tree = page.ui.items
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert not tree.hasFocus() and page.ui.refreshButton.hasFocus()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Backtab)
    assert not tree.hasFocus() and page.ui.kindFilter.hasFocus()


def test_filters_overdue_this_week_and_kind(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    seed(win)
    later = win.vault.children.add(
        Child(
            legal_first_name="Ayla",
            legal_last_name="Dunmere",
            date_of_birth=date(2015, 1, 1),
            lead_professional="Cerys Thornbury, EHE officer",
        ),
        today=TODAY,
    )
    win.vault.arrangements.add(
        Arrangement(child_id=later.id, type="ehe", start_date=TODAY, reasons=["unknown"])
    )
    win.show_today()
    page = win.dashboard_page

    assert names(page) == ["Wren Oakhurst", "Ayla Dunmere"]  # statutory before practice
    page.ui.whenFilter.setCurrentIndex(page.ui.whenFilter.findData("overdue"))
    assert names(page) == ["Wren Oakhurst"] and page.ui.shown.text() == "Showing 1 of 2 lines"
    page.ui.whenFilter.setCurrentIndex(page.ui.whenFilter.findData("week"))
    assert names(page) == ["Ayla Dunmere"]  # her first contact is due today
    assert text(line(win, "Ayla Dunmere"), 2).startswith("due today")
    page.ui.whenFilter.setCurrentIndex(0)
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData("provision"))
    assert names(page) == ["Wren Oakhurst"] and text(line(win, "Wren Oakhurst"), 1) == "9 of 24 hours a week"
    assert not page.ui.workerFilter.isVisible()  # a worker's own laptop: no worker filter


def test_two_clicks_record_a_notification_and_clear_the_health_flag(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    from cnis_desktop.domain.oversight import Notification

    win = open_window
    child = seed(win)
    arrangement = win.vault.arrangements.current(child)
    win.vault.oversight.notifications.add(
        Notification(
            child_id=child, arrangement_id=arrangement.id, partner="original_school", shared_on=TODAY
        )
    )
    win.show_today()
    page = win.dashboard_page
    [health] = [r for r in rows(win, "Wren Oakhurst") if text(r, 1).startswith("Health not told")]
    page.ui.items.setCurrentIndex(health)
    qtbot.mouseClick(page.ui.notifyButton, Qt.MouseButton.LeftButton)  # click one
    dialog = page.dialog
    assert dialog is not None and dialog.ui.partner.currentData() == "school_nursing"
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)  # click two
    assert not [r for r in rows(win, "Wren Oakhurst") if text(r, 3) == "Not told"]
    assert "recorded" in page.ui.status.text()
    told = [n.record.partner for n in win.vault.oversight.notifications_for(child)]
    assert told == ["original_school", "school_nursing"]


def test_sharing_tab_and_attendance_order(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = seed(win)
    win.open_child(child)
    page = win.child_page
    page.show_place("sharing")
    assert "Health has not been told" in page.ui.sharingStatus.text()
    dialog = page.record_notification()
    dialog.ui.shared_on.setText("not a date")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused with the reason beside the field
    dialog.ui.shared_on.setText(f"{TODAY:%d/%m/%Y}")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.sharingTable.rowCount() == 1 and page.ui.sharingStatus.text() == ""
    page.show_place("sao")
    page.ui.notice_served.setText(f"{TODAY - timedelta(days=3):%d/%m/%Y}")
    page.ui.notice_of_intention.setText(f"{TODAY - timedelta(days=10):%d/%m/%Y}")
    assert not page.save_sao()
    page.ui.notice_of_intention.setText("")
    assert page.save_sao()
    # 15 days beginning with the day served: the last day, then the first day to act
    assert f"{TODAY + timedelta(days=11):%d/%m/%Y}" in page.ui.saoDue.text()
    assert f"{TODAY + timedelta(days=12):%d/%m/%Y}" in page.ui.saoDue.text()
    assert "EA 1996 s.437(2)" in page.ui.saoDue.text()
    item = DashboardItem("deadlines", child, "Wren Oakhurst", "x", place="sao")
    win.open_dashboard_item(item)
    assert page.ui.tabs.currentWidget() is page.ui.saoTab


def test_import_preview_confirm_and_export(qtbot: QtBot, open_window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cnis_desktop.gui.register_io import ImportDialog

    win = open_window
    win.vault.children.add(
        Child(legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2016, 3, 5)),
        today=TODAY,
    )
    sheet = tmp_path / "caseload.csv"
    sheet.write_bytes(
        '\ufeffName,Date of birth,Hours\r\n"Oakhurst, Wren",04/03/2016,12\r\n'
        "Ayla Dunmere,05/09/2015,8\r\nNo Birthday,,5\r\n".encode()
    )
    qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = win.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.choose_file = lambda: sheet  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert "1 to create" in dialog.ui.summary.text() and "1 doubtful" in dialog.ui.summary.text()
    assert "1 rejected" in dialog.ui.summary.text()
    assert win.vault.children.count() == 1  # the preview wrote nothing
    doubtful = dialog.ui.preview.item(0, 1)
    assert doubtful.text().startswith("doubtful")
    doubtful.setCheckState(Qt.CheckState.Checked)  # the worker says: same child
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
        # written in the background: the dialog cannot be closed or re-confirmed meanwhile
        assert not dialog.ui.importButton.isEnabled() and not dialog.ui.cancelButton.isEnabled()
    assert dialog.outcome == {"created": 1, "updated": 1, "unchanged": 0, "left out": 0}
    assert win.vault.children.count() == 2
    assert "Imported: 1 created, 1 updated" in win.statusBar().currentMessage()
    assert str(win.vault.children.caseload("wren")[0].date_of_birth) == "2016-03-04"
    target = tmp_path / "out"
    win.choose_export_path = lambda _fmt: target  # type: ignore[method-assign]
    written = win.export_register("annex-b")
    assert written == target.with_suffix(".csv")
    assert "Oakhurst, Wren" in written.read_text(encoding="utf-8-sig")
    assert any(e["action"] == "export" for e in win.vault.audit_events())


def test_lock_closes_every_dialog_and_the_names_it_showed(
    qtbot: QtBot, open_window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from cnis_desktop.gui.register_io import ImportDialog

    win = open_window
    sheet = tmp_path / "caseload.csv"
    sheet.write_bytes(b"Name,Date of birth,Hours\r\nAyla Dunmere,05/09/2015,8\r\n")
    win.import_register()
    dialog = win.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.load(sheet)
    assert dialog.ui.preview.rowCount() == 1 and dialog.isVisible()
    win.enrol_laptop()
    enrol = win.enrol_dialog
    assert enrol is not None and enrol.isVisible()
    win.lock()
    assert not dialog.isVisible() and dialog.ui.preview.rowCount() == 0
    assert "Dunmere" not in dialog.ui.summary.text()
    assert not enrol.isVisible()
    assert win.import_dialog is None and win.enrol_dialog is None


def test_import_that_fails_writes_nothing_and_can_be_retried(
    qtbot: QtBot, open_window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from cnis_desktop.gui.register_io import ImportDialog

    win = open_window
    sheet = tmp_path / "caseload.csv"
    sheet.write_bytes(
        b"Name,Date of birth,Hours\r\nAyla Dunmere,05/09/2015,8\r\nTamsin Reedwell,11/01/2014,10\r\n"
    )
    win.import_register()
    dialog = win.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.load(sheet)
    assert dialog.plan is not None and dialog.plan.count("create") == 2
    # The second row goes bad between preview and import (as if its data changed under us):
    # the store refuses it while writing, after the first row was already written.
    dialog.plan.rows[1].child.date_of_birth = date(2099, 1, 1)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=10_000)
    assert not accepted
    assert dialog.ui.summary.text().startswith("Nothing was imported:")
    assert "date_of_birth" in dialog.ui.summary.text()
    assert win.vault.children.count() == 0 and dialog.isVisible()
    dialog.plan.rows[1].child.date_of_birth = date(2014, 1, 11)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert win.vault.children.count() == 2


def test_a_phase_transfer_is_on_today_from_the_autumn_and_opens_the_plan(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    from cnis_desktop.domain.ehc import EhcPlan
    from cnis_desktop.domain.schooldays import school_year_of

    win = open_window
    start = school_year_of(TODAY)
    child = win.vault.children.add(
        Child(
            legal_first_name="Peregrine", legal_last_name="Holm", date_of_birth=date(start - 11, 12, 1)
        ),  # Year 6
        today=TODAY,
    )
    win.vault.ehc.plans.add(EhcPlan(child_id=child.id, final_date=TODAY - timedelta(days=200)))
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    [transfer] = [r for r in rows(win, "Peregrine Holm") if text(r, 1).startswith("Phase transfer")]
    assert f"14/02/{start + 1}" in " ".join(text(transfer, c) for c in range(4))
    win.dashboard_page.ui.items.setCurrentIndex(transfer)
    qtbot.keyClick(win.dashboard_page.ui.items, Qt.Key.Key_Return)
    page = win.ehc_page
    assert win.stack.currentWidget() is page
    assert page.ui.tabs.currentWidget() is page.ui.planTab
    # recorded: the amended plan naming the next school was issued, so it leaves Today
    qtbot.keyClicks(page.ui.transfer_plan_amended, f"{TODAY:%d/%m/%Y}")
    qtbot.mouseClick(page.ui.savePlanButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not [found for found in win.dashboard_page.lines() if text(found, 1).startswith("Phase transfer")]


def test_sessions_on_the_arrangement_give_the_absence_measure(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = seed(win)
    win.open_child(child)
    page = win.child_page
    assert "compulsory school age" in page.ui.schoolAge.text()  # the school-age facts
    page.show_place("arrangements")
    page.ui.arrangementsTable.selectRow(0)
    page.ui.sessions_possible.setText("120")
    page.ui.sessions_missed.setText("130")
    assert not page.save_episode()  # more missed than possible: refused beside the field
    page.ui.sessions_missed.setText("70")
    assert page.save_episode()
    assert "58% of sessions missed (70 of 120): severe absence" in page.ui.arrangementStatus.text()
    qtbot.keyClick(win, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert [r for r in rows(win, "Wren Oakhurst") if "severe absence" in text(r, 1)]


def test_a_manager_reads_each_worker_s_list(
    qtbot: QtBot,
    tmp_path,  # type: ignore[no-untyped-def]
    fast_kdf: object,
) -> None:
    from cnis_desktop.settings import Settings
    from cnis_desktop.vault import Vault
    from tests.conftest import PASSPHRASE

    vault = Vault.create(tmp_path / "m.vault", PASSPHRASE, "Morgan Manager", "team_manager")
    try:
        for first, lead in (
            ("Wren", "Cerys Thornbury, EHE officer"),
            ("Ayla", "Dev Marchetti, SEND caseworker"),
            ("Corin", ""),
        ):
            child = vault.children.add(
                Child(
                    legal_first_name=first,
                    legal_last_name="Oakhurst",
                    date_of_birth=date(2015, 1, 1),
                    lead_professional=lead,
                ),
                today=TODAY,
            )
            vault.arrangements.add(
                Arrangement(
                    child_id=child.id, type="ehe", start_date=TODAY - timedelta(days=5), reasons=["unknown"]
                )
            )
        page = DashboardPage(vault, Settings())
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        combo = page.ui.workerFilter
        assert combo.isVisible()
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Everyone",
            "Cerys Thornbury",
            "Dev Marchetti",
            "No worker named",
        ]
        assert len(page.lines()) == 3
        combo.setCurrentIndex(combo.findText("Dev Marchetti"))
        assert names(page) == ["Ayla Oakhurst"]
        assert text(page.lines()[0], 4).endswith("Dev Marchetti")
        combo.setCurrentIndex(combo.findText("No worker named"))
        assert names(page) == ["Corin Oakhurst"]
        page.refresh()  # the choice survives a refresh
        assert combo.currentText() == "No worker named"
    finally:
        vault.close()


def test_today_is_read_again_only_after_a_change_or_when_asked(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    seed(win)
    win.show_today()
    page = win.dashboard_page
    assert page is not None
    first = page.items
    win.show_caseload()
    win.open_child(win.vault.children.caseload()[0].id)  # its "view" audit event changes nothing
    win.show_today()
    assert page.items is first  # nothing was written: the list is not read again
    ayla = win.vault.children.add(
        Child(legal_first_name="Ayla", legal_last_name="Dunmere", date_of_birth=date(2015, 1, 1)),
        today=TODAY,
    )
    win.vault.arrangements.add(
        Arrangement(child_id=ayla.id, type="ehe", start_date=TODAY, reasons=["unknown"])
    )
    win.show_caseload()
    win.show_today()
    assert page.items is not first and "Ayla Dunmere" in names(page)
    second = page.items
    qtbot.mouseClick(page.ui.refreshButton, Qt.MouseButton.LeftButton)
    assert page.items is not second  # Refresh always reads again
