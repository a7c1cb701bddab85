"""An EOTAS session that files are kept with is not removed from under them, whoever asks:
the vault refuses, saying how many files to remove first; once they are removed, it goes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cnis_desktop.vault import Vault, VaultError
from tests.attachment_samples import drawing_png, marker_pdf
from tests.conftest import add_eotas_child
from tests.vault.test_eotas_store import MON, _entry


def _outbox_deletes(vault: Vault, entry_id: str) -> int:
    return int(
        vault.conn.execute(
            "SELECT count(*) FROM outbox WHERE record_type = 'activity_entry' AND record_id = ?"
            " AND op = 'delete'",
            (entry_id,),
        ).fetchone()[0]
    )


def test_a_session_with_files_is_not_removed(vault: Vault) -> None:
    child, (maths, _) = add_eotas_child(vault)
    entry_id = vault.eotas.log(_entry(child, maths, MON))
    photo = vault.attachments.add(child, "activity_entry", entry_id, drawing_png(), "work.png")
    vault.attachments.add(child, "activity_entry", entry_id, marker_pdf(), "plan.pdf")
    assert vault.eotas.attached_files(entry_id) == 2
    with pytest.raises(VaultError, match="remove its 2 attached files first"):
        vault.eotas.remove_entry(entry_id)
    assert [s.id for s in vault.eotas.entries(child, MON, MON)] == [entry_id]
    assert _outbox_deletes(vault, entry_id) == 0
    # One removed: still one to go, said in the singular.
    vault.attachments.remove(photo.id)
    with pytest.raises(VaultError, match="remove its 1 attached file first"):
        vault.eotas.remove_entry(entry_id)
    assert [s.id for s in vault.eotas.entries(child, MON, MON)] == [entry_id]


def test_a_session_whose_files_were_all_removed_can_go(vault: Vault) -> None:
    child, (maths, _) = add_eotas_child(vault)
    entry_id = vault.eotas.log(_entry(child, maths, MON))
    added = vault.attachments.add(child, "activity_entry", entry_id, drawing_png(), "work.png")
    vault.attachments.remove(added.id)  # a removed file no longer holds its session
    assert vault.eotas.attached_files(entry_id) == 0
    vault.eotas.remove_entry(entry_id)
    assert vault.eotas.entries(child, MON, MON) == []
    assert _outbox_deletes(vault, entry_id) == 1


def test_files_of_another_session_or_record_do_not_hold_this_one(vault: Vault) -> None:
    child, (maths, riding) = add_eotas_child(vault)
    kept = vault.eotas.log(_entry(child, maths, MON))
    cleared = vault.eotas.log(_entry(child, riding, MON + timedelta(4), minutes=120))
    vault.attachments.add(child, "activity_entry", kept, drawing_png(), "work.png")
    vault.attachments.add(child, "child", child, drawing_png(), "drawing.png")
    vault.eotas.remove_entry(cleared)
    assert [s.id for s in vault.eotas.entries(child, MON, MON + timedelta(6))] == [kept]
