"""Dated statements: the sentences of a page that name a calendar day, for the timeline view.

An explicit date ("September 3, 2015", "3 Sept 2015", "2015-09-03") is taken as written. A day
without its year ("on Sept. 3", "3 September") gets the year of the page's own date, or the year
before when that would put it more than `FUTURE_DAYS` after the page was published (a story
written on January 4 about "December 30" means the December just gone). Without a page date a
yearless day is skipped: the timeline never guesses a year. Weekdays and relative days ("on
Tuesday", "yesterday") are not read: telling their date needs the page's exact day and the
writer's time zone, and a wrong date in a timeline misleads more than a missing one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import MONTH_NAME, find_dates, month_number
from .paragraphs import Paragraph, paragraphs, sentence_at

#: A yearless day more than this many days after the page's date is read as last year's. A month
#: covers announced events ("the vote on October 2") without turning last December into next.
FUTURE_DAYS = 31
#: A sentence longer than this is cut (the timeline shows one line per statement).
SENTENCE_MAX_CHARS = 300

_DIGIT = re.compile(r"\d")
# A month name followed or preceded by a day, and not by a year (those are explicit dates).
# "May" is a month only with a day beside it; "March 2015" (no day) is not a day.
_YEARLESS = re.compile(
    rf"(?<![\w.]){MONTH_NAME}\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)(?![:\d])"
    rf"|(?<![\w.,])(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME.replace('month', 'month2')}\b\.?"
    rf"(?!\.?\s*,?\s*(?:19|20)\d\d)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DatedStatement:
    date: dt.date
    page: str
    anchor: str | None
    sentence: str
    year_given: bool  # False when the year was taken from the page's date


def find_dated_statements(
    page: str, markdown: str, published: dt.date | None, paras: Sequence[Paragraph] | None = None
) -> list[DatedStatement]:
    """Return the sentences of a page that name a day, one per (day, sentence), in order.

    `paras` are the page's `paragraphs`, when the caller has read them for other readers too.
    """
    found: dict[tuple[dt.date, str], DatedStatement] = {}
    for para in paragraphs(markdown) if paras is None else paras:
        text = para.text
        if not _DIGIT.search(text):
            continue  # every date this module reads holds a digit; most paragraphs hold none
        days = [(offset, date, True) for offset, date in find_dates(text)]
        if published is not None:
            days += [(m.start(), d, False) for m in _YEARLESS.finditer(text) if (d := _yearless(m, published))]
        for offset, date, year_given in sorted(days, key=lambda d: d[0]):
            sentence = sentence_at(text, offset, SENTENCE_MAX_CHARS)
            found.setdefault((date, sentence), DatedStatement(date, page, para.anchor, sentence, year_given))
    return list(found.values())


def _yearless(m: re.Match[str], published: dt.date) -> dt.date | None:
    month = month_number(m["month"] or m["month2"])
    day = int(m["day"] or m["day2"])
    if (m["month"] or m["month2"]).lower() == "may" and m["day2"] is None and not m.group(0)[0].isupper():
        return None  # "may 3" in running text is the verb
    try:
        date = dt.date(published.year, month, day)
        if (date - published).days > FUTURE_DAYS:
            date = dt.date(published.year - 1, month, day)
    except ValueError:  # February 30, or February 29 in a common year
        return None
    return date
