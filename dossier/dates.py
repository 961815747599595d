"""Find and normalise explicit calendar dates in a line of text (never relative days)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cached_property, lru_cache
from itertools import chain

from .lineshapes import MONTH_NAMES, without_links

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: Two dates found less than this many characters apart are one date read by two patterns
#: ("3 September 2015" and "September 2015").
OVERLAP_CHARS = 20
#: A line longer than this is not a date stamp nor a date alone: the longest stamps pages print
#: ("Published 7:46 PM EDT, Thursday, September 14, 2023 · Updated ... · 4 min read") run under 200
#: characters, and reading a paragraph of megabytes with a dozen patterns to find that out took
#: seconds.
STAMP_MAX_CHARS = 1000
#: A stamp with words besides its dates is short: at most this many words in all ("By Jane Roe |
#: Published 01/13/2008 | Community News | 4 comments").
STAMP_MAX_WORDS = 16
#: A month's name, full or abbreviated, in a group named `month` (without the abbreviation's dot).
MONTH_NAME = rf"(?P<month>{MONTH_NAMES})"
_MONTH = MONTH_NAME + r"\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A year ends at a word boundary, or runs straight into a clock time or the next date when a
#: page glued the two together ("March 3, 20224:52 PM UTC", "5 Mar 20245 Mar 2024").
#: What a date's pattern may open with, tested first (a month's first letter, a figure): one test
#: at each character of a line instead of "\b" and the pattern's first alternatives, the same
#: matches (on the tune texts and the generated corpus the patterns it opens took a quarter to a half
#: less time; every date pattern reads every line with a year).
_MONTH_OPENS = r"(?=[jfmasond])"  # in patterns that ignore case
_FIGURE_OPENS = r"(?=\d)"
_YEAR_END = r"(?:\b|(?=[0-2]?\d:\d\d)|(?=[0-3]?\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?:\b|(?=T\d))"),  # 2015-09-05, 2015-9-4, 2023-03-02T16:45
    # September 5, 2015; "January 9 , 2008", "January 10. 2008" and "Nov. 6,2012" as some mastheads
    # and stamps type it
    re.compile(rf"{_MONTH_OPENS}\b{_MONTH}\s+{_DAY}\s?(?:[,.]?\s+|,){_YEAR}{_YEAR_END}", re.I),
    re.compile(rf"{_FIGURE_OPENS}\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_YEAR_END}", re.I),  # 5 September 2015
    re.compile(rf"\b{_DAY}(?P<sep>[-/]){_MONTH}(?P=sep){_YEAR}\b", re.I),  # 14-Jan-2008, 14/Jan/2008
    # 20080109 15:24: ISO 8601's basic form, read only with its clock time (alone, eight digits are
    # as likely an id or a count)
    re.compile(r"(?<![\w.,-])(?P<year>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[T ][0-2]\d:[0-5]\d\b)"),
    re.compile(rf"\b{_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b"),  # 2015/09/05 (also url paths)
    # 22Oct12: a blog's compact stamp, the day, the month's abbreviation and the year's last two
    # digits run together
    re.compile(rf"{_FIGURE_OPENS}\b(?P<day>[0-3]?\d)(?-i:(?=[A-Z])){MONTH_NAME}(?P<yy>\d\d)\b", re.I),
)
#: A character one of which every match of the `_PATTERNS` at the same place holds ("": none that
#: is rare): a line without any of them is not scanned with that pattern, which could match nothing
#: there (a quick test: most lines with a year have no "-", "/" or ":").
_PATTERN_NEEDS = ("-", "", "", "-/", ":", "/", "")
#: 06/03/2023, 6.3.2023, 06-03-2023: day and month can only be told apart by evidence (below).
_NUMERIC = re.compile(
    _FIGURE_OPENS + r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
#: 15/01/08, 15.01.08, 1/8/08: the same with the year's last two digits, between slashes or dots
#: only, each part two digits between dots (not a version, "2.6.24", nor part of a longer run,
#: "1.15.01.08"); a source line's "Harbour Weekly 1/8/08" writes day and month with one digit.
_NUMERIC_YY = re.compile(
    r"(?<![\d/.-])(?=\d\d\.\d\d\.|\d\d?/\d\d?/)(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d\d)\b(?![/.]\d)"
)
#: A 24-hour clock time ("14:05", "09.30 BST", no am/pm) is written where dates are day-first:
#: US pages, the only month-first convention, write 12-hour times with am/pm.
_CLOCK_24H = re.compile(r"(?<![\d:.])(?:[01]\d|2[0-3])[:.][0-5]\d(?![\d:.])(?!\s*[ap]\.?m\b)", re.I)
_CLOCK_12H = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.I)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/")
#: A weekday's name, full or cut ("Monday", "Tues.", "Thurs,"), in a pattern that ignores case.
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
#: (Its zone is in capitals even where the pattern ignores case: "6:08 PM The two engines ..." has none.)
_TIME = r"(?:\d{1,2}[:.]\d\d(?::\d\d)?\s*+(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*+(?-i:[A-Z]{2,4}\b|GMT[+-]?\d*|UTC[+-]?\d*)?"
#: A clock time right after a date: "January 8, 2008 3:20 AM", "Jan. 15, 2008, 10:42 a.m. ET".
TIME_AFTER = re.compile(rf"^\s*+(?:at|,|-|–|—|\|)?\s*{_TIME}", re.I)
#: A clock time right before a date: "ASSOCIATED PRESS 3:56 a.m. January 8, 2008".
TIME_BEFORE = re.compile(rf"(?<![\w:.]){_TIME}\s*+(?:(?:,|-|–|—|\|)\s*+)?$", re.I)
#: A line that holds nothing but a date (and perhaps a weekday, a time and a stamp word), matched
#: up to its last word character (`_word_end`): the line's closing marks are cut off first, not
#: matched by a closing "\W*+$" tried after each character of the date (a run of marks inside the
#: line was read again from each of its characters: quadratic).
_DATE_ONLY = re.compile(
    rf"^\W*(?:(?:published|posted|first published|date)\s*:?\s*)?(?:on\s+)?(?:{WEEKDAY}\s*)?(?P<date>\s|.*?\S)"
    rf"(?:\s*+(?:(?:at|,|-|–|—|\|)\s*+)?{_TIME})?$",
    re.I,
)
_WORD_CHAR = re.compile(r"\w")


#: Every date `find_dates` reads holds a year: a text without one is not scanned further. Spelled
#: `(?=\d)(?:(?:19|20)\d\d|\d[a-z]{3}\d\d\b|\d[/.]\d\d\b)` it finds the same matches (every
#: alternative opens with a figure; "1" then "9" is "19", "2" then "0" is "20", tried in the same
#: order), but opening with `\d` lets the engine skip to the text's next figure instead of trying
#: the lookahead at every character: 1.6 times faster through lines without a year, most lines.
_ANY_YEAR = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|[a-z]{3}\d\d\b|[/.]\d\d\b)", re.I)

#: `_ANY_YEAR` without its word boundary: it finds a year in a text wherever `_ANY_YEAR` finds one in
#: a piece of it (a piece may end where the text's word goes on), a cheap test before slower ones.
_ANY_YEAR_LOOSE = re.compile(r"(?:19|20)\d\d|\d[a-z]{3}\d\d|\d[/.]\d\d", re.I)

_NOT_WORD = re.compile(r"[\W_]+")


def month_number(name: str) -> int:
    """Return the number of a month matched by `MONTH_NAME` ("Sept" is 9)."""
    return _MONTHS[name.lower()[:3]]


def _build(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def full_year(yy: str) -> str:
    """A two-digit year as POSIX's strptime reads it: 69-99 in the 1900s, 00-68 in the 2000s."""
    return f"19{yy}" if int(yy) >= 69 else f"20{yy}"


def find_dates(text: str, day_first: bool | None = None) -> list[tuple[int, dt.date]]:
    """Return every explicit date in the text with its offset, in order of appearance.

    `day_first` reads numeric dates whose order the text cannot tell ("06/03/2023"), when the
    caller knows it from elsewhere (the page's other dates)."""
    return [(start, date) for start, _, date in date_spans(text, day_first)]


#: Lines whose dates are remembered: metadata reads the same lines for stamps, bylines and the
#: page's order of numeric dates.
DATE_CACHE_SIZE = 4096


#: Markdown's emphasis written with underscores, at a word's start or end ("_November 14, 2017_",
#: html2text's italics): a mark, not a word's letter, so a date's year ends before it. (An underscore
#: inside a word, "report_Nov_14_2017.pdf", stays: a file's name is no date written out. A run is
#: read from its first underscore only, whole: read from each, a long run inside a word was quadratic.)
_EMPHASIS_UNDERSCORES = re.compile(r"(?<![^\s(\[])_+|(?<!_)_++(?![^\s.,;:!?)\]])")


def _unemphasised(text: str) -> str:
    """The text with its emphasis underscores blanked, each a space: the offsets stay the text's."""
    return _EMPHASIS_UNDERSCORES.sub(lambda m: " " * len(m.group()), text) if "_" in text else text


@lru_cache(maxsize=DATE_CACHE_SIZE)
def date_spans(text: str, day_first: bool | None = None) -> tuple[tuple[int, int, dt.date], ...]:
    """Return every explicit date in the text with its start and end offsets, in order."""
    text = _unemphasised(text)
    if not _ANY_YEAR.search(text):
        return ()
    found: dict[int, tuple[int, dt.date]] = {}
    # The offsets within OVERLAP_CHARS after a date found by an earlier pattern: a later pattern's
    # reading of the same words is not a second date. A set, so that a text of many dates is not
    # checked against every date found so far for each new one.
    covered: set[int] = set()
    for pattern, needs in zip(_PATTERNS, _PATTERN_NEEDS, strict=True):
        if needs and not any(c in text for c in needs):
            continue
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else month_number(groups["month"])
            day = groups.get("d") or groups.get("day")
            date = _build(groups.get("year") or full_year(groups["yy"]), month, day)
            if date and m.start() not in covered:
                found[m.start()] = (m.end(), date)
                covered.update(range(m.start(), m.start() + OVERLAP_CHARS))
    evidence = _OrderEvidence(text)
    for m in chain(_NUMERIC.finditer(text), _NUMERIC_YY.finditer(text)):
        date = _numeric_date(m, evidence, day_first)
        if date and m.start() not in covered:
            found[m.start()] = (m.end(), date)
            covered.update(range(m.start(), m.start() + OVERLAP_CHARS))
    return tuple((start, end, date) for start, (end, date) in sorted(found.items()))


class _OrderEvidence:
    """What a text says about the order of its numeric dates: the weekdays it names and whether
    its clock is 24-hour, each read once a text when a date first asks (read once a date, a line
    of many numeric dates was quadratic: 1,200 took 0.3 s)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def weekdays(self) -> frozenset[int]:
        return frozenset(weekday_number(m[0]) for m in _WEEKDAY_NAMED.finditer(self.text))

    @cached_property
    def clock_24h(self) -> bool:
        """A 24-hour clock time and no 12-hour one."""
        return bool(_CLOCK_24H.search(self.text) and not _CLOCK_12H.search(self.text))


def _numeric_date(m: re.Match[str], evidence: _OrderEvidence, day_first: bool | None = None) -> dt.date | None:
    """Read a numeric date only when its order is certain: a part above 12, the order the caller
    knows (`day_first`), a weekday only one reading falls on, a 24-hour clock (what the text says,
    `evidence`); both parts the same is one date either way."""
    a, b = int(m["a"]), int(m["b"])
    year = m.groupdict().get("year") or full_year(m["yy"])
    if a > 12 and b <= 12:
        return _build(year, b, str(a))
    if b > 12 and a <= 12:
        return _build(year, a, str(b))
    by_weekday = _weekday_reading(evidence.weekdays, year, a, b) if day_first is None else None
    if by_weekday:
        return by_weekday
    if a == b or evidence.clock_24h or day_first is True:
        return _build(year, b, str(a))
    if day_first is False:
        return _build(year, a, str(b))
    return None


#: A weekday by its name, capitalised ("Monday", "Mon."), to check a numeric date's two readings;
#: not a word that begins like one ("Month", "Sunderland").
_WEEKDAY_NAMED = re.compile(rf"(?<![\w])(?-i:(?=[A-Z])){WEEKDAY}(?![a-z])", re.I)
_WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def weekday_number(name: str) -> int:
    """Monday 0 ... Sunday 6, as `datetime.date.weekday()`, for a weekday's name ("Thurs.")."""
    return _WEEKDAY_INDEX[name[:3].lower()]


def _weekday_reading(days: frozenset[int], year: str, a: int, b: int) -> dt.date | None:
    """Read "Monday | 07/01/2008" by its weekday: when the text names one weekday (`days`, the
    weekdays it names) and only one of the date's two readings (month first, day first) falls on
    it, that reading."""
    if len(days) != 1:
        return None
    (day,) = days
    matching = [d for d in (_build(year, a, str(b)), _build(year, b, str(a))) if d and d.weekday() == day]
    return matching[0] if len(matching) == 1 else None


def numeric_orders(text: str) -> list[tuple[bool | None, tuple[int, int] | None]]:
    """Return each numeric date of the text ("14/01/2008", "01/08/2008"): whether its order is
    day first (None when it cannot be told), and otherwise its two readings' months (month
    first, day first)."""
    found: list[tuple[bool | None, tuple[int, int] | None]] = []
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if not (0 < a <= 31 and 0 < b <= 31) or a == b:
            continue
        if a > 12 or b > 12:
            found.append((a > 12, None))
        else:
            found.append((None, (a, b)))
    return found


#: A month with its year and no day: "May 2015", "in Sept. 2013", "April, 2013".
_MONTH_YEAR = re.compile(rf"(?<![\w.]){MONTH_NAME}\.?,?\s+{_YEAR}\b", re.I)


def find_months(text: str) -> list[tuple[int, int, dt.date]]:
    """Return every month named with its year but no day ("in May 2015"), as (start, end, the
    month's first day); a full date ("May 5, 2015", "5 May 2015") is not one of them."""
    if not _ANY_YEAR.search(text):
        return []
    days = [start for start, _ in find_dates(text)]  # in order
    found = []
    for m in _MONTH_YEAR.finditer(text):
        if m["month"].lower() == "may" and not m["month"][0].isupper():
            continue  # "may 2015" in running text is not a month
        # The month of a full date ("5 May 2015"), within OVERLAP_CHARS of the last date that
        # starts before it (found by bisection: each month compared with every date was quadratic).
        before = bisect_right(days, m.start())
        if before and m.start() < days[before - 1] + OVERLAP_CHARS:
            continue
        found.append((m.start(), m.end(), dt.date(int(m["year"]), month_number(m["month"]), 1)))
    return found


def parse_date(text: str) -> dt.date | None:
    """Return the first explicit date in the text, or None."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def date_only(text: str, day_first: bool | None = None) -> dt.date | None:
    """Return the date when the line holds only a date (with weekday/time/stamp words), else None."""
    if len(text) > STAMP_MAX_CHARS:
        return None
    plain = without_links(text).strip().strip("#_").strip()  # a heading's marks, an emphasis's underscores
    if not _ANY_YEAR_LOOSE.search(plain):
        return None  # the date part (a piece of `plain`) holds no year either: `find_dates` reads none
    m = _DATE_ONLY.match(plain, 0, _word_end(plain))
    if not m:
        return None
    dates = find_dates(m.group("date"), day_first)
    if len(dates) != 1:
        return None
    rest = _strip_match(m.group("date"))
    return dates[0][1] if not rest else None


def _word_end(text: str) -> int:
    """Return where the text's last word character ends (0 with none): searched in the reversed
    text, one pass, where a search for the closing run of marks would start again at each mark."""
    last = _WORD_CHAR.search(text[::-1])
    return len(text) - last.start() if last else 0


def _strip_match(text: str) -> str:
    for pattern in (*_PATTERNS, _NUMERIC, _NUMERIC_YY):
        text = pattern.sub("", text)
    return _NOT_WORD.sub("", text)


def date_in_url(url: str) -> dt.date | None:
    """Return the date written in a url path like /2015/09/05/, or None."""
    m = _URL_DATE.search(url)
    return _build(m["year"], int(m["m"]), m["d"]) if m else None


#: Words that turn what follows into an update stamp. No leading word boundary: pages glue the
#: stamp to a time zone ("4:52 PM UTCUpdated 2 years ago").
_UPDATE_WORD = re.compile(r"(?:last\s+)?(?:updated|modified|edited|corrected)(?:\s+on)?\b", re.I)
PUBLISHED_WORD = re.compile(r"\b(?:first\s+|originally\s+)?(?:published|posted|issued)(?:\s+on)?\b", re.I)
#: A unit of elapsed time, as a relative age counts it ("3 hours ago") or a span of time lasts.
DURATION_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"

#: What a stamp line may hold besides its dates: weekdays, clock times, stamp words, separators,
#: relative ages, read times and counters ("· 38 sources", "4 min read").
_STAMP_FURNITURE = (
    re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\b"),
    re.compile(
        # 4:52 PM, 16:00:00 GMT, 13h31 (French), 1530 Hrs (a 24-hour clock without a colon)
        _FIGURE_OPENS
        + r"(?:\b\d{1,2}[:.]\d\d(?::\d\d)?|\b\d{1,2}(?=\s*[ap]\.?m\b)|\b\d{1,2}h\d\d\b|\b[0-2]\d[0-5]\d\s*hrs\b)"
        r"\s*(?:[ap]\.?m\.?)?\s*(?-i:(?:GMT|UTC)[+-]?\d*|[A-Z]{2,4}\b)?",
        re.I,
    ),
    re.compile(rf"(?=[mtwfs])\b{WEEKDAY}(?![a-z])", re.I),  # not "fri" in "friend"; (?=): see `_FIGURE_OPENS`
    re.compile(
        r"\b(?:(?:last\s+)?(?:updated|modified|edited|corrected)|(?:first\s+|originally\s+)?(?:published|posted|issued)|date|time|on|at)\b"
        r"|^\W*and\b"  # the second half of "Posted at ... / and last updated ..." split over two lines
        r"|(?:updated|modified)"
        rf"|\b\d+\s*{DURATION_UNIT}\s+ago\b"
        r"|\b(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago\b"
        r"|\b(?:(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?\b"
        r"|\b\d+\s+(?:sources|comments?|shares|views)\b"
        # time zones written out: "08:00 AM Eastern Daylight Time", "Central European Summer Time"
        r"|\b(?:(?:Australian\s+)?(?:Eastern|Central|Western)(?:\s+European)?|Mountain|Pacific|Atlantic|Alaska"
        r"|Hawaii|Greenwich\s+Mean|British\s+Summer|Irish|India)(?:\s+(?:Standard|Daylight|Summer))?\s+Time\b",
        re.I,
    ),
)
_RELATIVE_AGE = re.compile(rf"\b(?:\d+|an?|one)\s*{DURATION_UNIT}\s+ago\b", re.I)


def is_stamp(text: str, day_first: bool | None = None) -> bool:
    """Tell whether a line is a date stamp: dates, times and stamp words only, with a date or an age."""
    if len(text) > STAMP_MAX_CHARS:
        return False
    plain = _unemphasised(without_links(text))
    if not find_dates(plain, day_first) and not _RELATIVE_AGE.search(plain):
        return False
    return not _NOT_WORD.sub("", stamp_residue(plain))


@lru_cache(maxsize=DATE_CACHE_SIZE)  # a stamp's line is read by `is_stamp` and again by `stamps.loose_stamp`
def stamp_residue(text: str) -> str:
    """Return what a line holds besides dates, times, weekdays, stamp words and counters (each
    replaced by a space): "By Jane Doe on March 3, 2024 · 4 comments" leaves "By Jane Doe"."""
    rest = text
    for pattern in (_STAMP_FURNITURE[0], *_PATTERNS, _NUMERIC, *_STAMP_FURNITURE[1:]):
        rest = pattern.sub(" ", rest)
    return rest


def stamp_dates(text: str, day_first: bool | None = None) -> tuple[dt.date | None, dt.date | None]:
    """Return (published, updated): the first date outside and the first inside an update stamp.

    "Feb 13, 2024 · Updated Feb 14, 2024" gives both; "Updated Oct 7, 2015; first published
    Sep 30, 2015" gives Sep 30 as published; "Updated 7:46 PM, Sept. 14, 2023" gives only updated.
    """
    published: dt.date | None = None
    updated: dt.date | None = None
    marks = sorted([(m.start(), m.end(), "updated") for m in _UPDATE_WORD.finditer(text)]
                   + [(m.start(), m.end(), "published") for m in PUBLISHED_WORD.finditer(text)])  # fmt: skip
    segments = [(0, "published")] + [(end, kind) for _, end, kind in marks]
    bounds = [start for start, _, _ in marks] + [len(text)]
    for (start, kind), stop in zip(segments, bounds, strict=True):
        dates = find_dates(text[start:stop], day_first)
        if not dates:
            continue
        if kind == "published" and published is None:
            published = dates[0][1]
        elif kind == "updated" and updated is None:
            updated = dates[0][1]
    return published, updated
