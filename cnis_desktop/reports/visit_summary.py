"""The visit summary: one visit, as finalised (with its amendments), for the file or the family."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..domain import codes
from ..domain.model import Child, StoredVisit, Visit
from ..domain.schoolage import key_stage, nc_year, nc_year_label
from .layout import FONT, FONT_BOLD, RULE, PageFurniture, Para, build_pdf, styles

TITLE = "Visit summary"


def _text(value: str) -> str:
    """Escape for ReportLab's mini-markup, keeping the writer's line breaks."""
    return escape(value.strip()).replace("\n", "<br/>") if value.strip() else "<i>Not recorded</i>"


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "Not recorded"


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _facts_table(rows: list[tuple[str, str]]) -> Table:
    s = styles()
    data = [[Para(escape(k), s.label), Para(v, s.body)] for k, v in rows]
    table = Table(data, colWidths=[52 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _section(title: str, body: str) -> list[Flowable]:
    s = styles()
    return [KeepTogether([Para(escape(title), s.heading), Para(body, s.body)])]


def visit_summary_story(child: Child, stored: StoredVisit, today: date) -> list[Flowable]:
    s = styles()
    visit: Visit = stored.effective()
    story: list[Flowable] = [Para(TITLE, s.title)]
    if not stored.is_final:
        story.append(Para("DRAFT – not finalised; content may change.", s.heading))
    dob = child.date_of_birth
    year = nc_year(dob, today) if dob else None
    story.append(_facts_table([
        ("Child", escape(child.display_name)),
        ("Legal name", escape(f"{child.legal_first_name} {child.legal_last_name}")),
        ("Date of birth", _day(dob)),
        ("Year group", f"{nc_year_label(year)} ({key_stage(year)})" if year is not None else ""),
        ("UPN", escape(child.upn) or "Not recorded"),
        ("SEND status", escape(codes.SEND_STATUS.label(child.send_status))),
    ]))
    story.append(Spacer(1, 4 * mm))
    seen = _yes_no(visit.child_seen)
    if visit.child_seen:
        seen += f"; seen alone: {_yes_no(visit.child_seen_alone)}"
    basis = codes.VISIT_BASIS.label(visit.basis)
    if visit.basis == "concern" and visit.concern_raised_by:
        basis += f" (raised by {visit.concern_raised_by})"
    hours = f"{visit.hours_per_week:g} hours a week" if visit.hours_per_week is not None else ""
    story += [Para("The visit", s.heading), _facts_table([
        ("Type", escape(codes.VISIT_TYPE.label(visit.visit_type))),
        ("Basis", escape(basis)),
        ("Format offered / used", escape(
            f"{codes.VISIT_FORMAT.label(visit.format_offered)} / "
            f"{codes.VISIT_FORMAT.label(visit.format_used)}")),
        ("Planned date", _day(visit.planned_date)),
        ("Date of visit", _day(visit.actual_date) + (f" at {escape(visit.start_time)}"
                                                     if visit.start_time else "")),
        ("Who was present", _text(visit.present)),
        ("Child seen", seen),
    ])]
    story += [Para("Education seen", s.heading), _facts_table([
        ("Approach", _text(visit.education_approach)),
        ("Curriculum areas", _text(visit.curriculum_areas)),
        ("Resources", _text(visit.resources)),
        ("Work samples", _text(visit.work_samples)),
        ("Who provides it", _text(visit.education_provider)),
        ("Time spent", escape(hours) or "<i>Not recorded</i>"),
    ])]
    # The child's own words are set apart so they are never mistaken for the writer's.
    story += [KeepTogether([Para("The child's views", s.heading),
                            Para(_text(visit.child_views), s.quote)])]
    story += _section("Parents' and carers' views", _text(visit.parent_views))
    story += _section("SEND needs and how they are met", _text(visit.send_needs))
    story += _section("Health and wellbeing", _text(visit.wellbeing))
    if visit.safeguarding_concern:
        shown = visit.safeguarding_procedure_shown_at
        body = _text(visit.safeguarding_details)
        if shown:
            body += f"<br/><i>Safeguarding procedure shown {shown:%d/%m/%Y %H:%M} UTC.</i>"
        story += _section("Safeguarding concern", body)
    else:
        story += _section("Safeguarding", "No safeguarding concern raised at this visit.")
    story += _section("Judgement", escape(codes.JUDGEMENT.label(visit.judgement))
                      or "<i>Not recorded</i>")
    story.append(Para("Actions", s.heading))
    if visit.actions:
        rows = [[Para("<b>What</b>", s.body), Para("<b>Who</b>", s.body),
                 Para("<b>By when</b>", s.body)]]
        rows += [[Para(_text(a.what), s.body), Para(_text(a.who), s.body),
                  Para(_day(a.due), s.body)] for a in visit.actions]
        table = Table(rows, colWidths=[None, 45 * mm, 28 * mm], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        story.append(table)
    else:
        story.append(Para("No actions.", s.body))
    story += _section("Next contact", _day(visit.next_contact_date))
    if stored.amendments:
        story.append(Para("Amendments", s.heading))
        for a in stored.amendments:
            fields = ", ".join(name.replace("_", " ") for name in sorted(a.changes))
            story.append(Para(
                f"{a.created_at:%d/%m/%Y %H:%M} by {escape(a.created_by)}: {escape(fields)}. "
                f"Reason: {escape(a.reason)}", s.body))
    story.append(Spacer(1, 6 * mm))
    signed = (f"Finalised by {escape(stored.finalised_by)} on {stored.finalised_at:%d/%m/%Y %H:%M} UTC."
              if stored.finalised_at else "Not finalised.")
    story.append(Para(f"{signed} Record {stored.id}.", s.small))
    return story


def render_visit_summary(child: Child, stored: StoredVisit, today: date | None = None) -> bytes:
    day = today or date.today()
    furniture = PageFurniture(child.display_name, TITLE, day)
    return build_pdf(visit_summary_story(child, stored, day), furniture, subject="Visit summary")

