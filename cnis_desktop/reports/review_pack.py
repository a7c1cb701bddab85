"""The review pack: everything about the child's period, the child's own words first.

Its title and statutory content fit the child: an "EHC annual review" (with what SEND
Regulations 2014 regs 20–21 and the Code of Practice 9.166–9.185 ask a review to record)
only for a child with a final EHC plan; an assessment pack while a needs assessment is
under way; an elective home education review or an education review otherwise. What the
copy withholds was decided when the pack was gathered (documents.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain import codes
from ..domain.audience import WITHHELD, Copy, copy_for
from ..domain.ehc import AnnualReview, Deadline, EhcPlan, Outcome, ProgressEntry
from ..domain.eotas import Component, QaVisit
from ..domain.hours import Week
from ..domain.model import Action, Child, Visit
from ..domain.review_rights import RIGHTS_OF_APPEAL
from ..domain.schoolage import key_stage, nc_year, nc_year_label
from ..domain.views import ViewsRecord
from ..domain.visit_content import judges_suitability
from .document import (
    Block,
    Chart,
    Contents,
    ContentsEntry,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    Span,
    Table,
    Together,
)
from .pack_options import REVIEW_ONLY_SECTIONS, SECTION_TITLES, SECTIONS, PackOptions
from .pdf_render import render_pdf
from .typeset import day, hours, keep, lower_first

PACK_TITLES = {
    "ehc_review": "EHC annual review",
    "assessment": "EHC needs assessment pack",
    "ehe_review": "Elective home education review",
    "education_review": "Education review",
}
TITLE = PACK_TITLES["ehc_review"]  # the title of a pack for a child with a plan


@dataclass
class EotasLine:
    component: Component
    provider: str
    planned_minutes: int
    delivered_minutes: int
    not_delivered: dict[str, int]


@dataclass(frozen=True)
class ChildWords:
    """Something the child said, word for word, and where and when it was recorded."""

    text: str
    source: str
    on: date | None


@dataclass
class Hours:
    weeks: list[Week]
    delivered: bool  # sessions are logged: delivered hours exist
    planned_label: str  # how the planned hours are known
    full_time: bool  # measured against a school's full time (never home education)
    source: str


@dataclass
class PackData:
    child: Child
    kind: str = "education_review"
    copy: Copy = field(default_factory=copy_for)
    plan: EhcPlan | None = None
    review: AnnualReview | None = None
    deadlines: list[Deadline] = field(default_factory=list)
    views: list[ViewsRecord] = field(default_factory=list)
    # The attached images (a drawing, a photo of the picture cards) of each views record, in
    # the order of `views`, already chosen for the copy.
    view_pictures: list[list[Picture]] = field(default_factory=list)
    # The captions of those pictures whose bytes are not on this laptop yet, likewise.
    view_pictures_not_here: list[list[str]] = field(default_factory=list)
    voices: list[ChildWords] = field(default_factory=list)
    outcomes: list[tuple[Outcome, list[ProgressEntry]]] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)  # as the copy may show them
    hours: Hours | None = None
    eotas: list[EotasLine] = field(default_factory=list)
    qa: list[tuple[str, QaVisit]] = field(default_factory=list)  # provider name, visit
    actions: list[tuple[str, Action]] = field(default_factory=list)  # source, action
    safeguarding: list[tuple[date | None, str]] = field(default_factory=list)  # record copy
    personal_budget: list[str] = field(default_factory=list)  # EOTAS components so funded
    author: str = ""
    case_reference: str = ""
    document_id: str = ""
    today: date = field(default_factory=date.today)

    @property
    def title(self) -> str:
        return PACK_TITLES[self.kind]

    @property
    def pictures_not_here(self) -> int:
        return sum(len(captions) for captions in self.view_pictures_not_here)


def _unquoted(text: str) -> str:
    return text.strip().strip('“”"').strip()


def _said(text: str) -> str:
    return f"“{_unquoted(text)}”"


def _cover(data: PackData, options: PackOptions) -> list[Block]:
    child = data.child
    dob = child.date_of_birth
    year = nc_year(dob, data.today) if dob else None
    blocks: list[Block] = [
        Heading(data.title, 1),
        Paragraph((Span("for "), Span(child.preferred_name or child.legal_first_name, bold=True))),
        Paragraph(f"Covering {day(options.start)} to {day(options.end)}."),
        Paragraph(data.copy.notice + ".", "notice"),
    ]
    facts = [
        ("Name", f"{child.legal_first_name} {child.legal_last_name}"),
        ("Date of birth", day(dob)),
        (
            "Year group",
            keep(f"{nc_year_label(year)} ({key_stage(year)})") if year is not None else "Not recorded",
        ),
        ("UPN", child.upn or "Not recorded"),
        ("Primary need", codes.PRIMARY_NEED.label(child.primary_need) or "Not recorded"),
        ("SEND status", codes.SEND_STATUS.label(child.send_status)),
    ]
    if data.plan and data.kind == "ehc_review":
        facts += [
            ("EHC plan finalised", day(data.plan.final_date)),
            ("Last annual review", day(data.plan.last_review_date, "None yet")),
        ]
    if data.review and data.review.meeting_date and data.kind == "ehc_review":
        facts.append(("Review meeting", day(data.review.meeting_date)))
    blocks.append(Table(None, tuple(facts), "About the child"))
    if data.deadlines:
        timetable = "Review timetable" if data.kind == "ehc_review" else "Assessment timetable"
        rows = tuple((d.name, day(d.due), d.describe(data.today)) for d in data.deadlines)
        blocks += [Heading(timetable, 3), Table(("Step", "Due", "Status"), rows, timetable)]
    return blocks


def _applies(key: str, data: PackData) -> bool:
    if key in REVIEW_ONLY_SECTIONS and data.kind != "ehc_review":
        return False
    if key == "adulthood":
        dob = data.child.date_of_birth
        return dob is not None and nc_year(dob, data.today) >= 9
    if key == "eotas":
        return bool(data.eotas)
    if key == "outcomes":
        return data.kind == "ehc_review" or bool(data.outcomes)
    return True


def _views(data: PackData, options: PackOptions) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["views"], 2)]
    if not data.voices and not data.views:
        return [*blocks, Paragraph("No views were recorded in this period.")]
    if data.voices:
        blocks += [
            Heading("In the child's own words", 3),
            Paragraph(
                "Everything the child said word for word in this period, from views records, "
                "visits and EOTAS sessions, each with where and when it was said.",
                "small",
            ),
        ]
        for words in data.voices:
            if words.text == WITHHELD:
                blocks.append(Paragraph(f"{WITHHELD} ({words.source}, {day(words.on)})"))
                continue
            blocks += [
                Paragraph(_said(words.text), "quote"),
                Paragraph(f"{words.source}, {day(words.on)}", "small"),
            ]
    else:
        blocks.append(
            Paragraph(
                "No words of the child's own were recorded in this period; "
                "the records below are the workers' summaries and "
                "observations."
            )
        )
    for number, record in enumerate(data.views):
        pictures = data.view_pictures[number] if number < len(data.view_pictures) else []
        not_here = data.view_pictures_not_here[number] if number < len(data.view_pictures_not_here) else []
        blocks += _views_record(record, options, data.copy, pictures, not_here)
    return blocks


def _views_record(
    record: ViewsRecord,
    options: PackOptions,
    copy: Copy,
    pictures: list[Picture] | None = None,
    not_here: list[str] | None = None,
) -> list[Block]:
    method = codes.VIEWS_METHOD.label(record.method)
    purpose = lower_first(codes.VIEWS_PURPOSE.label(record.purpose))
    blocks: list[Block] = [Heading(f"{day(record.gathered_on)} – {method}, for {purpose}", 3)]
    support = ", ".join(codes.COMMUNICATION_SUPPORT.label(c) for c in record.communication_support)
    if record.interpreter_language:
        support += f" ({record.interpreter_language})"
    meta = f"Gathered by {record.gathered_by}"
    if support:
        meta += f"; communication support: {support}"
    if record.others_present:
        meta += f"; also present: {record.others_present if copy.third_party else WITHHELD}"
    meta += "; read back to the child" if record.read_back else ""
    blocks.append(Paragraph(meta + ".", "small"))
    if not record.consent_to_share and not copy.shows_restricted:
        return [
            *blocks,
            Paragraph(f"{WITHHELD} – the child did not agree to share these views beyond the record."),
        ]
    sections = dict(codes.VIEWS_SECTIONS.get(record.method, ()))
    summaries = [st for st in record.statements if not st.exact_words and st.text.strip()]
    if any(st.exact_words and st.text.strip() for st in record.statements):
        blocks.append(Paragraph("The child's words from this record are quoted above.", "small"))
    for statement in summaries:
        where = (
            f" ({sections[statement.section]})" if len(sections) > 1 and statement.section in sections else ""
        )
        blocks.append(Paragraph(f"Worker's summary{where}: {statement.text.strip()}"))
    blocks += pictures or []
    # Never left out without a word: the reader would take the child's drawing for missing.
    blocks += [
        Paragraph(
            (
                Span("Picture not included: ", bold=True),
                Span(
                    f"{caption}. It was not on this laptop when this document was made; sync, then"
                    " make the document again to include it."
                ),
            )
        )
        for caption in not_here or []
    ]
    if record.scales:
        rows = tuple(
            (a.question, str(a.value) if a.value is not None else "Not answered") for a in record.scales
        )
        blocks.append(Table(("Question", "Answer (0–10)"), rows, "Scaling answers"))
    if record.cards:
        piles = {
            p: [codes.SORT_CARDS.label(c.card) for c in record.cards if c.pile == p]
            for p in codes.SORT_PILE.codes
        }
        blocks.append(
            Table(
                tuple(codes.SORT_PILE.label(p) for p in codes.SORT_PILE.codes),
                (tuple(", ".join(piles[p]) or "None" for p in codes.SORT_PILE.codes),),
                "Picture cards the child sorted",
            )
        )
    consent = (
        f"The child agreed these views can be shared with {record.share_with}."
        if record.consent_to_share
        else "The child did not agree to share these views beyond this record."
    )
    blocks.append(Paragraph(consent, "small"))
    return blocks


def _parent_views(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["parent_views"], 2)]
    if not data.copy.third_party:
        return [*blocks, Paragraph(f"{WITHHELD} – third-party information is not in this copy.")]
    found = [
        (r.gathered_on, r.parent_carer_name or "Parent or carer", r.parent_carer_views)
        for r in data.views
        if r.parent_carer_views.strip()
    ]
    found += [(v.actual_date, "At the visit", v.parent_views) for v in data.visits if v.parent_views.strip()]
    if not found:
        return [*blocks, Paragraph("No parent or carer views were recorded in this period.")]
    for on, who, text in sorted(found, key=lambda f: f[0] or date.min):
        blocks += [Paragraph(f"{day(on)} {who}", "label"), Paragraph(text.strip())]
    return blocks


def _meeting(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["meeting"], 2)]
    review = data.review
    if review is None:
        return [*blocks, Paragraph("No review meeting is recorded for this cycle.")]
    blocks.append(
        Paragraph(
            f"Meeting held on {day(review.meeting_date, 'a date not yet set')}; "
            f"invitations sent {day(review.invitations_sent, 'not recorded')}."
        )
    )
    if review.invitees:
        came = sum(1 for p in review.invitees if p.attended)
        rows = tuple(
            (
                p.name,
                p.role or "Not recorded",
                day(p.invited_on, "Not recorded"),
                "Yes" if p.attended else "No",
            )
            for p in review.invitees
        )
        blocks += [
            Heading("Who was invited and who came", 3),
            Table(
                ("Name", "Role", "Invited on", "Attended"),
                rows,
                "Who was invited to the review meeting and who came",
            ),
            Paragraph(f"{came} of the {len(review.invitees)} people invited came.", "small"),
        ]
    else:
        blocks.append(Paragraph("Who was invited and who came is not recorded."))
    blocks.append(Heading("Advice and information", 3))
    if review.advice:
        rows = tuple(
            (
                a.source,
                day(a.requested_on, "Not recorded"),
                day(a.received_on, "Not received"),
                day(a.circulated_on, "Not circulated"),
            )
            for a in review.advice
        )
        blocks.append(
            Table(
                ("From", "Asked for", "Received", "Circulated"),
                rows,
                "Advice and information received for the review",
            )
        )
    else:
        blocks.append(Paragraph("No advice or information is recorded as received."))
    circulated = next((d for d in data.deadlines if d.key == "advice_circulated"), None)
    if circulated is not None:
        blocks.append(
            Paragraph(
                f"Advice must be circulated to everyone invited at least two weeks before the "
                f"meeting, by {day(circulated.due)} ({circulated.rule or 'SEND Regs 2014 r.20'}): "
                f"{circulated.describe(data.today)}.",
                "small",
            )
        )
    return blocks


def _outcomes(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["outcomes"], 2)]
    if not data.outcomes:
        return [*blocks, Paragraph("No Section E outcomes are recorded.")]
    for number, (outcome, progress) in enumerate(data.outcomes, start=1):
        part: list[Block] = [Heading(f"Outcome {number}: {outcome.text.strip()}", 3)]
        if outcome.provision:
            part.append(Paragraph(f"Provision: {outcome.provision.strip()}", "small"))
        if progress:
            rows = tuple(
                (day(p.recorded_on), codes.PROGRESS_RATING.label(p.rating), p.note.strip() or "Not recorded")
                for p in progress
            )
            part.append(
                Table(("Date", "Progress", "What was seen"), rows, f"Progress towards outcome {number}")
            )
        else:
            part.append(Paragraph("No progress recorded in this period."))
        blocks.append(Together(tuple(part)))
    return blocks


def _text_section(key: str, text: str, missing: str) -> list[Block]:
    return [Heading(SECTION_TITLES[key], 2), Paragraph(text.strip() or missing)]


def _health_care(data: PackData) -> list[Block]:
    review = data.review
    blocks: list[Block] = [
        Heading(SECTION_TITLES["health_care"], 2),
        Paragraph(
            (review.health_social_care.strip() if review else "")
            or "The review of the health and social care provision is not recorded."
        ),
    ]
    budget = review.personal_budget.strip() if review else ""
    blocks.append(Heading("Personal budget", 3))
    lines = [budget] if budget else []
    lines += data.personal_budget
    blocks.append(Paragraph("\n".join(lines) if lines else "No personal budget is recorded."))
    return blocks


def _recommendation(data: PackData) -> list[Block]:
    review = data.review
    blocks: list[Block] = [Heading(SECTION_TITLES["recommendation"], 2)]
    if review is None or not review.recommendation:
        blocks.append(Paragraph("The meeting's recommendation is not recorded."))
    else:
        blocks.append(
            Paragraph(
                (
                    Span("The meeting recommended: ", bold=True),
                    Span(codes.REVIEW_DECISION.label(review.recommendation) + "."),
                )
            )
        )
    if review is not None:
        blocks += [
            Heading("Proposed amendments", 3),
            Paragraph(review.proposed_amendments.strip() or "None proposed."),
            Heading("Differences of opinion", 3),
            Paragraph(review.differences_of_opinion.strip() or "None recorded."),
        ]
    return blocks


def _decision(data: PackData) -> list[Block]:
    review = data.review
    blocks: list[Block] = [Heading("The authority's decision and your rights", 2)]
    if review is not None and review.decision and review.decision_date:
        blocks.append(
            Paragraph(
                (
                    Span("Decision: ", bold=True),
                    Span(
                        f"{codes.REVIEW_DECISION.label(review.decision)}, notified on "
                        f"{day(review.decision_date)}."
                    ),
                )
            )
        )
    else:
        due = next((d for d in data.deadlines if d.key == "decision"), None)
        when = (
            f" It must be notified by {day(due.due)} ({due.rule})."
            if due and due.rule
            else f" It must be notified by {day(due.due)}."
            if due
            else ""
        )
        blocks.append(Paragraph("The authority has not yet made its decision on this review." + when))
    blocks += [Paragraph(paragraph) for paragraph in RIGHTS_OF_APPEAL]
    return blocks


def _visits(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["visits"], 2)]
    if not data.visits:
        return [*blocks, Paragraph("No visits in this period.")]
    rows = []
    for v in data.visits:
        seen = "seen alone" if v.child_seen_alone else ("seen" if v.child_seen else "not seen")
        judgement = (
            (codes.JUDGEMENT.label(v.judgement) or "Not recorded")
            if judges_suitability(v.visit_type)
            else "Not judged at this kind of visit"
        )
        summary = v.education_approach.strip() or "Not recorded"
        if v.child_views.strip():
            summary += f"\nChild: {_said(v.child_views)}"
        if v.present.strip():
            summary += f"\nPresent: {v.present.strip()}"
        rows.append((day(v.actual_date), codes.VISIT_TYPE.label(v.visit_type), seen, judgement, summary))
    blocks.append(
        Table(("Date", "Visit", "Seen", "Suitability", "Summary"), tuple(rows), "Visits in the period")
    )
    return blocks


def _hours(data: PackData) -> list[Block]:
    head = Heading(SECTION_TITLES["hours"], 2)
    found = data.hours
    if found is None or not found.weeks:
        return [head, Paragraph("No hours are recorded for this period.")]
    weeks = found.weeks
    planned = sum(w.planned_minutes for w in weeks) / 60
    delivered = sum(w.delivered_minutes for w in weeks) / 60
    threshold = weeks[-1].threshold_minutes / 60
    full_time_total = sum(w.threshold_minutes for w in weeks) / 60
    totals = [f"{found.planned_label}: {hours(planned)} over {len(weeks)} weeks."]
    if found.delivered:
        share = f" ({delivered / planned:.0%} of plan)" if planned else ""
        zero = sum(1 for w in weeks if not w.delivered_minutes)
        totals.append(
            f"Delivered (logged sessions): {hours(delivered)}{share}; "
            f"{zero} of {len(weeks)} weeks with nothing delivered."
        )
        if found.full_time and full_time_total:
            totals.append(
                f"Delivered is {delivered / full_time_total:.0%} of full time "
                f"({hours(threshold)} a week for the child's key stage)."
            )
    else:
        totals.append(
            "No sessions are logged, so no hours are shown as delivered: delivered "
            "hours come only from logged sessions."
        )
        if found.full_time and full_time_total:
            totals.append(
                f"Planned is {planned / full_time_total:.0%} of full time "
                f"({hours(threshold)} a week for the child's key stage)."
            )
    if not found.full_time:
        totals.append("Home education is not measured against a school's full time.")
    description = " ".join(totals)
    chart = Chart(
        tuple(weeks),
        found.delivered,
        found.planned_label,
        found.full_time,
        f"Bar chart of hours a week from {day(weeks[0].start)} to {day(weeks[-1].start)}. " + description,
    )
    key = [f"{found.source}. Striped outlined bars: {lower_first(found.planned_label)}."]
    if found.delivered:
        key.append("Solid bars: delivered; a flat mark at the foot is a week with nothing delivered.")
    if found.full_time:
        key.append("Dashed line: full time for the child's key stage.")
    # Heading, key, chart and totals stay on one page: a chart split from its key is unreadable.
    return [Together((head, Paragraph(" ".join(key), "small"), chart, *(Paragraph(t) for t in totals)))]


def _eotas(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["eotas"], 2)]
    rows = []
    for line in data.eotas:
        causes = (
            ", ".join(
                f"{lower_first(codes.ACTIVITY_STATUS.label(k))} {n}"
                for k, n in sorted(line.not_delivered.items())
                if n
            )
            or "None"
        )
        rows.append(
            (
                line.component.name,
                line.provider,
                f"{line.planned_minutes / 60:.1f}",
                f"{line.delivered_minutes / 60:.1f}",
                causes,
            )
        )
    blocks.append(
        Table(
            ("Component", "Provider", "Planned h", "Delivered h", "Not delivered"),
            tuple(rows),
            "EOTAS delivery by component",
        )
    )
    for provider, qa in data.qa:
        blocks.append(
            Paragraph(
                f"Quality assurance of {provider} on {day(qa.visit_date)}: "
                f"{lower_first(codes.QA_RATING.label(qa.rating))}. {qa.findings.strip()}"
            )
        )
    return blocks


def _safeguarding(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading("Safeguarding", 2)]
    if not data.copy.shows_safeguarding:
        return [*blocks, Paragraph(WITHHELD)]
    if not data.safeguarding:
        return [*blocks, Paragraph("No safeguarding concern was recorded in this period.")]
    return [
        *blocks,
        Table(
            ("Date", "Recorded"),
            tuple((day(on), text) for on, text in data.safeguarding),
            "Safeguarding concerns recorded in the period",
        ),
    ]


def _actions(data: PackData) -> list[Block]:
    blocks: list[Block] = [Heading(SECTION_TITLES["actions"], 2)]
    if not data.actions:
        return [*blocks, Paragraph("No actions were set in this period.")]
    rows = tuple(
        (a.what, a.who, day(a.due, WITHHELD if a.what == WITHHELD else "Not set"), source)
        for source, a in data.actions
    )
    blocks.append(Table(("What", "Who", "By when", "From"), rows, "Actions"))
    return blocks


def _sign_off(data: PackData) -> list[Block]:
    written = ""
    if data.review is not None and data.review.report_author:
        written = f" The review report was written by {data.review.report_author}."
    return [
        Paragraph(
            f"Prepared by {data.author} on {day(data.today)}.{written} "
            f"{data.copy.notice}. Document {data.document_id}.",
            "small",
        )
    ]


def review_pack_document(data: PackData, options: PackOptions) -> Document:
    builders = {
        "views": lambda: _views(data, options),
        "parent_views": lambda: _parent_views(data),
        "meeting": lambda: _meeting(data),
        "outcomes": lambda: _outcomes(data),
        "adulthood": lambda: _text_section(
            "adulthood",
            data.review.preparing_for_adulthood if data.review else "",
            "Not recorded: from Year 9 every review must consider preparing for adulthood "
            "(employment, independent living, community, health).",
        ),
        "health_care": lambda: _health_care(data),
        "visits": lambda: _visits(data),
        "hours": lambda: _hours(data),
        "eotas": lambda: _eotas(data),
        "actions": lambda: _actions(data),
        "recommendation": lambda: _recommendation(data),
    }
    applicable = [k for k in SECTIONS if _applies(k, data)]
    entries = [
        ContentsEntry(SECTION_TITLES[k], "" if k in options.sections else options.left_out(k))
        for k in applicable
    ]
    entries.append(ContentsEntry("Safeguarding"))
    if data.kind == "ehc_review":
        entries.append(ContentsEntry("The authority's decision and your rights"))
    child = data.child
    document = Document(
        data.title,
        f"{child.preferred_name or child.legal_first_name} {child.legal_last_name}",
        data.case_reference,
        data.today,
        data.copy,
        data.document_id,
        data.author,
    )
    document.add(
        *_cover(data, options), PageBreak(), Heading("Contents", 1), Contents(tuple(entries)), PageBreak()
    )
    for key in applicable:
        if key in options.sections:
            document.add(*builders[key]())
    document.add(*_safeguarding(data))
    if data.kind == "ehc_review":
        document.add(*_decision(data))
    document.add(*_sign_off(data))
    return document


def render_review_pack(data: PackData, options: PackOptions) -> bytes:
    return render_pdf(review_pack_document(data, options))
