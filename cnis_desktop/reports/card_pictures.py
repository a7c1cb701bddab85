"""The picture cards (resources/icons/cards/*.svg) drawn onto a ReportLab canvas, so the
child's own sheet shows the same pictures they sorted on screen.

The cards are the app's own drawings and use a small part of SVG: rect, circle, ellipse,
polygon and path (M, L, Q, T, Z), with fill and stroke. This draws exactly that part.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from ..resources import resource

_NUMBER = re.compile(r"[A-Za-z]|-?\d*\.?\d+")


@cache
def _card(code: str) -> ET.Element:
    return ET.parse(resource("icons", "cards", f"{code}.svg")).getroot()


def _paint(canvas: Canvas, element: ET.Element) -> tuple[bool, bool]:
    fill = element.get("fill", "#000000")
    stroke = element.get("stroke", "none")
    has_fill, has_stroke = fill != "none", stroke != "none"
    if has_fill:
        canvas.setFillColor(colors.HexColor(fill))
    if has_stroke:
        canvas.setStrokeColor(colors.HexColor(stroke))
        canvas.setLineWidth(float(element.get("stroke-width", "1")))
    return has_fill, has_stroke


def _path(canvas: Canvas, data: str) -> object:
    path = canvas.beginPath()
    tokens = _NUMBER.findall(data)
    command, i = "", 0
    here = (0.0, 0.0)
    control = here

    def take(n: int) -> list[float]:
        nonlocal i
        values = [float(t) for t in tokens[i : i + n]]
        i += n
        return values

    def quad(q: tuple[float, float], end: tuple[float, float]) -> None:
        # A quadratic Bézier as the cubic ReportLab draws.
        c1 = (here[0] + 2 / 3 * (q[0] - here[0]), here[1] + 2 / 3 * (q[1] - here[1]))
        c2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
        path.curveTo(*c1, *c2, *end)

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                path.close()
                continue
        if command == "M":
            here = control = tuple(take(2))  # type: ignore[assignment]
            path.moveTo(*here)
            command = "L"
        elif command == "L":
            here = control = tuple(take(2))  # type: ignore[assignment]
            path.lineTo(*here)
        elif command == "Q":
            qx, qy, x, y = take(4)
            quad((qx, qy), (x, y))
            here, control = (x, y), (qx, qy)
        elif command == "T":
            x, y = take(2)
            reflected = (2 * here[0] - control[0], 2 * here[1] - control[1])
            quad(reflected, (x, y))
            here, control = (x, y), reflected
        else:  # a command these drawings do not use: stop rather than guess
            break
    return path


def draw_card(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The card's picture with its bottom-left corner at (x, y), `size` points square."""
    root = _card(code)
    box = [float(v) for v in root.get("viewBox", "0 0 120 120").split()]
    canvas.saveState()
    canvas.translate(x, y + size)
    canvas.scale(size / box[2], -size / box[3])  # SVG's y runs down the page
    for element in root:
        tag = element.tag.rsplit("}", 1)[-1]
        fill, stroke = _paint(canvas, element)

        def number(name: str, of: ET.Element = element) -> float:
            return float(of.get(name, "0"))

        if tag == "rect":
            radius = number("rx")
            if radius:
                canvas.roundRect(
                    number("x"),
                    number("y"),
                    number("width"),
                    number("height"),
                    radius,
                    stroke=int(stroke),
                    fill=int(fill),
                )
            else:
                canvas.rect(
                    number("x"),
                    number("y"),
                    number("width"),
                    number("height"),
                    stroke=int(stroke),
                    fill=int(fill),
                )
        elif tag == "circle":
            canvas.circle(number("cx"), number("cy"), number("r"), stroke=int(stroke), fill=int(fill))
        elif tag == "ellipse":
            cx, cy, rx, ry = number("cx"), number("cy"), number("rx"), number("ry")
            canvas.ellipse(cx - rx, cy - ry, cx + rx, cy + ry, stroke=int(stroke), fill=int(fill))
        elif tag == "polygon":
            points = [float(v) for v in re.split(r"[ ,]+", element.get("points", "").strip())]
            path = canvas.beginPath()
            path.moveTo(points[0], points[1])
            for px, py in zip(points[2::2], points[3::2], strict=True):
                path.lineTo(px, py)
            path.close()
            canvas.drawPath(path, stroke=int(stroke), fill=int(fill))
        elif tag == "path":
            canvas.drawPath(_path(canvas, element.get("d", "")), stroke=int(stroke), fill=int(fill))
    canvas.restoreState()
