"""The visit summary: one visit, as finalised (with its amendments), for one copy.

What the copy withholds was decided when it was gathered (documents.py): this module
only sets out what it is given, the child's own words first, then the sections the type
of visit has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain import codes
from ..domain.audience import WITHHELD, Copy
from ..domain.model import Child, Visit
from ..domain.schoolage import key_stage, nc_year, nc_year_label
from ..domain.visit_content import judges_suitability, sections_for
from .document import Block, Document, Heading, Paragraph, Span, Table, Together
from .pdf_render import render_pdf
from .typeset import day, keep, lower_first

TITLE = "Visit summary"
NOT_RECORDED = "Not recorded"


@dataclass(frozen=True)
class AmendmentLine:
    when: datetime
    who: str
    reason: str
    changes: tuple[tuple[str, str, str], ...]  # what, old → new, as this copy may show them


@dataclass
class VisitSummaryData:
    child: Child
    visit: Visit  # as amended, with what the copy withholds already replaced
    copy: Copy
    record_id: str
    final: bool
    finalised_at: datetime | None = None
    finalised_by: str = ""
    amendments: list[AmendmentLine] = field(default_factory=list)
    withheld: frozenset[str] = frozenset()
    case_reference: str = ""
    document_id: str = ""
    author: str = ""
    today: date = field(default_factory=date.today)
    # Work samples and other files kept with the visit: (caption, kind, added on, restricted);
    # listed in the record copy only.
    attachments: list[tuple[str, str, str, bool]] = field(default_factory=list)


def _text(value: str) -> str:
    return value.strip() or NOT_RECORDED


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _section(title: str, body: str, style: str = "body") -> Together:
    return Together((Heading(title, 3), Paragraph(_text(body), style)))


def _facts(rows: list[tuple[str, str]], caption: str) -> Table:
    return Table(None, tuple((k, v or NOT_RECORDED) for k, v in rows), caption)


def _visit_facts(visit: Visit) -> Table:
    seen = _yes_no(visit.child_seen)
    if visit.child_seen:
        seen += f"; seen alone: {_yes_no(visit.child_seen_alone)}"
    basis = codes.VISIT_BASIS.label(visit.basis)
    if visit.basis == "concern" and visit.concern_raised_by:
        basis += f" (raised by {visit.concern_raised_by})"
    when = day(visit.actual_date, NOT_RECORDED)
    if visit.start_time:
        when += f" at {keep(visit.start_time)}"
    return _facts(
        [
            ("Type", codes.VISIT_TYPE.label(visit.visit_type)),
            ("Basis", basis),
            (
                "Format offered / used",
                f"{codes.VISIT_FORMAT.label(visit.format_offered)} / "
                f"{codes.VISIT_FORMAT.label(visit.format_used)}",
            ),
            ("Planned date", day(visit.planned_date, NOT_RECORDED)),
            ("Date of visit", when),
            ("Who was present", _text(visit.present)),
            ("Child seen", seen),
        ],
        "The visit",
    )


def _education(visit: Visit) -> list[Heading | Table]:
    hours = (
        keep(f"{visit.hours_per_week:g} hours a week") if visit.hours_per_week is not None else NOT_RECORDED
    )
    return [
        Heading("Education seen", 3),
        _facts(
            [
                ("Approach", _text(visit.education_approach)),
                ("Curriculum areas", _text(visit.curriculum_areas)),
                ("Resources", _text(visit.resources)),
                ("Work samples", _text(visit.work_samples)),
                ("Who provides it", _text(visit.education_provider)),
                ("Time spent", hours),
            ],
            "Education seen",
        ),
    ]


def _actions(visit: Visit) -> list[Heading | Table | Paragraph]:
    if not visit.actions:
        return [Heading("Actions", 3), Paragraph("No actions.")]
    rows = tuple((a.what, a.who, day(a.due, WITHHELD if a.what == WITHHELD else "–")) for a in visit.actions)
    return [Heading("Actions", 3), Table(("What", "Who", "By when"), rows, "Actions agreed")]


def _amendments(data: VisitSummaryData) -> list[Heading | Table | Paragraph]:
    if not data.amendments:
        return []
    blocks: list[Heading | Table | Paragraph] = [
        Heading("Amendments", 3),
        Paragraph(
            "This visit was corrected after it was finalised. Each change shows what the record "
            "said, what it says now, why, who made it and when.",
            "small",
        ),
    ]
    rows = []
    for a in data.amendments:
        for what, old, new in a.changes:
            rows.append((what, old, new, a.reason, f"{a.who}, {a.when:%d/%m/%Y %H:%M}"))
    blocks.append(
        Table(("Field", "Was", "Now", "Reason", "By, when"), tuple(rows), "Amendments to the visit")
    )
    return blocks


def visit_summary_document(data: VisitSummaryData) -> Document:
    child, visit = data.child, data.visit
    type_label = codes.VISIT_TYPE.label(visit.visit_type)
    document = Document(
        TITLE,
        child.display_name,
        data.case_reference,
        data.today,
        data.copy,
        data.document_id,
        data.author,
        draft=not data.final,
    )
    document.add(
        Heading(TITLE, 1),
        Paragraph(
            (
                Span(type_label, bold=True),
                Span(f" on {day(visit.actual_date, 'a date not recorded')} · {data.copy.notice}"),
            ),
            "small",
        ),
    )
    if not data.final:
        document.add(Paragraph("DRAFT – not finalised; content may change.", "notice"))
    dob = child.date_of_birth
    year = nc_year(dob, data.today) if dob else None
    document.add(
        _facts(
            [
                ("Child", child.display_name),
                ("Legal name", f"{child.legal_first_name} {child.legal_last_name}"),
                ("Date of birth", day(dob, NOT_RECORDED)),
                (
                    "Year group",
                    keep(f"{nc_year_label(year)} ({key_stage(year)})") if year is not None else NOT_RECORDED,
                ),
                ("UPN", child.upn or NOT_RECORDED),
                ("SEND status", codes.SEND_STATUS.label(child.send_status)),
            ],
            "The child",
        )
    )
    # The child's own words come first, set apart so they are never taken for the writer's.
    views = visit.child_views.strip()
    document.add(
        Together(
            (
                Heading("The child's views", 2),
                Paragraph(
                    f"“{views}”" if views else "The child's views were not recorded at this visit.",
                    "quote" if views else "body",
                ),
            )
        )
    )
    document.add(Heading("The visit", 2), _visit_facts(visit))
    extra = sections_for(visit.visit_type)
    if "education" in extra:
        document.add(*_education(visit))
    if "provision" in extra:
        document.add(
            _section("Provision observed", visit.provision_observed),
            _section("Findings on the provision", visit.provider_findings),
        )
    if "family" in extra:
        document.add(
            _section("Family circumstances", visit.family_circumstances),
            _section("The child's plan and support", visit.plan_progress),
        )
    if "enquiries" in extra:
        document.add(_section("Enquiries made", visit.enquiries_made))
    document.add(
        _section("Parents' and carers' views", visit.parent_views),
        _section("SEND needs and how they are met", visit.send_needs),
        _section("Health and wellbeing", visit.wellbeing),
    )
    document.add(_safeguarding(data))
    if judges_suitability(visit.visit_type):
        judgement = codes.JUDGEMENT.label(visit.judgement) or NOT_RECORDED
        document.add(
            Together(
                (
                    Heading("Is the education suitable?", 3),
                    Paragraph((Span("Judgement: ", bold=True), Span(judgement))),
                    Paragraph(f"Reasons: {_text(visit.judgement_reasons)}"),
                )
            )
        )
    document.add(_section("Advice offered", visit.advice_given), _section("Next steps", visit.next_steps))
    document.add(*_actions(visit))
    document.add(*_attachments(data))
    document.add(*_amendments(data))
    sent = (
        f"Sent to the parent on {day(visit.summary_sent_to_parent)}."
        if visit.summary_sent_to_parent
        else "Not yet sent to the parent."
    )
    signed = (
        f"Finalised by {data.finalised_by} on {data.finalised_at:%d/%m/%Y %H:%M} UTC."
        if data.finalised_at
        else "Not finalised."
    )
    # The last two sections and the sign-off go over a page together: no page holds only
    # a heading, a date and a signature.
    document.add(
        Together(
            (
                Heading("The parent's comments", 3),
                Paragraph(_text(visit.parent_comments)),
                Paragraph(sent, "small"),
                Heading("Next contact", 3),
                Paragraph(day(visit.next_contact_date, NOT_RECORDED)),
                Paragraph(
                    f"{signed} Record {data.record_id}. Prepared by {data.author}; "
                    f"{lower_first(data.copy.notice)}.",
                    "small",
                ),
            )
        )
    )
    return document


def _attachments(data: VisitSummaryData) -> list[Block]:
    """Work samples and other files kept with the visit, in the record copy (the files
    themselves stay in the vault)."""
    if not data.copy.shows_restricted or not data.attachments:
        return []
    rows = tuple(
        (caption or "No caption", kind, added, "Restricted" if restricted else "")
        for caption, kind, added, restricted in data.attachments
    )
    return [
        Heading("Work samples and attachments", 3),
        Table(("Caption", "Kind", "Added", "Restricted"), rows, "Files kept with this visit in the vault"),
    ]


def _safeguarding(data: VisitSummaryData) -> Together:
    visit = data.visit
    if "safeguarding_details" in data.withheld:
        return _section("Safeguarding", WITHHELD)
    if not visit.safeguarding_concern:
        return _section("Safeguarding", "No safeguarding concern raised at this visit.")
    body = _text(visit.safeguarding_details)
    shown = visit.safeguarding_procedure_shown_at
    if shown:
        body += f"\nSafeguarding procedure shown {shown:%d/%m/%Y %H:%M} UTC."
    return _section("Safeguarding concern", body)


def render_visit_summary(data: VisitSummaryData) -> bytes:
    return render_pdf(visit_summary_document(data))
