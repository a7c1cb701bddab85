"""Statutory cases for the timeline calculator, each with its source, run against the domain
service and again through `cnis timeline` (cli.main in this process, and once as a real
process).

Each case is a process, its inputs, and a line the answer must contain (the start of it):
`DD/MM/YYYY<TAB>step` for a step, `name<TAB>value` for a fact, `warning<TAB>...` for a
warning. A line starting "!" must NOT appear.

Sources:
- CFA 2014: Children and Families Act 2014 (s36 request, s44(1) reviews "in the period of
  12 months starting with" the plan or last review, s55 mediation).
- SEND Regs 2014: r.5(1) decision to assess within 6 weeks of the request; r.8(1) advice
  within 6 weeks of the request for it; r.10(1) notice of not issuing a plan within
  16 weeks; r.13(1)(a) at least 15 days "beginning with the day on which the draft plan was
  served"; r.13(2) final plan within 20 weeks; r.18(1) plan amended *before* 15 February
  (before 31 March for secondary to post-16) of the calendar year of the transfer; r.20(3),
  (4), (7), (10): 2 weeks' notice, advice 2 weeks before, report within 2 weeks, decision
  within 4 weeks of the meeting; r.22(2)(c) 15 days beginning with the day served;
  r.22(3) amended plan within 8 weeks of the proposed amendments.
- Devon: R (L, M and P) v Devon CC [2022] EWHC 493 (Admin): the proposed amendments go with
  the 4-week decision, so the amended plan is due within 12 weeks of the meeting; the review
  is concluded (decision notified) within the 12 months.
- CoP: SEND Code of Practice 2015, 9.176 (annual review), 9.178 (under-5s every 3-6 months).
- HESC r.20(1)(c): appeal within 2 months after the decision was sent or 1 month from the
  mediation certificate, whichever is later; r.12: 25 Dec-1 Jan and August do not count,
  a limit ending on a non-working day runs to the next working day (IPSEA's worked example:
  decision 1 October, certificate 29 November -> the first working day in January).
- EA 1996: s8(2) compulsory school age from the prescribed day (31 March, 31 August,
  31 December: the 1998 Order) on or after the 5th birthday; s8(3) school-leaving date, the
  last Friday in June (1997 Order); s437(2) "not less than 15 days beginning with the day on
  which the notice is served"; s438(4)-(5) 15 days beginning with the day served.
- CME: 10 school days of continuous absence (Pupil Registration Regs 2024, CME guidance
  2024), counted on the default term dates here.
- DfE absence measures: persistent 10% or more of possible sessions, severe 50% or more.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cnis_desktop import cli
from cnis_desktop.domain.processes import PROCESSES
from cnis_desktop.domain.timeline import Rules, tab_lines

TODAY = date(2026, 11, 23)  # only a default; every case gives its dates

Case = tuple[str, dict[str, str], str]

CASES: dict[str, Case] = {
    # --- EHC needs assessment ------------------------------------------------------------
    "decision 6 weeks": (
        "ehc-assessment",
        {"requested": "05/01/2026"},
        "16/02/2026\tDecision whether to assess",
    ),  # r.5(1)
    "final plan 20 weeks": (
        "ehc-assessment",
        {"requested": "05/01/2026"},
        "25/05/2026\tFinal EHC plan issued",
    ),  # r.13(2)
    "no plan notice 16 weeks": (
        "ehc-assessment",
        {"requested": "05/01/2026"},
        "27/04/2026\tNotice that no plan will be issued",
    ),  # r.10(1)
    "latest draft leaves 15 days": (
        "ehc-assessment",
        {"requested": "05/01/2026"},
        "10/05/2026\tLatest day to serve the draft plan",
    ),  # r.13(1)(a)
    "decision across a month end": (
        "ehc-assessment",
        {"requested": "31/01/2026"},
        "14/03/2026\tDecision whether to assess",
    ),  # r.5(1): 42 days
    "decision lands on a leap day": (
        "ehc-assessment",
        {"requested": "18/01/2028"},
        "29/02/2028\tDecision whether to assess",
    ),  # r.5(1)
    "final plan from a leap day": (
        "ehc-assessment",
        {"requested": "29/02/2028"},
        "18/07/2028\tFinal EHC plan issued",
    ),  # r.13(2): 140 days
    "draft comments begin with the day served": (
        "ehc-assessment",
        {"requested": "05/01/2026", "draft_served": "20/04/2026"},
        "04/05/2026\tParent's comments on the draft plan",
    ),  # r.13(1)(a): day 1 is 20/04
    "draft comments across February": (
        "ehc-assessment",
        {"requested": "02/10/2026", "draft_served": "30/01/2027"},
        "13/02/2027\tParent's comments on the draft plan",
    ),  # r.13(1)(a)
    "advice 6 weeks from its request": (
        "ehc-assessment",
        {"requested": "05/01/2026", "advice_requested": "02/03/2026"},
        "13/04/2026\tAdvice and information returned",
    ),  # r.8(1)
    "late draft warned": (
        "ehc-assessment",
        {"requested": "05/01/2026", "draft_served": "12/05/2026"},
        "warning\tThe draft was served after 10/05/2026",
    ),  # r.13(1)(a) with r.13(2)
    "refusal stops the 20-week clock": (
        "ehc-assessment",
        {"requested": "05/01/2026", "agreed_to_assess": "no"},
        "!25/05/2026\tFinal EHC plan issued",
    ),  # r.5(3): appeal instead
    "refusal: appeal 2 months after": (
        "ehc-assessment",
        {"requested": "05/01/2026", "agreed_to_assess": "no"},
        "16/04/2026\tAppeal to the Tribunal: last day",
    ),  # HESC r.20(1)(c)(i)
    "appeal over the early May bank holiday": (
        "ehc-assessment",
        {"requested": "19/01/2026", "agreed_to_assess": "no", "decision_sent": "03/03/2026"},
        "05/05/2026\tAppeal to the Tribunal: last day",
    ),  # 03/05 a Sunday, 04/05 a bank holiday
    "appeal from 31 December ends in February": (
        "ehc-assessment",
        {"requested": "24/11/2025", "agreed_to_assess": "no", "decision_sent": "31/12/2025"},
        "02/03/2026\tAppeal to the Tribunal: last day",
    ),  # 28/02/2026 is a Saturday
    "appeal ending in August runs to September": (
        "ehc-assessment",
        {"requested": "25/05/2026", "agreed_to_assess": "no", "decision_sent": "30/06/2026"},
        "01/09/2026\tAppeal to the Tribunal: last day",
    ),  # HESC r.12: August does not count
    "appeal ending at Christmas runs to January": (
        "ehc-assessment",
        {"requested": "14/09/2026", "agreed_to_assess": "no", "decision_sent": "25/10/2026"},
        "04/01/2027\tAppeal to the Tribunal: last day",
    ),  # 25/12 excluded; 02/01/2027 Saturday
    "mediation certificate later (IPSEA example)": (
        "ehc-assessment",
        {
            "requested": "20/08/2026",
            "agreed_to_assess": "no",
            "decision_sent": "01/10/2026",
            "certificate": "29/11/2026",
        },
        "04/01/2027\tAppeal to the Tribunal: last day",
    ),  # 29/12 in the Christmas stretch
    "decision's 2 months later than the certificate's month": (
        "ehc-assessment",
        {
            "requested": "05/01/2026",
            "agreed_to_assess": "no",
            "decision_sent": "10/02/2026",
            "certificate": "20/02/2026",
        },
        "10/04/2026\tAppeal to the Tribunal: last day",
    ),  # HESC r.20(1)(c): the later
    "certificate's month later, onto a Monday": (
        "ehc-assessment",
        {
            "requested": "05/01/2026",
            "agreed_to_assess": "no",
            "decision_sent": "16/02/2026",
            "certificate": "10/04/2026",
        },
        "11/05/2026\tAppeal to the Tribunal: last day",
    ),  # 10/05/2026 is a Sunday
    "appeal ends on a leap day": (
        "ehc-assessment",
        {"requested": "22/11/2027", "agreed_to_assess": "no", "decision_sent": "31/12/2027"},
        "29/02/2028\tAppeal to the Tribunal: last day",
    ),  # HESC r.20(1)(c): month end
    "refusal after 6 weeks warned": (
        "ehc-assessment",
        {"requested": "05/01/2026", "agreed_to_assess": "no", "decision_sent": "20/02/2026"},
        "warning\tNotified after the 6-week limit (16/02/2026)",
    ),  # r.5(1)
    # --- annual review ---------------------------------------------------------------------
    "review concluded within 12 months": (
        "annual-review",
        {"plan_issued": "15/03/2025"},
        "14/03/2026\tReview concluded",
    ),  # CFA s44(1)
    "12 months from a leap day": (
        "annual-review",
        {"plan_issued": "29/02/2024"},
        "28/02/2025\tReview concluded",
    ),  # no 29/02/2025
    "12 months from 1 March": (
        "annual-review",
        {"plan_issued": "01/03/2025"},
        "28/02/2026\tReview concluded",
    ),  # CFA s44(1)
    "12 months from a month end": (
        "annual-review",
        {"plan_issued": "31/01/2026"},
        "30/01/2027\tReview concluded",
    ),  # CFA s44(1)
    "latest meeting leaves 4 weeks": (
        "annual-review",
        {"plan_issued": "15/03/2025"},
        "14/02/2026\tReview meeting: latest date",
    ),  # Devon
    "decision 4 weeks after the meeting": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026"},
        "10/03/2026\tDecision notified",
    ),  # r.20(10)
    "report 2 weeks after the meeting": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026"},
        "24/02/2026\tReview report sent",
    ),  # r.20(7)
    "invitations 2 weeks before": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026"},
        "27/01/2026\tInvitations sent",
    ),  # r.20(3)
    "late meeting warned (Devon)": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "01/03/2026"},
        "warning\tA meeting on 01/03/2026 leaves too little time",
    ),  # Devon; CoP 9.176
    "meeting on the last good day is not warned": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "14/02/2026"},
        "!warning\tA meeting on",
    ),  # decision on 14/03/2026, the last day
    "amended plan 12 weeks after the meeting": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026"},
        "05/05/2026\tAmended plan issued",
    ),  # r.22(3) with Devon
    "late proposal still capped by Devon": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026", "amendments_proposed": "24/03/2026"},
        "05/05/2026\tAmended plan issued",
    ),  # 8 weeks would be 19/05
    "late proposal warned": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026", "amendments_proposed": "24/03/2026"},
        "warning\tThe proposed amendments were sent after",
    ),  # Devon
    "early proposal: 8 weeks": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026", "amendments_proposed": "17/02/2026"},
        "14/04/2026\tAmended plan issued",
    ),  # r.22(3)
    "comments on proposed amendments": (
        "annual-review",
        {"plan_issued": "15/03/2025", "meeting": "10/02/2026", "amendments_proposed": "17/02/2026"},
        "03/03/2026\tParent's comments on the proposed amendments",
    ),  # r.22(2)(c)
    "cycle from the last decision": (
        "annual-review",
        {"last_decision": "10/03/2026"},
        "09/03/2027\tReview concluded",
    ),  # CFA s44(1)(b)
    "under 5: from 3 months": (
        "annual-review",
        {"plan_issued": "15/01/2026", "dob": "01/06/2023"},
        "15/04/2026\tUnder 5: review considered from",
    ),  # CoP 9.178
    "under 5: by 6 months": (
        "annual-review",
        {"plan_issued": "15/01/2026", "dob": "01/06/2023"},
        "15/07/2026\tUnder 5: review considered by",
    ),  # CoP 9.178
    "over 5: no interim reviews": (
        "annual-review",
        {"plan_issued": "15/01/2026", "dob": "14/01/2021"},
        "!15/04/2026\tUnder 5",
    ),  # 5 on 14/01/2026, the day before
    # --- phase transfer (r.18; NC year from the age on 31 August) --------------------------
    "Year 6 to 7: before 15 February": (
        "phase-transfer",
        {"dob": "15/05/2014", "school_year": "2024/25"},
        "14/02/2025\tAmended plan naming the next school issued",
    ),  # r.18(1)(b)
    "Year 6 to 7: proposals by 20 December": (
        "phase-transfer",
        {"dob": "15/05/2014", "school_year": "2024/25"},
        "20/12/2024\tProposed amendments naming the next school",
    ),  # r.22(3) back from 14/02
    "Year 6 to 7: meeting by 22 November": (
        "phase-transfer",
        {"dob": "15/05/2014", "school_year": "2024/25"},
        "22/11/2024\tReview meeting: latest date",
    ),  # r.20(10), Devon
    "Year 11 to post-16: before 31 March": (
        "phase-transfer",
        {"dob": "15/05/2010", "school_year": "2025/26"},
        "30/03/2026\tAmended plan naming the next post-16 institution",
    ),  # r.18(1)(a)
    "born 31 August: Year 6": (
        "phase-transfer",
        {"dob": "31/08/2015", "school_year": "2025/26"},
        "14/02/2026\tAmended plan naming the next school issued",
    ),  # cohort boundary
    "born 1 September: Year 5, transfer a year later": (
        "phase-transfer",
        {"dob": "01/09/2015", "school_year": "2025/26"},
        "14/02/2027\tAmended plan naming the next school issued",
    ),
    "born 1 September: none this year": (
        "phase-transfer",
        {"dob": "01/09/2015", "school_year": "2025/26"},
        "transfer this year\tnone from Year 5",
    ),
    "nursery to Reception": (
        "phase-transfer",
        {"dob": "15/03/2022", "school_year": "2025/26"},
        "transfer\tEarly years education to school (Reception): Nursery to Reception",
    ),
    "infant to junior, Year 2": (
        "phase-transfer",
        {"dob": "15/10/2018", "school_year": "2025/26"},
        "14/02/2026\tAmended plan naming the next school issued",
    ),  # r.2(1)(b)
    "middle to secondary, Year 8": (
        "phase-transfer",
        {"dob": "15/05/2014", "school_year": "2026/27"},
        "transfer\tMiddle school to secondary school: Year 8 to Year 9, September 2027",
    ),
    "override for the child": (
        "phase-transfer",
        {"dob": "15/05/2015", "school_year": "2025/26", "transfer": "middle-secondary"},
        "transfer\tMiddle school to secondary school, September 2026",
    ),
    "post-16 move: 5 months before": (
        "phase-transfer",
        {"dob": "15/05/2008", "transfer": "post16-move", "transfer_date": "06/01/2027"},
        "06/08/2026\tPlan reviewed and amended, naming the next institution",
    ),  # r.18
    "post-16 move from a month end": (
        "phase-transfer",
        {"dob": "15/05/2008", "transfer": "post16-move", "transfer_date": "31/07/2026"},
        "28/02/2026\tPlan reviewed and amended",
    ),  # no 31 February
    "past Year 11": (
        "phase-transfer",
        {"dob": "15/05/2009", "school_year": "2025/26"},
        "transfer\tnone: past Year 11",
    ),
    # --- school age (EA 1996 s8) -----------------------------------------------------------
    "5 on 31 August, a prescribed day": (
        "school-age",
        {"dob": "31/08/2020", "on": "01/09/2026"},
        "31/08/2025\tCompulsory school age begins",
    ),
    "5 on 1 September": (
        "school-age",
        {"dob": "01/09/2020", "on": "01/09/2026"},
        "31/12/2025\tCompulsory school age begins",
    ),
    "5 on 31 December": (
        "school-age",
        {"dob": "31/12/2020", "on": "01/09/2026"},
        "31/12/2025\tCompulsory school age begins",
    ),
    "5 on 1 January": (
        "school-age",
        {"dob": "01/01/2021", "on": "01/09/2026"},
        "31/03/2026\tCompulsory school age begins",
    ),
    "5 on 31 March": (
        "school-age",
        {"dob": "31/03/2021", "on": "01/09/2026"},
        "31/03/2026\tCompulsory school age begins",
    ),
    "5 on 1 April": (
        "school-age",
        {"dob": "01/04/2021", "on": "01/09/2026"},
        "31/08/2026\tCompulsory school age begins",
    ),
    "born on a leap day": (
        "school-age",
        {"dob": "29/02/2020", "on": "01/09/2026"},
        "31/03/2025\tCompulsory school age begins",
    ),  # 5 on 1 March 2025
    "16 on 31 August: leaves that June": (
        "school-age",
        {"dob": "31/08/2010", "on": "01/09/2025"},
        "26/06/2026\tCompulsory school age ends",
    ),  # s8(3)
    "16 on 1 September: leaves the June after": (
        "school-age",
        {"dob": "01/09/2010", "on": "01/09/2025"},
        "25/06/2027\tCompulsory school age ends",
    ),  # s8(3)(c)
    "16 after the leaving date, before September": (
        "school-age",
        {"dob": "27/06/2010", "on": "01/09/2025"},
        "26/06/2026\tCompulsory school age ends",
    ),  # s8(3)(a)
    "youngest in the year: Year 2": (
        "school-age",
        {"dob": "31/08/2020", "on": "01/09/2026"},
        "NC year\tYear 2",
    ),
    "oldest in the year below: Year 1": (
        "school-age",
        {"dob": "01/09/2020", "on": "01/09/2026"},
        "NC year\tYear 1",
    ),
    "key stage 2 in Year 6": ("school-age", {"dob": "15/05/2015", "on": "01/10/2025"}, "key stage\tKS2"),
    "NC year in a given school year": (
        "school-age",
        {"dob": "15/05/2015", "on": "01/10/2025", "school_year": "2026/27"},
        "NC year in 2026/27\tYear 7",
    ),
    "key stage in a given school year": (
        "school-age",
        {"dob": "15/05/2015", "on": "01/10/2025", "school_year": "2026/27"},
        "key stage in 2026/27\tKS3",
    ),
    "not yet of compulsory school age": (
        "school-age",
        {"dob": "01/04/2021", "on": "30/08/2026"},
        "compulsory school age\tno",
    ),
    "of compulsory school age from the prescribed day": (
        "school-age",
        {"dob": "01/04/2021", "on": "31/08/2026"},
        "compulsory school age\tyes",
    ),
    "Reception the September after 4": (
        "school-age",
        {"dob": "31/08/2020", "on": "01/09/2026"},
        "01/09/2024\tReception year starts",
    ),
    # --- school attendance order (EA 1996 ss437-438) ---------------------------------------
    "s437: last day of the period": (
        "attendance-order",
        {"served": "02/11/2026"},
        "16/11/2026\tLast day of the parent's period",
    ),  # s437(2)
    "s437: first day to act": (
        "attendance-order",
        {"served": "02/11/2026"},
        "17/11/2026\tFirst day the authority may act",
    ),  # s437(3)
    "s438: last day to select a school": (
        "attendance-order",
        {"served": "02/11/2026"},
        "01/12/2026\tLast day for the parent to select",
    ),
    "order at the earliest": (
        "attendance-order",
        {"served": "02/11/2026"},
        "02/12/2026\tSchool attendance order may be served",
    ),
    "s437 period over February": (
        "attendance-order",
        {"served": "17/02/2027"},
        "03/03/2027\tLast day of the parent's period",
    ),
    "s437 period over a leap February": (
        "attendance-order",
        {"served": "17/02/2028"},
        "02/03/2028\tLast day of the parent's period",
    ),
    "s438 from the real notice of intention": (
        "attendance-order",
        {"served": "02/11/2026", "second_notice": "20/11/2026"},
        "04/12/2026\tLast day for the parent to select",
    ),  # s438(4)
    "notice of intention too early": (
        "attendance-order",
        {"served": "02/11/2026", "second_notice": "10/11/2026"},
        "warning\tServed before the parent's period ended",
    ),  # s437(3)
    "2026 Act: preliminary notice": (
        "attendance-order",
        {"served": "02/11/2026", "process": "cwsa2026"},
        "16/11/2026\tLast day for the parent to respond to the preliminary notice",
    ),
    "2026 Act: school nomination notice": (
        "attendance-order",
        {"served": "02/11/2026", "process": "cwsa2026"},
        "01/12/2026\tLast day for the parent to select a school",
    ),  # s436K(3)
    # --- children missing education (school days) ------------------------------------------
    "10 school days over Christmas": (
        "missing-education",
        {"absent_from": "14/12/2026"},
        "08/01/2027\t10 school days of continuous absence",
    ),
    "10 school days over a bank holiday": (
        "missing-education",
        {"absent_from": "27/04/2026"},
        "11/05/2026\t10 school days of continuous absence",
    ),
    "from a Saturday": (
        "missing-education",
        {"absent_from": "12/09/2026"},
        "14/09/2026\tFirst school day of continuous absence",
    ),
    "from a Saturday: 10th day": (
        "missing-education",
        {"absent_from": "12/09/2026"},
        "25/09/2026\t10 school days of continuous absence",
    ),
    # --- attendance ------------------------------------------------------------------------
    "10% is persistent": ("absence", {"possible": "190", "missed": "19"}, "persistent absence\tyes"),
    "9.5% is not": ("absence", {"possible": "190", "missed": "18"}, "persistent absence\tno"),
    "50% is severe": ("absence", {"possible": "100", "missed": "50"}, "severe absence\tyes"),
    "49% is not severe": ("absence", {"possible": "100", "missed": "49"}, "severe absence\tno"),
    "the rate": ("absence", {"possible": "380", "missed": "57"}, "absence rate\t15.0%"),
}


def _holds(lines: list[str], expected: str) -> bool:
    if expected.startswith("!"):
        return not any(line.startswith(expected[1:]) for line in lines)
    return any(line.startswith(expected) for line in lines)


def _argv(process: str, inputs: dict[str, str]) -> list[str]:
    argv = ["timeline", process]
    for name, value in inputs.items():
        argv += ["--" + name.replace("_", "-"), value]
    return argv


def test_there_are_at_least_sixty_cases() -> None:
    assert len(CASES) >= 60
    assert {process for process, _, _ in CASES.values()} == set(PROCESSES)


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_domain(case: str) -> None:
    process, inputs, expected = CASES[case]
    lines = tab_lines(PROCESSES[process].calculate(inputs, Rules(), TODAY))
    assert _holds(lines, expected), "\n".join(lines)


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_cli(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    process, inputs, expected = CASES[case]
    assert cli.main(_argv(process, inputs)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert _holds(lines, expected), "\n".join(lines)
    assert all(len(line.split("\t")) in (2, 3) for line in lines)


def test_a_real_process_gives_the_same_lines() -> None:
    process, inputs, expected = CASES["appeal over the early May bank holiday"]
    done = subprocess.run(
        [sys.executable, "-m", "cnis_desktop.cli", *_argv(process, inputs)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert _holds(done.stdout.splitlines(), expected)
    assert done.stdout.splitlines() == tab_lines(PROCESSES[process].calculate(inputs, Rules(), TODAY))
