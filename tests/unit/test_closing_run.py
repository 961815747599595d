"""Unit tests for dossier.closingrun: the short lines under the run of chrome that closes a page."""

from __future__ import annotations

from dossier.clean import CLOSING_RULES, clean_lines
from dossier.closingrun import (
    CLOSING_TAIL_MAX_WORDS,
    PARAGRAPH_MIN_WORDS,
    apply_closing_list_heading,
    apply_closing_run,
)
from dossier.model import Removal

# An article paragraph of PARAGRAPH_MIN_WORDS words or more.
LONG = (
    "The council voted on Tuesday to close the old bridge for repairs, and the mayor said the work "
    "would take most of the summer while traffic is sent through the northern ring road instead."
)
SHORT = "The bridge opened in 1962."


def _run(lines: list[str], chrome: dict[int, str]) -> dict[int, str]:
    removed = {n: Removal(n, lines[n - 1], rule) for n, rule in chrome.items()}
    apply_closing_run(lines, removed, CLOSING_RULES)
    return {n: r.rule for n, r in removed.items() if r.rule == "closing-run"}


def test_the_paragraph_is_long_enough_to_count():
    assert len(LONG.split()) >= PARAGRAPH_MIN_WORDS > len(SHORT.split())


def test_short_lines_under_a_closing_run_go():
    lines = [LONG, "Share this", "Tweet this", "Thank you!", "Check your inbox to confirm it."]
    assert _run(lines, {2: "share", 3: "share"}) == {4: "closing-run", 5: "closing-run"}


def test_a_lone_removed_line_is_no_closing_run():
    # One removed heading between two paragraphs is the article's subheading taken for chrome.
    lines = [LONG, "Download our reader", SHORT]
    assert _run(lines, {2: "subscription"}) == {}


def test_the_run_must_open_with_a_closing_rule():
    # Two lines removed as a caption and its credit inside the article close nothing.
    lines = [LONG, "A caption", "Photo: Agency", SHORT]
    assert _run(lines, {2: "caption-credit", 3: "caption-credit"}) == {}


def test_a_long_paragraph_under_the_run_is_the_article_going_on():
    lines = [LONG, "Share this", "Tweet this", LONG, "Thank you!"]
    assert _run(lines, {2: "share", 3: "share"}) == {}


def test_more_than_a_few_words_under_the_run_stay():
    tail = [SHORT] * 9  # the article's short paragraphs going on under a box set inside it
    assert sum(len(line.split()) for line in tail) > CLOSING_TAIL_MAX_WORDS
    lines = [LONG, "Share this", "Tweet this", *tail]
    assert _run(lines, {2: "share", 3: "share"}) == {}


def test_a_paragraph_wrapped_over_lines_counts_whole():
    # The article's last paragraph, wrapped by a scraper: no line of it is long, the paragraph is.
    half = LONG.split(" ")
    wrapped = [" ".join(half[:10]), " ".join(half[10:22]), " ".join(half[22:])]
    assert max(len(line.split()) for line in wrapped) < PARAGRAPH_MIN_WORDS
    lines = [*wrapped, "Share this", "Tweet this", "Thank you!"]
    assert _run(lines, {4: "share", 5: "share"}) == {6: "closing-run"}


def test_no_paragraph_no_closing_run():
    lines = [SHORT, "Share this", "Tweet this", "Thank you!"]
    assert _run(lines, {2: "share", 3: "share"}) == {}


def test_clean_lines_removes_the_thanks_under_a_share_bar_with_its_reason():
    # The sentence under the thanks reads as running text: the layout alone keeps both lines.
    pitch = "Now open the message we sent you to confirm the sign-up."
    lines = [LONG, "", "Share on Facebook", "Share on Twitter", "", "Thank you!", "", pitch]
    removed = {r.line: r for r in clean_lines(lines).removed}
    assert removed[3].rule == removed[4].rule == "share"
    assert removed[6].rule == removed[8].rule == "closing-run"
    assert "closing chrome (from line 3)" in removed[8].evidence
    assert 1 not in removed


def test_a_heading_over_a_list_of_other_stories_closing_the_page_goes():
    # Its list gone (removed, or dropped by the extractor), the heading is the site's.
    for heading in (
        "More world stories from the Daily Post:",
        "Related post:",
        "Other blogs that reference this post:",
    ):
        removed: dict[int, Removal] = {}
        apply_closing_list_heading([LONG, heading], removed)
        assert list(removed) == [2]


def test_a_closing_line_introducing_the_articles_own_text_stays():
    # A colon the article's own words open (a contact, its sources), a heading under which kept
    # text stands, or a heading that is the page's only kept line: none goes.
    for page in (
        [LONG, "For more information please contact:"],
        [LONG, "On the Net:"],
        [LONG, "More stories:", SHORT],
        ["More stories:"],
    ):
        removed: dict[int, Removal] = {}
        apply_closing_list_heading(page, removed)
        assert removed == {}
