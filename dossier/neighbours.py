"""The small graph on each entity page: the entity in the middle, the entities it shares most
sources with around it, and the ties among them, as an inline SVG drawn when the page is built.

No script and no request: the drawing is part of the page, so it shows offline and from file://.
Names are scraped text: they are written with `escape_attr` (as SVG text and link titles), never
as markup. Links are URLs of the built site, relative to the entity page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .markup import escape_attr

#: Colour-blind-safe (Okabe-Ito) hues by entity type, as in the graph view (dossier-graph.js).
COLOURS = {"person": "#0072B2", "organization": "#E69F00", "place": "#009E73", "event": "#CC79A7", "other": "#999999"}
#: The desktop drawing: the entity in the middle, its neighbours on an ellipse, names beside them.
#: At most 30rem wide (dossier.css), about its own 600 units: its 11-unit names read at 11 px.
WIDTH, HEIGHT = 600, 300
RADIUS_X, RADIUS_Y = 140, 105
LABEL_CHARS = 24
#: The phone drawing (a phone's text column is 340-380 px): the entity at the left, its neighbours
#: one a row on an arc at its right, their names after them. 360 units wide, it is drawn at about
#: its own size, so its 13-unit names read at 13 px; the desktop drawing, shrunk to a phone's
#: width, had 6.6 px names. NARROW_ROW is the height of a row: a name and room between two.
#: NARROW_LABEL_CHARS: the longest name that fits after the right-most dot at 7.5 px a character.
NARROW_WIDTH = 360
NARROW_ROW = 30
NARROW_CENTRE_X = 30
NARROW_RADIUS_X = 110
NARROW_LABEL_CHARS = 27


def _label(name: str, chars: int = LABEL_CHARS) -> str:
    return name if len(name) <= chars else name[: chars - 1] + "…"


def neighbour_svg(
    name: str,
    kind: str,
    neighbours: Sequence[tuple[str, str, int, str]],
    tie: Callable[[str, str], int],
) -> str:
    """Render the entity `name` and its `neighbours` (name, type, shared sources, url), with a line
    between two neighbours that share a source (`tie` counts them) and from each to the centre.

    Two drawings: the desktop's, and the phone's, laid out for a narrow column (dossier.css shows
    one of them by the screen's width)."""
    if not neighbours:
        return ""
    label = f"{escape_attr(name)} and the {len(neighbours)} entities it shares most sources with"
    return (
        '<div class="dossier-neighbours" data-search-exclude>'
        + _svg(_wide(neighbours), label, name, kind, tie)
        + _svg(_narrow(neighbours), label, name, kind, tie)
        + "</div>"
    )


#: A neighbour placed: name, type, shared sources, url, x, y, and its name's text-anchor, dx, dy.
_Point = tuple[str, str, int, str, float, float, str, int, int]


class _Layout(NamedTuple):
    """One drawing: its CSS class, size, centre, the longest name it shows, whether it names the
    centre under its dot, and the neighbours placed."""

    css: str
    width: int
    height: int
    centre: tuple[float, float]
    label_chars: int
    names_centre: bool
    points: list[_Point]


def _wide(neighbours: Sequence[tuple[str, str, int, str]]) -> _Layout:
    """Around the centre on an ellipse; names outward (left, right, above or below the dot)."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    points = []
    for i, (n, t, c, url) in enumerate(neighbours):
        angle = -math.pi / 2 + 2 * math.pi * i / len(neighbours)
        x, y = cx + RADIUS_X * math.cos(angle), cy + RADIUS_Y * math.sin(angle)
        anchor = "middle" if abs(x - cx) < 30 else ("start" if x > cx else "end")
        dx = 0 if anchor == "middle" else (11 if anchor == "start" else -11)
        dy = 20 if y > cy + 10 and anchor == "middle" else (-12 if anchor == "middle" else 4)
        points.append((n, t, c, url, x, y, anchor, dx, dy))
    return _Layout("dossier-neighbours-wide", WIDTH, HEIGHT, (cx, cy), LABEL_CHARS, True, points)


def _narrow_height(count: int) -> int:
    return (count + 1) * NARROW_ROW


def _narrow(neighbours: Sequence[tuple[str, str, int, str]]) -> _Layout:
    """One a row, on an arc bulging right of the centre (at the left edge); names after the dots.
    The centre is named in the drawing's title only: the page's heading just above names it, and a
    name under the dot at the left edge would run into the neighbours' names."""
    height = _narrow_height(len(neighbours))
    cy = height / 2
    half = len(neighbours) / 2 * NARROW_ROW  # the arc's half height: a row beyond the outer dots
    points = []
    for i, (n, t, c, url) in enumerate(neighbours):
        y = cy + (i - (len(neighbours) - 1) / 2) * NARROW_ROW
        x = NARROW_CENTRE_X + NARROW_RADIUS_X * math.sqrt(1 - ((y - cy) / (half + NARROW_ROW / 2)) ** 2)
        points.append((n, t, c, url, x, y, "start", 13, 5))
    return _Layout(
        "dossier-neighbours-narrow", NARROW_WIDTH, height, (NARROW_CENTRE_X, cy), NARROW_LABEL_CHARS, False, points
    )


def _svg(layout: _Layout, aria: str, name: str, kind: str, tie: Callable[[str, str], int]) -> str:
    """Draw the placed neighbours: ties among them, lines to the centre, dots and names (links)."""
    points = layout.points
    cx, cy = layout.centre
    most = max(p[2] for p in points) or 1
    lines = []
    for i, (a, _, _, _, ax, ay, *_) in enumerate(points):
        for b, _, _, _, bx, by, *_ in points[i + 1 :]:
            if (w := tie(a, b)) > 0:
                lines.append(f'<line x1="{ax:.0f}" y1="{ay:.0f}" x2="{bx:.0f}" y2="{by:.0f}" '
                             f'stroke-width="{0.5 + 2 * min(w, most) / most:.1f}" opacity="0.45"/>')  # fmt: skip
    for _, _, c, _, x, y, *_ in points:
        lines.append(
            f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke-width="{1 + 4 * c / most:.1f}"/>'
        )
    centre = f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="13" fill="{COLOURS.get(kind, COLOURS["other"])}" stroke="#fff"/>'
    if layout.names_centre:
        centre += f'<text x="{cx:.0f}" y="{cy + 27:.0f}" text-anchor="middle" font-weight="bold">{escape_attr(_label(name))}</text>'
    nodes = [centre]
    for n, t, c, url, x, y, anchor, dx, dy in points:
        r = 5 + 5 * c / most
        nodes.append(
            f'<a href="{escape_attr(url)}"><title>{escape_attr(n)}: {c} shared source{"" if c == 1 else "s"}</title>'
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r:.1f}" fill="{COLOURS.get(t, COLOURS["other"])}" stroke="#fff"/>'
            f'<text x="{x + dx:.0f}" y="{y + dy:.0f}" text-anchor="{anchor}">{escape_attr(_label(n, layout.label_chars))}</text></a>'
        )
    return (
        f'<svg class="{layout.css}" viewBox="0 0 {layout.width} {layout.height}" role="img" aria-label="{aria}">'
        + "".join(lines) + "".join(nodes) + "</svg>"
    )  # fmt: skip
