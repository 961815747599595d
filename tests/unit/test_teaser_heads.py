"""Unit tests for dossier.teaserheads: the heading and first teaser above a list of other stories."""

from __future__ import annotations

from dossier.linescores import TEASER_PAIRS_WORDING
from dossier.model import Removal
from dossier.teaserheads import apply_teaser_heads

PARAGRAPH = "The council voted on Tuesday to close the old bridge for repairs over the summer."
HEADING = "More Local Stories"
HEADLINE = "Market reopens"
LEAD = "Traders returned to the square on Monday after the works."
LIST = ["School roof repaired at last", "Parents said the work took far too long this year."]


def _run(lines: list[str]) -> dict[int, str]:
    listed = [n for n, t in enumerate(lines, 1) if t in LIST]
    removed = {n: Removal(n, lines[n - 1], "layout", f"{TEASER_PAIRS_WORDING}; page chrome") for n in listed}
    apply_teaser_heads(lines, removed)
    return {n: r.rule for n, r in removed.items() if r.rule == "teaser-head"}


def test_the_heading_and_a_short_first_teaser_above_the_list_go():
    lines = [PARAGRAPH, HEADING, HEADLINE, LEAD, *LIST]
    assert _run(lines) == {2: "teaser-head", 3: "teaser-head", 4: "teaser-head"}


def test_without_a_heading_the_last_section_of_the_article_stays():
    # A subheading and one paragraph right above the list, under running text: the article's.
    lines = [PARAGRAPH, HEADLINE, LEAD, *LIST]
    assert _run(lines) == {}


def test_a_lead_that_is_no_sentence_stays():
    lines = [PARAGRAPH, HEADING, HEADLINE, "Traders returned to the square", *LIST]
    assert _run(lines) == {}


def test_a_heading_that_is_a_sentence_stays():
    lines = [PARAGRAPH, "Read on.", HEADLINE, LEAD, *LIST]
    assert _run(lines) == {}


def test_a_one_word_headline_is_a_name_not_a_teaser():
    lines = [PARAGRAPH, HEADING, "Ann", LEAD, *LIST]
    assert _run(lines) == {}


def test_lines_above_another_kind_of_removal_stay():
    lines = [PARAGRAPH, HEADING, HEADLINE, LEAD, "Share this"]
    removed = {5: Removal(5, "Share this", "share")}
    apply_teaser_heads(lines, removed)
    assert set(removed) == {5}


def test_a_long_line_above_the_pair_is_no_list_heading():
    # The article's own subheading over a section's subheading: longer than a list's heading.
    lines = [PARAGRAPH, "What the council plans next for the town", HEADLINE, LEAD, *LIST]
    assert _run(lines) == {}
