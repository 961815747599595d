"""Unit tests for dossier.corpusdates: a numeric date read in the order the corpus's dates tell."""

from __future__ import annotations

from dossier.corpusdates import RULE, dated_by_corpus
from dossier.model import Article, Field


def _article(date: str | None = None, readings: tuple[str, ...] = ()) -> Article:
    return Article(
        source_file="x.txt",
        sha256="0",
        slug="x",
        paragraphs=(),
        removed=(),
        date=Field(date, 3 if date else None, "date-line" if date else None),
        date_readings=tuple(Field(r, 7, "date-line") for r in readings),
    )


DATED = [_article("2008-01-08"), _article("2008-01-09"), _article("2008-01-14")]


def test_the_reading_near_the_corpus_dates_fills_the_date():
    found = dated_by_corpus([*DATED, _article(readings=("2008-10-01", "2008-01-10"))])[-1]
    assert found.date == Field("2008-01-10", 7, RULE)


def test_two_readings_near_the_corpus_dates_leave_it_empty():
    # 02/01/2008: 1 February or 2 January, both within a month of the corpus's dates.
    found = dated_by_corpus([*DATED, _article(readings=("2008-02-01", "2008-01-02"))])[-1]
    assert found.date.value is None


def test_too_few_dated_sources_tell_nothing():
    found = dated_by_corpus([*DATED[:2], _article(readings=("2008-10-01", "2008-01-10"))])[-1]
    assert found.date.value is None


def test_the_corpus_middle_date_is_not_moved_by_one_far_source():
    far = [_article("2011-06-01")]
    found = dated_by_corpus([*DATED, *far, _article(readings=("2008-10-01", "2008-01-10"))])[-1]
    assert found.date.value == "2008-01-10"


def test_a_corpus_of_many_years_tells_no_order():
    # The middle date (2015-03-18) gathers none of the others: pages of many events, not one.
    spread = [_article("2013-09-29"), _article("2014-06-01"), _article("2015-03-18"), _article("2017-01-13")]
    spread += [_article("2020-11-11")]
    found = dated_by_corpus([*spread, _article(readings=("2015-03-11", "2015-11-03"))])[-1]
    assert found.date.value is None
