"""What each type of visit records and reports, and what the visit's fields are called.

Only a home-education visit judges whether the education is suitable (s436A and s437
Education Act 1996); an EOTAS quality-assurance visit looks at the provision against the
plan, a social-worker visit at the family and the child's plan, a CME enquiry at where the
child is. The form, the validation and the visit summary all read this one table.
"""

from __future__ import annotations

SUITABILITY_VISITS = frozenset({"ehe_initial", "ehe_annual", "ehe_concern"})

# Sections a visit summary holds beyond those every visit has, by visit type.
EXTRA_SECTIONS: dict[str, tuple[str, ...]] = {
    "ehe_initial": ("education", "judgement"),
    "ehe_annual": ("education", "judgement"),
    "ehe_concern": ("education", "judgement"),
    "eotas_qa": ("education", "provision"),
    "social_worker": ("family",),
    "cme_enquiry": ("enquiries",),
}

# Every visit field a person reads, by its name in the record, as the form labels it.
FIELD_LABELS: dict[str, str] = {
    "visit_type": "Visit type",
    "basis": "Basis",
    "concern_raised_by": "Concern raised by",
    "format_offered": "Format offered",
    "format_used": "Format used",
    "planned_date": "Planned date",
    "actual_date": "Date of visit",
    "start_time": "Time",
    "present": "Who was present",
    "child_seen": "Child seen",
    "child_seen_alone": "Child seen alone",
    "education_approach": "Approach",
    "curriculum_areas": "Curriculum areas",
    "resources": "Resources",
    "work_samples": "Work samples",
    "education_provider": "Who provides it",
    "hours_per_week": "Time spent a week",
    "child_views": "The child's views",
    "parent_views": "Parents' and carers' views",
    "send_needs": "SEND needs and how they are met",
    "wellbeing": "Health and wellbeing",
    "safeguarding_concern": "Safeguarding concern",
    "safeguarding_details": "Safeguarding details",
    "safeguarding_procedure_shown_at": "Safeguarding procedure shown",
    "judgement": "Judgement",
    "judgement_reasons": "Reasons for the judgement",
    "actions": "Actions",
    "next_contact_date": "Next contact",
    "advice_given": "Advice offered",
    "next_steps": "Next steps",
    "parent_comments": "Parent's comments",
    "summary_sent_to_parent": "Summary sent to the parent",
    "provision_observed": "Provision observed",
    "provider_findings": "Findings on the provision",
    "family_circumstances": "Family circumstances",
    "plan_progress": "The child's plan and support",
    "enquiries_made": "Enquiries made",
    "restricted_fields": "Restricted items",
}

# Notes a worker may mark restricted (record copy only); the safeguarding fields always are.
RESTRICTABLE_FIELDS = (
    "child_views",
    "present",
    "parent_views",
    "send_needs",
    "wellbeing",
    "judgement_reasons",
    "advice_given",
    "next_steps",
    "parent_comments",
    "provider_findings",
    "family_circumstances",
    "plan_progress",
    "enquiries_made",
)
SAFEGUARDING_FIELDS = frozenset(
    {"safeguarding_concern", "safeguarding_details", "safeguarding_procedure_shown_at"}
)
# Information about or from people other than the child and the worker.
THIRD_PARTY_FIELDS = frozenset(
    {"present", "parent_views", "parent_comments", "education_provider", "family_circumstances"}
)


def sections_for(visit_type: str) -> tuple[str, ...]:
    return EXTRA_SECTIONS.get(visit_type, ())


def judges_suitability(visit_type: str) -> bool:
    return visit_type in SUITABILITY_VISITS
