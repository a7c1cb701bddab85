"""Every code list of the domain, in one place, as data.

An authority may relabel or extend these; code values are what is stored and synced,
so a code once used is never renamed, only retired.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class CodeList:
    name: str
    items: tuple[tuple[str, str], ...]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.items)

    @cached_property
    def codes(self) -> tuple[str, ...]:
        # Asked for every field of every record validated: built once per list.
        return tuple(code for code, _ in self.items)

    def label(self, code: str | None) -> str:
        if not code:
            return ""
        for c, label in self.items:
            if c == code:
                return label
        return code

    def __contains__(self, code: object) -> bool:
        return code in self.codes


def _cl(name: str, *items: tuple[str, str]) -> CodeList:
    return CodeList(name, tuple(items))


ARRANGEMENT_TYPE = _cl(
    "arrangement_type",
    ("ehe", "Elective home education"),
    ("cme", "Child missing education"),
    ("flexi", "Flexi-schooling"),
    ("part_time", "Part-time timetable"),
    ("eotas", "EOTAS package (s61 CFA 2014)"),
    ("severe_absence", "Severe absence"),
    ("unregistered_ap", "Unregistered alternative provision"),
    ("s19", "Education arranged under s19"),
    ("awaiting_place", "Awaiting a school place"),
    ("excluded", "Permanently excluded, awaiting provision"),
)

SEND_STATUS = _cl(
    "send_status",
    ("none", "None identified"),
    ("suspected", "Suspected / awaiting assessment"),
    ("sen_support", "SEN support"),
    ("ehc_assessment", "EHC needs assessment in progress"),
    ("ehc_plan", "EHC plan"),
)

PRIMARY_NEED = _cl(
    "primary_need",
    ("SPLD", "SPLD – Specific learning difficulty"),
    ("MLD", "MLD – Moderate learning difficulty"),
    ("SLD", "SLD – Severe learning difficulty"),
    ("PMLD", "PMLD – Profound and multiple learning difficulty"),
    ("SEMH", "SEMH – Social, emotional and mental health"),
    ("SLCN", "SLCN – Speech, language and communication needs"),
    ("HI", "HI – Hearing impairment"),
    ("VI", "VI – Visual impairment"),
    ("MSI", "MSI – Multi-sensory impairment"),
    ("PD", "PD – Physical disability"),
    ("ASD", "ASD – Autistic spectrum disorder"),
    ("OTH", "OTH – Other difficulty or disability"),
    ("NSA", "NSA – SEN support but no specialist assessment"),
)

SOCIAL_CARE = _cl(
    "social_care",
    ("none", "None"),
    ("early_help", "Early help"),
    ("cin", "Child in need"),
    ("s47", "s47 enquiry"),
    ("cp_plan", "Child protection plan"),
    ("looked_after", "Looked after"),
    ("care_leaver", "Care leaver"),
)

EHE_REASON = _cl(
    "ehe_reason",
    ("philosophical", "Philosophical or preferential"),
    ("lifestyle", "Lifestyle"),
    ("religious", "Religious"),
    ("physical_health", "Physical health"),
    ("mental_health", "Mental health"),
    ("bullying", "Bullying"),
    ("send_not_met", "SEND needs not met at school"),
    ("dissatisfaction", "Other dissatisfaction with the school"),
    ("exclusion", "Excluded or at risk of exclusion"),
    ("off_rolling", "Suspected off-rolling"),
    ("no_place", "No suitable or preferred place"),
    ("other", "Other"),
    ("unknown", "Unknown / no reason given"),
)

GENDER = _cl(
    "gender",
    ("female", "Female"),
    ("male", "Male"),
    ("other", "Other / prefers to self-describe"),
    ("not_known", "Not known"),
)

VISIT_TYPE = _cl(
    "visit_type",
    ("ehe_initial", "EHE initial contact"),
    ("ehe_annual", "EHE annual check"),
    ("ehe_concern", "EHE concern visit"),
    ("eotas_qa", "EOTAS quality-assurance visit"),
    ("social_worker", "Social-worker visit"),
    ("cme_enquiry", "CME enquiry"),
)

VISIT_BASIS = _cl(
    "visit_basis",
    ("routine", "Routine"),
    ("concern", "Concern"),
)

VISIT_FORMAT = _cl(
    "visit_format",
    ("home", "Home visit"),
    ("public_place", "Public place"),
    ("virtual", "Virtual meeting"),
    ("written", "Written report only"),
)

JUDGEMENT = _cl(
    "judgement",
    ("suitable", "Suitable"),
    ("not_yet_shown", "Not yet shown – more information needed"),
    ("not_suitable", "Not suitable"),
)

ROLE = _cl(
    "role",
    ("ehe_officer", "EHE officer"),
    ("virtual_school", "Virtual school staff"),
    ("social_worker", "Social worker"),
    ("team_manager", "Team manager"),
)

ROLE_DEFAULT_VISIT_TYPE: dict[str, str] = {
    "ehe_officer": "ehe_annual",
    "virtual_school": "eotas_qa",
    "social_worker": "social_worker",
    "team_manager": "ehe_annual",
}

ACTIVITY_TYPE = _cl(
    "activity_type",
    ("tutoring_english", "Tutoring – English"),
    ("tutoring_maths", "Tutoring – maths"),
    ("tutoring_science", "Tutoring – science"),
    ("tutoring_other", "Tutoring – other subject"),
    ("therapy_salt", "Therapy – speech and language"),
    ("therapy_ot", "Therapy – occupational"),
    ("therapy_psych", "Therapy – psychological"),
    ("therapy_music", "Therapy – music"),
    ("therapy_art", "Therapy – art"),
    ("therapy_equine", "Therapy – equine"),
    ("therapy_singing", "Therapy – singing"),
    ("enrich_riding", "Enrichment – horse riding"),
    ("enrich_gardening", "Enrichment – community gardening"),
    ("enrich_swimming", "Enrichment – swimming"),
    ("enrich_forest", "Enrichment – forest school"),
    ("vocational", "Vocational"),
    ("online", "Online learning"),
    ("mentoring", "Mentoring"),
    ("medical_needs", "Medical needs service"),
)

ACTIVITY_STATUS = _cl(
    "activity_status",
    ("delivered", "Delivered"),
    ("cancelled_provider", "Cancelled by provider"),
    ("cancelled_family", "Cancelled by family"),
    ("dna", "Child did not attend"),
    ("rescheduled", "Rescheduled"),
)

# One keystroke in the weekly grid sets a status.
ACTIVITY_STATUS_KEYS: dict[str, str] = {
    "d": "delivered",
    "p": "cancelled_provider",
    "f": "cancelled_family",
    "n": "dna",
    "r": "rescheduled",
}

FUNDING_ROUTE = _cl(
    "funding_route",
    ("la_commissioned", "Commissioned by the authority"),
    ("personal_budget", "Personal budget"),
    ("direct_payment", "Direct payment"),
)

QA_RATING = _cl(
    "qa_rating",
    ("good", "Good"),
    ("requires_improvement", "Requires improvement"),
    ("inadequate", "Inadequate"),
)

QA_CHECK = _cl(
    "qa_check",
    ("dbs", "DBS seen for staff working with the child"),
    ("safeguarding_policy", "Safeguarding policy seen"),
    ("insurance", "Insurance in date"),
    ("qualifications", "Qualifications match the activity"),
    ("attendance", "Attendance recorded for each session"),
    ("learning_plan", "Learning plan linked to EHC outcomes"),
    ("progress", "Progress evidence seen"),
    ("premises", "Premises safe and suitable"),
)

WEEKDAY = _cl(
    "weekday",
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
)

# Hours a week counted as full time, by key stage (Ofsted 2013: 21–25 depending on age).
# Defaults; an authority changes them in its settings.
FULL_TIME_HOURS: dict[str, float] = {
    "EYFS": 21.0,
    "KS1": 21.0,
    "KS2": 23.5,
    "KS3": 24.0,
    "KS4": 25.0,
    "Post-16": 25.0,
}

VIEWS_PURPOSE = _cl(
    "views_purpose",
    ("ehc_assessment", "EHC needs assessment"),
    ("annual_review", "Annual review"),
    ("ehe_visit", "EHE visit"),
    ("other", "Other"),
)

VIEWS_METHOD = _cl(
    "views_method",
    ("conversation", "Conversation"),
    ("three_houses", "Three Houses"),
    ("one_page_profile", "One-page profile"),
    ("scaling", "Scaling (0–10 or faces)"),
    ("sorting", "Like / not sure / don't like cards"),
    ("observation", "Observation (child does not use words)"),
)

# The sections each method collects statements under; the child chooses where to start.
VIEWS_SECTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "conversation": (("said", "What I said"),),
    "three_houses": (
        ("good_things", "House of good things"),
        ("worries", "House of worries"),
        ("dreams", "House of dreams"),
    ),
    "one_page_profile": (
        ("like_about_me", "What people like about me"),
        ("important_to_me", "What is important to me"),
        ("support_me", "How best to support me"),
    ),
    "scaling": (("said", "What I said about my answers"),),
    "sorting": (("said", "What I said about the cards"),),
    "observation": (("observed", "What was observed"),),
}

COMMUNICATION_SUPPORT = _cl(
    "communication_support",
    ("interpreter", "Interpreter"),
    ("advocate", "Advocate"),
    ("symbols", "Symbols"),
    ("signing", "Signing"),
)

SORT_PILE = _cl(
    "sort_pile",
    ("like", "I like"),
    ("not_sure", "Not sure"),
    ("dont_like", "I don't like"),
)

# Picture cards shipped in resources/icons/cards/<code>.svg
SORT_CARDS = _cl(
    "sort_card",
    ("reading", "Reading"),
    ("maths", "Maths"),
    ("outdoors", "Being outside"),
    ("animals", "Animals"),
    ("music", "Music"),
    ("screens", "Computers and tablets"),
    ("noise", "Noisy places"),
    ("friends", "Being with friends"),
    ("school", "School"),
    ("home", "Learning at home"),
    ("drawing", "Drawing"),
    ("sport", "Sport and games"),
)

EHC_SECTIONS = _cl(
    "ehc_section",
    ("A", "A – The child's views, interests and aspirations"),
    ("B", "B – Special educational needs"),
    ("C", "C – Health needs related to SEN"),
    ("D", "D – Social care needs related to SEN"),
    ("E", "E – Outcomes"),
    ("F", "F – Special educational provision"),
    ("G", "G – Health provision"),
    ("H1", "H1 – Social care provision (CSDPA s2)"),
    ("H2", "H2 – Other social care provision"),
    ("I", "I – Placement"),
    ("J", "J – Personal budget"),
    ("K", "K – Advice and information"),
)

PROGRESS_RATING = _cl(
    "progress_rating",
    ("not_started", "Not started"),
    ("some", "Some progress"),
    ("good", "Good progress"),
    ("achieved", "Achieved"),
)

REVIEW_DECISION = _cl(
    "review_decision",
    ("maintain", "Maintain the plan unchanged"),
    ("amend", "Amend the plan"),
    ("cease", "Cease the plan"),
)

PARTNER = _cl(
    "partner",
    ("original_school", "Original school"),
    ("school_nursing", "School nursing"),
    ("health_visitor", "Health visitor"),
    ("gp", "GP"),
    ("camhs", "CAMHS"),
    ("salt", "Speech and language therapy"),
    ("ot", "Occupational therapy"),
    ("ed_psych", "Educational psychology"),
    ("paediatrics", "Paediatrics"),
    ("social_care", "Children's social care"),
    ("virtual_school", "Virtual school"),
    ("youth_justice", "Youth justice"),
    ("early_help", "Early help / family hub"),
)

# Health is the partner most often left out (Ofsted/CQC 2025): flagged when none is told.
HEALTH_PARTNERS = frozenset({"school_nursing", "gp", "health_visitor"})

SHARE_METHOD = _cl(
    "share_method",
    ("secure_email", "Secure email"),
    ("phone", "Phone"),
    ("letter", "Letter"),
    ("meeting", "Meeting"),
    ("system", "Shared case system"),
)

SAO_OUTCOME = _cl(
    "sao_outcome",
    ("", "Open"),
    ("suitable_shown", "Suitable education shown; closed"),
    ("registered", "Child registered at a school"),
    ("revoked", "Order revoked"),
    ("prosecution", "Prosecution"),
    ("eso", "Education supervision order"),
)

# Ethnicity as the school census records it (DfE main categories). A sheet's own wording is
# mapped to one of these on import, or kept word for word and flagged for tidy-up.
ETHNICITY = _cl(
    "ethnicity",
    ("WBRI", "White – British"),
    ("WIRI", "White – Irish"),
    ("WIRT", "Traveller of Irish heritage"),
    ("WROM", "Gypsy / Roma"),
    ("WOTH", "Any other White background"),
    ("MWBC", "White and Black Caribbean"),
    ("MWBA", "White and Black African"),
    ("MWAS", "White and Asian"),
    ("MOTH", "Any other mixed background"),
    ("AIND", "Indian"),
    ("APKN", "Pakistani"),
    ("ABAN", "Bangladeshi"),
    ("AOTH", "Any other Asian background"),
    ("BCRB", "Black Caribbean"),
    ("BAFR", "Black African"),
    ("BOTH", "Any other Black background"),
    ("CHNE", "Chinese"),
    ("OOTH", "Any other ethnic group"),
    ("REFU", "Refused"),
    ("NOBT", "Information not yet obtained"),
)

# Annex B's "School or LA responsible": a school (named in current_school) or the authority.
RESPONSIBLE_BODY = _cl(
    "responsible_body",
    ("school", "School"),
    ("la", "Local authority"),
)

# s434A EA 1996 (inserted by the Children's Wellbeing and Schools Act 2026): who needs the
# authority's consent before removal from roll for education at home.
CONSENT_GROUNDS = _cl(
    "consent_grounds",
    ("special_school", "At a special school under arrangements the authority made"),
    ("s47", "Subject to s47 enquiries"),
    ("cp_plan", "Subject to a child protection plan"),
)

CONSENT_DECISION = _cl(
    "consent_decision",
    ("", "Not yet decided"),
    ("granted", "Consent given"),
    ("refused", "Consent refused"),
    ("withdrawn", "Request withdrawn by the parent"),
)
