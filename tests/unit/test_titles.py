"""Unit tests for dossier.titles: cleaning's headline is checked against the article's lede.

Each page is written by hand after shapes seen on real whole-page and reader-mode texts: a paywall
notice or a menu item taken for the headline, the headline in a layout table's cell, a standfirst
under it. Cleaning's verdicts are given as they are (`Cleaned`), so that only the judgement runs.
"""

from __future__ import annotations

import pytest

from dossier.clean import Cleaned, clean_lines
from dossier.metadata import extract_metadata
from dossier.model import Field, Line, Removal
from dossier.publishers import default_publishers
from dossier.titles import is_prose

HEADLINE = "Harbour crane collapse halts container traffic at Port Wexley"
STANDFIRST = "Dock workers say the crane collapse at Port Wexley was feared for months"
LEDE = (
    "A harbour crane collapsed onto the quay at Port Wexley early on Tuesday, halting container traffic "
    "for the rest of the week while inspectors examine the wreck."
)
BODY = (
    "The port authority said nobody was hurt when the crane fell, but that two container ships had "
    "been turned away and would unload at other harbours along the coast."
)


def _title(lines: list[str], removed: dict[int, str], picked: tuple[str, int, str] | None = None) -> Field:
    """The title metadata gives when cleaning removed `removed` (line -> rule) and picked `picked`."""
    removals = tuple(Removal(n, lines[n - 1], rule) for n, rule in sorted(removed.items()))
    kept = tuple(Line(n, t) for n, t in enumerate(lines, 1) if t.strip() and n not in removed)
    cleaned = Cleaned(kept, removals, Field(*picked) if picked else Field())
    return extract_metadata(lines, cleaned, default_publishers())["title"]


def test_a_pick_the_lede_never_mentions_gives_way_to_the_headline_above_the_lede():
    lines = ["Premium Article !", "", HEADLINE, "By Jane Roe", LEDE, BODY]
    title = _title(lines, {1: "headline", 3: "layout", 4: "byline"}, ("Premium Article !", 1, "first-line-headline"))
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_pick_with_no_line_the_lede_is_about_leaves_the_title_empty():
    lines = ["World News", "", LEDE, BODY]
    assert _title(lines, {1: "headline"}, ("World News", 1, "first-line-headline")).value is None


def test_a_headline_in_a_layout_tables_cell_is_found_without_the_cell_marks():
    lines = ["| Home | News | Sport |", f"| {HEADLINE} |", "| Posted : Tue, 8 Jan 2008 |", LEDE, BODY]
    title = _title(lines, {1: "navigation", 2: "layout", 3: "date-line"})
    assert title.value == HEADLINE


def test_the_headline_over_a_standfirst_is_the_title():
    lines = [HEADLINE, STANDFIRST, "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "layout", 2: "layout", 3: "byline"}).value == HEADLINE


def test_a_line_holding_a_date_stamp_is_no_headline():
    lines = ["World News", f"{HEADLINE} Last Updated: 2:55am GMT 29/12/2007", LEDE, BODY]
    assert _title(lines, {1: "headline", 2: "layout"}, ("World News", 1, "first-line-headline")).value is None


def test_a_name_the_lede_mentions_is_no_headline():
    lines = ["Latest Comments", "Port Wexley", LEDE, BODY]
    assert _title(lines, {1: "headline", 2: "layout"}, ("Latest Comments", 1, "first-line-headline")).value is None


def test_an_html_tag_a_scraper_left_in_the_headline_goes():
    tagged = f'<SPAN class="story">{HEADLINE}'
    lines = [tagged, "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "headline", 2: "byline"}, (tagged, 1, "first-line-headline")).value == HEADLINE


def test_a_headline_run_into_its_date_stamp_is_no_title():
    merged = f"{HEADLINE} Last Updated: 2:55am GMT 29/12/2007"
    lines = [merged, LEDE, BODY]
    assert _title(lines, {1: "headline"}, (merged, 1, "first-line-headline")).value is None


def test_the_part_of_the_pages_title_the_lede_is_about_wins_over_the_sites_name_shown():
    lines = [f"{HEADLINE} | Harbour Notes", "Harbour Notes", HEADLINE, "By Jane Roe", LEDE, BODY]
    removed = {1: "layout", 2: "headline", 3: "layout", 4: "byline"}
    title = _title(lines, removed, ("Harbour Notes", 2, "page-title-shown"))
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_headline_with_a_colon_before_the_sites_long_dash_is_a_part_of_the_pages_title():
    headline = "Port Wexley: Crane Collapse Halts Container Traffic"
    lines = [f"{headline} — harbour notes for Wexley", "harbour notes for Wexley", headline, LEDE, BODY]
    removed = {1: "layout", 2: "layout", 3: "layout"}
    title = _title(lines, removed, ("Setting up", 3, "first-line-headline"))
    assert (title.value, title.line) == (headline, 3)


def test_a_documentation_pages_permalink_mark_is_not_part_of_the_title():
    lines = [f"# {HEADLINE}¶", LEDE, BODY]
    title = _title(lines, {1: "headline"}, (f"{HEADLINE}¶", 1, "markdown-h1"))
    assert title.value == HEADLINE


def test_of_two_short_parts_of_the_pages_title_shown_the_one_over_the_article_is_the_headline():
    lines = ["Last Orders? - Harbour Notes", "Harbour Notes", "Home", "Last Orders?", "By Jane Roe", LEDE, BODY]
    removed = {1: "layout", 2: "headline", 3: "navigation", 4: "layout", 5: "byline"}
    title = _title(lines, removed, ("Harbour Notes", 2, "page-title-shown"))
    assert (title.value, title.line) == ("Last Orders?", 4)


def test_the_line_showing_the_pages_title_is_the_headline_when_the_lede_uses_none_of_its_words():
    headline = "Veteran skipper hangs up his oars"
    lines = [f"{headline} - Wexley Evening Courier:", "Subscribe", headline, LEDE, BODY]
    title = _title(lines, {1: "layout", 2: "subscription", 3: "layout"})
    assert (title.value, title.line) == (headline, 3)


@pytest.mark.parametrize(
    "headline",
    [
        "Veteran skipper hangs up his oars",
        # Cut at every separator at once, "Site: Headline - more" gives no part holding the headline.
        "Veteran skipper hangs up his oars - at last",
    ],
)
def test_the_line_showing_the_part_after_the_sites_colon_is_the_headline(headline):
    # "Site: Headline" is the site's reading of a <title>; the headline's reading keeps colons whole.
    lines = [f"courier.example: {headline}", "Subscribe", headline, LEDE, BODY]
    title = _title(lines, {1: "layout", 2: "subscription", 3: "layout"})
    assert (title.value, title.line) == (headline, 3)


def test_the_sites_name_shown_over_its_description_yields_to_the_post_title_shown_below():
    # The blog's description under its name speaks of the site's subject, which the post's lede
    # shares: the lede is about the name too, but the <title>'s other part stands nearer the post.
    about_site = (
        "Harbour Notes is where I keep my notes on the harbour, its cranes, its quays and its ships, "
        "written every week since the port first opened to container traffic."
    )
    headline = "Wexley crane falls onto the quay"
    lines = [f"Harbour Notes: {headline}", "", "Harbour Notes", about_site, "Tuesday, March 4, 2024", headline, LEDE]
    removed = {1: "layout", 3: "headline", 5: "date-line"}
    title = _title(lines, removed, ("Harbour Notes", 3, "first-line-headline"))
    assert (title.value, title.line) == (headline, 6)


def test_a_layout_tables_empty_rows_do_not_count_between_the_headline_and_the_lede():
    rows = ["|  |", "|  |  |"] * 4
    lines = [f"| {HEADLINE} |", *rows, "| Posted : Tue, 8 Jan 2008 |", LEDE, BODY]
    removed = {1: "layout", **{n: "separator" for n in range(2, 10)}, 10: "date-line"}
    assert _title(lines, removed).value == HEADLINE


def test_an_abbreviations_full_stop_does_not_make_a_headline_two_sentences():
    headline = "Harbour crane collapse at St. Wexley halts container traffic"
    lede = LEDE.replace("Port Wexley", "St. Wexley")
    assert _title([headline, lede, BODY], {}).value == headline


def test_a_section_label_the_lede_happens_to_use_is_no_headline():
    # Reader mode runs the article into one long cell, whose words cover a label's too.
    lede = "| World leaders met on Tuesday, the news agency said. " + LEDE + " " + BODY + " |"
    lines = ["|  | World News |", "|  | Business |", "", HEADLINE, "", lede]
    title = _title(lines, {1: "headline", 2: "layout"}, ("World News", 1, "first-line-headline"))
    assert (title.value, title.line) == (HEADLINE, 4)


def test_a_teaser_boxs_label_is_no_headline():
    lede = "Related coverage: the story of the video " + LEDE
    lines = ["Related To Story Other News Video", "", lede, BODY]
    title = _title(lines, {1: "headline"}, ("Related To Story Other News Video", 1, "first-line-headline"))
    assert title.value is None


def test_an_appeal_to_the_reader_is_no_headline():
    for appeal in (
        "Please support local business!",
        "Want to send in a harbour story?",
        "Tell us your favourite crane",
    ):
        lines = [appeal, "", LEDE, BODY]
        title = _title(lines, {1: "headline"}, (appeal, 1, "first-line-headline"))
        assert title.value is None, appeal


def test_a_matchs_result_over_its_report_is_not_taken_for_the_headline():
    # The lede does not use the headline's words; the score line above it is no headline either.
    report = "Wexley Rovers edged Cameron United at the harbour ground on Saturday, " + LEDE
    lines = ["Magnifying glass needed", "", "Wexley Rovers 1 Cameron United 0", report, BODY]
    title = _title(lines, {1: "headline"}, ("Magnifying glass needed", 1, "first-line-headline"))
    assert title.value is None


def test_the_headline_shown_alone_wins_over_the_pages_title_that_joins_the_site_to_it():
    # The <title> picked by cleaning holds the headline and the site's words, joined without
    # spaces around the separator ("_English_Wexley"): the page shows the headline alone below.
    page_title = f"{HEADLINE} _English_Wexley"
    lines = [page_title, "", HEADLINE, "By Jane Roe", LEDE, BODY]
    title = _title(lines, {3: "layout", 4: "byline"}, (page_title, 1, "first-line-headline"))
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_pages_title_is_cut_at_a_bar_without_spaces_before_it():
    # "Headline| Section | Site": the site's name and section are not the headline's.
    lines = [f"{HEADLINE}| News | Harbour Notes", "", HEADLINE, "By Jane Roe", LEDE, BODY]
    cleaned = clean_lines(lines)
    assert (cleaned.title.value, cleaned.title.line) == (HEADLINE, 3)


def test_a_markdown_headline_is_the_title_without_its_marks():
    # A Markdown scrape writes the headline as a heading that links to the story: the title is
    # its words, and a link to another page above it (a section's) is no headline.
    lines = ["* [Home](/)", "[World News](/world)", "", f"# [{HEADLINE}](/story/1)", "By Jane Roe", LEDE, BODY]
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 4)


def test_a_breadcrumbs_truncated_headline_yields_to_the_headline_the_title_shows():
    headline = "Ferry Timetable Changes for the Winter Season"
    lede = ("The ferry timetable for the winter changes on Monday, when the first boat leaves at seven and the last "
            "returns at nine, the harbour master said.")  # fmt: skip
    lines = [f"Press Release: {headline}", "", "Home | About | Archive", "", "/ Ferry Timetable Changes ...", "",
             headline, "", lede, "", BODY]  # fmt: skip
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (headline, 7)


def test_an_images_alt_text_is_no_part_of_the_headline():
    # A scraper writes an image in a heading as its alt text, linked to the image's file.
    lines = ["* [Home](/)", "", f"## [harbour-photo](https://cdn.example/img/harbour-photo.png?1352) {HEADLINE}",
             "By Jane Roe", LEDE, BODY]  # fmt: skip
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 3)
    assert cleaned.title.value == HEADLINE


def test_a_section_label_is_never_cleanings_headline():
    # A text too short to judge by its words takes its first line as the headline, unless that
    # line is a label made of a site's section words.
    lines = ["Latest World Headlines", "", "The harbour reopened on Monday."]
    assert clean_lines(lines).title.value is None


@pytest.mark.parametrize("arrow", ["→", "›"])
def test_a_breadcrumb_of_arrows_is_never_cleanings_headline(arrow):
    # A trail of the site's sections ("Latest News → Regret the Error") names where the page sits,
    # whatever its words: no story's headline is written with an arrow between spaces.
    lines = [f"Harbour Desk {arrow} Corrections Corner", "", "The harbour reopened on Monday."]
    assert clean_lines(lines).title.value is None


def test_a_markdown_heading_made_of_links_alone_is_the_sites_bar_not_the_headline():
    # A portal sets its name and a section's link as a first-rank heading: a bar of links, no story.
    lines = ["# [Harbour Portal back to home](/en-gb) [news](/en-gb/news/#top)", "", f"# {HEADLINE}", "", LEDE, BODY]
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_markdown_heading_that_links_to_the_sites_home_is_its_name_not_the_headline():
    # A blog's Markdown writes its name as the first heading, a link to its home page.
    lines = ["# [Harbour Notes](https://harbournotes.example/)", "", f"## {HEADLINE}", "By Jane Roe", LEDE, BODY]
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_headline_left_in_a_broken_image_link_is_the_title_without_its_brackets():
    # A scraper wrote an image link over two lines; the image's text is the story's headline.
    broken = f"![{HEADLINE}"
    lines = [broken, "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "headline", 2: "byline"}, (broken, 1, "first-line-headline")).value == HEADLINE


def test_a_markdown_heading_that_links_to_a_sections_front_page_is_its_name_not_the_headline():
    # "[The Harbour Blog](/blog)": the blog's masthead links to its front page, one word of path.
    lines = ["# [The Harbour Blog](https://harbournotes.example/blog/)", "", f"## {HEADLINE}", "By Jane Roe", LEDE,
             BODY]  # fmt: skip
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_markdown_h1_far_down_a_page_is_the_headline_when_the_article_uses_one_of_its_words():
    # A whole page's Markdown: a long menu, then the story's H1, a figurative headline whose words
    # the lede hardly uses (only "crane"), over the byline and the article.
    menu = [f"* [Section {i}](/section-{i})" for i in range(40)]
    headline = "Steel giant falls: the crane that stunned the waterfront"
    lines = [*menu, "", "# A Harbour Series: Life on the Docks", "", f"# {headline}", "", "By Jane Roe", "", LEDE, "",
             BODY]  # fmt: skip
    cleaned = clean_lines(lines)
    assert (cleaned.title.value, cleaned.title.line) == (headline, 44)


def test_a_markdown_h1_far_down_a_page_wins_over_a_gallerys_slide_title_between_it_and_the_story():
    # A long menu, the story's H1, the byline, then a photo gallery's controls and its first
    # slide's title, a headline-shaped line the lede uses too, right above the story: the page's
    # own heading says which line is its headline.
    menu = [f"* [Section {i}](/section-{i})" for i in range(20)]
    slide = "Inspectors examine the wreck of the crane at Port Wexley"
    lines = [*menu, "", f"# {HEADLINE}", "", "By Jane Roe", "", "1 of 24", "", "Full Screen", "", slide, "", LEDE, "",
             BODY]  # fmt: skip
    cleaned = clean_lines(lines)
    assert (cleaned.title.value, cleaned.title.line) == (HEADLINE, 22)


def test_a_label_each_part_of_the_story_repeats_is_no_headline():
    # A guide in parts, each under the same labels; its headline was left out by the extractor. The
    # label over each claim shares the claim's words, but it stands on five lines: no headline.
    claim = (
        "The official account of the port authority holds that the crane collapse at Port Wexley was an accident "
        "nobody could foresee, and that its account of the night is complete."
    )
    lines = ["Published: 16 December 2007"]
    for topic in ("The crane", "The quay", "The ships", "The workers", "The inquiry"):
        lines += [topic, "The official account", claim, "Our verdict", LEDE, BODY]
    cleaned = clean_lines(lines)
    assert extract_metadata(lines, cleaned, default_publishers())["title"].value is None


def test_a_line_of_the_storys_keywords_opening_the_text_is_no_headline():
    # A scraper wrote the page's meta keywords first: short items between commas, the lede's words.
    keywords = "Crane, Port Wexley, harbour, container traffic, quay"
    lines = [keywords, LEDE, BODY]
    cleaned = clean_lines(lines)
    assert extract_metadata(lines, cleaned, default_publishers())["title"].value is None


def test_a_headline_whose_words_only_the_storys_opening_sentence_uses_is_the_title():
    # The story opens with one short sentence (too short for a paragraph of running text); the
    # headline sums up that sentence and none of the paragraphs under it.
    opening = "A ferry skipper has been rescued after drifting for nine hours off Kestrel Point."
    more = (
        "The coastguard said the man, who had set out alone on Sunday morning, was cold but unhurt "
        "when a lifeboat crew reached him shortly after dusk."
    )
    lines = ["Skipper rescued at sea", "Last Modified: 18 Jan 2008", opening, more, BODY]
    title = _title(lines, {1: "headline", 2: "date-stamp"}, ("Skipper rescued at sea", 1, "first-line-headline"))
    assert (title.value, title.line) == ("Skipper rescued at sea", 1)


def test_a_short_sentence_between_the_ledes_paragraphs_counts_as_the_lede():
    middle = "The crane maker sent its own engineers on Wednesday."
    lines = ["Engineers join harbour inquiry", "", LEDE, middle, BODY]
    title = _title(lines, {1: "layout"})
    assert title.value == "Engineers join harbour inquiry"


def test_a_question_inside_the_article_is_no_headline_for_the_sentence_under_it():
    # A box inside the article ("DEBATE" / a question to readers) over a quotation: the quotation
    # joins no lede read that far down, so the question stays no headline.
    quote = '"Every skipper who sailed through this winter deserves a medal," the harbour master said.'
    lines = ["Breaking News", "", LEDE, BODY, "DEBATE", "Which skippers deserve medals?", quote, BODY, BODY]
    assert _title(lines, {1: "headline"}, ("Breaking News", 1, "first-line-headline")).value is None


SKIPPER_OPENING = "A ferry skipper has been rescued after drifting for nine hours off Kestrel Point."
SKIPPER_MORE = (
    "The coastguard said the man, who had set out alone on Sunday morning, was cold but unhurt "
    "when a lifeboat crew reached him shortly after dusk."
)


def test_an_opening_sentence_taken_for_the_pages_chrome_still_counts_as_the_lede():
    headline = "Ferry skipper rescued after nine hours adrift"
    lines = [headline, "JANE ROE Published: Jan 14, 2008", SKIPPER_OPENING, SKIPPER_MORE, BODY]
    title = _title(lines, {1: "layout", 2: "layout", 3: "layout"})
    assert (title.value, title.line) == (headline, 1)


def test_a_headline_the_page_shows_twice_under_its_only_paragraph_is_the_title():
    lines = ["Please support local business!", "", f"By Jane Roe {LEDE} {BODY}", "", HEADLINE, "", HEADLINE, "Staff"]
    title = _title(lines, {1: "headline"}, ("Please support local business!", 1, "first-line-headline"))
    assert (title.value, title.line) == (HEADLINE, 5)


def test_a_line_shown_twice_between_paragraphs_of_running_text_is_no_headline():
    # Below the six paragraphs the lede reading looks at, but above more of the article's text.
    lines = ["Breaking News", "", LEDE, *[BODY] * 5, HEADLINE, HEADLINE, SKIPPER_MORE]
    assert _title(lines, {1: "headline"}, ("Breaking News", 1, "first-line-headline")).value is None


def test_a_line_shown_once_under_the_article_is_no_headline():
    lines = ["Breaking News", "", LEDE, "", HEADLINE, "", "Staff"]
    assert _title(lines, {1: "headline"}, ("Breaking News", 1, "first-line-headline")).value is None


def test_a_breadcrumbs_broken_off_headline_gives_way_to_the_full_line_right_under_it():
    crumb = "/ Harbour crane collapse halts ..."
    lines = ["[Home](/) /", crumb, "", f"# {HEADLINE}", "", LEDE, BODY]
    title = _title(lines, {1: "layout", 2: "headline", 4: "layout"}, (crumb, 2, "title-case-headline"))
    assert (title.value, title.line) == (HEADLINE, 4)


def test_a_headline_that_breaks_off_stays_when_no_line_under_it_shows_it_in_full():
    cut = "Harbour crane collapse halts container traffic ..."
    lines = [cut, "", "Harbour crane collapse: what the inspectors found", LEDE, BODY]
    title = _title(lines, {1: "headline", 3: "layout"}, (cut, 1, "first-line-headline"))
    assert title.value == cut


def test_a_first_rank_heading_far_above_the_lede_is_the_headline_when_nothing_nearer_is():
    between = ["By Jane Roe", "| [12 Comments](/c) |", "![crane](/c.jpg)", "Photo: Port Wexley", "Email | Print"]
    between += ["Brought to you by our sponsor", "Sponsored", "Updated 5:10 PM", "Share"]
    lines = ["# Wexley crane collapse: what went wrong", *between, LEDE, BODY]
    removed = {1: "layout", **{n: "layout" for n in range(2, len(between) + 2)}}
    assert _title(lines, removed).value == "Wexley crane collapse: what went wrong"


def test_a_second_rank_heading_above_the_lede_is_not_taken_for_the_headline_that_far_up():
    between = ["By Jane Roe", "| [12 Comments](/c) |", "![crane](/c.jpg)", "Photo: Port Wexley", "Email | Print"]
    between += ["Brought to you by our sponsor", "Sponsored", "Updated 5:10 PM", "Share"]
    lines = ["## Wexley crane collapse: what went wrong", *between, LEDE, BODY]
    removed = {1: "layout", **{n: "layout" for n in range(2, len(between) + 2)}}
    assert _title(lines, removed).value is None


def test_a_headline_in_the_plural_meets_its_word_in_the_singular_in_the_lede():
    lede = (
        "The harbour board raised the ferry toll on Tuesday for the first time in a decade, and "
        "commuters say the new toll will cost them dearly each month."
    )
    lines = ["Tolls, tolls and more tolls", "", lede, BODY]
    title = _title(lines, {1: "headline"}, ("Tolls, tolls and more tolls", 1, "first-line-headline"))
    assert title.value == "Tolls, tolls and more tolls"


def test_the_headline_shown_with_typographic_marks_is_the_one_its_plain_title_names():
    # The <title> lost the curly apostrophe and the dash ("Wexleys Crane15Collapse"); the page shows
    # the headline with them, and repeats the plain title in a list of recent posts further down.
    shown = "Wexley’s harbour crane 15–collapse halts container traffic"
    plain = "Wexleys harbour crane 15collapse halts container traffic"
    lines = [f"{plain} - Harbour Notes", "", shown, "By Jane Roe", LEDE, BODY, "Recent posts", plain]
    title = _title(lines, {3: "layout", 4: "byline", 7: "layout", 8: "layout"}, (plain, 8, "page-title-shown"))
    assert (title.value, title.line) == (shown, 3)


def test_a_section_name_opening_the_text_gives_way_to_the_headline_under_it():
    # A reader-mode text opens with the section's name, whose two words the lede happens to use.
    lede = "Harbour cranes at Port Wexley stopped on Tuesday; the harbour crane union blamed the port " + LEDE
    lines = ["Harbour Cranes", "Port Wexley crane collapse halts traffic", "29/12/2007", lede, BODY]
    title = _title(lines, {2: "layout", 3: "date-line"}, ("Harbour Cranes", 1, "first-line-headline"))
    assert (title.value, title.line) == ("Port Wexley crane collapse halts traffic", 2)


def test_a_part_of_the_pages_title_with_few_long_words_is_the_headline_shown_right_above_the_article():
    lines = ["Harbour Gazette : A new dock, a new day", "Weather", "A new dock, a new day", LEDE, BODY]
    title = extract_metadata(lines, clean_lines(lines), default_publishers())["title"]
    assert (title.value, title.line) == ("A new dock, a new day", 3)


def test_a_part_of_the_pages_title_cut_at_a_long_dash_is_the_headline_shown_right_above_the_article():
    # "Headline — Site": the part before the long dash, shown alone over the byline and the lede.
    lines = ["Dock repairs — Harbour Notes", "", "Home", "Dock repairs", "by Jane Roe on March 3, 2012", LEDE, BODY]
    title = extract_metadata(lines, clean_lines(lines), default_publishers())["title"]
    assert (title.value, title.line) == ("Dock repairs", 4)


SCRIPT = "if (s.length < 2) { var c = s.charAt(i); return c == 1; } function ok(s) { return s != null; }"


def test_a_script_the_cleaning_left_is_no_paragraph_of_running_text():
    assert is_prose(LEDE) and not is_prose(SCRIPT)


def test_the_line_showing_the_pages_title_in_the_same_words_is_where_the_head_stands():
    # Cleaning picked the <title>'s headline part on the opening line; the page shows the same words
    # again under its menus, above the lede: the title's line is that one, where the head stands.
    lines = [f"{HEADLINE} | Wexley Post | News", SCRIPT, "News", "Sport", HEADLINE, LEDE, BODY]
    title = _title(lines, {1: "headline", 3: "layout", 4: "layout"}, (HEADLINE, 1, "page-title"))
    assert (title.value, title.line) == (HEADLINE, 5)


def test_a_teaser_repeating_the_headline_below_the_lede_is_not_where_the_head_stands():
    lines = [f"{HEADLINE} | Wexley Post | News", LEDE, BODY, "Most read", HEADLINE]
    title = _title(lines, {1: "headline", 4: "layout", 5: "layout"}, (HEADLINE, 1, "page-title"))
    assert (title.value, title.line) == (HEADLINE, 1)


def test_a_sentence_with_inline_links_is_still_running_text():
    linked = LEDE.replace("harbour crane", '<a href="/crane">harbour crane</a>').replace(
        "container traffic", '<em>container</em> <a href="/t">traffic</a>'
    )
    assert is_prose(linked)


def test_a_headline_ending_in_a_full_stop_is_the_one_the_pages_title_shows_again_alone():
    # Some sites end a headline with a full stop; the <title> part the page shows alone under its
    # menus is the headline all the same, though the lede words it otherwise.
    headline = "Crane maker recalls older models, doubles inspections."
    lines = [f"{headline} | Harbour Notes", "", "Home", "Sport", "", headline, "", "By Jane Roe", LEDE, BODY]
    title = _title(lines, {3: "navigation", 4: "navigation", 6: "layout", 8: "byline"})
    assert (title.value, title.line) == (headline, 6)


def test_a_short_first_line_right_above_the_byline_is_the_headline_though_the_lede_uses_none_of_its_words():
    lines = ["The Last Crossing?", "By Jane Roe -- Harbour Weekly, 1/21/2024", "", LEDE, BODY]
    title = _title(lines, {1: "headline", 2: "byline"}, ("The Last Crossing?", 1, "first-line-headline"))
    assert (title.value, title.line) == ("The Last Crossing?", 1)


def test_a_short_first_line_over_a_bare_date_is_still_doubted():
    lines = ["The Last Crossing?", "21 January 2024", "", LEDE, BODY]
    title = _title(lines, {1: "headline", 2: "date-line"}, ("The Last Crossing?", 1, "first-line-headline"))
    assert title.value is None


def _page_title(lines: list[str]) -> str | None:
    """The title metadata gives for a page cleaning reads as it stands."""
    return extract_metadata(lines, clean_lines(lines), default_publishers())["title"].value


def test_a_closing_part_in_small_letters_is_the_headlines_not_a_sites_name():
    headline = "Crane collapse halts container traffic at Port Wexley - report"
    assert _page_title([headline, "", LEDE, "", BODY, "", BODY]) == headline


def test_a_line_opening_with_a_dictionary_word_in_small_letters_is_no_headline():
    cast = "cast list Jane Roe John Doe directed by Sam Poe"
    review = "The harbour nights of Port Wexley are the theme of this film by Sam Poe, with Jane Roe and John Doe."
    lines = ["Harbour Nights", "", cast, "", "Review by Ann Lee", "", review, "", BODY]
    assert _page_title(lines) != cast


def test_a_link_to_a_sections_other_stories_run_into_one_is_no_headline():
    lines = ["Sponsored Links", "", f"More Local news {HEADLINE}", "", LEDE, "", BODY]
    assert _page_title(lines) is None


def test_a_headline_opening_with_a_surnames_particle_in_small_letters_stays():
    headline = "van Wexley crane design blamed for collapse at the port"
    assert _page_title([headline, "", LEDE, "", BODY, "", BODY]) == headline


def test_a_headline_opening_with_more_stories_stays():
    headline = "More stories emerge of crane collapse halting container traffic at Port Wexley"
    assert _page_title([headline, "", LEDE, "", BODY, "", BODY]) == headline


def test_a_subheading_between_two_paragraphs_of_the_story_is_no_headline():
    # A reader-mode text that lost its headline: the story opens at once, and a heading inside it
    # (its running text right above and right below) names a part of the story, not the story.
    opening = (
        "The port authority met on Monday to hear how the harbour crane at Port Wexley came to fall, "
        "and which of the container ships waiting offshore may unload first."
    )
    subheading = "Inspectors examine the wrecked harbour crane"
    after = (
        "Inspectors from the harbour board began to examine the wrecked crane on Wednesday, and said "
        "the container traffic at Port Wexley would resume once the quay was declared safe."
    )
    lines = [opening, "", LEDE, "", subheading, "", after, "", BODY]
    assert _page_title(lines) is None


def test_a_line_under_the_paragraphs_opening_a_reader_text_is_no_headline():
    # A reader-mode text that left its headline out opens with the story's paragraphs; a line under
    # them is a box inside the story, not its headline, however much the lede speaks of it, though
    # the paragraph right above it speaks of something else (no subheading's test holds).
    opening = (
        "A reader wrote in last week to ask how the harbour board will reopen the quay at Port Wexley "
        "once the wrecked crane is gone, and when the container ships may come back."
    )
    aside = "We asked the board's spokesman, who answered at length over the telephone on Friday."
    box = "Port Wexley quay to reopen when the crane wreck is cleared"
    lines = [opening, "", aside, "", box, "", LEDE, "", BODY]
    assert _page_title(lines) is None


def test_a_line_right_under_the_one_paragraph_opening_a_reader_text_is_no_headline():
    # The text opens on the story's first paragraph; the line under it is a subheading the story
    # under it goes on from (it speaks of the quay the first paragraph opened with), not a headline.
    opening = (
        "The harbour board will reopen the quay at Port Wexley next month, once the wrecked crane is cut "
        "up and carried away, and the container ships may then come back."
    )
    subheading = "Container ships return to the reopened quay"
    lines = [opening, "", subheading, "", LEDE, "", BODY]
    assert _page_title(lines) is None


def test_a_line_under_the_paragraphs_opening_a_reader_text_is_no_headline_whatever_follows():
    # An epigraph and its author open the text, then the story's paragraph; a line further down,
    # over a story that shares no word with the epigraph, is inside the story, not its headline.
    epigraph = "Art is the only way to run away without leaving your home at all."
    paragraph = (
        "My students play a guessing game each week. One of them thinks of a famous machine, and the "
        "others ask questions until they can name it; this week it was the harbour crane."
    )
    line = "Harbour crane collapse halts container traffic"
    lines = [epigraph, "– Jane Roe", "", paragraph, "", line, "", LEDE, "", BODY]
    assert _page_title(lines) is None


def test_a_headline_under_a_pages_title_written_as_a_sentence_stays():
    # A whole page's first line is its <title>: one that ends with a full stop holds the headline.
    opening = "Crane collapse halts all container traffic at the Port Wexley quay | The Harbour Times."
    headline = "Crane collapse halts all container traffic at the Port Wexley quay"
    lines = [opening, "", headline, "", LEDE, "", BODY]
    assert _page_title(lines) == headline


def test_a_headline_over_the_story_with_chrome_above_it_stays():
    # A welcome note above the headline is running text too, but it shares no words with the story.
    appeal = "Welcome to our blog! If you are new here, read our guide and subscribe to the weekly letter."
    lines = [appeal, "", "Crane collapse halts container traffic", "", LEDE, "", BODY]
    assert _page_title(lines) == "Crane collapse halts container traffic"


def test_a_figurative_headline_over_the_stories_stamp_beats_a_teaser_far_above_it():
    # The pick is a forum's teaser in the menu, and the lede uses none of its words; the headline
    # words the story figuratively (one word of it in the lede), but stands right above its stamp.
    teaser = "Post your burning questions about diving gear"
    headline = "Giant falls at the harbour gate"
    menu = ["Forums", "Showcase", "Magazine", "Photo tips", "Web design"]
    lines = [teaser, *menu, headline, "Monday 14 Jan 2008 - 09:24", LEDE, BODY]
    removed = {n: "layout" for n in range(2, 7)} | {8: "date-line"}
    title = _title(lines, removed, (teaser, 1, "first-line-headline"))
    assert (title.value, title.line) == (headline, 7)


def test_with_no_pick_the_headline_shaped_line_right_above_the_stories_byline_is_the_title():
    # Cleaning found none and the lede is not about the line (one word of it in the lede): its
    # place, right above the byline over the story, says it is the headline.
    headline = "Giant falls at the harbour gate"
    lines = ["Forums", headline, "By Jane Roe", LEDE, BODY]
    title = _title(lines, {1: "layout", 3: "byline"})
    assert (title.value, title.line) == (headline, 2)


def test_a_two_word_label_right_above_the_byline_is_no_title():
    lines = ["Forums", "Nightly Harbour", "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "layout", 3: "byline"}).value is None


def test_a_headline_under_one_paragraph_about_the_site_that_names_its_subject_stays():
    # A note about the site above the headline may speak of the story's subject: one paragraph above
    # is no story the line goes on inside.
    note = "Welcome to the Harbour Times, the paper that has covered the crane and the container port since 1902."
    lines = [note, "", "Crane collapse halts container traffic", "", LEDE, "", BODY]
    assert _page_title(lines) == "Crane collapse halts container traffic"


def test_a_headline_in_capitals_that_the_lede_is_about_is_the_title():
    shouted = "HARBOUR CRANE COLLAPSE HALTS PORT WEXLEY"
    lines = ["SPORT", "OTHER HARBOUR NEWS", shouted, "Share this article", "By Jane Roe", LEDE, BODY]
    removed = {1: "layout", 2: "layout", 3: "layout", 4: "share-bar", 5: "byline"}
    assert _title(lines, removed).value == shouted


def test_a_section_name_in_capitals_is_no_headline_though_the_lede_uses_its_words():
    lines = ["HARBOUR NEWS", "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "layout", 2: "byline"}).value is None


def test_a_line_in_capitals_over_the_headline_is_the_sections_name_not_the_headline():
    lines = ["OTHER HARBOUR NEWS", HEADLINE, "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "layout", 2: "layout", 3: "byline"}).value == HEADLINE


def test_the_title_element_naming_its_source_in_brackets_still_names_the_headline_shown():
    figurative = "Quayside giant topples at dawn"
    lines = [f"{figurative} (from The Harbour Times)", "", "Home", figurative, "By Jane Roe", LEDE, BODY]
    title = _title(lines, {1: "layout", 3: "navigation", 4: "layout", 5: "byline"})
    assert (title.value, title.line) == (figurative, 4)


STORM_LEDE = (
    "The storm that flooded the harbour last week may leave a hole in the budget, the treasurer warned on "
    "Monday, as the cost of repairs to roads and homes keeps rising."
)


def test_the_first_line_right_above_the_story_is_the_headline_though_the_lede_words_it_otherwise():
    lines = ["Storm's bill may sink the county budget", STORM_LEDE, BODY]
    title = _title(lines, {1: "layout"})
    assert (title.value, title.line) == ("Storm's bill may sink the county budget", 1)


def test_a_first_line_the_lede_uses_too_few_words_of_is_no_headline():
    lines = ["Visit the marvellous harbour gardens and shops today with friends", STORM_LEDE, BODY]
    assert _title(lines, {1: "layout"}).value is None


def test_a_writers_desk_over_the_story_is_no_headline():
    lines = ["Harbour Affairs Writer", STORM_LEDE, BODY]
    assert _title(lines, {}).value is None


def test_a_teaser_that_breaks_off_over_the_story_is_no_headline():
    lines = ["Harbour storm pictures and videos from the region...more", STORM_LEDE, BODY]
    assert _title(lines, {1: "layout"}).value is None


def test_a_numbered_section_heading_over_the_story_is_no_headline():
    lines = ["II. The Harbour Storm", STORM_LEDE, BODY]
    assert _title(lines, {1: "layout"}).value is None


def test_a_blogs_link_to_the_post_before_is_no_headline():
    older = "« Harbour crane inspections resume at Port Wexley"
    lines = [older, HEADLINE, LEDE, BODY]
    title = _title(lines, {1: "headline"}, (older, 1, "page-title"))
    assert (title.value, title.line) == (HEADLINE, 2)


def test_a_sites_name_opening_a_reader_text_gives_way_to_the_headline_under_it():
    # A reader-mode text of a layout table opens with the site's name, which the lede happens to use.
    site = "Harbour Rowing Club News"
    headline = "Rowers Clinch Harbour Final"
    lede = (
        "The Harbour Rowing Club crew clinched the harbour final on Saturday, the rowers beating the "
        "holders by two lengths in front of the biggest crowd the club can remember."
    )
    lines = [f"| {site} |  | ", "|  |  |  | ", f"| {headline} | ", f"| {lede} | ", BODY]
    title = _title(lines, {2: "separator", 3: "layout"}, (site, 1, "first-line-headline"))
    assert (title.value, title.line) == (headline, 3)


def test_a_headline_in_title_case_ending_like_a_sites_name_stays_when_no_line_below_is_more_about_the_lede():
    headline = "Crane Collapse Shuts Wexley Post"
    lede = "The crane collapse shut the Wexley post office on Tuesday. " + LEDE
    lines = [headline, "Port Wexley harbour crane traffic", lede, BODY]
    title = _title(lines, {2: "layout"}, (headline, 1, "first-line-headline"))
    assert (title.value, title.line) == (headline, 1)


def test_a_headline_ending_in_a_small_word_and_an_outlet_word_is_no_sites_name():
    # "Snubs the Press": a site's name qualifies its outlet word with a capitalised word, not "the".
    headline = "Mayor Snubs the Press"
    standfirst = "City hall questions go unanswered as the budget row deepens"
    lede = "The mayor refused questions at city hall on Monday as the budget row deepened, reporters said."
    lines = [headline, standfirst, lede, BODY]
    title = _title(lines, {}, (headline, 1, "first-line-headline"))
    assert (title.value, title.line) == (headline, 1)


def test_a_short_headline_over_the_publication_stamp_stands_though_the_lede_words_it_otherwise():
    # Under a page's date and menu, the line right above "Published on ..." is the story's head,
    # however figuratively it words the story: it is no label of the page.
    lines = ["Wed 16 Jan 2008", "", "Home", "", "Slipway Woes Deepen", "", "Published on 14/01/2008", "", LEDE, BODY]
    removed = {1: "date-line", 3: "layout", 5: "headline", 7: "date-stamp"}
    title = _title(lines, removed, ("Slipway Woes Deepen", 5, "first-line-headline"))
    assert (title.value, title.line) == ("Slipway Woes Deepen", 5)


def test_a_columns_name_over_its_writers_byline_is_no_headline_the_page_title_does_not_hold():
    # A column's name of a few words stands right above its writer's byline as a headline would;
    # the page's <title> does not hold it (here it names the site alone): the name is a label, and
    # the headline the lede is about, above it on the page, is the title. (With no such headline
    # on the page, the line over the stamp stays the title: see the test above.)
    page_title = "Opinion | Harbour Notes"
    for column in ("Letters to the Editor", "On the Waterfront"):
        lines = [page_title, "", HEADLINE, "", "Home", "", column, "By Jane Roe", LEDE, BODY]
        removed = {1: "layout", 3: "layout", 5: "layout", 7: "headline", 8: "byline"}
        title = _title(lines, removed, (column, 7, "first-line-headline"))
        assert (title.value, title.line) == (HEADLINE, 3)
        # Where it opens a reader's text, or the <title> holds it, it stays the headline.
        lines = [f"{column} | Harbour Notes", "", column, "By Jane Roe", LEDE, BODY]
        title = _title(lines, {1: "layout", 3: "headline", 4: "byline"}, (column, 3, "first-line-headline"))
        assert (title.value, title.line) == (column, 3)
        title = _title([column, "By Jane Roe", LEDE, BODY], {2: "byline"}, (column, 1, "first-line-headline"))
        assert (title.value, title.line) == (column, 1)


def test_a_short_label_over_the_page_s_date_of_the_day_is_still_doubted():
    # A bare date under a label is the masthead's date of the day, no story's stamp.
    lines = ["Home", "", "Slipway Woes Deepen", "", "Wed 16 Jan 2008", "", LEDE, BODY]
    removed = {1: "layout", 3: "headline", 5: "date-line"}
    assert _title(lines, removed, ("Slipway Woes Deepen", 3, "first-line-headline")).value is None


def test_a_sites_name_opening_a_reader_text_with_no_headline_under_it_gives_no_title():
    # A reader-mode text that left the headline out may open with the site's name; the lede uses
    # one of its words, not most of them: the site is named, not the story.
    site = "Harbour Rowing Club News"
    assert _title([site, LEDE, BODY], {}, (site, 1, "first-line-headline")).value is None


def test_a_sites_name_right_above_the_story_is_no_headline_when_the_lede_is_not_about_it():
    # No pick from cleaning: the text's first line right above the story, shaped like a site's name.
    assert _title(["Harbour Valley Business Journal", LEDE, BODY], {}).value is None


def test_a_quotation_broken_over_two_lines_above_the_story_is_no_headline():
    # The quotation's first piece repeats the lede's words, but the text under it carries it on.
    quoted = '"The crane collapse halted traffic," the harbour master says of the'
    lines = ["Photo: Jane Roe", quoted, 'container traffic. "We could not stop it."', LEDE, BODY]
    assert _title(lines, {1: "caption-credit"}).value is None


def test_a_headline_over_a_byline_in_small_letters_stays():
    # "by Jane Roe, ..." opens in lowercase as a paragraph's next piece would: it is the credit.
    lines = [HEADLINE, "by Jane Roe, Friday, March 4, 2024 9:00 AM ET", LEDE, BODY]
    assert _title(lines, {}).value == HEADLINE


def test_a_byline_the_author_is_read_from_is_no_headline():
    # A reader-mode text that left the headline out opens with the byline: cleaning's pick by shape.
    byline = "By Jane Roe in Harbourtown"
    lines = [byline, "", "Published: 10 January 2008", LEDE, BODY]
    assert _title(lines, {1: "headline", 3: "date-stamp"}, (byline, 1, "first-line-headline")).value is None


def test_a_menu_item_far_above_the_story_is_no_headline_of_a_text_that_left_it_out():
    # Cleaning took the line by its shape and one word the article uses; the lede is not about it,
    # and a whole menu stands between it and the story.
    item = "Shipping & Harbour Affairs"
    lines = ["Harbour Times", "", item, "Radio & Television", "Weather", "Classifieds", "Contact us", LEDE, BODY]
    removed = {1: "masthead", 4: "navigation", 5: "navigation", 6: "navigation", 7: "navigation"}
    assert _title(lines, removed, (item, 3, "first-line-headline")).value is None


def test_a_headline_over_a_wire_story_wrapped_over_short_lines_stays():
    # The story begins right under the headline, though its wrapped lines are no running text.
    headline = "Inquiry opens into quay accident"
    wrapped = [
        "HARBOURTOWN (AP) The inquiry into the accident on the quay at",
        "the port opened on Monday, the harbour master told reporters at",
        "the town hall, where the families of the crane drivers had come",
        "to hear the first witnesses.",
    ]
    lines = ["Weather", headline, *wrapped, LEDE, BODY]
    assert _title(lines, {1: "navigation"}, (headline, 2, "first-line-headline")).value == headline


def test_a_headline_over_its_standfirst_and_byline_stays_far_above_a_live_blogs_posts():
    # A live page's posts do not word the headline, and notices stand between them and its head.
    headline = "Harbour storm live: crane toppled as gales close the port"
    lines = [
        "Harbour Times",
        headline,
        "Ferries cancelled until the evening and the quay closed to traffic",
        "By Jane Roe",
        "Tue 4 Mar 2024 · Updated 14:52 GMT",
        "Show key events only",
        "Please refresh the page for the latest updates.",
        LEDE,
        BODY,
    ]
    removed = {1: "masthead", 4: "byline", 5: "date-stamp", 6: "navigation"}
    assert _title(lines, removed, (headline, 2, "first-line-headline")).value == headline


def test_a_markdown_heading_far_above_the_story_stays_the_headline():
    # The page's own first-rank heading, over a byline broken into links and a photo's caption.
    heading = "Storm may sink the county budget"
    lines = [
        "* [Classifieds](/classifieds)",
        f"# {heading}",
        "[![Jane Roe](/avatar.png)](/jane)",
        "[Jane Roe](/jane/posts)",
        "The Harbour Times",
        "Email | [Print](#)",
        "Brought to you by our sponsor",
        LEDE,
        BODY,
    ]
    removed = {1: "navigation", 3: "image", 6: "share", 7: "advert"}
    assert _title(lines, removed, (heading, 2, "first-line-headline")).value == heading


def test_a_headline_over_a_standfirst_opening_on_a_name_spelt_in_lowercase_stays():
    # "iWidget" opens in lowercase as it is always spelt, not as a paragraph's next piece would.
    standfirst = "iWidget makers say their shipments through Port Wexley are delayed by a week."
    lines = ["Home | News | Sport", HEADLINE, standfirst, LEDE, BODY]
    assert _title(lines, {1: "link-menu"}).value == HEADLINE


def test_a_photos_credit_the_lede_uses_is_no_headline():
    # The credit names the picture's subject, whose name the lede uses: the sign says it credits.
    lines = ["Harbour crane © Wexley Images", "", LEDE, BODY]
    title = _title(lines, {}, ("Harbour crane © Wexley Images", 1, "first-line-headline"))
    assert title.value is None


def test_a_search_boxs_labels_over_the_byline_are_no_headline():
    # Two field labels with their colons ("Find:", "Within section:") and the site's sections
    # after them: a search box written on one line, though the lede uses some of its words.
    menu = "Find: Within section: Harbour Crane Port Wexley Container Traffic"
    lines = ["Harbour Times", menu, "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "masthead", 3: "byline"}, (menu, 2, "first-line-headline")).value is None


def test_a_part_cut_from_a_tool_bar_is_no_headline():
    # Cleaning keeps one part of a row of tools; the row it was cut from says what it is.
    row = "Page Tools: SHARE | SAVE | Font: A A A | FLAG"
    lines = ["Harbour Times", row, "Last Updated: Tuesday, January 8, 2008", LEDE, BODY]
    removed = {1: "masthead", 3: "date-stamp"}
    assert _title(lines, removed, ("Font: A A A", 2, "page-title")).value is None


def test_a_row_of_short_links_joined_by_bars_is_no_headline():
    row = "Crane News | Harbour Photos | Wexley Port"
    lines = ["Harbour Times", row, "By Jane Roe", LEDE, BODY]
    assert _title(lines, {1: "masthead", 3: "byline"}, (row, 2, "first-line-headline")).value is None


def test_menu_shapes_leave_headlines_with_one_label_or_a_doubled_kicker():
    from dossier.titles import menu_shaped

    assert menu_shaped("Log In \\ Join \\ Lost Login?")
    assert not menu_shaped("Crane: Port Wexley halts container traffic")
    assert not menu_shaped("Recipe: Recipe: Harbour fish pie")
    assert not menu_shaped("Crane falls at Port Wexley | Harbour News")


def test_kickers_chained_over_a_headlines_clause_are_no_menu():
    # Two labels at a headline's head (a section's kicker, then the speaker) over a clause in
    # lowercase: a headline, not a search box's fields, which hold capitalised sections or nothing.
    from dossier.titles import menu_shaped

    assert not menu_shaped("Harbour: Mayor Roe: no deal on the pier yet")
    assert not menu_shaped("Review: Film: a slow burn that rewards patience")
    assert menu_shaped("Find: Within section: Harbour Crane Port Wexley Container Traffic")
    assert menu_shaped("Web: Site:")
    assert menu_shaped("Story Tools: E-MAIL | PRINT | Text Size: S M L | Report: a typo")


def test_a_headline_writing_the_copyright_sign_in_its_clause_is_no_credit():
    from dossier.titles import _credit

    assert not _credit("Who owns the © sign? Artists fight over the mark")
    assert _credit("Harbour crane © Wexley Images") and _credit("Photo: © 2008 Wexley Images")


def test_the_lede_is_about_a_line_when_it_uses_two_of_its_words_at_least():
    from dossier.titles import TITLE_MIN_SHARED, _about, _stems

    lede = frozenset(_stems("The bridge closure began after engineers found a crack in its deck"))
    assert TITLE_MIN_SHARED == 2 and _about("Bridge closure", lede)  # bridge and closure: both the lede's
    assert not _about("Bridge", lede)  # one shared word is not enough


def test_a_sentence_of_the_fewest_words_a_lede_sentence_has_is_one():
    from dossier.titles import LEDE_SENTENCE_MIN_WORDS, is_sentence

    words = "the council said the bridge would stay closed".split()
    assert len(words) == LEDE_SENTENCE_MIN_WORDS
    assert is_sentence(" ".join(words) + ".")
    assert not is_sentence(" ".join(words[1:]) + ".")


@pytest.mark.parametrize("site", ["The Wexley Gazette", "Wexley Gazette Online", "Barnes & Wexley Review"])
def test_the_sites_name_shown_as_the_masthead_is_no_headline(site):
    # A whole page opens with its <title>, "Headline | Site"; the masthead under it shows the site's
    # part alone, and the page does not repeat the headline: the <title>'s headline part is the title.
    lines = [f"{HEADLINE} | {site}", "", site, "", "Home | News | Sport | Opinion", "", "March 4, 2024", "", LEDE, "",
             BODY]  # fmt: skip
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 1)


def _read_title(lines: list[str]) -> Field:
    return extract_metadata(lines, clean_lines(lines), default_publishers())["title"]


def test_a_local_papers_name_is_cut_from_the_headline_though_the_story_uses_its_words():
    # "Wexley Harbour Times" shares "Wexley" and "harbour" with a story about Wexley's harbour: its
    # shape (capitalised words ending in an outlet word) says it is the site's, not the headline's.
    lines = [f"{HEADLINE} | Wexley Harbour Times", "", "By Jane Roe", "", LEDE, "", BODY]
    assert clean_lines(lines).title.value == _read_title(lines).value == HEADLINE


def test_a_sites_name_that_begins_the_publishers_is_cut_from_the_headline():
    # The © line names the publisher longer than the <title> does: "Harbour Crane & Sons" is still its name.
    lines = [f"{HEADLINE} | Harbour Crane & Sons", "", "By Jane Roe", "", LEDE, "", BODY, "",
             "© 2015 Harbour Crane & Sons News Ltd."]  # fmt: skip
    assert _read_title(lines).value == HEADLINE


def test_a_line_stating_the_publisher_is_no_headline():
    lede = f"{LEDE} The Wexley Crane Herald Group said its own reporters saw it fall."
    lines = ["Quayside: a bad week", "", "By Jane Roe", "Published by Wexley Crane Herald Group", "September 4, 2015",
             "", lede, "", BODY]  # fmt: skip
    assert "Published" not in (_read_title(lines).value or "")


def test_a_line_giving_the_pages_address_is_no_headline():
    # An address broken by a space is no url the metadata reads, and still no headline.
    lines = ["Quayside: a bad week", "", "By Jane Roe", "URL: https://wexley.example/crane?id= 4", "September 4, 2015",
             "", LEDE, "", BODY]  # fmt: skip
    assert "https" not in (_read_title(lines).value or "")


def test_a_caption_cut_off_mid_phrase_is_no_headline():
    # A caption clipped to its box ends on "their": the lede uses its words, but no headline ends so.
    clipped = "Harbour crane collapse inspectors at Port Wexley watch the quay from their"
    lines = ["Wexley Images", clipped, LEDE, BODY]
    assert _title(lines, {1: "caption-credit"}, (clipped, 2, "first-line-headline")).value is None


def test_a_link_broken_out_of_its_sentence_is_no_headline_above_the_lede():
    # A sentence broken at a link ("... at the" / "Port Wexley" / "..."): its first piece, ending on
    # "the", is shaped like a headline the lede is about, but it is cut off.
    lines = [LEDE, "Harbour crane collapse inspectors work at the", "Port Wexley", BODY, LEDE]
    assert _title(lines, {}).value is None


@pytest.mark.parametrize(
    "headline", ["Harbour crane collapse: the port's Plan A", "Port Wexley crane collapse: what it is made of"]
)
def test_a_headline_ending_on_a_capital_or_a_preposition_is_not_cut_off(headline):
    from dossier.titles import cut_off_mid_phrase

    assert not cut_off_mid_phrase(headline)
    assert cut_off_mid_phrase("Harbour crane collapse inspectors work at the")
    assert not cut_off_mid_phrase("Harbour master jailed for stalking her")  # "her" ends a clause as its object
    assert not cut_off_mid_phrase("The harbour race is his")


def test_a_numbered_point_of_the_story_is_no_headline_above_the_lede():
    # The article's points, each opening with its number: the first, above the lede's next
    # paragraph, is shaped like a headline the lede is about, but a numbered point is a part of the story.
    point = "1) Harbour crane collapse inspectors come first"
    lines = [LEDE, point, BODY, LEDE]
    assert _title(lines, {}).value is None


@pytest.mark.parametrize(
    "credit", ["Guest post by Jane Roe of Harbour Notes", "Photos by Jane Roe for the Harbour Times"]
)
def test_a_line_crediting_its_maker_is_no_headline(credit):
    # Opening a reader-mode text that left the headline out, over a lede that uses its words.
    lines = [credit, "Jane Roe on the harbour crane collapse at Port Wexley and the notes of the port.", LEDE, BODY]
    assert _title(lines, {}, (credit, 1, "first-line-headline")).value is None


def test_a_headline_written_by_someone_unnamed_is_no_credit():
    from dossier.titles import _CREDIT_OPENER

    assert not _CREDIT_OPENER.match("Written by the victors: how Port Wexley remembers the crane")


ROSLING_LEDE = (
    "Jane Hollis Rosling, the harbour master at Port Wexley, watched the crane collapse onto the quay early on Tuesday "
    "and ordered the container traffic halted for the rest of the week."
)


def test_a_persons_name_alone_over_a_lede_about_the_person_is_no_headline():
    # A reader-mode text that left the headline out opens with the writer's byline, or a photo's
    # subject: the lede speaks of her, yet a name alone is no headline.
    lines = ["Jane Rosling", ROSLING_LEDE, BODY]
    assert _title(lines, {}, ("Jane Rosling", 1, "first-line-headline")).value is None


def test_a_persons_name_alone_is_no_fallback_headline_above_the_lede():
    # Cleaning's pick, a label, is doubted; the name right above the lede, of three long words as a
    # headline has, is no headline either.
    lines = ["Premium Article !", "", "Jane Hollis Rosling", ROSLING_LEDE, BODY]
    assert _title(lines, {1: "headline"}, ("Premium Article !", 1, "first-line-headline")).value is None


def test_a_headline_opening_on_a_persons_name_is_no_name_alone():
    from dossier.titles import person_alone

    assert person_alone("Jane Rosling") and person_alone("Jane Ann Rosling")
    assert not person_alone("Jane Rosling Is Harbour Master")  # Title Case goes on with everyday words
    assert not person_alone("Paris Harbour")  # a place's name first, though a given name too
    lines = ["Jane Rosling Is Harbour Master", ROSLING_LEDE, BODY]
    title = _title(lines, {}, ("Jane Rosling Is Harbour Master", 1, "first-line-headline"))
    assert title.value == "Jane Rosling Is Harbour Master"


@pytest.mark.parametrize("bullet", ["•", "·", "►"])
def test_a_highlights_bullet_over_the_lede_is_no_headline(bullet):
    # A reader-mode text that left the headline out opens with the story's highlights, a bulleted
    # list summing it up: the lede is about them, yet a list's item is no headline.
    item = f"{bullet} Harbour crane collapse halts container traffic at Port Wexley"
    lines = [item, LEDE, BODY]
    assert _title(lines, {}, (item, 1, "first-line-headline")).value is None


def test_a_nested_markdown_list_item_is_no_headline_but_a_plus_sign_in_a_headline_is_no_bullet():
    from dossier.titles import _LIST_ITEM

    assert _LIST_ITEM.match("+ [Harbour crane collapse halts traffic](/crane)")
    assert not _LIST_ITEM.match("+3 degrees: harbour crane collapse in the heat")


def test_a_reader_texts_opening_sentence_ending_in_a_quoted_question_is_no_headline():
    # The extractor left the headline out: the text opens with the lede's first sentence, which
    # ends inside its quotation marks, so that it looks unfinished as a headline does.
    opening = "Harbour master Jane Roe asked the council on Tuesday whether there were “any ships left to unload?”"
    lines = [opening, LEDE, BODY]
    assert _title(lines, {}, (opening, 1, "first-line-headline")).value is None
    assert _title(lines, {}).value is None  # nor does a fallback take it


def test_a_headline_quoting_a_question_in_title_case_is_no_running_sentence():
    from dossier.titles import quoted_sentence

    assert not quoted_sentence("Harbour Master Asks: 'Are There Any Ships Left to Unload?'")
    assert not quoted_sentence('Mayor on the pier: "Never."')  # too short for a sentence of the lede
    assert not quoted_sentence('Read what the harbour master told the council about "the crane..."')  # a teaser
    assert quoted_sentence('The harbour master said the quay would reopen to container ships "within weeks."')


def test_a_banners_description_linking_to_the_sites_home_is_no_headline_nor_the_lede():
    # A blog's banner: an image linking to its home, its description broken over lines (the blog's
    # name, then its slogan, long enough for a paragraph). The post's headline is over the post.
    lines = [
        "[![",
        "Harbour Notes: The Port Wexley Crane Blog",
        "The blog of the harbour master's office covering the crane, the quay, container traffic "
        "and every ship that calls at Port Wexley, written by the people who work there.",
        "](https://harbournotes.example/banner.jpg)](https://harbournotes.example/)",
        "",
        HEADLINE,
        "",
        LEDE,
        BODY,
    ]
    title = _title(lines, {}, ("Harbour Notes: The Port Wexley Crane Blog", 2, "first-line-headline"))
    assert (title.value, title.line) == (HEADLINE, 6)


def test_an_image_broken_over_lines_that_links_to_a_story_is_no_banner():
    from dossier.titles import banner_lines

    story = ["[![", "Harbour crane collapse", "](crane.jpg)](https://harbournotes.example/2024/05/crane-collapse)"]
    assert banner_lines(story) == set()
    assert banner_lines(["[![", "Harbour Notes", "](banner.jpg)](/)"]) == {1, 2, 3}


@pytest.mark.parametrize("menu", [[], ["Home | About | Archive"]])
def test_a_heading_linking_to_the_sites_home_is_no_headline_above_the_lede(menu):
    # The lede speaks of the blog's name, which the heading shows; a link home is the site's name,
    # whether it opens the text or stands under the menu.
    lines = [*menu, "# [Harbour Crane Notes](https://harbournotes.example/)", "", LEDE, BODY]
    assert _title(lines, {1: "navigation"} if menu else {}).value is None


def test_the_line_showing_the_pages_title_is_the_headline_though_other_sources_repeat_it():
    # A wire story run by several outlets, or a site listing its latest posts on each page: the
    # headline's line is the same in several sources of the corpus, and the <title> names it.
    headline = "Veteran skipper hangs up his oars"
    lines = [f"{headline} - Wexley Evening Courier", "Subscribe", headline, LEDE, BODY]
    title = _title(lines, {1: "layout", 2: "subscription", 3: "corpus-repeated"})
    assert (title.value, title.line) == (headline, 3)


def test_a_menu_item_opening_a_markdown_text_is_no_title_its_repeated_menu_shows():
    # No page opens with its <title> as a list's item: the menu's link, shown again in the menu
    # every page of the site repeats, names no headline.
    headline = "Veteran skipper hangs up his oars"
    menu = "* [Jobs](https://www.courier.example/classifieds/jobs/home)"
    lines = [menu, "* [Homes](https://www.courier.example/homes)", "", headline, LEDE, BODY, menu]
    removed = {1: "navigation", 2: "navigation", 7: "corpus-repeated"}
    title = _title(lines, removed, (headline, 4, "first-line-headline"))
    assert (title.value, title.line) == (headline, 4)


def test_the_line_showing_the_pages_title_written_as_short_sentences_is_the_headline():
    # "We're back. Sort of.": a headline of two short sentences, which the <title> and the line
    # showing it alone over the story both name.
    headline = "The crane is back. Sort of."
    lines = [f"{headline} | Harbour Notes", "Subscribe", headline, LEDE, BODY]
    title = _title(lines, {1: "layout", 2: "subscription", 3: "layout"})
    assert (title.value, title.line) == (headline, 3)


SIDEBAR = (
    "Harbour Notes is a blog about the docks, the ferries and the people who work on the quay, written "
    "by a retired harbour master who walks the piers every morning."
)
POST_LINK = "https://harbournotes.example/2024/05/gulls-rule-the-quay.html"


def _post(heading: str, date: str = "## Tuesday, 14 May 2024") -> list[str]:
    """A blog's Markdown page: its sidebar box first, then the post's date, heading, photo and text."""
    return [
        "## About",
        "",
        SIDEBAR,
        "",
        date,
        "",
        heading,
        "",
        "![](https://harbournotes.example/gulls.jpg)",
        "",
        LEDE,
        BODY,
    ]


def test_a_blog_posts_heading_linking_to_its_own_page_is_the_title_the_lede_does_not_word():
    lines = _post(f"### [Gulls rule the quay]({POST_LINK})", date="")
    title = _title(lines, {9: "image-chrome"})
    assert (title.value, title.line) == ("Gulls rule the quay", 7)


def test_a_blog_posts_heading_under_its_date_is_the_title():
    title = _title(_post("### Gulls rule the quay"), {5: "date-line", 9: "image-chrome"})
    assert (title.value, title.line) == ("Gulls rule the quay", 7)


def test_a_post_headings_words_come_from_its_link_not_its_tooltip():
    heading = f'## [Gulls rule the quay (again)]({POST_LINK} "Gulls rule the quay (again)")'
    assert _title(_post(heading, date=""), {9: "image-chrome"}).value == "Gulls rule the quay (again)"


def test_a_heading_linking_to_its_own_page_that_no_text_follows_is_no_title():
    lines = _post(f"### [Gulls rule the quay]({POST_LINK})", date="")
    lines[8] = "## Related posts"  # another heading, not the post's text, comes first under it
    assert _title(lines, {}).value is None


def test_a_sidebar_boxs_heading_with_no_date_and_no_link_to_itself_is_no_title():
    lines = _post("### Gulls rule the quay", date="")
    assert _title(lines, {9: "image-chrome"}).value is None


def test_a_blogs_slogan_heading_the_page_yields_to_the_dated_post_heading_below_its_sidebar():
    lines = [
        "# Thoughtful talk about the harbour",
        "",
        "* [Home](/)",
        "* [Archive](/archive)",
        "* [About](/about)",
        "",
        "## About",
        "",
        f"* {SIDEBAR}",
        "",
        "## Tuesday, 14 May 2024",
        "",
        "### Gulls rule the quay",
        "",
        LEDE,
        BODY,
    ]
    removed = {1: "headline", 3: "link-list", 4: "link-list", 5: "link-list", 7: "legal-footer", 11: "date-line"}
    title = _title(lines, removed, ("Thoughtful talk about the harbour", 1, "markdown-h1"))
    assert (title.value, title.line) == ("Gulls rule the quay", 13)


def test_a_headline_keeps_its_place_over_a_standfirst_set_as_a_heading_under_the_date():
    lines = ["## Tuesday, 14 May 2024", "", f"# {HEADLINE}", "", f"## {STANDFIRST}", "", LEDE, BODY]
    title = _title(lines, {1: "date-line", 3: "headline"}, (HEADLINE, 3, "markdown-h1"))
    assert (title.value, title.line) == (HEADLINE, 3)


def test_a_headline_over_its_story_keeps_its_place_over_a_related_posts_heading_below():
    lines = [
        f"# {HEADLINE}",
        "",
        "### By Jane Roe",
        "",
        LEDE,
        BODY,
        "",
        "## Tuesday, 14 May 2024",
        "",
        f"### [Gulls rule the quay]({POST_LINK})",
        "",
        SIDEBAR,
    ]
    title = _title(lines, {1: "headline", 3: "byline", 8: "date-line"}, (HEADLINE, 1, "markdown-h1"))
    assert (title.value, title.line) == (HEADLINE, 1)


def test_a_sites_name_opening_a_reader_text_is_no_title_though_comments_under_the_story_use_its_words():
    # The extractor left the headline out: the text opens with the site's name, and the fans'
    # comments kept under the story speak of the club and its news, the story itself does not.
    site = "Harbour Rovers Football Club News"
    comments = (
        "Great news for the club if this is true, the Rovers fans have waited long enough for the "
        "football board to act and the club should move now."
    )
    lines = [site, "", LEDE, "", BODY, "", comments]
    assert _title(lines, {1: "headline"}, (site, 1, "first-line-headline")).value is None


HIGHLIGHTS = [
    "Port Wexley crane collapse halts container traffic for a week",
    "Inspectors examine the wreck while two ships unload elsewhere",
]


@pytest.mark.parametrize("heading", ["Story highlights", "Key points", "In brief"])
def test_a_point_of_the_storys_highlights_is_no_headline(heading):
    # A reader-mode text that left the headline out opens with the box summing the story up: its
    # points use the lede's words, the headline's search would take the first for the headline.
    lines = [heading, *HIGHLIGHTS, "", LEDE, "", BODY]
    cleaned = clean_lines(lines)
    assert cleaned.title.value is None
    assert extract_metadata(lines, cleaned, default_publishers())["title"].value is None


def test_the_headline_over_the_storys_highlights_is_the_title():
    lines = [HEADLINE, "Story highlights", *HIGHLIGHTS, "", LEDE, "", BODY]
    cleaned = clean_lines(lines)
    title = extract_metadata(lines, cleaned, default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 1)


def test_the_ledes_opening_words_over_the_lede_are_no_title():
    # A summary cut from the lede's first words opens the text ("... early on Tuesday, halting
    # container traffic"); the paragraph under it goes on with the same sentence.
    opening = "A harbour crane collapsed onto the quay at Port Wexley early on Tuesday, halting container traffic"
    lines = [opening, "", LEDE, "", BODY]
    assert _title(lines, {1: "headline"}, (opening, 1, "first-line-headline")).value is None


def test_a_headline_a_post_repeats_as_its_first_sentence_stays_the_title():
    headline = "Harbour crane collapse halts container traffic at Port Wexley for a week"
    lines = [headline, "", f"{headline}. {LEDE}", "", BODY]
    assert _title(lines, {1: "headline"}, (headline, 1, "first-line-headline")).value == headline


def test_a_menus_highlights_link_over_the_headline_hides_no_headline():
    # "Highlights" alone is a sports site's link to its match videos, in the menu over the story.
    lines = ["Home", "Video", "Highlights", "", HEADLINE, "By Jane Roe", LEDE, BODY]
    title = extract_metadata(lines, clean_lines(lines), default_publishers())["title"]
    assert (title.value, title.line) == (HEADLINE, 5)


@pytest.mark.parametrize(
    "line",
    [
        # a scraper joins a box's heading and its first point on one line: a point, not the headline
        "Story highlights Harbour crane collapse halts container traffic for a week",
        "Story highlights: Inspectors examine the wreck of the harbour crane",
        # a writer's handle alone, or a blog's credit whose date the page left empty
        "by harbourwriter",
        "Posted on by harbourwriter",
        # the lede opening on its dateline, cut off for a summary
        "WEXLEY, England (Reuters) - A harbour crane collapsed onto the quay at Port Wexley",
        "WEXLEY (AP) — A harbour crane collapsed onto the quay",
    ],
)
def test_a_first_line_of_a_shape_no_headline_has_gives_no_title(line):
    lines = [line, "", LEDE, "", BODY]
    assert extract_metadata(lines, clean_lines(lines), default_publishers())["title"].value is None


@pytest.mark.parametrize(
    "headline",
    [
        "In brief: Harbour crane collapse halts container traffic at Port Wexley",  # a brief item's kicker
        "VIDEO - Harbour crane collapse halts container traffic at Port Wexley",  # no dateline
    ],
)
def test_a_kicker_opening_a_headline_is_no_highlights_box_nor_dateline(headline):
    lines = [headline, "By Jane Roe", LEDE, BODY]
    assert extract_metadata(lines, clean_lines(lines), default_publishers())["title"].value == headline


@pytest.mark.parametrize(
    "credit",
    [
        "(Jane Roe/Harbour Times)",
        "(Jane Roe / AP)",
        "Getty Images",
        "on Tuesday. Credit Jane Roe",
        "on Tuesday. Jane Roe for The Harbour Times",
    ],
)
def test_a_caption_closing_on_its_photos_credit_is_no_headline(credit):
    # Cleaning keeps such a caption (a gallery's story may be its captions): the title refuses it.
    caption = f"Dock workers watch the wreck of the crane at Port Wexley {credit}"
    lines = [caption, "", LEDE, "", BODY]
    assert _title(lines, {}, (caption, 1, "first-line-headline")).value is None
