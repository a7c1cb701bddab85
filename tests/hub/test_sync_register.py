"""The register entry, consent to home educate and an import's flags reach the other laptop
through a real hub, and edits to them merge as every mutable record's do."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from cnis_desktop.domain.consent import ConsentRequest
from cnis_desktop.domain.model import TidyUp
from cnis_desktop.domain.register_entry import RegisterEntry, RegisterParent, RegisterProvider
from cnis_desktop.sync.merge import conflicts
from tests.conftest import add_child_with_arrangement
from tests.hub.conftest import RunningHub
from tests.hub.test_sync_merge import edit, pair, settle

TODAY = date.today()


def test_register_consent_and_flags_reach_the_other_laptop(hub: RunningHub, tmp_path: Path) -> None:
    office, home, _ = pair(hub, tmp_path)
    child = add_child_with_arrangement(office, social_care_status="s47")
    edit(
        office,
        child,
        tidy_up=[
            TidyUp(
                "send",
                "SEND",
                "EHC plan - ASD",
                "Recorded as: EHC plan",
                "mapped",
                "import of 01/11/2026, line 2",
            )
        ],
        sheet_columns={"Officer": "Sam Ashdown"},
    )
    entry = office.register.entries.add(
        RegisterEntry(
            child_id=child,
            previous_addresses="1 Old Lane",
            parents=[RegisterParent("Ada Quillfeather", "2 Mill Rd", "", True, 20.0)],
            providers=[RegisterProvider("Bright Tutors", "", "Tutor", "https://bright.example", 6.0, 4.0)],
            change_on=TODAY - timedelta(days=3),
        )
    )
    request = office.register.consent.add(
        ConsentRequest(child_id=child, grounds=["s47"], requested_on=TODAY - timedelta(days=2))
    )
    settle(office, home)

    there = home.children.get(child).record
    assert there.tidy_up == office.children.get(child).record.tidy_up
    assert there.sheet_columns == {"Officer": "Sam Ashdown"}
    home_entry = home.register.entry_for(child)
    assert home_entry is not None and home_entry.record == entry.record
    [home_request] = home.register.consent_for(child)
    assert home_request.record == request.record
    assert [i.title for i in home.oversight.dashboard(TODAY) if i.section == "consent"] == [
        "Consent to home educate: not yet decided"
    ]

    # a decision on one laptop and a reported change on the other: different fields, merged
    decided = dataclasses.replace(
        request.record,
        decision="granted",
        decided_on=TODAY,
        reasons="Enquiries closed; the plan for education is sound.",
    )
    office.register.consent.update(request.id, request.meta.version, decided)
    reported = dataclasses.replace(home_entry.record, change_reported_on=TODAY)
    home.register.entries.update(home_entry.id, home_entry.meta.version, reported)
    settle(office, home)
    for vault in (office, home):
        assert vault.register.consent_for(child)[0].record.decision == "granted"
        found = vault.register.entry_for(child)
        assert found is not None and found.record.change_reported_on == TODAY
        assert not [i for i in vault.oversight.dashboard(TODAY) if i.section == "consent"]
    assert conflicts(office) == [] and conflicts(home) == []
