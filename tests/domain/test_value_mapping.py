"""What a sheet's wording in a coded column means: exact, proposed, or not clear."""

from __future__ import annotations

import pytest

from cnis_desktop.domain.value_mapping import (
    MAPPED_FIELDS,
    Reading,
    ehe_reasons,
    read_arrangement,
    read_ethnicity,
    read_gender,
    read_responsible,
    read_send,
    read_social_care,
    read_yes_no,
    reason_cell,
    reason_labels,
    send_cell,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EHCP", Reading(True, "ehc_plan")),
        ("SEN support", Reading(True, "sen_support")),
        ("K", Reading(True, "sen_support")),
        ("EHC plan", Reading(True, "ehc_plan")),
        ("EHC plan (primary need: ASD)", Reading(True, "ehc_plan|ASD")),  # as an export writes it
        ("EHC plan - ASD", Reading(False, "ehc_plan|ASD")),
        ("SEN support - SLCN", Reading(False, "sen_support|SLCN")),
        ("EHCP (autism)", Reading(False, "ehc_plan|ASD")),
        ("EHCNA – dyslexia", Reading(False, "ehc_assessment|SPLD")),
        ("Statemented", Reading(False, "ehc_plan")),
        ("No SEN", Reading(False, "none")),
        ("awaiting assessment", Reading(False, "suspected")),
        ("ASD", Reading(False, "|ASD")),  # a need with no status: the status is left alone
        ("EHCP/ASD and SLCN", Reading(False, "ehc_plan")),  # two needs: neither is guessed
        ("purple", Reading(False, "")),
    ],
)
def test_send_cells_that_mix_status_and_need(text: str, expected: Reading) -> None:
    assert read_send(text) == expected


def test_an_exported_send_cell_reads_back_exactly() -> None:
    for status in ("none", "suspected", "sen_support", "ehc_assessment", "ehc_plan"):
        assert read_send(send_cell(status, "")) == Reading(True, status)
    assert read_send(send_cell("sen_support", "SEMH")) == Reading(True, "sen_support|SEMH")


@pytest.mark.parametrize(
    ("text", "exact", "proposal"),
    [
        ("EHE", True, "ehe"),
        ("Part-time timetable", True, "part_time"),
        ("Elective home education", True, "ehe"),
        ("Home educated from Sept", False, "ehe"),
        ("Reduced timetable while anxious", False, "part_time"),
        ("EOTAS package with tuition", False, "eotas"),  # an arrangement named outright wins
        ("Home tuition - anxiety", False, "s19"),
        ("medical needs service", False, "s19"),
        ("Flexi 2 days", False, "flexi"),
        ("PEX Jan", False, "excluded"),
        ("new to the country, no place yet", False, "awaiting_place"),
        ("left to home educate after bullying, was on PTT", False, ""),  # two: asked, never guessed
        ("", False, ""),
    ],
)
def test_arrangement_from_the_arrangement_or_reasons_text(text: str, exact: bool, proposal: str) -> None:
    assert read_arrangement(text) == Reading(exact, proposal)


def test_ethnicity_wordings() -> None:
    assert read_ethnicity("White British") == Reading(True, "White – British")
    assert read_ethnicity("WBRI") == Reading(True, "White – British")
    assert read_ethnicity("Mixed White/Black Caribbean") == Reading(False, "White and Black Caribbean")
    assert read_ethnicity("British Pakistani") == Reading(False, "Pakistani")
    assert read_ethnicity("Cornish") == Reading(False, "White – British")
    assert read_ethnicity("Polish") == Reading(False, "")


def test_other_coded_columns() -> None:
    assert read_gender("girl") == Reading(True, "female")
    assert read_gender("non-binary") == Reading(False, "other")
    assert read_gender("x") == Reading(False, "")
    assert read_social_care("CPP") == Reading(True, "cp_plan")
    assert read_social_care("Section 47") == Reading(False, "s47")
    assert read_social_care("CLA") == Reading(False, "looked_after")
    assert read_responsible("LA") == Reading(True, "la")
    assert read_responsible("Oakfield Primary School") == Reading(True, "school")
    assert read_responsible("Virtual School") == Reading(False, "la")
    assert read_responsible("Inclusion Team") == Reading(False, "la")
    assert read_responsible("Oakwood") == Reading(False, "school")
    assert read_yes_no("Y") == Reading(True, "yes") and read_yes_no("No") == Reading(True, "no")
    assert read_yes_no("mainly mum") == Reading(False, "yes")


def test_reasons_text_and_exported_reason_lists() -> None:
    assert ehe_reasons("Bullying and anxiety; felt SEND needs not met") == [
        "mental_health",
        "bullying",
        "send_not_met",
    ]
    assert ehe_reasons("moved house") == []
    assert reason_labels(reason_cell(["bullying", "mental_health"])) == ["mental_health", "bullying"]
    assert reason_labels("Bullying because of anxiety") is None


def test_every_choice_is_described_and_none_is_blank() -> None:
    for field in MAPPED_FIELDS.values():
        assert field.choices and all(target for target, _ in field.choices)
        assert field.describe("") == field.unmapped
        for target, label in field.choices:
            assert field.describe(target) == label
