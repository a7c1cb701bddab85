"""The Today dashboard's rules, information sharing, and register import/export."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnis_desktop.domain import today
from cnis_desktop.domain.contact import add_months
from cnis_desktop.domain.ehc import EhcPlan
from cnis_desktop.domain.model import Action, Arrangement, Child
from cnis_desktop.domain.oversight import Notification, SaoCase
from cnis_desktop.domain.record_deadlines import sao_deadlines
from cnis_desktop.domain.timeline import Rules
from cnis_desktop.domain.validation import ValidationFailed
from cnis_desktop.vault import Vault
from cnis_desktop.vault.registers import apply_import, export_sheet, plan_import
from tests.conftest import add_child_with_arrangement, add_eotas_child, finalisable_visit

TODAY = date.today()


def items(vault: Vault, child_id: str) -> list[tuple[str, str]]:
    return [(i.section, i.title) for i in vault.oversight.dashboard(TODAY) if i.child_id == child_id]


def test_new_arrangement_flags_partners_health_and_lead(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    found = items(vault, child)
    # Nobody told includes health: one "not told" item, not two.
    assert ("partners", "No partner told of this arrangement, health included") in found
    assert not any(s == "health" for s, _ in found)
    assert ("lead", "No lead professional") in found
    assert ("deadlines", "Next contact") in found  # no visit yet: contact due from the start


def test_notifying_health_clears_the_health_flag(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    arrangement = vault.arrangements.current(child)
    vault.oversight.notifications.add(
        Notification(
            child_id=child, arrangement_id=arrangement.id, partner="original_school", shared_on=TODAY
        )
    )
    found = items(vault, child)
    assert not any(s == "partners" for s, _ in found)
    assert any(s == "health" for s, _ in found)
    vault.oversight.notifications.add(
        Notification(child_id=child, arrangement_id=arrangement.id, partner="gp", shared_on=TODAY)
    )
    assert not any(s == "health" for s, _ in items(vault, child))


def test_part_time_review_and_end(vault: Vault) -> None:
    child = vault.children.add(
        Child(legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2015, 1, 1)),
        today=TODAY,
    )
    vault.arrangements.add(
        Arrangement(
            child_id=child.id,
            type="part_time",
            start_date=TODAY - timedelta(days=40),
            end_date=TODAY + timedelta(days=10),
            review_date=TODAY - timedelta(days=1),
            hours_per_week=10,
        )
    )
    by_title = {i.title: i for i in vault.oversight.dashboard(TODAY) if i.child_id == child.id}
    assert by_title["Part-time timetable review"].state(TODAY) == "1 day overdue"
    assert by_title["Part-time timetable ends"].state(TODAY) == "10 days left"
    below = [i for i in vault.oversight.dashboard(TODAY) if i.section == "hours"]
    assert below and "10 of 24 hours a week" in below[0].title


def test_later_deadlines_are_not_listed(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    draft = vault.visits.start(
        finalisable_visit(
            child,
            actual_date=TODAY - timedelta(days=1),
            next_contact_date=TODAY + timedelta(days=15),
            actions=[
                Action("Send forms", "Alex", TODAY + timedelta(days=3)),
                Action("Later", "Alex", TODAY + timedelta(days=40)),
            ],
        )
    )
    vault.visits.finalise(draft.id, today=TODAY)
    titles = [t for s, t in items(vault, child) if s == "deadlines"]
    assert titles == ["Action: Send forms"]


def test_s437_annual_review_and_provider_checks(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    vault.oversight.sao.add(SaoCase(child_id=child, notice_served=TODAY - timedelta(days=20)))
    vault.ehc.plans.add(EhcPlan(child_id=child, final_date=TODAY - timedelta(days=370)))
    titles = {t: i for i in vault.oversight.dashboard(TODAY) if i.child_id == child for t in [i.title]}
    # s437(2): not less than 15 days beginning with the day served - the last day is the
    # 15th, counting that day; the authority may act from the 16th.
    period = next(i for t, i in titles.items() if t.startswith("Last day of the parent's period"))
    assert period.state(TODAY) == "6 days overdue" and period.detail == "EA 1996 s.437(2)"
    assert any(t.startswith("First day the authority may act") for t in titles)
    # CFA 2014 s.44(1): concluded within 12 months starting with the plan's issue
    concluded = next(i for t, i in titles.items() if t.startswith("Review concluded"))
    assert concluded.due == add_months(TODAY - timedelta(days=370), 12) - timedelta(days=1)
    eotas_child, _ = add_eotas_child(vault)
    provider = vault.eotas.providers.where("name LIKE 'Bramwell%'")[0]
    vault.eotas.providers.update(
        provider.id,
        provider.meta.version,
        dataclasses.replace(provider.record, dbs_expiry=TODAY - timedelta(days=2)),
    )
    # Once for the provider (with its children), not once per child; an expiry, not a due.
    [checks] = [i for i in vault.oversight.dashboard(TODAY) if i.provider_id == provider.id]
    assert checks.child_id == "" and checks.children == ((eotas_child, checks.children[0][1]),)
    assert checks.state(TODAY) == "expired 2 days ago" and checks.harm == today.SAFEGUARDING
    assert not any(t.startswith("Provider checks") for s, t in items(vault, eotas_child))


def test_sao_steps_in_order(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    with pytest.raises(ValidationFailed, match="before the step"):
        vault.oversight.sao.add(
            SaoCase(child_id=child, notice_served=date(2026, 5, 1), notice_of_intention=date(2026, 4, 1))
        )
    case = SaoCase(child_id=child, notice_served=date(2026, 5, 1))
    [period_ends, may_act] = sao_deadlines(case, Rules(), TODAY)
    assert (period_ends.due, may_act.due) == (date(2026, 5, 15), date(2026, 5, 16))


SHEET = (
    "Case number,Name,Date of birth,SEND,Hours,Provision start date,UPN\r\n"
    '101,"Oakhurst, Wren",04/03/2016,EHCP,12,01/09/2025,\r\n'
    "102,Ayla Dunmere,05/09/2015,SEN support,8,01/10/2025,\r\n"
    "103,Bad Date,31/02/2016,,8,,\r\n"
)


def test_import_preview_then_all_or_nothing(vault: Vault) -> None:
    unsaid = plan_import(vault, SHEET.encode(), "annex-b")
    [blank] = unsaid.values  # the sheet does not say which arrangement: asked, never guessed
    assert (blank.field, blank.text, blank.origin, blank.lines) == ("arrangement", "", "unclear", [2, 3])
    assert all(r.arrangement is None for r in unsaid.rows)
    s19 = {("arrangement", ""): "s19"}  # what the person chose in the mapping step
    plan = plan_import(vault, SHEET.encode(), "annex-b", chosen=s19)
    assert [r.action for r in plan.rows] == ["create", "create"]
    assert plan.rejected == [(4, "date of birth: 31/02/2016 is not a real date.")]
    assert vault.children.count() == 0  # a preview changes nothing
    done = apply_import(vault, plan)
    assert done["created"] == 2 and vault.children.count() == 2
    wren = vault.children.caseload("wren")[0]
    assert wren.send_status == "ehc_plan" and wren.arrangement_type == "s19"
    again = plan_import(vault, SHEET.encode(), "annex-b")
    assert [r.action for r in again.rows] == ["unchanged", "unchanged"]
    changed = SHEET.replace(",12,", ",15,")
    update = plan_import(vault, changed.encode(), "annex-b")
    assert update.rows[0].action == "update"
    assert "arrangement hours_per_week" in update.rows[0].changes


def test_a_failure_part_way_imports_nothing(vault: Vault) -> None:
    plan = plan_import(vault, SHEET.encode(), "annex-b")
    plan.rows[1].child.legal_last_name = ""  # becomes invalid after the preview
    with pytest.raises(ValidationFailed):
        apply_import(vault, plan)
    assert vault.children.count() == 0


def test_doubtful_match_needs_a_person(vault: Vault) -> None:
    add_child_with_arrangement(
        vault, legal_first_name="Wren", legal_last_name="Oakhurst", date_of_birth=date(2016, 3, 5)
    )
    plan = plan_import(vault, SHEET.encode(), "annex-b")
    [doubt] = plan.doubtful
    assert doubt.name == "Wren Oakhurst" and doubt.candidate
    assert apply_import(vault, plan)["left out"] == 1
    assert len(vault.children.caseload("oakhurst")) == 1


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéö'-", min_size=2, max_size=12).map(str.capitalize)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    people=st.lists(
        st.tuples(
            names,
            names,
            st.dates(date(2011, 9, 1), date(2020, 8, 31)),
            st.sampled_from(["none", "sen_support", "ehc_plan"]),
            st.one_of(st.none(), st.integers(0, 40)),
        ),
        min_size=1,
        max_size=6,
        unique_by=lambda p: (p[0], p[1], p[2]),
    ),
    fmt=st.sampled_from(["annex-b", "register"]),
)
def test_import_export_import_is_stable(
    tmp_path_factory: pytest.TempPathFactory, people: list, fmt: str
) -> None:
    from cnis_desktop.vault.keyfile import KdfParams

    path = tmp_path_factory.mktemp("roundtrip") / "r.vault"
    vault = Vault.create(path, "granite-orchid-lantern-42", "Alex", "ehe_officer", kdf=KdfParams(1, 8192, 1))
    try:
        for first, last, dob, send, hours in people:
            child = vault.children.add(
                Child(legal_first_name=first, legal_last_name=last, date_of_birth=dob, send_status=send),
                today=TODAY,
            )
            vault.arrangements.add(
                Arrangement(
                    child_id=child.id,
                    type="ehe",
                    start_date=date(2025, 9, 1),
                    reasons=["unknown"],
                    hours_per_week=float(hours) if hours is not None else None,
                )
            )
        first_export = export_sheet(vault, fmt)
        plan = plan_import(vault, first_export.encode("utf-8-sig"), fmt)
        assert plan.rejected == []
        assert {r.action for r in plan.rows} == {"unchanged"}
        assert export_sheet(vault, fmt) == first_export
    finally:
        vault.close()


def test_absence_and_missing_education_on_today(vault: Vault) -> None:
    from cnis_desktop.domain.oversight import absence_measure

    # DfE measures: 10% of 190 sessions is exactly 19 (persistent); 50% is severe.
    assert "persistent absence" in absence_measure(190, 19)
    assert "below the persistent" in absence_measure(190, 18)
    assert "severe absence" in absence_measure(100, 50)
    assert absence_measure(None, 3) == "" and absence_measure(10, 11) == ""
    severe = vault.children.add(
        Child(legal_first_name="Ottoline", legal_last_name="Brook", date_of_birth=date(2014, 5, 1)),
        today=TODAY,
    )
    vault.arrangements.add(
        Arrangement(
            child_id=severe.id,
            type="severe_absence",
            start_date=TODAY - timedelta(days=40),
            sessions_possible=120,
            sessions_missed=70,
        )
    )
    unrecorded = vault.children.add(
        Child(legal_first_name="Peregrine", legal_last_name="Ash", date_of_birth=date(2014, 5, 1)),
        today=TODAY,
    )
    vault.arrangements.add(
        Arrangement(child_id=unrecorded.id, type="severe_absence", start_date=TODAY - timedelta(days=40))
    )
    missing = vault.children.add(
        Child(legal_first_name="Wren", legal_last_name="Hale", date_of_birth=date(2014, 5, 1)), today=TODAY
    )
    # 60 days back: the 10th school day has passed whatever the holidays in between
    vault.arrangements.add(
        Arrangement(child_id=missing.id, type="cme", start_date=TODAY - timedelta(days=60))
    )
    found = vault.oversight.dashboard(TODAY)
    absence = {i.child_id: i.title for i in found if i.section == "absence"}
    assert absence[severe.id].startswith("58% of sessions missed (70 of 120): severe absence")
    assert absence[unrecorded.id] == "Sessions possible and missed not recorded"
    [cme] = [i for i in found if i.child_id == missing.id and i.title.startswith("Missing")]
    assert "10 school days" in cme.title and cme.place == "arrangements"
    with pytest.raises(ValidationFailed, match="More sessions missed"):
        vault.arrangements.add(
            Arrangement(
                child_id=missing.id,
                type="severe_absence",
                start_date=TODAY,
                sessions_possible=5,
                sessions_missed=6,
            )
        )


def test_safeguarding_actions_rank_first_and_carry_the_worker(vault: Vault) -> None:
    child = add_child_with_arrangement(vault, lead_professional="Cerys Thornbury, EHE officer")
    draft = vault.visits.start(
        finalisable_visit(
            child,
            actual_date=TODAY - timedelta(days=1),
            next_contact_date=TODAY + timedelta(days=5),
            safeguarding_concern=True,
            safeguarding_details="A bruise (fictional).",
            safeguarding_procedure_shown_at=datetime.now(UTC),
            actions=[
                Action("Send the library list", "Alex", TODAY + timedelta(days=3), restricted=False),
                Action("Refer to MASH", "Alex", TODAY),
            ],
        )
    )  # unmarked, with a concern
    vault.visits.finalise(draft.id, today=TODAY)
    mine = [i for i in vault.oversight.dashboard(TODAY) if i.child_id == child]
    by_title = {i.title: i for i in mine}
    assert by_title["Action: Refer to MASH"].harm == today.SAFEGUARDING
    assert by_title["Action: Send the library list"].harm == today.PRACTICE
    assert {i.worker for i in mine} == {"Cerys Thornbury"}
    [line] = today.group(mine, TODAY)
    assert line.top.title == "Action: Refer to MASH"


def test_the_demo_caseload_is_believable(vault: Vault) -> None:
    """40 children: a few overdue, most on time, nothing hundreds of days late, each provider
    once, and no child in two "not told" groups."""
    from cnis_desktop.demo import populate

    populate(vault, today=TODAY)
    found = vault.oversight.dashboard(TODAY)
    lines = today.group(found, TODAY)
    overdue = [i for i in found if today.is_overdue(i, TODAY)]
    assert len(lines) <= 41 and 3 <= len(overdue) <= 25
    assert max(today.days_overdue(i, TODAY) for i in found) < 60
    assert not [i for i in found if i.expired and i.state(TODAY) == "due today"]
    providers = [i.provider_id for i in found if i.provider_id]
    assert providers and len(providers) == len(set(providers))
    not_told = [i.child_id for i in found if i.kind == "sharing"]
    assert len(not_told) == len(set(not_told))
    assert lines[0].top.harm == today.SAFEGUARDING
    mira = next(g for g in lines if g.name == "Mira Fernsby")
    assert mira.top.title == "Action: Tell the designated safeguarding lead"
    assert mira.top.state(TODAY) == "2 days overdue"


def test_today_is_stale_after_a_record_is_written_not_after_a_record_is_read(vault: Vault) -> None:
    child = add_child_with_arrangement(vault)
    mark = vault.oversight.change_mark()
    assert not vault.oversight.changed_since(mark)
    vault.children.view(child)  # writes a "view" audit event only
    assert vault.ctx.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'view'").fetchone()[0]
    assert not vault.oversight.changed_since(mark)
    vault.oversight.notifications.add(
        Notification(
            child_id=child,
            arrangement_id=vault.arrangements.current(child).id,
            partner="school_nursing",
            shared_on=date.today(),
        )
    )
    assert vault.oversight.changed_since(mark)
    assert vault.oversight.changed_since(None)
