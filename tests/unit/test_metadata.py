"""Unit tests for dossier.metadata: each field's rules, and the traps where nothing may be read."""

from __future__ import annotations

import pytest

from dossier.bylines import extract_author
from dossier.clean import clean_lines
from dossier.metadata import extract_metadata
from dossier.model import Field, Removal
from dossier.publishers import default_publishers
from dossier.stamps import date_readings

HEADLINE = "Hurricane Delphine slams Louisiana coast, knocking out power to 400,000"
LEAD = "CAMERON, La. (AP) — Hurricane Delphine crashed into the southwestern Louisiana coast early Thursday."
BODY = "The storm made landfall near Cameron at about 3 a.m. with maximum sustained winds of 115 mph."
BODY_2 = "At least two deaths were blamed on the storm, officials said on Friday."


def _meta(lines: list[str]) -> dict:
    return extract_metadata(lines, clean_lines(lines), default_publishers())


def _value(lines: list[str], field: str) -> str | None:
    return _meta(lines)[field].value


# --- date -------------------------------------------------------------------------------------

DATES = [
    (
        "a stamp in emphasis underscores (html2text's italics)",
        ["# " + HEADLINE, "", "_Published on: March 14, 2008_", "", BODY],
        "2008-03-14",
    ),
    # publication stamps at the head
    (
        "a stamp, its byline and the post's categories",
        [HEADLINE, "", "March 14th, 2008 by Mara Quinn in Storms, Harbour life", "", BODY],
        "2008-03-14",
    ),
    (
        "a stamp with its time zone, then the post's category",
        [HEADLINE, "", "by Mara Quinn on Mar 14, 2008 10:31 AM EDT in Harbour Sport", "", BODY],
        "2008-03-14",
    ),
    (
        "a byline with its category before the stamp",
        [HEADLINE, "", "Published by Mara Quinn in Harbour News on March 14th, 2008", "", BODY],
        "2008-03-14",
    ),
    # a post's credit line, opened by its verb, whatever categories, counters or handle it holds
    (
        "a post's credit line with its categories and comment count, under the article",
        [HEADLINE, "", BODY, "", BODY_2, "", "Posted to Storms, Harbour life on 14 March 2008 · Comments (3)"],
        "2008-03-14",
    ),
    (
        "a post's credit line with a handle",
        [HEADLINE, "", "Submitted by mquinn on March 14, 2008 - 3:03pm", "", BODY],
        "2008-03-14",
    ),
    (
        "a post's credit line with labels",
        [HEADLINE, "", "Posted on: 03-14-2008 With: 1 Comment Posted by: Mara Quinn", "", BODY],
        "2008-03-14",
    ),
    (
        "a sentence that opens with a credit verb is no stamp",
        [HEADLINE, "", "Posted to the harbour forum on March 14, 2008 by a neighbour.", "", BODY],
        None,
    ),
    ("date line", [HEADLINE, "", "September 14, 2023", "", BODY], "2023-09-14"),
    ("published stamp", [HEADLINE, "", "Published Feb. 14, 2024", "", BODY], "2024-02-14"),
    (
        "byline with a date",
        [HEADLINE, "By Oliver Grant, CFA | March 21, 2024 | Read time: 4 min", "", BODY],
        "2024-03-21",
    ),
    (
        "posted beats updated on one line",
        [HEADLINE, "Published 9:02 p.m. PT Nov. 8, 2022 | Updated 11:15 a.m. PT Nov. 9, 2022", "", BODY],
        "2022-11-08",
    ),
    (
        "posted beats updated on two lines",
        [HEADLINE, "Posted: Sep 14, 2023 / 06:12 AM CDT", "Updated: Sep 15, 2023 / 09:47 AM CDT", "", BODY],
        "2023-09-14",
    ),
    ("stamp led by the date", [HEADLINE, "Feb 13, 2024 · Updated Feb 14, 2024 · 38 sources", "", BODY], "2024-02-13"),
    (
        "posted beats updated when it follows it on one line",
        [
            HEADLINE,
            "",
            "Updated Mar 15 2008 - 9:25am · Posted Mar 14 2008 - 9:20am by Mara Quinn · 2 comments",
            "",
            BODY,
        ],
        "2008-03-14",
    ),
    (
        "date glued to the time",
        [HEADLINE, "By Helen Marsh", "March 3, 20224:52 PM UTCUpdated 2 years ago", "", BODY],
        "2022-03-03",
    ),
    (
        "read time glued on",
        [HEADLINE, "Harriet Lowe", "Thu, Mar 21, 2024, 12:00 PM 4 min read", "", BODY],
        "2024-03-21",
    ),
    (
        "day-first numeric date with a 24-hour clock",
        [HEADLINE, "", "Issued on: 06/03/2023 - 14:05", "", BODY],
        "2023-03-06",
    ),
    (
        "reader-mode header",
        ["Title: Storm hits | Site", "", "Published Time: 2023-03-02T16:45:00+00:00", "", HEADLINE, "", BODY],
        "2023-03-02",
    ),
    (
        "stamp below a long masthead",
        [
            "We value your privacy",
            "Accept all | Reject all",
            "Skip to main content",
            "Lothian Evening News",
            "News | Sport | Business | Health | Lifestyle",
            "News > Health",
            HEADLINE,
            "A standfirst about the story under the headline",
            "By Kirsty McLeod",
            "Health Correspondent",
            "Published 29th Jul 2024, 06:00 BST",
            "Updated 29th Jul 2024, 13:22 BST",
            "",
            BODY,
        ],
        "2024-07-29",
    ),
    # a dateline's date, then the url path
    (
        "dateline with a date",
        [HEADLINE, "", "HARTFORD, Conn., Jan. 12, 2024 — Northwind Mutual today announced a breach.", "", BODY],
        "2024-01-12",
    ),
    ("stamp then byline", [HEADLINE, "", "January 15, 2024 by Mark Evans", "", BODY], "2024-01-15"),
    (
        "date in the url path",
        [HEADLINE, "", BODY, "", "URL to article: https://www.example.ca/2023/08/18/kettle-ridge-wildfire/"],
        "2023-08-18",
    ),
    # an Updated stamp only when the page has no other stamp (AP pages)
    (
        "only an updated stamp",
        [HEADLINE, "By REBECCA SANTOS", "Updated 7:46 PM CDT, September 14, 2023", "", LEAD],
        "2023-09-14",
    ),
    (
        "split updated stamp",
        [HEADLINE, "Written by Rahul Sharma | Nairobi | Updated: March 20, 2023 4:15 pm IST", "", BODY],
        "2023-03-20",
    ),
    # traps: nothing may be read
    (
        "relative day only",
        [HEADLINE, "", "Residents fled on Friday as the storm approached the coast of Louisiana.", "", BODY],
        None,
    ),
    ("relative stamp", [HEADLINE, "2 hours ago", "", BODY], None),
    (
        "caption date above the article",
        ["Smoke rises over Lumby, B.C., on Thursday, Aug. 17, 2023. THE CANADIAN PRESS/Owen Lachance", "", BODY],
        None,
    ),
    (
        "caption date under the headline",
        [HEADLINE, "", "An ATR 72-600 at Tromsø Airport in a file photo taken on June 3, 2019.", "", BODY],
        None,
    ),
    (
        "tweet date",
        [
            HEADLINE,
            "",
            "Huge crowd on Avenida da Liberdade right now.",
            "",
            "— Marta Sousa (@martasousa_pt) April 6, 2024",
            "",
            BODY,
        ],
        None,
    ),
    (
        "event date in the body",
        [
            HEADLINE,
            "",
            "The fire was discovered on Aug. 9, 2023 and is believed to have been "
            "sparked by lightning, fire officials said on Saturday.",
            "",
            BODY,
        ],
        None,
    ),
    ("ambiguous numeric date", [HEADLINE, "", "06/03/2023", "", BODY], None),
    ("date of a related item", [HEADLINE, "", BODY, "", "Most Read", "March 2, 2024", "", BODY_2], None),
]


@pytest.mark.parametrize(("name", "lines", "expected"), DATES, ids=[d[0] for d in DATES])
def test_date(name, lines, expected):
    assert _value(lines, "date") == expected


def test_date_field_names_its_line_and_rule():
    found = _meta([HEADLINE, "", "Published Feb. 14, 2024", "", BODY])["date"]
    assert (found.line, found.rule) == (3, "date-stamp-date")
    found = _meta([HEADLINE, "Updated 7:46 PM CDT, September 14, 2023", "", BODY])["date"]
    assert (found.line, found.rule) == (2, "updated-stamp")


# The head of a whole page: a masthead with the day's date, menus, the headline, the article.
MENU = "Home | News | Sport | Business | Weather | Obituaries | Classifieds"
PARAGRAPH = (
    "The storm made landfall near Cameron at about 3 a.m. with maximum sustained winds of 115 mph, "
    "the National Hurricane Center said, and it weakened as it moved inland over the marshes."
)

PAGE_DATES = [
    (
        "the stamp under the headline, not the masthead's date of the day",
        ["Wednesday, March 19, 2008", MENU, "", HEADLINE, "", "March 14, 2008", "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "the stamp just above the headline, over a share bar",
        [MENU, "", "Posted on Fri, Mar. 14, 2008", "", "print | email", "Share this", "", HEADLINE, "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "an agency and the date on one line",
        [MENU, "", HEADLINE, "", "Associated Press - March 14, 2008 4:33 PM ET", "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "a byline and the date on one line",
        [MENU, "", HEADLINE, "", "By Mara Quinn on Friday, March 14, 2008", "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "a web address and a print link beside the date",
        [MENU, "", HEADLINE, "", "www.example.cn 2008-03-14 21:17:46 Print", "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "a labelled date that is not the article's",
        [MENU, "", HEADLINE, "", "Release date: 11 April 2008", "", PARAGRAPH],
        None,
    ),
    (
        "a byline with the date under the article, before its comments",
        [
            MENU,
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            PARAGRAPH,
            "",
            "By Mara Quinn | March 14, 2008; 4:38 PM ET",
            "",
            "Comments",
            "",
            "Posted by: reader1 | March 15, 2008 06:24 PM",
        ],
        "2008-03-14",
    ),  # fmt: skip
    (
        "a comment's date is never the article's",
        [
            MENU,
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            PARAGRAPH,
            "",
            "12 Comments",
            "",
            "Posted by: reader1 | March 15, 2008 06:24 PM",
            "",
            "I disagree with the council on this one.",
        ],
        None,
    ),  # fmt: skip
    (
        "a headline run into its stamp and article, as reader mode writes a table cell",
        [
            "| Storm hits the coast   Friday, March 14, 2008 CAMERON, La. -- " + PARAGRAPH + " |",
        ],
        "2008-03-14",
    ),
    (
        "a time of day before the date in a head run into its article",
        ["| HARBOUR WIRE 3:56 a.m. March 14, 2008   CAMERON, La. -- " + PARAGRAPH + " |"],
        "2008-03-14",
    ),
    (
        "a time's zone is in capitals: the article's first word after it is none",
        [
            "|  | Ferry engines failed \tHarbour Wire Friday March 14, 2008 6:08 PM \t The two engines of the "
            "ferry failed to respond as it neared the harbour wall, the coastguard said on Friday. |"
        ],
        "2008-03-14",
    ),
    (
        "a sentence's date in a run-on line is not a stamp",
        ["| On March 4, 2008, the council met. " + PARAGRAPH + " |"],
        None,
    ),
    (
        "a page's <title> is no anchor: the stamp nearest the article wins",
        [
            "Storm hits the coast - Example Gazette",
            "",
            "March 19, 2008 10:42 AM",
            MENU,
            "",
            "Storm hits the coast",
            "",
            "By: Example Wire",
            "March 14, 2008 11:10 AM",
            "",
            PARAGRAPH,
        ],
        "2008-03-14",
    ),  # fmt: skip
    (
        "a numeric date read in the order that names the month the page names",
        [MENU, "", HEADLINE, "Published 03/04/2008 - 10:07 a.m. GMT", "", "CAMERON, La., March 4 -- " + PARAGRAPH],
        "2008-03-04",
    ),
    (
        "a numeric date read in the order of the page's other numeric dates",
        [MENU, "", HEADLINE, "Last Updated: 2:55am GMT 03/04/2008", "", PARAGRAPH, "", "Archive: 25/03/2008"],
        "2008-04-03",
    ),
    ("a numeric date no other date orders", [MENU, "", HEADLINE, "", "03/04/2008", "", PARAGRAPH], None),
    ("the start of a span is no stamp", [MENU, "", HEADLINE, "", "Since 1st March, 1999", "", PARAGRAPH], None),
    (
        "a site's update of the day is labelled so",
        [MENU, "", HEADLINE, "", "Site last updated: March 19, 2008", "", PARAGRAPH],
        None,
    ),
    (
        "a stamp followed by its links",
        [MENU, "", "14 March 2008 - 11:14AM View all news | Send to a friend | Print", HEADLINE, "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "a headline of twenty capitalised words is not the first paragraph",
        [
            "Harbour Council Votes to Rebuild the Cameron Sea Wall After the Storm Destroyed Two Miles of It in "
            "the Night Last Week Again",
            "",
            "March 19, 2008",
            "",
            "Harbour Council Votes to Rebuild the Cameron Sea Wall After the Storm Destroyed Two Miles of It in "
            "the Night Last Week Again",
            "",
            "March 14, 2008",
            "",
            PARAGRAPH,
        ],
        "2008-03-14",
    ),  # fmt: skip
    (
        "an update label alone over its date yields to the published one under it",
        [MENU, "", HEADLINE, "", "Updated", "March 15, 2008", "Published", "March 14, 2008", "", PARAGRAPH],
        "2008-03-14",
    ),
    (
        "an update label's dates alone, local and UTC, yield to the published one",
        [
            MENU,
            "",
            HEADLINE,
            "",
            "Updated",
            "3/14/2008 9:05 PM ET",
            "2008-03-15T01:05:00",
            "Published",
            "3/13/2008 8:00 PM ET",
            "",
            PARAGRAPH,
        ],
        "2008-03-13",
    ),  # fmt: skip
    (
        "an update label alone over the only date",
        [MENU, "", HEADLINE, "", "Last updated:", "March 15, 2008", "", PARAGRAPH],
        "2008-03-15",
    ),
    (
        "a masthead date far above yields to a dateline's",
        [
            "Wednesday, March 19, 2008",
            MENU,
            MENU,
            MENU,
            MENU,
            MENU,
            "",
            HEADLINE,
            "",
            "HARTFORD, Conn., March 14, 2008 -- " + PARAGRAPH,
        ],
        "2008-03-14",
    ),  # fmt: skip
]


def test_a_quoted_headline_run_into_its_stamp_gives_the_date():
    # Reader mode runs the head into the article: the headline in quotation marks ends lowercase.
    head = "| ‘Council to follow own sea wall plan’ Friday March 14 2008 09:43 IST Harbour News Service "
    assert _value([MENU, "", head + PARAGRAPH], "date") == "2008-03-14"


def test_a_sentence_case_headline_run_into_its_stamp_gives_the_date_when_the_stamp_closes_its_cell():
    # The headline's last word is lowercase, but a gap follows the date: the stamp's cell ends there.
    head = "| Council hoping to vote on the sea wall Friday, March 14, 2008      "
    assert _value([MENU, "", head + PARAGRAPH], "date") == "2008-03-14"


def test_a_sentence_case_headline_run_into_its_stamp_and_time_gives_the_date():
    head = "| Council hoping to vote on the sea wall Fri, 14 Mar 2008 10:15a.m.   "
    assert _value([MENU, "", head + PARAGRAPH], "date") == "2008-03-14"


def test_a_date_that_a_sentence_runs_on_from_is_no_stamp_in_a_merged_head():
    head = "| Council hoping to vote on the sea wall Friday, March 14, 2008 "
    assert _value([MENU, "", head + "went by without a vote. " + PARAGRAPH], "date") is None


def test_a_name_opening_lowercase_after_the_date_is_no_sentence_in_a_merged_head():
    # "ePaper" after the edition's date is a product's name, not a sentence running on from the date.
    head = "| Harbour edition of the Coast's Own Gazette Friday, March 14, 2008 ePaper \\| Mobile Version |  | "
    assert _value([head, "", "| " + PARAGRAPH + " |"], "date") == "2008-03-14"


#: Reader mode runs a whole article into one line: its stamp may close it, far past its head.
LONG_MERGED = "| Sea wall vote delayed again " + " ".join([PARAGRAPH] * 6)


def test_a_stamp_word_after_the_articles_last_sentence_dates_a_merged_line():
    assert _value([MENU, "", LONG_MERGED + " Published on March 14, 2008 Related stories |"], "date") == "2008-03-14"


def test_a_clock_time_after_the_articles_last_sentence_dates_a_merged_line():
    assert _value([MENU, "", LONG_MERGED + " 6:15pm Friday 14th March 2008 Print Email |"], "date") == "2008-03-14"


def test_a_stamp_word_closing_a_merged_line_before_empty_cells_dates_it():
    line = LONG_MERGED + " Copyright 2008 The Harbour Ledger Transmitted Friday, March 14, 2008 |  |  | "
    assert _value([MENU, "", line], "date") == "2008-03-14"


def test_several_closing_stamps_in_a_merged_line_are_a_threads_and_date_nothing():
    thread = " Nice one. Posted on March 15, 2008 Me too. Posted on March 16, 2008 |"
    assert _value([MENU, "", LONG_MERGED + thread], "date") is None


def test_a_sentence_going_on_from_a_closing_date_is_no_stamp():
    line = LONG_MERGED + " Published on March 14, 2008, the report said little. |"
    assert _value([MENU, "", line], "date") is None


@pytest.mark.parametrize(
    "close",
    [
        " The schedule was set. 9:00 March 3, 2008: doors open to the public. |",  # the article's timeline
        " The storm weakened. Updated March 5, 2008: This story corrects the name of a town. |",  # a note
    ],
)
def test_a_date_a_colon_follows_labels_text_and_is_no_closing_stamp(close):
    assert _value([MENU, "", LONG_MERGED + close], "date") is None


@pytest.mark.parametrize("heading", ["1 Comment", "Leave a Reply"])
def test_a_closing_date_under_a_cell_heading_the_comments_is_a_comments_and_no_stamp(heading):
    # Reader mode runs a post's one comment into the article's line: its date is no stamp.
    close = f" | {heading} | Great piece, thanks! Posted March 16, 2008 | Reply |"
    assert _value([MENU, "", LONG_MERGED + close], "date") is None


def test_a_date_over_the_headline_that_a_yearless_dateline_contradicts_gives_no_date():
    # The bare date over the headline may be the page's day or the story's, the dateline's day
    # differs: nothing tells which is the article's.
    lines = ["Mar 15, 2008", "", MENU, "", HEADLINE, "", "Karlsholm, Mar 14 (HNS) " + PARAGRAPH]
    assert _value(lines, "date") is None
    lines[-1] = "Karlsholm, Mar 15 (HNS) " + PARAGRAPH
    assert _value(lines, "date") == "2008-03-15"


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday, Mar 14 the council met at noon, and ",  # a sentence's opening, no dateline
        "Tuesday, Mar 14 was the day the council met, and ",
        "In Karlsholm, Mar 14 the council met at noon, and ",
        "Karlsholm, Mar 35 (HNS) ",  # no day of a month
    ],
)
def test_an_opening_that_only_looks_like_a_yearless_dateline_leaves_the_date(opening):
    lines = ["Mar 15, 2008", "", MENU, "", HEADLINE, "", opening + PARAGRAPH]
    assert _value(lines, "date") == "2008-03-15"


def test_the_days_date_in_a_menu_bars_cell_is_no_stamp():
    # Reader mode keeps a layout table's rows as cells: the day's date shown among the menu's
    # links above the article is not its stamp; the stamp in the head run into its text is.
    lines = [
        "|   Sunday, 20 March, 2008  | Subscribe | Place a Classified Ad | Advertise |  |",
        "",
        "| " + PARAGRAPH + " |",
        "",
        "| Sea Wall Vote Fri, March 18, 2008 Council acts after the storm By CP |  |",
    ]
    found = _meta(lines)["date"]
    assert (found.value, found.line) == ("2008-03-18", 5)


def test_the_days_date_after_a_menu_bars_items_is_no_stamp():
    # A whole page's bar "Sign In | Register <today>" just above the headline shows the day's
    # date; the stamp under the headline, below a photo's caption, is the article's.
    lines = [
        "Sea Wall Vote Passes",
        "",
        "Sign In | Register March 25, 2008",
        "News",
        "",
        "Sea Wall Vote Passes",
        "",
        "The harbour master inspects the sea wall at Cameron before the vote, as the council members look on from the quay.",
        "By Jane Roe",
        "Published: 2008-03-18 02:55:03",
        "",
        PARAGRAPH,
    ]
    found = _meta(lines)["date"]
    assert (found.value, found.line) == ("2008-03-18", 10)


def test_the_days_date_a_few_words_before_the_weather_is_no_stamp():
    lines = [
        'Mar 25, 2008 On Air Now: "Harbour Hour" Weather: Showers. High 42',
        "|  |  |",
        f"| {HEADLINE} {PARAGRAPH}",
    ]
    assert _value(lines, "date") is None


def test_the_days_date_over_the_weather_is_no_stamp():
    # Reader mode keeps the masthead's bar: the day's date beside the weather dates no article.
    lines = ["Tuesday, March 25, 2008 Weather: Hi: 7°C / Lo: 4°C", "|  |  |", f"| {HEADLINE} {PARAGRAPH}"]
    assert _value(lines, "date") is None


def test_a_dated_lists_items_are_no_stamps():
    # A news list in reader mode: each item opens with its date and time, then its headline.
    lines = [
        "| 15.03.08 19:45 | Two killed in blast north of the harbour, police sources say |",
        "| 15.03.08 19:28 | Council backs sea wall plan after a long night of debate |",
        "",
        f"| {PARAGRAPH} |",
    ]
    assert _value(lines, "date") is None


def test_a_related_storys_date_under_the_article_is_no_stamp():
    # The article states no date; the teaser of a related story under it has its own.
    teaser = ["Related Stories", "", "Harbour ferry fares to rise", "", "17 JULY 2012, UK"]
    lines = [HEADLINE, "", PARAGRAPH, "", BODY, "", *teaser]
    assert _value(lines, "date") is None


def test_the_days_date_labelled_as_today_is_no_stamp():
    assert _value(["Today is Tuesday, January 15, 2008", "", HEADLINE, "", PARAGRAPH, "", BODY], "date") is None


def test_today_in_the_article_run_into_its_head_leaves_the_stamp():
    head = "| ‘Council to follow own sea wall plan’ Friday March 14 2008 09:43 IST Harbour News Service "
    said = " The harbour master said today is the last day for objections."
    assert _value([MENU, "", head + PARAGRAPH + said], "date") == "2008-03-14"


LATEST = [
    "Ferry fares to rise next spring, council says (Jan 3, 2008)",
    "New sea wall plan wins the council vote (Jan 2, 2008)",
    "Harbour master retires after forty years (Dec 30, 2007)",
]


@pytest.mark.parametrize(
    "lines",
    [
        [MENU, "", HEADLINE, "", PARAGRAPH, "", BODY, "", *LATEST],
        [MENU, "", *LATEST, "", HEADLINE, "", PARAGRAPH, "", BODY],
    ],
    ids=["under the article", "over the headline"],
)
def test_a_list_of_the_latest_stories_with_their_dates_dates_nothing(lines):
    assert _value(lines, "date") is None


def test_a_list_items_teaser_with_its_date_is_no_head():
    # A forum's teasers as list items: a title, "by" a handle and the post's date.
    lines = [
        "  - • Storm thread by HarbourFan 03/15/2008 9:15 a.m. CT • Sea wall by Quinn2 03/15/2008 9:12 a.m. CT",
        "",
        PARAGRAPH,
    ]
    assert _value(lines, "date") is None


def test_a_stamp_word_dates_a_head_run_into_its_article_after_a_captions_date():
    # Reader mode runs a photo's caption, the headline, the stamp and the article into one cell.
    head = (
        "| The harbour master inspects the sea wall at Cameron on Friday, March 14, 2008., before the vote. "
        "(Mara Quinn / HARBOUR PRESS) Council backs sea wall plan Updated Sat. Mar. 15 2008 10:56 PM ET "
        "Harbour News Staff "
    )
    found = _meta([MENU, "", head + PARAGRAPH + " |"])["date"]
    assert (found.value, found.line) == ("2008-03-15", 3)


def test_a_byline_dates_a_head_run_into_its_article():
    # Reader mode runs a sidebar's teasers, the headline, the byline, the stamp and the article into one cell.
    teasers = " ".join(["Harbour council weighs a new ferry timetable for the winter months"] * 6)
    head = f"| {teasers} Council backs sea wall plan By: Harbour Wire Mar. 9, 2008 11:10 AM Share This "
    assert _value([MENU, "", head + PARAGRAPH + " |"], "date") == "2008-03-09"


def test_a_byline_and_date_in_a_lists_item_are_a_teasers():
    item = f"  - Council backs sea wall plan By Harbour Wire on March 9, 2008 at 9:02 a.m. {PARAGRAPH}"
    assert _value([MENU, "", PARAGRAPH, "", item], "date") is None


def test_a_date_in_the_article_is_no_stamp_for_want_of_a_stamp_word():
    head = "| The harbour master inspected the sea wall at Cameron on Friday, March 14, 2008, before the vote. "
    assert _value([MENU, "", head + PARAGRAPH + " |"], "date") is None


#: A quoted release's dateline, run into its text, as a reader rendering keeps one inside an article.
_RELEASE = "March 12, 2008 -- Harbour Ferries Inc. announced today that its winter timetable starts on Monday."


def test_a_date_opening_a_line_inside_the_articles_text_is_no_stamp():
    # under three of the article's paragraphs, above its last: the release's date, not the article's
    paragraphs = [PARAGRAPH, f"{LEAD} {BODY}", f"{BODY} {BODY_2}"]
    lines = ["Council backs sea wall plan", *paragraphs, "Harbour Ferries to start winter timetable"]
    assert _value([*lines, _RELEASE, PARAGRAPH, BODY], "date") is None


def test_a_date_opening_the_line_under_the_head_still_dates_the_article():
    lines = ["Council backs sea wall plan", PARAGRAPH, _RELEASE, BODY, BODY_2, PARAGRAPH]
    assert _value(lines, "date") == "2008-03-12"


def test_a_date_a_calendar_box_shows_one_part_per_line():
    lines = [MENU, "", "Print", "23", "Jul", "2012", "6:06pm, EDT", "", HEADLINE, "", PARAGRAPH]
    found = _meta(lines)["date"]
    assert (found.value, found.line, found.rule) == ("2012-07-23", 4, "split-date-stamp")


_AS_A_COMMENT = "after a comment section's heading, signatures, replies to commenters by name or pingbacks"


def test_a_sidebars_latest_comments_are_no_comment_section_under_the_article():
    from dossier.model import Removal
    from dossier.stamps import extract_date

    about = ("Harbour Notes is a blog about the harbour, its boats and the people who work on them, written "
             "since 2004 by a retired pilot.")  # fmt: skip
    lines = ["Harbour Notes", "", about, "", "Recent Comments", "", "Jane Roe on Harbour reopens",
             "Bob Lee on Ferry timetable", "", "October 15, 2012", "", HEADLINE, "", PARAGRAPH, "", BODY_2]  # fmt: skip
    removed = {n: Removal(n, lines[n - 1], "layout", _AS_A_COMMENT) for n in (5, 7, 8)}
    removed[10] = Removal(10, lines[9], "date-line")
    assert extract_date(lines, removed, title=1).value == "2012-10-15"
    # the article's own comment section is one: a date under its heading is a comment's
    lines[4] = "3 Responses to “Harbour reopens”"
    assert extract_date(lines, removed, title=1).value is None
    # also right under a sidebar's latest comments
    lines[4:9] = ["Recent Comments", "Jane Roe on Harbour reopens", "3 Responses to “Harbour reopens”", "", ""]
    removed.update({n: Removal(n, lines[n - 1], "layout", _AS_A_COMMENT) for n in (6, 7)})
    assert extract_date(lines, removed, title=1).value is None


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted by Jane Roe on Sunday, March 16, 2008 at 06:18 PM in Harbour, Council | Permalink",
        "Published on March 16, 2008 in Ferry News. Tags: harbour, ferry timetable",
    ],
)
def test_a_posts_stamp_with_its_categories_and_tags(stamp):
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY_2, "", stamp], "date") == "2008-03-16"


def test_a_date_in_a_place_with_other_words_is_no_stamp():
    line = "The council first met on March 16, 2008 in Cameron Hall to hear the harbour master's plan"
    assert _value([HEADLINE, "", PARAGRAPH, "", line, "", BODY_2], "date") is None


def test_a_markdown_stamp_with_emphasis_inside():
    stamp = 'by **[Jane Roe](/author/jane "Posts by Jane Roe")**. Posted on **1:00 pm Thursday Mar 13, 2008**'
    assert _value([f"# {HEADLINE}", "", stamp, "", PARAGRAPH, "", BODY_2], "date") == "2008-03-13"


def test_a_wires_update_stamp_with_its_name_before_the_label():
    stamp = "| Associated Press Last updated: 3:02 p.m., Thursday, March 13, 2008 |"
    assert _value([HEADLINE, stamp, PARAGRAPH, "", BODY_2], "date") == "2008-03-13"
    # another thing's date after its label is no stamp
    assert _value([HEADLINE, "| Harbour Films Release date: 11 April 2008 |", PARAGRAPH, "", BODY_2], "date") is None


def test_a_blogs_closing_line_of_facts_dates_the_post():
    facts = ("This entry was posted on 18 March 2008 at 8:14 pm and is filed under Harbour, Council. You can "
             "follow any responses to this entry through the RSS 2.0 feed.")  # fmt: skip
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY_2, "", facts], "date") == "2008-03-18"
    # a sentence of the article about something posted is no stamp
    said = "The video was posted on 18 March 2008 by a resident, and the council removed it the next day."
    assert _value([HEADLINE, "", PARAGRAPH, "", said, "", BODY_2], "date") is None


def test_a_stamp_above_the_article_that_the_layout_read_as_a_comment_is_the_articles():
    from dossier.model import Removal
    from dossier.stamps import extract_date

    stamp = "Posted by Jane Roe on March 18, 2008 at 6:48 pm"
    lines = ["Comments", "", HEADLINE, "", stamp, "", PARAGRAPH, "", BODY_2]
    removed = {1: Removal(1, lines[0], "comment-policy"), 5: Removal(5, stamp, "layout", _AS_A_COMMENT)}
    assert extract_date(lines, removed, title=3).value == "2008-03-18"
    # under the article, the same line is a comment's signature: no date of the article's
    lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", "Comments", stamp, "Great piece."]
    removed = {7: Removal(7, "Comments", "comment-policy"), 8: Removal(8, stamp, "layout", _AS_A_COMMENT),
               9: Removal(9, "Great piece.", "layout", _AS_A_COMMENT)}  # fmt: skip
    assert extract_date(lines, removed, title=1).value is None


def test_a_stamp_under_the_article_the_page_repeats_in_its_shape_is_a_threads():
    thread = ["Jane Roe", "Reply", "Posted on 03/20/2008 at 6:01:41 PM", "Bob Lee", "Reply",
              "Posted on 03/19/2008 at 11:01:16 AM", "Ann Fox", "Reply", "Posted on 03/18/2008 at 4:01:01 PM"]  # fmt: skip
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY_2, "", *thread], "date") is None
    # the article's own stamp over such a thread is in another shape: it is read
    own = "By Jane Roe | March 18, 2008; 4:38 PM ET"
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY_2, "", own, "", *thread[2:]], "date") == "2008-03-18"


def test_a_date_and_time_alone_under_the_articles_paragraphs_over_running_text_signs_a_comment():
    second = ("Crews worked through the night to restore power to homes along the coast, and the parish "
              "opened two shelters for families whose houses were flooded by the surge.")  # fmt: skip
    third = ("The harbour master said the sea wall held along most of its length, though a section near "
             "the ferry landing gave way early on Thursday and will be rebuilt.")  # fmt: skip
    reply = "Good piece, though the sea wall should have been raised years ago by the parish."
    text = [HEADLINE, "", PARAGRAPH, "", second, "", third, ""]
    assert _value([*text, "March 19, 2008 at 4:39 pm", reply], "date") is None
    # a day alone there, over its author's biography, is the author's box: the article's date
    bio = "Jane Roe covers the harbour and the parish council for the paper, and has lived in Cameron since 1990."
    assert _value([*text, "Jane Roe", "March 19, 2008", bio], "date") == "2008-03-19"
    # under a standfirst, the same date is the article's
    assert _value([HEADLINE, "", PARAGRAPH, "", "March 19, 2008 at 4:39 pm", second], "date") == "2008-03-19"


def test_a_stamp_whose_year_wrapped_onto_the_next_line():
    lines = [HEADLINE, "POSTED: 7:54 am EST March 18,", "2008", "UPDATED: 8:49 am EST March 19,", "2008", PARAGRAPH]
    found = _meta(lines)["date"]
    assert (found.value, found.line) == ("2008-03-18", 2)


def test_a_sentence_ending_with_a_day_over_a_year_alone_is_no_stamp():
    lines = [HEADLINE, "", PARAGRAPH, "", "The council will meet again on March 18,", "2008", "", BODY_2]
    assert _value(lines, "date") is None


def test_a_count_a_month_and_a_year_far_apart_are_no_date():
    lines = [HEADLINE, "", "23", "", PARAGRAPH, "", "Jul", "", BODY, "", "2012"]
    assert _value(lines, "date") is None


def test_a_calendar_boxs_date_never_displaces_a_stamp_the_other_rules_read():
    lines = [MENU, "", "Posted July 22, 2012", "", HEADLINE, "", "23", "Jul", "2012", "", PARAGRAPH]
    assert _value(lines, "date") == "2012-07-22"


def test_a_posts_date_before_its_facts_is_its_stamp():
    # A whole page's line: the date, then the post's category and comments, not a menu.
    lines = [HEADLINE, "", "March 18, 2008 | Filed under: Harbour Council Politics | 3 Comments", "", PARAGRAPH]
    assert _value(lines, "date") == "2008-03-18"


def test_a_wire_stories_transmission_slug_dates_it():
    lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", "AP-ES-03-14-08 0607EST"]
    found = _meta(lines)["date"]
    assert (found.value, found.line, found.rule) == ("2008-03-14", 7, "wire-slug")


def test_a_wire_slug_yields_to_the_stamp_under_the_headline():
    lines = [HEADLINE, "March 12, 2008", "", PARAGRAPH, "", "AP-ES-03-14-08 0607EST"]
    assert _value(lines, "date") == "2008-03-12"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # The masthead's date of the day, days after the wire's transmission slug, yields to it...
        ("Tuesday March 18, 2008 3:42 pm", "2008-03-14"),
        # ...a stamp above the headline the day after the slug is the story's own.
        ("Saturday March 15, 2008 3:42 pm", "2008-03-15"),
    ],
)
def test_a_stamp_above_the_headline_and_a_wire_slug(stamp: str, expected: str) -> None:
    lines = [HEADLINE, "", MENU, stamp, MENU, HEADLINE, "", PARAGRAPH, "", BODY_2, "", "AP-ES-03-14-08 0607EST"]
    assert _value(lines, "date") == expected


@pytest.mark.parametrize(("name", "lines", "expected"), PAGE_DATES, ids=[d[0] for d in PAGE_DATES])
def test_date_on_a_whole_page(name, lines, expected):
    assert _value(lines, "date") == expected


def test_the_day_a_page_went_online_is_its_stamp():
    # "since" bounds a span elsewhere ("Since 1st March, 1999"); "online since" is when the page went up.
    lines = [MENU, "", HEADLINE, "", "Article online since March 14th 2008, 9:30", "", PARAGRAPH]
    assert _value(lines, "date") == "2008-03-14"


def test_online_since_inside_a_sentence_is_no_stamp():
    text = "The museum's photo archive has been online since March 3, 2001, and now holds 40,000 pictures."
    assert _value([MENU, "", HEADLINE, "", text, "", BODY_2], "date") is None


def test_submitted_by_opening_a_sentence_is_no_byline():
    text = "Submitted by Senator Mara Quinn in March, the bill raises the harbour levy."
    assert _value([HEADLINE, "", text, "", PARAGRAPH, "", BODY_2], "author") is None


def test_a_date_opening_a_sentence_under_the_first_paragraph_is_the_texts():
    column = "March 10, 2008. A Monday like no other for the harbour town, whose ferry finally sailed again."
    lines = [MENU, "", HEADLINE, "", PARAGRAPH, "", column, "", BODY_2]
    assert _value(lines, "date") is None


# --- author -----------------------------------------------------------------------------------

AUTHORS = [
    # a first name alone is an author only in a credit's frame
    ("a credit and a given name alone", [HEADLINE, "", "Posted by Mara", "", PARAGRAPH], "Mara"),
    (
        "a credit and a given name, then the post's links",
        [HEADLINE, "", "Posted by Mara | View all posts by Mara", "", PARAGRAPH],
        "Mara",
    ),
    ("a given name alone on its line is no byline", [HEADLINE, "", "Mara", "", PARAGRAPH], None),
    # a handle's byline in its stamp
    (
        "a handle's byline in a stamp, then the post's categories and links",
        [HEADLINE, "", "Posted by mquinn81 on Mar 14, 2008 in Storms, Harbour | 0 comments", "", PARAGRAPH],
        "mquinn81",
    ),
    (
        "a community page's credit of a handle in its stamp",
        [HEADLINE, "", "Submitted by mquinn on March 14, 2008 - 3:03pm", "", PARAGRAPH],
        "mquinn",
    ),
    (
        "a handle's credit with a clock time alone under the post",
        [HEADLINE, "", PARAGRAPH, "", BODY_2, "", "Posted by MQ81 at 3:02 PM"],
        "MQ81",
    ),
    (
        "a stamp with the post's categories names no one",
        [HEADLINE, "", "Posted on March 14, 2008 in Storms | Permalink", "", PARAGRAPH],
        None,
    ),
    ("a handle before a clock time alone, no credit", [HEADLINE, "", "mquinn at 3:02 PM", "", PARAGRAPH], None),
    (
        "a stamp's byline of one given name, then the post's categories",
        [HEADLINE, "", "March 14th, 2008 by Mara in Storms, Harbour life", "", PARAGRAPH],
        "Mara",
    ),
    (
        "a byline after a stamp without a year",
        [HEADLINE, "", "Mar 14 2:05p by Mara Quinn", "", PARAGRAPH],
        "Mara Quinn",
    ),
    # a byline beside a stamp that dates nothing (no year, an age) or that the date reader does not take
    (
        "a name over a stamp without a year, above the headline",
        ["Mara Quinn", "on Mar 14 · 5 min read", "", HEADLINE, "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a name over a reading time alone is no byline", ["Mara Quinn", "5 min read", "", HEADLINE, "", PARAGRAPH], None),
    (
        "a name before the story's age, under the headline's kicker",
        [HEADLINE, "", "Harbour Insider", "Mara Quinn 1 day ago", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a byline after a stamp whose time zone is in brackets",
        [HEADLINE, "", "March 14th, 2008 @ 9:15am (PT) by Mara Quinn", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a credit and a word that is no given name", [HEADLINE, "", "By Design", "", PARAGRAPH], None),
    (
        "a commenter's labelled credit and stamp is no byline",
        [HEADLINE, "", "Posted by: Mara | March 14, 2008 at 12:31 PM", "", PARAGRAPH],
        None,
    ),
    (
        "an outlet's town before its desk is no name",
        ["San Diego Harbour Staff Writer", "Thursday, March 13, 2008", PARAGRAPH],
        None,
    ),
    (
        "an agency and the dateline's place in capitals",
        ["| Storm hits the coast By CP TORONTO -- " + PARAGRAPH + " |"],
        None,
    ),
    (
        "a name and the dateline's place in capitals",
        ["| Storm hits the coast By MARA QUINN TORONTO -- " + PARAGRAPH + " |"],
        "Mara Quinn",
    ),
    ("byline", ["By Jane Doe", "", BODY], "Jane Doe"),
    ("a post's closing note", [HEADLINE, "", PARAGRAPH, "", "This post was contributed by Mara Quinn."], "Mara Quinn"),
    (
        "a closing note run into the stamp",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "This was written by K.J. Roe. Posted on Friday, November 2, 2012, at 1:23 "
            "pm. Filed under Harbours, Storms. Bookmark the permalink.",
        ],
        "K.J. Roe",
    ),
    ("a sentence about writing", [HEADLINE, "", PARAGRAPH, "", "This was written by hand in 1902."], None),
    ("two upper-case names", ["By REBECCA SANTOS and DWAYNE HOLLIS", "", BODY], "Rebecca Santos and Dwayne Hollis"),
    (
        "two names in capitals joined by AND",
        ["By MARTA OLSEN AND PIETRO GALLI", "", BODY],
        "Marta Olsen and Pietro Galli",
    ),
    ("and AND after a comma", ["By ANA RUIZ, LEE PARK, AND TOM WU", "", BODY], "Ana Ruiz, Lee Park and Tom Wu"),
    ("byline with e-mail", ["By Alicia Moreno | amoreno@tmtribune.com", "", BODY], "Alicia Moreno"),
    (
        "byline with a linked name",
        ["By [Tom Gallagher](https://example.com/author/tg/) · March 2, 2023", "", BODY],
        "Tom Gallagher",
    ),
    (
        "WordPress byline with a category",
        ["Posted By Megan Fraser In Wildfires | No Comments", "", BODY],
        "Megan Fraser",
    ),
    ("lower-case by with a colon", ["by: Tara Gaspard", "", BODY], "Tara Gaspard"),
    (
        "byline then job title",
        ["By Kirsty McLeod", "Health Correspondent", "Published 29th Jul 2024", "", BODY],
        "Kirsty McLeod",
    ),
    ("outlet after the name", ["By Jane Roe | Fox News", "", BODY], "Jane Roe"),
    (
        "names alone next to the date",
        [HEADLINE, "Harriet Lowe and James Ashworth", "Thu, Mar 21, 2024, 12:00 PM", "", BODY],
        "Harriet Lowe and James Ashworth",
    ),
    (
        "name and role next to the date",
        [HEADLINE, "", "Richard Partington Economics correspondent", "Thu 21 Mar 2024 12.00 GMT", "", BODY],
        "Richard Partington",
    ),
    ("stamp then byline", [HEADLINE, "", "January 15, 2024 by Mark Evans", "", BODY], "Mark Evans"),
    ("byline for a site", ["By Jane Doe For Dailymail.com", "", BODY], "Jane Doe"),
    (
        "author box",
        [BODY, "", "Jake Morrow", "About Jake Morrow 312 Articles", "Jake Morrow writes about Nevada."],
        "Jake Morrow",
    ),
    (
        "a credit alone over its names under the article",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            BODY,
            "",
            "Posted by",
            "Mara Quinn",
            "",
            "at",
            "[3:00 AM](https://example.com/p)",
        ],
        "Mara Quinn",
    ),
    (
        "a credit alone over a linked name",
        [HEADLINE, "", "By", "[Mara Quinn](https://example.com/mq)", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a name under the writer's picture under the headline",
        [
            "Home | News | Sports",
            "",
            f"# {HEADLINE}",
            "",
            "![](https://example.com/a.jpg)",
            "**Mara Quinn**",
            "[Email](mailto:m@example.com)",
            "",
            PARAGRAPH,
        ],
        "Mara Quinn",
    ),
    (
        "stamp, byline and comment counter",
        [HEADLINE, "", "March 3, 2024 at 10:45 am by Mark Evans 1 Comment", "", BODY],
        "Mark Evans",
    ),
    ("an outlet's acronym after the name", ["By Mara Lindqvist HBN Sport", "", BODY], "Mara Lindqvist"),
    ("a surname in capitals after two given names", ["By Mary Ann QUINN", "", BODY], "Mary Ann Quinn"),
    ("a surname in capitals after an initial", ["By Mara K. LINDQVIST", "", BODY], "Mara K. Lindqvist"),
    (
        "a post's categories after its byline",
        [HEADLINE, "", "Posted by Mara Lindqvist in Storms, Harbour Towns, News and Reviews", "", BODY],
        "Mara Lindqvist",
    ),
    # traps
    ("a link's words under the headline", ["Home | News", "", HEADLINE, "", "Take Our Poll", "", PARAGRAPH], None),
    (
        "a name alone that opens the headline",
        ["Home | News", "", "Harbour Meetup and Autumn Bootcamp", "", "Harbour Meetup", "", PARAGRAPH],
        None,
    ),
    (
        "a teaser's credit alone over its names",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            BODY,
            "",
            "[Another storm story](https://example.com/o)",
            "by",
            "[Tom Reyes](https://example.com/tr)",
        ],
        None,
    ),
    ("fact checker", ["Fact checked by Maria Gonzalez", "", BODY], None),
    (
        "photographer",
        [BODY, "", "Dana Whitaker celebrates with supporters. Photo: Chris Lund / Tribune", "", BODY_2],
        None,
    ),
    ("admin account", [HEADLINE, "Posted on April 7, 2024 by admin", "", BODY], None),
    ("staff desk", ["By Staff Reporter", "", BODY], None),
    (
        "contributors' sign-off",
        [BODY, "", "Associated Press writers Tomás Villareal and Jennifer Kuo contributed to this report."],
        None,
    ),
    ("a place next to the date", [HEADLINE, "", "New York", "March 5, 2024", "", BODY], None),
]


CAPTION = (
    "Rescue crews search the flooded streets of Cameron on Thursday morning after the storm "
    "pushed the surge far inland across the parish."
)


def _captioned(subject: str) -> list[str]:
    """A blog's page: the headline shown under the menus, a name alone under it, then the lede about `subject`."""
    headline = "Ronda Denies Harbour Affair"
    lede = f"Harbour pilot {subject} has denied spending the night on a barge with the troubled singer Amy Harbour."
    more = "The pilot, who produced the singer's last album, was accused of romancing the star after the pair were reported to have stayed together."
    return [
        f"Gulf News: Daily Dish : {headline}", "", "Quick Search", "Home News Business Sports Entertainment",
        "Classifieds Jobs Real Estate Cars", "", "Gulf News: Daily Dish", "", "« Previous post | Main | Next post »",
        "", headline, "", "Mara Quinn", "", lede, "", more, "", BODY,
    ]  # fmt: skip


PAGE_AUTHORS = [
    (
        "names alone next to a masthead date are a link, not a person",
        ["Pay Your Bill", "Wednesday, March 19, 2008", MENU, "", HEADLINE, "", "By MARA QUINN", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("an agency's byline names no one", [HEADLINE, "", "By Agencies on Friday, March 14, 2008", "", PARAGRAPH], None),
    ("a labelled byline", [HEADLINE, "Author : Mara K Quinn", "", PARAGRAPH], "Mara K Quinn"),
    (
        "a name, a dash and the writer's role",
        [HEADLINE, "Mara Quinn - Harbour News Service News Writer", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "correspondents with their places",
        [HEADLINE, "By Mara Quinn in Brussels, Tom Reyes in London and Ana Ruiz in Madrid", "", PARAGRAPH],
        "Mara Quinn, Tom Reyes and Ana Ruiz",
    ),
    (
        "a name and its outlet in brackets before the stamp",
        [HEADLINE, "", "Mara Quinn (Harbour News Service) 15/01/2008 07:25:00", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a name before the stamp", [HEADLINE, "", "Tom Reyes on March 14, 2008, 11:50 AM", "", PARAGRAPH], "Tom Reyes"),
    ("a column's label in capitals before the stamp", [HEADLINE, "", "TED Quotes | 12 June 2012", "", PARAGRAPH], None),
    (
        "a blog's handle in its stamp",
        [HEADLINE, "", "Tidewatcher on March 14, 2008, 11:50 AM", "", PARAGRAPH],
        "Tidewatcher",
    ),
    (
        "a byline beats a photographer's name under the headline",
        [MENU, "", HEADLINE, "", "Tom Reyes", "", CAPTION, "", "By Mara Quinn, Harbour News", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a signature closing a review", [HEADLINE, "", PARAGRAPH, "", PARAGRAPH, "", "- Mara Quinn"], "Mara Quinn"),
    (
        "a signature with a dash typed as two hyphens",
        [HEADLINE, "", PARAGRAPH, "", PARAGRAPH, "", "-- Mara Quinn"],
        "Mara Quinn",
    ),
    (
        "an epigraph's credit above the article",
        [HEADLINE, "", "Words shape what we see.", "--Tom Reyes", PARAGRAPH],
        None,
    ),
    (
        "initials run into the surname, and a desk in brackets",
        [HEADLINE, "By K.L.Varga and Mara Quinn (Our staff reporters)", "", PARAGRAPH],
        "K.L.Varga and Mara Quinn",
    ),
    (
        "a community page's submitter",
        [HEADLINE, "", PARAGRAPH, "", "Submitted by Mara Quinn", "", BODY_2],
        "Mara Quinn",
    ),
    (
        "an author box under the article",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "Mara QUINN",
            "March 14, 2008",
            "",
            "Mara Quinn is a designer living in Halifax.",
        ],
        "Mara Quinn",
    ),
    (
        "a byline in a run-on reader-mode head",
        ["| Storm hits the coast By Mara Quinn and Tom Reyes Last Updated: 12:59am GMT 14/03/2008 " + PARAGRAPH + " |"],
        "Mara Quinn and Tom Reyes",
    ),
    (
        "a run-on head's byline running into the lede's capitalised words",
        ["| Storm hits the coast By Mara Quinn Harbour Rovers would love to sign a striker. " + PARAGRAPH + " |"],
        "Mara Quinn",
    ),
    (
        "a run-on head's byline with an initial, running into a dateline",
        ["| Storm hits the coast By Mara J. Quinn Lake Charles, Mar 14 (AP): " + PARAGRAPH + " |"],
        "Mara J. Quinn",
    ),
    (
        "a 'By' that opens no name before the byline in a run-on head",
        ["| Storm Lamps Launched By Lumco By Mara Quinn | Monday | 14/03/2008 " + PARAGRAPH + " |"],
        "Mara Quinn",
    ),
    (
        "the name and place right before the stamp in a run-on head",
        ["| Storm hits the coast · Towns cut off Mara Quinn in Lake Charles Friday March 14, 2008 " + PARAGRAPH + " |"],
        "Mara Quinn",
    ),
    (
        "the name and desk right after the stamp in a run-on head",
        ["| Storm hits the coast Updated Fri. Mar. 14 2008 10:12 PM ET Mara Quinn, Gulf Bureau Chief " + PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a headline's capitalised words before the stamp are no name",
        ["| Storm Hits Tom Reyes Harbour Friday March 14, 2008 " + PARAGRAPH + " |"],
        None,
    ),
    (
        "a letter's address line is no byline",
        ["| From our readers By TO THE EDITOR RE storm coverage: " + PARAGRAPH + " |"],
        None,
    ),
    (
        "an outlet's possessive before the names",
        [HEADLINE, "By NBC's Mara Quinn and Tom Reyes", "", PARAGRAPH],
        "Mara Quinn and Tom Reyes",
    ),
    ("a job after the name", [HEADLINE, "Posted by Mara Quinn, Software Engineer", "", PARAGRAPH], "Mara Quinn"),
    ("a desk and a role after the name", [HEADLINE, "By Mara Quinn Science editor", "", PARAGRAPH], "Mara Quinn"),
    (
        "a weekday after the name",
        [HEADLINE, "By Mara Quinn Thu., Mar. 13 2008 at 1:00 PM", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a bureau after the name", [HEADLINE, "By Mara Quinn, Eagle Washington Bureau", "", PARAGRAPH], "Mara Quinn"),
    (
        "four people, the last after a comma and 'and'",
        [HEADLINE, "By Mara Quinn, Tom Reyes, Ana Ruiz, and Li Wei", "", PARAGRAPH],
        "Mara Quinn, Tom Reyes, Ana Ruiz and Li Wei",
    ),
    ("a guest account", [HEADLINE, "by Guest Author", "", PARAGRAPH], None),
    (
        "a byline closing a share bar's line",
        [HEADLINE, "Email | Print | Text size ? + By Mara Quinn", "March 14, 2008", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "an outlet between the name and the role",
        [HEADLINE, "By MARA QUINN Associated Press Writer", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a surname's prefix before capitals", [HEADLINE, "By TOM McREYES", "", PARAGRAPH], "Tom McReyes"),
    (
        "a lowercase name and role beside the stamp",
        [HEADLINE, "March 14, 2008", "mara quinn national security reporter", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a share button beside the stamp is no name", [HEADLINE, "March 14, 2008", "Pin It", "", PARAGRAPH], None),
    (
        "names alone right above the first paragraph",
        [
            f"{HEADLINE} | The Harbour Times",
            MENU,
            "",
            HEADLINE,
            "Comments (5)",
            "",
            "MARA QUINN and TOM REYES",
            PARAGRAPH,
        ],
        "Mara Quinn and Tom Reyes",
    ),
    (
        "a credit's name above the first paragraph is no byline",
        [
            f"{HEADLINE} | The Harbour Times",
            MENU,
            "",
            HEADLINE,
            "Comments (5)",
            "",
            "directed by",
            "Mara Quinn",
            PARAGRAPH,
        ],
        None,
    ),
    (
        "a sign-off under the last paragraph, over a share bar",
        [HEADLINE, "", PARAGRAPH, "", PARAGRAPH, "", "Mara Quinn", "", "Submit to: Digg Reddit"],
        "Mara Quinn",
    ),
    (
        "a name over a freelancer's desk line",
        [HEADLINE, "", LEAD, "", "MARA QUINN", "", "Special to The Harbour Times", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a name and the piece's kind beside the stamp",
        [HEADLINE, "March 14, 2008", "Mara Quinn: Analysis", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a teaser's name and headline beside the stamp",
        [HEADLINE, "March 14, 2008", "Mara Quinn: Why the storm came", "", PARAGRAPH],
        None,
    ),
    (
        "a menu of names under the last paragraph",
        [HEADLINE, "", PARAGRAPH, "", "Mara Quinn Blog", "Tom Reyes Blog"],
        None,
    ),
    ("a sentence ending with a name", [HEADLINE, "", "The mayor was greeted by Mara Quinn.", "", PARAGRAPH], None),
    (
        "a blog's long 'Posted by' line of facts under the post",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "Posted by Mara Quinn on Sunday, March 16, 2008 at 06:18 PM in Storms, Harbour News, Local Government | Permalink",
        ],
        "Mara Quinn",
    ),
    (
        "'posted by' inside a long sentence is no byline",
        [
            HEADLINE,
            "",
            "The video of the storm over the harbour was posted by Tom Reyes on the site late on Tuesday and shared widely.",
            "",
            PARAGRAPH,
        ],
        None,
    ),
    (
        "a name and where it was written after a comma, beside the stamp",
        [HEADLINE, "", "Mara Quinn, Washington", "March 14, 2008", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a 'contributed by' byline with its stamp",
        [HEADLINE, "Contributed by Mara Quinn Friday, 14 March 2008", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a name the first-names table does not list, between the headline and the stamp",
        [HEADLINE, "Thandeka Mbokazi", "March 14, 2008", "", PARAGRAPH],
        "Thandeka Mbokazi",
    ),
    (
        "a name in capitals before a stamp word",
        [HEADLINE, "THANDEKA MBOKAZI Published: Mar 14, 2008", "", PARAGRAPH],
        "Thandeka Mbokazi",
    ),
    (
        "a station's letters and its city beside the stamp",
        [HEADLINE, "March 14, 2008", "WKRN Nashville", "", PARAGRAPH],
        None,
    ),
    (
        "an unlisted name under the last paragraph is no sign-off",
        [HEADLINE, "", PARAGRAPH, "", PARAGRAPH, "", "Thandeka Mbokazi", "", "Submit to: Digg Reddit"],
        None,
    ),
    ("a 'Posted by:' credit with its colon", [HEADLINE, "", "Posted by: Mara Quinn", "", PARAGRAPH], "Mara Quinn"),
    (
        "a comment's 'Posted by:' signature with its stamp is no byline",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "Great post, thanks!",
            "Posted by: Tom Reyes | Sunday, March 16, 2008 at 09:48 PM",
        ],
        None,
    ),
    (
        "a stamp and its byline, then the post's comments link",
        [HEADLINE, "", "Posted on March 14, 2008 by Mara Quinn | 3 Comments", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a long stamp of two dates and its byline, then a counter",
        [
            HEADLINE,
            "",
            "Updated Mar 14 2008 - 9:25am · Posted Mar 14 2008 - 9:20am by Mara Quinn · 0 comments",
            "",
            PARAGRAPH,
        ],
        "Mara Quinn",
    ),
    (
        "a stamp and its byline, then the post's categories",
        [HEADLINE, "", "March 14, 2008 by Mara Quinn in Storms, Harbour Life", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a row of labelled facts opening with the writer",
        [HEADLINE, "", "Writer: Mara Quinn Date: Friday March 14 2008 Time: 10:35AM", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a site's community account in a stamp's byline is no person",
        [HEADLINE, "", "Posted Mar 14 2008 - 3:15am by Harbour Community · 0 comments", "", PARAGRAPH],
        None,
    ),
    ("a byline with the writer's handle", [HEADLINE, "", "By Mara Quinn (@maraquinn)", "", PARAGRAPH], "Mara Quinn"),
    (
        "a quoted tweet's signature under the headline is no byline",
        [HEADLINE, "", "— Mara Quinn (@maraquinn) March 14, 2008", "", PARAGRAPH],
        None,
    ),
    ("a photo's caption naming the person the lede is about", _captioned("Mara Quinn"), None),
    ("a name alone over a lede that names someone else", _captioned("Tom Reyes"), "Mara Quinn"),
    (
        "a byline run into its stamp's month and day",
        [HEADLINE, "", "By Mara Quinn March 14, 2008", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a byline in capitals run into its stamp's cut month",
        [HEADLINE, "", "By MARA QUINN MAR. 14, 2008", "", PARAGRAPH],
        "Mara Quinn",
    ),
    (
        "a byline run into a yearless stamp",
        [HEADLINE, "", "By Mara Quinn March 14 at 3:57 PM", "", PARAGRAPH],
        "Mara Quinn",
    ),
    ("a surname that is a month's name", [HEADLINE, "", "By Mara August", "", PARAGRAPH], "Mara August"),
    # "der" is a particle of its own, not "de" and the rest of a word
    ("a name with two particles", [HEADLINE, "", "By Anna van der Berg", "", PARAGRAPH], "Anna van der Berg"),
]


@pytest.mark.parametrize(("name", "lines", "expected"), PAGE_AUTHORS, ids=[a[0] for a in PAGE_AUTHORS])
def test_author_on_a_whole_page(name, lines, expected):
    assert _value(lines, "author") == expected


@pytest.mark.parametrize(("name", "lines", "expected"), AUTHORS, ids=[a[0] for a in AUTHORS])
def test_author(name, lines, expected):
    assert _value(lines, "author") == expected


def test_a_short_head_run_into_its_byline_names_its_author():
    lines = [MENU, "", "| Remembering the harbour master By JOHN ROE -- Harbour Media |", "", PARAGRAPH, "", BODY]
    assert _value(lines, "author") == "John Roe"


def test_a_bylines_surname_that_is_a_places_name_before_a_dash_stays():
    lines = [MENU, "", f"| Harbour floods By BRUCE KIRKLAND -- Harbour Media {PARAGRAPH}", "", BODY]
    assert _value(lines, "author") == "Bruce Kirkland"


def test_a_byline_in_capitals_ends_with_its_capitals():
    lines = [MENU, "", f"| Harbour floods By AL ALEXANDER The Harbour Ledger {PARAGRAPH}", "", BODY]
    assert _value(lines, "author") == "Al Alexander"


def test_a_sign_off_run_into_the_articles_last_line_names_its_author():
    last = f"| {PARAGRAPH} Jane Roe can be reached at: jroe@example.org |  |"
    assert _value([HEADLINE, "", PARAGRAPH, "", last], "author") == "Jane Roe"


def test_a_byline_above_the_article_that_the_layout_read_as_a_comment_is_the_articles():
    byline = "Posted by Jane Roe on March 18, 2008 at 6:48 pm"
    lines = ["Comments", "", HEADLINE, "", byline, "", PARAGRAPH, "", BODY_2]
    removed = {1: Removal(1, lines[0], "comment-policy"), 5: Removal(5, byline, "layout", _AS_A_COMMENT)}
    assert extract_author(lines, removed, default_publishers(), 3).value == "Jane Roe"
    # under the article, the same line is a commenter's signature
    lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", "Comments", byline, "Great piece."]
    removed = {7: Removal(7, "Comments", "comment-policy"), 8: Removal(8, byline, "layout", _AS_A_COMMENT),
               9: Removal(9, "Great piece.", "layout", _AS_A_COMMENT)}  # fmt: skip
    assert extract_author(lines, removed, default_publishers(), 1).value is None


def test_a_posts_footer_that_the_layout_read_as_the_comment_sections_first_line_names_its_author():
    # The credit right under the article, in a shape no comment's signature repeats, is the post's.
    footer = "Posted by Jane Roe at March 18, 2008 06:48 PM"
    signature = "Posted by: jdoe at March 18, 2008 07:02 PM"
    lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", footer, "", "Comments", "", "Great piece.", "", signature]
    removed = {n: Removal(n, lines[n - 1], "layout", _AS_A_COMMENT) for n in (7, 11, 13)}
    removed[9] = Removal(9, "Comments", "comment-policy")
    assert extract_author(lines, removed, default_publishers(), 1).value == "Jane Roe"


def test_a_credit_under_the_article_that_comments_repeat_in_its_shape_is_a_commenters():
    first = "Posted by Jane Roe at March 18, 2008 06:48 PM"
    second = "Posted by John Doe at March 18, 2008 07:02 PM"
    lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", first, "", "Great piece.", "", second]
    removed = {n: Removal(n, lines[n - 1], "layout", _AS_A_COMMENT) for n in (7, 9, 11)}
    assert extract_author(lines, removed, default_publishers(), 1).value is None


def test_an_author_box_under_the_article_names_its_author_however_long():
    box = "Jane Roe is a sports writer for the Harbour Ledger. She may be reached at jroe@example.org or on 555-0100."
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", box], "author") == "Jane Roe"


# --- publisher --------------------------------------------------------------------------------

PUBLISHERS = [
    ("copyright line", [BODY, "", "Copyright © 2016 ABC News Internet Ventures."], "ABC News"),
    ("copyright with L.P.", [BODY, "", "©2024 Bloomberg L.P."], "Bloomberg"),
    ("copyright entity", [BODY, "", "&copy; 2024 TechPulse Daily. All rights reserved."], "TechPulse Daily"),
    ("copyright after a full stop", [BODY, "", "Copyright © 2008. The Harbour Ledger."], "The Harbour Ledger"),
    ("copyright after a dash", [BODY, "", "© 2007 - 2008 - eHarbourNews. All rights reserved."], "eHarbourNews"),
    (
        "wire dateline",
        [HEADLINE, "", "(CNN) — Colorado’s highest court ruled Monday that a ski resort can be sued.", "", BODY],
        "CNN",
    ),
    (
        "dateline with a date",
        [HEADLINE, "", "LONDON, March 3 (Harbour Newswire) - The Bank of England held rates.", "", BODY],
        "Harbour Newswire",
    ),
    (
        "e-mail domain in the table",
        [BODY, "", "Contact the writer at feedback@ibtimes.com.au, or let us know what you think below."],
        "International Business Times",
    ),
    ("e-mail domain spelling an outlet", [BODY, "", "Contact the writer at newsdesk@skywardnews.com."], "Skyward News"),
    (
        "e-mail domain the footer's owner company has the name of",
        [
            HEADLINE,
            "",
            BODY,
            "",
            "Jane Roe can be reached at jroe@harbourpost.com",
            "ABOUT HARBOURPOST | MEDIA KIT | PRIVACY",
            "© 2008 HarbourPost Communications. All rights reserved.",
        ],
        "HarbourPost",
    ),  # fmt: skip
    ("fact-check credit", ["Fact checked by The People's Voice Community", "", BODY], "The People's Voice"),
    (
        "newsletter pitch",
        [BODY, "", "Get the North Okanagan Valley Voice in your inbox every morning. Sign up for our free newsletter."],
        "North Okanagan Valley Voice",
    ),
    (
        "masthead named again in the footer",
        [
            "Skip to content",
            "KLCH 7",
            "Lake Charles",
            "NEWS | WEATHER | SPORTS | LIVE",
            "",
            HEADLINE,
            "",
            BODY,
            "",
            "Trending on KLCH 7",
            "Lake Charles curfew",
            "",
            "Copyright 2023 Nexstar Media Inc. All rights reserved.",
        ],
        "KLCH 7",
    ),
    (
        "masthead shaped like an outlet",
        [
            "The Pennywise Post",
            "Markets | Investing | Personal Finance | Crypto",
            "",
            HEADLINE,
            "",
            BODY,
            "",
            "&copy; 2024 Pennywise Media Ltd. All rights reserved.",
        ],
        "The Pennywise Post",
    ),
    (
        "home link",
        ["Skip to main content", "The Guardian - Back to home", "News", "Opinion", "Sport", "", HEADLINE, "", BODY],
        "The Guardian",
    ),
    (
        "an aside in brackets before a dash is no wire's credit",
        [HEADLINE, "", "Normally I would not say (I would wait a little longer) – but the fix is out.", "", BODY],
        None,
    ),
    (
        "a logo that names itself, not the site",
        ["[![HOME](/themes/harbour/logo.png)](http://www.harbournotes.example)", "", HEADLINE, "", BODY],
        None,
    ),
    (
        "a logo's 'Home' is no part of the site's name",
        ["[![Harbour Notes Home](/themes/harbour/logo.png)](/)", "", HEADLINE, "", BODY],
        "Harbour Notes",
    ),
    (
        "a section's name over the headline, named again in a menu, is no masthead",
        ["Categories", "", HEADLINE, "", BODY, "", "All Categories | Archives"],
        None,
    ),
    (
        "a logo's slogan after a colon is no part of the site's name the page names again",
        [
            "[![Harbour Notes: Better answers. Better tides.](/themes/harbour/logo.png)](/)",
            "",
            HEADLINE,
            "",
            BODY,
            "",
            "About Harbour Notes",
        ],
        "Harbour Notes",
    ),
    (
        "a logo's words before a colon that no other line names stay with the slogan",
        ["[![Winner: Harbour Blog Awards](/themes/harbour/logo.png)](/)", "", HEADLINE, "", BODY],
        "Winner: Harbour Blog Awards",
    ),
    (
        "a follow button over the headline is no masthead",
        [
            "Skip to content",
            "* [Follow Harbour Log](#) [Followed](#)",
            "* Related blogs",
            "* [Harbour Kids](http://kids.harbourlog.example)",
            "* [Harbour Pets](http://pets.harbourlog.example)",
            "* [Harbour Food](http://food.harbourlog.example)",
            "",
            HEADLINE,
            "",
            BODY,
            "",
            '[Follow](# "Follow Harbour Log") [Followed](# "Unfollow Harbour Log")',
        ],
        None,
    ),
    (
        "a logo's welcome is no part of the site's name",
        ["[![Welcome to Harbour Notes](/themes/harbour/logo.png)](/)", "", HEADLINE, "", BODY],
        "Harbour Notes",
    ),
    (
        "an appeal's feed is no outlet",
        [HEADLINE, "", BODY, "", "Subscribe To: Site RSS Feed Network Feed"],
        None,
    ),
    (
        "reader-mode title suffix",
        ["Title: Rotich suspended for EPO | Marathon Insider", "", "# Rotich suspended for EPO", "", BODY],
        "Marathon Insider",
    ),
    (
        "wire copy on a broadcaster's site",
        [
            HEADLINE,
            "",
            "Nairobi (AFP) – Kenyan marathon runner Rotich denied doping.",
            "",
            BODY,
            "",
            "© 2023 AFP",
            "",
            "Keep up to date with international news by downloading the FRANCE 24 app",
        ],
        "France 24",
    ),
    (
        "press release issuer",
        [
            "FOR IMMEDIATE RELEASE",
            "",
            HEADLINE,
            "",
            BODY,
            "",
            "###",
            "",
            "About Northwind Mutual",
            "",
            "Founded in 1911, Northwind Mutual Insurance Company is a mutual insurer.",
        ],
        "Northwind Mutual Insurance Company",
    ),
    (
        "press release on a distribution service: the issuer, not the service's masthead",
        [
            "NewsDesk Wire",
            "Home | Newsroom | Industries | Contact",
            "",
            "Press Release",
            "",
            HEADLINE,
            "",
            BODY,
            "",
            "About Northwind Mutual",
            "Founded in 1911, Northwind Mutual Insurance Company is a mutual insurer.",
            "",
            "© 2024 NewsDesk Wire, Inc. All rights reserved.",
        ],
        "Northwind Mutual Insurance Company",
    ),  # fmt: skip
    ("byline desk line", [HEADLINE, "2 hours ago", "Jane Smith", "BBC News, Oslo", "", BODY], "BBC News"),
    ("outlet after the byline", ["By Jane Roe | Fox News", "", BODY], "Fox News"),
    ("site domain after the byline", ["By Jane Doe For Dailymail.com", "", BODY], "Daily Mail"),
    (
        "a newspaper's postal address in its footer",
        [
            HEADLINE,
            "",
            BODY,
            "",
            "The Harbour Ledger, 400 Quay Drive P.O. Box 69, Harbourtown, MA 02269 Telephone: (617) 786-7000",
        ],
        "The Harbour Ledger",
    ),
    (
        "an address in the article's prose",
        [
            HEADLINE,
            "",
            BODY,
            "",
            "The Harbour Ledger, 400 Quay Drive, was flooded when the storm came ashore on Monday.",
        ],
        None,
    ),
    (
        "an address that is no newspaper's",
        [HEADLINE, "", BODY, "", "Harbour Bakery, 12 Quay Street, Harbourtown"],
        None,
    ),
    (
        "an unknown site's address after the byline",
        [HEADLINE, "By Jane Roe, Harbourtour.com Chief Writer", "", BODY],
        "Harbourtour.com",
    ),
    (
        "a masthead and the day after the byline",
        [HEADLINE, "By Jane Roe -- Harbour Broadcasting & Cable, 1/21/2008", "", BODY],
        "Harbour Broadcasting & Cable",
    ),
    (
        "a desk and the day after the byline",
        [HEADLINE, "By Jane Roe -- Harbour Times Staff, 1/21/2008", "", BODY],
        None,
    ),
    ("a name that is no masthead before the day", [HEADLINE, "By Jane Roe -- Harbour Town, 1/21/2008", "", BODY], None),
    ("an e-mail address after the byline", [HEADLINE, "By Jane Roe | jroe@harbourgazette.com", "", BODY], None),
    ("closing source credit", [HEADLINE, "", BODY, "", "Source: Al Jazeera and news agencies"], "Al Jazeera"),
    ("accented name in the table", [BODY, "", "© 2024 RTÉ"], "RTÉ News"),
    # traps
    ("webmail address", [BODY, "", "Contact the writer at jane.doe1984@gmail.com."], None),
    ("platform in a share bar", [BODY, "", "Follow us on Google News"], None),
    (
        "newsletter copyright naming its author",
        ["Anna Keller", "Mar 10, 2022", "", BODY, "", "© 2024 Anna Keller"],
        None,
    ),
    ("a common word that is also an alias", [BODY, "", "Sign up today for breaking news alerts from Today"], None),
    (
        "repeated chrome does not confirm a masthead",
        ["Advertisement", "Supported by", "Advertisement", "", HEADLINE, "", BODY],
        None,
    ),
    ("registration wall verb", [BODY, "", "Register now for FREE unlimited access to Reuters.com"], "Reuters"),
    ("nothing names the outlet", [HEADLINE, "", BODY, "", BODY_2], None),
]


# A whole page's text opens with its <title>: "Headline - Section - Site".
def _under_logo(title: str) -> list[str]:
    """A whole page whose <title> is `title`, with "Tidewatch Log" alone above the article (its logo)."""
    return [title, "", "Tidewatch Log", "Archives | About", "", HEADLINE, "", PARAGRAPH]


def _over_notice(title: str) -> list[str]:
    """A whole page whose <title> is `title`, closing with a notice whose mark trails the name."""
    return [title, "", MENU, "", HEADLINE, "", PARAGRAPH, "", "Tidewatch Log, 2008 ©"]


PAGE_PUBLISHERS = [
    (
        "a title's part shaped as no name ('&', a small word) that the logo above the article and a breadcrumb name",
        [f"{HEADLINE} | Tide & i", "", "Tide & i", "Tide & i > News > 2015", "", HEADLINE, "", PARAGRAPH],
        "Tide & i",
    ),
    (
        "a title's part shaped as no name that only the logo above the article names is no site",
        [f"{HEADLINE} | Tide & i", "", "Tide & i", "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "a title's part opening with 'A' that the logo and a footer's menu name",
        [
            f"{HEADLINE} - A Harbour Mess",
            "",
            "A Harbour Mess",
            MENU,
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "A Harbour Mess | Archives | Contact",
        ],
        "A Harbour Mess",
    ),
    (
        "a title's part opening with 'A' that only the logo names is no site",
        [f"{HEADLINE} - A Harbour Mess", "", "A Harbour Mess", MENU, "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "a title's part opening with a bracket that a frame and another line of chrome name",
        [f"{HEADLINE} | (in)tides", "", MENU, "", HEADLINE, "", PARAGRAPH, "", "Meet (in)tides", "Bloom (in)tides"],
        "(in)tides",
    ),
    (
        "a title's part opening with a bracket that one line of chrome names is no site",
        [f"{HEADLINE} | (in)tides", "", MENU, "", HEADLINE, "", PARAGRAPH, "", "Bloom (in)tides"],
        None,
    ),
    (
        "a section's name shown over the article and in a menu is no site",
        [f"{HEADLINE} - World News", "", "World News", "World News | Sport | Weather", "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "a one-word brand no dictionary holds, named again by the page's lines",
        [f"Tidewirex - {HEADLINE}", "", "Tidewirex Buyer's Guide", "", HEADLINE, "", BODY, "", "More from Tidewirex"],
        "Tidewirex",
    ),
    (
        "an English word named again by the page's lines is no brand",
        [f"Festivals - {HEADLINE}", "", "Festivals near you", "", HEADLINE, "", BODY, "", "More Festivals"],
        None,
    ),
    (
        "the site's city and a section close the title after the site's name",
        [f"{HEADLINE} | KHBR-TV - Portland, Oregon | Entertainment", "", MENU, "", HEADLINE, "", BODY],
        "KHBR-TV",
    ),
    (
        "a chain of sections closing the title names no site",
        [f"{HEADLINE} - A-League - Football - Sport", "", "Football", "", HEADLINE, "", BODY],
        None,
    ),
    (
        "a section of places closing the title is no site's name, in any of their names",
        [
            "Junk food advertising ban begins - Britain/Ireland",
            "",
            "Gulf/Arab World",
            "Britain/Ireland",
            "Europe/World",
            "",
            HEADLINE,
            "",
            BODY,
        ],
        None,
    ),
    (
        "a question opening the title is the headline, never the site's name; the site closes it",
        [
            "The Final Chapter? - 1/21/2008 - Harbour Cable",
            "",
            "Harbour Cable",
            "",
            MENU,
            "",
            "The Final Chapter?",
            "",
            "By Jane Roe -- Harbour Cable, 1/21/2008",
            "",
            MENU,
            "",
            PARAGRAPH,
            "",
            BODY_2,
            "",
            "Harbour Cable |",
        ],
        # (the title's last part, which the line alone above the article names too)
        "Harbour Cable",
    ),  # fmt: skip
    (
        "a middle dot parts the page title from the site its logo names",
        _under_logo(f"{HEADLINE} · Storm Desk · Tidewatch Log"),
        "Tidewatch Log",
    ),
    (
        "a bullet parts the page title from the site its logo names",
        _under_logo(f"{HEADLINE} • Tidewatch Log"),
        "Tidewatch Log",
    ),
    (
        "a dash the page's encoding turned into a question mark parts the title",
        _over_notice("Tidewatch Log ? Harbour?s tide tables - Weather"),
        "Tidewatch Log",
    ),
    (
        "a question before a dash is the headline's, not a separator",
        _over_notice("Who pays for the sea wall ? - Tidewatch Log"),
        "Tidewatch Log",
    ),
    (
        "the site's part of the page title, shaped like an outlet",
        [f"{HEADLINE} - Weather - The Harbour Town Herald", "", MENU, "", HEADLINE, "", PARAGRAPH],
        "The Harbour Town Herald",
    ),
    (
        "a web address in the masthead's bar of the day's date",
        [HEADLINE, "", "Harbourtown.com Thursday 17th January 2008 Issue 812", MENU, "", HEADLINE, "", PARAGRAPH],
        "Harbourtown.com",
    ),
    (
        "a web address alone over the masthead is a sister site's as often as the site's",
        [HEADLINE, "", "Harbourtown.com", MENU, "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "a web address as the site's name",
        [f"Harbourtown.com - News - {HEADLINE}", "", MENU, "", HEADLINE, "", PARAGRAPH],
        "Harbourtown.com",
    ),
    (
        "a web address spelling the name the footer writes",
        [f"harbourtownherald.com : {HEADLINE}", "", HEADLINE, "", PARAGRAPH, "", "Harbour Town Herald | About us"],
        "Harbour Town Herald",
    ),
    (
        "a known outlet's old name",
        [f"{HEADLINE} | Special reports | Guardian Unlimited", "", HEADLINE, "", PARAGRAPH],
        "The Guardian",
    ),
    (
        "a coined name the copyright line repeats",
        [f"{HEADLINE} - harbourinfo", "", HEADLINE, "", PARAGRAPH, "", "About us | Site map | © Copyright harbourinfo"],
        "harbourinfo",
    ),
    (
        "a section in the title is no site",
        [f"{HEADLINE} - Columnists", "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "a short name in the title, its full name in the copyright line",
        ["HTV9: Top Stories", "", HEADLINE, "", PARAGRAPH, "", "Copyright © 2008 HTV9 News. All rights reserved."],
        "HTV9 News",
    ),
    (
        "a title's name held by a copyright line of more than an outlet word is the title's",
        [
            "HTV9: Top Stories",
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "Copyright © 2008 HTV9 News Radio. All rights reserved.",
        ],
        "HTV9",
    ),
    (
        "a blog's name in the title yields to the known outlet of the copyright line",
        [f"{HEADLINE} - Behind the Tides", "", HEADLINE, "", PARAGRAPH, "", "© The Washington Post Company"],
        "The Washington Post",
    ),
    (
        "a section's home link yields to the site's address in the copyright line",
        [
            f"{HEADLINE} : Gulf Weather",
            "",
            "Gulf Weather News | Home",
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "(c) 2008 Harbourtimes.org , All Rights Reserved.",
        ],
        "Harbourtimes.org",
    ),  # fmt: skip
    (
        "a wire's copyright covers the story, not the site",
        [HEADLINE, "", PARAGRAPH, "", "© AAP"],
        None,
    ),
    (
        "a wire dateline on a site whose footer names another owner",
        [HEADLINE, "", "CAMERON, La. (AP) — " + PARAGRAPH, "", "© 2008 Harbour Broadcasting Inc. All rights reserved."],
        None,
    ),
    (
        "a copyright line run into a page's render time",
        [HEADLINE, "", PARAGRAPH, "", "| Copyright © 2008. Harbour Digital 531.25 ms - 16/01/2008 2:13:35 AM |"],
        None,
    ),
    (
        "a release's press contact is its issuer's, not the site's",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "SOURCE Northwind Mutual",
            "CONTACT:",
            "Jane Roe, +1-555-0100",
            "jane.roe@northwindmutual.com",
        ],
        None,
    ),  # fmt: skip
    (
        "a Markdown head's link to the home page, named again below",
        [
            "[Back to top](#top)",
            "[### Harbourgadget](/)",
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "[Harbourgadget for phones: get the app](https://harbourgadget.example/app)",
        ],
        "Harbourgadget",
    ),  # fmt: skip
    (
        "a Markdown head's link to another site's home, the owner's portal",
        [
            '[Portalia](https://portalia.example "Visit Portalia")',
            "",
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "[Portalia mail](https://mail.portalia.example)",
            "[Harbour sailing](https://harbourgadget.example/sailing) | [Harbour tides](https://harbourgadget.example/tides)",
        ],
        None,
    ),  # fmt: skip
    (
        "the first link to the home page decides, not a breadcrumb's root below it",
        ["# [Harbourgadget Harbourgadget](/)", "", "[Main Blog](/)", "", HEADLINE, "", PARAGRAPH, "", "Main Blog"],
        None,
    ),
    (
        "a menu's link to a page of the site before the link to its root is passed over",
        ["[Ask](/ask)", "# [Harbour Log](/)", "", HEADLINE, "", PARAGRAPH, "", "[Harbour Log RSS](/rss)"],
        "Harbour Log",
    ),
    (
        "a menu's link to the home page in a word of the dictionary",
        ["[Main](/)", "", HEADLINE, "", PARAGRAPH, "", "[Main](/)"],
        None,
    ),
    (
        "a Markdown head's link to the home page named nowhere else",
        ["[### Harbourgadget](/)", "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "an appeal's verb and its particle name no outlet",
        [HEADLINE, "", PARAGRAPH, "", "Sign Up Today for our free newsletter!"],
        None,
    ),
    (
        "a menu's first item is no <title>",
        ["* [BBC News](https://news.example)", "* [Mail](https://mail.example)", "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    (
        "an owner company alone names no site",
        [HEADLINE, "", PARAGRAPH, "", "Copyright © 2006, Harbour Holdings Inc. All rights reserved."],
        None,
    ),
    (
        "a contact's e-mail domain when the footer names someone else",
        [
            HEADLINE,
            "",
            PARAGRAPH,
            "",
            "Contact: jane.roe@harbourpower.net",
            "",
            "Copyright 2007 Harbour Release Distribution Holdings Inc. All Rights Reserved.",
        ],
        None,
    ),  # fmt: skip
    (
        "a site named for the region its article is about",
        [
            "Frost damages apple orchards across the valley - Annapolis Valley Ledger",
            "",
            "Frost damages apple orchards across the valley",
            "",
            "A hard frost on Tuesday night damaged apple orchards across the Annapolis Valley, growers said, "
            "and the damage to the blossoms will not be known for weeks in the valley's orchards.",
        ],
        "Annapolis Valley Ledger",
    ),  # fmt: skip
    (
        "the paper named in brackets after the headline",
        [f"{HEADLINE} (from The Harbour Echo)", "", HEADLINE, "", PARAGRAPH],
        "The Harbour Echo",
    ),
    (
        "a broadcaster's call sign and city",
        [f"{HEADLINE} - Weather News Story - WHBR Harbourton", "", HEADLINE, "", PARAGRAPH],
        "WHBR Harbourton",
    ),
    # "On X:" promotes another site's story: the page's own site is not told there.
    ("a preposition before a known outlet", [f"On CNET: {HEADLINE}", "", HEADLINE, "", PARAGRAPH], None),
    ("a preposition before a site's name", [f"From The Harbour Echo: {HEADLINE}", "", HEADLINE, "", PARAGRAPH], None),
    ("a label in capitals is a section", [f"MOVIE REVIEW - {HEADLINE}", "", HEADLINE, "", PARAGRAPH], None),
    (
        "a title that is only a newspaper's name",
        ["The Harbour Daily News", "", HEADLINE, "", PARAGRAPH],
        "The Harbour Daily News",
    ),
    (
        "a menu opening the text is no title",
        ["Home | News | Sport | Weather | Harbour Listings", "", HEADLINE, "", PARAGRAPH],
        None,
    ),
    ("a copyright notice's link names no holder", [HEADLINE, "", PARAGRAPH, "", "Harbour Copyright Notice"], None),
    ("a copyright line over a menu", [HEADLINE, "", PARAGRAPH, "", "© 2008 Advertise | Privacy | Terms of Use"], None),
    (
        "a known outlet before a copyright notice's link",
        [HEADLINE, "", PARAGRAPH, "", "BBC Copyright Notice"],
        "BBC News",
    ),
    (
        "a plain word inside another name",
        [HEADLINE, "", PARAGRAPH, "", "Subscribe for Legal Stuff updates every week"],
        None,
    ),
    (
        "a site's name the page shows alone above the headline",
        [f"{HEADLINE} | Tidewatch Log", "", "Tidewatch Log", "Archives | About", "", HEADLINE, "", PARAGRAPH],
        "Tidewatch Log",
    ),
    (
        "a headline shown again in teasers under the article is no logo",
        [f"{HEADLINE} | Storm Notes", "", HEADLINE, "", PARAGRAPH, "", "Recent posts", "Storm Notes", "Tide Tables"],
        None,
    ),
    (
        "a known outlet's name the article happens to use",
        [
            "Harbour council weighs sea wall - The Washington Post",
            "",
            "Harbour council weighs sea wall",
            "",
            "The Washington council and the harbour board met to post the sea wall plans, and the council weighs "
            "the cost of the wall against the harbour's losses in the storm.",
        ],
        "The Washington Post",
    ),  # fmt: skip
    (
        "an owner company's communications arm",
        [HEADLINE, "", PARAGRAPH, "", "Copyright 2008 Harbour Communications. All rights reserved."],
        None,
    ),
    ("a first line that is only markup", ["<span class='x'></span>", "", PARAGRAPH], None),
    (
        "a photo credit's copyright mark names no site",
        [HEADLINE, "", PARAGRAPH, "", "Mara Quinn © Harbour Images"],
        None,
    ),
    (
        "a wire named on the byline's desk line is the writer's employer",
        [HEADLINE, "", "By MARA QUINN", "AP Weather Writer", "", PARAGRAPH],
        None,
    ),
    (
        "the article's part of the title, not the site's, even when it is shaped like a name",
        [f"Harbour Tide Gazette: {HEADLINE}", "", HEADLINE, "", PARAGRAPH],
        "Harbour Tide Gazette",
    ),
    (
        "an appeal opening with a verb",
        [HEADLINE, "", PARAGRAPH, "", "Subscribe Today and never miss a story."],
        None,
    ),
]


STATED_PUBLISHERS = [
    (
        "a copyright notice inside a cell that runs on",
        [HEADLINE, "", PARAGRAPH, "", "| Index Harbour Group: Home | Copyright © 2007, The Harbour Ledger. "
         "Republication of the contents of this screen is prohibited |"],
        "The Harbour Ledger",
    ),
    (
        "a notice marked (c) inside a row of links, the address's rights not right after the name",
        [HEADLINE, "", PARAGRAPH, "", "| Home \\| Archives \\| About us \\| News Alerts (c) 2008 Harbourtimes.org, "
         "All Rights Reserved. The views expressed are the authors' own. |"],
        "Harbourtimes.org",
    ),
    (
        "a mark, the holder, then the year, after the site's own name",
        [HEADLINE, "", PARAGRAPH, "", "Harbour Ledger Online © The Harbour Ledger 2008"],
        "The Harbour Ledger",
    ),
    (
        "the article's own words about copyright name no holder",
        [HEADLINE, "", PARAGRAPH, "", "The songwriter sued, saying the © Harbour Music notice of 2008 was forged."],
        None,
    ),
    (
        "a publication statement",
        [HEADLINE, "", PARAGRAPH, "", "| A publication by the Cameron Valley Publishing Group. |"],
        "Cameron Valley Publishing Group",
    ),
    (
        "the publisher a footer names after an owner's copyright",
        [HEADLINE, "", PARAGRAPH, "", "| Copyright © 2006, Canyon Inc. All rights reserved. Proprietor and "
         "Publisher - The Cameron Free Press, P.O. Box 2280, 369 York Street |"],
        "Cameron Free Press",
    ),
    (
        "a publication statement the page breaks before its name",
        [HEADLINE, "", PARAGRAPH, "", "A publication by the", "Cameron Valley Publishing Group.", "Come see us again."],
        "Cameron Valley Publishing Group",
    ),
    (
        "an owner company whose rights notice names its brand alone",
        ["More from TDW", "", HEADLINE, "", PARAGRAPH, "", "Copyright © TDW Media Corp - All rights reserved.",
         "Republication is prohibited without the prior written consent of TDW."],
        "TDW",
    ),
    (
        "an owner company that no rights notice names alone stays unread",
        [HEADLINE, "", PARAGRAPH, "", "Copyright © TDW Media Corp - All rights reserved.",
         "Republication is prohibited without the prior written consent of the owners."],
        None,
    ),
    (
        "an owner company whose brand only the footer names stays unread",
        ["The Harbour Log", "", HEADLINE, "", PARAGRAPH, "", "Copyright © TDW Enterprise Holdings Inc. All rights "
         "reserved.", "Reproduction without the written permission of TDW Enterprise is prohibited."],
        None,
    ),
    (
        "a site carrying a paper's print edition",
        [HEADLINE, "", PARAGRAPH, "", BODY, "", "Send a Letter to the Editor",
         "This site is updated daily with stories from the day's print edition of The Cameron Sentinel.",
         "Contact us | Advertise | Privacy"],
        "The Cameron Sentinel",
    ),
    (
        "a site's search box and its name on another line",
        ["Blogs | Forums | Newsletters", "", "| Search TideNet |", "", HEADLINE, "", PARAGRAPH, "", BODY, "",
         "Send your tips to the TideNet news desk."],
        "TideNet",
    ),
    (
        "a search box of a plain word names no site",
        ["Blogs | Forums | Archives", "", "| Search Archives |", "", HEADLINE, "", PARAGRAPH, "", BODY],
        None,
    ),
    (
        "a search box no other line repeats names no site",
        ["Blogs | Forums", "", "| Search TideNet |", "", HEADLINE, "", PARAGRAPH, "", BODY],
        None,
    ),
    (
        "a person named as publisher is no publisher",
        [HEADLINE, "", PARAGRAPH, "", "Publisher: Jane Roe"],
        None,
    ),
    (
        "a study published by a university is no publisher",
        [HEADLINE, "", PARAGRAPH, "", "The figures were published by the Cameron University Press last year."],
        None,
    ),
    ("a copyright notice cut off after 'by The'", [HEADLINE, "", PARAGRAPH, "", "Copyright 2008 by The"], None),
    (
        "a desk's byline naming the site by its address",
        ["| Council backs sea wall plan Updated Sat. Mar. 15 2008 10:56 PM ET Tidewater.ca News Staff " + PARAGRAPH],
        "Tidewater.ca",
    ),
    ("a staff of a place is no site", [HEADLINE, "By the Cameron Port Staff", "", PARAGRAPH], None),
    (
        "a data provider's credit is no notice of the page's",
        [HEADLINE, "", PARAGRAPH, "", "Quotes are delayed by two minutes. Disclaimer. Tidewater: © 2016 Tidewater, "
         "Inc. All Rights Reserved. Factset: data", "", "© 2016 Harbour Ledger. All Rights Reserved."],
        "Harbour Ledger",
    ),
    (
        "a footer's notice before one inside a kept line",
        [HEADLINE, "", "| " + PARAGRAPH + " Tide tables © 2016 Tidewater Charts. |", "", BODY, "",
         "© 2016 Harbour Ledger. All Rights Reserved."],
        "Harbour Ledger",
    ),
    (
        "a licensor's notice for the name and logo the site shows is not the site's",
        [HEADLINE, "", PARAGRAPH, "", "Washington Post name, logo and all associated elements ® and © 2012 The "
         "Washington Post Company. All rights reserved."],
        None,
    ),
    (
        "a footer's link to its trademarks before the site's own notice",
        [HEADLINE, "", PARAGRAPH, "", "Privacy | Trademarks | © 2012 The Washington Post Company. All rights reserved."],
        "The Washington Post",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "lines", "expected"), STATED_PUBLISHERS, ids=[p[0] for p in STATED_PUBLISHERS])
def test_publisher_a_footer_states(name, lines, expected):
    assert _value(lines, "publisher") == expected


def test_an_agencys_dateline_in_a_head_run_into_the_article_names_it():
    line = f"| Special report: Harbour floods HARBOURTOWN, Jan. 13 (Harbour Newswire) -- {PARAGRAPH} |"
    assert _value([MENU, "", line], "publisher") == "Harbour Newswire"


def test_a_syndication_wires_dateline_in_a_head_run_into_the_article_names_no_site():
    line = f"| Harbour floods Comments (No comments posted.) HARBOURTOWN, Calif. (AP) - {PARAGRAPH} |"
    assert _value([MENU, "", line], "publisher") is None


def test_a_wire_named_in_an_appeal_is_its_copys_not_the_sites_unless_by_its_address():
    wall = "To read this article in full you must have a Premium Content Subscription with the Associated Press site."
    assert _value([HEADLINE, "", wall, "", PARAGRAPH, "", BODY], "publisher") is None
    pitch = "Register now for FREE unlimited access to Reuters.com"
    assert _value([HEADLINE, "", PARAGRAPH, "", pitch, "", BODY], "publisher") == "Reuters"


def test_a_syndication_wires_dateline_names_no_site():
    # Every site that buys the wire's copy prints "(Reuters) -": it says whose story, not whose page.
    lines = [HEADLINE, "", "LONDON, March 3 (Reuters) - The Bank of England held rates.", "", BODY]
    assert _value(lines, "publisher") is None


@pytest.mark.parametrize(("name", "lines", "expected"), PAGE_PUBLISHERS, ids=[p[0] for p in PAGE_PUBLISHERS])
def test_publisher_on_a_whole_page(name, lines, expected):
    assert _value(lines, "publisher") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour Notes: Tidewatch", "Harbour Notes"),  # colons alone: "Blog Name: Post title"
        ("Tidewatch - Harbour Notes", "Harbour Notes"),  # "Headline - Site"
    ],
)
def test_a_tie_between_the_titles_first_and_last_part(title, expected):
    """Both parts are shown alone in the chrome above the article (the blog's name and the post's
    title): the title's separators tell which is the site."""
    from dossier.model import Removal
    from dossier.sitenames import extract_publisher

    lines = [title, "", "Harbour Notes", "", "Tidewatch", "", PARAGRAPH, "", BODY_2]
    removed = {n: Removal(n, lines[n - 1], "layout", "page chrome above the article") for n in (1, 3, 5)}
    assert extract_publisher(lines, removed, default_publishers()).value == expected


_PRESS_RELEASE_CELL = (
    "The One to Watch: Harbour Gadgets unveils a remote HARBOUR CITY -- Today at the trade show, Harbour Gadgets "
    "unveiled a new remote control, marking a leap in the evolution of its line of remotes. Offering the same "
    "one-touch control as the other remotes, the new one makes controlling a home cinema even easier with a "
    "colour screen and an intuitive layout of buttons. More is at www.harbourgadgets.com for readers who want it."
)


def test_a_web_address_in_a_paragraph_of_the_opening_line_is_anyones():
    lines = [f"| [January 05, 2008] | {_PRESS_RELEASE_CELL}", "", PARAGRAPH, "", BODY_2]
    assert _value(lines, "publisher") is None
    # in a copyright notice run into the paragraph it is the site's
    lines[0] = f"| Home | About us | News Alerts (c) 2008 Harbourtimes.org, All Rights Reserved. {_PRESS_RELEASE_CELL}"
    assert _value(lines, "publisher") == "Harbourtimes.org"


_OPENING_PARAGRAPH = (
    "I have meant to learn how to edit the photos from the harbour for a long time, and so far I "
    "do it with {} and keep meaning to learn more."
)


def test_a_web_address_in_an_opening_paragraph_names_the_site_only_as_its_staffs_employer():
    lines = [_OPENING_PARAGRAPH.format("Paint.NET"), "", PARAGRAPH, "", BODY_2]
    assert _value(lines, "publisher") is None
    lines[0] = "Harbourwatch.com's Jane Roe says that " + _OPENING_PARAGRAPH.format("a free tool")
    assert _value(lines, "publisher") == "Harbourwatch.com"


@pytest.mark.parametrize(("name", "lines", "expected"), PUBLISHERS, ids=[p[0] for p in PUBLISHERS])
def test_publisher(name, lines, expected):
    assert _value(lines, "publisher") == expected


# --- title and url ----------------------------------------------------------------------------

TITLES = [
    (
        "entities decoded",
        ["Ledgerline&#8217;s Halvorsen found guilty: what the verdict means", "", BODY],
        "Ledgerline’s Halvorsen found guilty: what the verdict means",
    ),
    (
        "site suffix of a known outlet",
        ["Bank of England holds rates | Reuters", "", BODY],
        "Bank of England holds rates",
    ),
    (
        "a dash inside the headline stays",
        ["Bank of England holds at 5.25% – but the vote split is what matters", "", BODY],
        "Bank of England holds at 5.25% – but the vote split is what matters",
    ),
    (
        "a page that opens with a caption has no title",
        ["Smoke rises over Lumby, B.C., on Aug. 17, 2023. THE CANADIAN PRESS/Owen Lachance", "", BODY],
        None,
    ),
]


@pytest.mark.parametrize(("name", "lines", "expected"), TITLES, ids=[t[0] for t in TITLES])
def test_title(name, lines, expected):
    assert _value(lines, "title") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("URL Source: https://www.example.com/news/2023/rotich", "https://www.example.com/news/2023/rotich"),
        ("URL to article: https://www.example.ca/2023/08/18/fire/", "https://www.example.ca/2023/08/18/fire/"),
        ("Follow AP’s coverage of hurricanes at https://apnews.com/hub/hurricanes", None),  # a hub, not the article
    ],
)
def test_url(line, expected):
    assert _value([HEADLINE, "", BODY, "", line], "url") == expected


def test_a_mirror_pages_one_source_link_is_its_url():
    lines = [HEADLINE, "", BODY, "", "Sources:", "", "- [Original article](https://news.example/2015/harbour)"]
    assert _value(lines, "url") == "https://news.example/2015/harbour"


def test_a_list_of_references_is_what_the_page_cites_not_its_address():
    references = [
        "- [Storm hits coast](https://wire.example/storm)",
        "- [Harbour closed](https://paper.example/harbour)",
    ]
    assert _value([HEADLINE, "", BODY, "", "References", "", *references], "url") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Tidewatch on the quay · Harbour Notes", "Tidewatch on the quay"),  # a middle dot
        ("Tidewatch on the quay • Harbour Notes", "Tidewatch on the quay"),  # a bullet
        ("Harbour Notes: Tidewatch on the quay", "Tidewatch on the quay"),  # "Site: Headline"
        ("Harbour Notes - Tidewatch on the quay", "Tidewatch on the quay"),  # "Site - Headline"
        ("Harbour Notes", None),  # the site's name alone is no headline
    ],
)
def test_the_publishers_name_is_no_part_of_the_title(title, expected):
    from dossier.metadata import _without_site_name
    from dossier.model import Field

    found = _without_site_name(
        Field(title, 1, "page-title"), Field("Harbour Notes", 3, "masthead"), default_publishers()
    )
    assert found.value == expected


def test_a_short_address_of_the_publisher_is_no_part_of_the_title():
    from dossier.metadata import _without_site_name
    from dossier.model import Field

    publisher = Field("Harbour Ledger", 1, "page-title-site")
    for title, expected in (("Tides rise - HL.com", "Tides rise"), ("Tides rise - HQ.com", "Tides rise - HQ.com")):
        found = _without_site_name(Field(title, 1, "page-title"), publisher, default_publishers())
        assert found.value == expected


# --- a numeric date whose order the page cannot tell -------------------------------------------------


def _readings(lines: list[str]) -> tuple:
    cleaned = clean_lines(lines)
    found = extract_metadata(lines, cleaned, default_publishers())
    return tuple(f.value for f in date_readings(lines, cleaned, found, default_publishers()))


def test_a_numeric_stamp_of_unknown_order_gives_its_two_readings():
    assert _readings([HEADLINE, "", "Published 10/01/2008", "", BODY]) == ("2008-10-01", "2008-01-10")


def test_a_source_lines_short_numeric_date_gives_its_two_readings():
    # "Harbour Weekly 3/4/08" under the headline: one-digit day and month, a two-digit year.
    assert _readings([HEADLINE, "", "Harbour Weekly 3/4/08", "", BODY]) == ("2008-03-04", "2008-04-03")


def test_a_page_whose_order_is_known_gives_no_readings():
    # "14/01/2008" elsewhere on the page says it writes the day first: its date is read already.
    assert _readings([HEADLINE, "", "Published 10/01/2008", "", BODY, "", "Comments closed 14/01/2008"]) == ()
    assert _readings([HEADLINE, "", "Published January 10, 2008", "", BODY]) == ()


def test_a_broken_link_address_is_no_host_and_no_error():
    # urlsplit raises on "http://[2001:db8::1/plan": the page is read on, the link gives no host.
    lines = [
        "[Harbour Post](https://harbourpost.example/)",
        "",
        "# Crane collapse halts port",
        "",
        "A harbour crane collapsed onto the quay early on Tuesday, halting container traffic for the week.",
        "",
        "See the [plan](http://[2001:db8::1/plan) and [more](https://harbourpost.example/more).",
        "",
        "Harbour Post",
    ]
    assert _value(lines, "publisher") == "Harbour Post"


def test_a_reading_in_the_opening_line_is_no_site_name():
    """A weather box opening the text ("Hi: 9°C / Lo: 3°C") is no <title>: a part with hardly a
    letter is a reading ("3°C"), never a site's acronym ("NTV", "NY1")."""
    from dossier.model import Removal
    from dossier.sitenames import extract_publisher

    lines = ["Monday, March 3, 2025 Weather: Hi: 9°C / Lo: 3°C", "", PARAGRAPH, "", BODY_2]
    removed = {1: Removal(1, lines[0], "layout", "page chrome above the article")}
    assert extract_publisher(lines, removed, default_publishers()).value is None


def test_an_address_in_a_comment_is_the_commenters():
    """A reader's comment signed with an e-mail address names the reader's employer, not the site."""
    from dossier.model import Removal
    from dossier.sitenames import extract_publisher

    comment = "Thanks for the update! Jane Roe. e-mail: jroe@skywardnews.com"
    lines = [PARAGRAPH, "", BODY_2, "", "Skyward News staff", "", comment]
    removed = {7: Removal(7, comment, "layout", "a comment section's heading, signature or reply")}
    assert extract_publisher(lines, removed, default_publishers()).value is None


def _analysed(tmp_path, text: str):
    from dossier.ingest import read_source
    from dossier.pipeline import Options, analyse

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(read_source(path), "page", Options())


STAMP_WITH_TOOLS = [
    "Harbour ferry strike ends after two days",
    "",
    "By Jane Doe // March 14th, 2024 // 10:07 am | Permalink",
    "",
    "The ferry crews returned to work on Thursday after the union accepted the new offer from the operator.",
    "",
    "Passengers had queued for hours at the terminal while the strike lasted, the operator said.",
]


def test_the_stamp_line_the_date_is_read_from_leaves_the_body(tmp_path):
    article = _analysed(tmp_path, "\n".join(STAMP_WITH_TOOLS))
    assert article.date.value == "2024-03-14" and article.date.line == 3
    assert all("Permalink" not in p.text for p in article.paragraphs)
    assert any(r.line == 3 and r.kind == "metadata" for r in article.removed)


def test_a_stamp_in_a_line_with_the_articles_text_stays_in_the_body(tmp_path):
    lines = [*STAMP_WITH_TOOLS[:2], STAMP_WITH_TOOLS[4] + " 14 March 2024", *STAMP_WITH_TOOLS[5:]]
    article = _analysed(tmp_path, "\n".join(lines))
    assert any("ferry crews returned" in p.text for p in article.paragraphs)


def test_a_company_named_after_a_known_outlet_with_words_of_its_own_is_an_owner_not_the_site():
    # The owner of the paper and of its sister sites: the page may be any of them.
    owner = "© 2008 Irish Examiner Newspapers (Cork) Ltd. All rights reserved"
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", owner], "publisher") is None
    # Company words alone after the paper's name are the paper's own company.
    own = "© 2008 Irish Examiner Newspapers Ltd. All rights reserved"
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", own], "publisher") == "Irish Examiner"


def test_a_first_line_of_menu_items_closing_with_an_address_is_no_title_naming_the_site():
    menu = "Lessons Travel Mobile Shop Press Room Harbourgolf.com"
    assert _value([menu, "", HEADLINE, "", PARAGRAPH, "", BODY], "publisher") is None


def test_an_outlets_name_in_a_list_of_the_groups_titles_is_no_appeal_naming_the_site():
    footer = [
        "Contact Us",
        "Work for Us",
        "Legal Stuff",
        "Valley Online",
        "Valley News",
        "Harbour Star",
        "Lake Gazette",
    ]
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", *footer], "publisher") is None


def test_a_partners_dateline_that_a_credit_names_with_a_wire_names_no_site():
    story = "DENVER (Harbour Sounds) - Record shops in Denver sold more albums than ever this winter."
    assert _value([HEADLINE, "", story, "", BODY], "publisher") == "Harbour Sounds"
    # The wire carried the partner's story: every site that buys its copy shows the same dateline.
    assert _value([HEADLINE, "", story, "", BODY, "", "Reuters/Harbour Sounds"], "publisher") is None


def test_a_short_sentence_of_the_article_with_a_date_stays_in_the_body(tmp_path):
    lines = [*STAMP_WITH_TOOLS[:2], STAMP_WITH_TOOLS[4], "", "Talks resume on March 20, 2024.", *STAMP_WITH_TOOLS[5:]]
    article = _analysed(tmp_path, "\n".join(lines))
    assert any("Talks resume" in p.text for p in article.paragraphs)


def test_a_short_sentence_with_a_date_under_the_headline_is_no_stamp():
    lines = [*STAMP_WITH_TOOLS[:2], "Polls close on March 5, 2024.", *STAMP_WITH_TOOLS[3:]]
    assert _value(lines, "date") is None


def test_a_title_part_holding_a_stamp_is_no_site():
    # "Last Updated: 2:55am GMT 29/12/2007" closing a reader-mode title is the page's stamp.
    lines = ["| Harbour floods the quay Last Updated: 2:55am GMT 29/12/2007 | |", "", PARAGRAPH, "", BODY]
    assert _value(lines, "publisher") is None


def test_a_logos_text_of_one_dictionary_word_is_a_section_not_the_site():
    # "Rowing" shown alone above the headline heads a section; "Harbour Online > Rowing" names it.
    lines = [f"{HEADLINE} - Harbour Online > Rowing", "", "Rowing", "", HEADLINE, "", PARAGRAPH, "", BODY]
    assert _value(lines, "publisher") is None


def test_a_copyright_holder_with_its_legal_form_after_a_comma_is_an_owner_company():
    owner = [HEADLINE, "", PARAGRAPH, "", "© Copyright 2008 Harbour General, Inc. | Terms & Conditions"]
    assert _value(owner, "publisher") is None
    paper = [HEADLINE, "", PARAGRAPH, "", "© 2012 Valley Observer, LLC. All rights reserved."]
    assert _value(paper, "publisher") == "Valley Observer"
    for form in ("S.A.", "AG", "Company", "Cos."):  # both tables of legal forms (entities read the first only)
        owner = [HEADLINE, "", PARAGRAPH, "", f"© 2008 Harbour General, {form} All rights reserved."]
        assert _value(owner, "publisher") is None, form


def test_a_copyright_holder_named_as_a_news_paper_or_a_coined_site_with_its_legal_form_is_the_site():
    for holder, site in (("Valley Morning News, Inc.", "Valley Morning News"), ("Harbourist, LLC", "Harbourist")):
        # (A coined name the page names again, "About Harbourist": see `_holder_confirmed`.)
        lines = [HEADLINE, "", PARAGRAPH, "", "About Harbourist | Contact", f"© 2012 {holder} All rights reserved."]
        assert _value(lines, "publisher") == site


def test_a_portal_address_in_the_title_yields_to_no_one_when_the_copyright_names_a_paper():
    # "Headline - harbourportal.com" over "© 2008 The Harbour Ledger": a portal carrying a paper's
    # story, or the paper's own page; nothing says which publishes it, so nothing is read.
    lines = [f"{HEADLINE} - harbourportal.com", "", HEADLINE, "", PARAGRAPH, "", BODY, "",
             "© 2008 The Harbour Ledger. All rights reserved."]  # fmt: skip
    assert _value(lines, "publisher") is None
    alone = [f"{HEADLINE} - harbourportal.com", "", HEADLINE, "", PARAGRAPH, "", BODY]
    assert _value(alone, "publisher") == "harbourportal.com"


def test_a_copyright_holders_address_is_given_by_the_name_the_page_spells_it_with():
    footer = "© 2012 HarbourNews.com"
    spelled = [HEADLINE, "By Jane Roe, Harbour News", "", PARAGRAPH, "", BODY, "", footer]
    assert _value(spelled, "publisher") == "Harbour News"
    # A split at an outlet word the page does not write is no spelling: the address stays.
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", footer], "publisher") == "HarbourNews.com"
    # ...and so does a blog's address the page spells as its owner's name.
    owner = [HEADLINE, "", "Posted by Mara Quinn", "", PARAGRAPH, "", BODY, "", "© 2012 MaraQuinn.com"]
    assert _value(owner, "publisher") == "MaraQuinn.com"


def test_a_desk_line_of_a_papers_staff_writer_names_the_paper():
    lines = [HEADLINE, "", "Harbour Ledger Staff Writer", "", PARAGRAPH, "", BODY]
    assert _value(lines, "publisher") == "Harbour Ledger"
    # A wire's staff writes for every paper; a name of no outlet's shape is a title ("Senior Staff Writer").
    for desk in ("Associated Press Staff Writer", "Senior Staff Writer", "Harbour Rowing Staff Writer"):
        assert _value([HEADLINE, "", desk, "", PARAGRAPH, "", BODY], "publisher") is None


def test_a_markdown_heads_link_to_the_copyrights_address_names_the_site():
    head = '[The Art of Slow Sailing](https://harbourlog.com/blog/ "The Art of Slow Sailing")'
    footer = "All content © 2008-2012 harbourlog.com."
    lines = [head, "", "* [About](https://harbourlog.com/about/)", "", f"# {HEADLINE}", "", PARAGRAPH, "", BODY,
             "", footer]  # fmt: skip
    assert _value(lines, "publisher") == "The Art of Slow Sailing"
    # A link deeper than a section (a teaser) or to another site names no site: the address stays.
    for other in ("[The Art of Slow Sailing](https://harbourlog.com/2012/11/storm-hits/)",
                  "[The Art of Slow Sailing](https://portal.example/)"):  # fmt: skip
        assert _value([other] + lines[1:], "publisher") == "harbourlog.com"


def test_a_portal_address_in_the_title_yields_to_the_copyrights_paper_when_another_line_names_it():
    # The portal's section bar names the paper too: the page is the paper's.
    lines = [f"{HEADLINE} - harbourportal.com", "", "harbourportal.com - Sports - The Harbour Ledger", "", HEADLINE,
             "", PARAGRAPH, "", BODY, "", "© 2008 The Harbour Ledger. All rights reserved."]  # fmt: skip
    assert _value(lines, "publisher") == "The Harbour Ledger"


def test_a_portal_address_in_the_title_yields_to_the_paper_its_byline_credits_and_other_lines_name():
    # The paper's staff are credited under its photos too: the story is the paper's, on a portal.
    byline = "By Jane Roe/City Bureau The Harbour Star-Ledger"
    credits = ["Mara Quinn/The Harbour Star-Ledger", "", "Top photos from The Harbour Star-Ledger"]
    lines = [f"{HEADLINE} | harbourportal.com", "", HEADLINE, byline, "", PARAGRAPH, "", BODY, "", *credits]
    assert _value(lines, "publisher") == "The Harbour Star-Ledger"
    # Named once more only (a story carried from another paper), the portal stays.
    assert _value(lines[:-1], "publisher") == "harbourportal.com"


def test_the_paper_named_alone_under_the_byline_is_read_when_nothing_else_names_the_site():
    credits = ["Mara Quinn/The Harbour Star-Ledger", "", "Top photos from The Harbour Star-Ledger"]
    lines = [HEADLINE, "By Jane Roe", "The Harbour Star-Ledger", "", PARAGRAPH, "", BODY, "", *credits]
    assert _value(lines, "publisher") == "The Harbour Star-Ledger"
    # A wire is no paper; a lone outlet word is a word.
    for desk, other in (("The Associated Press", "The Associated Press contributed."), ("Ledger", "Jane Roe/Ledger")):
        page = [HEADLINE, "By Jane Roe", desk, "", PARAGRAPH, "", BODY, "", other, "", f"More from {desk}"]
        assert _value(page, "publisher") is None


def test_a_bare_copyright_mark_and_name_closing_the_page_is_a_notice_not_a_photo_credit():
    from dossier.copyrights import copyright_holders
    from dossier.model import Removal

    def holders(lines):
        removed = {n: Removal(n, t, "legal-footer", "copyright lines") for n, t in enumerate(lines, 1) if "©" in t}
        return [f.value for f, _, _ in copyright_holders([(n, t) for n, t in enumerate(lines, 1) if t], removed,
                                                         default_publishers())]  # fmt: skip

    assert holders([HEADLINE, PARAGRAPH, BODY, "© Harbour Press Ltd"]) == ["Harbour Press"]
    # Above a line of the article, it credits a photo.
    assert holders([HEADLINE, PARAGRAPH, "© Harbour Press Ltd", BODY]) == []


def test_a_known_outlets_networks_company_is_an_owner_of_sister_sites_not_the_outlet():
    from dossier.copyrights import copyright_holders
    from dossier.publishers import PublisherTable

    table = PublisherTable({"harbourwire.example": "Harbourwire"}, {"harbourwire": "Harbourwire"})

    def holder(footer):
        ((found, brand, _),) = copyright_holders([(1, HEADLINE), (2, PARAGRAPH), (3, footer)], {}, table)
        return found.value, brand

    assert holder("Copyright © 2008 Harbourwire Media, Inc. All Rights Reserved.") == ("Harbourwire", True)
    assert holder("Copyright © 2008 Harbourwire Networks, Inc. All Rights Reserved.")[1] is False


def test_a_masthead_shaped_line_right_under_the_headline_names_the_site():
    lede = "Hurricane Delphine slammed into the Louisiana coast on Thursday, knocking out power to 400,000 homes."

    def publisher(under):
        return _value([HEADLINE, under, lede, PARAGRAPH, BODY], "publisher")

    assert publisher("Harbour City Business Ledger") == "Harbour City Business Ledger"
    # A wire's name (a byline), a section's, or a photo's credit names no site.
    for under in ("The Associated Press", "Business News", "Jane Roe/Harbour City Ledger"):
        assert publisher(under) is None
    # A labelled line is no masthead: its label never becomes part of the publisher's name.
    assert publisher("Source: Harbour City Business Ledger") != "Source: Harbour City Business Ledger"


def test_a_web_address_alone_on_two_chrome_lines_names_the_site_by_the_name_the_page_spells():
    def page(address, spelled="Add Harbour Times to your feeds", times=2):
        head = [address, "", "About us | Contact us", ""] * times
        menu, footer = "Home | News | Sports | Weather | Video", "Privacy Policy | Terms of Use"
        return [menu, "", *head, HEADLINE, "", PARAGRAPH, "", BODY, "", spelled, "", footer]

    assert _value(page("www.harbourtimes.com"), "publisher") == "Harbour Times"
    # Once only (an advertiser's, a sister site's), or spelled nowhere (a share button's): no site.
    assert _value(page("www.harbourtimes.com", times=1), "publisher") is None
    assert _value(page("www.harbourtimes.com", spelled="Add us to your feeds"), "publisher") is None


def test_a_from_desk_line_names_the_paper_when_the_copyright_company_is_named_for_it():
    head = [HEADLINE, "From The Harbour Times", "January 8, 2008", "By Jane Roe", "", PARAGRAPH, "", BODY, ""]
    assert _value([*head, "© Copyright 2008 Harbour Times Newspapers Ltd."], "publisher") == "The Harbour Times"
    # The company of another name: a story carried from that paper, which names no site.
    assert _value([*head, "© Copyright 2008 Tidewater Newspapers Ltd."], "publisher") is None


def test_an_unknown_acronym_holding_the_copyright_is_the_sites_only_when_the_page_names_it_again():
    # "© 2008 HNA" under a story credits an agency as often as it names the site.
    alone = [HEADLINE, "", PARAGRAPH, "", "© 2008 HNA. All rights reserved."]
    assert _value(alone, "publisher") is None
    named = [HEADLINE, "", PARAGRAPH, "", "About HNA | Contact us", "© 2008 HNA. All rights reserved."]
    assert _value(named, "publisher") == "HNA"


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("© 2008 Harbour Ledger 2007", "Harbour Ledger"),  # a year after a space trails the name
        ("© 2008 Harbour Ledger 2007 - 2008 -", "Harbour Ledger"),
        ("© 2008 Harbour Ledger 2007-2008 :", "Harbour Ledger"),  # a range, then a mark
        ("© 2008 Harbour Ledger:: -- ", "Harbour Ledger"),
        ("© 2008 Harbour Ledger-2008", "Harbour Ledger-2008"),  # a year run into the name stays
    ],
)
def test_a_copyright_holder_loses_the_marks_and_years_that_trail_it(footer, publisher):
    assert _value([HEADLINE, "", BODY, "", footer], "publisher") == publisher


def test_a_year_after_a_copyright_holder_ends_its_name():
    # "© Copyright Harbour Ledger 1996-2008 Privacy Policy | Contact Us": the footer's links run on
    # after the year; the holder is the name before it.
    footer = "© Copyright Harbour Ledger 1996-2008 Privacy Policy | Contact Us"
    assert _value([HEADLINE, "", BODY, "", footer], "publisher") == "Harbour Ledger"
    # ...and, so read, a paper's name that a portal's address in the title does not spell.
    lines = [f"harbourportal.com | {HEADLINE}", "", HEADLINE, "", PARAGRAPH, "", BODY, "", footer]
    assert _value(lines, "publisher") is None


def test_a_titles_address_that_is_a_short_form_of_the_copyright_holder_gives_the_holders_name():
    # "Headline - HL.com" over "© The Harbour Ledger Limited": the address is the paper's initials;
    # the two name one outlet, by its name. So is an address of its last word ("TheLedger.com").
    for address, footer in (
        ("HL.com", "Copyright The Harbour Ledger Limited 2008. All rights reserved."),
        ("TheLedger.com", "© Copyright Harbour Ledger 1996-2008 Privacy Policy | Contact Us"),
    ):
        lines = [f"{HEADLINE} - {address}", "", HEADLINE, "", PARAGRAPH, "", BODY, "", footer]
        meta = _meta(lines)
        assert (meta["publisher"].value, meta["title"].value) == ("Harbour Ledger", HEADLINE)
    # A holder not shaped as a paper's name ("Harbour Valley LLC") is an owner: the address stays.
    lines = [f"{HEADLINE} - HV.com", "", HEADLINE, "", PARAGRAPH, "", BODY, "", "© 2008 Harbour Valley LLC"]
    assert _value(lines, "publisher") == "HV.com"


def test_a_buttons_label_under_the_article_is_no_sign_off():
    # A removed line at the page's end, right under the last paragraph, is a sign-off when it holds
    # names alone; a link around an image with a name-like label ("Ad Choices") is a button.
    button = "[![](http://example.org/arrow.png) Mara Quinn](http://example.org/opt-out)"
    lines = [HEADLINE, "", PARAGRAPH, "", PARAGRAPH, "", button]
    removed = {7: Removal(7, button, "layout", "page chrome below the article", "chrome")}
    assert extract_author(lines, removed, default_publishers(), 1).value is None
    plain = {7: Removal(7, "Mara Quinn", "layout", "page chrome below the article", "chrome")}
    assert extract_author([*lines[:6], "Mara Quinn"], plain, default_publishers(), 1).value == "Mara Quinn"


_DESK_PAGE = [HEADLINE, "", "Last Updated: Saturday, January 12, 2008 | 1:58 AM ET", "", "BBC Sport", "", PARAGRAPH, "",
              BODY, "", "Copyright © BBC 2008"]  # fmt: skip


def test_a_desk_line_under_the_headline_names_the_corporations_brand():
    # The footer names only the corporation, which the table reads as "BBC News".
    assert _value(_DESK_PAGE, "publisher") == "BBC Sport"


def test_several_desk_lines_of_the_corporation_are_a_menu_and_name_no_brand():
    lines = _DESK_PAGE[:6] + ["BBC Radio", ""] + _DESK_PAGE[6:]
    assert _value(lines, "publisher") == "BBC News"


def test_a_footer_naming_the_brand_keeps_it():
    lines = _DESK_PAGE[:-1] + ["Copyright © 2008 BBC News"]
    assert _value(lines, "publisher") == "BBC News"


FOOTER_TRAPS = [
    ("a year in Roman numerals is no holder", "© MMVIII, Harbour Television Stations Inc. All Rights Reserved.", None),
    ("an owner company's last word", "Copyright © 2008. Harbourside Digital", None),
    ("a notice naming the vendor and the station", "All content © Copyright 2000 - 2008 Tidecast, KHRB, and Harbour Press.", None),
    ("a notice naming two holders joined by 'and'", "All content © Copyright 2000 - 2008 Tidecast and KHRB. All Rights Reserved.", None),
    ("a holder cut at an initial", "© 2007 The Q.R. Harbour Co.", None),
    ("a footer naming one brand still names it", "© 2008 Harbour Ledger. All Rights Reserved.", "Harbour Ledger"),
    ("a brand with an ampersand is one holder", "© 2008 Rod & Reel Weekly. All Rights Reserved.", "Rod & Reel Weekly"),
    ("a holder's acronym of Roman letters is no year", "© MCL Harbour Radio. All Rights Reserved.", "MCL Harbour Radio"),
    ("a year of the 1900s in Roman numerals", "© MCMXCIX, Harbour Ledger. All Rights Reserved.", "Harbour Ledger"),
    ("the rights after a comma name no second holder", "©2008, The Harbour Ledger, Reproduction prohibited", "The Harbour Ledger"),
    ("a second holder after a comma, the rights after it", "© 2008 Tidecast, Harbour Ledger, all rights reserved", None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "footer", "expected"), FOOTER_TRAPS, ids=[t[0] for t in FOOTER_TRAPS])
def test_a_copyright_line_naming_no_masthead(name, footer, expected):
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", footer], "publisher") == expected


def test_a_source_credit_naming_a_wire_names_no_site():
    lines = [HEADLINE, "", PARAGRAPH, "", BODY, "", "Source: Press Association"]
    assert _value(lines, "publisher") is None


def test_a_search_box_for_a_word_names_no_site():
    lines = [HEADLINE, "", "Search for", "", PARAGRAPH, "", BODY, "", "Home | Search for | About"]
    assert _value(lines, "publisher") is None


def _between_appeals(line: str) -> list[str]:
    return [HEADLINE, "", PARAGRAPH, "", BODY, "", "Subscribe to our newsletter", "", line, "", "Donate to support us"]


def test_a_heading_between_appeals_asks_nothing_and_names_no_site():
    assert _value(_between_appeals("Harbour Talking News"), "publisher") is None
    assert _value(_between_appeals("Get Harbour Talking News at your door"), "publisher") == "Harbour Talking News"
    sentence = "Harbour Talking News is the only outlet reporting on it."
    assert _value(_between_appeals(sentence), "publisher") == "Harbour Talking News"


def test_a_word_after_a_slash_is_a_menus_not_a_photo_credits_outlet():
    assert _value([HEADLINE, "", PARAGRAPH, "", "Harbour Spas/Salon", "", BODY], "publisher") is None
    assert _value([HEADLINE, "", PARAGRAPH, "", "Photo: Jane Roe/Salon", "", BODY], "publisher") == "Salon"


def test_a_desk_line_names_the_brand_of_a_corporation_the_table_does_not_know():
    # "© HBC": a corporation known by its acronym; the desk line under the headline is its brand.
    lines = [line.replace("BBC", "HBC") for line in _DESK_PAGE]
    assert _value(lines, "publisher") == "HBC Sport"
    menu = lines[:6] + ["HBC Radio", ""] + lines[6:]
    assert _value(menu, "publisher") == "HBC"


def test_a_company_named_for_the_titles_site_keeps_it_over_another_notices_outlet():
    lines = [f"{HEADLINE} - The Harbour Beacon", "", HEADLINE, "", PARAGRAPH, "", BODY, "",
             "© Copyright 2008 Beacon Newspaper Company.", "", "© The New York Times Company"]  # fmt: skip
    assert _value(lines, "publisher") == "The Harbour Beacon"
    other = lines[:-3] + ["© Copyright 2008 Quay Newspaper Company.", "", lines[-1]]
    assert _value(other, "publisher") == "The New York Times"


@pytest.mark.parametrize("city", ["Dayton OH", "Dayton, OH"])
def test_a_town_and_its_state_code_after_the_site_in_the_title_are_its_city(city):
    lines = [f"{HEADLINE} -- Page 1 -- Harbour Union - {city}", "", HEADLINE, "", PARAGRAPH, "", BODY, "",
             "All Harbour Union materials copyright 2008, Harbour Newspapers Division."]  # fmt: skip
    assert _value(lines, "publisher") == "Harbour Union"


@pytest.mark.parametrize("crumb", ["", " > Cricket"])
def test_a_titles_site_with_its_online_words_is_the_copyright_holders_name(crumb):
    lines = [f"{HEADLINE} - Harbour Online Edition{crumb}", "", HEADLINE, "", PARAGRAPH, "", BODY, "",
             "© 2008 Harbour News and Media Limited"]  # fmt: skip
    assert _value(lines, "publisher") == "Harbour"


# --- publishers on sites the outlet table does not know: right or empty (session 42) -----------


def _publisher_of(lines: list[str], removed_rules: dict[int, str]) -> str | None:
    from dossier.sitenames import extract_publisher

    removed = {n: Removal(n, lines[n - 1], rule) for n, rule in removed_rules.items()}
    return extract_publisher(lines, removed, default_publishers()).value


def test_a_copyright_line_naming_a_person_names_no_site():
    """A blog's footer holds its author's name ("© 2012 Jane Roe"): the site goes by another name,
    which the notice does not give; nothing is read rather than the person."""
    lines = [PARAGRAPH, "", BODY_2, "", "Copyright © 2012 Maria Quintero. All rights reserved."]
    assert _publisher_of(lines, {5: "footer"}) is None


@pytest.mark.parametrize("paper", ["Austin Harbour Chronicle", "Austin Harbour-Chronicle"])
def test_a_copyright_line_naming_a_paper_after_a_town_keeps_it(paper):
    """A paper named for its town, whose first word is also a given name, is still a paper's name,
    its outlet word after a hyphen too."""
    lines = [PARAGRAPH, "", BODY_2, "", f"Copyright © 2012 {paper}. All rights reserved."]
    assert _publisher_of(lines, {5: "footer"}) == paper


def test_a_title_part_without_a_letter_names_no_site():
    """A whole page's first line that is an offer bar ("Orders ship free | 555-0199"), or a title
    ending in a figure, has no site's name among its parts: a number names none."""
    lines = ["Orders ship free | 555-0199", "", PARAGRAPH, "", BODY_2]
    assert _publisher_of(lines, {1: "layout"}) != "555-0199"
    lines = ["Our Harbour Year in Figures: 25,000", "", PARAGRAPH, "", BODY_2]
    assert _publisher_of(lines, {}) is None


def test_a_logos_file_name_is_no_site_name():
    """A logo whose text is its image's file name ("harbour_masthead_2x") names no site."""
    lines = ["[![harbour_masthead_2x](/img/logos/harbour_masthead_2x.png)](/)", "", HEADLINE, "", PARAGRAPH]
    assert _publisher_of(lines, {1: "layout"}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Lanterns", "Harbour Lanterns"),  # the address spells the text
        ("Bay Harbour Lanterns", "Bay Harbour Lanterns"),  # the address gives its initials (bhl.example)
        ("Startup Notes", None),  # another name: a stale text, or the owner's other blog's
        ("WordPress Lanterns", "WordPress Lanterns"),  # a word of the name in the label (wplanterns.example)
        ("Hárbourlanterns", "Hárbourlanterns"),  # spelled without its accent
        ("港灯日志", "港灯日志"),  # another script than the address's letters: nothing to compare
    ],
)
def test_a_logos_text_that_its_addresses_do_not_spell_names_no_site(text, expected):
    """A logo whose image and link go to one host names the site that host spells; a text the host
    does not spell is another site's name (a stale or borrowed one), not the page's."""
    hosts = {"Bay": "https://www.bhl.example", "WordPress": "https://wplanterns.example"}
    host = hosts.get(text.split()[0], "https://www.harbourlanterns.example")
    lines = [f"[![{text}]({host}/images/logo.png)]({host})", "", HEADLINE, "", PARAGRAPH]
    assert _publisher_of(lines, {1: "layout"}) == expected


@pytest.mark.parametrize("image", ["/images/logo.png", "https://cdn.imagehost.example/harbour/logo.png"])
def test_a_logo_linking_home_by_path_keeps_its_text(image):
    """A logo linking to no absolute address ("](/)") has nothing to disagree with, whatever host
    serves its image (a content network's): its text names the site."""
    lines = [f"[![Startup Notes]({image})](/)", "", HEADLINE, "", PARAGRAPH]
    assert _publisher_of(lines, {1: "layout"}) == "Startup Notes"


@pytest.mark.parametrize(
    ("host", "expected"),
    [("https://www.tidings.example", None), ("https://www.lantern.example", "Lantern")],
)
def test_a_masthead_of_one_common_word(host, expected):
    """A masthead line of one dictionary word ("By", "Cars") is chrome unless the table knows it or
    the page's own address, the host it links to most, is that word ("Lantern" on lantern.example)."""
    word = expected or "Cars"
    lines = [
        f"[{word}]({host}/)",
        f"[New {word}]({host}/new/) [Used {word}]({host}/used/)",
        "",
        HEADLINE,
        "",
        PARAGRAPH,
        "",
        f"[About]({host}/about/) [{word} archive]({host}/archive/)",
    ]
    assert _publisher_of(lines, {1: "masthead", 2: "layout", 8: "layout"}) == expected


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ([], None),  # only the notice names it: as often the owner company or a network
        (["About Tide Mark | Contact | Jobs"], "Tide Mark"),  # a line of the page names it too
        (["[Home](https://www.tidemark.example/) [Jobs](https://www.tidemark.example/jobs/)"], "Tide Mark"),  # its host
    ],
)
def test_a_copyright_holder_the_page_does_not_confirm_names_no_site(extra, expected):
    """A holder the table does not know, of no outlet's shape ("© 2012 Tide Mark") is the site's
    brand only when the page confirms it: another line that is no copyright notice names it, or the
    host the page links to most spells it."""
    lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", *extra, "© 2012 Tide Mark. All rights reserved."]
    assert _value(lines, "publisher") == expected


def test_a_copyright_holder_ending_in_an_outlet_word_needs_no_other_line():
    """A holder shaped as an outlet's name, its outlet word after a hyphen or glued in camel case
    ("Valley Herald-Tribune", "eHarbourNews"), is the site's brand on its notice alone."""
    for holder in ("Valley Herald-Tribune", "eHarbourNews", "The Harbour Ledger"):
        lines = [HEADLINE, "", PARAGRAPH, "", BODY_2, "", f"© 2012 {holder}. All rights reserved."]
        assert _value(lines, "publisher") == holder, holder


def test_a_name_no_table_lists_is_a_person_s_up_to_three_words():
    # UNLISTED_NAME_MAX_WORDS capitalised words no word list knows: a name the first-names table
    # lacks; a run of four is no one name.
    from dossier.bylines import UNLISTED_NAME_MAX_WORDS, _unlisted_name

    words = ["Mahalakshmi", "Sundari", "Venkatesh", "Hariharan"]
    assert _unlisted_name(" ".join(words[:UNLISTED_NAME_MAX_WORDS]))
    assert not _unlisted_name(" ".join(words[: UNLISTED_NAME_MAX_WORDS + 1]))


def test_a_site_name_is_cut_from_the_headline_after_a_bar_or_before_a_colon_with_two_words_left():
    # A " | Site" suffix of up to SITE_NAME_MAX_WORDS words that is the publisher's name goes; a
    # "Site: " prefix goes when two words of headline at least are left.
    from dossier.metadata import _without_site_name
    from dossier.outletnames import SITE_NAME_MAX_WORDS

    table = default_publishers()
    site = " ".join(["Northern", "Valley", "Morning", "Gazette", "Online", "Edition"][:SITE_NAME_MAX_WORDS])
    cut = _without_site_name(Field(f"Harbour bridge closed | {site}", 1, "headline"), Field(site, 2, "p"), table)
    assert cut.value == "Harbour bridge closed"
    prefix = Field("Harbour Ledger: Bridge closed", 1, "headline")
    assert _without_site_name(prefix, Field("Harbour Ledger", 2, "p"), table).value == "Bridge closed"
    short = Field("Harbour Ledger: Closed", 1, "headline")
    assert _without_site_name(short, Field("Harbour Ledger", 2, "p"), table) == short


@pytest.mark.parametrize(
    ("line", "title", "expected"),
    [
        # the site's name and its slogan before the separator, the name read off the same <title>
        (
            "HarbourTV.com, Coast News and Weather - Harbour bridge closed after crack found",
            "HarbourTV.com, Coast News and Weather - Harbour bridge closed after crack found",
            "Harbour bridge closed after crack found",
        ),
        # the site's name run into the headline, an acronym before it
        (
            "HW - Harbour Wire Coast: Bridge closed after crack",
            "Harbour Wire Coast: Bridge closed after crack",
            "Coast: Bridge closed after crack",
        ),
        # a headline opening with the site's name goes on in small letters
        ("Harbour Wire wins coast award", "Harbour Wire wins coast award", "Harbour Wire wins coast award"),
        # a <title> naming the site again after the headline: the name opening it is the headline's
        ("Harbour Wire Editor Resigns - Harbour Wire", "Harbour Wire Editor Resigns", "Harbour Wire Editor Resigns"),
    ],
)
def test_the_sites_name_opening_a_headline_read_off_its_own_title_line_goes(line, title, expected):
    from dossier.metadata import _without_site_name

    site = "HarbourTV.com" if line.startswith("HarbourTV") else "Harbour Wire"
    found = _without_site_name(
        Field(title, 1, "page-title"), Field(site, 1, "page-title-site"), default_publishers(), [line]
    )
    assert found.value == expected
    # read off another line than the site's name, the headline is left as it is
    elsewhere = _without_site_name(
        Field(title, 1, "page-title"), Field(site, 9, "copyright-line"), default_publishers(), [line]
    )
    assert elsewhere.value == title


def test_a_headline_with_no_line_is_not_the_byline_of_an_author_with_no_line():
    # Two readings agree that a line credits a writer only when both read one line (both None
    # is no line).
    from dossier.metadata import _byline_taken

    assert _byline_taken(Field("By Jane Roe in Harbourtown", 3, "headline"), Field("Jane Roe", 3, "byline"))
    assert not _byline_taken(Field("By Jane Roe in Harbourtown", None, "headline"), Field("Jane Roe", None, "byline"))


def test_a_stamp_opening_a_short_text_is_the_date_not_the_headline():
    # A reader-mode text that left its headline out opens with the post's stamp; the story is two
    # short sentences, too short for its lede to tell a headline. The stamp gives the date only.
    from dossier.clean import clean_lines
    from dossier.metadata import extract_metadata
    from dossier.publishers import default_publishers

    lines = ["Posted by Dave on August 13th, 2012", "A designer filmed the making of his chair.", "Watch it here."]
    meta = extract_metadata(lines, clean_lines(lines), default_publishers())
    assert meta["date"].value == "2012-08-13"
    assert meta["title"].value is None


# --- publishers on real pages, session 46 (helper d) -------------------------------------------


@pytest.mark.parametrize(
    ("acronym", "text", "expansion"),
    [
        ("HTN", "Harbour Tidings Network Storm closes port", "Harbour Tidings Network"),
        ("HKI", "Harbourkite international Storm closes port", "Harbourkite international"),  # its K inside a word
        ("BBC", "Bay Broadcasting Corporation news", "Bay Broadcasting Corporation"),  # the longest run
        ("HL", "Harbourline Storm closes port", None),  # one word is no expansion
        ("HTN", "Storm closes port", None),
    ],
)
def test_an_acronym_s_expansion(acronym, text, expansion):
    from dossier.outletnames import acronym_expansion

    assert acronym_expansion(acronym, text) == expansion


def test_an_acronym_opening_the_title_gives_way_to_its_expansion():
    """A title "HKI - Harbourkite International Headline" with a footer naming "Harbourkite International":
    the outlet by its name, not its initials; without another line naming it, the initials stay."""
    footer = "HKI - Harbourkite International - Registered at the court of Harbourtown"
    title = f"HKI - Harbourkite international {HEADLINE}"
    lines = [title, "", MENU, "", HEADLINE, "", PARAGRAPH, "", BODY, "", footer]
    assert _value(lines, "publisher") == "Harbourkite International"
    assert _value(lines[:-2], "publisher") == "HKI"


@pytest.mark.parametrize(
    ("crumb", "notice", "site"),
    [
        (
            "You are here: Harbour Ledger > Sport >",
            "© Copyright of Harbour Ledger Media Group Limited 2008",
            "Harbour Ledger",
        ),
        ("You are in > harbourledger.com > News", "All rights reserved.", "harbourledger.com"),
        ("You are here: Home > Sport >", "© Copyright of Harbour Ledger Media Group Limited 2008", None),
        ("You are here: Sport > Football >", "© Copyright of Harbour Ledger Media Group Limited 2008", None),
        # a first step the copyright line does not confirm: a section's name as often as the site's
        ("You are here: Harbour Ledger > Sport >", "© Copyright of Tidewater Media Group Limited 2008", None),
    ],
)
def test_a_you_are_here_breadcrumb_names_the_site(crumb, notice, site):
    """A breadcrumb labelled as the reader's place opens with the link to the site's front page:
    its name, when a web address or a copyright holder's name opening with it confirms it."""
    lines = [MENU, "", crumb, "", HEADLINE, "", PARAGRAPH, "", BODY, "", notice]
    assert _value(lines, "publisher") == site


def test_a_title_s_site_name_with_a_section_word_is_confirmed_by_its_bare_name():
    """A title "Headline | News | Harbour Unlimited Football" over a footer "Harbour Unlimited © ...": the
    footer gives the site's name without the section word the title adds to it."""
    footer = "Harbour Unlimited © Tidewater Press Limited 2008"
    lines = [f"{HEADLINE} | News | Harbour Unlimited Football", "", MENU, "", HEADLINE, "", PARAGRAPH, "", BODY,
             "", footer]  # fmt: skip
    assert _value(lines, "publisher") == "Harbour Unlimited"


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        ("Harbour Unlimited © Harbour Press Limited 2008", "Harbour Unlimited"),
        ("| Harbour Unlimited © Harbour Press Limited 2008 |", "Harbour Unlimited"),
        ("Jane Roe © Tidewater Images", None),  # a caption and its agency share no word
    ],
)
def test_a_site_s_name_before_its_owner_s_notice(footer, site):
    """A footer line putting the site's name before the notice of the company named for it."""
    lines = [MENU, "", HEADLINE, "", PARAGRAPH, "", BODY, "", footer]
    assert _value(lines, "publisher") == site


def test_a_column_named_for_its_writer_is_not_the_outlet():
    """A title "Headline - Jane Roe's Journal" over a byline "By Jane Roe": a column named for its writer,
    not the outlet (on a paper's site as often as on its own); the title gives no publisher."""
    lines = [f"{HEADLINE} - Mara Quintero's Journal", "", MENU, "", "Mara Quintero's Journal", "", HEADLINE, "",
             "By Mara Quintero", "", PARAGRAPH, "", BODY]  # fmt: skip
    assert _value(lines, "author") == "Mara Quintero"
    assert _value(lines, "publisher") is None


@pytest.mark.parametrize(
    ("note", "site"),
    [
        ("This article appeared on page D - 7 of the Harbour Chronicle", "Harbour Chronicle"),
        ("This article appeared on page A1 of the Sports section", None),  # a section, not a paper
    ],
)
def test_a_print_edition_note_names_the_paper(note, site):
    """A note of the page the article ran on in print names the paper whose story the site carries."""
    lines = [MENU, "", HEADLINE, "", PARAGRAPH, "", BODY, "", note]
    assert _value(lines, "publisher") == site


def _title_site(lines: list[str], removed: dict[int, Removal], title: Field) -> str | None:
    """The site `titlesite.page_title_site` reads off a whole page's <title>, for lines cleaned as given."""
    from dossier.pagehead import PageLines
    from dossier.titlesite import page_title_site

    site = page_title_site(PageLines(lines, removed), default_publishers(), lines, title)
    return site[0].value if site else None


_LOGO_PAGE = [f"{HEADLINE} | Tidewatch Log", "", "Tidewatch Log", "", "Archives", "About", "", HEADLINE, "", PARAGRAPH]


def _logo_page_removed(logo: Removal) -> dict[int, Removal]:
    chrome = {n: Removal(n, _LOGO_PAGE[n - 1], "layout") for n in (1, 5, 6)}
    return {**chrome, 3: logo, 8: Removal(8, HEADLINE, "headline", "", "metadata")}


def test_a_logo_line_cleaning_took_for_the_headline_still_names_the_site():
    """The <title>'s "Tidewatch Log" and the same name alone above the article name the site, also
    when cleaning took that line for the headline (or the byline) while the headline was read off
    another line: two places name it, as when the line is removed as chrome."""
    title = Field(HEADLINE, 8, "page-title-shown")
    for rule in ("headline", "byline", "layout"):
        kind = "boilerplate" if rule == "layout" else "metadata"
        removed = _logo_page_removed(Removal(3, "Tidewatch Log", rule, "", kind))
        assert _title_site(_LOGO_PAGE, removed, title) == "Tidewatch Log", rule


def test_a_name_line_read_as_another_metadata_or_as_the_headline_is_no_logo():
    """A line removed as metadata of another kind (a sources list) is no logo, nor is the line the
    headline was read off: the <title>'s part then has no second place naming it."""
    removed = _logo_page_removed(Removal(3, "Tidewatch Log", "sources-list", "", "metadata"))
    assert _title_site(_LOGO_PAGE, removed, Field(HEADLINE, 8, "page-title-shown")) is None
    removed = _logo_page_removed(Removal(3, "Tidewatch Log", "headline", "", "metadata"))
    assert _title_site(_LOGO_PAGE, removed, Field("Tidewatch Log", 3, "page-title-shown")) is None


#: A whole page whose <title> closes with a plain name ("Quiet Orchard": no outlet word, no coined word),
#: with its menu (line 3) and a chrome line to come (line 11) under the article.
_FRAMED_PAGE = [f"{HEADLINE} | Quiet Orchard", "", "Archives", "", HEADLINE, "", PARAGRAPH, "", BODY, ""]


@pytest.mark.parametrize(
    "frame",
    ["About Quiet Orchard", "Contact the Quiet Orchard", "Follow Quiet Orchard", "Quiet Orchard on Facebook"],
)
def test_a_title_part_the_chrome_frames_as_the_site_names_it(frame):
    """A <title>'s part that a chrome line names in a frame a site names itself with ("About X",
    "X on Facebook") is the site's name, though it has no outlet's shape."""
    lines = [*_FRAMED_PAGE, frame]
    removed = {n: Removal(n, lines[n - 1], "layout") for n in (1, 3, 11)}
    removed[5] = Removal(5, HEADLINE, "headline", "", "metadata")
    assert _title_site(lines, removed, Field(HEADLINE, 5, "page-title-shown")) == "Quiet Orchard"


@pytest.mark.parametrize(
    ("frame", "kept"),
    [
        ("About Quiet Orchard", True),  # a line of the article, not chrome
        ("Inside Quiet Orchard", False),  # "Inside" heads a section as often ("Inside Politics")
        ("About Quiet Orchard and its founders", False),  # the frame is the whole line, or nothing
    ],
)
def test_a_frame_outside_the_chrome_or_of_other_words_confirms_no_title_part(frame, kept):
    lines = [*_FRAMED_PAGE, frame]
    removed = {n: Removal(n, lines[n - 1], "layout") for n in ((1, 3) if kept else (1, 3, 11))}
    removed[5] = Removal(5, HEADLINE, "headline", "", "metadata")
    assert _title_site(lines, removed, Field(HEADLINE, 5, "page-title-shown")) is None


def _framed_markdown_page(frame: str, host: str = "quietorchard.example") -> tuple[list[str], dict[int, Removal]]:
    """A Markdown rendering with no <title>: a menu of links to its own host, the article, and a
    line of chrome under it (line 9) framing a name."""
    lines = [
        f"* [Recipes](https://{host}/recipes/)",
        f"* [Archive](https://{host}/archive/)",
        "",
        f"## {HEADLINE}",
        "",
        PARAGRAPH,
        "",
        BODY,
        frame,
        f"[Home](https://{host}/)",
    ]
    removed = {n: Removal(n, lines[n - 1], "layout") for n in (1, 2, 9, 10)}
    removed[4] = Removal(4, lines[3], "headline", "", "metadata")
    return lines, removed


def test_a_name_the_chrome_frames_as_the_site_and_its_host_spells_names_it():
    """No <title> anchors the frame on a Markdown page: the host its links go to most does."""
    from dossier.sitenames import extract_publisher

    lines, removed = _framed_markdown_page("About the Quiet Orchard")
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 4, "markdown-heading"))
    assert found.value == "The Quiet Orchard"


@pytest.mark.parametrize("frame", ["About Jane Roe", "Follow @quietorchard"])
def test_a_framed_name_its_host_does_not_spell_or_a_handle_names_no_site(frame):
    """A writer's name in a frame ("About Jane Roe") is not the host's; a handle is a writer's as often."""
    from dossier.sitenames import extract_publisher

    lines, removed = _framed_markdown_page(frame)
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 4, "markdown-heading"))
    assert found.value is None


@pytest.mark.parametrize(
    ("frame", "site"),
    [
        (
            '* [Subscribe](https://quietorchard.example/feed/ "Quiet Orchard RSS Feed")',
            "Quiet Orchard",
        ),  # a link's title
        ("# Quiet Orchard Feeds:", "Quiet Orchard"),
        ("Quiet Orchard » Feed", "Quiet Orchard"),
        ('* [Subscribe](https://quietorchard.example/feed/ "Topic RSS Feed")', None),  # a word the host does not spell
        ('* [Subscribe](https://quietorchard.example/feed/ "Quiet Orchard")', None),  # a title framing nothing
    ],
)
def test_a_feeds_label_its_host_spells_names_the_site(frame, site):
    """A feed's label ("X RSS Feed", often a Markdown feed link's title) frames the site's name as
    "About X" does."""
    from dossier.sitenames import extract_publisher

    lines, removed = _framed_markdown_page(frame)
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 4, "markdown-heading"))
    assert found.value == site


@pytest.mark.parametrize(("address", "site"), [("www.quietorchard.com", "Quiet Orchard"), ("harbourmedia.com", None)])
def test_a_framed_name_a_whole_pages_address_spells_names_the_site(address, site):
    """A whole page's text has no links: a web address it writes, spelling the framed name as its
    first label, is the second place (an owner's or a partner's address spells another name)."""
    from dossier.sitenames import extract_publisher

    lines = [HEADLINE, "", "Recipes", "", HEADLINE, "", PARAGRAPH, "", BODY, "", "About Quiet Orchard", ""]
    lines += [f"{address} | Terms of Use"]
    removed = {n: Removal(n, lines[n - 1], "layout") for n in (3, 11, 13)}
    removed[5] = Removal(5, HEADLINE, "headline", "", "metadata")
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 5, "page-title-shown"))
    assert found.value == site


# --- a <title>'s site confirmed by the site's address (session 50) -----------------------------


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("harbourlanterns.org | Contact | Terms", "Harbour Lanterns"),  # the footer's address spells it
        ("Contact | Terms", None),  # nothing else names it: a plain name may be a section's
    ],
)
def test_a_title_part_spelled_by_the_sites_address_in_its_chrome_is_the_site(footer, expected):
    """A plain capitalised name closing the <title> ("Headline - Harbour Lanterns": no outlet word,
    no coined word) is the site's when an address on a line of its chrome spells it."""
    lines = ["Tidewatch on the quay - Harbour Lanterns", "", PARAGRAPH, "", BODY_2, "", footer]
    assert _publisher_of(lines, {1: "layout", 7: "footer"}) == expected


def test_an_address_in_the_article_does_not_confirm_a_title_part():
    """An address the article gives ("... at harbourlanterns.org") names what the article is
    about, not the site: the title's part stays unconfirmed."""
    lines = ["Tidewatch on the quay - Harbour Lanterns", "", PARAGRAPH, "",
             "Tickets for the festival are sold at harbourlanterns.org until Friday, the organisers said."]  # fmt: skip
    assert _publisher_of(lines, {1: "layout"}) is None


#: Another story's headline as a link, the day in its address only.
TEASER_LINK = "**[Gunman in harbour kills 3](http://world.example/_news/2008/03/11/12890462-gunman-kills-3?lite)**"


@pytest.mark.parametrize("where", [2, 4, 7], ids=["over the headline", "under the headline", "under the article"])
def test_a_date_in_a_links_address_is_the_linked_pages(where):
    lines = [MENU, "", HEADLINE, "", PARAGRAPH, "", BODY]
    lines[where:where] = [TEASER_LINK, ""]
    assert _value(lines, "date") is None


def test_a_date_in_the_address_of_a_link_begun_on_the_line_above_is_the_linked_pages():
    # the rendering broke the link's text over two lines: the second opens with no bracket
    split = [
        "Our review of the harbour's new [Lantern",
        "Ferry](http://harbour.example/2008/03/11/ferry-review/) is in.",
    ]
    assert _value([HEADLINE, "", PARAGRAPH, "", *split, "", BODY], "date") is None


def test_a_stamp_written_as_a_link_keeps_its_date():
    stamp = "[Friday, March 14, 2008](http://harbour.example/2008/03/14/storm/)"
    assert _value([HEADLINE, "", stamp, "", PARAGRAPH, "", BODY], "date") == "2008-03-14"


def test_a_comments_signature_under_the_article_is_no_stamp():
    # Reader mode keeps a reader's comment and its signature under the article, no heading over them.
    lines = [PARAGRAPH, "", BODY, "", "Well said!", "", "Posted by: Ann Lee | March 15, 2008 at 10:59 AM"]
    assert _value(lines, "date") is None


def test_the_posts_own_credit_under_the_article_dates_it():
    lines = [PARAGRAPH, "", BODY, "", "Posted by Jane Roe on March 14, 2008 at 04:11 PM | Permalink"]
    assert _value(lines, "date") == "2008-03-14"


NAMES_LIST = ["Members", "", "- Ann Lee", "- Bob Stone", "- Carl Weston"]


@pytest.mark.parametrize(
    "lines",
    [[*NAMES_LIST, "", PARAGRAPH, "", BODY], [HEADLINE, "", PARAGRAPH, "", BODY, "", *NAMES_LIST]],
    ids=["over the article", "under the article"],
)
def test_a_lists_item_of_names_signs_nothing(lines):
    assert _value(lines, "author") is None


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE, "", "- March 14, 2008", "- Jane Roe", "- Harbour news", "", PARAGRAPH, "", BODY],
        [HEADLINE, "", PARAGRAPH, "", BODY, "", "- Jane Roe"],
    ],
    ids=["the head's list of facts beside its stamp", "a sign-off under the article"],
)
def test_a_dashed_name_beside_the_stamp_or_closing_the_article_is_its_author(lines):
    assert _value(lines, "author") == "Jane Roe"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("30-Day Returns | Free Shipping on most items | Call us: 555-0100", None),  # a quantity: a shop's offer
        ("Harbour9 Returns | Free Shipping on most items | Call us: 555-0100", "Harbour9 Returns"),  # a coined name
    ],
)
def test_a_shops_offer_opening_the_text_names_no_site(opening, expected):
    assert _value([opening, "", HEADLINE, "", PARAGRAPH, "", BODY], "publisher") == expected


def test_a_teaser_link_naming_an_outlet_is_no_appeal():
    teasers = [
        "* [Harbour council backs sea wall plan](/news/harbour-council)",
        "* [Man caught on CCTV stealing bikes at the ferry](/video/man-caught)",
        "* [Ferry fares rise again for winter](/news/ferry-fares)",
    ]
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", "Most Read", "", *teasers], "publisher") is None


def _owner_linked_page(footer: list[str]) -> list[str]:
    posts = [f"* [Post {i}](https://tidesong.example/2012/11/post-{i}/)" for i in range(3)]
    head = ["[![](/img/logo.png)](https://tidesong.example/)", "", "[HOME](https://tidesong.example/)", ""]
    owner = ["[HARBOURSPRING](https://www.harbourspring.example)", ""]
    return [*head, *owner, *posts, "", HEADLINE, "", PARAGRAPH, "", BODY, "", *footer]


def test_a_name_linked_to_another_sites_front_page_is_not_the_pages():
    # The blog's links go to tidesong.example most; its owner's shop links from the menu.
    notice = "© copyright Harbourspring. All Rights Reserved."
    assert _value(_owner_linked_page([notice]), "publisher") is None
    assert _value(_owner_linked_page(["Write to us: editors@harbourspring.example"]), "publisher") is None


def test_a_masthead_link_with_a_banner_beside_it_names_the_site():
    masthead = "[The Harbour Log](https://harbourlog.example/)[![](/img/banner.png)](https://campaign.example/)"
    lines = [masthead, "", "* [Archive](https://harbourlog.example/archive/)", "", HEADLINE, "", PARAGRAPH, "", BODY,
             "", "Subscribe to The Harbour Log by e-mail"]  # fmt: skip
    assert _value(lines, "publisher") == "The Harbour Log"


def test_an_owner_company_named_for_the_address_its_footer_writes_is_that_site():
    # "© Harbour Lanterns UK Ltd" and a footer menu's "harbourlanterns.com": the site's own company,
    # named with its country and legal form, so the address's spelling of its leading words is the site.
    menu = "harbourlanterns.com | Valleybets.co.uk | Riverball.net | Contact Us"
    notice = "© 2007 Harbour Lanterns UK Ltd, All Rights Reserved."
    lines = [HEADLINE, "", PARAGRAPH, "", BODY, "", menu, "", notice]
    assert _value(lines, "publisher") == "Harbour Lanterns"
    # No address spelling it: the company alone names no site (an owner's as often).
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", notice], "publisher") is None
    # A company's whole name that an address spells is the owner's own site ("Harbour General, Inc."
    # and "harbourgeneral.com"), and so is a name the address cuts at a company's word.
    for owner, address in (
        ("Harbour General, Inc.", "harbourgeneral.com"),
        ("Harbour Media Services Ltd", "harbourmedia.com"),
    ):
        menu = f"{address} | Valleybets.co.uk | Riverball.net | Contact Us"
        lines = [HEADLINE, "", PARAGRAPH, "", BODY, "", menu, "", f"© 2007 {owner}, All Rights Reserved."]
        assert _value(lines, "publisher") is None, owner


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        ("HFA, U.S. Harbour Fisheries Administration | Contact | Privacy", "U.S. Harbour Fisheries Administration"),
        ("HFA - Harbour Fisheries Administration | Contact | Privacy", "Harbour Fisheries Administration"),
        # Words after the acronym that do not spell it out ("HFA, Home of the Harbour") keep the acronym.
        ("HFA, Home of the Harbour | Contact | Privacy", "HFA"),
    ],
)
def test_a_framed_acronym_the_page_spells_out_after_it_names_the_site_in_full(footer, site):
    """A frame's "Follow HFA" names the site by its initials; its footer's "HFA, U.S. Harbour Fisheries
    Administration" gives the name it goes by."""
    from dossier.sitenames import extract_publisher

    lines, removed = _framed_markdown_page("Follow HFA", host="www.hfa.example")
    lines.append(footer)
    removed[11] = Removal(11, footer, "layout")
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 4, "markdown-heading"))
    assert found.value == site


def test_a_blogs_name_in_the_title_yields_to_a_papers_company_its_footer_addresses():
    # "Headline - Behind the Tides" on a paper's site whose footer writes "harbourledger.com" and
    # "© The Harbour Ledger Company": the owner company is named for a paper the address spells whole.
    def page(notice: str, address: str) -> list[str]:
        menu = f"{address} | Contact Us | Privacy Policy | Terms of Use"
        return [f"{HEADLINE} - Behind the Tides", "", "Behind the Tides", "", HEADLINE, "", PARAGRAPH, "", BODY,
                "", menu, "", notice]  # fmt: skip

    assert _value(page("© The Harbour Ledger Company", "harbourledger.com"), "publisher") == "The Harbour Ledger"
    # No address spells the paper, or the company is named for no paper: the title's name stands.
    assert _value(page("© The Harbour Ledger Company", "tidewatch.com"), "publisher") == "Behind the Tides"
    assert _value(page("© Harbour General Company", "harbourgeneral.com"), "publisher") == "Behind the Tides"


def test_a_title_part_written_twice_over_names_the_site_once():
    # A template glues the site's name to its logo's text: "Harbour Notes BlogHarbour Notes Blog"
    # is the name the masthead shows, over a sister site's company in the footer.
    def page(part: str) -> list[str]:
        return [f"{HEADLINE} | {part}", "", "Harbour Notes Blog", "", HEADLINE, "", PARAGRAPH, "", BODY, "",
                "© 2001-2012 Quaydog, LLC."]  # fmt: skip

    assert _value(page("Harbour Notes BlogHarbour Notes Blog"), "publisher") == "Harbour Notes Blog"
    # Two copies a space parts are a name as written ("New York New York"), not read as one copy.
    assert _value(page("Harbour Notes Blog Harbour Notes Blog"), "publisher") is None


def test_a_home_link_its_host_spells_names_the_site():
    # "# [A Harbour Mess](https://www.aharbourmess.example/)": the link's own host spells the name
    # whole, so its first "A" and no other line naming it again do not refuse it.
    def page(host: str) -> list[str]:
        return [f"# [A Harbour Mess](https://www.{host}/)", "", f"* [About](https://{host}/about.html)",
                f"* [Recipes](https://{host}/recipes/)", "", f"## {HEADLINE}", "", PARAGRAPH, "", BODY]  # fmt: skip

    assert _value(page("aharbourmess.example"), "publisher") == "A Harbour Mess"
    assert _value(page("harbourblogs.example"), "publisher") is None


def test_a_long_logo_text_names_the_site_by_the_leading_words_its_link_spells():
    # A logo's text is the site's name and its slogan, too long for a name: the host its image links
    # to spells the leading words whole, and those are the name.
    def page(host: str) -> list[str]:
        logo = f"[![Harbour Tomato tips and advice on eating well](https://{host}/logo.png)](https://{host})"
        return [logo, "", f"* [Basics](https://{host}/category/basics)", f"* [Market](https://{host}/category/market)",
                "", f"# {HEADLINE}", "", PARAGRAPH, "", BODY]  # fmt: skip

    assert _value(page("harbourtomato.example"), "publisher") == "Harbour Tomato"
    assert _value(page("tomatotips.example"), "publisher") is None


def test_an_appeal_crediting_a_papers_writers_names_no_site():
    # "... from The Harbour Ledger's Jane Roe and John Poe": the newsletter's writers' paper, a
    # parent's or a partner's, not the site naming itself; the paper's own appeal still names it.
    credit = "Sign up for our free newsletter. It features news and analysis from The Harbour Ledger's Jane Roe."
    assert _value([BODY, "", credit], "publisher") is None
    own = "Sign up for our free newsletter. It features news and analysis from The Harbour Ledger every morning."
    assert _value([BODY, "", own], "publisher") == "The Harbour Ledger"


# A stamp with no year under the headline, the year from the page's one whole date of that day.
YEARLESS_BYLINE = "By Mara Quinn March 14 at 3:57 PM"
SAME_DAY = "Officials said the storm, which struck on March 14, 2024, was the worst in decades."


def test_a_yearless_stamp_takes_the_year_of_the_pages_date_of_that_day():
    found = _meta([HEADLINE, "", YEARLESS_BYLINE, "", PARAGRAPH, "", SAME_DAY])["date"]
    assert (found.value, found.line, found.rule) == ("2024-03-14", 3, "yearless-stamp")


@pytest.mark.parametrize(
    ("stamp", "elsewhere"),
    [
        (YEARLESS_BYLINE, SAME_DAY.replace("March 14", "March 15")),  # no date of that day
        (YEARLESS_BYLINE, SAME_DAY + " A year before, on March 14, 2023, it had rained."),  # two years
        ("On March 14 the council met and voted", SAME_DAY),  # a sentence's words, no clock time
    ],
)
def test_a_yearless_stamp_the_page_does_not_date_gives_no_date(stamp, elsewhere):
    assert _value([HEADLINE, "", stamp, "", PARAGRAPH, "", elsewhere], "date") is None


@pytest.mark.parametrize(
    "credit",
    [
        "*This article originally appeared on [The Harbour Ledger](https://harbourledger.example/a/1).*",
        "Republished with permission of the Harbour Ledger.",
        "First published in The Harbour Ledger on March 3.",
    ],
)
def test_a_copyright_holder_the_page_credits_as_the_storys_first_home_is_not_the_site(credit):
    # A story reprinted from its first home, under that outlet's (a parent's) notice: the notice
    # does not name the site that reprints it.
    footer = "© 2019 The Harbour Ledger. All rights reserved."
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", footer], "publisher") == "The Harbour Ledger"
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", credit, "", footer], "publisher") is None
    # A credit naming another outlet leaves the notice's.
    other = credit.replace("Harbour Ledger", "Valley Observer")
    assert _value([HEADLINE, "", PARAGRAPH, "", BODY, "", other, "", footer], "publisher") == "The Harbour Ledger"


# --- a portal its stories' credits name (session 58) ------------------------------------------

_PORTAL_CREDITS = ("The Harbour Times on Portalnet", "Tidewire on Portalnet", "Quay Weekly on Portalnet")


def _portal_page(credits: tuple[str, ...], address: str) -> tuple[list[str], dict[int, Removal]]:
    """A whole page whose chrome lists other stories, each over its outlet's credit, then the owner
    company's notice and the site's address."""
    lines = [HEADLINE, "", PARAGRAPH, "", BODY, "", "More stories", ""]
    for i, credit in enumerate(credits):
        lines += [f"Ferry strike enters day {i + 2} as talks stall", credit, ""]
    lines += ["© 2016 Bigsoft", "", f"{address} | Terms of Use"]
    removed = {n: Removal(n, lines[n - 1], "layout") for n in range(7, len(lines) + 1) if lines[n - 1]}
    removed[1] = Removal(1, HEADLINE, "headline", "", "metadata")
    return lines, removed


def test_a_portals_credits_for_the_stories_it_carries_name_the_site():
    """ "The Harbour Times on Portalnet", "Tidewire on Portalnet", ...: the portal carrying them, which
    an address on the page spells, is the site, not the company its notice names."""
    from dossier.sitenames import extract_publisher

    lines, removed = _portal_page(_PORTAL_CREDITS, "www.portalnet.com")
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 1, "first-line-headline"))
    assert (found.value, found.rule) == ("Portalnet", "portal-credits")


@pytest.mark.parametrize(
    ("credits", "address"),
    [
        (_PORTAL_CREDITS, "www.bigsoft.com"),  # no address spells the portal
        (_PORTAL_CREDITS[:2], "www.portalnet.com"),  # two credits
        (("Tidewire on Portalnet",) * 3, "www.portalnet.com"),  # one outlet's
        (("Harbour Notes on Facebook", "Tidewire on Facebook", "Quay Weekly on Facebook"), "www.facebook.com"),
    ],
)
def test_credits_no_address_spells_too_few_or_on_a_social_network_name_no_portal(credits, address):
    from dossier.sitenames import extract_publisher

    lines, removed = _portal_page(credits, address)
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 1, "first-line-headline"))
    assert found.rule != "portal-credits"
    assert found.value != "Portalnet"


# --- a sub-brand of the copyright holder (session 58) -----------------------------------------


@pytest.mark.parametrize(
    ("shown", "site"),
    [
        (("HarbourcastMoney (New York) First published March 14, 2016", "HarbourcastMoney Sponsors"), None),
        (("HarbourcastMoney Sponsors",), "Harbourcast"),  # shown once
        (("Harbourcast Money Sponsors", "Harbourcast Money (New York)"), "Harbourcast"),  # not one word
        ((), "Harbourcast"),
    ],
)
def test_a_sub_brand_of_the_copyright_holder_shown_twice_leaves_the_publisher_empty(shown, site):
    """ "© Harbourcast" over a page calling itself "HarbourcastMoney" on two lines: the brand's
    notice covers a site of another name, and the notice alone does not give it."""
    from dossier.sitenames import extract_publisher

    lines = [HEADLINE, "", *shown, "", PARAGRAPH, "", BODY, "", "Harbourcast | Terms | Privacy", ""]
    lines += ["© 2016 Harbourcast. All Rights Reserved."]
    chrome = ("HarbourcastMoney Sponsors", "Harbourcast Money Sponsors", "Harbourcast | Terms | Privacy")
    removed = {n: Removal(n, t, "layout") for n, t in enumerate(lines, 1) if t in chrome}
    removed[len(lines)] = Removal(len(lines), lines[-1], "legal-footer")
    removed[1] = Removal(1, HEADLINE, "headline", "", "metadata")
    found = extract_publisher(lines, removed, default_publishers(), title=Field(HEADLINE, 1, "first-line-headline"))
    assert found.value == site


# --- a portal's logo over a section's own (session 58) ----------------------------------------


@pytest.mark.parametrize(
    ("second", "site"),
    [
        ('[![Harbourweb Tide & i](//img.example/tide/tide_logo.gif)](/tide-and-i/ "Tide & i")', None),
        (
            "[![Quay Partners](//img.example/quay_logo.gif)](https://quaypartners.example/)",
            "Harbourweb",
        ),  # another host's
        ("[![Harbourweb](//img.example/harbourweb_logo_small.gif)](/archive/)", "Harbourweb"),  # the same name
        ("* [Tide & i](/tide-and-i/)", "Harbourweb"),  # a menu's link, no logo
    ],
)
def test_a_portals_logo_over_a_sections_own_logo_names_no_site(second, site):
    """A portal's logo, then a logo of another name linked to a section of the portal: the page may
    be the section's as well as the portal's, and the logo gives no name."""
    from dossier.mastheads import site_link

    lines = ['[![Harbourweb](//img.example/harbourweb_logo_top.gif)](/index.html "Harbourweb")', "", "* [News](/news/)"]
    lines += ["", second, "", "# " + HEADLINE, "", PARAGRAPH]
    numbered = [(n, t) for n, t in enumerate(lines, 1) if t]
    removed = {n: Removal(n, t, "navigation") for n, t in numbered if n < 7}
    found = site_link(numbered, removed, default_publishers())
    assert (found.value if found else None) == site
