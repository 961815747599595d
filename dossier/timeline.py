"""Dated statements: the sentences of a page that name a day or a month, for the timeline view.

An explicit date ("September 3, 2015", "3 Sept 2015", "2015-09-03") is taken as written, and so
is a month with its year ("in May 2015": a statement about the month, no day). A day without its
year ("on Sept. 3", "3 September") gets the year of the page's own date, or the year before when
that would put it more than `FUTURE_DAYS` after the page was published (a story written on
January 4 about "December 30" means the December just gone), unless a verb before it in its
sentence puts the day ahead of the writing ("the festival will open on Feb. 14"). A relative day ("on Friday", "last
Thursday", "yesterday") is resolved against the page's own date: a weekday is the last such day
on or before it ("last Thursday": before it), "yesterday" the day before; "next Monday" and the
like are not read, nor a weekday after a verb that puts it ahead ("will", "set to", "starting").
Such a statement keeps the words it came from, so the reader can judge the reading (the page's
date is that of the source, not always of the writing). Without a page date neither a yearless
nor a relative day is read: the timeline never guesses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import MONTH_NAME, find_dates, find_months, month_number, weekday_number
from .paragraphs import Paragraph, paragraphs, sentence_at, sentence_bounds

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


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A relative day: a weekday (capitalised, after "on", "last", "this past", "late", "early" or on its
#: own) or "yesterday"; not one after "next", "this coming", "every", "on a" (a habit, the future).
_RELATIVE = re.compile(
    r"(?<![\w-])(?:(?P<cue>last|this past|on|late|early|since|by)\s+)?(?P<day>" + "|".join(_WEEKDAYS) + r")\b"
    r"|(?<![\w-])(?P<yesterday>[Yy]esterday)\b"
)
#: Characters before a weekday read for a word that puts it ahead ("this coming" and its spaces).
NOT_PAST_REACH = 40
_NOT_PAST = re.compile(r"(?:\bnext|\bthis coming|\bcoming|\bevery|\bon a|\bon an|\bfollowing|\buntil)\s*$", re.I)
#: ...and, in its sentence up to this many characters before it, for a verb that tells the day is
#: ahead of the writing ("the squad is set to leave on Wednesday", "a game starting on Thursday",
#: "he will resign on Friday"): counting back would put it a week early, so it is not read. A day
#: without its year after such a verb ("will open on Feb. 14") keeps the page's year however far
#: ahead: read as last year's it would be a year early.
FUTURE_REACH = 60
_FUTURE = re.compile(
    r"\b(?:will|shall|set to|due to|scheduled|expected to|plans? to|planning to|going to|starting|starts)\b"
    r"(?![^.!?]*[.!?]\s)",
    re.I,
)

#: How a statement's date was read.
WRITTEN = "written"  # the date as written, with its year
YEAR_FROM_PAGE = "year from the source"  # a day without its year, the year from the page's date
RESOLVED = "resolved"  # a relative day, counted from the page's date


@dataclass(frozen=True, slots=True)
class DatedStatement:
    date: dt.date  # the day; for a month, its first day
    page: str
    anchor: str | None
    sentence: str
    year_given: bool  # False when the year was taken from the page's date (or the day resolved from it)
    month_only: bool = False  # "in May 2015": the month is named, not a day
    how: str = WRITTEN  # WRITTEN, YEAR_FROM_PAGE or RESOLVED
    words: str = ""  # the words the date was read from, for a day not written in full


def find_dated_statements(
    page: str, markdown: str, published: dt.date | None, paras: Sequence[Paragraph] | None = None
) -> list[DatedStatement]:
    """Return the sentences of a page that name a day, one per (day, sentence), in order.

    `paras` are the page's `paragraphs`, when the caller has read them for other readers too.
    """
    found: dict[tuple[dt.date, bool, str], DatedStatement] = {}
    for para in paragraphs(markdown) if paras is None else paras:
        text = para.text
        days: list[tuple[int, dt.date, bool, str, str]] = []  # offset, date, month only, how, words
        if _DIGIT.search(text):  # every written date holds a digit; most paragraphs hold none
            days += [(offset, date, False, WRITTEN, "") for offset, date in find_dates(text)]
            days += [(start, date, True, WRITTEN, "") for start, _, date in find_months(text)]
            if published is not None:
                days += [(m.start(), d, False, YEAR_FROM_PAGE, _words(m)) for m in _YEARLESS.finditer(text)
                         if (d := _yearless(m, text, published))]  # fmt: skip
        if published is not None and ("day" in text or "Yesterday" in text):
            days += [(m.start(), d, False, RESOLVED, _words(m)) for m in _RELATIVE.finditer(text)
                     if (d := _relative(m, text, published))]  # fmt: skip
        bounds = sentence_bounds(text) if days else []  # read once: once per date is quadratic in a long one
        for offset, date, month_only, how, words in sorted(days, key=lambda d: d[0]):
            sentence = sentence_at(text, offset, SENTENCE_MAX_CHARS, bounds)
            statement = DatedStatement(date, page, para.anchor, sentence, how == WRITTEN, month_only, how, words)
            found.setdefault((date, month_only, sentence), statement)
    return list(found.values())


def _words(m: re.Match[str]) -> str:
    return " ".join(m.group(0).split())


def _ahead(text: str, start: int) -> bool:
    """A verb in the sentence, up to FUTURE_REACH characters before `start`, puts the day ahead."""
    return _FUTURE.search(text, max(0, start - FUTURE_REACH), start) is not None


def _relative(m: re.Match[str], text: str, published: dt.date) -> dt.date | None:
    """Resolve a relative day against the page's date; None for one that may lie ahead."""
    if m["yesterday"]:
        return published - dt.timedelta(days=1)
    # What precedes the day, read back NOT_PAST_REACH characters (searching from the paragraph's
    # start, once per weekday, was quadratic in a long paragraph).
    not_past = _NOT_PAST.search(text, max(0, m.start() - NOT_PAST_REACH), m.start())
    if not_past and not m["cue"]:
        return None  # "next Monday", "every Friday"
    if (m["cue"] or "").lower() == "on" and not_past:
        return None  # "until on Monday"
    if (m["cue"] or "").lower() not in ("last", "this past") and _ahead(text, m.start()):
        return None  # "set to leave Sydney on Wednesday"
    back = (published.weekday() - weekday_number(m["day"])) % 7
    if back == 0 and (m["cue"] or "").lower() == "last":
        back = 7  # "last Thursday" written on a Thursday is a week ago
    return published - dt.timedelta(days=back)


def _yearless(m: re.Match[str], text: str, published: dt.date) -> dt.date | None:
    month = month_number(m["month"] or m["month2"])
    day = int(m["day"] or m["day2"])
    if (m["month"] or m["month2"]).lower() == "may" and m["day2"] is None and not m.group(0)[0].isupper():
        return None  # "may 3" in running text is the verb
    try:
        date = dt.date(published.year, month, day)
        if (date - published).days > FUTURE_DAYS and not _ahead(text, m.start()):
            date = dt.date(published.year - 1, month, day)
    except ValueError:  # February 30, or February 29 in a common year
        return None
    return date
