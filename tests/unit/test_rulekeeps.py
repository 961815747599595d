"""Unit tests for dossier.rulekeeps: lines a line rule took that their shape and place give back."""

from __future__ import annotations

from dossier.clean import clean_lines

INTRO = "Our series on small presses goes on this week with three more studios from the city."
ITEM = "The studio prints its booklets by hand on a machine it bought second hand in the nineties."


def _kept(lines: list[str]) -> set[str]:
    return {line.text for line in clean_lines(lines).kept}


def test_an_items_own_link_after_more_is_kept():
    lines = [INTRO, "", ITEM, "More: http://example.org/studio", "", ITEM.replace("booklets", "posters")]
    assert "More: http://example.org/studio" in _kept(lines)


def test_a_read_more_link_and_a_more_teaser_still_go():
    lines = [
        INTRO,
        "",
        ITEM,
        "",
        "Read more: http://example.org/news/story-123",
        "More: Three studios that closed this year",
    ]
    kept = _kept(lines)
    assert "Read more: http://example.org/news/story-123" not in kept
    assert "More: Three studios that closed this year" not in kept


GUIDE = [
    "Brows frame the face, and the right product makes all the difference to how they sit.",
    "BROW GEL/CLEAR MASCARA",
    "Thin in texture, a gel is the go-to for grooming: brush the hairs up and out from the inner corner.",
    "BROW WAX",
    "Coarser hair demands a thicker product, and a wax helps shape the most stubborn arches.",
]


def test_a_slashed_heading_in_capitals_among_capitals_headings_is_kept():
    assert "BROW GEL/CLEAR MASCARA" in _kept(GUIDE)


def test_a_slashed_heading_with_no_other_capitals_heading_stays_a_credit():
    lines = [GUIDE[0], "BROW GEL/CLEAR MASCARA", GUIDE[2], GUIDE[4]]
    assert "BROW GEL/CLEAR MASCARA" not in _kept(lines)


def test_a_credit_in_capitals_among_capitals_headings_still_goes():
    lines = [*GUIDE[:2], "SAUL LOEB/AFP", *GUIDE[2:]]
    assert "SAUL LOEB/AFP" not in _kept(lines)
