"""A line repeated across the corpus is chrome, except a syndicated story's headline and date."""

from __future__ import annotations

from dossier.clean import CleanOptions, clean_lines
from dossier.repeatedlines import common_lines

STORY = [
    "Flood waters reach the old town as river breaks its banks",
    "",
    "March 4, 2021",
    "",
    "The river rose two metres overnight and broke through the barriers near the bridge, officials said.",
    "",
    "Your river valley voice since 1887",
]


def test_syndicated_headline_and_date_survive_corpus_repetition() -> None:
    options = CleanOptions(common_lines=common_lines([STORY, STORY, STORY]))
    cleaned = clean_lines(STORY, options)
    assert cleaned.title.value == STORY[0]
    rules = {r.line: r.rule for r in cleaned.removed}
    assert rules[3] == "date-line"  # still a date line, so metadata reads the date from it
    assert rules[7] == "corpus-repeated"  # site chrome repeated in every copy goes
    assert [k.number for k in cleaned.kept] == [5]  # the wire sentence stays in every copy


WRAPPED = [
    "Flood waters reach the old town as river breaks its banks",
    "",
    "The river rose two metres overnight and broke through the",
    "barriers near the bridge, officials said on Tuesday morning,",
    "and residents of the lower streets were told to leave.",
    "",
    "Your river valley voice since 1887",
]


def test_a_paragraph_wrapped_alike_in_every_copy_is_not_chrome() -> None:
    # Wire copy wrapped at the same width in three sources repeats line for line; its pieces run on
    # into each other, which a button or a label does not.
    options = CleanOptions(common_lines=common_lines([WRAPPED, WRAPPED, WRAPPED]))
    cleaned = clean_lines(WRAPPED, options)
    assert [k.number for k in cleaned.kept] == [3, 4, 5]
    assert {r.line: r.rule for r in cleaned.removed}[7] == "corpus-repeated"


ESSAY = [
    "Why the canal froze early this winter",
    "",
    "The canal froze three weeks earlier than usual this year, and the boatmen who work it say they cannot remember a colder start.",
    "",
    "Engineers at the lock blame a dry autumn that left the water low and slow, so that it lost its heat within a few nights.",
    "",
    "Conclusion",
    "",
    "A low canal cools faster than a full one, and the autumn rain decides more about the ice than the winter does.",
    "",
    "The lock keepers will open the sluices earlier next year to keep the level up before the first frost comes.",
    "",
    "About Becky",
    "",
    "Becky writes about the waterways of the north and keeps a narrowboat at the lower basin with her two dogs.",
]
#: Two other texts of the corpus: each carries the essay's last heading and the author box.
OTHERS = [
    ["Conclusion", "About Becky", "Becky writes about the waterways."],
    ["Conclusion", "About Becky", "Another story."],
]


def test_a_section_heading_other_texts_carry_stays_between_the_articles_paragraphs() -> None:
    # "Conclusion" stands in many essays of a corpus; under two paragraphs of the article and over
    # two more (the section it heads) it is the article's heading, not chrome.
    options = CleanOptions(common_lines=common_lines([ESSAY, *OTHERS]))
    cleaned = clean_lines(ESSAY, options)
    kept = [k.number for k in cleaned.kept]
    assert 7 in kept
    # A box's heading over a single paragraph (an author box under the article) still goes.
    assert {r.line: r.rule for r in cleaned.removed}[13] == "corpus-repeated"


def test_a_repeated_heading_over_one_paragraph_is_not_given_back() -> None:
    short = ESSAY[:9]  # "Conclusion" heads one paragraph only: no section under it
    options = CleanOptions(common_lines=common_lines([short, *OTHERS]))
    cleaned = clean_lines(short, options)
    assert {r.line: r.rule for r in cleaned.removed}[7] == "corpus-repeated"


def test_a_letters_closing_repeated_across_sources_is_not_chrome() -> None:
    # Open letters in three sources all close with "Sincerely,": the letter's own words, not the
    # site's. A tag list's items end with a comma as well, and still go.
    letter = [
        "Dear neighbours, the council will close the old bridge for repairs from Monday onwards.",
        "",
        "Sincerely,",
        "",
        "Ann Lee",
        "",
        "bridges,",
    ]
    options = CleanOptions(common_lines=common_lines([letter, letter, letter]))
    rules = {r.line: r.rule for r in clean_lines(letter, options).removed}
    assert 3 not in rules and rules.get(7) is not None


def test_a_repeated_section_heading_under_a_list_item_stays() -> None:
    # The section before it closes with a list's item, not a paragraph: the heading still opens the
    # next section of the article.
    item = "- Open the sluices early."
    text = [*ESSAY[:5], "", item, "", *ESSAY[6:]]
    options = CleanOptions(common_lines=common_lines([text, *OTHERS]))
    kept = [k.text for k in clean_lines(text, options).kept]
    assert item in kept and "Conclusion" in kept


BOLD_QUESTIONS = [
    "Harbour bridge to close for repairs",
    "",
    "**What did the engineers find?**",
    "",
    "The council closed the harbour bridge on Tuesday after engineers found cracks in two of its piers.",
    "",
    "**Harbour Desk Weekly**",
]


def test_a_bold_question_repeated_across_the_corpus_is_read_as_the_sentence_it_is() -> None:
    # A Markdown rendering bolds a post's question subheadings; "What did the engineers find?" ends as a
    # sentence does, in bold or not, and stays. A bold label without a sentence's end goes.
    options = CleanOptions(common_lines=common_lines([BOLD_QUESTIONS, BOLD_QUESTIONS, BOLD_QUESTIONS]))
    cleaned = clean_lines(BOLD_QUESTIONS, options)
    assert [k.number for k in cleaned.kept] == [3, 5]
    assert {r.line: r.rule for r in cleaned.removed}[7] == "corpus-repeated"


def test_a_post_numbering_its_own_sections_keeps_its_numbers() -> None:
    # Each post of a blog numbers its parts "<1>", "<2>", "<3>" on lines of their own, so every post
    # repeats them; with a paragraph of the post between each two they are the post's.
    post = [
        "Three things I learned at the harbour this week",
        "",
        "<1>",
        "The ferry now leaves from the north pier, and nobody told the passengers until the morning it moved.",
        "<2>",
        "The fish market opens an hour earlier in summer, which the stall holders say suits the restaurants.",
        "<3>",
        "The old crane by the lock will be kept as a monument after the council voted to repair it.",
    ]
    options = CleanOptions(common_lines=common_lines([post, post, post]))
    assert {3, 5, 7} <= {k.number for k in clean_lines(post, options).kept}


def test_a_most_read_list_numbering_headlines_loses_its_numbers() -> None:
    # A "most read" list numbers other stories' headlines, not paragraphs of the text: the numbers,
    # repeated on every page of the site, are chrome.
    page = [
        "The ferry moves to the north pier",
        "",
        "The ferry now leaves from the north pier, and nobody told the passengers until the morning it moved.",
        "",
        "1",
        "Storm closes the coast road",
        "2",
        "New bridge opens in June",
        "3",
        "Schools shut early",
    ]
    options = CleanOptions(common_lines=common_lines([page, page, page]))
    rules = {r.line: r.rule for r in clean_lines(page, options).removed}
    assert all(n in rules for n in (5, 7, 9))


def test_a_keyword_of_a_fenced_code_sample_repeated_across_the_corpus_stays() -> None:
    # Three posts of one corpus show SQL samples whose "FROM" stands alone on its line: inside a
    # Markdown code fence it is the sample's line, not a site's label. The same word outside a
    # fence, and after a fence that never closes, is still read as chrome.
    post = [
        "The query below counts the orders of each customer in the last month of the year.",
        "",
        "```sql",
        "SELECT customer, count(*)",
        "FROM",
        "    orders",
        "```",
        "",
        "FROM",
        "",
        "```",
        "FROM",
    ]
    options = CleanOptions(common_lines=common_lines([post, post, post]))
    rules = {r.line: r.rule for r in clean_lines(post, options).removed}
    assert 5 not in rules
    assert rules.get(9) == "corpus-repeated" and rules.get(12) == "corpus-repeated"


POST = [
    "Harbour festival moves to the old quay this summer",
    "",
    "The festival will open on the old quay in June, the organisers said on Monday evening.",
    "",
    "Digg This | Save to del.icio.us",
]


def test_a_bookmark_bar_the_corpus_repeats_is_the_corpus_rules() -> None:
    # The layout weighs a line rule's removal as firm chrome and a repeated line as a weaker sign:
    # a bar of the old bookmarking sites that the corpus repeats is left to the corpus rule, as it
    # was before the bookmark rule knew it; alone, the bar is the bookmark rule's.
    alone = {r.line: r.rule for r in clean_lines(POST).removed}
    assert alone[5] == "bookmark-bar"
    options = CleanOptions(common_lines=common_lines([POST, POST, POST]))
    repeated = {r.line: r.rule for r in clean_lines(POST, options).removed}
    assert repeated[5] == "corpus-repeated"
