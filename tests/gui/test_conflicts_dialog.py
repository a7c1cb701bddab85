"""The conflicts dialog in words: the child, the record and field, both values whole, who
changed each and when; nothing to press when there is nothing to resolve."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnis_desktop.gui.sync_ui import ConflictsDialog
from cnis_desktop.vault import Vault
from tests.conftest import add_child_with_arrangement

LONG = (
    "Lives with her grandmother on weekdays and with her father at weekends; letters to "
    "both addresses, and the grandmother prefers a telephone call before any visit"
)


def conflict_on_preferred_name(vault: Vault) -> str:
    """This laptop changed the preferred name, then the hub brought another value for it
    (as sync.merge records it: the local value stays, both are kept)."""
    child = add_child_with_arrangement(vault)
    stored = vault.children.get(child)
    vault.children.update(
        child, stored.meta.version, dataclasses.replace(stored.record, parents=LONG), today=date(2026, 11, 1)
    )
    vault.conn.execute(
        "INSERT INTO sync_conflicts (record_type, record_id, field, local_value, remote_value,"
        " remote_by, at) VALUES ('child', ?, 'parents', ?, ?, 'hub', '2026-11-02T09:30:00+00:00')",
        (child, json.dumps(LONG), json.dumps(LONG.replace("grandmother", "aunt"))),
    )
    return child


def test_conflict_said_in_words_with_who_and_when(qtbot: QtBot, vault: Vault) -> None:
    conflict_on_preferred_name(vault)
    dialog = ConflictsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.resize(760, 420)
    dialog.show()
    table = dialog.ui.conflicts
    assert table.rowCount() == 1
    texts = [table.item(0, c).text() for c in range(4)]
    assert texts[0] == "Zephyrine Quillfeather"  # the child, not a UUID
    assert texts[1] == "Child's details: Parents and carers"
    assert texts[2].startswith(LONG)  # in full
    assert "changed by Alex Officer on " in texts[2]
    assert texts[3].startswith(LONG.replace("grandmother", "aunt"))
    assert "received here on 02/11/2026" in texts[3]
    assert table.wordWrap() and table.rowHeight(0) > table.fontMetrics().height() * 2
    assert not table.tabKeyNavigation()
    assert dialog.ui.keepMineButton.isEnabled() and dialog.ui.useTheirsButton.isEnabled()
    qtbot.mouseClick(dialog.ui.keepMineButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert not dialog.ui.keepMineButton.isEnabled()
    assert not dialog.ui.useTheirsButton.isEnabled()
    assert dialog.ui.message.text() == "Nothing to resolve."


def test_nothing_to_resolve_means_nothing_to_press(qtbot: QtBot, vault: Vault) -> None:
    dialog = ConflictsDialog(vault)
    qtbot.addWidget(dialog)
    assert not dialog.ui.keepMineButton.isEnabled()
    assert not dialog.ui.useTheirsButton.isEnabled()
    assert dialog.ui.closeButton.isEnabled()
