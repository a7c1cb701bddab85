"""A session removed on one laptop while files were kept with it on another: the files are
never left naming a session that has gone. The removal waits, said on the Sync page, until
the files are removed there; then it lands."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from cnis_desktop.sync.engine import sync_once
from cnis_desktop.vault import Vault
from tests.attachment_samples import drawing_png
from tests.conftest import PASSPHRASE, add_eotas_child
from tests.hub.test_attachment_sync import LoopbackHub, client, hub, laptop
from tests.vault.test_eotas_store import MON, _entry

__all__ = ["hub"]  # the fixture


def test_a_session_removed_elsewhere_stays_while_files_here_name_it(tmp_path: Path, hub: LoopbackHub) -> None:
    user = hub.store.add_user("vs", "virtual_school")
    office, home = laptop(tmp_path, hub, user, "office"), laptop(tmp_path, hub, user, "home")
    child, (maths, _) = add_eotas_child(office)
    session = office.eotas.log(_entry(child, maths, MON))
    with closing(client(office, hub)) as plain:
        sync_once(office, plain)
    with closing(client(home, hub)) as plain:
        sync_once(home, plain)
    assert [s.id for s in home.eotas.entries(child, MON, MON)] == [session]

    # Offline, both at once: the office removes the session; at home a photo is kept with it.
    office.eotas.remove_entry(session)
    work = home.attachments.add(child, "activity_entry", session, drawing_png(), "work.png")
    with closing(client(office, hub)) as plain:
        sync_once(office, plain)
    with closing(client(home, hub)) as plain:
        sync_once(home, plain)
    assert [s.id for s in home.eotas.entries(child, MON, MON)] == [session]  # kept
    assert home.attachments.list_for_record("activity_entry", session) == [work]
    problem = home.conn.execute(
        "SELECT reason FROM sync_problems WHERE record_type = 'activity_entry' AND record_id = ?", (session,)
    ).fetchone()
    assert problem is not None
    assert "Another laptop removed this session, but 1 file on this laptop is kept with it" in problem[0]

    # Once the file is removed at home, the next sync lets the removal land.
    home.attachments.remove(work.id)
    with closing(client(home, hub)) as plain:
        sync_once(home, plain)
    assert home.eotas.entries(child, MON, MON) == []
    assert home.conn.execute("SELECT count(*) FROM sync_problems").fetchone()[0] == 0
    # The office, which removed the session, never waits for it: the file's records name a
    # session removed there, so they are set aside (said once), not kept to ask forever.
    with closing(client(office, hub)) as plain:
        sync_once(office, plain)
    assert office.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] == 0
    reasons = [r[0] for r in office.conn.execute("SELECT reason FROM sync_problems")]
    assert reasons and all("removed on this laptop" in r for r in reasons)
    office.release()
    home.release()


def _as_an_older_release_queued_it(vault: Vault) -> str:
    """The queued removal, as a release before the fix wrote it: naming no child."""
    vault.conn.execute(
        "UPDATE outbox SET payload = '{}' WHERE record_type = 'activity_entry' AND op = 'delete'"
    )
    return str(
        vault.conn.execute(
            "SELECT change_id FROM outbox WHERE record_type = 'activity_entry' AND op = 'delete'"
        ).fetchone()[0]
    )


def test_a_session_cleared_by_an_older_release_leaves_the_other_laptops(
    tmp_path: Path, hub: LoopbackHub
) -> None:
    """Removals queued, or already refused, before the fix reach the other laptops: the hub
    takes the child from its own link, and the upgrade sends the refused ones again."""
    user = hub.store.add_user("vs", "virtual_school")
    office, home = laptop(tmp_path, hub, user, "office"), laptop(tmp_path, hub, user, "home")
    child, (maths, _) = add_eotas_child(office)
    queued = office.eotas.log(_entry(child, maths, MON))
    refused = office.eotas.log(_entry(child, maths, MON, minutes=60))
    for vault in (office, home):
        with closing(client(vault, hub)) as plain:
            sync_once(vault, plain)
    assert len(home.eotas.entries(child, MON, MON)) == 2

    # One removal refused by the hub before the fix, as the laptop then recorded it.
    office.eotas.remove_entry(refused)
    change_id = _as_an_older_release_queued_it(office)
    office.conn.execute("UPDATE outbox SET pushed_at = 'refused 2026-11-01T09:00:00+00:00'")
    office.conn.execute(
        "INSERT INTO sync_problems VALUES"
        " (?, 'activity_entry', ?, 'the change names no child', '2026-11-01')",
        (change_id, refused),
    )
    # The other still queued when the laptop is updated.
    office.eotas.remove_entry(queued)
    _as_an_older_release_queued_it(office)
    office.conn.execute("PRAGMA user_version = 10")
    path = office.path
    office.release()
    office = Vault.open(path, PASSPHRASE)

    with closing(client(office, hub)) as plain:
        report = sync_once(office, plain)
    assert report.refused == []
    assert office.conn.execute("SELECT count(*) FROM sync_problems").fetchone()[0] == 0
    with closing(client(home, hub)) as plain:
        sync_once(home, plain)
    assert home.eotas.entries(child, MON, MON) == []
    office.release()
    home.release()


def test_a_change_reaching_a_closed_week_is_set_aside_once(tmp_path: Path, hub: LoopbackHub) -> None:
    """A session removed, and another changed, on one laptop after their week was closed on
    another: the closed week keeps them as they were, and each change is set aside there
    with a reason, not asked again every sync."""
    user = hub.store.add_user("vs", "virtual_school")
    office, home = laptop(tmp_path, hub, user, "office"), laptop(tmp_path, hub, user, "home")
    child, (maths, _) = add_eotas_child(office)
    removed = office.eotas.log(_entry(child, maths, MON, minutes=60))
    changed = office.eotas.log(_entry(child, maths, MON, minutes=90))
    for vault in (office, home):
        with closing(client(vault, hub)) as plain:
            sync_once(vault, plain)
    # Offline, while home closes the week:
    office.eotas.remove_entry(removed)
    office.eotas.update_entry(changed, _entry(child, maths, MON, minutes=30))
    home.eotas.close_week(child, MON)
    for vault in (office, home, home):
        with closing(client(vault, hub)) as plain:
            sync_once(vault, plain)
    kept = {e.id: e.entry.actual_minutes for e in home.eotas.entries(child, MON, MON)}
    assert kept == {removed: 60, changed: 90}
    assert home.conn.execute("SELECT count(*) FROM sync_inbox").fetchone()[0] == 0
    reasons = sorted(r[0] for r in home.conn.execute("SELECT reason FROM sync_problems"))
    assert reasons == [
        f"set aside: Another laptop {done} this session, but its week is closed on this laptop: the"
        " week stays as it was closed. Record a correction to the session if it should not count."
        for done in ("changed", "removed")
    ]
    office.release()
    home.release()
