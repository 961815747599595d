"""A line repeated across the corpus is chrome, except a syndicated story's headline and date."""

from __future__ import annotations

from dossier.clean import CleanOptions, clean_lines, common_lines

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
