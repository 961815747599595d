"""Lines a corpus repeats: a short line found in several sources of the same corpus is site chrome
("Share this article", a section's label), read once per source (`short_lines`, which stage 1 also
puts in a file's cache key) and counted over the corpus (`common_lines`). Wire copy repeats whole
paragraphs and sentences across outlets, and letters share their closings: those stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .linejoins import runs_on
from .lineshapes import strip_emphasis
from .linetext import body_lines, normalise_line, plain_text, word_count
from .model import Removal
from .sentenceends import ENDS_SENTENCE_OR_ELLIPSIS

#: A line repeated in at least this many sources is site chrome ("Share this article")...
CORPUS_REPEAT_MIN_SOURCES = 3
#: ...but only when it is short: wire copy repeats whole body paragraphs across outlets...
CORPUS_REPEAT_MAX_WORDS = 12
#: ...and one-sentence paragraphs: a repeated line ending like a sentence is chrome only when it
#: is a word or three ("Read more.", "Thank you!").
CORPUS_REPEAT_SENTENCE_MAX_WORDS = 3
#: A line of a paragraph wrapped over several lines is not chrome however often it repeats (wire
#: copy, wrapped alike in several sources) when it holds at least this many words.
CORPUS_REPEAT_WRAPPED_MIN_WORDS = 6


def short_lines(lines: Iterable[str]) -> set[str]:
    """Return a text's short lines, normalised: the lines it may share with the rest of a corpus."""
    keys = {normalise_line(t) for t in lines if 0 < word_count(t) <= CORPUS_REPEAT_MAX_WORDS}
    keys.discard("")
    return keys


def common_lines(texts: Iterable[list[str]]) -> frozenset[str]:
    """Return the short normalised lines that occur in at least CORPUS_REPEAT_MIN_SOURCES texts."""
    return lines_in_common(short_lines(lines) for lines in texts)


def lines_in_common(shorts: Iterable[set[str]]) -> frozenset[str]:
    """`common_lines`, given each text's `short_lines` (which stage 1 also puts in a file's cache key)."""
    counts: dict[str, int] = {}
    for keys in shorts:
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= CORPUS_REPEAT_MIN_SOURCES)


#: A letter's closing, alone on its line with its comma ("Sincerely,", "Best regards,", "Cheers,"):
#: open letters and posts signed off so in several sources repeat it; no site's chrome (a tag list's
#: "gear,", a commenter's "Karl,") is one.
_VALEDICTION = re.compile(
    r"^(?:yours\s+)?(?:sincerely|truly|faithfully|respectfully|cordially|warmly|cheers|love|"
    r"(?:(?:with\s+)?(?:best|kind|warm(?:est)?|many)\s+)?(?:regards|wishes|thanks))(?:\s+yours)?\s*,$",
    re.I,
)


def apply_corpus_repetition(lines: list[str], common: frozenset[str], removed: dict[int, Removal]) -> None:
    """Remove the short lines `common` holds: the lines found in CORPUS_REPEAT_MIN_SOURCES or more
    sources of the corpus (`common_lines`), but for sentences, wrapped paragraphs and a letter's closing."""
    if not common:
        return
    for n in body_lines(lines, removed):
        text = lines[n - 1]
        # A sentence repeated across sources is wire copy ("Police said no arrests were made."),
        # not chrome: chrome lines are labels and buttons, without a full stop. The sentence is read
        # as a reader sees it: a Markdown rendering's bold question heading ("**What's new?**") ends
        # as the page rendering's "What's new?" does.
        read = strip_emphasis(text).strip()
        if ENDS_SENTENCE_OR_ELLIPSIS.search(read) and word_count(text) > CORPUS_REPEAT_SENTENCE_MAX_WORDS:
            continue
        if word_count(text) >= CORPUS_REPEAT_WRAPPED_MIN_WORDS and _wrapped(lines, n):
            continue  # a piece of a paragraph the scraper wrapped, as wire copy repeats it
        if _VALEDICTION.match(plain_text(text)):
            continue  # a letter's closing ("Sincerely,", "Cheers,"), which many letters share: not the site's
        if word_count(text) <= CORPUS_REPEAT_MAX_WORDS and normalise_line(text) in common:
            evidence = f"the same line is in {CORPUS_REPEAT_MIN_SOURCES}+ sources of this corpus"
            removed[n] = Removal(n, text, "corpus-repeated", evidence)


def _wrapped(lines: list[str], n: int) -> bool:
    """Tell line n of a paragraph wrapped over several lines: it runs on from the line above it or
    into the line under it."""
    above = n >= 2 and runs_on(lines[n - 2], lines[n - 1])
    return above or n < len(lines) and runs_on(lines[n - 1], lines[n])
