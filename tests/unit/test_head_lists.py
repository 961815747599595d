"""Unit tests for dossier.headlists: the list of the article's data under its headline."""

from __future__ import annotations

from dossier.clean import HEAD_PROSE_WORDS, clean_lines
from dossier.headlists import apply_head_lists
from dossier.model import Removal

HEADLINE = "Council closes the old bridge for the summer"
FIRST = (
    "The council voted on Tuesday to close the old bridge for repairs, and the mayor said the work "
    "would take most of the summer."
)


def _run(lines: list[str], chrome: dict[int, str], headline: int | None = 1) -> dict[int, str]:
    removed = {n: Removal(n, lines[n - 1], rule) for n, rule in chrome.items()}
    apply_head_lists(lines, removed, headline, HEAD_PROSE_WORDS)
    return {n: r.rule for n, r in removed.items() if r.rule == "head-list"}


def test_the_short_items_beside_the_date_go():
    lines = [HEADLINE, "- 3 May 2016", "- In: Local news", "- 12 replies", FIRST]
    assert _run(lines, {1: "headline", 2: "date-line"}) == {3: "head-list", 4: "head-list"}


def test_a_list_without_the_date_or_byline_stays():
    lines = [HEADLINE, "- Roads", "- Bridges", FIRST]
    assert _run(lines, {1: "headline"}) == {}


def test_a_sentence_among_the_items_stays():
    lines = [HEADLINE, "- 3 May 2016", "- The bridge will reopen in September.", FIRST]
    assert _run(lines, {1: "headline", 2: "date-line"}) == {}


def test_a_list_under_the_first_paragraph_is_the_article_s():
    lines = [HEADLINE, FIRST, "- 3 May 2016", "- Roads"]
    assert _run(lines, {1: "headline", 3: "date-line"}) == {}


def test_no_headline_no_head_list():
    lines = ["- 3 May 2016", "- Roads", FIRST]
    assert _run(lines, {1: "date-line"}, headline=None) == {}


def test_clean_lines_removes_the_section_item_beside_the_date():
    lines = [HEADLINE, "", "- 3 May 2016", "- In: Local news", "", FIRST]
    removed = {r.line: r for r in clean_lines(lines).removed}
    assert removed[3].rule == "date-line"
    assert removed[4].rule == "head-list"
    assert "line 3" in removed[4].evidence
    assert 6 not in removed
