"""EOTAS records in the vault: the log, closed weeks, amendments, QA, caseload hours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnis_desktop.domain.eotas import ActivityEntry, QaVisit
from cnis_desktop.domain.model import Action
from cnis_desktop.domain.validation import ValidationFailed
from cnis_desktop.vault import Vault
from cnis_desktop.vault.eotas import WeekClosed
from tests.conftest import add_eotas_child

MON = date(2026, 11, 2)


def _entry(
    child_id: str, component_id: str, day: date, minutes: int = 150, status: str = "delivered"
) -> ActivityEntry:
    return ActivityEntry(
        child_id=child_id,
        component_id=component_id,
        entry_date=day,
        planned_minutes=150,
        actual_minutes=minutes,
        status=status,
    )


def _count(vault: Vault) -> tuple[int, int]:
    return (
        vault.conn.execute("SELECT count(*) FROM activity_entries").fetchone()[0],
        vault.conn.execute("SELECT count(*) FROM outbox").fetchone()[0],
    )


def test_log_and_weekly(vault: Vault) -> None:
    child, (maths, riding) = add_eotas_child(vault)
    vault.eotas.log(_entry(child, maths, MON))
    vault.eotas.log(_entry(child, riding, MON + timedelta(4), status="cancelled_family", minutes=0))
    [week] = vault.eotas.weekly(child, MON, MON + timedelta(6))
    assert week.delivered_minutes == 150 and week.planned_minutes == 420
    assert week.not_delivered == {"cancelled_family": 1}
    ops = vault.conn.execute("SELECT record_type, op FROM outbox").fetchall()
    assert ("activity_entry", "upsert") in [tuple(r) for r in ops]


def test_bad_entries_are_refused_and_change_nothing(vault: Vault) -> None:
    child, (maths, _) = add_eotas_child(vault)
    _, (other_maths, _) = add_eotas_child(vault, name="Corin")
    vault.eotas.log(_entry(child, maths, MON, minutes=1000))
    before = _count(vault)
    with pytest.raises(ValidationFailed, match="1,440"):
        vault.eotas.log(_entry(child, maths, MON, minutes=600))
    with pytest.raises(ValidationFailed, match="outside the package"):
        vault.eotas.log(_entry(child, maths, date(2026, 1, 5)))
    with pytest.raises(ValidationFailed, match="another child"):
        vault.eotas.log(_entry(child, other_maths, MON))
    with pytest.raises(ValidationFailed, match="No component 'art'"):
        vault.eotas.find_component(child, "art")
    assert _count(vault) == before
    assert vault.eotas.find_component(child, "MATHS TUTORING").id == maths


def test_closed_week_is_append_only(vault: Vault) -> None:
    child, (maths, _) = add_eotas_child(vault)
    entry_id = vault.eotas.log(_entry(child, maths, MON))
    vault.eotas.close_week(child, MON + timedelta(3))  # any day of the week closes it
    assert vault.eotas.is_closed(child, MON)
    with pytest.raises(WeekClosed):
        vault.eotas.log(_entry(child, maths, MON + timedelta(2)))
    with pytest.raises(WeekClosed):
        vault.eotas.update_entry(entry_id, _entry(child, maths, MON, minutes=10))
    with pytest.raises(WeekClosed):
        vault.eotas.remove_entry(entry_id)
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE activity_entries SET actual_minutes = 1 WHERE id = ?", (entry_id,))
    with pytest.raises(ValidationFailed, match="reason"):
        vault.eotas.amend_entry(entry_id, "", _entry(child, maths, MON, minutes=90))
    vault.eotas.amend_entry(entry_id, "Tutor's register said 90", _entry(child, maths, MON, 90))
    stored = vault.eotas.entry(entry_id)
    assert stored.amended and stored.entry.actual_minutes == 90
    [week] = vault.eotas.weekly(child, MON, MON + timedelta(6))
    assert week.delivered_minutes == 90


def test_open_week_entries_can_be_corrected_or_cleared(vault: Vault) -> None:
    child, (maths, _) = add_eotas_child(vault)
    entry_id = vault.eotas.log(_entry(child, maths, MON))
    vault.eotas.update_entry(entry_id, _entry(child, maths, MON, minutes=120))
    assert vault.eotas.entry(entry_id).entry.actual_minutes == 120
    vault.eotas.remove_entry(entry_id)
    assert vault.eotas.entries(child, MON, MON) == []


def test_caseload_hours_agree_with_each_child(vault: Vault) -> None:
    first, (m1, r1) = add_eotas_child(vault)
    second, (m2, _) = add_eotas_child(vault, name="Corin", start=date(2026, 10, 14))
    for offset in range(0, 28, 2):
        day = date(2026, 10, 12) + timedelta(offset)
        for child, comp in ((first, m1), (second, m2)):
            if day >= date(2026, 10, 14) or child == first:
                vault.eotas.log(_entry(child, comp, day, minutes=60 + offset))
    amended = vault.eotas.log(_entry(first, r1, date(2026, 10, 16), minutes=100))
    vault.eotas.close_week(first, date(2026, 10, 12))
    vault.eotas.amend_entry(
        amended, "was cancelled", _entry(first, r1, date(2026, 10, 16), 0, "cancelled_provider")
    )
    start, end = date(2026, 10, 12), date(2026, 11, 8)
    rows = {r.child_id: r for r in vault.eotas.caseload_hours(start, end)}
    for child in (first, second):
        weekly = vault.eotas.weekly(child, start, end)
        assert [(w.start, w.planned_minutes, w.delivered_minutes, dict(w.not_delivered)) for w in weekly] == [
            (w.start, w.planned_minutes, w.delivered_minutes, dict(w.not_delivered))
            for w in rows[child].weeks
        ]
    assert rows[first].cancellations["cancelled_provider"] == 1


def test_qa_visit_rules_and_append_only(vault: Vault) -> None:
    child, _ = add_eotas_child(vault)
    provider = vault.eotas.providers.where()[0]
    with pytest.raises(ValidationFailed) as exc:
        vault.eotas.record_qa(
            QaVisit(provider_id=provider.id, visit_date=date(2026, 11, 1), rating="inadequate"),
            today=date(2026, 11, 2),
        )
    assert "actions" in exc.value.errors
    visit_id = vault.eotas.record_qa(
        QaVisit(
            provider_id=provider.id,
            child_id=child,
            visit_date=date(2026, 11, 1),
            checks_met=["dbs", "attendance"],
            rating="inadequate",
            actions=[Action("Send DBS evidence", "Provider", date(2026, 11, 20))],
        ),
        today=date(2026, 11, 2),
    )
    [(found_id, _, visit)] = vault.eotas.qa_visits(provider.id)
    assert found_id == visit_id and visit.checks_met == ["dbs", "attendance"]
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE qa_visits SET data = '{}'")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.dates(date(2026, 8, 1), date(2027, 2, 1)),
    minutes=st.integers(-100, 3000),
    status=st.sampled_from(["delivered", "cancelled_provider", "dna", "bogus"]),
)
def test_any_entry_is_saved_whole_or_refused(vault: Vault, day: date, minutes: int, status: str) -> None:
    found = vault.conn.execute("SELECT id FROM children").fetchone()
    if found is None:
        child, (maths, _) = add_eotas_child(vault, end=date(2026, 12, 18))
    else:
        child = found[0]
        maths = vault.eotas.components_for(child)[0].id
    before = _count(vault)
    try:
        vault.eotas.log(_entry(child, maths, day, minutes=minutes, status=status))
    except (ValidationFailed, WeekClosed):
        assert _count(vault) == before
    else:
        assert date(2026, 9, 7) <= day <= date(2026, 12, 18) and 0 <= minutes <= 1440
        assert status != "bogus" and (status == "delivered" or minutes == 0)
        assert _count(vault)[0] == before[0] + 1
