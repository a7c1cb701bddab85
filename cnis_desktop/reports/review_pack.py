"""The EHC annual-review pack: everything about the child's year, the child's words first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ..domain import codes
from ..domain.ehc import AnnualReview, Deadline, EhcPlan, Outcome, ProgressEntry
from ..domain.eotas import Component, QaVisit
from ..domain.hours import Week
from ..domain.model import Action, Child, Visit
from ..domain.schoolage import key_stage, nc_year, nc_year_label
from ..domain.views import ViewsRecord
from .layout import ACCENT, FONT, RULE, Contents, PageFurniture, Para, build_pdf, styles
from .pack_options import SECTION_TITLES, SECTIONS, PackOptions

TITLE = "EHC annual review pack"
WITHHELD = "<i>Third-party information withheld from this copy.</i>"

@dataclass
class EotasLine:
    component: Component
    provider: str
    planned_minutes: int
    delivered_minutes: int
    not_delivered: dict[str, int]


@dataclass
class PackData:
    child: Child
    plan: EhcPlan | None = None
    review: AnnualReview | None = None
    deadlines: list[Deadline] = field(default_factory=list)
    views: list[ViewsRecord] = field(default_factory=list)
    outcomes: list[tuple[Outcome, list[ProgressEntry]]] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    weeks: list[Week] = field(default_factory=list)
    hours_source: str = ""
    eotas: list[EotasLine] = field(default_factory=list)
    qa: list[tuple[str, QaVisit]] = field(default_factory=list)  # provider name, visit
    actions: list[tuple[str, Action]] = field(default_factory=list)  # source, action


def _d(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "–"


def _t(value: str) -> str:
    return escape(value.strip()).replace("\n", "<br/>")


Cell = str | list[Flowable]


def _cell(text: Cell, width: float | None) -> str | Para | list[Flowable]:
    """Short plain text is drawn as it is; only text that wraps or has markup becomes a
    Paragraph (a paragraph per cell is most of a long table's cost)."""
    if isinstance(text, list):
        return text
    plain = "<" not in text and "&" not in text
    if plain and width is not None and len(text) * 2.2 * mm < width - 4:
        return text
    return Para(text, styles().body)


def _table(rows: Sequence[Sequence[Cell]], widths: Sequence[float | None], header: bool = True) -> Table:
    data = [[_cell(cell, width) for cell, width in zip(row, widths, strict=True)]
            for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("LEADING", (0, 0), (-1, -1), 14),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef3fa"))]
    table.setStyle(TableStyle(commands))
    return table


def _cover(data: PackData, options: PackOptions, today: date) -> list[Flowable]:
    s = styles()
    child = data.child
    dob = child.date_of_birth
    year = nc_year(dob, today) if dob else None
    story: list[Flowable] = [
        Spacer(1, 20 * mm),
        Para(TITLE, s.title),
        Para(f"for <b>{escape(child.preferred_name or child.legal_first_name)}</b>", s.heading),
        Para(f"Covering {_d(options.start)} to {_d(options.end)}", s.body),
        Spacer(1, 8 * mm),
    ]
    facts = [
        ["Name", escape(f"{child.legal_first_name} {child.legal_last_name}")],
        ["Date of birth", _d(dob)],
        ["Year group", f"{nc_year_label(year)} ({key_stage(year)})" if year is not None else "–"],
        ["UPN", escape(child.upn) or "–"],
        ["Primary need", escape(codes.PRIMARY_NEED.label(child.primary_need)) or "–"],
    ]
    if data.plan:
        facts += [["EHC plan finalised", _d(data.plan.final_date)],
                  ["Last annual review", _d(data.plan.last_review_date)]]
    story.append(_table(facts, [50 * mm, None], header=False))
    if data.deadlines:
        story += [Spacer(1, 6 * mm), Para("Review timetable", s.heading)]
        rows = [["Step", "Due", "Status"]] + [
            [escape(d.name), _d(d.due), escape(d.describe(today))] for d in data.deadlines]
        story.append(_table(rows, [80 * mm, 28 * mm, None]))
    story.append(PageBreak())
    titles = [SECTION_TITLES[k] for k in SECTIONS if k in options.sections
              and (k != "eotas" or data.eotas)]
    story += [Para("Contents", s.title), Contents(titles), PageBreak()]
    return story


def _views(data: PackData, options: PackOptions) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["views"], s.section)]
    if not data.views:
        return [*story, Para("No views were recorded in this period.", s.body)]
    story.append(Para("The child's exact words are shown in the shaded boxes, in quotation "
                           "marks; the worker's summaries are marked as such.", s.small))
    for record in data.views:
        method = codes.VIEWS_METHOD.label(record.method)
        support = ", ".join(codes.COMMUNICATION_SUPPORT.label(c)
                            for c in record.communication_support)
        if record.interpreter_language:
            support += f" ({record.interpreter_language})"
        purpose = codes.VIEWS_PURPOSE.label(record.purpose).lower()
        heading = f"{_d(record.gathered_on)} – {method}, for {purpose}"
        story.append(Para(escape(heading), s.heading))
        meta = f"Gathered by {escape(record.gathered_by)}"
        if support:
            meta += f"; communication support: {escape(support)}"
        if options.third_party and record.others_present:
            meta += f"; also present: {escape(record.others_present)}"
        meta += "; read back to the child" if record.read_back else ""
        story.append(Para(meta + ".", s.small))
        sections = dict(codes.VIEWS_SECTIONS.get(record.method, ()))
        order = list(sections)
        if record.started_with in order:  # the child chose where to start
            order.remove(record.started_with)
            order.insert(0, record.started_with)
        for key in order:
            said = [st for st in record.statements if st.section == key and st.text.strip()]
            if not said:
                continue
            if len(sections) > 1:
                story.append(Para(escape(sections[key]), s.label))
            for statement in said:
                if statement.exact_words:
                    story.append(Para(f"“{_t(statement.text)}”", s.quote))
                else:
                    story.append(Para(f"Worker's summary: {_t(statement.text)}", s.body))
        if record.scales:
            rows = [["Question", "Answer (0–10)"]] + [
                [_t(a.question), str(a.value) if a.value is not None else "–"]
                for a in record.scales]
            story.append(_table(rows, [None, 35 * mm]))
        if record.cards:
            piles = {p: [codes.SORT_CARDS.label(c.card) for c in record.cards if c.pile == p]
                     for p in codes.SORT_PILE.codes}
            rows = [[codes.SORT_PILE.label(p) for p in codes.SORT_PILE.codes],
                    [escape(", ".join(piles[p])) or "–" for p in codes.SORT_PILE.codes]]
            story.append(_table(rows, [None, None, None]))
        consent = ("The child agreed these views can be shared with "
                   f"{escape(record.share_with)}." if record.consent_to_share
                   else "The child did not agree to share these views beyond this record.")
        story.append(Para(consent, s.small))
    return story


def _parent_views(data: PackData, options: PackOptions) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["parent_views"], s.section)]
    if not options.third_party:
        return [*story, Para(WITHHELD, s.body)]
    found = [(r.gathered_on, r.parent_carer_name, r.parent_carer_views) for r in data.views
             if r.parent_carer_views.strip()]
    found += [(v.actual_date, "At the visit", v.parent_views) for v in data.visits
              if v.parent_views.strip()]
    if not found:
        return [*story, Para("No parent or carer views were recorded in this period.", s.body)]
    for day, who, text in sorted(found, key=lambda f: f[0] or date.min):
        story += [Para(f"{_d(day)} {escape(who)}", s.label), Para(_t(text), s.body)]
    return story


def _outcomes(data: PackData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["outcomes"], s.section)]
    if not data.outcomes:
        return [*story, Para("No Section E outcomes are recorded.", s.body)]
    for number, (outcome, progress) in enumerate(data.outcomes, start=1):
        block: list[Flowable] = [Para(f"Outcome {number}: {_t(outcome.text)}", s.heading)]
        if outcome.provision:
            block.append(Para(f"Provision: {_t(outcome.provision)}", s.small))
        if progress:
            rows = [["Date", "Progress", "What was seen"]] + [
                [_d(p.recorded_on), codes.PROGRESS_RATING.label(p.rating), _t(p.note)]
                for p in progress]
            block.append(_table(rows, [24 * mm, 32 * mm, None]))
        else:
            block.append(Para("No progress recorded in this period.", s.body))
        story.append(KeepTogether(block))
    return story


def _visits(data: PackData, options: PackOptions) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["visits"], s.section)]
    if not data.visits:
        return [*story, Para("No visits in this period.", s.body)]
    rows: list[list[Cell]] = [["Date", "Visit", "Seen", "Judgement", "Summary"]]
    for v in data.visits:
        seen = "seen alone" if v.child_seen_alone else ("seen" if v.child_seen else "not seen")
        # A paragraph per line, each in one style: mixed markup costs ReportLab several times
        # as much to lay out as plain runs.
        summary = [Para(_t(v.education_approach or ""), s.body)]
        if v.child_views.strip():
            summary.append(Para(f"Child: “{_t(v.child_views)}”", s.body))
        if options.third_party and v.present:
            summary.append(Para(f"Present: {_t(v.present)}", s.small))
        rows.append([_d(v.actual_date), escape(codes.VISIT_TYPE.label(v.visit_type)), seen,
                     escape(codes.JUDGEMENT.label(v.judgement)), summary])
    story.append(_table(rows, [25 * mm, 34 * mm, 17 * mm, 26 * mm, None]))
    return story


BELOW_PLAN = colors.HexColor("#d4351c")
FULL_TIME = colors.HexColor("#b58840")


class HoursChart(Flowable):  # type: ignore[misc]
    """Bars of hours a week (red where below plan) against the full-time line (dashed).

    Drawn straight onto the page: a graphics Drawing of a year of weeks is a few hundred
    shape objects rendered one by one, several times the cost of the lines themselves.
    """

    def __init__(self, weeks: list[Week], width: float = 170 * mm,
                 height: float = 62 * mm) -> None:
        super().__init__()
        self.weeks = weeks
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c, weeks = self.canv, self.weeks
        left, bottom, top = 14 * mm, 8 * mm, 6 * mm
        plot_w, plot_h = self.width - left - 2 * mm, self.height - bottom - top
        peak = max([w.delivered_minutes / 60 for w in weeks]
                   + [w.threshold_minutes / 60 for w in weeks]
                   + [w.planned_minutes / 60 for w in weeks] + [5.0])
        scale_top = (int(peak / 5) + 1) * 5

        def y(hours: float) -> float:
            return float(bottom + hours / scale_top * plot_h)

        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setFont(FONT, 7)
        for hours in range(0, scale_top + 1, 5):
            c.line(left, y(hours), left + plot_w, y(hours))
            c.drawRightString(left - 2, y(hours) - 3, f"{hours} h")
        if weeks:
            slot = plot_w / len(weeks)
            for colour, below in ((ACCENT, False), (BELOW_PLAN, True)):
                c.setFillColor(colour)
                for i, w in enumerate(weeks):
                    if w.below_plan == below and w.delivered_minutes:
                        c.rect(left + i * slot + slot * 0.15, bottom, slot * 0.7,
                               y(w.delivered_minutes / 60) - bottom, stroke=0, fill=1)
            c.setLineWidth(1.2)
            c.setStrokeColor(colors.black)
            c.lines([(left + i * slot, y(w.planned_minutes / 60),
                      left + (i + 1) * slot, y(w.planned_minutes / 60))
                     for i, w in enumerate(weeks) if w.planned_minutes])
            c.setStrokeColor(FULL_TIME)
            c.setDash(3, 2)
            c.lines([(left + i * slot, y(w.threshold_minutes / 60),
                      left + (i + 1) * slot, y(w.threshold_minutes / 60))
                     for i, w in enumerate(weeks)])
            c.setFillColor(colors.black)
            c.setFont(FONT, 6.5)
            every = max(1, int(len(weeks) / 13) + 1)
            for i, w in enumerate(weeks):
                if i % every == 0:
                    c.drawCentredString(left + i * slot + slot / 2, 2, f"{w.start:%d/%m}")
        c.restoreState()


def _hours(data: PackData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["hours"], s.section)]
    if not data.weeks:
        return [*story, Para("No hours are recorded for this period.", s.body)]
    delivered = sum(w.delivered_minutes for w in data.weeks) / 60
    below_ft = sum(1 for w in data.weeks if w.below_full_time)
    threshold = data.weeks[-1].threshold_minutes / 60
    # Heading, key, chart and totals stay on one page: a chart split from its key is unreadable.
    return [KeepTogether([
        *story,
        Para(f"{escape(data.hours_source)}. Bars: hours a week (red where below plan); "
                  f"black line: planned; dashed line: full time for the child's key stage "
                  f"({threshold:g} hours).", s.small),
        HoursChart(data.weeks),
        Spacer(1, 3 * mm),  # the week labels clear of the totals below
        Para(f"{delivered:.1f} hours over {len(data.weeks)} weeks; {below_ft} of "
                  f"{len(data.weeks)} weeks below full time.", s.body),
    ])]


def _eotas(data: PackData, options: PackOptions) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["eotas"], s.section)]
    rows = [["Component", "Provider", "Planned h", "Delivered h", "Not delivered"]]
    for line in data.eotas:
        causes = ", ".join(f"{codes.ACTIVITY_STATUS.label(k).lower()} {n}"
                           for k, n in sorted(line.not_delivered.items()) if n) or "–"
        provider = escape(line.provider) if options.third_party else "–"
        rows.append([escape(line.component.name), provider,
                     f"{line.planned_minutes / 60:.1f}", f"{line.delivered_minutes / 60:.1f}",
                     escape(causes)])
    story.append(_table(rows, [40 * mm, 42 * mm, 20 * mm, 22 * mm, None]))
    for provider, qa in data.qa:
        name = escape(provider) if options.third_party else "a provider"
        story.append(Para(
            f"Quality assurance of {name} on {_d(qa.visit_date)}: "
            f"{escape(codes.QA_RATING.label(qa.rating).lower())}. {_t(qa.findings)}", s.body))
    return story


def _actions(data: PackData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Para(SECTION_TITLES["actions"], s.section)]
    if not data.actions:
        return [*story, Para("No actions were set in this period.", s.body)]
    rows = [["What", "Who", "By when", "From"]] + [
        [_t(a.what), _t(a.who), _d(a.due), escape(source)] for source, a in data.actions]
    story.append(_table(rows, [None, 40 * mm, 22 * mm, 34 * mm]))
    return story


def review_pack_story(data: PackData, options: PackOptions, today: date) -> list[Flowable]:
    story = _cover(data, options, today)
    builders = {
        "views": lambda: _views(data, options),
        "parent_views": lambda: _parent_views(data, options),
        "outcomes": lambda: _outcomes(data),
        "visits": lambda: _visits(data, options),
        "hours": lambda: _hours(data),
        "eotas": lambda: _eotas(data, options) if data.eotas else [],
        "actions": lambda: _actions(data),
    }
    for key in SECTIONS:
        if key in options.sections:
            part = builders[key]()
            if part:
                story += [*part, Spacer(1, 6 * mm)]
    return story


def render_review_pack(data: PackData, options: PackOptions, today: date | None = None) -> bytes:
    day = today or date.today()
    name = data.child.preferred_name or data.child.legal_first_name
    furniture = PageFurniture(f"{name} {data.child.legal_last_name}", TITLE, day)
    return build_pdf(review_pack_story(data, options, day), furniture, subject=TITLE)

