"""A line's text as the cleaning and the metadata readers compare it: its words counted, the line
folded for comparison (quotes, case, punctuation, spacing), without its Markdown, and its words of
four letters or more that say what it is about. Each is remembered per line, as every stage asks it
of the same lines. And which of a page's lines are still kept (`body_lines`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from functools import lru_cache

from .charmaps import CharMap
from .lastreading import LastReading
from .lineshapes import spaced_word_count, strip_emphasis, visible_text
from .model import Removal

#: Lines whose word count is remembered: more than a long page holds, so that the stages reuse it.
WORD_COUNT_CACHE_SIZE = 4096


#: Words of four letters or more that say nothing of a line's subject.
_FUNCTION_WORDS = frozenset(
    "about after also been before being every from have here into just more most much only over said says some "
    "than that their them then there these they this those very were what when where which while will with would "
    "your".split()
)  # fmt: skip
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# ...and for an ASCII text (most lines): the same words, found faster (see `lineshapes.words_of`;
# with re.ASCII `\w` is what Unicode's is among ASCII characters).
_ASCII_LONG_WORD = re.compile(r"[A-Za-z][\w'-]{3,}", re.ASCII)


#: Curly quotes and dashes made plain, as lines are compared (here and by the scorer, `evaluation`).
PLAIN_QUOTES = CharMap({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_NOT_WORD = re.compile(r"[\W_]+")
MD_HEADING_MARK = re.compile(r"^#{1,6}\s+")


@lru_cache(maxsize=WORD_COUNT_CACHE_SIZE)
def word_count(text: str) -> int:
    # Several stages count the words of the same lines: counted once per line.
    return spaced_word_count(text)


@lru_cache(maxsize=WORD_COUNT_CACHE_SIZE)  # corpus repetition and the headline's search fold the same lines
def normalise_line(text: str) -> str:
    """Fold a line for comparison: quotes, case, punctuation and spacing."""
    return _NOT_WORD.sub(" ", lowered(text)).strip()


def lowered(text: str) -> str:
    """A line lowercased as `normalise_line` lowers it before folding (its quotes and dashes made
    plain): each run of letters and digits of the folded line stands in it as it is. (An ASCII
    line holds none of the marks made plain, all outside ASCII: not translated, most lines.)"""
    return (text if text.isascii() else PLAIN_QUOTES(text)).lower()


def squeeze_line(text: str) -> str:
    """Fold a line to its letters and digits: "Chad’s World 15–Flash" is "Chads World 15Flash", as a
    <title> that lost its typographic characters writes it."""
    return normalise_line(text).replace(" ", "")


@lru_cache(maxsize=WORD_COUNT_CACHE_SIZE)  # most stages read the same lines without their Markdown
def plain_text(text: str) -> str:
    """Return a line without its Markdown: a link's address, images, emphasis and heading marks."""
    text = text.strip()
    if "[" not in text and not text.startswith(("#", "*", "_")) and not text.endswith(("*", "_")):
        return text  # no Markdown to take off (most lines): skip the patterns
    text = visible_text(text)
    text = MD_HEADING_MARK.sub("", text)
    return strip_emphasis(text).strip("*_ \t")


@lru_cache(maxsize=WORD_COUNT_CACHE_SIZE)
def content_words(text: str) -> frozenset[str]:
    """The words of four letters or more of a line, lowercased ("Coastal", "journalism")."""
    text = html.unescape(text)
    found = (_ASCII_LONG_WORD if text.isascii() else _LONG_WORD).findall(text)
    return frozenset(map(str.lower, found)) - _FUNCTION_WORDS


def body_lines(lines: list[str], removed: Mapping[int, Removal]) -> list[int]:
    """The numbers (from 1) of a page's lines still kept: not blank, not in `removed`."""
    return [n for n in nonblank_lines(lines) if n not in removed]


def nonblank_lines(lines: list[str]) -> tuple[int, ...]:
    """The numbers (from 1) of a page's lines that are not blank.

    Fast path: the cleaning's stages and both layout readings ask it of the same page's lines, a
    dozen times a page (each asking stripped every line again, a long page's thousands): the
    numbers are read once for the page (`LastReading`: equal lines, the same numbers)."""
    return _nonblank_lines(lines)


def _read_nonblank_lines(lines: list[str]) -> tuple[int, ...]:
    return tuple(n for n, t in enumerate(lines, 1) if t.strip())


_nonblank_lines = LastReading(_read_nonblank_lines)
