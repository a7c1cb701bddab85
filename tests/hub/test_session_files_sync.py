"""A session removed on one laptop while files were kept with it on another: the files are
never left naming a session that has gone. The removal waits, said on the Sync page, until
the files are removed there; then it lands."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from cnis_desktop.sync.engine import sync_once
from tests.attachment_samples import drawing_png
from tests.conftest import add_eotas_child
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
