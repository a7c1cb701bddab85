"""Child mode as a safe, child-friendly space, in the real windows: the worker's window hidden
and locked, the hold and the passphrase, an unexpected close keeping what was typed, each
method in child mode read back from the vault, and the form keeping what child mode took."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QAction, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cnis_desktop.domain.views import CardSort, ViewsRecord
from cnis_desktop.gui.child_mode import WRONG_PASSPHRASE, ChildMode
from cnis_desktop.gui.child_mode_cards import CARD_MIME
from cnis_desktop.gui.main_window import MainWindow
from cnis_desktop.gui.views_widgets import ScalePanel, SortPanel
from cnis_desktop.vault import Vault
from tests.conftest import CHILD_LAST, PASSPHRASE, add_child_with_arrangement, make_child
from tests.gui.conftest import click_box
from tests.gui.test_views_gui import start_views, stored

OTHER_CHILDREN = (("Marigold", "Thistlewood"), ("Barnaby", "Okonjo-Finch"))


def hold_to_exit(qtbot: QtBot, mode: ChildMode) -> None:
    qtbot.mousePress(mode.exit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not mode.exit_button.timer.isActive(), timeout=4000)
    qtbot.mouseRelease(mode.exit_button, Qt.MouseButton.LeftButton)


def visible_text(window: QWidget) -> str:
    """Everything a window shows in words: its title and each visible widget's text."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        for getter in (
            "text",
            "toPlainText",
            "placeholderText",
            "accessibleName",
            "accessibleDescription",
            "windowTitle",
            "toolTip",
        ):
            value = getattr(widget, getter, None)
            if callable(value):
                parts.append(str(value()))
        for place_words in (
            getattr(widget, "words", []) if isinstance(getattr(widget, "words", None), list) else []
        ):
            parts.append(str(place_words))
    return "\n".join(parts)


def test_child_mode_hides_and_locks_the_workers_window(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    for first, last in OTHER_CHILDREN:
        win.vault.children.add(make_child(legal_first_name=first, legal_last_name=last))
    start_views(qtbot, win, "three_houses")
    page = win.views_page
    fired: list[str] = []
    anywhere = QShortcut(QKeySequence("Ctrl+9"), win, lambda: fired.append("app shortcut"))
    anywhere.setContext(Qt.ShortcutContext.ApplicationShortcut)
    mode = page.enter_child_mode()
    assert mode is not None and mode.isVisible() and mode.isFullScreen()
    assert not win.isVisible()  # not in Alt+Tab, the task bar or on a second screen
    up = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert up == [mode]
    for window in up:
        assert not window.grab().isNull()  # it paints
        text = visible_text(window)
        for first, last in ((*OTHER_CHILDREN[0],), (*OTHER_CHILDREN[1],)):
            assert first not in text and last not in text
        assert CHILD_LAST not in text  # not even this child's name is on the child's screen
        assert "Worker's summary" not in text and "safeguarding" not in text.lower()
    # The worker's shortcuts are dead while the child has the screen.
    qtbot.keyClick(mode, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(mode, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert fired == [] and not win.isVisible() and mode.isVisible()
    qtbot.keyClick(mode, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    assert mode.isVisible()
    hold_to_exit(qtbot, mode)
    qtbot.waitUntil(lambda: not mode.isVisible())
    assert win.isVisible() and win.stack.currentWidget() is page  # back on the same draft
    # The worker's window is given the focus back (an application shortcut needs an active
    # window; the platform activates it a moment after it is shown).
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["app shortcut"]  # and the worker's shortcuts work again
    events = [e for e in win.vault.audit_events() if e["action"] == "child_mode"]
    assert sorted(e["detail"] for e in events) == ["entered", "left"]


def test_a_tap_does_not_exit_and_the_passphrase_is_asked_after_the_idle_time(
    qtbot: QtBot, open_window: MainWindow
) -> None:
    win = open_window
    win.settings.child_mode_passphrase_minutes = 0  # the authority's time has passed
    start_views(qtbot, win, "conversation")
    mode = win.views_page.enter_child_mode()
    assert mode is not None
    qtbot.mouseClick(mode.exit_button, Qt.MouseButton.LeftButton)
    assert mode.isVisible() and mode.pages.currentWidget() is mode.activity
    hold_to_exit(qtbot, mode)
    assert mode.isVisible() and mode.pages.currentWidget() is mode.check
    qtbot.keyClicks(mode.check.passphrase, "not-the-passphrase")
    qtbot.keyClick(mode.check.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mode.check.message.text() == WRONG_PASSPHRASE, timeout=10_000)
    assert mode.isVisible() and not win.isVisible()
    qtbot.mouseClick(mode.check.cancel, Qt.MouseButton.LeftButton)  # back to the child
    assert mode.pages.currentWidget() is mode.activity
    hold_to_exit(qtbot, mode)
    qtbot.keyClicks(mode.check.passphrase, PASSPHRASE)
    qtbot.keyClick(mode.check.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not mode.isVisible(), timeout=10_000)
    assert win.isVisible() and win.views_page.child_mode is None


def test_no_passphrase_before_the_idle_time(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    win.settings.child_mode_passphrase_minutes = 10
    start_views(qtbot, win, "conversation")
    mode = win.views_page.enter_child_mode()
    assert mode is not None and not mode.needs_passphrase()
    hold_to_exit(qtbot, mode)
    qtbot.waitUntil(lambda: not mode.isVisible())


def test_an_unexpected_close_keeps_what_was_typed(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    page = win.views_page
    draft = page.stored.id
    mode = page.enter_child_mode()
    assert mode is not None
    qtbot.keyClicks(mode.entry, "I like the swings")  # no Enter: still typing
    assert "I like the swings" in mode.activity.places["said"].words  # shown as typed
    mode.close()  # the system closes it
    qtbot.waitUntil(lambda: page.child_mode is None)
    assert win.isVisible() and win.stack.currentWidget() is page and page.stored.id == draft
    assert [s.text for s in stored(win).record.statements] == ["I like the swings"]
    # What the worker types next is saved too (it used to be silently dropped).
    qtbot.keyClicks(page.ui.others_present, "Grandad")
    page.flush()
    assert stored(win).record.others_present == "Grandad"
    assert [s.text for s in page.sections[0].mine()] == ["I like the swings"]


def test_locking_while_in_child_mode_keeps_the_words(
    qtbot: QtBot, open_window: MainWindow, vault_path: Path
) -> None:
    win = open_window
    start_views(qtbot, win, "one_page_profile")
    draft = win.views_page.stored.id
    mode = win.views_page.enter_child_mode()
    assert mode is not None
    qtbot.mouseClick(mode.findChild(QAbstractButton, "start_support_me"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(mode.entry, "Tell me before things chan")
    win.lock("Locked after a period of inactivity.")
    qtbot.waitUntil(lambda: not mode.isVisible())
    assert win.isVisible() and win.vault is None  # the unlock screen, nothing else
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        record = vault.ehc.views.get(draft).record
    finally:
        vault.close()
    assert record.started_with == "support_me"
    assert [(s.section, s.text) for s in record.statements] == [("support_me", "Tell me before things chan")]


def test_one_page_profile_in_child_mode_and_undo(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "one_page_profile")
    mode = win.views_page.enter_child_mode()
    assert mode is not None
    assert "choosing where to start" in mode.here.text()
    assert not mode.entry.isEnabled()  # tap a box first
    qtbot.mouseClick(mode.findChild(QAbstractButton, "start_important_to_me"), Qt.MouseButton.LeftButton)
    assert mode.here.text() == "You are here: What is important to me"
    for words in ("My headphones", "Oops"):
        qtbot.keyClicks(mode.entry, words)
        qtbot.keyClick(mode.entry, Qt.Key.Key_Return)
    assert mode.progress.text() == "1 of 3 boxes have words"
    qtbot.mouseClick(mode.undo_button, Qt.MouseButton.LeftButton)  # the mis-tap goes
    hold_to_exit(qtbot, mode)
    qtbot.waitUntil(lambda: win.views_page.child_mode is None)
    record = stored(win).record
    assert record.started_with == "important_to_me"
    assert [(s.section, s.text, s.exact_words) for s in record.statements] == [
        ("important_to_me", "My headphones", True)
    ]
    assert win.views_page.sections[1].list.item(0).text() == "“My headphones”"


def test_scaling_one_answer_chosen_and_shown_in_words(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "scaling")
    panel = win.views_page.findChild(ScalePanel)
    for question in ("How much do you like maths?", "How safe do you feel at home?"):
        qtbot.keyClicks(panel.question, question)
        qtbot.keyClick(panel.question, Qt.Key.Key_Return)
    panel.table.item(1, 2).setText("Completely safe")  # the worker words the top end
    mode = win.views_page.enter_child_mode()
    assert mode is not None and mode.here.text() == "You are here: Question 1 of 2"
    faces = mode.activity.faces  # type: ignore[attr-defined]
    qtbot.mouseClick(faces[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(faces[7], Qt.MouseButton.LeftButton)
    assert [f.value for f in faces if f.isChecked()] == [7]  # exactly one
    chosen = mode.findChild(QLabel, "scaleChosen")
    assert chosen.text() == "You chose 7"  # in words, not by colour alone
    qtbot.mouseClick(mode.undo_button, Qt.MouseButton.LeftButton)
    assert [f.value for f in faces if f.isChecked()] == [3]
    qtbot.mouseClick(mode.findChild(QAbstractButton, "scaleNext"), Qt.MouseButton.LeftButton)
    assert mode.here.text() == "You are here: Question 2 of 2"
    assert mode.progress.text() == "1 of 2 answered"
    assert [f.value for f in faces if f.isChecked()] == []
    assert "10 = Completely safe" in visible_text(mode)
    qtbot.mouseClick(faces[9], Qt.MouseButton.LeftButton)
    hold_to_exit(qtbot, mode)
    qtbot.waitUntil(lambda: win.views_page.child_mode is None)
    answers = stored(win).record.scales
    assert [(a.question, a.value, a.high_label) for a in answers] == [
        ("How much do you like maths?", 3, "Totally"),
        ("How safe do you feel at home?", 9, "Completely safe"),
    ]


def test_scaling_questions_are_edited_and_deleted_for_good(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "scaling")
    page = win.views_page
    panel = page.findChild(ScalePanel)
    for question in (
        "How much do you like maths?",
        "How much do you like reading?",
        "How much do you like drawing?",
    ):
        qtbot.keyClicks(panel.question, question)
        qtbot.keyClick(panel.question, Qt.Key.Key_Return)
    panel.table.item(0, 0).setText("How much do you enjoy maths?")
    panel.table.setCurrentCell(1, 0)
    qtbot.mouseClick(panel.remove, Qt.MouseButton.LeftButton)
    page.flush()
    assert [a.question for a in stored(win).record.scales] == [
        "How much do you enjoy maths?",
        "How much do you like drawing?",
    ]
    # Reopened, the edit and the deletion are still there (they used to revert).
    page.show_record(page.stored.id)
    panel = page.findChild(ScalePanel)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [
        "How much do you enjoy maths?",
        "How much do you like drawing?",
    ]
    panel.table.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.undo, Qt.MouseButton.LeftButton)
    panel.table.item(1, 0).setText("")  # blank is not a question: it stays
    page.flush()
    assert [a.question for a in stored(win).record.scales] == [
        "How much do you enjoy maths?",
        "How much do you like drawing?",
    ]
    assert isinstance(panel.table.item(1, 0), QTableWidgetItem)


def test_cards_continue_from_recorded_sorts(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "sorting")
    page = win.views_page
    panel = page.findChild(SortPanel)
    qtbot.mouseClick(panel.buttons["reading"], Qt.MouseButton.LeftButton)  # like
    for _ in range(3):  # maths: like → not sure → don't like
        qtbot.mouseClick(panel.buttons["maths"], Qt.MouseButton.LeftButton)
    mode = page.enter_child_mode()
    assert mode is not None
    assert mode.progress.text() == "Card 3 of 12 · 2 sorted"  # carries on, not card 1
    assert mode.here.text() == "You are here: Being outside"
    qtbot.mouseClick(mode.findChild(QAbstractButton, "pile_not_sure"), Qt.MouseButton.LeftButton)
    # Drag the next card (animals) to "I like": the pile takes the drop.
    pile = mode.findChild(QAbstractButton, "pile_like")
    mime = QMimeData()
    mime.setData(CARD_MIME, b"animals")
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    pile.dropEvent(drop)
    # A card can be moved back: tap it in its pile and sort it again.
    back = mode.findChild(QAbstractButton, "inpile_outdoors")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert mode.here.text() == "You are here: Being outside"
    qtbot.mouseClick(mode.findChild(QAbstractButton, "pile_like"), Qt.MouseButton.LeftButton)
    hold_to_exit(qtbot, mode)
    qtbot.waitUntil(lambda: page.child_mode is None)
    piles = {c.card: c.pile for c in stored(win).record.cards if c.pile}
    assert piles == {
        "reading": "like",
        "maths": "dont_like",
        "outdoors": "like",
        "animals": "like",
    }  # the worker's sorts were never overwritten
    # The form's panel is rebuilt from the record; the old one goes at the next deferred
    # deletion, and until then findChild could return either.
    qtbot.waitUntil(lambda: len(page.findChildren(SortPanel)) == 1)
    assert "Being outside: I like" in [b.accessibleName() for b in page.findChild(SortPanel).buttons.values()]


def test_profile_shows_the_cards_sorted_for_it(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    child = add_child_with_arrangement(win.vault)
    views = win.vault.ehc.views.start(
        ViewsRecord(
            child_id=child,
            method="one_page_profile",
            cards=[CardSort("maths", "like"), CardSort("noise", "dont_like")],
        )
    )
    win.open_views(views.id)
    panel = win.views_page.findChild(SortPanel)
    assert panel is not None and panel.isVisible()
    assert panel.buttons["noise"].accessibleName() == "Noisy places: I don't like"


def test_exact_words_tick_does_not_carry_over(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    part = win.views_page.sections[0]
    part.exact.setChecked(False)
    qtbot.keyClicks(part.line, "Talked mostly about the dog")
    qtbot.keyClick(part.line, Qt.Key.Key_Return)
    assert part.exact.isChecked()
    qtbot.keyClicks(part.line, "The dog is called Biscuit")
    qtbot.keyClick(part.line, Qt.Key.Key_Return)
    win.views_page.flush()
    assert [s.exact_words for s in stored(win).record.statements] == [False, True]


def test_unsafe_keeps_the_procedure_and_goes_to_what_you_did(qtbot: QtBot, open_window: MainWindow) -> None:
    win = open_window
    start_views(qtbot, win, "conversation")
    page = win.views_page
    page.procedure_text = "Ring the Front Door on 01632 960000 now."
    qtbot.mouseClick(page.ui.unsafeButton, Qt.MouseButton.LeftButton)
    click_box(qtbot, "unsafeProcedure", QMessageBox.StandardButton.Ok)
    assert page.ui.unsafeProcedureText.isVisible()
    assert "01632 960000" in page.ui.unsafeProcedureText.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.unsafe_actions)
    qtbot.keyClicks(page.ui.unsafe_actions, "Rang the Front Door at 10:40")
    page.flush()
    assert stored(win).record.unsafe_actions == "Rang the Front Door at 10:40"
    assert isinstance(page.ui.unsafe_actions, QPlainTextEdit)


def test_the_childs_own_picture_sheet(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    import subprocess

    win = open_window
    start_views(qtbot, win, "three_houses")
    page = win.views_page
    page.ui.gathered_on.setText("02/11/2026")
    page.sections[2].line.setText("A farm with goats")
    page.sections[2].add_current()
    page.sections[1].exact.setChecked(False)
    page.sections[1].line.setText("Worried about the move, in my view")
    page.sections[1].add_current()
    pdf, title, _ = page.child_sheet()
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "“A farm with goats”" in text and "Good things" in text and "Dreams" in text
    assert "in my view" not in text  # the worker's summary is not the child's copy
    assert "Page 1 of 1" in text and "OFFICIAL-SENSITIVE" in text
    assert "Zephyrine" in title
    page.preview_child_sheet()
    dialog = page.sheet_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.confirm_and_choose_path = lambda: tmp_path / "saved"  # type: ignore[attr-defined]
    saved = dialog.save_with_warning()  # type: ignore[attr-defined]
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    actions = [(e["action"], e["detail"]) for e in win.vault.audit_events() if e["record_type"] == "views"]
    assert ("preview", "child's own sheet; copy=child; format=pdf") in actions
    assert ("export", "child's own sheet; copy=child; format=pdf") in actions
    dialog.close()


def test_child_mode_entry_keeps_focus_inside(qtbot: QtBot, open_window: MainWindow) -> None:
    """Keyboard only: Tab moves through the child's screen and never into a hidden window."""
    win = open_window
    start_views(qtbot, win, "three_houses")
    mode = win.views_page.enter_child_mode()
    assert mode is not None
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    seen = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or mode, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is mode
        seen.add(focus.objectName())
    assert {"start_good_things", "start_worries", "start_dreams", "holdToExit"} <= seen
    assert isinstance(mode.findChild(QLineEdit, "childEntry"), QLineEdit)
    assert not any(isinstance(a, QAction) and a.isVisible() for a in mode.actions())
