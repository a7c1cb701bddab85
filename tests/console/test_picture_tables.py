"""The authority picture's statutory deadlines and EOTAS hours over HTTP against a real hub,
each number equal to the same number worked out from the laptops' own vaults; small numbers
suppressed for a lead without the manager role; and the picture rebuilt when a push changes
the state (it is cached between pushes)."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import httpx

from cnis_desktop.domain.ehc import EhcPlan
from cnis_desktop.domain.eotas import ActivityEntry
from cnis_desktop.domain.hours import week_start
from cnis_desktop.domain.record_deadlines import (
    assessment_deadlines,
    phase_transfer_deadline,
    review_deadlines,
)
from cnis_desktop.domain.timeline import Rules
from cnis_desktop.hub.console.picture_statutory import DUE_LABEL, eotas_period
from cnis_desktop.sync.engine import sync_once
from cnis_desktop.vault import Vault
from tests.conftest import add_eotas_child, make_child
from tests.console.conftest import make_user, sign_in
from tests.hub.conftest import RunningHub
from tests.hub.test_caseload_scoping import laptop_for


def table(client: httpx.Client, key: str) -> list[list[str]]:
    response = client.get(f"/console/picture/{key}.csv")
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.text)))


def vault_deadlines(vaults: list[Vault], today: date) -> dict[str, int]:
    """Children with a deadline overdue or due within 14 days, from the vaults themselves."""
    rules, counts = Rules(), {}
    for vault in vaults:
        for row in vault.children.caseload():
            plan = vault.ehc.plan_for(row.id)
            if plan is None:
                continue
            dob = vault.children.get(row.id).record.date_of_birth
            review, concluded = vault.ehc.current_review(row.id), vault.ehc.concluded_review(row.id)
            transfer = phase_transfer_deadline(plan.record, dob, rules, today)
            found = {
                "EHC needs assessment": assessment_deadlines(plan.record, rules, today),
                "Annual review": review_deadlines(
                    plan.record,
                    review.record if review else None,
                    rules,
                    today,
                    dob,
                    concluded.record if concluded else None,
                ),
                "Phase transfer": [transfer] if transfer else [],
            }
            for process, deadlines in found.items():
                states = {d.status(today) for d in deadlines}
                for state, label in (("overdue", "overdue"), ("due soon", DUE_LABEL)):
                    if state in states:
                        counts[f"{process}: {label}"] = counts.get(f"{process}: {label}", 0) + 1
    return counts


def test_deadlines_equal_the_vaults_and_small_numbers_are_suppressed(hub: RunningHub, tmp_path: Path) -> None:
    today = date.today()
    alex, _ = laptop_for(hub, tmp_path, "alex")
    sam, _ = laptop_for(hub, tmp_path, "sam")
    # Six assessments well past their 20 weeks; one plan a year and more without a review;
    # one request four weeks old (its decision to assess due within 14 days).
    for i in range(6):
        child = alex.children.add(make_child(legal_first_name=f"Asa{i}", send_status="ehc_assessment"))
        alex.ehc.plans.add(EhcPlan(child_id=child.id, requested_date=today - timedelta(days=200)))
    late = sam.children.add(make_child(legal_first_name="Rev", send_status="ehc_plan"))
    sam.ehc.plans.add(
        EhcPlan(
            child_id=late.id,
            requested_date=today - timedelta(days=600),
            decision_date=today - timedelta(days=560),
            draft_date=today - timedelta(days=480),
            final_date=today - timedelta(days=400),
        )
    )
    soon = sam.children.add(make_child(legal_first_name="New", send_status="sen_support"))
    sam.ehc.plans.add(EhcPlan(child_id=soon.id, requested_date=today - timedelta(days=32)))
    sync_once(alex)
    manager = sign_in(hub, make_user(hub, "mags", ["send_lead", "team_manager"]))
    lead = sign_in(hub, make_user(hub, "lee", ["send_lead"]))
    before = dict(table(manager, "deadlines")[1:])
    assert before["EHC needs assessment: overdue"] == "6" and before["Annual review: overdue"] == "0"
    # Sam's laptop pushes: the picture (cached between pushes) is built again.
    sync_once(sam)
    expected = vault_deadlines([alex, sam], today)
    assert expected["EHC needs assessment: overdue"] >= 6 and expected["Annual review: overdue"] == 1
    assert expected[f"EHC needs assessment: {DUE_LABEL}"] == 1
    rows = table(manager, "deadlines")
    assert rows[0] == ["Process and deadline", "Children"]
    shown = dict(rows[1:])
    assert {k: int(v) for k, v in shown.items() if v != "0"} == expected
    for_lead = dict(table(lead, "deadlines")[1:])
    assert for_lead["Annual review: overdue"] == "fewer than 5"
    assert for_lead["EHC needs assessment: overdue"] == str(expected["EHC needs assessment: overdue"])
    page = lead.get("/console/picture").text
    assert "Bar chart: Statutory deadlines overdue and due" in page
    assert "Annual review: overdue: 1" not in page


def test_eotas_hours_by_provider_equal_the_vaults(hub: RunningHub, tmp_path: Path) -> None:
    today = date.today()
    start, end = eotas_period(today)
    # The virtual school's officer: a role that may add to the provider register.
    alex, _ = laptop_for(hub, tmp_path, "alex", role="virtual_school")
    child_id, (maths, riding) = add_eotas_child(alex, start=today - timedelta(days=120), name="Ivo")
    first = None
    monday = week_start(start)
    while monday <= end:
        entry = alex.eotas.log(
            ActivityEntry(
                child_id=child_id,
                component_id=maths,
                entry_date=monday,
                planned_minutes=150,
                actual_minutes=150,
                status="delivered",
            )
        )
        first = first or entry
        alex.eotas.log(
            ActivityEntry(
                child_id=child_id,
                component_id=riding,
                entry_date=monday + timedelta(days=4),
                planned_minutes=120,
                actual_minutes=0,
                status="cancelled_provider",
            )
        )
        monday += timedelta(days=7)
    # One session before the period, which does not count; one amended to 90 minutes.
    alex.eotas.log(
        ActivityEntry(
            child_id=child_id,
            component_id=maths,
            entry_date=start - timedelta(days=5),
            planned_minutes=150,
            actual_minutes=150,
            status="delivered",
        )
    )
    assert first is not None
    amended = alex.eotas.entry(first).entry
    amended.actual_minutes = 90
    alex.eotas.amend_entry(first, "The session ended early.", amended)
    sync_once(alex)
    weeks = next(c for c in alex.eotas.caseload_hours(start, end) if c.child_id == child_id).weeks
    planned = sum(w.planned_minutes for w in weeks)
    delivered = sum(w.delivered_minutes for w in weeks)
    assert delivered == 150 * 4 - 60 and planned > delivered
    manager = sign_in(hub, make_user(hub, "mags", ["send_lead", "team_manager"]))
    rows = table(manager, "eotas_hours")
    assert rows[0] == ["Provider", "Delivered (% of planned)", "Hours delivered", "Hours planned", "Children"]
    assert rows[1:] == [
        [
            "Ivo Tutors (fictional)",
            str(round(100 * delivered / planned)),
            f"{delivered / 60:.1f}",
            f"{planned / 60:.1f}",
            "1",
        ]
    ]
    # The state rebuilt from the change log (in SQL on PostgreSQL) keeps the amendment.
    hub.store.rebuild_state()
    hub.store.conn.execute(
        "INSERT INTO changes (change_id, payload_hash, device_id, user_id, record_type, record_id,"
        " child_id, op, base_version, payload, received_at) VALUES"
        " ('after-rebuild', '', 'd', 'u', 'audit', 'a', '', 'append', 0, '{}', '')"
    )  # a later change: the cached picture is built again
    assert table(manager, "eotas_hours") == rows
    lead = sign_in(hub, make_user(hub, "lee", ["send_lead"]))
    assert table(lead, "eotas_hours")[1:] == [["Ivo Tutors (fictional)"] + ["fewer than 5"] * 4]
