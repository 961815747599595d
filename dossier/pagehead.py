"""What the metadata readers share about a page's head: its numbered lines, where its headline and
first paragraph are, the comment section, and the shapes of names, bylines and outlets' words.

`stamps` (the date), `bylines` (the author) and `sitenames` (the publisher) read the same head;
what more than one of them needs lives here, so that each concept has one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from .dates import MONTH_NAME
from .lineshapes import NAME_PARTICLE
from .model import Removal
from .titles import is_prose

T = TypeVar("T")

#: Dates, bylines and datelines sit at the head of an article: above its first paragraph of
#: prose (`titles.is_prose`: at least PROSE_MIN_WORDS words), and in any case within the first
#: HEAD_MAX_LINES lines (whole-page dumps put up to ~20 lines of banners and navigation above the
#: headline).
HEAD_MAX_LINES = 40


#: "— Jane Doe (@jdoe) March 3, 2021": the date of a quoted tweet.
TWEET = re.compile(r"\(@\w+\)|pic\.twitter\.com|twitter\.com/\w+/status", re.I)


def holds_tweet(text: str) -> bool:
    """`TWEET.search(text)`, tried only on a line that holds what every match does: "(@", or
    "tter.com" in any case (no letter of it has another case-insensitive spelling). Most lines hold
    neither; the pattern's ignored case and alternatives made it the byline reading's slowest test."""
    return ("(@" in text or "tter.com" in text.lower()) and bool(TWEET.search(text))


#: A month's name (in any case, perhaps cut) followed by a day or a year opens the stamp after a
#: byline, not a name's next word: "By Jane Roe January 13, 2008", "By JANE ROE JAN. 13, 2017",
#: "Posted by Jane August 9th, 2012" (a month alone, "Jane August", may be a surname).
_MONTH_OPENING_DATE = (
    rf"(?:{MONTH_NAME.replace('?P<month>', '?:')})\.?,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d)\b"
)


_NAME_WORD = (
    r"(?!(?:And|AND|By|BY|In|On|At|For|From|With|Last|Updated|Published|Posted|Filed|Staff|Reporter|Correspondent|Editor|"
    r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"(?!(?i:{_MONTH_OPENING_DATE}))"
    r"[A-Z][\w'’.-]*"
)


#: "M.A.Qudoos": initials run into the surname with no space, one word that is a whole name.
GLUED_INITIALS = r"(?:[A-Z]\.){1,3}[A-Z][a-z][\w'’-]+"


NAME = rf"(?:{GLUED_INITIALS}(?![\w.])|[A-Z][\w'’.-]+(?:\s+(?:{_NAME_WORD}|{NAME_PARTICLE})){{1,3}})"


#: Names joined by commas, "and" (in any case: "AND" in a byline set in capitals) or "&". The
#: separator's spaces are possessive (`\s*+`): three
#: runs of spaces may each take the one space after a comma, and a line of names that fails at its
#: end ("Jane Roe, John Doe, ... and others.") was tried three ways a comma (3^n). A joining "and"
#: follows a space: a name's word may end in "and" ("Roland", "A.and"), and such a word read both
#: whole and as a name's end and the "and" made a line of them that is no list of names 2^n tries.
#: The "and" that joins two names, in the case a byline is set in ("and", "And", "AND").
JOINING_AND = r"(?:and|And|AND)\b"
NAMES = rf"(?P<name>{NAME}(?:\s*+(?:,\s*+(?:{JOINING_AND}|&)?|(?<=\s){JOINING_AND}|&)\s*+,?\s*+{NAME})*)"


BYLINE = re.compile(
    rf"^(?:By|BY|By:|by:|by(?=\s+[A-Z])|(?i:written by|words by|story by|contributed by|author:|posted by)"
    # "Submitted by Jane Doe (on ...)": a community page's credit; the names end it, or a stamp
    # follows ("Submitted by Senator Ann Fox in March, the bill ..." is a sentence).
    rf"|(?P<submitted>(?i:submitted by))"
    # "Posted by: Jane Doe", "Written By: Jane Doe": the credit with a colon, the names ending the
    # line. With a stamp after the names ("Posted by: Jane Doe | October 9, 2012 at 05:32 AM") it
    # is a blog's comment signature, the post's own credit having no colon.
    rf"|(?P<labelled>(?i:(?:posted|written) by:)))"
    rf"\s*{NAMES}(?(submitted)(?=\s*(?:$|[|(·–—-]|on\s|\d)))(?(labelled)(?=\s*$))"
)


OUTLET_WORDS = (
    r"News|Times|Post|Journal|Herald|Tribune|Gazette|Voice|Daily|Review|Monitor|Telegraph|Guardian|"
    r"Independent|Insider|Wire|Today|Weekly|Magazine|Media|Network|Report|Chronicle|Observer|Standard|"
    r"Express|Mail|Mirror|Star|Sun|Press|Examiner|Inquirer|Dispatch|Register|Bulletin|Courier|Sentinel|"
    r"Record|Ledger|Globe|Digest|Radio|TV|Broadcasting|Agency|Online"
)


OUTLET_WORD = re.compile(rf"\b(?:{OUTLET_WORDS})\b")


CAPITALISED_RUN = re.compile(r"(?:\b[A-Z0-9][\w.&'’-]*[\w&]|\b[A-Z])(?:\s+(?:[A-Z0-9][\w.&'’-]*[\w&]|[A-Z]|&))*")


def numbered_lines(lines: list[str], only: Iterable[int] | None = None) -> Iterable[tuple[int, str]]:
    numbers = only if only is not None else range(1, len(lines) + 1)
    for n in numbers:
        text = lines[n - 1].strip()
        if text:
            yield n, text


class PageLines:
    """A page's non-blank lines, numbered (`numbered_lines`), with what the metadata readers ask of
    them again and again: read once a page and shared. (The date, byline, publisher and url
    readers each rebuilt the numbered lines, and three found the head's anchors, the stamps'
    window and the post's footer again.) The readers take one; built for them when not given."""

    def __init__(self, lines: list[str], removed: dict[int, Removal]):
        self.lines = lines
        self.removed = removed
        self.numbered = list(numbered_lines(lines))
        self.order = [n for n, _ in self.numbered]
        self._known: dict[Hashable, Any] = {}

    def known(self, key: Hashable, read: Callable[[], T]) -> T:
        """Return what `read()` gives, read once a page for each `key` (what names it and its inputs)."""
        if key not in self._known:
            self._known[key] = read()
        return self._known[key]

    def anchors(self, title: int | None) -> tuple[int | None, int]:
        """`head_anchors` of the page for the headline at line `title`."""
        return self.known(("head anchors", title), lambda: head_anchors(self.numbered, self.removed, title))


#: A web address written as a site's name: "smh.com.au", "Manchester.com", "www.dailyrecord.com".
#: (Labels of at most 63 characters and at most eight of them, as DNS allows: unbounded ones made
#: a search of a long run like "a.a.a.a..." quadratic.)
WEB_NAME = re.compile(
    r"\b(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\."
    r"(?:com|org|net|info|biz|tv|fm|co|ca|uk|au|nz|ie|in|za|us|de|fr|ch|nl|es|it|cn|jp|sg|my|ph|pk)\b(?![.-]\w)",
    re.I,
)


def in_comments(rem: Removal) -> bool:
    """Tell whether the layout stage put a line in a comment section (its heading, a signature, a comment)."""
    return rem.rule == "layout" and "comment" in rem.evidence


def head_anchors(
    numbered: list[tuple[int, str]], removed: dict[int, Removal], title: int | None
) -> tuple[int | None, int]:
    """Return the headline's line (None when not found) and the article's first paragraph's.

    A page's opening line is its <title> when the headline is found there on a whole page: it
    anchors nothing (the headline shown on the page may be far below it)."""
    opening = numbered[0][0] if numbered else 0
    headline = title if title is not None and title != opening else None
    first = next(
        (n for n, t in numbered if n not in removed and (headline is None or n > headline) and is_prose(t)),
        numbered[-1][0] + 1 if numbered else 1,
    )
    return headline, first


def is_name_token(word: str, outlet: str) -> bool:
    """Tell whether one word names the outlet by itself: its own name ("Bloomberg"), an acronym
    ("AFP") or a domain ("Reuters.com"); a plain word that is also an alias ("Today", "Insider",
    "Sun") is a word."""
    return word == outlet or (word.isupper() and len(word) > 1) or bool(re.search(r"[\d.]", word))
