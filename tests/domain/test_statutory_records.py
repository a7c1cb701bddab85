"""Consent to home educate, the register entry, and a sheet's child turned into records."""

from __future__ import annotations

from datetime import date

from cnis_desktop.domain.consent import ConsentRequest, needs_consent, validate_consent
from cnis_desktop.domain.model import Child
from cnis_desktop.domain.register import children_of, read_sheet
from cnis_desktop.domain.register_entry import (
    RegisterEntry,
    RegisterProvider,
    validate_register_entry,
)
from cnis_desktop.domain.sheet_import import Decisions, interpret
from cnis_desktop.domain.timescales import Timescale

TODAY = date(2026, 11, 2)


def test_consent_request_is_complete_before_it_is_decided() -> None:
    request = ConsentRequest(child_id="c")
    errors = validate_consent(request, TODAY)
    assert set(errors) == {"grounds", "requested_on"}
    request.grounds, request.requested_on = ["cp_plan"], date(2026, 10, 20)
    assert validate_consent(request, TODAY) == {}
    assert request.undecided and request.decision_due() == date(2026, 11, 4)
    request.decision = "refused"
    assert set(validate_consent(request, TODAY)) == {"decided_on", "reasons"}
    request.decided_on, request.reasons = date(2026, 10, 19), "Enquiries under way"
    assert "before the request" in validate_consent(request, TODAY)["decided_on"]
    request.decided_on = date(2026, 10, 30)
    assert validate_consent(request, TODAY) == {}
    assert not request.undecided
    weeks = {"consent_decision": Timescale(4, "weeks", "Local practice")}
    assert request.decision_due(weeks) == date(2026, 11, 17)


def test_social_care_status_gives_the_grounds_it_can() -> None:
    assert needs_consent("cp_plan") == ["cp_plan"] and needs_consent("s47") == ["s47"]
    assert needs_consent("cin") == []


def test_register_entry_change_prompt_and_checks() -> None:
    entry = RegisterEntry(change_on=date(2026, 10, 1))
    assert entry.change_report_due() == date(2026, 10, 16)  # within 15 days (s436D)
    entry.change_reported_on = date(2026, 10, 10)
    assert entry.change_report_due() is None
    entry.providers = [RegisterProvider("Bright Tutors", hours_per_week=4, hours_without_parent=6)]
    assert "more than the time" in validate_register_entry(entry, TODAY)["providers"]
    entry.change_on = date(2027, 1, 1)
    assert "happened" in validate_register_entry(entry, TODAY)["change_on"]


def _one(text: str, fmt: str = "annex-b", decisions: Decisions | None = None, base: Child | None = None):  # type: ignore[no-untyped-def]
    sheet = read_sheet(text.encode(), fmt, TODAY)
    [child] = children_of(sheet)
    return interpret(child, sheet.titles, decisions or Decisions(), base or Child(), None, None, TODAY)


def test_nothing_is_invented_for_a_column_the_sheet_did_not_have() -> None:
    found = _one("Name,DOB\r\nWren Oakhurst,04/03/2016\r\n")
    assert found.child.first_language == "" and found.child.current_school == ""
    assert found.arrangement is None  # never silently "s19"
    [flag] = found.flags
    assert flag.field == "arrangement" and "does not say" in flag.note


def test_a_mapped_value_is_recorded_and_its_words_kept_in_a_flag() -> None:
    found = _one("Name,DOB,SEND,Arrangement\r\nWren Oakhurst,04/03/2016,EHC plan - ASD,EHE\r\n")
    assert (found.child.send_status, found.child.primary_need) == ("ehc_plan", "ASD")
    flag, started = found.flags
    assert (flag.field, flag.original, flag.kind) == ("send", "EHC plan - ASD", "mapped")
    assert flag.column == "SEND" and "line 2" in flag.source
    assert found.arrangement is not None and found.arrangement.reasons == ["unknown"]
    # with no start date in the sheet, the import's own date stands in, and says so
    assert found.arrangement.start_date == TODAY
    assert (started.field, started.kind) == ("start_date", "missing")


def test_a_person_chooses_before_the_authority_remembers_before_a_proposal() -> None:
    text = "Name,DOB,SEND\r\nWren Oakhurst,04/03/2016,SEN support - SLCN\r\n"
    proposed = _one(text)
    assert proposed.child.send_status == "sen_support"
    remembered = Decisions(remembered={("send", "sen support slcn"): "ehc_assessment|SLCN"})
    assert _one(text, decisions=remembered).child.send_status == "ehc_assessment"
    assert remembered.listed()[0].origin == "remembered"
    chosen = Decisions({("send", "sen support slcn"): ""}, remembered.remembered)
    kept = _one(text, decisions=chosen)
    assert kept.child.send_status == "suspected"  # unmapped: left as it was
    assert kept.flags[0].kind == "kept" and kept.flags[0].original == "SEN support - SLCN"


def test_an_arrangement_not_recorded_keeps_its_cells_on_the_child() -> None:
    found = _one(
        "Name,DOB,Provider(s),Hours,Description of reasons behind provision\r\n"
        "Wren Oakhurst,04/03/2016,Bright Tutors,fifty,Left after a move\r\n"
    )
    assert found.arrangement is None
    kept = {f.field: f.original for f in found.flags}
    assert kept == {"reasons": "Left after a move", "provider": "Bright Tutors", "hours": "fifty"}


def test_a_part_time_timetable_without_its_dates_is_kept_for_a_person() -> None:
    found = _one(
        "Name,DOB,Arrangement,Provision start date,Hours\r\n"
        "Wren Oakhurst,04/03/2016,Part-time timetable,01/09/2026,10\r\n"
    )
    assert found.arrangement is None
    flag = next(f for f in found.flags if f.field == "arrangement")
    assert "Part-time timetable" in flag.original and "end date" in flag.note
    assert {f.field for f in found.flags} >= {"start_date", "hours"}


def test_flags_already_on_the_child_are_not_repeated() -> None:
    text = "Name,DOB,Gender\r\nWren Oakhurst,04/03/2016,x\r\n"
    first = _one(text)
    again = _one(text, base=first.child)
    assert [f.field for f in first.flags] == ["gender", "arrangement"]
    assert again.flags == [] and again.child.tidy_up == first.child.tidy_up


def test_register_columns_fill_the_entry() -> None:
    found = _one(
        "Child's name,Date of birth,Home address,Previous addresses,Parent 1 name,"
        "Parent 1 provides education,Parent 1 time educating (hours a week),"
        "Parent 2 name,Provider 1 name,Provider 1 time (hours a week),"
        "Provider 1 time without a parent present (hours a week),Arrangement,"
        "Date of last change\r\n"
        "Wren Oakhurst,04/03/2016,2 Mill Rd,1 Old Lane,Ada Oakhurst,mainly,20,"
        "Bo Oakhurst,Bright Tutors,6,4,EHE,01/10/2026\r\n",
        "register",
    )
    entry = found.entry
    assert entry is not None and entry.previous_addresses == "1 Old Lane"
    assert [(p.name, p.provides_education, p.hours_per_week) for p in entry.parents] == [
        ("Ada Oakhurst", True, 20.0),
        ("Bo Oakhurst", False, None),
    ]
    [provider] = entry.providers
    assert (provider.name, provider.hours_per_week, provider.hours_without_parent) == (
        "Bright Tutors",
        6.0,
        4.0,
    )
    assert entry.change_on == date(2026, 10, 1) and found.child.home_address == "2 Mill Rd"
    assert {f.field: f.original for f in found.flags} == {
        "start_date": "",  # the register sheet had no start date: the import's own stands in
        "parent1_provides": "mainly",
    }  # mapped to yes, the words kept
