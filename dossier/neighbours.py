"""The small graph on each entity page: the entity in the middle, the entities it shares most
sources with around it, and the ties among them, as an inline SVG drawn when the page is built.

No script and no request: the drawing is part of the page, so it shows offline and from file://.
Names are scraped text: they are written with `escape_attr` (as SVG text and link titles), never
as markup. Links are URLs of the built site, relative to the entity page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .markup import escape_attr

#: Colour-blind-safe (Okabe-Ito) hues by entity type, as in the graph view (dossier-graph.js).
COLOURS = {"person": "#0072B2", "organization": "#E69F00", "place": "#009E73", "event": "#CC79A7", "other": "#999999"}
WIDTH, HEIGHT = 600, 300
RADIUS_X, RADIUS_Y = 140, 105
LABEL_CHARS = 24


def _label(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"


def neighbour_svg(
    name: str,
    kind: str,
    neighbours: Sequence[tuple[str, str, int, str]],
    tie: Callable[[str, str], int],
) -> str:
    """Render the entity `name` and its `neighbours` (name, type, shared sources, url), with a line
    between two neighbours that share a source (`tie` counts them) and from each to the centre."""
    if not neighbours:
        return ""
    cx, cy = WIDTH / 2, HEIGHT / 2
    most = max(c for _, _, c, _ in neighbours) or 1
    points = []
    for i, (n, t, c, url) in enumerate(neighbours):
        angle = -math.pi / 2 + 2 * math.pi * i / len(neighbours)
        points.append((n, t, c, url, cx + RADIUS_X * math.cos(angle), cy + RADIUS_Y * math.sin(angle)))
    lines = []
    for i, (a, _, _, _, ax, ay) in enumerate(points):
        for b, _, _, _, bx, by in points[i + 1 :]:
            if (w := tie(a, b)) > 0:
                lines.append(f'<line x1="{ax:.0f}" y1="{ay:.0f}" x2="{bx:.0f}" y2="{by:.0f}" '
                             f'stroke-width="{0.5 + 2 * min(w, most) / most:.1f}" opacity="0.45"/>')  # fmt: skip
    for _, _, c, _, x, y in points:
        lines.append(
            f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke-width="{1 + 4 * c / most:.1f}"/>'
        )
    nodes = [
        f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="13" fill="{COLOURS.get(kind, COLOURS["other"])}" stroke="#fff"/>'
        f'<text x="{cx:.0f}" y="{cy + 27:.0f}" text-anchor="middle" font-weight="bold">{escape_attr(_label(name))}</text>'
    ]
    for n, t, c, url, x, y in points:
        anchor = "middle" if abs(x - cx) < 30 else ("start" if x > cx else "end")
        dx = 0 if anchor == "middle" else (11 if anchor == "start" else -11)
        dy = 20 if y > cy + 10 and anchor == "middle" else (-12 if anchor == "middle" else 4)
        r = 5 + 5 * c / most
        nodes.append(
            f'<a href="{escape_attr(url)}"><title>{escape_attr(n)}: {c} shared source{"" if c == 1 else "s"}</title>'
            f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r:.1f}" fill="{COLOURS.get(t, COLOURS["other"])}" stroke="#fff"/>'
            f'<text x="{x + dx:.0f}" y="{y + dy:.0f}" text-anchor="{anchor}">{escape_attr(_label(n))}</text></a>'
        )
    return (
        f'<div class="dossier-neighbours" data-search-exclude><svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape_attr(name)} and the {len(neighbours)} entities it shares most sources with">'
        + "".join(lines) + "".join(nodes) + "</svg></div>"
    )  # fmt: skip
