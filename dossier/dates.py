"""Find and normalise explicit calendar dates in a line of text (never relative days)."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"\b{_YEAR}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),  # 2015-09-05, 2015-09-4
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # September 5, 2015
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 5 September 2015
    re.compile(rf"\b{_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b"),  # 2015/09/05 (also url paths)
)
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
_TIME = r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?:[A-Z]{2,4}\b|GMT[+-]?\d*|UTC[+-]?\d*)?"
#: A line that holds nothing but a date (and perhaps a weekday, a time and a stamp word).
_DATE_ONLY = re.compile(
    rf"^\W*(?:(?:published|posted|first published|date)\s*:?\s*)?(?:on\s+)?(?:{_WEEKDAY}\s*)?(?P<date>.+?)(?:\s*(?:at|,|-|–|—|\|)?\s*{_TIME})?\W*$",
    re.I,
)


def _build(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Return every explicit date in the text with its offset, in order of appearance."""
    found: dict[int, dt.date] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["month"].lower()[:3]]
            day = groups.get("d") or groups.get("day")
            date = _build(groups["year"], month, day)
            if date and not any(start <= m.start() < start + 20 for start in found):
                found[m.start()] = date
    return sorted(found.items())


def parse_date(text: str) -> dt.date | None:
    """Return the first explicit date in the text, or None."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def date_only(text: str) -> dt.date | None:
    """Return the date when the line holds only a date (with weekday/time/stamp words), else None."""
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text).strip().strip("#").strip()
    m = _DATE_ONLY.match(plain)
    if not m:
        return None
    dates = find_dates(m.group("date"))
    if len(dates) != 1:
        return None
    rest = _strip_match(m.group("date"))
    return dates[0][1] if not rest else None


def _strip_match(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub("", text)
    return re.sub(r"[\W_]+", "", text)


def date_in_url(url: str) -> dt.date | None:
    """Return the date written in a url path like /2015/09/05/, or None."""
    m = _URL_DATE.search(url)
    return _build(m["year"], int(m["m"]), m["d"]) if m else None
