"""Lines a line rule took that their shape and place on the page give back, run right after the
line rules (`rulelines.apply_line_rules`): an item's own link written "More: <address>", which
`related` reads as a teaser's label, and a section's heading in capitals written with a slash
("CALENDAR/CLOCK"), which `caption-credit` reads as a photographer's credit, where the page's
other sections stand under headings in capitals too.
"""

from __future__ import annotations

import re

from .lexicon import PHOTO_AGENCIES
from .linetext import body_lines, plain_text, word_count
from .model import Removal

#: "More: <address>": a list's item pointing at its own subject's site, not a teaser (a teaser
#: names a story). "Read more: <address>" stays a syndicated copy's tracking line.
_ITEM_LINK = re.compile(r"^more\s*:\s*(?:https?://|www\.)\S+$", re.I)

#: A credit's words: an agency (`lexicon.PHOTO_AGENCIES`), a picture desk, a photographer's
#: staff ("SAUL LOEB/AFP", "JOHN SMITH/STAFF", "JIM CRAVEN/NBC NEWS"). A capitals line with a slash
#: and none of them may be a section's heading ("BROW GEL/CLEAR MASCARA").
_DESK_WORDS = (
    "images?", "photos?", "pictures?", "photographer", "staff", "press", "news", "wire", "courtesy", "corbis",
    "rex", "nasa", "ansa", "kyodo", "yonhap", "imago",
)  # fmt: skip
_CREDIT_WORD = re.compile(rf"\b(?:{'|'.join([*map(re.escape, PHOTO_AGENCIES), *_DESK_WORDS])})\b", re.I)

#: A heading in capitals: letters, spaces and "&" only, at most this many words.
SECTION_HEADING_MAX_WORDS = 5
_CAPITALS_HEADING = re.compile(r"^[A-Z][A-Z&' -]*[A-Z]$|^[A-Z]{2,}$")
_CAPITALS_SLASHED = re.compile(r"^[A-Z][A-Z&' -]*/\s*[A-Z][A-Z&' -]*[A-Z]$")


def keep_rule_misreadings(lines: list[str], removed: dict[int, Removal]) -> None:
    """Give back the item links and the slashed capitals headings the line rules took."""
    for n, rem in list(removed.items()):
        if rem.rule == "related" and _ITEM_LINK.match(plain_text(lines[n - 1])):
            del removed[n]
    slashed = [
        n
        for n, rem in removed.items()
        if rem.rule == "caption-credit" and _is_slashed_heading(plain_text(lines[n - 1]))
    ]
    if slashed and _has_capitals_heading(lines, removed):
        for n in slashed:
            del removed[n]


def _is_slashed_heading(text: str) -> bool:
    """A line of capitals with one slash between words and no credit's word."""
    return (
        text.count("/") == 1
        and word_count(text) <= SECTION_HEADING_MAX_WORDS
        and bool(_CAPITALS_SLASHED.match(text))
        and not _CREDIT_WORD.search(text)
    )


def _has_capitals_heading(lines: list[str], removed: dict[int, Removal]) -> bool:
    """Whether the page keeps a heading in capitals with no slash over a line of text."""
    numbers = body_lines(lines, removed)
    for i, n in enumerate(numbers[:-1]):
        text = plain_text(lines[n - 1])
        if word_count(text) <= SECTION_HEADING_MAX_WORDS and _CAPITALS_HEADING.match(text):
            below = plain_text(lines[numbers[i + 1] - 1])
            if not _CAPITALS_HEADING.match(below) and not _CAPITALS_SLASHED.match(below):
                return True
    return False
