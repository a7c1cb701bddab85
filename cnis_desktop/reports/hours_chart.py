"""The hours chart, worked out once as shapes and drawn onto a PDF page or into SVG.

Planned hours are outlined, striped bars; delivered hours solid dark bars beside them; a
week with nothing delivered has a zero drawn at its foot; full time is a dashed line (never
for home education). Each series differs in shape or pattern as well as colour and stands
at 3:1 or more against the white page, so a greyscale print or a reader who cannot tell
colours apart loses nothing. All chart text is 8 pt or larger, and week labels carry the
year. Text widths come from ReportLab's own measurement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .document import Chart
from .layout import FONT, register_fonts

TEXT_SIZE = 8.0
INK_HEX = "#1b1b1b"
DELIVERED_HEX = "#1d4f91"  # 8.6:1 on white
PLANNED_HEX = "#505a5f"  # 7:1 on white: the outline and stripes of a planned bar
GRID_HEX = "#b1b4b6"
STRIPE_GAP = 2.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    kind: str  # planned | delivered | zero | swatch_planned | swatch_delivered


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str  # grid | full_time | stripe | outline


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"  # start | middle | end


@dataclass
class Geometry:
    width: float
    height: float
    rects: list[Rect] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


def _striped(geometry: Geometry, x: float, y: float, w: float, h: float) -> None:
    geometry.rects.append(Rect(x, y, w, h, "planned"))
    stripe = y + STRIPE_GAP
    while stripe < y + h:
        geometry.segments.append(Segment(x, stripe, x + w, stripe, "stripe"))
        stripe += STRIPE_GAP
    for x1, y1, x2, y2 in ((x, y, x, y + h), (x + w, y, x + w, y + h), (x, y + h, x + w, y + h)):
        geometry.segments.append(Segment(x1, y1, x2, y2, "outline"))


def chart_geometry(chart: Chart, width: float = 170 * mm, height: float = 72 * mm) -> Geometry:
    register_fonts()  # the labels are measured in the font they are drawn in
    geometry = Geometry(width, height)
    weeks = chart.weeks
    left, bottom, top, legend_h = 14 * mm, 6 * mm, 3 * mm, 7 * mm
    plot_w, plot_h = width - left - 2 * mm, height - bottom - top - legend_h
    peak = max(
        [w.planned_minutes / 60 for w in weeks]
        + [5.0]
        + ([w.delivered_minutes / 60 for w in weeks] if chart.delivered else [])
        + ([w.threshold_minutes / 60 for w in weeks] if chart.full_time else [])
    )
    scale_top = (int(peak / 5) + 1) * 5

    def y(hours: float) -> float:
        return float(bottom + hours / scale_top * plot_h)

    for hours in range(0, scale_top + 1, 5):
        geometry.segments.append(Segment(left, y(hours), left + plot_w, y(hours), "grid"))
        geometry.labels.append(Label(left - 2, y(hours) - 3, f"{hours} h", "end"))
    # The key, drawn with the same shapes as the bars.
    key_y = height - legend_h + 2 * mm
    key_x = left
    for kind, text in (
        ("swatch_planned", chart.planned_label),
        *((("swatch_delivered", "Delivered (logged sessions)"),) if chart.delivered else ()),
        *((("full_time", "Full time for the key stage"),) if chart.full_time else ()),
    ):
        if kind == "full_time":
            geometry.segments.append(Segment(key_x, key_y + 4, key_x + 8 * mm, key_y + 4, "full_time"))
            key_x += 8 * mm + 2
        elif kind == "swatch_planned":
            _striped(geometry, key_x, key_y, 4 * mm, 3 * mm)
            key_x += 4 * mm + 4
        else:
            geometry.rects.append(Rect(key_x, key_y, 4 * mm, 3 * mm, "delivered"))
            key_x += 4 * mm + 4
        geometry.labels.append(Label(key_x, key_y + 1, text))
        key_x += stringWidth(text, FONT, TEXT_SIZE) + 6 * mm
    if not weeks:
        return geometry
    slot = plot_w / len(weeks)
    bar = slot * (0.38 if chart.delivered else 0.7)
    for i, week in enumerate(weeks):
        x = left + i * slot + slot * 0.12
        if week.planned_minutes:
            _striped(geometry, x, bottom, bar, y(week.planned_minutes / 60) - bottom)
        if chart.delivered:
            dx = x + bar + slot * 0.02
            if week.delivered_minutes:
                geometry.rects.append(
                    Rect(dx, bottom, bar, y(week.delivered_minutes / 60) - bottom, "delivered")
                )
            else:  # nothing delivered is a visible zero, not an empty slot
                geometry.rects.append(Rect(dx, bottom, bar, 1.2, "zero"))
    if chart.full_time:
        for i, week in enumerate(weeks):
            level = y(week.threshold_minutes / 60)
            geometry.segments.append(
                Segment(left + i * slot, level, left + (i + 1) * slot, level, "full_time")
            )
    # As many week labels as fit side by side, by their measured width, none off the chart.
    label_w = stringWidth("00/00/0000", FONT, TEXT_SIZE) + 6
    every = max(1, int(label_w / slot) + 1)
    right_edge = 0.0
    for i, week in enumerate(weeks):
        centre = left + i * slot + slot / 2
        if i % every == 0 and centre - label_w / 2 >= max(right_edge, 0) and centre + label_w / 2 <= width:
            geometry.labels.append(Label(centre, 1, f"{week.start:%d/%m/%Y}", "middle"))
            right_edge = centre + label_w / 2
    return geometry


class HoursChartFlowable(Flowable):  # type: ignore[misc]
    """Drawn straight onto the page: a graphics Drawing of a year of weeks is a few hundred
    shape objects rendered one by one, several times the cost of the lines themselves."""

    def __init__(self, chart: Chart, width: float = 170 * mm, height: float = 72 * mm) -> None:
        super().__init__()
        self.chart = chart
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        geometry = chart_geometry(self.chart, self.width, self.height)
        c = self.canv
        c.saveState()
        by_kind: dict[str, list[Segment]] = {}
        for segment in geometry.segments:
            by_kind.setdefault(segment.kind, []).append(segment)
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.HexColor(GRID_HEX))
        c.lines([(s.x1, s.y1, s.x2, s.y2) for s in by_kind.get("grid", [])])
        c.setFillColor(colors.white)
        for rect in geometry.rects:
            if rect.kind == "planned":
                c.rect(rect.x, rect.y, rect.w, rect.h, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor(PLANNED_HEX))
        c.setLineWidth(0.5)
        c.lines([(s.x1, s.y1, s.x2, s.y2) for s in by_kind.get("stripe", [])])
        c.setLineWidth(0.8)
        c.lines([(s.x1, s.y1, s.x2, s.y2) for s in by_kind.get("outline", [])])
        c.setFillColor(colors.HexColor(DELIVERED_HEX))
        for rect in geometry.rects:
            if rect.kind in ("delivered", "zero"):
                c.rect(rect.x, rect.y, rect.w, rect.h, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor(INK_HEX))
        c.setLineWidth(1.2)
        c.setDash(4, 2)
        c.lines([(s.x1, s.y1, s.x2, s.y2) for s in by_kind.get("full_time", [])])
        c.setDash()
        c.setFillColor(colors.HexColor(INK_HEX))
        c.setFont(FONT, TEXT_SIZE)
        for label in geometry.labels:
            if label.anchor == "end":
                c.drawRightString(label.x, label.y, label.text)
            elif label.anchor == "middle":
                c.drawCentredString(label.x, label.y, label.text)
            else:
                c.drawString(label.x, label.y, label.text)
        c.restoreState()


def chart_svg(chart: Chart, width: float = 170 * mm, height: float = 72 * mm) -> str:
    """The same chart as SVG (for the accessible version), with its text alternative as the
    SVG's own title and description."""
    g = chart_geometry(chart, width, height)

    def sy(value: float) -> float:
        return round(height - value, 2)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.1f}pt" '
        f'height="{height:.1f}pt" viewBox="0 0 {width:.1f} {height:.1f}" role="img">',
        f"<title>{escape('Hours of education, week by week')}</title>",
        f"<desc>{escape(chart.description)}</desc>",
        f'<rect x="0" y="0" width="{width:.1f}" height="{height:.1f}" fill="#ffffff"/>',
    ]
    styles = {
        "grid": f'stroke="{GRID_HEX}" stroke-width="0.4"',
        "stripe": f'stroke="{PLANNED_HEX}" stroke-width="0.5"',
        "outline": f'stroke="{PLANNED_HEX}" stroke-width="0.8"',
        "full_time": f'stroke="{INK_HEX}" stroke-width="1.2" stroke-dasharray="4 2"',
    }
    for rect in g.rects:
        fill = "#ffffff" if rect.kind == "planned" else DELIVERED_HEX
        parts.append(
            f'<rect x="{rect.x:.2f}" y="{sy(rect.y + rect.h)}" width="{rect.w:.2f}" '
            f'height="{rect.h:.2f}" fill="{fill}"/>'
        )
    for s in g.segments:
        parts.append(
            f'<line x1="{s.x1:.2f}" y1="{sy(s.y1)}" x2="{s.x2:.2f}" y2="{sy(s.y2)}" {styles[s.kind]}/>'
        )
    for label in g.labels:
        parts.append(
            f'<text x="{label.x:.2f}" y="{sy(label.y)}" font-family="DejaVu Sans, '
            f'sans-serif" font-size="{TEXT_SIZE}" fill="{INK_HEX}" '
            f"text-anchor={quoteattr(label.anchor)}>{escape(label.text)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)
