"""Consent to home educate and the register entry in the vault, and on Today."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

import pytest

from cnis_desktop.domain.consent import ConsentRequest
from cnis_desktop.domain.register_entry import RegisterEntry, RegisterParent
from cnis_desktop.domain.validation import ValidationFailed
from cnis_desktop.vault import Vault
from tests.conftest import add_child_with_arrangement

TODAY = date.today()


def consent_items(vault: Vault) -> list[tuple[str, str, date | None]]:
    return [
        (i.child_name, i.place, i.due) for i in vault.oversight.dashboard(TODAY) if i.section == "consent"
    ]


def test_an_undecided_request_is_on_today_until_it_is_decided(vault: Vault) -> None:
    child = add_child_with_arrangement(vault, social_care_status="cp_plan")
    with pytest.raises(ValidationFailed) as refused:
        vault.register.consent.add(ConsentRequest(child_id=child))
    assert set(refused.value.errors) == {"grounds", "requested_on"}
    asked = TODAY - timedelta(days=40)  # long overdue, and still listed
    stored = vault.register.consent.add(
        ConsentRequest(
            child_id=child,
            grounds=["cp_plan"],
            school="Oakfield Special School",
            requested_on=asked,
            requested_by="Ada Quillfeather",
        )
    )
    assert consent_items(vault) == [("Zephyrine Quillfeather", "consent", asked + timedelta(days=15))]
    later = ConsentRequest(
        child_id=child, grounds=["special_school"], requested_on=TODAY
    )  # not due for a fortnight: listed all the same
    vault.register.consent.add(later)
    assert len(consent_items(vault)) == 2
    decided = dataclasses.replace(
        stored.record,
        decision="refused",
        decided_on=TODAY,
        decided_by="Team manager",
        reasons="A child protection plan is in place; education at school is part of it.",
    )
    vault.register.consent.update(stored.id, stored.meta.version, decided)
    assert [due for _, _, due in consent_items(vault)] == [TODAY + timedelta(days=15)]
    history = [r.record for r in vault.register.consent_for(child)]
    assert [r.decision for r in history] == ["", "refused"]  # newest request first
    kinds = {row[0] for row in vault.conn.execute("SELECT record_type FROM outbox")}
    assert "consent_request" in kinds  # synced like every record


def test_a_parents_report_of_a_change_is_a_dated_prompt(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    changed = TODAY - timedelta(days=10)
    entry = vault.register.entries.add(
        RegisterEntry(
            child_id=child,
            parents=[RegisterParent("Ada Quillfeather", provides_education=True, hours_per_week=20)],
            change_on=changed,
            change_details="Moved house",
        )
    )
    [prompt] = [i for i in vault.oversight.dashboard(TODAY) if i.place == "register"]
    assert (prompt.due, prompt.detail) == (changed + timedelta(days=15), "Moved house")
    reported = dataclasses.replace(entry.record, change_reported_on=TODAY)
    vault.register.entries.update(entry.id, entry.meta.version, reported)
    assert not [i for i in vault.oversight.dashboard(TODAY) if i.place == "register"]
    stored = vault.register.entry_for(child)
    assert stored is not None and stored.record.parents[0].hours_per_week == 20.0
    payload = json.loads(
        vault.conn.execute(
            "SELECT payload FROM outbox WHERE record_type = 'register_entry' ORDER BY seq"
        ).fetchone()[0]
    )
    assert payload["changes"]["parents"][0]["name"] == "Ada Quillfeather"
