"""The page's closing run: what stands under it once the site's closing chrome has begun.

A reader-mode text ends with the article's last paragraph and then, often, the site's closing
chrome: share bars, a newsletter box, "Related" lists, a comment section's notices, a widget's
status lines. The line rules remove those lines one by one; the short lines between and under
them ("Thanks!", a box's heading, its one-line pitch) carry no words a rule knows. Read by place,
they are the site's: once a run of closing chrome stands under the article's last paragraph, the
article does not resume below it unless a paragraph of running text does (and then that paragraph
is the last one, and the run under it is what is read).

Nothing here knows a site or a word: the lines' places, the rules that removed their neighbours,
and the length of a paragraph (wrapped lines joined as `dossier.linejoins` reads them).
"""

from __future__ import annotations

from collections.abc import Collection

from .linejoins import runs_on, wrapped_sentence
from .lineshapes import words_of
from .linetext import body_lines, nonblank_lines, plain_text, word_count
from .model import Removal

#: The article's last paragraph: the last paragraph of at least this many words that cleaning kept
#: (a box's pitch or a widget's thanks is a sentence of a dozen words; an article's paragraph is
#: longer). Chosen on the tune part of the Readability reader, page and Markdown sets and the
#: L3S-GN1 and Dragnet reader sets: from 15 to 80 words the same lines go, none of them article.
PARAGRAPH_MIN_WORDS = 25

#: The closing chrome begins at a line a closing rule removed that opens a run of at least this
#: many removed lines in a row: one removed heading between two paragraphs (an app's pitch as the
#: heading of a post's last paragraph) is the article's subheading taken for chrome, not the page's
#: close.
CLOSING_RUN_MIN_LINES = 2

#: What stands under the closing run is a few short lines (a box's thanks, its heading, a widget's
#: pitch): at most this many words in all. More is the article going on under a box set inside it
#: (a newsletter's sign-up between two of its paragraphs), and stays. Without this cap, the same
#: five sets lose 19 article lines at PARAGRAPH_MIN_WORDS = 60 (short paragraphs under a share bar
#: inside the article): the cap keeps the rule's reach to a few short lines whatever the length.
CLOSING_TAIL_MAX_WORDS = 40


def apply_closing_run(lines: list[str], removed: dict[int, Removal], closing_rules: Collection[str]) -> None:
    """Remove the kept lines under the page's closing run: below the article's last paragraph (see
    PARAGRAPH_MIN_WORDS), from the first line a rule of `closing_rules` removed that opens
    CLOSING_RUN_MIN_LINES removed lines in a row, every line cleaning kept is the site's."""
    numbers = list(nonblank_lines(lines))
    last = _last_paragraph_end(lines, numbers, removed)
    if last is None:
        return
    start = None
    for i in range(last + 1, len(numbers) - CLOSING_RUN_MIN_LINES + 1):
        found = removed.get(numbers[i])
        if found and found.rule in closing_rules and all(n in removed for n in numbers[i : i + CLOSING_RUN_MIN_LINES]):
            start = i
            break
    if start is None:
        return
    tail = [n for n in numbers[start:] if n not in removed]
    if sum(word_count(lines[n - 1]) for n in tail) > CLOSING_TAIL_MAX_WORDS:
        return
    for n in tail:
        removed[n] = Removal(
            n,
            lines[n - 1],
            "closing-run",
            f"under the page's closing chrome (from line {numbers[start]}), below the article's last "
            f"paragraph (line {numbers[last]})",
        )


def _last_paragraph_end(lines: list[str], numbers: list[int], removed: dict[int, Removal]) -> int | None:
    """Return the index into `numbers` of the last line of the last kept paragraph of at least
    PARAGRAPH_MIN_WORDS words (a paragraph wrapped over adjacent kept lines counts whole), or None."""
    last, words = None, 0
    for i, n in enumerate(numbers):
        if n in removed:
            words = 0
            continue
        joined = i > 0 and numbers[i - 1] == n - 1 and numbers[i - 1] not in removed
        if joined and (runs_on(lines[n - 2], lines[n - 1]) or wrapped_sentence(lines[n - 2], lines[n - 1])):
            words += word_count(lines[n - 1])
        else:
            words = word_count(lines[n - 1])
        if words >= PARAGRAPH_MIN_WORDS:
            last = i
    return last


#: A heading that opens a list of other stories ("More world stories from X:", "Related post:",
#: "Other blogs that reference this post:"): its first word says more of the kind, a word of it
#: names what the list holds, and it ends with the colon that introduces the list.
_LIST_OPENERS = frozenset({"more", "related", "other", "similar"})


_LISTED_KINDS = frozenset(
    {"stories", "story", "content", "news", "post", "posts", "articles", "article", "blogs", "coverage", "videos"}
)


#: Such a heading: at most this many words.
LIST_HEADING_MAX_WORDS = 10


def apply_closing_list_heading(lines: list[str], removed: dict[int, Removal]) -> None:
    """Remove the page's last kept line when it is a heading over a list of other stories (see
    `_LIST_OPENERS`) and a kept line stands above it: the list under it is gone (its links a rule
    or the layout removed, or the extractor dropped), the heading is the site's. Read after the
    layout, it moves no bound of the article: only the heading goes."""
    kept = body_lines(lines, removed)
    if len(kept) < 2:
        return
    last = kept[-1]
    text = plain_text(lines[last - 1])
    words = [w.casefold() for w in words_of(text)]
    if (
        text.endswith(":")
        and 0 < len(words) <= LIST_HEADING_MAX_WORDS
        and words[0] in _LIST_OPENERS
        and _LISTED_KINDS.intersection(words)
    ):
        removed[last] = Removal(
            last, lines[last - 1], "closing-run", "a heading over a list of other stories, the page's last line"
        )
