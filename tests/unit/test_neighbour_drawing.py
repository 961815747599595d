"""The small neighbour graph of an entity page: a desktop drawing and one laid out for a phone."""

from __future__ import annotations

import re

from dossier.neighbours import NARROW_WIDTH, neighbour_svg

#: A width per character of a 13 px sans-serif name, on the wide side (capitals, "m" and "w").
CHAR_WIDTH = 7.5


def _drawing(names: list[str]) -> str:
    neighbours = [(n, "person", 3 - i % 3, f"../{i}/") for i, n in enumerate(names)]
    return neighbour_svg("Ann Reed", "person", neighbours, lambda a, b: 1)


def _svg(drawing: str, css: str) -> str:
    return drawing.split(f'<svg class="{css}"', 1)[1].split("</svg>", 1)[0]


def test_a_phone_gets_a_drawing_as_wide_as_its_column_with_every_name_inside_it() -> None:
    names = [f"Neighbour number {i} with a long name" for i in range(8)]
    drawing = _drawing(names)
    assert 'viewBox="0 0 600 300"' in _svg(drawing, "dossier-neighbours-wide")  # the desktop's, as before
    narrow = _svg(drawing, "dossier-neighbours-narrow")
    assert f'viewBox="0 0 {NARROW_WIDTH} ' in narrow
    labels = re.findall(r'<text x="(\d+)" y="(\d+)" text-anchor="start">([^<]+)</text>', narrow)
    assert len(labels) == len(names)  # every neighbour named; the centre is the page's heading
    for x, _, label in labels:
        assert int(x) + CHAR_WIDTH * len(label) <= NARROW_WIDTH, label  # a shortened name fits
    rows = sorted(int(y) for _, y, _ in labels)
    assert min(b - a for a, b in zip(rows, rows[1:], strict=False)) >= 13 * 1.5  # a row per name: none overlaps


def test_a_phone_drawing_of_one_neighbour_has_it_beside_the_centre() -> None:
    narrow = _svg(_drawing(["Bo Lind"]), "dossier-neighbours-narrow")
    assert narrow.count("<circle") == 2 and ">Bo Lind</text>" in narrow
