"""Find entity mentions in Markdown in one linear pass and turn them into links.

All spellings of all entities go into one Aho-Corasick automaton; a page is scanned once, longest
match first, on word boundaries. Headings, code, existing links, HTML tags, attribute lists and
link definitions are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import ahocorasick

from .markup import escape_inline
from .offsets import Separators

# Parts of a Markdown page where a link must not be placed.
_PROTECTED = re.compile(
    r"(?ms)^(?P<fence>```|~~~).*?^(?P=fence)[^\n]*$"  # fenced code
    r"|^ {0,3}#{1,6}[ \t][^\n]*$"  # ATX headings
    r"|^[^\n]*\n(?:=+|-+)[ \t]*$"  # setext headings
    r"|^ {0,3}\[[^\]\n]+\]:[^\n]*$"  # link definitions
    r"|(?:\A|(?<=\n\n))(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+"  # indented code (in a list: a paragraph, unlinked)
    r"|`[^`\n]+`"  # inline code
    r"|!?\[(?:[^\[\]\n]|\\[\[\]])*\]\([^)\n]*\)"  # links and images
    r"|!?\[[^\]\n]*\]\[[^\]\n]*\]"  # reference links
    r"|</?[A-Za-z][^>\n]*>|<!--.*?-->|<![A-Za-z][^>\n]*>|<\?[^>\n]*>"  # HTML tags, comments, declarations
    r"|<[^>\s]*[:@][^>\s]*>"  # autolinks: "<https://...>", "<ann@example.org>"
    r"|\{:?[^}\n]*\}"  # attribute lists
    r"|https?://\S+"  # bare urls
)


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    entity: str


class Matcher:
    """Finds every spelling of every entity in text, longest match first, on word boundaries."""

    def __init__(self, spellings: Mapping[str, str]):
        self._automaton = ahocorasick.Automaton()
        for spelling, entity in spellings.items():
            for variant in {spelling, escape_inline(spelling)}:
                if variant.strip():
                    self._automaton.add_word(variant, (variant, entity))
        self._empty = not spellings
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> Iterator[Match]:
        """Yield non-overlapping matches in order; a match must not touch a word character."""
        if self._empty:
            return
        last_end = 0
        for end_index, (variant, entity) in self._automaton.iter_long(text):
            start, end = end_index - len(variant) + 1, end_index + 1
            if start < last_end or not on_boundary(text, start, end):
                continue
            last_end = end
            yield Match(start, end, text[start:end], entity)


def on_boundary(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] stands as a whole word: "Russia" in "Russia's", not in "Russian"."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_")


def unprotected_segments(markdown: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of the Markdown where links may be placed."""
    pos = 0
    for m in _PROTECTED.finditer(markdown):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(markdown):
        yield pos, len(markdown)


def find_mentions(markdown: str, matcher: Matcher) -> Iterator[Match]:
    """Yield the entity mentions in the linkable parts of a Markdown page."""
    for start, end in unprotected_segments(markdown):
        for m in matcher.find(markdown[start:end]):
            yield Match(m.start + start, m.end + start, m.text, m.entity)


def link_mentions(markdown: str, matches: list[Match], url_for: Callable[[str], str | None]) -> str:
    """Return the Markdown with each match turned into a link to its entity page."""
    out, pos = [], 0
    for m in matches:
        url = url_for(m.entity)
        if url is None:
            continue
        before = markdown[pos : m.start]
        if "<![" in before:
            # "<![" opens a marked section in Python's HTML parser, which raises at the first "["
            # after its keyword: the link's own ("<![x-[Putin](...)") stopped the build. Escaped,
            # the "[" is shown as written.
            before = before.replace("<![", "<!\\[")
        if before[-1:] in ("!", "\\") and _unescaped(markdown, m.start - 1):
            # "!" before a link makes an image ("Wow!Ivan" showed <img src="../entities/ivan/">), and
            # "<!" before one makes "<![", at which Python's HTML parser, which MkDocs reads every
            # page with, raises: the whole build stopped; "\\" before one escapes its "[" (the link
            # was shown as Markdown). Escaped, the character is shown as written.
            before = f"{before[:-1]}\\{before[-1]}"
        out += [before, f"[{m.text}]({url})"]
        pos = m.end
    tail = markdown[pos:]
    if out and "<![" in tail:
        # A link before it can end the markup that held this "<![" ("<!-Putin <![x>" was one
        # declaration; with "Putin" linked, "<![x" stands alone), and the parser raises at it.
        tail = tail.replace("<![", "<!\\[")
    out.append(tail)
    return "".join(out)


def _unescaped(markdown: str, at: int) -> bool:
    """Tell whether the character at `at` is not escaped (an even run of backslashes before it)."""
    start = at
    while start > 0 and markdown[start - 1] == "\\":
        start -= 1
    return (at - start) % 2 == 0


def first_per_paragraph(markdown: str, matches: list, breaks: Separators | None = None) -> list:
    """Keep the first mention of each entity in each paragraph, so text stays readable.

    `breaks` are the page's paragraph breaks (`Separators(markdown, "\n\n")`), when the caller has them.
    """
    breaks = breaks or Separators(markdown, "\n\n")
    kept, seen, para_start = [], set(), -1
    for m in matches:
        start = breaks.last_before(m.start)
        if start != para_start:
            para_start, seen = start, set()
        if m.entity not in seen:
            seen.add(m.entity)
            kept.append(m)
    return kept
