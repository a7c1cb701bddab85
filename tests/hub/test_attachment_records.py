"""Attachment records (metadata, not bytes) through a real hub: accepted for the caseload,
applied on the other laptop; the bytes are named as missing there for the blob transfer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cnis_desktop.sync.engine import sync_once
from tests.attachment_samples import drawing_png, phone_photo
from tests.conftest import add_child_with_arrangement, finalisable_visit
from tests.hub.conftest import RunningHub
from tests.hub.test_sync_merge import pair


def test_attachment_records_arrive_on_the_other_laptop(hub: RunningHub, tmp_path: Path) -> None:
    office, home, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office)
    on_child = office.attachments.add(child, "child", child, drawing_png(), "drawing.png", caption="House")
    draft = office.visits.start(finalisable_visit(child))
    on_visit = office.attachments.add(child, "visit", draft.id, phone_photo(800, 600), "work.jpg")
    office.visits.finalise(draft.id, today=date(2026, 11, 1))
    office.attachments.set_caption(on_child.id, "Three houses")
    for _ in range(2):
        sync_once(office)
        sync_once(home)
    problems = office.conn.execute("SELECT count(*) FROM outbox WHERE pushed_at LIKE 'refused%'").fetchone()
    assert problems[0] == 0
    arrived = {a.id: a for a in home.attachments.list_for_child(child)}
    assert set(arrived) == {on_child.id, on_visit.id}
    assert arrived[on_child.id].caption == "Three houses" and arrived[on_child.id].version == 2
    assert arrived[on_visit.id].record_type == "visit" and arrived[on_visit.id].record_id == draft.id
    # Each blob is either named as missing (for the blob transfer) or already here, whole.
    missing = dict(home.attachments.missing_blobs())
    for sent in (on_child, on_visit):
        held = home.attachments.data(sent.sha256)
        assert missing.get(sent.sha256) == sent.size or held == office.attachments.data(sent.sha256)
