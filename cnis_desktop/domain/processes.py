"""The statutory processes the timeline calculator knows, with their input fields.

The CLI's options (`cnis timeline PROCESS --field ...`) and the dialog's forms are both built
from these fields.
"""

from __future__ import annotations

from .timeline import Field, Process
from .timeline_attendance import PROCESS_CHOICES, absence, attendance_order, missing_education
from .timeline_ehc import annual_review, ehc_assessment
from .timeline_school import TRANSFER_CHOICES, phase_transfer, school_age

YES_NO = (("", "Not yet known"), ("yes", "Yes"), ("no", "No: refused"))

PROCESSES = {
    p.code: p
    for p in (
        Process(
            "ehc-assessment",
            "EHC needs assessment",
            (
                Field("requested", "Request received", "date", required=True),
                Field("agreed_to_assess", "Agreed to assess", "choice", choices=YES_NO),
                Field("decision_sent", "Refusal sent", "date", hint="if refused: the date of the letter"),
                Field("certificate", "Mediation certificate", "date", hint="if refused: its date"),
                Field("advice_requested", "Advice requested", "date"),
                Field("draft_served", "Draft plan served", "date"),
            ),
            ehc_assessment,
        ),
        Process(
            "annual-review",
            "Annual review of an EHC plan",
            (
                Field("plan_issued", "Plan issued", "date", hint="or give the last review decision"),
                Field("last_decision", "Last review decision notified", "date"),
                Field("meeting", "Review meeting", "date", hint="planned or held"),
                Field("amendments_proposed", "Proposed amendments sent", "date"),
                Field("dob", "Date of birth", "date", hint="for the reviews of an under-5"),
            ),
            annual_review,
        ),
        Process(
            "phase-transfer",
            "Phase transfer of an EHC plan",
            (
                Field("dob", "Date of birth", "date", required=True),
                Field("school_year", "School year", "school_year", hint="e.g. 2026/27; blank: this one"),
                Field("transfer", "Transfer", "choice", choices=TRANSFER_CHOICES),
                Field("transfer_date", "Transfer date", "date", hint="for a move at another time"),
            ),
            phase_transfer,
        ),
        Process(
            "school-age",
            "School age",
            (
                Field("dob", "Date of birth", "date", required=True),
                Field("on", "On", "date", hint="blank: today"),
                Field("school_year", "Also for school year", "school_year", hint="e.g. 2027/28"),
            ),
            school_age,
        ),
        Process(
            "attendance-order",
            "School attendance order",
            (
                Field("served", "First notice served", "date", required=True),
                Field(
                    "second_notice",
                    "Notice of intention served",
                    "date",
                    hint="or school nomination notice (2026 Act)",
                ),
                Field("process", "Process", "choice", choices=PROCESS_CHOICES),
            ),
            attendance_order,
        ),
        Process(
            "missing-education",
            "Child missing education",
            (Field("absent_from", "First day of absence", "date", required=True),),
            missing_education,
        ),
        Process(
            "absence",
            "Attendance: persistent and severe absence",
            (
                Field("possible", "Sessions possible", "count", required=True),
                Field("missed", "Sessions missed", "count", required=True),
            ),
            absence,
        ),
    )
}
