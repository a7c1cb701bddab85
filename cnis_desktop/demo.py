"""A demo caseload of invented children, so a new user sees a working app at once.

Every name here is invented. The three stories of the 2025 report appear as the first
three children; the rest are varied so that filters, deadlines and drafts all show.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from .domain import codes
from .domain.bankholidays import is_bank_holiday
from .domain.dates import add_months
from .domain.ehc import AdviceReceived, AnnualReview, EhcPlan, Invitee, Outcome, ProgressEntry
from .domain.eotas import ActivityEntry, Component, EotasPackage, Provider, QaVisit
from .domain.hours import WEEKDAY_CODES, session_minutes, week_start
from .domain.identifiers import make_nhs_number, make_upn
from .domain.model import Action, Arrangement, Child, Visit
from .domain.oversight import Notification, SaoCase
from .domain.views import CardSort, ScaleAnswer, Statement, ViewsRecord
from .vault.session import Vault

DEMO_PASSPHRASE = "demo-vault-fictional-children"

FIRST_NAMES = (
    "Ayla",
    "Bramwell",
    "Corin",
    "Delphine",
    "Ezra",
    "Fenna",
    "Gideon",
    "Hollis",
    "Isolde",
    "Jory",
    "Kestrel",
    "Linnea",
    "Marlow",
    "Nerys",
    "Orrin",
    "Perpetua",
    "Quillon",
    "Rowan",
    "Saffi",
    "Tamsin",
    "Ulric",
    "Vesper",
    "Wren",
    "Xanthe",
    "Yannick",
    "Zephyrine",
)
LAST_NAMES = (
    "Ashcombe",
    "Brackenridge",
    "Culverhouse",
    "Dunmere",
    "Eldergrove",
    "Fernsby",
    "Gorsefield",
    "Hallowmere",
    "Ivybridge",
    "Juniperwell",
    "Kittering",
    "Larkspur",
    "Marrowby",
    "Nettlecombe",
    "Oakhurst",
    "Penhallow",
    "Quillfeather",
    "Rushmere",
    "Sedgewick",
    "Thistlewood",
    "Underhay",
    "Vellacott",
    "Wyndcliffe",
    "Yarrowby",
)
SCHOOLS = (
    "Brookfield Primary (fictional)",
    "Hillcrest Academy (fictional)",
    "Meadowbank Special School (fictional)",
    "Riverside High (fictional)",
)
TEAMS = ("North locality", "South locality", "East locality", "West locality")


def _dob_for_year(rng: random.Random, nc_year: int, today: date) -> date:
    start_year = today.year if today.month >= 9 else today.year - 1
    # Born between 1 Sep and 31 Aug, (nc_year + 5) years before the academic year starts.
    first = date(start_year - nc_year - 5, 9, 1)
    return first + timedelta(days=rng.randrange(365))


def scenario_children(today: date) -> list[tuple[Child, Arrangement, list[Visit]]]:
    """The three acceptance stories, with invented names."""
    rng = random.Random(7)
    mira = Child(
        legal_first_name="Mirabel",
        legal_last_name="Fernsby",
        preferred_name="Mira",
        date_of_birth=_dob_for_year(rng, 4, today),
        gender="female",
        home_address="12 Larch Row, Exampleton (fictional)",
        parents="Odette Fernsby (mother), 07700 900123",
        send_status="suspected",
        primary_need="SLCN",
        original_school=SCHOOLS[0],
        locality_team=TEAMS[0],
        health_services="Health visitor (noticed needs at 2-year check; did not refer)",
        upn=make_upn("820200101002"),
    )
    tobias = Child(
        legal_first_name="Tobias",
        legal_last_name="Penhallow",
        preferred_name="Toby",
        date_of_birth=_dob_for_year(rng, 9, today),
        gender="male",
        home_address="4 Quarry Lane, Exampleton (fictional)",
        parents="Rhiannon Penhallow (mother), 07700 900456",
        send_status="ehc_plan",
        primary_need="ASD",
        social_care_status="cin",
        original_school=SCHOOLS[3],
        locality_team=TEAMS[1],
        lead_professional="Imogen Ashcombe, key worker, SEND team",
        health_services="CAMHS; medical needs service; short breaks",
        upn=make_upn("820200101003"),
        nhs_number=make_nhs_number("943476591") or "",
    )
    amani = Child(
        legal_first_name="Amani",
        legal_last_name="Okonkwo-Vellacott",
        preferred_name="Amani",
        date_of_birth=_dob_for_year(rng, 3, today),
        gender="female",
        first_language="Tigrinya",
        interpreter_needed=True,
        home_address="Flat 3, 9 Mill Court, Exampleton (fictional)",
        parents="Selam Okonkwo-Vellacott (mother; Tigrinya interpreter needed)",
        send_status="ehc_plan",
        primary_need="PD",
        locality_team=TEAMS[2],
        health_services="Paediatrics; community nursing; SALT waiting list (cannot visit home)",
    )
    year_ago = today - timedelta(days=370)
    return [
        (
            mira,
            Arrangement(
                type="ehe",
                start_date=today - timedelta(days=700),
                reasons=["send_not_met", "mental_health"],
                hours_per_week=15,
                provider="Parent-led",
            ),
            [
                Visit(
                    visit_type="ehe_initial",
                    actual_date=today - timedelta(days=650),
                    present="Mira, her mother",
                    child_seen=True,
                    child_seen_alone=False,
                    education_approach="Autonomous, play-based with daily reading",
                    child_views="I like reading about the sea. Numbers make my head hurt.",
                    parent_views="We waited two years for the assessment and she was unhappy at school.",
                    send_needs="Suspected speech and language needs; no assessment yet.",
                    judgement="not_yet_shown",
                    next_contact_date=today - timedelta(days=20),
                    # later than 12 months: the family's reason, as the form asks for one
                    next_contact_reason="The family spent the year abroad (fictional demo text).",
                    actions=[
                        Action(
                            "Request neurodevelopmental assessment update",
                            "EHE officer",
                            today - timedelta(days=600),
                        )
                    ],
                ),
                # A concern visit: the safeguarding section and its actions are restricted, so
                # only the record copy of any document shows them.
                Visit(
                    visit_type="ehe_concern",
                    basis="concern",
                    concern_raised_by="Health visitor (fictional)",
                    actual_date=today - timedelta(days=2),
                    planned_date=today - timedelta(days=4),
                    start_time="10:30",
                    present="Mira, her mother",
                    child_seen=True,
                    child_seen_alone=True,
                    education_approach="Reading and nature projects at home",
                    curriculum_areas="English, science, art",
                    hours_per_week=12,
                    child_views="I read to Mum every night. I don't like going to the allotment.",
                    parent_views="We are doing our best while we wait for the assessment.",
                    send_needs="Speech and language needs; a visual timetable helps.",
                    wellbeing="Tired; says she sleeps badly.",
                    safeguarding_concern=True,
                    safeguarding_details="Bruise on Mira's upper arm; she said a neighbour at the "
                    "allotment grabbed her (fictional demo text).",
                    safeguarding_procedure_shown_at=datetime.combine(
                        today - timedelta(days=2), time(10, 55), UTC
                    ),
                    judgement="not_yet_shown",
                    judgement_reasons="Reading is strong; maths was not shown and no plan for it was seen.",
                    advice_given="Suggested the library's free maths clubs and a weekly plan.",
                    next_steps="Visit again in eight weeks to see maths work.",
                    parent_comments="Mum agreed the summary and asked for the maths club details.",
                    summary_sent_to_parent=today - timedelta(days=1),
                    next_contact_date=today + timedelta(weeks=8) - timedelta(days=2),
                    # Dated so that Today opens on them: one due today, one two days late.
                    actions=[
                        Action(
                            "Written referral to MASH about the bruise", "EHE officer", today
                        ),  # restricted: raised with a concern
                        Action(
                            "Tell the designated safeguarding lead",
                            "EHE officer",
                            today - timedelta(days=2),
                            restricted=True,
                        ),
                        Action(
                            "Send the maths club details",
                            "EHE officer",
                            today + timedelta(days=5),
                            restricted=False,
                        ),
                    ],
                ),
            ],
        ),
        (
            tobias,
            Arrangement(
                type="eotas",
                start_date=year_ago,
                hours_per_week=15,
                provider="Northgate Tutoring (unregistered, fictional) + medical needs service",
            ),
            [
                Visit(
                    visit_type="eotas_qa",
                    actual_date=today - timedelta(days=90),
                    present="Toby, his mother, tutor",
                    child_seen=True,
                    child_seen_alone=True,
                    education_approach="1:1 English and maths tutoring; medical needs service sessions",
                    curriculum_areas="English, maths",
                    hours_per_week=15,
                    child_views="Tutoring is OK when it's quiet. I want to do science too.",
                    parent_views="He is calmer than at school but 15 hours is not enough.",
                    judgement="suitable",
                    next_contact_date=today + timedelta(days=10),
                )
            ],
        ),
        (
            amani,
            Arrangement(
                type="s19",
                start_date=today - timedelta(days=120),
                hours_per_week=10,
                provider="Home tuition service (fictional)",
            ),
            [
                Visit(
                    visit_type="social_worker",
                    actual_date=today - timedelta(days=30),
                    present="Amani, her mother, Tigrinya interpreter",
                    child_seen=True,
                    child_views="I want to go to a school with my cousin.",
                    parent_views="Speech therapy will not come to the house.",
                    wellbeing="Complex health needs; tires quickly.",
                    judgement="not_yet_shown",
                    next_contact_date=today + timedelta(days=40),
                )
            ],
        ),
    ]


def _random_child(rng: random.Random, today: date, serial: int) -> Child:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    nhs = make_nhs_number(f"{rng.randrange(10**8, 10**9)}") or ""
    return Child(
        legal_first_name=first,
        legal_last_name=last,
        preferred_name=first if rng.random() < 0.8 else first[:3],
        date_of_birth=_dob_for_year(rng, rng.randrange(0, 12), today),
        gender=rng.choice(codes.GENDER.codes[:2]),
        home_address=f"{rng.randrange(1, 99)} {rng.choice(LAST_NAMES)} Road, Exampleton (fictional)",
        parents=f"{rng.choice(FIRST_NAMES)} {last} (parent)",
        upn=make_upn(f"8202{serial:08d}"),
        nhs_number=nhs if rng.random() < 0.6 else "",
        send_status=rng.choice(codes.SEND_STATUS.codes[1:]),
        primary_need=rng.choice(codes.PRIMARY_NEED.codes),
        social_care_status=rng.choice(("none", "none", "none", "early_help", "cin")),
        original_school=rng.choice(SCHOOLS),
        locality_team=rng.choice(TEAMS),
        # "name, role": the name is the child's allocated worker on Today.
        lead_professional=rng.choice(("", "Cerys Thornbury, EHE officer", "Dev Marchetti, SEND caseworker")),
    )


def _random_visit(rng: random.Random, on: date) -> Visit:
    judgement = rng.choice(("suitable", "suitable", "not_yet_shown", "not_suitable"))
    return Visit(
        visit_type=rng.choice(("ehe_annual", "ehe_initial", "ehe_concern")),
        actual_date=on,
        planned_date=on,
        present="Child and parent",
        child_seen=True,
        child_seen_alone=rng.random() < 0.4,
        education_approach=rng.choice(
            ("Structured timetable", "Online school", "Tutor-led", "Autonomous learning")
        ),
        curriculum_areas="English, maths, science, art",
        hours_per_week=float(rng.choice((5, 8, 12, 15, 20, 25))),
        child_views=rng.choice(
            (
                "I like learning at home.",
                "I miss my friends.",
                "I want to do more art.",
                "Maths is hard but I try.",
            )
        ),
        parent_views="Happy with progress.",
        judgement=judgement,
        next_contact_date=on + timedelta(days=rng.choice((90, 180, 365))),
    )


def demo_providers(today: date) -> tuple[Provider, ...]:
    """The provider register, dated from today: one provider's DBS lapsed a fortnight ago
    and its safeguarding policy was never recorded; another's insurance is up for renewal."""

    def days(n: int) -> date:
        return today + timedelta(days=n)

    return (
        Provider(
            name="Northgate Tutoring (fictional)",
            registered=False,
            address="Unit 4, Mill Yard, Exampleton",
            contact="01632 960100",
            dbs_seen_date=days(-450),
            dbs_expiry=days(645),
            safeguarding_policy_expiry=days(120),
            insurance_expiry=days(12),
            qualifications="QTS (English, maths)",
        ),
        Provider(
            name="Exampleton Medical Needs Service (fictional)",
            registered=True,
            contact="01632 960200",
            dbs_seen_date=days(-700),
            dbs_expiry=days(400),
            safeguarding_policy_expiry=days(280),
            insurance_expiry=days(130),
        ),
        Provider(
            name="Brambleside Riding Therapy (fictional)",
            registered=False,
            contact="01632 960300",
            dbs_seen_date=days(-1107),
            dbs_expiry=days(-12),
            safeguarding_policy_expiry=None,
            insurance_expiry=days(215),
            qualifications="Equine-assisted therapy certificate",
        ),
        Provider(
            name="Online Academy Example (fictional)",
            registered=True,
            contact="help@example.org",
            dbs_seen_date=days(-300),
            dbs_expiry=days(800),
            safeguarding_policy_expiry=days(430),
            insurance_expiry=days(430),
        ),
    )


def populate(
    vault: Vault, children: int = 40, visits_per_child: int = 2, today: date | None = None, seed: int = 2026
) -> None:
    """Fill an open vault. Finalised visits use their dates; one child in five has a draft."""
    day = today or date.today()
    rng = random.Random(seed)
    with vault.atomic():
        provider_ids = [vault.eotas.providers.add(p).id for p in demo_providers(day)]
        for index, (child, arrangement, visits) in enumerate(scenario_children(day)):
            stored = vault.children.add(child, today=day)
            arrangement.child_id = stored.id
            vault.arrangements.add(arrangement)
            for visit in visits:
                _add_final_visit(vault, stored.id, visit, day)
            if index == 0:
                _amend_demo_visits(vault, stored.id)
            _scenario_ehc(vault, stored.id, index, day)
            # Mira: the school was told, health never was (the report's first story).
            _notify(
                vault,
                stored.id,
                ["original_school"] if index == 0 else ["original_school", "school_nursing", "gp"],
                day,
            )
            if index == 1:  # the secondary-age autistic child on an EOTAS package
                _eotas_package(
                    vault,
                    stored.id,
                    provider_ids,
                    day,
                    rng,
                    (
                        ("English tutoring", 0, "tutoring_english", 7.5, ["mon", "wed", "fri"]),
                        ("Maths tutoring", 0, "tutoring_maths", 7.5, ["tue", "thu"]),
                        ("Medical needs service", 1, "medical_needs", 3.0, ["wed"]),
                    ),
                )
        for serial in range(max(0, children - 3)):
            stored = vault.children.add(_random_child(rng, day, serial + 10), today=day)
            kind = "eotas" if serial % 9 == 1 else rng.choice(codes.ARRANGEMENT_TYPE.codes)
            reasons = [rng.choice(codes.EHE_REASON.codes)] if kind == "ehe" else []
            when = random.Random(seed * 1000 + serial)  # the dates of visits, from a stream of their own
            start = day - timedelta(days=rng.randrange(30, 900))
            if kind == "cme":  # just reported missing: the 10-school-day enquiry is this fortnight
                start = day - timedelta(days=when.randrange(4, 16))
            part_time = kind == "part_time"  # time-limited, with a review, by law
            vault.arrangements.add(
                Arrangement(
                    child_id=stored.id,
                    type=kind,
                    start_date=start,
                    reasons=reasons,
                    hours_per_week=float(rng.choice((5, 8, 10, 15, 18, 25))),
                    end_date=day + timedelta(days=rng.randrange(-10, 60)) if part_time else None,
                    review_date=day + timedelta(days=rng.randrange(-20, 30)) if part_time else None,
                )
            )
            for on, next_contact in _visit_dates(when, start, day, visits_per_child):
                visit = _random_visit(rng, on)
                visit.next_contact_date = next_contact or visit.next_contact_date
                _add_final_visit(vault, stored.id, visit, day)
            if kind == "eotas":
                _eotas_package(
                    vault,
                    stored.id,
                    provider_ids,
                    day,
                    rng,
                    (
                        ("Online maths and English", 3, "online", 10.0, ["mon", "tue", "thu"]),
                        ("Riding therapy", 2, "therapy_equine", 2.0, ["fri"]),
                    ),
                )
            if serial % 3 == 0:
                _notify(vault, stored.id, ["original_school", "school_nursing"], day)
            elif serial % 3 == 1:
                _notify(vault, stored.id, ["original_school"], day)
            if serial == 4:  # education not shown to be suitable: the attendance order path
                vault.oversight.sao.add(SaoCase(child_id=stored.id, notice_served=day - timedelta(days=9)))
            if stored.record.send_status == "ehc_plan" and serial % 3 == 0:
                _random_plan(vault, stored.id, day, rng)
            if serial % 5 == 0:
                draft = _random_visit(rng, day)
                draft.child_id = stored.id
                draft.judgement = ""
                vault.visits.start(draft)


def _visit_dates(when: random.Random, start: date, today: date, count: int) -> list[tuple[date, date | None]]:
    """Finalised visits for a demo child, oldest first, each with the next contact it set
    (None: the visit's own). The last one sets the next contact a believable caseload has:
    about one in eight a week or two late, a few due within the fortnight, most later."""
    roll = when.random()
    if roll < 0.12:
        next_contact = today - timedelta(days=when.randrange(1, 15))
    elif roll < 0.3:
        next_contact = today + timedelta(days=when.randrange(0, 14))
    else:
        next_contact = today + timedelta(days=when.randrange(14, 150))
    last = max(start + timedelta(days=1), next_contact - timedelta(days=when.randrange(56, 180)))
    last = min(last, today - timedelta(days=1))
    dates: list[tuple[date, date | None]] = [(last, next_contact)]
    while len(dates) < count:
        earlier = dates[0][0] - timedelta(days=when.randrange(60, 200))
        if earlier <= start:
            break
        dates.insert(0, (earlier, None))
    return dates


def _add_final_visit(vault: Vault, child_id: str, visit: Visit, today: date) -> None:
    visit.child_id = child_id
    stored = vault.visits.start(visit)
    vault.visits.finalise(stored.id, today=today)


def _amend_demo_visits(vault: Vault, child_id: str) -> None:
    """Amendments after finalising, each with its reason: a date typed wrongly on the first
    visit, and the concern visit's safeguarding details corrected (record copy only)."""
    import dataclasses

    for stored in vault.visits.for_child(child_id):
        visit = stored.effective()
        if visit.visit_type == "ehe_initial":
            vault.visits.amend(
                stored.id, "Start time typed wrongly", dataclasses.replace(visit, start_time="14:00")
            )
        elif visit.safeguarding_concern:
            vault.visits.amend(
                stored.id,
                "The referral reference added",
                dataclasses.replace(
                    visit,
                    safeguarding_details=visit.safeguarding_details
                    + " MASH referral ref. DEMO-0001 (fictional).",
                ),
            )


def _eotas_package(
    vault: Vault,
    child_id: str,
    provider_ids: list[str],
    today: date,
    rng: random.Random,
    components: tuple[tuple[str, int, str, float, list[str]], ...],
) -> None:
    """A package that began a year ago, with a year of sessions logged and past weeks closed."""
    start = week_start(today - timedelta(days=364))
    package = vault.eotas.packages.add(
        EotasPackage(
            child_id=child_id,
            start_date=start,
            review_date=today + timedelta(days=45),
            notes="Reviewed termly with the family and providers.",
        )
    )
    stored_components = [
        vault.eotas.add_component(
            Component(
                package_id=package.id,
                name=name,
                provider_id=provider_ids[provider],
                activity_type=activity,
                planned_hours_per_week=hours,
                days=days,
                cost_per_week=round(hours * 38.0, 2),
                funding_route="la_commissioned",
                section_f="Specialist teaching in a quiet 1:1 setting",
                section_e_outcomes="Reads and writes at age-related expectations by the end of KS3",
            )
        )
        for name, provider, activity, hours, days in components
    ]
    statuses = ["delivered"] * 17 + ["cancelled_provider", "cancelled_family", "dna"]
    day = start
    while day < today:
        for c in stored_components:
            if WEEKDAY_CODES[day.weekday()] not in c.record.days or is_bank_holiday(day):
                continue
            planned = session_minutes(c.record)
            status = rng.choice(statuses)
            actual = planned - rng.choice((0, 0, 0, 0, 0, 0, 15)) if status == "delivered" else 0
            vault.eotas.log(
                ActivityEntry(
                    child_id=child_id,
                    component_id=c.id,
                    entry_date=day,
                    planned_minutes=planned,
                    actual_minutes=max(actual, 0),
                    status=status,
                    what_done="Worked through the week's plan" if status == "delivered" else "",
                )
            )
        day += timedelta(days=1)
    monday = start
    while monday + timedelta(days=14) <= today:
        vault.eotas.close_week(child_id, monday)
        monday += timedelta(days=7)
    vault.eotas.record_qa(
        QaVisit(
            provider_id=stored_components[0].record.provider_id,
            child_id=child_id,
            visit_date=today - timedelta(days=40),
            checks_met=["dbs", "attendance", "learning_plan"],
            rating="requires_improvement",
            findings="Sessions well planned; progress not recorded.",
            actions=[
                Action(
                    "Record progress against Section E outcomes each session",
                    "Provider lead",
                    today + timedelta(days=14),
                )
            ],
        ),
        today=today,
    )


OUTCOMES = (
    (
        "Reads a short book independently and talks about what happened",
        "Daily 1:1 reading with a specialist teacher",
    ),
    ("Uses a visual timetable to manage changes in the day", "Visual supports prepared by the SEND team"),
    ("Writes a paragraph about an interest using a word bank", "Weekly writing sessions with scaffolds"),
    ("Joins a small group activity for 30 minutes", "Supported small-group enrichment"),
)


def _plan(vault: Vault, child_id: str, plan: EhcPlan, outcomes: int, today: date, rng: random.Random) -> str:
    plan.child_id = child_id
    plan.section_a = plan.section_a or "Likes animals and drawing; wants to learn somewhere calm."
    plan.section_b = plan.section_b or "Needs in communication and interaction; anxiety."
    plan.section_f = plan.section_f or "Specialist teaching 1:1; speech and language therapy."
    stored = vault.ehc.plans.add(plan)
    for text, provision in OUTCOMES[:outcomes]:
        outcome = vault.ehc.add_outcome(
            Outcome(plan_id=stored.id, text=text, provision=provision, target_date=add_months(today, 10))
        )
        for months_ago in (9, 6, 3, 1):
            vault.ehc.record_progress(
                ProgressEntry(
                    outcome_id=outcome.id,
                    recorded_on=add_months(today, -months_ago),
                    rating=rng.choice(("some", "some", "good", "achieved")),
                    note="Seen in session notes and work samples.",
                ),
                today=today,
            )
    return stored.id


def _scenario_ehc(vault: Vault, child_id: str, index: int, today: date) -> None:
    rng = random.Random(index)
    if index == 0:  # waiting two years; now an EHC needs assessment is under way
        vault.ehc.plans.add(
            EhcPlan(
                child_id=child_id,
                requested_date=today - timedelta(weeks=10),
                decision_date=today - timedelta(weeks=5),
            )
        )
        _views(
            vault,
            child_id,
            today - timedelta(days=20),
            "ehc_assessment",
            "three_houses",
            "worries",
            [
                ("good_things", "I like reading about the sea with Mum.", True),
                ("worries", "Numbers make my head hurt and people shout.", True),
                ("dreams", "I want to be a marine biologist.", True),
            ],
            parent=("Odette Fernsby", "She is calmer at home but we need the assessment."),
        )
    elif index == 1:  # EHC plan two years old, review due soon
        plan_id = _plan(
            vault,
            child_id,
            EhcPlan(
                requested_date=add_months(today, -30),
                decision_date=add_months(today, -29),
                draft_date=add_months(today, -26),
                final_date=add_months(today, -25),
                last_review_date=add_months(today, -12) + timedelta(days=20),
            ),
            3,
            today,
            rng,
        )
        meeting = today + timedelta(days=16)
        vault.ehc.reviews.add(
            AnnualReview(
                child_id=child_id,
                plan_id=plan_id,
                advice_requested=today - timedelta(days=10),
                meeting_date=meeting,
                invitations_sent=today - timedelta(days=3),
                invitees=[
                    Invitee(
                        "Toby Penhallow",
                        "The young person",
                        today - timedelta(days=3),
                        attended=False,
                        family=True,
                    ),
                    Invitee(
                        "Rhiannon Penhallow", "Parent", today - timedelta(days=3), attended=False, family=True
                    ),
                    Invitee("Imogen Ashcombe", "Key worker, SEND team", today - timedelta(days=3)),
                    Invitee("Dr Aurelio Brackenridge", "Educational psychologist", today - timedelta(days=3)),
                    Invitee("Tutoring lead", "EOTAS tutoring provider", today - timedelta(days=3)),
                ],
                advice=[
                    AdviceReceived(
                        "Educational psychologist", today - timedelta(days=10), today - timedelta(days=2)
                    ),
                    AdviceReceived("CAMHS clinician", today - timedelta(days=10)),
                    AdviceReceived(
                        "EOTAS tutoring provider", today - timedelta(days=10), today - timedelta(days=1)
                    ),
                ],
                recommendation="amend",
                proposed_amendments="Add science tutoring to Section F; update Section E outcome 2.",
                differences_of_opinion="The family want 20 hours a week; the provider advises 15 "
                "until Toby is settled.",
                preparing_for_adulthood="Toby wants to work with buses or trains: a taster day "
                "with the transport museum is planned for Year 10.",
                health_social_care="CAMHS sessions continue monthly; short breaks twice a month "
                "under the child-in-need plan.",
                personal_budget="No personal budget is requested this year.",
                report_author="Imogen Ashcombe, key worker, SEND team",
            )
        )
        _views(
            vault,
            child_id,
            today - timedelta(days=14),
            "annual_review",
            "one_page_profile",
            "important_to_me",
            [
                ("like_about_me", "People say I'm good at remembering bus routes.", True),
                ("important_to_me", "Quiet. My headphones. Knowing what happens next.", True),
                ("support_me", "Tell me before things change. Don't touch my stuff.", True),
                ("support_me", "Toby finds noisy rooms overwhelming.", False),
            ],
            parent=("Rhiannon Penhallow", "He is calmer but 15 hours is not enough."),
            cards=[
                ("maths", "like"),
                ("screens", "like"),
                ("noise", "dont_like"),
                ("school", "dont_like"),
                ("friends", "not_sure"),
                ("outdoors", "like"),
            ],
        )
    elif index == 2:  # newly finalised plan; views through an interpreter
        _plan(
            vault,
            child_id,
            EhcPlan(
                requested_date=add_months(today, -6),
                decision_date=add_months(today, -5),
                draft_date=add_months(today, -2),
                final_date=today - timedelta(days=30),
            ),
            2,
            today,
            rng,
        )
        _views(
            vault,
            child_id,
            today - timedelta(days=45),
            "ehc_assessment",
            "scaling",
            "",
            [
                ("said", "I want to go to a school with my cousin.", True),
                ("said", "Amani pointed to the picture of the classroom and smiled.", False),
            ],
            parent=("Selam Okonkwo-Vellacott", "Speech therapy will not come to the house."),
            support=(["interpreter"], "Tigrinya"),
            scales=[
                ("How much do you like learning at home?", 4),
                ("How much do you want to go to school?", 9),
            ],
        )


def _views(
    vault: Vault,
    child_id: str,
    on: date,
    purpose: str,
    method: str,
    started: str,
    statements: list[tuple[str, str, bool]],
    parent: tuple[str, str],
    cards: list[tuple[str, str]] | None = None,
    support: tuple[list[str], str] = ([], ""),
    scales: list[tuple[str, int]] | None = None,
) -> None:
    record = ViewsRecord(
        child_id=child_id,
        purpose=purpose,
        gathered_on=on,
        gathered_by="Demo Officer",
        method=method,
        started_with=started,
        communication_support=support[0],
        interpreter_language=support[1],
        others_present="Parent",
        statements=[Statement(section, text, exact) for section, text, exact in statements],
        cards=[CardSort(card, pile) for card, pile in cards or []],
        scales=[ScaleAnswer(q, v) for q, v in scales or []],
        read_back=True,
        consent_to_share=True,
        share_with="the EHC team, school nursing and the family",
        parent_carer_name=parent[0],
        parent_carer_views=parent[1],
    )
    stored = vault.ehc.views.start(record)
    vault.ehc.views.finalise(stored.id, today=on + timedelta(days=1))


def _random_plan(vault: Vault, child_id: str, today: date, rng: random.Random) -> None:
    """Plans whose reviews are due, overdue or done, so the deadlines show every state."""
    stage = rng.choice(("due", "overdue", "done"))
    final = add_months(today, -rng.choice((14, 26, 38)))
    # "overdue": the review is concluded within days and the meeting has not been held.
    last_review = {
        "due": add_months(today, -11),
        "overdue": add_months(today, -12) + timedelta(days=5),
        "done": today - timedelta(days=40),
    }[stage]
    plan_id = _plan(
        vault,
        child_id,
        EhcPlan(
            requested_date=add_months(final, -5),
            decision_date=add_months(final, -4),
            draft_date=add_months(final, -1),
            final_date=final,
            last_review_date=max(last_review, final),
        ),
        2,
        today,
        rng,
    )
    if stage == "done":
        meeting = today - timedelta(days=40)
        vault.ehc.reviews.add(
            AnnualReview(
                child_id=child_id,
                plan_id=plan_id,
                meeting_date=meeting,
                invitations_sent=meeting - timedelta(days=20),
                advice_requested=meeting - timedelta(42),
                advice_circulated=meeting - timedelta(days=15),
                report_sent=meeting + timedelta(days=10),
                decision_date=meeting + timedelta(days=25),
                decision="maintain",
            )
        )


def _notify(vault: Vault, child_id: str, partners: list[str], today: date) -> None:
    current = vault.arrangements.current(child_id)
    if current is None or current.record.start_date is None:
        return
    for partner in partners:
        vault.oversight.notifications.add(
            Notification(
                child_id=child_id,
                arrangement_id=current.id,
                partner=partner,
                shared_on=min(today, current.record.start_date + timedelta(days=7)),
                method="secure_email",
                shared_by="Demo Officer",
                acknowledged=partner != "gp",
            )
        )
