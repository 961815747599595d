"""Where a sentence starts, as discovery reads a capitalised span: whether a span opens a sentence,
a list item, a quotation, a line or a cell of one (`opens_sentence`; a word that opens one is as
likely an everyday word as a name), whether it opens its line after a list's marker
(`is_line_start`), and where a span holds a sentence's end, a full stop that is no initial's
("vitamin D. Researchers", not "George W. Bush": `sentences_of`).

Where a sentence ends, read alone, is `dossier.sentenceends`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import CLOSED_CLASS, COMMON, SMALL_WORDS, SPEECH_VERBS, TITLES, is_first_name
from .offsets import Separators
from .spanpatterns import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from collections.abc import Container

# What may open a line before its first word: spaces, a list's or a quotation's marker, a heading's
# hashes, an item's number ("• ", "> ", "## ", "1. ", "(2) "). The runs are possessive (`*+`):
# on a line that opens with a long run of tabs or spaces before text, backtracking tried every
# split of the run between the two classes, quadratic in the run, at each span on the line. The
# same texts match: the second class is part of the first and no digit is in it, so a run the
# first class gives back can never let the rest of the pattern reach the span.
_LINE_MARKER = re.compile(r"[ \t>#*•·\"“‘'(\[_-]*+(?:\d+[.)])?[ \t\"“‘'(\[_]*+")


#: Abbreviations that a name follows in the same sentence ("Dr. Ruto", "Sept. 3", "J. Smith").
#: Those that end a name ("Ltd.", "Jr.", "Ave.") are not here: after them a capitalised word
#: opens a sentence ("... Sandinford Logistics Ltd. Opposition politicians said").
_ABBREVIATED = rf"(?:[A-Z]|(?:[A-Z]\.)+[A-Z]|{TITLE_ABBREVIATIONS}|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_ABBREVIATION = re.compile(rf"(?:^|[\s(]){_ABBREVIATED}\.$")
_ABBREVIATED_WORD = re.compile(_ABBREVIATED)  # the same words, matched whole (`ends_with_abbreviation`)


def ends_with_abbreviation(text: str, end: int) -> bool:
    """`_ABBREVIATION.search(text, 0, end)`, read from the last word before `end` alone.

    The pattern ends with a full stop at `end` (its "$": the sign before `end` is a stop, no line's
    end), and the abbreviation before it holds no space and no bracket, after a space, a bracket or
    the text's start: so it can only be the run of signs between the last space or bracket before
    the stop and the stop, and that run matched whole by the abbreviations tells it. The search
    tried the pattern, some forty words long, at every place of the text (opening a sentence after
    each stop: some fourteen times a text)."""
    if text[end - 1 : end] == "\n":
        end -= 1  # ("$" matches before a newline that ends the text too)
    head = text[: end - 1]
    if text[end - 1 : end] != "." or not head or head[-1].isspace() or head[-1] == "(":
        return False  # no stop at the end, or nothing between the stop and a space or bracket
    # (str.split and the pattern's "\s" take the same characters for spaces: Python's own test)
    word = head.rsplit(None, 1)[-1].rpartition("(")[2]
    return _ABBREVIATED_WORD.fullmatch(word) is not None


def is_line_start(body: str, pos: int, lines: Separators) -> bool:
    """Tell whether a span opens its line, after at most a marker (`_LINE_MARKER`)."""
    line_start = lines.block_start(pos)
    return bool(_LINE_MARKER.fullmatch(body, line_start, pos))


def opens_sentence(body: str, pos: int, lines: Separators) -> bool:
    """Tell whether a span starts a sentence, a list item, a quotation, a line or a cell of one
    (after a tab or a run of spaces: "Low fee and $50 credit   Get a Credit Card")."""
    line_start = lines.block_start(pos)
    if _LINE_MARKER.fullmatch(body, line_start, pos) or _CELL_OPENS.search(body, max(line_start, pos - 4), pos):
        return True
    if body[pos - 1 : pos] in _QUOTE_MARKS and _QUOTATION_OPENS.search(body, max(line_start, pos - 3), pos):
        return True  # 'he said, "Well, ...': a quotation's first word
    before = body[max(line_start, pos - 24) : pos].rstrip(_SPACES_AND_OPENERS)
    if "." not in before and "!" not in before and "?" not in before:  # (most spans: no stop to look for)
        return before.endswith(_CLAUSE_MARKS)
    label = _LABEL_BETWEEN.search(before)
    if label and label.group(1) in COMMON and label.group(1) not in _NOT_LABELS:
        before = before[: label.start() + 1]  # "back office. advertisement Costs will": a page's label
    stop = _STOP_AND_CLOSERS.search(before) if before[-1:] in _STOP_ENDS else None
    if stop:  # "flavour.)\xa0 Cook", "sync.\xa0\xa0 Pause": a closed sentence, a no-break space after it
        return not ends_with_abbreviation(before, stop.start() + 1)  # (`_ABBREVIATION`, searched)
    return before.endswith(_CLAUSE_MARKS)


# What may stand between the text before a span and the span: spaces of any width, the no-break
# space web pages put after a stop ("said.&nbsp; Next"), an opening quotation mark, a bracket or
# emphasis marks.
_SPACES_AND_OPENERS = " \t\xa0\u2002\u2003\u2009\u202f\"“‘'([*_`"


# A sentence's stop at the end of a text, and what may close a quotation or a bracket after it
# ("flavour.)", "said.”", and the straight marks most scraped text has: 'said.")', "it.'").
_STOP_AND_CLOSERS = re.compile(r"[.!?][)\]”’\"']*$")
_STOP_ENDS = frozenset(".!?)]”’\"'")  # what a text `_STOP_AND_CLOSERS` finds ends with


# What ends a clause before a span that a sentence's first word may follow: "Note: Prices", "— The",
# an ellipsis ("Psst… Want to see").
_CLAUSE_MARKS = (":", ";", "—", "–", "•", " -", " --", "…")


# One lowercase word between a sentence's end and the next word: a page's label left in the text
# ("office. advertisement Costs will"), when it is one of the everyday words (`COMMON`).
_LABEL_BETWEEN = re.compile(r"[.!?][ \t]+([a-z]+)$")


# Words that go on a sentence after an abbreviation's full stop ("Bob Ben Sr. and Cecilia", "Acme
# Inc. said Smith"), no labels.
_NOT_LABELS = CLOSED_CLASS | SMALL_WORDS | SPEECH_VERBS


_QUOTE_MARKS = frozenset("\"“‘`'")


# An opening quotation mark right before a word: after a space, a bracket or a line's start.
_QUOTATION_OPENS = re.compile(r"(?:^|(?<=[\s(\[]))(?:[\"“‘`]|'(?!s\b)|``)$", re.M)


# A cell's start right before a word: a tab or a run of spaces, and an opening quotation mark.
_CELL_OPENS = re.compile(r"(?:\t| {3})[\"“‘(]?$")


# An initial's full stop inside a span: "George W. Bush", or "vitamin D. Researchers said".
_STOP_INSIDE = re.compile(r"(?:(?<= [A-Z])|(?<=^[A-Z])|(?<=Bros))\. ")


def sentences_of(span: str, at_start: bool, surnames: Container[str] = ()) -> list[tuple[str, bool]]:
    """Split a span at a full stop that ends a sentence rather than a person's middle initial
    ("vitamin D. Researchers", "Warner Bros. Analysts"); the part after it opens a sentence. An
    initial opening the span (or after the sentence's everyday first word) before a surname the
    text writes after a given name (`surnames`: "J. Okafor", "Later J. Okafor" where "Jane Okafor"
    is named) is that person's first initial, no sentence's end."""
    stop = _STOP_INSIDE.search(span) if ". " in span else None
    if stop is None:
        return [(span, at_start)]
    words, rest = span[: stop.start()].split(), span[stop.end() :]
    if words[-1] == "Bros" or (len(words) >= 2 and (is_first_name(words[-2]) or _initial_after_title(words, rest))):
        return [(span, at_start)]  # "George W. Bush", "Warner Bros. Pictures", "Minister G. Rao"
    if rest.split(None, 1)[0] in surnames:
        if len(words) == 1:
            return [(span, at_start)]
        if at_start and len(words) == 2 and words[0].lower() in COMMON:  # "Later J. Okafor left"
            return [(words[0], at_start), (span[len(words[0]) + 1 :], False)]
    return [(span[: stop.start()], at_start), *sentences_of(rest, True)]


def _initial_after_title(words: list[str], rest: str) -> bool:
    """Tell an initial after a title's word, written out or cut short ("Minister G. Rao", "Dr. J.
    Lee"), before a surname: it opens a name and ends no sentence. Not before a given name
    ("Ambassador J. Andrew Lee"): the name read from the given name on joins its other spellings
    ("Andy Lee"), the initial's would not."""
    title = words[-2]
    return (title.lower() in TITLES or title.rstrip(".") in _TITLE_ABBREVIATION_WORDS) and not is_first_name(
        rest.split(None, 1)[0] if rest else ""
    )


_TITLE_ABBREVIATION_WORDS = frozenset(TITLE_ABBREVIATIONS.split("|"))
