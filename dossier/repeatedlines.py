"""Lines a corpus repeats: a short line found in several sources of the same corpus is site chrome
("Share this article", a section's label), read once per source (`short_lines`, which stage 1 also
puts in a file's cache key) and counted over the corpus (`common_lines`). Wire copy repeats whole
paragraphs and sentences across outlets, and letters share their closings: those stay.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from .linejoins import runs_on
from .lineshapes import strip_emphasis
from .linetext import body_lines, normalise_line, plain_text, word_count
from .model import Removal
from .paragraphs import CODE_FENCE
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
#: A text numbering its own sections on lines of their own ("<1>", "2.", "(3)"), 1, 2, 3 ... in
#: order with a paragraph of its running text between each two, repeats those numbers from one post
#: to the next; they are the text's, not chrome, when it counts at least this many. A site's pager
#: writes its numbers in one run, a "most read" list a headline between each two.
SECTION_NUMBERS_MIN = 3
#: The running text between two section numbers: a sentence of at least this many words.
SECTION_TEXT_MIN_WORDS = 12

#: A line that holds only a number, perhaps bracketed or closed by a stop or a parenthesis.
_SECTION_NUMBER = re.compile(r"^[(<\[]?(\d{1,3})[)>\].:]?$")


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


#: Line rules whose removals this rule takes over when the line is repeated across the corpus: the
#: layout weighs a rule's line as firm chrome and a repeated line as a weaker sign (`lineshapes`), and
#: the bars of the old bookmarking sites sit where that difference moves the article's bounds (under
#: a post's signature, under its byline). Such a bar is the rule's only where the corpus is too
#: small or too varied to repeat it (one event's pages from several outlets).
YIELDS_TO_CORPUS = frozenset({"bookmark-bar"})


def apply_corpus_repetition(lines: list[str], common: frozenset[str], removed: dict[int, Removal]) -> None:
    """Remove the short lines `common` holds: the lines found in CORPUS_REPEAT_MIN_SOURCES or more
    sources of the corpus (`common_lines`), but for sentences, wrapped paragraphs and a letter's closing."""
    if not common:
        return
    numbers = section_numbers(lines)
    code = fenced_code(lines)
    yielding = [n for n, r in removed.items() if r.rule in YIELDS_TO_CORPUS]
    for n in sorted([*body_lines(lines, removed), *yielding]):
        text = lines[n - 1]
        if n in numbers or n in code:
            continue  # the text's own numbering of its sections, or a line of its code sample
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


def fenced_code(lines: list[str]) -> set[int]:
    """Return the lines (numbered from 1) inside a Markdown code fence (`paragraphs.CODE_FENCE`),
    between an opening fence and the closing one of the same marks: a code sample the article shows,
    never the site's chrome, however many sources of the corpus hold the same keyword alone on a
    line ("FROM", "}", "end"). A fence never closed holds none."""
    text = "\n".join(lines)
    if "```" not in text and "~~~" not in text:
        return set()  # (most texts hold no fence: not scanned)
    starts = [0]  # the offset at which each line begins
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    found: set[int] = set()
    for m in CODE_FENCE.finditer(text):
        first, last = bisect_right(starts, m.start()), bisect_right(starts, m.end() - 1)
        found.update(range(first + 1, last))
    return found


def section_numbers(lines: list[str]) -> set[int]:
    """Return the lines that number a text's sections: lines of only a number (`_SECTION_NUMBER`)
    counting 1, 2, 3 ... in order, a paragraph of running text between each two, at least
    SECTION_NUMBERS_MIN of them; none when the text counts fewer."""
    found: list[int] = []
    text_since = False
    for n, raw in enumerate(lines, 1):
        text = plain_text(raw)
        m = _SECTION_NUMBER.match(text) if len(text) <= 6 else None
        if m is None:
            text_since = text_since or _running_text(text)
            continue
        if int(m[1]) == len(found) + 1 and (text_since or not found):
            found.append(n)
            text_since = False
    return set(found) if len(found) >= SECTION_NUMBERS_MIN else set()


def _running_text(text: str) -> bool:
    """Tell a paragraph of running text: SECTION_TEXT_MIN_WORDS words or more, ending as a sentence does."""
    return word_count(text) >= SECTION_TEXT_MIN_WORDS and bool(ENDS_SENTENCE_OR_ELLIPSIS.search(text))


def _wrapped(lines: list[str], n: int) -> bool:
    """Tell line n of a paragraph wrapped over several lines: it runs on from the line above it or
    into the line under it."""
    above = n >= 2 and runs_on(lines[n - 2], lines[n - 1])
    return above or n < len(lines) and runs_on(lines[n - 1], lines[n])
