"""dossier.timeline: the days a page names, with the year taken from the page only when it is missing."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.timeline import find_dated_statements

D = dt.date
PUBLISHED = D(2016, 1, 4)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The vote was held on September 3, 2015.", [(D(2015, 9, 3), True)]),
        ("It was signed on 5 September 2015 in Geneva.", [(D(2015, 9, 5), True)]),
        ("Nothing happened on 3 Sept. 2015.", [(D(2015, 9, 3), True)]),  # not also read as a yearless day
        ("Officials said on December 30 that talks would resume.", [(D(2015, 12, 30), False)]),
        ("The summit opens on Jan. 20 in Davos.", [(D(2016, 1, 20), False)]),  # within FUTURE_DAYS: this year
        ("The ceasefire of 3rd of March held.", [(D(2015, 3, 3), False)]),  # two months ahead: last year
        ("The ceasefire will hold until 3rd of March.", [(D(2016, 3, 3), False)]),  # ahead by its verb
        ("The talks are set to open on June 5 in Oslo.", [(D(2016, 6, 5), False)]),
        ("The talks opened on June 5, and both will meet again.", [(D(2015, 6, 5), False)]),  # verb after it
        ("It may 3 times fail.", []),  # the verb, not the month
        ("Meeting on May 3 then.", [(D(2015, 5, 3), False)]),
        # A month with its year; "on Tuesday" counted back from the page's date (Monday 2016-01-04).
        ("Sales rose in March 2015 and on Tuesday.", [(D(2015, 3, 1), True), (D(2015, 12, 29), False)]),
        ("The deadline of February 30 passed.", []),  # no such day
        ("At 10:30 on June 5 the polls closed.", [(D(2015, 6, 5), False)]),
    ],
)
def test_days_in_a_paragraph(paragraph: str, expected: list[tuple[dt.date, bool]]) -> None:
    found = find_dated_statements("p.md", f"{paragraph}\n{{: #L4 }}", PUBLISHED)
    assert [(s.date, s.year_given) for s in found] == expected
    assert all(s.anchor == "L4" and s.sentence == paragraph for s in found)


def test_without_a_page_date_only_explicit_dates_are_read() -> None:
    found = find_dated_statements("p.md", "On Sept. 3 and on September 4, 2015 it rained.", None)
    assert [s.date for s in found] == [D(2015, 9, 4)]


def test_headings_and_code_are_not_read_and_each_sentence_is_its_own_statement() -> None:
    markdown = "# On March 4, 2015\n\n```\nJune 5, 2015\n```\n\nFirst on May 1, 2015. Then on May 2, 2015."
    found = find_dated_statements("n.md", markdown, None)
    assert [(s.date, s.sentence, s.anchor) for s in found] == [
        (D(2015, 5, 1), "First on May 1, 2015.", None),
        (D(2015, 5, 2), "Then on May 2, 2015.", None),
    ]


def test_an_abbreviation_stop_does_not_cut_the_sentence_a_day_is_quoted_in() -> None:
    markdown = "In May 2015, at the harbour summit, U.S. envoys met at 4 p.m. Friday. Talks ended on May 9, 2015."
    found = find_dated_statements("n.md", markdown, None)
    assert [(s.date, s.sentence) for s in found] == [
        (D(2015, 5, 1), "In May 2015, at the harbour summit, U.S. envoys met at 4 p.m. Friday."),
        (D(2015, 5, 9), "Talks ended on May 9, 2015."),
    ]
