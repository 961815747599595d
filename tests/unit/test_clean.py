"""Unit tests for dossier.clean: which lines are chrome, which are body, and the audit of each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.clean import CleanOptions, clean_lines

# Body sentences that no rule should ever touch; each ends with a full stop, so none is headline-shaped.
BODY_BEFORE = "Russian warplanes struck targets near the city of Homs on Wednesday, officials said."
BODY_AFTER = "The Pentagon said it had not been told of the strikes in advance."


def _clean_between(line: str):
    """Clean one line placed between two ordinary body paragraphs."""
    return clean_lines([BODY_BEFORE, "", line, "", BODY_AFTER])


CHROME = [
    ("2 min read", "read-time", "boilerplate"),
    ("Reading time: 4 minutes", "read-time", "boilerplate"),
    ("Donation Total: $100.00", "donation", "boilerplate"),
    ("Donate Now", "donation", "boilerplate"),
    ("Support independent journalism", "donation", "boilerplate"),
    ("$25", "donation", "boilerplate"),
    ("Subscribe to our newsletter", "subscription", "boilerplate"),
    ("Get the latest headlines delivered straight to your inbox.", "subscription", "boilerplate"),
    ("Share this article", "share", "boilerplate"),
    ("Share on Facebook", "share", "boilerplate"),
    ("Facebook Twitter Email", "share", "boilerplate"),
    ("1.2K shares", "share", "boilerplate"),
    ("Follow us on Twitter", "share", "boilerplate"),
    ("Fact checked by The People's Voice Community", "fact-check-credit", "boilerplate"),
    ("Reviewed by Jane Smith", "fact-check-credit", "boilerplate"),
    (
        "Russian President Vladimir Putin attends a meeting at the Kremlin in Moscow, Russia, "
        "September 30, 2015. REUTERS/Sergei Karpukhin",
        "caption-credit",
        "boilerplate",
    ),
    ("Photo: John Smith", "caption-credit", "boilerplate"),
    ("Smoke rises over Homs. (Photo by Chip Somodevilla/Getty Images)", "caption-credit", "boilerplate"),
    ("Image 1 of 5", "image-chrome", "boilerplate"),
    ("Enlarge this image", "image-chrome", "boilerplate"),
    ("Contact the writer at jdoe@example.com", "contact-line", "boilerplate"),
    ("Got a news tip? Email us.", "contact-line", "boilerplate"),
    ("Skip to main content", "navigation", "boilerplate"),
    ("Home > World > Middle East", "navigation", "boilerplate"),
    ("Back to top", "navigation", "boilerplate"),
    ("Formats: [HTML] [JSON]", "formats-bar", "boilerplate"),
    ("Read more: Russia expands air campaign in Syria", "related", "boilerplate"),
    ("You may also like", "related", "boilerplate"),
    ("Most Read", "related", "boilerplate"),
    ("Advertisement", "advertisement", "boilerplate"),
    ("Story continues below advertisement", "advertisement", "boilerplate"),
    ("Tags: Russia, Syria, Vladimir Putin", "tag-list", "boilerplate"),
    ("Filed under: World News", "tag-list", "boilerplate"),
    ("Comments are closed.", "comment-policy", "boilerplate"),
    ("Leave a comment", "comment-policy", "boilerplate"),
    ("We use cookies to improve your experience on our site.", "consent-notice", "boilerplate"),
    ("© 2016 ABC News. All rights reserved.", "legal-footer", "boilerplate"),
    ("Privacy Policy | Terms of Use", "legal-footer", "boilerplate"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "legal-footer", "boilerplate"),
    ("Reporting by Tom Perry; Editing by Giles Elgood", "wire-signoff", "boilerplate"),
    ("The Associated Press contributed to this report.", "wire-signoff", "boilerplate"),
    ("FOR IMMEDIATE RELEASE", "press-release-chrome", "boilerplate"),
    ("By Jane Doe", "byline", "metadata"),
    ("By Jane Doe | jdoe@example.com", "byline", "metadata"),
    ("Published 5:32 p.m. March 4, 2021", "date-stamp", "metadata"),
    ("September 30, 2015", "date-line", "metadata"),
    ("Wednesday, Sept. 30, 2015 10:15 AM EDT", "date-line", "metadata"),
]


@pytest.mark.parametrize(("line", "rule", "kind"), CHROME, ids=[c[0][:40] for c in CHROME])
def test_chrome_line_is_removed_with_its_rule(line, rule, kind):
    cleaned = _clean_between(line)
    assert [r.line for r in cleaned.removed] == [3]
    removal = cleaned.removed[0]
    assert (removal.text, removal.rule, removal.kind) == (line, rule, kind)
    assert [k.text for k in cleaned.kept] == [BODY_BEFORE, BODY_AFTER]



BODY = [
    "Behind the Anti-ISIS Rhetoric",
    "WASHINGTON —",
    "MOSCOW (Reuters) - Russian jets struck targets in Syria for a second day on Thursday.",
    "- Russia launched its first airstrikes on September 30.",
    "1. The Kremlin said the strikes targeted Islamic State.",
    "* Civilians fled the area overnight.",
    "> Russia's airstrikes in Syria are a grave mistake. pic.twitter.com/abc123",
    "— John McCain (@SenJohnMcCain) September 30, 2015",
    "Editor's note: This story has been updated to include comments from the Pentagon.",
    "The campaign said the donation was returned.",
    "By Friday, the death toll had risen to 12.",
    "Share prices in Moscow fell 3 percent on Monday.",
    "The newsletter, published by the ministry, listed the casualties by province.",
    "Subscribers to the state broadcaster complained about the coverage.",
    "Email records obtained by the newspaper show the meeting took place.",
    "Contact between the two militaries has been limited since 2014.",
    "About 2,000 people attended the rally in central Moscow.",
    "Photographs of the wreckage were released by the Defence Ministry.",
    "Print editions of the newspaper were seized by police.",
    "Sources say the talks will resume next week.",
    "Tags on the missiles identified them as Russian-made.",
    "Advertising revenue at the state broadcaster fell sharply last year.",
    "Comment from the Kremlin was not immediately available.",
    "Russian state television showed the footage, which was widely shared on social media.",
    "Donations to the relief fund tripled after the attack, the charity said.",
    "Support for the strikes stands at 40 percent, according to a Reuters/Ipsos poll.",
    "The ministry's weekly newsletter listed the casualties by province.",
    "Updated figures released on Tuesday showed 12 people had died.",
]


@pytest.mark.parametrize("line", BODY)
def test_body_line_is_kept(line):
    cleaned = _clean_between(line)
    assert cleaned.removed == ()
    assert [(k.number, k.text) for k in cleaned.kept] == [(1, BODY_BEFORE), (3, line), (5, BODY_AFTER)]
    assert cleaned.title.value is None


# --- contextual stages ------------------------------------------------------------------------


def test_first_line_headline_is_the_title():
    lines = ["Russia Launches Airstrikes in Syria", "", BODY_BEFORE, BODY_AFTER]
    cleaned = clean_lines(lines)
    assert (cleaned.title.value, cleaned.title.line) == ("Russia Launches Airstrikes in Syria", 1)
    assert [(r.line, r.rule, r.kind) for r in cleaned.removed] == [(1, "headline", "metadata")]
    assert [k.number for k in cleaned.kept] == [3, 4]


def test_one_word_label_above_a_caption_is_not_a_title():
    caption = "Russian President Vladimir Putin attends a meeting in Moscow. REUTERS/Sergei Karpukhin"
    cleaned = clean_lines(["Putin", caption, "", BODY_BEFORE, BODY_AFTER])
    assert cleaned.title.value is None
    assert {r.line: r.rule for r in cleaned.removed} == {1: "image-label", 2: "caption-credit"}
    assert [k.number for k in cleaned.kept] == [4, 5]


def test_markdown_h1_wins_over_a_headline_shaped_first_line():
    lines = ["Moscow Bureau Report", "# Russia Launches Airstrikes in Syria", "", BODY_BEFORE]
    cleaned = clean_lines(lines)
    assert (cleaned.title.value, cleaned.title.line) == ("Russia Launches Airstrikes in Syria", 2)
    assert cleaned.title.rule == "markdown-h1"


def test_headline_repeated_at_the_foot_is_removed():
    lines = ["Russia Launches Airstrikes in Syria", "", BODY_BEFORE, "", BODY_AFTER, "", "Russia launches airstrikes in Syria"]
    cleaned = clean_lines(lines)
    assert {r.line: r.rule for r in cleaned.removed} == {1: "headline", 7: "repeated-headline"}
    assert [k.number for k in cleaned.kept] == [3, 5]


def test_author_box_removes_name_box_and_bio():
    lines = [
        BODY_BEFORE,
        BODY_AFTER,
        "Jane Doe",
        "About Jane Doe 12 Articles",
        "I am a freelance journalist covering Russia and the Middle East.",
    ]
    cleaned = clean_lines(lines)
    assert {r.line: r.rule for r in cleaned.removed} == {3: "author-box", 4: "author-box", 5: "author-box"}
    assert [k.text for k in cleaned.kept] == [BODY_BEFORE, BODY_AFTER]


def test_trailing_donation_block_sweeps_a_lone_promo_line_but_keeps_the_last_paragraph():
    last_paragraph = "Residents said the shelling continued into the night."
    lines = [BODY_BEFORE, "", last_paragraph, "", "Donate Now", "Help keep independent voices alive",
             "Make a one-time donation", "$25"]  # fmt: skip
    cleaned = clean_lines(lines)
    rules = {r.line: r.rule for r in cleaned.removed}
    assert rules == {5: "donation", 6: "trailing-block", 7: "donation", 8: "donation"}
    assert [k.text for k in cleaned.kept] == [BODY_BEFORE, last_paragraph]


def test_sources_heading_and_its_list_are_metadata():
    lines = [BODY_BEFORE, "", "### Sources:", "- [Reuters](https://www.reuters.com/a)",
             "- [TASS](https://tass.com/b)", "", BODY_AFTER]  # fmt: skip
    cleaned = clean_lines(lines)
    assert [(r.line, r.rule, r.kind) for r in cleaned.removed] == [
        (3, "sources-list", "metadata"), (4, "sources-list", "metadata"), (5, "sources-list", "metadata"),
    ]  # fmt: skip
    assert [k.number for k in cleaned.kept] == [1, 7]


# --- properties over generated pages -----------------------------------------------------------

SENTENCES = [BODY_BEFORE, BODY_AFTER] + [b for b in BODY if isinstance(b, str)]
CHROME_LINES = [c[0] for c in CHROME] + ["Related:", "Jane Doe", "About Jane Doe 12 Articles", "Putin", "",
                                          "Russia Launches Airstrikes in Syria", "# Russia Launches Airstrikes"]  # fmt: skip
pages = st.tuples(st.sampled_from([BODY_BEFORE, "Russia Launches Airstrikes in Syria"]),
                  st.lists(st.sampled_from(SENTENCES + CHROME_LINES), max_size=30)).map(lambda t: [t[0], *t[1]])  # fmt: skip
# Idempotence needs care with the headline: the stage takes a Markdown H1 within the first
# HEADLINE_SEARCH_LINES raw lines, else the first remaining line. Once the first run has dropped
# chrome, an H1 that sat below that window moves into it, and a kept subheading could become the
# first line: both intended on a page whose headline is gone. So these pages hold no H1 and open
# with a full-stop body sentence; the second run must find no headline and remove nothing.
pages_without_h1 = st.lists(st.sampled_from([t for t in SENTENCES + CHROME_LINES if not t.startswith("#")]),
                            max_size=30).map(lambda rest: [BODY_BEFORE, *rest])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(pages)
def test_kept_lines_are_an_unchanged_numbered_subsequence(lines):
    cleaned = clean_lines(lines)
    numbers = [k.number for k in cleaned.kept]
    assert numbers == sorted(set(numbers))
    for k in cleaned.kept:
        assert k.text == lines[k.number - 1]


@settings(max_examples=300, deadline=None)
@given(pages)
def test_every_nonblank_line_is_kept_or_removed_exactly_once(lines):
    cleaned = clean_lines(lines)
    kept = [k.number for k in cleaned.kept]
    removed = [r.line for r in cleaned.removed]
    assert len(removed) == len(set(removed))
    assert set(kept).isdisjoint(removed)
    assert sorted(kept + removed) == [n for n, t in enumerate(lines, 1) if t.strip()]
    for r in cleaned.removed:
        assert r.text == lines[r.line - 1]


@settings(max_examples=300, deadline=None)
@given(pages_without_h1)
def test_cleaning_is_idempotent(lines):
    options = CleanOptions()
    first = clean_lines(lines, options)
    body = [k.text for k in first.kept]
    second = clean_lines(body, options)
    assert second.removed == ()
    assert second.title.value is None
    assert [k.text for k in second.kept] == body
