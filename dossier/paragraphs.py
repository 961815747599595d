"""Paragraphs and sentences of a page's Markdown, as stage 2's views read them.

A source page holds one paragraph per block, each followed by its anchor (`{: #L9 }`); a note is
free Markdown. The views quote sentences and link the paragraph that holds them, so they share
this one reading: blocks split on blank lines, headings, fenced code and HTML comments skipped,
the anchor taken out of the text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .sentenceends import SPACE_BETWEEN_SENTENCES

ANCHOR = re.compile(r"\{:\s*#(?P<id>[\w-]+)\s*\}")
#: A fenced code block of Markdown, from its opening fence to the closing one of the same marks
#: (`repeatedlines.fenced_code` reads a scraped text's code samples by it too).
CODE_FENCE = re.compile(r"(?ms)^(?P<f>```|~~~).*?^(?P=f)[^\n]*$")
_COMMENT = re.compile(r"(?s)<!--.*?-->")
_BLOCK = re.compile(r"(?s)(?:(?!\n[ \t]*\n).)+")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]|^[^\n]*\n(?:=+|-+)[ \t]*$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int  # offset of the block in the page's Markdown
    text: str  # the block without its anchor (offsets within it stay those of the block)
    anchor: str | None


def paragraphs(markdown: str) -> list[Paragraph]:
    """Return the text blocks of a page with their anchors; headings, code and comments are skipped."""
    return list(_paragraphs(markdown))


def _paragraphs(markdown: str) -> Iterator[Paragraph]:
    # Code and comments are blanked, not cut, so that offsets stay those of the page.
    blanked = _COMMENT.sub(_blank, CODE_FENCE.sub(_blank, markdown))
    for m in _BLOCK.finditer(blanked):
        block = m.group(0)
        if not block.strip() or _HEADING.match(block.lstrip("\n")):
            continue
        anchor = ANCHOR.search(block)
        text = ANCHOR.sub(_blank, block) if anchor else block
        yield Paragraph(m.start(), text, anchor.group("id") if anchor else None)


def _blank(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the sentences of a paragraph."""
    bounds, pos = [], 0
    for m in SPACE_BETWEEN_SENTENCES.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def sentence_at(text: str, offset: int, max_chars: int = 400, bounds: list[tuple[int, int]] | None = None) -> str:
    """Return the sentence of a paragraph around an offset, whitespace collapsed, cut if long.

    `bounds` are the paragraph's `sentence_bounds`, when the caller keeps them for several offsets
    (finding them reads the whole paragraph: once per offset is quadratic in a long one).
    """
    start, end = sentence_span(bounds if bounds is not None else sentence_bounds(text), len(text), offset)
    return clip(" ".join(text[start:end].split()), max_chars)


def sentence_span(bounds: list[tuple[int, int]], length: int, offset: int) -> tuple[int, int]:
    """Return the (start, end) of the text `sentence_at` quotes around an offset, given its
    paragraph's `sentence_bounds` and length: the sentence holding it, or the whole paragraph
    where none does (the offset falls in the space between two)."""
    i = _last_starting_by(bounds, offset)
    return bounds[i] if i >= 0 and offset <= bounds[i][1] else (0, length)


def sentence_start(bounds: list[tuple[int, int]], offset: int) -> int:
    """Return where the sentence holding an offset starts, given its paragraph's `sentence_bounds`."""
    return bounds[max(_last_starting_by(bounds, offset), 0)][0]


def _last_starting_by(bounds: list[tuple[int, int]], offset: int) -> int:
    # Bounds are in order and do not overlap: the last one starting at or before the offset is the
    # only one that may hold it.
    return bisect_right(bounds, (offset, math.inf)) - 1


def clip(text: str, limit: int) -> str:
    """Cut a text at the last word that fits in `limit` characters, marking the cut with " …"."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
