"""Where a sentence ends: the one place the cleaner, the metadata readers and the views read it.

A sentence closes on a stop, a question or an exclamation mark, perhaps followed by what closes a
quotation or a parenthesis ("... said.”", "(... too.)"). Modules need this in a few variants, each
named here for what it tells: a line that ends as a sentence does (with or without the spaces, the
brackets, the ellipsis or the clause's colon a caller counts too), a sentence's end inside a line,
and the break where one sentence ends and the next begins. Nothing here is imported from another
module of the package. Where a sentence starts, as discovery reads a name, is
`dossier.sentencestarts`.
"""

from __future__ import annotations

import re

#: The marks that close a sentence.
STOPS = ".!?"
#: What may follow the mark and still close the sentence: quotation marks and a parenthesis.
CLOSERS = "\"'”’)"


# --- A text that ends as a sentence does ---------------------------------------------------------

#: The text's last character closes a sentence, brackets counted as closers ("[... said.]").
ENDS_SENTENCE = re.compile(rf"[{STOPS}][{CLOSERS}\]]*$")

#: The same, an ellipsis counted as a stop ("and then…"): a line that trails off is prose too.
ENDS_SENTENCE_OR_ELLIPSIS = re.compile(rf"[{STOPS}…][{CLOSERS}\]]*$")

#: The text closes a sentence, spaces after it allowed (no brackets): for text cut from a line.
ENDS_SENTENCE_BEFORE_SPACES = re.compile(rf"[{STOPS}][{CLOSERS}]*\s*$")

#: The text closes a sentence and not an abbreviation's stop ("10:07 a.m.", "U.S."): no letter
#: right after another stop before the mark.
ENDS_SENTENCE_NOT_ABBREVIATION = re.compile(rf"(?<!\.\w)[{STOPS}][{CLOSERS}]*$")

#: The line ends a sentence or a clause (a colon), in English or Chinese and Japanese (full-width
#: stops, quotes and brackets), perhaps before a table cell's closing bars and spaces.
ENDS_SENTENCE_OR_CLAUSE = re.compile(r"[.!?…:。！？：][\"'”’)\]」』）]*(?:\s*\|)*\s*$")

#: `ENDS_SENTENCE_OR_CLAUSE`'s parts, read from the text's end by `ends_sentence_or_clause`: the
#: marks, what may close after them, and the white space (`\s`: what `str.isspace` tells, none of it
#: past U+3000) and bars that may trail.
_CLAUSE_STOPS = frozenset(".!?…:。！？：")
_CLAUSE_CLOSERS = "\"'”’)]」』）"
_TRAILING_SPACES_AND_BARS = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "|"


def ends_sentence_or_clause(text: str) -> bool:
    """`bool(ENDS_SENTENCE_OR_CLAUSE.search(text))`, read from the text's end: its trailing spaces
    and bars taken off, then its closers, and the last character left is a stop or a colon. (The
    three sets share no character, so each part taken whole is the only split the pattern could
    match. The pattern's search tried every stop of the text, a paragraph holding many; this reads
    the end alone.)"""
    rest = text.rstrip(_TRAILING_SPACES_AND_BARS).rstrip(_CLAUSE_CLOSERS)
    return rest[-1:] in _CLAUSE_STOPS


# --- A sentence's end inside a text --------------------------------------------------------------

#: A sentence's end before a space, a cell's bar or the text's end ("Acme Bet! Watford have ...",
#: "Text Alerts! |").
SENTENCE_END_BEFORE_SPACE_OR_BAR = re.compile(rf"[{STOPS}][{CLOSERS}]*(?=[\s|]|$)")

#: What may come before a sentence: another's end (or a colon's), a tab, a cell's bar, a run of spaces.
SENTENCE_START = re.compile(rf"[{STOPS}:][{CLOSERS}]*[ \t]+|\t|[ \t]\|[ \t]|[ \t]{{3,}}")


# --- One sentence ends and the next begins -------------------------------------------------------

#: A stop (at most one closer after it), spaces, and a capital, an opening quote or a parenthesis:
#: "... said. (Reporting by X)".
SENTENCE_BREAK = re.compile(rf"[{STOPS}][{CLOSERS}]?\s+[A-Z“\"(]")

#: The same after a word of three lowercase letters or more, so no initial's stop ("K.J. Choi")
#: (three letters, not "three or more": the same lines match, and a long run of lowercase letters
#: is not scanned again from each of its letters).
SENTENCE_BREAK_AFTER_WORD = re.compile(rf"[a-z]{{3}}[{STOPS}][{CLOSERS}]?\s+[A-Z]")

#: A stop, any closers, spaces or tabs (no new line) and a capital, perhaps behind an opening quote
#: or parenthesis: the line holds two sentences.
SENTENCE_BREAK_IN_LINE = re.compile(rf"[{STOPS}][{CLOSERS}]*[ \t]+[\"“‘'(]?[A-Z]")

#: Stops (a run of them: "?!"), closers and brackets, spaces, then a capital or a figure perhaps
#: behind an opening quote (the capital is not taken): where a sentence's words start again.
SENTENCE_BREAK_BEFORE_WORD = re.compile(rf"[{STOPS}]+[{CLOSERS}\]]*\s+(?=[\"“‘']?[A-Z0-9])")

#: The spaces between two sentences of a paragraph, after a stop and at most one closer, before a
#: capital, an opening quote or a parenthesis; a split there leaves each sentence whole. An
#: abbreviation's stop (a letter right after another stop: "U.S. President", "4 p.m. Friday") does
#: not end one: a sentence read whole across it is better than one cut off at it.
SPACE_BETWEEN_SENTENCES = re.compile(
    rf"(?:(?<=[{STOPS}])(?<!\.\w[{STOPS}])|(?<=[{STOPS}][{CLOSERS}])(?<!\.\w[{STOPS}][{CLOSERS}]))\s+(?=[A-Z“\"‘'(])"
)
