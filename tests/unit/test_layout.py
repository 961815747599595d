"""dossier.layout: the stretch of lines that is the article, told by the lines' shapes and places.

Every case is written by hand, after shapes seen on real pages (menus one item per line, results
tables under a match report, comment threads, wrapped wire copy); none is copied from a page.
"""

from __future__ import annotations

import pytest

from dossier.articlepath import ARTICLE, GAP
from dossier.clean import CleanOptions, clean_lines
from dossier.comments import (
    COMMENT_SIGNATURE_SPAN,
    is_addressed_reply,
    is_comment_section_heading,
    is_pingback,
    is_post_answer,
    is_signature,
    praises_post,
)
from dossier.keeprules import keep_announced_lists
from dossier.layout import read_layout
from dossier.linejoins import broken_paragraphs, runs_on
from dossier.linescores import _columns, _runs_of, scores_unlifted
from dossier.lineshapes import (
    LINKED_MIN_SHARE,
    RULE_SCORE,
    is_dated_headline,
    line_score,
    line_shape,
    table_cells,
)
from dossier.linetext import normalise_line
from dossier.model import Removal

P1 = "The council voted on Tuesday to close the old bridge to traffic while engineers study the cracks."
P2 = "Officials said the closure could last until the spring, and that buses would be rerouted in the meantime."
P3 = "Residents who live near the bridge told the meeting that they had warned the council about it for years."
MENU = ["Home", "News", "Sport", "Business", "Weather", "Contact Us"]


def _kept(lines: list[str]) -> list[str]:
    return [k.text for k in clean_lines(lines).kept]


def _layout(lines: list[str]) -> dict[int, str]:
    return {r.line: r.evidence for r in clean_lines(lines).removed if r.rule == "layout"}


def test_menus_around_the_article_are_chrome_and_the_audit_says_where_it_is():
    # Above the article, the head-menu stage names the menu; below it, only its place tells.
    lines = [*MENU, "", P1, "", P2, "", P3, "", *MENU]
    assert _kept(lines) == [P1, P2, P3]
    assert _layout(lines)[14] == "page chrome below the article, which ends at line 12"
    long_menu = ["Home", "", "Local News and Weather", "", P1, "", P2, "", P3, "", *MENU]
    assert _layout(long_menu)[3] == "page chrome above the article, which begins at line 5"


def test_a_results_table_right_under_the_last_paragraph_stays():
    table = ["Results", "Smith (GBR) 2:10:31", "Jones (USA) 2:11:02", "Tanaka (JPN) 2:11:45"]
    assert _kept([P1, "", P2, "", *table]) == [P1, P2, *table]


def test_teaser_headlines_under_the_article_go():
    teasers = ["Mayor Defends Budget Cuts At Packed Meeting", "Storm Knocks Out Power Across Three Counties"]
    assert _kept([P1, "", P2, "", *teasers]) == [P1, P2]


def test_a_markdown_line_of_links_is_chrome_and_a_paragraph_that_links_a_few_words_is_not():
    teaser = (
        "[Mayor says the budget cuts will keep the city's books balanced](https://example.com/news/2024/mayor-budget)"
    )
    assert line_score(teaser) < 0  # a teaser: all its words are a link's
    assert line_score("* [Weather](https://example.com/weather/)") < 0  # a menu item: the address is no words
    linked = P1.replace("close the old bridge", "[close the old bridge](https://example.com/bridge-closure)")
    assert line_score(linked) == line_score(P1) > 0  # what a reader sees of it is the same paragraph


def test_markdown_teasers_under_the_article_go():
    teasers = [
        "## [Storm knocks out power across three counties as lines come down](/news/storm-power)",
        "[Thousands of homes were still without electricity on Sunday after the storm.](/news/storm-power)",
        "## [Mayor defends the budget cuts at a packed meeting in the town hall](/news/mayor-budget)",
        "[The mayor told residents that the cuts were needed to balance the books.](/news/mayor-budget)",
    ]
    assert _kept([P1, "", P2, "", P3, "", *teasers]) == [P1, P2, P3]


def _removed_below_the_article(chrome: list[str]) -> dict[int, str]:
    """Put `chrome` under a three-paragraph article (ending at line 5); return the layout's
    removals, after checking that the article alone is kept."""
    lines = [P1, "", P2, "", P3, "", *chrome]
    assert _kept(lines) == [P1, P2, P3]
    return _layout(lines)


def test_other_stories_headlines_with_their_leads_under_the_article_go():
    teasers = [
        "Mayor defends budget cuts at a packed meeting",
        "The mayor told residents that the cuts were needed to keep the city's books balanced next year.",
        "Storm knocks out power across three counties",
        "Thousands of homes were still without electricity on Sunday after the storm brought down lines.",
        "School board picks a new superintendent for the district",
        "The board chose a former teacher to lead its schools after a search that lasted six months.",
    ]
    assert _removed_below_the_article(teasers)[9] == (
        "a list of other stories' headlines, each with a one-paragraph lead; "
        "page chrome below the article, which ends at line 5"
    )


def test_teaser_headlines_as_long_as_a_news_headline_count_as_teasers():
    teasers = [
        "Mayor defends budget cuts at a packed meeting as residents queue outside the town hall to have their say",
        "The mayor told residents that the cuts were needed to keep the city's books balanced next year.",
        "Storm knocks out power across three counties and leaves thousands of homes in the dark for a second night",
        "Thousands of homes were still without electricity on Sunday after the storm brought down lines.",
        "School board picks a new superintendent for the district",
        "The board chose a former teacher to lead its schools after a search that lasted six months.",
    ]
    assert _removed_below_the_article(teasers)[11].startswith("a list of other stories' headlines")


def test_a_teaser_list_in_groups_under_labels_goes_with_its_labels():
    # List items, a headline opening with a figure or a quote, and a label between two groups.
    teasers = [
        "Local Headlines",
        "- Mayor defends budget cuts at a packed meeting",
        "- The mayor told residents that the cuts were needed to keep the city's books balanced next year.",
        "- 12 homes evacuated as the river breaks its banks",
        "- Firefighters went from door to door on Sunday night as the water rose in the lower town.",
        "Regional Headlines",
        "- 'We were lucky': farmer rescued from flooded field",
        "- A farmer who spent the night on the roof of his barn was brought to safety by a helicopter crew.",
        "- School board picks a new superintendent for the district",
        "- The board chose a former teacher to lead its schools after a search that lasted six months.",
    ]
    removed = _removed_below_the_article(teasers)
    assert removed[12].startswith("a list of other stories' headlines")  # the label between the groups


LATEST_STORIES = {
    "stamp-beside-headline": [
        "| 14.03.09 18:45 | Two hurt as a gas main bursts under the high street |",
        "| 14.03.09 18:20 | Ferry services resume after a week of storms |",
        "| 14.03.09 17:55 | Harbour Board Names New Chief After Long Search |",
    ],
    "title-case-headline-stamp-lead": [
        "| Harbour Board Names New Chief  Mar 14, 6:45 PM The board chose its deputy chief after a long search. |",
        "| Ferry Services Resume After Storms  Mar 14, 6:20 PM Boats left the harbour again on Saturday morning. |",
        "| Gas Main Bursts Under High Street  Mar 14, 5:55 PM Two people were hurt when the road gave way. |",
    ],
}


@pytest.mark.parametrize("latest", LATEST_STORIES.values(), ids=LATEST_STORIES.keys())
def test_a_list_of_the_latest_stories_with_their_times_under_the_article_goes(latest):
    assert _removed_below_the_article(latest)[8] == (
        "a list of the latest stories' headlines with their dates or times; "
        "page chrome below the article, which ends at line 5"
    )


def test_a_list_of_the_latest_stories_between_the_article_and_promotions_goes():
    # Promotions written as sentences under a long list carried the article over it as a gap.
    headlines = [
        "Two hurt as a gas main bursts under the high street", "Ferry services resume after a week of storms",
        "Harbour board names a new chief after a long search", "School board picks a new superintendent",
        "Police make an arrest in the missing cyclist case", "Worker rescued from a trench at a building site",
        "Council votes to keep the library open on Sundays", "Food vendors protest against the new market rules",
        "Waterfalls to be installed along the east river walk",
    ]  # fmt: skip
    latest = [f"| March 14, 2009      {h} |" for h in headlines]
    promotions = [
        "Win Tickets Enter here for your chance to win two tickets to the spring concert at the town hall.",
        "On The Go Take our news with you on your phone by visiting our mobile site from your browser.",
    ]
    assert set(_layout([P1, "", P2, "", P3, "", *latest, *promotions])) >= set(range(7, 16))


def test_unsigned_comments_under_a_comment_link_go():
    comments = [
        "View all comments",
        "I have said for years that this bridge would fail, and nobody in the council would listen to us.",
        "The engineers should have been called in long before anyone saw the cracks in the road surface.",
    ]
    assert _removed_below_the_article(comments)[9] == "page chrome below the article, which ends at line 5"


COMMENTS = [  # long enough, together, to outweigh a comment heading's wall in the path
    "I have said for years that this bridge would fail, and nobody in the council would listen to us at all.",
    "The engineers should have been called in long before anyone saw the cracks in the road surface last year.",
    "My children cross that bridge every morning on the way to school, so I am glad it is finally closed now.",
    "Buses will take twenty minutes longer, which is a small price to pay for not having the bridge fall down.",
    "We have been told the repairs will cost millions, and I wonder who will be asked to pay for them in the end.",
]


@pytest.mark.parametrize("heading", ["{ 5 comments }", "## 5 Responses to “Bridge closed”", "Leave a Reply"])
def test_the_article_does_not_resume_under_its_comment_sections_heading(heading):
    assert _kept([P1, "", P2, "", P3, "", heading, "", *COMMENTS]) == [P1, P2, P3]


@pytest.mark.parametrize(
    "heading",
    [
        "### 5 Comments [Add A Comment](#comment)",
        "### Leave a Reply [Cancel reply](/bridge/#respond)",
        "{ 5 comments: see them below or [add yours](#respond) }",
    ],
)
def test_a_markdown_comment_heading_holding_a_button_ends_the_article(heading):
    # A scraper writes a comment section's buttons into its heading: the heading's own words still
    # stand over the thread.
    assert _kept([P1, "", P2, "", P3, "", heading, "", *COMMENTS]) == [P1, P2, P3]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("### 5 Comments [Add A Comment](#comment)", True),
        ("## [Back to top](#)Leave a Reply", True),
        ("### [1 Comment](#respond)", False),  # a link alone points to the comments
        ("5 Comments [Add A Comment](#comment)", False),  # no heading: a counter's line
        ("### Comments: [18](#comments)", False),  # a counter, its count the link
        ("{ 5 comments: see them below or [add yours](#respond) }", True),  # a braced heading holds a button too
        ("{ [5 comments](#respond) }", False),  # a braced link alone points to the comments
        ("### [Comment: A headline](/opinion/story)", False),  # a link to a column
    ],
)
def test_a_heading_with_a_link_opens_the_comments_by_its_own_words(line, heading):
    assert is_comment_section_heading(line) is heading


@pytest.mark.parametrize("counter", ["108 COMMENTS POSTED", "Comments: 0 || Add Yours", "[Add a comment](#respond)"])
def test_a_comment_counter_or_link_between_parts_of_the_article_does_not_end_it(counter):
    rest = [  # the article goes on, long enough to outweigh the counter's wall in the path
        "The bridge was built in 1902 and carried about twelve thousand cars a day before the council closed it.",
        "Engineers will take core samples from the piers next month and report to the council before the summer.",
        "A temporary footbridge is planned for the spring, the council said, if the river's level allows the work.",
        "Shops on both banks of the river said that trade had already fallen since the bridge was first closed.",
        "The council's transport committee will meet again in March to decide whether the bridge can be saved.",
    ]
    article = [P1, P2, P3, *rest]
    assert _kept([P1, "", P2, "", P3, "", counter, "", *"\n\n".join(rest).split("\n")]) == article


def test_a_subheading_between_paragraphs_stays():
    assert _kept([P1, "", "What happens next", "", P2, "", P3]) == [P1, "What happens next", P2, P3]


def test_a_short_article_keeps_both_paragraphs_around_an_advertisement():
    assert _kept([P1, "", "Advertisement", "", P2]) == [P1, P2]


def test_comments_after_signatures_go_but_the_article_before_them_stays():
    comments = [
        "Posted by: Ann | January 14, 2008 06:24 PM",
        "I have said for years that this bridge would fail, and nobody in the council would listen to us.",
        "Posted by: Bob | January 14, 2008 07:05 PM",
        "The engineers should have been called in long before anyone saw the cracks in the road surface.",
    ]
    assert _kept([P1, "", P2, "", *comments]) == [P1, P2]


def test_a_thread_of_stamped_signatures_ends_the_article_even_when_its_last_comment_runs_long():
    last = [c.replace("I ", "We ") for c in COMMENTS] + [c.replace("the", "our") for c in COMMENTS]
    thread = ["by ann_k on Jan 14, 2008 10:40 AM", COMMENTS[0], "by bobR on Jan 14, 2008 11:05 AM", *last]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]


def test_a_signed_byline_under_the_headline_opens_no_comment_thread():
    # "by NAME on DATE at TIME" is a comment's signature in a thread, but right under the headline
    # it is the post's byline: with a second stamped line a few paragraphs down ("Originally
    # published on ..."), the two made a "thread" that took the post's opening for comments.
    headline = "Council Closes the Old Bridge for Repairs"
    rest = [P1.replace("council", "mayor"), "", P2.replace("Officials", "Engineers"), "", P3.replace("live", "work")]
    lines = [
        "Menu", "", headline, "by Ann Lee on Wednesday, October 19, 2011 at 1:31pm", "", P1, "", P2, "",
        "Originally Published on Tuesday, August 9, 2011:", "", P3, "", "A New Plan", "", *rest,
    ]  # fmt: skip
    kept = _kept(lines)
    assert P1 in kept and P2 in kept and P3 in kept and rest[0] in kept


#: A teaser box between the article's first paragraph and the rest, and the rest.
TEASER_BOX = ["Only on Harbour News", "Ferry fares to rise in the spring", "Mayor opens the new library wing",
              "Storm damage closes the coast road", "School board delays the budget vote",
              "Fishermen protest the new quotas", "Share this: Facebook | Twitter | Email",
              "Hospital names a new chief executive"]  # fmt: skip
BOXED_REST = [P2, "", P3, "", P1.replace("council", "mayor"), "", P2.replace("Officials", "Engineers")]


@pytest.mark.parametrize(
    "lede",
    [
        "HARBOURTON -- " + P1,
        # A Markdown rendering may link the dateline's place to a map: a reader still sees a dateline.
        "[HARBOURTON](https://maps.example.com/?where=harbourton) -- " + P1,
    ],
)
def test_a_datelined_opening_paragraph_above_a_box_of_chrome_stays_and_the_box_goes(lede):
    # A teaser box between the article's first paragraph and the rest made the first paragraph
    # look like chrome above the article; its dateline says it opens the story.
    lines = ["Home | News | Sport | Contact", "", "Council Closes the Old Bridge for Repairs", "By Ann Lee", "", lede,
             "", *TEASER_BOX, "", *BOXED_REST]  # fmt: skip
    kept = _kept(lines)
    assert kept[0] == lede and not set(TEASER_BOX) & set(kept)
    # A page's <title> written "SITE - Headline" is no datelined paragraph.
    assert "HARBOUR NEWS - Council Closes the Old Bridge" not in _kept(
        ["HARBOUR NEWS - Council Closes the Old Bridge", "", *TEASER_BOX, "", *BOXED_REST]
    )


def test_a_posts_stamp_and_its_footers_signature_enclose_no_comment_thread():
    # A blog post between its own stamp and its footer ("Posted by Ann Lee") is no comment: a
    # thread follows the article's running text, and none stands above the first signature.
    from dossier.comments import comment_walls
    from dossier.lineshapes import DATA_SCORE

    def walls(lines: list[str], prose: list[bool]) -> set[int]:
        numbers = list(range(1, len(lines) + 1))
        return comment_walls(lines, numbers, [DATA_SCORE + 1.0] * len(lines), prose)

    post = ["Posted on October 24, 2012", P1, P2, P3, "Posted by Ann Lee"]
    in_post = [False, True, True, True, False]
    assert walls(post, in_post) == set()
    # The blog's slogan above is one paragraph, not an article yet (THREAD_MIN_PROSE_ABOVE)...
    assert walls([P2, *post], [True, *in_post]) == set()
    # ...the same lines under two paragraphs, or under a comment heading, are a comment thread.
    assert {3, 7} <= walls([P1, P2, *post], [True, True, *in_post])
    assert {3, 7} <= walls([P1, "2 comments", *post], [True, False, *in_post])


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Ann Lee, 10 November, Harbour Theatre", False),  # an event in a listing: a day and a month
        ("Ann Lee 07 Nov 12", True),
        ("Ann Lee Jan 14, 2008", True),
        ("annk 3 hours ago", True),
        ("Marcus 07.16.12 at 22:07", True),  # a name opening like a month ("Mar") is still a name
        ("Augusta 07.16.12 at 22:07", True),
        ("Junia Nov 14, 2008", True),
    ],
)
def test_a_signature_stamps_a_year_a_time_or_an_age(line, signed):
    assert is_signature(line) is signed


def test_a_signature_by_a_name_on_a_stamp_is_one_whatever_buttons_follow_it():
    # "by NAME on STAMP" opens the signature; the comment system's buttons and counters after the
    # stamp are more words than a name holds, and do not make it something else.
    signed = ["by ann_k on Jan 14, 2008 10:40 AM EST up reply actions 2 recs", "by Bob R on Jan 14, 2008 11:05 AM EST"]
    assert all(is_signature(s) for s in signed)
    thread = [signed[0], COMMENTS[0], COMMENTS[1], signed[1], COMMENTS[2], signed[0], COMMENTS[3]]
    assert _kept([P1, "", P2, "", *thread]) == [P1, P2]


def test_a_stamp_takes_a_month_as_a_whole_word():
    from dossier.lineshapes import STAMP

    assert not STAMP.search("The Mayor 12 voted and the Decade 3 box set sold")
    assert [m.group(0) for m in STAMP.finditer("met on Sept. 12 and on 3 Jan")] == ["Sept. 12", "3 Jan"]


def test_a_byline_by_a_name_on_a_date_above_the_article_takes_no_paragraph_with_it():
    assert not is_signature("by the council on the bridge and the road, which the engineers closed in Jan 2008")
    # A signature alone is no thread: the article under it stays whole.
    assert _kept(["By Jane Roe on March 3, 2012", "", P1, "", P2, "", P3])[-3:] == [P1, P2, P3]


def test_comments_signed_anonymous_go_with_the_names_between_them():
    # The name a comment system gives an unsigned comment, alone on its line above each comment.
    thread = ["Anonymous", COMMENTS[0], COMMENTS[1], "Ann K.", COMMENTS[2], "Anonymous", COMMENTS[3]]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]
    assert is_signature("### Anonymous")


def test_a_comments_vote_counts_under_each_comment_sign_a_thread():
    # "Rate This: 1 0": the ups and downs a comment system writes under every comment.
    assert is_signature("Rate This: 1 0") and is_signature("Like or Dislike: 2 0")
    thread = [COMMENTS[0], "Rate This: 0 0", COMMENTS[1], "Rate This: 2 1", COMMENTS[2], "Rate This: 0 0"]
    # The first comment stands above the first vote line, no wall above it: it goes as the thread's
    # first comment (`first_comment_above_buttons`).
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]


def test_a_threads_first_comment_above_its_first_reply_button_goes_no_longer_than_its_shortest_comment():
    # Each comment ends with its buttons ("[Reply]"): the text above the first one is a comment, as
    # long as the shortest of the thread's (here two lines), so the article's last lines stay.
    first = [COMMENTS[4], COMMENTS[0], COMMENTS[1]]
    thread = [*first, "[Reply]", COMMENTS[2], COMMENTS[3], "[Reply]", COMMENTS[0], COMMENTS[3], "[Reply]"]
    lines = [P1, "", P2, "", P3, "", *thread]
    assert _kept(lines) == [P1, P2, P3, COMMENTS[4]]
    assert "thread's first comment" in _layout(lines)[8]
    # Too few buttons (an article's own "Reply" under it): the text above stays.
    assert COMMENTS[0] in _kept([P1, "", P2, "", P3, "", COMMENTS[0], "[Reply]"])


def test_buttons_above_a_thread_under_a_short_comment_are_the_threads_too():
    # A short comment between the first two buttons opens no thread; the buttons are the thread's
    # all the same, and the comment above the first of them goes.
    thread = [COMMENTS[0], "[Reply]", "Thanks!", "[Reply]", COMMENTS[1], "[Reply]", COMMENTS[2], "[Reply]"]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]


def test_a_comment_alone_under_its_stamp_at_the_pages_end_goes_and_a_posts_date_does_not_take_text():
    # A comment system stamps a comment with its time of day or its age; one comment under such a
    # stamp, the page's last text under the article, is no paragraph of the article.
    for stamp in ("October 2nd, 2012 at 4:15 pm", "3 hours ago"):
        lines = [P1, "", P2, "", P3, "", stamp, "", COMMENTS[0]]
        assert _kept(lines) == [P1, P2, P3]
        assert "under its own stamp" in _layout(lines)[9]
    # A day's date without its time (a post's date), or more text under the stamp than above it, stays.
    assert _kept([P1, "", P2, "", P3, "", "October 2, 2012", "", COMMENTS[0]]) == [P1, P2, P3, COMMENTS[0]]
    assert _kept([P1, "", P2, "", "October 2nd, 2012 at 4:15 pm", "", P3, "", COMMENTS[0]]) == [P1, P2, P3, COMMENTS[0]]


def test_a_posts_own_button_above_the_threads_heading_takes_no_paragraph_with_it():
    # "Recommend" under the post, then the thread's heading, then comments each over its "Reply":
    # the button above the heading is the post's, so the paragraph above it is the article's.
    thread = ["Comments", COMMENTS[0], "Reply", COMMENTS[1], "Reply", COMMENTS[2], "Reply"]
    assert _kept([P1, "", P2, "", P3, "", "Recommend", "", *thread]) == [P1, P2, P3]


def test_a_live_reports_timed_entries_keep_their_last_one():
    # Each entry of the article under its time of day: the last is one of them, no lone comment.
    stamps = ["March 3, 2014 at 2:05 pm", "March 3, 2014 at 3:10 pm", "March 3, 2014 at 4:15 pm"]
    lines = [
        P1,
        "",
        P2,
        "",
        P3,
        "",
        stamps[0],
        "",
        COMMENTS[0],
        "",
        stamps[1],
        "",
        COMMENTS[1],
        "",
        stamps[2],
        "",
        COMMENTS[2],
    ]
    assert _kept(lines) == [P1, P2, P3, COMMENTS[0], COMMENTS[1], COMMENTS[2]]


def test_a_thread_goes_on_over_a_comment_longer_than_two_signatures_stand_apart():
    # A comment of more lines than COMMENT_SIGNATURE_SPAN between two signatures of a thread that
    # has begun above it is still a comment, not the article coming back.
    long_comment = [c.replace("the", "our") for c in COMMENTS] + [c.replace("I ", "We ") for c in COMMENTS]
    long_comment += [c.replace("a ", "one ") for c in COMMENTS]
    assert len(long_comment) > COMMENT_SIGNATURE_SPAN
    signed = ["Posted by: Ann | January 14, 2008 06:24 PM", "Posted by: Bob | January 14, 2008 07:05 PM"]
    thread = [signed[0], COMMENTS[0], signed[1], *long_comment, signed[0], COMMENTS[1], signed[1], COMMENTS[2]]
    assert _kept([P1, "", P2, "", *thread]) == [P1, P2]  # too short a post for a stamp to end it alone


def test_a_commenters_latest_post_under_each_comment_signs_a_thread():
    # A comment plugin writes the commenter's own latest post under each comment ("NAME recently
    # posted..TITLE"), nothing else: the thread under the article goes, the article stays.
    assert is_signature("Ann @ Harbour Notes recently posted..Ten Walks by the River")
    assert is_signature("Ann recently posted…Ten Walks by the River")  # an ellipsis character for the two dots
    thread = [COMMENTS[0], "Ann recently posted..Ten Walks by the River", COMMENTS[1],
              "Bob K recently posted..Our Kitchen, Finished", COMMENTS[2], "Ann recently posted..A Rainy Week"]  # fmt: skip
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3, COMMENTS[0]]  # the first comment stands above


def test_a_reblogging_sites_notes_under_a_post_go_with_the_words_readers_added():
    # One note per reader who liked or passed the post on, a handle alone on its line with what it
    # did; the words a reader added stand between the notes.
    notes = ["annlee liked this", "bob-roe reblogged this from harbournotes", COMMENTS[0], "cara9 liked this",
             COMMENTS[1], "dan_k reblogged this from annlee", "erin liked this", COMMENTS[2], "fay liked this"]  # fmt: skip
    assert all(is_signature(n) for n in notes if n not in COMMENTS)
    assert _kept([P1, "", P2, "", P3, "", *notes]) == [P1, P2, P3]
    # A sentence that says who liked something is no note.
    assert not is_signature("Everyone liked this")
    assert not is_signature("The mayor liked this plan")
    # Nor is a pronoun or an everyday word written in lowercase, as some pages write every line.
    assert not is_signature("everyone liked this")
    assert not is_signature("someone reblogged this from annlee")


def test_a_word_anonymous_in_the_article_is_no_signature():
    assert not is_signature("Anonymous donors gave the council enough to repair the bridge.")
    assert not is_signature("Anonymous sources")
    section = ["Anonymous", "", P2, "", P3]  # one heading of that name: no pair of signatures
    assert _kept([P1, "", *section]) == [P1, "Anonymous", P2, P3]


def test_a_quotes_attribution_is_a_signature_but_ends_no_article():
    # In a thread of stamped signatures the article ends; a forum quoted in an article is
    # introduced by "X wrote ...:" lines, which the soft walls weigh but which end nothing.
    from dossier.comments import stamped_signature

    assert is_signature("Makali wrote at 10:40 AM:") and not stamped_signature("Makali wrote at 10:40 AM:")
    assert stamped_signature("by ann_k on Jan 14, 2008 10:40 AM")


def test_replies_addressed_to_commenters_by_name_end_the_article():
    # No heading and no signature: the thread shows only in replies that open by naming the
    # commenter they answer. The comment above the first reply is not told from the article.
    thread = [COMMENTS[0], "", "Ann,", "", COMMENTS[1], "", COMMENTS[2], "", "Hey Bob,", "", *COMMENTS[3:]]
    kept = _kept([P1, "", P2, "", P3, "", *thread])
    assert kept == [P1, P2, P3, COMMENTS[0]]
    assert "reply to a commenter by name" in _layout([P1, "", P2, "", P3, "", *thread])[9]


def test_replies_that_greet_a_commenter_by_name_end_the_article():
    # "Hi Ann," and "Thanks Bob," name whom they answer as "Ann," does; a greeting alone ("Hi,",
    # "Thanks,") or a letter's ("Dear Ann,") names no commenter.
    thread = [COMMENTS[0], "", "Hi Ann,", "", COMMENTS[1], "", COMMENTS[2], "", "Thanks Bob,", "", *COMMENTS[3:]]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3, COMMENTS[0]]
    assert is_addressed_reply("Hello Ann,") and is_addressed_reply("Hey Chris,")
    assert not is_addressed_reply("Hi,") and not is_addressed_reply("Thanks,") and not is_addressed_reply("Dear Ann,")
    assert not is_addressed_reply("Thanks All,")


def test_a_readers_answer_to_the_post_above_the_first_reply_by_name_ends_the_article():
    # The thread's first comments stand above its first mark ("Hi Ann,"): the first that answers
    # the post (praise of it, thanks to its writer by name) ends the article there.
    first = "Great post! " + COMMENTS[0]
    thread = [first, "", COMMENTS[1], "", "Hi Ann,", "", COMMENTS[2], "", "Thanks Bob,", "", *COMMENTS[3:]]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]
    evidence = _layout([P1, "", P2, "", P3, "", *thread])
    assert "a reader's answer to the post" in evidence[7]
    thanked = "Thanks Ann, " + COMMENTS[0]
    assert _kept([P1, "", P2, "", P3, "", thanked, "", *thread[2:]]) == [P1, P2, P3]


def test_an_answer_to_the_post_with_no_comment_section_under_it_ends_nothing():
    # One mark alone: a post's own line of thanks, or praise quoted in the article, stays.
    page = [P1, "", P2, "", P3, "", "Thank you Ann, for the photographs of the bridge you sent us last week.", "", P1]
    assert _kept(page) == [P1, P2, P3, page[6], P1]


def test_praise_of_the_post_ends_it_with_no_comment_section_under_it():
    # Praise of the post or thanks for it, naming nobody, is no line a post writes of itself: it
    # opens the thread under a short post though no heading, signature or reply marks it.
    for praise in ("Great interview, ", "Thanks for sharing this. "):
        assert _kept([P1, "", praise + COMMENTS[0], "", "Nice post! " + COMMENTS[1]]) == [P1]
    # one line of thanks alone may close an interview: a second answer under it tells a thread
    closing = "Thanks for sharing this with us, it was a pleasure to talk about the bridge and its history."
    assert _kept([P1, "", P2, "", closing]) == [P1, P2, closing]
    assert praises_post("Nice post Ann! I had no idea.") and praises_post("Thanks for this Bob.")
    assert praises_post("Amazing read. I will buy it.") and praises_post("Thanks for the review!")
    assert praises_post("Really enjoyed this article, Ann") and praises_post("Love your post and your photos.")
    assert not praises_post("I love this recipe because it is quick.")  # a food post's own words
    # thanks or a greeting to a name (a letter's, a speech's) are answers only beside a comment's mark
    assert not praises_post("Thank you Scott. I will try it.") and not praises_post("Hi Scott,")


def test_what_opens_as_an_answer_to_the_post():
    assert is_post_answer("Great post, Ann! I had no idea.") and is_post_answer("Thanks for sharing this.")
    assert is_post_answer("Thank you Scott. I will try it.") and is_post_answer("hi Scott")
    assert is_post_answer("Interesting article.")
    assert not is_post_answer("Romney, the former governor, spoke.")  # an apposition, not a name addressed
    assert not is_post_answer("Thank you for writing me such a kind letter.")  # a letter's answer
    assert not is_post_answer("Thank you.")  # a speech's close
    assert not is_post_answer("Thanks to the engineers, the bridge stands.")
    assert not is_post_answer("However, the bridge stands.") and not is_post_answer("Dear Roger,")
    assert not is_post_answer("Hey there,") and not is_post_answer("Good news is rare.")


BIO = "Ann Lee is a reporter who has covered the council, its roads and its bridges for the paper since 2009."


def test_an_about_box_naming_a_person_over_their_bio_ends_the_article():
    for heading in ("About Ann Lee", "ABOUT ANN LEE", "### About Ann Lee"):
        assert _kept([P1, "", P2, "", P3, "", heading, BIO, "", P1]) == [P1, P2, P3]
    # (closing the page, the box is the about-boilerplate rule's; a comment or a list under it)
    evidence = _layout([P1, "", P2, "", P3, "", "About Ann Lee", BIO, "", P1])
    assert 'an "About" box\'s heading' in evidence[7]


def test_an_about_heading_that_names_no_person_or_heads_no_bio_ends_nothing():
    # A company's box (a press release's close), an acronym's, and a section about a person whose
    # text opens otherwise stay, with the paragraph under them.
    company = "Acme Bridges is a firm of engineers that has inspected the county's bridges since 1990."
    for box in (["About Acme Bridges", company], ["About BET Networks", "BET Networks is a channel of the group."]):
        page = [P1, "", P2, "", P3, "", *box, "", P2]
        assert _kept(page) == [P1, P2, P3, *box, P2]
    section = [P1, "", P2, "", P3, "", "About Ann Lee", P1, "", P2]
    assert _kept(section) == [P1, P2, P3, "About Ann Lee", P1, P2]


def test_a_letter_in_the_article_or_a_single_name_with_a_comma_does_not_end_it():
    letter = ["Dear Residents,", "", COMMENTS[0], "", "Ann,", "", COMMENTS[1], "", "Sincerely,", "", COMMENTS[2]]
    article = [P1, P2, P3, *letter[::2]]
    assert _kept([P1, "", P2, "", P3, "", *letter]) == article
    assert is_addressed_reply("Mr. Ebert,") and is_addressed_reply("@Sian,")
    assert not is_addressed_reply("However,") and not is_addressed_reply("Love,") and not is_addressed_reply("So,")


def test_comments_between_their_reply_and_delete_buttons_go():
    # The comment above the first buttons goes too, as long as the thread's shortest comment.
    thread = [COMMENTS[0], "ReplyDelete", "Ann Lee", COMMENTS[1], "Delete", COMMENTS[2], "ReplyDelete", COMMENTS[3]]
    assert _kept([P1, "", P2, "", P3, "", *(x for t in thread for x in (t, ""))]) == [P1, P2, P3]


def test_the_attribution_of_an_embedded_tweet_is_not_a_comment_signature():
    assert not is_signature("— Marta Sousa (@martasousa_pt) April 6, 2024")
    assert not is_signature("10:32 am")  # a live blog's time names no one
    assert not is_signature("Tuesday, January 15, 2008")
    assert is_signature("Mike 07.16.12 at 22:07")
    assert is_signature("Comment by Dawn — January 7, 2008 @ 8:48 pm")
    assert is_signature("[Reply]")


def test_a_chinese_paragraph_opening_with_a_stamp_is_no_comment_signature():
    # Written without spaces, the paragraph is one run of letters: read as many words, not one name.
    assert not is_signature("2017-03-10 09:58 市议会周二投票决定关闭城东的旧桥工程师将在春天之前检查桥上的裂缝")
    assert is_signature("2017-03-10 09:58 李明")


def test_a_schedule_under_the_article_is_not_taken_for_comments():
    # The dates go as date lines (metadata); the places and times between them stay.
    schedule = ["Tuesday, January 15, 2008", "St. Mary's School", "3:30 - 8:00 pm", "Saturday, January 19, 2008",
                "Wellness Centre", "10:00 am - 3:00 pm"]  # fmt: skip
    article = [P1, P2, P3] * 5  # the schedule stands below the head of the page, where bylines are
    assert _kept([*article, *schedule]) == [*article, *schedule[1:3], *schedule[4:]]


def test_a_paragraph_wrapped_over_short_lines_is_scored_as_one():
    wrapped = ["FRANKFURT, Jan 9 (Reuters) - U.S. software group Microsoft", "will not launch a product that competes",
               "directly with Apple Inc's phone, its chairman said on Wednesday."]  # fmt: skip
    assert _kept([*MENU, "", *wrapped, "", P2, "", *MENU]) == [*wrapped, P2]


def test_a_paragraph_a_markdown_rendering_broke_at_its_links_is_scored_as_one():
    # The pieces alone are fragments; read as the reader sees them they run on into each other.
    pieces = ["The mayor", "[was fined](/story/1)", "after", "[missing three council meetings](/story/2)",
              "and then resigned from her post on Friday, her office said."]  # fmt: skip
    assert _kept([*MENU, "", P1, "", P2, "", *pieces, "", *MENU]) == [P1, P2, *pieces]


def test_two_links_in_a_row_do_not_run_on_as_a_sentence_does():
    assert runs_on("The mayor", "[was fined](/story/1)")
    assert not runs_on("FROM", "   with_alert")  # a query's indented lines are code, not a sentence
    assert not runs_on("[Aug 9, 2012 11:07 AM](#c1)", "[reply](#c1)")  # a comment's stamp and button


def test_an_indented_piece_of_running_words_continues_the_line_above_it():
    # A reader-mode text keeps a page's source indentation after a line break: the pieces of one
    # paragraph, indented, run on as a wrapped paragraph's do; code's indented names do not.
    assert runs_on("The dress was taken out of her", "        room at the hotel on Wednesday.")
    assert runs_on("        was stolen from the room, the police", "        said on Thursday.")
    assert runs_on("        was stolen, the", "        owner's lawyer said.")
    assert not runs_on("    total = count(items", "    for the order)")  # a statement's marks: code


def test_an_indented_piece_of_running_words_in_another_alphabet_continues_the_line_above():
    # Running words are letters of any alphabet: a piece opening with "ö", "à" or "é" is one too.
    assert runs_on("Der Stadtrat hat am Dienstag beschlossen, die", "        öffentliche Brücke zu sperren.")
    assert runs_on("Le conseil a décidé mardi de fermer le pont", "        à la circulation pendant l'hiver.")
    assert runs_on("Der Stadtrat sagte, die Brücke bleibe", "        über den Winter gesperrt.")
    assert not runs_on("FROM", "   élément_suivant")  # a name of code, in any alphabet


def test_an_indented_piece_with_a_semicolon_in_it_is_running_words_not_a_statement():
    # A sentence holds semicolons too; a statement's ends its line, and code's other marks stay code's.
    assert runs_on("        was stolen from the room; the police", "        said on Thursday.")
    assert not runs_on("    count += 1;", "    and the rest")
    assert not runs_on("    for (i = 0; i < n", "    or more items")


def test_a_paragraph_wrapped_and_indented_at_the_head_of_the_article_stays():
    opening = [
        "The council said on Tuesday that the old bridge",
        "        would close to all traffic from Monday while",
        "        engineers study the long cracks in its span.",
    ]
    assert _kept([*MENU, "", *opening, "", P1, "", P2, "", *MENU]) == [*opening, P1, P2]


def test_running_text_in_another_language_is_told_by_length_and_full_stops():
    german = [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für den Verkehr zu sperren, bis Ingenieure die Risse geprüft haben.",
        "Die Sperrung könnte bis zum Frühjahr dauern, teilten die Behörden mit, und Busse würden umgeleitet.",
    ]  # fmt: skip
    assert _kept([*MENU, "", *german, "", *MENU]) == german


@pytest.mark.parametrize(
    ("line", "sign"),
    [
        ("| Top Stories |  |", -1),  # a layout table's cell: a menu item
        ("| Blog | Fixtures | Stats centre | Champions League |", -1),  # a row of menu items
        ("| Aston Villa | 22 | 11 | 6 | 5 |", 0),  # a league table's row: data, neither way
        ("| The council voted on Tuesday to close the old bridge to traffic. |", 1),  # text in a cell
        ("Home | News | Sport | Weather", -1),
        ("Seattle at Green Bay, 4:30 p.m. (Fox)", 0),
        (P1, 1),
    ],
)
def test_line_scores_tell_text_from_chrome(line, sign):
    score = line_score(line)
    assert (score > 0.5) if sign > 0 else (score < 0) if sign < 0 else (-0.5 < score < 0.5)


def test_a_site_blurb_above_the_menu_and_the_headline_is_not_the_article():
    lines = ["Welcome to our website, where you will find the latest news about your town every day.", "", *MENU,
             "", "Bridge Closed After Cracks Found", "", P1, "", P2, "", P3]  # fmt: skip
    cleaned = clean_lines(lines)
    assert cleaned.title.value == "Bridge Closed After Cracks Found"
    assert [k.text for k in cleaned.kept] == [P1, P2, P3]


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Mayor defends budget cuts at packed meeting  Jan 16, 7:00 AM", True),
        ("Storm knocks out power across three counties - 7:00 a.m.", True),
        ("Russia launched its first airstrikes on September 30.", False),  # a sentence ending with its date
        ("| March 14, 2009      Ferry Services Resume After A Week Of Storms |", True),  # the stamp's year
    ],
)
def test_a_dated_headline_is_a_headline_beside_its_stamp_not_a_sentence_ending_with_a_date(line, dated):
    assert is_dated_headline(line) is dated


def test_a_markdown_line_without_its_marks_is_what_a_reader_sees():
    from dossier.lineshapes import markdown_free

    assert markdown_free("## [**Harbour** reopens](/story/1) ##") == "Harbour reopens"
    assert markdown_free("![photo](/a.jpg) *Harbour reopens*") == "Harbour reopens"
    assert markdown_free("[photo](/a.JPG?w=640) Harbour reopens") == "Harbour reopens"  # a link to an image file
    assert markdown_free("[![photo](/a.jpg)](/a-large.jpg) Harbour reopens") == "Harbour reopens"
    assert markdown_free("Read [the report](/report.pdf) today") == "Read the report today"
    assert markdown_free("snake_case and 5 * 3 stay") == "snake_case and 5 * 3 stay"
    assert markdown_free("  + [Harbour reopens](/story/1)") == "Harbour reopens"


INGREDIENTS = [
    "Lemon Barley Soup",
    "serves four",
    "2 tablespoons olive oil",
    "1 large onion, chopped",
    "3 cloves garlic",
    "1 cup pearl barley",
    "6 cups vegetable stock",
    "2 bay leaves",
    "1/2 teaspoon dried thyme",
    "1 lemon, juiced",
    "3 handfuls spinach",
    "1 teaspoon salt",
    "freshly ground pepper",
    "2 tablespoons chopped parsley",
]


METHOD = [
    P3,
    "Warm the oil in a large pot and soften the onion and the garlic in it for about ten minutes.",
    "Add the barley, the stock and the herbs, and let it simmer until the barley is tender, then season.",
]


def test_a_long_list_of_quantities_between_paragraphs_is_the_recipe_and_stays():
    # Longer than a weak gap, but its lines are amounts: a recipe's ingredients, not a menu.
    assert len(INGREDIENTS) > 12
    assert _kept([P1, "", P2, "", *INGREDIENTS, "", *METHOD]) == [P1, P2, *INGREDIENTS, *METHOD]


def test_a_long_list_of_dated_headlines_between_paragraphs_still_goes():
    # A headline under its date ("3 Jan 2008 Council Defends ...") is no quantity, so the recipe
    # list's rule does not bring the list back. (This test once ranked "Mayor" headlines and passed because a stamp read
    # "1 Mayor" as "1 May"; a month is a whole word since session 49.)
    from dossier.layout import _QUANTITY

    assert not _QUANTITY.match("3 Jan 2008 Council Defends Budget Cuts At Meeting Number 3")
    ranked = [f"{k} Jan 2008 Council Defends Budget Cuts At Meeting Number {k}" for k in range(1, 15)]
    assert _kept([P1, "", P2, "", *ranked, "", *METHOD]) == [P1, P2, *METHOD]


#: A site's own links that every page of it repeats, and a council vote written as a table's cells.
SITE = [
    "Local Sports", "Obituaries", "Classifieds", "Weather Radar", "Traffic Cameras", "Photo Galleries",
    "Letters to the Editor", "Community Calendar",
]  # fmt: skip
VOTES = [
    ("Ann Reyes", "Yes"),
    ("Tom Okafor", "No"),
    ("Lena Brandt", "Yes"),
    ("Raj Mehta", "Abstained"),
    ("Sara Lund", "Yes"),
]
WARDS = ["Ward", "Councillor", "Vote"] + [c for k, (who, vote) in enumerate(VOTES, 1) for c in (f"Ward {k}", who, vote)]


def _kept_in_corpus(lines: list[str], repeated: list[str]) -> list[str]:
    """The lines kept when the corpus repeats `repeated` on other pages of the site."""
    options = CleanOptions(common_lines=frozenset(normalise_line(r) for r in repeated))
    return [k.text for k in clean_lines(lines, options).kept]


def test_a_long_table_between_paragraphs_stays_when_the_corpus_knows_the_sites_chrome_and_it_is_not_of_it():
    assert len(WARDS) > 12  # longer than a weak gap
    page = [P1, "", P2, "", *WARDS, "", *METHOD, "", *SITE]
    assert _kept_in_corpus(page, SITE) == [P1, P2, *WARDS, *METHOD]


def test_a_long_table_between_paragraphs_still_goes_when_the_page_is_analysed_alone_or_its_site_is_unknown():
    # Without a corpus nothing tells the site's chrome: the long gap is chrome, as before.
    page = [P1, "", P2, "", *WARDS, "", *METHOD, "", *SITE]
    kept = _kept_in_corpus(page, [])
    assert P3 in kept and not {"Ward 1", "Ann Reyes", "Ward 4"} & set(kept)
    # Nor when the corpus repeats only a few of the page's lines: it does not know the site.
    kept = _kept_in_corpus(page, SITE[:3])
    assert P3 in kept and not {"Ward 1", "Ann Reyes", "Ward 4"} & set(kept)


def test_a_long_gap_of_headlines_or_of_the_sites_repeated_lines_still_goes():
    headlines = [f"Harbour Festival Draws Record Crowds Despite Heavy Rain In Week {k}" for k in range(1, 15)]
    page = [P1, "", P2, "", *headlines, "", *METHOD, "", *SITE]
    kept = _kept_in_corpus(page, SITE)
    assert P3 in kept and not set(headlines[:-1]) & set(kept)
    # The table's header is a box the site repeats on every page: the gap is the site's.
    page = [P1, "", P2, "", *WARDS, "", *METHOD, "", *SITE]
    kept = _kept_in_corpus(page, [*SITE, *WARDS[:3]])
    assert P3 in kept and not {"Ward 1", "Ann Reyes", "Ward 4"} & set(kept)


#: A list in the article's text: the towns whose schools are shut, and the colleges.
TOWNS = [
    "Public schools", "Alder Creek", "Birch Hollow", "Cedar Falls", "Dunmore", "East Linton", "Fernbank",
    "Glen Ashby", "Harrow Mill", "Ivy Bridge", "Juniper Flats", "Kingsford", "Colleges", "Lakeside College",
    "Marsh Valley Community College",
]  # fmt: skip


def test_a_long_list_of_names_between_paragraphs_stays_when_the_page_is_analysed_alone():
    # Longer than a weak gap and no corpus to vouch for it, but no counts, prices or times, no
    # headlines: a list the article gives, not a box beside it.
    assert len(TOWNS) > 12
    assert _kept_in_corpus([P1, "", P2, "", *TOWNS, "", *METHOD], []) == [P1, P2, *TOWNS, *METHOD]


def test_a_long_list_of_names_with_their_counts_between_paragraphs_still_goes():
    # The same names, each over its count, are a box of the site's (the most read, a poll's results).
    counted = [line for k, town in enumerate(TOWNS) for line in (town, f"({40 - k})")]
    kept = _kept_in_corpus([P1, "", P2, "", *counted, "", *METHOD], [])
    assert P3 in kept and not set(TOWNS[1:-1]) & set(kept)


#: A list in a post under its own heading: what a tool does, each item shaped as a headline would be.
FEATURES = [
    "What it does",
    "Keeps a diary of your walks by the day",
    "Draws the route you took on a map of the town",
    "Counts your steps without a network connection",
    "Reminds you to stretch after a long climb",
    "Shares a week of walks with your friends",
    "Exports every walk to a spreadsheet or a printed page",
    "Marks the benches and the fountains you passed",
    "Warns you when the weather turns on the hills",
    "Suggests a shorter way home when you are tired",
    "Stores your walks on the phone and nowhere else",
    "Speaks the next turn aloud when you ask it",
    "Works in more than twenty languages",
    "Learns the paths you take most often",
]


def test_a_long_list_under_its_own_heading_between_paragraphs_stays():
    # Longer than a weak gap and every item shaped as a headline, but one list under its heading,
    # nothing in it that the site repeats (the corpus knows the site's chrome), and the post's text
    # going on under it.
    assert len(FEATURES) > 12
    page = [P1, "", P2, "", *FEATURES, "", *METHOD, "", *SITE]
    assert _kept_in_corpus(page, SITE) == [P1, P2, *FEATURES, *METHOD]
    # On a page analysed alone nothing says the list is not the site's: it stays out.
    kept = _kept_in_corpus(page, [])
    assert P3 in kept and not set(FEATURES[1:-1]) & set(kept)


def test_a_box_of_headlines_in_groups_under_a_label_the_site_repeats_still_goes():
    # The same shape, but a second group under a label other pages of the site carry: a box of
    # other stories beside the article.
    box = [*FEATURES[:7], "More Headlines", *FEATURES[7:]]
    kept = _kept_in_corpus([P1, "", P2, "", *box, "", *METHOD, "", *SITE], ["More Headlines", *SITE])
    assert P3 in kept and not set(FEATURES[1:-1]) & set(kept)


# Chinese, written without spaces: a paragraph is one run of letters between commas, and ends with
# a full-width stop.
CN = [
    "市议会周二投票决定关闭旧桥，工程师将在春天之前检查桥上的裂缝，公交车将改道行驶。",
    "官员们说，关闭可能持续到明年春天，附近的居民多年来一直向议会反映桥梁的问题。",
    "住在桥边的居民在会议上说，他们早就警告过议会，但直到上个月才有人来检查。",
]


def test_a_chinese_article_between_menus_is_found():
    assert line_score(CN[0], english=False) >= 1.0  # running text, as long as its characters say
    lines = [*MENU, "", CN[0], "", CN[1], "", CN[2], "", *MENU]
    assert read_layout(lines, {}).article == [8, 10, 12]


def test_the_end_of_a_link_broken_over_lines_is_the_link_s_text_and_no_address():
    # "[#### 75 comments" / "with all the readers taking part](https://...)": the second line's words are
    # a link's text, and its address adds no words to them.
    tail = line_shape(
        "with all the readers taking part](https://news.example/2015/04/a-story-of-the-day-in-many-words#comments)"
    )
    assert tail.linked == 1.0
    assert tail.words == 6


def test_a_link_broken_over_two_lines_inside_a_paragraph_runs_on():
    assert runs_on("Most riders may wait for the cheaper [Harbour", "Ferry Pass](https://ferry.example/pass).")
    assert not runs_on("Most riders may wait for the cheaper Harbour", "Ferry Pass is sold at the pier.")


def test_a_table_row_is_read_into_the_same_cells_for_its_text_and_for_its_columns():
    # An escaped bar inside a cell parts it as the row's own bars do ("World News \| Home": a
    # site's section and a menu item, not a headline), for its cells and for the layout's columns.
    assert table_cells(r"|  | World News \| Home |") == ["World News", "Home"]
    assert _columns(r"|  | World News \| Home |") == (False, True, True)
    assert table_cells("Home | News") == []  # no row
    # A row closed by an escaped bar leaves no backslash in its last cell.
    assert table_cells(r"| Harbour News | Home \|") == ["Harbour News", "Home"]


def test_a_markdown_link_in_chinese_is_as_linked_as_one_in_english():
    menu_item = "* [国际新闻](https://example.com/world/)"
    assert line_shape(menu_item).linked == 1.0
    assert line_score(menu_item, english=False) < 0
    linked = CN[0].replace("工程师", "[工程师](https://example.com/engineers)")
    assert line_shape(linked).linked < LINKED_MIN_SHARE  # a paragraph that links a word


def test_a_table_row_of_chinese_sentences_is_no_menu_and_a_row_of_chinese_links_is():
    menu = line_score("| 首页 | 新闻 | 体育 |", None, False)
    assert line_score("| 市议会周二投票决定关闭城东的旧桥 | 工程师将在春天之前检查桥上的裂缝 |", None, False) > menu


def test_a_table_row_holding_a_lead_cut_short_is_a_teaser():
    teasers = [
        "|  | Harbour Plans Unveiled The port authority showed its drawings for the new quay to a packed hall and promised... | ",
        "|  | Ferry Fares Frozen Passengers on the island routes will pay the same next year after the operator agreed to... | ",
    ]
    article = [f"| {P1} {P2} {P3} |"]
    assert line_score(teasers[0]) < 0
    assert _kept([*article, "", *teasers]) == article


def test_headlines_in_the_rows_under_an_article_that_is_one_cell_of_a_layout_table_are_its_other_cells():
    # Reader mode writes each cell of a page's layout table as one line: the article is one long
    # cell, other stories' headlines in capitals the rows under it (" - SOURCE" reads as a dateline).
    article = [f"| {P1} {P2} {P3} {P1} {P2} {P3} |"]
    headlines = [
        "|  | HARBOUR PLANS NEW QUAY - PORT |",
        "|  | FERRY FARES FROZEN - OPERATOR |",
        "|  | MARKET REOPENS - MAYOR |",
    ]
    assert _kept([*article, "", *headlines]) == article
    assert all("layout table" in why for why in _layout([*article, "", *headlines]).values())


def test_the_other_cells_under_an_article_cell_end_the_data_under_its_last_paragraph():
    # Other stories' headlines under the article's cell are another box: the table further down
    # (a league of the site's writers) is not the data right under the article, and the headlines
    # do not come back with it.
    article = [f"| {P1} {P2} {P3} {P1} {P2} {P3} |"]
    headlines = ["|  | HARBOUR PLANS NEW QUAY - PORT |", "|  | FERRY FARES FROZEN - OPERATOR |"]
    table = ["| 1. | annlee | 238 |", "| 2. | bob_k | 224 |", "| 3. | rovers | 186 |"]
    assert _kept([*article, "", *headlines, "", *table]) == article


@pytest.mark.parametrize(
    "row",
    [
        f"| {P3} |",
        "| He was 54. |",  # a sentence, however short
        "| LEEDS - The bridge closed on Monday and buses now run every ten minutes |",  # its full stop lost
        "| LEEDS - Lee resigned Friday. Ann Cole takes over |",  # a sentence inside
        "| Bridge | Closed | 2024 |",  # data
    ],
)
def test_an_articles_later_paragraphs_each_a_row_under_its_first_cell_stay(row):
    # An article written as a layout table's rows, a paragraph a row: the first is the page's
    # longest line, the rows under it are the article's own, the last one too.
    article = [f"| {P1} {P2} {P3} {P1} {P2} {P3} |", "", f"| {P2} |", "", row]
    assert _kept(article) == [line for line in article if line]


# A page that is one layout table: a row of the site's menu above the article's cell, and under
# it boxes in another column (a bullet's column before each pitch), holding sentences.
_FRAMED_HEAD = "| Home | World | Sport | Business |"
_ARTICLE_CELL = f"|  | {P1} {P2} {P3} {P1} {P2} {P3} |"
_OTHER_COLUMN = [
    "| • | Ferry timetables for the winter season are out now. Plan your crossing today! |",
    "| • | Local bakers share their best bread recipes for the cold winter evenings. |",
]


def test_rows_in_another_column_under_an_article_cell_of_a_page_laid_out_as_a_table_are_other_boxes():
    lines = [_FRAMED_HEAD, "", _ARTICLE_CELL, "", *_OTHER_COLUMN]
    assert _kept(lines) == [_ARTICLE_CELL]
    assert all("layout table" in _layout(lines)[n] for n in (5, 6))


def test_rows_in_the_article_cells_own_column_stay_on_a_page_laid_out_as_a_table():
    # The article's later paragraphs go on in its column, sentences however short.
    later = [f"|  | {P2} |", "|  | He was 54. |"]
    lines = [_FRAMED_HEAD, "", _ARTICLE_CELL, "", *later]
    assert _kept(lines)[-3:] == [_ARTICLE_CELL, *later]


def test_a_cell_as_long_as_an_article_in_another_column_is_the_articles_too():
    # Shorter than the article's cell (the page's longest line), still an article's length.
    second = f"| • | {P3} {P2} {P1} {P3} {P2} The ferry will sail again when the weather turns. |"
    lines = [_FRAMED_HEAD, "", _ARTICLE_CELL, "", second]
    assert _kept(lines)[-2:] == [_ARTICLE_CELL, second]


def test_rows_in_another_column_stay_where_the_article_cell_opens_the_page():
    # No row above the article: an article holding a table, not a page laid out as one.
    lines = [_ARTICLE_CELL, "", *_OTHER_COLUMN]
    assert _kept(lines) == lines[:1] + _OTHER_COLUMN


def test_blurbs_under_bulleted_items_of_a_box_below_an_article_cell_go():
    # An advertisement box under the article's cell: each item a bulleted headline in another
    # column, its blurb a sentence in the article's column. The blurbs go with their items.
    box = []
    for headline, blurb in (
        ("Winter Ferry Timetables", "See when the boats sail and book your seat before the rush."),
        ("Free Guide to Home Insulation", "Learn how to keep the heat in and cut your bills this year."),
        ("Try Our Bread Club Free", "Fresh loaves at your door every week. Cancel at any time."),
    ):
        box += [f"| • | {headline} |", f"|  | {blurb} |"]
    lines = [_FRAMED_HEAD, "", _ARTICLE_CELL, "", *box]
    assert _kept(lines) == [_ARTICLE_CELL]
    assert "a bulleted item's blurb" in _layout(lines)[6]


def test_two_bulleted_items_with_blurbs_under_an_article_cell_are_too_few_for_a_box():
    # Fewer items than BOX_ITEMS_MIN: the rows in the article's column stay as its own.
    box = ["| • | Winter Ferry Timetables |", f"|  | {P2} |", "| • | Free Guide to Home Insulation |", f"|  | {P3} |"]
    lines = [_FRAMED_HEAD, "", _ARTICLE_CELL, "", *box]
    kept = _kept(lines)
    assert box[1] in kept and box[3] in kept


def test_a_long_table_row_of_the_article_cut_short_is_still_the_article():
    row = f"| {P1} {P2} {P3} {P1} {P2}... |"
    assert line_score(row) > 0


def test_a_list_marked_with_plus_signs_is_a_list_as_one_marked_with_dashes():
    # Markdown's third list mark: a release's changes ("+ Added ...") between paragraphs are data, not menu items.
    changes = [f"+ Added the {thing} option" for thing in ("red", "blue", "green", "amber", "violet", "grey", "pink")]
    changes += [
        f"+ Fixed {thing} crashes" for thing in ("startup", "export", "import", "login", "sync", "print", "undo")
    ]
    assert _kept([P1, "", P2, "", *changes, "", *METHOD]) == [P1, P2, *changes, *METHOD]


def test_a_recipe_under_a_line_of_chrome_between_paragraphs_stays_and_the_chrome_goes():
    # A recipe card's buttons (or its name, taken for the repeated headline) head the ingredients.
    buttons = "Print | Email | Save"
    lines = [P1, "", P2, "", buttons, *INGREDIENTS, "", *METHOD]
    assert _kept(lines) == [P1, P2, *INGREDIENTS, *METHOD]


@pytest.mark.parametrize(
    ("text", "spaced", "words"),
    [
        ("Ann Lee wrote", 3, 3),
        ("Café au lait, São Paulo", 5, 5),  # accented Latin, no Chinese: each token one word
        ("李明 said 市议会周二投票", 5, 5),  # spaced: 1 + 1 + 7 // 2; words: "said" + 9 characters // 2
        ("新", 1, 0),  # one character: a token counts one at least, half a word counts none
    ],
)
def test_word_counts_read_chinese_by_characters_and_other_scripts_by_words(text, spaced, words):
    # The counts are counted in C (a hot path); these are the figures the per-character reading gives.
    from dossier.lineshapes import spaced_word_count, word_count

    assert (spaced_word_count(text), word_count(text)) == (spaced, words)


def test_a_standfirst_between_the_headline_and_the_article_stays():
    # A sentence under the headline that says what the story is, only its byline between it and
    # the first paragraph: the article's own, not chrome above it.
    # A whole page's text opens with its <title>, which names the headline shown under the menu.
    deck = "Officials say the repairs could take until the spring to finish"
    assert deck in _kept([*HEADED, "", deck, "", "By Ann Lee", "", P1, "", P2, "", P3])


def test_a_bar_or_a_stamp_under_the_headline_is_no_standfirst():
    for line in ("skip to the main text of this page | skip to the sidebar", "posted on the harbour desk 3 hours ago"):
        assert line not in _kept([*HEADED, "", line, "", P1, "", P2, "", P3])


HEADED = [
    "Harbour bridge closed after crack found - The Harbour Times",
    "",
    *MENU,
    "",
    "Harbour bridge closed after crack found",
]


def test_a_sentence_under_more_chrome_than_a_byline_and_a_date_is_no_standfirst():
    slogan = "Join today and share the news of the harbour with the people in your life"
    assert slogan in _kept([*HEADED, "", "By Ann Lee", "March 3, 2024", slogan, "", P1, "", P2, "", P3])
    assert slogan not in _kept(
        [*HEADED, "", "By Ann Lee", "March 3, 2024", "Share this story", slogan, "", P1, "", P2, "", P3]
    )


def test_a_long_list_a_sentence_announces_with_a_colon_stays_between_paragraphs():
    # Longer than a weak gap and no amounts in it, but the article's sentence announced it.
    schools = [f"{name} Elementary School" for name in ("Oak", "Elm", "Pine", "Birch", "Cedar", "Maple", "Ash")]
    schools += [f"{name} Middle School" for name in ("North", "South", "East", "West", "Central", "Lakeside", "Hill")]
    announced = "The district said the following schools will stay closed until Monday:"
    lines = [P1, "", P2, "", announced, "", *schools, "", *METHOD]
    assert _kept(lines) == [P1, P2, announced, *schools, *METHOD]
    # Under the article's last sentence, with no running text after it, a list is still chrome.
    assert _kept([P1, "", P2, "", announced, "", *schools, "", *MENU]) == [P1, P2, announced]


def test_an_announced_list_runs_past_a_long_item_to_the_paragraph_that_closes_it():
    # A round-up the post announces with a colon: one item is long enough to read as a paragraph,
    # and the post's closing words come after the list, its footer and its comments below.
    dishes = ["Lemon Roast Chicken", "Barley Soup With Leeks", "Plum Tart", "Baked Pears", "Onion Flatbread"]
    items = [f"{dish} by {cook} Kitchen Notes" for dish in dishes for cook in ("Ann's", "Bob's", "Cat's")]
    long_item = (
        "Slow Braised Beef with Red Wine, Onions and Mushrooms in the Old Style of the Kitchens of Burgundy "
        "by Dan's Kitchen Notes"
    )
    closing = "The supper club meets every week at seven, and anyone is welcome to bring a dish of their own."
    announced = "You can find the other dishes of this week's supper club on these blogs:"
    lines = [P1, "", P2, "", announced, "", *items[:5], long_item, *items[5:], "", closing]
    lines += ["", "Posted by Ann Lee at 2:00 AM", "", "12 Comments", "", "Great recipe, I will try it this weekend!"]
    assert _kept(lines) == [P1, P2, announced, *items[:5], long_item, *items[5:], closing]


def test_a_list_a_paragraph_names_stays_between_paragraphs_without_the_bar_under_it():
    # No colon: the paragraph says a list follows, one more paragraph between; a bar of links closes
    # the list, and the article goes on under it.
    towns = ["Ashford", "Brookside", "Cedar Falls", "Dunmore", "Eastwick", "Fairview", "Glenwood", "Hillcrest"]
    towns += ["Ivy Hill: out Thursday", "Juniper Bay", "Kingsbury", "Lakeview: out Thursday", "Millbrook", "Northgate"]
    named = "Here is a list of the schools in the county that will stay closed until at least Monday."
    ask = "If you know of one we have missed, please tell us about it in the comments below."
    bar = "More county news | Power updates | Road closures"
    lines = [P1, "", named, "", ask, "", *towns, "", bar, "", P2, "", P3]
    assert _kept(lines) == [P1, named, ask, *towns, P2, P3]


def test_a_comment_link_in_the_menus_above_the_headline_does_not_open_the_comments():
    # "Your comments" in the page's menus is no comment section: the stamp under the headline and
    # a second stamp one paragraph further down are no thread.
    from dossier.comments import comment_walls
    from dossier.linescores import score_lines

    lines = ["Your comments", "Council Closes The Old Bridge", "Share", "Tweet", "Ann Lee 29.10.12 at 12:18", P1,
             "Bob 30.10.12 at 09:10", P2, P3]  # fmt: skip
    numbers = list(range(1, len(lines) + 1))
    scores, prose = score_lines(lines, numbers, {}, True)
    assert comment_walls(lines, numbers, scores, prose, top=1) == {1}


def test_a_quotes_attribution_over_the_quoted_words_signs_no_comment():
    quoted = [
        "Ann wrote:",
        "The bridge has been unsafe for years and everyone in the village knew it.",
        "Bob wrote:",
        "Buses will take an hour longer to reach the school while it is closed.",
    ]
    assert _kept([P1, "", P2, "", P3, "", *quoted, "", *METHOD]) == [P1, P2, P3, *quoted, *METHOD]


def test_a_quotes_attribution_over_a_rule_and_a_short_indented_quote_signs_no_comment():
    # A rule of one dash between the attribution and the quote, and a quote too short (or too
    # indented) to read as running text: still the quoted words, not a comment system's stamp.
    quoted = [
        "Ann wrote:",
        "-",
        "    You never tried the ferry!",
        "I had not. Now I have, and it takes twice as long as the bus did before the bridge closed.",
        "Bob wrote:",
        "-",
        "    Why not move house?",
        "Because the village is where my family has lived for a hundred years, and it will stay so.",
    ]
    assert _kept([P1, "", P2, "", P3, "", *quoted, "", *METHOD]) == [
        P1,
        P2,
        P3,
        *[q for q in quoted if q != "-"],
        *METHOD,
    ]


def test_a_signature_over_a_stamp_of_digits_alone_still_signs_a_comment():
    # "Ann says:" over a stamp with no word in it: the stamp is what stands under a comment's
    # signature, not a rule to read past to the comment's words as if they were quoted.
    thread = [
        *["Ann says:", "07/16/2012 22:07", COMMENTS[0]],
        *["Bob Roe says:", "07/17/2012 08:15", COMMENTS[1]],
        *["Cara says:", "07/18/2012 10:40", COMMENTS[2]],
    ]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]


def test_a_table_of_contents_whose_entries_head_the_article_s_sections_stays():
    # Longer than a weak gap, no amounts, no colon: its lines recurring below as the article's
    # section headings tell it from a list of other stories.
    parts = ["Why the bridge cracked", "What the engineers found", "Who pays for the repairs", "When it reopens"]
    parts += ["How buses are rerouted", "Where the traffic goes", "What residents say", "What the council knew"]
    parts += ["How long the study takes", "Which firms may bid", "What other towns did", "What happens next"]
    contents = ["Contents", *parts]
    sections = [
        line
        for n, part in enumerate(parts)
        for line in ("", part, "", f"{P3[:-1]}, and part {n + 1} of the report says why.", "", f"{P2} Section {n + 1}.")
    ]
    assert _kept([P1, "", P2, "", *contents, *sections]) == [P1, P2, *contents, *[p for p in sections if p]]
    # The same list whose lines the article does not say again is chrome.
    others = [f"Bridge story number {n} of the week" for n in range(1, 13)]
    assert _kept([P1, "", P2, "", "Contents", *others, *sections]) == [P1, P2, *[p for p in sections if p]]


def test_a_standfirst_above_its_byline_and_date_stays_when_no_rule_removed_them():
    standfirst = "Engineers found a long crack in the main span during a routine inspection last week"
    byline = ["Ann Lee", "The Harbour Times, Monday 4 March 2024 13.04 EDT"]
    share = ["Share", "Tweet this", "Email"]
    assert standfirst in _kept([*HEADED, "", standfirst, "", *share, "", *byline, "", P1, "", P2, "", P3])
    # Under it a line that is neither a name nor a stamp: the sentence may be a site's slogan.
    other = "Most popular stories on the harbour desk"
    assert standfirst not in _kept([*HEADED, "", standfirst, "", *share, "", byline[0], other, "", P1, "", P2, "", P3])


def test_a_standfirst_above_a_markdown_byline_with_its_link_and_date_stays():
    # A Markdown rendering keeps the author's link in the dated byline: it is still a byline and
    # a date, which a reader sees as "By Ann Lee Published 4 March 2024 13:04". The standfirst
    # shares no word with the headline or the first paragraph: only its byline vouches for it.
    standfirst = "Nobody in the town hall expected a summer of detours, queues and angry letters"
    share = ["Share", "Tweet this", "Email"]
    byline = "By [Ann Lee](https://example.com/authors/ann-lee) Published 4 March 2024 13:04"
    assert standfirst in _kept([*HEADED, "", standfirst, "", byline, "", *share, "", P1, "", P2, "", P3])
    # Links without a date under the sentence are no byline: the sentence may be a site's slogan.
    links = "[Harbour news](https://example.com/a) [Ferry times](https://example.com/b) [Tide tables](https://example.com/c)"
    assert standfirst not in _kept([*HEADED, "", standfirst, "", links, "", *share, "", P1, "", P2, "", P3])


def test_a_standfirst_that_tells_of_years_ago_is_no_stamp():
    # "ago" after years is the story's past, not a comment system's "3 hours ago".
    deck = "The bridge was last repaired more than twenty years ago by the same firm"
    assert deck in _kept([*HEADED, "", deck, "", "By Ann Lee", "", P1, "", P2, "", P3])


def test_a_standfirst_stays_above_short_lines_of_chrome_when_it_tells_the_headline_s_subject():
    # Its byline, its date and the story's tags under it; its "crack" is the headline's.
    deck = "Engineers found a long crack in the main span during a routine inspection last week"
    chrome = ["Share", "Tweet this", "Email", "", "Ann Lee", "The Harbour Times, Monday 4 March 2024 13.04 EDT"]
    chrome += ["Transport", "Local government"]
    assert deck in _kept([*HEADED, "", deck, "", *chrome, "", P1, "", P2, "", P3])
    # A sentence that shares no word with the headline or the first paragraph may be a slogan.
    slogan = "Independent reporting from every corner of our county since the war"
    assert slogan not in _kept([*HEADED, "", slogan, "", *chrome, "", P1, "", P2, "", P3])
    # A longer line below, the story's own headline, says the sentence above it was no standfirst.
    assert deck not in _kept([*HEADED, "", deck, "", *chrome, "A Closer Look at the Span Inspection", "", P1, "", P2])


def test_a_deck_right_above_the_first_paragraph_stays_when_it_says_what_the_paragraph_says():
    # Share counts and a stamp between the headline and the deck: no standfirst by that rule, but
    # the deck names the first paragraph's bridge, engineers and cracks.
    deck = "Engineers will study the cracks in the old bridge for several weeks"
    box = ["2 14 3", "Updated 09:40 pm, Monday 4 March 2024"]
    assert deck in _kept([*HEADED, "", *box, "", deck, "", P1, "", P2, "", P3])
    # Another story's headline there shares a word with it by chance, not two.
    teaser = "Bridge fans gather for the annual summer festival parade"
    assert teaser not in _kept([*HEADED, "", *box, "", teaser, "", P1, "", P2, "", P3])


def test_a_line_above_a_removed_list_of_other_stories_is_no_deck():
    # A related link a rule removed stands between the line and the first paragraph: the line is
    # a photo's caption or the box's, not the deck, whatever words it shares with the paragraph.
    deck = "Engineers will study the cracks in the old bridge for several weeks"
    box = ["2 14 3", "Updated 09:40 pm, Monday 4 March 2024"]
    related = "Related: Ferry times change for the summer"
    assert deck not in _kept([*HEADED, "", *box, "", deck, "", related, "", P1, "", P2, "", P3])
    # A byline or a stamp a rule removed there still leaves it the deck.
    assert deck in _kept([*HEADED, "", *box, "", deck, "", "By Ann Lee", "", P1, "", P2, "", P3])


def test_a_deck_stays_above_a_byline_that_joins_two_names_or_a_name_and_its_place():
    # A correspondent's byline names the place ("Ann Lee in Harbourtown") or a second writer ("Ann
    # Lee and Bo Chan") between the deck and its stamp: still a byline, the deck still stays.
    deck = "Engineers will study the cracks in the old bridge for several weeks"
    box = ["2 14 3"]
    stamp = "Updated 09:40 pm, Monday 4 March 2024"
    for byline in ("Ann Lee in Harbourtown", "Ann Lee and Bo Chan"):
        assert deck in _kept([*HEADED, "", *box, "", deck, "", byline, stamp, "", P1, "", P2, "", P3])


def test_web_addresses_alone_right_under_the_last_paragraph_are_the_article_s():
    # The sites the last paragraph names, each on its own line under it: the article's.
    sites = ["http://www.harbourcouncil.example/bridge-report", "www.harbourbridge.example"]
    menu_below = ["Related Posts", "", "Ferry times change for the summer", "Harbour festival dates announced"]
    kept = _kept([*HEADED, "", P1, "", P2, "", P3, "", *sites, "", *menu_below, "", *MENU])
    assert all(site in kept for site in sites)
    # An address under a menu below the article is no source of its text.
    assert sites[1] not in _kept([*HEADED, "", P1, "", P2, "", P3, "", *MENU, "", sites[1]])


def test_a_label_in_bold_and_its_value_are_data_as_a_plain_label_and_value_are():
    # Markdown writes "Role: ..." in a fact box as "**Role:** ...": the run of them under the last
    # paragraph is the article's data, as the same box on a whole page's text is.
    box = []
    for name, pilot, film in (("Ann Lee", "harbour", "The Bridge"), ("Bob Hale", "ferry", "Low Tide")):
        box += [f"**Actor {name}**", f"**Roots:** Child of a {pilot} pilot", f"**Role:** *{film}*", ""]
    assert line_shape("**Role:** *The Bridge*").data
    bar = "Share | Tweet | Email"
    assert _kept([P1, "", P2, "", P3, "", *box, bar, *MENU]) == [P1, P2, P3, *[b for b in box if b]]


def test_a_sentence_in_italics_ends_as_a_sentence_does():
    # Markdown's emphasis closes after the full stop ("*... spring.*"): the line is still a
    # sentence, the article's closing note, not a teaser headline under it.
    note = "*The bridge will be inspected again by the same engineers in the spring.*"
    assert line_shape(note).sentence
    assert _kept([P1, "", P2, "", P3, "", note, "", "Share | Tweet | Email", *MENU]) == [P1, P2, P3, note]


def test_a_short_post_under_its_headline_stays_when_a_longer_text_stands_after_its_comments():
    # A blog's one-paragraph post, its comment counter in the head, the comments, then a sidebar's
    # long "About" text: the path would begin the article after the comments, under no headline.
    post = "Bridge closure meeting on Friday"
    about = [
        "Harbour Notes is a network of writers in the county who discuss everything from roads to schools.",
        "Our writers are residents, engineers and teachers who have written about the town for many years.",
        "They welcome your feedback, and they read every message that readers send to the editors' address.",
        "The views expressed here are those of the writers and do not reflect the views of the network's owners.",
    ]
    lines = [
        f"{post} | Harbour Notes", "", "Home", "About", "", post, "", "4 Comments", "", "By Jane Roe", "", P1, "",
        "4 Comments Leave a comment", "", "Ann Lee 12 days ago", "", COMMENTS[0], "", "Bo Kim 11 days ago", "",
        COMMENTS[1], "", "Leave a Reply", "", "Archive", "", post, "Older post", "", *about,
    ]  # fmt: skip
    assert _kept(lines)[:1] == [P1]


RELATED = ["Related posts:", "- A new footbridge for the river", "- Council budget meeting moved to March"]


def test_a_counted_comment_heading_after_a_short_posts_related_list_ends_it():
    # A post of one paragraph, its related posts, then "4 Comments": the post has ended.
    lines = [P1, "", *RELATED, "", "4 Comments", "", *COMMENTS]
    assert _kept(lines) == [P1]
    evidence = {r.line: r.evidence for r in clean_lines(lines).removed}
    assert "after a comment section's heading" in evidence[9]


@pytest.mark.parametrize("heading", ["0 comments", "Leave a Reply"])
def test_only_a_heading_counting_comments_ends_a_short_post_under_its_related_list(heading):
    # No comment under "0 comments", and a form's heading counts none: FINAL_WALL_MIN_PROSE holds.
    lines = [P1, "", *RELATED, "", heading, "", *COMMENTS]
    assert COMMENTS[0] in _kept(lines)


def test_a_thread_of_names_each_under_a_date_line_goes():
    # A comment system that writes its signature on two lines: the date, then the name alone.
    thread = []
    for name, comment in zip(["Margaret Hill", "Peter", "Susan Clarke"], COMMENTS, strict=False):
        thread += ["March 3, 2012", name, comment]
    assert _kept([P1, "", P2, "", P3, "", *thread]) == [P1, P2, P3]


def test_two_dates_over_name_like_titles_sign_no_comments():
    # Blog posts' dates over their titles ("Sunday, August 5, 2012" / "London Marathon"): fewer
    # than DATED_NAMES_MIN of them are no thread.
    lines = [P1, "", P2, "", "March 3, 2012", "Peter Street", P3, "", "March 4, 2012", "Susan Road", COMMENTS[0]]
    assert P3 in _kept(lines) and COMMENTS[0] in _kept(lines)


def test_a_timeline_of_people_each_under_a_date_line_stays():
    # An article's entries, each a date, a person's name and what they did: no two on the same day,
    # as comments signed so are (the same thread of names under "March 3, 2012" goes, above).
    entries = []
    for day, name, text in zip(
        ["March 3", "April 14", "May 2"], ["Anna Petrova", "John Hocking", "Mary Chen"], COMMENTS, strict=False
    ):
        entries += [f"{day}, 2008", name, text]
    kept = _kept([P1, "", P2, "", P3, "", *entries])
    assert all(e in kept for e in [*COMMENTS[:3], "John Hocking", "Mary Chen"])


def test_a_legal_footer_and_a_teaser_list_together_under_the_article_end_it():
    # Under the site's footer and a list of other stories, other stories' paragraphs are no part
    # of the article, however much they read as its sentences.
    teasers = [
        "Storm knocks out power across three counties",
        "Thousands of homes were still without electricity on Sunday after the storm passed.",
        "Mayor defends the budget cuts at a packed meeting",
        "The mayor told residents that the cuts were needed to balance the city's books.",
        "School reopens after the summer floods",
        "Pupils went back to their classrooms on Monday after months of repairs.",
    ]
    after = [  # another story's paragraphs, in full sentences
        "The harbour's fishermen said on Friday that the winter season would be the hardest they have known.",
        "Catches were down by half, they said, and the price of fuel for the boats had doubled since the spring.",
        "The ferry company said fuel costs had also pushed up its fares for the third year running on all routes.",
    ]
    footer = "© 2008 Harbour News Ltd. All rights reserved."
    lines = [P1, "", P2, "", P3, "", footer, "", *teasers, "", *after]
    assert _kept(lines) == [P1, P2, P3]
    assert _layout(lines)[len(lines)].startswith("page chrome below the article")


def test_numbered_comment_titles_made_of_each_comments_first_words_end_the_article():
    # A comment system titles each comment with its first words and its number: a thread.
    thread = [
        "2: I have said for years that",
        COMMENTS[0],
        "3: The engineers should have been",
        COMMENTS[1],
        COMMENTS[2],
        "4: Buses will take twenty minutes",
        COMMENTS[3],
        COMMENTS[4],
    ]
    lines = [P1, "", P2, "", P3, "", *thread]
    assert _kept(lines) == [P1, P2, P3]
    assert _layout(lines)[7].startswith("a comment's numbered title, its own first words")


def test_one_numbered_point_repeating_its_paragraphs_opening_is_no_comment_thread():
    # A numbered point of the article whose next line opens with its words: one alone is no thread.
    point = ["1: The council voted on Tuesday", P1]
    lines = [P2, "", P3, "", *point, "", P2]
    assert _kept(lines) == [P2, P3, *point, P2]


def test_rows_of_a_box_drawn_table_of_times_sign_no_comments():
    # A technical post prints a query's output as a box-drawn table; its rows hold a date, a time
    # and a word, as a comment's signature does. Two tables with a sentence between them opened a
    # "comment thread" that took the post's next section with it.
    table = [
        "kind │ when                   │ count",
        "pump │ 2021-03-02 09:15:00+00 │    12",
        "pump │ 2021-03-02 09:14:00+00 │     9",
    ]
    rest = [
        "Once the short runs are gone, fewer rows are left and the ones left matter more to us.",
        "",
        "Counting by Hour",
        "",
        P3,
        "",
        *table,
        "",
        P2,
    ]
    assert not is_signature(table[1])
    kept = _kept([P1, "", P2.replace("Officials", "Engineers"), "", *table, "", *rest])
    assert rest[0] in kept and "Counting by Hour" in kept and P3 in kept


def test_a_run_of_a_sites_blurb_rows_under_the_article_goes():
    # Three layout table rows in a row, each a section's name run into one sentence: the site's
    # own teasers, not the article's paragraphs, though each reads as a sentence.
    rows = [
        "| Weather Watch Check the forecast for your town before you head out in the morning. |",
        "| Daily Puzzles Play our crossword and word search for free every single day. |",
        "| Kitchen Corner Find a new dinner idea from our cooks every week of the year. |",
    ]
    removed = _removed_below_the_article(rows)
    assert removed[7].startswith("a site's blurbs of its sections or other stories")


def test_a_row_of_other_stories_closed_by_the_same_link_goes():
    row = (
        "| Ferry fares frozen The operator said prices would stay the same until the spring. Full Story "
        "| Market reopens Traders returned to the square on Saturday after the repairs. Full Story |"
    )
    assert _removed_below_the_article([row])[7].startswith("a row of other stories' headlines and leads")


def test_a_sites_menu_beside_its_legal_notice_in_one_cell_is_its_footer():
    # Reader mode writes the footer as one cell: the menu's bars escaped, the notice a sentence.
    row = (
        r"| The Daily Post: Home \| About Us \| Archives \| Contacts \| Subscribe Copyright © 2008, The Daily "
        "Post. Republication of the contents of this page is not allowed without the written consent of the paper. |"
    )
    assert _removed_below_the_article([row])[7].startswith("the site's footer: a menu of its pages")


def test_the_page_under_the_count_of_the_articles_pages_is_the_sites():
    below = ["Page 1 of 1", "The partners of our magazine bring you the latest trends in the world of technology."]
    removed = _removed_below_the_article(below)
    assert removed[7].startswith("the count of the article's pages")
    assert removed[8] == "page chrome below the article, which ends at line 5"


def test_a_count_of_pages_above_the_articles_paragraphs_ends_nothing():
    assert _kept(["Page 2 of 3", "", P1, "", P2, "", P3])[-3:] == [P1, P2, P3]


def test_a_count_of_pages_that_a_later_pages_count_follows_ends_nothing():
    # The article's pages all in one text: the first page's count is a page break, not its end.
    page_two = [
        "The council will meet again next month to decide whether the new bridge gets its money.",
        "",
        "Residents who spoke at the hearing said they would keep pressing until the work begins.",
    ]
    kept = _kept([P1, "", P2, "", P3, "", "Page 1 of 2", "", *page_two, "", "Page 2 of 2"])
    assert kept[-2:] == [page_two[0], page_two[2]]


def test_runs_of_yields_only_the_runs_long_enough():
    flags = [True, True, False, True, True, True, False, True, True, True]
    assert list(_runs_of(flags, 3)) == [(3, 6), (7, 10)]
    assert list(_runs_of([], 1)) == []


def test_a_row_of_two_sentences_closed_by_the_same_words_under_the_article_stays():
    # A comparison table closing the article: both cells end "... a year.", a sentence's end, no
    # link's label.
    row = (
        "| The first plan would raise the fee for firms that earn more than a million a year. "
        "| The second plan would cut the fee for firms that earn less than a million a year. |"
    )
    assert _kept([P1, "", P2, "", P3, "", row])[-1] == row


def test_an_opening_sentence_crowded_with_names_right_above_the_first_paragraph_stays():
    # Its names leave it too few function words and lowercase words to score as running text, yet it
    # ends as a sentence and is no headline in Title Case: the article's first line.
    lead = "MAYOR Ann Lee has granted Harbour Police Chief Tom Ray Hale extended leave of absence."
    assert line_score(lead) < 0
    assert _kept([*HEADED, "", lead, "", P1, "", P2, "", P3]) == [lead, P1, P2, P3]
    # The same place under a headline in Title Case, full stop and all: no sentence of the article.
    teaser = "Police Chief Ray Says He Will Return To Work After The Holiday."
    assert teaser not in _kept([*HEADED, "", teaser, "", P1, "", P2, "", P3])


def test_an_opening_sentence_with_a_link_in_it_stays_as_markdown_writes_it():
    # Markdown keeps a link inside the lead's words: still the article's sentence; a line that is
    # mostly a link's text is a teaser's.
    lead = "MAYOR **Ann Lee** has granted [Harbour Police](http://police.example/) Chief Tom Ray extended leave of absence."
    assert _kept([*HEADED, "", lead, "", P1, "", P2, "", P3])[0] == lead
    teaser = "[Harbour Police Chief Tom Ray Hale granted extended leave](http://news.example/2) today."
    assert teaser not in _kept([*HEADED, "", teaser, "", P1, "", P2, "", P3])


def test_a_numbered_list_of_titles_dated_in_brackets_is_no_comment_thread():
    # A post listing earlier posts: each a number, a short title and its date in brackets. A short
    # title beside a stamp was read as a commenter's name signing a comment, and the list's
    # signatures ended the article; a signature names its writer before a bare stamp.
    assert not is_signature("12. The Council Responds (Jan. 18, 2005)")
    assert not is_signature("3) Bridge Notes (May 2004)")
    assert is_signature("Ann Lee Jan 14, 2008") and is_signature("Mike 07.16.12 at 22:07")
    # A numbered comment signed by its writer's name stays a signature: a given name opens it.
    assert is_signature("3. Jane (Jan. 5, 2008)") and is_signature("12. Ann Lee (January 5, 2008)")
    entries = [
        "1. The Council Responds (Jan. 18, 2005)", "2. Bridge Repairs Begin (Feb. 2, 2005)",
        "3. Engineers Find Cracks (Mar. 9, 2005)", "4. Buses Rerouted Again (Apr. 1, 2005)",
        "5. Residents Meet the Mayor (May 6, 2005)", "6. A New Bridge Plan (June 3, 2005)",
    ]  # fmt: skip
    kept = _kept([P1, "", P2, "", P3, "", "Our earlier posts on the bridge, in order:", "", *entries])
    assert kept[-len(entries) :] == entries


def test_a_flattened_tables_column_named_for_comments_opens_no_comment_section():
    # A table written one cell to a line under the sentence that announces it: its last column's
    # name is a comment heading's word and a button's word, and the rows under it are the table's.
    from dossier.comments import comment_walls
    from dossier.lineshapes import DATA_SCORE

    header = ["Bridge", "Lane", "Closed since", "Comment"]
    row = ["North", "east", "March 2012", "Buses take the ring road while the deck is repaired."]
    closing = "The engineers will report to the council in May, and a decision on the repairs is due in the summer."
    table = [P1, P2, "The table below lists each closure and what replaces it:", *header, *row, P3, closing]
    numbers = list(range(1, len(table) + 1))
    prose = [len(t.split()) > 8 for t in table]
    assert comment_walls(table, numbers, [DATA_SCORE + 1.0] * len(table), prose) == set()
    kept = _kept([line for t in table for line in (t, "")])
    assert kept == table
    # The same heading under the article's last paragraph, and no table, still opens the comments.
    assert 3 in comment_walls([P1, P2, "Comments", COMMENTS[0]], [1, 2, 3, 4], [1.0] * 4, [True] * 4)


def test_a_row_of_buttons_under_a_sentence_ending_with_a_colon_names_no_column():
    # Every other line of the run is a button a rule removed: a share row, not a table's header.
    buttons = ["Facebook", "Twitter", "Comment"]
    prompt = "If you found this story useful you can pass it on to your friends with:"
    kept = _kept([P1, "", P2, "", prompt, "", *buttons, "", P3])
    assert not set(buttons) & set(kept)


def test_a_paragraph_wrapped_before_a_number_is_read_as_one_paragraph():
    # "... in the spring of" / "1908 and ...": the first piece is the paragraph's, not a short
    # line above the article that layout leaves out.
    opening = "The old bridge over the river was opened to traffic by the county in the spring of"
    rest = "1908 and carried the main road into the harbour town since then. Engineers found cracks in the deck."
    kept = _kept(["Menu item one", "", opening, rest, P1, P2, P3])
    assert opening in kept


def test_a_list_of_items_each_opening_with_a_number_or_an_age_is_no_wrapped_paragraph():
    from dossier.linejoins import wrapped_sentence

    above = "The old bridge over the river was opened to traffic by the county in the spring of"
    assert wrapped_sentence(above, "1908 and carried the main road into the harbour town since then.")
    # Teasers under each other, each opening with its age or its number.
    teaser = "3 hours ago - Council says the old bridge will stay shut until the spring repairs"
    assert not wrapped_sentence(teaser, "5 hours ago - Buses take the ring road round the harbour town")
    assert not wrapped_sentence(teaser, "4 new stations open on the ring road round the harbour town")
    # An age under a long label opens a teaser, not the label's sentence.
    label = "More stories from the harbour town and the county around it this week"
    assert not wrapped_sentence(label, "5 hours ago - Buses take the ring road round the harbour town")


def test_a_pingback_under_the_article_ends_it_as_a_comment_heading_does():
    # Another blog's excerpt linking to the post, elided at both ends, opens the comments under it,
    # under the linking post's title (alone between the article and the comments, with running text
    # right above and under it, it reads as the article's quotation: see below).
    pingback = "[...] a bridge closed for repairs, as the local paper reports. Read more on our blog [...]"
    link = "[Harbour Notes: the old bridge is shut again](https://example.org/notes/bridge)"
    lines = [P1, "", P2, "", P3, "", link, "", pingback, "", *COMMENTS]
    assert _kept(lines)[:3] == [P1, P2, P3]
    assert not {pingback, *COMMENTS} & set(_kept(lines))
    assert _layout(lines)[9].startswith("another blog's excerpt linking to the post (a pingback)")
    # At the page's end, under the article's last paragraph, too.
    assert _kept([P1, "", P2, "", P3, "", pingback]) == [P1, P2, P3]


def test_a_quotation_elided_at_its_opening_only_does_not_end_the_article():
    quoted = "[...] the bridge will stay closed until the engineers have finished their report, the council said."
    lines = [P1, "", P2, "", P3, "", quoted, "", COMMENTS[0]]
    assert _kept(lines) == [P1, P2, P3, quoted, COMMENTS[0]]


def test_a_quotation_a_paragraph_introduces_with_a_colon_does_not_end_the_article():
    # An article elides what it quotes at both ends as a pingback does: its own paragraph
    # introducing it with a colon tells the quotation.
    intro = "The engineers' report, published on Monday, is blunt about the state of the old bridge:"
    quoted = "[...] the deck shows fatigue in several of its main supports and should carry no traffic [...]"
    after = "The mayor said the full report would be published once lawyers had read it through."
    lines = [P1, "", P2, "", P3, "", intro, "", quoted, "", after]
    assert _kept(lines) == [P1, P2, P3, intro, quoted, after]


def test_a_quotation_elided_at_both_ends_between_the_articles_paragraphs_does_not_end_it():
    # No colon introduces it, but the article's running text stands right above and right under
    # it: a pingback stands among comments, under their heading or signatures, or at the end.
    intro = "The engineers' report, published on Monday, is blunt about the state of the old bridge."
    quoted = "[...] the deck shows fatigue in several of its main supports and should carry no traffic [...]"
    after = "The mayor said the full report would be published once lawyers had read it through."
    lines = [P1, "", P2, "", intro, "", quoted, "", after, "", P3]
    assert _kept(lines) == [P1, P2, intro, quoted, after, P3]


def test_a_thread_of_pingbacks_between_comments_still_ends_the_article():
    first = "[...] a bridge closed for repairs, as the local paper reports. Read more on our blog [...]"
    second = "[...] the harbour town's old bridge is shut again, the council says [...]"
    lines = [P1, "", P2, "", P3, "", first, "", COMMENTS[0], "", second, "", *COMMENTS[1:]]
    assert _kept(lines) == [P1, P2, P3]


def test_a_pingback_under_its_heading_ending_with_a_colon_still_ends_the_article():
    pingback = "[...] a bridge closed for repairs, as the local paper reports. Read more on our blog [...]"
    lines = [P1, "", P2, "", P3, "", "Harbour Notes says:", "", pingback, "", *COMMENTS]
    assert pingback not in _kept(lines)
    assert not set(COMMENTS) & set(_kept(lines))


@pytest.mark.parametrize(
    ("line", "pingback"),
    [
        ("[...] a bridge closed for repairs [...]", True),
        ("  […] the council's report, read it here […]", True),
        ("[...] the court said on Tuesday.", False),  # an article's quotation, elided at its opening
        ("[...]", False),
        ("[...][...]", False),
    ],
)
def test_a_pingback_is_an_excerpt_elided_in_brackets_at_both_ends(line, pingback):
    assert is_pingback(line) is pingback


def test_a_short_post_under_a_link_to_its_comments_stays():
    # A comment counter written as a link above all the page's running text is the post's head,
    # not the comments: the one paragraph under it, too short to pay for passing a comment wall,
    # is the article, and the menus around it go.
    lines = ["Home", "", "[2 Comments](#respond)", "", P1, "", *MENU]
    assert _kept(lines) == [P1]
    # Where the post comes first, the same link still opens the comments under it.
    thread = [P1, "", P2, "", "[2 Comments](#respond)", "", P3, "", *MENU]
    assert P3 not in _kept(thread)


def test_a_line_of_as_many_words_as_a_short_line_may_have_is_short():
    # SHORT_LINE_MAX_WORDS words without a sentence's end: a label or a menu item; one more, and
    # the line is open (it may go on below).
    from dossier.chromelines import _OPEN, _SHORT, SHORT_LINE_MAX_WORDS, _line_shape

    words = ["harbour", "bridge", "ferry", "times", "road", "town", "river"]
    assert _line_shape(" ".join(words[:SHORT_LINE_MAX_WORDS])) == _SHORT
    assert _line_shape(" ".join(words[: SHORT_LINE_MAX_WORDS + 1])) == _OPEN


def test_a_short_sentence_on_a_page_not_in_english_is_a_sentence_without_english_function_words():
    from dossier.lineshapes import SHORT_SENTENCE_SCORE

    line = "Der Hund Schläft Heute."  # no English function word, few lowercase words
    assert line_score(line, english=False) == SHORT_SENTENCE_SCORE
    assert line_score(line, english=True) < SHORT_SENTENCE_SCORE


def test_a_paragraph_written_without_spaces_is_prose_on_an_english_page_from_its_shortest():
    # Chinese or Japanese (a word per two characters) holds no English function words: from
    # PROSE_MIN_WORDS words on it is read as a page not in English reads it.
    from dossier.lineshapes import PROSE_BASE, PROSE_MIN_WORDS

    line = "港口大桥今天关闭了工程师发现裂缝。"
    assert line_shape(line).unspaced and line_shape(line).words == PROSE_MIN_WORDS
    assert line_score(line, english=True) > PROSE_BASE


def test_a_standfirst_of_two_sentences_stays_whole():
    # STANDFIRST_MAX_LINES sentences between the headline and the byline: both are the deck.
    first = "Officials say the repairs could take until the spring to finish"
    second = "Buses will take the ring road round the town in the meantime"
    kept = _kept([*HEADED, "", first, "", second, "", "By Ann Lee", "", P1, "", P2, "", P3])
    assert first in kept and second in kept


def test_a_datelined_opening_as_far_above_the_article_as_it_may_be_is_put_back():
    # OPENING_MAX_LINES_ABOVE lines above the article's first line, a box of chrome between.
    from dossier.keeprules import ARTICLE, BEFORE, OPENING_MAX_LINES_ABOVE, keep_datelined_opening

    first = OPENING_MAX_LINES_ABOVE + 1
    texts = ["Harbour bridge closed after crack found", "HARBOURTOWN — " + P1] + ["Photo"] * (first - 2) + [P2, P3]
    path = [BEFORE] * first + [ARTICLE, ARTICLE]
    prose = [False, True] + [False] * (first - 2) + [True, True]
    keep_datelined_opening(path, texts, prose, headline=0)
    assert path[1] == ARTICLE


POEM = [
    ["I walk the river road at dusk,  ", "And count the lanterns one by one:  ", "Where have the summer swallows gone?  ",
     "The reeds lean low beside the mill,  ", "The heron waits and does not call,  ", "And night comes softly over all."],
    ["The ferry sleeps against the pier,  ", "The bells are silent in the town:  ", "Who rings them when the sun goes down?  ",
     "A lamp is lit in every home,  ", "The road is dark but I am near,  ", "And soon the morning will be here."],
]  # fmt: skip


def test_a_poem_broken_into_verses_with_markdown_line_breaks_is_the_article():
    # Each verse alone is too short for running text; a stanza read whole is a paragraph.
    footer = "We exist to help our readers find the poems and the songs that their grandparents sang at night."
    page = ["* [Home](/)", "* [Poems](/poems)", "", "# The River Road", "", "Posted by [Ann Lee](/ann)", "",
            *POEM[0], "", *POEM[1], "", "* [Older poems](/older)", "* [Newer poems](/newer)", "", footer]  # fmt: skip
    kept = _kept(page)
    assert [verse for stanza in POEM for verse in stanza if verse not in kept] == []


def test_lines_broken_with_markdown_line_breaks_make_a_paragraph_only_three_or_more_in_a_row_and_no_data():
    lines = [
        *POEM[0][:3],
        "",
        "Ann,  ",
        "I agree with every word.",
        "",
        "5km - 17:20  ",
        "10km - 34:46  ",
        "15km - 52:10",
    ]
    numbers = [n for n, t in enumerate(lines, 1) if t.strip()]
    # the stanza's first two verses run on (its third closes it); the salutation and the splits do not
    assert broken_paragraphs(lines, numbers, set()) == {0, 1}
    assert broken_paragraphs(lines, numbers, {2}) == set()  # a line a rule removed breaks the run
    footer = [
        "Example Media Group  ",
        "Example Daily  ",
        "© 2024 Example Media. All rights reserved. Use of this site means you agree.",
    ]
    assert broken_paragraphs(footer, [1, 2, 3], set()) == set()  # a copyright notice is the site's footer


def test_a_long_list_the_article_numbers_itself_between_its_paragraphs_stays():
    # Each item reads as another story's headline with its outlet and date; numbered 1 to 15 in a
    # row, they are the post's own archive, not a site's box of the most read.
    p4 = "The engineers will report back to the council in March with a plan and an estimate of the repairs."
    titles = ["Council Votes To Close The Old Bridge", "Mayor Defends The Bus Routes", "Why The Road Closures Matter"]
    items = [f"{k}. {titles[k % 3]} (Harbour Daily Times, May {k}th, 2004)" for k in range(1, 16)]
    page = [P1, "", P2, "", *items, "", P3, "", p4]
    assert [item for item in items if item not in _kept(page)] == []


def test_points_a_sentence_announces_stay_when_chrome_closes_them_and_the_article_goes_on_below():
    # The path read the points, the related list under them and the rest as a gap in the article.
    lede = "The survey is out, and if you are in a hurry, here are the key points:"
    points = ["Most readers come from search engines", "Social sites send a third of them"]
    texts = [lede, *points, "Related Posts", P2]
    path = [ARTICLE, GAP, GAP, GAP, ARTICLE]
    ends, prose = [False, False, False, True, False], [True, False, False, False, True]
    keep_announced_lists(path, texts, [8.0, -0.75, -0.75, -3.0, 9.0], ends, prose, [False] * 5)
    assert path == [ARTICLE, ARTICLE, ARTICLE, GAP, ARTICLE]
    # a box of one-word tags under the sentence is no list of its points
    path = [ARTICLE, GAP, GAP, GAP, ARTICLE]
    keep_announced_lists(
        path, [lede, "Surveys", "Readers", "Related Posts", P2], [8.0, -1.0, -1.0, -3.0, 9.0], ends, prose, [False] * 5
    )
    assert path == [ARTICLE, GAP, GAP, GAP, ARTICLE]


def test_a_lower_heading_right_under_a_markdown_headline_is_its_deck_however_short():
    # "# Headline" over "## Deck": a Markdown rendering marks the deck as a heading a level down; a
    # photo and a share bar stand between it and the first paragraph.
    head = ["Harbour bridge closed after crack found - The Harbour Times", "", *MENU, ""]
    body = ["![](https://example.com/bridge.jpg)", "", "Share", "Tweet", "", P1, "", P2, "", P3]
    deck = "## Repairs may take until spring"
    kept = _kept([*head, "# Harbour bridge closed after crack found", "", deck, "", *body])
    assert deck in kept and "Share" not in kept
    # A linked heading there is another story's teaser, a byline is no deck, and a heading of the
    # headline's own level is no lower heading.
    for other in (
        "## [Ferry times change for summer](https://example.com/ferry)",
        "### By Ann Lee",
        "# Repairs may take until spring",
    ):
        assert other not in _kept([*head, "# Harbour bridge closed after crack found", "", other, "", *body])


def test_a_gallery_of_pictures_each_under_its_own_heading_is_the_article_s():
    # A post's gallery in Markdown: a short heading over each picture, the article's text above and
    # under it. The pictures stay out (their rule's); their headings come back.
    names = ["Old Bridge", "North Pier", "Ferry Slip", "Lock Gates", "Harbour Wall", "Tide Mill"]
    gallery = []
    for k, name in enumerate(names):
        gallery += [f"### {name}", "", f"[![](https://example.com/p{k}.jpg)](https://example.com/photos/{k})", ""]
    closing = "Engineers expect to send their findings to the council in a report before the end of the month."
    kept = _kept([*HEADED, "", P1, "", P2, "", *gallery, P3, "", closing])
    assert all(f"### {name}" in kept for name in names)
    assert not any("example.com/p0.jpg" in line for line in kept)
    # Headings that link to other stories are teasers, not the article's gallery.
    teasers = [f"### [{line[4:]}](https://example.com/s)" if line.startswith("### ") else line for line in gallery]
    kept = _kept([*HEADED, "", P1, "", P2, "", *teasers, P3, "", closing])
    assert not any(line.startswith("### [") for line in kept)


# A rule's line under the article: "Tweet" scores RULE_SCORE once its rule removes it, above the
# -1.0 of a fragment kept; the path then took in the chrome under it when a line of it reads as a
# sentence (a trackback section's "Other blogs that link to ...:").
UNDER_TWEET = [P1, "", P2, "", "Tweet", "", "Posted by Ann Lee on May 9, 2012 | Permalink", "", "TRACKBACKS", "",
               "Other blogs that link to the story about the old bridge:"]  # fmt: skip


def test_a_rule_removing_a_button_under_the_article_takes_in_no_chrome_below_it():
    removed = {5: Removal(5, "Tweet", "share", "share buttons", "boilerplate")}
    states = read_layout(UNDER_TWEET, removed).states
    assert [n for n, state in states.items() if state == ARTICLE] == [1, 3]
    # ...as where no rule removed it.
    assert [n for n, state in read_layout(UNDER_TWEET, {}).states.items() if state == ARTICLE] == [1, 3]


def test_a_rule_removed_line_scores_no_higher_than_it_scores_kept():
    lines = ["Tweet", P1]
    removed = {n: Removal(n, t, "share", "share buttons", "boilerplate") for n, t in enumerate(lines, 1)}
    assert scores_unlifted(lines, [1, 2], [RULE_SCORE, RULE_SCORE], removed, True) == [line_score("Tweet"), RULE_SCORE]


def test_captions_between_the_articles_paragraphs_head_no_list_of_other_stories():
    # A reader-mode text keeps each picture's caption over the paragraph under it: three such pairs
    # are no list of other stories' headlines with their leads, and the paragraphs stay.
    captions = [
        "Image caption Crews worked through the night on the lines",
        "Enlarge this image of the flooded road near the river",
        "Image caption A shelter opened in the school on Main Street",
    ]
    later = [
        "Schools in three districts were closed for the day, and several shelters opened for families.",
        "The weather service said a second, weaker storm could reach the area on Thursday night.",
    ]
    lines = ["Storm leaves thousands without power", ""]
    for caption, paragraph in zip(captions, [P1, P2, P3], strict=True):
        lines += [caption, "", paragraph, ""]
    assert _kept([*lines, later[0], "", later[1]]) == [P1, P2, P3, *later]
