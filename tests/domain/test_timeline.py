"""The pieces under the statutory timeline: periods "beginning with" a day, school days and
term dates, the inputs, and the authority's settings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cnis_desktop.domain.processes import PROCESSES
from cnis_desktop.domain.schoolage import (
    compulsory_school_age_starts,
    last_friday_in_june,
    school_leaving_date,
)
from cnis_desktop.domain.schooldays import (
    TermCalendar,
    TermDatesMissing,
    default_terms,
    easter_sunday,
    parse_school_year,
    parse_term_dates,
)
from cnis_desktop.domain.timeline import InputProblems, Rules, tab_lines
from cnis_desktop.domain.timeline_ehc import tribunal_deadline
from cnis_desktop.domain.timescales import TIMESCALES, Timescale, last_day_of_period
from cnis_desktop.settings import Settings, settings_path

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("start", "amount", "unit", "last"),
    [
        (date(2026, 3, 1), 15, "days", date(2026, 3, 15)),
        (date(2026, 3, 1), 2, "weeks", date(2026, 3, 14)),
        (date(2025, 3, 15), 12, "months", date(2026, 3, 14)),
        (date(2026, 1, 31), 1, "months", date(2026, 2, 28)),  # no 31 February: the month's end
        (date(2024, 2, 29), 12, "months", date(2025, 2, 28)),
        (date(2026, 12, 24), 2, "working_days", date(2026, 12, 29)),  # 24th is day 1
        (date(2026, 12, 26), 1, "working_days", date(2026, 12, 29)),  # a Saturday: day 1 is Tue
    ],
)
def test_a_period_beginning_with_a_day_ends_a_day_sooner(
    start: date, amount: int, unit: str, last: date
) -> None:
    assert last_day_of_period(start, amount, unit) == last


def test_easter_and_the_default_calendar() -> None:
    assert [easter_sunday(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
    ]
    terms = default_terms(2026)
    assert terms[0] == (date(2026, 9, 3), date(2026, 10, 23))
    assert terms[1] == (date(2026, 11, 2), date(2026, 12, 18))
    assert terms[2][0] == date(2027, 1, 4) and terms[3][0] == date(2027, 2, 22)
    assert terms[3][1] == date(2027, 3, 19)  # Easter holidays from Monday 22 March
    assert terms[4] == (date(2027, 4, 5), date(2027, 5, 28))
    assert terms[5] == (date(2027, 6, 7), date(2027, 7, 22))
    calendar = TermCalendar()
    days = sum(
        calendar.is_school_day(date.fromordinal(n))
        for n in range(date(2026, 9, 1).toordinal(), date(2027, 8, 31).toordinal() + 1)
    )
    assert days == 195  # 190 teaching days and 5 INSET days, as in England
    assert not calendar.is_school_day(date(2027, 5, 3))  # early May bank holiday, in term


def test_an_authority_s_term_dates_and_a_missing_year() -> None:
    calendar, problems = parse_term_dates(
        {
            "2026/27": [
                ["02/09/2026", "23/10/2026"],
                ["2026-11-02", "2026-12-18"],
                ["05/01/2027", "12/02/2027"],
                ["22/02/2027", "26/03/2027"],
                ["12/04/2027", "28/05/2027"],
                ["07/06/2027", "21/07/2027"],
            ],
            "2027/28": [["01/09/2027", "32/10/2027"]],
        }
    )
    assert not calendar.is_default
    assert calendar.is_school_day(date(2026, 9, 2)) and not calendar.is_school_day(date(2027, 1, 4))
    assert problems and "2027/28" in problems[0]
    with pytest.raises(TermDatesMissing, match=r"2027/28 in settings\.json could not be read"):
        calendar.nth_school_day(date(2027, 7, 14), 10)
    with pytest.raises(TermDatesMissing, match=r"term dates for 2025/26 are missing.*term_dates"):
        calendar.is_school_day(date(2026, 5, 1))


def test_school_years() -> None:
    assert parse_school_year("2026/27") == 2026 == parse_school_year("2026-2027")
    with pytest.raises(ValueError, match="second year follows"):
        parse_school_year("2026/28")


def test_school_age_dates() -> None:
    assert last_friday_in_june(2026) == date(2026, 6, 26)
    assert last_friday_in_june(2029) == date(2029, 6, 29)
    assert school_leaving_date(date(2010, 6, 26)) == date(2026, 6, 26)  # 16 on the day: s8(3)(b)
    assert compulsory_school_age_starts(date(2020, 12, 30)) == date(2025, 12, 31)


def test_tribunal_days() -> None:
    assert tribunal_deadline(date(2026, 4, 16)) == (date(2026, 4, 16), "")
    moved, why = tribunal_deadline(date(2027, 1, 1))
    assert moved == date(2027, 1, 4) and "does not count" in why


def test_inputs_name_every_wrong_field() -> None:
    with pytest.raises(InputProblems) as caught:
        PROCESSES["ehc-assessment"].calculate(
            {"requested": "31/02/2026", "draft_served": "soon", "agreed_to_assess": "maybe"}, Rules(), TODAY
        )
    assert caught.value.problems == {
        "requested": "31/02/2026 is not a real date.",
        "agreed_to_assess": "Choose one of: no, yes.",
        "draft_served": "Enter a date as dd/mm/yyyy, for example 05/09/2026.",
    }
    with pytest.raises(InputProblems) as caught:
        PROCESSES["annual-review"].calculate(
            {"plan_issued": "01/01/2026", "last_decision": "01/02/2026"}, Rules(), TODAY
        )
    assert "one of them" in caught.value.problems["plan_issued"]
    with pytest.raises(InputProblems) as caught:
        PROCESSES["absence"].calculate({"possible": "10", "missed": "11"}, Rules(), TODAY)
    assert caught.value.problems == {"missed": "More sessions missed (11) than possible (10)."}
    with pytest.raises(InputProblems) as caught:
        PROCESSES["absence"].calculate({"possible": "-1", "missed": ""}, Rules(), TODAY)
    assert set(caught.value.problems) == {"possible", "missed"}


def test_missing_term_dates_are_reported_on_the_field() -> None:
    calendar = TermCalendar({2026: default_terms(2026)})
    with pytest.raises(InputProblems) as caught:
        PROCESSES["missing-education"].calculate(
            {"absent_from": "14/07/2027"}, Rules(calendar=calendar), TODAY
        )
    assert "2027/28 are missing" in caught.value.problems["absent_from"]
    found = PROCESSES["missing-education"].calculate(
        {"absent_from": "14/12/2026"}, Rules(calendar=calendar), TODAY
    )
    assert "authority's term dates" in tab_lines(found)[-1]


def test_every_period_comes_from_the_timescales_an_authority_can_set() -> None:
    rules = Rules(
        overrides={
            "s437_response": Timescale(21, "days", "x"),
            "ehc_decision_to_assess": Timescale(30, "working_days", "x"),
        }
    )
    sao = tab_lines(PROCESSES["attendance-order"].calculate({"served": "02/11/2026"}, rules, TODAY))
    assert any(line.startswith("22/11/2026\tLast day of the parent's period") for line in sao)
    ehc = tab_lines(PROCESSES["ehc-assessment"].calculate({"requested": "05/01/2026"}, rules, TODAY))
    assert any(line.startswith("16/02/2026\tDecision whether to assess") for line in ehc)
    assert {
        "ehc_appeal",
        "review_amendments_complete",
        "s438_select_school",
        "preliminary_notice_response",
    } <= set(TIMESCALES)


def test_settings_carry_the_timescales_term_dates_and_process() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "timescales": {
                    "s437_response": [21, "days"],
                    "annual_review": [12, "school_days"],
                    "cme_enquiries": [15, "school_days"],
                    "ehc_appeal": [0, "months"],
                },
                "term_dates": {"2026/27": [["03/09/2026", "18/12/2026"]]},
                "attendance_order_process": "cwsa2026",
            }
        ),
        encoding="utf-8",
    )
    rules = Settings.load(Path(path)).timeline_rules()
    # School days only where the default counts school days; nothing of no length.
    assert set(rules.overrides) == {"s437_response", "cme_enquiries"}
    assert not rules.calendar.is_default
    assert rules.attendance_order_process == "cwsa2026"
