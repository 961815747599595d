"""Whether a line's paragraph goes on in the line under it: a paragraph wrapped over lines.

A scraper's text breaks a paragraph where the page's source did (a fixed width, a "<br>", a
Markdown link), so one paragraph may stand on several lines. These tests tell such a line from a
list's item, a headline's byline or code, reading both lines as a reader sees them; the layout
scores a wrapped paragraph whole, and the cleaning keeps its pieces together.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from .lineshapes import (
    CODE_MARKS,
    MD_LINK,
    MD_LINK_HEAD,
    MD_LINK_TAIL,
    PROSE_MIN_WORDS,
    SHAPE_CACHE_SIZE,
    STAMP,
    is_code,
    line_shape,
    spaced_word_count,
    strip_emphasis,
    visible_text,
)
from .sentenceends import ends_sentence_or_clause


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every pair of lines
def runs_on(line: str, following: str) -> bool:
    """Tell a line that the line right under it continues: a paragraph a scraper wrapped over
    several lines (the line ends without a full stop, the next opens in lowercase), not code.
    Both are read as a reader sees them: a Markdown rendering breaks a paragraph at its links
    ("Barton" / "[was suspended](/story)" / "after being"); two links in a row are buttons or a
    menu ("[Aug 9, 2012 11:07 AM](#c1)" / "[reply](#c1)"), not a sentence's words. An indented
    line stays code's ("FROM" / "   with_alert") unless it reads as running words and the line above,
    if indented too, holds no code's marks: a reader-mode text indents a paragraph's pieces after its
    line breaks as the page's source did ("... was taken out of her" / "        room at the hotel.")."""
    if MD_LINK_HEAD.search(line) and MD_LINK_TAIL.match(following):
        return True  # one link's text, broken over the two lines ("the $279 [Xbox" / "One S](/review).")
    if MD_LINK.fullmatch(line.strip()) and MD_LINK.fullmatch(following.strip()):
        return False
    line, following = _as_read(line), _as_read(following)
    if _INDENT.match(following):
        following = following.strip()
        if not _RUNNING_WORDS.match(following):
            return False  # code's own name or statement ("FROM" / "   with_alert")
    if _INDENT.match(line) and not any(mark in line for mark in _PIECE_CODE_MARKS):
        line = line.strip()  # running words a page's source indented, not a statement
    return following[:1].islower() and not ends_sentence_or_clause(line) and not is_code(line)


#: A Markdown line break: two or more spaces, or a backslash, after a line's last visible character
#: (a page's "<br>" as Markdown writes it).
_HARD_BREAK = re.compile(r"\S(?: {2,}|\\)$")


def _ends_with_break(text: str) -> bool:
    """Tell a line that ends with a Markdown line break (`_HARD_BREAK`). The pattern's match ends
    with a space or a backslash, at the text's end or before a last newline (where `$` also
    matches): a line ending otherwise, most lines, is answered without the search, which would try
    the pattern at each of its characters."""
    return text.endswith((" ", "\\", "\n")) and _HARD_BREAK.search(text) is not None


#: Lines broken so (each but the last ending with a Markdown line break) are one paragraph's when
#: at least this many stand in a row and none is data: a poem's stanza, an address, a paragraph
#: written with "<br>". Two are as often a salutation over its reply ("Ann," / "I agree ...") and a
#: data list broken so ("5km - 17:20" / "10km - 34:46") is each row its own.
BROKEN_PARAGRAPH_MIN_LINES = 3


def broken_paragraphs(lines: list[str], numbers: list[int], removed: Container[int]) -> set[int]:
    """Return the indices into `numbers` of the lines whose paragraph goes on in the next line after
    a Markdown line break (see BROKEN_PARAGRAPH_MIN_LINES): the lines of such a run but its last.
    A line a rule removed (`removed`, by number) or a copyright notice is in none: the site's footer
    broken so ("Media Group" / "(c) 2020 ...") is no paragraph."""
    from .copyrights import copyright_notice  # (here: `copyrights` reads outlet names, whose stages read these joins)

    found: set[int] = set()
    run: list[int] = []  # the lines of the paragraph read so far

    def close() -> None:
        if len(run) >= BROKEN_PARAGRAPH_MIN_LINES:
            found.update(run[:-1])
        run.clear()

    for i, n in enumerate(numbers):
        text = lines[n - 1]
        if run and numbers[run[-1]] + 1 != n:
            close()  # a blank line ends the paragraph, its last line's break notwithstanding
        if not run and not _ends_with_break(text):
            continue  # opens no run, and there is none to close (most lines: not read further)
        if n in removed or line_shape(text).data or copyright_notice(text):
            close()
            continue
        run.append(i)
        if not _ends_with_break(text):
            close()
    close()
    return found


#: A paragraph wrapped over lines as long as a paragraph's (PROSE_MIN_WORDS words or more each):
#: the line ends on a lowercase word without a stop, the next carries the sentence on in
#: lowercase or from a number and a lowercase word ("... landed in the port in" / "1998 and asked
#: for ..."). A headline's byline, count or age under it is short ("by Jane Roe", "12 comments");
#: a line that opens with a stamp, or with a number as the line above does, is a list's next item.
_CARRIED_ON = re.compile(r"^(?:\d[\d.,%]*\s+)?[^\W\d_A-Z]")


_LOWERCASE_LAST = re.compile(r"(?<![\w'’])[^\W\d_A-Z][^\W\d_]*$")


_LETTER = re.compile(r"[^\W\d_]")  # a letter, as `_LOWERCASE_LAST` reads one


def _ends_lowercase(line: str) -> bool:
    """`_LOWERCASE_LAST.search(line)`, tried only where a match can start: where the line's last
    run of letters starts. (Searched, the pattern is tried at every character of the line and runs
    to its end from each letter: some 140 µs a paragraph, asked of every pair of lines in both
    layout readings; here a few µs.) The same answer: a match ends at the line's end (or before a
    last line break), holds letters only, and starts after no letter (the look-behind): so it
    starts where that run does, and only there."""
    end = len(line) - line.endswith("\n")
    start = end
    while start > 0 and _LETTER.match(line, start - 1):
        start -= 1
    return start < end and _LOWERCASE_LAST.match(line, start) is not None


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # both layout passes ask of every pair of lines (as `runs_on`)
def wrapped_sentence(line: str, following: str) -> bool:
    """Tell a long line whose sentence the long line under it carries on: a paragraph wrapped,
    before a number too ("1998", "12 per cent"), which `runs_on` (a lowercase start) does not see."""
    line, following = _as_read(line).strip(), _as_read(following).strip()
    return (
        bool(_ends_lowercase(line) and _CARRIED_ON.match(following))
        and not ends_sentence_or_clause(line)
        and min(spaced_word_count(line), spaced_word_count(following)) >= PROSE_MIN_WORDS
        and not STAMP.match(following)  # a teaser's age under the last ("15 hours ago - ...")
        and not (line[:1].isdigit() and following[:1].isdigit())  # a list's items, each opening with a number
    )


#: A line's indentation, which a reader-mode text keeps from a page's source after a line break
#: (a paragraph wrapped with "<br>", each piece indented alike): code's too, so an indented piece
#: continues a paragraph only when it reads as running words (`_RUNNING_WORDS`) and, if the piece
#: above is indented too, that piece holds none of code's marks (`_PIECE_CODE_MARKS`).
_INDENT = re.compile(r"(?: {2,}|\t)\S")


#: Code's marks (`lineshapes.CODE_MARKS`) that running words do not hold: not the semicolon, which
#: a sentence holds too ("was stolen from the room; the police"); a statement's own semicolon ends
#: its line, where `is_code` reads it.
_PIECE_CODE_MARKS = CODE_MARKS.replace(";", "")


#: Running words: a word of letters, then a space and another word ("has learned.", "room at the
#: hotel", "computer's speakers", "à la gare", "öffentliche Brücke"), in any alphabet; not a name
#: of code ("with_alert", "x.append(y)"). `runs_on` asks the first to open in lowercase.
_RUNNING_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?[,;]?\s+[^\W\d_]")


@lru_cache(maxsize=SHAPE_CACHE_SIZE)  # `runs_on` and `wrapped_sentence` read each line twice, in both passes
def _as_read(text: str) -> str:
    """A line without its Markdown links' addresses and its emphasis marks, as `runs_on` reads it."""
    return strip_emphasis(visible_text(text) if "](" in text else text)
